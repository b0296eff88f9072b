"""pipeline.verify.quantities: amounts with their unit, in digits or words, and the rounding they allow."""

from __future__ import annotations

import math

import pytest
from spacy.language import Language

from pipeline.verify.quantities import (Quantity, as_age, birthday_ages, find_quantities, number_value, physical,
                                       prompt_unit, time_offsets)


def amounts(nlp: Language, text: str) -> list[Quantity]:
    return find_quantities(nlp(text)[:])


@pytest.mark.parametrize(
    "words, value",
    [
        (["1,800,000"], 1_800_000.0),
        (["110.6"], 110.6),
        (["seventeen", "hundred"], 1700.0),
        (["thirty", "-", "four"], 34.0),
        (["forty"], 40.0),
        (["dozen"], 12.0),
        (["seven", "hundred"], 700.0),
    ],
)
def test_number_value(words: list[str], value: float) -> None:
    assert number_value(words)[0] == value


def test_number_value_of_no_number() -> None:
    assert number_value(["banana"]) is None


@pytest.mark.parametrize(
    "a, b, agree",
    [
        ("The tower is 363 feet tall.", "The tower is 110.6 metres tall.", True),  # a rounded conversion
        ("The route is 97 km long.", "The route is 97 miles long.", False),  # same digits, other unit
        ("It used seven hundred billion dollars.", "It used $700 billion.", True),  # words and symbols
        ("About 1.8 million children took part.", "Some 1,800,000 children took part.", True),
        ("Roughly 18 million children took part.", "About 1.8 million children took part.", False),
        ("He won three gold medals.", "He won four gold medals.", False),  # neighbours only touch
        ("It reached 203 km/h.", "It reached 126 mph.", True),
        ("It cruised at 50 °F.", "It cruised at 10 degrees Celsius.", True),
        ("more than forty vaccines", "more than 40 vaccines", True),
        ("The track is 100 metres long.", "The track is 130 metres long.", False),  # a round number, not half off
        ("It cost 2 million dollars.", "It cost $2.4 million.", False),
        ("About a hundred and eighty copies were made.", "About 180 copies were made.", True),  # British "and"
        ("A hundred and eighty copies were made.", "A hundred copies were made.", False),
    ],
)
def test_amounts_compare_after_conversion(nlp: Language, a: str, b: str, agree: bool) -> None:
    (qa,), (qb,) = amounts(nlp, a), amounts(nlp, b)
    assert qa.comparable(qb), (qa, qb)
    assert (qa.low < qb.high and qb.low < qa.high) == agree, (qa, qb)


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("more than 99 percent", 99.0, math.inf),
        ("up to 210 km/h", -math.inf, 210 / 3.6),
        ("about 40 vaccines", 36.0, 44.0),  # the wider of "about" (10 %) and the rounding of 40 (5 % at most)
        ("at ~30 °C", 300.15, 306.15),  # ten per cent of the figure as written, not of 303 kelvin
        ("about 86 °F", (86 - 5 - 32) / 1.8 + 273.15, (86 + 5 - 32) / 1.8 + 273.15),  # (ten times its rounding)
        ("about 5,730 specimens", 5680.0, 5780.0),  # "about", but no wider than ten times its digits' rounding
        ("about 8.4 million visitors", 7.9e6, 8.9e6),
        ("thirty-three and a half hours", 33.45 * 3600, 33.55 * 3600),
        ("in under a week", -math.inf, 7 * 86400),  # a bounded single unit
        ("taking 7 days, 18 hours and 49 minutes", (7 * 86400 + 18 * 3600 + 48.5 * 60), (7 * 86400 + 18 * 3600 + 49.5 * 60)),
        ("a leap of 27 feet 2 inches", 27 * 0.3048 + 1.5 * 0.0254, 27 * 0.3048 + 2.5 * 0.0254),  # one measure, two units
        ("18 survivors out of ~270", 243.0, 297.0),  # "~" is "about", written apart by the tokenizer
        ("losing only one game", 0.5, 1.5),  # a count the writer insists on
        ("approx. 28k dead", 25200.0, 30800.0),
        ("The race was run over ten laps", 9.5, 10.5),  # across ten laps, not more than ten
        ("The fire killed over 100 people", 100.0, math.inf),
        ("The team travelled over 1,450 km", 1450e3, math.inf),  # (review 34) over a distance, more than it
        ("50,000 to 80,000 spectators", 47500.0, 84000.0),  # one range of what the second counts  # notes' "approx." and "28k", split by the tokenizer
    ],
)
def test_wording_sets_the_range(nlp: Language, text: str, low: float, high: float) -> None:
    *_, q = amounts(nlp, text)
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high, rel=1e-6)


@pytest.mark.parametrize(
    "text",
    [
        "Apollo 11 landed on the Moon.",  # a designation, not an amount
        "The 747 had first flown.",
        "STS-1 flew in April.",
        "She was the 1st woman.",  # an ordinal
    ],
)
def test_designations_and_ordinals_are_no_amounts(nlp: Language, text: str) -> None:
    assert amounts(nlp, text) == []


def test_a_number_joined_to_its_unit_or_before_a_plural_counts(nlp: Language) -> None:
    # "the 525-line standard" is no model called 525; "NTSC 625 lines" no name "NTSC 625"
    assert [q.text for q in amounts(nlp, "It used the 525-line NTSC standard.")] == ["525 - line"]
    assert [q.text for q in amounts(nlp, "US: commercial TV from 1941, NTSC 625 lines")][-1:] == ["625 lines"]
    # (a numbered name before people or made things stays a name: the Apollo 11 astronauts, AK 47 rifles)
    assert amounts(nlp, "The Apollo 11 astronauts landed.") == []
    assert amounts(nlp, "Soviet AK 47 rifles were everywhere.") == []


