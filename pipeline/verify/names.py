"""The names a parsed sentence gives: runs of proper nouns read as one name ("Marie Curie", "the
Gotthard Base Tunnel", "Apollo 11"), numbered ranks, epithets, labels and codes. ``reading.read``
asks ``name_chunks`` for them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from ..nlp import NOTE_PREPOSITIONS, REGNAL_ONE
from .clauses import TITLE_PRONOUNS, _is_clause_head
from .lexical import NUMBER_WORDS, ROMANS
from .quantities import SEQUENCE_NOUNS, TIME_UNITS, number_value, score_after_name
from .repairs import ASKED_NOUNS, capitalised_common_noun, prompt_line, river_after_upon
from .statement import INITIAL, _TITLES
from .words import (_MONTHS, _broad_place, _calendar_day, _is_place, _known_word, _nationality, _person_or_place,
                    _person_word, _verb_word)


_INTENSIFIERS = {"himself", "herself", "itself", "themselves"}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "last": 10_000, "final": 10_000}
# number words a name may end in, written with a capital ("BBC One", "Channel Four"; not "Ground Zero")
_NUMBER_WORDS = frozenset(NUMBER_WORDS) - {"zero"}
_ORDINAL_NUM = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.IGNORECASE)
_DESIGNATION = re.compile(r"^(?:\d+[A-Za-z]{1,3}|[A-Za-z]{1,3}\d+)$")
_CODE = re.compile(r"^(?:\d+\.)?[A-Za-z]{1,3}\d{1,2}$")
# "UTC+5:30", "GMT-3": a standard and a signed offset from it, one token
_OFFSET = re.compile(r"^[A-Z]{2,5}[+\-−–]\d{1,2}(?::\d{2})?$")


_MODEL_NUMBER = re.compile(r"^[A-Z][A-Za-z]{0,5}-\d{1,4}[A-Za-z]?$")


_COMPASS = {"n": "north", "s": "south", "e": "east", "w": "west", "ne": "northeast", "nw": "northwest",
            "se": "southeast", "sw": "southwest"}

# the nouns of a thing's making or remaking, which open a sentence about the thing: "Construction of Hadrian's Wall"
_MAKING_NOUNS = frozenset({"construction", "building", "restoration", "rebuilding", "reconstruction", "renovation",
                           "demolition", "completion", "excavation", "expansion", "extension", "design"})


def _compass(tokens: Sequence[Token], k: int) -> str:
    """The direction token ``k`` gives before "of" and a name ("E of Port-au-Prince", "west of
    Lima"), spelled out; "" when it gives none."""
    if k + 2 >= len(tokens) or tokens[k + 1].lower_ != "of" or not tokens[k + 2].text[:1].isupper():
        return ""
    t = tokens[k].text
    if t.isupper() and t.lower() in _COMPASS:
        return _COMPASS[t.lower()]
    return t.lower() if t.lower() in _COMPASS.values() else ""


# Latin that English writes between its own words ("Mainz circa 1420", "London via Paris"): no epithet
_LATIN_IN_ENGLISH = frozenset({"circa", "via", "versus", "per", "vice", "anno", "ergo", "viz", "sic", "pro", "contra"})
# how a species epithet ends ("roqueforti", "thermophilus", "sapiens", "coli", "rex")
_LATIN_ENDING = re.compile(r"(i|ae|us|um|is|a|es|ens|ans|ex|ix|ax|or|ides|oides)$")


def _between_names(tokens: Sequence[Token], k: int, skip: set[int] | frozenset[int] = frozenset()) -> bool:
    """Does token ``k`` stand between two capitalised proper nouns, neither a month nor in ``skip`` ("Cape
    May Light", "Karl August Söderström")? A month's word there is a name's."""
    return 0 < k < len(tokens) - 1 and all(
        x.pos_ == "PROPN" and x.text[:1].isupper() and x.lower_ not in _MONTHS and x.i not in skip
        for x in (tokens[k - 1], tokens[k + 1]))


_SAINTS = frozenset({"st", "st.", "saint", "ste", "ste."})


def _title_after_the(before: Token, the: Token) -> bool:
    """Do the capitalised words after ``the`` finish one title with the name ``before`` it ("Whitbread Round
    the World Race"): the name hangs on their last word, or that word is said in apposition to it?"""
    j = the.i + 1
    while j < len(the.doc) and the.doc[j].pos_ == "PROPN" and the.doc[j].text[:1].isupper():
        j += 1
    if j == the.i + 1:
        return False
    last = the.doc[j - 1]
    return before.head == last and before.dep_ == "compound" or last.dep_ == "appos" and last.head == before


def _name_chunks(tokens: Sequence[Token], skip: set[int], use_ner: bool) -> list[list[Token]]:
    """Runs of proper nouns (with a designation number and inner "of": "University of Toronto")."""
    chunks: list[list[Token]] = []
    run: list[Token] = []

    def properish(t: Token, k: int) -> bool:
        # (a month's word between two names is part of a name: "Cape May Light")
        month_in_name = t.lower_ in _MONTHS and _between_names(tokens, k, skip)
        if t.i in skip or t.lower_ in _MONTHS and not month_in_name or _compass(tokens, k):
            return False
        if t.text == REGNAL_ONE and k > 0 and tokens[k - 1].pos_ == "PROPN":
            return True  # ("King Charles Ⅰ granted ...": the tagger may take the numeral for a plural noun)
        if t.lower_ in _NUMBER_WORDS and t.text[:1].isupper() and k > 0 and tokens[k - 1].pos_ == "PROPN" \
                and tokens[k - 1].i not in skip and tokens[k - 1].text[:1].isupper() \
                and not (k + 1 < len(tokens) and tokens[k + 1].pos_ in ("NOUN", "PROPN")):
            return True  # "began on BBC One", "Channel Four", "Formula One": a capitalised number closes the name
        # (one word after it: "20th Century Fox", "82nd Airborne Division" are names whole)
        if _ORDINAL_NUM.match(t.text) and (k == 0 or tokens[k - 1].pos_ != "PROPN") and k + 1 < len(tokens) \
                and tokens[k + 1].pos_ == "PROPN" and not (k + 2 < len(tokens) and tokens[k + 2].pos_ == "PROPN"):
            return False  # "20th Amendment": the ordinal ranks the name after it, as "the 21st Amendment" does
        if t.pos_ == "PROPN" and (t.text[:1].isupper() or t.text[:1].isdigit()):
            first = k == 0 or tokens[k - 1].text in (":", ".", "\"", "(")
            # "Films were shown ...": a plural common noun the tagger took for a name at the start
            if first and t.is_alpha and t.tag_ == "NNPS" and _known_word(t.lemma_.lower()) \
                    and not _person_or_place(t.text):
                return False
            # "LLaMA 2 released – Sparks debate", "License – Ethical use clauses": after a dash a
            # capital is the writer's typography; a lone English word there is no name
            after_dash = k > 0 and tokens[k - 1].text in ("-", "–", "—")
            # (a plural of a common word is one too, whatever town bears it: "Sparks")
            common = _known_word(t.lower_) and not _person_or_place(t.text) or t.lower_.endswith("s") and \
                _known_word(t.lower_[:-1]) and not _person_or_place(t.text[:-1])
            # (a holiday or a weekday is a name wherever it stands: "burglary – Christmas weekend")
            if after_dash and t.is_alpha and not t.is_upper and common and not _calendar_day(t.text) \
                    and not (k + 1 < len(tokens) and tokens[k + 1].pos_ == "PROPN"):
                return False
            return True
        if _title_pronoun(tokens, k) or _title_pronoun(tokens, k + 1):
            return True  # "wrote about it in Roughing It": a capitalised pronoun closes a title with the word before it
        if t.text == "Who" and k > 0 and tokens[k - 1].pos_ == "PROPN" and tokens[k - 1].text[:1].isupper() \
                and tokens[k - 1].i not in skip:
            return True  # "Doctor Who was first broadcast": a capitalised "Who" after a name closes it
        if t.pos_ == "PRON" and t.text[:1].isupper() and t.is_alpha and not t.is_stop and k > 0 \
                and not _known_word(t.lower_):
            return True  # "did not grant Lipperhey a patent": the tagger took a rare surname for a pronoun
        if _MODEL_NUMBER.match(t.text) or _OFFSET.match(t.text):
            return True  # "Tu-144", "STS-135", "X-1": a model or mission number, one token; "UTC+5:30"
        if _CODE.match(t.text) and not (k > 0 and tokens[k - 1].like_num):
            return True  # "e4", "1.e4", "2.f3", "h2": a code, compared as written (not "500 km2")
        if t.text[:1].isupper() and _DESIGNATION.match(t.text) and t.text[-1:].isdigit():
            return True  # "K2", "V2", "B29": a letter and a number, whatever the tagger calls it
        if use_ner and t.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT",
                                       "WORK_OF_ART", "LAW") and t.text[:1].isupper() and t.is_alpha:
            return True
        if t.is_alpha and t.is_upper and len(t.text) >= 2 and t.lower_ not in ("i",) and t.pos_ != "VERB":
            return True  # UNICEF, WHO, FDA
        first = k == 0 or tokens[k - 1].text in (":", ".", "\"", "(", "-", "–", "—")
        if t.text[:1].isupper() and t.is_alpha and k + 1 < len(tokens) and _DESIGNATION.match(tokens[k + 1].text) \
                and tokens[k + 1].i not in skip and not t.is_stop:
            return True  # a capitalised word with a model number: "Mistral 7B"
        if _opening_label(tokens, k):
            return True  # "Category 5 begins at 157 mph": a capitalised noun and its number open the line
        if first and t.text[:1].isupper() and t.is_alpha and t.dep_ == "compound" and t.head.pos_ == "PROPN" \
                and t.head.i == t.i + 1:
            return True  # "Hugging Face": the tagger read the first word as a verb
        # (not "Many died", "Originally founded in Boston": a quantifier, an adverb of manner or time)
        if first and t.text[:1].isupper() and t.is_alpha and t.pos_ in ("ADJ", "ADV") and not t.is_stop \
                and not t.lower_.endswith("ly") and (
                t.dep_ in ("nsubj", "nsubjpass") or t.head.lower_ in _INTENSIFIERS and t.head.i == t.i + 1
                or t.dep_ == "amod" and t.pos_ == "ADJ" and t.head.pos_ == "VERB"
                and t.head.i == t.i + 1 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.head.children)):
            return True  # "Titanic struck an iceberg": an adjective is no subject; the capital names a ship
        if first and t.text[:1].isupper() and t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "PROPN", "ADJ", "X"):
            # a sentence's first word is a name when English does not know it ("Blériot", "Earhart"),
            # or when it opens a title with another capitalised word ("Pride and Prejudice")
            nxt = tokens[k + 2] if k + 2 < len(tokens) else None
            # (a common noun for a person, which WordNet files with the persons it names, is none:
            # "Winner of the first Tour got 3,000 francs")
            # (not a measure or a time a prompt asks for: "Depth of Veryovkina Cave in metres -> 2,212"; a name
            # elsewhere, "Date Palm Festival")
            if not (t.lower_ in ASKED_NOUNS and prompt_line(tokens)) and (
                    not (_known_word(t.lower_) or _known_word(t.lemma_.lower())) or _person_or_place(t.text) and not (
                        t.tag_ == "NN" and _person_word(t.lower_)) or (
                        nxt is not None and tokens[k + 1].lower_ in ("and", "of", "&") and nxt.text[:1].isupper()
                        # (not a making's noun before a name's possessive: "Construction of Hadrian's Wall began ..."
                        # is the building of that wall, no title "Construction of Hadrian"; "Battle of Roe's Hill" is
                        # one (review 59c))
                        and not (k + 3 < len(tokens) and tokens[k + 3].text in ("'s", "’s")
                                 and t.lower_ in _MAKING_NOUNS))):
                return True
        # capitalised inside a sentence, not after a sentence start: a name the tagger missed
        # (not a cell's first word that opens a noun English has whole: "Knut, Polar bear, Berlin Zoo")
        return (t.text[:1].isupper() and k > 0 and t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "ADJ", "X")
                and tokens[k - 1].text not in (":", ".", "\"", "(", "-", "–") and not capitalised_common_noun(tokens, k))

    # hyphen-glued names written without spaces: "Pouilly-le-Fort", "Joliot-Curie"
    glued: set[int] = set()
    k = 0
    while k < len(tokens):
        j = k
        # (an unspaced en dash too: "Caro–Kann", "Hewlett–Packard"; not "Paris–Marseille", a route)
        while j + 2 < len(tokens) and tokens[j + 1].text in ("-", "–") and not tokens[j].whitespace_ \
                and not tokens[j + 1].whitespace_ and not (tokens[j + 1].text == "–" and _is_place(
                    (tokens[j].lower_,)) and _is_place((tokens[j + 2].lower_,))):
            j += 2
        if j > k and tokens[k].text[:1].isupper() and tokens[j].text[:1].isupper() and tokens[k].i not in skip:
            glued.update(x.i for x in tokens[k:j + 1])
        k = j + 1

    for k, t in enumerate(tokens):
        if t.lower_ in NOTE_PREPOSITIONS:  # ("Moon W/ Aldrin": a preposition notes write short ends a name)
            if run:
                chunks.append(run)
            run = []
            continue
        # ("Michels/Cruyff Dutch side": a nation's adjective before a common noun qualifies that noun; the name
        # before it ends there, as "Cruyff's Dutch side" writes it)
        if run and t.pos_ == "ADJ" and k + 1 < len(tokens) and tokens[k + 1].pos_ == "NOUN" \
                and tokens[k + 1].text.islower() and run[-1].pos_ != "ADJ" and _nationality(t.text):
            chunks.append(run)
            run = []
        if run and run[-1].dep_ == "pobj" and t.dep_ in ("nsubj", "nsubjpass", "compound") \
                and run[-1].head.i < run[0].i and t.head.i > t.i and t.head not in run:
            chunks.append(run)  # "During the First World War | Curie set up": the phrase ends, the subject starts
            run = []
        if t.i in glued and (run and t.i - 1 in glued or properish(t, k) or t.text[:1].isupper()):
            run.append(t)
            continue
        if run and t.lower_ == "the" and run[-1].whitespace_ and k + 1 < len(tokens) \
                and run[-1].pos_ == "PROPN" and tokens[k + 1].text[:1].isupper() and tokens[k + 1].is_alpha \
                and tokens[k + 1].pos_ in ("PROPN", "ADJ", "NOUN") and tokens[k + 1].i not in skip \
                and (not (k + 2 < len(tokens) and tokens[k + 2].pos_ in ("PROPN", "NOUN", "ADJ"))
                     and (tokens[k + 1].head in run or run[-1].head == tokens[k + 1]
                          or tokens[k + 1].head == run[-1].head and run[-1].dep_ != "pobj")
                     # (or a title whose words before "the" hang on a capitalised head after it, or have it in
                     # apposition: "Whitbread Round the World Race")
                     or _title_after_the(run[-1], t)):
            run.append(t)  # "Pliny the Younger", "Alfred the Great": an epithet is the name's
            continue
        saints = len(run) == 2 and run[0].lower_ in _SAINTS  # ("St Thomas' Hospital": the bare apostrophe too)
        if (t.text in ("'s", "’s") or saints and t.text in ("'", "’") and run[1].text.endswith("s")) \
                and k + 1 < len(tokens) and properish(tokens[k + 1], k + 1) \
                and tokens[k + 1].text[:1].isupper() and (len(run) == 1 and run[0].is_alpha and run[0].lower_ != "the" and (
                    run[0].lower_ in _TITLES or _known_word(run[0].lower_) and not _person_or_place(run[0].text))
                    or len(run) == 2 and run[0].lower_ in _SAINTS):
            # "King's Gambit", "Queen's College": a common word's possessive opens the name; a saint's
            # is the name of what is named for them: "St Paul's Cathedral", "St John's Wood"
            run.append(t)
            continue
        if run and _epithet(run, t) and t.i not in skip:
            # "Penicillium roqueforti", "L. bulgaricus": a species is its genus and its epithet (and
            # no word before the genus that a line opens with: "Wild Saccharomyces eubayanus")
            run = run[-1:] if len(run) == 2 and run[0].is_alpha and _known_word(run[0].lower_) and (
                run[0].i == tokens[0].i or run[0].nbor(-1).text in (":", ".", "\"", "(", "-", "–", "—")) else run
            run.append(t)
            continue
        # (not a count of the time unit after it: "in Halifax 80 years ago", "in Kyoto 135 years ago")
        # (nor how often: "elected sheriff of Honolulu 13 times")
        counts_time = t.i + 1 < len(t.doc) and (t.nbor(1).lemma_.lower() in _TIME_COUNTED or _times_after(t))
        # (nor a score after a name: "Kapil 175* v Zim", "Gibbs 6 sixes in an over")
        scored = score_after_name(t)
        # (nor an ordinal before a past verb, the note's "first": "Jeff Clark 1st surfed it 1975", "Waimea 1st ridden
        # Nov 1957"; a king's, "Charles 1st was executed", stays his)
        # (not a participle before its noun: "Hemingway's 2nd published novel")
        ranks_act = ordinal_before_act(t)
        if run and (_DESIGNATION.match(t.text) or t.text.isdigit() and len(t.text) <= 4) and t.i not in skip \
                and t.i == run[-1].i + 1 and not counts_time and not scored and not ranks_act:
            run.append(t)  # "Mistral 7B", "Boeing 747", "Apollo 1"
            continue
        if not ranks_act and properish(t, k) or (run and t.text.isdigit() and t.i not in skip and t.head in run
                                                 and not scored and not counts_time) or (
                run and t.lower_ in ("of", "de", "du", "von", "van") and k + 1 < len(tokens)
                and properish(tokens[k + 1], k + 1) and t.head in run and not _of_country(run, tokens[k + 1])) or (
                # (and a town's "upon" its river, one word: "Newcastle upon Tyne", "Kingston upon Hull"; not "Kenya
                # upon George VI's death")
                run and t.lower_ == "upon" and k + 1 < len(tokens) and properish(tokens[k + 1], k + 1)
                and t.head in run and river_after_upon(tokens, k)) or (
                # "Wernher von Braun", "Vincent van Gogh": a particle inside a person's name, whatever the parse
                run and t.text in ("von", "van", "der", "den", "de", "du", "da", "di", "ter") and k + 1 < len(tokens)
                and properish(tokens[k + 1], k + 1) and tokens[k + 1].text[:1].isupper()):
            run.append(t)
            continue
        # (a spaced dash parts two things: "Kangchenjunga - Band & Brown")
        if run and t.text in ("-",) and not (run[-1].whitespace_ and t.whitespace_) and k + 1 < len(tokens) and (
                tokens[k + 1].text.isdigit() or
                                                                 properish(tokens[k + 1], k + 1)):
            run.append(t)  # "STS-1", "Joliot-Curie", "Pouilly-le-Fort" when split
            continue
        if run:
            chunks.append(run)
            run = []
    if run:
        chunks.append(run)
    # "Food and Drug Administration": a name joined by "and" whose first half modifies the second
    merged: list[list[Token]] = []
    for c in chunks:
        if merged:
            prev = merged[-1]
            h = _chunk_head(prev)
            gap = c[0].i - prev[-1].i
            if gap == 2 and prev[-1].nbor(1).lower_ in ("and", "&") and h.dep_ in ("compound", "nmod", "amod") \
                    and h.head in c:
                merged[-1] = prev + [prev[-1].nbor(1)] + c
                continue
        merged.append(c)
    # "First Black African Olympic champion: ...": a rank word opening a line opens no name when what
    # it ranks is a common noun after the run ("the First World War" keeps its "First")
    # (and "First" ranks that noun itself, not a word of the run: "First World War poet" keeps it)
    merged = [c[1:] if _ranks_the_noun_after(c) else c for c in merged]
    # (a letter and a number is a name too: "K2", "V2")
    # (a lone capital letter in brackets is a mark, not a name: "Anderssen (W)" is White; "rebranded as X" is one)
    return [[t for t in c if t.text != "-" or c.index(t) not in (0, len(c) - 1)] for c in merged
            if not (len(c) == 1 and _bracketed_letter(c[0])) and any(
                t.is_alpha or _MODEL_NUMBER.match(t.text) or _OFFSET.match(t.text)
                or t.text[:1].isupper() and _DESIGNATION.match(t.text)
                or _CODE.match(t.text) or INITIAL.match(t.text) for t in c)]


