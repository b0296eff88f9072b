"""pipeline.promote end to end: the reviewer round trip on a tmp copy of the demo corpus.

A person runs ingest, opens review/queue.csv in a spreadsheet, fills in decisions, saves
(BOM, CRLF, rows sorted differently), runs promote, and ingests again.
"""

from __future__ import annotations


import csv
import difflib
import io
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from spacy.language import Language

import pipeline.ingest
from pipeline import facts, frontmatter
from pipeline.errors import FactledgerError, PromoteError, ReviewQueueError
from pipeline.ingest import IngestReport, ingest
from pipeline.promote import PromoteReport, promote

DEMO = Path(__file__).resolve().parent.parent
TODAY = "2030-01-02"
BLOG = "blog/how-rockets-learned-to-come-home.md"  # has front matter: title and url
TIMELINE = "notes/space-race-timeline.txt"  # has none
NOTE = 'à vérifier: "37" or 73?, ask Dana'  # a comma, quotes and non-ASCII through the round trip


class Sheet:
    """queue.csv as a spreadsheet holds it: a header and rows of cells."""

    def __init__(self, path: Path) -> None:
        self.path = path
        rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
        self.header, self.rows = rows[0], rows[1:]

    def set(self, claim_id: str, **cells: str) -> None:
        row = self.row(claim_id)
        for col, value in cells.items():
            if col not in self.header:
                self.header.append(col)
                for r in self.rows:
                    r.append("")
            row[self.header.index(col)] = value

    def row(self, claim_id: str) -> list[str]:
        (row,) = [r for r in self.rows if r[0] == claim_id]
        return row

    def pick(self, verdict: str, source: str | None = None, skip: tuple[str, ...] = ()) -> dict[str, str]:
        """The first row with this verdict (from this file), as a dict."""
        for r in self.rows:
            d = dict(zip(self.header, r))
            if d["verdict"] == verdict and source in (None, d["source"]) and d["claim_id"] not in skip:
                return d
        raise AssertionError(f"no {verdict} row from {source} in the demo queue")

    def save_like_excel(self) -> None:
        """What Excel and LibreOffice write: UTF-8 with a BOM, CRLF, rows in the order the sheet was sorted."""
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(self.header)
        writer.writerows(sorted(self.rows, key=lambda r: r[self.header.index("claim")]))
        self.path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))

    def spreadsheet_row(self, claim_id: str) -> int:
        """Row number as the spreadsheet shows it after save_like_excel (header = 1)."""
        ordered = sorted(self.rows, key=lambda r: r[self.header.index("claim")])
        return 2 + [r[0] for r in ordered].index(claim_id)


@dataclass
class Demo:
    """A copy of the shipped demo corpus with its review and state folders."""

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

    @property
    def queue(self) -> Path:
        return self.review / "queue.csv"

    def ingest(self, nlp: Language) -> IngestReport:
        report = ingest(nlp, self.raw, self.curated, self.review, self.root / "state")
        assert report.errors == []
        return report

    def promote(self) -> PromoteReport:
        return promote(self.curated, self.review, self.root / "state", today=TODAY, raw=self.raw)

    def rows(self, name: str) -> list[dict[str, str]]:
        with open(self.review / name, newline="", encoding="utf-8-sig") as fh:
            return list(csv.DictReader(fh))

    def ids(self, name: str) -> set[str]:
        return {r["claim_id"] for r in self.rows(name)}

    def articles(self) -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted(self.curated.iterdir())}

    def meta(self, name: str) -> dict:
        text = (self.curated / name).read_text(encoding="utf-8")
        return yaml.safe_load(frontmatter.find(text).yaml_text)


@pytest.fixture
def demo(tmp_path: Path) -> Demo:
    d = Demo(tmp_path)
    shutil.copytree(DEMO / "raw", d.raw)
    shutil.copytree(DEMO / "curated", d.curated)
    return d


def article_files(curated: Path) -> dict[str, str]:
    """article id -> file name under the curated folder, from the library's own reader."""
    loaded, errors = facts.load_facts(curated)
    assert errors == []
    return {a.article_id: a.path for a in loaded}


def fact_articles(curated: Path) -> dict[str, str]:
    """fact id -> article id."""
    loaded, errors = facts.load_facts(curated)
    assert errors == []
    return {f.fact_id: a.article_id for a in loaded for f in a.facts}


@dataclass(frozen=True)
class Review:
    """What the reviewer chose in step 1."""

    accepted: dict[str, str]
    rejected: dict[str, str]
    disputed: dict[str, str]
    pending: dict[str, str]
    statement: str
    target: str
    """The article id the accepted claim goes to."""
    disputed_article: str


