"""A synthetic corpus for factledger benchmarks: curated articles and raw notes about invented companies and people.

    python benchmarks/synth.py --files 10000 --facts 100000 --out /tmp/synth10k [--seed 0]

Facts are short sentences about organisations and people whose names are built from syllable
pools, each dated by a year (sometimes a month) or carrying a quantity with a unit. Raw notes
restate about 40% of their claims from those facts in other words, contradict 15% (another
year, month, number or actor, or a negation) and leave 45% unverified, between headings,
timelines, tables, questions, asides, calls to action, link lines and tags.

Standard library only. Everything is drawn from one ``random.Random``, so a seed gives the
same bytes on every run.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import textwrap
import time
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

Fact = dict[str, Any]
"""id, statement, source_title, source_url, confidence, and ``_parts``: what the statement is made of."""

FACTS_PER_ARTICLE = 50
SHARES = (("restate", 0.40), ("contradict", 0.15), ("unverified", 0.45))
"""How raw claim sentences relate to the curated facts."""

# --- word pools --------------------------------------------------------------------------------

SYLLABLES = (
    "al", "an", "ar", "bel", "ber", "bri", "cal", "cor", "dal", "dar", "del", "dor", "el", "en",
    "fal", "fen", "gar", "gil", "hal", "har", "hel", "is", "jor", "kal", "kar", "kel", "lan",
    "lar", "len", "lin", "lor", "mar", "mel", "mir", "mon", "nor", "nov", "or", "pal", "per",
    "quin", "ral", "ren", "ros", "sal", "sel", "sol", "tal", "tar", "tel", "tor", "val", "var",
    "vel", "ven", "vik", "wen", "zan", "zel", "brim", "stav", "thal",
)
ENDINGS = ("", "", "", "a", "ia", "o", "en", "is", "ex", "um", "ik", "on", "ora", "ett")
FIRST_NAMES = (
    "Ines", "Tomas", "Amara", "Lukas", "Sofia", "Mateo", "Yuki", "Priya", "Jonas", "Freya",
    "Kofi", "Elena", "Omar", "Hana", "Nils", "Zoë", "José", "Søren", "Łukasz", "Anaïs", "Björn",
    "Chiara", "Dmitri", "Emeka", "Farah", "Greta", "Hugo", "Ingrid", "Jamal", "Kaito", "Leila",
    "Marek", "Noor", "Oskar", "Paula", "Rafael", "Saanvi", "Tariq", "Ulla", "Viktor", "Wen",
    "Ximena", "Yara", "Zainab", "Aiko", "Bruno", "Camille", "Diego", "Esther", "Felix",
    "Gabriel", "Hamid", "Irene", "Jun", "Kasia", "Liam", "Mei", "Nadia", "Olga", "Pedro",
)
SURNAME_ENDS = ("sen", "son", "berg", "ström", "ski", "ová", "ez", "ton", "ier", "ini", "ard",
                "holm", "ley", "mann", "oglu", "ović", "elli", "quist", "ford", "ani")
CITIES = (
    "Oslo", "Malmö", "Kraków", "Zürich", "São Paulo", "Reykjavík", "Lyon", "Porto", "Turin",
    "Ghent", "Tampere", "Aarhus", "Bilbao", "Graz", "Brno", "Leeds", "Cork", "Dundee",
    "Halifax", "Calgary", "Austin", "Denver", "Pittsburgh", "Osaka", "Sapporo", "Busan",
    "Pune", "Bangalore", "Nairobi", "Accra", "Lagos", "Cape Town", "Perth", "Hobart",
    "Auckland", "Valparaíso", "Medellín", "Monterrey", "Québec", "Tallinn", "Riga", "Vilnius",
    "Gdańsk", "Linz", "Basel", "Lausanne", "Utrecht", "Eindhoven", "Bergen", "Trondheim",
    "Uppsala", "Göteborg", "Tartu", "Izmir", "Haifa", "Tbilisi", "Almaty", "Hanoi", "Cebu",
    "Kyoto", "Kaunas", "Lille", "Nantes", "Seville", "Málaga", "Bologna", "Trieste",
)
PRODUCT_WORDS = ("Kestrel", "Heron", "Falcon", "Aurora", "Nimbus", "Orca", "Lynx", "Atlas",
                 "Comet", "Vega", "Zephyr", "Boreal", "Tundra", "Cobalt", "Quartz", "Ember",
                 "Halcyon", "Sparrow", "Osprey", "Meridian", "Polaris", "Sirocco", "Juniper", "Onyx")
TITLE_ADJ = ("Quiet", "Northern", "Salt", "Glass", "Hidden", "Last", "Silver", "Winter",
             "Distant", "Broken", "Small", "Burning", "Paper", "Iron")
TITLE_NOUN = ("Harbour", "Orchard", "Season", "Engine", "River", "Archive", "Garden",
              "Frontier", "Signal", "Lantern", "Country", "Machine", "Tide", "Atlas")
MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

# sector: (name suffixes, product categories, facilities, award fields, person profession)
SECTORS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = {
    "robotics": (("Robotics", "Automation", "Machines"),
                 ("drone", "robot arm", "delivery robot", "inspection robot"),
                 ("factory", "research lab", "test centre"), ("design", "innovation"), "engineer"),
    "aerospace": (("Aerospace", "Space Systems", "Aviation"),
                  ("rocket", "satellite", "jet engine", "cargo plane"),
                  ("launch site", "assembly plant", "wind tunnel"), ("engineering", "safety"), "engineer"),
    "software": (("Labs", "Software", "AI", "Systems"),
                 ("language model", "database", "compiler", "search engine", "operating system"),
                 ("data centre", "office", "research lab"), ("innovation", "open source"), "engineer"),
    "pharma": (("Pharma", "Biotech", "Therapeutics"),
               ("vaccine", "antibiotic", "insulin pump", "blood test"),
               ("laboratory", "production plant", "clinic"), ("medicine", "research"), "scientist"),
    "energy": (("Energy", "Power", "Renewables"),
               ("wind turbine", "solar farm", "battery", "heat pump"),
               ("power station", "wind farm", "battery plant"), ("sustainability", "engineering"), "engineer"),
    "automotive": (("Motors", "Automotive", "Mobility"),
                   ("electric car", "truck", "scooter", "bus"),
                   ("car plant", "design studio", "test track"), ("design", "safety"), "engineer"),
    "retail": (("Stores", "Markets", "Retail"),
               ("loyalty card", "online shop", "coffee brand", "delivery service"),
               ("flagship store", "distribution centre", "warehouse"), ("customer service", "exports"), "engineer"),
    "media": (("Press", "Media", "Books"),
              ("magazine", "newspaper", "podcast", "streaming service"),
              ("newsroom", "printing plant", "studio"), ("journalism", "fiction"), "author"),
    "transport": (("Airlines", "Rail", "Shipping", "Ferries"),
                  ("night train", "ferry service", "cargo route", "airport shuttle"),
                  ("depot", "terminal", "maintenance hangar"), ("safety", "punctuality"), "engineer"),
    "construction": (("Engineering", "Construction", "Architects"),
                     ("bridge", "tower", "stadium", "tunnel"),
                     ("regional office", "concrete plant", "design studio"), ("architecture", "engineering"), "architect"),
}
PRODUCT_VERBS = {"construction": ("built", "completed", "designed"),
                 "transport": ("launched", "introduced", "opened"),
                 "media": ("launched", "published", "introduced")}
DEFAULT_PRODUCT_VERBS = ("released", "launched", "introduced", "unveiled", "developed")

# past: (present, base, participle, noun of the act or None)
VERBS = {
    "released": ("releases", "release", "released", "release"),
    "launched": ("launches", "launch", "launched", "launch"),
    "introduced": ("introduces", "introduce", "introduced", "introduction"),
    "unveiled": ("unveils", "unveil", "unveiled", "unveiling"),
    "developed": ("develops", "develop", "developed", "development"),
    "opened": ("opens", "open", "opened", "opening"),
    "acquired": ("acquires", "acquire", "acquired", "acquisition"),
    "founded": ("founds", "found", "founded", "founding"),
    "won": ("wins", "win", "won", None),
    "discovered": ("discovers", "discover", "discovered", "discovery"),
    "published": ("publishes", "publish", "published", "publication"),
    "designed": ("designs", "design", "designed", "design"),
    "built": ("builds", "build", "built", "construction"),
    "completed": ("completes", "complete", "completed", "completion"),
}


class Measure:
    """A quantity fact: how it is stated, ways to restate it, and the range its number is drawn from."""

    def __init__(self, fact: str, restate: Sequence[str], exp: tuple[float, float], scale: str,
                 unit: str, dated: bool = False) -> None:
        self.fact, self.restate, self.exp, self.scale, self.unit, self.dated = fact, restate, exp, scale, unit, dated


# {S}/{s}: the subject capitalised or not; {p}: its possessive; {q}: the quantity with its unit.
MEASURES = {
    "employs": Measure("{S} employs {q}.", ("{S} has a workforce of {q}.", "Some {q} work for {s}.",
                                            "{S} now employs {q} across its sites."), (1.3, 4.9), "", "people"),
    "revenue": Measure("{S} reported revenue of {q} in {year}.", (
        "In {year}, {s} reported revenue of {q}.", "{P} revenue reached {q} in {year}."),
        (0.7, 3.3), "million", "euros", dated=True),
    "parameters": Measure("{S} has {q}.", ("{S} uses {q}.", "With {q}, {s} is large for its kind."),
                          (0.0, 2.7), "billion", "parameters"),
    "weighs": Measure("{S} weighs {q}.", ("{S} has a mass of {q}.", "At {q}, {s} is heavier than it looks."),
                      (0.5, 4.0), "", "kilograms"),
    "tall": Measure("{S} is {q} tall.", ("{S} stands {q} tall.", "{S} rises {q} above the street."),
                    (1.6, 2.95), "", "metres"),
    "long": Measure("{S} is {q} long.", ("{S} spans {q}.", "{S} runs for {q} end to end."),
                    (2.3, 3.9), "", "metres"),
    "megawatts": Measure("{S} generates {q}.", ("{S} produces {q} at full load.", "{S} is rated at {q}."),
                         (0.5, 2.5), "", "megawatts"),
    "stores": Measure("{S} operates {q}.", ("{S} runs {q}.", "There are {q} under the {s} name."),
                      (0.7, 3.3), "", "stores"),
    "passengers": Measure("{S} carried {q} in {year}.", (
        "In {year}, {s} carried {q}.", "Some {q} travelled with {s} in {year}."),
        (0.0, 1.9), "million", "passengers", dated=True),
    "copies": Measure("{S} sold {q} in {year}.", ("In {year}, {s} sold {q}.", "{S} sold some {q} in {year}."),
                      (3.5, 6.3), "", "copies", dated=True),
    "novels": Measure("{S} wrote {q}.", ("{S} is the author of {q}.", "Over a long career {s} wrote {q}."),
                      (0.4, 1.6), "", "novels"),
    "papers": Measure("{S} published {q}.", ("{S} is the author of {q}.", "Over a long career {s} published {q}."),
                      (1.0, 2.6), "", "papers"),
    "buildings": Measure("{S} designed {q}.", ("{S} has {q} to their name.", "Over a long career {s} designed {q}."),
                         (0.8, 2.3), "", "buildings"),
    "patents": Measure("{S} holds {q}.", ("{S} is named on {q}.", "{S} has {q} to their name."),
                       (0.5, 2.3), "", "patents"),
}
CATEGORY_MEASURE = {
    "language model": "parameters", "drone": "weighs", "robot arm": "weighs", "delivery robot": "weighs",
    "inspection robot": "weighs", "satellite": "weighs", "rocket": "weighs", "jet engine": "weighs",
    "electric car": "weighs", "scooter": "weighs", "insulin pump": "weighs", "tower": "tall",
    "stadium": "tall", "bridge": "long", "tunnel": "long", "wind turbine": "megawatts",
    "solar farm": "megawatts", "magazine": "copies", "newspaper": "copies",
}
SECTOR_MEASURE = {"retail": "stores", "transport": "passengers"}
PROFESSIONS = {
    "engineer": (("engine", "sensor", "valve", "gearbox", "navigation system"), "patents"),
    "scientist": (("comet", "asteroid", "enzyme", "cave system", "mineral", "bacterium"), "papers"),
    "author": (("novel", "essay collection", "short story cycle"), "novels"),
    "architect": (("Library", "Concert Hall", "Museum", "Footbridge", "Tower"), "buildings"),
}

UNVERIFIED_ORG = (
    "{E} moved its headquarters to {city} in {year}.",
    "{E} signed a long-term supply agreement with {E2}.",
    "Most of the early staff at {E} came from {city}.",
    "{E} is known for an unusually flat management structure.",
    "{E} settled a patent dispute with {E2} out of court in {year}.",
    "Analysts expect {E} to double its output within five years.",
    "{P2} joined the board of {E} in {year}.",
    "A small museum in {city} is dedicated to the history of {E}.",
    "{E} listed its shares on the stock exchange in {city} in {year}.",
    "{E} holds more than {n} trademarks.",
    "{E} sponsors a sailing team that races out of {city}.",
    "Customers in {city} complained about delivery delays at {E} in {month} {year}.",
    "{E} has cut about {n} jobs since {year}, mostly in {city}.",
    "The founders of {E} met at a university in {city}.",
    "{E} grew slowly at first.",
    "{E} still sells spare parts for machines it stopped making decades ago.",
    "For a while {E} and {E2} shared a warehouse on the outskirts of {city}.",
)
UNVERIFIED_PERSON = (
    "{E} taught at a university in {city} for many years.",
    "{E} moved to {city} in {year}.",
    "{E} gave the opening lecture at a conference in {city} in {year}.",
    "{E} kept detailed notebooks that are now held in an archive in {city}.",
    "{E} worked closely with {P2} for most of the {decade}s.",
    "{E} rarely gave interviews.",
    "Colleagues remember {E} as patient and very funny.",
)
TIMELINE_UNVERIFIED_PERSON = (
    "{E} moves to {city}", "{E} gives a lecture series in {city}", "{E} joins the board of {E2}",
    "{E} takes a sabbatical", "{E} marries {P2}",
)
TIMELINE_UNVERIFIED = (
    "{E} moves its headquarters to {city}", "{E} signs a supply deal with {E2}",
    "{E} hires its first chief economist", "{E} lists its shares in {city}",
    "{E} settles a patent dispute with {E2}", "{E} changes its logo",
    "{E} sponsors a sailing team from {city}", "{E} cuts about {n} jobs",
)
TAILS = ("is still talked about today", "changed the company for good", "sold well from the start",
         "drew plenty of attention", "was a turning point")
QUESTIONS = ("Did {A} really {base} {o} in {year}?", "Who actually ran {E} in the {decade}s?",
             "Was {o} a success or not?", "What happened to {E} after {year}?",
             "Why does nobody write about {E} any more?")
ASIDES = ("I need to double-check the {E} dates, I always mix them up.",
          "Honestly, I think {o} is underrated.", "Note to self: ask {P2} about this.",
          "(I'm not sure about this part.)", "TODO: find a better source for the {year} numbers.",
          "I'm curious whether {E} will still exist in ten years.",
          "My uncle worked there for a while, so I may be biased.")
CTAS = ("Subscribe to {blog} for a new company history every week.",
        "Share this post if you found it useful!", "Leave a comment below if you ever worked at {E}.",
        "Sign up for the newsletter to get the next part.", "Follow us for more deep dives like this.")
BOILERPLATE = ("← Back to index", "Back to all notes", "draft {n}, still messy, tidy up before Friday",
               "Last edited {date}", "All rights reserved.", "Table of contents", "Posted in {sector}",
               "Read more", "Glossary › {sector} › {letter}")
HEADINGS = ("History", "Early years", "Products", "Timeline", "Key dates", "Background", "Notes",
            "People", "Later years", "Numbers", "Open questions", "Acquisitions", "Odds and ends")


# --- small helpers -----------------------------------------------------------------------------

_ASCII = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d"})


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens."""
    text = unicodedata.normalize("NFKD", text.translate(_ASCII)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _poss(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _word(rng: random.Random) -> str:
    n = 2 if rng.random() < 0.7 else 3
    return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize() + rng.choice(ENDINGS)


def _person(rng: random.Random) -> str:
    stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2))))
    return f"{rng.choice(FIRST_NAMES)} {stem.capitalize()}{rng.choice(SURNAME_ENDS)}"


