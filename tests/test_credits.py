"""A note's credit written short (pipeline.credits)."""

from __future__ import annotations

import pytest

from pipeline.credits import spelled_out


@pytest.mark.parametrize(("text", "read"), [
    ("Tosca, Rome - cond. Leopoldo Mugnone", "Tosca, Rome - conducted by Leopoldo Mugnone"),
    ("The Seventh Seal (dir. Ingmar Bergman)", "The Seventh Seal (directed by Ingmar Bergman)"),
    ("War and Peace, trans. Constance Garnett, 1904", "War and Peace, translated by Constance Garnett, 1904"),
])
def test_a_credit_before_a_name_is_spelled_out(text: str, read: str) -> None:
    assert spelled_out(text) == read


@pytest.mark.parametrize("text", [
    "Dir. of Music: Ann Lee",  # a title, capitalised
    "the cond. 1968 version",  # no name after it
    "arr. Plymouth 1620",  # arrived, or arranged: left as written
    "second cond. in the list",
])
def test_no_credit_is_left_as_written(text: str) -> None:
    assert spelled_out(text) == text
