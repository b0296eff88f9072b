"""pipeline.nlp: the spaCy pipeline as factledger loads it (its tokenizer's additions for notes)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("18 survivors out of ~270", ["18", "survivors", "out", "of", "~", "270"]),
        ("approx. 28k dead", ["approx.", "28", "k", "dead"]),
        ("sold for ~$8.4m", ["sold", "for", "~", "$", "8.4", "m"]),  # "about" before a currency sign  # an abbreviation, a scale letter
        ("it cost $3bn", ["it", "cost", "$", "3", "bn"]),
        ("The K2 climb", ["The", "K2", "climb"]),  # a letter before the number is a name's
        ("Jobs co-founded Apple", ["Jobs", "co-founded", "Apple"]),  # a verb prefix stays on its verb
        ("a well-known film", ["a", "well", "-", "known", "film"]),  # other hyphens split as before
        # a bracket closing before a label's colon, or after a number, is no emoticon; a smiley still is
        ("Carré (France): machine", ["Carré", "(", "France", ")", ":", "machine"]),
        ("see (fig. 8) here", ["see", "(", "fig", ".", "8", ")", "here"]),
        ("great post :)", ["great", "post", ":)"]),
    ],
)
def test_tokens(nlp: Language, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp(text)] == tokens


def test_an_abbreviation_ends_no_sentence(nlp: Language) -> None:
    assert len(list(nlp("MSH: 57 dead, incl. David Johnston").sents)) == 1
    assert len(list(nlp("It came out in 1725 as part of his Op. 8, in Amsterdam.").sents)) == 1


def test_a_prefixed_verb_has_its_base_verb_s_lemma(nlp: Language) -> None:
    assert [t.lemma_ for t in nlp("He was re-elected; she co-founded it.") if "-" in t.text] == ["re-elect", "co-found"]


@pytest.mark.parametrize("text, expected", [
    ("nutmeg ONLY grew on Banda", "nutmeg only grew on Banda"),  # a small word stressed in capitals
    ("woad was NOT the only blue", "woad was not the only blue"),
    ("THE SPICE ROUTES", "THE SPICE ROUTES"),  # a heading in capitals keeps them
    ("a US patent; WHO said so; NASA flew", "a US patent; WHO said so; NASA flew"),  # abbreviations
])
def test_for_parser_reads_stressed_small_words_in_lower_case(text: str, expected: str) -> None:
    from pipeline.nlp import for_parser

    assert for_parser(text) == expected
    assert len(for_parser(text)) == len(text)  # offsets hold


@pytest.mark.parametrize("text, regnal", [
    ("King Charles I opened the post to the public.", True),  # a title before the name
    ("Maximilian I hires a courier.", True),  # a name WordNet does not know
    ("Elizabeth I chartered the company.", True),  # WordNet has "Elizabeth I"
    ("Pope John Paul I died in 1978.", True),  # a title anywhere in the run of names
    ("World War I began in 1914.", True),
    ("In Paris I met him.", False),  # a place, then the writer
    ("On Monday I went.", False),
    ("With George I drove to Boston.", False),  # the writer, after "with"
    ("Tbh I think it sold.", False),
    ("Then Peter I'm sure.", False),
    ("If I remember my history, boxing began in 1904.", False),  # the opening word itself brings in the writer
    ("When I visited Paris the pyramid was new.", False),
])
def test_for_parser_writes_a_regnal_one_as_a_numeral(text: str, regnal: bool) -> None:
    from pipeline.nlp import REGNAL_ONE, for_parser

    read = for_parser(text)
    assert (REGNAL_ONE in read) is regnal
    assert len(read) == len(text)  # offsets hold


@pytest.mark.parametrize("text, sentences", [
    # a rate's unit and a full stop end the sentence, as any word would ("s." is no initial here)
    ("The tram ran at 9 m/s. Its brakes held.", 2),
    ("It climbs at 12 km/h. Then it stops.", 2),
    ("The belt moves at 2 ft/s. Riders stand still.", 2),
])
def test_a_rate_unit_before_a_full_stop_ends_the_sentence(nlp: Language, text: str, sentences: int) -> None:
    doc = nlp(text)
    assert len(list(doc.sents)) == sentences
    assert "." in [t.text for t in doc]


def test_established_written_short_is_one_word_and_ends_no_sentence(nlp: Language) -> None:
    doc = nlp("Serengeti NP est. 1951, in Tanzania")
    assert "est." in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("text, expected", [
    # (the twenty-third stop: a body's word written short keeps its name whole, the length the same)
    ("the Univ. of Sydney opened", "the Univ  of Sydney opened"),
    ("Dept. of Agriculture", "Dept  of Agriculture"),
    ("Charles Univ. 1348", "Charles Univ. 1348"),
])
def test_for_parser_reads_a_short_body_word_before_of_as_one_name(text: str, expected: str) -> None:
    from pipeline.nlp import for_parser

    assert for_parser(text) == expected


def test_a_notes_pub_before_its_date_ends_no_sentence(nlp: Language) -> None:
    assert [s.text for s in nlp("Harwick Almanac pub. 2 May 1786").sents] == ["Harwick Almanac pub. 2 May 1786"]
    assert [s.text for s in nlp("We met at the pub. It was late.").sents] == ["We met at the pub.", "It was late."]



def test_a_preposition_notes_write_short_is_read_as_the_word(nlp: Language) -> None:
    doc = nlp("Deere merged w/ Massey-Harris in 1953.")
    short = next(t for t in doc if t.text == "w/")
    assert (short.lemma_, short.pos_) == ("with", "ADP")


def test_a_word_quoted_opening_a_name_is_read_in_it() -> None:
    from pipeline.nlp import for_parser

    assert for_parser('the "Royal" Pharmaceutical Society') == "the  Royal  Pharmaceutical Society"
    assert for_parser('Ivar "Pop" Coulson') == 'Ivar "Pop" Coulson'  # a nickname inside a person's name
    assert for_parser('the word "Tabloid" for pills') == 'the word "Tabloid" for pills'
    assert for_parser('starring in "Casablanca" Humphrey Bogart') == 'starring in "Casablanca" Humphrey Bogart'


@pytest.mark.parametrize(("text", "expected"), [
    ("Trophy stolen again in Rio - later recovered", "Trophy stolen again in Rio , later recovered"),
    ("Abbey bombed 1941 – rebuilt 1950s", "Abbey bombed 1941 – rebuilt 1950s"),  # (after a number: a range's dash)
    ("Tower hit - repaired", "Tower hit , repaired"),
    ("1920: Antwerp - first Olympic oath", "1920: Antwerp - first Olympic oath"),
    ("Freedom's Journal - first Black-owned US paper - founded in 1827",
     "Freedom's Journal - first Black-owned US paper - founded in 1827"),
])
def test_for_parser_reads_a_notes_dash_before_a_past_verb_as_a_comma(text: str, expected: str) -> None:
    from pipeline.nlp import for_parser

    assert for_parser(text) == expected
    assert len(for_parser(text)) == len(text)


@pytest.mark.parametrize(("sentence", "word", "lemma"), [
    ("He was riding a Norton.", "riding", "ride"), ("She rides a horse.", "rides", "ride"),
    ("He was hoping for rain.", "hoping", "hope"),
    ("He was ridding the house of mice.", "ridding", "rid"), ("She was planning a trip.", "planning", "plan"),
    ("They were opening the box.", "opening", "open"), ("He fixes bikes.", "fixes", "fix"),
])
def test_a_short_verb_keeps_its_e_unless_it_doubles_its_last_letter(nlp: Language, sentence: str, word: str,
                                                                     lemma: str) -> None:
    # the rule lemmatizer reads "riding" and "rides" as forms of "rid"
    assert next(t.lemma_ for t in nlp(sentence) if t.text == word) == lemma


# --- the forty-ninth stop ---

@pytest.mark.parametrize(("text", "expected"), [
    # a quiz prompt's "Year" before a name, on a line with its answer after an arrow
    ("Year Kell and Vero opened the Brill lock -> 1761", "year Kell and Vero opened the Brill lock -> 1761"),
    ("3. Year Ann Kell won the Crown -> 1948", "3. year Ann Kell won the Crown -> 1948"),
    # (not a title, with no arrow to an answer)
    ("Year Zero opened in Ashby.", "Year Zero opened in Ashby."),
])
def test_for_parser_reads_a_prompts_year_in_lower_case(text: str, expected: str) -> None:
    from pipeline.nlp import for_parser

    assert for_parser(text) == expected


# --- the fiftieth stop ---

def test_the_parser_keeps_a_verbless_tail_in_the_sentence_before(nlp: Language) -> None:
    # (no mark between "UNESCO" and "World", and no verb after: one sentence)
    doc = nlp("The whole set has been a UNESCO World Heritage Site since 1996.")
    assert len(list(doc.sents)) == 1
    # (a cut after a full stop, or before words with a verb of their own, stays the parser's)
    assert len(list(nlp("The tower fell in 1302. The town rebuilt it in 1310.").sents)) == 2


@pytest.mark.parametrize(("text", "expected"), [
    # a numbers round's prompt opening on a common noun, before "of", with a figure for its answer
    ("Diameter of the Ashby mirror, in metres -> 2.4", "diameter of the Ashby mirror, in metres -> 2.4"),
    ("- Running time of Red Harbour, in hours -> nearly 4", "- running time of Red Harbour, in hours -> nearly 4"),
    # (not a title, all its words capitalised or small: "Plan of the Works")
    ("Plan of the Works -> 1747", "Plan of the Works -> 1747"),
    # (nor an answer that is no figure, nor a surname before a word that is no "of")
    ("Plan of a new lock -> addressed to Kell", "Plan of a new lock -> addressed to Kell"),
    ("Curry first scored -> 2015", "Curry first scored -> 2015"),
])
def test_for_parser_reads_a_prompts_common_noun_in_lower_case(text: str, expected: str) -> None:
    from pipeline.nlp import for_parser

    assert for_parser(text) == expected
