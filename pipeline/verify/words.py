"""What kind of word a token or a lemma is, for the reader: a common word, a verb or noun WordNet
knows, a person, a place, a measure; and the definite stand-ins ("the company") a name may be read
for.
"""

from __future__ import annotations

from spacy.tokens import Token

from .dates import MONTHS


# Nouns that name no particular thing: a claim is not unbacked for lacking them in the fact.
LIGHT_NOUNS = {"thing", "part", "way", "kind", "sort", "type", "lot", "number", "time", "one", "other", "others",
               "fact", "case", "example", "place", "people", "person", "something", "anything", "everything",
               "world", "history", "today", "end", "beginning", "start", "lead", "idea", "instance", "use",
               "work", "career", "life", "story", "name", "term", "form", "role", "result", "rest", "course",
               "year", "month", "day", "week", "decade", "century", "hour", "minute", "moment", "period",
               "era", "age", "date", "list", "series", "set", "group", "total", "amount", "deal", "bit",
               "morning", "evening", "night", "afternoon", "noon", "midnight", "dawn", "dusk", "daybreak"}


_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them"}

# gases and a few compounds written by their formula, as notes do ("N2 narcosis", "32% O2"): the noun
# WordNet has for each (not "He" or "CO", a pronoun and a company's "Co.")
FORMULAS = {"N2": "nitrogen", "O2": "oxygen", "CO2": "carbon_dioxide", "H2": "hydrogen", "H2O": "water",
            "CH4": "methane", "O3": "ozone", "NH3": "ammonia", "SO2": "sulfur_dioxide", "NO2": "nitrogen_dioxide",
            "NaCl": "salt"}


_MONTHS = frozenset(MONTHS)


def _compared(t: Token) -> bool:
    """"(is) older (than)", "(was) the longest": a comparison a copula asserts, however light the word."""
    return t.tag_ in ("JJR", "JJS", "RBR") and t.dep_ in ("acomp", "attr") and t.head.lemma_ == "be"


def _common_word(word: str) -> bool:
    """Is ``word`` a common noun or a number word in WordNet ("war", "world", "ii"), not only a
    person or a place ("Truman", "Curie")?"""
    from .lexical import person_or_place
    from .wordnet import lexicon

    return (bool(lexicon().senses(word, "n", 1)) or bool(lexicon().senses(word, "a", 1))) \
        and not person_or_place(word)


def _DEFINITE_STANDINS(subj: Token) -> set[str]:
    """"The company", "the tower": a definite common noun standing for a name already given."""
    # (not "declared that smallpox had been eradicated": a "that" after a verb begins a clause)
    if subj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") and not (
            c.lower_ == "that" and c.i > 0 and c.doc[c.i - 1].pos_ in ("VERB", "AUX")) for c in subj.children) \
            and not any(c.dep_ in ("compound", "amod", "prep", "poss") for c in subj.children):
        return {subj.lower_}
    return set()


def _noun_word(word: str) -> bool:
    from .lexical import known_as

    return known_as(word, "n")


def _opposable(word: str, whole: str = "") -> bool:
    """Has ``word`` an opposite as the first word of the hyphened qualifier ``whole``: a particle ("off-duty",
    "pre-war"), an adjective WordNet opposes to another ("long-range"), or the qualifier itself ("part-time")?"""
    from .lexical import PARTICLE_PAIRS, antonyms

    return any(word in pair for pair in PARTICLE_PAIRS) or bool(antonyms(word, "a")) \
        or bool(whole) and bool(antonyms(whole, "a"))


def _holder_noun(word: str) -> bool:
    """Is ``word`` a noun a place's name can itself be ("exporter", "city", "nation"): a person, a group or a
    location in WordNet's first sense?"""
    from .lexical import kind

    return kind(word) in ("noun.person", "noun.group", "noun.location")


def _being_noun(word: str) -> bool:
    """Is ``word`` a noun for a person or an animal ("swimmer", "cub") in WordNet's first sense?"""
    from .lexical import kind

    return kind(word) in ("noun.person", "noun.animal")


def _possession_noun(word: str) -> bool:
    """Does WordNet file ``word`` as a possession in one of its senses ("fortune", "sum", "pittance")?"""
    from .lexical import kinds

    return "noun.possession" in kinds(word)


def _verb_word(lemma: str) -> bool:
    from .lexical import known_as

    return known_as(lemma, "v")


def _measure_noun(t: Token) -> bool:
    """A common noun that measures or ranks ("number", "weight", "size"), never a doer."""
    from .lexical import kind

    return t.pos_ == "NOUN" and kind(t.lemma_.lower()) in ("noun.quantity", "noun.attribute")


def _made_thing(t: Token) -> bool:
    """A noun for a thing someone makes ("music", "a poem"), not for an act or an event ("the sale"):
    a name after its "by" is its maker, not the doer of the clause's act."""
    from .lexical import kind

    # (a common noun of a kind people make: a work, a drawing, a frame, a plan, funding; not a place, a
    # time, a person, a state or a name, where the parse hangs a clause's "by" on a circumstance: "in the
    # constellation Virgo by Caroline Herschel", "in the final minute by Geoff Hurst", "on the summit by")
    # (nor one owned or asked for by someone: "on the orders of Suleiman by Mimar Sinan", "at the invitation
    # of Queen Victoria by Winterhalter"; nor the place or time a locative preposition gives: "in a
    # garage in Palo Alto by Hewlett and Packard")
    return t.pos_ == "NOUN" and kind(t.lemma_.lower()) in _MADE_KINDS \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) \
        and not (t.dep_ == "pobj" and t.head.lower_ in _CIRCUMSTANCE_PREPS)