def _round(v: float) -> int:
    """Two or three significant digits, as people quote numbers."""
    if v < 20:
        return max(1, round(v))
    mag = 10 ** (int(math.log10(v)) - (1 if v < 1000 else 2))
    return int(round(v / mag) * mag)


def _quantity(value: int, scale: str, unit: str) -> dict[str, Any]:
    text = f"{value:,} {scale} {unit}" if scale else f"{value:,} {unit}"
    return {"value": value, "scale": scale, "unit": unit, "text": text}


def _draw_quantity(rng: random.Random, m: Measure) -> dict[str, Any]:
    return _quantity(_round(10 ** rng.uniform(*m.exp)), m.scale, m.unit)


def _other_quantity(rng: random.Random, q: dict[str, Any]) -> dict[str, Any]:
    """A number that cannot be the same one, even with ``about`` in front of either."""
    factor = rng.uniform(1.6, 3.0) if rng.random() < 0.6 else rng.uniform(0.25, 0.6)
    value = _round(q["value"] * factor)
    if value == q["value"] or abs(value - q["value"]) < 0.3 * q["value"]:
        value = q["value"] * 2 + 1
    return _quantity(value, q["scale"], q["unit"])


def _date(p: dict[str, Any]) -> str:
    return f"{MONTHS[p['month']]} {p['year']}" if p.get("month") else str(p["year"])