def review(demo: Demo, nlp: Language) -> Review:
    """Steps 1 and 2: ingest, fill in the queue, save it as a spreadsheet does."""
    demo.ingest(nlp)
    sheet = Sheet(demo.queue)
    accepted = sheet.pick("unverified", BLOG)
    rejected = sheet.pick("unverified", TIMELINE)
    disputed = sheet.pick("contradicted")
    pending = sheet.pick("contradicted", skip=(disputed["claim_id"],))
    disputed_article = fact_articles(demo.curated)[disputed["fact_id"]]
    target = next(a for a in sorted(article_files(demo.curated)) if a != disputed_article)
    statement = f"{accepted['claim'].rstrip('.')}, according to a reviewed source."
    # Spreadsheets capitalise the first letter and keep stray spaces; the library must not care.
    sheet.set(accepted["claim_id"], decision="Accept", statement=statement, article=target)
    sheet.set(rejected["claim_id"], decision="reject ")
    sheet.set(disputed["claim_id"], decision="Dispute")
    sheet.set(pending["claim_id"], note=NOTE, owner="dana")
    sheet.save_like_excel()
    return Review(accepted, rejected, disputed, pending, statement, target, disputed_article)


# --- the round trip ----------------------------------------------------------------------


def test_promote_writes_what_the_reviewer_decided(demo: Demo, nlp: Language) -> None:
    r = review(demo, nlp)
    before = demo.articles()
    old_facts = fact_articles(demo.curated)
    files = article_files(demo.curated)

    report = demo.promote()

    # The target article gained exactly one fact, with provenance.
    ((cid, new_id, article),) = report.accepted
    assert (cid, article) == (r.accepted["claim_id"], r.target)
    assert new_id not in old_facts
    target = demo.meta(files[r.target])
    added = [f for f in target["atomic_facts"] if f["id"] not in old_facts]
    assert len(target["atomic_facts"]) == len([f for f, a in old_facts.items() if a == r.target]) + 1
    blog = yaml.safe_load(frontmatter.find((demo.raw / BLOG).read_text(encoding="utf-8")).yaml_text)
    assert added == [{
        "id": new_id, "statement": r.statement, "source_title": blog["title"], "source_url": blog["url"],
        "confidence": "medium",
        "provenance": {"claim_id": cid, "source": BLOG, "line": int(r.accepted["line"]), "reviewed": TODAY},
    }]
    assert str(target["updated"]) == TODAY

    # The disputed fact's article records the claim.
    assert report.disputed == [(r.disputed["claim_id"], r.disputed["fact_id"], r.disputed_article)]
    disputed = demo.meta(files[r.disputed_article])["disputed_statements"]
    assert [(d["claim_id"], d["claim"], d["contradicts"]) for d in disputed] == [
        (r.disputed["claim_id"], r.disputed["claim"], r.disputed["fact_id"])]

    # Only the two articles changed, and `git diff` would show additions and the updated: line.
    after = demo.articles()
    changed = {n for n in after if after[n] != before[n]}
    assert changed == {files[r.target], files[r.disputed_article]}
    for name in changed:
        diff = list(difflib.unified_diff(before[name].decode().splitlines(), after[name].decode().splitlines(),
                                         lineterm="", n=0))
        removed = [ln[1:] for ln in diff if ln.startswith("-") and not ln.startswith("---")]
        # `disputed_statements: []` cannot stay as it is once the list has an item.
        assert all(ln.startswith("updated:") or ln == "disputed_statements: []" for ln in removed), diff
        assert sum(ln.startswith("updated:") for ln in removed) == 1, diff
        assert f'+updated: "{TODAY}"' in diff
    loaded, errors = facts.load_facts(demo.curated)
    assert errors == []
    assert len({f.fact_id for a in loaded for f in a.facts}) == len(old_facts) + 1

    # The review folder: decided rows left the queue, history lists them, the pending row kept its cells.
    decided = {r.accepted["claim_id"], r.rejected["claim_id"], r.disputed["claim_id"]}
    assert not decided & demo.ids("queue.csv")
    history = {h["claim_id"]: h for h in demo.rows("history.csv")}
    assert {c: h["decision"] for c, h in history.items()} == {
        r.accepted["claim_id"]: "accept", r.rejected["claim_id"]: "reject", r.disputed["claim_id"]: "dispute"}
    assert history[r.accepted["claim_id"]]["result"] == new_id
    assert history[r.accepted["claim_id"]]["statement"] == r.statement
    assert history[r.disputed["claim_id"]]["result"] == r.disputed["fact_id"]
    assert history[r.accepted["claim_id"]]["applied_at"] and history[r.disputed["claim_id"]]["applied_at"]
    (pending,) = [q for q in demo.rows("queue.csv") if q["claim_id"] == r.pending["claim_id"]]
    assert (pending["note"], pending["owner"], pending["decision"]) == (NOTE, "dana", "")


