"""`factledger calibrate` on the demo corpus, with a reviewer played by the blind gold labels.

    python benchmarks/calibrate_demo.py [--semantic]

Ingests raw/ against curated/ into a temporary folder, then fills in queue.csv the way a
careful reviewer would, from benchmarks/demo_gold.csv (labelled by someone who never saw
the rules): a claim the gold calls contradicted is rejected; one it calls unverified or
supported is true, and accepted. Then it runs `factledger calibrate` and prints what the
decisions imply. Nothing in the repository changes.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--semantic", action="store_true", help="calibrate with the semantic stage on")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="factledger-calibrate-"))
    folders = ["--raw", str(REPO / "raw"), "--curated", str(REPO / "curated"),
               "--review", str(work / "review"), "--state", str(work / "state")]
    semantic = ["--semantic" if args.semantic else "--no-semantic"]
    cli = [sys.executable, "-m", "flows.cli"]
    env = {**{k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}, "PREFECT_HOME": str(work / "prefect")}
    subprocess.run(cli + ["ingest", *folders, *semantic, "--quiet"], check=True, cwd=REPO, env=env)

    texts = {p: (REPO / "raw" / p).read_text(encoding="utf-8") for p in
             {row["path"] for row in csv.DictReader((REPO / "benchmarks" / "demo_gold.csv").open(encoding="utf-8"))}}
    gold = []
    for row in csv.DictReader((REPO / "benchmarks" / "demo_gold.csv").open(encoding="utf-8")):
        gold.append((row["path"], texts[row["path"]].find(row["key"]), row["verdict"]))
    queue_path = work / "review" / "queue.csv"
    with queue_path.open(newline="", encoding="utf-8") as fh:  # edited as a spreadsheet would
        reader = csv.DictReader(fh)
        fields, rows = reader.fieldnames or [], list(reader)
    decided = {"reject": 0, "accept": 0}
    for r in rows:
        labels = [v for p, off, v in gold if p == r["source"] and int(r["start"]) <= off < int(r["end"])]
        if labels:  # true claims (supported or new) are accepted, wrong ones rejected
            r["decision"] = "reject" if labels[0] == "contradicted" else "accept"
            decided[r["decision"]] += 1
    with queue_path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    print(f"reviewer (from the blind gold): {decided['reject']} rejected, {decided['accept']} accepted, "
          f"{len(rows) - sum(decided.values())} left undecided", flush=True)
    subprocess.run(cli + ["ingest", *folders, *semantic, "--quiet"], check=True, cwd=REPO, env=env)  # stores them
    subprocess.run(cli + ["calibrate", *folders, *semantic, "--verbose", "--config", str(REPO / "factledger.yaml")],
                   check=True, cwd=REPO, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
