"""Segmentation on a labelled set of lines: which claims are kept, which non-claims leak.

    python benchmarks/segment_eval.py                 # every set under benchmarks/segment/
    python benchmarks/segment_eval.py --show          # and each line it gets wrong, with the reason

A set is a folder with ``docs/`` (raw files) and ``labels.csv`` (``path,key,label``: ``key`` an
exact substring of ``docs/<path>``, ``label`` ``claim`` or ``none``). A line counts as kept when a
claim's span holds the key's first character, as ``score.py`` matches gold rows.

- probes19: 274 lines in four domains (the natural-ice trade, bread, pencils, salt), blogs and
  notes, written and labelled by an independent helper that never saw the code (its NOTES.md). Its
  errors were read in issue 10's eighteenth stop, and rules were written off them: it is a read set.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline import segment  # noqa: E402
from pipeline.documents import read_document  # noqa: E402
from pipeline.nlp import load_nlp  # noqa: E402

SETS = REPO / "benchmarks" / "segment"


def score(folder: Path, nlp, show: bool = False) -> tuple[int, int, int, int]:
    """(claims kept, claims, non-claims leaked, non-claims) for one labelled set."""
    docs = folder / "docs"
    spans: dict[str, tuple[str, list[tuple[int, int]], list[tuple[int, int, str]]]] = {}
    for path in sorted(docs.iterdir()):
        doc = read_document(docs, path)
        _, claims, rejected = next(segment.segment_documents(nlp, [doc]))
        spans[path.name] = (doc.text, [(c.start, c.end) for c in claims],
                            [(r.start, r.end, r.reason) for r in rejected])
    kept = claims = leaked = nones = 0
    with open(folder / "labels.csv", newline="", encoding="utf-8") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            text, found, rejected = spans[row["path"]]
            at = text.find(row["key"])
            if at < 0:
                raise SystemExit(f"{folder / 'labels.csv'}:{n}: key not in {row['path']}: {row['key']!r}")
            hit = any(a <= at < b for a, b in found)
            if row["label"] == "claim":
                claims += 1
                kept += hit
                if show and not hit:
                    why = next((r for a, b, r in rejected if a <= at < b), "not read as a sentence")
                    print(f"  lost   [{why}] {row['path']}: {row['key']}")
            else:
                nones += 1
                leaked += hit
                if show and hit:
                    print(f"  leaked {row['path']}: {row['key']}")
    return kept, claims, leaked, nones


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--show", action="store_true", help="print every line the segmentation gets wrong")
    args = p.parse_args(argv)
    nlp = load_nlp()
    for folder in sorted(f for f in SETS.iterdir() if (f / "labels.csv").exists()):
        kept, claims, leaked, nones = score(folder, nlp, args.show)
        print(f"{folder.name}: claims kept {kept}/{claims} ({kept / claims:.2f}), "
              f"non-claims leaked {leaked}/{nones} ({leaked / nones:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
