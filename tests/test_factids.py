"""pipeline.factids: short ids that read like the fact's subject and event; a reviewer's chosen id checked."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import factids
from pipeline.verify.factcache import read_texts

AP = ["ap-apollo1", "ap-saturn-v-height", "ap-collins"]


@pytest.mark.parametrize("ids, prefix", [
    (AP, "ap"),  # the demo's convention
    (["ap-8", "ap-11", "sh-1"], "ap"),  # the prefix most ids share
    (["first", "second"], ""),  # ids without a prefix: none is invented
    (["ap-8"], ""),  # one id is no convention
    (["ap-8", "lv-1", "sr-2"], ""),  # nor is a prefix fewer than half share
    ([], ""),
])
def test_prefix_of(ids: list[str], prefix: str) -> None:
    assert factids.prefix_of(ids) == prefix


@pytest.mark.parametrize("statement, words", [
    # the example: subject, object, year (not "the saturn sent nine crews")
    ("The Saturn V sent nine crews to the Moon between 1968 and 1972.", ["saturn", "v", "crews", "1968"]),
    ("Apollo 11 landed on the Moon in July 1969.", ["apollo", "11", "landed", "1969"]),  # no object: the act
    ("Meta released Llama 3 in April 2024.", ["meta", "llama", "3", "2024"]),
    # passive: about its grammatical subject, not the agent
    ("Sputnik 1 was launched by the Soviet Union on 4 October 1957.", ["sputnik", "1", "launched", "1957"]),
    ("Reusable boosters cut launch costs for SpaceX.", ["reusable", "boosters", "costs"]),
])
def test_parsed_words(nlp, statement: str, words: list[str]) -> None:
    assert factids.parsed_words(read_texts(nlp, [statement])[0]) == words


def test_new_fact_id_from_the_parse_keeps_the_article_prefix(nlp) -> None:
    statement = "The Saturn V sent nine crews to the Moon between 1968 and 1972."
    parsed = read_texts(nlp, [statement])[0]
    assert factids.new_fact_id(set(AP), AP, statement, parsed) == "ap-saturn-v-crews-1968"
    assert factids.new_fact_id(set(), ["x1", "y2"], statement, parsed) == "saturn-v-crews-1968"  # no prefix in use


@pytest.mark.parametrize("statement, new", [
    ("The Saturn V sent nine crews to the Moon between 1968 and 1972.", "ap-saturn-v-sent-crews-1968"),
    ("Zürich hosts Müller's new lab", "ap-zurich-hosts-muller-new"),  # ASCII, at most four words
    ("It was the first of the flights in May 2020.", "ap-flights-2020"),  # stop words, month names left out
])
def test_new_fact_id_without_a_parse(statement: str, new: str) -> None:
    assert factids.new_fact_id(set(), AP, statement) == new


def test_new_fact_id_unique() -> None:
    base = "ap-bloom-176-billion-parameters"
    stmt = "BLOOM has 176 billion parameters!"
    assert factids.new_fact_id(set(AP), AP, stmt) == base
    assert factids.new_fact_id({base}, AP, stmt) == f"{base}-2"
    assert factids.new_fact_id({base, f"{base}-2"}, AP, stmt) == f"{base}-3"


def test_new_fact_id_without_words() -> None:
    assert factids.new_fact_id(set(), AP, "A 1 b.") == "ap-1"  # only a number is left
    assert factids.new_fact_id(set(), AP, "東京") == "ap"
    assert factids.new_fact_id({"fact"}, [], "東京") == "fact-2"  # no prefix, no words


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.sets(st.text("abc-", max_size=6), max_size=8))
def test_new_fact_id_always_unique_and_slug(statement: str, taken: set[str]) -> None:
    taken = taken | {factids.new_fact_id(set(), AP, statement)}
    new = factids.new_fact_id(taken, AP, statement)
    assert new not in taken
    assert re.fullmatch(r"ap(-[a-z0-9]+)*", new)


def test_check_chosen() -> None:
    at = {"ap-collins": "apollo-program.md:40"}
    assert factids.check_chosen("ap-new", at) == ""
    assert "already the id of the fact at apollo-program.md:40" in factids.check_chosen("ap-collins", at)
    assert "another accepted claim" in factids.check_chosen("ap-new", at, {"ap-new"})
