"""Whose nation or home a person is: a claim's country, nationality word or realm for a person
("Paul Deman of France", "an Englishman, William Paterson", "King Offa of Wessex", "Moses Quinby,
a Pennsylvania beekeeper") found against the fact's for the same person. Pure functions of parts;
``align`` asks them while it looks for a rival to a part the fact does not back."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from . import lexical
from .statement import Part


def _in_card_field(p: Part, text: str, labels: str) -> bool:
    """Is ``p`` the value of one of a card line's fields named by ``labels`` (a regex alternation: "country|nation")?"""
    return re.search(rf"(?:^|[;|]\s*)(?:{labels})\s*:\s*{re.escape(p.text)}\b", text, re.I) is not None


def _card_head(text: str) -> str:
    """A card line's first field, what the card is about ("Place: Salar de Uyuni" of "Place: Salar de Uyuni;
    Country: Peru")."""
    return re.split(r"[;|]", text, maxsplit=1)[0]


def _tied_by_adjective(p: Part, fparts: Sequence[Part]) -> bool:
    """Does the fact give the place ``p`` by its adjective ("British" for the United Kingdom, "Spanish" for Spain)?"""
    return any(len(q.words) == 1 and lexical.adjective_of_place(q.text, p.words)
               for q in fparts if q.kind in ("mod", "name", "thing"))


def card_person(p: Part, parts: Sequence[Part], text: str) -> Part | None:
    """The person a card line's "Country:" field gives the country ``p`` of ("Inventor: Barthélemy Thimonnier;
    Country: Belgium; Year: 1830"): the one full name of a person the line gives besides."""
    if not _in_card_field(p, text, "country|nationality|nation"):
        return None
    people = [o for o in parts if o.kind == "name" and o is not p and len(o.words) > 1 and not lexical.is_place(o.words)
              and a_person(o.text)]
    # (only when the person is what the card is about, its first field: in "Car: Model T; Designer: Józef Galamb;
    # Country: United States" the country is the car's, where it was built, not the Hungarian designer's)
    return people[0] if len(people) == 1 and re.search(rf"\b{re.escape(people[0].text)}\b", _card_head(text)) else None


def card_place_rival(p: Part, parts: Sequence[Part], fparts: Sequence[Part], text: str) -> tuple[Part, Part] | None:
    """The fact's place for what a card is about (and the fact's name for that), where the card's "Country:" (or
    "State:", "Province:") field gives ``p`` and the fact another place of the same grain, neither inside the other:
    "Place: Salar de Uyuni; Country: Peru" against "Salar de Uyuni in Bolivia is the largest salt flat"."""
    if not _in_card_field(p, text, "country|nation|state|province"):
        return None
    # (what the card is about: the name in its first field's value)
    head = _card_head(text)
    value = head.split(":", 1)[1] if ":" in head else ""
    topic = next((o for o in parts if o.kind == "name" and o is not p and re.search(rf"\b{re.escape(o.text)}\b", value)), None)
    # (not a person's card: "Country:" there is a nationality, not where the fact has them work or live)
    label = head.split(":", 1)[0].strip().lower() if ":" in head else ""
    if label in ("name", "person", "who") or "noun.person" in lexical.first_kinds(label):
        return None
    theirs = _named_in_fact(topic, fparts)
    if theirs is None:
        return None
    places = [q for q in fparts if q.kind == "name" and q is not theirs and q.clause == theirs.clause
              and q.role in ("in", "at") and lexical.is_place(q.words)
              and lexical.is_country(q.words) == lexical.is_country(p.words)]
    # (nor where the fact ties the card's place to it by its adjective: "Gibraltar is a British Overseas Territory at
    # the southern tip of Spain")
    if _tied_by_adjective(p, fparts):
        return None
    # (not where the fact has the claim's place, or one inside it or around it, anywhere)
    if not places or any(q.kind == "name" and (q.words == p.words or lexical.is_place(q.words)
                                                and lexical.nested_places(p.words, q.words)) for q in fparts):
        return None
    return places[0], theirs


def _named_in_fact(person: Part | None, fparts: Sequence[Part]) -> Part | None:
    """The fact's name for the claim's ``person``: the same name, or one it is part of."""
    return None if person is None else next(
        (q for q in fparts if q.kind == "name" and lexical.name_relation(person.words, q.words) in ("same", "part")), None)


def nation_of_card(p: Part, parts: Sequence[Part], fparts: Sequence[Part], text: str) -> Part | None:
    """The fact's nationality word for the person of a card whose "Country:" field is ``p``."""
    theirs = _named_in_fact(card_person(p, parts, text), fparts)
    return None if theirs is None else nation_word(theirs, fparts)


