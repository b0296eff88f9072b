"""pipeline.verify.rivals: names a claim gives where a fact about the same story has others."""

from __future__ import annotations

from spacy.language import Language

from pipeline.verify.align import align
from pipeline.verify.factcache import read_texts
from pipeline.verify.rivals import pinned_rivals, rival_names, table_label


def test_another_place_where_the_fact_has_its_own(nlp: Language) -> None:
    claim, fact = read_texts(nlp, ["Blériot took off from Calais in 1909.", "Blériot took off from Les Baraques in 1909."])
    assert rival_names(claim, fact) == ["from: Calais vs Les Baraques"]
    same, fact = read_texts(nlp, ["Blériot took off in 1909.", "Blériot took off from Les Baraques in 1909."])
    assert rival_names(same, fact) == []


def test_a_hotel_the_fact_does_not_give_for_the_same_ceremony(nlp: Language) -> None:
    claim, fact = read_texts(nlp, ["May 1929: first Academy Awards ceremony, Beverly Hills Hotel",
                                   "The first Academy Awards ceremony was held on 16 May 1929 at the Hollywood Roosevelt Hotel."])
    found = pinned_rivals(claim, fact, [align(claim, i, fact) for i in range(len(claim.clauses))])
    assert any("Beverly Hills Hotel" in r for r in found)


def test_a_label_of_a_row_with_fields_is_no_name(nlp: Language) -> None:
    row, = read_texts(nlp, ["Game: Cluedo; Inventor / maker: Anthony Pratt; Year: 1949; Country: England"])
    labels = {p.text for p in row.parts if p.kind == "name" and table_label(p, row)}
    assert {"Game", "Country"} <= labels and "Anthony Pratt" not in labels and "England" not in labels
    one, = read_texts(nlp, ["Lyon: capital of France since 987"])  # one name and what it is: no row
    assert not any(table_label(p, one) for p in one.parts if p.kind == "name")