def test_a_list_of_measures_stays_a_list(nlp: Language) -> None:
    # "5,000 m and 10,000 m" are two races, "a week later" no measure at all
    assert len(amounts(nlp, "He won the 5,000 m and the 10,000 m, then 400 m and 200 m.")) == 4
    assert amounts(nlp, "A week later he left.") == []
    assert len(amounts(nlp, "It took about 7 days and 3 hours.")) == 2  # "about" is not one part's alone


def test_unit_and_counted_thing(nlp: Language) -> None:
    (tubes,) = amounts(nlp, "It used seventeen hundred vacuum tubes.")
    assert (tubes.unit, tubes.counted) == ("tube", "tube")  # the noun counted, past its compound
    (tons,) = amounts(nlp, "It carried 8,000 US tons.")
    assert tons.unit == "[mass]"  # a unit after an adjective


@pytest.mark.parametrize("word, dim", [("miles", "[length]"), ("kg", "[mass]"), ("°C", "[temperature]"),
                                       ("km per h", "[length] / [time]"), ("minutes", "[time]")])
def test_physical_units(word: str, dim: str) -> None:
    assert physical(word)[0] == dim


def test_a_preposition_is_no_unit(nlp: Language) -> None:
    (ten,) = amounts(nlp, "She scored the first perfect 10 in Olympic gymnastics.")
    assert ten.unit == "" and (ten.low, ten.high) == (9.5, 10.5)  # not ten inches


@pytest.mark.parametrize("word", ["stones", "children", "US", "points", "in", "are"])
def test_words_that_are_not_units(word: str) -> None:
    assert physical(word) is None


def test_two_amounts_joined_by_and_stay_two(nlp: Language) -> None:
    # "two hundred and three hundred": the British "and" joins "a hundred and eighty", not two amounts
    (q, *_) = amounts(nlp, "Between two hundred and three hundred soldiers died.")
    assert q.high < 250, q


def test_the_only_one_counts_nothing(nlp: Language) -> None:
    assert amounts(nlp, "It is the only one of its kind.") == []


@pytest.mark.parametrize("a, b, same", [
    ("Fischer won 12½–8½.", "Fischer won 12.5-8.5.", True),
    ("Kasparov won the match 4-2.", "Deep Blue lost the match 2–4.", True),  # one match, told from either side
    ("Kasparov won the match 4-2.", "Kasparov won the match 5-1.", False),
])
def test_a_match_score_is_one_amount(nlp: Language, a: str, b: str, same: bool) -> None:
    (x,), (y,) = amounts(nlp, a), amounts(nlp, b)
    assert x.unit == y.unit == "score" and x.agrees(y) == same


@pytest.mark.parametrize("a, b, same", [
    ("a 9×9 grid", "a 9 x 9 grid", True),  # one size, written either way
    ("a 3x4 board", "a 4×3 board", True),  # the sides in either order
    ("a 6×6 grid", "a 5×5 grid", False),
])
def test_sizes_written_as_a_product_are_one_amount(nlp: Language, a: str, b: str, same: bool) -> None:
    (x,), (y,) = amounts(nlp, a), amounts(nlp, b)
    assert x.unit == y.unit == "dimensions" and x.agrees(y) == same


def test_an_adjective_for_people_is_what_a_number_counts(nlp: Language) -> None:
    (q,) = amounts(nlp, "The earthquake left about 3,000 dead.")
    assert q.counted == "dead" and q.low < 3000 < q.high
    (q,) = amounts(nlp, "The bridge is 5 long.")  # no people in "long"
    assert q.counted == ""


@pytest.mark.parametrize("text, low, high", [
    ("three-quarters of them were women", 74, 76),
    ("about three in four of them were women", 67.5, 82.5),
    ("one out of three voters", 32, 35),
    ("two thirds of the land", 65, 68),
    ("about half the whole gazetteer", 44, 56),
    ("roughly a quarter of the entries", 22, 28),
    ("a third of all the mills", 32, 35),
])
def test_a_share_is_a_percentage(nlp: Language, text: str, low: float, high: float) -> None:
    (q,) = amounts(nlp, text)
    assert q.unit == "%" and low <= q.low < q.high <= high


@pytest.mark.parametrize("text", ["one in a million", "won one in 1905", "one of the first"])
def test_one_opens_no_share_without_a_whole(nlp: Language, text: str) -> None:
    assert all(q.unit != "%" for q in amounts(nlp, text)) and not any(q.text.startswith("one") for q in amounts(nlp, text))


@pytest.mark.parametrize("text", ["in the first half of the century", "half a mile", "a quarter of an hour",
                                  "the second half", "a half-brother"])
def test_a_half_of_time_or_of_one_unit_is_no_share(nlp: Language, text: str) -> None:
    assert all(q.unit != "%" for q in amounts(nlp, text))


def test_a_range_of_something_counted_is_no_score(nlp: Language) -> None:
    assert all(q.unit != "score" for q in amounts(nlp, "It took 10-15 days to cross."))
    assert amounts(nlp, "won by a score of 3-1")[0].unit == "score"  # "a score of" is not twenty