# WordNet classes of nouns for things someone makes ("" for a noun WordNet lacks: "edits")
_MADE_KINDS = frozenset({"noun.artifact", "noun.communication", "noun.cognition", "noun.possession", ""})
# prepositions that place a clause's act in space or time, not say what it was made with or from
_CIRCUMSTANCE_PREPS = frozenset({"in", "at", "near", "across", "inside", "within", "during", "throughout",
                                 "outside", "under", "beside", "around", "into", "onto", "along", "over",
                                 "through", "off"})


def _qualified(t: Token) -> bool:
    """"atomic number", "record time": a light noun a relational adjective or a noun qualifies
    is a term of its own ("a number", "the same year", "the following day" stay light)."""
    from .lexical import pertains

    # ("half-life": a word joined to it by a hyphen, as WordNet has the noun, makes a term too; not
    # "long-term", an adjective, nor "four-year")
    # ("a bath of molten lead": after "of" and a noun that is no light one, what the noun is made of or holds)
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" \
            and t.head.head.lemma_.lower() not in LIGHT_NOUNS:
        return True
    # ("published it under his own name": not under a pen name, which a fact may give)
    if _own_name(t) and t.dep_ == "pobj":
        return True
    return any(c.dep_ == "amod" and pertains(c.lemma_.lower()) or c.dep_ == "compound" and c.pos_ == "NOUN"
               and c.text.islower() or c.i == t.i - 2 and t.nbor(-1).text == "-" and c.is_alpha
               and not t.nbor(-1).whitespace_ and _noun_word(f"{c.lower_}-{t.lower_}") for c in t.children if c.i < t.i)


def _own_name(t: Token) -> bool:
    """"under his own name": one's own name, which "actor name Marcus Bentley" (a slip for "named") is not."""
    return t.lemma_.lower() == "name" and any(c.lower_ == "own" for c in t.children)


def _known_word(word: str) -> bool:
    from .lexical import known_word

    return known_word(word)


def _light_with_event(t: Token) -> bool:
    """"made the first flight", "took part": a light verb whose object names the event itself."""
    if t.lemma_.lower() not in ("make", "take", "have", "do", "give", "carry", "perform", "conduct", "undertake"):
        return False
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ == "prt" for c in t.children):
        return False
    if obj.pos_ == "PROPN":  # a name is no event noun: "performed Metamorphosis" (an illusion) performs
        return False
    from .wordnet import lexicon

    lex = lexicon()
    # the first two senses: "flight" is first a formation of aircraft, then the act of flying
    return any(lex.lexname(s) in ("noun.act", "noun.event") for s in lex.senses(obj.lemma_.lower(), "n", 2))


def _person_word(word: str) -> bool:
    """Is ``word`` first of all a common noun for a person, with kinds under it ("winner",
    "founder"), not one person ("Fleming")?"""
    from .lexical import has_kinds_under, kind

    return kind(word) == "noun.person" and has_kinds_under(word)


def _calendar_day(word: str) -> bool:
    from .lexical import calendar_day

    return calendar_day(word)


def _person_or_place(word: str) -> bool:
    from .lexical import person_or_place

    return person_or_place(word)


def _posture_with_state(t: Token) -> bool:
    """"lies buried", "lay abandoned", "stands empty": a verb of posture with the state right after it
    says little more than "is"; the state is the act told."""
    return t.lemma_.lower() in ("lie", "sit", "stand", "rest") and t.i + 1 < len(t.doc) and \
        t.nbor(1).head == t and t.nbor(1).dep_ in ("acomp", "advcl", "oprd", "xcomp") and t.nbor(1).tag_ in ("VBN", "JJ")


def _complement_make(t: Token) -> bool:
    """"made smallpox the second disease": make with an object complement says "is", no act."""
    return t.lemma_.lower() in ("make", "call", "name", "consider", "declare") and \
        sum(1 for c in t.children if c.dep_ in ("dobj", "oprd", "ccomp", "attr")) >= 2


def _names_a_kind(t: Token) -> bool:
    """"the long jump", "the high jump": a plain adjective that with its noun is the name of a kind."""
    from .lexical import compound  # WordNet loads on first use

    return t.dep_ == "amod" and t.head.i == t.i + 1 and t.head.pos_ == "NOUN" \
        and bool(compound(t.lower_, t.head.lemma_.lower()))


def _not_a_person(name: str) -> bool:
    from .lexical import not_a_person  # WordNet loads on first use

    return not_a_person(name)


def _thing_name(words: tuple[str, ...]) -> bool:
    """Does a name end in a word for a built or natural thing, a group or an event ("Tower Bridge",
    "Channel Tunnel", "Rome Olympics"), never a person's?"""
    from .lexical import THING_CLASSES, kind  # WordNet loads on first use

    return len(words) > 1 and kind(words[-1]) in THING_CLASSES


def _broad_place(words: tuple[str, ...]) -> bool:
    from .lexical import broad_place  # WordNet loads on first use

    return broad_place(words)


def _nationality(word: str) -> bool:
    from .lexical import nationality  # WordNet loads on first use

    return nationality(word)


def _is_place(words: tuple[str, ...]) -> bool:
    from .lexical import is_place  # WordNet loads on first use

    return is_place(words)
