"""Verdict quality on public fact-verification data (read from ../shared/data, never copied here).

    python benchmarks/eval_public.py

- Climate-FEVER: every evidence sentence becomes an atomic fact (one curated article per
  Wikipedia article), every claim but the DISPUTED ones a bullet of one raw file; the run
  goes through `factledger ingest` and ../shared/eval/score.py scores it. Also retrieval
  recall@1/@5: is a labelled evidence sentence among the best-ranked facts for its claim?
- FEVER-Symmetric v0.2 (dev and test): each claim judged against its one evidence sentence
  with `pipeline.match.verify_pair`; supported counts as SUPPORTS, anything else as REFUTES
  (every pair is one or the other). Accuracy.

Each figure is printed beside a naive baseline (best rapidfuzz token_set_ratio >= 75 means
supported, nothing is ever contradicted) and merged into benchmarks/results.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from rapidfuzz import fuzz, process  # noqa: E402

from pipeline import match  # noqa: E402
from pipeline.model import Claim, Fact  # noqa: E402
from pipeline.text import normalize  # noqa: E402

DATA = REPO.parent / "shared" / "data"
SCORE = REPO.parent / "shared" / "eval" / "score.py"
RESULTS = REPO / "benchmarks" / "results.json"
LABELS = {"SUPPORTS": "supported", "REFUTES": "contradicted", "NOT_ENOUGH_INFO": "unverified"}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def _yaml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid YAML scalar


# --- Climate-FEVER --------------------------------------------------------------------------


def build_climate_fever(out: Path) -> tuple[Path, Path, Path, list[dict[str, Any]]]:
    """Write raw/claims.md, curated/*.md and gold.csv under ``out``; return their paths and the records."""
    records = [json.loads(line) for line in (DATA / "climate-fever" / "climate-fever.jsonl").open(encoding="utf-8")]
    records = [r for r in records if r["claim_label"] != "DISPUTED"]
    articles: dict[str, dict[str, str]] = {}
    for r in records:
        for e in r["evidences"]:
            articles.setdefault(e["article"], {})[e["evidence_id"]] = e["evidence"]
    curated = out / "curated"
    curated.mkdir(parents=True)
    fact_ids: dict[str, str] = {}
    for title, evidences in articles.items():
        article_id = f"cf-{slug(title)}"[:80]
        lines = ["---", f"id: {article_id}", f"title: {_yaml_str(title)}", "atomic_facts:"]
        for evidence_id, sentence in evidences.items():
            fact_id = f"{article_id}-{evidence_id.rsplit(':', 1)[-1]}"
            fact_ids[evidence_id] = fact_id
            url = "https://en.wikipedia.org/wiki/" + title.replace(" ", "_")
            lines += [f"  - id: {fact_id}", f"    statement: {_yaml_str(normalize(sentence))}",
                      f"    source_title: {_yaml_str(title)}", f"    source_url: {_yaml_str(url)}",
                      "    confidence: medium"]
        lines += ["---", ""]
        (curated / f"{article_id}.md").write_text("\n".join(lines), encoding="utf-8")
    raw = out / "raw"
    raw.mkdir()
    text = "# Climate-FEVER claims\n\n" + "".join(f"- {normalize(r['claim'])}\n" for r in records)
    (raw / "claims.md").write_text(text, encoding="utf-8")
    gold = out / "gold.csv"
    with gold.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["path", "key", "verdict", "fact_ids"])
        for r in records:
            verdict = LABELS[r["claim_label"]]
            wanted = {"supported": "SUPPORTS", "contradicted": "REFUTES"}.get(verdict)
            ids = "|".join(fact_ids[e["evidence_id"]] for e in r["evidences"] if e["evidence_label"] == wanted)
            w.writerow(["claims.md", normalize(r["claim"]), verdict, ids])
    for r in records:
        r["fact_ids"] = {fact_ids[e["evidence_id"]] for e in r["evidences"]
                         if e["evidence_label"] in ("SUPPORTS", "REFUTES")}
    return raw, curated, gold, records


def run_ingest(raw: Path, curated: Path, out: Path) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(out / "prefect")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "flows.cli", "ingest", "--raw", str(raw), "--curated", str(curated),
                    "--review", str(out / "review"), "--state", str(out / "state"), "--quiet"],
                   check=True, cwd=REPO, env=env)
    return time.perf_counter() - start


def score(gold: Path, raw: Path, claims_csv: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, str(SCORE), str(gold), str(raw), str(claims_csv), "--json"],
                          capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    result.pop("misses", None)
    return result


def naive_claims(raw: Path, curated: Path, records: list[dict[str, Any]], out: Path) -> Path:
    """The baseline: best token_set_ratio fact, supported at 75 or more, otherwise unverified."""
    from pipeline.facts import load_facts

    articles, _ = load_facts(curated)
    facts = [f for a in articles for f in a.facts]
    texts = [f.statement.lower() for f in facts]
    doc = (raw / "claims.md").read_text(encoding="utf-8")
    path = out / "naive.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["source", "start", "end", "verdict", "fact_id"])
        for r in records:
            claim = normalize(r["claim"])
            start = doc.find(claim)
            best = process.extractOne(claim.lower(), texts, scorer=fuzz.token_set_ratio)
            ok = best is not None and best[1] >= 75
            w.writerow(["claims.md", start, start + len(claim), "supported" if ok else "unverified",
                        facts[best[2]].fact_id if ok else ""])
    return path


def retrieval(curated: Path, records: list[dict[str, Any]]) -> dict[str, float]:
    """recall@1 and @5 of labelled evidence among the facts our matcher ranks best for each claim."""
    from pipeline.facts import load_facts

    articles, _ = load_facts(curated)
    index = match.FactIndex([f for a in articles for f in a.facts])
    hits1 = hits5 = total = 0
    for r in records:
        if not r["fact_ids"]:
            continue
        total += 1
        p = match.claim_profile(Claim("c", "claims.md", 1, 0, 1, normalize(r["claim"])))
        ranked = sorted((match.assess(index, i, p) for i in index.candidates(p, 20)), key=lambda a: -a.score)
        ids = [a.fact.fact_id for a in ranked]
        hits1 += bool(set(ids[:1]) & r["fact_ids"])
        hits5 += bool(set(ids[:5]) & r["fact_ids"])
    return {"recall_at_1": hits1 / total, "recall_at_5": hits5 / total, "claims_with_evidence": total}


def climate_fever(work: Path) -> dict[str, Any]:
    raw, curated, gold, records = build_climate_fever(work / "climate-fever")
    seconds = run_ingest(raw, curated, work / "climate-fever")
    ours = score(gold, raw, work / "climate-fever" / "review" / "claims.csv")
    naive = score(gold, raw, naive_claims(raw, curated, records, work / "climate-fever"))
    return {"claims": len(records), "labels": dict(Counter(LABELS[r["claim_label"]] for r in records)),
            "facts": sum(len(r["evidences"]) for r in records), "seconds": seconds,
            "ours": ours, "naive": naive, **retrieval(curated, records)}


# --- FEVER-Symmetric --------------------------------------------------------------------------


def fever_symmetric() -> dict[str, Any]:
    pairs = []
    for split in ("dev", "test"):
        with (DATA / "fever-symmetric" / "v0.2" / f"fever_symmetric_{split}.jsonl").open(encoding="utf-8") as fh:
            pairs += [json.loads(line) for line in fh]
    ours = naive = 0
    for p in pairs:
        claim, evidence = normalize(p["claim"]), normalize(p["evidence"])
        gold = p["gold_label"] == "SUPPORTS"
        ours += (match.verify_pair(claim, evidence).verdict == "supported") == gold
        naive += (fuzz.token_set_ratio(claim.lower(), evidence.lower()) >= 75) == gold
    labels = Counter(p["gold_label"] for p in pairs)
    return {"pairs": len(pairs), "labels": dict(labels), "accuracy": ours / len(pairs),
            "naive_accuracy": naive / len(pairs)}


def table(cf: dict[str, Any], fs: dict[str, Any]) -> str:
    o, n = cf["ours"], cf["naive"]
    lines = ["Climate-FEVER                     factledger   naive",
             f"macro_f1                              {o['macro_f1']:.2f}      {n['macro_f1']:.2f}",
             f"fact_accuracy                         {o['fact_accuracy']:.2f}      {n['fact_accuracy']:.2f}",
             f"verdict_accuracy                      {o['verdict_accuracy']:.2f}      {n['verdict_accuracy']:.2f}"]
    for v in ("supported", "contradicted", "unverified"):
        a, b = o["per_verdict"][v], n["per_verdict"][v]
        lines.append(f"{v:<13} precision / recall   {a['precision']:.2f} / {a['recall']:.2f}   "
                     f"{b['precision']:.2f} / {b['recall']:.2f}")
    lines += [f"retrieval recall@1 / @5           {cf['recall_at_1']:.2f} / {cf['recall_at_5']:.2f}",
              f"({cf['claims']} claims, {cf['facts']} evidence sentences, ingest {cf['seconds']:.0f}s)", "",
              "FEVER-Symmetric v0.2 (dev+test)    factledger   naive",
              f"accuracy, supported vs refuted        {fs['accuracy']:.2f}      {fs['naive_accuracy']:.2f}"
              f"   ({fs['pairs']} pairs)"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, help="where the corpora are built (default: a temporary folder)")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="factledger-eval-"))
    fs = fever_symmetric()
    cf = climate_fever(work)
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    results.update({"climate_fever": cf, "fever_symmetric": fs, "fever_symmetric_accuracy": fs["accuracy"],
                    "climate_fever_macro_f1": cf["ours"]["macro_f1"],
                    "climate_fever_fact_accuracy": cf["ours"]["fact_accuracy"]})
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(table(cf, fs))
    print(f"\nwrote {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