def test_reingest_after_promote(demo: Demo, nlp: Language) -> None:
    r = review(demo, nlp)
    ((_, new_id, _),) = demo.promote().accepted

    demo.ingest(nlp)
    claims = {c["claim_id"]: c for c in demo.rows("claims.csv")}
    accepted = claims[r.accepted["claim_id"]]
    assert (accepted["verdict"], accepted["fact_id"]) == ("supported", new_id)
    assert accepted["fact_statement"] == r.statement
    assert claims[r.disputed["claim_id"]]["verdict"] == "contradicted"
    queue = {q["claim_id"]: q for q in demo.rows("queue.csv")}
    assert r.rejected["claim_id"] not in queue
    assert (queue[r.pending["claim_id"]]["note"], queue[r.pending["claim_id"]]["owner"]) == (NOTE, "dana")

    # Nothing changed since: nothing is rewritten, nothing promoted twice.
    outputs = {p.name: p.read_bytes() for p in demo.review.glob("*.csv")}
    again = demo.ingest(nlp)
    assert (again.written, again.parsed) == ([], 0)
    assert {p.name: p.read_bytes() for p in demo.review.glob("*.csv")} == outputs
    articles = demo.articles()
    second = demo.promote()
    assert (second.accepted, second.disputed, second.changed_files) == ([], [], [])
    assert demo.articles() == articles


def test_rejected_claim_stays_out_after_its_file_is_edited(demo: Demo, nlp: Language) -> None:
    r = review(demo, nlp)
    demo.promote()
    path = demo.raw / TIMELINE
    path.write_text("Edited by someone else\n" + path.read_text(encoding="utf-8"), encoding="utf-8")

    report = demo.ingest(nlp)
    assert report.parsed == 1
    claims = {c["claim_id"]: c for c in demo.rows("claims.csv")}
    assert int(claims[r.rejected["claim_id"]]["line"]) == int(r.rejected["line"]) + 1  # still there, moved
    assert r.rejected["claim"] not in {q["claim"] for q in demo.rows("queue.csv") if q["source"] == TIMELINE}


def test_new_line_reaches_the_queue_after_promote(demo: Demo, nlp: Language) -> None:
    review(demo, nlp)
    demo.promote()
    new = "1975: An Apollo and a Soyuz spacecraft dock in orbit, the first joint US-Soviet flight."
    with open(demo.raw / TIMELINE, "a", encoding="utf-8") as fh:
        fh.write(new + "\n")
    demo.ingest(nlp)
    assert new in {q["claim"] for q in demo.rows("queue.csv") if q["source"] == TIMELINE}


def test_accept_from_a_file_without_front_matter_cites_its_path(demo: Demo, nlp: Language) -> None:
    demo.ingest(nlp)
    sheet = Sheet(demo.queue)
    row = sheet.pick("unverified", TIMELINE)
    sheet.set(row["claim_id"], decision="accept", article="space-race-firsts")
    sheet.save_like_excel()
    ((_, new_id, _),) = demo.promote().accepted
    (fact,) = [f for f in demo.meta("space-race-firsts.md")["atomic_facts"] if f["id"] == new_id]
    assert fact["statement"] == row["claim"]  # no statement given: the claim as written
    assert fact["source_title"] == TIMELINE
    assert fact["source_url"].endswith(TIMELINE)


# --- refusals ----------------------------------------------------------------------------


Step = Callable[[Demo, Language, dict[str, str]], None]
"""Something that happens between filling in the queue and running promote."""


def _accept_a_blog_claim(demo: Demo) -> dict[str, str]:
    """Accept one unverified blog claim into apollo-program, saved as a spreadsheet would; its row."""
    sheet = Sheet(demo.queue)
    row = sheet.pick("unverified", BLOG)
    sheet.set(row["claim_id"], decision="accept", article="apollo-program")
    sheet.save_like_excel()
    return row


def _remove_claim(demo: Demo, row: dict[str, str]) -> None:
    """Someone deletes a queue row's sentence from its raw file (by the row's offsets)."""
    path = demo.raw / row["source"]
    text = path.read_text(encoding="utf-8")
    start, end = int(row["start"]), int(row["end"])
    path.write_text(text[:start] + text[end:], encoding="utf-8")


