"""What verification costs as the knowledge base grows, and what incremental re-verification saves.

    python benchmarks/verify_scale.py                     # 10k, 50k, 100k facts; 500 claims
    python benchmarks/verify_scale.py --facts 10000 --claims 200 --cache /tmp/fl-statements.sqlite

For each size: the facts of ``benchmarks/synth.py`` (invented organisations and people) are
parsed once (or read from ``--cache``: the parse of 100,000 statements takes minutes on two
cores, and a knowledge base pays it once), indexed, and the same claims (40% restating a fact,
15% contradicting one, 45% neither) are judged. Printed per size: the index build time from
the cache, milliseconds per claim (candidate search and alignment), candidates per claim, and
after editing one fact, how many of the claims an incremental re-verification judges again
and its time against judging every claim. All times in one process, interleaved per size.
Writes the figures to benchmarks/results.json under "verify_scale".
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import synth  # noqa: E402

from pipeline.model import Fact  # noqa: E402
from pipeline.nlp import shared_nlp  # noqa: E402
from pipeline.verify import factcache  # noqa: E402
from pipeline.verify.candidates import FactIndex, affected  # noqa: E402
from pipeline.verify.verifier import Thresholds, judge_claim  # noqa: E402


CACHE = Path(tempfile.gettempdir()) / "factledger-bench-statements.sqlite"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--facts", type=int, nargs="*", default=[10_000, 50_000, 100_000])
    ap.add_argument("--claims", type=int, default=500)
    ap.add_argument("--cache", type=Path, default=CACHE)
    args = ap.parse_args(argv)
    out = measure(args.facts, args.claims, args.cache)
    results = REPO / "benchmarks" / "results.json"
    data = json.loads(results.read_text()) if results.exists() else {}
    data["verify_scale"] = out
    results.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
    return 0


def measure(sizes: list[int], n_claims: int, cache: Path = CACHE) -> dict[str, dict]:
    """The figures per knowledge-base size (see the module's docstring)."""
    nlp = shared_nlp()
    t = Thresholds()
    out = {}
    for n in sizes:
        claims_text, fact_texts = synth.claims_and_facts(n_claims, n)
        facts = [Fact(f"f{i}", s, "", "", "", "a") for i, s in enumerate(fact_texts)]
        start = time.perf_counter()
        statements = factcache.statements(nlp, fact_texts, cache)
        parse = time.perf_counter() - start
        start = time.perf_counter()
        statements = factcache.statements(None, fact_texts, cache)
        index = FactIndex(facts, statements)
        build = time.perf_counter() - start
        claims = factcache.read_texts(nlp, claims_text)
        per_claim, found = [], []
        for i, c in enumerate(claims):
            start = time.perf_counter()
            judge_claim(f"c{i}", c, index, t)
            per_claim.append(time.perf_counter() - start)
            found.append(len(index.candidates(c, t.candidates)))
        # edit one fact a claim restates: the claims that share a word with it are judged again
        rng = random.Random(n)
        k = rng.randrange(len(facts))
        edited = replace(facts[k], statement=facts[k].statement.replace("1", "2", 1))
        new_st = factcache.read_texts(nlp, [edited.statement])[0]
        # the edited base's index is built once, for either way of judging again (not timed)
        index2 = FactIndex(facts[:k] + [edited] + facts[k + 1:], statements[:k] + [new_st] + statements[k + 1:])
        start = time.perf_counter()
        touched = affected(claims, [statements[k], new_st])
        for i in touched:
            judge_claim(f"c{i}", claims[i], index2, t)
        incremental = time.perf_counter() - start
        start = time.perf_counter()
        for i, c in enumerate(claims):
            judge_claim(f"c{i}", c, index2, t)
        full = time.perf_counter() - start
        row = {
            "facts": n, "claims": len(claims), "fact_parse_s": round(parse, 1), "index_from_cache_s": round(build, 2),
            "ms_per_claim_median": round(1000 * statistics.median(per_claim), 2),
            "ms_per_claim_p95": round(1000 * sorted(per_claim)[int(0.95 * (len(per_claim) - 1))], 2),
            "candidates_per_claim": round(statistics.mean(found), 1),
            "one_fact_edited_rejudged": len(touched), "incremental_s": round(incremental, 3), "full_s": round(full, 3),
        }
        out[str(n)] = row
        print(json.dumps(row), file=sys.stderr, flush=True)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
