"""pipeline.referents: what a pronoun or a missing subject stands for."""

from __future__ import annotations

import pytest

from pipeline.layout import Unit
from pipeline.referents import Referents, heading_name


def unit(kind: str, line: int) -> Unit:
    return Unit(kind, 0, 10, line, "", "", 0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "context, body, name",
    [
        ("Notes > Davy", "- isolated calcium\n- did Davy really say", "Davy"),  # written inside a sentence
        ("Curie timeline", "1867: born in Warsaw", "Curie"),  # WordNet knows a Curie
        ("Curie timeline > 1898", "July: polonium announced", "Curie"),  # a year names nobody: the outer one
        ("Davy > Curie", "Davy and Curie", "Curie"),  # the innermost name wins
        ("Davy > Early life", "Davy", ""),  # a heading that is not a date decides, naming nobody
        ("Olympians > Usain Bolt", "- lost the 100 m final", "Usain Bolt"),  # a whole name English does not know
        ("Notes > Key Dates", "- a book", ""),  # English words
        ("The Novel in English", "published by The Hogarth Press", ""),  # "The" names nobody
        ("Inventors > Marconi", "- Marconi built a transmitter", "Marconi"),  # "Mar..." is no month
        ("Forts > Vindolanda (bonus segment)", "- dug by Birley", "Vindolanda"),  # one word English has in no sense
        ("Week 3 > Takeaways", "- a line", ""),  # a plural English knows
        ("Misc", "- a line", ""),  # a word notes are laid out with
        ("Notes > ChatGPT Release Notes", "- a release", ""),  # a heading ending in a kind of text
        ("COVID Timeline", "- a line", ""),
        ("Timeline of vaccines", "1796: Jenner ...", ""),  # a common word is no name
        ("2023: Corporate Co-optation & Backlash", "the co-optation of", ""),
        ("", "anything", ""),
        ("Maps > Equal area, unequal arguments", "an equal-area map", ""),  # first an adjective, whatever the noun
        ("Ringing > Big Ben, twice", "Great Paul dwarfs Big Ben", "Big Ben"),  # a word after the run's, written with it
        # (the thirty-eighth stop) a title shouted before the writer's note on it names only what the body writes
        ("COMPUTER ANIMATION TIMELINE -- draft for slide 7", "A Computer Animated Hand", ""),
        ("CURIE TIMELINE -- my notes", "that Curie proved", "Curie"),
        ("JFK ASSASSINATION -- my notes", "the day JFK was shot", "JFK"),  # (from review) an acronym as written
        ("A TIMELINE OF THE BEATLES", "when the Beatles played", "Beatles"),  # (from review) one letter shouts too
        ("MODERN OLYMPICS - QUICK TIMELINE", "the Olympics", "Olympics"),  # not a word only the heading writes
        # (the fortieth stop) a heading listing names, commas between, names no one thing; "and" opens on the first
        ("Godot, Osborne and a detour to Stratford", "Hall directed Godot. Then Osborne wrote a play at Stratford.", ""),
        ("Godot and a detour to Stratford", "Hall directed Godot. Then Osborne wrote a play at Stratford.", "Godot"),
    ],
)
def test_heading_name(context: str, body: str, name: str) -> None:
    assert heading_name(context, body) == name


def test_referent_lives_in_one_paragraph_or_list() -> None:
    r = Referents()
    first = unit("bullet", 3)
    assert r.before("a.md", first, True) == ""
    r.after("a.md", first, "Marie Curie", "- Marie Curie was born in Warsaw.")
    assert r.before("a.md", unit("bullet", 4), True) == "Marie Curie"  # the next bullet of the list
    r.after("a.md", unit("bullet", 4), "", "- moved to Paris")
    assert r.before("a.md", unit("bullet", 5), True) == ""  # only the sentence just before
    assert r.before("a.md", unit("prose", 9), True) == ""  # a new paragraph starts afresh
    r.after("a.md", unit("timeline", 10), "Pasteur", "1885: Pasteur ...")
    assert r.before("a.md", unit("timeline", 11), True) == ""  # timeline lines are separate events


def test_what_the_sentence_before_spoke_of_lives_in_one_paragraph() -> None:
    r = Referents()
    para = unit("prose", 3)
    r.before("a.md", para, True)
    r.after("a.md", para, "Joseph Priestley", "Priestley collected the gas.", ("gas", "Joseph Priestley"),
            "Mary Priestley")
    assert r.before("a.md", para, False) == "Joseph Priestley"
    assert r.earlier("a.md") == ("gas", "Joseph Priestley")  # the next sentence of the paragraph
    assert r.owner("a.md") == "Mary Priestley"
    r.before("a.md", unit("prose", 9), True)
    assert (r.earlier("a.md"), r.owner("a.md")) == ((), "")  # a new paragraph forgets them