# units a number before them counts, not a name's number (not "second", as often the ordinal: "Apollo 12
# second landing")
_TIME_COUNTED = frozenset(TIME_UNITS) - {"second"}


# nouns of a sequence, whose places are numbered after them: "in round three" is in the third round


def sequence_places(tokens: Sequence[Token]) -> dict[int, tuple[int, Token]]:
    """Places in a sequence said with a count after its noun ("round three", "game 7", "Stage 4"), by the
    index of the number: (the place, the noun). Not a count the noun is of ("a round of 12"), nor a
    number that counts what follows it ("lap 3 laps"), nor a plural ("rounds 3")."""
    out: dict[int, tuple[int, Token]] = {}
    for k in range(1, len(tokens)):
        t, noun = tokens[k], tokens[k - 1]
        if not t.like_num or noun.lower_ not in SEQUENCE_NOUNS or noun.pos_ not in ("NOUN", "PROPN") \
                or k + 1 < len(tokens) and tokens[k + 1].pos_ in ("NOUN", "PROPN") and not tokens[k + 1].like_num \
                or k > 1 and tokens[k - 2].like_num \
                or k + 1 < len(tokens) and tokens[k + 1].like_num \
                or k + 2 < len(tokens) and tokens[k + 1].lower_ in ("-", "–", "—", "to", ":") and tokens[k + 2].like_num:
            continue  # (nor "the day 2 million marched", nor a score: "won the game 4-2")
        read_as = number_value([t.lower_])
        n = read_as[0] if read_as is not None else None
        if n is None or n != int(n) or not 1 <= n <= 100 or not t.is_alpha and not t.text.isdigit():
            continue
        out[k] = (int(n), noun)
    return out