@pytest.mark.parametrize("text, value, counted", [
    ("It was M8.2 and killed 131.", 8.2, "magnitude"),
    ("The quake (Mw 9.1) struck at dawn.", 9.1, "magnitude"),
    ("It had a magnitude of 9.2.", 9.2, "magnitude"),
    ("It was a magnitude 7.0 quake.", 7.0, "magnitude"),
    ("Carlsen reached a rating of 2882.", 2882, "rating"),
    ("He circled the Earth twice.", 2, "time"),
])
def test_a_scale_or_a_count_named_around_the_number(nlp: Language, text: str, value: float, counted: str) -> None:
    (q, *_) = amounts(nlp, text)
    assert q.low <= value <= q.high and q.counted == counted, q
    # (a named scale stays a bare number: "peaked at 2882" is the same figure as "a rating of 2882")
    assert q.unit in ("", "time"), q


def test_a_number_before_on_is_a_time_between_events_only_after_a_time_word(nlp: Language) -> None:
    from pipeline.verify.reading import read

    rated = read(nlp("Tambora was rated 6 on the Volcanic Explosivity Index.")[:])
    assert [p.text for p in rated.parts if p.kind == "amount"] == ["6"]
    later = read(nlp("Two years on, the volcano erupted again.")[:])
    assert [p.text for p in later.parts if p.kind == "amount" and p.words != ("offset",)] == []
    # (the time between events is read as one, which a fact need not give: fifty-seventh stop)
    assert [p.resolved for p in later.parts if p.words == ("offset",)] == [True]


def test_weeks_on_a_chart_are_a_measure_and_years_on_a_time_between(nlp: Language) -> None:
    from pipeline.verify.reading import read

    spent = read(nlp("The single spent 12 weeks on the Billboard Hot 100.")[:])
    assert [p.text for p in spent.parts if p.kind == "amount"] == ["12 weeks"]
    later = read(nlp("Two years on, the bridge reopened.")[:])
    assert [p.text for p in later.parts if p.kind == "amount" and p.words != ("offset",)] == []
    # (the time between events is read as one, which a fact need not give: fifty-seventh stop)
    assert [p.resolved for p in later.parts if p.words == ("offset",)] == [True]


@pytest.mark.parametrize("text, unit, low", [
    ("sold for about HK$281 million", "HKD", 276e6),
    ("it cost A$12.5m", "AUD", 12.45e6),
    ("paid US$5 million", "USD", 4.75e6),
])
def test_a_countrys_dollar_glued_to_its_figure_is_a_price(nlp: Language, text: str, unit: str, low: float) -> None:
    (q,) = amounts(nlp, text)
    assert q.unit == unit and math.isclose(q.low, low)


@pytest.mark.parametrize("text, age", [
    ("a 12-year-old boy devised it", 12),
    ("Perkin was 18 years old then", 18),
    ("Schubert died aged only 35", 35),
    ("she died at the age of forty-four", 44),
    ("Galois died at 21.", None),  # ("at" and a number: as often a time or a price)
    ("Edmond Albius, 12, found it", 12),
    ("the bridge is 12 metres long", None),  # a length, not an age
    ("they met at 5 Downing Street", None),
])
def test_an_age_is_read_however_it_is_written(nlp: Language, text: str, age: float | None) -> None:
    from pipeline.verify.quantities import as_age

    doc = nlp(text)
    tokens = list(doc)
    ages = [a for a in (as_age(q, tokens) for q in find_quantities(doc[:])) if a.unit == "age"]
    assert [round((a.low + a.high) / 2) for a in ages] == ([age] if age is not None else [])


@pytest.mark.parametrize("text, days", [
    ("The beans are fermented for a few weeks.", (14, 35)),
    ("The beans are fermented for several days.", (3, 9)),
])
def test_a_rough_count_of_time_units_is_a_span(nlp: Language, text: str, days: tuple[int, int]) -> None:
    (q,) = find_quantities(nlp(text)[:])
    assert q.unit == "[time]" and (round(q.low / 86400), round(q.high / 86400)) == days


def test_a_few_things_that_are_no_time_are_no_amount(nlp: Language) -> None:
    assert find_quantities(nlp("He wrote a few books and several plays.")[:]) == []


def test_a_conversion_in_brackets_says_the_same_bound(nlp: Language) -> None:
    # "above 135 °C (275 °F)": the bracket is the floor again, in other units, not a point at 275 °F
    first, second = amounts(nlp, "UHT heats milk above 135 °C (275 °F) for a few seconds.")[:2]
    assert math.isinf(first.high) and math.isinf(second.high)
    assert second.low == pytest.approx(first.low, abs=0.5)
    # (a figure in brackets after a plain figure stays a figure)
    plain = amounts(nlp, "The span is 42 feet (13 metres).")
    assert all(not math.isinf(q.high) for q in plain)


@pytest.mark.parametrize("text", ["~972,000 km² of ice", "~972,000 km2 of ice", "about 972,000 square kilometres",
                                  "about 972,000 sq km"])
def test_an_area_s_unit_is_an_area(nlp: Language, text: str) -> None:
    (q,) = find_quantities(nlp(text)[:])
    assert q.unit == "[length] ** 2" and q.low < 9.72e11 < q.high


def test_a_scale_letter_keeps_its_sentence_full_stop(nlp: Language) -> None:
    # "sold for $13m.": the tokenizer keeps the full stop on the "m"; still thirteen million
    [q] = find_quantities(nlp("It sold for $13m.")[:])
    assert (q.low, q.high, q.unit) == (12_500_000, 13_500_000, "USD")
    [q] = find_quantities(nlp("The wall is 5 m.")[:])
    assert q.unit == "[length]"
    # (a sum of money only: "The dish is 76m." is 76 metres)
    [q] = find_quantities(nlp("The dish is 76m.")[:])
    assert q.unit == "[length]"


