"""The attacks of issue 13, measured: what each costs or loses, on a given copy of the code.

    python benchmarks/hostile.py                       # this checkout
    python benchmarks/hostile.py --code /tmp/before    # another copy, e.g. the code before the fix:
                                                       #   git archive BASE | tar -x -C /tmp/before

Each attack runs in a child process with ``PYTHONPATH`` at ``--code`` (and a 4 GiB address-space
cap, so that an unbounded loader fails there instead of taking the machine). Prints one line per
figure and writes them as JSON (``--out``). Nothing is asserted: the tests assert behaviour,
this prints figures. About 10 minutes for the code before the fix (its promote alone takes
minutes), 3 for the code after; run it on a quiet machine.
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
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CAP = 4 * 2**30

PRELUDE = """
import json, os, resource, sys, time
from pathlib import Path
def peak_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
def done(**figures):
    print("RESULT " + json.dumps(figures), flush=True)
"""


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CAP, CAP))


def child(code: Path, body: str, timeout: float = 1800) -> dict:
    """Run ``body`` with the code under test; its ``done(...)`` figures, or how it ended."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    env.pop("PREFECT_API_URL", None)
    start = time.perf_counter()
    try:
        run = subprocess.run([sys.executable, "-c", PRELUDE + textwrap.dedent(body)], cwd=code, env=env,
                             capture_output=True, text=True, preexec_fn=_capped, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"ended": f"still running after {timeout:.0f}s"}
    wall = round(time.perf_counter() - start, 2)
    for line in run.stdout.splitlines():
        if line.startswith("RESULT "):
            return {**json.loads(line[7:]), "exit": run.returncode, "child_wall_s": wall}
    last = (run.stderr.strip().splitlines() or ["(no output)"])[-1]
    return {"exit": run.returncode, "child_wall_s": wall, "ended": last[:200]}


def _alias_chain(levels: int = 9) -> list[str]:
    names = "abcdefghij"[:levels]
    lines = [f"{names[0]}: &{names[0]} [" + ",".join(['"lol"'] * 9) + "]"]
    lines += [f"{q}: &{q} [" + ",".join([f"*{p}"] * 9) + "]" for p, q in zip(names, names[1:])]
    return lines


def big_article(n: int) -> str:
    items = "".join(f"  - id: big-{i:05d}\n    statement: Station {i} logged {i % 97} quakes in {1900 + i % 120}.\n"
                    f"    source_title: Log {i}\n    source_url: https://example.org/{i}\n    confidence: high\n"
                    for i in range(n))
    return f"---\nid: big\natomic_facts:\n{items}updated: '2026-01-01'\n---\n"


def yaml_attacks(code: Path, work: Path) -> dict:
    bomb_raw = "---\n" + "\n".join(_alias_chain()) + "\ntitle: *i\n---\nApollo 11 landed in 1969.\n"
    bomb_fact = "---\nid: bomb\n" + "\n".join(_alias_chain()) + "\natomic_facts:\n  - id: b-1\n    statement: *i\n---\n"
    deep = "---\ntitle: " + "[" * 50_000 + "\n---\nApollo 11 landed in 1969.\n"
    out = {}
    for name, text, call in (
            ("alias bomb, raw front matter", bomb_raw, "documents.loads(text, 'bomb.md')"),
            ("alias bomb, curated statement", bomb_fact, "facts.loads(text, 'bomb.md')"),
            ("50,000 nested [ in front matter", deep, "documents.loads(text, 'deep.md')")):
        path = work / f"{len(out)}.txt"
        path.write_text(text, encoding="utf-8")
        r = child(code, f"""
            from pipeline import documents, facts
            text = Path({str(path)!r}).read_text(encoding="utf-8")
            start = time.perf_counter()
            try:
                {call}
                outcome = "accepted"
            except MemoryError:
                outcome = "MemoryError at the 4 GiB cap"
            except Exception as err:
                outcome = f"{{type(err).__name__}}: {{err}}"[:160]
            done(bytes=len(text.encode()), outcome=outcome, seconds=round(time.perf_counter() - start, 3),
                 peak_mb=round(peak_mb()))
            """, timeout=600)
        out[name] = r
    return out


