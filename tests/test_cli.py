"""The command line, in process: every command answers --help; ingest, status and promote end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from flows.cli import COMMANDS, build_parser, main


@pytest.mark.parametrize("argv", [["--help"], *([c, "--help"] for c in COMMANDS)])
def test_every_command_answers_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: factledger")
    if argv[0] in ("ingest", "promote", "serve", "status"):
        assert "--state" in out and "--review" in out


def test_folder_options_default_to_the_repository() -> None:
    args = build_parser().parse_args(["ingest"])
    repo = Path(__file__).resolve().parent.parent
    assert (args.raw, args.curated, args.review, args.state) == (
        repo / "raw", repo / "curated", repo / "review", repo / ".factledger")


def test_missing_raw_folder_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["ingest", "--raw", str(tmp_path / "nope"), "--curated", str(tmp_path)])
    assert code == 2
    assert "--raw" in capsys.readouterr().err


def _folders(demo: Path) -> list[str]:
    return ["--raw", str(demo / "raw"), "--curated", str(demo / "curated"),
            "--review", str(demo / "review"), "--state", str(demo / "state")]


def test_ingest_status_promote(prefect_harness: None, demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", *_folders(demo)]) == 0
    out = capsys.readouterr().out
    assert "all files" in out and "supported" in out  # the summary table
    claims = pd.read_csv(demo / "review" / "claims.csv")
    assert len(claims) > 20

    assert main(["status", "--json", *_folders(demo)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert sum(info["verdicts"].values()) == len(claims)
    assert info["pending"] == int(claims["verdict"].isin(["contradicted", "unverified"]).sum())
    assert info["runs"][0]["kind"] == "ingest"

    queue_path = demo / "review" / "queue.csv"
    queue = pd.read_csv(queue_path, dtype=str, keep_default_na=False)
    queue.loc[queue["verdict"] == "unverified", "decision"] = ""
    first = queue.index[queue["verdict"] == "unverified"][0]
    queue.loc[first, ["decision", "article"]] = ["accept", "no-such-article"]
    queue.to_csv(queue_path, index=False)
    curated_before = {p.name: p.read_bytes() for p in (demo / "curated").glob("*.md")}
    assert main(["promote", *_folders(demo)]) == 2
    assert "unknown article 'no-such-article'" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in (demo / "curated").glob("*.md")} == curated_before

    queue.loc[first, "article"] = "apollo-program"
    queue.to_csv(queue_path, index=False)
    accepted = queue.loc[first, "claim_id"]
    page = demo / "review" / "review.html"
    assert f'data-claim="{accepted}" data-queued="1"' in page.read_text(encoding="utf-8")
    assert main(["promote", *_folders(demo)]) == 0
    assert "accepted" in capsys.readouterr().out
    assert {p.name: p.read_bytes() for p in (demo / "curated").glob("*.md")} != curated_before
    # the review page follows: the accepted claim has left the queue
    assert f'data-claim="{accepted}" data-queued="0"' in page.read_text(encoding="utf-8")


def test_ingest_without_a_server_runs_here_then_answers_a_rerun_at_once(demo: Path,
                                                                       capsys: pytest.CaptureFixture[str],
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    assert main(["ingest", *_folders(demo)]) == 0
    assert "(without Prefect)" in capsys.readouterr().out
    assert not (demo / "state" / "prefect").exists()  # Prefect was not even configured
    assert main(["ingest", *_folders(demo)]) == 0
    out = capsys.readouterr().out
    assert "(nothing to do)" in out and "all files" in out and "0 files parsed, 3 unchanged" in out
    assert main(["status", "--json", *_folders(demo)]) == 0
    runs = json.loads(capsys.readouterr().out)["runs"]
    assert [(r["kind"], r["status"]) for r in runs] == [("ingest", "ok"), ("ingest", "ok")]


def test_prefect_always_runs_the_flow(prefect_harness: None, demo: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    assert main(["ingest", "--prefect", "always", *_folders(demo)]) == 0
    out = capsys.readouterr().out
    assert "(Prefect flow" in out and "3 files parsed" in out


def test_dask_needs_prefect(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", "--prefect", "never", "--dask", "local", *_folders(demo)]) == 2
    assert "--dask" in capsys.readouterr().err


@pytest.mark.parametrize("config, flag, wanted", [
    (None, None, False),
    ("thresholds:\n  support: 0.6\n", None, False),
    ("thresholds:\n  semantic: true\n", None, True),
    ("thresholds:\n  semantic: false\n", None, False),
    ("thresholds:\n  semantic: true\n", False, False),
    (None, True, True),
    ("thresholds: [not, a, mapping\n", None, True),  # unreadable: keep PyTorch, the real reader reports it
])
def test_semantic_wanted_is_read_before_spacy(tmp_path: Path, config: str | None, flag: bool | None,
                                              wanted: bool) -> None:
    from flows.cli import _semantic_wanted

    path = tmp_path / "factledger.yaml"
    if config is not None:
        path.write_text(config, encoding="utf-8")
    args = build_parser().parse_args(["ingest", "--config", str(path)]
                                     + ([] if flag is None else ["--semantic" if flag else "--no-semantic"]))
    assert _semantic_wanted(args) is wanted


def test_a_rules_only_run_does_not_import_pytorch(demo: Path) -> None:
    code = ("import json, sys; from flows.cli import main; "
            f"rc = main(['ingest', '--quiet', *{_folders(demo)!r}]); "
            "print(json.dumps({'rc': rc, 'torch': repr(sys.modules.get('torch', 'absent'))}))")
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"rc": 0, "torch": "None"}
    assert (demo / "review" / "claims.csv").read_text(encoding="utf-8").count("\n") > 20


# --- issue 12: the reviewer's commands, errors a person can act on, quiet defaults ------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from pipeline import __version__

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"factledger {__version__}"


def test_explain_and_report(demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    assert main(["ingest", *_folders(demo)]) == 0
    out = capsys.readouterr().out
    page = demo / "review" / "review.html"
    assert f"review page: {page.resolve().as_uri()}" in out and "review.html" in out.split("rewrote in")[1]
    claims = pd.read_csv(demo / "review" / "claims.csv", dtype=str, keep_default_na=False)
    row = claims[claims["verdict"] == "contradicted"].iloc[0]
    assert main(["explain", row["claim_id"][:8], *_folders(demo)]) == 0  # a unique prefix is enough
    text = capsys.readouterr().out
    assert text.startswith(f"claim {row['claim_id']} in {row['source']}:{row['line']}")
    assert f"  > {row['line']} | " in text  # the claim's line in its file
    assert f"verdict: contradicted (against {row['fact_id']})" in text
    assert "the claim says" in text and "where the fact says" in text
    assert "facts considered" in text and f"#claim={row['claim_id']}" in text

    page.unlink()
    assert main(["report", *_folders(demo)]) == 0
    assert f"wrote {page.resolve()}" in capsys.readouterr().out and page.exists()
    assert main(["report", *_folders(demo)]) == 0
    assert "unchanged:" in capsys.readouterr().out


@pytest.mark.parametrize("given, words", [("cdeadbeef000", "no claim 'cdeadbeef000'"), ("c", "no claim 'c'")])
def test_explain_an_unknown_claim_is_one_line(demo: Path, capsys: pytest.CaptureFixture[str], given: str,
                                              words: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    assert main(["ingest", "--quiet", *_folders(demo)]) == 0
    capsys.readouterr()
    assert main(["explain", given, *_folders(demo)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and words in err and "claims.csv" in err


def test_warnings_when_no_fact_or_no_raw_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    for name in ("raw", "curated"):
        (tmp_path / name).mkdir()
    (tmp_path / "curated" / "README.md").write_text("# Our articles\n", encoding="utf-8")  # a note, no error
    assert main(["ingest", "--quiet", *_folders(tmp_path)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [f"factledger: warning: no curated fact was loaded from {tmp_path / 'curated'}: every claim is "
                   "unverified. Add Markdown articles whose front matter lists atomic_facts (files without front "
                   "matter are notes and are skipped)",
                   f"factledger: warning: no raw file was found under {tmp_path / 'raw'}: put .md, .markdown or "
                   ".txt files there"]


def test_a_refused_queue_is_one_line_on_the_console_also_through_prefect(prefect_harness: None, tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str],
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The issue's first complaint: a decision typed `yes` printed its one useful line inside 80 lines of
    Prefect ERROR logs and two tracebacks. Through a running Prefect server (the test harness's)."""
    from prefect.settings import PREFECT_API_URL

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    (tmp_path / "raw").mkdir()
    (tmp_path / "curated").mkdir()
    (tmp_path / "curated" / "a.md").write_text(
        "---\nid: a\natomic_facts:\n  - id: a-tf\n    statement: Google released TensorFlow in 2015.\n---\n",
        encoding="utf-8")
    (tmp_path / "raw" / "n.md").write_text("TensorFlow was released by Google in 2016.\n", encoding="utf-8")
    assert main(["ingest", "--quiet", "--prefect", "never", *_folders(tmp_path)]) == 0
    queue = pd.read_csv(tmp_path / "review" / "queue.csv", dtype=str, keep_default_na=False)
    queue.loc[0, "decision"] = "yes"
    queue.to_csv(tmp_path / "review" / "queue.csv", index=False, sep=";")  # a European save, too
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "PREFECT_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-m", "flows.cli", "ingest", *_folders(tmp_path)], capture_output=True,
                          text=True, env=env, timeout=300, cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"factledger: {tmp_path / 'review' / 'queue.csv'}:2: row 2 (claim {queue.loc[0, 'claim_id']}): unknown "
        "decision 'yes'; use one of accept, reject, dispute, not-a-claim or leave it empty"]