def _numbered_ranks(tokens: Sequence[Token]) -> dict[int, tuple[int, int, Token]]:
    """Places in a ranking written with a number: "No. 2", "no. 1", "number two", "#1". By the index
    of the number: (the index of its mark, the place, the noun ranked)."""
    out: dict[int, tuple[int, int, Token]] = {}
    for k, t in enumerate(tokens):
        if t.lower_ not in ("no", "no.", "number", "#"):
            continue
        m = k + 1
        if t.lower_ == "no" and m < len(tokens) and tokens[m].text == ".":
            m += 1
        if m >= len(tokens) or not tokens[m].like_num:
            continue
        read_as = number_value([tokens[m].lower_])
        n = read_as[0] if read_as is not None else None
        if n is None or n != int(n) or not 1 <= n <= 100:
            continue
        # (the noun it ranks: "the No. 2 milk producer"; not "number 10 Downing Street", a name)
        noun = next((h for h in (t.head, tokens[m].head, tokens[m].head.head) if h.pos_ == "NOUN"
                     and h.i > tokens[m].i and h.lower_ not in ("no", "number")), None)
        # (a note's "#1" after what it ranks: "men's WC #1 -> England, 1975" is the first men's World Cup)
        if noun is None and t.text == "#" and k > 0 and tokens[k - 1].pos_ in ("NOUN", "PROPN") \
                and not (m + 1 < len(tokens) and tokens[m + 1].pos_ in ("NOUN", "PROPN")):
            noun = tokens[k - 1]
        if noun is None or (t.lower_ == "number" and t.text[:1].isupper() and k > 0):
            continue
        # (the head of a compound: "the number two milk producer" ranks producers, not milk)
        while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
            noun = noun.head
        out[m] = (k, int(n), noun)
    return out