def other_nation(p: Part, parts: Sequence[Part], fparts: Sequence[Part], text: str = "") -> Part | None:
    """The fact's nationality word for the person a bracketed country follows in the claim, when it
    is another nation's ("Finnish" against "Nurmi (Sweden)"); or the person of a card's "Country:" field."""
    person = next((o for o in parts if o.kind == "name" and p.detail and not o.detail and 0 <= o.at < p.at <= o.at + 2
                   and not lexical.is_place(o.words)), None) or card_person(p, parts, text)
    theirs = _named_in_fact(person, fparts)
    if theirs is None or any(lexical.name_relation(p.words, q.words) in ("same", "part") for q in fparts if q.kind == "name"):
        return None
    # (nor when the fact ties the claim's nation to the person some other way, by its adjective: "Explorer: Ferdinand
    # Magellan; Country: Spain" against "The Portuguese explorer Ferdinand Magellan led a Spanish expedition" - the
    # country he sailed for, not one in conflict with his own)
    if _tied_by_adjective(p, fparts):
        return None
    q = nation_word(theirs, fparts)
    return q if q is not None and lexical.of_another_nation(q.text, p.words) else None


def nation_word(person: Part, fparts: Sequence[Part]) -> Part | None:
    """The fact's nationality word for a person it names: on the name, or on the noun before it
    ("Finnish runner Paavo Nurmi", "the German rider Josef Fischer")."""
    # (tied by position, not by word: "the Spanish player Nadal beat the Swiss player Federer" has two players)
    first = person.at - len(person.words) + 1
    nouns = [q for q in fparts if q.kind == "thing" and q.at == first - 1 and q.clause == person.clause
             and lexical.kind(q.words[0]) in ("noun.person", "")]  # ("grandmaster": a word WordNet lacks)
    return next((q for q in fparts if q.kind in ("mod", "name") and len(q.words) == 1 and lexical.nationality(q.text)
                 and (any(q.at == n.at - 1 for n in nouns) or q.at == first - 1)), None)


def nation_of_named(p: Part, parts: Sequence[Part], fparts: Sequence[Part]) -> Part | None:
    """The fact's nationality word for the person a country ``p`` of the claim is "of"."""
    person = next((o for o in parts if o.kind == "name" and p.anchor in o.words and o is not p
                   and not lexical.is_place(o.words)), None)
    theirs = _named_in_fact(person, fparts)
    return None if theirs is None else nation_word(theirs, fparts)


def nation_of_thing(p: Part, parts: Sequence[Part], fparts: Sequence[Part], text: str) -> Part | None:
    """The fact's nation word for the thing a bracketed country ``p`` of the claim follows ("Vasa (Sweden)"):
    on the noun the fact names it with, before the name or just after it ("the Swedish warship Vasa",
    "Notts County, an English club")."""
    named = next((o for o in parts if o.kind == "name" and p.anchor in o.words and o is not p
                  and not lexical.is_place(o.words)), None)
    if named is None:
        return None
    theirs = next((q for q in fparts if q.kind == "name" and lexical.name_relation(named.words, q.words) in ("same", "part")), None)
    if theirs is None:
        return None
    first = theirs.at - len(theirs.words) + 1
    # (tied by position: the parse may put the name in a clause of its own, "the Swedish warship Vasa sank")
    nouns = {q.at for q in fparts if q.kind == "thing" and q.at == first - 1}
    after = re.search(rf"{re.escape(theirs.text)}\s*,\s*(?:an?|the)\s", text) is not None
    return next((q for q in fparts if q.kind in ("mod", "name") and len(q.words) == 1 and lexical.nationality(q.text)
                 and (q.at == first - 1 or q.at + 1 in nouns or after and theirs.at + 2 <= q.at <= theirs.at + 3)), None)


ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess", "duke", "duchess", "emperor", "empress", "tsar",
                           "count", "countess", "lord", "lady", "saint", "st", "archduke", "grand"})
# (and a peer's or a knight's: "Lord Louis Mountbatten of Burma" is a style, no nation)
PEERAGE_TITLES = frozenset({"earl", "viscount", "baron", "baroness", "marquess", "marquis", "sir", "dame"})


def of_another_country(p: Part, q: Part, word: Part | None) -> tuple[Part, str] | None:
    """A person the claim names "of" a country ("Josef Fischer of France"), whom the fact names
    (``q``) with another nation's word (``word``, "German"): that word, and the conflict."""
    head, sep, tail = p.text.rpartition(" of ")
    extra = tuple(w for w in p.words if w not in q.words)
    if not sep or not head or not extra or p.words[-len(extra):] != extra or not lexical.is_country(extra) \
            or lexical.is_place(q.words):
        return None
    # ("Isabella of France", "Prince Philip of Greece": a royal's style, one given name "of" a country, is
    # where their house is from, not their nation)
    if len([w for w in head.split() if w.lower().rstrip(".") not in ROYAL_TITLES]) <= 1:
        return None
    if word is None or not lexical.of_another_nation(word.text, extra):
        return None
    return word, f"nationality: {tail} vs {word.text}"