def _other_year(rng: random.Random, year: int) -> int:
    delta = rng.choice((-7, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 7))
    y = year + delta
    return y if 1900 <= y <= 2025 else year - delta


# --- facts -------------------------------------------------------------------------------------


class _Names:
    """Distinct names: a name already given is drawn again (a few times) before it is reused."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def fresh(self, make: Any) -> str:
        for _ in range(6):
            name = make()
            if name not in self.used:
                break
        self.used.add(name)
        return name

    def org(self, sector: str) -> str:
        return self.fresh(lambda: f"{_word(self.rng)} {self.rng.choice(SECTORS[sector][0])}")

    def person(self) -> str:
        return self.fresh(lambda: _person(self.rng))

    def thing(self, noun: str) -> str:
        word = self.rng.choice(PRODUCT_WORDS) if self.rng.random() < 0.3 else _word(self.rng)
        version = self.rng.choice(("", "", str(self.rng.randint(1, 9)), f"{self.rng.choice('XSTM')}{self.rng.randint(1, 9)}00"))
        return f"{word} {version} {noun}" if version else f"{word} {noun}"


def _event(entity: str, actor: str, verb: str, obj: str, year: int, rng: random.Random,
           place: str | None = None, quantity: dict[str, Any] | None = None) -> dict[str, Any]:
    month = rng.randint(1, 12) if rng.random() < 0.4 else None
    return {"kind": "event", "entity": entity, "actor": actor, "verb": verb, "object": obj,
            "place": place, "year": year, "month": month, "quantity": quantity}


def _measure(entity: str, subject: str, key: str, year: int, rng: random.Random) -> dict[str, Any]:
    m = MEASURES[key]
    return {"kind": "measure", "entity": entity, "actor": subject, "verb": key, "object": None,
            "place": None, "year": year if m.dated else None, "month": None,
            "quantity": _draw_quantity(rng, m)}


def _org_parts(rng: random.Random, names: _Names, sector: str, org: str, others: list[str]) -> list[dict[str, Any]]:
    """Candidate facts about one organisation, founding first."""
    _, categories, facilities, fields, _ = SECTORS[sector]
    y0 = rng.randint(1900, 2015)
    later = lambda: rng.randint(min(y0 + 1, 2025), min(2025, y0 + 50))  # noqa: E731
    out = [_event(org, names.person(), "founded", org, y0, rng, place=rng.choice(CITIES))]
    products = []
    for _ in range(rng.randint(1, 3)):
        category = rng.choice(categories)
        obj = f"the {names.thing(category)}"
        products.append((obj, category))
        verb = rng.choice(PRODUCT_VERBS.get(sector, DEFAULT_PRODUCT_VERBS))
        out.append(_event(org, org, verb, obj, later(), rng))
    out.append(_event(org, org, "opened", f"the {_word(rng)} {rng.choice(facilities)}", later(), rng,
                      place=rng.choice(CITIES)))
    target = rng.choice(others) if others and rng.random() < 0.3 else names.org(sector)
    price = _quantity(_round(10 ** rng.uniform(0.7, 3.2)), "million", rng.choice(("dollars", "euros"))) \
        if rng.random() < 0.5 else None
    out.append(_event(org, org, "acquired", target, later(), rng, quantity=price))
    out.append(_event(org, org, "won", f"the {_word(rng)} {rng.choice(('Award', 'Prize'))} for {rng.choice(fields)}",
                      later(), rng))
    out.append(_measure(org, org, "employs", later(), rng))
    obj, category = rng.choice(products)
    if sector in SECTOR_MEASURE:
        out.append(_measure(org, org, SECTOR_MEASURE[sector], later(), rng))
    elif category in CATEGORY_MEASURE:
        out.append(_measure(org, obj, CATEGORY_MEASURE[category], later(), rng))
    else:
        out.append(_measure(org, org, "revenue", later(), rng))
    return out


def _person_parts(rng: random.Random, names: _Names, sector: str, person: str) -> list[dict[str, Any]]:
    """Candidate facts about one person of the sector's profession."""
    profession = SECTORS[sector][4]
    things, count = PROFESSIONS[profession]
    y0 = rng.randint(1900, 1995)
    later = lambda: rng.randint(y0, min(2025, y0 + 40))  # noqa: E731
    title = f"{rng.choice(TITLE_ADJ)} {rng.choice(TITLE_NOUN)}"
    field = rng.choice(SECTORS[sector][3])
    out = [
        _event(person, person, "won", f"the {_word(rng)} Medal for {field}", later(), rng),
        _event(person, person, "founded", names.org(sector), later(), rng, place=rng.choice(CITIES)),
        _measure(person, person, count, later(), rng),
    ]
    if profession == "scientist":
        out.append(_event(person, person, "discovered", f"the {_word(rng)} {rng.choice(things)}", later(), rng))
        out.append(_event(person, person, "published", f"the study {title}", later(), rng))
    elif profession == "author":
        out.append(_event(person, person, "published", f"the {rng.choice(things)} {title}", later(), rng))
        out.append(_event(person, person, "published", f"the essay {rng.choice(TITLE_NOUN)} Notes", later(), rng))
    elif profession == "architect":
        out.append(_event(person, person, "designed", f"the {_word(rng)} {rng.choice(things)}", later(), rng,
                          place=rng.choice(CITIES)))
    else:
        out.append(_event(person, person, "developed", f"the {_word(rng)} {rng.choice(things)}", later(), rng))
    return out


