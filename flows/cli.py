"""``factledger``: the command line. It parses options, configures Prefect, runs a flow, reports.

Exit status: 0 all good; 1 the run finished but some input could not be read (the rest
was processed and written); 2 nothing was done (bad options, missing folders).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

from pipeline.errors import FactledgerError
from pipeline.model import VERDICTS

from .settings import configure_prefect

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _default(name: str, folder: str) -> Path:
    return Path(os.environ.get(f"FACTLEDGER_{name.upper()}", PROJECT_ROOT / folder))


def _add_folders(p: argparse.ArgumentParser) -> None:
    p.add_argument("--raw", type=Path, default=_default("raw", "raw"),
                   help="folder of raw notes (.md, .markdown, .txt), read recursively (default: %(default)s; "
                        "env FACTLEDGER_RAW)")
    p.add_argument("--curated", type=Path, default=_default("curated", "curated"),
                   help="folder of curated articles whose front matter lists atomic_facts "
                        "(default: %(default)s; env FACTLEDGER_CURATED)")
    p.add_argument("--review", type=Path, default=_default("review", "review"),
                   help="where claims.csv and queue.csv are written (default: %(default)s; env FACTLEDGER_REVIEW)")
    p.add_argument("--state", type=Path, default=_default("state", ".factledger"),
                   help="run state, including Prefect's database (default: %(default)s; env FACTLEDGER_STATE)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factledger",
        description="Extract check-worthy claims from raw notes and verify them against curated atomic facts.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ing = sub.add_parser(
        "ingest", help="segment raw files into claims, verify them, write review/claims.csv and queue.csv",
        description="Run the ingest flow: every raw file is split into candidate claims with spaCy, each claim "
                    "is matched against the curated facts (supported, contradicted or unverified, with the fact "
                    "and a reason) and the results are written to REVIEW/claims.csv (every claim) and "
                    "REVIEW/queue.csv (contradicted and unverified claims, for a person to review).",
    )
    _add_folders(ing)
    ing.add_argument("--batch-files", type=int, default=50, metavar="N",
                     help="raw files per Prefect task (default: %(default)s)")
    ing.add_argument("--quiet", action="store_true", help="no progress lines and no summary table")
    return parser


def _summary(result, seconds: float) -> str:
    counts = result.counts()
    width = max([len("file")] + [len(s) for s in counts])
    head = f"{'file':<{width}}  " + "  ".join(f"{v:>12}" for v in VERDICTS) + f"  {'total':>6}"
    lines = [head, "-" * len(head)]
    total: Counter[str] = Counter()
    for source in sorted(counts):
        c = counts[source]
        total.update(c)
        lines.append(f"{source:<{width}}  " + "  ".join(f"{c[v]:>12}" for v in VERDICTS) + f"  {sum(c.values()):>6}")
    lines.append("-" * len(head))
    lines.append(f"{'all files':<{width}}  " + "  ".join(f"{total[v]:>12}" for v in VERDICTS)
                 + f"  {sum(total.values()):>6}")
    lines.append(f"{len(counts)} files, {sum(total.values())} claims in {seconds:.1f}s")
    return "\n".join(lines)


def cmd_ingest(args: argparse.Namespace) -> int:
    for name in ("raw", "curated"):
        folder: Path = getattr(args, name)
        if not folder.is_dir():
            print(f"factledger: --{name} {folder}: no such folder", file=sys.stderr)
            return 2
    configure_prefect(args.state)
    from .ingest import ingest_flow  # Prefect reads its settings at import

    started = time.monotonic()
    state = ingest_flow(raw=args.raw, curated=args.curated, review=args.review,
                       batch_files=args.batch_files, show_progress=not args.quiet, return_state=True)
    result = state.result(raise_on_failure=False)
    if isinstance(result, BaseException):
        print(f"factledger: ingest failed: {result}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(_summary(result, time.monotonic() - started))
        print(f"wrote {args.review / 'claims.csv'} and {args.review / 'queue.csv'}")
    for err in result.errors:
        print(f"factledger: skipped {err}", file=sys.stderr)
    return 1 if result.errors else 0


COMMANDS = {"ingest": cmd_ingest}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except FactledgerError as err:
        print(f"factledger: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("factledger: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