def test_a_heading_in_capitals_names_only_what_the_text_writes_as_a_name() -> None:
    body = "1896: Athens hosts the first Olympics of the modern era.\n"
    assert heading_name("MODERN OLYMPICS - QUICK TIMELINE", body) == "Olympics"


def test_a_nested_item_is_under_the_last_item_indented_less() -> None:
    r = Referents()
    r.item("a.md", unit("bullet", 1), 0, "Fauchard", "x")
    assert r.parent("a.md", unit("bullet", 2), 2) == "Fauchard"
    r.item("a.md", unit("bullet", 2), 2, "Le Chirurgien Dentiste", "x")
    assert r.parent("a.md", unit("bullet", 3), 2) == "Fauchard"  # (past its sibling)
    r.item("a.md", unit("bullet", 3), 2, "", "x")
    assert r.parent("a.md", unit("bullet", 4), 0) == ""  # (a top-level item is under none)
    assert r.parent("a.md", unit("bullet", 9), 2) == ""  # (the list broke off before it)


# --- the forty-fifth stop ---

@pytest.mark.parametrize("context", ["6th century CE", "Games > c. 2600 BCE"])
def test_a_heading_that_is_only_a_date_names_no_one(context: str) -> None:
    assert heading_name(context, "in the CE era, as the Chess club wrote") == ""


def test_a_paragraphs_opening_he_goes_on_with_the_paragraph_before() -> None:
    # (the sixtieth stop) "Napoleon was born ... He made his name ..." / "In 1804 he was crowned ...": under the same
    # heading, the one a he of the paragraph before last stood for
    r = Referents()
    first, second = Unit("prose", 0, 10, 5, "Blog > Corsica", "", 0), Unit("prose", 12, 20, 9, "Blog > Corsica", "", 0)
    assert r.before("a.md", first, True) == ""
    r.after("a.md", first, "Napoleon", "Napoleon was born in Ajaccio.")
    r.after("a.md", first, "Napoleon", "He made his name at Toulon.", person=True, someone="Napoleon")
    assert r.before("a.md", second, True) == ""  # (a new paragraph starts afresh for a name)
    assert r.across("a.md", second, "he") == "Napoleon"
    assert r.across("a.md", second, "she") == ""  # (she is someone else)


@pytest.mark.parametrize("context, kind", [("Blog > Battles", "prose"), ("Blog > Corsica", "bullet")])
def test_no_he_goes_on_across_a_heading_or_a_list(context: str, kind: str) -> None:
    r = Referents()
    first, second = Unit("prose", 0, 10, 5, "Blog > Corsica", "", 0), Unit(kind, 12, 20, 9, context, "", 0)  # type: ignore[arg-type]
    r.before("a.md", first, True)
    r.after("a.md", first, "Napoleon", "He made his name at Toulon.", person=True, someone="Napoleon")
    r.before("a.md", second, True)
    assert r.across("a.md", second, "he") == ""


def test_no_he_goes_on_when_the_paragraph_ended_on_someone_else() -> None:
    r = Referents()
    first, second = Unit("prose", 0, 10, 5, "Blog", "", 0), Unit("prose", 12, 20, 9, "Blog", "", 0)
    r.before("a.md", first, True)
    r.after("a.md", first, "Napoleon", "He made his name at Toulon.", person=True, someone="Napoleon")
    r.after("a.md", first, "Wellington", "Wellington waited at Brussels.")
    r.before("a.md", second, True)
    assert r.across("a.md", second, "he") == ""



@pytest.mark.parametrize("last", [
    dict(name="", text="The king visited him there in 1890.", person=False, someone="Tom Kell"),  # (review 60)
    dict(name="Tom Kell", text="In 1885 he took on an apprentice, Brill.", person=True, someone="Tom Kell",
         crowded=True),
])
def test_no_he_goes_on_from_a_sentence_that_did_not_call_them_so_alone(last: dict) -> None:
    r = Referents()
    first, second = Unit("prose", 0, 10, 5, "Blog", "", 0), Unit("prose", 12, 20, 9, "Blog", "", 0)
    r.before("a.md", first, True)
    r.after("a.md", first, "Tom Kell", "Tom Kell was born in Velden. He ran a forge.", person=True, someone="Tom Kell")
    r.after("a.md", first, last.pop("name"), last.pop("text"), **last)
    r.before("a.md", second, True)
    assert r.across("a.md", second, "he") == ""