def _remove_claim_then_ingest(demo: Demo, nlp: Language, row: dict[str, str]) -> None:
    """The accepted sentence leaves its raw file; the next ingest notices."""
    _remove_claim(demo, row)
    demo.ingest(nlp)


@pytest.mark.parametrize(("cells", "error", "after"), [
    ({"decision": "maybe"}, ReviewQueueError, None),
    ({"decision": "accept", "article": "mars-base"}, PromoteError, None),  # no such article
    ({"decision": "accept", "article": "../../x"}, PromoteError, None),  # a path, not an article id
    ({"decision": "accept", "article": "apollo-program"}, PromoteError, _remove_claim_then_ingest),
], ids=["unknown-decision", "unknown-article", "article-path", "claim-removed"])
def test_refused_promote_changes_nothing(demo: Demo, nlp: Language, cells: dict[str, str], error: type,
                                         after: Step | None) -> None:
    demo.ingest(nlp)
    sheet = Sheet(demo.queue)
    row = sheet.pick("unverified", BLOG)
    sheet.set(row["claim_id"], **cells)
    sheet.save_like_excel()
    if after:
        after(demo, nlp, row)
    articles, queue = demo.articles(), demo.queue.read_bytes()

    with pytest.raises(error) as info:
        demo.promote()

    assert isinstance(info.value, FactledgerError)
    assert row["claim_id"] in str(info.value)
    if error is ReviewQueueError:
        assert f"row {sheet.spreadsheet_row(row['claim_id'])}" in str(info.value)
    assert demo.articles() == articles
    assert demo.queue.read_bytes() == queue
    for name in ("x", "x.md"):  # "../../x" wrote nothing outside the curated folder either
        assert not (demo.curated / "../.." / name).resolve().exists()


def test_promote_refuses_a_claim_removed_since_the_last_ingest(demo: Demo, nlp: Language) -> None:
    demo.ingest(nlp)
    row = _accept_a_blog_claim(demo)
    _remove_claim(demo, row)
    articles = demo.articles()
    with pytest.raises(PromoteError, match=row["claim_id"]):
        demo.promote()
    assert demo.articles() == articles


def test_a_refused_decision_can_be_withdrawn(demo: Demo, nlp: Language) -> None:
    demo.ingest(nlp)
    sheet = Sheet(demo.queue)
    good = sheet.pick("unverified", BLOG)
    bad = sheet.pick("unverified", TIMELINE)
    sheet.set(good["claim_id"], decision="accept", article="apollo-program")
    sheet.set(bad["claim_id"], decision="accept", article="mars-base")
    sheet.save_like_excel()
    with pytest.raises(PromoteError, match=bad["claim_id"]):
        demo.promote()
    # The reviewer takes the bad decision back (the queue still holds the row) and promotes again.
    sheet.set(bad["claim_id"], decision="", article="")
    sheet.save_like_excel()
    report = demo.promote()
    assert [a[0] for a in report.accepted] == [good["claim_id"]]
    assert bad["claim_id"] in demo.ids("queue.csv")


def test_promote_keeps_crlf_line_ends_of_an_article(demo: Demo, nlp: Language) -> None:
    path = demo.curated / "apollo-program.md"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    before = path.read_bytes().split(b"\r\n")
    demo.ingest(nlp)
    row = _accept_a_blog_claim(demo)
    demo.promote()
    after = path.read_bytes()
    assert b"\n" not in after.replace(b"\r\n", b"")  # every line still ends in CRLF
    added = [line for line in after.split(b"\r\n") if line not in before]
    assert added and all(line.startswith((b"  ", b"updated:")) for line in added)


def test_an_accept_whose_text_left_the_file_stays_visible_and_can_be_withdrawn(demo: Demo, nlp: Language) -> None:
    demo.ingest(nlp)
    row = _accept_a_blog_claim(demo)
    _remove_claim(demo, row)
    demo.ingest(nlp)  # the claim is gone from its file, its decision still waits
    gone = Sheet(demo.queue)
    assert gone.pick("gone")["claim_id"] == row["claim_id"]
    with pytest.raises(PromoteError, match=row["claim_id"]):
        demo.promote()
    gone.set(row["claim_id"], decision="")  # the reviewer withdraws it in the queue
    gone.save_like_excel()
    demo.promote()
    assert row["claim_id"] not in demo.ids("queue.csv")