def a_person(text: str) -> bool:
    """May the name be a person's ("King Offa", "William Paterson"; not "NASA", "Paris", nor a
    common noun's epithet, "The Maid")?"""
    # (a name in full may be a place's too: "William Paterson", "Jane Field"; a lone word less so)
    return not lexical.not_a_person(text) and not text.lower().startswith("the ") and (
        len(text.split()) > 1 or not lexical.is_place(tuple(text.lower().split())))


Realms = list[tuple[Part, tuple[str, ...], Part]]
"""(person, place, the part that says it), as ``realms`` reads them."""


def realms(parts: Sequence[Part]) -> Realms:
    """(person, place, part) for each person a statement says is "of" a place: a part of its own
    ("Offa" / "of Wessex") or inside the name as read ("King Offa of Mercia")."""
    out = []
    for o in parts:
        if o.kind != "name":
            continue
        if " of " in o.text:
            before, after = o.text.rsplit(" of ", 1)
            # (the realm's words from the name's own: "Prince Albert of Saxe-Coburg" is of saxe, coburg)
            first = re.split(r"[\s-]+", after.lower().removeprefix("the "))[0]
            at = max((i for i, w in enumerate(o.words) if w == first), default=0)
            # (an epithet, "Scott of the Antarctic", is no home, unless it is a country's name)
            epithet = after.lower().startswith("the ") and not lexical.is_country(o.words[at:])
            if 0 < at < len(o.words) and not epithet:
                out.append((replace(o, words=o.words[:at], text=before), o.words[at:], o))
        elif o.role == "of":
            person = next((n for n in parts if n.kind == "name" and n is not o and n.words and n.words[-1] == o.anchor
                           and " of " not in n.text), None)
            if person is not None:
                out.append((person, o.words, o))
        elif o.role == "mod" and lexical.is_place(o.words) and lexical.place_class(o.words):
            # ("Moses Quinby, a Pennsylvania beekeeper": a place on the noun for the person, beside the name)
            noun = next((t for t in parts if t.kind == "thing" and t.words == (o.anchor,) and t.clause == o.clause
                         and lexical.kind(o.anchor) == "noun.person"), None)
            person = None if noun is None else next(
                (n for n in parts if n.kind == "name" and n.clause == noun.clause and n.role == noun.role
                 and n.anchor == noun.anchor and " of " not in n.text), None)
            if person is not None:
                out.append((person, o.words, o))
    # (a person: "Croesus", "King Offa"; not "the Bank of England", "the Treaty of Paris")
    return [(n, w, o) for n, w, o in out if n.text[:1].isupper() and a_person(n.text)]


def of_another_realm(p: Part, claim_realms: Realms, fact_realms: Realms) -> tuple[Part, str] | None:
    """The fact's other place for the person a claim's place ``p`` is "of" ("King Offa of Wessex"
    against "King Offa of Mercia", "Croesus of Persia" against "King Croesus of Lydia"); None when they
    are one place, or one holds the other. ``claim_realms`` and ``fact_realms`` are ``realms`` of the
    claim's parts and the fact's, read once by the caller. (A realm WordNet does not know, "Mercia",
    is a place all the same when the claim's is one it knows.)"""
    # (a country in brackets after a name, "Scott (Britain)", is a nationality, compared as one elsewhere)
    mine = None if p.detail else next(((n, w) for n, w, o in claim_realms if o is p), None)
    if mine is None or not lexical.is_place(mine[1]):
        return None
    person, place = mine
    for n, w, q in fact_realms:
        if lexical.same_name(person.text, person.words, n.text, n.words) not in ("same", "part") or w == place:
            continue
        if lexical.is_place(w) and lexical.nested_places(place, w):
            continue
        # (a place on the noun for the person, "a Michigan engineer", is where they worked or came from:
        # only another place of its class, a state for a state, conflicts; not "of Dearborn")
        if p.role == "mod" and lexical.place_class(place) != lexical.place_class(w):
            continue
        # (a realm WordNet does not know is a rival of a region, not of a whole country or continent:
        # "Catherine of Italy" / "Catherine of Siena")
        if lexical.is_place(w) or not any(lexical.known_word(x) for x in w) and not lexical.broad_place(place):
            # (a country is a nationality; a county, a state, a kingdom is where the person is of)
            label = "nationality" if lexical.is_country(place) and lexical.is_country(w) else "home"
            return q, f"{label}: {' '.join(x.capitalize() for x in place)} vs {' '.join(x.capitalize() for x in w)}"
    return None
