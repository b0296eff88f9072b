"""pipeline.specifics: dates, quantities, versions, actors and polarity of one statement."""

from __future__ import annotations

import math

import pytest

from pipeline.specifics import (
    OPPOSITES,
    Actor,
    DateSpan,
    Quantity,
    Rank,
    find_actors,
    find_dates,
    find_quantities,
    find_ranks,
    find_versions,
    is_negated,
    negated_heads,
    negated_stems,
    profile,
    with_context,
)
from pipeline.text import normalize, stem


def dates(text: str) -> list[DateSpan]:
    return find_dates(normalize(text))[0]


def quantities(text: str) -> list[Quantity]:
    return find_quantities(normalize(text), [])[0]


def versions(text: str) -> dict[str, frozenset[str]]:
    return find_versions(normalize(text), [])[0]


# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Apollo 11 landed in 1969.", [DateSpan(1969, 1969)]),
        ("LLaMA was released in March 2023.", [DateSpan(2023, 2023, 3)]),
        ("Released in Mar. 2023.", [DateSpan(2023, 2023, 3)]),  # abbreviated month with a dot
        ("Apollo 11 landed on July 20, 1969.", [DateSpan(1969, 1969, 7)]),  # the day is below our precision
        ("GPT-4 came out on 2023-03-14.", [DateSpan(2023, 2023, 3)]),  # ISO date, month precision
        ("Llama 2 shipped 2023-07.", [DateSpan(2023, 2023, 7)]),
        ("Home computers spread in the 1980s.", [DateSpan(1980, 1989)]),  # a decade is ten years
        ("the 1980's", [DateSpan(1980, 1989)]),
        ("the deep learning boom of 2011\u20132019", [DateSpan(2011, 2019)]),  # en dash, normalised
        ("from 2011 to 2019", [DateSpan(2011, 2019)]),
        ("between 1967 and 1973", [DateSpan(1967, 1973)]),
        ("the 2011-19 period", [DateSpan(2011, 2019)]),  # two-digit end year takes the century
        ("The launch slipped to March.", [DateSpan(None, None, 3)]),  # month alone: no year yet
        ("It was announced in May.", [DateSpan(None, None, 5)]),
    ],
)
def test_find_dates(text: str, expected: list[DateSpan]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The model may fail on long inputs.",  # "may" the verb
        "May we ask a question.",  # capitalised verb at the start of the sentence
        "Over 2,000 researchers signed.",  # a count with a thousands comma
        "2000 researchers signed the letter.",  # a count of a plural noun
        "The kit costs 1999.50 dollars.",  # a decimal
        "Ticket 20234 was closed.",  # a longer number containing a year-like run
        "It has 1200 pages.",  # 1200 is outside the years we read (1500-2099)
    ],
)
def test_find_dates_ignores_numbers_that_are_not_years(text: str) -> None:
    assert dates(text) == []


def test_find_dates_returns_spans_in_text_order() -> None:
    text = "In March 1972, three years after 1969."
    found, spans = find_dates(text)
    assert found == [DateSpan(1972, 1972, 3), DateSpan(1969, 1969)]
    assert [text[a:b] for a, b in spans] == ["March 1972", "1969"]


def test_find_dates_range_span_includes_between() -> None:
    text = "It ran between 1967 and 1973."
    _, spans = find_dates(text)
    assert [text[a:b] for a, b in spans] == ["between 1967 and 1973"]


def test_find_dates_backwards_range_is_two_years() -> None:
    # "2019 to 2018" is not a range; each year still counts.
    assert dates("from 2019 to 2018") == [DateSpan(2019, 2019), DateSpan(2018, 2018)]


def test_find_dates_day_month_year_claims_the_day() -> None:
    text = "on 14 March 2023"
    assert find_dates(text) == ([DateSpan(2023, 2023, 3)], [(3, 16)])  # the whole "14 March 2023"


@pytest.mark.xfail(reason="a count range 'between 1500 and 2000 researchers' is read as the years "
                          "1500-2000, although '2000 researchers' alone is not a year", strict=True)
def test_find_dates_count_range_is_not_a_year_range() -> None:
    assert dates("Between 1500 and 2000 researchers signed the letter.") == []