def test_a_queue_saved_while_ingest_runs_is_not_overwritten(demo: Demo, nlp: Language, monkeypatch) -> None:
    demo.ingest(nlp)
    sheet = Sheet(demo.queue)
    row = sheet.pick("unverified", BLOG)
    real_plan = pipeline.ingest.plan

    def reviewer_saves_mid_run(*args, **kwargs):
        sheet.set(row["claim_id"], decision="reject", note="saved while the run was parsing")
        sheet.save_like_excel()
        return real_plan(*args, **kwargs)

    monkeypatch.setattr(pipeline.ingest, "plan", reviewer_saves_mid_run)
    demo.ingest(nlp)
    monkeypatch.setattr(pipeline.ingest, "plan", real_plan)
    history = (demo.review / "history.csv").read_text(encoding="utf-8")
    assert row["claim_id"] in history and "saved while the run was parsing" in history
    assert row["claim_id"] not in demo.ids("queue.csv")


# --- issue 12: a chosen fact id, generated ids that read well, not-a-claim ------------------------


def _row(sheet: Sheet, starts: str) -> dict[str, str]:
    (row,) = [dict(zip(sheet.header, r)) for r in sheet.rows if r[sheet.header.index("claim")].startswith(starts)]
    return row


def test_accept_with_a_chosen_fact_id(demo: Demo, nlp: Language) -> None:
    demo.ingest(nlp)
    sheet = Sheet(demo.queue)
    row = sheet.pick("unverified", TIMELINE)
    sheet.set(row["claim_id"], decision="accept", article="space-race-firsts", new_fact_id="sr-my-own-id")
    sheet.save_like_excel()
    assert demo.promote().accepted == [(row["claim_id"], "sr-my-own-id", "space-race-firsts")]
    assert "sr-my-own-id" in [f["id"] for f in demo.meta("space-race-firsts.md")["atomic_facts"]]


def test_a_chosen_fact_id_in_use_is_refused_with_its_row(demo: Demo, nlp: Language) -> None:
    demo.ingest(nlp)
    sheet = Sheet(demo.queue)
    row = sheet.pick("unverified", TIMELINE)
    sheet.set(row["claim_id"], decision="accept", article="space-race-firsts", new_fact_id="ap-collins")
    sheet.save_like_excel()
    before = demo.articles()
    with pytest.raises(PromoteError) as exc:
        demo.promote()
    (problem,) = exc.value.problems
    assert problem.startswith(f"claim {row['claim_id']} (queue row {sheet.spreadsheet_row(row['claim_id'])}): "
                              "new_fact_id 'ap-collins' is already the id of the fact at apollo-program.md:")
    assert demo.articles() == before


def test_generated_ids_read_like_the_subject_and_the_event(demo: Demo, nlp: Language) -> None:
    demo.ingest(nlp)
    sheet = Sheet(demo.queue)
    sputnik = _row(sheet, "Sputnik 1 was launched in 1958")
    crews = _row(sheet, "Between 1968 and 1972 it sent nine crews")
    sheet.set(sputnik["claim_id"], decision="accept", article="space-race-firsts")
    # a statement the reviewer rewrote is read for its id (here: parsed by spaCy)
    sheet.set(crews["claim_id"], decision="accept", article="apollo-program",
              statement="The Saturn V sent nine crews to the Moon between 1968 and 1972.")
    sheet.save_like_excel()
    ids = {claim_id: fact_id for claim_id, fact_id, _ in demo.promote().accepted}
    assert ids == {sputnik["claim_id"]: "sr-sputnik-1-launched-1958", crews["claim_id"]: "ap-saturn-v-crews-1968"}


def test_not_a_claim_leaves_the_queue_for_good(demo: Demo, nlp: Language) -> None:
    demo.ingest(nlp)
    sheet = Sheet(demo.queue)
    row = sheet.pick("unverified", TIMELINE)
    sheet.set(row["claim_id"], decision="Not a claim")
    sheet.save_like_excel()
    report = demo.promote()
    assert (report.accepted, report.not_claims, report.changed_files) == ([], 1, [])
    assert row["claim_id"] not in demo.ids("queue.csv")
    assert {h["claim_id"]: h["decision"] for h in demo.rows("history.csv")} == {row["claim_id"]: "not-a-claim"}
    path = demo.raw / TIMELINE  # edited elsewhere: the claim moves down a line, and still never returns
    path.write_text("Edited by someone else\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    demo.ingest(nlp)
    assert row["claim"] not in {q["claim"] for q in demo.rows("queue.csv")}
