"""factledger benchmarks: speed against spaCy, matching against brute force, scale, no-op reruns, Prefect.

    python benchmarks/bench.py            # the full run (about 15 minutes on 2 cores)
    python benchmarks/bench.py --quick    # small sizes, a minute or two, for a smoke test

Prints a table and writes benchmarks/results.json. Every figure is a ratio or a time from
this one run on this machine; nothing here is asserted (targets live in the issue, not in tests).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import synth  # noqa: E402

RESULTS = REPO / "benchmarks" / "results.json"
SHARED = REPO.parent / "shared"


def _rss_mb() -> float:
    """This process's peak resident memory. ru_maxrss would carry the parent's peak across
    fork+exec on Linux; VmHWM belongs to this process image alone."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- a child process per sized run, so its peak memory is its own ------------------------


def child_ingest(args: argparse.Namespace) -> None:
    from pipeline.ingest import ingest
    from pipeline.nlp import load_nlp

    nlp = load_nlp()
    out = {}
    for label in ("full", "noop"):
        start = time.perf_counter()
        report = ingest(nlp, Path(args.raw), Path(args.curated), Path(args.review), Path(args.state),
                        batch_files=args.batch_files)
        out[label] = {"seconds": time.perf_counter() - start, "parsed": report.parsed,
                      "timings": report.timings, "errors": len(report.errors),
                      "claims": sum(sum(c.values()) for c in report.counts.values())}
        if not args.rerun:
            break
    out["peak_rss_mb"] = _rss_mb()
    print(json.dumps(out))


def run_child(raw: Path, curated: Path, work: Path, rerun: bool) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "child-ingest", "--raw", str(raw), "--curated", str(curated),
           "--review", str(work / "review"), "--state", str(work / "state")] + (["--rerun"] if rerun else [])
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- the measurements ----------------------------------------------------------------------


def bench_vs_spacy(work: Path, files: int, facts: int) -> dict[str, Any]:
    """End-to-end ingest throughput over bare nlp.pipe throughput on the same texts, same model."""
    import spacy

    from pipeline.nlp import DEFAULT_MODEL

    corpus = work / "speed"
    synth.write_corpus(corpus, files, facts, seed=1)
    texts = [p.read_text(encoding="utf-8") for p in sorted((corpus / "raw").rglob("*")) if p.is_file()]
    full = spacy.load(DEFAULT_MODEL)  # every component loaded: the bare-spaCy reference
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in full.pipe(texts))
    spacy_s = time.perf_counter() - start
    child = run_child(corpus / "raw", corpus / "curated", corpus / "run", rerun=False)
    ingest_s = child["full"]["seconds"]
    return {"files": len(texts), "tokens": tokens, "spacy_seconds": spacy_s, "ingest_seconds": ingest_s,
            "spacy_tokens_per_s": tokens / spacy_s, "ingest_tokens_per_s": tokens / ingest_s,
            "ingest_vs_spacy": spacy_s / ingest_s, "stages": child["full"]["timings"]}


