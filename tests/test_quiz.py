"""A quiz answer read with its question (pipeline.quiz)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.quiz import (ANSWER_LINE, KEY_HEADING, QUESTION_LINE, answer_parts, asked_thing, clue_speaker, compose,
                           key_names, says_its_own, sheet_instruction, speaking_as)


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


# --- the forty-ninth stop ---

_ROUND = """## Round 2: Who am I?

1. I built the first lock on the Brill canal in 1761. -> Ann Kell
2. My statue stands in Crewe.

Clue 1: I was born in Ashby.
Clue 2: They called me the Iron Lady of the Cut.
ANSWER -> Mary Vero the Engineer, who is buried at Crewe.
"""


def test_a_clue_speaker_is_named_after_its_arrow_or_on_the_answer_line() -> None:
    at = _ROUND.index("I built")
    assert clue_speaker(_ROUND, at, "Quiz > Round 2: Who am I?") == "Ann Kell"
    # (a clue under no who-am-I heading, with no "Clue" label, is no clue)
    assert clue_speaker(_ROUND, at, "Quiz > Round 2: Numbers") == ""
    # (the clues run on to the answer line; what the writer adds after its comma is not the name)
    assert clue_speaker(_ROUND, _ROUND.index("I was born"), "Quiz > Round 3") == "Mary Vero the Engineer"
    assert clue_speaker(_ROUND, _ROUND.index("They called"), "") == "Mary Vero the Engineer"
    # (a one-word name with its epithet is the name)
    text = "Clue 1: I sailed alone.\nAnswer: Ötzi the Iceman\n"
    assert clue_speaker(text, 0, "") == "Ötzi"


def test_no_clue_speaker_for_a_doubt_or_before_a_heading() -> None:
    assert clue_speaker("Clue 1: I sailed alone. -> Kell?\n", 0, "") == ""
    assert clue_speaker("Clue 1: I sailed alone.\n## Next round\nAnswer: Kell\n", 0, "") == ""
    # (nor past the next round's title or question: that answer is the question's)
    assert clue_speaker("Clue 1: I sailed alone.\n\nROUND 3 - GENERAL\nAnswer: Tom Brill\n", 0, "") == ""
    assert clue_speaker("Clue 1: I sailed alone.\nQ1: Who founded the bank?\nA: Tom Brill\n", 0, "") == ""
    # (nor a place or thing in lower case, the writer's own line under a "Who am I?" title)
    assert clue_speaker("I found the grave in 2019 -> Carrowby churchyard\n", 0, "Who am I? The Lunn family") == ""


@pytest.mark.parametrize(("clue", "sentence"), [
    ("I built the first lock in 1761.", "Ann Kell built the first lock in 1761."),
    ("My statue stands in Crewe.", "Ann Kell's statue stands in Crewe."),
    ("They called me the Iron Lady.", "They called Ann Kell the Iron Lady."),
    # (the verb agrees with the name)
    ("I'm the engineer who built it.", "Ann Kell is the engineer who built it."),
    ("I come from Ashby.", "Ann Kell comes from Ashby."),
    # (not a past the tagger took for a present; a contraction whatever verb its "I" hangs on)
    ("I swam the Brill strait in 1911.", "Ann Kell swam the Brill strait in 1911."),
    ("By 1903 I'd climbed Mount Tamsk twice.", "By 1903 Ann Kell had climbed Mount Tamsk twice."),
    # (no first person: nothing to say of the speaker)
    ("The lock opened in 1761.", None),
])
def test_speaking_as(nlp: Language, clue: str, sentence: str | None) -> None:
    assert speaking_as(nlp(clue)[:], "Ann Kell") == sentence


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


# --- the fifty-first stop ---

@pytest.mark.parametrize(("question", "answer", "sentence"), [
    # a "did" question whose verb the parse read as a noun or an adjective: its words show it
    ("Which town did Tom Vero sack in 1671?", "Brill", "Tom Vero sacked Brill in 1671."),
    ("Off which cape did the Velden sink in 1717?", "Cape Ashby", "The Velden sank in 1717 off Cape Ashby."),
    ("In what year did the Brill Tower open?", "1932", "The Brill Tower opened in 1932."),
])
def test_compose_a_did_question_from_its_words(nlp: Language, question: str, answer: str, sentence: str) -> None:
    assert compose(nlp(question)[:], answer) == sentence


@pytest.mark.parametrize(("question", "answer", "sentence"), [
    # (review) a preposition left at the verb takes the answer; a bare answer to "where", "when" or "why" is not placed
    ("Which film did Ann Kell star in?", "Velden Nights", "Ann Kell starred in Velden Nights."),
    ("Which club did Tom Vero sign with in 1911?", "Brill", "Tom Vero signed with Brill in 1911."),
    ("Where did the Velden sink?", "Brill Sound", None),
    ("When did the Velden sink?", "1912", None),
    ("Why did the Velden sink?", "it hit a reef", None),
])
def test_compose_a_did_question_from_its_words_review(nlp: Language, question: str, answer: str, sentence: str | None) -> None:
    assert compose(nlp(question)[:], answer) == sentence


# --- the fifty-third stop ---

_KEYED_ROUND = ("## Round 3: Who am I? (answers at the bottom)\n\n"
                "- I built the Ashby lock in 1761.\n- My statue stands in Crewe.\n\n"
                "- I swam the Brill strait in 1911.\n- I was born in Velden.\n- I died in 1950.\n\n"
                "- I opened in 1909.\n\n"
                "Answers, round 3: 1 Ann Kell, 2 Mary Vero, 3 Brill Speedway\n")


@pytest.mark.parametrize(("clue", "speaker"), [
    # a numbered key after sets of clues apart by blank lines: the set's number is its place in the round
    ("I built", "Ann Kell"), ("My statue", "Ann Kell"), ("I swam", "Mary Vero"), ("I died", "Mary Vero"),
    ("I opened", "Brill Speedway"),
])
def test_a_numbered_key_names_each_set_of_clues(clue: str, speaker: str) -> None:
    assert clue_speaker(_KEYED_ROUND, _KEYED_ROUND.index(clue), "Round 3: Who am I? (answers at the bottom)") == speaker


def test_a_set_label_numbers_its_clues() -> None:
    text = ("## Who am I?\n\nPerson 1\n- I built the Ashby lock.\n\nPerson 2\n- I swam the Brill strait.\n\n"
            "Answer key: 1. Ann Kell; 2. Mary Vero\n")
    assert clue_speaker(text, text.index("I swam"), "Who am I?") == "Mary Vero"
    assert clue_speaker(text, text.index("I built"), "Who am I?") == "Ann Kell"
    # (a set the key does not number has no speaker; nor a key past the next heading)
    two = "## Who am I?\n\n- I built it.\n\n- I swam.\n\nAnswers: 1 Ann Kell\n"
    assert clue_speaker(two, two.index("I swam"), "Who am I?") == ""
    assert clue_speaker(two, two.index("I built"), "Who am I?") == "Ann Kell"
    past = "## Who am I?\n\n- I built it.\n\n## Round 4\nAnswers: 1 Ann Kell\n"
    assert clue_speaker(past, past.index("I built"), "Who am I?") == ""


# (review 53) a key's items are names numbered in turn; a line of figures or a sentence after "Key ...:" is no key
@pytest.mark.parametrize(("line", "names"), [
    ("Answers, round 3: 1 Ann Kell, 2 Mary Vero", {1: "Ann Kell", 2: "Mary Vero"}),
    ("Answers: 1. Ann Kell 2. Mary Vero", {1: "Ann Kell", 2: "Mary Vero"}),
    ("Key: 1) Ann Kell; 2) Mary Vero", {1: "Ann Kell", 2: "Mary Vero"}),
    ("Answers: 1 Ann Kell", {1: "Ann Kell"}),
    ("Key fact: 1 in 3 Velden homes had a loom in 1850.", {}),
    ("Key finding: 1 million people visited the Velden Fair in 1851.", {}),
    ("Key dates: 1 May 1850, the Velden mill opens; 2 June 1851, it burns.", {}),
    ("Answer: 1 May 1850", {}),
    ("Answer: 1 mill", {}),
])
def test_key_names(line: str, names: dict[int, str]) -> None:
    assert key_names(line) == names


# (review 53) a set's place is known only where the runs of list lines are as many as the key's names (the first run
# is the first set's where the key names fewer); "Clue 2" labels a clue, not a set
@pytest.mark.parametrize(("text", "clue", "speaker"), [
    # (several sets run together, more lines than the key has names: which is whose is not known)
    ("## Who am I?\n\n1. I built it.\n2. I swam.\n3. I died.\n\nAnswers: 1 Ann Kell, 2 Mary Vero\n", "I swam", ""),
    ("## Who am I?\n\n1. I built it.\n2. I swam.\n3. I died.\n\nAnswers: 1 Ann Kell, 2 Mary Vero\n", "I built", ""),
    # (a set's clues apart by blank lines)
    ("## Who am I?\n\n- I built it.\n\n- My statue.\n\n- I swam.\n\n- I was born.\n\nAnswers: 1 Ann Kell, 2 Mary Vero\n",
     "My statue", ""),
    ("## Who am I?\n\n- I built it.\n\n- My statue.\n\n- I swam.\n\n- I was born.\n\nAnswers: 1 Ann Kell, 2 Mary Vero\n",
     "I built", "Ann Kell"),
    # (clues in prose: no list lines to count)
    ("## Who am I?\n\nI built it. My statue.\n\nI swam.\n\nAnswers: 1 Ann Kell, 2 Mary Vero\n", "I swam", ""),
    ("## Who am I?\n\nClue 1\n- I built it.\nClue 2\n- My statue.\n\nClue 1\n- I swam.\n\nAnswers: 1 Ann Kell, 2 Mary Vero\n",
     "My statue", "Ann Kell"),
    ("## Who am I?\n\nClue 1\n- I built it.\nClue 2\n- My statue.\n\nClue 1\n- I swam.\n\nAnswers: 1 Ann Kell, 2 Mary Vero\n",
     "I swam", "Mary Vero"),
    ("## Who am I?\n\nClue 1: I built it.\n\nClue 1: I swam.\n\nAnswers: 1 Ann Kell, 2 Mary Vero\n", "I swam", "Mary Vero"),
    ("## Who am I?\n\n- I built it.\n\n- I swam.\n\nAnswers: 1. Ann Kell 2. Mary Vero\n", "I built", "Ann Kell"),
])
def test_a_keys_set_is_known_or_left(text: str, clue: str, speaker: str) -> None:
    assert clue_speaker(text, text.index(clue), "Who am I?") == speaker


def test_a_keys_last_name_ends_at_its_sentence() -> None:
    assert key_names("Answers: 1 Ann Kell, 2 Mary Vero. Tie-break on the back page.") == {1: "Ann Kell", 2: "Mary Vero"}


# --- the fifty-fourth stop ---

@pytest.mark.parametrize(("clue", "speaker"), [
    # one clue to a set, numbered as the key numbers its names (the fifty-third stop left these unplaced)
    ("I built", "Ann Kell"), ("I swam", "Mary Vero"), ("I opened", "the Brill Speedway"),
])
def test_numbered_clues_one_to_a_set_take_the_keys_names(clue: str, speaker: str) -> None:
    text = ("## Round 3: Who am I?\n\nEach clue describes one place or person.\n\n1. I built the Ashby lock in 1761.\n"
            "2. I swam the Brill strait in 1911.\n3. I opened in 1909.\n\n"
            "Answer key: 1 Ann Kell, 2 Mary Vero, 3 the Brill Speedway\n")
    assert clue_speaker(text, text.index(clue), "Round 3: Who am I?") == speaker


def test_a_what_am_i_round_is_a_clue_round() -> None:
    text = "## Round 3: What am I?\n\n1. I am boiled before I am baked.\n2. I am dipped in lye.\n\nAnswer key: 1 bagel, 2 lye pretzel\n"
    assert clue_speaker(text, text.index("I am dipped"), "Round 3: What am I?") == "lye pretzel"
    assert clue_speaker(text, text.index("I am boiled"), "Round 3: What or who am I?") == "bagel"


@pytest.mark.parametrize(("line", "names"), [
    # a key names things too: after "the", with a particle, in lower case where it names more than one
    ("Answer key: 1 the Walkman, 2 al-Jazari, 3 Ann Kell", {1: "the Walkman", 2: "al-Jazari", 3: "Ann Kell"}),
    ("Answer key: 1 bagel, 2 lye pretzel, 3 Maillard reaction, 4 pain de tradition française",
     {1: "bagel", 2: "lye pretzel", 3: "Maillard reaction", 4: "pain de tradition française"}),
    ("Answer: 1 mill", {}),
    ("Answers: 1 Ann Kell, 2 the mill burned in 1850", {}),
    # (review 54) things only under a label of answers
    ("Key differences: 1 bagels are boiled first, 2 pretzels are dipped in lye", {}),
    ("Key to round 4: 1 lye pretzel, 2 bagel", {1: "lye pretzel", 2: "bagel"}),
    ("Key (round 4): 1 lye pretzel, 2 bagel", {1: "lye pretzel", 2: "bagel"}),
])
def test_key_names_of_things(line: str, names: dict[int, str]) -> None:
    assert key_names(line) == names


@pytest.mark.parametrize(("sentence", "context", "instruction"), [
    ("Each clue describes one swimmer.", "Round 3: Who am I?", True),
    ("Names are in the answer key below.", "Round 3: Who am I?", True),
    ("Answers to the clue round are at the bottom, no peeking!", "Deep End Quiz Night", True),
    ("Clues get easier as you go.", "Part 3: Clue round", True),
    # (not a clue or an answer in the world, nor outside a quiz, nor what names or counts something)
    ("The answer came from Crick in 1953.", "Round 1: Questions and answers", False),
    ("Each clue describes one swimmer.", "Swimming history", False),
    ("The key was found in Velden.", "Round 2: Locks", False),
    ("The clue to the wreck's identity was the bell.", "Round 4: Shipwrecks", False),
    # (review 54b) the sheet's own, whatever the determiner
    ("The answer key is on the back page.", "Round 4: Rivers", True),
    ("This clue is the hardest on the sheet.", "Round 4: Rivers", True),
    ("All the answers are rivers.", "Round 4: Rivers", True),
])
def test_a_quiz_sheets_instructions(nlp: Language, sentence: str, context: str, instruction: bool) -> None:
    assert sheet_instruction(nlp(sentence)[:], context) is instruction


# --- the fifty-fifth stop ---

@pytest.mark.parametrize(("line", "names"), [
    # a key wrapped over two lines, items apart by middle dots
    ("Answer key: 1 Great Eastern, 2 Lusitania, 3 Olympic, 4 Normandie,\n5 Empress of Ireland, 6 Queen Elizabeth",
     {1: "Great Eastern", 2: "Lusitania", 3: "Olympic", 4: "Normandie", 5: "Empress of Ireland", 6: "Queen Elizabeth"}),
    ("Answer key: 1 Mercedes · 2 Model T · 3 Ann Kell · 4\nMary Vero", {1: "Mercedes", 2: "Model T", 3: "Ann Kell",
                                                                      4: "Mary Vero"}),
    # (still names only)
    ("Answers: 1 Ann Kell ·\n2 the mill burned in 1850", {}),
])
def test_a_key_over_two_lines_or_apart_by_dots(line: str, names: dict[int, str]) -> None:
    assert key_names(line) == names



# --- the fifty-sixth stop ---

@pytest.mark.parametrize(("line", "names"), [
    # a lettered key, a "set" before each number, items apart by slashes
    ("Answer key: A = Ann Kell, B = Mary Vero, C = Tom Brill.", {1: "Ann Kell", 2: "Mary Vero", 3: "Tom Brill"}),
    ("Answer key: set 1 = Ann Kell, set 2 = Mary Vero", {1: "Ann Kell", 2: "Mary Vero"}),
    ("Answers: A) Ann Kell; B) Mary Vero", {1: "Ann Kell", 2: "Mary Vero"}),
    # (a letter is a set's only with its mark and where the key letters more than one: an initial is a name's)
    ("Answer: A. Kell", {}),
    ("Answer key: A: Ann B. Kell, B: Mary Vero", {1: "Ann B. Kell", 2: "Mary Vero"}),
    ("Answers: A Tale of Two Cities", {}),
])
def test_a_lettered_key_and_sets_named_by_number(line: str, names: dict[int, str]) -> None:
    assert key_names(line) == names


@pytest.mark.parametrize(("line", "headed", "names"), [
    # a key under a heading that calls it one needs no label of its own
    ("A = Ann Kell, B = Mary Vero", True, {1: "Ann Kell", 2: "Mary Vero"}),
    ("1 Ann Kell / 2 Mary Vero / 3 the Brill Stone", True, {1: "Ann Kell", 2: "Mary Vero", 3: "the Brill Stone"}),
    ("A = Ann Kell, B = Mary Vero", False, {}),
    # (still names only)
    ("1 in 3 Velden homes had a loom / 2 mills burned", True, {}),
])
def test_a_key_under_its_heading(line: str, headed: bool, names: dict[int, str]) -> None:
    assert key_names(line, headed) == names


_LETTERED = ("## Round 2: Who am I? (clue round)\n\nSet A\n1. I built the Ashby lock in 1761.\n2. My statue stands in "
             "Crewe.\n\nSet B\n1. I swam the Brill strait in 1911.\n\n### Answer key\n\nA = Ann Kell, B = Mary Vero\n")
_CLUE_ROUND = ("## Round 2: Name that engineer (clue round)\n\nClue set 1\n- I built the Ashby lock in 1761.\n\n"
               "Clue set 2\n- I swam the Brill strait in 1911.\n\nAnswer key: set 1 = Ann Kell, set 2 = Mary Vero.\n")


@pytest.mark.parametrize(("text", "clue", "heading", "speaker"), [
    # sets labelled by letter, a key under its own heading
    (_LETTERED, "I built", "Round 2: Who am I? (clue round)", "Ann Kell"),
    (_LETTERED, "My statue", "Round 2: Who am I? (clue round)", "Ann Kell"),
    (_LETTERED, "I swam", "Round 2: Who am I? (clue round)", "Mary Vero"),
    # a round its heading calls one of clues, "Clue set 1"
    (_CLUE_ROUND, "I built", "Round 2: Name that engineer (clue round)", "Ann Kell"),
    (_CLUE_ROUND, "I swam", "Round 2: Name that engineer (clue round)", "Mary Vero"),
    # (not a round of anything else)
    (_CLUE_ROUND, "I swam", "Round 2: Name that engineer", ""),
])
def test_lettered_sets_a_headed_key_and_a_clue_round(text: str, clue: str, heading: str, speaker: str) -> None:
    assert clue_speaker(text, text.index(clue), heading) == speaker


# (review 56) a key one item to a line under its heading is read whole; headings of other keys, a quiz's title, initials
_PER_LINE = ("## Round 5: Guess who (clue round)\n\nSet A\n- I was born in Ashby in 1801.\n\nSet B\n"
             "- I taught at the Velden school.\n\n### Answer key\n\nA: Ann Kell\nB: Mary Vero\n")


def test_a_key_one_item_to_a_line_under_its_heading() -> None:
    heading = "Quiz > Round 5: Guess who (clue round)"
    assert clue_speaker(_PER_LINE, _PER_LINE.index("I was born"), heading) == "Ann Kell"
    assert clue_speaker(_PER_LINE, _PER_LINE.index("I taught"), heading) == "Mary Vero"


@pytest.mark.parametrize(("line", "headed", "names"), [
    ("1 Ashby is on the Brill, 2 Crewley is on the coast.", True, {}),
    ("A) Ann Kell ran the mill; B) Mary Vero owned it.", True, {}),
    ("A = Ann Kell", True, {}),
    ("Answers: A. Kell, B. Vero", False, {}),
    ("A = Hatshepsut, B = the Rosetta Stone", True, {1: "Hatshepsut", 2: "the Rosetta Stone"}),
])
def test_what_no_heading_makes_a_key(line: str, headed: bool, names: dict[int, str]) -> None:
    assert key_names(line, headed) == names


@pytest.mark.parametrize(("heading", "key"), [
    ("### Answer key", True), ("## Answers", True), ("### Answers (round 2)", True), ("## Key", True),
    ("## Key takeaways", False), ("## Key differences", False), ("## Answers to the big questions of the Brill canal", False),
])
def test_a_key_heading(heading: str, key: bool) -> None:
    assert bool(KEY_HEADING.match(heading)) == key


def test_a_clue_round_is_the_rounds_own_heading() -> None:
    text = "1. I visited the lock with my class in 2019.\nAnswer: Ann Kell\n"
    assert clue_speaker(text, 0, "Velden pub quiz (clues and answers) > Round 1: General knowledge") == ""
    assert clue_speaker(text, 0, "Velden pub quiz > Round 2: clue round > Set A") == "Ann Kell"


# (review 56b) two keys under one heading, a line before the key, more headings, names beyond ASCII, three initials
def test_a_headed_key_of_two_rounds_and_a_line_before_it() -> None:
    text = ("## Round 2: Who am I?\n\nSet A\n- I built the Ashby lock.\n\nSet B\n- I swam the Brill strait.\n\n"
            "## Answers\n\nIn set order:\n1. Tom Brill\n2. Rob Vance\nA. Ann Kell\nB. Mary Vero\n")
    assert clue_speaker(text, text.index("I swam"), "Quiz > Round 2: Who am I?") == "Mary Vero"


@pytest.mark.parametrize(("heading", "key"), [
    ("### Answer key (who am I)", True), ("### Answers (sets A-B)", True), ("## Answers for round 3", True),
])
def test_more_key_headings(heading: str, key: bool) -> None:
    assert bool(KEY_HEADING.match(heading)) == key


@pytest.mark.parametrize(("line", "headed", "names"), [
    ("A = Émile Varo, B = Ørjan Kell", True, {1: "Émile Varo", 2: "Ørjan Kell"}),
    ("A = Abu Kell al-Brilli, B = Lorenzo de' Varo", True, {1: "Abu Kell al-Brilli", 2: "Lorenzo de' Varo"}),
    ("Answers: A. Hatshira, B. Akhenvel, C. Nefrura", False, {1: "Hatshira", 2: "Akhenvel", 3: "Nefrura"}),
])
def test_keys_of_names_beyond_ascii_and_of_three_letters(line: str, headed: bool, names: dict[int, str]) -> None:
    assert key_names(line, headed) == names


def test_a_clue_round_in_brackets_on_the_rounds_heading() -> None:
    text = "1. I opened the Brill lock in 1761. -> Ann Kell\n"
    assert clue_speaker(text, 3, "Quiz > Round 2: Famous firsts (clue -> answer)") == "Ann Kell"


# --- the fifty-seventh stop ---

@pytest.mark.parametrize(("question", "answer", "read"), [
    # an answer's one "it" is the thing its question asks about, with what the question says of it and of the act
    ("Who won the first Velden Cup, in 1927?", "Tom Kell won it.", "Tom Kell won the first Velden Cup in 1927."),
    ("Who built the Brill mill?", "Ann Vero built it in 1850.", "Ann Vero built the Brill mill in 1850."),
    # (review 57b) the question's words on its act come too, but those the answer says for itself
    ("Who won the Velden Cup for the third time in 1930?", "Tom Kell won it.",
     "Tom Kell won the Velden Cup for the third time in 1930."),
    ("Who sold the Brill mill to Tom Kell?", "Ann Vero sold it to Tom Kell in 1850.",
     "Ann Vero sold the Brill mill to Tom Kell in 1850."),
    # (nor where the answer says someone else by a pronoun (review 57b))
    ("Who sold the Brill mill to Tom Kell?", "Ann Vero sold it to him in 1850.", None),
    # (none where the answer tells another act, the question asks of no one thing, or the answer has no such "it")
    ("Who beat Ann Vero in the 1990 Velden Open final?", "Tom Kell won it 3-0.", None),
    ("When was the Velden Stone stolen?", "Thieves took it in 1964.", None),
    ("Who won in 1927?", "Tom Kell won it.", None),
    ("Who won the first Velden Cup?", "Tom Kell did.", None),
    ("Which mill did Ann Vero build?", "She built it in 1850.", None),
])
def test_an_answers_it_is_the_thing_its_question_asks_about(nlp: Language, question: str, answer: str,
                                                              read: str | None) -> None:
    assert asked_thing(nlp(question)[:], nlp(answer)[:]) == read
