"""When two words say the same, the opposite, or another thing of the same kind.

WordNet (``wordnet.py``) answers synonyms, antonyms, one step up or down the hierarchy,
derivations (discovery -> discover), causes (kill -> die) and word classes (noun.person,
noun.substance). Names are compared by their words (a part of a name is the name; a shared
surname with another given name is another person) and by initials (FDA, WHO).

Two small lists are written here because WordNet does not record them: verbs that describe
one transfer from either side (give/receive, sell/buy: the subject of one is the recipient of
the other) and words so general they never tell two things apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..nlp import VERB_PREFIXES
from ..text import stem
from .wordnet import Lexicon, lexicon

# One transfer seen from either side. Verbs in one group name the same transfer; a verb of a
# group and one of its converse group describe it from the other side (the giver's subject is
# the recipient's source). WordNet records neither relation.
TRANSFER_GROUPS = {
    "award": frozenset({"award", "give", "grant", "present", "bestow", "confer", "hand"}),
    "obtain": frozenset({"receive", "win", "get", "earn", "obtain", "gain", "accept", "collect"}),
    "sell": frozenset({"sell", "cede"}),
    "buy": frozenset({"buy", "purchase", "acquire", "take_over"}),
    "lend": frozenset({"lend", "loan"}),
    "borrow": frozenset({"borrow"}),
    "send": frozenset({"send", "deliver", "transfer", "donate", "pay", "transmit"}),
    "teach": frozenset({"teach"}),
    "learn": frozenset({"learn"}),
}
CONVERSE_GROUPS = {("award", "obtain"), ("sell", "buy"), ("lend", "borrow"), ("send", "obtain"), ("teach", "learn")}
GIVING = frozenset().union(*(TRANSFER_GROUPS[g] for g in ("award", "sell", "lend", "send", "teach")))
RECEIVING = frozenset().union(*(TRANSFER_GROUPS[g] for g in ("obtain", "buy", "borrow", "learn")))


def transfer_group(act: str) -> str:
    return next((g for g, verbs in TRANSFER_GROUPS.items() if act in verbs), "")


# Verbs too general to tell two events apart; they neither back nor oppose an act.
LIGHT_ACTS = frozenset({"be", "have", "do", "make", "get", "go", "come", "take", "put", "set", "give", "become",
                        "include", "involve", "use", "follow", "see", "help", "play", "hold", "keep", "bring",
                        "turn", "mark", "remain", "stand", "lead", "begin", "start", "continue", "serve"})
# Acts whose two sides may change places with the same meaning ("Schumann married Clara Wieck",
# "Clara Wieck married Schumann"): English's reciprocal verbs (Levin 1993, 2.5), which WordNet does
# not mark; a short list, kept to the common ones.
RECIPROCAL_ACTS = frozenset({"marry", "wed", "divorce", "meet", "befriend", "face", "fight", "battle", "play", "debate",
                             "duel", "partner", "resemble"})
# Acts that end a ship, a craft or a life, as "was lost" does ("the Royal Charter was lost off Anglesey", "all 15
# crew lost"): a short list
# (of them, the ends of a ship or a craft, which a named thing "lost" may be: not a person's, who "lost" an
# election or a fight)
WRECKING = frozenset({"sink", "crash", "wreck", "founder", "disintegrate", "explode", "capsize"})
PERISHING = WRECKING | {"die", "perish", "drown"}
# Acts that leave what they are done to not there or not happening ("the 1940 Games were cancelled"):
# "there were no Games in 1940" says as much, negated; a short list of the common ones.
PRIVATIVE_ACTS = frozenset({"cancel", "call_off", "abandon", "abolish", "scrap", "ban", "prohibit", "forbid",
                            "suspend", "postpone", "boycott"})
# Nouns for a kind of thing, not one thing (two of them never conflict).
GENERIC_KINDS = frozenset({"noun.Tops", "noun.attribute", "noun.relation", "noun.quantity", "noun.time",
                           "noun.communication", "noun.cognition", "noun.state", "noun.act", "noun.event",
                           "noun.feeling", "noun.motive", "noun.phenomenon", "noun.process", "noun.shape",
                           "noun.possession", "noun.group"})
# Classes where two different members in the same place of the same statement are two different things.
RIVAL_KINDS = frozenset({"noun.person", "noun.location", "noun.substance", "noun.animal", "noun.plant",
                         "noun.food", "noun.cognition", "noun.state"})
# Classes whose nouns, under one qualifier, name two different things ("atomic weight" / "atomic
# number"); an act or a group under one is the same thing in other words ("suborbital hop" / "flight").
TERM_KINDS = RIVAL_KINDS | {"noun.attribute", "noun.quantity"}


def _lex() -> Lexicon:
    """The WordNet table (``WordNetMissing`` when it is not installed: verdicts need it)."""
    return lexicon()


@lru_cache(maxsize=200_000)
def _singular(w: str) -> str:
    """A plural's singular, by spelling ("laboratories", "Curies", "churches")."""
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    return w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w


def _tail_synonym(x: str, y: str) -> bool:
    """Is ``x`` the last word of a synonym of ``y`` ("games" of "olympics" = "Olympic Games")?"""
    lex = _lex()
    return any(w.endswith("_" + x) or w.endswith("_" + _singular(x)) for w in lex.synonyms(y, "n", 2))


# --- names -----------------------------------------------------------------------------------


def initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w and w not in ("of", "and", "for", "the", "de"))


# acts by which a thing is held to be what follows them ("is considered the tallest", "is regarded as the oldest")
DEEMING_ACTS = frozenset({"consider", "regard", "deem", "reckon", "recognise", "recognize", "rank", "list", "rate",
                          "believe", "think", "acknowledge", "accept", "call", "name"})
# how widely a thing is held to be what a deeming act says ("generally considered", "widely regarded")
HELD_WIDELY = frozenset({"generally", "widely", "usually", "commonly", "often", "universally", "now"})
# a name's number said in words or in Roman numerals ("Channel Four", "Rocky II"), read as its digits
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve")
# Roman numerals, by number from one ("viii" is 8): a regnal number's, written as an ordinal too ("8th")
ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
          "xviii", "xix", "xx", "xxi", "xxii", "xxiii")
_ROMAN_NUMERALS = ROMANS[:12]
# (not "i", which is as often the word "I" or an initial: "World War I" is read against "one" alone, below)
_NUMBER_DIGITS = {w: str(i) for i, w in enumerate(NUMBER_WORDS)} | {
    r: str(i) for i, r in enumerate(_ROMAN_NUMERALS, 1) if len(r) > 1}


# "8th": "viii", a regnal number written as an ordinal
_ORDINAL_ROMAN = {f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}": r
                  for n, r in enumerate(ROMANS, 1)}


# the ranks a name may open with, which the reader weighs as ranks ("First International Meeting")
_RANK_WORDS = frozenset({"first", "second", "third", "fourth", "fifth"})


@lru_cache(maxsize=200_000)
def name_relation(a: tuple[str, ...], b: tuple[str, ...]) -> str:
    """"same", "part" (one name holds the other: Koch / Robert Koch), "clash" (shared words, different
    others: Pierre Curie / Marie Curie; Apollo 11 / Apollo 13) or "other"."""
    def one(w: str) -> str:  # a name's plural is its word and an s ("the Curies"); "Vorg" is "Vörg"
        w = _ascii(w) or w
        return w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w

    # ("Channel Four" is "Channel 4"; "BBC Two" is not "BBC", nor "Apollo 12" "Apollo 11")
    a0, b0 = a, b
    # (a regnal number written as an ordinal is the numeral: "Henry 8th" is "Henry VIII", "Louis 16th" is not "Louis
    # XIV"; after a word of the name only, not "82nd Airborne")
    a = tuple(_ORDINAL_ROMAN.get(w, w) if i else w for i, w in enumerate(a)) if len(a) > 1 else a
    b = tuple(_ORDINAL_ROMAN.get(w, w) if i else w for i, w in enumerate(b)) if len(b) > 1 else b
    a = tuple(_NUMBER_DIGITS.get(w, w) for w in a) if len(a) > 1 else a
    b = tuple(_NUMBER_DIGITS.get(w, w) for w in b) if len(b) > 1 else b
    # ("World War One" is "World War I": a final "I" of a longer name, when the other name says one)
    if len(a) > 2 and a[-1] == "i" and b[-1:] == ("1",):
        a = (*a[:-1], "1")
    if len(b) > 2 and b[-1] == "i" and a[-1:] == ("1",):
        b = (*b[:-1], "1")
    fa = {one(w): w for w in a}
    fb = {one(w): w for w in b}
    sa, sb = set(fa), set(fb)
    if not sa or not sb:
        return "other"
    if sa == sb:
        return "same"
    short, long_ = (a0, b0) if len(a0) < len(b0) else (b0, a0)
    if len(short) < len(long_) and long_[:len(short)] == short \
            and all(w in NUMBER_WORDS for w in long_[len(short):]):
        return "other"  # ("BBC Two" is not the BBC, "Apollo Eleven" not all of Apollo: neither backs the other)
    if sa <= sb or sb <= sa:
        return "part"
    # ("US Triple Crown" is the "American Triple Crown": a country's name for its adjective, one word for one)
    # (within a longer name only, the rest of it shared: not a nation's adjective against its country alone, which
    # the callers weigh as a nationality against a place)
    # (the rest two words or more: "US Airways" and "American Airways", the "US Cup" and the "American Cup" are
    # other bodies, one word besides the country's telling them apart)
    if len(sa - sb) == 1 and len(sb - sa) == 1 and len(sa & sb) >= 2:
        if same_nation(next(iter(sa - sb)), next(iter(sb - sa))):
            return "same"
    given = _given_name_said_short(a, b)
    if given is not None:
        return name_relation(given, b)
    # (regnal numbers are numbers, not initials: "Charles II" is not "Charles I")
    if all(_ROMAN.fullmatch(w) for w in sa ^ sb) and sa - sb and sb - sa:
        return "clash"
    # ("Frazier I" against "Joe Frazier": a surname with a numeral may be a bout, a sequel or a son, "Bush II",
    # "Creed II"; not the person, and no other person either)
    for x, y in ((a0, b0), (b0, a0)):
        if len(x) == 2 and x[1] in _BOUT_NUMERALS and len(y) >= 2 and y[-1] == x[0] and not given_name(x[0]) \
                and not any(w in _BOUT_NUMERALS for w in y):
            return "other"
    if len(a) == len(b) and a != b and all(x == y or _abbreviates(x, y) or _abbreviates(y, x) for x, y in zip(a, b)):
        return "same"  # "Met Dept" and "Meteorological Department", "Armagh Obs" and "Armagh Observatory"
    # ("Rural Electrification Admin" and "US Rural Electrification Administration": the same, one word abbreviated,
    # within a longer name that holds it)
    # (the longer one's other words initials no English word, a country's ("US"), or a rank: "Intl Meeting of
    # Origami Sci" is the "First International Meeting of Origami Science"; not "Velden Hist Society" for "North
    # Velden Historical Society")
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if 2 <= len(short) < len(long_) and any(
            all(x == y or _abbreviates(x, y) for x, y in zip(short, long_[k:k + len(short)]))
            and all(w in _RANK_WORDS or len(w) == 1 or len(w) <= 3 and (not known_word(w) or is_country((w,)))
                    for w in long_[:k] + long_[k + len(short):])
            for k in range(len(long_) - len(short) + 1)):
        return "part"
    if sa & sb:
        if _initials_of(a, b) or _initials_of(b, a):
            return "same"  # "J. S. Bach" and "Johann Sebastian Bach"
        if _said_shorter(a, b) or _said_shorter(b, a):
            return "part"  # "Bell Labs" and "Bell Telephone Laboratories"
        distinct_a, distinct_b = sa - sb, sb - sa
        if len(distinct_a) == 1 and len(distinct_b) == 1:
            x, y = fa[next(iter(distinct_a))], fb[next(iter(distinct_b))]
            # ("Ben Franklin" and "Benjamin Franklin": a first name said short, the rest the same)
            if len(a) == len(b) >= 2 and a[0] == x and b[0] == y and x.isalpha() and y.isalpha() \
                    and min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x)) \
                    and not _feminine_of(x, y) and not _feminine_of(y, x):  # (not "Louis" and "Louise")
                return "same"
            # (not two buildings: "Wembley Arena" and "Wembley Stadium" are two, whatever WordNet's synonyms)
            # (but a building's word that opens the other, and is the last word of a phrase WordNet gives for it, is
            # that building: "Macquarie Light" is "Macquarie Lighthouse", a lighthouse being a "beacon light"; not
            # "Kelmscott Manor" and "Kelmscott House", though WordNet has a "manor house")
            if not x.isdigit() and not y.isdigit() and (
                    (same_thing(x, y) or same_thing(y, x) or _tail_synonym(x, y) or _tail_synonym(y, x))
                    and not {kind(x), kind(y)} & {"noun.artifact"}
                    or y.startswith(x) and _tail_synonym(x, y) or x.startswith(y) and _tail_synonym(y, x)):
                return "same"  # "Games" and "Olympics" name one thing
        if all(w.isdigit() for w in distinct_a | distinct_b) or (distinct_a and distinct_b):
            return "clash"
        return "part"
    # ("Oscars" and "Academy Awards": one thing under two names, as WordNet files them in one sense)
    if _one_thing_two_names(a0, b0):
        return "same"
    # ("Feature Oscar" and "Academy Award", "Oscar" and "Special Achievement Academy Award": the one named with
    # words more)
    if any(_one_thing_two_names(x[k:], y) for x, y in ((a0, b0), (b0, a0)) for k in range(1, len(x))):
        return "part"
    return "other"