@pytest.mark.parametrize(
    "span, label",
    [
        (DateSpan(2023, 2023, 3), "March 2023"),
        (DateSpan(2011, 2019), "2011-2019"),
        (DateSpan(None, None, 5), "May"),
        (DateSpan(1969, 1969), "1969"),
    ],
)
def test_datespan_label(span: DateSpan, label: str) -> None:
    assert span.label() == label


# --- with_context ------------------------------------------------------------------------


Y2023 = DateSpan(2023, 2023)


@pytest.mark.parametrize(
    "found, context, expected",
    [
        ([DateSpan(None, None, 3)], [Y2023], [DateSpan(2023, 2023, 3)]),  # month takes the heading's year
        ([DateSpan(2019, 2019)], [Y2023], [DateSpan(2019, 2019)]),  # its own year wins
        ([], [Y2023], [Y2023]),  # an undated line under a year heading is about that year
        ([DateSpan(None, None, 3)], [], [DateSpan(None, None, 3)]),  # no context: unchanged
        ([DateSpan(None, None, 3)], [DateSpan(None, None, 1)], [DateSpan(None, None, 3)]),  # month-only context
        ([DateSpan(None, None, 3)], [DateSpan(2011, 2019)], [DateSpan(2011, 2019, 3)]),  # a range heading
        ([DateSpan(None, None, 3)], [DateSpan(2019, 2019), Y2023], [DateSpan(2023, 2023, 3)]),  # innermost
    ],
)
def test_with_context(found: list[DateSpan], context: list[DateSpan], expected: list[DateSpan]) -> None:
    assert with_context(found, context) == expected


# --- quantities --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("over 1,000 researchers", 1000, math.inf, "research"),  # "over": a lower bound
        ("more than 50 countries", 50, math.inf, stem("countries")),
        ("at least 3 engines", 3, math.inf, stem("engines")),
        ("less than 10 people", -math.inf, 10, stem("people")),  # an upper bound
        ("up to 8 GPUs", -math.inf, 8, stem("GPUs")),
        ("about 842 pounds", 757.8, 926.2, "pound"),  # "about": +-10%
        ("176 billion parameters", 176e9, 176e9, stem("parameters")),
        ("2.5 million users", 2.5e6, 2.5e6, "user"),
        ("a 7B model", 7e9, 7e9, "model"),  # B suffix: billions
        ("a $1.5bn deal", 1.5e9, 1.5e9, "deal"),
        ("fourteen astronauts", 14, 14, "astronaut"),  # number words count
        ("a dozen eggs", 12, 12, "egg"),
        ("45% of users", 45, 45, "%"),
        ("45 percent of users", 45, 45, "%"),
        ("12.5 per cent", 12.5, 12.5, "%"),
        ("1,000 of them", 1000, 1000, ""),  # a stop word is no unit
    ],
)
def test_find_quantities(text: str, low: float, high: float, unit: str) -> None:
    (q,) = quantities(text)
    assert (q.low, q.high, q.unit) == (pytest.approx(low), pytest.approx(high), unit)


def test_find_quantities_keeps_the_wording() -> None:
    (q,) = quantities("Over 1,000 researchers signed.")
    assert q.text == "Over 1,000 researchers"


def test_find_quantities_span_leaves_the_unit_word_out() -> None:
    # The counted noun is content ("researchers"), so the span stops before it.
    text = "over 1,000 researchers"
    _, spans = find_quantities(text, [])
    assert [text[a:b] for a, b in spans] == ["over 1,000 "]


def test_find_quantities_one_counts_nothing() -> None:
    assert quantities("one of the first rockets") == []


def test_find_quantities_skip_years_and_versions() -> None:
    text = "In 1969 Apollo 11 carried 3 astronauts."
    _, date_spans = find_dates(text)
    _, version_spans = find_versions(text, date_spans)
    found, _ = find_quantities(text, date_spans + version_spans)
    assert [(q.low, q.unit) for q in found] == [(3, "astronaut")]


def test_find_quantities_without_skip_sees_every_number() -> None:
    # The contrast to the test above: the skip spans are what keep years out.
    found, _ = find_quantities("In 1969 Apollo 11 carried 3 astronauts.", [])
    assert [q.low for q in found] == [1969, 11, 3]


def test_quantity_overlaps() -> None:
    over_1000 = Quantity(1000, math.inf, "research", "")
    about_1100 = Quantity(990, 1210, "research", "")
    exactly_500 = Quantity(500, 500, "research", "")
    assert over_1000.overlaps(about_1100)
    assert not over_1000.overlaps(exactly_500)