@pytest.mark.parametrize("word, unit", [
    ("pins", None),  # a thing counted, not pico-inches
    ("yards", "[length]"), ("feet", "[length]"), ("pints", "[length] ** 3"), ("km", "[length]"),
])
def test_a_counted_thing_is_no_prefixed_unit(word: str, unit: str | None) -> None:
    got = physical(word)
    assert (got[0] if got else None) == unit


def test_a_capital_b_after_a_sum_s_sign_is_billions(nlp: Language) -> None:
    [q] = find_quantities(nlp("Haier paid $3.3B for it.")[:])
    assert (q.unit, q.low < 3.3e9 < q.high) == ("USD", True)
    # (not after a number with no sign: "Platform 9B" is a name)
    assert all(q.high < 1e6 for q in find_quantities(nlp("Trains leave from Platform 9B.")[:]))


@pytest.mark.parametrize("text, low, high", [("capped at 1,200 W", 1150, 1250), ("a 2 kW heater", 1500, 2500),
                                             ("at 360 Hz", 350, 370)])
def test_a_capital_unit_symbol_is_a_unit(nlp: Language, text: str, low: float, high: float) -> None:
    [q] = find_quantities(nlp(text)[:])
    assert q.unit != "" and low <= q.low <= q.high <= high, q
    assert physical("W") == physical("watt")


def test_a_length_and_its_conversion_in_brackets_per_a_time_are_rates(nlp: Language) -> None:
    found = find_quantities(nlp("a maximum ascent rate of 9 metres (30 feet) per minute")[:])
    assert [q.unit for q in found] == ["[length] / [time]"] * 2
    assert found[0].low < 9 / 60 < found[0].high
    # (no "per" after the bracket: lengths)
    assert {q.unit for q in find_quantities(nlp("a limit of 30 metres (100 feet) for divers")[:])} == {"[length]"}


def test_a_number_counts_no_word_in_the_bracket_after_it(nlp: Language) -> None:
    assert [(q.text, q.counted) for q in find_quantities(nlp("Lifeboat stations: approx. 238 (UK and Ireland)")[:])] == [
        ("approx. 238", "")]
    assert [q.counted for q in find_quantities(nlp("It had 238 lifeboat stations.")[:])] == ["station"]


def test_a_closed_bracket_between_a_number_and_its_noun_keeps_the_count(nlp: Language) -> None:
    assert [q.counted for q in find_quantities(nlp("It used 54,000 (metric) tonnes of steel.")[:])] == ["tonne"]


def test_about_a_figure_written_to_its_unit_is_spared_less_than_a_round_one(nlp: Language) -> None:
    # (the second review's "approx. 68" elevators against 73)
    assert [(q.low, q.high) for q in find_quantities(nlp("approx. 68 elevators")[:])] == [(65.0, 71.0)]
    assert [(q.low, q.high) for q in find_quantities(nlp("about 40 elevators")[:])] == [(36.0, 44.0)]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Big Ben was given an eighth of a turn.", 0.125, "turn"),  # a share of one thing, counted by it
        ("They gave it a quarter turn.", 0.25, "turn"),
        ("He walked a quarter of a mile.", 402.336, "[length]"),
    ],
)
def test_a_share_of_one_thing_is_an_amount_of_it(nlp: Language, text: str, value: float, unit: str) -> None:
    (q,) = amounts(nlp, text)
    assert q.unit == unit and q.low <= value <= q.high


def test_a_share_word_before_any_other_noun_is_no_amount(nlp: Language) -> None:
    assert amounts(nlp, "A third party sued the firm.") == []


def test_a_pair_between_two_names_is_their_score(nlp: Language) -> None:
    assert [q.unit for q in amounts(nlp, "Germany 7-1 Brazil in Belo Horizonte")] == ["score"]
    assert [q.unit for q in amounts(nlp, "Royal Engineers 1-0 Wanderers")] == ["score"]
    assert all(q.unit != "score" for q in amounts(nlp, "read chapters 3-5 Monday"))
    assert all(q.unit != "score" for q in amounts(nlp, "Chapters 3-5 Monday"))  # (a day after it: a range)
    assert [q.unit for q in amounts(nlp, "Reims 3-4 Real Madrid")] == ["score"]  # (a place tagged a plural)


@pytest.mark.parametrize(("word", "unit"), [("fin", False), ("kin", False), ("km", True), ("kt", True),
                                            ("inches", True), ("nmi", True), ("kft", True)])
def test_no_metric_prefix_on_an_imperial_unit(word: str, unit: bool) -> None:
    # pint reads "fin" as a femto-inch and "kin" as a kilo-inch; no writer means either
    assert (physical(word) is not None) == unit


# --- the thirty-ninth stop ---

def test_a_score_is_twenty_only_as_a_count(nlp: Language) -> None:
    # "ODI score" is a result; "a score of", "four score" count twenty
    assert not any(q.low <= 20 <= q.high for q in amounts(nlp, "Highest men's ODI score: Rohit Sharma"))
    assert any(q.low <= 20 <= q.high for q in amounts(nlp, "It lasted a score of years."))