def _one_thing_two_names(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Are names ``a`` and ``b`` (one of them of several words) two words of one WordNet sense, the first of
    either, whole or less a plural's s?"""
    if len(a) == len(b) == 1:
        return False
    return bool(_thing_synonyms(a) & _name_forms(b) or _thing_synonyms(b) & _name_forms(a))


@lru_cache(maxsize=50_000)
def _name_forms(words: tuple[str, ...]) -> frozenset[str]:
    """A name as WordNet writes one: its words joined, and less a plural's s."""
    whole = "_".join(_ascii(w) or w for w in words)
    return frozenset({whole, whole[:-1]} if whole.endswith("s") and not whole.endswith("ss") else {whole})


@lru_cache(maxsize=50_000)
def _thing_synonyms(words: tuple[str, ...]) -> frozenset[str]:
    """The other words of the first WordNet sense of the name ``words``, when that sense is an award, a work,
    an event or an act (cached by name, not by pair: a corpus pairs the same names many times)."""
    # (not a place's or a person's: WordNet files old and new names of a place as one, "Russia" with the Soviet
    # Union, and a person with a nickname another may bear, "Cody" with Buffalo Bill; nor a body's, "European
    # Union" / "Europe")
    lex = _lex()
    if lex is None:
        return frozenset()
    forms = _name_forms(words)
    return frozenset(w for x in forms for s in lex.senses(x, "n", 1) if lex.lexname(s) in _ONE_THING_KINDS
                     for w in lex.words(s) if w not in forms)


_ONE_THING_KINDS = frozenset({"noun.communication", "noun.artifact", "noun.event", "noun.act"})


_INITIALISM_SKIPS = frozenset({"of", "the", "and", "for", "&"})


def initialism(short: str, text: str) -> tuple[str, ...] | None:
    """The words of ``text`` that ``short`` gives the initials of ("NP": "national park", "NPS": "National
    Park Service", "UK": "United Kingdom"), lower-cased; None if no run of words does. The run is all
    capitalised or all lower case; "of", "the", "and" inside it may go without a letter (not in a two-letter
    one)."""
    if not (2 <= len(short) <= 5 and short.isalpha() and short.isupper()):
        return None
    known = expansions(short)
    words = re.findall(r"[A-Za-z]+", text)
    want = short.lower()
    for i, first in enumerate(words):
        if first.lower() in _INITIALISM_SKIPS or first[0].lower() != want[0]:
            continue
        got, run = "", []
        for w in words[i:]:
            if w.lower() in _INITIALISM_SKIPS and got and len(want) > 2 and w.islower():
                run.append(w)
                continue
            got += w[0].lower()
            run.append(w)
            if not want.startswith(got) or got == want:
                break
        content = [w for w in run if w.lower() not in _INITIALISM_SKIPS]
        # (two lower-case words only as a term English has whole, "national park", "air conditioner": any
        # two words open with N and P, "nature preserve"; three or more are rarely met by chance:
        # "elliptic-curve cryptography", "daylight saving time")
        if got == want and all(len(w) >= 3 for w in content) and (
                all(w[0].isupper() for w in content)
                or all(w.islower() for w in content) and (len(content) >= 3
                                                          or known_word("_".join(w.lower() for w in content)))):
            if known and content[0][0].isupper() and "_".join(w.lower() for w in run) not in known:
                continue  # (a name's: "US" is the United States, not the "Union Standard")
            return tuple(w.lower() for w in run)
    return None


@lru_cache(maxsize=20_000)
def expansions(short: str) -> frozenset[str]:
    """The full name WordNet gives a place's initials ("US": united_states, "UK": united_kingdom, "NY":
    new_york), joined by "_"; empty when it has none."""
    lex = _lex()
    if lex is None:
        return frozenset()
    out = set()
    for sense in lex.senses(short.lower().replace(".", ""), "n", 6):
        # (a country's or a state's letters only: an organisation's or a thing's may stand for many
        # names WordNet lacks, "SAM" for the Society of American Magicians as well as the missile)
        if lex.lexname(sense) != "noun.location":
            continue
        for w in lex.words(sense):
            if "_" in w and acronym_of(short, tuple(w.split("_"))):
                out.add(w)
    return frozenset(out)


def _expands_to(short: str, long: tuple[str, ...]) -> bool:
    """May initials ``short`` stand for the name ``long``: WordNet gives them no full name, or this one?"""
    known = expansions(short)
    return not known or "_".join(long) in known or "_".join(long[1:]) in known


def _given_name_said_short(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...] | None:
    """Name ``a`` with a given name written as a nickname of one of ``b``'s put back in full ("Teddy
    Roosevelt" and "President Theodore Roosevelt"; "Bill Clinton"), where the surnames agree; else None.
    The nicknames are the ``nicknames`` package's hand-kept list of English given names."""
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return None
    for k, x in enumerate(a[:-1]):
        if x in b:
            continue
        full = next((y for y in b[:-1] if y not in a and x.isalpha() and y.isalpha()
                     and _short_for(x, y)), None)
        if full is not None:
            return a[:k] + (full,) + a[k + 1:]
    return None


# Short forms that share nothing with the name they stand for, which the ``nicknames`` list gives among
# much else: its table also links two names each given in full ("John" / "Jonathan", "Ivan" / "John",
# "Robert" / "Rupert", "Louis" / "Louise"), which are two people's names, not one's said short.
_IRREGULAR_SHORT = {
    "bill": ("william",), "billy": ("william",), "bob": ("robert",), "bobby": ("robert",), "dick": ("richard",),
    "jack": ("john",), "johnny": ("john",), "ted": ("edward", "theodore"), "teddy": ("edward", "theodore"),
    "ned": ("edward", "edmund"), "jim": ("james",), "jimmy": ("james",), "hank": ("henry",),
    "chuck": ("charles",), "peggy": ("margaret",), "polly": ("mary",), "molly": ("mary",), "sally": ("sarah",),
    "betty": ("elizabeth",), "bess": ("elizabeth",), "betsy": ("elizabeth",), "nancy": ("ann", "anne"),
    "patsy": ("martha", "patricia"), "tony": ("anthony",), "mike": ("michael",), "tom": ("thomas",), "tommy": ("thomas",),
}


def _short_for(x: str, y: str) -> bool:
    """Is one of given names ``x`` and ``y`` the other said short ("Teddy" Theodore, "Bill" William, "Theo"
    Theodore, "Ken" Kenneth)? A short form is shorter, and either one of the few that share nothing
    with the full name or the list's nickname that opens as the full name does; two names each a given
    name of its own that the list links (John / Jonathan, Rupert / Robert, Louis / Louise) are two."""
    if y in _IRREGULAR_SHORT.get(x, ()) or x in _IRREGULAR_SHORT.get(y, ()):
        return True
    short, full = (x, y) if len(x) < len(y) else (y, x)
    if len(short) == len(full):
        return False
    if not (short in _nicknames(full) or full in _nicknames(short)) or full[:3] != short[:3]:
        return False
    # (a name of its own: the list gives it short forms of its own, not merely its own diminutive or
    # the full name's: "John" has "Jack" and "Ian", which "Jonathan" has not)
    own = {n for n in _nicknames(short) - _nicknames(full)
           if n != full and not n.startswith(short) and not short.startswith(n)}
    return not own and not _feminine_of(short, full)


def _feminine_of(short: str, full: str) -> bool:
    """Is ``full`` a woman's name made of a man's ("Louise" of Louis, "Roberta", "Pauline", "Henriette")?"""
    return any(full == short + e for e in ("a", "e", "ine", "ette", "ina", "ia"))


@lru_cache(maxsize=1)
def _nick_namer():  # type: ignore[no-untyped-def]
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=20_000)
def _nicknames(name: str) -> frozenset[str]:
    return frozenset(_nick_namer().nicknames_of(name))


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    namer = _nick_namer()
    return frozenset(namer.nickname_lookup) | frozenset(namer.canonical_lookup)


def given_name(word: str) -> bool:
    """Is ``word`` an English given name the ``nicknames`` list knows ("Harry", "Theodore", "Bill")?"""
    return word.lower() in _given_names()


_ROMAN = re.compile(r"[ivxl]{1,6}")


def _said_shorter(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Is name ``a`` name ``b`` with words left out and others shortened or said in a word like them,
    in order, from the same first word ("Bell Labs": Bell Telephone Laboratories)?"""
    if not (1 < len(a) < len(b)) or a[0] != b[0]:
        return False
    rest = iter(b[1:])
    return all(any(x == y or _abbreviates(x, y) or x.isalpha() and y.isalpha() and same_thing(_singular(x), _singular(y))
                   for y in rest) for x in a[1:])


# the abbreviations a firm's or a body's name is written with, too short or too common a word for
# the letter rule below ("Philadelphia Toboggan Co." is the Philadelphia Toboggan Company)
ABBREVIATIONS = {"co": "company", "cos": "companies", "corp": "corporation", "inc": "incorporated",
                 "ltd": "limited", "bros": "brothers", "intl": "international", "assn": "association",
                 "mfg": "manufacturing", "natl": "national", "univ": "university", "inst": "institute",
                 # (and the short words of speech notes use: "moved the biz to Moline")
                 "biz": "business", "uni": "university", "info": "information"}
# words notes write short that are words of their own too, and so no abbreviation by their letters:
# "max ppO2 1.6 bar" is the maximum (any word of the fact's, a noun or an adjective)
SHORT_WORDS = {"max": "maximum", "min": "minimum"}


def _abbreviates(short: str, long: str, dotted: bool = False) -> bool:
    """Is ``short`` a written abbreviation of ``long``: its start ("Obs" Observatory, "Univ") or, from
    the same first to the same last letter, some of its letters in order ("Dept" Department, "Govt")?
    Only a short word (five letters at most, two fewer than the long one) that is no word of its own
    abbreviates: "York" is not short for "Yorkshire", nor "Ann" for "Anne"; unless ``dotted``, written
    with its full stop, four letters at least, and the long word's start: "prod." is production (not
    "cat." category, "cat. VI" being another one than the fact's)."""
    short, long = _ascii(short) or short, _ascii(long) or long
    if ABBREVIATIONS.get(short.rstrip(".")) == long:
        return True
    if not (3 <= len(short) <= 5 and len(short) + 2 <= len(long) and short.isalpha() and long.isalpha()):
        return False
    if dotted and len(short) >= 4 and long.startswith(short):
        return True
    if known_word(short):
        return False
    if long.startswith(short):
        return True
    if short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long[1:])
    return all(c in rest for c in short[1:])


