"""pipeline.segment: text to check-worthy claims, with stable ids and exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from pipeline.documents import loads
from pipeline.model import Claim, Fact
from pipeline.segment import claim_id, segment, segment_documents
from pipeline.verify.statement import loads as statement_loads
from pipeline.verify.verifier import build_index, verify


def claims(nlp: Language, text: str, source: str = "x.md") -> list[Claim]:
    return segment(nlp, loads(text, source))


def claim_texts(nlp: Language, text: str) -> list[str]:
    return [c.text for c in claims(nlp, text)]


FACT = "Apollo 11 landed on the Moon in 1969."


# --- what is a claim ---------------------------------------------------------------------


def test_factual_sentence_is_a_claim(nlp: Language) -> None:
    text = f"# Apollo\n\n{FACT}\n"
    (c,) = claims(nlp, text)
    assert (c.text, c.line, c.context, c.source) == (FACT, 3, "Apollo", "x.md")
    assert text[c.start:c.end] == FACT


def test_sentences_of_a_paragraph_are_separate_claims(nlp: Language) -> None:
    text = f"# Apollo\n\n{FACT} Apollo 12 landed on the Moon in November 1969.\n"
    assert claim_texts(nlp, text) == [FACT, "Apollo 12 landed on the Moon in November 1969."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Did Apollo 11 really land on the Moon?",  # question
        "I need to double-check this.",  # first-person aside
        "We should look into the launch records later.",
        "Subscribe to our newsletter for updates.",  # call to action
        "Subscribe for weekly updates.",
        "Click here to read the full mission report.",
        "This post explores the history of the Apollo program.",  # the document talking about itself
        "Governments should fund more crewed missions.",  # opinion
        "Every lab must publish its model weights.",
        # the writer about themselves: their own doing or feeling, or nothing checkable
        "In this analysis, we aim to highlight why open models matter.",
        "When we refer to a system, we are speaking about its parts.",
        "We are excited to share the launch schedule.",
        "We had a great time at the museum.",
        "I loved the museum's Apollo exhibit.",
        "My notes say the launch was in July.",
        # requests of the reader, also after a condition
        "Let's dive in!",
        "Let us know in the comments which mission you would add.",
        "If you enjoyed this post, subscribe to get part two in your inbox.",
        "If you liked this post, share it with a friend.",
        "If you liked this, hit subscribe and share it with a friend.",  # "hit" tagged as a past tense
        # a question whose mark spaCy cut off ("...? check")
        "Was Mac Hack (1967) the first program to beat a human in a tournament game? check",
        # a line labelled as a task
        "Action: Raj to bring the 1997 game 6 printout.",
        "Reminder: sign the rota sheet by Friday.",
        "Pro tip: always check the launch date against two sources!",  # a request under any label
    ],
)
def test_non_claims_in_a_paragraph_are_dropped(nlp: Language, sentence: str) -> None:
    text = f"# Apollo\n\n{FACT} {sentence}\n"
    assert claim_texts(nlp, text) == [FACT]


@pytest.mark.parametrize(
    "sentence",
    [
        "Meta released LLaMA in February 2023.",
        "Neil Armstrong was the first person to walk on the Moon.",
        "The Apollo program cost about 25 billion dollars.",  # no date, still checkable
        "Discovery flew 39 missions.",  # starts like "discover", a call-to-action verb
        "Learning rates were tuned by hand.",  # starts like "learn"
        "Visitors can see the capsule in Washington.",  # "can" is no recommendation
        # a generic "we" or "our" states a fact
        "The ozone layer stops UV radiation from entering our atmosphere.",
        "We found 68 weather stations located at wastewater treatment plants.",
        "Over the past eight years, the United States has reduced our total carbon pollution.",
        "We didn't have global warming during the Industrial Revolution.",
        "We now know that the energy balance is set by the upper troposphere.",
        "Apollo 12 landed in the Ocean of Storms (?)",  # a doubt marked after an assertion: for a reviewer
        "Key fact: launched in November 1969 from Cape Kennedy.",  # a label, then no request
    ],
)
def test_factual_sentences_are_kept(nlp: Language, sentence: str) -> None:
    assert claim_texts(nlp, f"# Apollo\n\n{sentence}\n") == [sentence]


@pytest.mark.parametrize(
    "sentence",
    ["The US launched Explorer 1 in 1958.", "US inflation peaked at 9.1% in June 2022."],
)
def test_us_the_country_is_not_first_person(nlp: Language, sentence: str) -> None:
    assert claim_texts(nlp, f"# History\n\n{sentence}\n") == [sentence]


def test_a_numeral_after_a_name_is_not_the_writer(nlp: Language) -> None:
    assert claim_texts(nlp, "# Cameras\n\n1925: Leica I launched, 120 roll film\n") == [
        "1925: Leica I launched, 120 roll film"]


@pytest.mark.parametrize("sentence", ["In Paris I visited the Curie Museum last summer.", "At NASA I worked on rockets."])
def test_i_after_a_place_is_the_writer(nlp: Language, sentence: str) -> None:
    assert claim_texts(nlp, f"# Trip\n\n{sentence}\n") == []


def test_a_bullet_with_a_figure_states_something_without_a_verb(nlp: Language) -> None:
    text = ("## Larisa Latynina\n\n- Soviet gymnast, 18 Olympic medals between 1956 and 1964\n- gymnastics, ballet\n"
            "- Python 3, Rust and Scala\n")  # a number after a name is part of the name
    assert claim_texts(nlp, text) == ["Soviet gymnast, 18 Olympic medals between 1956 and 1964"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Share prices fell 5% in 2008.",
        "Contact tracing apps launched in 2020.",
        "Do Kwon founded Terraform Labs in 2018.",
    ],
)
def test_noun_that_looks_like_a_call_to_action_is_kept(nlp: Language, sentence: str) -> None:
    assert claim_texts(nlp, f"# History\n\n{sentence}\n") == [sentence]


@pytest.mark.parametrize(
    "line",
    [
        "[Apollo 11 on Wikipedia](https://en.wikipedia.org/wiki/Apollo_11)",  # link only
        "https://en.wikipedia.org/wiki/Apollo_11",
        "- https://nasa.gov/apollo11 https://nasa.gov/apollo12",
        "\u2190 Back to index",  # navigation
        "Posted by the editors on the mission blog",
        "- large language models\n- open model weights\n- the transformer architecture",  # keyword bullets
        "TODO: check the launch date against the NASA page",  # notes to self
        "??? was it 1969 or 1970",
        "FIXME: add the crew",
        "| Signal | Change |\n|---|---|\n| Lunar tourism | Elements 119 and 120 reported |",  # no value cell
        "*Posted in Mission History \u00b7 9 min read*",  # a byline in emphasis
        "By Dana \u00b7 8 min read",  # a reading time wherever it stands
        "Last edited 12 March 2023",
        "(the book gets a bit breathless around here)",  # a sentence wholly in brackets
        "If you have ever wondered about rockets, this one is for you.",  # the writer to the reader
        "Honestly, it's still the most beautiful rocket ever built.",  # the writer's stance
    ],
)
def test_non_claim_lines_are_dropped(nlp: Language, line: str) -> None:
    text = f"# Apollo\n\n{FACT}\n\n{line}\n"
    assert claim_texts(nlp, text) == [FACT]


def test_hard_wrapped_paragraph_is_one_sentence_whatever_the_next_line_starts_with(nlp: Language) -> None:
    # a document wrapped at about 70 columns: a line break before a capitalised word is no sentence end
    para = ("The Saturn V was developed under the direction of Wernher von Braun at NASA's Marshall\n"
            "Space Flight Center in Huntsville, Alabama, and it flew thirteen times in all between\n"
            "1967 and 1973, never losing a crew or a payload on any of those launches at all.\n")
    texts = claim_texts(nlp, "# Saturn\n\n" + para + "\n" + para.replace("Saturn V", "Saturn IB") + "\n" + para)
    assert texts[0].startswith("The Saturn V was developed") and "Marshall Space Flight Center" in texts[0]


def test_a_line_break_inside_a_sentence_is_no_sentence_end(nlp: Language) -> None:
    # spaCy takes a newline before a capital for a likely sentence end; the unit's lines are one text
    para = ("The Saturn V is still the benchmark. Standing roughly 363 feet tall, the\n"
            "three-stage Moon rocket was built under Wernher von Braun at NASA's Marshall\n"
            "Space Flight Center in Huntsville, Alabama. It flew 15 times between 1967 and\n"
            "1973. Between 1968 and 1972 it sent nine crews toward the Moon, every one of them.\n")
    texts = claim_texts(nlp, "# Rockets\n\n" + para)
    assert any(t.startswith("Standing roughly") and t.endswith("Huntsville, Alabama.") for t in texts), texts


def test_a_definite_description_keeps_the_referent(nlp: Language) -> None:
    text = ("# Rockets\n\nThe Saturn V is still the benchmark. The three-stage rocket was built in Huntsville. "
            "It flew 13 times between 1967 and 1973.\n")
    from pipeline.verify.statement import loads as read_statement

    (flew,) = [c for c in claims(nlp, text) if c.text.startswith("It flew")]
    assert read_statement(flew.statement).referent == "Saturn V"


def test_he_after_a_sentence_about_no_one_is_the_person_acting_in_it(nlp: Language) -> None:
    # the sentence before is about a thing; the person in its "when" clause is who "he" is, not the
    # thing named two sentences back
    text = ("# Lamps\n\nHarry Lister's Glowlamp of 1879 lit the hall, but it never sold well. The real "
            "breakthrough came in 1885, when Joseph Wilson Swan built the Ediswan in Newcastle. He was "
            "John Swan's son, so the trade ran in the family.\n")
    from pipeline.verify.statement import loads as read_statement

    (son,) = [c for c in claims(nlp, text) if c.text.startswith("He was")]
    assert read_statement(son.statement).referent == "Joseph Wilson Swan"


@pytest.mark.parametrize("note", [
    "Brunel 1843 -> launch of the SS Great Britain at Bristol",  # a year before the arrow
    "Sputnik 1 -> Oct 1957",  # a name, an arrow and a date: short, but a claim
    "Royal Geog. Society founded 1830, John Barrow in charge",  # an abbreviation in a name is no full stop
])
def test_short_dated_notes_are_one_claim(nlp: Language, note: str) -> None:
    assert claim_texts(nlp, f"# Notes\n\n- {note}\n") == [note]


def test_a_request_after_a_dash_is_no_claim(nlp: Language) -> None:
    # "Name – go and see it!" asks the reader; "Name – holds it" says something of the name
    assert claim_texts(nlp, "# Museums\n\n- Science Museum – go and see the Rocket!\n") == []
    assert claim_texts(nlp, "# Museums\n\n- Science Museum – holds the Rocket\n") == [
        "Science Museum – holds the Rocket"]


def test_each_claim_carries_its_statement_read_in_context(nlp: Language) -> None:
    from pipeline.verify.statement import loads as read_statement

    first, second = claims(nlp, "# Curie\n\nMarie Curie set up 20 radiography units. She died in July 1934.\n")
    said = read_statement(second.statement)
    assert said.referent == "Marie Curie"  # the pronoun stands for the sentence before
    assert any(p.text == "Marie Curie" and p.role == "subj" for p in said.parts)


def test_empty_document_has_no_claims(nlp: Language) -> None:
    assert claims(nlp, "") == []
    assert claims(nlp, "# Only a heading\n") == []


# --- timelines and tables ----------------------------------------------------------------


def test_timeline_lines_are_one_claim_each_with_their_date(nlp: Language) -> None:
    text = (
        "# Apollo\n\n"
        "1969: Apollo 11 lands on the Moon. Armstrong steps out first.\n"
        "1972: Apollo 17 is the last crewed landing.\n"
    )
    found = claims(nlp, text)
    assert [(c.text, c.line, c.date_context) for c in found] == [
        ("1969: Apollo 11 lands on the Moon. Armstrong steps out first.", 3, "1969"),  # not split
        ("1972: Apollo 17 is the last crewed landing.", 4, "1972"),
    ]
    assert [text[c.start:c.end] for c in found] == [c.text for c in found]


def test_month_lines_take_the_year_of_their_heading(nlp: Language) -> None:
    text = "2023: Something & Other\nMarch: Meta releases LLaMA 1\nJuly: Meta releases Llama 2\n"
    found = claims(nlp, text)
    assert [(c.text, c.line, c.date_context, c.context) for c in found] == [
        ("March: Meta releases LLaMA 1", 2, "2023", "2023: Something & Other"),
        ("July: Meta releases Llama 2", 3, "2023", "2023: Something & Other"),
    ]


def test_table_row_is_a_claim_spelled_with_its_columns(nlp: Language) -> None:
    text = "# Models\n\n| Model | Parameters | Year |\n|---|---|---|\n| LLaMA | 65B | 2023 |\n"
    (c,) = claims(nlp, text)
    assert c.text == "Model: LLaMA; Parameters: 65B; Year: 2023"
    assert text[c.start:c.end] == "| LLaMA | 65B | 2023 |"  # offsets point at the row itself
    assert (c.line, c.context) == (5, "Models")


def test_table_rows_with_a_value_among_longer_cells_are_claims(nlp: Language) -> None:
    text = ("| Vehicle | First flight | Developer | Reused parts |\n|:--|:--|:--|:--|\n"
            "| Space Shuttle | 1981 | NASA | orbiter, solid rocket boosters |\n"
            "| Elements 119 and 120 reported | pending confirmation | | |\n")
    assert claim_texts(nlp, text) == [
        "Vehicle: Space Shuttle; First flight: 1981; Developer: NASA; Reused parts: orbiter, solid rocket boosters"]


def test_table_row_empty_cell_is_left_out(nlp: Language) -> None:
    text = "| Model | Developer | Year |\n|---|---|---|\n| LLaMA |  | 2023 |\n"
    assert claim_texts(nlp, text) == ["Model: LLaMA; Year: 2023"]


def test_compact_table_row_is_a_claim(nlp: Language) -> None:
    text = "|Model|Year|\n|---|---|\n|LLaMA|2023|\n"
    assert claim_texts(nlp, text) == ["Model: LLaMA; Year: 2023"]


# --- offsets and lines -------------------------------------------------------------------


PROSE = (
    "---\n"
    "title: Apollo\n"
    "---\n"
    "# The Moon landings\n"
    "\n"
    "Apollo 11 was the first crewed mission\n"
    "to land on the Moon.   It landed in the  Sea of Tranquility on July 20, 1969.\n"
    "Neil Armstrong and Buzz Aldrin walked on the surface,\n"
    "while Michael Collins stayed in orbit.\n"
    "\n"
    "- Apollo 12 landed in November 1969.\n"
)


def test_prose_offsets_cover_the_claim_text(nlp: Language) -> None:
    doc = loads(PROSE, "x.md")
    found = segment(nlp, doc)
    assert len(found) == 4
    for c in found:
        # (a list item's span holds its marker; its text does not)
        span = " ".join(doc.text[c.start:c.end].split())
        assert span == c.text or span == f"- {c.text}"
        assert doc.body_start <= c.start < c.end <= len(doc.text)


def test_claim_line_is_the_line_it_starts_on(nlp: Language) -> None:
    found = claims(nlp, PROSE)
    assert [(c.line, c.text.split()[0]) for c in found] == [
        (6, "Apollo"),  # the wrapped first sentence starts on line 6 (front matter counts)
        (7, "It"),  # the second sentence starts mid-line 7
        (8, "Neil"),
        (11, "Apollo"),  # the bullet
    ]


def test_wrapped_claim_text_is_whitespace_normalised(nlp: Language) -> None:
    first, second, *_ = claims(nlp, PROSE)
    assert first.text == "Apollo 11 was the first crewed mission to land on the Moon."
    assert second.text == "It landed in the Sea of Tranquility on July 20, 1969."


# --- ids ---------------------------------------------------------------------------------


def test_claim_ids_are_stable_across_calls(nlp: Language) -> None:
    assert [c.claim_id for c in claims(nlp, PROSE)] == [c.claim_id for c in claims(nlp, PROSE)]


def test_claim_id_survives_an_edit_above(nlp: Language) -> None:
    before = f"# Apollo\n\n{FACT}\n"
    inserted = "Apollo 8 orbited the Moon in December 1968.\n\n"
    after = f"# Apollo\n\n{inserted}{FACT}\n"
    (old,) = claims(nlp, before)
    new = next(c for c in claims(nlp, after) if c.text == FACT)
    assert new.claim_id == old.claim_id
    assert (new.start, new.end, new.line) == (old.start + len(inserted), old.end + len(inserted), old.line + 2)


def test_claim_id_changes_with_the_words(nlp: Language) -> None:
    (a,) = claims(nlp, f"# Apollo\n\n{FACT}\n")
    (b,) = claims(nlp, "# Apollo\n\nApollo 11 landed on the Moon in 1970.\n")
    assert a.claim_id != b.claim_id


def test_repeated_sentence_gets_its_own_id(nlp: Language) -> None:
    first, second = claims(nlp, f"# Apollo\n\n{FACT}\n\n{FACT}\n")
    assert first.text == second.text
    assert first.claim_id != second.claim_id  # the occurrence index tells them apart
    assert first.claim_id == claim_id(FACT, 0)
    assert second.claim_id == claim_id(FACT, 1)


def test_claim_id_does_not_depend_on_the_file_name(nlp: Language) -> None:
    # a rename keeps the ids; the state store tells the same words in two files apart (test_identity)
    (a,) = claims(nlp, f"# Apollo\n\n{FACT}\n", "a.md")
    (b,) = claims(nlp, f"# Apollo\n\n{FACT}\n", "archive/b.md")
    assert a.claim_id == b.claim_id


def test_claim_id_ignores_whitespace() -> None:
    assert claim_id("Apollo 11  landed.", 0) == claim_id("Apollo 11\nlanded.", 0)


def test_segment_documents_counts_occurrences_per_file(nlp: Language) -> None:
    docs = [loads(f"# Apollo\n\n{FACT}\n", "a.md"), loads(f"# Apollo\n\n{FACT}\n\n{FACT}\n", "b.md")]
    out = list(segment_documents(nlp, docs))
    assert [d.source for d, _, _ in out] == ["a.md", "b.md"]
    assert [[c.claim_id for c in found] for _, found, _ in out] == [
        [claim_id(FACT, 0)], [claim_id(FACT, 0), claim_id(FACT, 1)]]  # each file counts its own occurrences


# --- property ----------------------------------------------------------------------------


_LINES = st.sampled_from([
    "", "# Apollo", "Apollo 11 landed on the Moon in 1969.", "Did it land?", "- Apollo 12 landed in 1969.",
    "2023: Something & Other", "March: Meta releases LLaMA 1", "1969: Apollo 11 lands.",
    "| Model | Year |", "|---|---|", "| LLaMA | 2023 |", "```", "to land on the Moon.",
    "I need to double-check this.", "https://example.com/x", "Tags: a, b, c",
])


@settings(max_examples=50, deadline=None)
@given(text=st.one_of(st.text(max_size=80), st.lists(_LINES, max_size=8).map("\n".join)))
def test_segment_never_crashes_and_offsets_are_in_bounds(nlp: Language, text: str) -> None:
    text = text.replace("\r", "\n")  # documents have universal newlines
    if text.startswith(("---", "\ufeff---")):
        text = " " + text  # front matter has its own error path (FrontMatterError)
    for c in segment(nlp, loads(text, "x.md")):
        assert 0 <= c.start < c.end <= len(text)
        assert c.line == text.count("\n", 0, c.start) + 1
        assert c.text.strip()


def test_a_generic_you_or_a_thing_told_you_is_still_a_claim(nlp: Language) -> None:
    kept = ["With the telephone you could call across the whole continent in 1915.",
            "The sundial told you the time of day in Rome by 263 BC."]
    text = "# Notes\n\n" + "\n\n".join(kept) + "\n"
    assert claim_texts(nlp, text) == kept


def test_a_table_row_is_parsed_as_a_list_of_cells(nlp: Language) -> None:
    # one long name ("Futura Paul Renner 1927 Stempel") would let a fact with Futura and Paul Renner
    # back the whole row; read as cells, each value is a part of its own
    text = "| Typeface | Designer | Released | Maker |\n|---|---|---|---|\n| Futura | Paul Renner | 1927 | Stempel |\n"
    (claim,) = claims(nlp, text, "notes/types.md")
    names = [p.text for p in statement_loads(claim.statement).parts if p.kind == "name"]
    assert names == ["Futura", "Paul Renner", "Stempel"]
    assert claim.text.startswith("Typeface: Futura; Designer: Paul Renner")


def test_the_writer_in_a_relative_clause_leaves_the_sentence_a_claim(nlp: Language) -> None:
    # "..., which is the ancestor of everything in my garden": the writer qualifies a thing the
    # sentence states; "my" in its own clause ("has pride of place in my collection") is an aside
    assert claim_texts(nlp, "# Hives\n\nHuber built a leaf hive in 1789, which is the ancestor of everything in my garden.\n")
    assert claim_texts(nlp, "# Coins\n\nThe 1933 double eagle, which I saw once, sold in 2021.\n")
    assert not claim_texts(nlp, "# Coins\n\nThe 1933 double eagle has pride of place in my collection.\n")
    # (not a list of the writer's: "but here are a few I couldn't leave out")
    assert not claim_texts(nlp, "# Quakes\n\nQuakes get their own post next month, but here are a few I couldn't leave out.\n")


def test_a_person_a_first_person_aside_brings_in_is_the_next_he(nlp: Language) -> None:
    text = "# Glass\n\nThen comes my favourite, Caspar Lehmann. He engraved glass for the emperor in Prague.\n"
    found = claims(nlp, text)
    assert [c.text for c in found] == ["He engraved glass for the emperor in Prague."]  # the aside is no claim
    assert any(p.resolved and p.text == "Caspar Lehmann" for p in statement_loads(found[0].statement).parts)
    # (not when the aside names two: either may be "he")
    two = claims(nlp, "# Glass\n\nI love Caspar Lehmann and Johann Schaper. He engraved glass in Prague.\n")
    assert not any(p.resolved and p.kind == "name" for p in statement_loads(two[-1].statement).parts)


def test_an_it_after_a_he_does_not_stand_for_him(nlp: Language) -> None:
    text = ("# England\n\nWilliam Caxton set up a press at Westminster in 1476. Before that, he printed the first "
            "book in English in Bruges. It was an edition of the Recuyell.\n")
    *_, it = claims(nlp, text)
    parts = statement_loads(it.statement).parts
    assert not any(p.resolved and p.text == "William Caxton" for p in parts)
    assert any(p.kind == "pronoun" and p.text == "It" for p in parts)
    # a "he" still stands for him
    he = claims(nlp, text)[1]
    assert any(p.resolved and p.text == "William Caxton" for p in statement_loads(he.statement).parts)


def test_a_she_after_an_organisation_did_something_to_her_is_still_her(nlp: Language) -> None:
    text = ("# Earhart\n\nAmelia Earhart flew the Atlantic solo in 1932. Later in 1932 Congress awarded her the "
            "Distinguished Flying Cross. She disappeared over the Pacific in July 1937.\n")
    *_, she = claims(nlp, text)
    resolved = [p.text for p in statement_loads(she.statement).parts if p.resolved and p.kind == "name"]
    assert resolved == ["Amelia Earhart"]


def test_a_he_after_a_name_wordnet_also_knows_as_a_thing_is_that_person(nlp: Language) -> None:
    # "Bell" is a bell first in WordNet, but also a person: the "he" is Bell, not Gray before him
    text = ("# Telephone\n\nElisha Gray filed a caveat on the same day. He lost the case. Bell patented the "
            "telephone in 1876. He co-founded a company in 1877.\n")
    *_, he = claims(nlp, text)
    assert {p.text for p in statement_loads(he.statement).parts if p.resolved and p.kind == "name"} == {"Bell"}


@pytest.mark.parametrize(
    "sentence",
    [
        "That treaty gave you the right to vote in 1920.",  # a thing that did something to "you"
        "Personally delivered by Nixon, the letter reached Moscow in 1972.",  # no stance comma
        "The five-minute rule of 8 min read was introduced by Medium in 2013 for every long post.",
    ],
)
def test_look_alikes_of_chatter_are_claims(nlp: Language, sentence: str) -> None:
    assert claim_texts(nlp, f"# Notes\n\n{sentence}\n") == [sentence]


def test_a_table_row_of_codes_states_something(nlp: Language) -> None:
    text = ("# Openings\n\n| Opening | First moves |\n|---|---|\n| Ruy Lopez | 1.e4 e5 2.Nf3 Nc6 3.Bb5 |\n"
            "| Notes | see the club book and the other sheet |\n")
    assert claim_texts(nlp, text) == ["Opening: Ruy Lopez; First moves: 1.e4 e5 2.Nf3 Nc6 3.Bb5"]


@pytest.mark.parametrize(
    "line",
    [
        "- Rematch May 1997, Philadelphia again.",  # a year after a month is a figure
        "- Immortal Game = Anderssen v Kieseritzky, London 1851.",  # "=" says "is"
    ],
)
def test_verbless_note_lines_with_a_date_or_an_equals_sign_are_claims(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"# Notes\n\n{line}\n") == [line[2:]]


def test_a_bare_keyword_line_is_still_no_claim(nlp: Language) -> None:
    assert claim_texts(nlp, "# Notes\n\n- Reading list, May and June\n") == []



@pytest.mark.parametrize(
    "line",
    [
        "- Has won 20 Grand Slam titles",  # an auxiliary opens a note, no question mark: a claim
        "Will Smith won the Academy Award for Best Actor in 2022.",
        "Action: Die Hard was released in 1988.",  # a genre, not a task
        "Reminder: the Berlin Wall fell on 9 November 1989.",
        "If cornered, rolled into a ball and waited.",  # no "you": not a request
    ],
)
def test_look_alikes_of_questions_tasks_and_requests_are_claims(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"# Notes\n\n{line}\n") == [line.removeprefix("- ")]


def test_two_years_later_counts_from_the_paragraphs_last_year(nlp: Language) -> None:
    text = ("# Tambora\n\nIn April 1815 Mount Tambora erupted. Two years later came the Year Without a Summer.\n\n"
            "Two years later the crops failed.\n")
    second, third = claims(nlp, text)[1:]
    dates = [p.value[:2] for p in statement_loads(second.statement).parts if p.kind == "date"]
    assert dates == [(1817, 1817)]
    # (another paragraph counts from nothing it can see)
    assert not [p for p in statement_loads(third.statement).parts if p.kind == "date"]


@pytest.mark.parametrize("text, kept", [
    ("If you enjoyed this, please subscribe – it really helps.", False),
    ("Visitors are asked to please keep off the grass, the sign said in 1901.", True),
])
def test_please_on_a_verb_without_a_subject_asks(nlp: Language, text: str, kept: bool) -> None:
    assert bool(claim_texts(nlp, text + "\n")) == kept


def test_a_sentence_with_two_years_leaves_later_uncounted(nlp: Language) -> None:
    text = ("# Tolstoy\n\nLeo Tolstoy married Sophia Behrs in 1862; she had been born in 1844. "
            "A year later their first son Sergei was born.\n")
    last = claims(nlp, text)[-1]
    assert not [p for p in statement_loads(last.statement).parts if p.kind == "date"]


@pytest.mark.parametrize("text, kept", [
    ("Dickens wrote in 1850, please remember the poor, in his magazine Household Words.", True),
])
def test_a_quoted_plea_inside_a_statement_is_no_request(nlp: Language, text: str, kept: bool) -> None:
    assert bool(claim_texts(nlp, text + "\n")) == kept


def test_a_notes_abbreviation_ends_no_sentence(nlp: Language) -> None:
    assert [c.text for c in claims(nlp, "- MSH: 57 dead, incl. David Johnston\n")] == [
        "MSH: 57 dead, incl. David Johnston"]


def test_a_labelled_note_is_a_claim_not_metadata(nlp: Language) -> None:
    text = "# Firsts\n\n- First modern Olympic champion: Spyridon Louis (marathon, 1896)\n\nTags: olympics, firsts\n"
    assert [c.text for c in claims(nlp, text)] == ["First modern Olympic champion: Spyridon Louis (marathon, 1896)"]


def test_a_bullet_without_a_full_stop_is_one_note(nlp: Language) -> None:
    text = "## Forth\n\n- UNESCO World Heritage since 2005\n- opened 4 March 1890\n"
    assert [c.text for c in claims(nlp, text)] == ["UNESCO World Heritage since 2005", "opened 4 March 1890"]


def test_a_tag_after_a_timeline_date_keeps_the_line_an_event(nlp: Language) -> None:
    text = "1924 (W): first Winter Olympics, St. Moritz\n1928: Amsterdam - Olympic flame lit for the first time\n"
    got = claims(nlp, text)
    assert [c.text for c in got] == ["1924 (W): first Winter Olympics, St. Moritz",
                                     "1928: Amsterdam - Olympic flame lit for the first time"]
    assert got[1].context == ""  # the tagged line is no heading over the next


def test_what_should_have_been_hides_no_fact_joined_to_it(nlp: Language) -> None:
    text = "Munich 1972 should have been a celebration, but eleven athletes were murdered.\n\nIt should be banned.\n"
    assert [c.text for c in claims(nlp, text)] == [
        "Munich 1972 should have been a celebration, but eleven athletes were murdered."]


def test_a_ranked_label_with_its_holder_is_a_claim(nlp: Language) -> None:
    text = "## Notes\n\n- first American in orbit: John Glenn\n- Twelve moonwalkers, all Apollo, 1969–72\n- Tags: space\n"
    assert [c.text for c in claims(nlp, text)] == ["first American in orbit: John Glenn",
                                                   "Twelve moonwalkers, all Apollo, 1969–72"]


def test_a_fact_card_gives_claims_and_its_footer_none(nlp: Language) -> None:
    text = ("# The Forth Bridge\n\nLength: 2,529 m\nOpened: 4 March 1890\n\n- updated 3 May 2021\n\n"
            "Last Reviewed: 12 May 2023\nWord count: 1,250\nTime to read: 4 minutes\n")
    assert [c.text for c in claims(nlp, text)] == ["Length: 2,529 m", "Opened: 4 March 1890"]


@pytest.mark.parametrize("line", [
    "- radiocarbon dating works only for samples under 50,000 years",  # "radiocarbon" tagged VB: no verb, no request
    "- H. erectus: about 1.9–0.1 million years ago, in Africa and Asia",  # a figure as a span
])
def test_notes_a_tagger_misreads_are_still_claims(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"## Dating\n\n{line}\n") == [line[2:]]


def test_a_list_items_span_holds_its_marker_and_its_text_does_not(nlp: Language) -> None:
    text = "## Firsts\n\n3. 1911 – Amundsen reaches the South Pole\n- Scott reached the pole in January 1912\n"
    found = claims(nlp, text)
    assert [c.text for c in found] == ["1911 – Amundsen reaches the South Pole", "Scott reached the pole in January 1912"]
    assert [text[c.start:c.start + 3] for c in found] == ["3. ", "- S"]


def test_a_name_and_its_year_under_a_heading_is_a_claim(nlp: Language) -> None:
    text = "## UNESCO years\n\n1. Petra – 1985\n2. March 1985\n"
    assert claim_texts(nlp, text) == ["Petra – 1985"]
    # (a name that opens like a month is a name: Marconi, Mayer, Junko)
    text = "## Nobel years\n\n- Marconi – 1909\n- Mayer – 1963\n- Jun. 1963\n"
    assert claim_texts(nlp, text) == ["Marconi – 1909", "Mayer – 1963"]


@pytest.mark.parametrize("line", [
    "* [Penicillin at 90: The Oxford Story](a1b2c3d4e5f60718293a4b5c6d7e8f90)",  # one link, whatever its target
    "Hi everyone, and thanks for stopping by!",  # a greeting
    "Revision tip: learn the dates first, it's always on the paper!",  # a request under a label
])
def test_boilerplate_lines_are_no_claims(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"## Notes\n\n{line}\n") == []


@pytest.mark.parametrize("line", [
    "Thanks to penicillin, deaths from pneumonia fell sharply after 1945.",
    "Hello, Dolly! opened on Broadway in 1964.",
])
def test_a_line_opening_like_a_greeting_may_be_a_claim(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"## Notes\n\n{line}\n") == [line]


def test_a_doubt_in_brackets_after_a_claim_is_an_aside_of_its_own(nlp: Language) -> None:
    text = "## Altamira\n\n- found 1868 by a hunter (the dog story may be a legend)\n"
    found = claims(nlp, text)
    assert [c.text for c in found] == ["found 1868 by a hunter"]
    assert text.index("(the dog") >= found[0].end


def test_early_and_bc_years_open_timeline_lines(nlp: Language) -> None:
    text = ("Ancient maths\n\nc. 300 BC: Euclid active in Alexandria\n212 BC: Archimedes killed at Syracuse\n"
            "415: Hypatia murdered in Alexandria\n")
    found = claims(nlp, text)
    assert [c.text for c in found] == ["c. 300 BC: Euclid active in Alexandria", "212 BC: Archimedes killed at Syracuse",
                                       "415: Hypatia murdered in Alexandria"]
    years = [[p.value[:2] for p in statement_loads(c.statement).parts if p.kind == "date"] for c in found]
    assert years == [[(-305, -295)], [(-212, -212)], [(415, 415)]]


def test_a_timeline_line_states_its_own_circa_date(nlp: Language) -> None:
    # "c. 1271 - ..." is the line's date as written, a part of what it says (not one it inherits
    # from a heading, which a fact need not state)
    found = claims(nlp, "Travels\n\nc. 1271 - Marco Polo sets out for Cathay\n\n## 1298\n\n- Polo is taken prisoner at Curzola\n")
    dates = [[(p.value[:2], p.resolved) for p in statement_loads(c.statement).parts if p.kind == "date"] for c in found]
    assert dates == [[((1266, 1276), False)], [((1298, 1298), True)]]


def test_a_may_line_under_a_year_is_dated_may(nlp: Language) -> None:
    found = claims(nlp, "Timeline\n\n1969\nMay: Apollo 10 rehearses the landing\n")
    assert [p.value[:3] for p in statement_loads(found[0].statement).parts if p.kind == "date"] == [(1969, 1969, 5)]


@pytest.mark.parametrize("line", [
    "- prof. at Leiden from 1709",  # an abbreviation's stop ends no sentence
    "- Herschel: discovered Uranus from Bath",  # a name English lacks, as a note's label
    "- Röntgen – Nobel Prize in Physics 1901, for X-rays",  # a year after a name is a date
])
def test_notes_with_abbreviations_and_labels_are_claims(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"## Notes\n\n{line}\n") == [line[2:]]


def test_a_prize_and_year_alone_stays_a_label(nlp: Language) -> None:
    assert claim_texts(nlp, "## Keywords\n\n- Nobel Prize 1901\n") == []


# --- the eleventh stop: tables, quotations, labels, abbreviations ------------------------


def test_a_record_row_without_a_figure_and_a_measure_cell_are_claims(nlp: Language) -> None:
    # a superlative in the first cell and a name in another state a record; a cell opening on its
    # figure (or a bound before it) is a value however many words follow
    text = ("| Record | Holder | Figure |\n|---|---|---|\n"
            "| Heaviest parrot | Kakapo | — |\n"
            "| Largest wingspan | Wandering albatross | up to ~3.5 m |\n"
            "| Fastest animal | Peregrine falcon | > 320 km/h in a dive |\n"
            "| Super-spike shoes | Sprint times drop | 100 m record under 9.5 seconds |\n")
    assert claim_texts(nlp, text) == [
        "Record: Heaviest parrot; Holder: Kakapo",
        "Record: Largest wingspan; Holder: Wandering albatross; Figure: up to ~3.5 m",
        "Record: Fastest animal; Holder: Peregrine falcon; Figure: > 320 km/h in a dive"]


def test_a_dash_cell_is_empty_not_an_aside(nlp: Language) -> None:
    # "| — |" read as a spaced dash would set the rest of the row aside, its act with it
    text = "| Record | Holder | Figure | Notes |\n|---|---|---|---|\n| Heaviest parrot | Kakapo | — | can fly short distances |\n"
    (c,) = claims(nlp, text)
    acts = [p for p in statement_loads(c.statement).parts if p.kind == "act"]
    assert acts and not any(p.detail for p in acts)


@pytest.mark.parametrize("line", [
    '- 1876 - "My Grandfather\'s Clock" by Henry Clay Work gives the longcase clock its nickname',
    '- "Give us our eleven days" riots followed the change in 1752',
    "- Bar-headed geese: cross the Himalayas on migration",
    "- Julian cal. → Augustus, in effect from 45 BC",
])
def test_quotations_doers_under_labels_and_abbreviations_keep_the_claim(nlp: Language, line: str) -> None:
    # a quotation is not the writer speaking or asking; a plural of creatures before a colon does
    # what the verb says; a full stop before an arrow ends an abbreviation, not the note
    assert claim_texts(nlp, line + "\n") == [line[2:]]


def test_a_request_under_a_label_is_still_dropped(nlp: Language) -> None:
    assert claim_texts(nlp, "- Students: bring your calculators on Friday\n- Next steps: read the paper again\n") == []


def test_a_bracket_after_a_full_stop_is_an_aside(nlp: Language) -> None:
    assert claim_texts(nlp, "- It won every one of the 100 games. (really??)\n") == ["It won every one of the 100 games."]


def test_a_request_opening_a_list_item_is_dropped(nlp: Language) -> None:
    # (however a clause inside it has a subject of its own)
    text = "7. Remind visitors that flash photography is not allowed!\n- Aside from honey, bees make wax.\n"
    assert claim_texts(nlp, text) == ["Aside from honey, bees make wax."]


def test_people_before_a_colon_are_whom_a_request_is_for(nlp: Language) -> None:
    assert claim_texts(nlp, "- Listeners: send us your questions\n- Baristas: try a longer ratio for filter\n") == []


@pytest.mark.parametrize("text, expected", [
    ('"The Eiffel Tower opened in 1889."\n', ['"The Eiffel Tower opened in 1889."']),  # a line all quotation
    ("- Moved to Oslo in 1890. -- Died there 1910\n", ["Moved to Oslo in 1890.", "-- Died there 1910"]),
    ("- Materials: use recycled paper.\n", []),  # materials are no doer of a request
    ("| Record | Figure |\n|---|---|\n| Tallest tree | Up to 115 m tall |\n",
     ["Record: Tallest tree; Figure: Up to 115 m tall"]),  # a bound in capitals
])
def test_eleventh_stop_review_of_segmentation(nlp: Language, text: str, expected: list[str]) -> None:
    assert claim_texts(nlp, text) == expected


def test_a_table_row_with_a_clause_in_a_cell_states_something(nlp: Language) -> None:
    # a cell with a verb in the past or "is" and its subject says something; a present verb in a
    # table of trends does not
    text = ("| Dye | Source | Note |\n|---|---|---|\n| Woad | leaves | woad was the main blue of Europe |\n"
            "| Madder | roots | red |\n| Weld | flowers | it was great |\n")
    assert claim_texts(nlp, text) == ["Dye: Woad; Source: leaves; Note: woad was the main blue of Europe"]
    trends = ("| Signal | Change |\n|---|---|\n| Synthetic dyes | Natural dyes disappear from most shops |\n")
    assert claim_texts(nlp, trends) == []


@pytest.mark.parametrize("line, claim", [
    ("- Tyrian purple -> from murex snails", True),  # an arrow between words says "is" or "comes"
    ("- cinnamon (Cinnamomum verum) native to Sri Lanka", True),  # an adjective after its noun, and a name
    ("- links useful for the exam", False),  # (no name after its preposition: a label)
    ("- spices, dyes, textiles", False),
])
def test_a_verbless_note_with_an_arrow_or_an_adjective_predicate_states_something(
        nlp: Language, line: str, claim: bool) -> None:
    assert bool(claim_texts(nlp, f"# Notes\n\n{line}\n")) is claim


def test_he_is_not_the_actor_when_another_person_stands_beside_them(nlp: Language) -> None:
    # "... when Marie Curie shared the prize with Pierre Curie. He ...": either of them; no guess
    text = ("# Curies\n\nThe big year was 1903, when Marie Curie shared the Nobel Prize with Pierre Curie. He won a "
            "second Nobel Prize in 1911.\n")
    from pipeline.verify.statement import loads as read_statement

    (he,) = [c for c in claims(nlp, text) if c.text.startswith("He won")]
    assert read_statement(he.statement).referent != "Marie Curie"


def test_a_name_and_its_year_after_an_arrow_is_a_claim(nlp: Language) -> None:
    assert claim_texts(nlp, "# Telescopes\n\n- Hubble -> 1990\n") == ["Hubble -> 1990"]


@pytest.mark.parametrize("line", [
    "Don't bring this to the table, Dave.",  # a request not to do something is a request
    "Right, this is the bit I actually care about.",  # the text itself, and the writer
])
def test_a_request_not_to_and_the_writer_on_the_text_are_no_claims(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"# Notes\n\n{line}\n") == []


def test_a_thing_the_writer_fears_is_still_a_claim_when_the_text_is_not_the_subject(nlp: Language) -> None:
    assert claim_texts(nlp, "# Notes\n\nSmallpox killed 300 million people in the 20th century.\n")


@pytest.mark.parametrize("line, kept", [
    # a label of the writer's or a request before a clause with a subject of its own and a figure
    ("My favourite fact: in 1928 Richard Halliburton swam the Panama Canal.", True),
    ("Look for the watermark: the Royal Mint only started adding it in 1862.", True),
    # not a stance, a wish or a supposition, nor a clause about the reader or the writer
    ("My take: the 1900 Games were a mess.", False),
    ("Imagine this: 40 million people watching.", False),
    ("Call us: we answer 24 hours a day.", False),
    ("Tip: check the 3 boxes first.", False),
])
def test_a_label_before_a_claim_is_not_the_writers_aside(nlp: Language, line: str, kept: bool) -> None:
    assert bool(claim_texts(nlp, f"# Notes\n\n{line}\n")) is kept


def test_a_label_is_not_part_of_what_the_claim_says(nlp: Language) -> None:
    found = claims(nlp, "# Notes\n\nMy favourite fact: in 1928 Richard Halliburton swam the Panama Canal.\n")
    said = statement_loads(found[0].statement)
    assert "fact" not in {w for p in said.parts for w in p.words}
    assert "Richard Halliburton" in {p.text for p in said.parts if p.kind == "name"}


def test_a_remark_in_brackets_leaves_the_parse_of_the_claim(nlp: Language) -> None:
    # ("(check this)" made "check" the root of the bullet, a request)
    assert claim_texts(nlp, "# Canals\n\n- today ~193 km after widening (check this)\n") == [
        "today ~193 km after widening"]


def test_how_the_writer_heard_it_is_no_claim(nlp: Language) -> None:
    # the writer's "I" left out: "listened on the train, so these are messy"
    text = "# Podcast notes\n\n- listened on the bus, so the notes are rough\n- Hubble launched in April 1990\n"
    assert [c.text for c in claims(nlp, text)] == ["Hubble launched in April 1990"]
    # (someone listened: a claim)
    assert claims(nlp, "- Millions listened to the broadcast in 1938.\n")


@pytest.mark.parametrize("line, kept", [
    # the writer turning to the next thing
    ("Which brings us to Houdini.", False),
    ("That leads us on to the next big name.", False),
    # (something that brought people somewhere is a claim)
    ("The railway brought thousands of visitors to Brighton in 1841.", True),
    # the writer's feeling about a topic, with nothing said of it
    ("Stilton is a funny one.", False),
    # (a rank is said of it)
    ("Everest is the highest one.", True),
    # what the notes themselves hold
    ("Not everything here is from the slides!", False),
    ("Not everything in the museum is from Egypt.", True),
])
def test_turns_feelings_and_the_notes_themselves_are_no_claims(nlp: Language, line: str, kept: bool) -> None:
    assert bool(claim_texts(nlp, f"# Notes\n\n{line}\n")) is kept


def test_a_short_cell_with_a_figure_and_its_unit_makes_a_row_a_claim(nlp: Language) -> None:
    table = ("| Cheese | Where | Remember |\n|---|---|---|\n"
             "| Parmigiano wheel | - | weighs ≈ 40 lb |\n| Manchego | La Mancha | firm, nutty |\n")
    assert claim_texts(nlp, table) == ["Cheese: Parmigiano wheel; Remember: weighs ≈ 40 lb"]


@pytest.mark.parametrize("line, kept", [
    # a request on the reader's condition, wherever the parser hangs it
    ("And if you enjoyed this, subscribe to the newsletter: part two is all about tunnels.", False),
    # (a condition on someone else is no request)
    ("If the dam had failed, the valley would have flooded in 1928.", True),
    # a blog's boilerplate
    ("Comments are moderated.", False),
    ("Comments from readers led the council to reopen the canal in 1974.", True),
])
def test_a_request_on_the_readers_condition_and_boilerplate_are_no_claims(nlp: Language, line: str,
                                                                          kept: bool) -> None:
    assert bool(claim_texts(nlp, f"# Notes\n\n{line}\n")) is kept


@pytest.mark.parametrize("line", [
    # (what brought someone somewhere, with a date, is a claim; the turning rule is the writer's present)
    "It brought us to the Moon in 1969.",
    "This led us to war in 2003.",
])
def test_a_turn_in_the_past_with_a_date_is_a_claim(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"# Notes\n\n{line}\n") == [line]


@pytest.mark.parametrize("line, kept", [
    # a note's question, with or without its mark
    ("Q: who actually paid for the Calcutta ice house", False),
    # a stance with no comma after it
    ("honestly the Assize is the most boring bit", False),
    # a sign-off, a blog's footer, an apology
    ("That's all for this week.", False),
    ("Filed under: Food, History", False),
    ("Apologies for the long silence; moving house ate my spring.", False),
    # a doubt about the notes themselves
    ("not sure about half of these dates, go back and check them all", False),
    # what the writer is doing
    ('reading "Salt: A World History" on the bus, ~200 pages in so far', False),
    # a request after an adverb, and one not to whatever clause the parser makes the root
    ("Always weigh your flour instead of using cups.", False),
    ("don't sharpen with a knife like the old guides say, it snaps the core", False),
    # a judgement with nothing to check, and what a podcast's guest thinks
    ("this whole Calcutta segment was wild", False),
    ("guest thinks the ice trade is the most underrated", False),
    # (a judgement word inside what a claim says, or beside a figure, is no opinion)
    ("The north face of the Eiger was for years the great unsolved problem of the Alps.", True),
    ("1748 - Nolli's great plan of Rome", True),
    ("The arabica plant grows wild in the lowland forests of Ethiopia.", True),
    # (a mine is no "mine"; a gerund subject is a subject)
    ("The material was so valuable that the mine was guarded.", True),
    ("Changing the ratio of clay to graphite let makers control how hard the lead was.", True),
])
def test_notes_questions_stances_and_judgements(nlp: Language, line: str, kept: bool) -> None:
    assert bool(claim_texts(nlp, f"# Notes\n\n{line}\n")) is kept


# The eighteenth stop's second review: lines an independent reviewer wrote against the later rounds
# (a096eaf) that they got wrong (real claims dropped, mostly), and the mends get right.
@pytest.mark.parametrize("text, form, kept", [
    ("IMO 2020 capped the sulphur content of ship fuel at 0.5%.", "bullet", True),
    ("IMO rules banned heavy fuel oil in Antarctic waters in 2011.", "bullet", True),
    ("IMO medallists include Terence Tao, who won gold at the age of thirteen.", "bullet", True),
    ("Frankly Speaking was a BBC radio interview series.", "bullet", True),
    ("Sorry for Your Loss starred Elizabeth Olsen as a young widow.", "bullet", True),
    ("Apologies were issued by the Australian government to the Stolen Generations.", "bullet", True),
    ("Apologies to the Stolen Generations were made by Kevin Rudd and Stephen Harper.", "bullet", True),
    ("That's all for the dodo: the last confirmed sighting was in 1662.", "bullet", True),
    ("Filed under a false name, the patent was granted in 1876.", "bullet", True),
    ("Unsure of his welcome, Lincoln arrived in Washington in secret in February 1861.", "bullet", True),
    ("Unsure footing made the north face of the Eiger notoriously deadly.", "bullet", True),
    ("Unsure how to proceed, Eisenhower delayed D-Day by twenty-four hours.", "bullet", True),
    ("Reading Dickens aloud was a popular Victorian pastime.", "bullet", True),
    ("Watching television for more than four hours a day doubles the risk of heart disease, a 2011 study found.", "bullet", True),
    ("Listening to Mozart does not raise IQ, according to a 1999 meta-analysis.", "bullet", True),
    ("Reading Gaol held Oscar Wilde from 1895 to 1897.", "bullet", True),
    ("Watching the Moon landing live, an estimated 600 million people tuned in.", "bullet", True),
    ("Reading the telegram aloud, Lincoln announced the fall of Richmond.", "bullet", True),
    ("Watching birds became a mass hobby in Britain after 1945.", "bullet", True),
    ("Don't Stop Believin' was released by Journey in 1981.", "bullet", True),
    ("Don't Look Now is a thriller directed by Nicolas Roeg.", "bullet", True),
    ("Always Look on the Bright Side of Life closes Monty Python's Life of Brian.", "bullet", True),
    ("Just Eat was founded in Denmark in 2001.", "bullet", True),
    ("The horses on Assateague Island are wild.", "bullet", True),
    ("Beowulf is an Old English epic.", "bullet", True),
    ("The Iliad is an epic poem attributed to Homer.", "bullet", True),
    ("Paradise Lost is an epic poem by John Milton.", "bullet", True),
    ("Nietzsche was insane for the last eleven years of his life.", "bullet", True),
    ("King George III was insane in his final years.", "bullet", True),
    ("Summers in Reykjavik are cool and short.", "bullet", True),
    ("The Odyssey is Homer's second epic.", "bullet", True),
    ("Nights in the Atacama Desert are cool.", "bullet", True),
    ("The Mahabharata is the longest epic poem ever written.", "bullet", True),
    ("The lecturer believes the Vikings reached Newfoundland first.", "bullet", False),
    ("The narrator of Moby-Dick calls himself Ishmael.", "bullet", True),
    ("The Speaker calls the House of Commons to order.", "bullet", True),
    ("The narrator of The Great Gatsby says he is from the Midwest.", "bullet", True),
    ("Reading the will, the lawyer found that Nobel left his fortune to the prizes.", "prose", True),
    ("Don't Look Back in Anger reached number one in the UK in 1996.", "prose", True),
])
def test_eighteenth_stop_second_review(nlp: Language, text: str, form: str, kept: bool) -> None:
    body = f"- {text}\n" if form == "bullet" else f"{text}\n"
    assert bool(claims(nlp, "# Notes\n\n" + body)) is kept


@pytest.mark.parametrize("line, kept", [
    # the writer asking for word back
    ("Corrections welcome, ping me on the group chat.", False),
    ("Feedback is always welcome!", False),
    ("Refugees were welcome in Amsterdam after 1685.", True),
    # how the document writes things
    ("Heights are to the top of the structure unless noted.", False),
    # what the document is for, with no verb
    ("Quick reference for the smelling exam on Friday.", False),
    ("The reference for the 1889 metre was kept at Sèvres.", True),
])
def test_invitations_conventions_and_purposes_are_no_claims(nlp: Language, line: str, kept: bool) -> None:
    assert bool(claim_texts(nlp, f"# Notes\n\n{line}\n")) is kept


@pytest.mark.parametrize("line, kept", [
    # a name's label, and after it a name under a preposition or a superlative
    ("- IFF: headquarters in New York City", True),
    ("- Jacques Cousteau: co-inventor of the Aqua-Lung", True),
    ("- Nestlé: the world's biggest food company", True),
    # (not a keyword list, nor a common word's label)
    ("- Stack: Django, React", False),
    ("- Tools: pencils from Keswick", False),
])
def test_a_labelled_bullet_that_places_or_ranks_a_name_is_a_claim(nlp: Language, line: str, kept: bool) -> None:
    assert bool(claim_texts(nlp, f"## Firms\n\n{line}\n")) is kept


def test_a_timeline_line_with_a_trailing_doubt_is_still_a_claim(nlp: Language) -> None:
    text = "Timeline\n\n1792  Mülhens starts a firm in Cologne ???\n??? when was it sold\nwho bought it ???\n"
    assert claim_texts(nlp, text) == ["1792 Mülhens starts a firm in Cologne ???"]


@pytest.mark.parametrize("line, kept", [
    # (the review's: "me" and "us" in lower case only; an invitation or a convention with a figure says
    # something of the world; a rule of the world "unless stated" is one; a title line with a participle)
    ("The broadcast began at 4:17 pm US Eastern time on 20 July 1969.", True),
    ("Comments welcome, and the Cuban Missile Crisis lasted thirteen days in October 1962.", True),
    ("Employment is presumed to be at will unless otherwise stated in a contract.", True),
    ("Primer for the New England colonies, first printed in Boston around 1690.", True),
    ("Unless noted, all quotes are from the interview.", False),
    ("Pull requests are welcome.", False),
])
def test_invitations_and_conventions_are_told_from_claims_that_carry_them(nlp: Language, line: str,
                                                                          kept: bool) -> None:
    assert bool(claim_texts(nlp, f"# Notes\n\n{line}\n")) is kept


def test_an_abbreviation_in_a_name_does_not_cut_a_note(nlp: Language) -> None:
    text = "## Cars\n\n- Ford Motor Co. (Henry Ford, 1903) = the first mass producer\n- Ford began in 1903. It sold cars.\n"
    assert claim_texts(nlp, text) == ["Ford Motor Co. (Henry Ford, 1903) = the first mass producer",
                                      "Ford began in 1903.", "It sold cars."]


@pytest.mark.parametrize("line, kept", [
    # (the second review's: a label must name something; a section's Title Case does not)
    ("- Further Reading: The Story of IG Farben in Frankfurt", False),
    ("- BASF: headquarters in Ludwigshafen", True),
])
def test_a_labelled_bullet_needs_a_label_that_names_something(nlp: Language, line: str, kept: bool) -> None:
    assert bool(claim_texts(nlp, f"## Firms\n\n{line}\n")) is kept


@pytest.mark.parametrize("line, kept", [
    # (the twentieth stop's: a label asking where a named thing is, its answer a place)
    ("- Remington HQ: Ilion, New York", True),
    ("- Olivetti base: Ivrea, Italy", True),
    ("- Further reading: Typewriter Topics", False),
    # (the review's: a label that says whose place it is names nothing)
    ("- Our HQ: Dave's garage", False),
    ("- Backup venue: Hilton Garden Inn", False),
])
def test_a_label_asking_where_a_named_thing_is_with_a_place_is_a_claim(nlp: Language, line: str, kept: bool) -> None:
    assert bool(claim_texts(nlp, f"## Firms\n\n{line}\n")) is kept


def test_a_timeline_line_whose_date_the_writer_did_not_know_is_a_claim(nlp: Language) -> None:
    text = "# Timeline\n\n1920\n  ??? - the press arm sold to Brandt\n  ??? - when did Brandt close?\n"
    (claim,) = claim_texts(nlp, text)
    assert claim.endswith("the press arm sold to Brandt")


def test_a_table_row_whose_note_dates_an_event_is_a_claim(nlp: Language) -> None:
    text = ("| Maker | Founded | Notes |\n|---|---|---|\n"
            "| Adler | – | sold to Triumph in 1957 |\n| Imperial | – | see the museum page |\n")
    assert claim_texts(nlp, text) == ["Maker: Adler; Notes: sold to Triumph in 1957"]


def test_a_table_cell_of_the_writers_own_plans_is_no_value(nlp: Language) -> None:
    text = ("| Book | About | Notes |\n|---|---|---|\n"
            "| Cadillac Desert | the classic on western US water | read it in 2019 |\n")
    assert claim_texts(nlp, text) == []


def test_a_card_line_that_names_its_label_and_a_name_is_a_claim(nlp: Language) -> None:
    # (the twenty-first stop's: "Davis Cup donor: Dwight F. Davis" was dropped as a label without a verb,
    # and "Fastest serve on record: 263 km/h" as a call to action, the tagger making "serve" the verb)
    found = claim_texts(nlp, "Facts\n\nDavis Cup donor: Dwight F. Davis, a Harvard student\n"
                             "Fastest serve on record: 263 km/h, Sam Groth (2012)\nSpinning mule: 1779\n")
    assert "Davis Cup donor: Dwight F. Davis, a Harvard student" in found
    assert "Fastest serve on record: 263 km/h, Sam Groth (2012)" in found


@pytest.mark.parametrize("line, kept", [
    # (the twenty-first stop's: a bare verb after a comma, no subject of its own, is a note to do it)
    ("Lecturer ran over time, copy the rest from the handout later!!", False),
    ("Everything you need for the quiz round, on one page.", False),
    ("Caesar came, saw the city and left in 47 BC.", True),
    ("The tower opened in 1889, drew crowds and became a symbol of Paris.", True),
])
def test_a_bare_verb_after_a_comma_is_a_request(nlp: Language, line: str, kept: bool) -> None:
    assert bool(claim_texts(nlp, f"# Notes\n\n{line}\n")) is kept


@pytest.mark.parametrize("line, kept", [
    # (the twenty-first stop's review: a page's own credits, links and tastes are no card of facts)
    ("Guest: Nile Rodgers", False),
    ("Facebook: Rock History Weekly", False),
    ("Favourite Beatles albums: Revolver, Abbey Road", False),
    ("Berlin trilogy producer: Brian Eno", True),
])
def test_a_pages_own_credits_are_no_card_line(nlp: Language, line: str, kept: bool) -> None:
    # (among the lines of a card)
    found = claim_texts(nlp, f"# Episode 42\n\nBest-selling disco single: Le Freak\n{line}\nMotown house band: The Funk Brothers\n")
    assert (line in found) is kept


@pytest.mark.parametrize("line, kept", [
    # (the twenty-first stop's second review: a verb whose past is its base goes on telling; a credit word
    # inside a label about something is no credit)
    ("Chez Panisse opened in 1971, quit serving à la carte in 1980.", True),
    ("Facebook founder: Mark Zuckerberg", True),
])
def test_a_past_like_its_base_and_a_label_that_only_names_a_platform(nlp: Language, line: str, kept: bool) -> None:
    found = claim_texts(nlp, f"# Notes\n\nThe first issue sold out in 1968.\n\n{line}\n"
                             "Motown house band: The Funk Brothers\n")
    assert (line in found) is kept


@pytest.mark.parametrize("sentence, claim", [
    # (the twenty-second stop: the writer's clause joined on after a statement is an aside of its own)
    ("Over in Wales, Snowdonia has about 90 peaks, and I swear I climbed most of them.",
     "Over in Wales, Snowdonia has about 90 peaks"),
    ("Exmoor was England's eighth national park, and it's still my favourite.", "Exmoor was England's eighth national park"),
])
def test_the_writers_clause_after_a_statement_is_cut_off(nlp: Language, sentence: str, claim: str) -> None:
    found = claim_texts(nlp, f"# Trip report\n\n{sentence}\n")
    assert claim in found
    assert not any("I swear" in t or "favourite" in t for t in found)


def test_small_talk_before_the_writers_clause_stays_out(nlp: Language) -> None:
    found = claim_texts(nlp, "# Hello\n\nIt has been a rainy week here, so naturally I spent it reading.\n")
    assert found == []


@pytest.mark.parametrize("line, kept", [
    ("Thimonnier's nationality: French", True),
    ("Utah's first national park: Zion", True),
    ("Harry Truman: signed the act", True),
    ("Getting There: Shuttle Buses", False),
])
def test_a_label_and_one_capitalised_word_or_a_persons_name_and_a_verb(nlp: Language, line: str, kept: bool) -> None:
    # (among a card's lines)
    found = claim_texts(nlp, f"# Quick lines\n\nParent body: the Department of the Interior\n{line}\n")
    assert (line in found) is kept


@pytest.mark.parametrize("line, kept", [
    # (the twenty-second stop: a list item is a note, not a document's field, unless its label is one)
    ("- Metal zip: teeth stamped from brass, nickel or aluminium", True),
    ("- Tags: zips, notions, history", False),
])
def test_a_list_item_with_a_label_is_a_note(nlp: Language, line: str, kept: bool) -> None:
    found = claim_texts(nlp, f"# Notions\n\n{line}\n- Invisible zip: a coil zip with the teeth hidden behind the tape\n")
    assert any(line[2:] in t for t in found) is kept


@pytest.mark.parametrize("sentence, kept", [
    ("Believe it or not, Elias Howe got a patent in 1851 for a clothing closure.", True),
    ("Trust me, the view is worth it.", False),
    ("Remember, the museum closes at 5pm.", False),
])
def test_a_formula_of_surprise_asks_nothing(nlp: Language, sentence: str, kept: bool) -> None:
    assert (sentence in claim_texts(nlp, f"# Zips\n\n{sentence}\n")) is kept


def test_a_plural_word_for_people_after_a_label_is_no_claim(nlp: Language) -> None:
    # (the twenty-second stop's second review)
    found = claim_texts(nlp, "# Notes\n\nParent body: the Department of the Interior\nJacuzzi's founders: Brothers\n")
    assert "Jacuzzi's founders: Brothers" not in found


def test_a_statement_about_an_it_before_the_writers_clause_stays_out(nlp: Language) -> None:
    assert claim_texts(nlp, "# Notes\n\nIt opened in 1876, and I loved it.\n") == []


# --- the twenty-third stop ---------------------------------------------------------------------

_THREAD = """# Ten mills worth a detour