# --- versions ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Meta released Llama 2.", {"llama": {"2"}}),
        ("GPT-4 is multimodal.", {"gpt": {"4"}}),
        ("GPT-3.5 Turbo", {"gpt": {"3.5"}}),
        ("Mistral 7B is small.", {"mistral": {"7b"}}),  # the size tag names the model
        ("the first LLaMA", {"llama": {"1"}}),  # an ordinal is a version
        ("the second Apollo", {"apollo": {"2"}}),
        ("in version 1.0", {"version": {"1.0"}}),
        ("Python v3.12", {"python": {"3.12"}, "version": {"3.12"}}),  # "v" is dropped; "v3.12" also says version
        ("Apollo 11 and Apollo 13", {"apollo": {"11", "13"}}),
        ("In March 2023 it shipped.", {}),  # month names are not products
        ("Over 1,000 researchers", {}),  # stop words are not products, and 1,000 is a count
        ("Meta released LLaMA.", {}),
    ],
)
def test_find_versions(text: str, expected: dict[str, set[str]]) -> None:
    assert versions(text) == {k: frozenset(v) for k, v in expected.items()}


def test_find_versions_span_is_the_number() -> None:
    text = "Meta released Llama 2."
    _, spans = find_versions(text, [])
    assert [text[a:b] for a, b in spans] == ["2"]


def test_find_versions_skips_dates() -> None:
    text = "Summer 2023 was hot."
    _, date_spans = find_dates(text)
    assert find_versions(text, date_spans)[0] == {}


def test_find_versions_sentence_initial_approximation_is_a_quantity() -> None:
    p = profile("Roughly 300 engineers built the guidance computer.")
    assert p.versions == {}
    assert [(q.low, q.high, q.unit) for q in p.quantities] == [(pytest.approx(270), pytest.approx(330), "engin")]


# --- actors ------------------------------------------------------------------------------


def actor(name: str, predicate: str) -> Actor:
    return Actor(name, frozenset(stem(w) for w in name.split() if w.lower() != "of"), predicate)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Google released TensorFlow in 2015.", [actor("Google", "release")]),
        ("OpenAI built GPT-4.", [actor("OpenAI", "create")]),  # built and developed are one class
        ("OpenAI developed GPT-4.", [actor("OpenAI", "create")]),
        ("Apple acquired Siri in 2010.", [actor("Apple", "acquire")]),
        ("GPT-J was developed by EleutherAI.", [actor("EleutherAI", "create")]),  # "by X" with the verb before it
        ("AlexNet was designed by the University of Toronto.", [actor("University of Toronto", "create")]),
        ("Google's release of TensorFlow", [actor("Google", "release")]),
        ("Meta's LLaMA was released in 2023.", [actor("Meta", "release")]),
        ("2019: Google released TensorFlow 2.0.", [actor("Google", "release")]),  # after a date prefix
        ("March 2023: Meta released LLaMA.", [actor("Meta", "release")]),
        ("March: Meta releases LLaMA 1", [actor("Meta", "release")]),
    ],
)
def test_find_actors(text: str, expected: list[Actor]) -> None:
    assert find_actors(normalize(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "TensorFlow was popular.",  # "was" is no action
        "GPT-4 is a large model.",
        "The model was released in 2023.",  # passive with no agent
        "It was done by the end of 2019.",  # "by the end" names no one
    ],
)
def test_find_actors_none(text: str) -> None:
    assert find_actors(text) == []


def test_find_actors_by_a_month_is_a_deadline_not_an_agent() -> None:
    assert find_actors("LLaMA was released by March 2023.") == []


# --- polarity ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Apollo 13 never reached the Moon.", {"reach", "moon"}),
        ("GPT-4 wasn't open-sourced.", {"open", stem("sourced")}),
        ("The launch did not happen, and the crew went home.", {"happen"}),  # scope ends at the comma
        ("The rocket did not explode but the crew landed.", {stem("explode")}),  # ... and at "but"
        ("The team never actually reached lunar orbit around the Moon.", {"reach", "lunar", "orbit"}),  # 3 words
        ("Apollo 11 landed on the Moon.", set()),
    ],
)
def test_negated_stems(text: str, expected: set[str]) -> None:
    assert negated_stems(text) == frozenset(expected)