def _initials_of(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Are ``a``'s single letters the initials, in order, of the words ``b`` has besides ``a``'s
    others ("J. S. Bach": j, s of Johann Sebastian, Bach in both)?"""
    # (the rest compared without accents: "J. E. Lundstrom" and "Johan Edvard Lundström")
    short = [_ascii(w) or w for w in a if len(w) == 1 and w.isalpha()]
    rest = [_ascii(w) or w for w in a if not (len(w) == 1 and w.isalpha())]
    full = [_ascii(w) or w for w in b if (_ascii(w) or w) not in rest]
    # (an initial both write is one: "E. O. Wilson" and "Edward O. Wilson")
    return bool(short) and bool(rest) and set(rest) <= {_ascii(w) or w for w in b} and len(full) == len(short) and all(
        f.startswith(s) for s, f in zip(short, full)) and any(len(f) > 1 for f in full)


@lru_cache(maxsize=200_000)
def same_name(a_text: str, a: tuple[str, ...], b_text: str, b: tuple[str, ...]) -> str:
    """``name_relation``, and initials written in capitals: "FDA" is the (US) Food and Drug Administration."""
    rel = name_relation(a, b)
    if rel in ("same", "part"):
        return rel
    for short_text, short, long in ((a_text, a, b), (b_text, b, a)):
        if len(short) == 1 and short_text.replace(".", "").isupper() and len(long) >= 2 and (
                acronym_of(short[0], long) or acronym_of(short[0], long[1:])) and _expands_to(short[0], long):
            return "same"
        # ("TdF" for "Tour de France": a small letter for the small word the name's words leave out)
        long_text = b_text if short is a else a_text
        if len(short) == 1 and " " not in short_text and len(long) >= 2 and short_text[:1].isupper() \
                and any(ch.islower() for ch in short_text[1:]) and any(ch.isupper() for ch in short_text[1:]) \
                and acronym_of(short_text, tuple(w.lower() for w in long_text.split())):
            return "same"
    if rel == "other" and _named_alike(a, b):
        return "same"
    # ("Strad" for "Stradivarius", "Tele" for "Telecaster": a one-word name clipped, no word or given name itself,
    # nor the start of a person WordNet knows, "Brunel" of "Brunelleschi"; or one WordNet gives as the same,
    # whatever its spelling: "Stradavarius")
    for short, long in ((a, b), (b, a)):
        if rel == "other" and len(short) == len(long) == 1 and 4 <= len(short[0]) <= len(long[0]) - 4 \
                and long[0].startswith(short[0]) and short[0].isalpha() and (
                    not known_word(short[0]) and not given_name(short[0]) and "noun.person" not in kinds(long[0]) or any(
                        w != short[0] and w[:5] == long[0][:5] for w in _lex().synonyms(short[0], "n", 2))):
            return "same"
    # ("Hershey, PA": a US state by its postal code)
    for code, name in ((a_text, b), (b_text, a)):
        if US_STATES.get(code.replace(".", "")) == " ".join(name):
            return "same"
    # ("US Forest Service" for "United States Forest Service": initials for some words of a longer name)
    for short_text, short, long in ((a_text, a, b), (b_text, b, a)):
        spelled = _initials_spelled(short_text, short, long)
        if rel in ("other", "clash") and spelled is not None:
            again = name_relation(spelled, long)
            if again in ("same", "part"):
                return again
    # "the Americans led a boycott" against "the United States led a boycott": a people for its country
    for x_text, x, y in ((a_text, a, b), (b_text, b, a)):
        if rel == "other" and len(x) == 1 and x_text[:1].isupper() and len(x[0]) > 4 and x[0].endswith("s") \
                and adjective_of_place(x[0][:-1], y):
            return "same"
    return rel


_BOUT_NUMERALS = frozenset({"i", "ii", "iii", "iv", "v"})  # (name words are lower case)

US_STATES = {
    "AL": "alabama", "AK": "alaska", "AZ": "arizona", "AR": "arkansas", "CA": "california", "CO": "colorado",
    "CT": "connecticut", "DE": "delaware", "FL": "florida", "GA": "georgia", "HI": "hawaii", "ID": "idaho",
    "IL": "illinois", "IN": "indiana", "IA": "iowa", "KS": "kansas", "KY": "kentucky", "LA": "louisiana",
    "ME": "maine", "MD": "maryland", "MA": "massachusetts", "MI": "michigan", "MN": "minnesota",
    "MS": "mississippi", "MO": "missouri", "MT": "montana", "NE": "nebraska", "NV": "nevada",
    "NH": "new hampshire", "NJ": "new jersey", "NM": "new mexico", "NY": "new york", "NC": "north carolina",
    "ND": "north dakota", "OH": "ohio", "OK": "oklahoma", "OR": "oregon", "PA": "pennsylvania",
    "RI": "rhode island", "SC": "south carolina", "SD": "south dakota", "TN": "tennessee", "TX": "texas",
    "UT": "utah", "VT": "vermont", "VA": "virginia", "WA": "washington", "WV": "west virginia",
    "WI": "wisconsin", "WY": "wyoming", "DC": "district columbia"}
"""The United States Postal Service's codes for the states (a fixed standard, not a word list of any
corpus): notes write "Hershey, PA", facts "Pennsylvania"."""


def _initials_spelled(text: str, words: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...] | None:
    """``words`` with one word written in capitals ("US") replaced by the run of ``other``'s words
    it is the initials of ("united", "states"), when ``words`` has more than that word; else None."""
    caps = {w.lower().replace(".", "") for w in text.split() if 2 <= len(w.replace(".", "")) <= 4
            and w.replace(".", "").isupper() and w.replace(".", "").isalpha()}
    if len(words) < 2 or not caps:
        return None
    for k, w in enumerate(words):
        if w.replace(".", "") not in caps:
            continue
        n = len(w.replace(".", ""))
        for j in range(len(other) - n + 1):
            run = other[j:j + n]
            # (not a run opening with a word the capitals themselves begin, itself a short form: "US" is no
            # initials of "USS Shenandoah")
            if "".join(x[:1] for x in run) == w.replace(".", "") and not run[0].startswith(w.replace(".", "")):
                return words[:k] + run + words[k + 1:]
    return None


def _named_alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names WordNet gives for one thing: "the USSR" and "the Soviet Union", "America" and
    "the United States" (in the first two senses of each)."""
    lex = _lex()
    if lex is None:
        return False
    sa = set(lex.senses("_".join(a), "n", 2))
    return bool(sa) and bool(sa & set(lex.senses("_".join(b), "n", 2)))


def acronym_of(short: str, words: tuple[str, ...]) -> bool:
    """Is ``short`` (HPV, FDA) the initials of ``words`` (human papillomavirus, Food and Drug Administration)?

    Every word gives its initial, in order; extra letters may come from inside the last words
    ("papilloma-virus").
    """
    s = short.lower().replace(".", "")
    ws = [w for w in words if w and w not in ("of", "and", "for", "the", "de")]
    # ("TdF", "DoD": a small letter in mixed case is the small word's initial)
    if short[:1].isupper() and any(ch.islower() for ch in short) and short != short.capitalize() \
            and _initials_in_order(s, [w for w in words if w]):
        return True
    if not 2 <= len(s) <= 6 or not ws or len(ws) > len(s) or s[0] != ws[0][0]:
        return False
    k = 0
    for j, w in enumerate(ws):
        if k >= len(s) or s[k] != w[0]:
            return False
        k += 1
        # letters beyond this word's initial that the next word's initial does not explain
        rest = w[1:]
        while k < len(s) and (j + 1 >= len(ws) or s[k] != ws[j + 1][0]) and s[k] in rest:
            rest = rest[rest.index(s[k]) + 1:]
            k += 1
    return k == len(s)


def _initials_in_order(s: str, words: list[str]) -> bool:
    """Is ``s`` exactly the initials of ``words``?"""
    return len(s) == len(words) and all(w[0] == ch for w, ch in zip(words, s))


# --- common words ----------------------------------------------------------------------------


_INFORMAL = re.compile(r"(?:an )?(?:informal|uncomplimentary|slang) terms? for ")


@lru_cache(maxsize=200_000)
def synonyms(a: str, b: str) -> bool:
    """Are nouns ``a`` and ``b`` one thing in a common sense of either ("washer", "washing_machine"),
    not one a kind of the other ("timer", "parking_meter")?"""
    lex = _lex()
    return lex is not None and (b in lex.synonyms(a, "n", 2) or a in lex.synonyms(b, "n", 2))


def same_thing(a: str, b: str) -> bool:
    """Does noun ``b`` (of a fact) back noun ``a`` (of a claim): equal, synonyms, ``b`` one step
    below ``a`` in WordNet, or a derivation."""
    if a == b or _singular(a) == _singular(b):
        return True
    lex = _lex()
    if lex is None:
        return False
    if synonyms(a, b):
        return True
    # ("her dad" for "her father": a word WordNet files as another's informal term is that word said
    # in another register, no kind of it)
    if any(_INFORMAL.match(lex.gloss(s)) and any(b in lex.words(h) and h in lex.senses(b, "n", 1)
                                                 for h in lex.related(s, "hypernym"))
           for s in lex.senses(a, "n", 1)):
        return True
    sa, sb = set(lex.senses(a, "n", 2)), set(lex.senses(b, "n", 2))
    # "player" (a) is backed by "golfer" (b), not the other way round: a claim may say less than
    # its fact, not more ("a British golfer" is not "a British tennis player")
    if any(h in sa for s in sb for h in lex.related(s, "hypernym")):
        return True
    # (a person's calling a few steps above the fact's: "a German eye doctor" for "the German ophthalmologist")
    # (and above at least half the callings the fact's word may name: "captain" of a ship is no army officer,
    # though WordNet's first captain is the army's)
    first = set(lex.senses(a, "n", 1))
    if kind(a) == kind(b) == "noun.person" and first & lex.hypernyms(b, "n", 3, 1):
        callings = [s for s in lex.senses(b, "n", 99) if lex.lexname(s) == "noun.person"]
        if 2 * sum(1 for s in callings if first & lex.above(s, 3)) >= len(callings):
            return True
    return b in lex.derived(a, "n", "v") or a in lex.derived(b, "n", "v")


@lru_cache(maxsize=50_000)
def agent_of(act: str, noun: str) -> bool:
    """Is ``noun`` (a person) one who does ``act``, in its first sense under any of its words: "viewer" (a
    watcher) of "watch", "visitor" of "visit"?"""
    lex = _lex()
    noun = _singular(noun)
    if lex is None or kind(noun) != "noun.person":
        return False
    return any(noun_of_act(act, w) for s in lex.senses(noun, "n", 1) for w in lex.words(s))


