"""pipeline.ingest end to end: tiny raw notes and one curated article in tmp_path, read back from the CSVs."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from spacy.language import Language

import pipeline.ingest as steps
from pipeline.errors import DocumentError, FrontMatterError
from pipeline.ingest import IngestReport, ingest

SCORE = Path("/work/shared/eval/score.py")
DEV = Path("/work/shared/eval/dev")

ARTICLE = """\
---
id: moon
title: Moon landings and early satellites
atomic_facts:
  - id: moon-apollo11
    statement: The Apollo 11 lunar module Eagle landed on the Moon on 20 July 1969.
    source_title: Apollo 11
    source_url: https://en.wikipedia.org/wiki/Apollo_11
    confidence: high
  - id: moon-sputnik
    statement: The Soviet Union launched Sputnik 1, the first artificial satellite, in 1957.
    source_title: Sputnik 1
    source_url: https://en.wikipedia.org/wiki/Sputnik_1
    confidence: high
updated: "2024-01-01"
---

Two facts.
"""

SUPPORTED = "The Apollo 11 lunar module Eagle landed on the Moon on 20 July 1969."
# The fact says 1957.
CONTRADICTED = "The Soviet Union launched Sputnik 1, the first artificial satellite, in 1958."
UNVERIFIED = "The lunar regolith is mostly made of fine grey dust."  # no fact speaks to it
MOON = f"# Moon notes\n\n{SUPPORTED}\n{CONTRADICTED}\n{UNVERIFIED}\n"
MARS = ("Mars notes\n\n"
        "Mars has two small moons called Phobos and Deimos.\n"
        "The Viking 1 lander touched down on Mars in July 1976.\n")


@dataclass
class Corpus:
    """A raw folder, a curated folder and the run's outputs, all under one tmp_path."""

    root: Path

    @property
    def raw(self) -> Path:
        return self.root / "raw"

    @property
    def curated(self) -> Path:
        return self.root / "curated"

    @property
    def review(self) -> Path:
        return self.root / "review"

    def ingest(self, nlp: Language) -> IngestReport:
        return ingest(nlp, self.raw, self.curated, self.review, self.root / "state")

    def rows(self, name: str = "claims.csv") -> list[dict[str, str]]:
        """A review CSV read the way score.py reads it: the csv module, not the library."""
        with open(self.review / name, newline="", encoding="utf-8-sig") as fh:
            return list(csv.DictReader(fh))

    def by_claim(self, name: str = "claims.csv") -> dict[str, dict[str, str]]:
        return {r["claim"]: r for r in self.rows(name)}

    def outputs(self) -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted(self.review.glob("*.csv"))}