def test_negated_stems_not_only_denies_nothing() -> None:
    assert negated_stems("GPT-4 is not only accurate but also fast.") == frozenset()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Apollo 13 never landed.", True),
        ("It did not land.", True),
        ("It didn't land.", True),
        ("It cannot land.", True),
        ("No crew survived.", True),
        ("Nothing was found.", True),
        ("Notably, it landed.", False),  # "not" inside a word
        ("The knot held.", False),
        ("It won a Nobel prize.", False),
        ("Nonetheless it landed.", False),
    ],
)
def test_is_negated(text: str, expected: bool) -> None:
    assert is_negated(text) is expected


# --- profile -----------------------------------------------------------------------------


def test_profile_keeps_dates_and_quantities_out_of_stems() -> None:
    p = profile("Meta released Llama 2 in July 2023 with 70 billion parameters.")
    assert p.dates == (DateSpan(2023, 2023, 7),)
    assert [(q.low, q.unit) for q in p.quantities] == [(70e9, stem("parameters"))]
    assert {"2023", "juli", "70"}.isdisjoint(p.stems)
    assert {"meta", "releas", stem("parameters")} <= p.stems


def test_profile_versioned_name_is_an_anchor() -> None:
    p = profile("Meta released Llama 2 in July 2023.")
    assert p.versions == {"llama": frozenset({"2"})}
    assert "llama#2" in p.anchors  # LLaMA 1 and Llama 2 are different things
    assert "llama#2" in p.stems
    assert "llama" in p.anchors


def test_profile_context_dates_fill_the_year() -> None:
    p = profile("March: Meta releases LLaMA 1", [DateSpan(2023, 2023)])
    assert p.dates == (DateSpan(2023, 2023, 3),)
    assert "llama#1" in p.anchors


def test_profile_normalises_text_and_drops_urls() -> None:
    p = profile("Meta\u2019s LLaMA (see https://example.com/2019/llama) shipped.")
    assert p.dates == ()  # the 2019 in the URL is no date
    assert p.text.startswith("Meta's LLaMA")


def test_profile_polarity() -> None:
    p = profile("Apollo 13 never landed on the Moon.")
    assert p.negated
    assert {"land", "moon"} <= p.denied
    assert not profile("Apollo 11 landed on the Moon.").negated


def test_profile_places_follow_locative_prepositions() -> None:
    p = profile("Apollo 11 launched from Florida.")
    assert "florida" in p.places
    assert "apollo" not in p.places


def test_profile_count_of_a_plural_noun_is_a_quantity_not_a_year() -> None:
    p = profile("2000 researchers signed the letter.")
    assert p.dates == ()
    assert [(q.low, q.unit) for q in p.quantities] == [(2000, "research")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lightning first flew on July 15th, 2006.", [DateSpan(2006, 2006, 7)]),
        ("born on February 10 , 1894", [DateSpan(1894, 1894, 2)]),
        ("born on the 22nd of November 1948", [DateSpan(1948, 1948, 11)]),
        ("He was born on May 5 and died", [DateSpan(None, None, 5)]),  # the day is no number
    ],
)
def test_find_dates_days_belong_to_their_month(text: str, expected: list[DateSpan]) -> None:
    assert find_dates(normalize(text))[0] == expected
    assert profile(text).quantities == ()


@pytest.mark.parametrize("text", ["The F-35 first flew", "an A380 landed", "the 1st Earl of Stockton"])
def test_designations_and_ordinals_are_not_quantities(text: str) -> None:
    assert profile(text).quantities == ()


def test_find_ranks() -> None:
    assert find_ranks("her second studio album and the 3rd single") == (
        Rank(2, frozenset({"studio", "album"}), "second studio album"),
        Rank(3, frozenset({"singl"}), "3rd single"),
    )


@pytest.mark.parametrize(
    "text",
    ["Cruz refused to model for Mango.", "She declined to run.", "He has yet to appear on TV.",
     "They failed to reach orbit.", "He stayed away from politics."],
)
def test_implicit_negation(text: str) -> None:
    assert is_negated(text)
    assert negated_heads(text)


def test_opposites_are_symmetric_stems() -> None:
    assert "worst" in OPPOSITES["greatest"] and "greatest" in OPPOSITES["worst"]
    assert all(a in OPPOSITES[b] for a, bs in OPPOSITES.items() for b in bs)