def makes(act: str, senses: int = 6) -> bool:
    """Is ``act`` a verb of making in one of its common senses ("design", "paint", "build", "write"), as
    WordNet files it (verb.creation)? ``senses``: how many of its first senses count (two say what the verb
    is first for: "invent", "knit", not "start", "play" or "give")."""
    lex = _lex()
    return lex is not None and "verb.creation" in lex.kinds(act.split("_")[0], "v", senses)


def noun_of_act(act: str, noun: str) -> bool:
    """Does ``noun`` name the act ``act`` ("discovery" of "discover", "launch" of "launch")?"""
    base = act.split("_")[0]
    if noun == base:
        return True
    lex = _lex()
    if lex is None:
        return False
    if noun in lex.derived(base, "v", "n") or base in lex.derived(noun, "n", "v"):
        return True
    # "premiere" of "premier" (spaCy's lemma of "premiered"): the noun spelled as a word of the verb's sense
    if noun in {w for s in lex.senses(base, "v", 2) for w in lex.words(s)} and lex.senses(noun, "n", 1):
        return True
    # WordNet ties "flight" to "fly" through its synonym "flying": an act or event sense of the
    # noun derived from a sense of the verb, whichever word of the sense carries the link
    return any(base in lex.words(dst)
               for s in lex.senses(noun, "n", 3) if lex.lexname(s) in ("noun.act", "noun.event")
               for _, rel, dst, _ in lex.pointers(s) if rel == "derived")


@lru_cache(maxsize=200_000)
def act_relation(a: str, b: str) -> str:
    """How act ``a`` (of a claim) relates to act ``b`` (of a fact).

    "same" (equal or synonyms), "converse" (the same transfer from the other side: awarded /
    received), "result" (``b`` brings ``a`` about: died / was killed), "broader" (one is a kind of
    the other), or "" (another act).
    """
    if not a or not b:
        return ""
    if a == b:
        return "same"
    # "went live" is a launch, or a going into service; never the leaving WordNet's "go" may be
    if GOING_LIVE in (a, b):
        other = b if a == GOING_LIVE else a
        return "same" if other in BRINGING_OUT or other == "go" else ""
    # ("gave up its warrant" against "received its warrant": no transfer seen from its two ends)
    if _come_by_and_given_up(a, b):
        return ""
    # "co-founded" is a founding, "re-entered" an entering: the verb after the prefix is the act
    ua, ub = _unprefixed(a), _unprefixed(b)
    if (ua, ub) != (a, b):
        return act_relation(ua, ub)
    # "reopened in 1946" is not the opening of 1778: the act done again is another event
    if a == "re" + b or b == "re" + a:
        return ""
    ga, gb = transfer_group(a) or _transfer_through_particle(a), transfer_group(b) or _transfer_through_particle(b)
    if ga and gb:
        if ga == gb:
            return "same"
        if (ga, gb) in CONVERSE_GROUPS or (gb, ga) in CONVERSE_GROUPS:
            return "converse"
    if a in HAPPENING and b in HAPPENING:
        return "same"
    if a in BRINGING_OUT and b in BRINGING_OUT or a in DRAWING_UP and b in DRAWING_UP \
            or a in SETTING_UP and b in SETTING_UP:
        return "same"
    lex = _lex()
    if lex is None:
        return ""
    wa, wb = a.replace(" ", "_"), b.replace(" ", "_")
    if lex.opposite(wa.split("_")[0], wb.split("_")[0], "v"):
        return ""  # "lost" is defined as "fail to win": never the same act
    if _share_sense(lex, wa, wb):
        return "same"
    if wa in lex.consequences(wb):
        return "result"
    if _defined_by(lex, wa, wb) or _defined_by(lex, wb, wa):
        return "same"  # "come out": "be issued or published"; "take off": "leave"
    sa, sb = set(lex.senses(wa, "v", 2)), set(lex.senses(wb, "v", 2))
    if any(h in sb for s in sa for h in lex.related(s, "hypernym")) or \
            any(h in sa for s in sb for h in lex.related(s, "hypernym")):
        return "broader"
    # "bought up the factory" against "bought the factory": a particle of direction or completion the
    # fact leaves out is the same act said more fully (at most a broader one), where WordNet has no
    # sense of the phrasal verb (one it has may mean another thing: "called off", "turned down",
    # "passed out"); not after a light verb ("make up"), nor with "back" (a return is another event)
    pa, pb = wa.partition("_"), wb.partition("_")
    phrasal, base = (wa, pa[0]) if pa[2] and not pb[2] else (wb, pb[0]) if pb[2] and not pa[2] else ("", "")
    particle = phrasal.partition("_")[2]
    if particle in _DIRECTION_PARTICLES and particle != "back" and base not in LIGHT_ACTS \
            and not lex.senses(phrasal, "v", 2) and act_relation(pa[0], pb[0]) in ("same", "broader"):
        return "broader"
    return ""


# An event's taking place: "the festival takes place in May" is what "the festival is held in May" says (WordNet
# has "hold" a meeting as organising it, no sense of "take_place"; not "happened", said of a first time more
# than of a fixture: "the first surfing happened in 1885" is no championship held then)
HAPPENING = frozenset({"take_place", "hold"})
# "went live", "went online": a site's or a system's start
GOING_LIVE = "go_live"
# Putting a new product before the public: WordNet files "launch" under setting up, "introduce" under
# bringing in, "release" under letting go, so no sense of one meets another's; said of a brand, a
# model, a game or a record they tell one event ("Bicycle brand launched" / "introduced in 1885").
BRINGING_OUT = frozenset({"launch", "introduce", "release", "unveil", "debut", "bring_out", "roll_out"})
# A body's setting up: WordNet has "form" a company (organise) and "found" one (establish) in no shared
# sense; said of a firm, a club or a society they tell one event ("Swedish Match was formed in 1917" /
# "founded in 1917"); a firm "started" by someone is one they founded
SETTING_UP = frozenset({"found", "form", "establish", "set_up", "start", "start_out"})
# A made thing's coming into use, told of the thing ("the guttie arrived in 1858" / "was introduced in 1848")
ARRIVING = frozenset({"arrive", "appear", "come_along", "come_in"})
# A design's making, on paper: "the Courier typeface, drawn by Howard Kettler" / "designed by"
DRAWING_UP = frozenset({"design", "draw", "sketch", "draft"})
# A first performance or showing, said in one word ("premiered"), and the acts it is the first of
# ("first performed", "first shown")
FIRST_SHOWING = frozenset({"premiere", "debut"})
SHOWING = frozenset({"perform", "show", "stage", "play", "screen", "present", "exhibit", "broadcast", "air", "sing",
                     "conduct", "produce"})
# An event's beginning, and its first holding: "the Championships started in 1905" / "were first held in 1905"
BEGINNING = frozenset({"start", "begin", "commence"})
HOLDING = frozenset({"hold", "stage", "play", "run", "organize", "organise", "contest"})
# Acts that bring a thing or a practice into the world: what they make is the first of its kind
INCEPTION_ACTS = frozenset({"invent", "introduce", "found", "establish", "create", "start", "begin", "originate",
                            "pioneer", "coin", "launch", "inaugurate", "devise"}) | FIRST_SHOWING


# The two ends of one thing's life: a birth, an opening, a founding, and a death, a closing, a winding
# up. Each is its own event, years apart: "the Clydebank factory shut in 1980" is not refuted by "opened
# in 1884", nor "Bell died in Edinburgh in 1922" by "was born in Edinburgh in 1847". (WordNet has
# "close" as the opposite of "open", and so of one event: that holds of a win and a loss, not of these.)
_LIFE_BEGINS = frozenset({"bear", "found", "establish", "open", "start", "begin", "commence", "launch", "create",
                          "inaugurate", "incorporate", "build", "construct", "erect", "arrive", "enter", "join",
                          "marry", "hire", "appoint", "debut", "premiere"})
_LIFE_ENDS = frozenset({"die", "close", "shut", "end", "finish", "stop", "cease", "dissolve", "disband", "demolish",
                        "abolish", "discontinue", "retire", "depart", "leave", "quit", "resign", "divorce", "fire",
                        "dismiss", "fold", "expire", "raze", "scrap", "decommission", "shutter"})


# phrasal verbs of those words that end or begin nothing: "ended up in Berlin", "set off"
_NOT_ENDS = frozenset({("end", "up"), ("finish", "up"), ("open", "up"), ("start", "off"), ("start", "up"),
                       ("build", "up"), ("close", "up"), ("fire", "up"), ("join", "up"), ("leave", "off")})


@lru_cache(maxsize=4096)
def ends_a_life(act: str) -> bool:
    """Does ``act`` tell a death: "die", or a killing as WordNet files its first sense ("behead", "execute",
    "assassinate", "guillotine": kinds of "kill")? Not a verb whose killing sense is a later one ("shoot", "hang")."""
    verb = act.split("_")[0]
    if verb in ("die", "perish", "kill"):
        return True
    lex = _lex()
    if lex is None:
        return False
    # (its first sense, or one of the four levels above it, is the first sense of "kill")
    return bool(set(lex.senses("kill", "v", 1)) & (set(lex.senses(verb, "v", 1)) | lex.hypernyms(verb, "v", 4, 1)))


def life_stage(act: str) -> str:
    """"begin" or "end" for an act that opens or closes a thing's life ("was born", "shut down"), else ""."""
    verb, _, particle = act.partition("_")
    if particle not in ("", "down", "off", "up") or (verb, particle) in _NOT_ENDS:
        return ""  # ("ended up in Berlin" is where it went, "set off" a departure of another kind)
    return "begin" if verb in _LIFE_BEGINS else "end" if verb in _LIFE_ENDS else ""


def other_stage(a: str, b: str) -> bool:
    """Are acts ``a`` and ``b`` the two ends of one life ("closed" / "opened", "died" / "was born")?"""
    sa, sb = life_stage(a), life_stage(b)
    return bool(sa and sb) and sa != sb


def _transfer_through_particle(act: str) -> str:
    """The transfer a verb names through a particle of direction ("sold off" a selling; not "paid back")."""
    verb, _, particle = act.partition("_")
    return transfer_group(verb) if particle in _DIRECTION_PARTICLES and particle != "back" else ""


_DIRECTION_PARTICLES = frozenset({"out", "up", "off", "away", "back", "over", "down", "along", "on"})


@lru_cache(maxsize=20_000)
def undoes(act: str, noun: str, other: str) -> bool:
    """Does the act ``act`` done to ``noun`` undo the act ``other`` ("lifted its ban" against "banned", "repealed
    the tax" against "taxed")? The verb has WordNet's sense "cancel officially" (revoke, annul, lift, repeal,
    rescind, overturn, reverse) or "do away with" (abolish), and the noun names the other act."""
    lex = _lex()
    verb = act.split("_")[0]
    if lex is None or not verb or not noun or verb == other.split("_")[0]:
        return False
    undoing = set(lex.senses("revoke", "v", 2)) & set(lex.senses("annul", "v", 2)) | set(lex.senses("abolish", "v", 1))
    return bool(set(lex.senses(verb, "v", 8)) & undoing) and noun_of_act(other, noun)


# Acts that put one up for what another act achieves: a nomination is not the win, a bid not the hosting (a
# small closed class; WordNet relates none of them to what they aim at; not "propose" or "plan", which often
# say the act itself: "the scale was proposed by Newhall")
CANDIDACY_ACTS = frozenset({"nominate", "shortlist", "bid", "vie", "audition"})


def short_of(a: str, b: str) -> bool:
    """Is one of acts ``a`` and ``b`` only a candidacy for what the other may be ("won" / "nominated")?"""
    return (a.split("_")[0] in CANDIDACY_ACTS) != (b.split("_")[0] in CANDIDACY_ACTS)


