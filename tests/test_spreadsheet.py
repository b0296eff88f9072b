"""pipeline.spreadsheet: delimiters, .xlsx cells and the error values spreadsheets leave in cells."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import Workbook

from pipeline import spreadsheet


@pytest.mark.parametrize("text, delimiter", [
    ("claim_id,decision,note\nc1,accept,x\n", ","),
    ("claim_id;decision;note\nc1;accept;x,y\n", ";"),  # a European Excel save: commas inside cells
    ("claim_id\tdecision\tnote\nc1\taccept\tx;y\n", "\t"),
    ("\ufeffclaim_id;decision\nc1;reject\n", ";"),  # BOM before the header
    ("claim_id\nc1\n", ","),  # one column: nothing to sniff, a comma
])
def test_sniff_delimiter(text: str, delimiter: str) -> None:
    assert spreadsheet.sniff_delimiter(text) == delimiter


def test_delimiter_names() -> None:
    assert spreadsheet.delimiter_name(";") == "semicolons (;)"
    assert spreadsheet.delimiter_name("\t") == "tabs"


@pytest.mark.parametrize("cell, is_error", [
    ("#NAME?", True), ("#REF!", True), ("#VALUE!", True), ("#DIV/0!", True), ("#N/A", True),
    (" #name? ", True),  # as typed or shown, any case, padded
    ("Err:509", True), ("Err:502", True),  # LibreOffice's numbered errors
    ("Err:5090", False), ("#hashtag", False), ("N/A", False), ("", False), ("accept", False),
])
def test_error_value(cell: str, is_error: bool) -> None:
    assert spreadsheet.error_value(cell) is is_error


def _xlsx(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xlsx_frame_reads_cells_as_the_text_typed() -> None:
    data = _xlsx([["claim_id", "decision", "line", "note", None],
                  ["c1", "accept", 12, 0.5, None],
                  [None, None, None, None, None],  # an empty row is kept: frame row i is sheet row i + 2
                  ["c2", "reject", 3.0, dt.date(2026, 1, 2), None]])
    frame = spreadsheet.xlsx_frame(data)
    assert list(frame.columns) == ["claim_id", "decision", "line", "note"]  # an empty trailing column dropped
    assert frame.to_dict("records") == [
        {"claim_id": "c1", "decision": "accept", "line": "12", "note": "0.5"},
        {"claim_id": "", "decision": "", "line": "", "note": ""},
        {"claim_id": "c2", "decision": "reject", "line": "3", "note": "2026-01-02"}]  # 3.0 is the 3 typed


def test_xlsx_frame_keeps_an_error_cell_as_its_error_value() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["claim_id", "note"])
    sheet.append(["c1", "x"])
    sheet["B2"].value, sheet["B2"].data_type = "#NAME?", "e"  # what a failed formula leaves
    out = io.BytesIO()
    book.save(out)
    frame = spreadsheet.xlsx_frame(out.getvalue())
    assert frame.loc[0, "note"] == "#NAME?" and spreadsheet.error_value(frame.loc[0, "note"])


def test_xlsx_frame_refuses_what_is_no_workbook() -> None:
    with pytest.raises(spreadsheet.NotASpreadsheet):
        spreadsheet.xlsx_frame(b"claim_id,decision\nc1,accept\n")