def statement(p: dict[str, Any]) -> str:
    """The sentence a fact (or a changed copy of it) says."""
    if p["kind"] == "measure":
        return _measure_text(MEASURES[p["verb"]].fact, p)
    price = f" for {p['quantity']['text']}" if p["quantity"] else ""
    place = f" in {p['place']}" if p["place"] else ""
    return f"{p['actor']} {p['verb']} {p['object']}{price}{place} in {_date(p)}."


def _measure_text(template: str, p: dict[str, Any]) -> str:
    s = p["actor"]
    return template.format(S=_cap(s), s=s, P=_cap(_poss(s)), q=p["quantity"]["text"], year=p["year"])


def _sources(rng: random.Random, p: dict[str, Any]) -> tuple[str, str]:
    entity = p["entity"]
    if rng.random() < 0.6 or p["kind"] == "measure":
        return entity, f"https://encyclopedia.example.org/wiki/{entity.replace(' ', '_')}"
    headline = f"{p['actor']} {VERBS[p['verb']][0]} {p['object'].removeprefix('the ')}"
    return headline, f"https://news.example.net/{p['year']}/{slug(headline)}"


def make_facts(n_facts: int, rng: random.Random, facts_per_article: int = FACTS_PER_ARTICLE) -> list[Fact]:
    """``n_facts`` atomic facts, grouped into articles of ``facts_per_article`` about one sector each."""
    names = _Names(rng)
    facts: list[Fact] = []
    sectors = list(SECTORS)
    n_articles = math.ceil(n_facts / facts_per_article)
    for a in range(n_articles):
        sector = rng.choice(sectors)
        article = f"{sector}-{a + 1:05d}"
        want = min(facts_per_article, n_facts - len(facts))
        taken: list[dict[str, Any]] = []
        orgs: list[str] = []
        while len(taken) < want:
            if rng.random() < 0.8:
                org = names.org(sector)
                candidates = _org_parts(rng, names, sector, org, orgs)
                orgs.append(org)
            else:
                candidates = _person_parts(rng, names, sector, names.person())
                for p in candidates:
                    p["person"] = True
            k = min(rng.randint(3, 7), len(candidates), want - len(taken))
            taken.extend(candidates[i] for i in sorted(rng.sample(range(len(candidates)), k)))
        seen: dict[str, int] = {}
        for p in taken:
            p["article"] = article
            head = slug(p["entity"]).split("-")[0]
            tail = p["verb"] if p["kind"] == "measure" else f"{p['verb']}-{'-'.join(slug(p['object']).split('-')[:3])}"
            fid = f"{article}-{head}-{tail}".replace("-the-", "-")
            seen[fid] = seen.get(fid, 0) + 1
            if seen[fid] > 1:
                fid = f"{fid}-{seen[fid]}"
            title, url = _sources(rng, p)
            facts.append({
                "id": fid, "statement": statement(p), "source_title": title, "source_url": url,
                "confidence": rng.choices(("high", "medium", "low"), (0.7, 0.25, 0.05))[0], "_parts": p,
            })
    return facts