@lru_cache(maxsize=200_000)
def contrary_acts(a: str, b: str) -> bool:
    """Does act ``a`` say the opposite of act ``b``, directly ("won" / "lost") or as a kind of the
    opposite ("beat", a kind of winning, against "lost")?"""
    if opposite_acts(a, b) or _come_by_and_given_up(a, b):
        return True
    lex = _lex()
    if lex is None:
        return False
    # (either way round: "lost" against "beat" as "beat" against "lost")
    return any(act_relation(x, c) == "same" or kind_of_defined(x, c)
               for x, y in ((a, b), (b, a)) for c in lex.antonyms(y.split("_")[0], "v"))


def opposite_kind(a: str, b: str) -> bool:
    """Does act ``a`` say the opposite of act ``b``, directly or as a kind of the opposite, either way round
    ("lost" / "beat", "beat" defined as a kind of winning)? Stricter than ``contrary_acts``: an act said in
    other words does not count ("went" against "introduced"), only a kind WordNet defines."""
    if opposite_acts(a, b):
        return True
    lex = _lex()
    # ("reopened" against "closed": the act done again follows the opposite one, it does not undo it)
    if any(x.startswith("re") and (x[2:] == y or opposite_acts(x[2:].lstrip("-"), y)) for x, y in ((a, b), (b, a))):
        return False
    # (an opposite of one word, and no light verb that defines half the dictionary: "be born" against
    # "died" is no ground to call "paid" a kind of it, nor "go" against "came" to call "crossing" one)
    # (and the kind's own sense of what it is a kind of: "score" is a kind of "gain" in the sense "obtain",
    # not the "gain" that means "win"; "receive" is a kind of "get", a light verb, not of "enter")
    return lex is not None and any(kind_of_defined(x, c) and _kind_in_sense(lex, x, c) for x, y in ((a, b), (b, a))
                                   for c in lex.antonyms(y.split("_")[0], "v") if "_" not in c and c not in _LIGHT_VERBS)


def _kind_in_sense(lex: Lexicon, a: str, b: str) -> bool:
    """Is act ``a``, in its first sense, directly under a sense (not a light verb) whose own definition
    uses the verb ``b``? ("beat" under "get the better of": "win a victory over")"""
    target = stem(b.split("_")[0])
    for s in lex.senses(a.replace(" ", "_"), "v", 1):
        for h in lex.related(s, "hypernym"):
            head = lex.words(h)[:1]
            if not head or head[0] in _LIGHT_VERBS:
                continue
            words = re.findall(r"[a-z]+", lex.gloss(h).split('"')[0].split(";")[0].lower())
            if len(words) <= 8 and any(stem(w) == target and not _DENYING & set(words[:k]) for k, w in enumerate(words)):
                return True
    return False


_LIGHT_VERBS = frozenset({"be", "go", "come", "leave", "arrive", "have", "get", "give", "take", "make", "do", "put"})


@lru_cache(maxsize=200_000)
def kind_of_defined(a: str, b: str) -> bool:
    """Is act ``a`` (of a claim), in its first sense, a kind of a verb that WordNet defines by ``b``?
    "beat" is a kind of "defeat", defined as "win a victory over": a kind of winning."""
    lex = _lex()
    if lex is None or not a or not b:
        return False
    return any(_defined_by(lex, w, b.replace(" ", "_")) for s in lex.senses(a.replace(" ", "_"), "v", 1)
               for h in lex.related(s, "hypernym") for w in lex.words(h)[:1])


@lru_cache(maxsize=20_000)
def conveyance(noun: str) -> bool:
    """Is the noun a ship, a rocket, a train or a car (WordNet's conveyances and craft): what arrives somewhere
    after its launch, not as its launch?"""
    lex = _lex()
    wanted = {s for w in ("conveyance", "craft", "vessel", "vehicle") for s in lex.senses(w, "n", 2)}
    return bool(lex.hypernyms(noun, "n", 6, 2) & wanted)


@lru_cache(maxsize=50_000)
def kind_in_some_sense(a: str, b: str) -> bool:
    """Is act ``a``, in any sense WordNet has, a kind of ``b`` in one of its first three ("cut" a record is to
    record one, the thirtieth sense of "cut")? Only for a caller that has what the act was done to at hand."""
    lex = _lex()
    if lex is None or not a or not b:
        return False
    theirs = set(lex.senses(b.replace(" ", "_"), "v", 3))
    return any(h in theirs for s in lex.senses(a.replace(" ", "_"), "v", 60) for h in lex.related(s, "hypernym"))


def _unprefixed(act: str) -> str:
    head, sep, base = act.partition("-")
    return base if sep and head in VERB_PREFIXES and base else act


def _share_sense(lex: Lexicon, a: str, b: str) -> bool:
    """Synonyms in a sense common for both verbs: among the first three of one and the first six
    of the other ("released" / "issued"). A rare sense does not count: "hit" means "score" only
    in its eighth sense, and "the Olympics were hit by a boycott" is not "scored"."""
    sa, sb = lex.senses(a, "v", 6), lex.senses(b, "v", 6)
    return any(s in sb and (i < 3 or sb.index(s) < 3) for i, s in enumerate(sa))


# words that, before a verb in a definition, deny it ("refrain from voting", "fail to win")
_DENYING = frozenset({"refrain", "fail", "not", "stop", "cease", "avoid", "prevent", "without", "never", "no"})


def _particle_after(words: list[str], k: int, particle: str) -> bool:
    """Does the phrasal verb's particle follow the verb at ``k`` in a definition (one word within two,
    "go away"; or its words in order, "come up with")?"""
    parts = particle.split("_")
    if len(parts) == 1:
        return particle in words[k + 1:k + 3]
    return words[k + 1:k + 1 + len(parts)] == parts


def defined_by(a: str, b: str) -> bool:
    """Does WordNet define act ``a`` (one of its two first senses) with the verb ``b``? ("defeat": "win a
    victory over")."""
    lex = _lex()
    return lex is not None and bool(a) and bool(b) and _defined_by(lex, a.replace(" ", "_"), b.replace(" ", "_"))


def _defined_by(lex: Lexicon, a: str, b: str) -> bool:
    """Does a short definition of one of ``a``'s two first senses use the verb ``b``?"""
    light = b.split("_")[0] in LIGHT_ACTS
    target = stem(b.split("_")[0])
    # (a phrasal verb by its verb and its particle: "go away from a place" defines "leave" with "go", not
    # with "go on", which is to continue or to happen)
    particle = b.partition("_")[2]
    for s in lex.senses(a, "v", 2):
        # (a bracketed list of what a phrasal verb is done to is no part of the act: "come up with (an idea,
        # plan, ...)"; other brackets stay: "give the calls (to the dancers)" is long, no definition of "call")
        definition = lex.gloss(s).split('"')[0].split(";")[0]
        if particle:
            definition = re.sub(r"\([^)]*\)", "", definition)
        words = re.findall(r"[a-z]+", definition.lower())
        # ("list": "give or make a list of" uses "give" as a light verb before a noun, not the act)
        # ("abstain": "refrain from voting" is not voting: a definition that denies the verb)
        # (nor the plain verb by a phrasal one: "develop" is "work out", not "work", to be employed)
        if len(words) <= 8 and any(stem(w) == target and not (light and words[k + 1:k + 2] in (["a"], ["an"], ["or"]))
                                   and (_particle_after(words, k, particle) if particle
                                        else not (len(words) == k + 2 and words[k + 1] in _DIRECTION_PARTICLES))
                                   and not _DENYING & set(words[:k]) for k, w in enumerate(words)):
            return True
    return False


@lru_cache(maxsize=200_000)
def opposite(a: str, b: str, pos: str) -> bool:
    """Antonyms in WordNet (either direction; adjectives through their head words)."""
    if a == b:
        return False
    lex = _lex()
    return bool(lex and lex.opposite(a, b, pos)) or _opposite_particles(a, b) or _opposite_heads(a, b, pos)


def _opposite_heads(a: str, b: str, pos: str) -> bool:
    """"short-lived" / "long-lived", "short-haul" / "long-haul": one tail after two first words WordNet opposes."""
    if "-" not in a or "-" not in b:
        return False
    (x, tail), (y, rest) = a.split("-", 1), b.split("-", 1)
    lex = _lex()
    return tail == rest and len(tail) > 2 and bool(lex and lex.opposite(x, y, "a"))


# first words of a hyphened qualifier that say the opposite of one another: "off-duty" / "on-duty", "pre-war" /
# "postwar", "inbound" / "outbound"
PARTICLE_PAIRS = (("on", "off"), ("pre", "post"), ("in", "out"), ("over", "under"), ("up", "down"))


def antonyms(word: str, pos: str) -> frozenset[str]:
    """WordNet's opposites of ``word`` ("long": "short")."""
    lex = _lex()
    return lex.antonyms(word, pos) if lex else frozenset()


def _opposite_particles(a: str, b: str) -> bool:
    """"off-duty" and "on-duty" (or "postwar"): one word after two opposite particles."""
    for x, y in PARTICLE_PAIRS:
        for one, other in ((a, b), (b, a)):
            if one.startswith(x) and other.startswith(y):
                tail, rest = one[len(x):], other[len(y):]
                if tail.lstrip("-") == rest.lstrip("-") and len(tail.lstrip("-")) > 2 and "-" in tail + rest:
                    return True
    return False


@lru_cache(maxsize=200_000)
def opposite_acts(a: str, b: str) -> bool:
    """"rose" / "fell", "won" / "lost", "opened" / "closed": acts that cannot both describe one event.
    (Not a phrasal verb by its verb alone: "came up with" the Writing Ball is no opposite of "went into
    production"; "shut down" is still a shutting, "lost out" a losing.)"""
    # (a change up against a change down, which WordNet pairs only word by word: "raised its rate" / "cut its
    # rate", "sales grew" / "sales fell")
    if any({a, b} <= up | down and (a in up) != (b in up) and (a in down) != (b in down) for up, down in _DIRECTIONS):
        return True
    pa, pb = a.partition("_")[2], b.partition("_")[2]
    if pa != pb and {pa, pb} - {"", "down", "out", "off"}:
        return False
    return opposite(a.split("_")[0], b.split("_")[0], "v")


# changes up and down, done to a thing (raise a rate) and undergone by it (a rate rises)
_DIRECTIONS = (
    (frozenset({"raise", "increase", "lift", "hike", "boost", "double", "triple"}),
     frozenset({"cut", "lower", "reduce", "decrease", "slash", "trim", "halve", "lessen"})),
    (frozenset({"rise", "grow", "climb", "increase", "soar", "jump", "double"}),
     frozenset({"fall", "drop", "decline", "shrink", "sink", "plunge", "decrease", "halve", "slump"})),
)
# a thing come by, and one given up: not one transfer seen from its two ends ("received its royal warrant" /
# "gave up its royal warrant"), nor opposites of one event (either may follow the other)
_COMING_BY = frozenset({"receive", "gain", "obtain", "acquire", "get", "earn", "award", "grant"})
_GIVING_UP = frozenset({"give_up", "relinquish", "surrender", "forfeit", "renounce", "resign"})


def _come_by_and_given_up(a: str, b: str) -> bool:
    """Is one of acts ``a`` and ``b`` a coming by a thing and the other a giving of it up?"""
    return a in _COMING_BY and b in _GIVING_UP or b in _COMING_BY and a in _GIVING_UP


@lru_cache(maxsize=200_000)
def same_mod(a: str, b: str) -> bool:
    if a == b:
        return True
    lex = _lex()
    if lex is None:
        return False
    for pos in ("a", "v", "n"):
        if b in lex.synonyms(a, pos, 2) or a in lex.synonyms(b, pos, 2):
            return True
    return False


