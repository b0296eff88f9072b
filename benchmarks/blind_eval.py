"""Verdict quality on the blind corpora, pooled per group, with what each kind of conflict is worth.

    python benchmarks/blind_eval.py            # library runs (no Prefect): all groups, ablation
    python benchmarks/blind_eval.py --no-ablation

Groups (each DIR holds raw/, curated/, gold.csv, written and labelled by annotators who never
saw the code, before any run):
- shared: ../shared/eval/blind/* (the rules were tuned looking at these);
- tune:   benchmarks/blind/tune/* (tuned on too);
- holdout: benchmarks/blind/holdout/* (never looked at: only these pooled figures).

Matching of gold rows to claims is score.py's and blind_score.py's: the shortest claim whose
[start, end) holds the key's offset. Prints macro-F1, supported precision, contradiction
recall and leak per group, then per rule switched off (the figure lost is the rule's gain),
and writes them to benchmarks/results.json under "blind".
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline import documents  # noqa: E402
from pipeline.ingest import ingest  # noqa: E402
from pipeline.nlp import shared_nlp  # noqa: E402
from pipeline.verify.verifier import RULES, Thresholds  # noqa: E402

GROUPS = {
    "shared": sorted((REPO.parent / "shared" / "eval" / "blind").glob("*/")),
    "tune": sorted((REPO / "benchmarks" / "blind" / "tune").glob("*/")),
    "holdout": sorted((REPO / "benchmarks" / "blind" / "holdout").glob("*/")),
}
V = ("supported", "contradicted", "unverified")


def run(corpus: Path, t: Thresholds, work: Path) -> Counter:
    """Ingest one corpus with the library and count (gold, predicted) pairs."""
    out = work / corpus.name
    ingest(shared_nlp(), corpus / "raw", corpus / "curated", out / "review", out / "state", thresholds=t)
    with open(out / "review" / "claims.csv", newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    by_src: dict[str, list[dict]] = {}
    for c in rows:
        by_src.setdefault(c["source"], []).append(c)
    k: Counter = Counter()
    texts: dict[str, str] = {}
    with open(corpus / "gold.csv", newline="", encoding="utf-8") as fh:
        for g in csv.DictReader(fh):
            if g["path"] not in texts:
                texts[g["path"]] = documents.decode((corpus / "raw" / g["path"]).read_bytes(), g["path"])
            off = texts[g["path"]].find(g["key"])
            hits = [c for c in by_src.get(g["path"], []) if int(c["start"]) <= off < int(c["end"])]
            hit = min(hits, key=lambda c: int(c["end"]) - int(c["start"])) if hits else None
            k[(g["verdict"], hit["verdict"] if hit else "none")] += 1
    return k


def figures(k: Counter) -> dict[str, float]:
    f1 = []
    for v in V:
        tp = k[(v, v)]
        pred = sum(n for (g, p), n in k.items() if p == v)
        gold = sum(n for (g, p), n in k.items() if g == v)
        prec, rec = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
        f1.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    sup = sum(n for (g, p), n in k.items() if p == "supported")
    none = sum(n for (g, p), n in k.items() if g == "none")
    contra = sum(n for (g, p), n in k.items() if g == "contradicted")
    return {"macro_f1": sum(f1) / 3, "supported_precision": k[("supported", "supported")] / sup if sup else 0.0,
            "contradiction_recall": k[("contradicted", "contradicted")] / contra if contra else 0.0,
            "leak": sum(n for (g, p), n in k.items() if g == "none" and p != "none") / none if none else 0.0,
            "rows": sum(k.values())}


def line(name: str, f: dict[str, float]) -> str:
    return (f"{name:<28} macro_f1={f['macro_f1']:.2f} supported_precision={f['supported_precision']:.2f} "
            f"contradiction_recall={f['contradiction_recall']:.2f} leak={f['leak']:.2f} rows={f['rows']:.0f}")


def group(name: str, t: Thresholds, work: Path, verbose: bool = True) -> dict[str, float]:
    total: Counter = Counter()
    for corpus in GROUPS[name]:
        k = run(corpus, t, work / name)
        total.update(k)
        if verbose:
            print(line(f"  {name}/{corpus.name}", figures(k)))
    return figures(total)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--no-ablation", action="store_true", help="skip the runs with one rule off")
    p.add_argument("--semantic", action="store_true", help="with the semantic stage (needs make setup-semantic)")
    args = p.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="factledger-blind-"))
    base = Thresholds(semantic=args.semantic)
    if args.semantic:
        raise SystemExit("use ../shared/eval/blind_score.py --semantic for the semantic stage")
    results: dict[str, dict] = {}
    for name in GROUPS:
        results[name] = group(name, base, work / "all")
        print(line(f"{name} (pooled)", results[name]))
    if not args.no_ablation:
        print("\nwithout one rule (shared + tune pooled; holdout left alone):")
        for rule in sorted(RULES):
            t = replace(base, rules=RULES - {rule})
            k: Counter = Counter()
            for name in ("shared", "tune"):
                for corpus in GROUPS[name]:
                    k.update(run(corpus, t, work / f"off-{rule}" / name))
            results[f"without {rule}"] = figures(k)
            print(line(f"  without {rule}", results[f"without {rule}"]))
    out = REPO / "benchmarks" / "results.json"
    data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    data["blind"] = results
    out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