# --- curated articles --------------------------------------------------------------------------

_PLAIN = re.compile(r"[A-Za-z][\w .,'()/%&:?=~-]*\Z")


def _yaml_str(s: str) -> str:
    """A YAML scalar that reads back as exactly ``s``: plain when safe, else single-quoted."""
    if _PLAIN.match(s) and ": " not in s and not s.endswith(":") and " #" not in s \
            and s.lower() not in {"yes", "no", "on", "off", "true", "false", "null", "y", "n"}:
        return s
    return "'" + s.replace("'", "''") + "'"


def _article_text(article: str, facts: Sequence[Fact], rng: random.Random) -> str:
    sector = article.rsplit("-", 1)[0]
    entities = list(dict.fromkeys(f["_parts"]["entity"] for f in facts))
    shown = entities[:3]
    title = f"{sector.capitalize()}: {', '.join(shown[:-1])} and {shown[-1]}" if len(shown) > 1 else \
        f"{sector.capitalize()}: {shown[0]}"
    day = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    out = [
        "---", f"id: {article}", f"title: {json.dumps(title, ensure_ascii=False)}", "schema_type: TechArticle", f"category: {sector}",
        "language: en", "confidence: high", f'last_verified: "{day}"', f'created_date: "{day}"',
        "generation_method: synthetic", "ai_models: []", "derived_from_human_seed: false",
        "conflict_of_interest: none_declared", "is_live_document: false", "data_period: static",
        "atomic_facts:",
    ]
    for f in facts:
        out += [f"  - id: {f['id']}", f"    statement: {_yaml_str(f['statement'])}",
                f"    source_title: {_yaml_str(f['source_title'])}",
                f"    source_url: {_yaml_str(f['source_url'])}", f"    confidence: {f['confidence']}"]
    out += [
        f"completeness: {rng.choice(('0.5', '0.6', '0.7', '0.8'))}", "known_gaps:",
        f"  - {_yaml_str(f'Later history of {entities[-1]} is not covered.')}",
        "disputed_statements: []", "primary_sources:",
        f"  - title: {_yaml_str(f'{shown[0]} annual reports')}",
        "    type: company_report", "    year: 2025",
        f"    url: https://reports.example.org/{slug(shown[0])}",
        "    institution: Company archive",
        "secondary_sources:", f"  - title: {sector.capitalize()} in the twentieth century",
        "    type: encyclopedia", "    year: 2024",
        f"    url: https://encyclopedia.example.org/wiki/{sector.capitalize()}",
        "    institution: Example Encyclopedia",
        f'updated: "{day}"', "---", "", "## TL;DR", "",
        f"{len(facts)} checkable facts about {len(entities)} {sector} organisations and people.", "",
        "## Core Explanation", "",
        "Each statement above is one checkable fact with its source. Quantities are given as the sources quote them.",
        "", "## Further Reading", "",
    ]
    out += [f"- [{e}](https://encyclopedia.example.org/wiki/{e.replace(' ', '_')})" for e in shown]
    return "\n".join(out) + "\n"


def iter_curated(facts: Sequence[Fact], facts_per_article: int = FACTS_PER_ARTICLE) -> Iterator[tuple[str, str]]:
    """(``curated/<article-id>.md``, text) per article: the article each fact was made for, or chunks."""
    rng = random.Random(len(facts))
    groups: dict[str, list[Fact]] = {}
    for i, f in enumerate(facts):
        article = f.get("_parts", {}).get("article") or f"synthetic-{i // facts_per_article + 1:05d}"
        groups.setdefault(article, []).append(f)
    for article, group in groups.items():
        yield f"curated/{article}.md", _article_text(article, group, rng)