def _epithet(run: Sequence[Token], t: Token) -> bool:
    """Is ``t`` the species epithet after a genus that ends ``run`` ("Penicillium roqueforti",
    "Streptococcus thermophilus", "E. coli")? A lower-case Latin word English does not know, right
    after one capitalised word or an initial: with its genus it names one species, and another
    epithet is another species ("Penicillium camemberti")."""
    from .lexical import nationality
    from .wordnet import lexicon

    genus = run[-1]
    # ("Panthera tigris altaica": a subspecies is its species and one more Latin word)
    if len(run) >= 2 and genus.is_lower and _epithet(run[:-1], genus) and t.i == genus.i + 1 and t.is_alpha \
            and t.is_lower and len(t.text) >= 3 and t.pos_ not in ("VERB", "AUX", "ADP") \
            and _LATIN_ENDING.search(t.lower_):
        return True
    # (nor a pronoun or a word of grammar: "It was Grantland Rice who nicknamed ...", "rice" a genus, "who" no epithet)
    if t.i != genus.i + 1 or not t.is_alpha or not t.is_lower or len(t.text) < 3 or t.pos_ == "ADP" \
            or t.is_stop or t.pos_ in ("PRON", "DET", "CCONJ", "SCONJ", "PART"):
        return False
    # (a Latin word the tagger took for a verb, with no clause of its own: "Caenorhabditis briggsae")
    if t.pos_ in ("VERB", "AUX") and (_is_clause_head(t) or _verb_word(t.lemma_.lower())):
        return False
    # (not a people's or a language's adjective: "the Italian porcellana", "a Roman denarius", "Arabic naqala")
    if not (genus.is_alpha and genus.text[:1].isupper() and genus.text[1:].islower() and len(genus.text) >= 3
            and not nationality(genus.text) and not lexicon().senses(genus.lower_, "a", 1)
            or INITIAL.match(genus.text)):
        return False
    w = t.lower_
    # (nor Latin that English writes between words, "Mainz circa 1420", "London via Paris")
    if w in _LATIN_IN_ENGLISH or t.i + 1 < len(t.doc) and t.nbor(1).like_num:
        return False
    # (nor an English word, in any of its forms: "Cavendish identifies")
    stems = {w, t.lemma_.lower()} | ({w[:-1]} if w.endswith("s") else set()) \
        | ({w[:-2]} if w.endswith("es") else set()) | ({w[:-3] + "y"} if w.endswith("ies") else set())
    english = any(_known_word(x) for x in stems if len(x) >= 3)
    # (after a genus WordNet knows, "Homo", "Panthera", "Mycobacterium", or one cut to its initial, a
    # Latin word English has too is its epithet all the same, "Homo erectus", "Panthera leo",
    # "Mycobacterium tuberculosis", "T. rex"; not an English plural, "Drosophila flies",
    # "Lactobacillus bacteria")
    if english and (INITIAL.match(genus.text) is not None or _genus(genus.lower_)) and not (
            t.tag_ == "NNS" and any(_known_word(x) for x in stems - {w} if len(x) >= 3)):
        return bool(_LATIN_ENDING.search(w) or w.endswith("o"))
    return bool(_LATIN_ENDING.search(w)) and not english