def test_versus_after_a_figure_is_no_unit(nlp: Language) -> None:
    # "264 v Sri Lanka": the side played against, not what 264 counts
    (q,) = amounts(nlp, "Rohit made 264 v Sri Lanka")
    assert q.unit == "" and q.counted == ""


@pytest.mark.parametrize(("text", "figure", "counted"), [
    ("Kapil 175* v Zim", 175, ""),  # a "not out" star: a score
    ("Lara 400 v England", 400, ""),  # the side it was made against
])
def test_a_score_after_a_name_is_an_amount(nlp: Language, text: str, figure: float, counted: str) -> None:
    (q,) = amounts(nlp, text)
    assert q.low <= figure <= q.high and q.counted == counted


@pytest.mark.parametrize("text", ["Apollo 11 crew landed", "The Boeing 707 enters service", "Apollo 1 astronauts died",
                                  "Apollo 11* landed on the Moon"])  # (a footnote's star: from review)
def test_a_number_in_a_name_is_still_no_amount(nlp: Language, text: str) -> None:
    assert amounts(nlp, text) == []


# --- the forty-second stop ---

@pytest.mark.parametrize(("text", "said"), [
    ("He circled the Earth 3 times.", "3 times"),  # how often, after a name: no name's number
    ("Kahanamoku was elected sheriff of Honolulu 26 times.", "26 times"),
])
def test_a_count_of_times_after_a_name(nlp: Language, text: str, said: str) -> None:
    assert [q.text for q in find_quantities(nlp(text)[:])] == [said]


# --- the forty-fourth stop ---

@pytest.mark.parametrize(("text", "said", "days"), [
    ("Belka and Strelka spent a week in orbit.", "a week", 7.0),
    ("The siege lasted a month.", "a month", 30.436875),
    ("They waited for one day.", "one day", 1.0),
])
def test_one_unit_of_time_a_span_is_measured_in_is_an_amount(nlp: Language, text: str, said: str, days: float) -> None:
    (q,) = find_quantities(nlp(text)[:])
    assert q.text == said and q.unit == "[time]" and q.low < days * 86400 < q.high


@pytest.mark.parametrize("text", ["One day he left Paris.", "He died a year later.", "It opened a decade ago.", "He was paid once a month.", "It costs 5 dollars a day.",
                                  "It was a year to remember.", "She came a second time."])
def test_a_single_unit_of_time_that_is_no_span_is_no_amount(nlp: Language, text: str) -> None:
    assert not any(q.unit == "[time]" for q in find_quantities(nlp(text)[:]))


@pytest.mark.parametrize(("text", "low", "high"), [
    ("It must mature for 12 months or more.", 12, math.inf),
    ("It must mature for a year at the very minimum.", 12, math.inf),
    ("The trip took two hours at most.", -math.inf, 2 / 730.485),
])
def test_a_bound_said_after_the_figure(nlp: Language, text: str, low: float, high: float) -> None:
    (q,) = find_quantities(nlp(text)[:])
    month = 2629746.0
    assert math.isclose(q.low, low * month) if math.isfinite(low) else q.low == low
    assert math.isclose(q.high, high * month) if math.isfinite(high) else q.high == high


# --- the forty-fifth stop ---

@pytest.mark.parametrize(("text", "ages"), [
    ("Akira Yoshizawa died on 14 March 2005, his 94th birthday.", [94]),
    ("She threw a party for her 21st birthday.", [21]),
    ("It was the 94th edition of the race.", []),
    ("She died months before her 67th birthday.", []),  # (from review 45) one still to come
    ("They met on what would have been his 80th birthday.", []),
])
def test_an_ordinal_birthday_is_an_age(nlp: Language, text: str, ages: list[int]) -> None:
    assert [round((q.low + q.high) / 2) for q in birthday_ages(nlp(text)[:]) if q.unit == "age"] == ages


# --- the forty-ninth stop ---

def test_feet_and_inches_written_short(nlp: Language) -> None:
    [q] = [q for q in find_quantities(nlp("The line is 20 ft 9 in from the rim.")[:]) if q.unit == "[length]"]
    assert q.text == "20 ft 9 in" and q.low < 6.3246 < q.high
    # (an "in" that governs a place is a preposition)
    assert [q.text for q in find_quantities(nlp("a wall 10 ft 3 in Ashby")[:]) if q.unit == "[length]"] == ["10 ft"]


def test_a_sign_bounds_the_figure_but_an_arrow_does_not(nlp: Language) -> None:
    [lower] = find_quantities(nlp("domesticated > 15k yrs ago")[:])
    assert math.isinf(lower.high) and lower.low == pytest.approx(15_000 * physical("year")[1])
    [upper] = find_quantities(nlp("a share <5% now")[:])
    assert math.isinf(upper.low) and upper.high == 5.0
    [plain] = find_quantities(nlp("Rules in the first list -> 13")[:])
    assert (plain.low, plain.high) == (12.5, 13.5)


def test_years_written_short_are_years(nlp: Language) -> None:
    assert physical("yrs") == physical("years") and physical("hrs") == physical("hours")


@pytest.mark.parametrize("text", ["finished with a 72–10 record", "beat them in a 3–1 win", "lost in a 0-4 defeat"])
def test_a_score_before_a_results_noun(nlp: Language, text: str) -> None:
    assert [q.unit for q in find_quantities(nlp(text)[:])] == ["score"]
    # (a range before what it counts stays a range)
    assert "score" not in [q.unit for q in find_quantities(nlp("a 10-15 km walk")[:])]


