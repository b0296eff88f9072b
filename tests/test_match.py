"""pipeline.match: candidate search over the fact index, and the verdict with its reason."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.match import RULES, FactIndex, Thresholds, compare_dates, compare_quantities, verify, verify_pair
from pipeline.model import Claim, Fact
from pipeline.specifics import DateSpan, Quantity, profile


def _fact(fact_id: str, statement: str, article: str = "kb") -> Fact:
    return Fact(fact_id, statement, "", "", "high", article)


FACTS = [
    _fact("owm-llama-1", "Meta released the first LLaMA model in February 2023."),
    _fact("owm-llama-2", "Meta released Llama 2 in July 2023."),
    _fact("owm-eleuther-founded", "EleutherAI was formed in 2020 as a grassroots collective of researchers."),
    _fact("owm-gpt-j", "The GPT-J and GPT-NeoX models were developed by EleutherAI."),
    _fact("owm-bloom-size", "BLOOM has 176 billion parameters."),
    _fact("owm-bigscience-people",
          "The BigScience project brought together more than 1,000 researchers to build BLOOM."),
    _fact("clip", "OpenAI released the CLIP image-text model in 2021."),
    _fact("apollo-8", "Apollo 8 orbited the Moon in December 1968.", "space"),
    _fact("blue-origin", "Jeff Bezos founded Blue Origin in 2000.", "space"),
    _fact("spacex-f9", "SpaceX first launched Falcon 9 in 2010.", "space"),
    _fact("eiffel", "The Eiffel Tower was completed in March 1889.", "places"),
    _fact("everest", "Mount Everest is 8,849 metres tall.", "places"),
    _fact("great-wall", "The Great Wall of China is not visible from the Moon with the naked eye.", "places"),
    _fact("berlin-wall", "The Berlin Wall fell in November 1989.", "history"),
    _fact("curie", "Marie Curie won the Nobel Prize in Chemistry in 1911.", "history"),
    _fact("model-t", "Ford built the Model T in 1908.", "history"),
    _fact("telephone", "Alexander Graham Bell patented the telephone in 1876.", "history"),
    _fact("python", "Guido van Rossum created the Python programming language.", "computing"),
]
BY_ID = {f.fact_id: f for f in FACTS}


@pytest.fixture(scope="module")
def index() -> FactIndex:
    return FactIndex(FACTS)


def _claim(text: str, date_context: str = "", claim_id: str = "c1") -> Claim:
    return Claim(claim_id, "notes/a.md", 1, 0, len(text), text, "", date_context)


# --- supported -----------------------------------------------------------------------------

SUPPORTED = [
    # passive in the fact, active in the claim
    ("EleutherAI developed the GPT-J and GPT-NeoX models.", "", "owm-gpt-j"),
    # possessive: "Meta's release of" for "Meta released"
    ("Meta's release of Llama 2 came in July 2023.", "", "owm-llama-2"),
    # "over 1,000" and "more than 1,000" allow the same counts
    ("BigScience brought together over 1,000 researchers to build BLOOM.", "", "owm-bigscience-people"),
    ("BLOOM has 176B parameters.", "", "owm-bloom-size"),  # 176B = 176 billion
    ("The Eiffel Tower was completed in 1889.", "", "eiffel"),  # the year agrees with March 1889
    ("In 1911, Marie Curie won the Nobel Prize in Chemistry.", "", "curie"),
    ("Python was created by Guido van Rossum.", "", "python"),
    ("Apollo 8 orbited the Moon in 1968.", "", "apollo-8"),
    ("Mount Everest is about 8,850 metres tall.", "", "everest"),  # "about" allows +-10%
    ("Llama 2 was released by Meta in July 2023.", "", "owm-llama-2"),
    ("The first LLaMA model was released by Meta in February 2023.", "", "owm-llama-1"),
    # a timeline entry under a "2023" heading: July gets the year 2023
    ("July: Meta releases Llama 2", "2023", "owm-llama-2"),
]


@pytest.mark.parametrize("text, date_context, fact_id", SUPPORTED)
def test_supported(index: FactIndex, text: str, date_context: str, fact_id: str) -> None:
    [m] = verify([_claim(text, date_context)], index)
    assert (m.verdict, m.fact_id) == ("supported", fact_id), m.reason
    assert fact_id in m.reason


@pytest.mark.parametrize("text, date_context, fact_id", [c for c in SUPPORTED if not c[1]])
def test_supported_pair(text: str, date_context: str, fact_id: str) -> None:
    m = verify_pair(text, BY_ID[fact_id].statement)
    assert m.verdict == "supported", m.reason


# --- contradicted --------------------------------------------------------------------------

CONTRADICTED = [
    ("EleutherAI was formed in 2019.", "", "owm-eleuther-founded", ["year", "2019", "2020"]),
    # the month comes from the claim, the year from its timeline heading
    ("March: Meta releases LLaMA 1", "2023", "owm-llama-1", ["month", "March", "February"]),
    ("BLOOM has 175 billion parameters.", "", "owm-bloom-size", ["number", "175 billion", "176 billion"]),
    ("Apollo 8 did not orbit the Moon.", "", "apollo-8", ["polarity", "orbit"]),
    ("CLIP was released by Meta AI.", "", "clip", ["actor", "Meta AI", "OpenAI"]),
    ("The Berlin Wall fell in 1991.", "", "berlin-wall", ["1991", "1989"]),
    ("Mount Everest is 9,849 metres tall.", "", "everest", ["9,849", "8,849"]),
    # the fact denies what the claim asserts
    ("The Great Wall of China is visible from the Moon with the naked eye.", "", "great-wall", ["polarity"]),
    ("The Model T was built by General Motors.", "", "model-t", ["actor", "General Motors", "Ford"]),
    ("Marie Curie won the Nobel Prize in Chemistry in 1903.", "", "curie", ["1903", "1911"]),
    ("Alexander Graham Bell patented the telephone in 1877.", "", "telephone", ["1877", "1876"]),
    ("The BigScience project brought together fewer than 100 researchers to build BLOOM.", "",
     "owm-bigscience-people", ["number", "100", "1,000"]),
    ("Meta released Llama 2 in June 2023.", "", "owm-llama-2", ["month", "June", "July"]),
    ("Apollo 8 orbited the Moon in the 1970s.", "", "apollo-8", ["1970-1979", "1968"]),
    ("Mount Everest is over 9,000 metres tall.", "", "everest", ["over 9,000", "8,849"]),
    ("SpaceX first launched Falcon 9 in 2012.", "", "spacex-f9", ["2012", "2010"]),
    ("Apollo 8 never reached the Moon.", "", "apollo-8", ["polarity"]),
    # a timeline line with its year in front
    ("2019: EleutherAI forms as a grassroots collective of researchers", "", "owm-eleuther-founded",
     ["2019", "2020"]),
]


LEXICAL_LIMIT = pytest.mark.xfail(
    reason="needs lexical semantics: orbiting the Moon implies reaching it; string rules see another verb",
    strict=True)

# Contradictions that no string rule can see (a known limit, tracked for the semantic stage).
LEXICAL_MISSES = {"Apollo 8 never reached the Moon."}


@pytest.mark.parametrize("text, date_context, fact_id, words", [
    pytest.param(*c, marks=LEXICAL_LIMIT) if c[0] in LEXICAL_MISSES else c for c in CONTRADICTED])
def test_contradicted(index: FactIndex, text: str, date_context: str, fact_id: str, words: list[str]) -> None:
    [m] = verify([_claim(text, date_context)], index)
    assert (m.verdict, m.fact_id) == ("contradicted", fact_id), m.reason
    for w in [*words, fact_id]:
        assert w in m.reason




@pytest.mark.parametrize("text, date_context, fact_id, words", [
    pytest.param(*c, marks=LEXICAL_LIMIT) if c[0] in LEXICAL_MISSES else c
    for c in CONTRADICTED if not c[1]])
def test_contradicted_pair(text: str, date_context: str, fact_id: str, words: list[str]) -> None:
    m = verify_pair(text, BY_ID[fact_id].statement)
    assert (m.verdict, m.fact_id) == ("contradicted", "fact"), m.reason
    for w in words:
        assert w in m.reason


def test_contradiction_reason_names_years_and_fact(index: FactIndex) -> None:
    [m] = verify([_claim("EleutherAI was formed in 2019.")], index)
    assert m.verdict == "contradicted"
    assert m.reason == "year 2019 vs 2020 in owm-eleuther-founded"


def test_unrelated_fact_does_not_change_verdict() -> None:
    fact = _fact("owm-eleuther-founded", FACTS[2].statement)
    octopus = _fact("octopus", "Octopuses have three hearts.")
    claim = _claim("EleutherAI was formed in 2019.")
    with_unrelated = verify([claim], FactIndex([fact, octopus]))
    assert with_unrelated[0].verdict == "contradicted"
    [alone] = verify([claim], FactIndex([fact]))
    # the score moves with the IDF of a bigger index; the verdict and its reason must not
    assert (alone.verdict, alone.fact_id, alone.reason) == (
        with_unrelated[0].verdict, with_unrelated[0].fact_id, with_unrelated[0].reason)


# --- unverified, and what must not be contradicted -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Octopuses have three hearts.",  # no fact shares a content word
        "The model was popular with hobbyists.",  # shares only the common word "model"
        "The Eiffel Tower is in Paris.",  # same thing, nothing checkable said about it
    ],
)
def test_unverified(index: FactIndex, text: str) -> None:
    [m] = verify([_claim(text)], index)
    assert m.verdict == "unverified", m.reason
    assert m.fact_id == ""


def test_unverified_without_candidates_says_so(index: FactIndex) -> None:
    [m] = verify([_claim("Octopuses have three hearts.")], index)
    assert (m.verdict, m.fact_id, m.score) == ("unverified", "", 0.0)
    assert "no curated fact" in m.reason


def test_empty_index() -> None:
    [m] = verify([_claim("Apollo 8 orbited the Moon in December 1968.")], FactIndex([]))
    assert (m.verdict, m.fact_id) == ("unverified", "")


NOT_CONTRADICTED = [
    # another version of the same name is another thing
    ("Meta released Llama 3 in 2024.", "owm-llama-2"),
    ("Meta released Llama 2 in 2023.", "owm-llama-1"),
    # another event of the same entity: its date is no conflict
    ("In 2015 Blue Origin landed a rocket.", "blue-origin"),
    ("SpaceX was founded in 2002.", "spacex-f9"),
    # numbers counting different things
    ("BLOOM was trained on 46 natural languages.", "owm-bloom-size"),
    # true negative statements: another action on the same object, the same action on another object
    ("Apollo 8 did not land on the Moon.", "apollo-8"),
    ("Jeff Bezos did not found SpaceX.", "blue-origin"),
]


@pytest.mark.parametrize("text, fact_id", NOT_CONTRADICTED)
def test_not_contradicted(index: FactIndex, text: str, fact_id: str) -> None:
    [m] = verify([_claim(text)], index)
    assert m.verdict != "contradicted", m.reason
    assert verify_pair(text, BY_ID[fact_id].statement).verdict != "contradicted"


def test_version_claim_is_not_judged_by_other_version() -> None:
    # with only Llama 2 known, a Llama 3 claim is neither supported nor contradicted by it
    m = verify_pair("Meta released Llama 3 in 2024.", "Meta released Llama 2 in July 2023.")
    assert m.verdict == "unverified"


def test_actor_conflict_on_common_noun(index: FactIndex) -> None:
    [m] = verify([_claim("The telephone was patented by Thomas Edison in 1876.")], index)
    assert (m.verdict, m.fact_id) == ("contradicted", "telephone"), m.reason


# --- several claims at once ----------------------------------------------------------------


def test_verify_keeps_claim_order_and_ids(index: FactIndex) -> None:
    claims = [
        _claim("BLOOM has 175 billion parameters.", claim_id="x1"),
        _claim("Octopuses have three hearts.", claim_id="x2"),
        _claim("Meta released Llama 2 in July 2023.", claim_id="x3"),
    ]
    matches = verify(claims, index)
    assert [(m.claim_id, m.verdict) for m in matches] == [
        ("x1", "contradicted"), ("x2", "unverified"), ("x3", "supported")]


def test_conflict_outweighs_agreement_elsewhere(index: FactIndex) -> None:
    # right about the release, wrong about the size: one wrong part makes the claim wrong
    [m] = verify([_claim("BigScience released the BLOOM language model, which has 175 billion parameters.")], index)
    assert (m.verdict, m.fact_id) == ("contradicted", "owm-bloom-size"), m.reason


# --- candidates ----------------------------------------------------------------------------


def test_candidates_share_a_content_word(index: FactIndex) -> None:
    got = index.candidates(profile("BLOOM was popular."), 20)
    assert sorted(FACTS[i].fact_id for i in got) == ["owm-bigscience-people", "owm-bloom-size"]


@pytest.mark.parametrize("text", ["Octopuses have three hearts.", "It was the one of them and in it.", ""])
def test_candidates_none(index: FactIndex, text: str) -> None:
    assert index.candidates(profile(text), 20) == []  # stop words are not content


def test_candidates_best_first_and_at_most_k(index: FactIndex) -> None:
    p = profile("Meta released Llama 2 in July 2023.")
    got = index.candidates(p, 20)
    assert FACTS[got[0]].fact_id == "owm-llama-2"
    assert index.candidates(p, 1) == got[:1]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(
    "Meta released BLOOM Apollo Moon the model EleutherAI researchers in 2020 176 billion was not by "
    "Octopus Ford tower Paris Curie telephone Llama 2 first of".split()), max_size=12))
def test_candidates_and_scores_property(words: list[str]) -> None:
    index = FactIndex(FACTS)
    text = " ".join(words)
    p = profile(text)
    for i in index.candidates(p, 20):
        assert index.profiles[i].stems & p.stems
    [m] = verify([_claim(text)], index)
    assert 0.0 <= m.score <= 1.0
    assert m.verdict in ("supported", "contradicted", "unverified")
    assert (m.fact_id == "") == (m.verdict == "unverified")


@pytest.mark.parametrize("text", [c[0] for c in SUPPORTED + CONTRADICTED])
def test_score_within_unit_interval(index: FactIndex, text: str) -> None:
    [m] = verify([_claim(text)], index)
    assert 0.0 <= m.score <= 1.0


# --- compare_dates / compare_quantities ----------------------------------------------------


def Y(lo: int, hi: int | None = None, month: int | None = None) -> DateSpan:
    return DateSpan(lo, lo if hi is None else hi, month)


@pytest.mark.parametrize(
    "claim, fact, expected",
    [
        ([Y(2019)], [Y(2020)], (["year 2019 vs 2020"], [])),
        ([Y(2023, month=3)], [Y(2023, month=2)], (["month March 2023 vs February 2023"], [])),
        ([Y(2023)], [Y(2023, month=2)], ([], ["date February 2023"])),  # a year agrees with its months
        ([Y(1960, 1969)], [Y(1968, month=12)], ([], ["date December 1968"])),  # the 1960s hold 1968
        ([Y(2019, 2021)], [Y(2020)], ([], ["date 2020"])),
        ([Y(2019), Y(2020)], [Y(2020)], ([], ["date 2020"])),  # one of the claim's years agrees
        ([Y(1950, 1959)], [Y(1968)], (["year 1950-1959 vs 1968"], [])),
        # a month with no year is compared with the fact's months
        ([DateSpan(None, None, 3)], [Y(2023, month=2)], (["month March vs February 2023"], [])),
        ([DateSpan(None, None, 2)], [Y(2023, month=2)], ([], ["month February"])),
        ([DateSpan(None, None, 3)], [Y(2023)], ([], [])),  # the fact has no month: unchecked
        ([], [Y(2023)], ([], [])),
        ([Y(2023)], [], ([], [])),
    ],
)
def test_compare_dates(claim, fact, expected) -> None:
    assert compare_dates(claim, fact) == expected


INF = math.inf


@pytest.mark.parametrize(
    "claim, fact, expected",
    [
        ([Quantity(175e9, 175e9, "paramet", "175 billion parameters")],
         [Quantity(176e9, 176e9, "paramet", "176 billion parameters")],
         (["number 175 billion parameters vs 176 billion parameters"], [])),
        ([Quantity(1000, INF, "research", "over 1,000 researchers")],
         [Quantity(1000, INF, "research", "more than 1,000 researchers")],
         ([], ["number more than 1,000 researchers"])),
        # "about 1,050" (945..1155) fits inside "more than 1,000"
        ([Quantity(945, 1155, "research", "about 1,050 researchers")],
         [Quantity(1000, INF, "research", "more than 1,000 researchers")],
         ([], ["number more than 1,000 researchers"])),
        ([Quantity(-INF, 100, "research", "fewer than 100 researchers")],
         [Quantity(1000, INF, "research", "more than 1,000 researchers")],
         (["number fewer than 100 researchers vs more than 1,000 researchers"], [])),
        # different units count different things
        ([Quantity(46, 46, "languag", "46 languages")],
         [Quantity(176e9, 176e9, "paramet", "176 billion parameters")], ([], [])),
        # one number each, one of them without a unit: compared
        ([Quantity(8, 8, "", "8")], [Quantity(9, 9, "crew", "9 crew")], (["number 8 vs 9 crew"], [])),
        # several numbers without units: nothing to pair them by
        ([Quantity(8, 8, "", "8"), Quantity(3, 3, "", "3")], [Quantity(9, 9, "crew", "9 crew")], ([], [])),
        ([], [Quantity(9, 9, "crew", "9 crew")], ([], [])),
    ],
)
def test_compare_quantities(claim, fact, expected) -> None:
    assert compare_quantities(claim, fact) == expected


# --- typed conflicts and entailment, pairwise (as on FEVER) ---------------------------------

PAIR_CONFLICTS = [
    ("rank", "ranks", "I Kissed a Girl is on Katy Perry's second studio album.",
     "I Kissed a Girl is a song by Katy Perry from her first studio album, One of the Boys."),
    ("opposite", "opposites", "The American Film Institute ranked Bogart the worst male star of classic cinema.",
     "In 1999, the American Film Institute ranked Bogart the greatest male star of classic cinema."),
    ("polarity", "polarity", "Penelope Cruz refused to model for Loreal.",  # an implicit "not"
     "Penelope Cruz has modelled for Mango, Ralph Lauren and Loreal."),
    ("month", "dates", "Avenged Sevenfold was released in March.",
     "Avenged Sevenfold is the fourth studio album by the band, released on October 30, 2007."),
]


@pytest.mark.parametrize("kind, rule, claim, fact", PAIR_CONFLICTS)
def test_verify_pair_typed_conflict(kind: str, rule: str, claim: str, fact: str) -> None:
    m = verify_pair(claim, fact)
    assert m.verdict == "contradicted" and m.reason.startswith(kind), m.reason
    # and the conflict is that rule's doing: without it the pair is not contradicted
    off = verify_pair(claim, fact, Thresholds(rules=RULES - {rule}))
    assert off.verdict != "contradicted", off.reason


@pytest.mark.parametrize(
    "claim, fact",
    [
        # the fact states everything the claim says, and more
        ("Gin derives its flavour from juniper berries.",
         "Gin is a spirit which derives its predominant flavour from juniper berries (Juniperus communis)."),
        # a fact opening with a pronoun speaks of the claim's subject
        ("Marie Curie studied physics in Paris.", "She studied physics in Paris at the Sorbonne from 1891."),
    ],
)
def test_verify_pair_entailed_claim_is_supported(claim: str, fact: str) -> None:
    m = verify_pair(claim, fact)
    assert m.verdict == "supported", m.reason
    assert verify_pair(claim, fact, Thresholds(rules=RULES - {"entailment"})).verdict != "supported"


def test_verify_pair_reads_tokenised_dates_and_designations() -> None:
    # "July 15th , 2006" and "15 July 2006" are one date; "F-35" is a name, not 35 of something
    m = verify_pair("The F-35 first flew on July 15th , 2006 .", "The F-35 first flew on 15 July 2006.")
    assert m.verdict == "supported" and "date July 2006 agrees" in m.reason, m.reason


@pytest.mark.parametrize(
    "claim, fact",
    [
        ("Gin derives its flavour from rye.", "Gin derives its predominant flavour from juniper berries."),
        ("Marie Curie studied chemistry in Warsaw.", "She studied physics in Paris at the Sorbonne."),
    ],
)
def test_verify_pair_claim_saying_more_than_the_fact_is_not_supported(claim: str, fact: str) -> None:
    assert verify_pair(claim, fact).verdict != "supported"


@pytest.mark.parametrize(
    "claim, fact",
    [
        ("Marie Curie was born in Warsaw.", "Marie Curie died in Warsaw."),  # two events, both true
        ("The store opened in the old mill.", "The store closed in the old mill."),
    ],
)
def test_two_events_of_one_thing_are_not_opposites(claim: str, fact: str) -> None:
    m = verify_pair(claim, fact)
    assert m.verdict != "contradicted", m.reason