def _genus(word: str) -> bool:
    """Does WordNet know ``word`` as a kind of animal or plant (a genus: "panthera", "penicillium")?"""
    from .wordnet import lexicon

    lex = lexicon()
    return any(lex.lexname(s) in ("noun.animal", "noun.plant") for s in lex.senses(word, "n", 3))


def _title_pronoun(tokens: Sequence[Token], k: int) -> bool:
    """Is token ``k`` a pronoun capitalised after a capitalised word, as only a title writes it ("Roughing It")?"""
    if not 0 < k < len(tokens) or tokens[k].text not in TITLE_PRONOUNS:
        return False
    before = tokens[k - 1]
    return before.is_alpha and before.text[:1].isupper() and not before.is_stop and not before.is_upper


def _opening_label(tokens: Sequence[Token], k: int) -> bool:
    """Is token ``k`` a line's first word, a capitalised noun, with a small number right after it that
    qualifies it ("Category 5", "Room 40", "Force 12")?"""
    if k < 0 or k + 1 >= len(tokens):
        return False
    t, n = tokens[k], tokens[k + 1]
    first = k == 0 or tokens[k - 1].text in (":", ".", "\"", "(", "-", "–", "—")
    return first and t.text[:1].isupper() and t.is_alpha and not t.is_stop and t.tag_ in ("NN", "NNP") \
        and n.text.isdigit() and len(n.text) <= 3 and n.head.i == t.i and n.dep_ in ("nummod", "compound", "appos")