@lru_cache(maxsize=200_000)
def compound(modifier: str, noun: str) -> str:
    """The noun WordNet knows for a modifier and its noun ("wrought iron", "suspension bridge",
    "light heavyweight"), "" when it knows none."""
    joined = f"{modifier.lower()}_{noun.lower()}"
    return joined if _lex().senses(joined, "n", 1) else ""


@lru_cache(maxsize=200_000)
def distinct_kinds(a: str, b: str) -> bool:
    """Are nouns ``a`` and ``b`` both known, with no sense shared and neither above the other
    ("bridge" and "suspension bridge": the claim says less, or more, not another kind)?"""
    lex = _lex()
    sa, sb = set(lex.senses(a, "n", 3)), set(lex.senses(b, "n", 3))
    if not sa or not sb or sa & sb:
        return False
    return not (sa & lex.hypernyms(b, "n", 3, 3) or sb & lex.hypernyms(a, "n", 3, 3))


@lru_cache(maxsize=200_000)
def sibling_kinds(a: str, b: str) -> bool:
    """Are nouns ``a`` and ``b`` two kinds of one thing ("wrought iron" and "cast iron", "suspension
    bridge" and "cantilever bridge", "heavyweight" and "light heavyweight"): distinct, and one thing
    right above the first sense of both (one step more on one side)?"""
    if not distinct_kinds(a, b):
        return False
    lex = _lex()
    # (not a kind and the thing it is a kind of, by WordNet or by its name's head, a noun before it:
    # "medal" and "gold medal", "chlorate" and "potassium chlorate"; but "light heavyweight" is no heavyweight)
    if set(lex.senses(a, "n", 1)) & lex.hypernyms(b, "n", 2, 1) or set(lex.senses(b, "n", 1)) & lex.hypernyms(a, "n", 2, 1):
        return False
    for kind_of, plain in ((a, b), (b, a)):
        if kind_of.endswith("_" + plain) and not any(lex.senses(w, "a", 1) for w in kind_of[:-len(plain) - 1].split("_")):
            return False
    return bool(lex.hypernyms(a, "n", 1, 1) & lex.hypernyms(b, "n", 2, 1)
                or lex.hypernyms(a, "n", 2, 1) & lex.hypernyms(b, "n", 1, 1))


# Classes of a noun for a body, a building or a made thing, a place, an event ("Committee", "Bridge",
# "Olympics"): a name ending in one is no person's.
THING_CLASSES = frozenset({"noun.group", "noun.artifact", "noun.location", "noun.event", "noun.object"})


@lru_cache(maxsize=50_000)
def not_a_person(name: str) -> bool:
    """Does WordNet know ``name`` only as a group, place or thing ("Congress", "NASA"), never as a
    person ("Bell", "Columbus", "Washington" have a person among their senses)? Or, not knowing it,
    does its last word name a body, a building, a place or an event ("International Olympic
    Committee", "Tower Bridge", "Rome Olympics")?"""
    known = kinds("_".join(name.lower().split()))
    if known:
        return "noun.person" not in known
    # (not "Rowland Hill", "Thomas Bell": a first word that is no common word, or a person's name)
    words = name.split()
    first = words[0].lower()
    return len(words) > 1 and words[-1][:1].isupper() and kind(words[-1].lower()) in THING_CLASSES and (
        kind(first) not in ("", "noun.person") or known_word(first) and "noun.person" not in kinds(first))


@lru_cache(maxsize=200_000)
def kind(noun: str) -> str:
    """WordNet class of the noun's first sense ("noun.substance"), "" when unknown."""
    lex = _lex()
    if lex is None:
        return ""
    senses = lex.senses(noun, "n", 1)
    return lex.lexname(senses[0]) if senses else ""


# WordNet's kinds of nouns that name an object, not a doing
_OBJECT_KINDS = frozenset({"noun.artifact", "noun.object", "noun.animal", "noun.plant", "noun.food", "noun.body",
                           "noun.substance", "noun.shape", "noun.quantity", "noun.location"})


@lru_cache(maxsize=50_000)
def names_an_object(noun: str) -> bool:
    """Is every one of the noun's first senses an object ("ski", "bridge", "tractor"), none a doing
    or an event ("launch", "skiing", "race")?"""
    lex = _lex()
    found = {lex.lexname(s) for s in lex.senses(noun, "n", 3)} if lex is not None else set()
    return bool(found) and found <= _OBJECT_KINDS


@lru_cache(maxsize=50_000)
def names_a_thing(noun: str) -> bool:
    """Is one of the noun's first two senses a made thing, a body part or a stuff, and the first no doing, time,
    thought or measure ("hinge", "screw"; not "turn", "wait", "focus", "fill")?"""
    lex = _lex()
    found = [lex.lexname(x) for x in lex.senses(noun, "n", 2)] if lex is not None else []
    return any(k in ("noun.artifact", "noun.body", "noun.substance", "noun.object") for k in found) and found[0] not in (
        "noun.act", "noun.time", "noun.cognition", "noun.quantity", "noun.event", "noun.shape", "noun.state")


@lru_cache(maxsize=50_000)
def names_a_doing(noun: str) -> bool:
    """Does the noun name a doing or an event ("voyage", "crossing", "race", "match"), its first sense an act or
    an event, or one of its first two an event? Not a thing, a place, a body or a text ("loft", "gym",
    "school", "manual"), which a doing's noun before it only says the kind of ("a sailing manual")."""
    lex = _lex()
    found = [lex.lexname(s) for s in lex.senses(noun, "n", 2)] if lex is not None else []
    return bool(found) and (found[0] in ("noun.act", "noun.event") or "noun.event" in found)


def first_kinds(noun: str) -> frozenset[str]:
    """WordNet classes of the noun's first two senses (a proper noun WordNet lists first does not hide the
    common one: "piston" is the composer and the part of an engine)."""
    return _lex().kinds(noun, "n", 2)


def kinds(noun: str) -> frozenset[str]:
    """WordNet classes of every sense of the noun ("noun.group", "noun.person" ...), empty when unknown."""
    return _lex().kinds(noun, "n", 99)


def people_noun(noun: str) -> bool:
    """Is the noun one for persons only ("scorer", "architect", "doctor"), not also for a firm, a body, a made thing
    or a place ("maker", "company", "carmaker")?"""
    found = kinds(noun) if noun else frozenset()
    return "noun.person" in found and not found & {"noun.group", "noun.artifact", "noun.location"}


def rivals(a: str, b: str) -> bool:
    """Two different nouns of one specific class (iodine / carbolic acid; physics / chemistry).
    Not one a kind of the other, either way: a parson is a clergyman, said more narrowly."""
    if same_thing(a, b) or same_thing(b, a):
        return False
    ka, kb = kind(a), kind(b)
    # (nor a few steps apart: an ophthalmologist is a doctor, said more narrowly)
    if ka == kb and (kind_above(a, b) or kind_above(b, a)):
        return False
    # (a relation in the family and a post are no rivals: one man is an uncle and a naval commander)
    if ka == kb == "noun.person" and kin(a) != kin(b):
        return False
    # (nor a word for a person by sex or age and one by what they do: the first man to win three TTs in a week
    # is the first rider to; "man" and "woman" are rivals)
    if ka == kb == "noun.person" and (_singular(a) in SEXED) != (_singular(b) in SEXED):
        return False
    return bool(ka) and ka == kb and ka in RIVAL_KINDS


# words for a person by sex or age alone
SEXED = frozenset({"man", "woman", "boy", "girl", "lady", "gentleman", "male", "female", "child", "adult"})


@lru_cache(maxsize=100_000)
def kind_above(a: str, b: str) -> bool:
    """Is noun ``a`` (a first sense of it) above noun ``b`` in WordNet, up to six steps ("descendant"
    above "granddaughter")?"""
    lex = _lex()
    return bool(set(lex.senses(a, "n", 2)) & lex.hypernyms(b, "n", 6, 1))


@lru_cache(maxsize=100_000)
def kin(noun: str) -> bool:
    """Is the noun's first sense a family relation ("son", "nephew", "grandfather", "wife"): a kind of
    relative, up to six steps up in WordNet?"""
    lex = _lex()
    relative = set(lex.senses("relative", "n", 1))
    return bool(relative and lex.hypernyms(noun, "n", 6, 1) & relative)


@lru_cache(maxsize=100_000)
def has_kinds_under(noun: str) -> bool:
    """Does WordNet list kinds of ``noun`` (its first sense) under it ("brown bear": the Kodiak bear),
    a class rather than one species ("black-footed albatross")?"""
    lex = _lex()
    senses = lex.senses(noun, "n", 1)
    return bool(senses) and any(rel == "hyponym" for _, rel, _, _ in lex.pointers(senses[0]))


@lru_cache(maxsize=100_000)
def rival_adjectives(a: str, b: str) -> bool:
    """Two adjectives naming values of one quality ("red" and "white" blood cells: both colours;
    "northern" and "southern"): the nouns WordNet derives from them share a hypernym, an attribute,
    within two steps. Not synonyms ("big", "large")."""
    lex = _lex()
    if lex is None or a == b or b in lex.synonyms(a, "a", 2) or a in lex.synonyms(b, "a", 2):
        return False

    def above(word: str) -> frozenset[int]:
        return frozenset(h for n in lex.derived(word, "a", "n") for h in lex.hypernyms(n, "n", 2, 1))

    # (a quality: "color", "position", "sex"; not "story", which "mythical" and "legendary" both tell)
    return any(lex.lexname(h) == "noun.attribute" for h in above(a) & above(b))


# "having three units or components", "consisting of or involving two parts", "four times as great or many",
# "twice as great": how many a multiplying adjective's gloss says its noun has, or is of another
_MULTIPLE = re.compile(r"^(?:having|consisting of(?: or involving)?) (?P<units>[a-z]+) (?:units|parts|components)\b"
                       r"|^(?:(?P<times>[a-z]+) times|(?P<twice>twice)) as great or many\b")


@lru_cache(maxsize=20_000)
def multiple(word: str) -> int:
    """How many ``word`` says its noun is made up of or is times another, as WordNet's gloss of one of its first
    three adjective senses says it ("triple": 3, "quadruple": 4, "double": 2, "fourfold": 4); 0 for any other
    word. Number words through ``text2num``, as amounts read them."""
    lex = _lex()
    if lex is None:
        return 0
    from text_to_num import text2num

    for synset in lex.senses(word, "a", 3):
        m = _MULTIPLE.match(lex.gloss(synset))
        if m is None:
            continue
        if m.group("twice"):
            return 2
        try:
            return int(text2num(m.group("units") or m.group("times"), "en"))
        except ValueError:
            continue
    return 0


# "made or consisting of (entirely or in part) or employing wood", "made from or largely consisting of silver",
# "of or related to or made of wool": the material an adjective's first sense says a thing is made of
_MADE_OF = re.compile(r"\bmade (?:or consisting )?(?:of|from) (?:or (?:largely consisting of|covered with|employing) )?([a-z]+)")


def _made_of(gloss: str) -> re.Match[str] | None:
    """The "made of" phrase of a WordNet gloss's definition (before its examples, its brackets left out)."""
    return _MADE_OF.search(re.sub(r"\([^)]*\) ", "", gloss.split(";")[0]))


@lru_cache(maxsize=20_000)
def material(word: str) -> str:
    """The stuff ``word`` says a thing is made of, as a qualifier of it: a noun WordNet files as a substance in
    its first three senses ("stone", "iron", "timber"), or an adjective whose first sense is "made of" one
    ("wooden": wood, "earthen": earth); "" for any other word ("water" is a substance too: the caller compares
    only two qualifiers that both say what one noun is made of)."""
    lex = _lex()
    if lex is None or not word.isalpha():
        return ""
    for s in lex.senses(word, "a", 1):
        made = _made_of(lex.gloss(s))
        if made and any(lex.lexname(n) == "noun.substance" for n in lex.senses(made.group(1), "n", 3)):
            return made.group(1)
    if any(lex.lexname(n) == "noun.substance" for n in lex.senses(word, "n", 3)):
        return word
    return ""


