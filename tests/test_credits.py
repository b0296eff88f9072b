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


@pytest.mark.parametrize("text", [
    "Model T, prod. Highland Park from 1910",  # where it was made
    "1938 Bryn Jones, trans. Arsenal from Wolves",  # a footballer transferred
    "America wins the cup, wind dir. West",  # a direction
    "1909-S VDB cent, cond. Fine",  # a coin's condition
])
def test_no_credit_before_a_place_a_body_or_a_word(text: str) -> None:
    assert spelled_out(text) == text