def bench_matching(n_claims: int, n_facts: int, sample: int) -> dict[str, Any]:
    """Our matcher against brute-force rapidfuzz cdist: speed-up and recall of the brute-force best fact."""
    import numpy as np
    from rapidfuzz import fuzz, process

    from pipeline import match
    from pipeline.model import Claim, Fact

    claims_text, facts_text = synth.claims_and_facts(n_claims, n_facts, seed=2)
    facts = [Fact(f"f{i}", s, "", "", "", "a") for i, s in enumerate(facts_text)]
    claims = [Claim(f"c{i}", "x", 1, 0, 1, s) for i, s in enumerate(claims_text)]

    start = time.perf_counter()
    index = match.FactIndex(facts)
    index_s = time.perf_counter() - start
    t = match.Thresholds()
    start = time.perf_counter()
    found: list[set[int]] = []
    for c in claims:
        p = match.claim_profile(c)
        cands = index.candidates(p, t.candidates)
        match.decide(c.claim_id, (match.assess(index, i, p) for i in cands), t)
        found.append(set(cands))
    ours_s = time.perf_counter() - start

    # Brute force on an evenly spread sample of claims (cdist's cost is linear in its rows).
    rows = list(range(0, n_claims, max(1, n_claims // sample)))[:sample]
    norm_facts = [f.lower() for f in facts_text]
    start = time.perf_counter()
    scores = process.cdist([claims_text[i].lower() for i in rows], norm_facts, scorer=fuzz.token_set_ratio,
                           workers=-1, dtype=np.uint8)
    brute_sample_s = time.perf_counter() - start
    brute_s = brute_sample_s * n_claims / len(rows)
    hits = 0
    for k, i in enumerate(rows):
        best = set(np.flatnonzero(scores[k] == scores[k].max()).tolist())
        hits += bool(best & found[i])
    return {"claims": n_claims, "facts": n_facts, "index_build_seconds": index_s, "ours_seconds": ours_s,
            "brute_force_seconds_estimated": brute_s, "brute_force_sample": len(rows),
            "match_speedup": brute_s / ours_s, "match_recall": hits / len(rows)}


def bench_scale(work: Path, sizes: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Full run and no-op rerun at several sizes, each in its own process (peak memory is per run)."""
    rows = []
    for files, facts in sizes:
        corpus = work / f"scale-{files}"
        synth.write_corpus(corpus, files, facts, seed=3)
        child = run_child(corpus / "raw", corpus / "curated", corpus / "run", rerun=True)
        rows.append({"files": files, "facts": facts, "full_seconds": child["full"]["seconds"],
                     "noop_seconds": child["noop"]["seconds"], "noop_parsed": child["noop"]["parsed"],
                     "noop_fraction": child["noop"]["seconds"] / child["full"]["seconds"],
                     "claims": child["full"]["claims"], "stages": child["full"]["timings"],
                     "peak_rss_mb": child["peak_rss_mb"]})
        shutil.rmtree(corpus, ignore_errors=True)
    return rows


def bench_prefect(work: Path, files: int, facts: int) -> dict[str, Any]:
    """The ingest flow's wall time over the same work as plain function calls."""
    corpus = work / "prefect"
    synth.write_corpus(corpus, files, facts, seed=4)
    plain = run_child(corpus / "raw", corpus / "curated", corpus / "plain", rerun=False)["full"]["seconds"]
    code = f"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, {str(REPO)!r})
from flows.settings import configure_prefect
configure_prefect(Path({str(corpus / 'state-warm')!r}))
from flows.ingest import ingest_flow, nlp
nlp()  # the plain run loads the model before its clock starts too
empty = Path({str(corpus / 'empty')!r}); empty.mkdir(exist_ok=True)
t0 = time.perf_counter()
ingest_flow(raw=empty, curated=Path({str(corpus / 'curated')!r}), review=Path({str(corpus / 'warm-review')!r}),
            state=Path({str(corpus / 'state-warm')!r}))
warm = time.perf_counter() - t0
t0 = time.perf_counter()
state = ingest_flow(raw=Path({str(corpus / 'raw')!r}), curated=Path({str(corpus / 'curated')!r}),
                    review=Path({str(corpus / 'flow-review')!r}), state=Path({str(corpus / 'flow-state')!r}),
                    return_state=True)
print(json.dumps({{"flow": time.perf_counter() - t0, "server_start_and_first_run": warm,
                  "ok": state.is_completed()}}))
"""
    env = {**os.environ, "PREFECT_HOME": str(corpus / "prefect-home")}
    env.pop("PREFECT_API_URL", None)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    flow = json.loads(done.stdout.strip().splitlines()[-1])
    return {"files": files, "plain_seconds": plain, "flow_seconds": flow["flow"],
            "server_start_seconds": flow["server_start_and_first_run"], "flow_completed": flow["ok"],
            "prefect_overhead": flow["flow"] / plain,
            "prefect_overhead_with_server_start": (flow["flow"] + flow["server_start_and_first_run"]) / plain}


def bench_dev(work: Path) -> dict[str, Any]:
    """The labelled dev corpus through the CLI's plain steps, scored by the shared scorer."""
    out = run_child(SHARED / "eval" / "dev" / "raw", SHARED / "eval" / "dev" / "curated", work / "dev", False)
    done = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "eval" / "dev" / "gold.csv"),
                           str(SHARED / "eval" / "dev" / "raw"), str(work / "dev" / "review" / "claims.csv"),
                           "--json"], capture_output=True, text=True, check=True)
    score = json.loads(done.stdout)
    return {"seconds": out["full"]["seconds"], **{k: score[k] for k in (
        "macro_f1", "contradiction_recall", "fact_accuracy", "nonclaim_leak", "extracted_claims")}}


# --- report -------------------------------------------------------------------------------


def report(results: dict[str, Any]) -> str:
    s, m, p, scale = results["vs_spacy"], results["matching"], results["prefect"], results["scale"]
    largest = max(scale, key=lambda r: r["files"])
    lines = [
        "goal                                  figure      target",
        f"ingest_vs_spacy (single process)      {results['ingest_vs_spacy']:8.2f}      >= 0.85",
        f"match_speedup ({m['claims']} x {m['facts']})    {results['match_speedup']:8.1f}      >= 10",
        f"match_recall                          {results['match_recall']:8.3f}      >= 0.99",
        f"noop_fraction ({largest['files']} files)          {results['noop_fraction']:8.3f}      <= 0.05",
        f"peak_rss_mb (largest run)             {results['peak_rss_mb']:8.0f}      <= 4000",
        f"prefect_overhead ({p['files']} files)         {results['prefect_overhead']:8.2f}      <= 1.15",
        "",
        f"spaCy alone: {s['spacy_tokens_per_s']:,.0f} tokens/s; factledger ingest: {s['ingest_tokens_per_s']:,.0f} "
        f"tokens/s ({s['files']} files, {s['tokens']:,} tokens)",
        f"matching: index build {m['index_build_seconds']:.1f}s, our matcher {m['ours_seconds']:.1f}s, brute force "
        f"~{m['brute_force_seconds_estimated']:.0f}s (measured on {m['brute_force_sample']} claims, scaled)",
        f"prefect: flow {p['flow_seconds']:.1f}s vs plain {p['plain_seconds']:.1f}s; server start "
        f"{p['server_start_seconds']:.1f}s (with it: {p['prefect_overhead_with_server_start']:.2f})",
        "",
        "files   facts   claims   full s   no-op s   peak MB   seconds per stage (full run)",
    ]
    for r in scale:
        stages = ", ".join(f"{k} {v:.1f}" for k, v in sorted(r["stages"].items(), key=lambda kv: -kv[1]))
        lines.append(f"{r['files']:>5} {r['facts']:>7} {r['claims']:>8} {r['full_seconds']:>8.1f} "
                     f"{r['noop_seconds']:>9.2f} {r['peak_rss_mb']:>9.0f}   {stages}")
    d = results["dev"]
    lines += ["", f"dev corpus: macro_f1 {d['macro_f1']:.2f}, contradiction_recall {d['contradiction_recall']:.2f}, "
                  f"fact_accuracy {d['fact_accuracy']:.2f}, nonclaim_leak {d['nonclaim_leak']:.2f}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="mode")
    child = sub.add_parser("child-ingest")
    for name in ("raw", "curated", "review", "state"):
        child.add_argument(f"--{name}", required=True)
    child.add_argument("--rerun", action="store_true")
    child.add_argument("--batch-files", type=int, default=100)
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke test of the benchmark itself")
    parser.add_argument("--work", type=Path, help="where corpora are generated (default: a temporary folder)")
    args = parser.parse_args(argv)
    if args.mode == "child-ingest":
        child_ingest(args)
        return 0

    q = args.quick
    work = args.work or Path(tempfile.mkdtemp(prefix="factledger-bench-"))
    started = time.perf_counter()
    results: dict[str, Any] = {}
    steps = [
        ("vs_spacy", lambda: bench_vs_spacy(work, 60 if q else 400, 600 if q else 4000)),
        ("matching", lambda: bench_matching(1000 if q else 10_000, 10_000 if q else 100_000, 100 if q else 500)),
        ("scale", lambda: bench_scale(work, [(50, 500), (200, 2000)] if q else
                                      [(100, 1000), (1000, 10_000), (10_000, 20_000)])),
        ("prefect", lambda: bench_prefect(work, 100 if q else 1000, 1000 if q else 10_000)),
        ("dev", lambda: bench_dev(work)),
    ]
    for name, step in steps:
        t0 = time.perf_counter()
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        results[name] = step()
        print(f"bench: {name} done in {time.perf_counter() - t0:.0f}s", file=sys.stderr, flush=True)
    largest = max(results["scale"], key=lambda r: r["files"])
    results.update({
        "ingest_vs_spacy": results["vs_spacy"]["ingest_vs_spacy"],
        "match_speedup": results["matching"]["match_speedup"],
        "match_recall": results["matching"]["match_recall"],
        "noop_fraction": largest["noop_fraction"],
        "peak_rss_mb": max(r["peak_rss_mb"] for r in results["scale"]),
        "prefect_overhead": results["prefect"]["prefect_overhead"],
        "quick": q, "total_seconds": time.perf_counter() - started,
    })
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(report(results))
    print(f"\nwrote {RESULTS}")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
