"""pipeline.review: the CSV files a reviewer opens in a spreadsheet, written and read back."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import review
from pipeline.errors import ReviewQueueError
from pipeline.model import Claim, Fact, Match
from pipeline.review import ReviewItem

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# --- neutralize / unneutralize -------------------------------------------------------------


@pytest.mark.parametrize(
    "cell, written",
    [
        ("=SUM(A1:A3)", "'=SUM(A1:A3)"),
        ("+1 555 0100", "'+1 555 0100"),
        ("-5 percent", "'-5 percent"),
        ("@cmd", "'@cmd"),
        ("\tindented", "'\tindented"),
        ("\rreturn", "'\rreturn"),
        ("plain text", "plain text"),
        ("", ""),
        ("a=b", "a=b"),  # only the first character matters
        ("'quoted'", "'quoted'"),  # a leading ' before an ordinary character is left alone
        ("'", "'"),
        # text that already looks neutralised gets one more ', so reading strips exactly one
        ("'=x", "''=x"),
        ("''", "'''"),
        ("'-", "''-"),
    ],
)
def test_neutralize(cell: str, written: str) -> None:
    assert review.neutralize(cell) == written
    assert review.unneutralize(written) == cell


_formula_text = st.text(st.one_of(st.sampled_from("=+-@\t\r'"), st.characters(codec="utf-8")), max_size=12)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), _formula_text, _formula_text.map(lambda s: "'" + s)))
def test_neutralize_round_trip(cell: str) -> None:
    written = review.neutralize(cell)
    assert not written.startswith(FORMULA_START)  # inert in a spreadsheet
    assert review.unneutralize(written) == cell


# --- dumps_csv / loads_csv -----------------------------------------------------------------

_cell = st.text(st.characters(codec="utf-8", exclude_characters="\r"), max_size=30)
_tricky_cell = st.one_of(_cell, st.sampled_from(["", ",", '"', '""', "\n", "a,b", 'say "hi"', "line\nbreak",
                                                 "=1+1", "'=1", "-", "nan", "NA", "null", " padded ",
                                                 "#", "\x00"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_tricky_cell, _tricky_cell, _tricky_cell), max_size=6))
def test_csv_round_trip(rows: list[tuple[str, str, str]]) -> None:
    frame = pd.DataFrame(rows, columns=["claim_id", "claim", "note"], dtype=object)
    text = review.dumps_csv(frame)
    back = review.loads_csv(text)
    assert list(back.columns) == ["claim_id", "claim", "note"]
    assert back.to_dict("records") == frame.to_dict("records")


def test_csv_round_trip_carriage_return_inside_cell() -> None:
    frame = pd.DataFrame({"claim": ["a\rb", "c"], "note": ["x", "y"]})
    back = review.loads_csv(review.dumps_csv(frame))
    assert back.to_dict("records") == frame.to_dict("records")


def test_dumps_csv_is_lf_and_neutralised() -> None:
    frame = pd.DataFrame({"claim": ["=HYPERLINK(\"x\")", "ok"], "line": [3, 4]})
    # the formula cell gets a ', which the csv module quotes because of the inner quotes
    assert review.dumps_csv(frame) == 'claim,line\n"\'=HYPERLINK(""x"")",3\nok,4\n'


def test_loads_csv_bom_and_crlf() -> None:
    frame = review.loads_csv("\ufeffclaim_id,note\r\nc1,'=1\r\nc2,\r\n")
    assert list(frame.columns) == ["claim_id", "note"]
    assert frame.to_dict("records") == [{"claim_id": "c1", "note": "=1"}, {"claim_id": "c2", "note": ""}]


# --- loads_queue ---------------------------------------------------------------------------

QUEUE_HEADER = ",".join(review.QUEUE_COLUMNS)


def _row(**cells: str) -> str:
    """One queue line with the given cells, the others empty."""
    return ",".join(cells.get(c, "") for c in review.QUEUE_COLUMNS)


def test_loads_queue_plain() -> None:
    text = "\n".join([QUEUE_HEADER, _row(claim_id="c1", decision="accept", statement=" S. ", note=" n "),
                      _row(claim_id="c2"), ""])
    assert review.loads_queue(text) == [
        # statement and article are stripped; the note is the reviewer's text as typed
        ReviewItem("c1", "accept", "S.", "", " n ", 2),
        ReviewItem("c2", "", "", "", "", 3),
    ]


def test_read_queue_as_a_spreadsheet_saves_it(tmp_path: Path) -> None:
    # Excel / LibreOffice: UTF-8 with BOM, CRLF, columns and rows re-ordered, a column added,
    # decisions typed with capitals and spaces, a note with a line break (and a comma) in it.
    path = tmp_path / "queue.csv"
    path.write_bytes((
        "\ufeffnote,decision,claim_id,Reviewer,claim\r\n"
        "\"two,\r\nlines\",Accept ,c2,ana,Some claim.\r\n"
        ",  REJECT,c1,bo,Other claim.\r\n"
        ",,c3,,\r\n"
    ).encode("utf-8"))
    items = review.read_queue(path)
    assert [(i.claim_id, i.decision, i.note, i.row) for i in items] == [
        ("c2", "accept", "two,\nlines", 2),  # the line end inside the cell is read as LF too
        ("c1", "reject", "", 3),  # the note's line break does not shift the row numbers
        ("c3", "", "", 4),
    ]
    assert [i.extra for i in items] == [{"Reviewer": "ana"}, {"Reviewer": "bo"}, {"Reviewer": ""}]
    assert [i.touched for i in items] == [True, True, False]


def test_loads_queue_bom_crlf() -> None:
    text = "\ufeffclaim_id,decision,note\r\nc1,Accept ,n\r\nc2,,\r\n"
    assert review.loads_queue(text) == [ReviewItem("c1", "accept", "", "", "n", 2), ReviewItem("c2", "", "", "", "", 3)]


def test_read_queue_excel_bytes(tmp_path: Path) -> None:
    path = tmp_path / "queue.csv"
    path.write_bytes(("\ufeffclaim_id,decision,note,Extra\r\nc2,Dispute ,\"café, naïve\",x\r\nc1,,,\r\n")
                     .encode("utf-8"))
    items = review.read_queue(path)
    assert [(i.claim_id, i.decision, i.note, i.extra, i.row) for i in items] == [
        ("c2", "dispute", "café, naïve", {"Extra": "x"}, 2),
        ("c1", "", "", {"Extra": ""}, 3),
    ]


def test_read_queue_refuses_a_code_page_file_and_names_the_line(tmp_path: Path) -> None:
    # Excel on Windows saves "CSV (comma delimited)" in the ANSI code page, not UTF-8; guessing
    # the code page could garble a note into a curated fact, so the reviewer is asked to re-save.
    path = tmp_path / "queue.csv"
    data = "claim_id,decision,note\r\nc1,reject,Müller’s café – 5 €\r\n".encode("cp1252")
    path.write_bytes(data)
    with pytest.raises(ReviewQueueError, match="CSV UTF-8") as exc:
        review.read_queue(path)
    assert exc.value.line == 2
    assert path.read_bytes() == data  # nothing written


def test_read_queue_missing_file(tmp_path: Path) -> None:
    assert review.read_queue(tmp_path / "queue.csv") == []


@pytest.mark.parametrize("text", ["", "\n", "  \r\n"])
def test_loads_queue_empty(text: str) -> None:
    assert review.loads_queue(text) == []


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n"])  # emptied, saved with a BOM
def test_read_queue_empty_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "queue.csv"
    path.write_bytes(data)
    assert review.read_queue(path) == []


def test_loads_queue_blank_rows_ignored() -> None:
    # a spreadsheet writes an emptied row as a line of separators
    text = "claim_id,decision,note\nc1,accept,\n,,\n , ,\nc2,,\n"
    items = review.loads_queue(text)
    assert [(i.claim_id, i.row) for i in items] == [("c1", 2), ("c2", 5)]


def test_loads_queue_unknown_decision_names_row_and_claim() -> None:
    text = "claim_id,decision\nc1,accept\nc2,\nc3,maybe\n"
    with pytest.raises(ReviewQueueError) as exc:
        review.loads_queue(text, "review/queue.csv")
    err = exc.value
    assert (err.path, err.line) == ("review/queue.csv", 4)  # header row 1, c3 on row 4
    assert "row 4" in err.message and "c3" in err.message and "maybe" in err.message


def test_loads_queue_empty_line_keeps_row_numbers() -> None:
    text = "claim_id,decision\nc1,accept\n\nc2,maybe\n"
    with pytest.raises(ReviewQueueError) as exc:
        review.loads_queue(text)
    assert exc.value.line == 4  # header 1, c1 2, the empty line 3, c2 4


def test_loads_queue_duplicate_names_both_rows() -> None:
    text = "claim_id,decision\nc1,accept\nc2,\nc1,reject\n"
    with pytest.raises(ReviewQueueError) as exc:
        review.loads_queue(text)
    assert exc.value.line == 4
    assert "row 4" in exc.value.message and "row 2" in exc.value.message and "c1" in exc.value.message


def test_loads_queue_row_without_claim_id() -> None:
    text = "claim_id,decision,note\nc1,,\n,accept,I meant c9\n"
    with pytest.raises(ReviewQueueError) as exc:
        review.loads_queue(text)
    assert exc.value.line == 3
    assert "row 3" in exc.value.message


@pytest.mark.parametrize("text", ["decision,note\naccept,\n", "Claim ID,decision\nc1,\n"])
def test_loads_queue_without_claim_id_column(text: str) -> None:
    with pytest.raises(ReviewQueueError, match="claim_id"):
        review.loads_queue(text)


def test_loads_queue_unreadable_csv() -> None:
    # the third line has more cells than the header: a CSV the parser refuses
    with pytest.raises(ReviewQueueError, match="cannot be read as CSV"):
        review.loads_queue("claim_id,decision\nc1,accept\nc2,accept,x,y\n")


# --- any spreadsheet: delimiters, .xlsx, error values -----------------------------------------


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_loads_queue_semicolon_and_tab_saves(delimiter: str) -> None:
    # a European Excel (";") or a tab-separated save; a comma inside a cell is text there
    rows = [["claim_id", "verdict", "claim", "decision", "note"],
            ["c1", "unverified", "Apollo 11 landed, in 1969.", "accept", "ok, sure"],
            ["c2", "contradicted", "Sputnik flew in 1958.", "reject", ""]]
    text = "\n".join(delimiter.join(r) for r in rows) + "\n"
    items = review.loads_queue(text)
    assert [(i.claim_id, i.decision, i.note) for i in items] == [("c1", "accept", "ok, sure"), ("c2", "reject", "")]


def test_loads_queue_unreadable_names_the_separator_found_and_the_row() -> None:
    # the European save: row 4 has one cell too many for its ";" header
    text = "claim_id;decision;note\nc1;accept;\nc2;;\nc3;reject;a;b\n"
    with pytest.raises(ReviewQueueError) as exc:
        review.loads_queue(text, "queue.csv")
    assert exc.value.line == 4
    assert "row 4 has 4 cells where the header has 3" in exc.value.message
    assert "semicolons (;)" in exc.value.message  # says which separator it read the file with
    assert "Error tokenizing" not in exc.value.message and "\n" not in str(exc.value)


@pytest.mark.parametrize("cell", ["Err:509", "#NAME?", "#VALUE!", "#REF!"])
def test_loads_queue_refuses_a_spreadsheet_error_value_with_its_row(cell: str) -> None:
    text = f"claim_id,decision,note\nc1,accept,fine\nc2,accept,{cell}\n"
    with pytest.raises(ReviewQueueError) as exc:
        review.loads_queue(text)
    assert exc.value.line == 3
    assert f"the note cell holds the spreadsheet error '{cell}'" in exc.value.message


@pytest.mark.parametrize("typed", ["not-a-claim", "Not a claim", "NOT_A_CLAIM", " not  a claim "])
def test_loads_queue_not_a_claim_in_any_spelling(typed: str) -> None:
    [item] = review.loads_queue(f"claim_id,decision\nc1,{typed}\n")
    assert item.decision == "not-a-claim"


def test_loads_queue_new_fact_id() -> None:
    items = review.loads_queue("claim_id,decision,new_fact_id\nc1,accept,saturn-v-crews-1968\nc2,accept,\n")
    assert [i.new_fact_id for i in items] == ["saturn-v-crews-1968", ""]
    assert items[0].touched


@pytest.mark.parametrize("given, hint", [("Saturn V crews", "'saturn-v-crews'"), ("a--b", "'a-b'"),
                                          ("ap_11", "'ap-11'"), ("-x-", "'x'"), ("日本", None)])
def test_loads_queue_refuses_a_new_fact_id_that_is_no_slug(given: str, hint: str | None) -> None:
    with pytest.raises(ReviewQueueError) as exc:
        review.loads_queue(f"claim_id,decision,new_fact_id\nc1,accept,{given}\n")
    assert exc.value.line == 2 and "is not a slug" in exc.value.message
    assert (hint in exc.value.message) if hint else "e.g." not in exc.value.message


def test_loads_queue_refuses_one_new_fact_id_on_two_rows() -> None:
    with pytest.raises(ReviewQueueError) as exc:
        review.loads_queue("claim_id,decision,new_fact_id\nc1,accept,x-1\nc2,accept,x-1\n")
    assert exc.value.line == 3 and "also chosen on row 2" in exc.value.message


def _workbook(rows: list[list[object]]) -> bytes:
    import io

    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_read_queue_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "queue.xlsx"
    path.write_bytes(_workbook([["claim_id", "verdict", "decision", "note", "line"],
                                ["c1", "unverified", "Accept", "'=not a formula", 12],
                                ["c2", "unverified", "not a claim", None, 13]]))
    items = review.read_queue(path)
    assert [(i.claim_id, i.decision, i.note, i.row) for i in items] == [
        ("c1", "accept", "=not a formula", 2), ("c2", "not-a-claim", "", 3)]


def test_read_queue_xlsx_error_value_names_the_sheet_row(tmp_path: Path) -> None:
    path = tmp_path / "queue.xlsx"
    path.write_bytes(_workbook([["claim_id", "decision", "note"], ["c1", "accept", ""], [], ["c2", "accept", "#N/A"]]))
    with pytest.raises(ReviewQueueError) as exc:
        review.read_queue(path)
    assert (exc.value.path, exc.value.line) == (str(path), 4)  # the empty row 3 still counts


def test_read_queue_xlsx_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "queue.xlsx"
    path.write_bytes(b"claim_id,decision\n")
    with pytest.raises(ReviewQueueError, match="cannot be read as an .xlsx workbook"):
        review.read_queue(path)


def test_queue_source_is_the_newer_save(tmp_path: Path) -> None:
    csv_path, xlsx_path = tmp_path / "queue.csv", tmp_path / "queue.xlsx"
    assert review.queue_source(tmp_path) == csv_path  # neither: the CSV (no rows)
    xlsx_path.write_bytes(b"")
    assert review.queue_source(tmp_path) == xlsx_path  # only the workbook
    csv_path.write_text("claim_id\n", encoding="utf-8")
    os.utime(xlsx_path, ns=(10**18, 10**18))
    os.utime(csv_path, ns=(2 * 10**18, 2 * 10**18))
    assert review.queue_source(tmp_path) == csv_path  # the run rewrote the CSV after the save
    os.utime(xlsx_path, ns=(3 * 10**18, 3 * 10**18))
    assert review.queue_source(tmp_path) == xlsx_path  # the reviewer saved the workbook since


def test_loads_queue_neutralised_cells_read_back() -> None:
    frame = pd.DataFrame([{"claim_id": "c1", "decision": "accept", "statement": "-5 % in 2020",
                           "note": "=not a formula"}])
    [item] = review.loads_queue(review.dumps_csv(frame))
    assert (item.statement, item.note) == ("-5 % in 2020", "=not a formula")


# --- claims_frame / queue_frame ------------------------------------------------------------

CLAIMS = [
    Claim("b1", "b.md", 1, 0, 10, "B one."),
    Claim("a2", "a.md", 3, 40, 50, "A two."),
    Claim("a1", "a.md", 1, 0, 12, "A one.", "Intro"),
    Claim("a3", "a.md", 5, 60, 70, "A three."),
]
MATCHES = {
    "a1": Match("a1", "supported", "f1", 0.91234, "same"),
    "a2": Match("a2", "contradicted", "f1", 0.5, "year 2019 vs 2020 in f1"),
    "a3": Match("a3", "unverified", "", 0.0, "no fact"),
    "b1": Match("b1", "unverified", "gone", 0.2, "weak"),
}
FACTS = {"f1": Fact("f1", "Fact one.", "t", "u", "high", "art")}


def test_claims_frame() -> None:
    frame = review.claims_frame(CLAIMS, MATCHES, FACTS)
    assert list(frame.columns) == review.CLAIM_COLUMNS
    assert list(frame["claim_id"]) == ["a1", "a2", "a3", "b1"]  # by source, then offset
    assert frame.loc[0, "score"] == 0.912  # rounded to 3 places
    assert frame.loc[0, "context"] == "Intro"
    assert list(frame["fact_statement"]) == ["Fact one.", "Fact one.", "", ""]  # "gone" is no curated fact


def test_queue_frame_lays_out_given_claims() -> None:
    claims = review.claims_frame(CLAIMS, MATCHES, FACTS)
    queue = review.queue_frame(claims[claims["verdict"] != "supported"])  # which rows: publish.in_queue decides
    assert list(queue.columns) == review.QUEUE_COLUMNS
    assert list(queue["claim_id"]) == ["a2", "a3", "b1"]
    assert list(queue.index) == [0, 1, 2]
    assert {c: set(queue[c]) for c in review.EDITABLE} == {c: {""} for c in review.EDITABLE}
    assert queue.loc[0, "reason"] == "year 2019 vs 2020 in f1"


def test_queue_frame_carries_what_the_reviewer_wrote() -> None:
    claims = review.claims_frame(CLAIMS, MATCHES, FACTS)
    pending = {
        "a1": ReviewItem("a1", "accept", "A one, reworded.", "art", "", 0),
        "a3": ReviewItem("a3", "", "Better wording.", "art", "ask Bo", 0, {"Reviewer": "ana"}),
        "b1": ReviewItem("b1", "", "", "", "later", 0, {"Due": "May"}),
        "zz": ReviewItem("zz", "reject", "", "", "not in the frame", 0),  # ignored: no such row
    }
    queue = review.queue_frame(claims, pending)
    assert list(queue.columns) == [*review.QUEUE_COLUMNS, "Due", "Reviewer"]  # added columns, sorted, last
    assert queue[["claim_id", "decision", "statement", "article", "note", "Reviewer", "Due"]].to_dict("records") == [
        {"claim_id": "a1", "decision": "accept", "statement": "A one, reworded.", "article": "art", "note": "",
         "Reviewer": "", "Due": ""},
        {"claim_id": "a2", "decision": "", "statement": "", "article": "", "note": "", "Reviewer": "", "Due": ""},
        {"claim_id": "a3", "decision": "", "statement": "Better wording.", "article": "art", "note": "ask Bo",
         "Reviewer": "ana", "Due": ""},
        {"claim_id": "b1", "decision": "", "statement": "", "article": "", "note": "later",
         "Reviewer": "", "Due": "May"},
    ]


def test_queue_frame_round_trips_through_loads_queue() -> None:
    claims = review.claims_frame(CLAIMS, MATCHES, FACTS)
    pending = {"a3": ReviewItem("a3", "dispute", "", "", "=check, \"later\"\nplease", 0, {"Reviewer": "ana"})}
    text = review.dumps_csv(review.queue_frame(claims, pending))
    items = {i.claim_id: i for i in review.loads_queue(text)}
    assert set(items) == {"a1", "a2", "a3", "b1"}
    assert (items["a3"].decision, items["a3"].note) == ("dispute", "=check, \"later\"\nplease")
    assert items["a3"].extra == {"Reviewer": "ana"}
    assert not items["a2"].touched


# --- write_text_atomic ---------------------------------------------------------------------


def test_write_text_atomic_new_and_changed(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "queue.csv"
    assert review.write_text_atomic(path, "a,b\nç,2\n") is True  # folder created
    assert path.read_bytes() == "a,b\nç,2\n".encode("utf-8")
    assert review.write_text_atomic(path, "a,b\n") is True
    assert path.read_text(encoding="utf-8") == "a,b\n"
    assert sorted(p.name for p in path.parent.iterdir()) == ["queue.csv"]  # no temp files left


def test_write_text_atomic_unchanged_is_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_text("same\n", encoding="utf-8")
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    before = path.stat()
    assert review.write_text_atomic(path, "same\n") is False
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_write_text_atomic_replaces_by_rename(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_text("old\n", encoding="utf-8")
    inode = path.stat().st_ino
    held = path.open("rb")  # a reader that opened the old file keeps seeing the old file
    assert review.write_text_atomic(path, "new\n") is True
    assert held.read() == b"old\n"
    held.close()
    assert path.stat().st_ino != inode


@pytest.mark.parametrize("step", ["replace", "fsync"])
def test_write_text_atomic_failure_keeps_old(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    path = tmp_path / "claims.csv"
    path.write_text("old\n", encoding="utf-8")

    def fail(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, step, fail)  # the temporary file exists when either step fails
    with pytest.raises(OSError, match="disk full"):
        review.write_text_atomic(path, "new\n")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.csv"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_write_text_atomic_read_only_folder(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_text("old\n", encoding="utf-8")
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(PermissionError):
            review.write_text_atomic(path, "new\n")
    finally:
        tmp_path.chmod(0o755)
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.csv"]


def test_write_text_atomic_keeps_permissions(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o644)
    review.write_text_atomic(path, "new\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_read_claims(tmp_path: Path) -> None:
    frame = review.claims_frame(CLAIMS, MATCHES, FACTS)
    path = tmp_path / "claims.csv"
    review.write_text_atomic(path, review.dumps_csv(frame))
    back = review.read_claims(path)
    assert list(back["claim_id"]) == ["a1", "a2", "a3", "b1"]
    assert list(back["line"]) == ["1", "3", "5", "1"]  # strings stay strings
    assert back.loc[0, "score"] == "0.912"
