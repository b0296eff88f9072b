"""pipeline.verify.events: whether a clause of the claim and a fact tell of one event."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.verify.align import align
from pipeline.verify.events import same_event
from pipeline.verify.factcache import read_texts


def one_event(nlp: Language, claim: str, fact: str) -> bool:
    c, f = read_texts(nlp, [claim, fact])
    return any(same_event(align(c, i, f), c, f) for i in c.main_clauses)


@pytest.mark.parametrize("claim, fact", [
    # another date of one act on one thing by one doer
    ("Pasteur opened the institute in Paris in 1887.", "Pasteur opened the institute in Paris in 1888."),
    # the same figure in another unit of one measure, whatever the verb
    ("1999: Zephyr test train reaches 412.6 mph", "In 1999 the Zephyr train set a speed record at 412.6 km/h."),
    # acts in other words, the name of what the act is about qualifying it on one side, after "of" on the other
    ("Brandt took over the Opera orchestra in 1853", "Felix Brandt became music director of the Leipzig Opera Orchestra in 1835."),
])
def test_one_event_where_the_rest_agrees(nlp: Language, claim: str, fact: str) -> None:
    assert one_event(nlp, claim, fact)


@pytest.mark.parametrize("claim, fact", [
    # another actor and another date: another event, not a refutation
    ("Irène Joliot-Curie won the Nobel Prize in 1935.", "Marie Curie won the Nobel Prize in 1911."),
    # a verbless line's bracketed date against a fact not on what the line is about
    ("Smith: first municipal crew (Leeds, 1824), later head of the London Fire Brigade",
     "The London Fire Brigade was formed in 1833 with John Smith as its superintendent."),
])
def test_another_event_where_too_much_differs(nlp: Language, claim: str, fact: str) -> None:
    assert not one_event(nlp, claim, fact)


def test_no_conflict_is_no_event_to_compare(nlp: Language) -> None:
    assert not one_event(nlp, "Pasteur opened the institute in 1888.", "Pasteur opened the institute in 1888.")


@pytest.mark.parametrize("claim, fact, one", [
    # only the verb differs, and the fact has one act and one date: the date is the event's
    ("2005 - Hewlett-Packard swallows Compaq", "Hewlett-Packard acquired Compaq in 2002.", True),
    # a name of the fact's the claim leaves out says which event the fact tells
    ("Marie Curie married Pierre Curie in 1895.",
     "Marie Curie won the Nobel Prize in Physics in 1903 with Pierre Curie and Henri Becquerel.", False),
    # another clause of the claim tells the fact's own act: this one is another event
    ("The Americans took over in 1904 and opened the canal on 15 August 1914.",
     "The United States took over the Panama Canal project in 1904.", False),
])
def test_an_act_in_other_words_with_the_rest_backed(nlp: Language, claim: str, fact: str, one: bool) -> None:
    assert one_event(nlp, claim, fact) is one