@pytest.mark.parametrize("text", ["put together a 10-12 win streak", "the club's 95-96 record", "the club's 04-05 record",
                                  "the club's 99-00 record"])
def test_a_results_noun_that_names_another_or_a_season_is_no_score(nlp: Language, text: str) -> None:
    assert "score" not in [q.unit for q in find_quantities(nlp(text)[:])]
    # (a record that could be a season's won-lost count stays a score)
    assert [q.unit for q in find_quantities(nlp("finished with a 10–11 record")[:])] == ["score"]


@pytest.mark.parametrize(("text", "low", "high"), [("had a 10–12 win streak", 10, 12), ("the club's 95–96 record", 95, 96)])
def test_a_one_token_pair_before_a_results_noun_that_is_no_score_is_kept(nlp: Language, text: str, low: int,
                                                                          high: int) -> None:
    # (as a range of what the noun counts, so that a claim is never backed with its figure dropped)
    [q] = find_quantities(nlp(text)[:])
    assert q.unit != "score" and (q.low, q.high) == (low - 0.5, high + 0.5)


def test_a_league_is_no_length(nlp: Language) -> None:
    [q] = find_quantities(nlp("She won five league championships.")[:])
    assert q.unit != "[length]" and q.counted == "championship"
    # (leagues after their figure are still a length: "twenty thousand leagues")
    [q] = find_quantities(nlp("The submarine sailed twenty thousand leagues.")[:])
    assert q.unit == "[length]"


def test_a_record_figure_counts_its_noun(nlp: Language) -> None:
    [q] = [q for q in find_quantities(nlp("She retired with an NBA-record 38,387 career points.")[:]) if q.low > 100]
    assert q.counted == "point"


# --- the forty-eighth stop ---

@pytest.mark.parametrize(("text", "value"), [("won by 2 1/2 lengths", 2.5), ("a lead of 3 1/4 lengths", 3.25)])
def test_a_whole_number_and_a_fraction_in_figures(nlp: Language, text: str, value: float) -> None:
    [q] = find_quantities(nlp(text)[:])
    assert q.low <= value <= q.high and q.high - q.low < 0.2


def test_a_date_like_fraction_is_no_mixed_number(nlp: Language) -> None:
    # (a figure then a slash that is no fraction of one: "5 4/3" is left as written)
    assert all(q.low < 5.5 for q in find_quantities(nlp("scored 5 4/3 times")[:]) if q.low >= 5)


def test_a_share_of_those_just_counted(nlp: Language) -> None:
    found = find_quantities(nlp("Forty people died, 12 of them passengers.")[:])
    assert [(q.low, q.counted) for q in found if q.low < 20] == [(11.5, "passenger")]


# --- the fiftieth stop ---

def test_a_prompts_unit_is_its_answers(nlp: Language) -> None:
    from pipeline.verify.quantities import prompt_unit

    tokens = list(nlp("diameter of the Ashby mirror, in metres -> 2.4")[:])
    [q] = [prompt_unit(tokens, q) for q in find_quantities(tokens)]
    assert q.unit == "[length]" and q.low < 2.4 < q.high and q.counted == "metre"
    tokens = list(nlp("height of the Brill tower, in feet -> 370")[:])
    [q] = [prompt_unit(tokens, q) for q in find_quantities(tokens)]
    assert q.unit == "[length]" and q.low < 370 * 0.3048 < q.high
    # (not a figure with a unit of its own, nor a prompt whose "in" is no unit)
    tokens = list(nlp("height of the Brill tower, in feet -> 110 m")[:])
    assert [prompt_unit(tokens, q).counted for q in find_quantities(tokens)] == ["m"]
    # (a prompt opening on a plural noun counts it: the fifty-second stop)
    tokens = list(nlp("mills built in Ashby -> 12")[:])
    assert [prompt_unit(tokens, q).unit for q in find_quantities(tokens)] == ["mill"]


@pytest.mark.parametrize(("text", "sides"), [
    ("Boston beat the Athletics 6 to 5 in 1876.", "6 to 5"),
    ("The Knickerbockers won that first game easily, 23 runs to 1.", "23 runs to 1"),
    ("Velden took the cup, five games to three.", "five games to three"),
])
def test_a_score_written_with_to_after_a_result(nlp: Language, text: str, sides: str) -> None:
    [q] = [q for q in find_quantities(nlp(text)[:]) if q.unit == "score"]
    assert q.text == sides
    # (not a change, nor a figure with no result told: "rose from 6 to 12", "the ratio was 3 to 1")
    assert not any(q.unit == "score" for q in find_quantities(nlp("The town beat its record, rising from 6 to 12.")[:]))
    assert not any(q.unit == "score" for q in find_quantities(nlp("The ratio was 3 to 1 in 1876.")[:]))


@pytest.mark.parametrize("text", [
    "Jory Flint lost 10 to 15 pounds on the expedition.",
    "The crossing took 2 to 3 hours in 1890.",
    "The party won 5 to 10 percent more seats.",
    "Ebb won the seat with 3 to 4 thousand votes.",
    "The club won 20 to 30 medals at the games.",
    "Halbeck beat Sorrel in 1931 after trailing 2 to 5 at half time.",
    "Halbeck beat Sorrel and outscored its rivals 40 to 12 that season.",
])
def test_a_range_or_another_acts_figures_are_no_score_with_to(nlp: Language, text: str) -> None:
    # (a range of what follows it, or figures told by a later act than the result's, are no score)
    assert not any(q.unit == "score" for q in find_quantities(nlp(text)[:]))