def write_curated(facts: Sequence[Fact], out_dir: Path, facts_per_article: int = FACTS_PER_ARTICLE) -> int:
    """Write ``out_dir/curated/<article-id>.md`` in the schema of curated/*.md; returns bytes written.

    Facts from ``make_facts`` go to the article their id names; ``facts_per_article`` chunks
    facts that carry no article.
    """
    total = 0
    for rel, text in iter_curated(facts, facts_per_article):
        total += _write(Path(out_dir) / rel, text)
    return total


# --- raw notes ---------------------------------------------------------------------------------


def _mode(rng: random.Random) -> str:
    r = rng.random()
    return "restate" if r < SHARES[0][1] else "contradict" if r < SHARES[0][1] + SHARES[1][1] else "unverified"


def contradict(p: dict[str, Any], rng: random.Random, actors: Sequence[str]) -> dict[str, Any]:
    """A copy of the parts that disagrees with the fact on one checkable thing (``negated`` for a denial)."""
    q = dict(p)
    options = ["year"] if p["year"] else []
    if p["month"]:
        options += ["month", "month"]
    if p["quantity"]:
        options += ["quantity"] * (3 if p["kind"] == "measure" else 1)
    if p["kind"] == "event":
        options += ["actor", "negation"]
    what = rng.choice(options)
    if what == "year":
        q["year"] = _other_year(rng, p["year"])
    elif what == "month":
        q["month"] = rng.choice([m for m in range(1, 13) if m != p["month"]])
    elif what == "quantity":
        q["quantity"] = _other_quantity(rng, p["quantity"])
    elif what == "actor":
        founder = p["verb"] == "founded" or p.get("person")
        others = [a for a in actors if a != p["actor"] and a != p["object"]] if not founder else []
        q["actor"] = rng.choice(others) if others else _person(rng)
    else:
        q["negated"] = True
    return q


def restate(p: dict[str, Any], rng: random.Random) -> str:
    """The parts said in other words: passive, possessive, date first, a relative clause."""
    if p["kind"] == "measure":
        return _measure_text(rng.choice(MEASURES[p["verb"]].restate), p)
    present, base, participle, noun = VERBS[p["verb"]]
    a, o, d = p["actor"], p["object"], _date(p)
    price = f" for {p['quantity']['text']}" if p["quantity"] else ""
    place = f" in {p['place']}" if p["place"] else ""
    if p.get("negated"):
        return rng.choice((f"{a} never {p['verb']} {o}.", f"{a} did not {base} {o}{place}.",
                           f"Contrary to some accounts, {a} never {p['verb']} {o}."))
    forms = [
        f"In {d}, {a} {p['verb']} {o}{price}{place}.",
        f"{_cap(o)} was {participle} by {a}{price}{place} in {d}.",
        f"{_cap(o)}, which {a} {p['verb']}{price} in {d}, {rng.choice(TAILS)}.",
        f"Back in {d}, {a} {p['verb']} {o}{price}{place}, and the rest is history.",
    ]
    if noun:
        forms.append(f"{_poss(a)} {noun} of {o}{price}{place} came in {d}.")
    return rng.choice(forms)


def _timeline_event(p: dict[str, Any], rng: random.Random, with_month: bool) -> str:
    """``actor acts object`` in the present tense, for ``Year:`` and ``Month:`` lines."""
    if p["kind"] == "measure":  # the line's year is its date
        return _measure_text(MEASURES[p["verb"]].fact.replace(" in {year}", ""), p).rstrip(".")
    price = f" for {p['quantity']['text']}" if p["quantity"] else ""
    place = f" in {p['place']}" if p["place"] else ""
    month = f" in {MONTHS[p['month']]}" if with_month and p["month"] and rng.random() < 0.6 else ""
    return f"{p['actor']} {VERBS[p['verb']][0]} {p['object']}{price}{place}{month}"


