"""What spreadsheets save: the delimiter of a CSV, the cells of an .xlsx, and their error values.

A reviewer opens ``queue.csv`` in whatever they have. A European Excel saves it with ``;``
between cells, some tools with tabs; Excel and LibreOffice can keep it as ``queue.xlsx``;
a cell whose formula failed holds ``#NAME?`` or LibreOffice's ``Err:509`` instead of text.

- ``sniff_delimiter(text)``: ``,``, ``;`` or a tab, read from the header line (``csv.Sniffer``);
- ``delimiter_name(d)``: how an error message names it;
- ``error_value(cell)``: is this cell a spreadsheet's error value rather than text?
- ``xlsx_frame(data)``: the first sheet of an .xlsx as a frame of strings (openpyxl).

Pure functions over text and bytes; no file is opened here.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import re
import zipfile

import pandas as pd

DELIMITERS = ",;\t"
_NAMES = {",": "commas (,)", ";": "semicolons (;)", "\t": "tabs"}
ERROR_VALUES = frozenset({
    "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!",
    "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#EXTERNAL!", "#PYTHON!",
})
"""The error values Excel shows in a cell (Google Sheets and LibreOffice share most of them)."""
_LIBREOFFICE_ERROR = re.compile(r"Err:\d{3}")
"""LibreOffice's numbered errors: ``Err:509`` (missing operator), ``Err:502`` (invalid argument)..."""


def sniff_delimiter(text: str) -> str:
    """The delimiter of CSV text, read from its first line (the header, which holds no quoted
    line breaks); a comma when the line holds none of ``DELIMITERS``."""
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    if not any(d in header for d in DELIMITERS):
        return ","
    try:
        return csv.Sniffer().sniff(header, delimiters=DELIMITERS).delimiter
    except csv.Error:  # the sniffer found no consistent pattern: the most frequent candidate
        return max(DELIMITERS, key=header.count)


def delimiter_name(delimiter: str) -> str:
    """``semicolons (;)``: for messages."""
    return _NAMES.get(delimiter, repr(delimiter))


def error_value(cell: str) -> bool:
    """Is ``cell`` an error value a spreadsheet put there (``#NAME?``, ``#REF!``, ``Err:509``)?"""
    value = cell.strip()
    return value.upper() in ERROR_VALUES or _LIBREOFFICE_ERROR.fullmatch(value) is not None


def _text(value: object) -> str:
    """A cell's value as the text the reviewer typed: whole numbers without ``.0``, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, _dt.datetime) and value.time() == _dt.time():
        return value.date().isoformat()  # a date typed in a cell comes back as midnight
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    return str(value)


class NotASpreadsheet(ValueError):
    """Bytes that are not an .xlsx workbook openpyxl can read."""


def xlsx_frame(data: bytes) -> pd.DataFrame:
    """The first worksheet of an .xlsx as strings, its first row the header; empty rows are kept,
    so that frame row ``i`` is sheet row ``i + 2``. Formulas are read as the values last computed."""
    from openpyxl import load_workbook  # only a reviewer who saves .xlsx pays for the import

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise NotASpreadsheet(str(err) or type(err).__name__) from None
    try:
        sheet = book.worksheets[0]
        rows = [[_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    if not rows:
        return pd.DataFrame()
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    header = rows[0]
    while header and not header[-1].strip() and all(not r[len(header) - 1].strip() for r in rows[1:]):
        header = header[:-1]  # trailing empty columns a spreadsheet keeps in its range
    width = len(header)
    names = [h if h.strip() else f"Unnamed: {i}" for i, h in enumerate(header)]
    return pd.DataFrame([r[:width] for r in rows[1:]], columns=names, dtype=str)