def big_article_attacks(code: Path, work: Path) -> dict:
    """Load time of a 20,000-fact article; promote of 20 accepts into it (time, and parse count)."""
    root = work / "big"
    (root / "raw").mkdir(parents=True)
    (root / "curated").mkdir()
    (root / "curated" / "big.md").write_text(big_article(20_000), encoding="utf-8")
    (root / "raw" / "notes.md").write_text("# Notes\n\n" + "".join(
        f"The probe Explorer {i} carried {i + 3} cosmic-ray counters.\n\n" for i in range(20)), encoding="utf-8")
    load = child(code, f"""
        from pipeline import facts
        path = Path({str(root / 'curated' / 'big.md')!r})
        start = time.perf_counter()
        article = facts.read_article(path)
        done(facts=len(article.facts), seconds=round(time.perf_counter() - start, 2))
        """)
    promote = child(code, f"""
        import pandas as pd
        from pipeline.nlp import load_nlp
        from pipeline.ingest import ingest
        from pipeline.promote import promote
        d = Path({str(root)!r})
        ingest(load_nlp(), d / "raw", d / "curated", d / "review", d / "state")
        queue = pd.read_csv(d / "review" / "queue.csv", dtype=str, keep_default_na=False)
        queue["decision"], queue["article"] = "accept", "big"
        queue.to_csv(d / "review" / "queue.csv", index=False)
        start = time.perf_counter()
        report = promote(d / "curated", d / "review", d / "state", today="2026-11-23")
        done(accepted=len(report.accepted), seconds=round(time.perf_counter() - start, 2), peak_mb=round(peak_mb()))
        """, timeout=3600)
    return {"load 20,000-fact article": load, "promote 20 accepts into it": promote}


SAVER = """
import csv, io, threading
import pandas as pd
from pipeline.nlp import load_nlp
from pipeline.ingest import ingest
from pipeline.state import StateStore
d = Path({d!r})
nlp = load_nlp()
ingest(nlp, d / "raw", d / "curated", d / "review", d / "state")  # first run: every claim parsed
q = d / "review" / "queue.csv"
header = next(csv.reader(io.StringIO(q.read_text(encoding="utf-8-sig"))))
claim = next(r["claim_id"] for r in csv.DictReader(io.StringIO(q.read_text(encoding="utf-8-sig")))
             if r["verdict"] == "unverified")

def save(note, decision=""):
    rows = list(csv.DictReader(io.StringIO(q.read_text(encoding="utf-8-sig"))))
    for r in rows:
        if r["claim_id"] == claim:
            r["note"], r["decision"] = note, decision
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\\r\\n")
    w.writeheader(); w.writerows(rows)
    tmp = q.with_name("~queue.tmp"); tmp.write_text(buf.getvalue(), encoding="utf-8"); os.replace(tmp, q)

article = d / "curated" / "apollo-program.md"
lost, runs = 0, []
for attempt in range({tries}):
    text = article.read_text(encoding="utf-8")  # one fact edited: every claim is verified again
    article.write_text(text.replace("statement: Notably, ", "statement: ", 1) if "statement: Notably, " in text
                       else text.replace("statement: ", "statement: Notably, ", 1), encoding="utf-8")
    last, stop_at = [""], None
    def saver():
        k = 0
        while time.monotonic() < stop_at:
            k += 1
            last[0] = f"try {{attempt}} save {{k}}"
            save(last[0])
            time.sleep(0.25)
    start = time.monotonic()
    stop_at = start + {stop_after}
    t = threading.Thread(target=saver); t.start()
    ingest(nlp, d / "raw", d / "curated", d / "review", d / "state")
    runs.append(round(time.monotonic() - start, 1))
    t.join()
    with StateStore(d / "state") as store:
        dec = store.decisions().get(claim)
    in_db = dec is not None and dec.note == last[0]
    on_disk = last[0] in q.read_text(encoding="utf-8-sig")
    lost += not (in_db or on_disk)
    save("", "")  # a clean queue for the next try
    ingest(nlp, d / "raw", d / "curated", d / "review", d / "state")
with StateStore(d / "state") as store:
    claims = len(store.claims())
done(tries={tries}, lost=lost, claims=claims, run_seconds=runs)
"""