# --- the fifty-first stop ---

@pytest.mark.parametrize(("text", "seconds"), [
    ("time -> 3:58.7", 238.7),
    ("ran 1:43.13 in Rome", 103.13),
    ("won in 2:09:14 at Brill", 7754.0),
])
def test_a_race_time_on_the_clock_is_a_time(nlp: Language, text: str, seconds: float) -> None:
    [q] = amounts(nlp, text)
    assert q.unit == "[time]" and q.low < seconds < q.high and q.high - q.low < 1.01


@pytest.mark.parametrize("text", ["The train left at 10:30 from Brill.", "mixed 1:2.5 with water", "kick-off 15:00",
                                  # (review) a time of day with its seconds: at an instant, or of the day's hours
                                  "The quake struck at 04:12:35 on 3 May.", "total at 4:12:35 pm", "kicked off 15:00:00 UTC"])
def test_a_time_of_day_or_a_ratio_is_no_race_time(nlp: Language, text: str) -> None:
    assert not any(q.unit == "[time]" for q in amounts(nlp, text))


def test_a_hedged_conversion_is_rounded_as_its_digits_say(nlp: Language) -> None:
    # "4,478 m, i.e. about 16,000 ft": the same measure again, rounded to its thousands at most, not a tenth either way
    [m, ft] = amounts(nlp, "Velden peak height: 4,478 m, i.e. about 16,000 ft")
    assert not ft.low <= 4478 <= ft.high
    [m, ft] = amounts(nlp, "Velden peak height: 4,478 m, i.e. about 15,000 ft")
    assert ft.low <= 4478 <= ft.high
    # (a hedge on a figure of its own keeps its tenth)
    [ft] = amounts(nlp, "The Velden peak is about 16,000 ft high.")
    assert ft.low <= 4478 <= ft.high
    # (and the answer to a prompt that asks for the measure in another unit: a conversion too)
    [ft] = amounts(nlp, "Velden peak height in feet -> about 16,000 ft")
    assert not ft.low <= 4478 <= ft.high


def test_a_hedged_measure_that_is_no_conversion_keeps_its_tenth(nlp: Language) -> None:
    # (review 51c) a part of the first measure or another length of its own, in the same unit or far from it, is no
    # conversion: "about 26 km" stays 23.4 to 28.6 km
    [road, paved] = amounts(nlp, "The Brill road is 40 km, about 26 km of it paved.")
    assert paved.low <= 24_000 <= paved.high
    [walk, uphill] = amounts(nlp, "Tom Vero's walk was 12 km, about 4.5 km of it uphill.")
    assert uphill.low <= 4_200 <= uphill.high
    [ferry, harbour] = amounts(nlp, "The Brill ferry takes 90 minutes, about 25 minutes of it in the harbour.")
    assert harbour.low <= 23 * 60 <= harbour.high


def test_a_round_conversion_is_rounded_to_its_last_digit_not_nought(nlp: Language) -> None:
    # (review 51c) "100 km/h (about 60 mph)" is 55 to 65 mph: 62 mph is within it; "60 km/h (about 40 mph)" holds 37 mph
    [kmh, mph] = amounts(nlp, "The speed limit on the Brill road is 100 km/h (about 60 mph).")
    assert mph.low <= 62 * 0.44704 <= mph.high
    [kmh, mph] = amounts(nlp, "The speed limit on the Velden road is 60 km/h (about 40 mph).")
    assert mph.low <= 60 / 3.6 <= mph.high
    # (and the wrong conversion the rule is for stays wrong)
    [m, ft] = amounts(nlp, "Velden peak height: 4,478 m, i.e. about 16,000 ft")
    assert not ft.low <= 4478 <= ft.high


# --- the fifty-second stop ---

def answers(nlp: Language, text: str) -> list[Quantity]:
    """The amounts of a line as a prompt's answer reads them (``prompt_unit``)."""
    doc = nlp(text)
    return [prompt_unit(list(doc), q) for q in find_quantities(doc[:])]


@pytest.mark.parametrize(("text", "counted"), [
    ("Visits to the Velden Fair -> about 16 million", "visit"),
    ("Tom Vero's career league points -> 249", "point"),
    ("Clubs in the Brill league -> 12", "club"),
])
def test_a_prompt_opening_on_a_plural_noun_counts_it(nlp: Language, text: str, counted: str) -> None:
    [q] = answers(nlp, text)
    assert q.unit == counted and q.counted == counted


@pytest.mark.parametrize("text", [
    "Age of Tom Vero at the Brill final -> 17",  # (no plural)
    "Height of the Velden Tower -> 157",  # (a measure, said elsewhere)
])
def test_a_prompt_without_a_counted_opening_noun_leaves_its_answer_bare(nlp: Language, text: str) -> None:
    assert all(not q.unit for q in answers(nlp, text))


def test_the_typographic_minus_sign_makes_a_negative_figure(nlp: Language) -> None:
    [q] = amounts(nlp, "Brillium melts at \u221238.83 \u00b0C.")
    [r] = amounts(nlp, "Brillium melts at -38.83 \u00b0C.")
    assert (q.low, q.high, q.unit) == (r.low, r.high, r.unit)


# (review 52)
@pytest.mark.parametrize("text", ["Ashby's record low is minus 31 \u00b0C.", "Ashby's record low is 31 \u00b0C below zero."])
def test_a_minus_in_words_or_below_zero_makes_a_negative_figure(nlp: Language, text: str) -> None:
    [q] = amounts(nlp, text)
    [r] = amounts(nlp, "Ashby's record low is \u221231 \u00b0C.")
    assert (q.low, q.high, q.unit) == (r.low, r.high, r.unit)
    # (not a sum's minus)
    assert [x.low > 0 for x in amounts(nlp, "Ashby scored 12 minus 3 penalty points.")] == [True, True]


