"""pipeline.layout: headings, timelines, bullets, tables and wrapped prose, with exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.layout import Unit, _timeline, is_metadata, looks_like_heading, shorthand, table_cells, units, wrap_width


def texts(text: str, body_start: int = 0) -> list[str]:
    """What each unit covers, by offsets: the thing every test below really checks."""
    return [text[u.start:u.end] for u in units(text, body_start)]


def one(text: str) -> Unit:
    (u,) = units(text)
    return u


# --- headings ----------------------------------------------------------------------------


def test_markdown_headings_build_the_heading_path() -> None:
    text = (
        "# Space\n"
        "## Apollo\n"
        "Apollo 11 landed on the Moon in 1969.\n"
        "## Shuttle\n"
        "Columbia flew first in 1981.\n"
        "### Crew\n"
        "Two astronauts flew on the first flight.\n"
        "# Stations\n"
        "Mir was launched in 1986.\n"
    )
    assert [(text[u.start:u.end], u.context) for u in units(text)] == [
        ("Apollo 11 landed on the Moon in 1969.", "Space > Apollo"),
        ("Columbia flew first in 1981.", "Space > Shuttle"),  # a sibling replaces "Apollo"
        ("Two astronauts flew on the first flight.", "Space > Shuttle > Crew"),
        ("Mir was launched in 1986.", "Stations"),  # a new top level clears the path
    ]


def test_closing_hashes_are_not_part_of_the_heading() -> None:
    assert one("## Apollo ##\nApollo 11 landed in 1969.\n").context == "Apollo"


def test_setext_headings() -> None:
    # The second heading is lower-case prose: only its underline makes it a heading.
    text = (
        "Space Race\n"
        "==========\n"
        "\n"
        "the early missions and their setbacks\n"
        "-------------------------------------\n"
        "\n"
        "Apollo 11 landed on the Moon in 1969.\n"
    )
    u = one(text)
    assert u.context == "Space Race > the early missions and their setbacks"
    assert text[u.start:u.end] == "Apollo 11 landed on the Moon in 1969."
    assert u.line == 7


def test_wiki_heading_level() -> None:
    text = "# Space\n== History ==\nApollo 11 landed in 1969.\n"
    assert one(text).context.startswith("Space > History")  # nested under the Markdown title


def test_wiki_heading() -> None:
    assert one("== History ==\nApollo 11 landed in 1969.\n").context == "History"


def test_first_unpunctuated_line_is_the_title() -> None:
    text = "notes on the space race\n\nApollo 11 landed on the Moon in 1969.\n"
    u = one(text)
    assert u.context == "notes on the space race"
    assert text[u.start:u.end] == "Apollo 11 landed on the Moon in 1969."


def test_first_line_with_a_full_stop_is_not_a_title() -> None:
    text = "Apollo 11 landed on the Moon in 1969.\n\nApollo 12 followed in November.\n"
    assert texts(text) == ["Apollo 11 landed on the Moon in 1969.", "Apollo 12 followed in November."]
    assert units(text)[1].context == ""


def test_standalone_title_case_line_is_a_heading() -> None:
    text = "# Space\n\nThe Apollo Program\n\nApollo 11 landed on the Moon in 1969.\n"
    assert one(text).context == "Space > The Apollo Program"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("The Apollo Program", True),  # title case
        ("Key dates:", True),  # a label ending in a colon
        ("Early missions", True),  # a short label
        ("Apollo 11 landed on the Moon.", False),  # a sentence
        ("the early missions and their many setbacks in the program", False),  # lower-case prose
        ("", False),
    ],
)
def test_looks_like_heading(line: str, expected: bool) -> None:
    assert looks_like_heading(line) is expected


def test_subheading_under_a_year_heading_keeps_the_year() -> None:
    text = "# Timeline\n## 2023\n### Models\nMarch: Meta releases LLaMA.\n"
    u = one(text)
    assert (u.context, u.date_context) == ("Timeline > 2023 > Models", "2023")


# --- timelines ---------------------------------------------------------------------------


def test_year_heading_gives_month_lines_their_year() -> None:
    text = "2023: Something & Other\nMarch: Meta releases LLaMA 1\nJuly: Meta releases Llama 2\n"
    march, july = units(text)
    assert text[march.start:march.end] == "March: Meta releases LLaMA 1"  # the span keeps the date
    assert text[march.body_start:march.end] == "Meta releases LLaMA 1"  # parsing starts after it
    assert (march.kind, march.date_context, march.context, march.line) == (
        "timeline", "2023", "2023: Something & Other", 2)
    assert (july.kind, july.date_context, july.line) == ("timeline", "2023", 3)


def test_day_month_lines_under_a_year_line_are_timeline_items() -> None:
    # indented "14 July: ..." lines are items of their own, not a heading and its wrapped prose
    text = "1865:\n  14 July: Matterhorn - Whymper's party of six\n  19 Oct: Carrel gets to the top\n"
    first, second = units(text)
    assert text[first.start:first.end] == "14 July: Matterhorn - Whymper's party of six"
    assert text[second.body_start:second.end] == "Carrel gets to the top"
    assert (first.kind, first.date_context, second.kind, second.date_context) == (
        "timeline", "1865", "timeline", "1865")


def test_a_title_between_dashes_is_a_heading() -> None:
    text = "-- Europe --\n1468: Gutenberg dies\n"
    u = one(text)
    assert (u.kind, u.context, text[u.start:u.end]) == ("timeline", "Europe", "1468: Gutenberg dies")


def test_circa_and_decade_lines_are_timeline_items_with_their_own_year() -> None:
    text = "1468: Gutenberg dies\nc.1473: Caxton prints the Recuyell in Ghent\n1750s: Baskerville designs his type\n"
    _, circa, decade = units(text)
    assert (circa.kind, circa.date_context) == ("timeline", "")  # about 1473: no exact year for the lines below
    assert (decade.kind, decade.date_context) == ("timeline", "1750s")  # not the 1468 above


def test_a_sentence_between_dashes_is_no_heading() -> None:
    text = "Notes.\n\n-- Edison patented the phonograph in 1878, and sold it. --\n"
    assert [text[u.start:u.end] for u in units(text)][-1].startswith("-- Edison")


def test_markdown_year_heading_gives_month_lines_their_year() -> None:
    u = one("## 2023\n\nMarch: Meta releases LLaMA.\n")
    assert (u.kind, u.date_context) == ("timeline", "2023")


def test_year_range_line_is_a_heading() -> None:
    text = "# AI\n\n2011\u20132019: The deep learning boom\n\nAlexNet won ImageNet in 2012.\n"
    u = one(text)
    assert text[u.start:u.end] == "AlexNet won ImageNet in 2012."
    assert u.date_context == "2011\u20132019"
    assert u.context == "AI > 2011\u20132019: The deep learning boom"


def test_year_event_lines_are_timeline_units() -> None:
    text = "# Apollo\n\n1969: Apollo 11 lands on the Moon.\n1972: Apollo 17 is the last crewed landing.\n"
    first, last = units(text)
    assert text[first.start:first.end] == "1969: Apollo 11 lands on the Moon."
    assert text[first.body_start:first.end] == "Apollo 11 lands on the Moon."
    assert (first.kind, first.date_context, first.line) == ("timeline", "1969", 3)
    assert text[last.start:last.end] == "1972: Apollo 17 is the last crewed landing."
    assert (last.kind, last.date_context, last.line) == ("timeline", "1972", 4)


def test_year_lines_before_1500_are_timeline_units_too() -> None:
    text = "# Printing\n\n1455: Gutenberg's Bible is finished.\n1476: Caxton sets up a press at Westminster.\n"
    first, last = units(text)
    assert (first.kind, first.date_context) == ("timeline", "1455")
    assert (last.kind, last.date_context) == ("timeline", "1476")


def test_timeline_bullet() -> None:
    text = "# Apollo\n\n- 1969: Apollo 11 lands on the Moon.\n"
    u = one(text)
    assert text[u.start:u.end] == "1969: Apollo 11 lands on the Moon."  # after the marker
    assert (u.kind, u.date_context) == ("timeline", "1969")


def test_a_heading_ends_the_timeline_date() -> None:
    text = "## 2023\nMarch: Meta releases LLaMA.\n## Other news\nApollo 11 landed on the Moon in 1969.\n"
    _, prose = units(text)
    assert (prose.context, prose.date_context) == ("Other news", "")


def test_an_event_line_does_not_date_the_notes_after_it() -> None:
    # "- 1904: ..." dates the lines indented under it, not the next notes of the list
    text = "# Notes\n\n- 1969: Apollo 11 lands.\n  - Armstrong steps out first\n- Collins stayed in orbit\n"
    event, under, after = units(text)
    assert (event.kind, event.date_context) == ("timeline", "1969")
    assert under.date_context == "1969"
    assert (after.kind, after.date_context) == ("bullet", "")


def test_the_notes_after_an_event_line_keep_the_headings_date() -> None:
    text = "## 1969\n\n- 1969: Apollo 11 landed on the Moon\n- Woodstock took place in August\n"
    _, after = units(text)
    assert (after.kind, after.date_context) == ("bullet", "1969")


def test_year_line_with_a_sentence_is_still_a_claim_before_month_lines() -> None:
    text = "2022: OpenAI releases ChatGPT.\n2023: Meta releases LLaMA.\nMarch: OpenAI releases GPT-4.\n"
    assert texts(text) == [
        "2022: OpenAI releases ChatGPT.",
        "2023: Meta releases LLaMA.",
        "March: OpenAI releases GPT-4.",
    ]
    assert units(text)[2].date_context == "2023"


# --- bullets and prose -------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["- ", "* ", "+ ", "1. ", "12) ", "\u2022 ", "  - "])
def test_bullet_starts_after_the_marker(marker: str) -> None:
    text = f"# Apollo\n\n{marker}Apollo 11 landed on the Moon in 1969.\n"
    u = one(text)
    assert text[u.start:u.end] == "Apollo 11 landed on the Moon in 1969."
    assert (u.kind, u.body_start, u.line) == ("bullet", u.start, 3)


def test_a_line_opened_by_an_arrow_is_an_item_of_its_own() -> None:
    text = "# Breda\n\n- England gave up Run in 1667\n  --> or was it 1668??\n  -> check the treaty\n"
    assert texts(text) == ["England gave up Run in 1667", "or was it 1668??", "check the treaty"]


def test_indented_continuation_joins_its_bullet() -> None:
    text = "# Apollo\n\n- Apollo 11 landed on the Moon\n  in July 1969.\n- Apollo 12 followed.\n"
    assert texts(text) == ["Apollo 11 landed on the Moon\n  in July 1969.", "Apollo 12 followed."]


def test_hard_wrapped_prose_is_one_unit() -> None:
    text = "# Apollo\n\nApollo 11 was the first crewed mission\nto land on the Moon, in July 1969.\n"
    u = one(text)
    assert text[u.start:u.end] == "Apollo 11 was the first crewed mission\nto land on the Moon, in July 1969."
    assert (u.kind, u.line) == ("prose", 3)


def test_line_after_a_comma_joins_even_when_capitalised() -> None:
    text = "# Apollo\n\nApollo 11 landed in July 1969,\nNeil Armstrong stepping out first.\n"
    assert texts(text) == ["Apollo 11 landed in July 1969,\nNeil Armstrong stepping out first."]


def test_blank_line_ends_a_paragraph() -> None:
    text = "# Apollo\n\nApollo 11 landed on the Moon\n\nin July 1969.\n"
    assert texts(text) == ["Apollo 11 landed on the Moon", "in July 1969."]


def test_line_starting_with_a_url_does_not_join() -> None:
    text = "# Sources\n\nThe LLaMA paper was published by Meta\nhttps://arxiv.org/abs/2302.13971 has the PDF.\n"
    assert texts(text) == ["The LLaMA paper was published by Meta", "https://arxiv.org/abs/2302.13971 has the PDF."]


def test_blockquote_starts_after_the_marker() -> None:
    text = "# Quotes\n\n> Apollo 11 landed on the Moon in 1969.\n"
    assert texts(text) == ["Apollo 11 landed on the Moon in 1969."]


def test_first_line_of_wrapped_prose_is_not_a_title() -> None:
    text = "Apollo 11 was the first crewed mission\nto land on the Moon, in July 1969.\n"
    assert texts(text) == [text.rstrip("\n")]


# --- tables, code, metadata --------------------------------------------------------------


def test_table_header_is_skipped_and_rows_carry_it() -> None:
    text = "# Models\n\n| Model | Year |\n|---|---|\n| LLaMA | 2023 |\n| GPT-4 | 2023 |\n"
    rows = units(text)
    assert [text[u.start:u.end] for u in rows] == ["| LLaMA | 2023 |", "| GPT-4 | 2023 |"]
    assert [(u.kind, u.header, u.line, u.context) for u in rows] == [
        ("table", ("Model", "Year"), 5, "Models"),
        ("table", ("Model", "Year"), 6, "Models"),
    ]


def test_table_without_separator_has_no_header() -> None:
    text = "# Models\n\n| LLaMA | 2023 |\n| GPT-4 | 2023 |\n"
    assert [(text[u.start:u.end], u.header) for u in units(text)] == [
        ("| LLaMA | 2023 |", ()), ("| GPT-4 | 2023 |", ())]


@pytest.mark.parametrize(
    "row, cells",
    [
        ("| LLaMA | 2023 |", ("LLaMA", "2023")),
        ("|LLaMA|2023|", ("LLaMA", "2023")),
        ("| a |  | c |", ("a", "", "c")),  # an empty cell keeps its column
    ],
)
def test_table_cells(row: str, cells: tuple[str, ...]) -> None:
    assert table_cells(row) == cells


def test_code_fences_are_skipped() -> None:
    text = (
        "# Code\n\n"
        "```python\n"
        "# Not a heading\n"
        "print('Apollo 11 landed in 1969.')\n"
        "```\n\n"
        "Apollo 11 landed on the Moon in 1969.\n"
    )
    u = one(text)
    assert text[u.start:u.end] == "Apollo 11 landed on the Moon in 1969."
    assert u.context == "Code"  # the "#" line inside the fence changed nothing


def test_metadata_line_is_skipped() -> None:
    text = "# Apollo\n\nTags: space, apollo, nasa\n\nApollo 11 landed on the Moon in 1969.\n"
    u = one(text)
    assert text[u.start:u.end] == "Apollo 11 landed on the Moon in 1969."
    assert u.context == "Apollo"  # not a heading either


def test_short_metadata_line_is_not_a_heading() -> None:
    text = "# Notes\n\nCategory: AI\n\nMeta released LLaMA in 2023.\n"
    assert one(text).context == "Notes"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Tags: a, b, c", True),
        ("Category: AI", True),
        ("Note: Apollo 11 landed on the Moon in 1969.", False),  # a sentence after the label
        ("Apollo 11 landed in 1969", False),  # no label
        ("Published: 12 March 2024", True),  # a document's field, whatever its value
        ("Rabies: Pasteur's Gamble", True),
        # a note's label naming or counting something heads what the note says of it
        ("Forth Bridge: Fowler & Baker, opened 4 March 1890", False),
        ("MSH: 57 dead, incl. David Johnston", False),
        ("First perfect 10 in gymnastics: Nadia Comăneci, aged 16", False),
        ("Tambora: VEI 7, Krakatoa only a 6", False),  # a figure outside a link
        ("Link from the lecture: https://en.wikipedia.org/wiki/Forth_Bridge", True),
    ],
)
def test_is_metadata(line: str, expected: bool) -> None:
    assert is_metadata(line) is expected


# --- offsets -----------------------------------------------------------------------------


def test_body_start_skips_front_matter_and_keeps_document_lines() -> None:
    text = "---\ntitle: Apollo\n---\nApollo 11 landed on the Moon in 1969.\n"
    (u,) = units(text, text.index("Apollo 11"))
    assert text[u.start:u.end] == "Apollo 11 landed on the Moon in 1969."
    assert u.line == 4  # document line, counting the front matter


def test_trailing_spaces_are_not_in_the_span() -> None:
    text = "# Apollo\n\n   Apollo 11 landed on the Moon in 1969.   \n"
    assert texts(text) == ["Apollo 11 landed on the Moon in 1969."]


def test_empty_document_has_no_units() -> None:
    assert units("") == []
    assert units("\n\n  \n") == []


_LINES = st.sampled_from([
    "", "# Space", "## Apollo", "Space Race", "==========", "----", "- Apollo 11 landed in 1969.",
    "  continued on the next line.", "Apollo 11 was the first crewed mission", "to land on the Moon.",
    "2023: Something & Other", "March: Meta releases LLaMA 1", "1969: Apollo 11 lands.", "2011-2019",
    "| Model | Year |", "|---|---|", "| LLaMA | 2023 |", "```", "Tags: a, b, c", "> quoted text here.",
    "https://example.com/x", "   ", "1. first item.", "== Wiki ==",
])


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.lists(_LINES, max_size=12).map("\n".join), st.text(max_size=200)))
def test_units_are_ordered_in_bounds_and_trimmed(text: str) -> None:
    found = units(text)
    previous_end = 0
    for u in found:
        assert previous_end <= u.start < u.end <= len(text)
        assert u.start <= u.body_start <= u.end
        assert not text[u.start].isspace() and not text[u.end - 1].isspace()
        assert u.line == text.count("\n", 0, u.start) + 1
        previous_end = u.end


# --- hard-wrapped prose -------------------------------------------------------------------


WRAPPED = (
    "Louis Blériot took off from near Calais at dawn on 25 July 1909 and\n"
    "landed at Dover about 37 minutes later, the first flight across the\n"
    "Channel. Ten years later John Alcock and Arthur Whitten Brown flew from\n"
    "New York to London in a converted Vickers Vimy bomber over two days.\n"
    "The flight earned them the prize offered by the Daily Mail newspaper\n"
    "and a knighthood each from King George V soon after their landing.\n"
)


def test_wrap_width_finds_the_column_of_wrapped_prose() -> None:
    assert 60 <= wrap_width(WRAPPED) <= 80
    # statements one per line, of any length, are not wrapped prose
    notes = ("Releases include weights, training data and code (e.g., Mistral AI, LLaMA 2). See: Open Weights\n"
             "Contrasts with open API models that hide core infrastructure.\n"
             "Governance\nHybrid licenses impose ethical use clauses.\nShort line\n")
    assert wrap_width(notes) == 0


def test_a_few_long_lines_do_not_hide_the_wrap_width() -> None:
    long_line = "A pasted paragraph that was never wrapped runs on and on well past any column. " * 3
    assert 60 <= wrap_width(WRAPPED + "\n" + long_line + "\n\n" + WRAPPED) <= 80


def test_a_wrapped_line_continues_whatever_the_next_line_starts_with() -> None:
    (unit,) = units(WRAPPED)
    assert unit.start == 0 and unit.end == len(WRAPPED.rstrip())  # "...flew from" / "New York" is one paragraph


def test_a_long_unpunctuated_note_line_stays_on_its_own() -> None:
    text = ("# Notes\n\nReleases include weights, training data and code (e.g., Mistral AI, LLaMA 2). See: Open\n"
            "Contrasts with open API models (e.g., OpenAI) that hide core infrastructure.\n")
    found = [text[u.start:u.end] for u in units(text)]
    assert any(f.startswith("Contrasts with") for f in found), found


def test_a_year_then_spaces_is_a_timeline_item() -> None:
    text = "Chess timeline\n\n1935  Euwe beats Capablanca\n1938  AVRO tournament, Fine shares 1st\n"
    first, second = units(text)
    assert text[first.start:first.end] == "1935  Euwe beats Capablanca"
    assert (first.kind, first.date_context, second.date_context) == ("timeline", "1935", "1938")


def test_a_year_range_among_single_years_is_an_event() -> None:
    text = "Voyages\n\n1522 - Elcano gets back\n1577-80 - Drake sails round the world\n1628 - Vasa sinks\n"
    assert texts(text) == ["1522 - Elcano gets back", "1577-80 - Drake sails round the world", "1628 - Vasa sinks"]
    assert units(text)[1].date_context == "1577-80"


def test_a_year_range_above_the_years_inside_it_is_a_heading() -> None:
    text = "Voyages\n\n1940-45 - War years\n1941 - A convoy sails\n"
    (u,) = units(text)
    assert (text[u.start:u.end], u.context) == ("1941 - A convoy sails", "Voyages > 1940-45 - War years")


def test_a_year_line_with_an_event_above_day_lines_is_a_claim_and_dates_them() -> None:
    text = "Voyages\n\n1492 - Columbus sails from Palos, 3 Aug\n       12 Oct: first landfall, in Cuba\n"
    first, second = units(text)
    assert text[first.start:first.end] == "1492 - Columbus sails from Palos, 3 Aug"
    assert (second.kind, second.date_context) == ("timeline", "1492")


def test_a_short_plain_year_line_above_month_lines_is_a_heading() -> None:
    text = "Space race\n\n1964: Women in space\nJune: Tereshkova flies Vostok 6.\n"
    (u,) = units(text)
    assert (text[u.start:u.end], u.date_context) == ("June: Tereshkova flies Vostok 6.", "1964")



def test_a_capitalised_year_range_title_among_single_years_is_still_a_heading() -> None:
    text = "History\n\n1914\u20131918: First World War\n1922 - Ireland splits\n"
    assert texts(text) == ["1922 - Ireland splits"]


def test_an_early_year_before_a_spaced_dash_opens_a_timeline_line() -> None:
    text = "# Tea\n\n408 - Alaric besieges Rome\nc. 760 - Lu Yu writes a book\n1498 - Da Gama reaches Goa\n"
    assert [u.kind for u in units(text)] == ["timeline"] * 3
    assert texts(text)[:2] == ["408 - Alaric besieges Rome", "c. 760 - Lu Yu writes a book"]


def test_a_rule_under_a_dated_event_is_no_heading_underline() -> None:
    # (a timeline draws "=====" between its eras; the event above it is a claim, not a heading)
    text = "Timeline\n\n1884 - Fenn files his patent\n1893 - Marchand's 40 keys, in Lyon\n=====================\n1901 - Jones retires\n"
    assert texts(text) == ["1884 - Fenn files his patent", "1893 - Marchand's 40 keys, in Lyon", "1901 - Jones retires"]
    # (nor under an event whose date the writer did not know)
    text = "Timeline\n\n1920\n  ??? - the press arm sold to Brandt\n=================\n"
    assert "??? - the press arm sold to Brandt" in texts(text)


def test_a_note_to_self_opens_its_own_line_in_a_wrapped_document() -> None:
    prose = "\n".join(["The Lyon works built two hundred presses for the printers of"] * 6)
    text = (f"# Notes\n\n{prose}\nthe south.\n\n- The Lyon works first built presses in Paris, 1904\n"
            "TODO: look up the Marseille works (1910) for comparison\n")
    assert texts(text)[-1] == "TODO: look up the Marseille works (1910) for comparison"


def test_a_span_of_years_over_a_rule_is_a_heading_and_dates_its_section() -> None:
    # (the review's: "1405 - 1433 The Ming treasure voyages" is a title, not an event of 1405)
    text = ("Silk Road notes\n===============\n\n1271 - 1295: Marco Polo's journey\n=====\n\n"
            "Marco Polo reached the court of Kublai Khan in 1275.\n\n1405 - 1433 The Ming treasure voyages\n"
            "-------------------------------------\n\nZheng He commanded seven voyages for the Yongle Emperor.\n")
    last = units(text)[-1]
    assert text[last.start:last.end] == "Zheng He commanded seven voyages for the Yongle Emperor."
    assert "1271" not in last.date_context


def test_a_note_to_self_does_not_swallow_the_sentence_after_it() -> None:
    prose = "\n".join(["The French attempt at a canal across the isthmus began in 1881 under de"] * 4)
    text = (f"# Canal\n\n{prose}\nLesseps.\nTODO: find the exact French death toll, sources differ a lot between them\n"
            "The United States took over the project in 1904 after backing Panamanian independence\n"
            "Q: was it Wallace or John Stevens who pushed for the lock design over sea level?\n")
    found = texts(text)
    assert any(t.startswith("The United States took over the project in 1904") for t in found)
    assert any(t.startswith("Q: was it Wallace") for t in found)


def test_a_card_of_label_lines_is_one_unit_a_line_in_a_wrapped_document() -> None:
    # (the twenty-first stop's: a cheatsheet taken for wrapped prose ran "Loom width: 40 inches" on into
    # the next label's line)
    prose = "\n".join(["The Jacquard attachment read its pattern from a chain of punched cards that"] * 6)
    text = (f"# Looms\n\n{prose}\nmoved.\n\nLoom width on the Crompton frame: 40 inches wide\n"
            "Punched cards on the first Jacquard loom: about 2,000\nFirst power loom patent holder: Edmund Cartwright\n")
    found = texts(text)
    assert "Loom width on the Crompton frame: 40 inches wide" in found
    assert "First power loom patent holder: Edmund Cartwright" in found


def test_a_line_of_a_card_is_no_heading_and_a_named_label_no_field() -> None:
    # (a line between two other label lines, however title-cased, and a label naming whose, "Kay's
    # invention", or a name in lower-case company, "Paisley shawl maker", says something)
    text = ("Weaving\n\nFlying shuttle: 1733\nPaisley Mill owner: John Coats, a Scottish Threadmaker\n"
            "Kay's invention: \"the Wheel Shuttle\"\nSpinning mule: 1779\n")
    found = texts(text)
    assert "Paisley Mill owner: John Coats, a Scottish Threadmaker" in found
    assert "Kay's invention: \"the Wheel Shuttle\"" in found


def test_a_wrapped_glossary_entry_runs_on_into_a_line_that_ends_its_sentence_before_a_label() -> None:
    # (the twenty-first stop's review: "...farm near" / "Bethel, New York. Headliners: ..." was cut)
    text = ("FESTIVAL NOTES\n\nWoodstock: a festival held in August 1969 on Max Yasgur's farm near\n"
            "Bethel, New York. Headliners: Jimi Hendrix, Janis Joplin and The Who.\n"
            "Altamont: a free concert held in December 1969 at a speedway in\n"
            "California, remembered for the violence during the Stones' set.\n"
            "Monterey Pop: held in June 1967, where Hendrix set his guitar on fire.\n")
    assert any(t.startswith("Woodstock") and "Bethel" in t for t in texts(text))


@pytest.mark.parametrize("line, meta", [
    # (the twenty-third stop: a remark in brackets is no item of a field's value)
    ("Name: Uni founding dates (pub quiz edition)", True),
    ("Maintainer: @quizmaster_kate", True),
    ("Naples (1224): set up by Emperor Frederick II", False),
    # (the twenty-fourth stop: a key to the note's shorthand; under "Key:" or "Legend:" only short "X = Y" items)
    ("abbrevs: HG = Harwick Gazette, HMC = Harwick Mill Company, ish = issue", True),
    ("Legend: * = disputed, ? = unsure", True),
    ("Key: Jonas Reed rebuilt the mill in 1891.", False),
])
def test_document_fields(line: str, meta: bool) -> None:
    assert is_metadata(line) is meta


def test_a_credit_line_does_not_run_on_into_the_next() -> None:
    text = "# Notes\n\nguest: Prof. H. Marsh (historian)\nlistened 3 Oct, ~55 min\n"
    spans = [text[u.start:u.end] for u in units(text)]
    assert "listened 3 Oct, ~55 min" in spans


def test_shorthand_reads_a_notes_key_to_its_short_names() -> None:
    text = ("# Week 7\n\nabbrev: HV = Harriet Vole, GdM = Guy de Marle, mfr. = manufacturer(s)\n"
            "- HV b. 1840 in Leeds\n- Key: Einstein published E = mc2 in 1905\n")
    assert shorthand(text) == {"HV": "Harriet Vole", "GdM": "Guy de Marle"}


def test_shorthand_finds_nothing_without_a_key() -> None:
    assert shorthand("HV = Harriet Vole\nThe mangle was patented in 1885.\n") == {}


def test_a_circa_date_and_one_space_open_a_timeline_line_but_not_before_an_era() -> None:
    assert _timeline("c. 1790 Vorley's challenge lock: 500 guineas").group("rest") == "Vorley's challenge lock: 500 guineas"
    assert _timeline("c. 1900 BC - cacao residue on pots").group("rest") == "cacao residue on pots"
    assert _timeline("1790 Vorley's challenge lock") is None  # (no circa: one space is no separator)
    assert _timeline("c. 2000 spectators watched the first train.") is None  # (a count)
    assert _timeline("c. 1800 the owners began taking apprentices") is None  # (prose going on)
    assert _timeline("c. 1000 BCE ??? - Egyptian leavened bread").group("date") == "1000 BCE"


def test_a_year_with_its_era_written_first_opens_a_timeline_line() -> None:
    text = "AD 451 - Catalaunian Plains: Aetius defeats Attila\nAD 455 - Vandals under Gaiseric sack Rome\n" \
           "476 AD - Odoacer deposes Romulus Augustulus\n"
    bodies = [text[u.body_start:u.end] for u in units(text)]
    assert bodies == ["Catalaunian Plains: Aetius defeats Attila", "Vandals under Gaiseric sack Rome",
                      "Odoacer deposes Romulus Augustulus"]
    assert _timeline("AD 9 - Arminius destroys three legions").group("date") == "AD 9"
    assert _timeline("Adrian went to Rome") is None


def test_a_title_between_runs_of_tildes_is_a_heading_not_a_code_fence() -> None:
    text = "~~~~~~~~ FLAVIANS ~~~~~~~~\nAD 70 - Titus's army destroys the Temple\n\n~~~~ HIGH EMPIRE ~~~~\n" \
           "AD 113 - Trajan's Column completed\n\n~~~\nx = 1\n~~~\n\n~~1090~~\n\n- Ann Roe builds the Velden Wall\n"
    found = [(u.context, text[u.body_start:u.end]) for u in units(text)]
    assert found == [("FLAVIANS", "Titus's army destroys the Temple"),
                     ("HIGH EMPIRE", "Trajan's Column completed"), ("HIGH EMPIRE", "~~1090~~"),
                     ("HIGH EMPIRE", "Ann Roe builds the Velden Wall")]


def test_a_day_and_month_after_the_year_column_are_the_lines_date() -> None:
    text = "1935      16 July: first parking meter, Tulsa\n          May: Frankfurt-Darmstadt autobahn opens\n" \
           "1967      3 Sept - Dagen H, Sweden switches sides\n1921      May Day parade in Munich\n"
    bodies = [(text[u.start:u.body_start].strip(), text[u.body_start:u.end]) for u in units(text)]
    assert bodies == [("1935      16 July:", "first parking meter, Tulsa"),
                      ("May:", "Frankfurt-Darmstadt autobahn opens"),
                      ("1967      3 Sept -", "Dagen H, Sweden switches sides"),
                      ("1921", "May Day parade in Munich")]


def test_a_circa_entry_under_a_heading_in_capitals_is_a_line_of_its_own() -> None:
    text = "EARLY DAYS\nc. 1150    iron gall ink becomes the standard writing ink ???\n1827       Poenaru's patent\n"
    assert [(u.kind, text[u.start:u.end]) for u in units(text)] == [
        ("timeline", "c. 1150    iron gall ink becomes the standard writing ink ???"),
        ("timeline", "1827       Poenaru's patent")]


def test_a_credit_line_may_say_what_of_the_page_s_its_role_is() -> None:
    from pipeline.layout import credit_line

    assert credit_line("Quiz host: Jo (bring your own pencil!)") and credit_line("Podcast guest: Dr Lee")
    assert not credit_line("Olympic host: Paris") and not credit_line("Quiz night: Friday")


def test_a_one_word_label_naming_a_stuff_is_no_field() -> None:
    assert not is_metadata("Laudanum: opium dissolved in water")
    assert is_metadata("Mood: happy but tired")
    assert is_metadata("Keyboard: borrowed from Sam")  # the page's note on a thing, a participle


def test_a_card_line_opening_with_a_quote_is_a_line_of_its_own() -> None:
    assert texts("# Quick answers\n\nLaudanum: opium dissolved in water\n"
                 '"The Great American Fraud" written by: Upton Sinclair\nThe Jungle: Upton Sinclair, 1906\n') == [
        "Laudanum: opium dissolved in water", '"The Great American Fraud" written by: Upton Sinclair',
        "The Jungle: Upton Sinclair, 1906"]


def test_a_credit_field_is_metadata_however_long() -> None:
    assert is_metadata("Compiled by: Jen, for the Red Lion Tuesday quiz")


def test_a_quote_inside_a_line_s_label_makes_no_card_line() -> None:
    from pipeline.layout import _CARD_LINE

    assert _CARD_LINE.match('"The Great American Fraud" written by: Upton Sinclair')
    assert not _CARD_LINE.match('Ep. 47 "Frozen Assets", guest: Dr. Ruth Alder (food historian)')


def test_a_credit_field_that_tells_what_its_person_did_is_no_metadata() -> None:
    assert not is_metadata("Author: Mary Shelley, who wrote it aged 18 during the summer of 1816")


# --- the thirty-third stop ---


def test_a_card_line_whose_label_opens_on_a_number_is_a_line_of_its_own() -> None:
    assert texts("# Names to remember\n\nCamp Nou capacity: 99,354\n2026 hosts: USA, Canada & Mexico (first with 64 "
                 "teams)\n1954 final: West Germany 3–2 Hungary, in Bern\n") == [
        "Camp Nou capacity: 99,354", "2026 hosts: USA, Canada & Mexico (first with 64 teams)",
        "1954 final: West Germany 3–2 Hungary, in Bern"]


def test_a_label_for_a_person_and_a_person_s_name_is_no_field() -> None:
    assert not is_metadata("Floss pioneer: Levi Spear Parmly, Boston dentist")
    assert is_metadata("Quiz host: Jo Smith")  # the page's own people
    assert is_metadata("Tour guide: Maria Lopez")
    assert is_metadata("Fact checker: Sam Jones") and is_metadata("Series producer: Ann Lee")  # (review 33a)


# --- the thirty-fourth stop ---


def test_lines_indented_under_a_timeline_entry_are_entries_of_their_own_year() -> None:
    text = ("1937      Triumph Speed Twin, designed by Edward Turner\n"
            "1949      Honda Motor Co. founded, Hamamatsu\n"
            "          first FIM road-racing world championship season\n"
            "          500cc title: Les Graham, on an AJS\n"
            "1956      Johnny Allen, 214 mph at Bonneville\n")
    found = [(u.kind, u.date_context, text[u.body_start:u.end]) for u in units(text)]
    assert found[1:4] == [("timeline", "1949", "Honda Motor Co. founded, Hamamatsu"),
                          ("timeline", "1949", "first FIM road-racing world championship season"),
                          ("timeline", "1949", "500cc title: Les Graham, on an AJS")]
    assert found[4][1] == "1956"


def test_a_timeline_entry_wrapped_for_want_of_room_still_goes_on() -> None:
    # the next line's first word would not have fit: the entry was wrapped, not ended
    text = ("1825      Stockton and Darlington Railway opens, the first public\n"
            "          railway to use steam locomotives\n"
            "1830      Liverpool and Manchester Railway opens between two big cities\n")
    assert texts(text)[0].split() == ("1825 Stockton and Darlington Railway opens, the first public railway to use "
                                      "steam locomotives").split()


def test_a_line_under_an_entry_opening_a_phrase_that_goes_on_is_the_entry_s_still() -> None:
    # (review 34) "after", "to", a participle: the rest of the entry, however short the line before
    text = ("1912      Titanic sinks on her maiden voyage\n"
            "          after striking an iceberg\n"
            "1915      Lusitania sunk by a German submarine off the coast of Ireland\n")
    assert texts(text)[0].split() == "1912 Titanic sinks on her maiden voyage after striking an iceberg".split()


def test_a_timeline_entry_ending_on_a_preposition_goes_on_in_a_capitalised_line() -> None:
    # (review 34) "landing near" / "Dover Castle"
    text = ("1909      Blériot flies across the English Channel, landing near\n"
            "          Dover Castle after 36 minutes\n1910      Rolls dies at Bournemouth\n")
    assert texts(text)[0].split() == ("1909 Blériot flies across the English Channel, landing near Dover Castle "
                                      "after 36 minutes").split()


# --- the thirty-eighth stop ---

def test_an_entry_indented_under_a_year_is_no_heading_however_capitalised() -> None:
    text = ("ANIMATION TIMELINE\n\n1988\n    Tin Toy, Pixar's Oscar-winning short\n2001\n    Shrek (Pixar)\n"
            "2003\n    Spirited Away wins Best Animated Feature\n")
    got = texts(text)
    assert "Tin Toy, Pixar's Oscar-winning short" in got
    assert "Spirited Away wins Best Animated Feature" in got
    # (a line at the margin is still a heading: "Spirited Away Wins" above its own lines)
    assert "Early Years" not in texts("Notes\n\nEarly Years\nMcCay drew Gertie in 1914.\n")


def test_an_entry_indented_under_a_year_is_a_timeline_entry() -> None:
    # (verb or none, it is what happened that year: "1927" / "    first Women's Boat Race, on the Cam")
    text = "BOAT RACE NOTES\n\n1927\n    first Women's Boat Race, on the Cam\n\nSome prose after it.\n"
    kinds = {text[u.start:u.end]: u.kind for u in units(text)}
    assert kinds["first Women's Boat Race, on the Cam"] == "timeline"
    assert kinds["Some prose after it."] == "prose"


def test_a_sub_heading_under_a_year_over_deeper_lines_stays_a_heading() -> None:
    # (from review) "1924" / "  Summer Games" / "    Paris hosts ...": the indented title heads what is under it
    text = "OLYMPICS TIMELINE\n\n1924\n  Summer Games\n    Paris hosts the Games for the second time\n"
    got = {text[u.start:u.end]: u.context for u in units(text)}
    assert "Summer Games" not in got
    assert got["Paris hosts the Games for the second time"].endswith("Summer Games")


# --- the thirty-ninth stop ---

def test_an_entry_left_open_does_not_take_the_next_year_line() -> None:
    # "    ... England win after following on" / "1993": the year opens the next year's entries, however open
    # the entry above it is left (its last word a preposition)
    text = ("TIMELINE\n\n1981\n    Headingley -- Botham 149*, England win after following on\n1993\n"
            "    Warne's Ball of the Century at Old Trafford\n")
    got = {text[u.start:u.end]: u.date_context for u in units(text)}
    assert "Headingley -- Botham 149*, England win after following on" in got, got
    assert got["Warne's Ball of the Century at Old Trafford"] == "1993"
    # (a line indented as deep as the entry still goes on it)
    text = "TIMELINE\n\n1981\n    Botham's side won after following on\n    1993 terms\n"
    assert any("following on\n    1993 terms" in text[u.start:u.end] for u in units(text))


# --- the forty-first stop ---

@pytest.mark.parametrize("line, meta", [
    # a label ending on a person's noun, and a name English has no word for after it, tells who that is
    ("Sunshine Clown: Oleg Popov", False),
    ("Quiz host: Jo Bloggs", True),  # (the page's own people)
    # a label that ranks what it names heads a record, not a page's field
    ("Longest rail tunnel: the Seikan Tunnel", False),
    ("First underground line: the Metropolitan", False),
    ("Latest posts: trams, tunnels", True),  # (a page's own)
    ("Tags: history, trains", True),
    # (from review: only a superlative or an ordinal ranks; not a page's own list, nor a word that ends like one)
    ("Northernmost capital: Reykjavik", False),
    ("Second largest ocean: the Atlantic", False),
    ("Most shared: The lazy loaf", True),
    ("First published on: Medium", True),
    ("Greatest hits: Sourdough guide", True),
    ("First name: Ann", True),
    ("Contest rules: none", True),
    # (a name WordNet knows as a person's; not under a job a page's or a firm's own staff hold)
    ("Soviet cosmonaut: Yuri Gagarin", False),
    ("Art director: Chidi Okonkwo", True),
])
def test_a_person_or_a_record_under_a_label_is_no_field(line: str, meta: bool) -> None:
    assert is_metadata(line) is meta


# --- the forty-third stop ---

def test_capitalised_lines_under_a_year_are_entries_of_their_own() -> None:
    head = "KITES THROUGH THE AGES -- timeline for the club newsletter (draft 2, Hal)\n" + "-" * 73 + "\n\n"
    text = head + ("1984\n    Italian brothers (Legaignoux) patent the inflatable kitesurf kite\n"
                   "    Weifang holds its first international kite festival\n")
    assert [text[u.start:u.end] for u in units(text) if u.kind == "timeline"] == [
        "Italian brothers (Legaignoux) patent the inflatable kitesurf kite",
        "Weifang holds its first international kite festival"]
    # (nor a line the wrap cut inside a name: "... from Cape" / "Canaveral ...")
    text = head + ("1986\n    Challenger breaks apart 73 seconds after lift-off from Cape\n"
                   "    Canaveral, killing all seven crew\n")
    assert [text[u.start:u.end] for u in units(text) if u.kind == "timeline"] == [
        "Challenger breaks apart 73 seconds after lift-off from Cape\n    Canaveral, killing all seven crew"]
    # (a line left open on a small word goes on, whatever its next line opens with)
    text = head + "1848\n    Homan Walsh flies a kite across the\n    Niagara Gorge for the bridge\n"
    assert [text[u.start:u.end] for u in units(text) if u.kind == "timeline"] == [
        "Homan Walsh flies a kite across the\n    Niagara Gorge for the bridge"]


@pytest.mark.parametrize("year", ["c. 400 BC", "AD 105", "c. 300 BCE", "1455", "c. 1290s"])
def test_an_early_year_with_its_era_heads_entries(year: str) -> None:
    text = f"KITES\n\n{year}\n    Mozi's wooden bird (three years' work)\n    Lu Ban's bamboo bird stays up for three days\n"
    assert [text[u.start:u.end] for u in units(text) if u.kind == "timeline"] == [
        "Mozi's wooden bird (three years' work)", "Lu Ban's bamboo bird stays up for three days"]


# --- the forty-fourth stop ---

def test_a_lower_case_note_that_would_have_fit_on_the_line_before_is_its_own() -> None:
    head = "FIREWORKS: A ROUGH TIMELINE\nfor the village bonfire committee newsletter -- years marked ~ are approximate\n\n"
    text = head + ("1733\n    first Sumida River fireworks in Edo (Tokyo)\n"
                   "    the first show was put on to honour the dead of the famine the year before\n"
                   "1870s-1880s\n    most of France's vineyards wiped out\n    fix: graft French vines onto American rootstock\n")
    assert [text[u.start:u.end] for u in units(text) if u.kind == "timeline"] == [
        "first Sumida River fireworks in Edo (Tokyo)",
        "the first show was put on to honour the dead of the famine the year before",
        "most of France's vineyards wiped out", "fix: graft French vines onto American rootstock"]
    # (a line that fills the room the writer's lines take goes on in the next, whatever it opens with)
    text = head + ("1912\n    the Titanic strikes an iceberg in the North Atlantic on her maiden voyage and\n"
                   "    sinks within three hours\n")
    assert [text[u.start:u.end] for u in units(text) if u.kind == "timeline"] == [
        "the Titanic strikes an iceberg in the North Atlantic on her maiden voyage and\n    sinks within three hours"]


def test_a_span_of_decades_heads_entries() -> None:
    assert _timeline("1870s-1880s").group("date") == "1870s-1880s"
    assert _timeline("1870s–1880s: the boom").group("rest") == "the boom"


# --- the forty-fifth stop ---

@pytest.mark.parametrize("year", ["6th century CE", "c. 2600 BCE", "early 14th century"])
def test_a_century_or_an_early_year_alone_on_its_line_closes_the_entry_before(year: str) -> None:
    text = (f"GAMES\n\n1903\n    Lizzie Magie files the patent for The Landlord's Game\n{year}\n"
            "    chaturanga being played in India\n")
    assert [text[u.start:u.end] for u in units(text) if u.kind == "timeline"] == [
        "Lizzie Magie files the patent for The Landlord's Game", "chaturanga being played in India"]


def test_a_century_dates_the_entries_under_it() -> None:
    text = "GAMES\n\n6th century CE\n    chaturanga being played in India\n"
    assert [u.date_context for u in units(text) if u.kind == "timeline"] == ["6th century CE"]


def test_a_line_indented_deeper_under_an_entry_is_a_note_of_its_own() -> None:
    text = ("GAMES\n\n1955\n    Yoshizawa show at the Stedelijk Museum, Amsterdam\n        the show runs for six weeks\n"
            "2015\n    Nigel Richards wins the French-language World Scrabble Championship\n"
            "        after memorising the French dictionary in nine weeks\n"
            "1903  Lizzie Magie files the patent for\n      The Landlord's Game\n"
            "1924\n  Summer Games\n    Paris hosts the Games\n")
    assert [text[u.start:u.end] for u in units(text) if u.kind == "timeline"] == [
        "Yoshizawa show at the Stedelijk Museum, Amsterdam", "the show runs for six weeks",
        "Nigel Richards wins the French-language World Scrabble Championship",
        "after memorising the French dictionary in nine weeks",
        "1903  Lizzie Magie files the patent for\n      The Landlord's Game", "Paris hosts the Games"]


# --- the forty-seventh stop ---

def test_a_day_label_before_a_double_hyphen_opens_an_entry() -> None:
    text = ("CANALS\n\n1761\n    Bridgewater Canal opens to Worsley\n    17 July -- first barge reaches Manchester\n")
    assert [text[u.start:u.end] for u in units(text) if u.kind == "timeline"] == [
        "Bridgewater Canal opens to Worsley", "17 July -- first barge reaches Manchester"]
    assert _timeline("17 July -- first barge reaches Manchester").group("rest") == "first barge reaches Manchester"


def test_a_document_that_hangs_its_wrapped_lines_hangs_them_all() -> None:
    # (two lines left open, on "with" and a comma, show the writer hangs a wrapped line by two: a lower-case line so
    # hung under a finished-looking one goes on it too)
    text = ("CANALS\n\n1761\n    Brindley builds the aqueduct over the Irwell; it carries\n      the canal 12 m up\n"
            "1773\n    Mersey flat Eliza sinks near Runcorn, with\n      all her cargo\n"
            "1790\n    the Oxford Canal reaches Oxford from the narrow boat\n      basin at Hawkesbury\n")
    got = [" ".join(text[u.start:u.end].split()) for u in units(text) if u.kind in ("timeline", "prose")]
    assert "the Oxford Canal reaches Oxford from the narrow boat basin at Hawkesbury" in got
    # (where nothing shows the writer hangs lines, a deeper line under a finished one is a note of its own)
    # (nor, in one that does, a line after a name, or one with a subject of its own)
    noted = ("RACES\n\n1967\n    Simpson dies on Mont Ventoux, in the\n      heat\n1975\n"
             "    Merckx punched by a spectator on the Puy de Dome\n      he still finishes second\n")
    assert "he still finishes second" in [noted[u.start:u.end] for u in units(noted)]
    assert _timeline("1914 -- 1918  First World War").group("date") == "1914 -- 1918"
    plain = "GAMES\n\n1955\n    Yoshizawa show at the Stedelijk Museum, Amsterdam\n        the show runs for six weeks\n"
    assert [plain[u.start:u.end] for u in units(plain) if u.kind == "timeline"] == [
        "Yoshizawa show at the Stedelijk Museum, Amsterdam", "the show runs for six weeks"]


def test_a_quiz_answer_is_no_field() -> None:
    assert not is_metadata("A: Sergeant Ezra Lee")
    assert is_metadata("Category: canals")


# --- the forty-ninth stop ---

def test_prompt_and_answer_lines_are_units_of_their_own() -> None:
    # (in a document whose long lines look wrapped, a numbers round's lines are not one paragraph, and a
    # capitalised prompt is no heading)
    filler = "\n".join("A line of quiz chatter that runs long enough to look like it was wrapped." for _ in range(6))
    text = (f"# Quiz\n\n{filler}\n\n## Round 3: Numbers\n\n"
            "Year Kell and Vero Opened the Brill Lock -> 1761\n"
            "Width of the Brill lock chamber at the top gate in -> 7 ft 6 in\n"
            "Locks on the Ashby Canal -> 12\n")
    got = [text[u.start:u.end] for u in units(text)]
    assert "Year Kell and Vero Opened the Brill Lock -> 1761" in got
    assert "Width of the Brill lock chamber at the top gate in -> 7 ft 6 in" in got
    assert "Locks on the Ashby Canal -> 12" in got


def test_a_route_title_with_an_arrow_is_still_a_heading_and_a_wrapped_note_still_joins() -> None:
    # (no lower-case word in its prompt, no figure in its answer: a heading, as "ANSWER -> Ann Kell" is)
    text = "RALLY NOTES\n\nDUNMERE -> CARROWBY RUN\n1896  first run held, 14 cars start\n"
    assert "DUNMERE -> CARROWBY RUN" not in [text[u.start:u.end] for u in units(text)]
    assert [u.context for u in units(text) if text[u.start:u.end].startswith("1896")][0].endswith(
        "DUNMERE -> CARROWBY RUN")
    # (a line that goes on in lower case is the line above's, arrows or not)
    text = ("# Notes\n\nTom Brill opened the Dunmere bank in 1851 -> his partner Ann Kell joined\n"
            "in 1853 -> the bank failed in 1866.\n")
    assert not any(text[u.start:u.end].startswith("in 1853") for u in units(text))


# --- the forty-eighth stop ---

def test_a_name_alone_goes_on_an_entry_left_on_a_role() -> None:
    text = ("HALLS\n\n1973\n  20 Oct  Harbour Hall opened by the mayor; architect\n          Ada Brook\n"
            "1980\n  6 Sep   Harbour Hall closes for repairs\n          River Hall gets its listing\n")
    got = [" ".join(text[u.start:u.end].split()) for u in units(text) if u.kind in ("timeline", "prose")]
    assert "20 Oct Harbour Hall opened by the mayor; architect Ada Brook" in got
    # (a line with words of its own under an entry that ends on a name is an entry of its own)
    assert "River Hall gets its listing" in got
    # (nor after a word that is no person's role)
    plain = "HALLS\n\n1973\n  20 Oct  Harbour Hall opened with a concert\n          Ada Brook\n"
    assert "Ada Brook" in [plain[u.start:u.end] for u in units(plain)]


# --- the fifty-seventh stop ---

def test_a_number_that_opens_a_line_of_a_paragraph_goes_on_it() -> None:
    # (CommonMark: only an ordered list that starts at 1 may interrupt a paragraph) "... when he was" / "53. The
    # first one ..." is one sentence the writer's wrap broke
    text = ("# Snooker\n\nThe holy grail is the 147: every red followed by the black, then all the\n"
            "colours. With a free ball you can in theory go as high as 155 on the table.\n"
            "Tom Kell made the first officially recognised maximum in 1955, when he was\n"
            "53. The first one on television came from Ann Vero in Oldham in 1983 too.\n"
            "Cliff Brill made the first maximum at the Crucible, against Rob Vero there.\n\n"
            "Steps:\n\n1. Chalk the cue\n2. Break off\n")
    got = texts(text)
    assert "when he was\n53. The first one on television" in got[0]
    assert got[-2:] == ["Chalk the cue", "Break off"]
    # (review 57b) and in a note too short for its wrap width to be known
    short = "# Snooker\n\nTom Kell made the first maximum in 1955, when he was\n53. The first one on television came in 1983.\n"
    assert texts(short) == ["Tom Kell made the first maximum in 1955, when he was\n53. The first one on television came in 1983."]


def test_a_list_goes_on_after_a_line_of_its_own() -> None:
    # (review 57) a list that goes on after a line that ends its sentence, or a short one, keeps its items
    for intro in ("Continuing from last week, here are numbers six to ten.", "Checklist before the trip (continued)",
                  "bridge stuff, from p. 40 on"):
        text = f"{intro}\n6. Velden castle, built by Tom Kell in 1120\n7. The Velden bridge, built by Ann Vero in 1390\n"
        assert texts(text)[-2:] == ["Velden castle, built by Tom Kell in 1120", "The Velden bridge, built by Ann Vero in 1390"]


def test_a_paragraph_may_open_a_list_at_one_and_a_list_goes_on_at_two() -> None:
    text = "Two things to know about snooker\n1. Chalk the cue\n2. Break off\n"
    assert texts(text)[-2:] == ["Chalk the cue", "Break off"]
    # (a wrapped line of an item is no paragraph: the next number is the list's next item)
    listed = "1. Chalk the cue before every\n   shot\n2. Break off\n"
    assert texts(listed)[-1] == "Break off"
