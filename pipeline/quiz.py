"""A quiz sheet's answer says what its question asks: "Q: Who piloted the Turtle in 1776?" / "A: Sergeant Ezra Lee".

An answer alone is a name or a figure ("Sergeant Ezra Lee", "two floatplanes"): judged on its own, any fact that
names Ezra Lee would back it, whatever he did. ``compose(question, answer)`` puts the answer in the slot the
question's wh-word leaves, so the claim is judged by what it says: "Sergeant Ezra Lee piloted the Turtle in 1776".
The claim's text stays the answer line as written; only what it is read as changes. Pure: the caller parses the
question (spaCy) and reads the sentence this returns.

A who-am-I round's clues are spoken by the one to be guessed ("I retired in 1989 with 38,387 career points. -> Kareem
Abdul-Jabbar"): ``clue_speaker`` finds whom, after the clue's arrow or on the answer line that ends the clues, and
``speaking_as`` says the clue of them ("Kareem Abdul-Jabbar retired in 1989 ..."), as ``compose`` says an answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lemminflect import getInflection, getLemma
from spacy.tokens import Span, Token

from .nlp import FINITE_TAGS
from .text import ARROW

# (or a task that asks for names: "Q: Name the three foundation sires.")
QUESTION_LINE = re.compile(r"^\s*(?:Q\d{0,2}|Question)\s*[:.)]\s*(?P<q>\S.*\?|(?:name|list|identify)\s.*?)\s*$",
                           re.IGNORECASE)
# an answer's label: "A:", "A1.", "Ans)", "Answer:"
ANSWER_LABEL = r"(?:A\d{0,2}|Ans|Answer)\s*[:.)]"
ANSWER_LINE = re.compile(rf"^\s*{ANSWER_LABEL}\s*(?P<a>\S.*?)\s*$", re.IGNORECASE)

# a round whose clues the one to be guessed speaks: "## Round 2: Who am I? (clue -> answer)"
WHO_AM_I = re.compile(r"\b(?:who|what)(?:\s+or\s+(?:who|what))?\s+am\s+i\b|\bguess\s+who\b", re.IGNORECASE)
# (or a round its heading calls one of clues: "## Round 2: Name that papermaker (clue round)")
# (the round's own heading, not the quiz's title: "# Velden pub quiz (clues and answers)" calls no round one)
_CLUE_ROUND = re.compile(r"\bclues?\s+round\b|\bround\s+of\s+clues\b|\(\s*clues?\b", re.IGNORECASE)
# a clue's label, after any list marker: "Clue 3:", "- Clue 3 -"
CLUE_LABEL = re.compile(r"^\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?clue\s*\d{0,3}\s*[:.)\-–—]\s*", re.IGNORECASE)
_ARROW = re.compile(rf"\s*{ARROW}\s*")
# the name the clues lead to, on a line of its own after them: "ANSWER → Ötzi the Iceman", "Answer: Ötzi"
_REVEAL = re.compile(rf"^\s*(?:{ANSWER_LABEL}|(?:answer|ans)\s*{ARROW})\s*(?P<name>\S.*?)\s*$",
                     re.IGNORECASE)
# (the small words a name may carry inside it: "Ludwig van Beethoven", "Leonardo da Vinci", "the Great Sphinx")
_NAME_PARTICLES = frozenset({"the", "of", "de", "del", "della", "di", "da", "du", "van", "von", "der", "den", "la", "le",
                             "y", "and", "&", "al", "el", "bin", "ibn"})
_ROUND_WORD = re.compile(r"\bround\b", re.IGNORECASE)
# a round's title on a line of its own, with no heading's marks: "ROUND 3 - GENERAL"
_ROUND_LINE = re.compile(r"^\s*round\s+\d{1,2}\b", re.IGNORECASE)
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})
# a numbered key to the sets of clues before it, on a line of its own: "Answers, round 3: 1 Capability Brown, 2 Claude
# Monet, 3 André Le Nôtre", "Answer key: 1. Fram; 2. Gjøa"; or lettered, "Answer key: A = Jim Thorpe, B = Paul Bryant",
# "set 1 = Caravaggio, set 2 = Vincent van Gogh"
_KEY_LABEL_WORDS = r"^\s*[*_]*(?:answers?(?:\s+key)?|key)\b"
# (a key's first item: "1 ", "1. ", "A = ", "set 1 = "; a letter only with its mark, not "A Tale of Two Cities")
_FIRST_ITEM = r"(?:(?i:set)\s+)?(?:1\s*(?:[.):=]\s*|\s+)|(?P<letter>A)\s*[.):=]\s*)"
KEY_LINE = re.compile(rf"{_KEY_LABEL_WORDS}[^:\n]{{0,30}}:[*_]*\s*(?P<items>{_FIRST_ITEM}\S.*?)\s*$", re.IGNORECASE)
# (the key's label alone: asked first, before a key's lines are joined)
_KEY_LABEL = re.compile(_KEY_LABEL_WORDS, re.IGNORECASE)
# (a heading over the key, which then needs no label of its own: "### Answer key" / "A = Hatshepsut, B = Akhenaten")
# (the heading says only that, and which round or set it is for: not "Key takeaways", "Key differences", "Answers to
# the big questions of the Brill canal" (review 56))
KEY_HEADING = re.compile(r"^\s*(?:#{1,6}\s*)?[*_]*(?:the\s+)?(?:answers?(?:\s+key)?|key)\b(?:\s*[:(,–—-][^\n]{0,40}"
                         r"|\s+(?:to|for)\s+(?:the\s+)?(?:rounds?|sets?|parts?|clues?|quiz|sheet|who|what)\b[^\n]{0,30})?"
                         r"[\s*_:).]*$", re.IGNORECASE)
# (a figure of three or four digits in an item is a year or a count, no name: "Answer: 1 May 1850" (review 53))
_YEAR_OR_COUNT = re.compile(r"\b\d{3,4}\b")
# a set's own label on a line of its own: "Ship 2", "Set 3:", "**Person 1**"
# (not a clue's: "Clue 2" numbers a clue of the set (review 53))
# (or lettered, as its key letters it: "Set A", "Clue set B")
_SET_LABEL = re.compile(r"^\s*[*_]*(?:(?i:clue)\s+)?(?!(?i:clue)\b)[A-Za-z][A-Za-z]{1,15}\s+(\d{1,2}|[A-Z])\s*[:.]?[*_]*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
_NUMBERED = re.compile(r"^\s*(\d{1,3})[.)]\s+")
# (a thing a key names in lower case, or partly: "2 lye pretzel", "3 Maillard reaction", "8 pain de tradition
# française": a few words without figures)
_KEYED_WORD = r"[^\W\d_][^\W\d_'’.-]*(?:[-'’.][^\W\d_]+)*"
_KEYED_THING = re.compile(rf"^{_KEYED_WORD}(?:\s+{_KEYED_WORD}){{0,4}}$")

_WH = frozenset({"who", "whom", "what", "which", "where", "when", "how", "whose"})
# what sets the rest of an answer aside from the answer itself: "Otto Weddigen again — he got both", "a petrol
# engine (electric motor when dived)", "Italian — "In guardia" ..."
# (or a comma before a phrase of its own: "Eddie Arcaro, on Whirlaway in 1941 and Citation in 1948", "Canada, thanks
# to Paul Henderson's goal"; one that runs to the answer's end, not a phrase set between commas inside a sentence
# the answer makes of its own, "Hillary, with Tenzing Norgay, reached the summit on 29 May 1953")
_ASIDE = re.compile(r"\s+[—–]\s+|\s+--?\s+|\s*\(|;\s"
                    r"|,\s+(?=(?:on|in|at|with|for|by|from|after|before|during|thanks\s+to|aged|via|when|while)\b"
                    r"[^,]*$)")


def _subtree(t: Token) -> tuple[int, int]:
    return t.left_edge.i, t.right_edge.i + 1


def _text(tokens: Sequence[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def answer_parts(answer: str) -> tuple[str, str]:
    """The answer itself and what the writer added after it ("", when nothing)."""
    m = _ASIDE.search(answer)
    if m is None or m.start() == 0:
        return answer.strip().rstrip("."), ""
    return answer[:m.start()].strip().rstrip(","), answer[m.start():].strip()


def says_its_own(answer: Span) -> bool:
    """Does the answer make a statement of its own (a verb with its subject: "yes, it's the classic sabre attack")?"""
    return any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
               for t in answer)


_OTHER_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "his", "their", "its"})
# the tags of the words a question asks with: who, which, whose (_WH_WORDS), and with when, where, how (_WH_TAGS)
_WH_WORDS = frozenset({"WDT", "WP", "WP$"})
_WH_TAGS = _WH_WORDS | {"WRB"}


def asked_thing(question: Span, answer: Span) -> str | None:
    """The answer with its one "it" put as the thing its question asks about, and with what else the question says
    of the act ("Q: Who won the first World Championship, in 1927?" / "A: Joe Davis won it." reads "Joe Davis won
    the first World Championship in 1927."), or None where the answer has no such "it", the question names no one
    thing it asks about, or the answer tells another act ("Who beat Ann Vero? / Tom Kell won it 3-0").

    The question's noun phrase is taken whole and its act's other words with it ("in 1927", "for the third time",
    "at Marlow"), so what it says of the thing is checked too: a thing the question only names, put for "it" alone,
    would be backed by any fact about that name (review 57b).
    """
    its = [t for t in answer if t.lower_ == "it" and t.dep_ in ("dobj", "pobj")]
    # (the thing acted on, or said to be acted on, by the question's act: not the "who" or "which" it asks)
    # (a passive's subject, which the parser may call a plain one: "When was the Velden Stone stolen?")
    things = [t for t in question if (t.dep_ in ("dobj", "nsubjpass") or t.dep_ == "nsubj" and any(
              c.dep_ == "auxpass" for c in t.head.children)) and t.pos_ in ("NOUN", "PROPN")
              and not any(c.tag_ in _WH_WORDS for c in t.subtree)]
    # (nor where the answer says someone else by a pronoun, which the question's words would not stand for: "Who
    # sold the Brill mill to Tom Kell?" / "Ann Vero sold it to him in 1850" (review 57b))
    if len(its) != 1 or len(things) != 1 or any(t.lower_ in _OTHER_PRONOUNS for t in answer):
        return None
    it, thing = its[0], things[0]
    act, said_act = thing.head, it.head if it.dep_ == "dobj" else it.head.head
    if act.lemma_.lower() != said_act.lemma_.lower() or act.pos_ not in ("VERB", "AUX"):
        return None
    start, end = _subtree(thing)
    said = _text(question.doc[start:end]).rstrip("?").strip()
    # the question's other words on its act, but a "when" or "where" it asks, and any the answer says for itself
    # ("sold it to him": not the question's "to Tom Kell" as well)
    own = {c.lower_ for c in said_act.children if c.dep_ in ("prep", "dative", "agent")}
    extra = [c for c in act.children if c.dep_ in ("prep", "npadvmod", "advmod", "dative", "agent", "oprd")
             and c.i != thing.i and c.lower_ not in own and not any(x.tag_ in _WH_TAGS for x in c.subtree)]
    tail = " ".join(_text(question.doc[slice(*_subtree(c))]).rstrip("?") for c in extra)
    rest = _text(answer.doc[it.i + 1:answer.end]).rstrip(".").rstrip()
    composed = _text(answer.doc[answer.start:it.i]) + " " + said + (" " + rest if rest else "")
    return (composed + (" " + tail if tail else "")).strip() + "."


def compose(question: Span, answer: str) -> str | None:
    """The sentence the question (parsed without its "Q:" label) and its answer make together, or None where the
    question's shape is not one read here (a yes/no question, one put to "you")."""
    tokens = [t for t in question if not t.is_space]
    while tokens and tokens[-1].text in ("?", "!", "."):
        tokens = tokens[:-1]
    while tokens and tokens[0].lower_ in ("and", "so", "ok", "okay", "then", ","):
        tokens = tokens[1:]  # "And where did that happen?"
    said, aside = answer_parts(answer)
    # (nor an answer the writer doubts or denies: "George Eliot?", "not Mallory -- it was Compagnoni")
    if not tokens or not said or said.endswith("?") or said.lower().startswith(("not ", "no ")):
        return None
    aside = aside.rstrip(".")
    tail = "" if not aside else aside if aside.startswith(",") else f" {aside}"
    if any(t.lower_ in ("you", "your") for t in tokens):
        return None  # put to the player, not about the world: "How hard do you have to press an épée tip?"
    wh = [t for t in tokens if t.lower_ in _WH]
    # (one question a line: "Which boat sank Aboukir ..., and who was in command?" asks two; not "when" that opens
    # a clause, "Who commanded U-20 when she sank the Lusitania?")
    later = next((k for k, t in enumerate(tokens) if wh and t.i > wh[0].i + 1 and t.lower_ in _WH
                  and k > 0 and tokens[k - 1].lower_ in (",", "and", "or")), None)
    if later is not None:
        cut = later
        while cut > 0 and tokens[cut - 1].lower_ in (",", "and", "or"):
            cut -= 1
        tokens = tokens[:cut]
        wh = [t for t in tokens if t.lower_ in _WH]
    if tokens[0].tag_ == "VB" and tokens[0].dep_ == "ROOT" and tokens[0].lower_ in _NAMING and len(tokens) > 1 \
            and not wh:
        if any(t.text == ":" for t in tokens):
            return None  # a task over a list it gives: "Name the odd one out: Mercury, Venus, Pluto, Mars."
        # a task that asks for names: "Name the three foundation sires." -> "The three foundation sires are The Byerley
        # Turk, the Darley Arabian and Eclipse"
        asked = _text(tokens[1:])
        plural = any(t.tag_ in ("NNS", "NNPS") and t.dep_ == "dobj" for t in tokens)
        return f"{asked[:1].upper()}{asked[1:]} {'are' if plural else 'is'} {said}{tail}."
    if not any(t.tag_ in FINITE_TAGS for t in tokens):
        # a question without a verb of its own names what is asked: "Class of the Kursk?" -> "The class of the
        # Kursk is Oscar II", "First vessel to reach the North Pole?" -> "The first vessel ... is USS Skate"
        if wh:
            return None
        words = _text(tokens)
        first = tokens[0]
        lead = words if first.pos_ == "PROPN" or first.lower_ in ("the", "a", "an") else \
            "The " + words[:1].lower() + words[1:]
        return f"{lead} is {said}{tail}."
    if not wh or wh[0].i - tokens[0].i > 1:
        return None  # a yes/no question: the answer says yes or no, and what it adds is its own statement
    w = wh[0]
    if w.lower_ == "whose":
        return None  # "Whose statue stands in Trafalgar Square?" / "Nelson": a possessive to build, not a slot
    # the phrase the wh-word opens: "Which navy", "How many aircraft", "What language", "Who", "In what year"
    head = w.head if w.dep_ in ("det", "amod", "advmod", "nummod") and w.head.pos_ in ("NOUN", "PROPN", "ADJ", "ADV") \
        and w.head.i > w.i and w.head.i - w.i <= 3 else w
    if w.lower_ == "how" and w.i + 1 < len(w.doc) and w.doc[w.i + 1].lower_ in ("many", "much"):
        many = w.doc[w.i + 1]
        head = many.head if many.head.pos_ in ("NOUN", "PROPN") and many.head.i > many.i else \
            next((t for t in tokens if t.i > w.i + 1 and t.pos_ in ("NOUN", "PROPN")), many)
        # ("How many Grand Slam titles ...?" / "20": the count of what is asked, not a bare figure)
        if re.fullmatch(r"[\d.,]+|[a-z]+", said) and head.i > many.i and head.lower_ not in said.lower().split():
            said = f"{said} {_text(w.doc[many.i + 1:head.i + 1])}"
    lo, hi = w.i, head.i + 1
    if head is w and w.i + 1 < len(w.doc) and w.doc[w.i + 1].lower_ == "of":
        return None  # "Which of the Brontës wrote Jane Eyre?" / "Emily": one of them, not "Emily of the Brontës"
    if head is not w and head.dep_ not in ("advmod", "acomp"):
        lo, hi = min(lo, _subtree(head)[0]), max(hi, _subtree(head)[1])
    prep = tokens[0] if tokens[0].i < w.i and tokens[0].tag_ == "IN" else None
    rest = [t for t in tokens if t.i >= hi]
    if not rest:
        return None
    slot = f"{prep.lower_} {said}" if prep is not None else said
    if prep is None and w.lower_ in ("when", "where") and not said.split()[0].lower() in _PLACE_WORDS:
        slot = f"in {said}"  # "When did Bell patent the telephone?" -> "... in 1876"
    elif prep is None and w.lower_ in ("when", "where"):
        # "At the 1920 Summer Olympics": its preposition inside the sentence (only where the question asks when or
        # where: another answer that opens on such a word is a title or a name, "To Kill a Mockingbird", "C. S. Lewis")
        slot = said[:1].lower() + said[1:]
    # 1. the answer is the subject: "Who commanded U-20 ...", "Which navy came up with the snorkel", "Who was the
    # first person on the Moon" (no subject after the verb: the question asks for it)
    verb_of = rest[0] if rest[0].dep_ == "ROOT" or rest[0].dep_ not in ("aux", "auxpass") else rest[0].head
    subj = next((t for t in rest[1:] if t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head in (rest[0], verb_of)), None)
    if subj is None:
        if rest[0].lemma_.lower() == "do" and rest[0].tag_ in FINITE_TAGS:
            # the parse missed the inverted subject: "... titles did Federer win" is no sentence, unless its words
            # show it ("Which city did Henry Morgan sack in 1671?", "sack" read as a noun)
            return _did_by_words(rest, head, said, tail, prep)
        return f"{slot} {_text(rest)}{tail}."
    # 2. an inverted question: "What did the US Navy's first sub run on at the surface", "How many aircraft could
    # an I-400 carry", "What language are the commands in", "How long is a piste"
    aux = rest[0]
    if aux.tag_ not in FINITE_TAGS:
        return None
    s_lo, s_hi = _subtree(subj)
    subject = [t for t in rest if s_lo <= t.i < s_hi]
    after = [t for t in rest if t.i >= s_hi]
    if subject and subject[-1].dep_ == "prep" and not any(c.dep_ == "pobj" for c in subject[-1].children):
        subject, after = subject[:-1], subject[-1:] + after  # "are the commands in _": the parse hung "in" on them
    # (after any adverb the question puts before it: "When did ice hockey first appear at the Olympics?")
    lead = next((k for k, t in enumerate(after) if not (t.pos_ == "ADV" and t.dep_ in ("advmod", "neg"))), len(after))
    verb = after[lead] if lead < len(after) and after[lead].pos_ in ("VERB", "AUX") else None
    if aux.lemma_.lower() == "do" and verb is None:
        # the parse lost the verb: "What year did the Titanic sink" read "sink" as a noun; the words may still show it
        return _did_by_words(rest, head, said, tail, prep)
    # (the tense "did" carries goes back on the verb, "did ... run" -> "ran"; "does" stays, "does run")
    keep_aux = not (aux.lemma_.lower() == "do" and aux.tag_ == "VBD" and verb is not None)
    after_words = [t.text for t in after]
    if not keep_aux and verb is not None:
        after_words[lead] = _past(verb)
    aux_words = [aux.text] if keep_aux else []
    if head.dep_ in ("advmod", "acomp") and w.lower_ == "how" and head is not w:
        slot = f"{said} {head.text}"  # "How long is a piste" -> "a piste is 14 metres long"
    # the answer's place: after a particle or a preposition the question leaves without its object ("run on _",
    # "are the commands in _"), after the verb whose object it is ("carry _"), else at the end ("where did that
    # happen" -> "that happened in ...")
    stranded = next((k for k, t in enumerate(after) if t.dep_ in ("prep", "prt")
                     and not any(c.dep_ == "pobj" for c in t.children)), None)
    if stranded is not None:
        at = stranded + 1
    elif verb is not None and (w.dep_ in ("dobj", "attr") or head.dep_ in ("dobj", "attr")):
        at = lead + 1
    else:
        at = len(after_words)
    words = [_text(subject)] + aux_words + after_words[:at] + [slot] + after_words[at:]
    sentence = " ".join(x for x in words if x)
    return f"{sentence[:1].upper()}{sentence[1:]}{tail}."


# the nouns of a time a question's "what" may ask for with no preposition: "What year did ... open?" -> "in 1932"
_TIME_NOUNS = frozenset({"year", "decade", "century", "month", "day", "date", "season"})


def _did_by_words(rest: Sequence[Token], head: Token, said: str, tail: str, prep: Token | None) -> str | None:
    """The sentence a "did" question makes with its answer, read from its words where the parse lost the verb:
    "[Which city] did Henry Morgan sack in 1671?" / "Cartagena" -> "Henry Morgan sacked Cartagena in 1671.", "[Off
    which cape] did the Whydah sink in 1717?" -> "The Whydah sank in 1717 off Cape Hatteras." The subject is a name
    or a noun phrase, the verb the first word after it in lower case that is a verb and stands before a preposition,
    a determiner, a figure or the end; anything else is left unread (None)."""
    from .verify.lexical import known_as  # (WordNet loads on first use)

    if not rest or rest[0].lower_ != "did":
        return None
    words = list(rest[1:])
    for k in range(1, len(words)):
        t = words[k]
        nxt = words[k + 1] if k + 1 < len(words) else None
        if not (t.text.isalpha() and t.text.islower() and known_as(t.lower_, "v")):
            continue
        if nxt is not None and nxt.tag_ not in ("IN", "RP", "DT", "CD", "PRP$", "TO") and not nxt.is_punct:
            return None
        if not all(x.text[:1].isupper() or x.tag_ in ("DT", "POS", "CD", "NN", "NNS", "JJ") for x in words[:k]) \
                or not any(x.text[:1].isupper() or x.tag_ in ("NN", "NNS") for x in words[:k]):
            return None
        lemmas = getLemma(t.lower_, upos="VERB")
        past = getInflection(lemmas[0] if lemmas else t.lower_, tag="VBD")
        subject = _text(words[:k])
        after = _text(words[k + 1:])
        verb = past[0] if past else t.text
        opens = said.split()[0].lower() if said.split() else ""
        # (a preposition the question leaves at its verb is the answer's: "Which film did Kell star in?" -> "starred
        # in Velden Nights", "Which club did Vero sign with in 1911?" -> "signed with Brill in 1911")
        stranded = prep is None and k + 1 < len(words) and words[k + 1].tag_ in ("IN", "RP") and (
            k + 2 >= len(words) or words[k + 2].tag_ == "IN" or words[k + 2].is_punct)
        if prep is not None:
            slot, at_end = f"{prep.lower_} {said}", True
        elif head.lemma_.lower() in _TIME_NOUNS:
            slot, at_end = f"in {said}", True
        elif head.lower_ in ("when", "where", "how", "why"):
            # (an answer to "where", "when" or "how" says its own preposition, "off Cape Ashby", "in a storm"; a
            # bare one's is not known, "Brill Sound", "1912"; "why" is answered with a reason, no slot)
            if head.lower_ == "why" or opens not in _PLACE_WORDS | {"with"}:
                return None
            slot, at_end = said[:1].lower() + said[1:], True
        else:
            slot, at_end = said, False
        if stranded:
            after = _text(words[k + 2:])
            parts = [subject, verb, words[k + 1].lower_, slot, after]
        else:
            parts = [subject, verb, after, slot] if at_end else [subject, verb, slot, after]
        sentence = " ".join(x for x in parts if x)
        return f"{sentence[:1].upper()}{sentence[1:]}{tail}."
    return None
# a task's verb that asks for names, as a question would: "Name the three foundation sires."
_NAMING = frozenset({"name", "list", "identify"})
# what an answer to "where" or "when" may open with, its own preposition
_PLACE_WORDS = frozenset({"in", "at", "on", "off", "near", "by", "from", "to", "outside", "inside", "during", "before",
                          "after", "around", "about", "c.", "circa"})


def _pasts(verb: Token) -> set[str]:
    """The simple past forms of a verb as written, whatever lemma the tagger gave it ("swam" -> {"swam"})."""
    return {f for lemma in getLemma(verb.lower_, upos="VERB") for f in getInflection(lemma, tag="VBD")}


def _past(verb: Token) -> str:
    """A verb's simple past ("run" -> "ran"), from lemminflect's tables; the verb as written where it has none."""
    forms = getInflection(verb.lemma_.lower(), tag="VBD")
    return forms[0] if forms else verb.text


def _round_heading(context: str) -> str:
    """The heading of the round a line is in, of the headings over it (``context``, "Quiz > Round 2 > Set A"): the last
    that names a round, else the last."""
    levels = context.split(" > ")
    return next((h for h in reversed(levels) if _ROUND_WORD.search(h)), levels[-1])


def clue_speaker(text: str, at: int, heading: str) -> str:
    """The one a who-am-I clue at offset ``at`` of ``text`` speaks as, or "" when it is no such clue.

    A clue is a line under a who-am-I heading, or one labelled "Clue 3:"; its speaker is named after its arrow
    ("I retired in 1989 ... -> Kareem Abdul-Jabbar") or on the answer line that ends the clues ("ANSWER → Ötzi the
    Iceman, who is on display in Bolzano"), before any heading."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:] if end < 0 else text[start:end]
    if not (WHO_AM_I.search(heading) or _CLUE_ROUND.search(_round_heading(heading)) or CLUE_LABEL.match(line)):
        return ""
    arrows = list(_ARROW.finditer(line))
    if arrows:
        return _name_of(line[arrows[-1].end():])
    if end < 0:
        return ""
    key_at, headed = end + 1, False
    lines = text[end + 1:].split("\n")[:40]
    for n, following in enumerate(lines):
        # (a heading over the key: "### Answer key" / "A = Hatshepsut, B = Akhenaten"; its items one to a line are one
        # key, "A) Ann Kell" / "B) Mary Vero", read together, never a line of them as the answer to all the clues)
        if following.lstrip().startswith("#") and KEY_HEADING.match(following):
            headed = True
            key_at += len(following) + 1
            continue
        if headed and following.strip():
            items = []
            for line in lines[n:]:
                if not line.strip() or line.lstrip().startswith("#"):
                    break
                items.append(line.strip().rstrip(",;"))
            # (one kind of label only: numbers of one round and letters of another under one heading are two keys,
            # which is whose is not read (review 56b))
            marks = {bool(re.match(r"[*_\-\s]*(?:(?i:set)\s+)?\d", item)) for item in items}
            names = key_names(", ".join(items), True) if len(marks) == 1 else {}
            if names:
                return names.get(_set_number(text, start, key_at, len(names)), "")
            # (a line of its own before the key, "Answers in set order:", is read past)
            key_at += len(following) + 1
            continue
        # (nor past the next question or round: "Q1: Who founded the bank?" / "A: Tom Brill" is that question's
        # answer, not the clues' where their own was left to the end)
        if following.lstrip().startswith("#") or QUESTION_LINE.match(following) or _ROUND_LINE.match(following):
            return ""
        # (a key that numbers or letters the sets: the one for the set the clue is in)
        if names := key_names(following, headed):
            return names.get(_set_number(text, start, key_at, len(names)), "")
        key_at += len(following) + 1
        if (m := _REVEAL.match(following)) is not None:
            return _name_of(m.group("name"))
    return ""


# a quiz sheet's word to its players about its own clues and answers: "Each clue describes one swimmer.", "Names are
# in the answer key below.", "Answers to the clue round are at the bottom", "Clues get easier as you go."
_SHEET_PARTS = frozenset({"clue", "answer"})
_SHEET_THINGS = frozenset({"clue", "answer", "round", "question", "quiz", "sheet"})
_EACH_WORDS = frozenset({"set", "clue", "question", "round", "answer"})
_EACH_PART = re.compile(r"^\W*each\s+(?:set|clue|question|round|answer)\b(?!\s+of\b)", re.IGNORECASE)
_QUIZ_HEADING = re.compile(r"\b(?:quiz|round)\b", re.IGNORECASE)
# a round's format: "Prompt -> answer", "Question → answer"
_FORMAT_LINE = re.compile(r"^\W*(?:prompts?|questions?|clues?)\s*(?:-+>|→|=>)\s*answers?\b", re.IGNORECASE)


def sheet_instruction(sent: Span, context: str) -> bool:
    """Whether ``sent``, under the headings ``context`` (a quiz's, a round's, a who-am-I's), tells a quiz's players of
    the sheet's own clues or answers: its subject is a clue, an answer, the answer key, or a line or a name with a clue
    or an answer in the sentence, not one of something in the world ("the clue to the wreck's identity"), and it names
    nothing and counts nothing ("The answer came in 1953 from Crick" is no quiz's own word)."""
    if not (WHO_AM_I.search(context) or _QUIZ_HEADING.search(context)):
        return False
    if _FORMAT_LINE.match(sent.text):
        return True  # ("Prompt -> answer (one point each; within 5% counts)": the round's own format, what follows too)
    if any(t.pos_ == "PROPN" and t.lemma_.lower() not in _SHEET_PARTS or any(ch.isdigit() for ch in t.text) for t in sent):
        return False
    # ("Each set points to one person or place.", "Each clue names a swimmer": what each of the sheet's parts is, however
    # the parser reads "set")
    # (told in the present: "Each round lasted three minutes" tells (review 56b); "set" itself may be tagged a participle)
    if _EACH_PART.match(sent.text) and not any(t.tag_ in ("VBD", "VBN") and t.lower_ not in _EACH_WORDS for t in sent):
        return True
    nouns = {t.lemma_.lower() for t in sent if t.pos_ in ("NOUN", "PROPN")}
    for t in sent:
        # (the sheet's own clues and answers: not one the sentence points to in the world, "The clue to the wreck's
        # identity was the bell" (review 54), where "Answers to the clue round" are the sheet's (review 54b))
        if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "ROOT" or any(
                d.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() not in _SHEET_THINGS for o in d.children)
                for d in t.children):
            continue
        word = t.lemma_.lower()
        if word in _SHEET_PARTS or word == "key" and any(c.lower_ == "answer" for c in t.children) or \
                word in ("line", "name") and nouns & _SHEET_PARTS:
            return True
    return False


def key_names(line: str, headed: bool = False) -> dict[int, str]:
    """The names a numbered or lettered answer key on ``line`` gives, by number ("Answers, round 3: 1 Ann Kell, 2 Mary
    Vero" -> {1: "Ann Kell", 2: "Mary Vero"}; "Answers: 1. Ann Kell 2. Mary Vero", "Answer key: A = Ann Kell, B = Mary
    Vero" and "1 Ann Kell / 2 Mary Vero" too, A being 1); {} when the line is no such key: each item numbered or
    lettered in turn from 1 or A and a plain name, not "Key fact: 1 in 3 homes had a loom", "Key finding: 1 million
    people came", "Answer: 1 May 1850" (review 53). ``headed``: the line stands under a heading that labels it a key
    ("### Answer key"), so it needs no label of its own."""
    if not headed and not _KEY_LABEL.match(line):
        return {}  # (asked of every sentence of a unit, which may be a whole file on one line: the label first)
    # (a key wrapped over two lines is one key: "... 4 Normandie, 5 Empress of Ireland," / "6 Queen Elizabeth, ...")
    line = re.sub(r"[ \t]*\n[ \t]*", " ", line.strip())
    m = KEY_LINE.match(line)
    if m is not None:
        items = m.group("items")
    elif headed and (bare := re.match(rf"[*_]*(?P<items>{_FIRST_ITEM}\S.*?)[*_]*$", line)) is not None:
        items = bare.group("items")
    else:
        return {}
    first = re.match(_FIRST_ITEM, items)
    lettered = first.group("letter") is not None
    names, n, at = {}, 1, first.end()
    while at < len(items):
        # (items apart by commas, semicolons, middle dots, bars or slashes: "1 Mercedes · 2 Model T", "1 Ulman Stromer
        # / 2 John Tate"; a letter after a space only with a mark that is no initial's, "A: Ann B. Kell" is one name)
        if lettered:
            mark = chr(ord("A") + n)
            following = re.compile(rf"(?:\s*[,;·|/]\s*(?:(?i:set)\s+)?{mark}\s*[.):=]|\s+(?:(?i:set)\s+)?{mark}\s*[):=])"
                                   rf"\s*").search(items, at)
        else:
            following = re.compile(rf"(?:\s*[,;·|/]\s*|\s+)(?:(?i:set)\s+)?{n + 1}\s*(?:[.):=]\s*|\s+)").search(items, at)
        item = items[at:following.start() if following else len(items)]
        # (the last name ends at its sentence: "4 Belgica. Tie-break on the back page.")
        item = item if following else re.split(r"\.\s+(?=[A-Z])", item)[0]
        names[n] = _key_name(item)
        if following is None:
            break
        at, n = following.end(), n + 1
    # (a thing only where the key names more than one, under a label of answers: "Answer: 1 mill", "Key differences:
    # 1 bagels are boiled first, 2 ..." are no keys (review 54))
    # ("Key to round 4:", "Key (round 4):" too (review 54b))
    answers = headed or re.match(r"^\s*[*_]*(?:answers?\b|key\s*(?:[:(,–—-]|to\b|for\b|round\b))", line,
                                 re.IGNORECASE) is not None
    # (letters name sets only where there are more than one: "Answer: A. Kell" is an initial; and not after full
    # stops where each item is one word, "Answers: A. Kell, B. Vero", initials and surnames (review 56))
    if lettered and (len(names) < 2 or len(names) == 2 and re.match(r"(?:(?i:set)\s+)?A\s*\.", items) and all(
            len(name.split()) == 1 for name in names.values())):
        return {}
    # (a key only its heading marks, one to a set: names, or things by their names, "the Rosetta Stone"; not "1 Ashby
    # is on the Brill, 2 Crewley is on the coast" (review 56))
    if m is None and (len(names) < 2 or not all(_capitalised_name(name) for name in names.values())):
        return {}
    if any(
            not name or _YEAR_OR_COUNT.search(name) or name != _name_of(name) and (len(names) < 2 or not answers)
            for name in names.values()):
        return {}
    return names


def _capitalised_name(name: str) -> bool:
    """Is ``name`` written as a name is, its words capitalised but for a name's small words ("Lorenzo de' Varo", "the
    Great Sphinx", "Abu Kell al-Brilli", "Émile Varo"), not a phrase ("Crewley is on the coast")?"""
    def named(w: str) -> bool:
        return w[:1].isupper() or w.lower().rstrip("'’") in _NAME_PARTICLES or not w[:1].isalpha() \
            or any(x[:1].isupper() for x in re.split(r"[-'’]", w)[1:])

    return re.sub(r"^(?:the|an?)\s+", "", name)[:1].isupper() and all(named(w) for w in name.split()[1:])


def _key_name(item: str) -> str:
    """The name a key's item gives: a name as an answer gives it, or a thing a what-am-I round names ("the Walkman",
    "al-Jazari", "lye pretzel"); "" when it is neither."""
    if name := _name_of(item):
        return name
    said = item.split(",")[0].strip().strip("*_\"'“”‘’").rstrip(".!")
    # (a name after "the", or with a lower-case particle joined to it: "the Walkman", "al-Jazari")
    if re.fullmatch(r"(?:the|an?)\s+[a-z]?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}", said) or \
            re.fullmatch(r"[a-z]{1,3}-[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}", said):
        return said
    return said if _KEYED_THING.match(said) else ""


def _set_number(text: str, start: int, key_at: int, keyed: int) -> int:
    """Which set of clues, counted from the round's heading, holds the line at offset ``start``: by the set's label
    ("Ship 2"), or by the runs of list lines apart by blank lines before the key at ``key_at`` (1 for the first); 0
    when that is not known (review 53): the line is no list line (clues in prose), or the runs are not as many as the
    ``keyed`` names of the key, when they may be a set's clues apart by blank lines ("- I built ...", "", "- My
    statue ...") or several sets run together ("1. I built ...", "2. I swam ..."), but for the first, which is the
    first set's whichever the runs are where the key names fewer sets than there are runs; and where every list line
    of the round is numbered 1 to ``keyed`` in turn, one clue to a set, the clue's number is its set's."""
    lines, at = [], 0
    for line in text[:key_at].split("\n")[:-1]:
        lines.append((at, line))
        at += len(line) + 1
    top = max((k + 1 for k, (at, line) in enumerate(lines) if at < start and (
        line.lstrip().startswith("#") or _ROUND_LINE.match(line) or WHO_AM_I.search(line))), default=0)
    runs, run = [], []
    for at, line in lines[top:] + [(key_at, "")]:
        if line.strip():
            run.append((at, line))
        elif run:
            runs.append(run)
            run = []
    own = next((r for r in runs if any(at == start for at, _ in r)), None)
    if own is None:
        return 0
    for at, line in reversed(own):
        if at < start and (label := _SET_LABEL.match(line)) is not None:
            mark = label.group(1)
            return int(mark) if mark.isdigit() else ord(mark) - ord("A") + 1
    listed = [r for r in runs if any(_BULLET.match(line) or CLUE_LABEL.match(line) for _, line in r)]
    clue = next(line for at, line in own if at == start)
    if own not in listed or not (_BULLET.match(clue) or CLUE_LABEL.match(clue)):
        return 0
    # (one clue to a set, numbered as the key numbers its names: "1. I was born in Baltimore ..." is the key's 1)
    numbers = [int(m.group(1)) if (m := _NUMBERED.match(line)) else 0 for r in listed for _, line in r]
    if numbers == list(range(1, keyed + 1)):
        return int(_NUMBERED.match(clue).group(1))
    number = listed.index(own) + 1
    return number if len(listed) == keyed or number == 1 and len(listed) > keyed else 0


def _name_of(answer: str) -> str:
    """The name an answer gives, without what the writer adds ("Ötzi the Iceman, who is on display ..."); "" when it
    is no plain name (a doubt, a sentence)."""
    said = answer_parts(answer)[0].split(",")[0].strip().strip("*_\"'“”‘’").rstrip(".!")
    # (a one-word name with its epithet is the name: "Ötzi the Iceman" is Ötzi, as facts call him)
    said = re.sub(r"^(\w+) the [A-Z]\w*$", r"\1", said)
    if not said or "?" in said or len(said.split()) > 6 or not said[:1].isupper():
        return ""
    # (a name's words are capitalised, bar its short particles, "Ludwig van Beethoven", "the Tamsk Light"; a place
    # or thing in lower case is no speaker, "I found the grave in 2019 -> Carrowby churchyard" is the writer's)
    if any(w[:1].islower() and len(w) > 3 for w in said.split()):
        return ""
    return said


def speaking_as(clue: Span, name: str) -> str | None:
    """The clue said of the one who speaks it ("I retired in 1989 ..." -> "Kareem Abdul-Jabbar retired in 1989 ...";
    "My skin carries 61 tattoos" -> "Ötzi's skin ..."), or None when it does not speak in the first person."""
    if not name or not any(t.lower_ in _FIRST_PERSON and t.tag_ in ("PRP", "PRP$") for t in clue):
        return None
    pieces = []
    for t in clue:
        low, word, joined = t.lower_, t.text, False
        said_by_me = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "i" for c in t.children)
        # (a contraction is its "I"'s, whatever verb the parser hangs the "I" on: "I've won", "I'd climbed")
        after_me = t.i > 0 and t.doc[t.i - 1].lower_ == "i" and t.lower_[:1] in "'’"
        if t.tag_ in ("PRP", "PRP$") and low in ("i", "me", "myself"):
            word = name
        elif t.tag_ in ("PRP", "PRP$") and low in ("my", "mine"):
            word = f"{name}'s"
        elif (said_by_me or after_me) and low in ("am", "'m", "’m"):
            word, joined = "is", True
        elif (said_by_me or after_me) and low in ("'ve", "’ve"):
            word, joined = "has", True
        elif after_me and low in ("'d", "’d"):
            # ("By 1903 I'd climbed it twice": had, or would before a bare verb; never "Ann Kell'd")
            word, joined = ("would" if t.tag_ == "MD" else "had"), True
        elif said_by_me and t.tag_ == "VBP" and low not in _pasts(t):
            # (the verb agrees with the name: "I come from China" -> "Yao Ming comes from China"; not a past the
            # tagger took for a present, "I swam the strait" is no "swams")
            forms = getInflection(t.lemma_.lower(), tag="VBZ")
            word = forms[0] if forms else word
        if joined and pieces and not pieces[-1].endswith(" "):
            pieces.append(" ")
        pieces.append(word + t.whitespace_)
    said = "".join(pieces).strip()
    return said[:1].upper() + said[1:]