def _ranks_the_noun_after(chunk: Sequence[Token]) -> bool:
    """Does the run open on an ordinal that ranks the common noun after the run, as the run itself
    does ("First Black African Olympic champion")?"""
    if len(chunk) < 2 or not _ORDINALS.get(chunk[0].lower_):
        return False
    noun = _chunk_head(chunk).head
    if noun.i in {t.i for t in chunk} or noun.pos_ != "NOUN" or not noun.text.islower():
        return False
    if chunk[0].head == noun:
        return True
    # ("First Duke Invitational winner (1965)": the ordinal may hang on the name's first word and still rank
    # the event the name is, when English knows no name opening with it: "First World War poet" keeps it)
    words = [t.lower_ for t in chunk]
    # (the ordinal on a word that hangs on the noun itself, not on a word inside the name: "Third Avenue Railway",
    # "Seventh Day Adventist Church", "First Vienna Award" are names that open with an ordinal name; and only a
    # noun for the one an edition of the event makes, whom a rank of editions can rank)
    head = chunk[0].head
    return len(chunk) >= 3 and head in chunk and head.head == noun and all(t.is_alpha for t in chunk) \
        and noun.lemma_.lower() in _EDITION_HOLDERS \
        and not any(_known_word("_".join(words[:n])) for n in range(2, len(words) + 1))