The Harwick mill ground its last sack in 1931.

### 4 comments

**Jo K.** — Lovely piece, thanks for writing it!

**Sam (author)** — Thanks Jo, glad you liked it!

**Dee P.** — Fair point Sam, the weir deserves its own post.

**Raj M.** — Small correction: the Harwick mill burned down in 1889 and was rebuilt in 1891.
"""


def test_a_comment_thread_keeps_what_commenters_state(nlp: Language) -> None:
    found = claim_texts(nlp, _THREAD)
    assert "The Harwick mill ground its last sack in 1931." in found
    assert any("burned down in 1889" in t and "Raj" not in t for t in found)
    assert not any(w in t for t in found for w in ("Lovely piece", "Thanks Jo", "Fair point"))


def test_a_bold_label_in_a_cheat_sheet_bullet_stays_with_its_claim(nlp: Language) -> None:
    found = claim_texts(nlp, "# Mills\n\n- **Harwick mill**: rebuilt by Jonas Reed in 1891\n- **Weir**: raised in 1902\n")
    assert any(t.startswith("**Harwick mill**") for t in found)


def test_a_lectures_credit_lines_are_no_claims(nlp: Language) -> None:
    text = ("# HIST 101 wk 3: mills (lecture notes)\n\nLecturer: Dr Amos Reed (guest lecture, Economic History)\n"
            "recording: 00:00-48:10, slides on the VLE\n\n## 1. Water\n- Harwick mill rebuilt 1891\n")
    found = claim_texts(nlp, text)
    assert found == ["Harwick mill rebuilt 1891"]


def test_a_podcasts_guest_line_does_not_run_on(nlp: Language) -> None:
    text = ("# Podcast notes: ep. 4, the mills\n\nguest: Prof. D. Lane (mill historian)\n"
            "listened 3 Oct, ~40 min; notes rough\n\n## Early mills\n- the Harwick mill was rebuilt in 1891\n")
    assert claim_texts(nlp, text) == ["the Harwick mill was rebuilt in 1891"]


@pytest.mark.parametrize("line, kept", [
    ("Name: Mill dates (quiz edition)", False),
    ("Spoiler: it depends on what you mean by \"mill\".", False),
    ("Pro tip: always ask the miller which wheel is older.", False),
    ("Exam tip: the Harwick mill was rebuilt in 1891.", True),
    ("The flow depends on how much rain falls in March.", True),
])
def test_fields_hedges_and_tips(nlp: Language, line: str, kept: bool) -> None:
    found = claim_texts(nlp, f"# Mills cheat sheet\n\n{line}\nHarwick mill: rebuilt 1891\n")
    assert (line in found) is kept


def test_a_card_label_with_a_year_in_brackets_is_a_line_of_its_own(nlp: Language) -> None:
    # (in a document wrapped at 78 columns, where a long line without a full stop runs on into the next)
    prose = ("The mills of the valley were built on the same river over four centuries, and most of\n"
             "them were rebuilt at least once after a flood or a fire had taken the wheel and the\n"
             "stones; the records of the county court tell us who paid for the work and when it\n"
             "was finished, and the millers' own account books fill in the rest of the story.\n")
    text = (f"# Mills\n\n{prose}\nHarwick (1891): rebuilt by Jonas Reed as a roller mill for the estate\n"
            "Dunmore founder: Ellis Marlow, a corn merchant of the town, 1852 or so\n")
    found = claim_texts(nlp, text)
    assert "Harwick (1891): rebuilt by Jonas Reed as a roller mill for the estate" in found
    assert "Dunmore founder: Ellis Marlow, a corn merchant of the town, 1852 or so" in found


# --- the twenty-fourth stop ---
@pytest.mark.parametrize("line, kept", [
    ("abbrevs: HG = Harwick Gazette, HMC = Harwick Mill Company, ish = issue", False),
    ("Talk tip: open with the mill-wheel slide, people love it.", False),
    ("Exam tip: dates matter more than names for the short answers!", False),
    ("Tip: the Harwick mill was rebuilt in 1891.", True),
    ("Now the bit everyone actually cares about.", False),
    ("And now for the fun part: Jonas Reed rebuilt the Harwick mill in 1891.", True),
    # (the twenty-fourth stop's review)
    ("Key: Einstein published E = mc2 in 1905.", True),
    ("Legend: Pelé = the only player to win three World Cups", True),
    ("Key: † = killed in action, * = wounded", False),
    ("**Photography tip:** shoot the old mill from the bridge at sunset.", False),
    ("Now the part of the castle that survived the siege is a ruin.", True),
    ("Finally the story was published in a national magazine.", True),
    ("Next, the Romans built a bridge across the Rhine in 55 BC.", True),
    ("- Most visited garden in the UK: Kew", True),
])
def test_shorthand_keys_tips_and_signposts(nlp: Language, line: str, kept: bool) -> None:
    found = claim_texts(nlp, f"# Mills notes\n\n{line}\n\nThe Dunmore mill burned down in 1903.\n")
    assert (line.lstrip("- ") in found) is kept, found
    assert "The Dunmore mill burned down in 1903." in found


def test_card_lines_with_an_issue_number_or_an_elided_name(nlp: Language) -> None:
    text = ("# Quick reference\n\nRecord sale for a copy of Harwick Comics #1: $3.2 million (2014)\n"
            "Harwick albums: 24\nMost prolific Gazetteer contributor: d'Aubigny\n")
    assert claim_texts(nlp, text) == ["Record sale for a copy of Harwick Comics #1: $3.2 million (2014)",
                                      "Harwick albums: 24", "Most prolific Gazetteer contributor: d'Aubigny"]


# --- the twenty-fifth stop ---


@pytest.mark.parametrize("text", [
    "Thanks Anna and LockNerd, will fix the post tonight!",  # a reply to two commenters
    "Disclosure: the museum lent me the book for this review.",  # a post's disclosure
    "seminar notes, Wed 3 Mar (Dr. Okafor) - rough, tidy up later!!",  # the header of a set of notes
])
def test_replies_disclosures_and_notes_headers_are_no_claims(nlp: Language, text: str) -> None:
    assert claim_texts(nlp, "The ferry opened in 1712.\n\n" + text) == ["The ferry opened in 1712."]


def test_a_footer_disclosure_after_the_copyright_is_no_claim(nlp: Language) -> None:
    text = ("The ferry opened in 1712.\n\n---\nFerry Blog \u00a9 2024 \u00b7 Affiliate disclosure: some links earn "
            "me a small\ncommission \u00b7 Contact \u00b7 Privacy \u00b7 Terms\n")
    assert claim_texts(nlp, text) == ["The ferry opened in 1712."]


@pytest.mark.parametrize("text", [
    "Thanks to Pasteur, milk was safe by 1900.",  # "thanks to" gives the cause
    "Podcast notes: the guest said Hooke coined the word cell in 1665.",  # a label before a sentence
    "Thanks Anna and Tom, the Corinth Canal was opened by King George in 1893.",  # a thanks, then what was done
    "Reading notes - the Suez Canal opened in 1869.",  # a notes header, then a statement
])
def test_thanks_to_and_a_notes_label_before_a_sentence_stay_claims(nlp: Language, text: str) -> None:
    assert claim_texts(nlp, text) == [text]


def test_a_notes_short_name_is_read_as_its_key_gives_it(nlp: Language) -> None:
    text = "abbrev: HV = Harriet Vole, GdM = Guy de Marle\n\n- HV d. 1901 in York\n"
    [claim] = claims(nlp, text)
    names = [p.text for p in statement_loads(claim.statement).parts if p.kind == "name"]
    assert claim.text == "HV d. 1901 in York" and names == ["Harriet Vole", "York"]


def test_a_request_then_a_statement_after_a_semicolon_keeps_the_statement(nlp: Language) -> None:
    assert claim_texts(nlp, "3. Ask whether the unit has MIDI; MIDI only arrived in 1983.\n") == ["MIDI only arrived in 1983."]
    assert claim_texts(nlp, "Please subscribe; it helps a lot!\n") == []


@pytest.mark.parametrize("text, kept", [
    ("Only two of his pianos still exist, as far as I can tell.", "Only two of his pianos still exist, as far as I can tell."),
    ("Herman Snellen published his chart in 1862, and it is still on the wall of every optometrist I have visited.",
     "Herman Snellen published his chart in 1862"),
])
def test_the_writers_hedge_or_tail_leaves_the_statement(nlp: Language, text: str, kept: str) -> None:
    assert claim_texts(nlp, text) == [kept]


# --- the twenty-sixth stop ---

def test_an_unfinished_timeline_entry_goes_on_in_its_hanging_indented_line(nlp: Language) -> None:
    text = ("=== 1900s ===\n"
            "1909   Norland Match gives up its patent at Mayor\n"
            "       Henry Vole's request\n"
            "1912   Svenborg Match AB formed\n"
            "1914   Another firm opened\n"
            "         (check this)\n"
            "1915   Vole Match sold to a rival\n"
            "       why so soon?\n")
    assert claim_texts(nlp, text) == ["1909 Norland Match gives up its patent at Mayor Henry Vole's request",
                                      "1912 Svenborg Match AB formed", "1914 Another firm opened",
                                      "1915 Vole Match sold to a rival"]


@pytest.mark.parametrize("text", [
    "guest: retired safe tech from Ohio (30 yrs w/ banks), ~1h10m",  # who the episode credits
    "host: Dana, recorded 3 Oct",
    "More safes content coming next month.",  # what the page promises next
    "Part two next week!",
    "Stay tuned for the Chubb post.",
])
def test_a_credit_line_and_the_pages_plans_are_no_claims(nlp: Language, text: str) -> None:
    assert claim_texts(nlp, "# Notes\n\n" + text + "\n") == []


@pytest.mark.parametrize("text", [
    "guest: Marsh says Yale patented the lock in 1861",  # a clause after the credit tells something
    "Next month the company released the Titan safe.",  # "next month" dates; no link to the next page
    "More safes were coming onto the market by 1850.",
])
def test_a_statement_after_a_credit_or_next_month_stays_a_claim(nlp: Language, text: str) -> None:
    # (under a title: a document's unpunctuated first line is its title)
    assert any(c.endswith(text[-12:]) for c in claim_texts(nlp, "# Notes\n\n" + text + "\n"))


@pytest.mark.parametrize("text, kept", [
    # a name's abbreviation before an arrow
    ("# Notes\n\n- Vorley Safe Co. -> Dayton\n", ["Vorley Safe Co. -> Dayton"]),
    # a card's line with a figure is one claim, however the parser cuts it at the colon
    ("# Cheats\n\nUL fire rating for paper: Class 125\n", ["UL fire rating for paper: Class 125"]),
    # a table cell that dates with "since"
    ("| Type | Maker |\n|---|---|\n| Disc detainer | Vorley, Finland, since 1907 |\n",
     ["Type: Disc detainer; Maker: Vorley, Finland, since 1907"]),
    # a timeline line "c. 1790" and one space; not an era after it
    ("=== 1700s ===\n1784    Joseph Vorley patents his lock\nc. 1790 Vorley's challenge lock: 500 guineas\n",
     ["1784 Joseph Vorley patents his lock", "c. 1790 Vorley's challenge lock: 500 guineas"]),
])
def test_notes_cards_cells_and_timelines_keep_their_claims(nlp: Language, text: str, kept: list[str]) -> None:
    assert claim_texts(nlp, text) == kept


# the review's segmentation probes (/work/review26), each a mend of the change above
@pytest.mark.parametrize("text, kept, dropped", [
    # a capitalised note under a timeline entry that may end is its own line
    ("## Aviation\n1909   Blériot crosses the Channel\n       Flight takes 36 minutes\n1910   Rolls dies at Bournemouth\n",
     ["Blériot crosses the Channel", "Rolls dies at Bournemouth"], ["Channel Flight takes"]),
    # a credit line with a year tells what the role's holder did then
    ("## War and Peace in English\nTranslator: Constance Garnett, 1904\n", ["Constance Garnett, 1904"], []),
    ("## 1958 World Cup\nHost: Sweden, 8–29 June 1958\n", ["Sweden, 8–29 June 1958"], []),
    # "coming up on the outside" tells a race; "next day" dates
    ("## 1973 Belmont\nComing up on the outside, Secretariat pulls 31 lengths clear.\n"
     "Next day the result was confirmed by the stewards.\n",
     ["Secretariat pulls 31 lengths clear", "Next day the result was confirmed"], []),
    # a syllabus's span of years is a topic, no claim
    ("## Course outline\n| Lecture | Topic |\n|---|---|\n| Introduction | Railways from 1830 to 1870 |\n",
     [], ["Railways from 1830"]),
    # a count after "~" or "c." opens no timeline line
    ("## Navvies\n~1200 navvies worked on the Woodhead tunnel.\nc. 2000 spectators watched the first train.\n",
     ["navvies worked on the Woodhead tunnel", "spectators watched the first train"], []),
])
def test_the_reviews_segmentation_probes(nlp: Language, text: str, kept: list[str], dropped: list[str]) -> None:
    got = claim_texts(nlp, text)
    assert all(any(k in c for c in got) for k in kept), got
    assert not any(d in c for c in got for d in dropped), got


# --- the twenty-seventh stop ---

@pytest.mark.parametrize("text", [
    "Exam: know dates for Norheim, Zdarsky, Lunn!!",  # a bare verb the tagger took for an adjective
    "Quiz night: Fri 7 pm, clubhouse",  # a notice of a meeting: a weekday and a clock time
    "Book club meets Thursday 7:30 pm, back room",
])
def test_a_task_under_a_label_and_a_meeting_notice_are_no_claims(nlp: Language, text: str) -> None:
    assert claim_texts(nlp, "# Notes\n\n" + text + "\n") == []


@pytest.mark.parametrize("text", [
    "Lincoln was shot on Friday at 10:15 pm.",  # a past act at a weekday and a time
    "The ferry left Dover on Monday at 9 am in 1936.",
    "Exam: Norheim made the first telemark turn in 1868.",  # a clause of its own after the label
])
def test_a_dated_past_act_at_a_time_of_day_is_a_claim(nlp: Language, text: str) -> None:
    assert claim_texts(nlp, "# Notes\n\n" + text + "\n") == [text]


def test_a_question_inside_a_quoted_slogan_is_a_claim(nlp: Language) -> None:
    text = "1966 – Shirley Polykoff writes Clairol's \"Does she … or doesn't she?\""
    assert claim_texts(nlp, "# Notes\n\n" + text + "\n") == [text]
    # (a question that only quotes is still one)
    assert claim_texts(nlp, "# Notes\n\nDid Polykoff write \"Does she?\"\n") == []


def test_a_word_cut_short_before_a_figure_does_not_end_the_note(nlp: Language) -> None:
    assert claim_texts(nlp, "# Notes\n\n- First Holmenkollen comp. 1882\n- He won the race. 1882 was his year.\n") == [
        "First Holmenkollen comp. 1882", "He won the race.", "1882 was his year."]


@pytest.mark.parametrize("text, kept", [
    ("Clap skate: hinge at the back of the blade", True),  # where a made thing's hinge is
    ("Printer: check the toner", False),  # something to do to it
    ("Coventry Transport Museum – go and see the Rover!", False),
])
def test_a_made_things_label_and_a_noun_the_tagger_made_a_verb(nlp: Language, text: str, kept: bool) -> None:
    assert claim_texts(nlp, "# Notes\n\n" + text + "\n") == ([text] if kept else [])


def test_the_writers_clause_spliced_on_with_a_comma_is_cut_off(nlp: Language) -> None:
    text = "Burma-Shave signs started going up in Minnesota in the 1950s, my dad still recites the rhymes.\n"
    assert claim_texts(nlp, "# Notes\n\n" + text) == ["Burma-Shave signs started going up in Minnesota in the 1950s"]


@pytest.mark.parametrize("text, kept", [
    ("1938        \"cold wave\" perm without heat appears (Arnold Willatt?)",  # a doubted detail, for the reviewer
     ["1938 \"cold wave\" perm without heat appears (Arnold Willatt?)"]),
    ("1939        Who invented the cold wave (Willatt?)", []),  # a question all the same
])
def test_a_bracket_that_doubts_a_detail_leaves_the_statement_a_claim(nlp: Language, text: str, kept: list) -> None:
    assert [c.text for c in claims(nlp, "=== 1930s ===\n" + text + "\n", "notes/timeline.txt")] == kept


def test_a_note_to_check_with_a_doubted_figure_is_no_claim(nlp: Language) -> None:
    text = "NB: double-check the Big Dig cost before quiz night ($14.6bn, or $24bn with interest?)\n"
    assert claim_texts(nlp, "# Notes\n\n" + text) == []


def test_a_request_joined_on_after_a_statement_is_cut_off(nlp: Language) -> None:
    text = "# Comments\n\n> Yuzuru Hanyu won gold in 2014 and 2018, please add him!\n"
    assert claim_texts(nlp, text) == ["Yuzuru Hanyu won gold in 2014 and 2018"]


@pytest.mark.parametrize("text", [
    "So did the Kinks really write \"Louie Louie?\"",  # the review's: a question all the same
    "Anyone know if Ella recorded \"Is You Is or Is You Ain't My Baby?\"",
    "Microscope: focus on the slide",  # a request: "focus" a doing first
    "Lathe: turn at low speed",
])
def test_the_reviews_questions_and_requests_stay_out(nlp: Language, text: str) -> None:
    assert claim_texts(nlp, "# Notes\n\n" + text + "\n") == []


# --- the twenty-eighth stop ---

@pytest.mark.parametrize("text", [
    "Quiz night: Thursdays, The Red Lion, 8pm",  # a weekday and a clock time apart, in either order
    "Quiz: 8pm on the last Thursday, The Red Lion",
    "Volunteer coordinator: Jan Pruitt (ext. 214)",  # whom to ring
    "Questions to jan.pruitt@example.org",  # whom to write to
])
def test_a_notice_and_contact_details_are_no_claims(nlp: Language, text: str) -> None:
    assert claim_texts(nlp, "# Notes\n\n" + text + "\n") == []


@pytest.mark.parametrize("text", [
    "The sun set at 9:40 pm on the day of the eclipse in 1999.",  # "sun" is no Sunday
    "Ray Tomlinson sent the first e-mail between two computers in 1971.",
    "In Oslo in December the Sun sets at about 3:15 pm.",  # a capitalised "Sun" before no time or day
    "Human blood has a pH of about 7.4.",  # no phone
    "Britain's emergency phone 999 service is the oldest in the world.",
])
def test_a_time_of_day_and_mail_in_a_claim_keep_it(nlp: Language, text: str) -> None:
    assert claim_texts(nlp, "# Notes\n\n" + text + "\n") == [text]


def _dates_of(claim: Claim) -> list[tuple]:
    return [p.value[:2] for p in statement_loads(claim.statement).parts if p.kind == "date"]


def test_years_ago_count_back_from_the_comment_or_the_post_date(nlp: Language) -> None:
    text = ("---\ntitle: Combines\ndate: 2025-03-18\n---\n# Combines\n\n"
            "Sweden switched to driving on the right 58 years ago.\n\n## Comments\n\n"
            "**Ruth K.** · August 22, 2026\nInternational Harvester was formed 122 years ago.\n")
    found = {c.text: c for c in segment(nlp, loads(text, "blog/x.md"))}
    # (the post's own date for the post; the byline's for the comment; a year more when the
    # anniversary had not yet come)
    assert _dates_of(found["Sweden switched to driving on the right 58 years ago."]) == [(1966, 1967)]
    assert _dates_of(found["International Harvester was formed 122 years ago."]) == [(1903, 1904)]
    assert "**Ruth K.** · August 22, 2026" not in found


def test_a_dated_event_in_a_list_is_no_byline(nlp: Language) -> None:
    text = ("---\ndate: 2024-05-01\n---\n# Space\n\n- Gagarin orbits Earth — April 12, 1961\n\n"
            "Neil Armstrong walked on the Moon 55 years ago.\n")
    found = {c.text: c for c in segment(nlp, loads(text, "blog/x.md"))}
    assert _dates_of(found["Neil Armstrong walked on the Moon 55 years ago."]) == [(1968, 1969)]


def test_over_a_number_of_years_ago_is_that_many_or_more(nlp: Language) -> None:
    text = "---\ndate: 2019-05-01\n---\n# Paris\n\nThe Eiffel Tower was completed over 100 years ago.\n"
    [claim] = segment(nlp, loads(text, "blog/x.md"))
    [(lo, hi)] = _dates_of(claim)
    assert lo < 1889 <= hi == 1919


def test_years_ago_with_no_date_written_or_no_count_say_a_year_no_one_can_tell(nlp: Language) -> None:
    found = claims(nlp, "# Notes\n\nInternational Harvester was formed 120 years ago.\n\n"
                        "The Hubble telescope was launched a few years ago.\n")
    assert [_dates_of(c) for c in found] == [[(None, None)], [(None, None)]]
    # (the place before the count keeps its name: "Kyoto", not "Kyoto 135")
    [kyoto] = segment(nlp, loads("---\ndate: 2024-05-01\n---\nNintendo was founded in Kyoto 135 years ago.\n", "blog/x.md"))
    assert [p.text for p in statement_loads(kyoto.statement).parts if p.kind == "name"] == ["Nintendo", "Kyoto"]


def test_a_later_it_is_no_person_named_before_it(nlp: Language) -> None:
    text = ("# Signals\n\n## Gas lamps in Westminster\n\nThe very first traffic signal went up outside the Houses "
            "of Parliament in London on 10 December 1868. It was designed by John Peake Knight, a railway engineer, "
            "and it used semaphore arms by day.\n")
    last = claims(nlp, text)[-1]
    parts = statement_loads(last.statement).parts
    assert [p.text for p in parts if p.kind == "name" and p.resolved] == []
    assert [p.text for p in parts if p.kind == "pronoun"] == ["It", "it"]


def test_a_verb_that_opens_a_hyphened_compound_is_no_request(nlp: Language) -> None:
    text = "- give-way-to-traffic-on-the-rbt rule adopted in UK 1956\n- give way to traffic on the roundabout\n"
    assert claim_texts(nlp, "# Notes\n\n" + text) == ["give-way-to-traffic-on-the-rbt rule adopted in UK 1956"]


# --- the twenty-ninth stop ---

def test_an_imperative_after_a_condition_on_the_post_is_a_request(nlp: Language) -> None:
    assert claim_texts(nlp, "# Vacuums\n\nIf this was useful, hit subscribe for the next one: washing machines!\n\n"
                            "If you liked this, hit subscribe.\n\nIf it rained, the race was cancelled.\n") == [
        "If it rained, the race was cancelled."]


def test_a_verdict_of_worth_and_a_feeling_of_the_writer_s_are_no_claims(nlp: Language) -> None:
    assert claim_texts(nlp, "# Vacuums\n\nWorth paying for if you have allergies.\n\nStill gives me chills.\n\n"
                            "Worth noting: Hoover bought the patent in 1908.\n") == [
        "Worth noting: Hoover bought the patent in 1908."]


def test_a_cheatsheet_s_made_for_line_is_no_claim(nlp: Language) -> None:
    assert claim_texts(nlp, "# Dive planning\n\nMade for: Dahab club trip, Oct 2024\n"
                            "Print: double-sided, then laminate\n\nDAN founded: 1985 at Duke University\n") == [
        "DAN founded: 1985 at Duke University"]


def test_a_table_cell_of_two_measures_is_a_value(nlp: Language) -> None:
    text = ("| Item | Value | Note |\n|---|---|---|\n| Recreational depth limit | 40 m / 130 ft | all agencies |\n"
            "| Safety stop | 3 min at 5 m | every dive |\n| Record | 100 m record under 9.5 seconds | maybe |\n")
    assert [c.text.split(";")[0] for c in claims(nlp, "# Limits\n\n" + text)] == [
        "Item: Recreational depth limit", "Item: Safety stop"]


def test_what_a_guest_says_happened_to_a_name_is_a_claim_and_orig_is_one_word(nlp: Language) -> None:
    assert claim_texts(nlp, '# Ep 42\n\n- guest says "Laundromat" was orig. a Maytag trademark\n'
                            '- guest says the ice trade is the most underrated\n') == [
        'guest says "Laundromat" was orig. a Maytag trademark']


def test_an_arrow_after_a_quoted_name_joins_two_things(nlp: Language) -> None:
    assert claim_texts(nlp, '# Lecture\n\n- old name "caisson disease" -> from the Golden Gate Bridge caisson '
                            'workers\n') == ['old name "caisson disease" -> from the Golden Gate Bridge caisson workers']


def test_the_review_s_claims_that_look_like_requests_or_asides(nlp: Language) -> None:
    text = ("# Notes\n\n- if it passed both houses, sent to the President for signature\n"
            "- Worth remembering that Pluto was reclassified as a dwarf planet by the IAU\n"
            "- gave us antiseptic surgery with carbolic acid\n")
    assert len(claim_texts(nlp, text)) == 3


def test_a_printing_field_with_a_place_and_a_year_is_a_note_s_claim(nlp: Language) -> None:
    assert claim_texts(nlp, "# Gutenberg Bible\n\nPrinting: Mainz, about 180 copies, c. 1455\n"
                            "Print: double-sided, then laminate\n") == ["Printing: Mainz, about 180 copies, c. 1455"]


def test_two_spells_in_one_unit_are_no_measure_of_one_thing(nlp: Language) -> None:
    text = "| Block | Plan |\n|---|---|\n| Intervals | 4 min / 2 min |\n| Stop | 3 min at 5 m |\n"
    assert [c.text for c in claims(nlp, "# Plan\n\n" + text)] == ["Block: Stop; Plan: 3 min at 5 m"]


def test_the_button_a_channel_asks_its_reader_to_press_is_a_request_whatever_the_parse(nlp: Language) -> None:
    assert claim_texts(nlp, "# Railways\n\nIf this was useful, hit subscribe for part two on the Liverpool and "
                            "Manchester Railway.\n\nSmash that like button if you learned something.\n\n"
                            "The striker hit the post in 1966.\n") == ["The striker hit the post in 1966."]


def test_the_second_review_s_views_and_asides(nlp: Language) -> None:
    text = ("# Notes\n\n- Guest says Gresley was the greatest engineer of his age\n"
            "- Worth a visit if the NRM in York is open\n- Gave us all goosebumps\n"
            "- Showed us around the old operating theatre\n- guest says Mallard was built at Doncaster in 1938\n")
    assert claim_texts(nlp, text) == ["guest says Mallard was built at Doncaster in 1938"]


def test_a_made_for_field_with_a_ruler_is_a_statement_and_with_a_client_the_page_s(nlp: Language) -> None:
    assert claim_texts(nlp, "# Clocks\n\nThe clock is gilt bronze.\nMade for: Louis XIV, 1680\n"
                            "Prepared for: Johnson Controls\n") == ["The clock is gilt bronze.", "Made for: Louis XIV, 1680"]


# --- the thirtieth stop ---

def test_a_note_doubted_with_two_question_marks_is_still_a_statement(nlp: Language) -> None:
    assert claim_texts(nlp, "# Ep 12\n\n- Casio fx-7000G = 1st graphing calc, 1987?? (check this)\n"
                            "- used transistors, not tubes (host said this, sounds wrong??)\n"
                            "- or was it 1668??\n- did it ever work??\n") == [
        "Casio fx-7000G = 1st graphing calc, 1987??", "used transistors, not tubes (host said this, sounds wrong??)"]


def test_a_timeline_entry_of_a_name_alone_is_dated_by_its_column(nlp: Language) -> None:
    assert claim_texts(nlp, "PENS\n\n1924       Meisterstück\n1950       Bic Cristal\n") == [
        "1924 Meisterstück", "1950 Bic Cristal"]


def test_the_writer_s_belief_in_a_past_act_of_a_name_is_a_claim(nlp: Language) -> None:
    assert claim_texts(nlp, "# Comments\n\nAlso, I'm fairly sure Pilot was founded in Osaka, not Tokyo.\n\n"
                            "I think Pelé was the best ever.\n\nI remember we visited Paris in 1990.\n") == [
        "Also, I'm fairly sure Pilot was founded in Osaka, not Tokyo."]


def test_a_label_that_frames_the_statement_is_not_part_of_what_it_says(nlp: Language) -> None:
    said = [c.statement for c in claims(nlp, "# Comments\n\nSmall correction though: Waterman was never in insurance.\n")]
    assert len(said) == 1 and not any(p.text in ("Small", "correction") for p in statement_loads(said[0]).parts)


def test_the_reviews_questions_with_two_marks_and_bare_words_in_a_timeline(nlp: Language) -> None:
    assert claim_texts(nlp, "# Lighthouses\n\n- Stevenson built it, or was it Rennie??\n"
                            "- anyone know who built Skerryvore??\n- Bell Rock first lit 1811??\n") == [
        "Bell Rock first lit 1811??"]
    assert claim_texts(nlp, "TIMELINE\n\n1892       Reno\n1924       Meisterstück\n1957       Helvetica\n") == [
        "1924 Meisterstück", "1957 Helvetica"]


def test_the_writer_s_family_is_the_writer_s_own_past(nlp: Language) -> None:
    assert claim_texts(nlp, "# Comments\n\nI remember Dad took the Flying Scotsman in 1962.\n") == []


def test_a_framing_label_keeps_a_name_it_opens_with(nlp: Language) -> None:
    said = [c.statement for c in claims(nlp, "# Notes\n\nKrakatoa trivia: the eruption killed 36,000 people.\n")]
    assert any(p.text == "Krakatoa" for p in statement_loads(said[0]).parts)


# --- the thirty-first stop ---


def test_the_writer_s_belief_in_what_a_named_thing_did_or_measures_is_a_claim(nlp: Language) -> None:
    assert claim_texts(nlp, "# Comments\n\nSmall correction though: I read that the Massy factory opened in 1802.\n\n"
                            "I think UHT milk is heated to about 115 °C for a few seconds.\n\n"
                            "I think Pelé was the best ever.\n\nI read the Guardian every morning.\n\n"
                            "I remember the Kyoto trip took forever.\n\n"
                            "I'm sure the Highbury stadium has seen better days.\n\n"
                            "I read that the Gnome engine ran on castor oil.\n") == [
        "Small correction though: I read that the Massy factory opened in 1802.",
        "I think UHT milk is heated to about 115 °C for a few seconds.",
        "I read that the Gnome engine ran on castor oil."]


def test_the_writer_s_apposition_on_the_subject_leaves_the_statement(nlp: Language) -> None:
    assert claim_texts(nlp, "# Jars\n\nKerr, the other big name on my shelf, was founded in Portland, Maine, in 1903.\n"
                            "\nMy favourite brand was founded in 1903.\n\n"
                            "Dad, my biggest influence, worked at the Crewe works for 30 years.\n\n"
                            "Tom, my father, worked at Big Pit from 1950.\n\n"
                            "The Queen Mary, my favourite liner, retired in 1967.\n") == [
        "Kerr, the other big name on my shelf, was founded in Portland, Maine, in 1903.",
        "The Queen Mary, my favourite liner, retired in 1967."]


def test_a_label_naming_who_did_what_to_a_thing_and_the_name_is_a_claim(nlp: Language) -> None:
    assert claim_texts(nlp, "# Cheat\n\n- Box kite inventor: Lawrence Hargrave\n- Quiz host: Jo\n"
                            "- Guest speaker: Tom Smith\n- Team captain: Sarah\n") == [
        "Box kite inventor: Lawrence Hargrave"]


def test_a_capitalised_word_and_its_date_labelling_a_note_line_is_a_name(nlp: Language) -> None:
    assert claim_texts(nlp, "# Lecture\n\n- Berry 1 Mar 1912: 1st jump from a powered plane\n"
                            "- Cocking 1847 = 1st person killed in a parachute accident\n"
                            "- Visit 1 May for the fair\n") == [
        "Berry 1 Mar 1912: 1st jump from a powered plane", "Cocking 1847 = 1st person killed in a parachute accident"]



# --- the thirty-second stop ---

def test_a_regnal_numeral_after_a_name_is_not_the_writer(nlp: Language) -> None:
    assert claim_texts(nlp, "# Guilds\n\nThey broke away when Charles I granted them a charter of their own in 1617.\n"
                            "\nIn Paris I visited the Louvre twice.\n") == [
        "They broke away when Charles I granted them a charter of their own in 1617."]


def test_the_writer_s_which_clause_after_a_statement_leaves_the_statement(nlp: Language) -> None:
    assert claim_texts(nlp, "# Foundry\n\nThe Whitechapel foundry closed in 2007, which still makes me sad every "
                            "time I walk down Whitechapel Road.\n\n- (the village is called Ironbridge now, which "
                            "I love)\n") == ["The Whitechapel foundry closed in 2007"]


def test_a_belief_in_a_cleft_naming_who_did_it_is_a_claim(nlp: Language) -> None:
    assert claim_texts(nlp, "# Comments\n\nI believe it was James Murdock who patented the two-piece hard capsule, "
                            "in London in 1847.\n\nI believe it was me who said so.\n") == [
        "I believe it was James Murdock who patented the two-piece hard capsule, in London in 1847."]


def test_an_it_after_a_sentence_about_a_person_is_no_person(nlp: Language) -> None:
    found = claims(nlp, "# Big Ben\n\nThe replacement was poured at the Whitechapel foundry in 1858 by George "
                          "Mears. It weighs roughly 13.7 tonnes.\n")
    weighs = next(c for c in found if c.text.startswith("It weighs"))
    resolved = [p.text for p in statement_loads(weighs.statement).parts if p.kind == "name" and p.resolved]
    assert "George Mears" not in resolved


def test_the_writer_closing_their_page_is_no_claim(nlp: Language) -> None:
    assert claim_texts(nlp, "# Bells\n\nThat's the tour!\n\nThat's the biggest bell in the world.\n") == [
        "That's the biggest bell in the world."]


def test_the_writer_s_family_is_the_writer_s_all_the_same(nlp: Language) -> None:
    assert claim_texts(nlp, "# Us\n\nDad moved to Leeds in 1998, which I hated.\n\n"
                            "I believe it was Auntie Jean who planted the oak in 1962.\n") == []


def test_an_it_after_a_ship_named_as_a_person_is_the_ship(nlp: Language) -> None:
    found = claims(nlp, "# Ships\n\nThe Mary Rose sank in the Solent in 1545. It was raised in 1982.\n")
    raised = next(c for c in found if c.text.startswith("It was raised"))
    assert [p.text for p in statement_loads(raised.statement).parts if p.kind == "name" and p.resolved] == ["Mary Rose"]


def test_a_bare_verb_after_one_thing_s_label_asks(nlp: Language) -> None:
    assert claim_texts(nlp, "# Lecture\n\n- exam: know 3 builders + their dates + one instrument each\n"
                            "- bees: make honey from nectar\n") == ["bees: make honey from nectar"]


def test_a_past_was_or_a_noun_said_of_something_is_no_page_closing(nlp: Language) -> None:
    assert claim_texts(nlp, "# War\n\nThe Peace of Westphalia was signed in 1648. That was the end of the war.\n\n"
                            "This is all that remains of the original keep.\n") == [
        "The Peace of Westphalia was signed in 1648.", "That was the end of the war.",
        "This is all that remains of the original keep."]


def test_a_they_under_a_heading_naming_a_group_is_the_group(nlp: Language) -> None:
    found = claims(nlp, "# The Beatles\n\nThey formed in Liverpool in 1960.\n")
    assert [p.text for p in statement_loads(found[0].statement).parts if p.kind == "name" and p.resolved] == [
        "The Beatles"]


# --- the thirty-third stop ---


def test_a_concession_telling_the_writer_s_visit_is_cut_from_the_claim(nlp: Language) -> None:
    assert claim_texts(nlp, "# Grounds\n\nBarcelona's Camp Nou opened in 1957, although half of it was a building "
                            "site when I went because of the redevelopment.\n\n"
                            "The stadium opened in 1957, although the roof came later.\n") == [
        "Barcelona's Camp Nou opened in 1957", "The stadium opened in 1957, although the roof came later."]


def test_the_reader_told_what_to_do_after_a_statement_is_cut_from_it(nlp: Language) -> None:
    assert claim_texts(nlp, "# Comments\n\nSheffield FC are the oldest club in the world, founded in 1867, you "
                            "should tick them off next!\n") == [
        "Sheffield FC are the oldest club in the world, founded in 1867"]


def test_a_ranked_label_on_a_line_of_its_own_and_the_name_holding_it_is_a_claim(nlp: Language) -> None:
    # (a line of a card of them)
    assert claim_texts(nlp, "# Names to remember\n\nFirst World Cup goal: Lucien Laurent, v Argentina\n"
                            "Man Utd's original name: Newton Heath\n") == [
        "First World Cup goal: Lucien Laurent, v Argentina", "Man Utd's original name: Newton Heath"]


def test_an_arrow_before_a_quoted_description_says_what_the_name_is(nlp: Language) -> None:
    assert claim_texts(nlp, '# Lecture\n\n- Fauchard -> "father of modern dentistry"\n') == [
        'Fauchard -> "father of modern dentistry"']


def test_a_nested_item_with_no_subject_is_about_the_item_it_is_under(nlp: Language) -> None:
    found = claims(nlp, '# Lecture\n\n- Fauchard -> "father of modern dentistry"\n'
                        "  - Le Chirurgien Dentiste -> published 1728\n  - died in Lyon, 1761\n"
                        "- Hunter -> wrote on teeth\n- died in London\n")
    died = [c for c in found if c.text.startswith("died")]
    resolved = [[p.text for p in statement_loads(c.statement).parts if p.kind == "name" and p.resolved] for c in died]
    # (the sibling before it names a book; the item it is under, the man; a top-level item is under nothing)
    assert resolved[0] == ["Fauchard"]
    assert "Fauchard" not in resolved[1]


def test_an_i_quoted_in_a_concession_is_not_the_writer(nlp: Language) -> None:
    # (review 33a)
    assert claim_texts(nlp, '# Watergate\n\nNixon resigned in 1974, although he had insisted "I am not a crook" the '
                            'year before.\n') == [
        'Nixon resigned in 1974, although he had insisted "I am not a crook" the year before.']


def test_a_short_card_line_whose_label_opens_on_a_year_is_kept(nlp: Language) -> None:
    # (review 33a)
    assert claim_texts(nlp, "# World Cup cheat sheet\n\n1930 winners: Uruguay\n1934 winners: Italy\n") == [
        "1930 winners: Uruguay", "1934 winners: Italy"]


# --- the thirty-fourth stop ---


def test_a_two_column_row_naming_what_its_first_cell_describes_is_a_claim(nlp: Language) -> None:
    text = ("# Quiz\n\n| Question | Answer |\n|---|---|\n| Essex captain | Owen Chase |\n"
            "| Melville's own whaler | Acushnet |\n| Good pub | yes |\n| Who narrates? | Ishmael |\n")
    kept = claim_texts(nlp, text)
    assert any("Owen Chase" in c for c in kept) and any("Acushnet" in c for c in kept)
    # (nothing named, or a question)
    assert not any("pub" in c or "Ishmael" in c for c in kept)
    # (nor the page's own fields, review 34)
    assert claim_texts(nlp, "| Item | Who |\n|---|---|\n| Photo credit | Getty Images |\n") == []
    # (nor a headline with a verb of its own, a table of trends)
    assert claim_texts(nlp, "| Signal | Change |\n|---|---|\n| Lunar tourism | Elements 119 and 120 reported |\n") == []


@pytest.mark.parametrize("line", ["compiled from memory + a few books; dates NOT all checked",
                                  "The dates have not been verified."])
def test_what_notes_say_of_their_own_sources_is_no_claim(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"# Timeline\n\n{line}\n") == []


def test_a_claim_with_a_hedge_on_its_source_is_kept(nlp: Language) -> None:
    assert claim_texts(nlp, "# Notes\n\nHussey killed the first sperm whale in 1712, from memory.\n") != []


# --- the thirty-fifth stop ---


def test_a_marked_note_that_asks_is_no_claim(nlp: Language) -> None:
    assert claim_texts(nlp, "# Lecture 7\n\n???: was the yo-yo in this lecture or the next one\n") == []
    # (a marked line whose event is told all the same stays one)
    assert claim_texts(nlp, "# Lecture 7\n\n??? - the Duncan company bought the yo-yo patent\n") != []


def test_a_statement_under_the_writers_hedge_before_their_own_clause_is_kept(nlp: Language) -> None:
    kept = claim_texts(nlp, "# Comments\n\nThe Roxy opened in 1931 I'm pretty sure, my uncle worked there the first week.\n")
    assert kept == ["The Roxy opened in 1931 I'm pretty sure"]


def test_a_title_in_quotes_opening_on_a_verb_is_no_request(nlp: Language) -> None:
    kept = claim_texts(nlp, '# Comments\n\nFun fact: "Take Ten" was written by Desmond.\n')
    assert kept and "Desmond" in kept[0]
    assert claim_texts(nlp, "# Tips\n\nExam tip: learn the table first\n") == []


@pytest.mark.parametrize("line", ["Bird's hometown: Kansas City, Kansas",
                                  "Lester Young's instruments: tenor sax and clarinet",
                                  "Sarah's label from 1954: Verve, set up by Mercury"])
def test_a_named_ones_thing_and_its_value_is_a_claim(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"# Quiz cheat sheet\n\n- {line}\n") != []


@pytest.mark.parametrize("line", ["Editor's pick: Kind of Blue", "Reader's choice: Duke"])
def test_the_pages_own_picks_are_no_claim(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"# Quiz cheat sheet\n\n- {line}\n") == []


def test_a_name_in_title_case_opening_on_a_verb_labels_its_line(nlp: Language) -> None:
    kept = claim_texts(nlp, "# Notes\n\n- Etch A Sketch inventor: André Cassagnes\n- Etch A Sketch -> launched by Ohio Art, 1960\n")
    assert len(kept) == 2
    assert claim_texts(nlp, "# Notes\n\n- Visit the museum: free on Sundays\n") == []


def test_a_credit_label_before_a_passive_clause_tells_something(nlp: Language) -> None:
    assert claim_texts(nlp, "# Ep 14\n\n- host: the album was cut at his parents' house in Hackensack\n") != []
    assert claim_texts(nlp, "# Ep 14\n\n- host: Dana, recorded 3 Oct\n") == []


@pytest.mark.parametrize("line", ['Victor -> "Tiger Rag" -> 1919 ?',
                                  'Guild -> "Groovin\' High" w/ Dizzy, host said 1947 (??? I had 45 in my head)'])
def test_a_doubt_marked_after_a_figure_keeps_the_claim(nlp: Language, line: str) -> None:
    kept = claim_texts(nlp, f"# Ep 14\n\n- {line}\n")
    assert kept and ("1919" in kept[0] or "1947" in kept[0])
    # (the bracket the marks open is the writer's doubt, not the claim's)
    assert not kept[0].endswith("(???")


def test_a_related_posts_line_is_navigation(nlp: Language) -> None:
    assert claim_texts(nlp, '# Post\n\nRelated posts: "Sew-along Week 3: Separating Zips" · "My Vintage Singer 99K"\n') == []


@pytest.mark.parametrize("line", ["??? - Will Kellogg founded the cereal company in 1906",
                                  "Victor -> ODJB -> 1919 ?"])
def test_a_marked_line_naming_someone_or_doubting_a_figure_stays_a_claim(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"# Lecture 3\n\n- {line}\n") != []


@pytest.mark.parametrize("line", ["Titanic sank in 1912 or 1913 ?", "Grandma's recipe: two cups flour and an egg",
                                  "Dad's rule: check the tyres every Sunday", "Sunday's menu: roast beef",
                                  "Visit The Louvre: free on Fridays", "host: the episode was recorded in Dana's kitchen",
                                  "host: this episode was sponsored by Acme"])
def test_review_thirty_five_lines_that_are_no_claim(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"# Notes\n\n- {line}\n") == []


@pytest.mark.parametrize("line", ["??? - Was the Eiffel Tower finished in 1889"])
def test_a_marked_line_asking_with_a_capitalised_auxiliary_is_a_note(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"# Notes\n\n- {line}\n") == []


def test_a_credit_label_before_what_someone_else_made_is_a_claim(nlp: Language) -> None:
    assert claim_texts(nlp, "# Ep 14\n\n- host: the album was produced by Brian Eno in 1977\n") != []



# --- the thirty-seventh stop ---

@pytest.mark.parametrize("text", [
    "Great read. One correction though: I'm fairly sure the Queensberry rules were published in 1865, not 1867.",
    "If I remember my history, boxing first turned up at the Olympics in London in 1908.",
])
def test_a_hedged_statement_of_the_writer_is_a_claim(nlp: Language, text: str) -> None:
    # the writer's belief in a dated act of a named thing, wherever the belief stands, or under a leading
    # "If I remember ...": a reviewer settles it
    assert claim_texts(nlp, text + "\n") == [text]


def test_the_writer_remembering_their_own_past_stays_an_aside(nlp: Language) -> None:
    assert claim_texts(nlp, "If I remember rightly, I bought my first radio in 1962.\n") == []


def test_the_writers_clause_is_cut_off_whichever_conjunct_it_is(nlp: Language) -> None:
    # "split" read as a verb before the writer's "and I'd score it": the statement before stays a claim
    text = "Leonard beat Hagler fair and square in '87, split decision, and I'd score it the same way today.\n"
    assert claim_texts(nlp, text) == ["Leonard beat Hagler fair and square in '87, split decision"]


def test_believe_it_or_not_opens_a_statement_not_a_request(nlp: Language) -> None:
    text = "Believe it or not, the Sullivan-Kilrain fight lasted seventy-five rounds.\n"
    assert claim_texts(nlp, text) == [text.strip()]


# --- the fortieth stop ---

def test_a_trailing_i_believe_is_a_hedge_not_an_aside(nlp: Language) -> None:
    # "..., I believe." hedges the statement before it, as "..., I'm pretty sure" does
    text = ("Notes\n\nThe current Drury Lane building dates from 1812 and was designed by John Nash,\nI believe.\n\n"
            "I believe in ghosts.\n")
    assert claim_texts(nlp, text) == ["The current Drury Lane building dates from 1812 and was designed by John Nash, "
                                      "I believe."]


def test_a_reminder_with_no_that_asserts_the_clause_it_takes(nlp: Language) -> None:
    # "Don't forget Bishop Rock's first tower ... was washed away in 1850": the clause right after the verb
    text = ("Notes\n\nDon't forget Bishop Rock's first tower was washed away in 1850.\n\nDon't forget your umbrella.\n\n"
            "Remember: Q7 last year was a trick question about Vespa vs Lambretta!\n")
    assert claim_texts(nlp, text) == ["Bishop Rock's first tower was washed away in 1850."]


def test_a_concession_put_as_a_request_frames_the_statement_after_it(nlp: Language) -> None:
    text = ("Notes\n\nLove it or hate it, the National's concrete home was designed by Denys Lasdun.\n\n"
            "Like it or not, subscribe today.\n")
    assert claim_texts(nlp, text) == ["the National's concrete home was designed by Denys Lasdun."]


def test_a_name_and_the_rank_it_holds_after_a_colon_or_dash_is_a_claim(nlp: Language) -> None:
    # "Smeaton's Eddystone: the second tower on the reef" says it was the second, as "is" would
    text = ("## Quiz\n\n- Peter Hall - the National's third director\n- Smeaton's Eddystone: the second tower on the reef\n"
            "- Notes: the first draft\n")
    assert claim_texts(nlp, text) == ["Peter Hall - the National's third director",
                                      "Smeaton's Eddystone: the second tower on the reef"]


@pytest.mark.parametrize("line", [
    # (from review) the page's own lines these rules must leave out
    "Remember Jancis said the 2015 was better.",  # a view passed on
    "Don't forget Dave said the bus leaves at 9.",  # the reader's day, no year
    "We went to Paris in 2019, I think.",  # the writer's own, hedged
    "Book early for the Globe, I think.",  # a request, hedged
    "It's worth a visit, I reckon.",  # a view, hedged
    "Love it or hate it, the Louvre is where you'll spend a whole day.",  # the reader's plan
    "- Rome: the last stop on our trip",  # the writer's trip
    "- Part II: the last voyage",  # a layout's label
    "- Q3 - the busiest quarter so far",
])
def test_the_fortieth_stops_new_claims_leave_the_pages_own_lines_out(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"Notes\n\nThe first Test was played in 1877.\n\n{line}\n") == [
        "The first Test was played in 1877."]


# --- the thirty-ninth stop ---

def test_a_bullets_score_after_a_name_is_a_figure(nlp: Language) -> None:
    # "Gibbs 6 sixes", "Kapil 175* v Zim", "Lloyd 102 in the final": what the name scored, not a word of its name
    text = ("## 1983\n\n- Kapil 175* v Zim @ Tunbridge Wells\n- Gibbs 6 sixes in an over v Scotland\n"
            "- Clive Lloyd 102 in the final, capt. too\n- Python 3, Rust and Scala\n")
    assert claim_texts(nlp, text) == ["Kapil 175* v Zim @ Tunbridge Wells", "Gibbs 6 sixes in an over v Scotland",
                                      "Clive Lloyd 102 in the final, capt. too"]


def test_a_row_of_names_under_a_header_that_says_what_each_is_is_a_claim(nlp: Language) -> None:
    # "| Barolo | Nebbiolo | Italy |" under "Wine / region | Main grape | Country" says Barolo's grape is Nebbiolo
    text = ("## Which grape?\n\n| Wine / region | Main grape | Country |\n|---|---|---|\n| Barolo | Nebbiolo | Italy |\n"
            "\n## Rota\n\n| Speaker | Host | Guest |\n|---|---|---|\n| Ann Lee | Bob Ray | Cy Dee |\n"
            "\n## Two\n\n| Team | City |\n|---|---|\n| Leeds | Leeds |\n"
            # (nor a plan's or a roster's: from review)
            "\n## Plan\n\n| Venue | Month | Theme |\n|---|---|---|\n| The Crown | March | Jazz |\n"
            "\n## Side\n\n| Goalkeeper | Left back | Right back |\n|---|---|---|\n| Ann Lee | Bob Ray | Cy Dee |\n")
    assert claim_texts(nlp, text) == ["Wine / region: Barolo; Main grape: Nebbiolo; Country: Italy"]


@pytest.mark.parametrize("line", ["Good luck Thursday -- phones face down!", "Best of luck, everyone!"])
def test_a_closing_wish_is_no_claim(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"Quiz notes\n\nThe first Test was played in 1877.\n\n{line}\n") == [
        "The first Test was played in 1877."]


def test_a_reminder_to_the_reader_asserts_what_follows_its_that(nlp: Language) -> None:
    # "Don't forget that England won the 2005 Ashes 3-1": the claim is the clause; not the reader's plan
    text = ("Notes\n\nDon't forget that England won the 2005 Ashes 3-1.\n\nRemember that the quiz starts at 8.\n\n"
            "Don't forget to bring a pen.\n\nRemember that you booked the Crown for Friday.\n")
    assert claim_texts(nlp, text) == ["England won the 2005 Ashes 3-1."]



# --- the forty-first stop ---

def test_a_timeline_entrys_aside_in_brackets_is_cut_from_it(nlp: Language) -> None:
    # an "(aside: ...)" or "(check this)" under or after a timeline's entry is the writer's, not the entry's
    text = ("TIMELINE\n\n1919\n    Ringling Bros. and Barnum & Bailey become one show\n"
            "   (aside: the Ringling dates come from the Circus World Museum, Baraboo)\n1944\n"
            "    Fire at Hartford kills 167 (check this)\n")
    assert claim_texts(nlp, text) == ["Ringling Bros. and Barnum & Bailey become one show", "Fire at Hartford kills 167"]


def test_a_record_or_a_person_under_a_label_is_a_claim(nlp: Language) -> None:
    text = ("## Quick answers\n\nLongest rail tunnel: the Seikan Tunnel\nSunshine Clown: Oleg Popov\n"
            "Most shared: The lazy loaf\nArt director: Chidi Okonkwo\n")
    assert claim_texts(nlp, text) == ["Longest rail tunnel: the Seikan Tunnel", "Sunshine Clown: Oleg Popov"]


# --- the forty-second stop ---

def test_a_request_capitalised_after_the_readers_condition_is_a_call_to_action(nlp: Language) -> None:
    text = ("If you enjoyed this, Subscribe to The Steeping Point for a new post every fortnight.\n\n"
            "If you visit Boston, Paul Revere House is open daily.\n")
    assert claim_texts(nlp, text) == ["If you visit Boston, Paul Revere House is open daily."]


def test_a_reader_thanking_the_writer_for_the_post_is_no_claim(nlp: Language) -> None:
    text = ("Stoked you wrote this, Nalu!\n\nSo glad you covered this.\n\n"
            "You wrote this in 1920 and it sold 20,000 copies.\n\nTwain wrote this book in 1872.\n")
    assert claim_texts(nlp, text) == ["You wrote this in 1920 and it sold 20,000 copies.", "Twain wrote this book in 1872."]


def test_a_claim_beside_thanks_for_the_post_is_kept(nlp: Language) -> None:
    # (from review: a clause of its own that names something is a claim, whatever the thanks before it)
    text = "Stoked you posted this, but Tom Blake invented the hollow surfboard, not Duke.\n"
    assert claim_texts(nlp, text) == ["Stoked you posted this, but Tom Blake invented the hollow surfboard, not Duke."]


# --- the forty-third stop ---

def test_a_bracket_labelled_an_aside_is_one_whatever_a_question_mark_inside_cuts(nlp: Language) -> None:
    text = ("KITES THROUGH THE AGES -- timeline for the club newsletter (draft 2, Hal)\n" + "-" * 73 + "\n\n"
            "2001\n    November: kites back over Kabul after the Taliban fall\n\n"
            "    (aside: skipping the whole \"did Franklin really fly it?\" argument, not enough\n    room on the page)\n")
    assert claim_texts(nlp, text) == ["November: kites back over Kabul after the Taliban fall"]
    # (from review: a bracket that closes on its label opens the writer's own sentence)
    text = "(aside) Neil Armstrong stepped onto the Moon in 1969.\n"
    assert claim_texts(nlp, text) == ["(aside) Neil Armstrong stepped onto the Moon in 1969."]


# --- the forty-fourth stop ---

def test_a_row_of_short_terms_under_a_header_is_a_claim(nlp: Language) -> None:
    text = ("| Breed | Country of origin | Known for |\n|---|---|---|\n| Dachshund | Germany | hunting badgers |\n"
            "| Dalmatian | ? | running beside carriages |\n\n"
            "| Colour | Metal | Notes |\n|---|---|---|\n| Green | barium | |\n\n"
            "| Speaker | Room | Day |\n|---|---|---|\n| Ana | Blue room | Monday |\n")
    assert claim_texts(nlp, text) == ["Breed: Dachshund; Country of origin: Germany; Known for: hunting badgers",
                                      "Breed: Dalmatian; Country of origin: ?; Known for: running beside carriages",
                                      "Colour: Green; Metal: barium"]


def test_a_record_label_and_its_holder_stay_one_line(nlp: Language) -> None:
    text = ("# Quiz\n\nTallest breed: Great Dane\nMost popular US breed 2022: Labrador Retriever\n"
            "Oldest dog ever (current record): Bobi, Portugal\nCaptain: Priti\n")
    assert claim_texts(nlp, text) == ["Tallest breed: Great Dane", "Most popular US breed 2022: Labrador Retriever",
                                      "Oldest dog ever (current record): Bobi, Portugal"]


def test_a_list_item_naming_where_or_whose_after_a_dash_is_a_claim(nlp: Language) -> None:
    text = ("# Famous dogs\n\n1. Barry – St Bernard, now in a museum in Bern\n"
            "2. Buddy – Morris Frank's guide dog, a female German Shepherd\n3. Intro – the welcome talk\n")
    assert claim_texts(nlp, text) == ["Barry – St Bernard, now in a museum in Bern",
                                      "Buddy – Morris Frank's guide dog, a female German Shepherd"]


def test_a_dated_byline_on_its_own_line_is_the_commenters(nlp: Language) -> None:
    text = ("## Final thoughts\n\nThanks for reading.\n\n**9 comments**\n\n**Helen** · 10 November 2024 at 22:47\n"
            "lol same, our dog spent the whole night under the bed\n\n**Jon P.** · 9 November 2024 at 13:11\n"
            "our club was founded in 1698 by John Brock.\n\n**Rachel M.** · 4 March 2025 at 19:02\n"
            "Crying at the Hachikō bit again, every single time.\n")
    assert claim_texts(nlp, text) == ["our club was founded in 1698 by John Brock."]


# (from review 44b: the writer's own tables, lists and household are no claims; a card's bold name is no byline)
@pytest.mark.parametrize("text", [
    "## Shopping for Saturday\n\n| Item | Shop | Notes |\n|---|---|---|\n| Milk | Tesco | semi-skimmed |\n"
    "| Candles | Wilko | for the cake |\n",
    "# Camping packing list\n\n| Thing | Bag | Packed? |\n|---|---|---|\n| Tent | big rucksack | yes |\n",
    "# List\n\n- Mum – scarf from Liberty\n- Ollie – Lego from John Lewis\n",
])
def test_the_writers_own_lists_are_no_claims(nlp: Language, text: str) -> None:
    assert claim_texts(nlp, text) == []


def test_a_cards_bold_name_before_its_date_is_no_byline(nlp: Language) -> None:
    text = "# Satellites\n\n**Sputnik 1** · 4 October 1957\nlaunched by the Soviet Union from Baikonur.\n"
    assert claim_texts(nlp, text) == ["**Sputnik 1** · 4 October 1957 launched by the Soviet Union from Baikonur."]


def test_what_our_planet_or_moon_does_is_no_household_aside(nlp: Language) -> None:
    text = "# Notes\n\nOur moon is slowly drifting away from the Earth.\n\nour dog spent the whole night under the bed\n"
    assert claim_texts(nlp, text) == ["Our moon is slowly drifting away from the Earth."]


def test_everyones_doings_with_our_are_claims(nlp: Language) -> None:
    # (from the public benchmark: humanity's acts are no household's)
    text = "# Notes\n\nOur harmless emissions of trifling quantities of carbon dioxide cannot possibly acidify the oceans.\n"
    assert claim_texts(nlp, text) == [
        "Our harmless emissions of trifling quantities of carbon dioxide cannot possibly acidify the oceans."]


# --- the forty-fifth stop ---

def test_a_she_after_a_sentence_naming_one_person_not_as_its_subject(nlp: Language) -> None:
    text = ("Most of us first hear about cranes through Sadako Sasaki. She was only two when the bomb fell on "
            "Hiroshima.\n\nNational Geographic's story is twisty. He drew a projection in 1963.\n")
    claims = segment(nlp, loads(text, "note.md"))
    referents = {c.text: statement_loads(c.statement).referent for c in claims}
    assert referents["She was only two when the bomb fell on Hiroshima."] == "Sadako Sasaki"
    # (a name that says whose the subject is, is no one acting)
    assert referents["He drew a projection in 1963."] != "National Geographic"


def test_an_it_after_a_sentence_that_did_something_to_an_it_goes_on_with_it(nlp: Language) -> None:
    text = ("Then came Catan. Klaus Teuber designed it in his spare time. Kosmos published it in 1995. It won the "
            "Spiel des Jahres that same year.\n")
    claims = segment(nlp, loads(text, "note.md"))
    won = next(c for c in claims if c.text.startswith("It won"))
    assert statement_loads(won.statement).referent != "Kosmos"


def test_a_row_under_name_that_gives_a_full_name_is_a_claim(nlp: Language) -> None:
    text = ("## Who's who\n\n| Name | Known for | Notes |\n|------|-----------|-------|\n"
            "| Tomoko Fuse | **modular origami** books | Japanese artist |\n| Sam | the cake | bring plates |\n")
    assert claim_texts(nlp, text) == ["Name: Tomoko Fuse; Known for: **modular origami** books; Notes: Japanese artist"]


def test_a_line_all_in_square_brackets_labelled_an_aside_is_one(nlp: Language) -> None:
    text = ("1983\n    first Essen game fair\n\n   [aside: the case only holds about twenty cards, so half of this "
            "will get cut]\n")
    assert claim_texts(nlp, text) == ["first Essen game fair"]


def test_a_sheet_under_name_stays_a_sheet(nlp: Language) -> None:
    # (from review 45b) contact cells and a sheet's columns are the people's own entries, not claims
    text = ("| Name | Email |\n|---|---|\n| Sam Jones | sam@example.com |\n\n"
            "| Name | Dish | Notes |\n|---|---|---|\n| Ann Lee | Lemon tart | no nuts |\n")
    assert claim_texts(nlp, text) == []


def test_a_she_after_an_institution_named_is_no_institution(nlp: Language) -> None:
    text = "The best pieces came from the Smithsonian Institution. She donated the rest in 1950.\n"
    claims = segment(nlp, loads(text, "note.md"))
    assert statement_loads(claims[-1].statement).referent != "Smithsonian Institution"


# --- the forty-sixth stop ---

def test_a_note_arrow_before_a_request_is_no_word_of_it(nlp: Language) -> None:
    # (the tagger reads the ">" of "->" as a name, the subject of "ask")
    text = "## Plan\n\n- -> ask Jean about borrowing her lace\n- -> Bell patented the telephone in 1876\n"
    assert claim_texts(nlp, text) == ["-> Bell patented the telephone in 1876"]


def test_a_dont_after_a_notes_exclamation_is_a_request(nlp: Language) -> None:
    text = ("- W. N. Wilson != A. B. Wilson!! don't mix them up in the essay\n"
            "- A. B. Wilson patented the rotary hook in 1851\n")
    assert claim_texts(nlp, text) == ["A. B. Wilson patented the rotary hook in 1851"]


def test_go_before_a_bare_verb_asks(nlp: Language) -> None:
    text = "Go find your local park and push.\n\nGo West was released by the Village People in 1979.\n"
    assert claim_texts(nlp, text) == ["Go West was released by the Village People in 1979."]
    # (from review 46b: a title opening the statement, its verb the subject of the next)
    assert claim_texts(nlp, "Come Fly with Me was recorded by Sinatra in 1957.\n") == [
        "Come Fly with Me was recorded by Sinatra in 1957."]


def test_a_byline_of_short_pieces_with_a_reading_time_is_boilerplate(nlp: Language) -> None:
    text = ("# The Eleven Days\n\nPosted 14 September 2023 · 9 min read · Share on X | Facebook | Copy link\n\n"
            "The Gregorian calendar was introduced in 1582.\n")
    assert claim_texts(nlp, text) == ["The Gregorian calendar was introduced in 1582."]


def test_a_doubted_detail_on_an_arrow_note_leaves_the_note_a_claim(nlp: Language) -> None:
    text = "## Team\n\n- Zephyr shop -> Santa Monica (Main St??)\n- who ran it??\n"
    assert claim_texts(nlp, text) == ["Zephyr shop -> Santa Monica (Main St??)"]


def test_a_verb_before_a_notes_equals_sign_or_arrow_is_no_request(nlp: Language) -> None:
    text = ("## Calendar maths\n\n- mean G year = 365.2422 d\n"
            "- pontiffs' mistake: leap every 3rd yr -> Augustus fixed it\n- buy the new almanac\n")
    assert claim_texts(nlp, text) == ["mean G year = 365.2422 d", "pontiffs' mistake: leap every 3rd yr -> Augustus fixed it"]



# --- the forty-seventh stop ---

def test_a_quiz_answer_is_read_with_its_question(nlp: Language) -> None:
    text = ("# Quiz\n\nQ: Who rowed the Nile in 1911?\nA: Captain Ada Brook\n"
            "Q: Which boat sank the Kestrel?\nA: the Osprey — a quick one\n"
            "Q: Can a coracle sail?\nA: yes, it has a small sail\n")
    found = {c.text: statement_loads(c.statement) for c in claims(nlp, text)}
    assert list(found) == ["A: Captain Ada Brook", "A: the Osprey — a quick one", "A: yes, it has a small sail"]
    # (the answer in the slot the question's wh-word leaves; an answer with a statement of its own stays itself)
    assert found["A: Captain Ada Brook"].text == "Captain Ada Brook rowed the Nile in 1911."
    assert found["A: the Osprey — a quick one"].text == "the Osprey sank the Kestrel — a quick one."
    assert found["A: yes, it has a small sail"].text.endswith(": yes, it has a small sail")



# --- the fifty-first stop ---

def test_requests_after_a_lines_opening_talk_are_no_claims(nlp: Language) -> None:
    text = ("And don't forget to subscribe for next week's post on the high jump!\n\n"
            "And don't forget that Ann Kell ran 3:58.7 at Velden in 1961.\n")
    assert claim_texts(nlp, text) == ["Ann Kell ran 3:58.7 at Velden in 1961."]


def test_a_notes_research_task_and_what_it_still_needs_are_no_claims(nlp: Language) -> None:
    text = ("# Notes\n\n- javelin: look up Vero\n- Brill airship retirement – need exact date of the last flight\n"
            "- Printer: check the toner\n- Vero: threw 86.74 m at Velden in 1986.\n"
            "- The expedition needed 52 dogs for the pole journey.\n")
    assert claim_texts(nlp, text) == ["Vero: threw 86.74 m at Velden in 1986.",
                                      "The expedition needed 52 dogs for the pole journey."]


def test_a_quizs_house_rules_are_boilerplate(nlp: Language) -> None:
    text = ("# Quiz night\n\nRules: no phones, no shouting out answers, the quizmaster's word is final.\n\n"
            "Teams of four, answers on the sheet, and no phones please.\n\n"
            "One point per answer; metric or imperial both accepted.\n\n"
            "- Rules: Velden rules, written by Tom Vero (1867)\n")
    assert claim_texts(nlp, text) == ["Rules: Velden rules, written by Tom Vero (1867)"]


def test_a_nouns_word_of_finding_out_and_a_rule_told_of_the_past_are_claims(nlp: Language) -> None:
    # (review) "research" a noun, "check-weigher" a job; "no phones" and points per answer said of a year's doings;
    # "a source of" water is no source to cite
    text = ("# Notes\n\n- Ann Kell — research chemist at Brill Mills from 1890 to 1911\n"
            "- Tom Vero - check-weigher at the Velden pit from 1890\n"
            "- Kell — research in Brill from 1890 led to the Velden vaccine in 1901\n\n"
            "In 2010 Velden High became the first school in Brill with no phones in class.\n\n"
            "On the Velden Quiz, first aired in 1961, contestants got two points for each correct answer.\n\n"
            "Ann Kell told the Brill council in 1890 that we need a source of clean water for Velden.\n")
    assert len(claim_texts(nlp, text)) == 6


def test_the_writer_on_their_page_and_its_turns_are_no_claims(nlp: Language) -> None:
    text = ("Fair warning: it's a long post!\n\nThen came the really fun part.\n\n"
            "Ten points up for grabs, phones face down please!\n\n"
            "Then came the Velden fire of 1871, which spared the tower.\n\nIt is a long bridge, 2,529 m from end to end.\n")
    assert claim_texts(nlp, text) == ["Then came the Velden fire of 1871, which spared the tower.",
                                      "It is a long bridge, 2,529 m from end to end."]


def test_a_turn_that_goes_on_to_tell_what_came_is_a_claim(nlp: Language) -> None:
    # (review 51c) "Then came the ... part" is the writer's turn only where it ends on its part, or the part of an
    # occasion; not where the part is told of or a colon tells what it was
    text = ("Then came the best bit of the night.\n\nNow comes the boring stuff.\n\n"
            "Then came the final section of the canal, dug by hand through solid rock.\n\n"
            "Then came the worst part: the flood destroyed the mill and the bridge.\n\n"
            "Then came the hard part for the settlers: the winter killed most of the herd.\n")
    assert claim_texts(nlp, text) == ["Then came the final section of the canal, dug by hand through solid rock.",
                                      "Then came the worst part: the flood destroyed the mill and the bridge.",
                                      "Then came the hard part for the settlers: the winter killed most of the herd."]


def test_it_is_a_post_is_the_writers_page_only_when_its_length_is_said(nlp: Language) -> None:
    # (review 51c) "it's a long post", "it's a long thread"; not "It is a trading post", "Today it is an army post"
    text = ("Fair warning: it's a long post!\n\nIt's a long thread, but worth it.\n\n"
            "Brill Fort stands on the river. It is a trading post.\n\nToday it is an army post.\n")
    assert claim_texts(nlp, text) == ["Brill Fort stands on the river.", "It is a trading post.",
                                      "Today it is an army post."]


def test_phones_off_or_points_up_for_grabs_told_of_someone_is_a_claim(nlp: Language) -> None:
    # (review 51c) a house rule's bare words, not a sentence with its own subject and verb, or someone's phones
    text = ("Ten points up for grabs, phones face down please!\n\n"
            "Velden Telecom sends its old phones off to Brill for repair.\n\n"
            "The Brill Cup has 100 points up for grabs in each round.\n\n"
            "The Velden school keeps phones away from pupils during lessons.\n")
    assert claim_texts(nlp, text) == ["Velden Telecom sends its old phones off to Brill for repair.",
                                      "The Brill Cup has 100 points up for grabs in each round.",
                                      "The Velden school keeps phones away from pupils during lessons."]


# --- the fiftieth stop ---

def test_a_wrapped_sentence_runs_on_past_a_cut_the_parser_makes_without_a_mark(nlp: Language) -> None:
    # (the parser ends a sentence between "UNESCO" and "World": what follows has no verb, no sentence of its own)
    text = ("Even so, it's held up as a near-perfect concentric castle, walls within walls.\n"
            "Velden held out for seven years during the long siege, which is where the\n"
            "song \"Men of Velden\" comes from. Definitely climb the towers at Brill if\n"
            "your knees allow it. The whole set, castles and town walls, has been a UNESCO\n"
            "World Heritage Site since 1996.\n")
    assert "The whole set, castles and town walls, has been a UNESCO World Heritage Site since 1996." \
        in claim_texts(nlp, text)


def test_a_quiz_answer_is_read_as_any_text_is(nlp: Language) -> None:
    # (a king's name: "Otto I", not "Otto" and the pronoun "I")
    text = "# Quiz\n\nQ: Which king commissioned Velden Castle?\nA: Otto I of Saxony\n"
    [claim] = claims(nlp, text)
    said = statement_loads(claim.statement)
    assert [p.words for p in said.parts if p.kind == "name" and p.role == "subj"] == [("otto", "i", "saxony")]


def test_a_readers_task_after_if_you_and_notes_that_ask_are_no_claims(nlp: Language) -> None:
    text = ("# Notes\n\n- tower at Velden: legend or real??\n- ? did Kell actually see the comet and miss it - check\n"
            "- Kell saw the comet in 1846??\n\n"
            "Side note: if you haven't seen Red Harbour, fix that this weekend.\n\n"
            "If you visit Ashby, the mill that Kell built in 1846 is still standing.\n")
    # (a doubt on a statement stays a claim, for its reviewer; "if you" before a statement too)
    assert claim_texts(nlp, text) == ["Kell saw the comet in 1846??",
                                      "If you visit Ashby, the mill that Kell built in 1846 is still standing."]


def test_a_hedge_on_a_statement_is_no_asked_alternative(nlp: Language) -> None:
    # (alternatives the line asks stand after its colon or dash; "more or less", "for better or worse" after a
    # statement hedge it, the doubt the reviewer's)
    text = ("# Notes\n\n- Tom Vero built the Brill mill in 1846, more or less??\n"
            "- Ann Kell sold the mill in 1870, for better or worse??\n"
            "- Ann Kell drowned at Brill in 1871 - true or false??\n")
    assert claim_texts(nlp, text) == ["Tom Vero built the Brill mill in 1846, more or less??",
                                      "Ann Kell sold the mill in 1870, for better or worse??"]


# --- the forty-ninth stop ---

def test_a_who_am_i_clue_is_read_as_said_of_its_answer(nlp: Language) -> None:
    text = ("# Quiz\n\n## Round 2: Who am I?\n\n1. I opened the Brill lock in 1761. -> Ann Kell\n\n"
            "Clue 1: My statue stands in Crewe.\nClue 2: I was born in Ashby.\nANSWER -> Mary Vero, the engineer\n")
    found = {c.text: statement_loads(c.statement) for c in claims(nlp, text)}
    # (the claim's text stays the clue as written; what it is read as names the one who speaks it)
    assert found["I opened the Brill lock in 1761."].text.startswith("Ann Kell opened the Brill lock")
    assert found["Clue 1: My statue stands in Crewe."].text.startswith("Mary Vero's statue")
    assert found["Clue 2: I was born in Ashby."].text.startswith("Mary Vero was born")
    # (the answer's label line is no claim)
    assert not any(t.startswith("ANSWER") for t in found)
    # (the first person outside a who-am-I round stays the writer's)
    assert claim_texts(nlp, "# Notes\n\nI visited the Brill lock in 2019. -> lovely day\n") == []


def test_a_hosts_notes_and_the_next_parts_plan_are_no_claims(nlp: Language) -> None:
    text = ("# Quiz\n\nHost notes: read each question twice, give them 30 seconds, no phones.\n\n"
            "Part two will cover the Ashby mills and the canal, so stay tuned.\n\n"
            "Part two of the Brill story ended in 1871.\n")
    assert claim_texts(nlp, text) == ["Part two of the Brill story ended in 1871."]


def test_a_headline_verb_before_a_bracketed_month(nlp: Language) -> None:
    text = "TIMELINE\n\n2021\n    Kell retires (July)\n"
    [claim] = claims(nlp, text)
    said = statement_loads(claim.statement)
    assert said.clauses[0].act == "retire"
    assert [p.text for p in said.parts if p.kind == "date"] == ["July 2021"]
    # (a bracketed figure only as a year: "(3)" may be a footnote, a count or a second time)
    [claim] = claims(nlp, "TIMELINE\n\n2021\n    Kell retires (3)\n")
    assert statement_loads(claim.statement).clauses[0].act != "retire"
    [claim] = claims(nlp, "TIMELINE\n\n2021\n    Kell retires (2022)\n")
    said = statement_loads(claim.statement)
    assert said.clauses[0].act == "retire" and "2022" in [p.text for p in said.parts if p.kind == "date"]


# --- the forty-eighth stop ---

def test_a_credit_written_short_is_read_spelled_out(nlp: Language) -> None:
    text = "OPERAS\n\n1900\n  14 Jan  Tosca, Teatro Costanzi, Rome - cond. Leopoldo Mugnone\n"
    [claim] = claims(nlp, text)
    # (the claim's text stays as written; what it is read as says who conducted)
    assert claim.text.endswith("cond. Leopoldo Mugnone")
    assert "conducted by Leopoldo Mugnone" in statement_loads(claim.statement).text


@pytest.mark.parametrize("line", ["-- to add: Handel, Gluck, Purcell.", "To check: the hall opened in 1883.",
                                  "- Stanley Cup on Wikipedia: https://en.wikipedia.org/wiki/Stanley_Cup"])
def test_a_task_under_a_label_and_a_titled_link_are_no_claims(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"# Notes\n\n{line}\n") == []


@pytest.mark.parametrize(("line", "kept"), [
    # the writer's doubt of a statement, for a reviewer to settle
    ("??? Kell: record 8 Junior Crowns", True),
    ("??? season record = 87 goals, 1981-82", True),
    # a task, a question or alternatives are the writer's own
    ("??? Brill founded 1937 - confirm", False),
    ("??? 1790 or 1793 for the first lock", False),
    ("??? was the first race in 1867", False),
])
def test_a_marked_statement_is_a_claim(nlp: Language, line: str, kept: bool) -> None:
    assert bool(claim_texts(nlp, f"# Notes\n\n- {line}\n")) is kept


def test_a_quiz_answer_is_read_by_its_first_sentence(nlp: Language) -> None:
    text = ("Q: When did water polo first appear at the Games?\nA: At the 1900 Games in Paris. Britain won it easily.\n\n"
            "Q: Name the three founding clubs.\nA: Ashby, Brill and Crewe.\n")
    # (spaCy may cut "A:" off as a sentence of its own: the answer after it is read with the question all the same)
    found = {c.text.removeprefix("A: "): statement_loads(c.statement).text for c in claims(nlp, text)}
    assert found["At the 1900 Games in Paris."] == "Water polo first appeared at the Games at the 1900 Games in Paris."
    assert found["Britain won it easily."] == "Britain won it easily."
    assert found["Ashby, Brill and Crewe."] == "The three founding clubs are Ashby, Brill and Crewe."


@pytest.mark.parametrize(("line", "kept"), [
    ("Scoring: 1 pt each, 2 for tie-breakers.", False),  # the quiz sheet's own housekeeping
    ("Answer sheet v2, printed for Friday.", False),
    ("Scoring: 10-point must system, three judges", True),  # a sport's scoring is a claim
    ("Scoring: 10-point must system, three judges score each round.", True),
    ("Scoring: each touchdown is worth 6 points, and a field goal 3.", True),
    ("Points: 3 for a win and 1 each for a draw, in England since 1981.", True),
    ("Scoring: a try is worth 5 points, with a bonus point for four tries in a match.", True),
    ("Points: 2 per answer, 5 for the picture round.", False),
    ("Marking: each correct answer scores 1 point.", False),
    # (the sheet itself, not a line that says something of sheets or labels a claim)
    ("Score sheet for round 2", False),
    ("Answer sheets were first scored by machine in 1938.", True),
    ("Score sheet: Brazil beat Italy 4-1 in the 1970 final at the Azteca.", True),
])
def test_a_quiz_sheets_housekeeping_is_no_claim(nlp: Language, line: str, kept: bool) -> None:
    assert bool(claim_texts(nlp, f"# Quiz\n\n{line}\n")) is kept


def test_a_notes_measure_under_its_name_is_a_claim(nlp: Language) -> None:
    text = "# Brill Stadium\n\n- seats ~2,000\n- length 120 m\n- page 42\n- round 3\n"
    assert claim_texts(nlp, text) == ["seats ~2,000", "length 120 m"]


def test_a_bare_count_under_a_label_is_no_measure(nlp: Language) -> None:
    # (a quiz's setup, a ticket, a pointer into a book: no unit, "about", thousands or fraction)
    text = "# Quiz night\n\n- questions 40\n- rounds 8\n- total 50 pts\n- ticket 4471\n- season 3\n- sec 3\n"
    assert claim_texts(nlp, text) == []
    text = "# Brill Bridge\n\n- built 1890\n- length 2,528.7 m\n- steps 1,665\n"
    assert claim_texts(nlp, text) == ["built 1890", "length 2,528.7 m", "steps 1,665"]


@pytest.mark.parametrize(("line", "kept"), [
    # a purpose that opens the writer's own sentence, no task
    ("To confirm relativity: in 1919 Eddington photographed stars near the eclipsed Sun.", True),
    ("To check later: the hall's price in 1900.", False),
    # a statement with its source after it, no link's title
    ("Lindbergh landed at Le Bourget on 21 May 1927: https://example.org/lindbergh", True),
    ("How the Brownie changed photography: https://example.org/brownie", False),
    # a second guess, alternatives with a slash, a thing to fetch
    ("- ??? Brunel born in Portsmouth, possibly Plymouth", False),
    ("- ??? Slater's mill opened 1790/1793", False),
    ("- ??? photo of the Rocket for slide 3", False),
    ("- ??? Titanic sank 15/4/1912", True),
])
def test_a_line_is_a_claim_forty_eighth_stop_review(nlp: Language, line: str, kept: bool) -> None:
    assert bool(claim_texts(nlp, f"# Notes\n\n{line}\n")) is kept


def test_an_answer_that_says_its_own_is_read_as_written(nlp: Language) -> None:
    text = "Q: Who first climbed Everest?\nA: Hillary, with Tenzing Norgay, reached the summit on 29 May 1953.\n"
    [claim] = claims(nlp, text)
    said = "Hillary, with Tenzing Norgay, reached the summit on 29 May 1953."
    assert statement_loads(claim.statement).text.endswith(said)


# --- the fifty-second stop ---

def test_a_notes_question_after_its_mark_and_a_cf_pointer_are_no_claims(nlp: Language) -> None:
    text = ("# Notes\n\n- ? what happened to the Velden site after - check\n"
            "- cf. The Brill Years (Kell) - reread the Vero chapters\n"
            "- cf. Velden type -- the Brill Psalter was printed in 1457\n"
            "- ? Tom Vero won in 1851\n")
    assert claim_texts(nlp, text) == ["cf. Velden type -- the Brill Psalter was printed in 1457",
                                      "? Tom Vero won in 1851"]


def test_the_channels_formula_is_a_call_to_action(nlp: Language) -> None:
    text = ("Like and subscribe for part two, on the Velden fair!\n\n"
            "Like many fairs, the Brill expo of 1851 ran at a loss.\n")
    assert claim_texts(nlp, text) == ["Like many fairs, the Brill expo of 1851 ran at a loss."]


# (review 52)
def test_a_notes_mark_before_a_told_clause_or_an_exclamation_is_no_question(nlp: Language) -> None:
    text = ("# Notes\n\n- ? when the Ashby mill shut in 1911, Ann Kell bought it\n"
            "- ? what a summer for Ann Kell: she won the Velden Cup in 1911\n"
            "- ? when did the Ashby mill shut\n- ? who bought the Ashby mill\n")
    assert claim_texts(nlp, text) == ["? when the Ashby mill shut in 1911, Ann Kell bought it",
                                      "? what a summer for Ann Kell: she won the Velden Cup in 1911"]


def test_the_channels_formula_naming_a_thing_is_told(nlp: Language) -> None:
    text = "Like and subscribe buttons came to the Ashby channel in 2011.\n\nLike and subscribe for more on Ashby!\n"
    assert claim_texts(nlp, text) == ["Like and subscribe buttons came to the Ashby channel in 2011."]


# --- the fifty-third stop ---

def test_a_numbered_answer_key_is_no_claim_and_its_clues_are(nlp: Language) -> None:
    text = ("# Quiz\n\n## Round 3: Who am I?\n\n- I built the Ashby lock in 1761.\n\n- I swam the Brill strait in 1911.\n\n"
            "Answers, round 3: 1 Ann Kell, 2 Mary Vero\n")
    assert claim_texts(nlp, text) == ["I built the Ashby lock in 1761.", "I swam the Brill strait in 1911."]


def test_page_furniture_and_source_notes_are_no_claims(nlp: Language) -> None:
    text = ("# Post\n\nThe Velden bridge opened in 1850.\n\nText and photos © 2025 Ann Kell.\n\n"
            "14 comments · Log in to leave a comment\n\nSources: various; errors are mine.\n\n"
            "src: Kell, *The Bridge Is Old*, ch. 1-3 + wiki for dates\n\n"
            "Source: the 1851 census counted 2 million people in Velden.\n\n"
            "The Velden post office kept 14 comments books by 1890.\n\nThe copyright law of 1911 replaced it.\n")
    assert claim_texts(nlp, text) == ["The Velden bridge opened in 1850.",
                                      "Source: the 1851 census counted 2 million people in Velden.",
                                      "The Velden post office kept 14 comments books by 1890.",
                                      "The copyright law of 1911 replaced it."]


def test_a_key_fact_or_key_dates_line_is_no_answer_key(nlp: Language) -> None:
    # (review 53) "Key ...:" before a figure is no key to a quiz's clues: only names numbered in turn are
    text = ("# Notes\n\nKey fact: 1 in 3 Velden homes had a loom in 1850.\n\n"
            "Key dates: 1 May 1850, the Velden mill opens; 2 June 1851, it burns.\n")
    assert claim_texts(nlp, text) == ["Key fact: 1 in 3 Velden homes had a loom in 1850.",
                                      "Key dates: 1 May 1850, the Velden mill opens; 2 June 1851, it burns."]


def test_a_keyed_clue_the_key_cannot_place_is_no_claim(nlp: Language) -> None:
    # (review 53) numbered clues run together, a key of two names: which clue is whose is not known
    # (the fifty-fourth stop: where there are more numbered lines than names; one to a name, each is its name's)
    text = ("# Quiz\n\n## Round 3: Who am I?\n\n1. I built the Ashby lock in 1761.\n2. I swam the Brill strait in 1911.\n"
            "3. I died in 1950.\n\nAnswers: 1 Ann Kell, 2 Mary Vero\n")
    assert claim_texts(nlp, text) == []


def test_a_notice_or_source_label_on_a_claim_of_its_own_keeps_it(nlp: Language) -> None:
    # (review 53b) a copyright sign or a count of replies in a line with a subject and verb of its own, and a source's
    # label before a clause whose verb its helper makes finite, or "there were", are claims still
    text = ("# Post\n\nThe photograph (© 1936 Tom Vero) shows the Brill mill before the fire of 1937.\n\n"
            "The Velden Press held the copyright 1901 to 1950 on Ann Kell's maps.\n\n"
            "The Velden mill had three owners: (a) Ann Kell, (b) Tom Vero and (c) 1901 onwards the Brill Company.\n\n"
            "Source: Velden parish register — Ann Kell did not marry Tom Vero until 1851.\n\n"
            "Source: there were 2 million people in Velden in 1851.\n\n"
            "Source: the Velden mill could grind 40 tons a day in 1850.\n\n"
            "Sources: errors in the 1851 census put Velden at 2 million people.\n\n"
            "Source: a mistake in the register made Ann Kell's birth year 1805.\n\n"
            "Text and photos © 2025 Ann Kell.\n\nSources: various; any errors are mine.\n")
    assert claim_texts(nlp, text) == [
        "The photograph (© 1936 Tom Vero) shows the Brill mill before the fire of 1937.",
        "The Velden Press held the copyright 1901 to 1950 on Ann Kell's maps.",
        "The Velden mill had three owners: (a) Ann Kell, (b) Tom Vero and (c) 1901 onwards the Brill Company.",
        "Source: Velden parish register — Ann Kell did not marry Tom Vero until 1851.",
        "Source: there were 2 million people in Velden in 1851.",
        "Source: the Velden mill could grind 40 tons a day in 1850.",
        "Sources: errors in the 1851 census put Velden at 2 million people.",
        "Source: a mistake in the register made Ann Kell's birth year 1805."]


# --- the fifty-fourth stop ---

def test_numbered_clues_a_key_of_things_and_the_sheets_instructions(nlp: Language) -> None:
    text = ("# Quiz night\n\n## Round 3: What am I?\n\nEach clue describes one bread; answers in the key at the bottom.\n\n"
            "1. I am boiled briefly in water before I am baked.\n2. My name honours Velden, where I was first made.\n\n"
            "Answer key: 1 bagel, 2 Velden roll\n")
    assert claim_texts(nlp, text) == ["I am boiled briefly in water before I am baked.",
                                      "My name honours Velden, where I was first made."]


@pytest.mark.parametrize(("line", "claim"), [
    # the writer musing: a stance that closes the sentence, a "whether" for its subject, a "because" with nothing to
    # explain, the reader asked to picture something
    ("Good riddance, if you ask me.", False),
    ("Whether that's a good thing is a fight for another day.", False),
    ("Because it's fun, and because you can't hold a file in your hands.", False),
    ("Imagine losing a game of chess to a wooden cabinet!", False),
    ("src = Wikipedia: Phonograph, Gramophone record, Magnetic tape", False),
    # (a "because" that explains a clause of its own, a band's name, a source's clause of its own)
    ("Because of the war, the 1940 Games were cancelled.", True),
    ("Because the Velden froze, the 1814 fair was held on the ice.", True),
    ("Imagine Dragons formed in Las Vegas in 2008.", True),
    ("src = the 1851 census counted 2 million people in Velden.", True),
    # (review 54) what names or counts something is said, whatever muses around it
    ("Whether Mallory reached the summit in 1924 is still unknown.", True),
    ("Because the old London Bridge slowed the river to a crawl.", True),
    ("Because the river froze solid the 1683 fair lasted two months.", True),
    ("The Walkman sold 200 million units by 2009, which is staggering, if you ask me.", True),
    # (review 54b) a name alone is no figure told: the musing stands
    ("Vinyl sounds warmer, if you ask me.", False),
    ("Whether Sony deserves the credit is a fight for another day.", False),
    ("Because it was 1979 and everyone wanted one.", False),
    ("Imagine: in 1809 a chess-playing cabinet beat Napoleon!", True),
    ("Whether Antarctic mass loss keeps worsening depends on choices made today.", True),
])
def test_the_writers_musing_is_no_claim(nlp: Language, line: str, claim: bool) -> None:
    assert claim_texts(nlp, f"# Post\n\n{line}\n") == ([line] if claim else [])


def test_a_clue_or_an_answer_in_the_world_is_a_claim(nlp: Language) -> None:
    # (review 54) not the sheet's instructions: a clue the sentence points to, a heading that is no quiz's
    text = ("# The Franklin mystery\n\n## Clues in the ice\n\nThe answer turned out to be lead poisoning from tins.\n\n"
            "## Round 4: Shipwrecks\n\nThe clue to the wreck's identity was the bronze bell from the stern.\n")
    assert claim_texts(nlp, text) == ["The answer turned out to be lead poisoning from tins.",
                                      "The clue to the wreck's identity was the bronze bell from the stern."]


# --- the fifty-fifth stop ---

def test_a_rounds_format_a_wrapped_key_and_where_a_list_stops_are_no_claims(nlp: Language) -> None:
    text = ("# Quiz night\n\n## Round 2: Who am I?\n\n1. I built the Ashby lock in 1761.\n2. I swam the Brill strait.\n\n"
            "Answer key: 1 Ann Kell · 2\nMary Vero\n\n## Round 3: Numbers\n\n"
            "Prompt -> answer (one point each; within 5% counts).\n\n- Locks on the Ashby canal -> 12\n\n"
            "-- end of list, more to add after the museum trip --\n")
    assert claim_texts(nlp, text) == ["I built the Ashby lock in 1761.", "I swam the Brill strait.",
                                      "Locks on the Ashby canal -> 12"]


@pytest.mark.parametrize("line", [
    # (a list's end with a figure is a sentence of its own; a prompt's format outside a quiz is no instruction)
    "End of the line came in 1990 when the Brill mill closed.",
    "More to the point, the Velden mill closed in 1990.",
    # (review 55) a list's end that opens a sentence of its own
    "More to add: Ann Kell also founded the Velden choir.",
    "End of the notes on Brill: Ann Kell later moved to Velden.",
    "To be continued by his daughter, the Brill diary runs to eleven volumes.",
])
def test_a_list_end_with_a_figure_is_a_claim(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"# Notes\n\n{line}\n") == [line]



@pytest.mark.parametrize(("question", "answer", "referent"), [
    # an answer's opening pronoun stands for the one name its question gives
    ("Q: Where did the Velden sink?", "A: She sank in the North Sea in November 1916.", "Velden"),
    ("Q: Where was the Brill Works Line built?", "A: It was built in Puebla, Mexico, in 2003.", "Brill Works Line"),
    # (not where the question names two, nor an answer that names its own subject)
    ("Q: Did Ann Kell or Mary Vero swim the strait first?", "A: She swam it in 1911.", ""),
    ("Q: Where did the Velden sink?", "A: The Brill sank in the North Sea in 1916.", ""),
    # (review 55c) nor a name the question gives as whose, as the one done to, or beside a "which" thing the answer
    # tells of; a "which" answer that tells the question's own act is the name's
    ("Q: Where was Tom Brill's wife born?", "A: She was born in Velden in 1880.", ""),
    ("Q: Who captained the Velden in 1916?", "A: He went down with her in 1916.", ""),
    ("Q: Which river does the Kell Bridge cross?", "A: It is 300 km long.", ""),
    ("Q: Which ship did the Velden collide with?", "A: She collided with the Stockholm in July 1956.", "Velden"),
])
def test_an_answers_pronoun_is_the_name_its_question_gives(nlp: Language, question: str, answer: str,
                                                           referent: str) -> None:
    (said,) = [c for c in claims(nlp, f"# Quiz\n\n## Round 1\n\n{question}\n{answer}\n", "quiz/q.md")]
    assert statement_loads(said.statement).referent == referent


@pytest.mark.parametrize(("line", "claim"), [
    # the book the notes were read in, by its title in quotes; the text's own part that moves the writer; the
    # writer's reason for the reader to do as they did
    ('- book = "Picture History of the Velden Liners" + misc. wiki', False),
    ("The next story still gives me chills.", False),
    ("This bit always makes me laugh.", False),
    ("Here's why you should too.", False),
    # (a book's own statement, a story told of someone else, a reason with a name and a date)
    ("- book = first printed in 1455 by Ann Kell", True),
    ("The story gave Ann Kell chills in 1850.", True),
    ("That's why you should visit Velden in 1850.", True),
    # (review 55c) a book's title and what is told of it; what moved the writer, told; the reason why, told
    ('- Book: "Kell at Sea", published by Brill Press in 1961', True),
    ("The tour showed me that the Velden bridge is made entirely of wrought iron.", True),
    ("That's why you must never mix bleach and ammonia, because together they release chloramine gas.", True),
])
def test_a_book_note_a_writers_chills_and_a_why_you_should(nlp: Language, line: str, claim: bool) -> None:
    expected = line.lstrip("- ")
    assert claim_texts(nlp, f"# Post\n\n{line}\n") == ([expected] if claim else [])


# --- the fifty-sixth stop ---

def test_a_lettered_key_under_its_heading_is_no_claim_and_its_clues_are(nlp: Language) -> None:
    text = ("# Quiz\n\n## Round 2: Who am I? (clue round)\n\nSet A\n1. I built the Ashby lock in 1761.\n\n"
            "Set B\n1. I swam the Brill strait in 1911.\n\n### Answer key\n\nA = Ann Kell, B = Mary Vero\n")
    assert claim_texts(nlp, text) == ["I built the Ashby lock in 1761.", "I swam the Brill strait in 1911."]


@pytest.mark.parametrize("line", [
    # a paragraph wholly in brackets, over two sentences; the writer's rating; a source cited by its chapters; what the
    # page leaves for later; what each of a quiz's sets is
    "(Ray wanted to sneak onto the Velden field. We did not.)",
    "- rating 3.5/5: too many stats, not enough stories",
    "- Verdict: 4/5, would lend to Mum",
    "src = Hunter, Papermaking (Dover), chs 9-14 + lecture slides",
    "Everything after that is a story for part two.",
])
def test_more_asides_ratings_sources_and_plans_are_no_claims(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"# Post\n\n{line}\n") == []


@pytest.mark.parametrize("line", [
    # (a rating of something named; a source with something told; a story told, then left for later)
    "Rating of the Velden bridge by engineers in 1900: 4/5",
    "Source: Ann Kell founded the Velden mill, see ch. 3.",
    "The Brill mill is a story for another day: it burned in 1850.",
    "The Ashby mill (built 1850) burned.",
])
def test_ratings_sources_and_brackets_that_tell_something(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"# Post\n\n{line}\n") == [line]


def test_what_each_set_of_a_quiz_is_is_no_claim(nlp: Language) -> None:
    text = ("# Quiz\n\n## Round 2: Name that engineer (clue round)\n\nEach set points to one person or place.\n\n"
            "Set 1\n- In 1761 I built the Ashby lock.\n\nSet 2\n- I swam the Brill strait.\n\n### Answer key\n\n"
            "1 Ann Kell / 2 Mary Vero\n")
    assert claim_texts(nlp, text) == ["In 1761 I built the Ashby lock.", "I swam the Brill strait."]


@pytest.mark.parametrize(("question", "answer", "referent"), [
    # (of two names, the question's subject)
    ("Q: In what year did Ann Kell paint The Velden Bridge?", "A: She painted it in 1903.", "Ann Kell"),
    ("Q: In what year did The Velden Bridge open to Ann Kell?", "A: It opened in 1903.", ""),
])
def test_an_answers_pronoun_is_the_questions_subject_of_two_names(nlp: Language, question: str, answer: str,
                                                                   referent: str) -> None:
    (said,) = [c for c in claims(nlp, f"# Quiz\n\n## Round 1\n\n{question}\n{answer}\n", "quiz/q.md")]
    assert statement_loads(said.statement).referent == referent


@pytest.mark.parametrize("line", [
    # (review 56b) a count out of a whole, someone else's rating, a rating with something told; a source that tells
    # after its chapter; a clause after the story left for later; a bracketed paragraph with figures; a round told
    "Verdict: 11 out of 12 jurors found Tom Kell guilty.",
    "Rating: 5 stars from the Velden Herald for Ann Kell's 1950 novel.",
    "Score: 9/10 - Ann Kell built the Ashby lock in 1761.",
    "Source: Hunter ch. 4 - the Velden mill still grinds corn.",
    "How it was rebuilt is a story for another day, but it never ground corn again.",
    "(Fun fact: Ann Kell bought the Velden mill in 1850. She sold it to Tom Vero in 1861.)",
])
def test_lines_that_look_like_ratings_sources_or_plans_but_tell(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"# Post\n\n{line}\n") != []


def test_a_quiz_answer_that_tells_a_round(nlp: Language) -> None:
    text = "# Quiz\n\n## Round 1\n\nQ: How many rounds were there?\nA: Twelve. Each round lasted three minutes.\n"
    assert "Each round lasted three minutes." in claim_texts(nlp, text)


@pytest.mark.parametrize(("question", "answer"), [
    # (review 56b) not where the answer tells another act, or is passive
    ("Q: In what year did Ann Kell found Velden College?", "A: It opened in 1850."),
    ("Q: In what year did Tom Vero hire Ann Kell?", "A: She was hired in 1861."),
])
def test_an_answers_pronoun_is_not_the_questions_subject_for_another_act(nlp: Language, question: str,
                                                                         answer: str) -> None:
    (said,) = [c for c in claims(nlp, f"# Quiz\n\n## Round 1\n\n{question}\n{answer}\n", "quiz/q.md")]
    assert statement_loads(said.statement).referent == ""


# --- the fifty-seventh stop ---

@pytest.mark.parametrize(("fact", "verdict"), [
    ("The first Velden Cup was held in 1927 and won by Tom Kell.", "supported"),
    # (what the question says of the thing and of the act is checked too (review 57b))
    ("Tom Kell won the Velden Cup in 1930.", "unverified|contradicted"),
    ("The first Velden Cup was held in 1930 and won by Tom Kell.", "contradicted"),
    ("Ann Vero won the first Velden Cup in 1927.", "contradicted"),
])
def test_an_answers_it_is_read_as_the_thing_its_question_asks_about(nlp: Language, fact: str, verdict: str) -> None:
    (said,) = [c for c in claims(nlp, "# Quiz\n\n## Round 1\n\nQ: Who won the first Velden Cup, in 1927?\n"
                                 "A: Tom Kell won it.\n", "quiz/q.md")]
    (m,) = verify([said], build_index([Fact("f1", fact, "", "", "", "")], nlp))
    assert m.verdict in verdict.split("|"), m.reason


# --- the fifty-eighth stop ---

@pytest.mark.parametrize("line, kept", [
    # a note's question to itself, labelled; two alternatives of a figure asked after doubled marks
    ("- Q to self: did Ann Kell & Tom Vero ever meet??", False),
    ("- Tom Kell's arc lamp – date? 1802 or 1808??", False),
    # (a statement that doubts its figure is still one, for its reviewer)
    ("- Tom Kell built the arc lamp in 1802 or 1808??", True),
    # a quiz round's title line
    ("Round 3: Gymnastics (set by Dave, complaints to Dave)", False),
    ("Round 3: Tom Kell won the Velden Cup in 1990.", True),
    # (review 58c) a round's line that tells what happened in it
    ("- Round 2: Tom Kell beat Ann Roe", True),
    ("- ROUND TWO - Kell was disqualified for a late tackle", True),
])
def test_questions_to_self_and_round_titles(nlp: Language, line: str, kept: bool) -> None:
    assert bool(claim_texts(nlp, f"# Notes\n\n{line}\n")) is kept


# --- the fifty-ninth stop ---

@pytest.mark.parametrize("line, kept", [
    # a note's label, then what it asks
    ("- Thorndike: is 1898 the dissertation and the law of effect later??", False),
    ("- Kell: was 1898 the year of the dissertation?", False),
    ("- Kell: the dissertation was in 1898", True),
    # a quiz's points and its scores' reading out
    ("Half points for names that are nearly right.", False),
    ("Five points if you get it on the first clue, one point on the last.", False),
    ("Scores will be read out after the break.", False),
    # (a rule told of a year, or in a tense of its own (review 59))
    ("Two points for a win was the Velden League's rule until 1995.", True),
    ("Three points for a win is now the rule in almost every football league.", True),
    ("Ten points for a win, five for a draw: Velden's chess league has scored that way since its founding.", True),
])
def test_labelled_questions_and_a_quizs_points(nlp: Language, line: str, kept: bool) -> None:
    assert bool(claim_texts(nlp, f"# Notes\n\n{line}\n")) is kept


@pytest.mark.parametrize("fact, verdict", [
    ("Tom Kell died at Velden in AD 14 and was succeeded by his stepson Ed Roe.", "contradicted"),
    ("Tom Kell died at Velden in AD 14 and was succeeded by his grandson Ed Roe.", "supported"),
])
def test_a_timeline_lines_relation_said_with_a_pronoun(nlp: Language, fact: str, verdict: str) -> None:
    # "AD 14" opens the line as its date; "his grandson Ed Roe" against "his stepson Ed Roe", both Tom Kell's
    (said,) = claims(nlp, "AD 14 - Tom Kell dies at Velden; his grandson Ed Roe succeeds\n", "timeline/t.txt")
    (m,) = verify([said], build_index([Fact("f1", fact, "", "", "", "")], nlp))
    assert m.verdict == verdict, m.reason


@pytest.mark.parametrize("line, verdict", [
    # (review 59) a year of the common era said after it dates its timeline line
    ("79 CE - the volcano buries the lower town of Velden", "contradicted"),
    ("89 CE - the volcano buries the lower town of Velden", "supported"),
])
def test_a_common_era_year_dates_its_timeline_line(nlp: Language, line: str, verdict: str) -> None:
    (said,) = claims(nlp, f"{line}\n", "timeline/t.txt")
    fact = Fact("f1", "The volcano buried the lower town of Velden in AD 89.", "", "", "", "")
    (m,) = verify([said], build_index([fact], nlp))
    assert m.verdict == verdict, m.reason


def test_a_paragraphs_opening_he_is_whom_the_paragraph_before_called_he(nlp: Language) -> None:
    # (the sixtieth stop) under one heading, a blank line between
    text = ("# Blog\n\n## Corsica\n\nNapoleon was born in Ajaccio in 1769. He made his name at Toulon.\n\n"
            "With the Pope looking on, he put the crown on his own head.\n")
    from pipeline.verify.statement import loads as read_statement

    (crown,) = [c for c in claims(nlp, text) if c.text.startswith("With the Pope")]
    assert read_statement(crown.statement).referent == "Napoleon"


@pytest.mark.parametrize("aside", ["(Trip booked for May. Jealous?)", "[The smell ride is real, you will see. Bring mints.]"])
def test_a_bracket_running_over_sentences_is_one_aside(nlp: Language, aside: str) -> None:
    # (the sixtieth stop) spaCy cuts inside the bracket: every sentence of it is the writer's
    text = f"# Blog\n\nThe museum opened in 1901. {aside} It holds three hundred bells.\n\n{aside}\n"
    assert claim_texts(nlp, text) == ["The museum opened in 1901.", "It holds three hundred bells."]


@pytest.mark.parametrize("line, kept", [
    ("1789 - 14 July: fall of the Bastille (Leo: draw this one)", "1789 - 14 July: fall of the Bastille"),
    ("1803 - Louisiana sold to the USA (how much? look it up)", "1803 - Louisiana sold to the USA"),
    ("Aphrodite was married to Hephaestus (which went about as well as you'd expect).",
     "Aphrodite was married to Hephaestus"),
])
def test_a_word_to_a_reader_or_a_helper_in_brackets_is_an_aside(nlp: Language, line: str, kept: str) -> None:
    # (the sixtieth stop) after the claim, in brackets: a label "Leo:", "look it up", "you"
    assert claim_texts(nlp, f"# Notes\n\n{line}\n") == [kept]


@pytest.mark.parametrize("line, kept", [
    ("- night of 4 Aug: Velden Assembly votes end of feudal dues TODO dbl-check the date, Kell p. 115",
     "night of 4 Aug: Velden Assembly votes end of feudal dues"),
])
def test_a_note_to_self_after_what_a_line_states_is_no_part_of_the_claim(nlp: Language, line: str, kept: str) -> None:
    # (the sixtieth stop) a TODO in capitals before a task, to the line's end
    assert claim_texts(nlp, f"# Notes\n\n{line}\n") == [kept]


def test_items_of_a_list_under_a_heading_of_sources_are_no_claims(nlp: Language) -> None:
    # (the sixtieth stop) a source named, without a link; an item with a verb of its own is still a claim
    text = ("# Blog\n\nThe Velden mill opened in 1901.\n\n## Further reading\n\n- Wikipedia: Velden mill\n"
            "- Parks Velden: Brill Mill National Historic Site\n- Ann Roe argues the mill opened in 1902.\n")
    assert claim_texts(nlp, text) == ["The Velden mill opened in 1901.", "Ann Roe argues the mill opened in 1902."]



@pytest.mark.parametrize("aside", ["(Brill was the first mayor of Velden. He also ran the bakery.)",
                                   "(Tom Kell designed the Marrow station. Ann Roe painted its murals.)"])
def test_claims_in_brackets_over_sentences_stay_claims(nlp: Language, aside: str) -> None:
    # (review 60) no first or second person, no asking or exclaiming mark: the writer tells
    text = f"# Blog\n\nThe museum opened in 1901. {aside}\n"
    assert len(claim_texts(nlp, text)) == 3


@pytest.mark.parametrize("line", ["Ann Roe opened the Marrow school (in 1850, if you believe the plaque).",
                                  "The Velden mill closed in 1950 (Brill: it reopened in 1962)."])
def test_a_bracket_with_a_figure_stays_with_the_claim(nlp: Language, line: str) -> None:
    # (review 60) a word to the reader, but a figure the claim may rest on
    assert claim_texts(nlp, f"# Notes\n\n{line}\n") == [line]


# (a paragraph of lines wrapped near one width before the tested one: what makes a document hard-wrapped)
_WRAPPED_OPENING = ("# Blog\n\nThe Velden smiths were a proud lot, and the town still keeps their old forge open on\n"
                    "Sundays for visitors who come in from Brill and the villages along the river.\n\n")


def test_a_pronoun_goes_on_across_a_hard_wrap_the_layout_cut(nlp: Language) -> None:
    # (the sixtieth stop) a short line ends a sentence, the next line opens one: the layout makes two units of one
    # paragraph, and its "he" is still the man the paragraph is about
    text = (_WRAPPED_OPENING +
            "Tom Kell was the eldest of the smiths there, and he shod the mayor's horse with\na nail his "
            "mother had made.\nThen, scared of a rival, he sold his forge in 1901 and moved to Brill,\nwhere "
            "he opened a small shop that sold nails, hinges and horseshoes to farmers.\n")
    (sold,) = [c for c in claims(nlp, text) if c.text.startswith("Then")]
    assert statement_loads(sold.statement).referent == "Tom Kell"


def test_a_pronoun_does_not_go_on_across_lines_of_unwrapped_notes(nlp: Language) -> None:
    # (the sixtieth stop) notes written a line each: the line before is a line of its own
    text = "# Notes\n\nTom Kell shod the mayor's horse.\nHe sold his forge in 1901.\n"
    (sold,) = [c for c in claims(nlp, text) if c.text.startswith("He sold")]
    assert statement_loads(sold.statement).referent == ""




@pytest.mark.parametrize("line", [
    "- The Velden Bowl XXX was played at Brill Park in 1996",  # (review 60b) capitals of a name, a placeholder
    "- Ann Roe's novel TODO List won the Brill Prize in 1999",
    "- Velden vote date TBD, Ann Roe stands for mayor",
])
def test_capitals_that_are_no_task_stay_with_the_claim(nlp: Language, line: str) -> None:
    assert claim_texts(nlp, f"# Notes\n\n{line}\n") == [line[2:]]


def test_a_todo_in_a_paragraph_does_not_take_the_sentences_after_it(nlp: Language) -> None:
    # (review 60b) a paragraph's line runs on into other sentences
    text = "# Blog\n\nTom Kell built the mill in 1880 TODO link. Ann Roe opened the Velden school in 1890.\n"
    assert "Ann Roe opened the Velden school in 1890." in claim_texts(nlp, text)


@pytest.mark.parametrize("heading, item", [
    ("Resources", "Velden: 3 coal mines and 2 iron mines"),  # (review 60b) a subject's heading
    ("Links", "Velden-Brill railway: opened 1880, 40 km long"),  # a figure: it tells something
    ("Sources", "Ann Roe, founder of the Velden museum (1902)"),
])
def test_items_with_a_figure_or_under_a_subjects_heading_are_claims(nlp: Language, heading: str, item: str) -> None:
    text = f"# Notes\n\n## {heading}\n\n- {item}\n"
    assert claim_texts(nlp, text) == [item]


def test_a_he_across_a_hard_wrap_is_not_one_the_sentence_before_did_not_call_so(nlp: Language) -> None:
    # (review 60b) "The king visited him there in 1890." / "He died in Velden in 1891.": he may be the king
    text = (_WRAPPED_OPENING +
            "Tom Kell ran the forge for forty years, and he shod every horse in the valley at\nleast once. "
            "The king visited him there in 1890.\nHe died in Velden in 1891, and the forge passed to his nephew, "
            "who kept\nit open until the railway came and the horses went.\n")
    (died,) = [c for c in claims(nlp, text) if c.text.startswith("He died")]
    assert statement_loads(died.statement).referent != "Tom Kell"


@pytest.mark.parametrize("before, referent", [
    # (the sixtieth stop) a sentence about them by name, calling no one he or she
    ("Tom Kell moved to Giverny in 1883.", "Tom Kell"),
    # (review 60b) another person named: "she" may be her sister
    ("Ann Roe taught there until Mary Roe came.", ""),
])
def test_a_she_or_he_across_a_hard_wrap_after_a_sentence_about_one_person(nlp: Language, before: str,
                                                                         referent: str) -> None:
    pronoun = "She" if "Ann" in before else "He"
    text = (_WRAPPED_OPENING +
            f"{before}\n{pronoun} bought land across the road in 1890 and built a house with a small\n"
            "garden that the village still talks about on long summer evenings today.\n")
    (bought,) = [c for c in claims(nlp, text) if c.text.startswith(pronoun)]
    assert statement_loads(bought.statement).referent == referent


@pytest.mark.parametrize("line", [
    "- Tom Kell built the Velden mill in 1880 -- TODO photo -- and Ann Roe opened the Velden school in 1890",
    "- 1880 - Tom Kell builds the Velden mill TODO confirm; 1890 - Ann Roe opens the Velden school",
])
def test_a_todo_that_does_not_end_the_line_leaves_it_whole(nlp: Language, line: str) -> None:
    # (review 60c) the line goes on after the note with a claim of its own
    assert claim_texts(nlp, f"# Notes\n\n{line}\n") == [line[2:]]