@lru_cache(maxsize=50_000)
def other_materials(a: str, b: str, noun: str = "") -> bool:
    """Do qualifiers ``a`` and ``b`` of ``noun`` say it is made of two different stuffs ("stone" and "wooden"),
    neither a kind of the other nor glossed by it ("oak" is wood, "timber" is "the wood of trees", "steel" "an alloy
    of iron")? Not where WordNet has the qualifier and the noun as a word of their own that is not made of it: an
    "oil lamp" burns oil, a "paper mill" makes paper (a "gold medal" is "made of gold")."""
    x, y = material(a), material(b)
    if not x or not y or x == y:
        return False
    # (a made thing's: not "carbon emissions" against "gas emissions", what is given off, not what it is made of)
    made = first_kinds(noun) if noun else frozenset()
    if noun and (not made & {"noun.artifact", "noun.possession", "noun.communication"}
                 or made & {"noun.substance", "noun.act", "noun.process"}):
        return False
    lex = _lex()
    for word in (a, b) if noun else ():
        glosses = [lex.gloss(s) for s in lex.senses(f"{word}_{noun}", "n", 3)]
        if glosses and not any(_made_of(g) for g in glosses):
            return False
    for one, other in ((x, y), (y, x)):
        senses = set(lex.senses(one, "n", 3))
        if senses & {h for s in lex.senses(other, "n", 3) for h in lex.above(s, 4)} or any(
                re.search(rf"\b{one}\b", lex.gloss(s)) for s in lex.senses(other, "n", 3)):
            return False
    return True


@lru_cache(maxsize=100_000)
def person_or_place(word: str, limit: int = 99) -> bool:
    """Is a capitalised word a name WordNet lists as a person or a place ("Fleming", "Curie", "Lyon"),
    in one of its first ``limit`` senses?"""
    lex = _lex()
    if lex is None or len(word) < 3:
        return False
    return any(lex.lexname(s) in ("noun.person", "noun.location") for s in lex.senses(word, "n", limit))


@lru_cache(maxsize=1)
def _calendar_synsets() -> frozenset[int]:
    """WordNet's holidays and days of the week, the classes a named day is one of."""
    lex = _lex()
    return frozenset(s for w in ("holiday", "day_of_the_week", "feast_day", "religious_holiday")
                     for s in lex.senses(w, "n", 3))


@lru_cache(maxsize=100_000)
def calendar_day(word: str) -> bool:
    """Is ``word`` a holiday or a day of the week ("Christmas", "Easter", "Sunday"): a name of a
    day, written with a capital, not a season ("spring") or a common word of time ("weekend")?"""
    return bool(_lex().hypernyms(word.lower(), "n", 4, 2) & _calendar_synsets())


@lru_cache(maxsize=100_000)
def known_word(word: str) -> bool:
    """Does WordNet know ``word`` (as written, lower-case) as a word of any part of speech?"""
    lex = _lex()
    return any(lex.senses(word, pos, 1) for pos in ("n", "v", "a", "r"))


@lru_cache(maxsize=100_000)
def known_as(word: str, pos: str) -> bool:
    """Does WordNet know ``word`` as a word of part of speech ``pos`` (n, v, a, r)?"""
    return bool(_lex().senses(word, pos, 1))


# WordNet's classes a calling falls under: what someone does for a living or a role they hold (not a nation's
# people, an age, a kin or a friend, which a calling does not gainsay)
CALLING_CLASSES = frozenset({"worker", "professional", "leader", "scientist", "creator", "entertainer", "expert",
                             "skilled_worker", "employee", "intellectual", "athlete", "businessman", "merchant",
                             "serviceman", "adventurer", "communicator", "lawyer", "politician", "official"})


@lru_cache(maxsize=50_000)
def calling(noun: str) -> bool:
    """Is ``noun`` (in its first sense) a calling: a dentist, a schoolmaster, a clergyman, a chemist?"""
    lex = _lex()
    if kind(noun) != "noun.person":
        return False
    words = {w for s in lex.senses(noun, "n", 1) for h in lex.above(s, 6) for w in lex.words(h)}
    return bool(words & CALLING_CLASSES) and not words & {"inhabitant", "juvenile", "relative", "lover", "friend"}


@lru_cache(maxsize=100_000)
def adverb_of(adjective: str, adverb: str) -> bool:
    """Is ``adverb`` derived from ``adjective`` in WordNet ("officially" from "official")?"""
    lex = _lex()
    return adverb.endswith("ly") and any(adjective in lex.words(t) for s in lex.senses(adverb, "r", 2)
                                         for t in lex.related(s, "pertains"))


@lru_cache(maxsize=100_000)
def pertains(adjective: str) -> bool:
    """Is ``adjective`` relational in WordNet, pertaining to a noun ("atomic" to "atom")?"""
    lex = _lex()
    return any(lex.related(s, "pertains") for s in lex.senses(adjective, "a", 2))


@lru_cache(maxsize=1)
def _points_and_lines() -> frozenset[int]:
    """WordNet's classes of a point or a line on the globe ("pole", "tropic", "equator"): places no people is of."""
    lex = _lex()
    return frozenset(s for w in ("geographic_point", "line", "great_circle", "latitude") for s in lex.senses(w, "n", 3))


@lru_cache(maxsize=100_000)
def nationality(word: str) -> bool:
    """An adjective of a country or people ("Chinese", "Soviet", "French"): WordNet says it pertains
    to a place, or it is written with a capital letter and names a place or people."""
    lex = _lex()
    w = word.lower()
    for s in lex.senses(w, "a", 3):
        # (not a point or a line on the globe: "polar" pertains to a pole, "tropical" to a tropic, no people's)
        if any(lex.lexname(t) == "noun.location" and not lex.above(t, 3) & _points_and_lines()
               for t in lex.related(s, "pertains")):
            return True
    return word[:1].isupper() and any(lex.lexname(s) in ("noun.location", "noun.group")
                                      for s in lex.senses(w, "n", 2))


def broad_place(words: tuple[str, ...]) -> bool:
    """Is the place a country or a continent ("America", "France", "Africa"), not a town or a mountain?"""
    return _place_of_class(words, ("country", "continent"))


def is_country(words: tuple[str, ...]) -> bool:
    """Is the place a country ("France", "Japan"), not a continent or a region ("the Antarctic")?"""
    return _place_of_class(words, ("country",))


_PLACE_CLASSES = ("country", "state", "province", "county", "city", "town", "region")


@lru_cache(maxsize=100_000)
def place_class(words: tuple[str, ...]) -> str:
    """The first of country, state, province, county, city, town, region the place is one of in
    WordNet ("Ohio" a state, "Lisbon" a city), or "" when it knows no such class of it."""
    return next((c for c in _PLACE_CLASSES if _place_of_class(words, (c,))), "")


# US states whose two-letter code WordNet does not list as the state (it has "MI" and "PA" for other things)
_STATE_CODES = {"MI": "michigan", "PA": "pennsylvania", "MA": "massachusetts", "CO": "colorado", "GA": "georgia",
                "MD": "maryland", "MO": "missouri", "MT": "montana", "NE": "nebraska", "AR": "arkansas"}


# Countries by the codes sports tables and notes write them in brackets ("Toni Sailer (SUI)", "Scheveningen
# (NL)"): the Olympic three-letter codes and the ISO two-letter ones that are no English word or state
_COUNTRY_CODES = {
    "NED": "netherlands", "NL": "netherlands", "SUI": "switzerland", "CH": "switzerland", "GER": "germany",
    "DE": "germany", "NOR": "norway", "SWE": "sweden", "SE": "sweden", "FIN": "finland", "FI": "finland",
    "FRA": "france", "FR": "france", "ITA": "italy", "AUT": "austria", "CAN": "canada", "JPN": "japan",
    "JP": "japan", "CHN": "china", "CN": "china", "KOR": "south_korea", "AUS": "australia", "AU": "australia",
    "NZL": "new_zealand", "NZ": "new_zealand", "GBR": "united_kingdom", "GB": "united_kingdom", "ESP": "spain",
    "ES": "spain", "POR": "portugal", "PT": "portugal", "BEL": "belgium", "DEN": "denmark", "DK": "denmark",
    "POL": "poland", "PL": "poland", "CZE": "czech_republic", "CZ": "czech_republic", "HUN": "hungary",
    "HU": "hungary", "URS": "soviet_union", "RUS": "russia", "GDR": "east_germany", "FRG": "west_germany",
    "IRL": "ireland", "IE": "ireland", "ISL": "iceland", "GRE": "greece", "GR": "greece", "BRA": "brazil",
    "BR": "brazil", "ARG": "argentina", "MEX": "mexico", "IND": "india", "RSA": "south_africa", "ZA": "south_africa",
    "KEN": "kenya", "ETH": "ethiopia", "JAM": "jamaica", "CUB": "cuba", "UKR": "ukraine", "BLR": "belarus",
    "SLO": "slovenia", "CRO": "croatia", "ROU": "romania", "BUL": "bulgaria", "TUR": "turkey", "ISR": "israel",
    "EGY": "egypt", "USA": "united_states", "US": "united_states", "UK": "united_kingdom",
}


def country_code(word: str) -> tuple[str, ...]:
    """The country a code in capitals names ("NL" -> ("netherlands",), "SUI" -> ("switzerland",)), or ()."""
    found = _COUNTRY_CODES.get(word) if word.isupper() else None
    return tuple(found.split("_")) if found else ()


def state_code(word: str) -> tuple[str, ...]:
    """The state a code in capitals names ("VT" -> ("vt",), "MI" -> ("michigan",)), or () for none."""
    if not (word.isupper() and word.isalpha() and len(word) == 2):
        return ()
    if word in _STATE_CODES:
        return (_STATE_CODES[word],)
    return (word.lower(),) if place_class((word.lower(),)) == "state" else ()


@lru_cache(maxsize=100_000)
def _place_of_class(words: tuple[str, ...], classes: tuple[str, ...]) -> bool:
    """Is one of the name's WordNet senses, up to three steps up, one of ``classes``' senses?"""
    lex = _lex()
    wanted = {s for w in classes for s in lex.senses(w, "n", 2)}
    return bool(lex.hypernyms("_".join(words), "n", 3, 2) & wanted)


def same_nation(a: str, b: str) -> bool:
    """Is one word the country's name and the other its adjective ("US" and "American", "USA" and "American")?"""
    return a != b and (_country_of(a, b) or _country_of(b, a))


@lru_cache(maxsize=100_000)
def same_country(a: str, b: str) -> bool:
    """``same_nation``, where the name is of no place but the adjective's ("US", "USA" and "American"): not "Russia" and
    "Soviet", "China" and "Taiwanese", which WordNet files together, though Russia is the Federation too and China
    the People's Republic."""
    if not same_nation(a, b):
        return False
    lex = _lex()
    adjective, name = (a, b) if b in nation_places(a) else (b, a)
    theirs = {t for s in lex.senses(adjective.lower(), "a", 3) for t in lex.related(s, "pertains")
              if lex.lexname(t) == "noun.location"}
    own = {s for s in lex.senses(name.lower(), "n", 99) if lex.lexname(s) == "noun.location"}
    return bool(own) and own <= theirs


