"""pipeline.verify.homes: whose nation or home a person is, in a claim and in a fact."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.verify import homes
from pipeline.verify.factcache import read_texts


@pytest.mark.parametrize("text, person, place", [
    ("King Offa of Mercia introduced a penny.", "King Offa", ("mercia",)),  # inside the name as read
    ("Moses Quinby, a Pennsylvania beekeeper, built a smoker.", "Moses Quinby", ("pennsylvania",)),  # on the noun
])
def test_realms_finds_the_place_a_person_is_of(nlp: Language, text: str, person: str, place: tuple[str, ...]) -> None:
    (s,) = read_texts(nlp, [text])
    assert [(n.text, w) for n, w, _ in homes.realms(s.parts)] == [(person, place)]


@pytest.mark.parametrize("text", [
    "The Bank of England issued the note.",  # a body, not a person
    "The Treaty of Paris ended the war.",  # an agreement
    "The Duke's men took the Tower of London.",  # a building
])
def test_realms_leaves_bodies_and_things(nlp: Language, text: str) -> None:
    (s,) = read_texts(nlp, [text])
    assert homes.realms(s.parts) == []


@pytest.mark.parametrize("claim, fact, label", [
    ("King Offa of Wessex gave a penny.", "King Offa of Mercia introduced a penny.", "home: Wessex vs Mercia"),
    ("Jane Field, a Vermont printer, printed the map.", "Jane Field of Ohio printed the map.", "home: Vermont vs Ohio"),
    ("Jane Field, a Vermont printer, printed the map.", "Jane Field of Vermont printed the map.", None),
    # (a state against a town WordNet does not place in it: where they worked or came from)
    ("Henry Ford, a Michigan engineer, founded the company.", "Henry Ford of Dearborn founded the company.", None),
    # (a country against a realm WordNet does not know)
    ("Catherine of Italy persuaded the pope.", "Catherine of Siena persuaded the pope.", None),
])
def test_of_another_realm(nlp: Language, claim: str, fact: str, label: str | None) -> None:
    c, f = read_texts(nlp, [claim, fact])
    found = [homes.of_another_realm(p, homes.realms(c.parts), homes.realms(f.parts)) for p in c.parts if p.kind == "name"]
    labels = [r[1] for r in found if r is not None]
    assert labels == ([label] if label else [])


def test_a_person_is_no_body_place_or_epithet() -> None:
    assert homes.a_person("King Offa") and homes.a_person("William Paterson")
    assert not homes.a_person("NASA") and not homes.a_person("The Maid") and not homes.a_person("Paris")


@pytest.mark.parametrize(("claim", "fact", "rival"), [
    ("Place: Lake Titicaca; Country: Chile; Famous for: a high lake", "Lake Titicaca in Peru is a high lake.", "Peru"),
    # (the fact's place for it, or one inside or around the card's, or a person's card: no rival)
    ("Place: Lake Titicaca; Country: Peru", "Lake Titicaca in Peru is a high lake.", None),
    ("Place: Cusco; Country: South America", "Cusco in Peru was the Inca capital.", None),
    ("Name: Marie Curie; Country: Poland", "Marie Curie worked in Paris.", None),
    ("Place: Gibraltar; Country: United Kingdom", "Gibraltar is a British territory at the southern tip of Spain.", None),
])
def test_card_place_rival(nlp: Language, claim: str, fact: str, rival: str | None) -> None:
    c, f = read_texts(nlp, [claim, fact])
    field = claim.split("Country: ")[1].split(";")[0]
    p = next(q for q in c.parts if q.kind == "name" and q.text == field)
    found = homes.card_place_rival(p, c.parts, f.parts, c.text)
    assert (found[0].text if found else None) == rival
