"""Verdict quality on public fact-verification data (read from ../shared/data, never copied here).

    python benchmarks/eval_public.py            # everything (about 10 minutes on 2 cores)
    python benchmarks/eval_public.py --no-semantic

- Climate-FEVER: every evidence sentence becomes an atomic fact (one curated article per
  Wikipedia article), every claim but the DISPUTED ones a bullet of one raw file; the run
  goes through `factledger ingest` (once with the semantic stage off, once on) and
  ../shared/eval/score.py scores it. Retrieval recall@1/@5: is a labelled evidence sentence
  among the best-ranked facts for its claim (by the rules alone, and by meaning as well)?
- FEVER-Symmetric v0.2 (dev and test): each claim judged against its one evidence sentence
  (`pipeline.verify.verdict.judge`); supported counts as SUPPORTS, anything else as REFUTES
  (every pair is one or the other). Accuracy, per split.
- Rule ablation: each kind of conflict switched off in turn (library calls, no Prefect), the
  macro-F1 / accuracy lost without it is its gain.
- The semantic stage's ``semantic_act`` is checked on a held-out half of Climate-FEVER: chosen on
  the claims with an even id, scored on the odd ones.

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
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from rapidfuzz import fuzz, process  # noqa: E402

from pipeline.model import Claim, Fact  # noqa: E402
from pipeline.nlp import shared_nlp  # noqa: E402
from pipeline.text import normalize  # noqa: E402
from pipeline.verify.candidates import FactIndex  # noqa: E402
from pipeline.verify.factcache import read_texts  # noqa: E402
from pipeline.verify.statement import dumps  # noqa: E402
from pipeline.verify.verdict import judge  # noqa: E402
from pipeline.verify.verifier import RULES, Thresholds, build_index, verify  # noqa: E402

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
    for r in records:
        verdict = LABELS[r["claim_label"]]
        wanted = {"supported": "SUPPORTS", "contradicted": "REFUTES"}.get(verdict)
        r["gold_ids"] = "|".join(fact_ids[e["evidence_id"]] for e in r["evidences"] if e["evidence_label"] == wanted)
        r["fact_ids"] = {fact_ids[e["evidence_id"]] for e in r["evidences"]
                         if e["evidence_label"] in ("SUPPORTS", "REFUTES")}
    gold = out / "gold.csv"
    write_gold(gold, records)
    return raw, curated, gold, records


def write_gold(path: Path, records: list[dict[str, Any]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["path", "key", "verdict", "fact_ids"])
        for r in records:
            w.writerow(["claims.md", normalize(r["claim"]), LABELS[r["claim_label"]], r["gold_ids"]])


def run_ingest(raw: Path, curated: Path, out: Path, semantic: bool) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(out / "prefect")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "flows.cli", "ingest", "--raw", str(raw), "--curated", str(curated),
                    "--review", str(out / "review"), "--state", str(out / "state"), "--quiet",
                    "--config", str(REPO / "factledger.yaml"), "--semantic" if semantic else "--no-semantic"],
                   check=True, cwd=REPO, env=env)
    return time.perf_counter() - start


def score(gold: Path, raw: Path, claims_csv: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, str(SCORE), str(gold), str(raw), str(claims_csv), "--json"],
                          capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    result.pop("misses", None)
    return result


def write_claims(path: Path, rows: list[tuple[int, int, str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["source", "start", "end", "verdict", "fact_id"])
        w.writerows(("claims.md", a, b, v, f) for a, b, v, f in rows)
    return path


def naive_claims(raw: Path, facts: list[Fact], records: list[dict[str, Any]], out: Path) -> Path:
    """The baseline: best token_set_ratio fact, supported at 75 or more, otherwise unverified."""
    texts = [f.statement.lower() for f in facts]
    doc = (raw / "claims.md").read_text(encoding="utf-8")
    rows = []
    for r in records:
        claim = normalize(r["claim"])
        start = doc.find(claim)
        best = process.extractOne(claim.lower(), texts, scorer=fuzz.token_set_ratio)
        ok = best is not None and best[1] >= 75
        rows.append((start, start + len(claim), "supported" if ok else "unverified", facts[best[2]].fact_id if ok else ""))
    return write_claims(out / "naive.csv", rows)


def library_claims(raw: Path, records: list[dict[str, Any]]) -> list[Claim]:
    """The claims as Claim objects at their offsets in raw/claims.md, each with its statement read."""
    doc = (raw / "claims.md").read_text(encoding="utf-8")
    texts = [normalize(r["claim"]) for r in records]
    out = []
    for i, (text, said) in enumerate(zip(texts, read_texts(shared_nlp(), texts))):
        start = doc.find(text)
        out.append(Claim(f"c{i}", "claims.md", doc.count("\n", 0, start) + 1, start, start + len(text), text,
                         statement=dumps(said)))
    return out


def verify_score(claims: list[Claim], index: FactIndex, t: Thresholds, semantic: Any,
                 gold: Path, raw: Path, out: Path) -> dict[str, Any]:
    """Verify with the library (no Prefect) and score with score.py."""
    matches = verify(claims, index, t, None, semantic if t.semantic else None)
    rows = [(c.start, c.end, m.verdict, m.fact_id) for c, m in zip(claims, matches)]
    return score(gold, raw, write_claims(out / "library.csv", rows))


def retrieval(index: FactIndex, claims: list[Claim], records: list[dict[str, Any]]) -> dict[str, float]:
    """recall@1 and @5 of labelled evidence among the candidates the index ranks best for each claim."""
    from pipeline.verify.statement import loads

    hits1 = hits5 = total = 0
    for c, r in zip(claims, records):
        if not r["fact_ids"]:
            continue
        total += 1
        ids = [index.facts[i].fact_id for i in index.candidates(loads(c.statement), 5)]
        hits1 += bool(set(ids[:1]) & r["fact_ids"])
        hits5 += bool(set(ids[:5]) & r["fact_ids"])
    return {"recall_at_1": hits1 / total, "recall_at_5": hits5 / total, "claims_with_evidence": total}


def held_out(claims: list[Claim], records: list[dict[str, Any]], index: FactIndex, semantic: Any,
             raw: Path, work: Path) -> dict[str, Any]:
    """semantic_act chosen on even claim ids, scored on odd ones (and the shipped value beside it)."""
    halves: dict[str, tuple[list[Claim], Path]] = {}
    for name, parity in (("tune", 0), ("test", 1)):
        picked = [(c, r) for c, r in zip(claims, records) if int(r["claim_id"]) % 2 == parity]
        gold = work / f"gold-{name}.csv"
        write_gold(gold, [r for _, r in picked])
        halves[name] = ([c for c, _ in picked], gold)
    base = Thresholds(semantic=True)
    tried = {}
    for value in (0.6, 0.65, 0.7, 0.75, 0.8, 0.85):
        tried[value] = verify_score(halves["tune"][0], index, replace(base, semantic_act=value), semantic,
                                    halves["tune"][1], raw, work)["macro_f1"]
    chosen = max(tried, key=lambda v: (tried[v], -abs(v - base.semantic_act)))
    test = verify_score(halves["test"][0], index, replace(base, semantic_act=chosen), semantic,
                        halves["test"][1], raw, work)
    shipped = verify_score(halves["test"][0], index, base, semantic, halves["test"][1], raw, work)
    return {"tuned_on_even": tried, "chosen": chosen, "test_macro_f1_chosen": test["macro_f1"],
            "test_macro_f1_shipped": shipped["macro_f1"], "shipped": base.semantic_act}


def climate_fever(work: Path, use_semantic: bool) -> dict[str, Any]:
    from pipeline.facts import load_facts

    out = work / "climate-fever"
    raw, curated, gold, records = build_climate_fever(out)
    articles, _ = load_facts(curated)
    facts = [f for a in articles for f in a.facts]
    index = build_index(facts, shared_nlp())
    claims = library_claims(raw, records)
    result: dict[str, Any] = {"claims": len(records), "labels": dict(Counter(LABELS[r["claim_label"]] for r in records)),
                              "facts": len(facts)}
    result["naive"] = score(gold, raw, naive_claims(raw, facts, records, out))
    runs = [("rules", False)] + ([("semantic", True)] if use_semantic else [])
    for name, on in runs:
        run_dir = out / name
        result[f"seconds_{name}"] = run_ingest(raw, curated, run_dir, on)
        result[name] = score(gold, raw, run_dir / "review" / "claims.csv")
    result["retrieval"] = retrieval(index, claims, records)
    sem = None
    if use_semantic:
        from pipeline.semantic import SemanticIndex, load_embedder

        sem = SemanticIndex(load_embedder(out / "semantic" / "state" / "embeddings.sqlite"), [f.statement for f in facts])
        result["held_out"] = held_out(claims, records, index, sem, raw, out)
    result["ablation"] = ablation_cf(claims, index, sem, gold, raw, out)
    return result


def ablation_cf(claims: list[Claim], index: FactIndex, semantic: Any, gold: Path, raw: Path,
                out: Path) -> dict[str, dict[str, float]]:
    """Macro-F1 and contradiction recall with all rules, and with each rule switched off."""
    table = {}
    for sem_on in ([False, True] if semantic is not None else [False]):
        base = Thresholds(semantic=sem_on)
        for rule in ["(all)", *sorted(RULES)]:
            t = base if rule == "(all)" else replace(base, rules=RULES - {rule})
            s = verify_score(claims, index, t, semantic, gold, raw, out)
            table[f"{'semantic' if sem_on else 'rules'}:{rule}"] = {
                "macro_f1": s["macro_f1"], "contradiction_recall": s["contradiction_recall"],
                "fact_accuracy": s["fact_accuracy"],
                "supported_precision": s["per_verdict"]["supported"]["precision"]}
    return table


# --- FEVER-Symmetric --------------------------------------------------------------------------


def fever_pairs() -> dict[str, list[dict[str, Any]]]:
    out = {}
    for split in ("dev", "test"):
        with (DATA / "fever-symmetric" / "v0.2" / f"fever_symmetric_{split}.jsonl").open(encoding="utf-8") as fh:
            out[split] = [json.loads(line) for line in fh]
    return out


def _parsed(pairs: list[dict[str, Any]]) -> list[tuple[Any, Any]]:
    """Each pair's claim and evidence read once (FEVER's tokenisation joined back first)."""
    claims = read_texts(shared_nlp(), [normalize(p["claim"]) for p in pairs])
    evidence = read_texts(shared_nlp(), [normalize(p["evidence"]) for p in pairs])
    return list(zip(claims, evidence))


def fever_accuracy(pairs: list[dict[str, Any]], parsed: list[tuple[Any, Any]], rules: frozenset[str] = RULES) -> float:
    ok = 0
    for p, (claim, evidence) in zip(pairs, parsed):
        fact = Fact("fact", evidence.text, "", "", "", "")
        verdict = judge("claim", claim, [(fact, evidence)], rules=rules).match.verdict
        ok += (verdict == "supported") == (p["gold_label"] == "SUPPORTS")
    return ok / len(pairs)


def fever_symmetric() -> dict[str, Any]:
    splits = fever_pairs()
    pairs = splits["dev"] + splits["test"]
    parsed = _parsed(pairs)
    dev = len(splits["dev"])
    naive = sum((fuzz.token_set_ratio(normalize(p["claim"]).lower(), normalize(p["evidence"]).lower()) >= 75)
                == (p["gold_label"] == "SUPPORTS") for p in pairs) / len(pairs)
    ablation = {rule: fever_accuracy(pairs, parsed, RULES - {rule}) for rule in sorted(RULES)}
    return {"pairs": len(pairs), "labels": dict(Counter(p["gold_label"] for p in pairs)),
            "accuracy": fever_accuracy(pairs, parsed), "dev_accuracy": fever_accuracy(pairs[:dev], parsed[:dev]),
            "test_accuracy": fever_accuracy(pairs[dev:], parsed[dev:]), "naive_accuracy": naive,
            "ablation": ablation}


# --- the table ----------------------------------------------------------------------------------


def table(cf: dict[str, Any], fs: dict[str, Any]) -> str:
    runs = [n for n in ("rules", "semantic") if n in cf]
    head = "Climate-FEVER                         " + "".join(f"{n:>14}" for n in runs) + "         naive"
    lines = [head]
    for key in ("macro_f1", "fact_accuracy", "verdict_accuracy", "contradiction_recall"):
        lines.append(f"{key:<38}" + "".join(f"{cf[n][key]:>14.2f}" for n in runs) + f"{cf['naive'][key]:>14.2f}")
    for v in ("supported", "contradicted", "unverified"):
        cells = [cf[n]["per_verdict"][v] for n in runs] + [cf["naive"]["per_verdict"][v]]
        lines.append(f"{v + ' precision / recall':<38}" + "".join(f"{c['precision']:>7.2f} / {c['recall']:.2f}" for c in cells))
    r = cf["retrieval"]
    lines.append(f"{'retrieval recall@1 / @5':<38}{r['recall_at_1']:>7.2f} / {r['recall_at_5']:.2f}")
    lines.append(f"{'ingest seconds':<38}" + "".join(f"{cf['seconds_' + n]:>14.0f}" for n in runs))
    lines.append(f"({cf['claims']} claims, {cf['facts']} evidence sentences)")
    if "held_out" in cf:
        h = cf["held_out"]
        lines.append(f"held out: semantic_act chosen on even claim ids = {h['chosen']}; macro_f1 on odd ids "
                     f"{h['test_macro_f1_chosen']:.2f} (shipped {h['shipped']}: {h['test_macro_f1_shipped']:.2f})")
    lines += ["", "rule ablation (library calls)      macro_f1  contra_recall  fact_acc  sup_prec"]
    for name, s in cf["ablation"].items():
        label = name.replace(":(all)", ": all rules").replace(":", ": without ")
        lines.append(f"  {label:<32}{s['macro_f1']:>9.3f}{s['contradiction_recall']:>14.3f}{s['fact_accuracy']:>10.3f}"
                     f"{s['supported_precision']:>10.3f}")
    lines += ["", "FEVER-Symmetric v0.2                factledger   naive",
              f"accuracy, dev+test ({fs['pairs']} pairs)        {fs['accuracy']:.3f}     {fs['naive_accuracy']:.3f}",
              f"accuracy, dev                                  {fs['dev_accuracy']:.3f}",
              f"accuracy, test                                 {fs['test_accuracy']:.3f}",
              "without one rule: " + ", ".join(f"{k} {v:.3f}" for k, v in fs["ablation"].items())]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, help="where the corpora are built (default: a temporary folder)")
    parser.add_argument("--no-semantic", action="store_true", help="skip the runs with the semantic stage")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="factledger-eval-"))
    use_semantic = not args.no_semantic
    if use_semantic:
        from pipeline.semantic import available

        if not available():
            sys.exit("eval_public: the semantic extra is not installed (make setup-semantic), or pass --no-semantic")
    fs = fever_symmetric()
    cf = climate_fever(work, use_semantic)
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    results.update({"climate_fever": cf, "fever_symmetric": fs, "fever_symmetric_accuracy": fs["accuracy"],
                    "climate_fever_macro_f1": cf["rules"]["macro_f1"],
                    "climate_fever_fact_accuracy": cf["rules"]["fact_accuracy"]})
    if "semantic" in cf:
        results["climate_fever_macro_f1_semantic"] = cf["semantic"]["macro_f1"]
        results["climate_fever_fact_accuracy_semantic"] = cf["semantic"]["fact_accuracy"]
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(table(cf, fs))
    print(f"\nwrote {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
