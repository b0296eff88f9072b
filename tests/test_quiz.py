"""A quiz answer read with its question (pipeline.quiz)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.quiz import ANSWER_LINE, QUESTION_LINE, answer_parts, compose, says_its_own


@pytest.mark.parametrize(("question", "answer", "sentence"), [
    # the wh-phrase is the subject: the answer takes its place
    ("Who rowed the Nile in 1911?", "Captain Ada Brook", "Captain Ada Brook rowed the Nile in 1911."),
    ("Which navy first used the periscope?", "the French", "the French first used the periscope."),
    ("Who was the first woman to swim the Channel?", "Gertrude Ederle",
     "The first woman to swim the Channel was Gertrude Ederle."),
    # a clause the question opens with "when" is not a second question
    ("Who commanded the Kestrel when she sank the Osprey?", "Ann Lee",
     "Ann Lee commanded the Kestrel when she sank the Osprey."),
    # a second question in the line is left out
    ("Which boat sank the Osprey, and who was in command?", "the Kestrel", "the Kestrel sank the Osprey."),
    # an inverted question: the subject first, "did" back on the verb, the answer where the object was
    ("How many guns could the Kestrel carry?", "twelve guns", "The Kestrel could carry twelve guns."),
    ("What did the first lock keeper run on?", "coal", "The first lock keeper ran on coal."),
    ("What language are the signals in?", "French", "The signals are in French."),
    ("How long is the canal?", "14 km", "The canal is 14 km long."),
    ("When did Brindley open the aqueduct?", "1761", "Brindley opened the aqueduct in 1761."),
    ("In which year did Brindley die?", "1772", "Brindley died in 1772."),
    # a question without a verb names what is asked
    ("Class of the Kestrel?", "Osprey class", "The class of the Kestrel is Osprey class."),
    ("First boat to cross the Irwell?", "the Eliza", "The first boat to cross the Irwell is the Eliza."),
    # what the writer adds after a dash or in brackets follows the sentence
    ("Who built the aqueduct?", "Brindley — a genius", "Brindley built the aqueduct — a genius."),
])
def test_compose(nlp: Language, question: str, answer: str, sentence: str) -> None:
    assert compose(nlp(question)[:], answer) == sentence


@pytest.mark.parametrize("question", ["Can a coracle sail?", "How hard do you have to pull the rope?",
                                      "Whose statue stands on the column?"])
def test_no_composition_for_a_yes_no_question_or_one_put_to_the_player(nlp: Language, question: str) -> None:
    assert compose(nlp(question)[:], "yes") is None


def test_no_composition_for_a_doubted_or_denied_answer(nlp: Language) -> None:
    assert compose(nlp("Who built the aqueduct?")[:], "Brindley?") is None
    assert compose(nlp("Who built the aqueduct?")[:], "not Telford -- it was Brindley") is None


def test_an_answer_with_a_statement_of_its_own(nlp: Language) -> None:
    assert says_its_own(nlp("yes, it has a small sail")[:])
    assert not says_its_own(nlp("Captain Ada Brook")[:])


def test_lines_and_parts() -> None:
    assert QUESTION_LINE.match("Q: Who rowed the Nile?").group("q") == "Who rowed the Nile?"
    assert QUESTION_LINE.match("Q: Brindley's aqueduct") is None  # a label, not a question
    assert ANSWER_LINE.match("A: Captain Ada Brook ").group("a") == "Captain Ada Brook"
    assert answer_parts("a petrol engine (electric when dived)") == ("a petrol engine", "(electric when dived)")
    assert answer_parts("Brindley") == ("Brindley", "")


# --- the forty-eighth stop ---

@pytest.mark.parametrize(("question", "answer", "sentence"), [
    # an adverb between the subject and the verb "did" leaves
    ("When did water polo first appear at the Games?", "In 1900.", "Water polo first appeared at the Games in 1900."),
    # an answer's own preposition stays inside the sentence, in lower case
    ("Where did Brindley first test the lock?", "At Worsley", "Brindley first tested the lock at Worsley."),
    # a task that asks for names, as a question would
    ("Name the three founding clubs.", "Ashby, Brill and Crewe", "The three founding clubs are Ashby, Brill and Crewe."),
    # a phrase after a comma is the writer's addition, after the sentence
    ("Which rider has won the Junior Crown twice?", "Ann Kell, on Brisk in 1941 and Dart in 1948.",
     "Ann Kell has won the Junior Crown twice, on Brisk in 1941 and Dart in 1948."),
])
def test_compose_forty_eighth_stop(nlp: Language, question: str, answer: str, sentence: str) -> None:
    assert compose(nlp(question)[:], answer) == sentence


def test_a_naming_task_is_a_question_line() -> None:
    assert QUESTION_LINE.match("Q: Name the three founding clubs.").group("q") == "Name the three founding clubs."
    assert QUESTION_LINE.match("Q: Ashby, Brill and Crewe.") is None
    assert answer_parts("Canada, thanks to one late goal") == ("Canada", ", thanks to one late goal")


@pytest.mark.parametrize(("question", "answer", "sentence"), [
    # a title or a name that opens on such a word keeps its capital
    ("Which film won Best Picture in 1954?", "From Here to Eternity",
     "From Here to Eternity won Best Picture in 1954."),
    ("Who wrote Wuthering Heights?", "C. Brontë", "C. Brontë wrote Wuthering Heights."),
    # a task over a list it gives is no naming task read here
    ("Name the odd one out: Mercury, Venus, Pluto, Mars.", "Pluto", None),
])
def test_compose_forty_eighth_stop_review(nlp: Language, question: str, answer: str, sentence: str | None) -> None:
    assert compose(nlp(question)[:], answer) == sentence


def test_a_phrase_between_commas_is_no_aside() -> None:
    said = "Hillary, with Tenzing Norgay, reached the summit on 29 May 1953"
    assert answer_parts(said) == (said, "")