def queue_race(code: Path, work: Path, copies: int = 25, tries: int = 3) -> dict:
    """A reviewer saves queue.csv every 0.25 s during a run that verifies thousands of claims again
    (one fact edited), and stops 60% into it: is their last save anywhere afterwards (in the
    database, or on disk for the next run)?"""
    d = work / "queue"
    shutil.copytree(REPO / "raw", d / "raw")
    shutil.copytree(REPO / "curated", d / "curated")
    for k in range(copies):
        for f in (REPO / "raw").rglob("*.*"):
            target = d / "raw" / f"copy-{k}" / f.relative_to(REPO / "raw")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(f.read_text(encoding="utf-8").replace("Apollo", f"Apollo (copy {k})"), encoding="utf-8")
    # how long a re-verifying run takes here, to stop saving in the middle of one
    probe = child(code, f"""
        from pipeline.nlp import load_nlp
        from pipeline.ingest import ingest
        d = Path({str(d)!r})
        nlp = load_nlp()
        ingest(nlp, d / "raw", d / "curated", d / "review", d / "state")
        a = d / "curated" / "apollo-program.md"
        a.write_text(a.read_text(encoding="utf-8").replace("statement: ", "statement: Notably, ", 1), encoding="utf-8")
        start = time.perf_counter()
        ingest(nlp, d / "raw", d / "curated", d / "review", d / "state")
        seconds = time.perf_counter() - start
        a.write_text(a.read_text(encoding="utf-8").replace("statement: Notably, ", "statement: ", 1), encoding="utf-8")
        ingest(nlp, d / "raw", d / "curated", d / "review", d / "state")
        done(seconds=round(seconds, 2))
        """)
    stop_after = round(0.6 * probe.get("seconds", 5.0), 2)
    r = child(code, SAVER.format(d=str(d), tries=tries, stop_after=stop_after))
    return {"queue saves during a re-verifying ingest": {**r, "saving stopped after_s": stop_after,
                                                         "run_s_probe": probe.get("seconds")}}


def curated_race(code: Path, work: Path, fractions: tuple[float, ...] = (0.15, 0.3, 0.45, 0.6, 0.7, 0.8, 0.9)
                 ) -> dict:
    """A curator appends a line to an article at a moment of a promote that must segment a changed
    raw file again (it loads spaCy), at fractions of how long such a promote takes here: is the
    line still there afterwards?"""
    base = work / "curated-race"
    shutil.copytree(REPO / "raw", base / "raw")
    shutil.copytree(REPO / "curated", base / "curated")
    setup = child(code, f"""
        import pandas as pd
        from pipeline.nlp import load_nlp
        from pipeline.ingest import ingest
        d = Path({str(base)!r})
        ingest(load_nlp(), d / "raw", d / "curated", d / "review", d / "state")
        q = pd.read_csv(d / "review" / "queue.csv", dtype=str, keep_default_na=False)
        row = q.index[q["verdict"] == "unverified"][0]
        q.loc[row, ["decision", "article"]] = ["accept", "apollo-program"]
        q.to_csv(d / "review" / "queue.csv", index=False)
        done(source=q.loc[row, "source"])
        """)
    lost, made, durations = 0, 0, []
    for i, fraction in enumerate((None, *fractions)):  # the first run measures the promote, unedited
        offset = fraction * durations[0] if fraction is not None else 0.0
        d = work / f"curated-race-{i}"
        shutil.copytree(base, d)
        raw = d / "raw" / setup["source"]
        raw.write_text(raw.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # changed since the ingest
        env = {**os.environ, "PYTHONPATH": str(code)}
        start = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-c", (
            "import sys; from pathlib import Path; from pipeline.promote import promote\n"
            f"d = Path({str(d)!r})\n"
            "promote(d / 'curated', d / 'review', d / 'state', today='2026-11-23', raw=d / 'raw')\n")],
            cwd=code, env=env, stderr=subprocess.DEVNULL)
        time.sleep(offset)
        article = d / "curated" / "apollo-program.md"
        edited = fraction is not None and proc.poll() is None
        made += edited
        if edited:
            article.write_text(article.read_text(encoding="utf-8") + "\nA curator's line.\n", encoding="utf-8")
        proc.wait()
        durations.append(round(time.monotonic() - start, 1))
        lost += edited and "A curator's line." not in article.read_text(encoding="utf-8")
    return {"curated edits during promote": {"edits": made, "lost": lost, "fractions": list(fractions),
                                             "promote_s": durations}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, default=REPO, help="the copy of factledger to attack")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    parser.add_argument("--only", nargs="*", help="yaml, big, queue, curated (default: all)")
    args = parser.parse_args()
    parts = {"yaml": yaml_attacks, "big": big_article_attacks, "queue": queue_race, "curated": curated_race}
    figures: dict = {"code": str(args.code.resolve())}
    with tempfile.TemporaryDirectory(prefix="factledger-hostile-") as tmp:
        for name in args.only or parts:
            work = Path(tmp) / name
            work.mkdir()
            for attack, result in parts[name](args.code.resolve(), work).items():
                figures[attack] = result
                print(f"{attack}: {json.dumps(result)}", flush=True)
    if args.out:
        args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