def ordinal_before_act(t: Token) -> bool:
    """Is ``t`` a note's ordinal number before the past verb it ranks, its "first" ("Jeff Clark 1st surfed it 1975",
    "Waimea 1st ridden Nov 1957"), not a participle before its noun ("Hemingway's 2nd published novel") nor a
    monarch's or a pope's number ("Henry 8th married", "Pope Pius 12th signed")?"""
    if _ORDINAL_NUM.match(t.text) is None or t.i + 1 >= len(t.doc) or _regnal(t):
        return False
    v = t.nbor(1)
    return v.pos_ == "VERB" and v.tag_ in ("VBD", "VBN") and v.dep_ not in ("amod", "compound") \
        and not (v.head.i > v.i and v.head.pos_ in ("NOUN", "PROPN"))


_REGNAL_WORDS = frozenset({"king", "queen", "pope", "emperor", "empress", "tsar", "czar", "kaiser", "sultan", "pharaoh",
                           "prince", "princess", "duke", "saint", "st"})
_ROMAN = ("", *ROMANS)  # (by number: "viii" is 8)


def _regnal(t: Token) -> bool:
    """Is the ordinal ``t`` the number of the name before it: one WordNet knows with that numeral ("Charles 1st",
    "Louis 14th"), or past the first after a title or a lone given name ("Pope John Paul 2nd", "Henry 8th"; not
    "Queen Victoria 1st visited", her first visit)?"""
    from .lexical import given_name, known_as

    run = []
    j = t.i - 1
    while j >= 0 and t.doc[j].pos_ == "PROPN" and t.doc[j].text[:1].isupper() and len(run) < 4:
        run.insert(0, t.doc[j])
        j -= 1
    if not run:
        return False
    m = _ORDINAL_NUM.match(t.text)
    n = int(m.group(1)) if m else 0
    words = [x.lower_ for x in run if x.lower_ not in _REGNAL_WORDS]
    if 0 < n < len(_ROMAN) and any(known_as(f"{'_'.join(words[k:])}_{_ROMAN[n]}", "n") for k in range(len(words))):
        return True
    titled = any(x.lower_ in _REGNAL_WORDS for x in run) or j >= 0 and t.doc[j].lower_ in _REGNAL_WORDS
    return n > 1 and (titled or len(run) == 1 and given_name(run[0].text))