class _Fields(dict):
    """What templates fill in, each drawn only when a template asks for it (``str.format_map``)."""

    def __init__(self, writer: _Writer) -> None:
        super().__init__()
        self.w = writer

    def __missing__(self, key: str) -> Any:
        w, rng = self.w, self.w.rng
        if key in ("A", "o", "base"):  # the actor, object and verb of one fact
            p = rng.choice(w.window)
            self.update(A=p["actor"], o=p["object"] or p["actor"], base=VERBS.get(p["verb"], ("", "change"))[1])
        elif key in ("year", "decade"):
            year = rng.randint(1950, 2025)
            self.update(year=year, decade=year // 10 * 10)
        else:
            self[key] = {
                "E": lambda: rng.choice(w.entities), "E2": w.new_org, "P2": lambda: _person(rng),
                "city": lambda: rng.choice(CITIES), "month": lambda: MONTHS[rng.randint(1, 12)],
                "n": lambda: _round(10 ** rng.uniform(1, 3.5)), "sector": lambda: w.sector,
                "blog": lambda: f"{_word(rng)} Notes", "letter": lambda: w.sector[0].upper(),
                "date": lambda: f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            }[key]()
        return self[key]


class _Writer:
    """Writes the blocks of one raw file about a window of consecutive facts."""

    def __init__(self, rng: random.Random, window: Sequence[Fact]) -> None:
        self.rng = rng
        self.window = [f["_parts"] for f in window]
        self.entities = list(dict.fromkeys(p["entity"] for p in self.window))
        self.actors = list(dict.fromkeys(  # organisations that act: the stand-ins for another actor
            p["actor"] for p in self.window if p["kind"] == "event" and p["verb"] != "founded" and not p.get("person")))
        self.dated = [p for p in self.window if p["year"]]
        self.people = {p["entity"] for p in self.window if p.get("person")}
        self.sector = self.window[0]["article"].rsplit("-", 1)[0]

    # what fills a claim slot

    def fields(self) -> _Fields:
        return _Fields(self)

    def new_org(self) -> str:
        return f"{_word(self.rng)} {self.rng.choice(SECTORS[self.sector][0])}"

    def unverified(self) -> str:
        f = self.fields()
        if self.rng.random() < 0.3:
            f["E"] = self.new_org()  # someone no fact is about
        return self.rng.choice(UNVERIFIED_PERSON if f["E"] in self.people else UNVERIFIED_ORG).format_map(f)

    def timeline_unverified(self, f: dict[str, Any]) -> str:
        return self.rng.choice(TIMELINE_UNVERIFIED_PERSON if f["E"] in self.people else TIMELINE_UNVERIFIED).format_map(f)

    def claim(self, mode: str) -> str:
        p = self.rng.choice(self.window)
        if mode == "restate":
            return restate(p, self.rng)
        if mode == "contradict":
            return restate(contradict(p, self.rng, self.actors), self.rng)
        return self.unverified()

    def line(self, templates: Sequence[str]) -> str:
        return self.rng.choice(templates).format_map(self.fields())

    # blocks: lists of lines

    def heading(self, depth: int = 2) -> list[str]:
        rng = self.rng
        text = rng.choice(HEADINGS) if rng.random() < 0.7 else rng.choice(self.entities)
        style = rng.random()
        if style < 0.6:
            return ["#" * depth + " " + text]
        if style < 0.75:
            return [text, ("=" if depth == 1 else "-") * len(text)]
        if style < 0.85:
            return [f"== {text} =="]
        return [text]

    def paragraph(self) -> list[str]:
        rng = self.rng
        sentences = [self.claim(_mode(rng)) for _ in range(rng.randint(1, 5))]
        if rng.random() < 0.25 and len(sentences) > 1:
            # one long sentence: two claims joined by a semicolon
            sentences[:2] = [f"{sentences[0].rstrip('.')}; {sentences[1]}"]
        if rng.random() < 0.2:
            sentences.insert(rng.randrange(len(sentences) + 1), self.line(ASIDES))
        text = " ".join(sentences)
        if rng.random() < 0.55:
            return textwrap.wrap(text, rng.randint(60, 80), break_on_hyphens=False, break_long_words=False)
        return [text]

    def bullets(self) -> list[str]:
        rng = self.rng
        mark = rng.choice(("-", "*", "-", "•"))
        out = []
        for _ in range(rng.randint(2, 6)):
            out.append(f"{mark} {self.claim(_mode(rng))}")
            if rng.random() < 0.15:
                out.append(f"  {mark} {self.claim(_mode(rng))}")
        return out

    def timeline_line(self, mode: str, year_only: bool = True) -> tuple[int, str]:
        rng = self.rng
        if mode == "unverified" or not self.dated:
            f = self.fields()
            return f["year"], f"{f['year']}: {self.timeline_unverified(f)}."
        p = rng.choice(self.dated)
        if mode == "contradict":
            p = contradict(p, rng, self.actors)
            if p.get("negated"):
                p = dict(p, negated=False, year=_other_year(rng, p["year"]))
        return p["year"], f"{p['year']}: {_timeline_event(p, rng, year_only)}."

    def timeline(self) -> list[str]:
        rows = [self.timeline_line(_mode(self.rng)) for _ in range(self.rng.randint(3, 8))]
        rows.sort(key=lambda r: r[0])
        out = []
        for _, line in rows:
            out.append(line)
            if self.rng.random() < 0.15:
                out.append(f"- {self.line(ASIDES) if self.rng.random() < 0.5 else self.claim('unverified')}")
        return out

    def year_block(self) -> list[str]:
        """A year heading over ``Month: event`` lines: the month lines take the heading's year."""
        rng = self.rng
        monthly = [p for p in self.dated if p["month"]] or self.dated
        if not monthly:
            return self.timeline()
        p = rng.choice(monthly)
        year = p["year"]
        lines: list[tuple[int, str]] = []
        mode = _mode(rng)
        if mode == "contradict" and p["month"]:
            q = dict(p, month=rng.choice([m for m in range(1, 13) if m != p["month"]]))
            lines.append((q["month"], f"{MONTHS[q['month']]}: {_timeline_event(q, rng, False)}."))
        elif mode == "restate" and p["month"]:
            lines.append((p["month"], f"{MONTHS[p['month']]}: {_timeline_event(p, rng, False)}."))
        for _ in range(rng.randint(1, 3)):
            f = self.fields()
            m = rng.randint(1, 12)
            lines.append((m, f"{MONTHS[m]}: {self.timeline_unverified(f)}."))
        lines.sort(key=lambda r: r[0])
        head = rng.choice((f"{year}", f"{year}: {rng.choice(self.entities)}", f"## {year}", f"{year}:"))
        return [head] + [line for _, line in lines]

    def table(self) -> list[str]:
        rng = self.rng
        events = [p for p in self.dated if p["kind"] == "event"]
        if not events:
            return self.bullets()
        header = rng.choice((("Who", "What", "When"), ("Company", "Event", "Year"), ("Name", "Milestone", "Date")))
        out = ["| " + " | ".join(header) + " |", "|" + "|".join(rng.choice(("---", ":---", "----:")) for _ in header) + "|"]
        for _ in range(rng.randint(2, 5)):
            p = rng.choice(events)
            mode = _mode(rng)
            if mode == "contradict":
                p = dict(contradict(p, rng, self.actors), negated=False)
            what = f"{p['verb']} {p['object']}"
            if mode == "unverified":
                what = rng.choice(("moved its headquarters", "changed its logo", "hired a new chief executive"))
            out.append(f"| {p['actor']} | {what} | {_date(p)} |")
        return out

    def front_matter(self, title: str) -> list[str]:
        rng = self.rng
        out = ["---", f"title: {json.dumps(title, ensure_ascii=False)}", f"url: https://{slug(_word(rng))}notes.example.com/posts/{slug(title)}"]
        if rng.random() < 0.8:
            out.append(f"date: {rng.randint(2015, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        if rng.random() < 0.7:
            out.append(f"author: {_person(rng)}")
        return out + ["---", ""]


FOLDERS = ("notes", "blog", "wiki", "clippings")


def _raw_file(i: int, rng: random.Random, facts: Sequence[Fact]) -> tuple[str, str]:
    start = rng.randrange(len(facts))
    w = _Writer(rng, facts[max(0, start - 10):start + rng.randint(5, 25)])
    kind = rng.choice(FOLDERS)
    e = rng.choice(w.entities)
    title = rng.choice((f"{e}: a short history", f"Notes on {e}", f"How {e} grew",
                        f"{w.sector.capitalize()} timeline -- notes", f"{e} at a glance",
                        f"What I learned about {e}"))
    s = slug(title)[:48].strip("-")
    if kind == "notes":
        rel = f"notes/{w.sector}/{i:05d}-{s}.{rng.choice(('txt', 'txt', 'md'))}"
    elif kind == "blog":
        rel = f"blog/{rng.randint(2015, 2026)}/{rng.randint(1, 12):02d}/{s}-{i}.md"
    elif kind == "wiki":
        rel = f"wiki/{slug(e)[:1] or 'x'}/{s}-{i}.md"
    else:
        rel = f"clippings/{w.sector}/{i:05d}-{s}.{rng.choice(('md', 'txt'))}"
    lines: list[str] = []
    if kind == "blog" or rng.random() < 0.2:
        lines += w.front_matter(title)
    if rel.endswith(".md"):
        lines += [f"# {title}"] if rng.random() < 0.8 else [title, "=" * len(title)]
    else:
        lines += [title, w.line(BOILERPLATE)] if rng.random() < 0.5 else [title]
    if kind == "wiki" and rng.random() < 0.7:
        lines += ["", f"Tags: {w.sector}, {slug(e)}, history"]
    lines.append("")
    target = rng.randint(15, 60)
    blocks = ((w.paragraph, 30), (w.bullets, 14), (w.timeline, 12), (w.year_block, 6), (w.table, 4),
              (lambda: w.heading(2) + [""] + w.paragraph(), 16), (lambda: [w.line(QUESTIONS)], 4),
              (lambda: [w.line(ASIDES)], 4), (lambda: [w.line(BOILERPLATE)], 2),
              (lambda: [f"https://encyclopedia.example.org/wiki/{rng.choice(w.entities).replace(' ', '_')}"], 3))
    makers, weights = zip(*blocks)
    while len(lines) < target:
        lines += rng.choices(makers, weights)[0]()
        lines.append("")
    if kind == "blog" and rng.random() < 0.7:
        lines += [w.line(CTAS), ""]
    if rng.random() < 0.4:
        lines += ["## References" if rel.endswith(".md") else "Sources", ""]
        lines += [f"- https://encyclopedia.example.org/wiki/{x.replace(' ', '_')}" for x in w.entities[:3]]
    if rng.random() < 0.3:
        lines += ["", f"Tags: {w.sector}, {slug(e)}"]
    text = "\n".join(lines).strip("\n") + "\n"
    return rel, re.sub(r"\n{3,}", "\n\n", text)


def iter_raw_files(n_files: int, facts: Sequence[Fact], rng: random.Random) -> Iterator[tuple[str, str]]:
    """(``raw``-relative path, text) for ``n_files`` notes, one at a time."""
    if not facts:
        raise ValueError("raw notes are written about facts: make some first")
    for i in range(n_files):
        yield _raw_file(i, rng, facts)


def make_raw_files(n_files: int, facts: Sequence[Fact], rng: random.Random) -> dict[str, str]:
    """``n_files`` raw notes and blog posts about the facts, keyed by path relative to ``raw/``."""
    return dict(iter_raw_files(n_files, facts, rng))


# --- corpus and pairs --------------------------------------------------------------------------


def _write(path: Path, text: str) -> int:
    data = text.encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return len(data)


def write_corpus(out_dir: Path, n_files: int, n_facts: int, seed: int = 0) -> dict[str, int]:
    """Write ``out_dir/raw/...`` and ``out_dir/curated/...``; returns the counts.

    Files of the same name are overwritten; nothing else in ``out_dir`` is touched.
    """
    out_dir = Path(out_dir)
    facts = make_facts(n_facts, random.Random(f"facts-{seed}"))
    total = articles = 0
    for rel, text in iter_curated(facts):
        total += _write(out_dir / rel, text)
        articles += 1
    for rel, text in iter_raw_files(n_files, facts, random.Random(f"raw-{seed}")):
        total += _write(out_dir / "raw" / rel, text)
    return {"files": n_files, "articles": articles, "facts": len(facts), "bytes": total}


def claims_and_facts(n_claims: int, n_facts: int, seed: int = 0) -> tuple[list[str], list[str]]:
    """Claim sentences (40% restating a fact, 15% contradicting one, 45% neither) and the fact statements."""
    rng = random.Random(f"pairs-{seed}")
    facts = make_facts(n_facts, rng)
    claims = []
    for _ in range(n_claims):
        start = rng.randrange(len(facts))
        claims.append(_Writer(rng, facts[max(0, start - 5):start + 5]).claim(_mode(rng)))
    return claims, [f["statement"] for f in facts]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, required=True, help="raw notes to write")
    parser.add_argument("--facts", type=int, required=True, help="curated atomic facts to write")
    parser.add_argument("--out", type=Path, required=True, help="folder for raw/ and curated/")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.files < 0 or args.facts < 1:
        parser.error("--facts must be at least 1 and --files at least 0")
    t0 = time.perf_counter()
    counts = write_corpus(args.out, args.files, args.facts, args.seed)
    print(f"{counts['files']} raw files, {counts['articles']} articles, {counts['facts']} facts, "
          f"{counts['bytes'] / 1e6:.1f} MB in {args.out} ({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