def write(path: Path, text: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    c = Corpus(tmp_path)
    write(c.curated / "moon.md", ARTICLE)
    write(c.raw / "notes" / "moon.md", MOON)
    write(c.raw / "notes" / "mars.txt", MARS)
    return c


# --- what a run writes -------------------------------------------------------------------


def test_every_claim_points_at_its_text(nlp: Language, corpus: Corpus) -> None:
    # A BOM, CRLF line ends, front matter, a non-BMP character and a nested folder:
    # the offsets must still index the text Path.read_text gives.
    write(corpus.raw / "blog" / "2024" / "kourou.md",
          "\ufeff---\r\ntitle: \"Café notes – Kourou\"\r\nurl: https://example.com/kourou\r\n---\r\n\r\n"
          "# Kourou 🚀 notes\r\n\r\n"
          "The café in Kourou serves espresso to every launch crew.\r\n"
          "The 🚀 Ariane 1 rocket lifted off from Kourou in December 1979.\r\n".encode("utf-8"))
    report = corpus.ingest(nlp)
    assert report.errors == []
    rows = corpus.rows()
    assert {r["source"] for r in rows} == {"notes/moon.md", "notes/mars.txt", "blog/2024/kourou.md"}
    for r in rows:
        assert "\\" not in r["source"]
        text = (corpus.raw / r["source"]).read_text(encoding="utf-8-sig")  # offsets index the text without its BOM
        start, end = int(r["start"]), int(r["end"])
        assert " ".join(text[start:end].split()) == r["claim"], r
        assert int(r["line"]) == text.count("\n", 0, start) + 1, r
    assert "The 🚀 Ariane 1 rocket lifted off from Kourou in December 1979." in {r["claim"] for r in rows}


def test_verdicts_reasons_and_the_queue(nlp: Language, corpus: Corpus) -> None:
    corpus.ingest(nlp)
    claims = corpus.by_claim()
    assert (claims[SUPPORTED]["verdict"], claims[SUPPORTED]["fact_id"]) == ("supported", "moon-apollo11")
    contra = claims[CONTRADICTED]
    assert (contra["verdict"], contra["fact_id"]) == ("contradicted", "moon-sputnik")
    for part in ("1958", "1957", "moon-sputnik"):  # the reason names both values and the fact
        assert part in contra["reason"]
    assert (claims[UNVERIFIED]["verdict"], claims[UNVERIFIED]["fact_id"]) == ("unverified", "")
    queue = corpus.rows("queue.csv")
    expected = {r["claim_id"] for r in claims.values() if r["verdict"] in ("contradicted", "unverified")}
    assert {r["claim_id"] for r in queue} == expected
    assert len(queue) == len(expected)
    assert {r["verdict"] for r in queue} == {"contradicted", "unverified"}


def test_hard_wrapped_sentence_is_one_claim(nlp: Language, corpus: Corpus) -> None:
    # Notes wrapped at ~70 columns; the demo blog has "...between 1967 and\n1973." too.
    write(corpus.raw / "notes" / "wrapped.md",
          "# Wrapped\n\nThe Soviet Union launched Sputnik 1, the first artificial satellite, in\n"
          "1958, from Baikonur.\n")
    corpus.ingest(nlp)
    (row,) = [r for r in corpus.rows() if r["source"] == "notes/wrapped.md"]
    assert row["claim"] == ("The Soviet Union launched Sputnik 1, the first artificial satellite, in "
                            "1958, from Baikonur.")
    assert row["verdict"] == "contradicted"


# --- incremental and idempotent ----------------------------------------------------------


def test_claim_ids_are_stable_across_fresh_runs(nlp: Language, corpus: Corpus, tmp_path: Path) -> None:
    corpus.ingest(nlp)
    first = corpus.outputs()
    again = ingest(nlp, corpus.raw, corpus.curated, tmp_path / "review2", tmp_path / "state2")
    assert again.errors == []
    assert (tmp_path / "review2" / "claims.csv").read_bytes() == first["claims.csv"]
    # An edit elsewhere in the file moves a claim but keeps its id.
    ids = {r["claim"]: r["claim_id"] for r in corpus.rows()}
    write(corpus.raw / "notes" / "moon.md", MOON.replace("# Moon notes\n", "# Moon notes\n\nA new heading\n"))
    corpus.ingest(nlp)
    moved = corpus.by_claim()
    assert {c: moved[c]["claim_id"] for c in ids} == ids
    assert int(moved[SUPPORTED]["line"]) == 5  # was 3


def test_rerun_with_nothing_changed_rewrites_nothing(nlp: Language, corpus: Corpus) -> None:
    corpus.ingest(nlp)
    before = corpus.outputs()
    old = 1_000_000_000
    for name in before:  # an old mtime: any rewrite would show
        os.utime(corpus.review / name, ns=(old, old))
    report = corpus.ingest(nlp)
    assert (report.written, report.parsed, report.unchanged, report.errors) == ([], 0, 2, [])
    assert corpus.outputs() == before
    assert {(corpus.review / n).stat().st_mtime_ns for n in before} == {old}


def test_editing_one_file_reparses_only_that_file(nlp: Language, corpus: Corpus) -> None:
    corpus.ingest(nlp)
    before = corpus.rows()
    edited = "The lunar regolith is mostly made of fine grey dust and glass beads."
    write(corpus.raw / "notes" / "moon.md", MOON.replace(UNVERIFIED, edited))
    report = corpus.ingest(nlp)
    assert (report.parsed, report.unchanged) == (1, 1)
    after = corpus.rows()
    def mars(rows: list[dict[str, str]]) -> list[dict[str, str]]:
        return [r for r in rows if r["source"] == "notes/mars.txt"]

    assert mars(after) == mars(before)
    old_moon = {r["claim_id"]: r for r in before if r["source"] == "notes/moon.md"}
    new_moon = {r["claim_id"]: r for r in after if r["source"] == "notes/moon.md"}
    gone, added = old_moon.keys() - new_moon.keys(), new_moon.keys() - old_moon.keys()
    assert [old_moon[c]["claim"] for c in gone] == [UNVERIFIED]
    assert [new_moon[c]["claim"] for c in added] == [edited]
    assert all(old_moon[c] == new_moon[c] for c in old_moon.keys() & new_moon.keys())
    assert added <= {r["claim_id"] for r in corpus.rows("queue.csv")}


def test_removed_claim_leaves_claims_and_queue(nlp: Language, corpus: Corpus) -> None:
    corpus.ingest(nlp)
    cid = corpus.by_claim()[UNVERIFIED]["claim_id"]
    assert cid in {r["claim_id"] for r in corpus.rows("queue.csv")}
    write(corpus.raw / "notes" / "moon.md", MOON.replace(UNVERIFIED + "\n", ""))
    corpus.ingest(nlp)
    assert cid not in {r["claim_id"] for r in corpus.rows()}
    assert cid not in {r["claim_id"] for r in corpus.rows("queue.csv")}
    assert {SUPPORTED, CONTRADICTED} <= corpus.by_claim().keys()


def test_deleted_file_claims_leave(nlp: Language, corpus: Corpus) -> None:
    corpus.ingest(nlp)
    (corpus.raw / "notes" / "mars.txt").unlink()
    report = corpus.ingest(nlp)
    assert (report.removed, report.parsed) == (1, 0)
    for name in ("claims.csv", "queue.csv"):
        assert {r["source"] for r in corpus.rows(name)} == {"notes/moon.md"}


def test_appended_line_reaches_the_queue(nlp: Language, corpus: Corpus) -> None:
    corpus.ingest(nlp)
    new = "The Viking 2 lander reached Utopia Planitia in September 1976."
    with open(corpus.raw / "notes" / "mars.txt", "a", encoding="utf-8") as fh:
        fh.write(new + "\n")
    report = corpus.ingest(nlp)
    assert report.parsed == 1
    queued = {r["claim"]: r for r in corpus.rows("queue.csv")}
    assert queued[new]["verdict"] == "unverified"
    assert queued[new]["line"] == "5"


def test_new_raw_file_is_picked_up(nlp: Language, corpus: Corpus) -> None:
    corpus.ingest(nlp)
    write(corpus.raw / "notes" / "more" / "sputnik.md",
          "# Sputnik\n\nThe Soviet Union launched Sputnik 1, the first artificial satellite, in 1957.\n")
    report = corpus.ingest(nlp)
    assert (report.parsed, report.unchanged) == (1, 2)
    (row,) = [r for r in corpus.rows() if r["source"] == "notes/more/sputnik.md"]
    assert (row["verdict"], row["fact_id"]) == ("supported", "moon-sputnik")


# --- bad input ---------------------------------------------------------------------------


VIKING = b"Notes\n\nThe Viking 2 lander reached Mars in 1976.\n"


@pytest.mark.parametrize(("name", "data", "error", "line"), [
    # a Latin-1 byte on line 4
    ("notes/latin1.txt", VIKING + b"Caf\xe9 on Mars.\n", DocumentError, 4),
    # an unquoted colon in the title on line 2: YAML reads a nested mapping there
    ("notes/broken-front-matter.md", b"---\ntitle: Mars: the red planet\n---\n\n" + VIKING, FrontMatterError, 2),
])
def test_bad_raw_file_does_not_stop_the_run(nlp: Language, corpus: Corpus, name: str, data: bytes,
                                            error: type, line: int) -> None:
    write(corpus.raw / name, data)
    report = corpus.ingest(nlp)
    (err,) = report.errors
    assert isinstance(err, error)
    assert (err.path, err.line) == (name, line)
    assert name in str(err)
    assert report.parsed == 2
    assert "claims.csv" in report.written and "queue.csv" in report.written
    assert {r["source"] for r in corpus.rows()} == {"notes/moon.md", "notes/mars.txt"}
    assert corpus.by_claim()[CONTRADICTED]["verdict"] == "contradicted"
    # Still reported on the next run (it was not silently marked as done), and nothing rewritten.
    again = corpus.ingest(nlp)
    assert [str(e) for e in again.errors] == [str(err)]
    assert (again.written, again.parsed) == ([], 0)


def test_broken_curated_article_names_file_and_line(nlp: Language, corpus: Corpus) -> None:
    # An unquoted colon in a statement: YAML reads "Mars: the red planet" as a nested mapping.
    write(corpus.curated / "mars.md",
          "---\nid: mars\natomic_facts:\n  - id: mars-moons\n"
          "    statement: Mars: the red planet has two moons.\n"  # line 5
          "    confidence: high\n---\n")
    report = corpus.ingest(nlp)
    (err,) = report.errors
    assert isinstance(err, FrontMatterError)
    assert (err.path, err.line) == ("mars.md", 5)
    assert "mars.md:5" in str(err)
    claims = corpus.by_claim()
    assert (claims[SUPPORTED]["verdict"], claims[SUPPORTED]["fact_id"]) == ("supported", "moon-apollo11")
    contra = claims[CONTRADICTED]
    assert (contra["verdict"], contra["fact_id"]) == ("contradicted", "moon-sputnik")


# --- the curated side changes ------------------------------------------------------------


def test_changed_fact_reverifies_without_reparsing(nlp: Language, corpus: Corpus) -> None:
    corpus.ingest(nlp)
    cid = corpus.by_claim()[CONTRADICTED]["claim_id"]
    write(corpus.curated / "moon.md", ARTICLE.replace("satellite, in 1957.", "satellite, in 1958."))
    report = corpus.ingest(nlp)
    assert (report.parsed, report.unchanged) == (0, 2)
    row = corpus.by_claim()[CONTRADICTED]
    assert (row["claim_id"], row["verdict"], row["fact_id"]) == (cid, "supported", "moon-sputnik")
    assert cid not in {r["claim_id"] for r in corpus.rows("queue.csv")}
    assert corpus.by_claim()[SUPPORTED]["verdict"] == "supported"


@pytest.mark.parametrize("edit", [
    lambda a: a.replace("satellite, in 1957.", "satellite, in 1958."),  # a fact edited
    lambda a: a.replace("  - id: moon-sputnik", "  - id: viking\n    statement: The Viking 1 lander touched down on "
                        "Mars in July 1976.\n    source_title: Viking 1\n    source_url: https://example.org/v\n"
                        "    confidence: high\n  - id: moon-sputnik"),  # a fact added
    lambda a: a.replace("moon-apollo11", "moon-eagle"),  # a fact renamed
])
def test_changed_facts_reverify_only_the_claims_they_touch_and_agree_with_a_full_run(
        nlp: Language, corpus: Corpus, tmp_path: Path, edit) -> None:
    corpus.ingest(nlp)
    total = len(corpus.rows())
    write(corpus.curated / "moon.md", edit(ARTICLE))
    report = corpus.ingest(nlp)
    assert 0 < report.reverified < total  # the Mars notes share no word with the Moon facts
    fresh = Corpus(tmp_path / "fresh")
    shutil.copytree(corpus.raw, fresh.raw)
    shutil.copytree(corpus.curated, fresh.curated)
    fresh.ingest(nlp)
    assert corpus.outputs()["claims.csv"] == fresh.outputs()["claims.csv"]


class Spy:
    """Counts what the batches verified and what ``finish`` judged again."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.batches: list[steps.BatchResult] = []
        self.rejudged: list[str] = []
        real_batch, real_reverify = steps.process_batch, steps.reverify

        def process_batch(*args, **kwargs):
            self.batches.append(real_batch(*args, **kwargs))
            return self.batches[-1]

        def reverify(store, index, thresholds, overrides, semantic_index=None, *, claims=None):
            judged = store.claims() if claims is None else claims
            self.rejudged.extend(c.text for c in judged)
            return real_reverify(store, index, thresholds, overrides, semantic_index, claims=claims)

        monkeypatch.setattr(steps, "process_batch", process_batch)
        monkeypatch.setattr(steps, "reverify", reverify)


def test_first_run_verifies_each_batch_as_it_is_parsed(nlp: Language, corpus: Corpus,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(monkeypatch)
    ingest(nlp, corpus.raw, corpus.curated, corpus.review, corpus.root / "state", batch_files=1)
    assert len(spy.batches) == 2
    for result in spy.batches:  # every claim has its verdict when its batch comes back
        assert result.claims and set(result.matches) == {c.claim_id for c in result.claims}
    assert spy.rejudged == []  # and nothing is judged again at the end
    assert corpus.by_claim()[CONTRADICTED]["verdict"] == "contradicted"


def test_after_a_fact_change_only_the_claims_not_parsed_in_this_run_are_judged_again(
        nlp: Language, corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus.ingest(nlp)
    write(corpus.curated / "moon.md", ARTICLE.replace("satellite, in 1957.", "satellite, in 1958."))
    write(corpus.raw / "notes" / "moon.md", MOON + "Sputnik 1 was launched in 1957.\n")
    spy = Spy(monkeypatch)
    report = corpus.ingest(nlp)
    assert (report.parsed, report.unchanged) == (1, 1)
    assert sorted(spy.rejudged) == sorted(r["claim"] for r in corpus.rows() if r["source"] == "notes/mars.txt")
    # the same verdicts as a first run over the same inputs
    fresh = ingest(nlp, corpus.raw, corpus.curated, tmp_path / "fresh", tmp_path / "fresh-state")
    assert fresh.errors == []
    assert (tmp_path / "fresh" / "claims.csv").read_bytes() == (corpus.review / "claims.csv").read_bytes()
    assert corpus.by_claim()[CONTRADICTED]["verdict"] == "supported"


def test_the_queue_is_read_again_at_the_end_only_if_it_changed(nlp: Language, corpus: Corpus,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    corpus.ingest(nlp)
    write(corpus.raw / "notes" / "venus.md", "Venera 7 landed on Venus in December 1970.\n")
    merges: list[int] = []
    real = steps.merge_items
    monkeypatch.setattr(steps, "merge_items", lambda *a, **k: merges.append(1) or real(*a, **k))
    corpus.ingest(nlp)
    assert len(merges) == 1  # the same bytes as at the start: merging them again would store nothing

    real_plan = steps.plan

    def reviewer_saves(*args, **kwargs):  # the reviewer saves the queue while the run parses
        queue = pd.read_csv(corpus.review / "queue.csv", dtype=str, keep_default_na=False)
        queue.loc[0, "decision"] = "reject"
        queue.to_csv(corpus.review / "queue.csv", index=False)
        return real_plan(*args, **kwargs)

    monkeypatch.setattr(steps, "plan", reviewer_saves)
    write(corpus.raw / "notes" / "venus.md", "Venera 7 landed on Venus in December 1970, a first.\n")
    merges.clear()
    assert corpus.ingest(nlp).merged_rows == 1
    assert len(merges) == 2


# --- the dev benchmark -------------------------------------------------------------------


def test_dev_benchmark(nlp: Language, tmp_path: Path) -> None:
    shutil.copytree(DEV, tmp_path / "dev")
    dev = tmp_path / "dev"
    report = ingest(nlp, dev / "raw", dev / "curated", tmp_path / "review", tmp_path / "state")
    assert report.errors == []
    out = subprocess.run([sys.executable, str(SCORE), str(dev / "gold.csv"), str(dev / "raw"),
                          str(tmp_path / "review" / "claims.csv"), "--json"],
                         capture_output=True, text=True, check=True)
    score = json.loads(out.stdout)
    assert score["macro_f1"] >= 0.85, score["misses"]
    assert score["contradiction_recall"] >= 0.80, score["misses"]
    assert score["fact_accuracy"] >= 0.75, score["misses"]
    assert score["nonclaim_leak"] <= 0.15, score["misses"]


def test_fingerprint_is_the_same_in_every_process(tmp_path: Path) -> None:
    # rules are a frozenset, whose order depends on each process's string hashing (PYTHONHASHSEED)
    code = ("from pipeline.ingest import fingerprint; from pipeline.verify.verifier import Thresholds; "
            "print(fingerprint([], Thresholds()))")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}, cwd=Path(__file__).resolve().parent.parent).stdout for seed in ("1", "2", "3")}
    assert len(seen) == 1


# --- issue 12: a queue saved as .xlsx ------------------------------------------------------------


def _as_workbook(csv_path: Path, xlsx_path: Path, **decisions: str) -> None:
    """What a reviewer who keeps the queue in Excel saves: the rows of queue.csv, some decided."""
    from openpyxl import Workbook

    frame = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    for claim_id, decision in decisions.items():
        frame.loc[frame["claim_id"] == claim_id, "decision"] = decision
    book = Workbook()
    book.active.append(list(frame.columns))
    for row in frame.itertuples(index=False):
        book.active.append(list(row))
    book.save(xlsx_path)
    later = csv_path.stat().st_mtime_ns + 10**9
    os.utime(xlsx_path, ns=(later, later))  # saved after the run wrote queue.csv


def test_a_queue_xlsx_newer_than_the_csv_is_read(nlp: Language, corpus: Corpus) -> None:
    corpus.ingest(nlp)
    queue = corpus.review / "queue.csv"
    first = corpus.rows("queue.csv")[0]["claim_id"]
    _as_workbook(queue, corpus.review / "queue.xlsx", **{first: "Not a claim"})
    saved = (corpus.review / "queue.xlsx").read_bytes()
    report = corpus.ingest(nlp)
    assert report.merged_rows == 1
    assert {h["claim_id"]: h["decision"] for h in corpus.rows("history.csv")} == {first: "not-a-claim"}
    assert first not in {q["claim_id"] for q in corpus.rows("queue.csv")}
    assert (corpus.review / "queue.xlsx").read_bytes() == saved  # the reviewer's workbook is never written


def test_the_older_csv_never_undoes_a_newer_xlsx(nlp: Language, corpus: Corpus) -> None:
    corpus.ingest(nlp)
    queue = corpus.review / "queue.csv"
    first = corpus.rows("queue.csv")[0]["claim_id"]
    _as_workbook(queue, corpus.review / "queue.xlsx", **{first: "reject"})
    with steps.StateStore(corpus.root / "state") as store:
        assert steps.merge_queue(store, corpus.review) == 1
        # right before the queue is rewritten, the run merges what it finds again: the stale CSV
        # (which still shows the row undecided) must not be taken for the reviewer's save
        assert steps.queue_merger(store, corpus.review, None)(queue.read_bytes()) == 0
        assert store.decisions()[first].decision == "reject"


def test_the_review_page_words_come_from_verification_and_follow_a_fact_edit(
        nlp: Language, corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline import explain
    from pipeline.state import StateStore

    judged_for_page: list[str] = []
    real = explain.judge_claim
    monkeypatch.setattr(explain, "judge_claim", lambda cid, *a, **k: judged_for_page.append(cid) or real(cid, *a, **k))
    corpus.ingest(nlp)
    assert judged_for_page == []  # the page reads the words verification made
    cid = corpus.by_claim()[CONTRADICTED]["claim_id"]
    with StateStore(corpus.root / "state") as store:
        words = store.explanations()
    assert {r["claim_id"] for r in corpus.rows()} <= set(words)
    assert words[cid][1] == "contradicted" and any("1958" in w for w in words[cid][2])
    write(corpus.curated / "moon.md", ARTICLE.replace("satellite, in 1957.", "satellite, in 1958."))
    corpus.ingest(nlp)
    with StateStore(corpus.root / "state") as store:
        after = store.explanations()
    assert judged_for_page == []
    assert after[cid][1] == "supported"  # judged again with the edited fact, words and all
    rows = corpus.by_claim()
    moons = rows["Mars has two small moons called Phobos and Deimos."]["claim_id"]
    assert after[moons] == words[moons]  # no candidate of it changed: its words are kept as they were
    viking = rows["The Viking 1 lander touched down on Mars in July 1976."]["claim_id"]
    assert any("1957" in w for w in words[viking][2]) and any("1958" in w for w in after[viking][2])
    assert "1958" in (corpus.review / "review.html").read_text(encoding="utf-8")


def test_a_fact_edit_rejudges_only_claims_whose_candidates_move(nlp: Language, tmp_path: Path) -> None:
    # the claim shares "founded" with the edited fact, but with one candidate per claim its
    # candidate stays the Bolt fact: nothing to judge again, and the outputs equal a full run
    from pipeline.verify.verifier import Thresholds

    facts = "---\nid: m\ntitle: Founders\natomic_facts:\n" + "".join(
        f"  - id: f-{i}\n    statement: {s}\n    source_title: t\n    source_url: https://example.org/{i}\n"
        f"    confidence: high\n" for i, s in enumerate(["Ada Lovelace founded Acme Labs in 1950.",
                                                        "Bob Marley founded Bolt Records in 1960."])) + "---\n"
    c = Corpus(tmp_path / "inc")
    write(c.curated / "m.md", facts)
    write(c.raw / "n.md", "# Notes\n\nBob Marley founded Bolt Records in 1960.\n")
    t = Thresholds(candidates=1)
    run = lambda corpus: ingest(nlp, corpus.raw, corpus.curated, corpus.review, corpus.root / "state", thresholds=t)
    run(c)
    write(c.curated / "m.md", facts.replace("in 1950", "in 1951"))
    assert run(c).reverified == 0
    write(c.curated / "m.md", facts.replace("in 1960", "in 1961"))  # now its own candidate changed
    assert run(c).reverified == 1
    fresh = Corpus(tmp_path / "fresh")
    shutil.copytree(c.raw, fresh.raw)
    shutil.copytree(c.curated, fresh.curated)
    run(fresh)
    assert c.outputs() == fresh.outputs()
    assert c.by_claim()["Bob Marley founded Bolt Records in 1960."]["verdict"] == "contradicted"