@lru_cache(maxsize=100_000)
def nation_places(adjective: str) -> frozenset[str]:
    """The places a nationality adjective is of, as WordNet lemmas ("French" -> france, french_republic)."""
    lex = _lex()
    return frozenset(w for s in lex.senses(adjective.lower(), "a", 3) for t in lex.related(s, "pertains")
                     if lex.lexname(t) == "noun.location" for w in lex.words(t))


def _country_of(adjective: str, country: str) -> bool:
    """Is ``country`` the place the nationality ``adjective`` is of, by its own name or a short form: "American"
    and "America" or "US", "French" and "France"; not "Chinese" and "Taiwan", which WordNet files there too."""
    return country in nation_places(adjective) and (len(country) <= 3 or country[:2] == adjective[:2])


@lru_cache(maxsize=100_000)
def nations_nested(a: str, b: str) -> bool:
    """Is the place one adjective is of inside the other's, a continent's included ("French" and "European",
    "Scottish" and "British")? WordNet files continents as objects, not locations."""
    lex = _lex()

    def places(adjective: str) -> set[str]:
        # (a country's or a continent's, not a town's: "Olympic" is Olympia's, no nation's)
        return {w for s in lex.senses(adjective.lower(), "a", 3) for t in lex.related(s, "pertains")
                if lex.lexname(t) in ("noun.location", "noun.object") for w in lex.words(t)
                if is_country(tuple(w.split("_"))) or broad_place(tuple(w.split("_")))}
    return any(nested_places(tuple(x.split("_")), tuple(y.split("_"))) for x in places(a) for y in places(b))


@lru_cache(maxsize=100_000)
def other_nations(a: str, b: str) -> bool:
    """Are nationality adjectives ``a`` and ``b`` of two countries, neither inside the other ("Chinese"
    and "Japanese"; not "Scottish" and "British", "Catalan" and "Spanish", "American" and "Mexican")?"""
    pa, pb = nation_places(a), nation_places(b)
    if not pa or not pb or not pa.isdisjoint(pb):
        return False
    # (a name of the nation that is a continent's too is not where to look: "America" holds Canada,
    # the United States does not)
    lex = _lex()
    ca = [m for m in sorted(pa) if len(lex.senses(m, "n", 9)) == 1] or sorted(pa)
    cb = [m for m in sorted(pb) if len(lex.senses(m, "n", 9)) == 1] or sorted(pb)
    return not any(nested_places(tuple(x.split("_")), tuple(y.split("_"))) for x in ca for y in cb)


_AWARDS = frozenset({"award", "prize", "title", "medal", "trophy", "crown", "championship", "honour", "honor", "cup"})


# the medals one wins, said alone ("won silver", "the park gold") or on the noun ("the bronze medal")
MEDALS = frozenset({"gold", "silver", "bronze"})


@lru_cache(maxsize=100_000)
def award_word(noun: str) -> bool:
    """Is ``noun`` a prize, title or award ("prize", "Oscar", "medal", "crown"), something one wins?"""
    lex = _lex()
    w = noun.lower()
    if w in _AWARDS or _singular(w) in _AWARDS:
        return True
    awards = {s for a in ("award", "prize") for s in lex.senses(a, "n", 2)}
    return bool(lex.hypernyms(w, "n", 4, 3) & awards)


@lru_cache(maxsize=100_000)
def adjective_of_place(adjective: str, place: tuple[str, ...]) -> bool:
    """Is ``adjective`` the adjective of the place ("European" of Europe, "Indian" of India)?"""
    lex = _lex()
    name = "_".join(place)
    of = {w for s in lex.senses(adjective.lower(), "a", 3) for t in lex.related(s, "pertains") for w in lex.words(t)}
    # (or a name of the same place in another of its senses: "British" pertains to Great Britain, which
    # is also a name of the United Kingdom, the UK)
    return name in of or bool(of & {w for s in lex.senses(name, "n", 3) for w in lex.words(s)})


@lru_cache(maxsize=100_000)
def in_known_country(place: tuple[str, ...]) -> bool:
    """Is the place a country or a continent, or one WordNet puts in a country (its part holonyms, up to four
    steps, or the place its gloss puts it in: Valencia in Spain, Naples in Italy)? Not a place it knows no country
    of ("South Holland"): where that lies, nothing here says, so no nation's adjective can be denied by it."""
    if broad_place(place):
        return True
    lex = _lex()
    countries = set(lex.senses("country", "n", 2))
    frontier = set(lex.senses(_ascii("_".join(place)), "n", 3))
    # (or a nation's land, with a nation's adjective of its own: "Korea", "Korean")
    if any(nation_places(w) for s in frontier for t in lex.related(s, "derived") for w in lex.words(t)):
        return True
    seen: set[int] = set()
    for step in range(4):
        placed = {h for s in frontier if not lex.related(s, "part_of")
                  for h in lex.senses(lex._placed_in(s), "n", 3)} if step == 0 else set()
        frontier = ({h for s in frontier for h in lex.related(s, "part_of")} | placed) - seen
        if any(lex.above(h, 3) & countries for h in frontier):
            return True
        seen |= frontier
    return False


def of_another_nation(adjective: str, place: tuple[str, ...]) -> bool:
    """Is ``place`` a country that nationality ``adjective`` is not of ("French" and Greece), nor
    one inside the other ("English" and Britain)?"""
    mine = nation_places(adjective)
    name = "_".join(place)
    if not mine or name in mine or not is_place(place):
        return False
    # (a name of the nation that is a continent's too is not where to look: "America" holds Brazil,
    # the United States does not)
    lex = _lex()
    countries = [m for m in sorted(mine) if len(lex.senses(m, "n", 9)) == 1] or sorted(mine)
    return not any(nested_places(tuple(m.split("_")), place) for m in countries)


@lru_cache(maxsize=100_000)
def demonym(noun: str) -> str:
    """The nationality a noun for a person names ("Frenchman" -> "French", "Austrians" ->
    "Austrian", "Dutchman" -> "Dutch"), or ""."""
    if not noun[:1].isupper() or not noun.isalpha():
        return ""
    lex = _lex()
    w = noun.lower()
    # (the adjective must be of a place: "Paris" names a place, not a people)
    for form in dict.fromkeys((w, _singular(w))):
        if nation_places(form) and any(lex.lexname(s) == "noun.person" for s in lex.senses(form, "n", 3)):
            return form.capitalize()  # "a Greek", "Austrians": the noun is the adjective's word
        for s in lex.senses(form, "n", 1):
            if lex.lexname(s) != "noun.person":
                continue
            for syn in lex.words(s):
                base = re.sub(r"(?:_person|_people|woman|man|men|women)$", "", syn)
                if base != syn and base.isalpha() and nation_places(base):
                    return base.capitalize()  # "frenchman", "french_person": French
    return ""


# letters NFKD does not take apart, spelled as English writes them ("Lærdal" is "Laerdal", "Bjørgen" "Bjorgen")
_LETTERS = str.maketrans({"æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ß": "ss", "þ": "th",
                          "Þ": "Th", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"})


def _ascii(word: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", word.translate(_LETTERS)).encode("ascii", "ignore").decode("ascii")


def unaccented(word: str) -> str:
    """``word`` spelled without accents ("spéléologie" -> "speleologie"); as written where that leaves nothing."""
    return word if word.isascii() else (_ascii(word) or word)


def plain_spelling(word: str, name: bool) -> str:
    """``word`` without its accents, where that is the same word: a name's always ("Białystok"), a common word's
    where its plain spelling is no verb or adjective English has ("café", "spéléologie"; not "résumé", "lamé", "rosé",
    which would be "resume", "lame", "rose" (review 58b))."""
    plain = unaccented(word)
    if name or plain == word:
        return plain
    lex = _lex()
    return word if lex.senses(plain, "v", 3) or lex.senses(plain, "a", 3) else plain


@lru_cache(maxsize=100_000)
def nested_places(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Is one place inside the other (Berlin and Germany, Soho and London)? Then both can be true."""
    lex = _lex()
    x, y = _ascii("_".join(a)), _ascii("_".join(b))
    if lex.within(x, y) or lex.within(y, x):
        return True
    # ("County Cork" is Cork: WordNet files the county by its name alone; against a country only, as the bare name
    # may be another place's, "Durham" the North Carolina city)
    a2, b2 = _uncounted(a), _uncounted(b)
    return (a2, b2) != (a, b) and (is_country(a2) or is_country(b2)) and nested_places(a2, b2)


def _uncounted(words: tuple[str, ...]) -> tuple[str, ...]:
    """A county's name without the word "County" before it ("County Cork", "Co. Kerry")."""
    return words[1:] if len(words) > 1 and words[0] in ("county", "co", "co.") else words


def holds_place(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    """Is ``inner`` inside ``outer`` (Birmingham in England), not the other way round?"""
    return _lex().within(_ascii("_".join(inner)), _ascii("_".join(outer)))


def settled_nested(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """``nested_places`` by the senses that are not a lake, a river or a landform, with the place a town's gloss puts
    it in ("a city in southeastern Ontario"): Tennessee the state is not in Kentucky, whatever the Tennessee river
    runs through; Windsor is in Ontario."""
    if holds_settled_place(b, a, glossed=True) or holds_settled_place(a, b, glossed=True):
        return True
    # ("County Cork" is Cork, against a country only, as ``nested_places`` has it)
    a2, b2 = _uncounted(a), _uncounted(b)
    return (a2, b2) != (a, b) and (is_country(a2) or is_country(b2)) and settled_nested(a2, b2)


def holds_settled_place(outer: tuple[str, ...], inner: tuple[str, ...], glossed: bool = False) -> bool:
    """``holds_place`` by the senses of ``inner`` that are not a lake, a river or a landform: "Michigan"
    the state is not in Canada, whatever Lake Michigan borders. ``glossed``: and by the place the gloss of a town
    without a holonym puts it in ("a city in southeastern Ontario")."""
    lex = _lex()
    return lex.part_within({s for s in lex.senses(_ascii("_".join(inner)), "n", 3) if not _natural_feature(s)},
                           set(lex.senses(_ascii("_".join(outer)), "n", 3)), 4, glossed=glossed)


def water(words: tuple[str, ...]) -> bool:
    """Is the name a river, a lake or a sea ("the Thames"): what a town stands on, not a place it is in?"""
    return _place_of_class(words, ("body_of_water",))


def is_place(words: tuple[str, ...], whole: bool = False) -> bool:
    """Does WordNet know the name as a place (a city, country, region, river)? "Kraków" is Krakow.
    ``whole``: by the whole name only (not "Omaha Beach" as a beach)."""
    lex = _lex()
    tries = (["_".join(words)] if whole else ["_".join(words), words[-1]]) if words else []
    return any(lex.lexname(s) == "noun.location" or lex.lexname(s) == "noun.object" and _natural_feature(s)
               for w in tries for s in lex.senses(_ascii(w), "n", 3))


@lru_cache(maxsize=10_000)
def landform(noun: str) -> bool:
    """Is the first sense of ``noun`` a body of water or a landform ("island", "bay", "valley")?"""
    lex = _lex()
    senses = lex.senses(noun, "n", 1)
    # (an island is "land", one step up, not a formation)
    return bool(senses) and (_natural_feature(senses[0]) or any(
        "land" in lex.words(h) for h in lex.related(senses[0], "hypernym")))


@lru_cache(maxsize=100_000)
def _natural_feature(synset: int) -> bool:
    """Is a WordNet object a body of water or a landform (the Atlantic, the Thames, the Alps)?"""
    lex = _lex()
    frontier, seen = {synset}, set()
    for _ in range(4):
        frontier = {h for s in frontier for h in lex.related(s, "hypernym")} - seen
        if any(w in ("body_of_water", "geological_formation") for s in frontier for w in lex.words(s)):
            return True
        seen |= frontier
    return False