def _times_after(t: Token) -> bool:
    """Is ``t`` how often, before "times" (the plural noun, not "times out"; "13 consecutive times"), not "1 times"?"""
    if t.text == "1" or t.i + 1 >= len(t.doc):
        return False
    nxt = t.nbor(1)
    if nxt.pos_ == "ADJ" and nxt.i + 1 < len(t.doc):
        nxt = nxt.nbor(1)
    return nxt.lower_ == "times" and nxt.tag_ == "NNS"


_EDITION_HOLDERS = frozenset({"winner", "champion", "victor", "laureate", "recipient", "medallist", "medalist",
                              "runner-up", "finalist", "host"})


def _bracketed_letter(t: Token) -> bool:
    """"(W)": a capital letter alone in brackets."""
    return re.fullmatch(r"[A-Z]", t.text) is not None and t.i > 0 and t.nbor(-1).text == "(" \
        and t.i + 1 < len(t.doc) and t.nbor(1).text == ")"


def _of_country(run: Sequence[Token], after: Token) -> bool:
    """"Demetrios Vikelas of Greece": a surname, then the country the person is of (not "University
    of Toronto", "Duke of Wellington": an English word before "of" makes one name). After a first
    name and a surname, a town too: "Salomon Coster of Amsterdam" is Coster, of Amsterdam."""
    # (one name and a region or a town is one name: "Eleanor of Aquitaine", "Francis of Assisi")
    before = run[-1]
    # (and after a given name and a surname, a body the person is of, a name of two words: "William Coolidge of
    # General Electric"; not one word, a town no gazetteer may know, "William Murchland of Kilmarnock", which a note
    # writes whole, "Murchland of Kilmarnock"; nor a king's, "King Croesus of Lydia")
    from .lexical import given_name  # (the lexicon loads on first use)

    longer = after.i + 1 < len(after.doc) and after.nbor(1).is_alpha and after.nbor(1).text[:1].isupper()
    if len(run) == 2 and all(t.is_alpha and t.text[:1].isupper() for t in run) and given_name(run[0].lower_) \
            and run[0].lower_ not in _TITLES and after.text[:1].isupper() and after.is_alpha \
            and longer:
        return True
    if not before.is_alpha or _known_word(before.lower_):
        return False
    return _broad_place((after.lower_,)) or len(run) >= 2 and run[-2].is_alpha and run[-2].text[:1].isupper() \
        and _is_place((after.lower_,))


def _chunk_head(chunk: Sequence[Token]) -> Token:
    ids = {t.i for t in chunk}
    outside = [t for t in chunk if t.head.i not in ids or t.head.i == t.i]
    return outside[-1] if outside else chunk[-1]