# --- the fifty-fifth stop ---

@pytest.mark.parametrize(("text", "unit", "word"), [
    # a prompt opening on a unit asks how long, in it (no count of years: a span of time)
    ("Years the Velden Tower was the tallest -> 14", "[time]", "year"),
    ("Minutes to assemble a Velden chassis -> 93", "[time]", "minute"),
    # a unit's symbol, a unit of volume
    ("Installed capacity of the Velden dam in MW -> 1,200", "[mass] * [length] ** 2 / [time] ** 3", "MW"),
    ("Capacity of Lake Vero in cubic kilometres -> 35.7", "[length] ** 3", "cubic kilometre"),
])
def test_a_prompt_asks_in_a_symbol_a_volume_or_its_opening_unit(nlp: Language, text: str, unit: str, word: str) -> None:
    [q] = answers(nlp, text)
    assert (q.unit, q.counted) == (unit, word)


def test_units_counted_as_things_are_no_span(nlp: Language) -> None:
    # ("Months of the calendar with 31 days": months counted, not how long; the answer stays bare)
    assert [q.unit for q in answers(nlp, "Months of the Velden calendar with 31 days -> 7") if q.text == "7"] == [""]


# --- the fifty-sixth stop ---

@pytest.mark.parametrize(("text", "low", "high"), [
    # what someone was, said by a pronoun or a name; past a hedge after "aged"; both ends of two figures
    ("He became king when he was about nine.", 8.5, 9.5),
    ("He died in 1323 BC, aged about 29.", 28.5, 29.5),
    ("He became king when he was about eight or nine years old.", 7.5, 9.5),
])
def test_an_age_said_as_what_someone_was(nlp: Language, text: str, low: float, high: float) -> None:
    doc = nlp(text)
    ages = [as_age(q, list(doc)) for q in find_quantities(doc)]
    assert [(q.low, q.high) for q in ages if q.unit == "age"] == [(low, high)]


def test_what_a_thing_was_is_no_age(nlp: Language) -> None:
    doc = nlp("The score was 3.")
    assert [as_age(q, list(doc)).unit for q in find_quantities(doc)] == [""]


# --- the fifty-seventh stop ---

@pytest.mark.parametrize(("text", "unit", "counted"), [
    # a prompt asked in percent reads its bare answer as one
    ("Share of Velden's electricity from coal, in percent -> about 40", "%", "percent"),
    # a prompt that opens on a noun of a sequence asks its place ("level 4"), not how much
    ("INES level given to the Velden accident -> 4", "level", "level"),
    # (not a measure of it: "Level of the lake in 1990 -> 4")
    ("Level of the lake in 1990 -> 4", "", ""),
])
def test_what_a_prompt_asks_its_bare_answer_in(nlp: Language, text: str, unit: str, counted: str) -> None:
    doc = nlp(text)
    tokens = list(doc)
    (q,) = [prompt_unit(tokens, q) for q in find_quantities(doc) if q.start > 5]
    assert (q.unit, q.counted) == (unit, counted)


@pytest.mark.parametrize(("text", "days", "direction", "anchored"), [
    # a time between two events, from the one before or from one the sentence names
    ("Pripyat was evacuated three days later.", (2.5, 3.5), "after", False),
    ("Pripyat was evacuated a week after the explosion.", (5.25, 8.75), "after", True),
    ("It opened the day after the storm.", (0.5, 1.5), "after", True),
    ("The next day he left.", (0.5, 1.5), "after", False),
    ("The film opened 12 days before the accident.", (11.5, 12.5), "before", True),
    # (review 57c) the whole count, and its bound
    ("It was rebuilt one hundred and fifty years after the fire.", (54512.44, 55060.31), "after", True),
])
def test_a_time_between_two_events(nlp: Language, text: str, days: tuple[float, float], direction: str,
                                   anchored: bool) -> None:
    (o,) = time_offsets(nlp(text))
    assert (round(o.low / 86400, 2), round(o.high / 86400, 2), o.direction, o.anchored) == (*days, direction, anchored)


def test_a_time_spent_is_no_time_between_events(nlp: Language) -> None:
    assert time_offsets(nlp("It spent two years on the chart and three weeks at number one.")) == []
    # (review 57c) "for two years after the war" is how long
    assert time_offsets(nlp("Rationing lasted for two years after the war.")) == []


def test_a_time_between_events_is_said_from_its_event(nlp: Language) -> None:
    (o,) = time_offsets(nlp("She died in June 1928, just weeks after the act became law."))
    assert (o.direction, o.high, o.reference) == ("after", float("inf"), ("act", "become", "law"))
    (bound,) = time_offsets(nlp("They divorced more than two years after their wedding."))
    assert bound.high == float("inf") and bound.low > 0


def test_a_page_number_is_no_amount(nlp: Language) -> None:
    assert find_quantities(nlp("p. 212 - great photo of Korbut on the beam")) == []
    # (review 58) and a range of pages
    assert [q.text for q in find_quantities(nlp("pp. 40-41: Tom Kell scored 3 goals."))] == ["3 goals"]
    assert [q.text for q in find_quantities(nlp("The book runs to 212 pages."))] == ["212 pages"]
