"""Reading one sentence's dependency parse into a ``Statement`` (``read``).

``read(span)`` walks spaCy's parse: it finds the clauses (``clauses``), the names (``names``), the
dates and amounts, and every other part with its role and what it hangs on, after mending the
parses the small English model gets wrong (``repairs``). What kind of word a token is comes from
``words``; what a pronoun may stand for, from the sentences before it (``antecedents``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from ..nlp import NOTE_PREPOSITIONS, REGNAL_ONE
from .antecedents import _ANTECEDENTS, antecedent_of
from .clauses import (_CAUSATIVES, _COPULAS, _EXCLUSIVE, _FRAMES, _GLOSSING, _NEGATIONS, _PASSIVE_FRAMES,
                      _by_oneself, _ceased, _clause_of, _denied_by_parent, _detail, _event_act, _hearsay,
                      _is_clause_head, _is_main, _negated, _only_listed, _particle, _passive, _past, _sequel, _shifted,
                      _set_aside_alternatives, _set_off_by_comma, _subject_token, hedged_figure, listed_no,
                      made_without_object, opens_title)
from .dates import MONTH_NAMES, DateSpan, find_dates, with_context
from .names import (_COMPASS, _INTENSIFIERS, _ORDINALS, _ORDINAL_NUM, _between_names, _chunk_head, _compass, _name_chunks,
                    _numbered_ranks, _opening_label, ordinal_before_act, sequence_places)
from .quantities import (ABOUT, CAPITAL_UNITS, CURRENCY, CURRENCY_WORDS, DIMENSIONS, SCALES, SEQUENCE_NOUNS,
                         SHARE_WORDS, TIME_UNITS, Quantity, _finite_verb, _prompt_arrow, as_age, birthday_ages,
                         find_quantities, number_value, prompt_unit, score_sides, share_of_one, time_offsets)
from .repairs import (_repair_adjective_noun, _repair_arrow_subject, _repair_born_name, _repair_capitalised_value,
                      _repair_cleft, _repair_compound_participle, _repair_label_participle, _repair_compound_subject, _repair_equation_root,
                      _repair_fronted_phrase, _repair_headline_verb, _repair_implicative, _repair_modal_noun,
                      _repair_named_description, _repair_named_kind, _repair_nationality_gerund, _repair_note_act,
                      _repair_participle_subject, _repair_dated_participle, _repair_dated_aside, _repair_asked_time,
                      _repair_score_object, _repair_stray_relative, _repair_stray_verb, _repair_trailing_noun,
                      _repair_town_upon, _repair_trailing_tally, _repair_unknown_verb)
from .statement import (Clause, NUMBERED, PLACE_ROLES, RESULT_ACTS, ROUNDS, Part, Statement, TITLES, name_words,
                        same_length)
from .words import (LIGHT_NOUNS, _DEFINITE_STANDINS, _MONTHS, _PRONOUNS, _being_noun, _broad_place, _common_word,
                    _compared, _complement_make, _holder_noun, _is_place, _known_word, _light_with_event, _made_thing,
                    _measure_noun, _names_a_kind, _not_a_person, _noun_word, _opposable, _own_name, _possession_noun,
                    _posture_with_state, _qualified, _thing_name, _verb_word)


# Verbs that report another clause: the reported clause is what is claimed ("X announced that Y").
_REPORTING = {"say", "tell", "report", "announce", "state", "claim", "note", "show", "find", "reveal", "confirm",
              "write", "explain", "argue", "suggest", "believe", "know", "think", "declare", "prove", "demonstrate",
              "describe", "recount", "mention", "conclude", "recall", "add", "stress", "emphasise", "emphasize",
              "point", "observe", "insist", "remind", "acknowledge", "admit"}
# Verbs a summary frames what it reports with ("The text covers the Channel Tunnel, which ..."), and
# the subjects that make them a frame: the text itself or its author, never a name.
_FRAMING = _REPORTING | {"cover", "discuss", "trace", "outline", "survey", "chronicle", "profile", "examine",
                         "review", "summarise", "summarize", "introduce", "present"}
# Who frames a summary: a text or its author, never a pronoun ("She presented the Leica, which Leitz
# launched": she did present it)
_FRAME_SUBJECTS = {"text", "author", "book", "article", "chapter", "essay", "piece", "writer", "biography",
                   "summary", "paper", "source", "post", "study"}


# Verbs that assert little beyond their arguments ("X involved 1.8 million children"): no act to back.
_LIGHT_ACTS = {"involve", "include", "feature", "comprise", "see", "have", "mark", "contain", "follow", "appear",
               "come", "come_out", "show_up"}  # ("came out in 1950", "showed up in Italy": appeared)


# Adverbs and adjectives that judge or hedge rather than state.
LIGHT_MODS = {"remarkably", "famously", "notably", "reportedly", "arguably", "eventually", "finally", "later",
              "also", "then", "still", "even", "just", "really", "very", "well", "now", "today", "originally",
              "actually", "actual", "indeed", "perhaps", "probably", "famous", "important", "great", "major", "key",
              "significant", "huge", "big", "real", "own", "same", "such", "many", "much", "several", "few",
              "various", "certain", "new", "more", "most", "further", "other", "different", "main", "early",
              "late", "widely", "largely", "mostly", "formally", "officially", "successfully", "publicly",
              "soon", "already", "again", "long", "old", "ever", "once", "first", "roughly", "some"}


def _predicated(t: Token) -> bool:
    """Is the adjective what a copula says of its subject ("Berlin became famous for Knut")? Then it is the
    claim, however light a word it is beside a noun ("the famous bear")."""
    # (not a measure's word after its amount, which the amount says: "is about 4,626 feet long", "46 years old")
    return t.pos_ == "ADJ" and t.dep_ == "acomp" and t.head.lemma_.lower() in ("be", "become", "remain") \
        and not any(c.dep_ in ("npadvmod", "nummod") or c.like_num for c in t.children)


# Words naming a phase of a span of time, and the phase.
_PHASES = {"start": "start", "beginning": "start", "outset": "start", "dawn": "start", "early": "start",
           "middle": "middle", "mid": "middle", "midst": "middle",
           "end": "end", "close": "end", "late": "end"}


# acts of a place or a body opening or closing for good, said of "its doors"
# count superlatives and the scale they rank a plural noun on ("the most Tonys", "the fewest wins")
_COUNT_SUPERLATIVES = {"most": "many", "fewest": "few"}

_DOORS_ACTS = frozenset({"open", "reopen", "close", "shut", "throw"})
# prepositions before a gerund whose doer is the clause's subject ("by buying", "after founding")
_DOING_PREPS = frozenset({"by", "after", "before", "while", "on", "upon", "without"})

def _phase_of(t: Token) -> Token | None:
    """The span whose phase ``t`` names: "the end of the Cretaceous period" (a noun with "of"),
    "the middle Cambrian" (an adjective before a name); None when it names none. "the late
    Queen" names no phase, but a phase no fact speaks to goes unbacked without harm."""
    word = t.lower_
    if word not in _PHASES:
        return None
    if t.pos_ == "NOUN" and t.dep_ == "pobj":
        span = _after_of(t)
        return span if span is not None and span.pos_ in ("NOUN", "PROPN") else None
    if t.dep_ in ("amod", "compound") and t.head.pos_ in ("PROPN", "ADJ") and t.head.text[:1].isupper() \
            and word not in ("start", "end", "close", "dawn", "outset", "beginning", "midst"):
        return t.head
    return None


# participles no past tense is spelled as ("begun", not "began"): without "has" or "was", a headline's passive
_PARTICIPLES = frozenset({
    "begun", "done", "gone", "written", "taken", "given", "known", "shown", "seen", "drawn", "sung", "rung", "sunk",
    "broken", "chosen", "spoken", "stolen", "frozen", "worn", "torn", "sworn", "grown", "thrown", "flown", "blown",
    "eaten", "fallen", "forgotten", "hidden", "ridden", "risen", "driven", "shaken", "beaten", "bitten", "forbidden",
    "forgiven", "undertaken", "overtaken", "rewritten", "mistaken", "proven", "sewn", "sown", "withdrawn", "undone",
    "redone", "overthrown", "arisen", "outgrown", "overseen", "foreseen", "mown", "hewn", "stricken"})


def _bare_participle(verb: Token) -> bool:
    """Is ``verb`` a participle said with no "has" or "was" ("DWB begun 1838")?"""
    return verb.lower_ in _PARTICIPLES and verb.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _bracketed_doers(verb: Token) -> bool:
    """Are the names in brackets right after a verb said with no "has" or "was" who did it, as a note
    writes them: "Palm House at Kew built (Decimus Burton & Richard Turner)"? The subject is what was done."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            or verb.i + 1 >= len(verb.doc) or verb.doc[verb.i + 1].text != "(":
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
    if obj is None or subject is None or obj.pos_ != "PROPN" or obj.left_edge.i > verb.i + 2:
        return False

    def first(n: Token) -> Token:  # (the bracket itself may hang on the name)
        return next((t for t in n.subtree if not t.is_punct), n)
    # (a credit closes the line: "... built (Decimus Burton & Richard Turner)"; not "Trinity House commissioned
    # (Joseph Nelson) in 1826", which may as well say whom it commissioned, nor "built (the Bridgewater Canal)")
    # (a year may follow it, as a note dates its line: "Uranus discovered (Caroline Herschel) 1781")
    close = next((t for t in verb.doc[obj.right_edge.i:] if t.text == ")"), None)
    if first(obj).pos_ == "DET" or close is None or any(not t.is_punct and not t.like_num for t in verb.doc[close.i + 1:]):
        return False
    from .lexical import given_name, not_a_person  # (the lexicon loads on first use)

    # (the bracket names people, a given name or more than one name, and the subject is a thing that cannot
    # do it: "Apple bought (NeXT)" names what was bought, "Monsanto acquired (Bayer)" is no credit)
    names = [obj] + [c for c in obj.subtree if c.dep_ == "conj" and c.pos_ == "PROPN"]
    people = len(names) > 1 or any(given_name(first(n).text) for n in names)
    subject_words = " ".join(t.text for t in subject.subtree if t.pos_ in ("PROPN", "NOUN") and t.i <= subject.i)
    thing = subject.pos_ == "NOUN" or not_a_person(subject_words)
    return people and (thing or not given_name(subject.left_edge.text))


def _contrasted(conj: Token) -> bool:
    """Is a conjunct set against the verb it joins ("could have won but lost"), not added to it under the
    same modal ("could have turned back and survived": both what could have been)?"""
    return any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < conj.i for c in conj.head.children) \
        or any(c.lower_ == "instead" for c in conj.children)


def _counted_by_label(tokens: Sequence[Token], start: int, end: int) -> str:
    """What a card line's bare figure counts: the plural its label ends on ("Watchmen issues: 10",
    "Encyclopédie plate volumes: 17" count issues and volumes); "" otherwise. Only a figure that is the
    whole value (a remark in brackets may follow), or that follows the name the value gives ("Most Test
    wickets: Muttiah Muralitharan, 708")."""
    if end < len(tokens) and not (tokens[end].is_punct or tokens[end].text == "("):
        return ""
    k = start - 1
    while k >= 0 and tokens[k].text in ("*", "**", "_"):  # (markup around the figure: "**708**")
        k -= 1
    if k >= 0 and tokens[k].text == ",":
        j = k - 1
        while j >= 0 and tokens[j].pos_ == "PROPN":
            j -= 1
        k = j if j < k - 1 else -1
    if k < 1 or tokens[k].text != ":" or tokens[k - 1].tag_ != "NNS":
        return ""
    return tokens[k - 1].lemma_.lower()


def _fronted_partitive(tokens: Sequence[Token], start: int, end: int) -> str:
    """What a bare figure counts when the line opens on what it is part of: "Of the eleven judges, only two were
    French" counts judges, as "two of the eleven judges" does; "" otherwise."""
    if not tokens or tokens[0].lower_ != "of" or end - start != 1:
        return ""
    comma = next((k for k in range(1, start) if tokens[k].text == ","), None)
    if comma is None or any(t.pos_ in ("VERB", "AUX") for t in tokens[1:comma]) or not all(
            t.pos_ in ("DET", "NUM", "ADJ", "PUNCT") or t.i == tokens[start].i for t in tokens[comma + 1:start]
            if t.lower_ not in ("only", "just", "some")):
        return ""
    noun = next((t for t in reversed(tokens[1:comma]) if t.pos_ == "NOUN" and t.tag_ == "NNS"), None)
    return noun.lemma_.lower() if noun is not None else ""


def _role(t: Token, passive_clause: bool) -> tuple[str, Token | None]:
    """(role, what it hangs on) for the head token of a name or noun."""
    seen = 0
    while (t.dep_ in ("conj", "appos", "flat") or seen and t.dep_ == "punct" and t.text == ".") \
            and t.head.i != t.i and seen < 8:
        # (the full stop of "No." the tokenizer split off, which the parser may take for the head:
        # "Underwood No. 1, still an upstrike writer")
        t = t.head  # a listed or apposed item plays the role of the first
        seen += 1
    if t.dep_ in ("compound", "amod", "nmod", "appos") and t.head.lower_ in _INTENSIFIERS and t.head.i == t.i + 1:
        t = t.head  # "Titanic herself had been built", "Edison himself said": the name is in the pronoun's place
    dep = t.dep_
    head = t.head
    if dep in ("pcomp", "acl") and opens_title(t):
        # ("in Roughing It", "his book Roughing It": the title's first word, a verb to the parser, is its object)
        dep = "pobj" if head.pos_ == "ADP" else "appos"
    if dep in ("nsubj", "csubj", "expl"):
        # (the subject of a verb with an agent is what was done to: "Ulysses published ... by Sylvia Beach")
        # (or of a headline's participle, which is no past tense: "DWB begun 1838", "Dictionary begun in 1838")
        return ("obj" if dep == "nsubj" and (any(c.dep_ == "agent" for c in head.children) or _bare_participle(head)
                                             or made_without_object(head) or _bracketed_doers(head)) else "subj"), head
    if dep == "nsubjpass":
        return "obj", head
    if dep in ("dobj", "obj"):
        if _bracketed_doers(head):
            return "subj", head
        return ("attr" if head.text == "=" else "obj"), head  # ("X = the first Y": what X is)
    if dep == "dative":
        return "to", head
    if dep in ("attr", "oprd", "acomp"):
        return "attr", head
    if dep == "pobj":
        prep = head
        # (not "by" on a noun that names a thing, which names its maker: "choreographed by Fokine to music by
        # Stravinsky" has Fokine choreograph, not Stravinsky; an act's noun, "the sale of Louisiana by
        # France", names its doer)
        if (prep.dep_ == "agent" or (prep.lower_ == "by" and passive_clause and not _made_thing(prep.head))) \
                and not _measure_noun(t):
            return "subj", prep.head  # ("ordered by atomic number": a measure is how, not who)
        outer = prep.head
        # ("it covered about a million kilometres", parsed as a topic: "about" a figure is its hedge, the
        # figure what the verb took)
        if hedged_figure(prep):
            return "obj", outer
        # "from near Calais": a preposition nested in another without an object of its own
        if outer.pos_ == "ADP" and outer.i != prep.i and not any(c.dep_ == "pobj" for c in outer.children):
            return outer.lower_, outer.head
        # "from Dover to Calais": the second phrase hangs on the first preposition; it belongs to the verb
        while outer.pos_ == "ADP" and outer.head.i != outer.i:
            outer = outer.head
        # "came up with the word", "did away with the rule": the object of a phrasal verb's
        # preposition is what was done to
        # (not a name: "worked out with Fred Archer" says with whom; nor a place, "carried up in the
        # payload bay", "touched down on the comet")
        if t.pos_ != "PROPN" and prep.lower_ in ("with", "of", "for") and outer.i == prep.head.i and outer.pos_ == "VERB" and not any(c.dep_ in ("dobj", "obj") for c in outer.children) \
                and any(c.dep_ == "prt" and c.i == prep.i - 1 for c in outer.children):
            return "obj", outer
        # ("merged w/ Massey-Harris": a preposition written short is the one it stands for)
        return (prep.lemma_ if prep.lower_ in NOTE_PREPOSITIONS else prep.lower_), outer
    if dep == "compound" and head.tag_ == "VBN" and any(c.dep_ == "agent" for c in head.children):
        return "obj", head  # "tournament - won by Staunton": what the passive tells of, the parser's compound
    if dep in ("compound", "poss", "amod", "nmod", "nummod", "npadvmod", "advmod", "quantmod"):
        return ("poss" if dep == "poss" else "mod"), head
    if dep == "ROOT":
        return "topic", None
    return dep, head


_SPANS_OF_TIME = frozenset({"year", "decade", "month", "week", "day", "hour", "minute", "century", "while", "time",
                            "age", "generation", "lifetime"})


def _time_taken(verb: Token) -> bool:
    """Is ``verb`` the "took" of a time taken ("It took until 1890 for Yosemite to become ...", "it took
    ten years to finish")? Its "it" stands for nothing, and nothing is taken from anyone."""
    if verb.lemma_ != "take" or not any(c.dep_ in ("advcl", "xcomp") and any(g.lower_ == "to" and g.dep_ == "aux"
                                                                            for g in c.children)
                                        for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("until", "till") or c.dep_ == "dobj"
               and c.lemma_.lower() in _SPANS_OF_TIME for c in verb.children)


def _note_word(word: str) -> bool:
    """A word for a piece of writing ("reminder", "note", "summary"): a label of the writer's note itself."""
    from .lexical import kind  # (WordNet loads on first use)

    return kind(word) == "noun.communication"


def _score_line(tokens: Sequence[Token], clauses: list[Clause], parts: list[Part]) -> list[Part]:
    """The two sides of a score written between them in a line with no verb ("Germany 7-1 Brazil"): the
    one with more is who won, the one beaten what it was done to, as "Germany beat Brazil 7-1" says (a
    draw names no winner). ``at`` is a name's last token, a score's first."""
    out = list(parts)
    for score in [p for p in parts if p.kind == "amount" and p.value[2:3] == ("score",)
                  and 0 <= p.clause < len(clauses) and not clauses[p.clause].act]:
        sides = score_sides(score.text)
        if sides is None:
            continue
        before = next((p for p in out if p.kind == "name" and p.at == score.at - 1), None)
        # (the name right after the score's last token: its digits and dash come first)
        # (only the score's own tokens: not on past another score to a name further on, "McEnroe 1-6 7-5 6-3,
        # Wimbledon")
        k, end = score.at, tokens[score.at].idx + len(score.text)
        while k < len(tokens) and tokens[k].idx < end:
            k += 1
        after = next((p for p in out if p.kind == "name" and p.clause == score.clause
                      and k <= p.at < k + len(p.words)), None)
        first, second = sides
        if before is None or after is None or first == second:
            continue
        won, lost = (before, after) if first > second else (after, before)
        act = clauses[score.clause].act
        out = [replace(p, role="subj", clause=score.clause, anchor=act) if p is won else
               replace(p, role="obj", clause=score.clause, anchor=act) if p is lost else p for p in out]
        # (a date the line opens on, which the parse made a clause of its own, dates the match: "2014: Germany 7-1
        # Brazil")
        labels = {j for j in range(score.clause) if any(p.clause == j for p in out)
                  and all(p.kind == "date" for p in out if p.clause == j)}
        out = [replace(p, clause=score.clause, anchor=act) if p.clause in labels else p for p in out]
    return out


def read(span: Span | Sequence[Token], referent: str = "", context_dates: Sequence[DateSpan] = (),
         use_ner: bool = False, text: str | None = None, topic: str = "",
         before: Sequence[str] = (), owner: str = "", earlier_year: int | None = None,
         written_year: int | None = None, earlier_month: int | None = None) -> Statement:
    """The statement one parsed sentence makes.

    ``referent`` is the name a pronoun subject ("She", "It") stands for, found by the caller in
    the sentences before; ``topic`` the name the section is about (its heading), which a line
    with no subject at all ("- isolated calcium in 1808") is about; ``context_dates`` give a
    month-only date its year (a timeline heading); ``before`` what the sentence before spoke of
    (``antecedents`` of its statement), which an "it" nothing else resolves may stand for;
    ``owner`` the person whose work ``referent`` is ("Toni Morrison's Beloved"), whom "she" stands for;
    ``earlier_year`` the last year the sentences before it in the paragraph gave, from which "two
    years later" counts; ``written_year`` the year it was written in (its post's or comment's date),
    from which "120 years ago" counts back; ``earlier_month`` the month of ``earlier_year``'s date, if it
    gave one ("10 December 1868": "a year later" is about December 1869).
    """
    tokens = [t for t in span if not t.is_space]
    if not tokens:
        return Statement(text or "", (), ())
    _repair_arrow_subject(tokens)
    _repair_town_upon(tokens)
    _repair_equation_root(tokens)
    _repair_named_kind(tokens)
    _repair_trailing_noun(tokens)
    _repair_capitalised_value(tokens)
    _repair_asked_time(tokens)
    _repair_adjective_noun(tokens)
    _repair_unknown_verb(tokens)
    _repair_headline_verb(tokens)
    _repair_note_act(tokens)
    _repair_named_description(tokens)
    _repair_compound_participle(tokens)
    _repair_label_participle(tokens)
    _repair_modal_noun(tokens)
    _repair_fronted_phrase(tokens)
    _repair_compound_subject(tokens)
    _repair_participle_subject(tokens)
    _repair_stray_relative(tokens)
    _repair_implicative(tokens)
    _repair_trailing_tally(tokens)
    _repair_score_object(tokens)
    _repair_stray_verb(tokens)
    _repair_cleft(tokens)
    _repair_nationality_gerund(tokens)
    _repair_born_name(tokens)
    _repair_dated_participle(tokens)
    _repair_dated_aside(tokens)
    base = tokens[0].idx
    raw = text if text is not None else "".join(t.text_with_ws for t in tokens)
    norm = same_length("".join(t.text_with_ws for t in tokens))
    # a URL's digits are never a date or an amount ("/prizes/physics/1903/")
    for t in tokens:
        if t.like_url or t.text.lower().startswith(("http", "www.")):
            a = t.idx - base
            norm = norm[:a] + " " * len(t.text) + norm[a + len(t.text):]
    local = {t.i: k for k, t in enumerate(tokens)}

    # dates first: their tokens are neither amounts nor names
    date_spans_found, spans = find_dates(norm)
    dates: list[tuple[DateSpan, list[int]]] = []
    date_tokens: set[int] = set()
    for d, (a, b) in zip(date_spans_found, spans):
        covered = [t.i for t in tokens if a <= t.idx - base < b]
        # ("c. 1450": the mark of an approximate date is the date's, whatever span the pattern gave)
        covered = [t.i for t in tokens if t.i + 1 in covered[:1] and t.lower_ in ("c.", "ca.", "circa", "c")] + covered
        # ("Karl August Söderström": a month's word between two names is a given name, no date; so is one
        # after a name and "&", "Bryant & May")
        k0 = local[covered[0]] if len(covered) == 1 else -1
        if d.year_lo is None and k0 >= 0 and (_between_names(tokens, k0)
                                               or k0 >= 2 and tokens[k0 - 1].text == "&" and tokens[k0 - 2].text[:1].isupper()):
            continue
        date_tokens.update(covered)
        dates.append((d, covered))
    if context_dates and not dates:
        dates = [(d, []) for d in context_dates]  # the timeline line's or heading's date
    elif context_dates:
        filled = with_context([d for d, _ in dates], list(context_dates))
        dates = [(f, toks) for f, (_, toks) in zip(filled, dates)]
    # "1972: Apollo 17 in December": a month alone takes the year the same line gives, when it gives one
    years = {(d.year_lo, d.year_hi) for d, _ in dates if d.year_lo is not None and d.month is None}
    if len(years) == 1 and any(d.year_lo is None for d, _ in dates):
        filled = with_context([d for d, _ in dates], [DateSpan(*next(iter(years)))])
        dates = [(f, toks) for f, (_, toks) in zip(filled, dates)]

    # what the writer set apart: in brackets, or after a spaced dash ("LLaMA 2 released – sparks debate")
    aside_tokens = _set_apart(tokens)
    # "Blériot crosses the Channel": a headline verb the tagger took for a plural noun
    # ("Luna 2 slams into the Moon": a "noun" with a subject is a verb all the same)
    # ("Water Torture Cell premieres in London": a headline's verb after a name, with where or when after it)
    verbal_nouns = {t.i for t in tokens if t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN") and t.text[:1].islower()
                    and (any(c.dep_ == "dobj" or c.dep_ == "nsubj" and c.i < t.i for c in t.children)
                         or t.tag_ == "NNS" and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == t.i - 1
                                                    for c in t.children)
                         and any(c.dep_ == "prep" and c.i > t.i and c.lower_ in _HEADLINE_PREPS for c in t.children))
                    and _verb_word(t.lemma_.lower())}
    # clauses
    heads = [t for t in tokens if _is_clause_head(t)]
    if not heads:
        heads = [tokens[0]]
    head_index = {t.i: k for k, t in enumerate(heads)}
    clauses: list[Clause] = []
    # (a span cut from its sentence after a label, "Fun fact: the first fireworks ... lit up ...", may hold no
    # root of the parse: its own is the verb whose head was cut off)
    inside = {t.i for t in tokens}
    root = next((t for t in tokens if t.dep_ == "ROOT"), None) or next(
        (t for t in tokens if t.head.i not in inside and t.pos_ in ("VERB", "AUX")), tokens[0])
    verbless = root.pos_ not in ("VERB", "AUX")
    # "It describes how X", "researchers told the world that X": the frame says nothing to check.
    # "Davy proved in 1810 that X" says who and when: both clauses are claimed.
    root_subj = _subject_token(root)
    reporting_root = root.lemma_.lower() in _REPORTING and any(c.dep_ == "ccomp" for c in root.children) and (
        root_subj is None or root_subj.pos_ != "PROPN" and not (root_subj.text[:1].isupper() and
                                                                 root_subj.i > tokens[0].i))
    participles: dict[int, Token] = {}
    # "- isolated calcium and magnesium in 1818": a note's participle the tagger made an adjective
    if verbless and root.i not in date_tokens:
        for t in tokens:
            if t.tag_ in ("VBN", "VBD") and t.pos_ in ("ADJ", "VERB") and t.i < root.i + 2 and t.dep_ in (
                    "amod", "compound", "ROOT") and t.head == root and _verb_word(t.lemma_.lower()):
                participles[root.i] = t
                break
    # "Munich should have been a celebration, but eleven athletes were murdered": what should have
    # been is no claim when another clause states what was
    def counterfactual(h: Token) -> bool:
        aux = [c.lower_ for c in h.children if c.dep_ == "aux"]
        return any(a in ("should", "would", "could", "might") for a in aux) and "have" in aux
    # (or its conjunct, which shares its subject: "could have won but just kept sailing to Tahiti")
    stated = any(not counterfactual(h) and h.pos_ in ("VERB", "AUX") and (
        _subject_token(h) is not None or h.dep_ == "conj" and counterfactual(h.head) and _contrasted(h)) for h in heads)
    for h in heads:
        main = _is_main(h, root, verbless, reporting_root) and not (h.dep_ != "ROOT" and _detail(h, root)) \
            and not (counterfactual(h) and stated) and not _hearsay(h)
        if h.i in participles:  # the note's participle is its act; its noun is what was done
            v = participles[h.i]
            clauses.append(Clause(act=v.lemma_.lower(), negated=False, passive=v.tag_ == "VBN" and v.i > h.i, main=main,
                                  dep=h.dep_, finite=False))
            continue
        is_verb = h.pos_ in ("VERB", "AUX") or h.i in verbal_nouns
        act = (_event_act(h) or _particle(h)) if is_verb else ""
        copula = is_verb and h.lemma_.lower() in _COPULAS or h.text == "="  # ("X = Y" in notes says "X is Y")
        # "it was serialised in ...": the tagger took the participle for an adjective after "be"
        vbn = next((c for c in h.children if c.dep_ == "acomp" and c.tag_ == "VBN"), None) if copula else None
        if vbn is not None and _verb_word(vbn.lemma_.lower()):
            participles[h.i] = vbn
            clauses.append(Clause(act=vbn.lemma_.lower(), negated=_negated(h), passive=True, main=main,
                                  copula=False, dep=h.dep_, finite=True))
            continue
        subj = _subject_token(h)
        only = _only_listed(h, head_index)
        # (or what was won, "received the unshared 1983 prize"; not a list of things the clause keeps
        # to, but a list of doers all the same: "Only Watson and Crick discovered ..." says no one else did)
        doers = bool(only) and any(c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ if c.pos_ == "PROPN" else c.lemma_.lower()) in only for c in h.children)
        exclusive = (not only or doers) and any(c.lower_ in _EXCLUSIVE for c in h.subtree if c.dep_ in ("advmod", "amod")
                        and (c.head == h or subj is not None and c.head == subj or c.lower_ == "unshared"
                             # ("was the work of one engraver, Charles Heath, alone": of the name it says)
                             or c.head.dep_ == "attr" and c.head.head == h and c.head.pos_ == "PROPN"
                             # ("was issued by Duke Wilhelm IV alone": of the passive's doer)
                             or c.head.dep_ == "pobj" and c.head.head.dep_ == "agent" and c.head.head.head == h)
                        and _clause_of(c, head_index) == head_index[h.i]) or _by_oneself(h)
        frame = h.head.lemma_.lower()
        frames = _PASSIVE_FRAMES if any(c.dep_ == "auxpass" for c in h.head.children) else _FRAMES
        framed = ("hope" if frame == "hop" else frame) if h.dep_ == "xcomp" and h.head is not h and frame in frames else ""
        clauses.append(Clause(act=act if not copula else "be", negated=_negated(h) or _denied_by_parent(h),
                              passive=(_passive(h) or _bare_participle(h) and any(c.dep_ == "nsubj" for c in h.children))
                              if is_verb else False, main=main, exclusive=exclusive, only=only,
                              copula=copula, dep=h.dep_,
                              finite=h.dep_ == "ROOT" or _subject_token(h) is not None, framed=framed,
                              sequel=_sequel(h), ceased=_ceased(h), past=_past(h),
                              shifted=_shifted(h)))
    # "Its great selling point was that X", "The trouble is that X": the copula frames X, which
    # is what the sentence claims
    copula_frame = root.lemma_.lower() == "be" and any(c.dep_ == "ccomp" for c in root.children) and \
        not any(c.dep_ in ("attr", "acomp") for c in root.children)
    if (reporting_root or copula_frame) and root.i in head_index:
        k = head_index[root.i]
        clauses[k] = replace(clauses[k], main=False)
    # "1888: Institute opens in Lyon": the root is the timeline date; the clause is the one after it
    dated_root = root.i in date_tokens and len(heads) > 1

    parts: list[Part] = []

    def clause_of(t: Token) -> int:
        return _clause_of(t, head_index)

    def anchor_of(h: Token | None) -> str:
        if h is None:
            return ""
        if h.i in head_index:
            c = clauses[head_index[h.i]]
            return c.act
        return h.lemma_.lower()

    url_tokens = {k for k, t in enumerate(tokens) if t.like_url or t.text.lower().startswith(("http", "www."))}
    # "the world's No. 2 milk producer", "number two", "#1": a place in a ranking, not an amount
    numbered = _numbered_ranks(tokens)
    # "knocked out Schmeling in round three": the third round, a place, not a count of three
    places = {k: v for k, v in sequence_places(tokens).items() if tokens[k].i not in date_tokens}
    numbered_tokens = {tokens[k].i for k in numbered} | {tokens[m].i for k, (m, _, _) in numbered.items()} \
        | {tokens[k].i for k in places}
    amounts = [as_age(q, tokens) for q in find_quantities(tokens, frozenset(k for k, t in enumerate(tokens)
                                                                          if t.i in date_tokens) | url_tokens
                                                          | set(numbered))
               # "two years later", "a month before": a time between events, not an amount to check
               # ("73 seconds after launch" measures something: it is kept)
               if not _relative_time(tokens, q.end) or _age_ago(q, tokens)]
    said_bare = {q.start for q in amounts if not q.unit}
    amounts = [prompt_unit(tokens, q) for q in amounts]
    # (a prompt's answer "in percent": what it is a share of, the prompt says, if it says it; see share_of_said)
    asked = {q.start for q in amounts if q.start in said_bare and q.unit == "%"}
    # "evacuated three days later" against "the day after the explosion": a time between two events, which a fact
    # need not give (the claim's reader may count it) but which conflicts with the one a fact gives
    offsets = time_offsets(tokens)
    amounts = [q for q in amounts if not any(o.start <= q.start < o.end for o in offsets)]
    # ("INES level given to Three Mile Island -> 4": a prompt that asks which one of a sequence is answered with
    # its place, as "level 5" says it)
    for q in [q for q in amounts if q.counted in SEQUENCE_NOUNS and q.unit == q.counted and q.end == q.start + 1
              and tokens[q.start].text.isdigit() and 1 <= int(tokens[q.start].text) <= 100]:
        noun = next(t for t in tokens[:q.start] if t.lemma_.lower() == q.counted)
        places[q.start] = (int(tokens[q.start].text), noun)
        numbered_tokens.add(tokens[q.start].i)
        amounts.remove(q)
    amounts += birthday_ages(tokens)
    amount_tokens = {tokens[k].i for q in amounts for k in range(q.start, q.end)}
    # "the three Apollo 1 astronauts": a number right after the proper noun it qualifies designates
    # (Apollo 1), whatever span the count was read from
    # (and after a line's first word, capitalised whatever it is: "Category 5 begins at 157 mph", "Room 40 broke it")
    # (not a score's first side, written after the first team: "Germany 7-1 Brazil")
    # (only a score between two names, or one after a verb's object, "beat the hosts Brazil 7-1"; "Brazil v
    # Uruguay 2-1" says nothing of who won, and its "Uruguay 2" stays unbacked)
    scores = [q for q in amounts if q.unit == "score"]
    finite = bool(scores) and _finite_verb(tokens)  # (asked only of a line with a score)
    score_tokens = {tokens[k].i for q in scores if finite or q.end < len(tokens) and (
        tokens[q.end].pos_ in ("PROPN", "NOUN") and tokens[q.end].text[:1].isupper()) for k in range(q.start, q.end)}
    designations = {i for i in amount_tokens - score_tokens if tokens[local[i]].text.isdigit() and (
                        tokens[local[i]].head.pos_ == "PROPN" or _opening_label(tokens, local[i] - 1))
                    and tokens[local[i]].head.i == i - 1 and tokens[local[i]].dep_ in ("nummod", "compound", "appos")}
    # (nor a sum's scale letter, "$3.3B" ("3M" is a name), nor a unit's capital symbol: "1,200 W")
    scale_letters = {tokens[k].i for q in amounts for k in range(q.start, q.end) if tokens[k].text.rstrip(".") in CAPITAL_UNITS
                     or tokens[k].lower_ in SCALES and any(tokens[j].lower_ in CURRENCY or tokens[j].lower_ in CURRENCY_WORDS
                                                           for j in range(max(q.start - 1, 0), min(q.end + 1, len(tokens))))}
    # (nor the words of a time between events, a capital "AFTER" the writer's stress: "12 days AFTER the accident")
    offset_tokens = {tokens[k].i for o in offsets for k in range(o.start, o.end)}
    chunks = _name_chunks(tokens, date_tokens | scale_letters | offset_tokens | {i for i in amount_tokens - designations
                                                                 if not tokens[local[i]].is_alpha}, use_ner)
    name_tokens = {t.i for c in chunks for t in c}

    for chunk in chunks:
        h = _chunk_head(chunk)
        c = clause_of(h)
        role, on = _role(h, clauses[c].passive)
        # (not one qualifying the word after it, which "a" is for: "a Schlitz can")
        if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in h.children) and len(chunk) == 1 \
                and not (h.dep_ == "compound" and h.head.i == h.i + 1):
            # "BLOOM, a multilingual LLM": a capitalised word after "a" names a kind, not someone
            parts.append(Part("thing", h.text, (h.lower_,), role, anchor_of(on), c, clauses[c].main,
                              detail=_detail(h, heads[c]), at=local[h.i]))
            continue
        if on is not None and on.i in verbal_nouns and role == "mod" and h.i < on.i:
            role = "subj"  # "Blériot crosses ...": the noun-tagged verb's compound is its subject
        if on is not None and role == "mod" and on.pos_ == "VERB" and h.dep_ in ("amod", "advmod") and h.i < on.i \
                and not any(x.dep_ in ("nsubj", "nsubjpass") for x in on.children):
            role = "subj"  # "Titanic left Southampton": the name the tagger took for an adjective does it
        # (not a possessor: "from Friedrich Schiller's poem" is the poem's, Schiller's the poss)
        role = (_surface_direction(tokens, local[chunk[0].i]) if h.dep_ != "poss" else "") or role
        # "Tabei (China)": a country in brackets after a name is where that one is from, as "of Japan"
        first_k, last_k = local[chunk[0].i], local[chunk[-1].i]
        if 2 <= first_k and last_k + 1 < len(tokens) and tokens[first_k - 1].text == "(" \
                and tokens[last_k + 1].text == ")" and tokens[first_k - 2].i in name_tokens \
                and _broad_place(tuple(t.lower_ for t in chunk)):
            role, on = "of", tokens[first_k - 2]
        shown = " ".join(h.doc.text[chunk[0].idx:chunk[-1].idx + len(chunk[-1].text)].split()).replace(REGNAL_ONE, "I")
        # "Paris–Marseille", "New York–London": two places joined by a dash are two names (not
        # "Caro–Kann Defence", "Hewlett–Packard": one name)
        pieces = re.split(r"\s*[–—/]\s*", shown)
        if len(pieces) > 1 and not all(_is_place(name_words(x)) for x in pieces if name_words(x)):
            pieces = [shown]
        for piece in pieces:
            words = name_words(piece)
            if not words and len(chunk) == 1 and chunk[0].lower_ in TITLES and h.dep_ != "poss" \
                    and any(x.dep_ == "case" and x.lower_ in ("'s", "’s") for x in chunk[0].children):
                # "at Lord's": a title's possessive with no noun after it is a place's name (the ground's)
                parts.append(Part("name", piece + "'s", (chunk[0].lower_,), role, anchor_of(on), c, clauses[c].main,
                                  h.ent_type_ if use_ner else "", detail=_detail(h, heads[c]), at=local[h.i]))
                continue
            if not words and len(chunk) == 1 and chunk[0].lower_ in TITLES:
                # "King penguin", "Emperor penguin": a title qualifying a noun names a kind of it;
                # "opened by the Queen": a title alone is who did it, a thing a fact must name
                parts.append(Part("thing", piece, (chunk[0].lower_,), role, anchor_of(on), c, clauses[c].main,
                                  detail=_detail(h, heads[c]), at=local[h.i]))
                continue
            # (the alphabet's span is no name: "not A-Z"; other letters with a dash are, "V-E Day", "the K-T
            # extinction")
            if not words or re.fullmatch(r"A\s*[-–]\s*Z", piece):
                continue
            # (a country in brackets hangs on the name before it, even where that name heads a verbless line)
            anchor = on.lemma_.lower() if role == "of" and on is not None and on.i in name_tokens else anchor_of(on)
            parts.append(Part("name", piece, words, role, anchor, c,
                              clauses[c].main, h.ent_type_ if use_ner else "", detail=_detail(h, heads[c]),
                              at=local[h.i]))

    first_act = next((k for k, x in enumerate(clauses) if x.main and (x.act or x.copula) and
                      heads[k].i != root.i), None)
    written_dates: list[DateSpan] | None = None
    for d, toks in dates:
        t = next((tokens[local[i]] for i in toks), None)
        c = clause_of(t) if t is not None else (clauses.index(next(x for x in clauses if x.main))
                                                if any(x.main for x in clauses) else 0)
        if (t is None or dated_root and c == head_index.get(root.i)) and first_act is not None:
            c = first_act  # a heading's or a timeline prefix's date dates the first act
        elif t is not None and not clauses[c].main and not clauses[c].finite and heads[c].dep_ in ("advcl", "acl") \
                and heads[c].head.i < heads[c].i and heads[c].lemma_.lower() in _GLOSSING \
                and _set_off_by_comma(tokens, min(local[i] for i in toks)):
            # "named the genus Theobroma, meaning "food of the gods", in 1753": a date set off by a
            # comma after an aside that glosses a word dates the clause the aside hangs on (not an
            # aside that tells an event of its own: "sailed on the Beagle, returning to England, in 1836")
            c = clause_of(heads[c].head)
        label = d.label()
        # a date the claim does not write (a bullet under "1957: ...", a line under "## 1965"): it
        # may conflict with a fact, but a fact need not state it for the claim to hold
        inherited = t is None and not any(re.search(rf"\b{w}\b", raw)
                                          for w in re.findall(r"\d{4}|[A-Z][a-z]+", label))
        # (the line's own date is written, "c. 300 BC: ...", "415: ...", "c. 1275 - ...", whatever its label reads)
        if inherited and d.year_lo is not None:
            written_dates = find_dates(raw)[0] if written_dates is None else written_dates
            inherited = d not in written_dates
        parts.append(Part("date", label, (label,), "time", clauses[c].act, c, clauses[c].main,
                          value=(d.year_lo, d.year_hi, d.month, d.day_lo, d.day_hi)
                          # (a date said roughly keeps saying so: "the turn of the 20th century")
                          + ((d.century_free, True) if d.rough else (True,) if d.century_free else ()),
                          at=local[t.i] if t is not None else -1,
                          resolved=inherited))

    # "Two years later came the Year Without a Summer" (after "In April 1815 ..."): a year counted from
    # the last one given before, in this sentence or the ones before it. The writer does not write it,
    # so it is the reader's: it may conflict with a fact's year, a fact need not state it.
    # (counted from the one year written before it in the sentence, or the one "later" before it
    # counted to, or the paragraph's; none when two years came before: "published in 1961 and set in
    # 1944, was filmed nine years later" does not say from which)
    # (in whole years from a date with its month, about that month: "Barely a year later" than 10 December
    # 1868 is not January 1869; a rough month, within three either way)
    counted: int | None = None
    month: int | None = None
    for k, n, about in _relative_years(tokens):
        given = {(d.year_lo, d.month) for d, toks in dates
                 if toks and d.year_lo is not None and d.year_lo == d.year_hi and min(local[i] for i in toks) < k}
        # (or the line's own date, its timeline prefix: "1930 - ... ; company founded the same year")
        lead = {(d.year_lo, d.month) for d, toks in dates if not toks and d.year_lo is not None and d.year_lo == d.year_hi}
        start = (counted, month) if counted is not None else (
            given.pop() if len({y for y, _ in given}) == 1 and len(given) == 1 else
            (earlier_year, earlier_month) if not given and earlier_year is not None else
            lead.pop() if not given and len(lead) == 1 else None)
        c = clause_of(tokens[k])
        # (a line's leading date that the parse read into the clause of the count, set off from it by a
        # semicolon, dates what the line told before, not the act counted from it: "1661 - Fouquet's fête at
        # Vaux; he is arrested the following year" is an arrest in 1662; not a date beside the count, "in
        # September 1931, six years later", counted from something else)
        # (or any date of the clause before that semicolon, the one the count is from: "Kell's fête at Velden in 1661;
        # she is arrested the following year" (review 53); the line's own date, read from its timeline prefix, too)
        leading = [p for p in parts if p.kind == "date" and p.clause == c and not p.resolved and p.value[:1] == (start[0],)
                   and any(x.text == ";" for x in tokens[max(p.at, 0):k])] if start else []
        own = [p for p in parts if p.kind == "date" and p.clause == c and not p.resolved and p not in leading]
        # ("Six years later, on 1 October, the Model T arrived": a day and month of the clause's own, without a year,
        # take the year the count gives)
        yearless = [p for p in own if len(p.value) > 2 and p.value[0] is None and p.value[2] is not None]
        if start is None or own and len(yearless) != len(own):
            continue
        parts = [p for p in parts if p not in leading]
        year = counted = start[0] + n
        if yearless:
            parts = [replace(p, text=f"{p.text} {year - about}" + (f"-{year + about}" if about else ""),
                             value=(year - about, year + about, *p.value[2:])) if p in yearless else p for p in parts]
            continue
        # (a count of one year only: "five years later" is said to the year, rounded, and may be months off)
        month = start[1] if n == 1 and not about else None
        span = DateSpan(year - about, year + about, month, rough=month is not None)
        # (said as the reader's count: "about December 1869")
        label = f"about {MONTH_NAMES[month]} {span.label()}" if month is not None else span.label()
        parts.append(Part("date", label, (label,), "time", clauses[c].act, c, clauses[c].main,
                          value=(span.year_lo, span.year_hi, span.month, None, None, False, span.rough), at=k,
                          resolved=True))

    # "International Harvester was formed 120 years ago" (in a comment dated 2024): counted back from
    # the year it was written, one year more when that year's anniversary had not yet come; the writer
    # says when, in other words, so a fact must give it (one year of the count agrees)
    # (with no date it was written on, or no count, "a few years ago", it says when all the same, and no
    # fact can tell: a date nothing backs)
    for k, far, near in _years_ago(tokens):
        c = clause_of(tokens[k])
        if any(p.kind == "date" and p.clause == c and not p.resolved for p in parts):
            continue
        if written_year is None or far is None or near is None:
            said = " ".join(x.text for x in tokens[max(0, k - 3):k + 1] if not x.is_punct)
            parts.append(Part("date", said, (said,), "time", clauses[c].act, c, clauses[c].main,
                              value=(None, None, None, None, None), at=k))
            continue
        span = DateSpan(written_year - far, written_year - near, rough=True)
        parts.append(Part("date", span.label(), (span.label(),), "time", clauses[c].act, c, clauses[c].main,
                          value=(span.year_lo, span.year_hi, None, None, None, False, True), at=k))

    for q in amounts:
        # (or opens a name in quotes: France's "Four Musketeers")
        if q.end - q.start == 1 and tokens[q.start].is_alpha and tokens[q.start].i in name_tokens and q.start > 0 \
                and (tokens[q.start - 1].i in name_tokens and tokens[q.start - 1].pos_ == "PROPN"
                     and (q.end >= len(tokens) or tokens[q.end].i not in name_tokens)
                     or tokens[q.start - 1].text in ('"', "“") and q.end < len(tokens) and tokens[q.end].i in name_tokens):
            continue  # a number word a name ends in counts nothing: "Apollo Eleven", "BBC One" (not "Four World Cups")
        if q.end - q.start == 1 and q.start in places:
            continue  # (nor the number of a place: "round three")
        t = tokens[min(q.end, len(tokens)) - 1]
        # ("by a fifth of a second": the share word stands where the amount does, the thing it is of under it)
        one = share_of_one(tokens, q.start)
        if one is not None and one[1] == q.start + 4:
            t = tokens[q.start + 1]
        c = clause_of(t)
        role, on = _role(t, clauses[c].passive)
        # (not the figure it came from or changed by: "had fallen to 120 from 300")
        unit = q.unit or _partitive(tokens[q.start:q.end]) \
            or ("" if role in ("from", "by", "since", "including", "mod") else _number_of(heads[c], on)) \
            or _counted_by_label(tokens, q.start, q.end) or _fronted_partitive(tokens, q.start, q.end) \
            or _people_after(tokens, q.end)
        # (a prompt's answer is no phrase of a preposition before its arrow, where the parse may hang it: "Vero's
        # children by Ann Kell -> 3" counts children, no difference "by 3" (review 52))
        arrow = _prompt_arrow(tokens, q.start) if t.dep_ == "pobj" else None
        if arrow is not None and t.head.i < tokens[arrow].i:
            role = "mod"
        if q.start in asked:
            role = "asked"
        parts.append(Part("amount", q.text, (q.counted or unit,), role, anchor_of(on), c, clauses[c].main,
                          value=(q.low, q.high, unit), detail=_detail(t, heads[c]), at=q.start))

    for o in offsets:
        # (the time is the act's the "after" hangs on: "died ..., weeks after the act became law" is the death's)
        w = tokens[o.end - 1]
        t = w.head.head if w.dep_ == "mark" else w.head if w.dep_ == "prep" else tokens[o.end - 2]
        c = clause_of(t)
        # (one from an event the sentence names, "two days after shooting himself", is the claim's own to back; not
        # "weeks after", which says only which way, nor "the year before Cutty Sark", a date the reader may count)
        told = o.anchored and not math.isinf(o.high) and tokens[o.start].lower_ != "the"
        parts.append(Part("amount", o.text, ("offset", *o.reference), "offset",
                          clauses[c].act, c, clauses[c].main, value=(o.low, o.high, f"[offset {o.direction}]"),
                          at=o.start, resolved=not told))
    # the second half of a unit written with a slash ("km / h."): the amount says it
    unit_tokens = {tokens[k].i for q in amounts if q.unit in DIMENSIONS for k in range(q.start + 1, q.end)
                   if tokens[k - 1].text == "/"}
    # the word a share is said in ("half the Encyclopédie", "three-quarters of them"): the amount says it
    share_tokens = {tokens[k].i for q in amounts if q.unit == "%" for k in range(q.start, q.end)
                    if tokens[k].lower_ in SHARE_WORDS}
    for k, (n, noun) in places.items():
        c = clause_of(noun)
        said = f"{noun.text} {tokens[k].text}"
        parts.append(Part("rank", said, (noun.lemma_.lower(),), "rank", noun.lemma_.lower(), c, clauses[c].main,
                          value=(n,), at=k, detail=_detail(noun, heads[c])))
    for k, (mark, n, noun) in numbered.items():
        c = clause_of(noun)
        said = "".join(x.text_with_ws for x in tokens[mark:k + 1]).strip()
        # (after what it ranks, "WC #1", the number is its place in the series: the first, as "round three" is)
        value = (n,) if noun.i < tokens[mark].i else (n, NUMBERED)
        parts.append(Part("rank", said, (noun.lemma_.lower(),), "rank", noun.lemma_.lower(), c, clauses[c].main,
                          value=value, at=k, detail=_detail(noun, heads[c])))
    for k, t in enumerate(tokens):
        if t.i in numbered_tokens:
            continue
        if t.i in name_tokens or t.i in date_tokens or t.is_punct or (t.like_num or not t.is_alpha) and t.i in amount_tokens \
                or t.i in unit_tokens or t.i in share_tokens or t.i in amount_tokens and t.lower_ in SCALES \
                or t.i in amount_tokens and t.lower_ in ABOUT \
                or t.i in amount_tokens and t.lower_ in ("yr", "yrs"):  # ("50mn": the amount's scale; "approx 37m": its
            continue  # hedge; "lasts 7 yrs": its years written short)
        lemma = t.lemma_.lower()
        c = clause_of(t)
        # "in the semi-final", "a quarter-final": a round of its own, which a fact's "final" does not back
        if t.lower_ in ("final", "finals") and k >= 2 and tokens[k - 1].text == "-" \
                and (word := f"{tokens[k - 2].lower_}-final") in ROUNDS:
            role, on = _role(t, clauses[c].passive)
            parts.append(Part("thing", f"{tokens[k - 2].text}-{t.text}", (word,), role, anchor_of(on), c,
                              clauses[c].main, detail=_detail(t, heads[c]), at=k))
            continue
        rank = _ORDINALS.get(t.lower_) or (int(m.group(1)) if (m := _ORDINAL_NUM.match(t.text)) else None)
        # ("the founding artistic director", "the inaugural race": the first one, on the noun it qualifies)
        # (one of them: not "a founding member", "the founding fathers", which are several)
        if t.lower_ in ("founding", "inaugural") and t.dep_ == "amod" and t.head.pos_ == "NOUN" \
                and t.head.tag_ == "NN" and any(c.lower_ == "the" or c.dep_ == "poss" for c in t.head.children):
            rank = 1
        # ("First leap second": right after a common noun, the word that makes a noun with it is the unit
        # that noun qualifies, not a rank; "the mission first to land" keeps its rank)
        if rank and t.i > 0 and t.nbor(-1).pos_ == "NOUN" and t.nbor(-1).text.islower() and (
                t.head == t.nbor(-1) or t.nbor(-1).head == t) and _noun_word(f"{t.nbor(-1).lower_}_{t.lower_}"):
            rank = None
        # ("won the first final": a "final" that heads its phrase is the match, not the last of something,
        # whatever the tagger makes of it)
        if rank and _final_match(t):
            rank = None
        if rank and t.dep_ in ("amod", "advmod", "nummod", "attr", "npadvmod", "ROOT", "nsubj", "dobj", "appos", "compound"):
            # "its first flight" ranks the flight, "first flew" the flying
            of = t.head if t.head.i != t.i and (t.head.pos_ in ("NOUN", "PROPN") or _final_match(t.head) or t.dep_ == "advmod"
                                                and t.head.pos_ == "VERB") else t
            if k + 1 < len(tokens) and _final_match(tokens[k + 1]):
                of = tokens[k + 1]
            # ("1st Open -> Prestwick GC": the parser hangs the rank on the note's last noun, past its arrow; it
            # ranks the noun right after it)
            # (a name's: not "1st winner -> Willie Park", an agent the fact need not rank)
            if of.i > t.i + 1 and t.nbor(1).pos_ == "PROPN" \
                    and re.search(r"->|=>|[:=|→]", t.doc.text[t.idx:of.idx]) is not None:
                of = t.nbor(1)
            # ("the first known English newspaper advertisement": the first of them known, of the noun)
            if of.lower_ in ("known", "recorded", "documented") and of.dep_ == "amod" and of.head.pos_ == "NOUN" \
                    and of.head in tokens:
                of = of.head
            # ("Jeff Clark 1st surfed it 1975": a note's ordinal before a past verb is its "first", whatever the parse)
            if ordinal_before_act(t) and t.nbor(1) in tokens:
                of = t.nbor(1)
            value: tuple = (rank,)
            if t.dep_ == "advmod" and t.head.tag_ == "JJS" and t.head.dep_ == "amod" and t.head.head.pos_ in ("NOUN", "PROPN"):
                # "the second-oldest orchestra": second on the scale of age, of the orchestra
                of, value = t.head.head, (rank, t.head.lemma_.lower())
            parts.append(Part("rank", t.text, (of.lemma_.lower(),), "rank", of.lemma_.lower(), c,
                              clauses[c].main, value=value, at=k, detail=_detail(t, heads[c])))
            continue
        if t.i in head_index and t.i in participles and tokens[k].pos_ in ("VERB", "AUX"):
            continue
        vbn_of = next((h for h, v in participles.items() if v.i == t.i), None)
        if vbn_of is not None:
            clause = clauses[head_index[vbn_of]]
            parts.append(Part("act", t.text, (clause.act,), "act", "", head_index[vbn_of], clause.main, at=k))
            continue
        if t.i in head_index and (t.pos_ in ("VERB", "AUX") or t.i in verbal_nouns):
            clause = clauses[head_index[t.i]]
            if clause.act and not clause.copula and clause.act not in _LIGHT_ACTS and not _complement_make(t) \
                    and not _light_with_event(t) and not _posture_with_state(t):
                parts.append(Part("act", t.text, (clause.act,), "act", "", c, clause.main, at=k))
            continue
        # (spaCy lists "name" among its stop words: "under his own name" is no stop word's doing)
        # ("opened its doors in 1620", "shut its doors": the idiom's doors are the thing's own opening)
        if lemma == "door" and t.dep_ == "dobj" and t.head.lemma_.lower() in _DOORS_ACTS and any(
                c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
            continue
        # (and what a comparison is made with, whatever the tagger calls it: "more expensive than silver")
        # (and an adjective in a noun's place, the tagger's slip on a word of both: "burn more fat than sprinters")
        if (t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.text[:1].islower()
                or t.pos_ == "ADJ" and t.dep_ == "pobj" and t.head.lower_ == "than"
                or t.pos_ == "ADJ" and t.dep_ in ("dobj", "nsubj", "nsubjpass") and _noun_word(lemma)) \
                and (not t.is_stop or _own_name(t)) \
                and (lemma not in LIGHT_NOUNS or _qualified(t) or _comparative(t) and any(
                    c.lower_ == "than" for c in t.children)) and len(lemma) > 1:  # ("more people than heat")
            role, on = _role(t, clauses[c].passive)
            if on is not None and on.i in verbal_nouns and role == "mod" and t.i < on.i:
                role = "subj"
            parts.append(Part("thing", t.text, (lemma,), role, anchor_of(on), c, clauses[c].main,
                              detail=_detail(t, heads[c]), at=k, value=_comparative(t)))
            if _own_name(t):  # (one's own name is no pen name, which is a name too)
                own = next(x for x in t.children if x.lower_ == "own")
                parts.append(Part("mod", own.text, ("own",), "mod", lemma, c, clauses[c].main,
                                  detail=_detail(t, heads[c]), at=local[own.i]))
        elif t.lower_ in ("only", "sole") and t.dep_ == "amod" and t.head.pos_ == "NOUN":
            # "the only city to have hosted them three times": one of a kind, which "the first city
            # to host them three times" does not say
            parts.append(Part("mod", t.text, ("only",), "mod", anchor_of(t.head), c, clauses[c].main,
                              detail=_detail(t, heads[c]), at=k))
        elif (t.pos_ in ("ADJ", "VERB", "ADV") and t.dep_ in ("amod", "acomp", "advmod", "npadvmod", "attr",
                                                            "oprd", "compound", "conj")
              # ("made imports more expensive": what the act made them, a small clause)
              # (or any state an act of result leaves its object in, which the parse may give as a small clause
              # too: "makes the flame green", "rendered the city uninhabitable", as it gives "turns fish pink")
              # (its object and it in one run of words after the act: not a note's remark after an arrow or a
              # comma, "makes the flame lilac -> nice for fireworks")
              or t.pos_ == "ADJ" and t.dep_ == "ccomp" and (_comparative(t) or t.head.lemma_.lower() in RESULT_ACTS
                                                           and t.head.i < t.i and not any(
                                                               x.is_punct or x.pos_ in ("PUNCT", "SYM") or not x.is_alpha
                                                               for x in t.doc[t.head.i + 1:t.i]))) \
                and (lemma not in LIGHT_MODS or _compared(t) or _names_a_kind(t) or _predicated(t)) \
                and t.lower_ not in _EXCLUSIVE and not t.is_stop \
                and t.is_alpha and lemma not in _NEGATIONS:
            # ("burned brighter than tallow", "less brightly": a comparison is checked, its manner word too)
            if t.pos_ == "ADV" and not lemma.endswith(("ward", "wards")) and t.dep_ == "advmod" and not (
                    _comparative(t) and any(x.lower_ == "than" for x in t.sent)):
                continue  # "quickly", "later": manner and sequence words are not checked
            on = t.head if t.head.i != t.i else None
            # (a verbless line's head noun is what its adjectives qualify: "Darwin's paternal grandfather")
            anchor = anchor_of(on) or (on.lemma_.lower() if on is not None and on.pos_ == "NOUN" and t.dep_ == "amod" else "")
            compared = _comparative(t)
            parts.append(Part("mod", t.text, (_compared_base(lemma) if compared else lemma,), "mod", anchor, c,
                              clauses[c].main, detail=_detail(t, heads[c]), at=k, value=compared))

    # "the most powerful earthquake", "the largest eruption": a superlative ranks its noun first on
    # its scale (unless an ordinal says otherwise: "the second most powerful" is ranked above)
    for k, t in enumerate(tokens):
        # (and a participle: "the most visited park")
        # (and through an adverb: "the most widely planted grape", "the most densely populated state")
        over = t.head.head if t.lower_ in ("most", "least") and t.dep_ == "advmod" and t.head.tag_ == "RB" \
            and t.head.dep_ == "advmod" and t.head.head.i == t.head.i + 1 else t.head
        adj = over if t.lower_ in ("most", "least") and t.dep_ == "advmod" and (
            over.pos_ == "ADJ" or over.tag_ == "VBN") else \
            t if t.tag_ == "JJS" and t.lower_ not in ("most", "least") else None
        if adj is None or adj.dep_ != "amod" or adj.head.pos_ not in ("NOUN", "PROPN") or adj.head not in tokens:
            continue
        noun = adj.head
        if any(_ORDINALS.get(x.lower_) or _ORDINAL_NUM.match(x.text) for x in [*noun.children, *adj.children]):
            continue
        # (not a word of a prize's name after the act or "for", "wins Best Animated Feature", "for Best Actor": a
        # category, no ranking; a line's label is one, "Oldest University: Oxford")
        # (not after a copula: "is the Tallest Building" ranks)
        # (the word before it, or before its "the")
        prior = tokens[k - 2] if k > 1 and tokens[k - 1].lower_ == "the" else tokens[k - 1] if k > 0 else None
        after_act = prior is not None and (prior.lower_ == "for" or prior.pos_ == "VERB")
        if adj.text[:1].isupper() and noun.text[:1].isupper() and len(noun.text) > 1 and adj.i == t.i and after_act \
                and not any(x.text == ":" for x in tokens[k:k + 6]):
            continue
        scale = ("least " if t.lower_ == "least" else "") + adj.lemma_.lower()
        c = clause_of(noun)
        parts.append(Part("rank", " ".join(x.text for x in tokens[min(k, local[adj.i]):local[adj.i] + 1]),
                          (noun.lemma_.lower(),), "rank", noun.lemma_.lower(), c, clauses[c].main,
                          value=(1, scale), at=k, detail=_detail(noun, heads[c])))

    # "won the most Tonys", "the fewest wins", "He scored 14 goals, the most in the league": a count's superlative
    # ranks its plural noun first by how many (not "Most lighthouses are automated": a majority, not a rank; a
    # line's label may drop the "the", "Most Tonys won by one show: Hamilton")
    # (and so do "more than any other" after it, "played 200 Tests, more than any other player", and "a record",
    # "received a record 16 Tony nominations")
    def words_after(k: int, n: int) -> str:
        return " ".join(x.lower_ for x in tokens[k + 1:k + 1 + n])

    for k, t in enumerate(tokens):
        after_comma = k > 1 and tokens[k - 1].text == "," or k > 2 and tokens[k - 1].lower_ == "the" \
            and tokens[k - 2].text == ","
        unmatched = t.lower_ == "more" and after_comma and words_after(k, 3) in (
            "than any other", "than anyone else", "than any player", "than any team")
        recorded = t.lower_ == "record" and k > 0 and tokens[k - 1].lower_ == "a" and t.dep_ in ("nmod", "compound", "amod")
        # (and "329 vessels, the largest of any port": the most of them)
        unmatched = unmatched or t.lower_ in ("largest", "biggest", "highest") and after_comma \
            and tokens[k - 1].lower_ == "the" and words_after(k, 2) in ("of any", "of all")
        if t.lower_ not in _COUNT_SUPERLATIVES and not unmatched and not recorded or t.head not in tokens:
            continue
        noun = t.head
        # (a compound's head is what is counted: "the most time zones")
        while noun.dep_ == "compound" and noun.head.i != noun.i and noun.head.pos_ == "NOUN":
            noun = noun.head
        # (a record figure in a unit is a measure's, no count's: "a record 9.58 seconds")
        if recorded and any(q.start <= local.get(noun.i, -1) < q.end and q.unit in DIMENSIONS for q in amounts):
            continue
        # (the parse may hang "the most" after a comma on what follows: "won 12 Tony Awards in 2001, the most
        # ever won by a single show" ranks the awards)
        # (the parse may hang "most" on the compound before the plural: "the most touchdown passes")
        on_compound = t.dep_ == "advmod" and t.head.dep_ == "compound" and k > 0 and tokens[k - 1].lower_ == "the"
        # (not a record narrowed to one's own or to a kind: ", the most in his career", ", the most by a runner")
        if after_comma and words_after(k, 2) in (
                "in his", "in her", "in its", "in their", "of his", "of her", "of its", "of their", "by a", "by an"):
            continue
        if t.dep_ not in ("amod", "appos") and not recorded and not on_compound:
            if not after_comma:
                continue
            # (the plural counted before the comma, over a phrase after it: "12 Tony Awards in 2001, the most")
            counted = None
            comma = k - 1 if tokens[k - 1].text == "," else k - 2
            for x in reversed(tokens[max(0, comma - 7):comma]):
                if x.pos_ in ("VERB", "AUX"):
                    break
                if x.tag_ in ("NNS", "NNPS") and x.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "appos", "npadvmod"):
                    counted = x
                    break
            if counted is None:
                continue
            noun = counted
        if noun.tag_ not in ("NNS", "NNPS") or any(p.kind == "rank" and p.at == k for p in parts):
            continue
        the = k > 0 and tokens[k - 1].lower_ == "the" or unmatched or recorded
        labelled = k == 0 and t.text[:1].isupper() and any(x.text == ":" for x in tokens[k + 1:])
        if not (the or labelled) or t.dep_ == "appos" and not the:
            continue
        c = clause_of(noun)
        # (a capitalised plural keeps its s in the lemma: "Most Tests" ranks tests, a fact's "Test matches" test)
        counted_word = noun.lemma_.lower()
        if noun.tag_ == "NNPS" and counted_word == noun.lower_ and len(counted_word) > 3 and counted_word.endswith("s") \
                and not counted_word.endswith("ss"):
            counted_word = counted_word[:-1]
        parts.append(Part("rank", t.text, (counted_word,), "rank", counted_word, c, clauses[c].main,
                          value=(1, _COUNT_SUPERLATIVES.get(t.lower_, "many")), at=k, detail=_detail(noun, heads[c])))

    # "25 km E of Port-au-Prince", "west of Port-au-Prince": which side of a named place, one
    # qualifier of that place (so "E" and "west" meet as opposites)
    for k, t in enumerate(tokens):
        word = _compass(tokens, k)
        if word and tokens[k + 2].i in name_tokens:
            place = next(c for c in chunks if tokens[k + 2] in c)
            parts = [p for p in parts if p.at != k or p.kind not in ("thing", "mod", "name")]
            parts.append(Part("mod", t.text, (word,), "mod", "side of " + " ".join(
                name_words(" ".join(x.text for x in place))), clause_of(t), clauses[clause_of(t)].main,
                detail=_detail(t, heads[clause_of(t)]), at=k))

    # "at the very start of the Cretaceous", "the early Cambrian": which phase of a span, one qualifier
    # of the span (so "start" and "end", "early" and "middle" meet as different phases of it)
    for k, t in enumerate(tokens):
        span = _phase_of(t)
        if span is None or span not in tokens:
            continue
        # (the span by its name when it has one: "the Cretaceous period" is the Cretaceous)
        named = [x for x in [*span.lefts, span] if x.dep_ in ("amod", "compound") and x.text[:1].isupper()
                 or x == span and (x.pos_ == "PROPN" or x.text[:1].isupper() and x.i > x.sent.start)]
        chunk = next((c for c in chunks if any(x in c for x in named)), None)
        what = " ".join(name_words(" ".join(x.text for x in chunk))) if chunk else \
            named[0].lower_ if named else span.lemma_.lower()
        parts = [p for p in parts if p.at != k or p.kind not in ("thing", "mod")]
        parts.append(Part("mod", t.text, (_PHASES[t.lower_],), "mod", "phase of " + what, clause_of(t),
                          clauses[clause_of(t)].main, detail=_detail(t, heads[clause_of(t)]), at=k))

    # a conjoined verb with no subject of its own shares its head's ("X took ... and used ..."), and so
    # does a participle or infinitive clause ("Earhart flew ..., landing in Wales")
    # (and a gerund after "by", "after", "before" on a verb: "Hearst hit back by buying the Journal" buys)
    for k, h in enumerate(heads):
        via = h.head.head if h.dep_ == "pcomp" and h.tag_ == "VBG" and h.head.dep_ == "prep" \
            and h.head.lower_ in _DOING_PREPS and h.head.head.pos_ in ("VERB", "AUX") else None
        if (h.dep_ in ("conj", "advcl", "xcomp") and h.head.i in head_index or via is not None and via.i in head_index) \
                and _subject_token(h) is None:
            src = head_index[via.i if via is not None else h.head.i]
            subj = _subject_token(via if via is not None else h.head)
            role = "obj" if clauses[k].passive else "subj"
            # (a gerund on a passive verb is its grammatical subject's doing, not its agent's: "On arriving in
            # Liverpool, the Great Western was greeted by crowds" arrives the ship, not the crowds)
            agent_too = via is None or not clauses[src].passive
            # (nor is a passive verb's agent the subject of an active verb conjoined to it, one with an object of
            # its own: "Triumph was founded by Siegfried Bettmann and made its first motorcycle in 1902" is
            # Triumph's making)
            agents = {x.i for c in h.head.children if c.dep_ == "agent" for x in c.subtree} \
                if h.dep_ == "conj" and clauses[src].passive and any(c.dep_ == "dobj" for c in h.children) else set()
            for p in [p for p in parts if p.clause == src and p.kind in ("name", "thing") and (
                    p.role == "subj" and agent_too or subj is not None and p.at >= 0 and tokens[p.at].i in
                    {x.i for x in subj.subtree} and p.role in ("obj", "subj"))
                    and not (p.at >= 0 and tokens[p.at].i in agents)]:
                parts.append(replace(p, clause=k, role=role, anchor=clauses[k].act, main=clauses[k].main,
                                     detail=False))
        # "Midnight's Children, which was named ...", "a flight powered by ...": the clause is about the
        # noun it modifies, standing where its relative pronoun (or the participle's subject) would
        elif h.dep_ in ("relcl", "acl") and (h.head.i not in head_index or not clauses[head_index[h.head.i]].act):
            rel = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.tag_ in (
                "WDT", "WP", "WP$") or c.lower_ in ("that", "which", "who", "whom")), None)
            if rel is None and _subject_token(h) is not None:
                continue
            role = ("obj" if rel.dep_ in ("nsubjpass", "dobj") else "subj") if rel is not None else (
                "obj" if clauses[k].passive else "subj")
            noun = h.head
            # (the name the noun heads before another with its word: "Harvard College was named after John
            # Harvard, who ..." is John Harvard's clause)
            for p in sorted([p for p in parts if p.kind in ("name", "thing") and p.clause != k and (
                    p.words == (noun.lemma_.lower(),) or p.kind == "name" and noun.i in {
                        t.i for t in tokens if t.i in name_tokens} and noun.lower_ in p.words)],
                    key=lambda p: not (0 <= p.at < len(tokens) and tokens[p.at].i == noun.i)):
                parts.append(replace(p, clause=k, role=role, anchor=clauses[k].act, main=clauses[k].main,
                                     detail=False))
                break
            else:
                continue
            # (and the name set beside that noun: "His airline, DELAG, founded in 1919" is DELAG's founding)
            beside = {c.i for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"} if noun.pos_ == "NOUN" else set()
            # (or the one a copula says the noun is: "Sheffield FC are the oldest club in the world, founded in
            # 1867" is Sheffield FC's founding; a participle's only: the parser hangs a relative clause on the
            # nearest noun, "an alchemist held by Augustus the Strong, who had expected him ...")
            if h.dep_ == "acl" and noun.pos_ == "NOUN" and noun.dep_ == "attr" and noun.head.lemma_.lower() == "be":
                beside |= {c.i for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"}
            # (or the person or the animal the noun is set beside: "Tom Blake, a swimmer born in Chicago, ..." is
            # Blake's birth; not a thing's, "the Ariel, a high-wheeler built entirely of metal", whose making the
            # fact may tell otherwise)
            apposed = {noun.head.i} if noun.pos_ == "NOUN" and noun.dep_ == "appos" and noun.head.pos_ == "PROPN" \
                and _being_noun(noun.lemma_.lower()) and noun.nbor(-1).text != "-" else set()
            for p in [p for p in parts if p.kind == "name" and p.clause != k and 0 <= p.at < len(tokens)
                      and (tokens[p.at].i in beside and h.i not in {t.i for t in tokens[p.at].subtree}
                           or tokens[p.at].i in apposed)
                      and not any(o.clause == k and o.at == p.at for o in parts)]:
                parts.append(replace(p, clause=k, role=role, anchor=clauses[k].act, main=clauses[k].main,
                                     detail=False))
    # "isolated calcium and magnesium": the noun a note's participle governs is what was acted on
    for h, v in participles.items():
        if h in head_index and clauses[head_index[h]].act == v.lemma_.lower():
            k = head_index[h]
            parts = [replace(p, role="obj", anchor=clauses[k].act) if p.clause == k and p.role == "topic" else p
                     for p in parts]
    # a pronoun subject ("She", "The company") or a missing one ("1891: moves to Paris") stands for
    # the name the sentences before it were about
    used_referent = ""
    # (with neither, a later clause's "he" or "she" may still stand for the sentence's own subject:
    # "Sylbaris survived because he was sheltering ..."; not an "it": "who had watched it performed")
    gendered = any(t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") for t in tokens)
    # (and a later clause's "it" the one thing named before it: "Tower Bridge opened in 1894; it's a
    # bascule bridge"; not a person, "Curie isolated radium; it glowed")
    def names_before(t: Token) -> dict[str, Part]:
        """The names written before ``t`` in a role a pronoun may take, by text."""
        return {p.text: p for p in parts if p.kind == "name" and 0 <= p.at < local[t.i] and not p.resolved
                and p.role in ("subj", "obj", "attr", "topic", "with", "to")}

    def people_before(t: Token) -> dict[str, Part]:
        """The names before ``t`` a "he" or "she" may stand for: not a nation's or a place's
        ("Anne of Austria ... to the French court when she married": she is Anne)."""
        from .lexical import is_place, nationality

        return {k: p for k, p in names_before(t).items()
                if p.role in ("subj", "topic") or p.role == "obj" and clauses[p.clause].passive
                or not nationality(p.text) and not is_place(p.words, whole=True)}

    def thing_before(it: Token) -> bool:
        before = names_before(it)
        return len(before) == 1 and _thing_name(next(iter(before.values())).words)
    thing_it = any(t.lower_ == "it" and t.dep_ in ("nsubj", "nsubjpass") and thing_before(t) for t in tokens)

    # (and a verb with no subject the one who did what the sentence told first, in a clause under it:
    # "Cathy Freeman lights the cauldron, then wins the 200 m")
    def leading(k: int) -> str:
        h = heads[k]
        if _subject_token(h) is not None:
            return ""
        found = {p.text for p in parts if p.kind == "name" and p.role == "subj" and p.clause != k
                 and not p.detail and not p.resolved and 0 <= p.at < local[h.i]
                 and heads[p.clause].head.i == h.i and heads[p.clause].dep_ in ("advcl", "ccomp")}
        return next(iter(found)) if len(found) == 1 else ""
    led = any(leading(k) for k in range(len(clauses)))
    if referent or topic or gendered or thing_it or led:
        # a heading's common noun ("Vaccines") is no "he", and no better than "the vaccine"
        plain_topic = bool(topic) and len(name_words(topic)) == 1 and (
            _common_word(topic.lower()) or topic.endswith("s") and _common_word(topic.lower()[:-1]))
        for k, clause in enumerate(clauses):
            h = heads[k]
            subj = _subject_token(h)
            if subj is not None and (subj.i in date_tokens or subj.like_num):
                subj = None  # "1934: dies in July": the parser took the date for the subject
            if any(p.role == "subj" and p.clause == k and p.kind == "name" for p in parts):
                continue
            if subj is not None and subj.lower_ == "it" and h.lemma_ == "be" and any(
                    c.dep_ == "attr" and any(d.dep_ == "relcl" for d in c.children) for c in h.children):
                continue  # "It was Lavoisier who named it": the "it" of a cleft stands for nothing
            if subj is not None and subj.lower_ == "it" and _time_taken(h):
                continue  # "It took until 1890 for Yosemite to become a park": nor the "it" of a time taken
            if not (referent or topic) and not (subj is not None and subj.lower_ == "it" and thing_before(subj)) \
                    and not (subj is None and leading(k)) and (
                    subj is None or subj.lower_ not in ("he", "she") or len(people_before(subj)) != 1):
                continue  # (two people before it: "Pierre Curie married Marie Sklodowska, and she won ...")
            if subj is not None and (subj.lower_ in _PRONOUNS or _DEFINITE_STANDINS(subj)):
                role = "obj" if subj.dep_ == "nsubjpass" else "subj"
                # "Great Expectations came later: it was serialised ...": the sentence's own subject first
                earlier = next((p.text for p in parts if p.kind == "name" and p.clause < k and not p.detail
                                and not p.resolved and (p.role in ("subj", "topic") or p.role == "obj"
                                                        and clauses[p.clause].passive)), "")
                # (an "it" is no person: after one, a thing the sentence names, not a name from before it:
                # "It was designed by John Peake Knight, ..., and it used semaphore arms")
                from .lexical import given_name, kind as lexical_kind  # (the lexicon loads on first use)

                if subj.lower_ == "it" and len(earlier.split()) > 1 and given_name(earlier.split()[0]):
                    continue
                # "Toni Morrison's Beloved won ... Five years later she became": she is the writer
                personal = owner if subj.lower_ in ("he", "she") else ""
                name = earlier or personal or referent or (
                    "" if plain_topic and (subj.lower_ in ("he", "she") or _DEFINITE_STANDINS(subj)) else topic)
                if name and not earlier and not personal and subj.lower_ in ("he", "she") and _not_a_person(name):
                    continue  # "the Committee was set up at his congress. He was not ...": he is no committee
                # (nor is a "they" one made thing: "... it cracked as well. Rather than recast it, they gave it a
                # quarter turn" are the bell's keepers, not Big Ben; a body may be a "they")
                if name and subj.lower_ == "they" and _thing_name(name_words(name)) and \
                        lexical_kind(name_words(name)[-1]) != "noun.group":
                    continue
                # (nor what the clause does something to: "the house released Jicky" under a heading
                # "Jicky" is not Jicky releasing itself)
                if name and any(p.kind == "name" and p.clause == k and not p.resolved and p.role in ("obj", "attr")
                                and p.text == name for p in parts):
                    continue
            elif subj is None and clause.main and (clause.act or clause.copula) and h.dep_ not in (
                    "conj", "xcomp", "acl", "relcl", "advcl") \
                    and not (h.dep_ == "ccomp" and _subject_token(h.head) is not None) \
                    and not any(c.dep_ == "expl" for c in h.children) \
                    and not any(p.role in ("subj", "topic", "obj" if clause.passive else "subj") and p.clause == k
                                for p in parts) \
                    and not any(p.kind == "name" and p.clause == k and not p.resolved and p.at == 0
                                and p.role in ("mod", "poss") and 0 < local[h.i] for p in parts):
                # (not a note line that opens with a name of its own, the parse's qualifier of its noun: "Wrights
                # -> first powered flight 17 Dec 1903" is the Wrights' flight, not the last line's "Army")
                role = "obj" if clause.passive else "subj"
                name = leading(k) or topic or referent
                # (a line's own label is what its verb with no subject tells of: "indole: in jasmine; at
                # high conc. smells like poo" speaks of indole, not of the name the line before gave)
                label = next((p for p in parts if p.role == "topic" and p.kind in ("name", "thing") and not p.resolved
                              and p.clause != k and not clauses[p.clause].act and not clauses[p.clause].copula
                              and 0 <= p.at < local[h.i]), None)
                if label is not None and label.kind == "thing":
                    continue
            else:
                continue
            if not name:
                continue
            parts = [p for p in parts if not (p.clause == k and p.kind == "thing" and subj is not None
                                              and p.words == (subj.lemma_.lower(),) and p.role in ("subj", "obj"))]
            # an "it" read as a name may yet be one of the things spoken of before ("Barnack designed a
            # small camera. It was launched as the Leica I"): those ride along, for the fact to back
            also = tuple(c for c in before if c != name)[:_ANTECEDENTS] if subj is not None and \
                subj.lower_ == "it" else ()
            parts.append(Part("name", name, name_words(name), role, clause.act, k, clause.main, value=also,
                              resolved=True))
            # ("She struck an iceberg ... and sank ...": the joined verb with no subject shares hers)
            # (not "He persuaded Crick to join": an infinitive after an object is the object's doing)
            for j, hj in enumerate(heads if subj is not None else ()):
                if hj.dep_ in ("conj", "advcl", "xcomp") and hj.head.i == h.i and _subject_token(hj) is None and \
                        not (hj.dep_ == "xcomp" and any(c.dep_ in ("dobj", "obj") for c in h.children)) and \
                        not any(p.clause == j and p.role in ("subj", "obj") and p.kind == "name" for p in parts):
                    parts.append(Part("name", name, name_words(name), "obj" if clauses[j].passive else "subj",
                                      clauses[j].act, j, clauses[j].main, value=also, resolved=True))
            used_referent = name
    # a main clause that names one thing and says nothing of it ("Michael Faraday, who joined him
    # in 1831") makes its relative clause the assertion; so does a summary's frame ("The text also
    # covers the Channel Tunnel, which the Queen opened in May 1994")
    for k, clause in enumerate(clauses):
        own = [p for p in parts if p.clause == k]
        subj = _subject_token(heads[k])
        cleft = clause.copula and subj is not None and subj.lower_ == "it"
        frame = clause.act in _FRAMING and subj is not None and subj.lemma_.lower() in _FRAME_SUBJECTS and \
            subj.pos_ != "PROPN" and not any(p.resolved and p.clause == k for p in parts) and any(
                h.dep_ == "relcl" and _clause_of(h.head, head_index) == k for h in heads)
        if frame and clause.main:
            clauses[k] = replace(clause, main=False)
            parts = [replace(p, main=False) if p.clause == k else p for p in parts]
        if clause.main and (not clause.act and not clause.copula or cleft) and len(own) <= 1 or frame:
            for j, h in enumerate(heads):
                if h.dep_ in ("relcl", "acl", "appos") and _clause_of(h.head, head_index) == k:
                    clauses[j] = replace(clauses[j], main=True)
                    parts = [replace(p, main=True) if p.clause == j else p for p in parts]
                    # (with what its causative makes happen: "Copperfield, who made the tower vanish")
                    for m, c in enumerate(heads):
                        if c.dep_ == "ccomp" and c.head.i == h.i and h.lemma_.lower() in _CAUSATIVES and h.i < c.i:
                            clauses[m] = replace(clauses[m], main=True)
                            parts = [replace(p, main=True) if p.clause == m else p for p in parts]
    lemmas = tuple(sorted({t.lemma_.lower() for t in tokens if t.is_alpha and not t.is_stop} |
                          {t.lower_ for t in tokens if t.is_alpha and not t.is_stop}))
    # "That made smallpox the second disease": smallpox is what the clause says something of
    for k, h in enumerate(heads):
        if _complement_make(h):
            first = min((p.at for p in parts if p.clause == k and p.role == "obj" and p.at >= 0), default=None)
            parts = [replace(p, role="subj") if p.clause == k and p.at == first and p.role == "obj" else p
                     for p in parts]
    # a pronoun object ("Ramsay found it on Earth"): something unnamed the claim says something of.
    # What it may stand for ("value"): what the same sentence spoke of before it ("reached a similar
    # arrangement and published it"), then what the sentence before spoke of ("He called it ...")
    label_end = next((j for j, t in enumerate(tokens[:8]) if t.text == ":" and 0 < j < len(tokens) - 2), -1)

    def candidates(at: int, k: int) -> tuple[str, ...]:
        # ("was nominated for the Nobel Prize ... and finally won it": what it was nominated for)
        # (and a note's label: "Metamorphosis: Houdini performed it with Bess")
        # (and what a verb is "of": "learns of the game in India and introduces it to England")
        own = [p for p in parts if 0 <= p.at < at and p.kind in ("name", "thing") and not p.resolved and (
               p.role in ("obj", "attr", "thing", "for", "topic")
               or p.role == "of" and 0 <= p.clause < len(clauses) and p.anchor == clauses[p.clause].act != "")]
        doer = {p.text for p in parts if p.clause == k and p.kind == "name" and p.role == "subj"}  # not "it"
        found = [antecedent_of(p) for p in reversed(own) if p.text not in doer] + [c for c in before if c not in doer]
        return tuple(dict.fromkeys(found))[:_ANTECEDENTS]

    for k, clause in enumerate(clauses):
        obj = next((c for c in heads[k].children if c.dep_ == "dobj" and c.lower_ in ("it", "them", "him", "her")), None)
        # (not a word that labels the writer's note itself: "Reminder: the Met staged it in 1886")
        label = [j for j, p in enumerate(parts) if 0 <= p.at < label_end and p.kind in ("name", "thing")
                 and not p.detail and not p.resolved and not (p.kind == "thing" and _note_word(p.words[0]))]
        # (not a label that is the clause's one doer: "Méliès (1902): shot it at Montreuil" leaves "it" unsaid)
        if obj is not None and clause.main and obj.lower_ == "it" and len(label) == 1 and parts[label[0]].role in (
                "subj", "dep", "topic") and not (parts[label[0]].role == "subj" and not any(
                    p.role == "subj" and p.clause == k and j != label[0] for j, p in enumerate(parts))):
            # a line's label is what its "it" is ("Joy (1930): Jean Patou billed it as the costliest perfume"
            # says Patou billed Joy so, whatever the parser hung "Joy" on): the label takes the object's place
            own = parts[label[0]].clause
            parts[label[0]] = replace(parts[label[0]], role="obj", anchor=clause.act, clause=k)
            # (the label's own verbless clause, "Everest (1953):", all before the colon, says nothing of its own)
            if own != k and 0 <= own < len(clauses) and not clauses[own].act \
                    and not any(p.clause == own and not 0 <= p.at < label_end for p in parts):
                clauses[own] = replace(clauses[own], main=False)
                parts = [replace(p, main=False) if p.clause == own else p for p in parts]
            continue
        if obj is not None and clause.main:
            # "He sued him" after "... borrowed money from Johann Fust": "him" is someone named before
            value = candidates(local[obj.i], k) if obj.lower_ == "it" else tuple(
                c for c in candidates(local[obj.i], k) if c[:1].isupper()) if obj.lower_ in ("him", "her") else ()
            parts.append(Part("pronoun", obj.text, (obj.lower_,), "obj", clause.act, k, True, value=value,
                              at=local[obj.i]))
    # a pronoun subject nothing resolved: the claim says something of someone unnamed; no fact backs it
    for k, clause in enumerate(clauses):
        subj = _subject_token(heads[k])
        if subj is not None and subj.lower_ == "it" and heads[k].lemma_ == "be" and any(
                c.dep_ == "attr" and any(d.dep_ == "relcl" for d in c.children) for c in heads[k].children):
            continue
        if subj is not None and subj.lower_ in _PRONOUNS and clause.main and not any(
                p.clause == k and p.kind == "name" and p.role in ("subj", "obj") and p.resolved for p in parts):
            parts.append(Part("pronoun", subj.text, (subj.lower_,), "obj" if subj.dep_ == "nsubjpass" else "subj",
                              clause.act, k, True,
                              value=tuple(before)[:_ANTECEDENTS] if subj.lower_ == "it" else (), at=local[subj.i]))
    # "Their prize", "its last flight": a possessive pronoun names its owner
    if referent or topic or parts:
        for k, t in enumerate(tokens):
            if t.dep_ == "poss" and t.lower_ in ("his", "her", "its", "their") and t.head.pos_ in ("NOUN", "PROPN"):
                c = clause_of(t)
                # "Dickens died at his London home": the owner is the sentence's own subject first
                # ("its" is never a person's: "Lavoisier who gave the gas its name")
                holder = next((p.text for p in parts if p.kind == "name" and p.clause == c and p.role == "subj"
                               and not p.resolved and p.at >= 0 and p.at < k
                               and (t.lower_ != "its" or _not_a_person(p.text))), "")
                if not holder:
                    continue  # another sentence's name is too often the wrong owner: leave it out
                if not any(p.kind == "name" and p.role == "poss" and p.anchor == t.head.lemma_.lower() for p in parts):
                    parts.append(Part("name", holder, name_words(holder), "poss", t.head.lemma_.lower(), c,
                                      clauses[c].main, resolved=True, at=k, detail=_detail(t, heads[c])))
                    used_referent = used_referent or holder
    from .lexical import country_code, is_place, known_as, nested_places as lexical_nested, place_class, state_code  # WordNet loads on first use

    # "first TGV line, Paris–Marseille": two places joined by a dash are the ends of a route, as
    # "between Paris and Marseille" would say
    for j, p in enumerate(parts):
        if p.kind != "name" or p.role != "mod" or p.at < 0 or p.at + 2 >= len(tokens) or \
                tokens[p.at + 1].text not in ("–", "—"):
            continue
        q = next((q for q in parts if q.kind == "name" and q.role == "mod" and q.anchor == p.anchor and
                  q.clause == p.clause and p.at + 2 <= q.at <= p.at + 4), None)
        if q is not None and is_place(p.words) and is_place(q.words):
            parts = [replace(o, role="between") if o is p or o is q else o for o in parts]
    # a line without a verb names where after what it is about: "first US rope tow: Stowe VT, 1934",
    # "Poppen's Snurfer, Grand Rapids MI" (not the name it opens with, which is what it is about: "Paris:
    # capital of France since 987")
    # (not a card of fields, "Find: Bust of Nefertiti; ...; Now held at: Neues Museum, Berlin", whose
    # labels say what each place is; nor a name in a list of names, "Delbrück, Hershey and Luria")
    # (nor the one a ranked label's noun is itself, a place that can hold the rank: "Largest exporter of black tea:
    # Sri Lanka", "Biggest port: Rotterdam")
    ranked_holder = any(p.kind == "rank" for p in parts) and any(
        p.kind == "thing" and p.role == "topic" and any(q.kind == "rank" and q.anchor == p.words[0] for q in parts)
        and _holder_noun(p.words[0]) for p in parts)
    if verbless and not ranked_holder and len(re.findall(r"(?:^|[;|]\s*)[A-Z][\w /]*:", raw)) < 2:
        said = [p.at for p in parts if p.kind in ("name", "thing") and p.at >= 0]

        # (nor the second of two towns a comma lists, "supplies Portland, Boise"; "Paris, France" is one place
        # and where it lies, as the locator below reads it)
        # (nor one in brackets, after a person the country they are of: "Paavo Nurmi (Finland)")
        def listed_or_bracketed(p: Part) -> bool:
            first = p.at - len(p.words) + 1
            return any(0 <= j < len(tokens) and tokens[j].lower_ in ("and", "&", "or")
                       for j in (first - 1, p.at + 1, p.at + 2)) or first >= 2 and tokens[first - 1].text == "," and any(
                o.kind == "name" and o.at == first - 2 and is_place(o.words) and not lexical_nested(o.words, p.words)
                for o in parts) or 0 < first <= len(tokens) and tokens[first - 1].text.endswith("(")
        # (or a town WordNet does not know before a comma and its state or country: "Dizzy's hometown: Cheraw,
        # North Carolina")
        def stated_in(p: Part) -> bool:
            return p.at + 2 < len(tokens) and tokens[p.at + 1].text == "," and any(
                q.kind == "name" and q.at - len(q.words) + 1 == p.at + 2
                and place_class(q.words) in ("state", "province", "country") for q in parts)
        parts = [replace(p, role="in") if p.kind == "name" and p.role in ("topic", "appos") and said
                 and p.at - len(p.words) + 1 > min(said) and (_a_place_written(p) or stated_in(p))
                 and not listed_or_bracketed(p) else p
                 for p in parts]
    # "in Paris, France", "At Subiaco, Italy, Sweynheym printed": a place after a place and a comma says
    # where the first one is, not where else it happened; a fact need not state it
    for p in [p for p in parts if p.kind == "name" and p.role in PLACE_ROLES and p.at >= 0]:
        q = next((q for q in parts if q.kind == "name" and p.at + 2 in (q.at, q.at - len(q.words) + 1) and
                  (q.role in (p.role, "appos", "mod") or q.role == "subj" and sum(
                      1 for o in parts if o.role == "subj" and o.clause == q.clause) > 1)
                  and p.at + 1 < len(tokens) and tokens[p.at + 1].text == ","),
                 None)
        if q is None or any(t.lower_ in ("and", "or") for t in tokens[q.at + 1:q.at + 3]):
            continue
        # (or a town WordNet does not know and the state after it: "at Menlo Park, New Jersey", where a claim's
        # "Menlo Park CA" puts it in another state)
        if is_place(p.words) and is_place(q.words) and lexical_nested(p.words, q.words) or not is_place(p.words, whole=True) \
                and not known_as("_".join(p.words), "n") and place_class(q.words) in ("state", "province"):
            parts = [replace(o, role="locator", anchor=p.words[-1]) if o is q else o for o in parts]
    # "in Buffalo NY", "in Salem Oregon": a town and its state with no comma between make one chunk;
    # the town is where, the state its locator, as "Buffalo, NY" says (not "New York", one place whole)
    # (a town before a state's code is a place wherever the parse hung it: "Hasbro starts as Hassenfeld Bros,
    # Pawtucket RI, 1923", the town where)
    # (a town's word, or one English has only as a place's: not a product's, "Windows ME", "Fallout NV")
    for p in [p for p in parts if p.kind == "name" and (p.role in PLACE_ROLES or p.role in ("as", "appos", "topic")
                                                         and len(p.words) == 2 and state_code(p.text.split()[-1])
                                                         and p.text[:1].isupper() and p.text.split()[0][1:].islower()
                                                         and (not known_as(p.words[0].lower(), "n")
                                                              or is_place(p.words[:1], whole=True)))
              and len(p.words) >= 2 and len(p.text.split()) == len(p.words) and not known_as("_".join(p.words), "n")]:
        written = p
        if p.role not in PLACE_ROLES:
            act = next((o.words[0] for o in parts if o.kind == "act" and o.clause == p.clause), "")
            p = replace(p, role="in", anchor=act)
        shown = p.text.split()
        cut = next((k for k in range(1, len(p.words)) if is_place(p.words[:k], whole=True)
                    and p.words[0] not in _COMPASS and p.words[0] not in _COMPASS.values()
                    and is_place(p.words[k:], whole=True) and (
                        lexical_nested(p.words[:k], p.words[k:])
                        # (or a town and a state or country WordNet puts it in none of: "Paris Texas", "London
                        # Ontario", whose town WordNet knows only as another's)
                        or place_class(p.words[:k]) in ("city", "town")
                        and place_class(p.words[k:]) in ("state", "province", "country"))
                    # (or any town before a state's code in capitals: "Stowe VT", which WordNet does not list)
                    # (a town named with a compass word is a town all the same: "West Orange NJ", not "West VA")
                    or k == len(p.words) - 1 and bool(state_code(shown[-1]))
                    and not (k == 1 and (p.words[0] in _COMPASS or p.words[0] in _COMPASS.values()))), 0)
        if cut:
            town = replace(p, text=" ".join(shown[:cut]), words=p.words[:cut], at=p.at - (len(p.words) - cut))
            # (a state's code as the state: "MI" is Michigan)
            state = replace(p, text=" ".join(shown[cut:]), words=state_code(shown[-1]) if cut == len(p.words) - 1
                            and state_code(shown[-1]) else p.words[cut:], role="locator", anchor=p.words[cut - 1])
            parts = [x for o in parts for x in ((town, state) if o is written else (o,))]
    # "great-grandson", "great-uncle": the tokenizer splits off "great-", which makes another relation
    parts = [replace(p, text=f"great-{p.text}", words=(f"great_{p.words[0]}",) + p.words[1:])
             if p.kind == "thing" and p.at >= 2 and tokens[p.at - 1].text == "-" and tokens[p.at - 2].lower_ == "great"
             else p for p in parts]
    parts = _hyphened_qualifiers(tokens, parts)
    # "Sony, not Kodak, showed the Mavica": the alternative set aside is not said to have done it, and
    # a fact naming Kodak there is the claim's rival, which "Sony" already meets
    aside, denied = _set_aside_alternatives(tokens)
    if aside:
        # (a figure or a date too: "46 chromosomes, not 48", "born in 1867, not 1868")
        # (a name a list sets aside after "but" stays, as what the claim denies: "created the Bluebird, but
        # not Carabosse" is refuted by a fact that has him create both)
        def excluded(p: Part) -> bool:
            j = next((j for j in range(p.at - 1, -1, -1) if tokens[j].lower_ == "not"), -1)
            # (a plain thing too: "patented the phonograph, but not the light bulb" denies the bulb)
            return p.kind in ("name", "thing") and j > 0 and tokens[j - 1].lower_ == "but"
        parts = [replace(p, role="not") if p.at >= 0 and p.at in aside and excluded(p) else p for p in parts
                 if not (p.at >= 0 and p.at in aside and p.kind in ("name", "thing", "mod", "amount", "date")
                         and not excluded(p))]
    # a verbless line's "no X" after a comma denies X alone ("a balsa raft, no engine"): X stays, as what the
    # line denies (the line itself is not denied: clauses._negated)
    # (the line's own root: not the first word taken for one where the parse's root lies outside the span)
    if verbless and root.dep_ == "ROOT":
        nouns = {local[d.head.i] for d in tokens if local.get(d.i, 0) > 0 and d.head.i in local
                 and listed_no(d, tokens[local[d.i] - 1], root)}
        parts = [replace(p, role="not") if p.at in nouns and p.kind in ("name", "thing") else p for p in parts]
    for start, end in denied:
        # "climbed the peak, not by the north ridge": what is denied is one part no fact states, so a
        # fact with the north ridge does not support the claim
        inside = [p for p in parts if start < p.at < end and p.kind in ("name", "thing", "mod", "date", "amount")]
        if inside:
            first = inside[0]
            text = " ".join(t.text for t in tokens[start:end])
            parts = [p for p in parts if p not in inside] + [
                Part("mod", text, ("not",), "not", clauses[first.clause].act, first.clause, first.main, at=start)]
    # ("from an Englishman, William Paterson": the people's noun first, bare, the name in apposition
    # to it; not "the first American in orbit: Alan Shepard", a rank's noun)
    # (or read as qualifying the name, a comma between: "an Austrian, Karl Benz")
    def as_said(t: Token) -> str:
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children) and all(
                c.dep_ in ("appos", "punct") or c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            return "appos"
        if t.dep_ == "nmod" and t.head.pos_ == "PROPN" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ",":
            return "appos"
        return t.dep_

    parts = [_as_nationality(p, as_said(tokens[p.at]) if 0 <= p.at < len(tokens) else "") for p in parts]
    parts = _ends_of_a_change(parts)
    parts = _state_in_relative(tokens, heads, head_index, clauses, parts)
    clauses, parts = _went_to(clauses, parts)
    if aside_tokens:
        parts = [replace(p, detail=True) if p.at >= 0 and tokens[p.at].i in aside_tokens else p for p in parts]
        for k, h in enumerate(heads):
            own = [p for p in parts if p.clause == k]
            if h.i in aside_tokens and clauses[k].main and all(p.detail for p in own):
                clauses[k] = replace(clauses[k], main=False)
                parts = [replace(p, main=False) if p.clause == k else p for p in parts]
    # what should have been says nothing to check, its date neither ("should have opened in 1880, but
    # it opened in 1883")
    if stated:
        unasserted = {k for k, h in enumerate(heads) if counterfactual(h)}
        parts = [p for p in parts if p.clause not in unasserted]
    parts += _equations(tokens, head_index, clauses)
    parts = _score_line(tokens, clauses, parts)
    # a country's code in brackets is the country: "Scheveningen (NL)", "Toni Sailer (SUI)"
    parts = [replace(p, words=code) if p.kind == "name" and len(p.words) == 1 and 0 < p.at < len(tokens) - 1
             and tokens[p.at - 1].text.endswith("(") and tokens[p.at + 1].text.startswith(")")
             and (code := country_code(p.text)) else p for p in parts]
    # a word written with its accents is the word without them, as names are compared ("Société de spéléologie"
    # against "Societe de speleologie"): both sides read alike (``plain_spelling``: not "résumé", which is no "resume")
    if any(not w.isascii() for p in parts for w in (*p.words, p.anchor)):
        from .lexical import plain_spelling

        parts = [replace(p, words=tuple(plain_spelling(w, p.kind == "name") for w in p.words),
                         anchor=plain_spelling(p.anchor, False)) for p in parts]
        lemmas = tuple(sorted(set(lemmas) | {plain_spelling(w, False) for w in lemmas}))
    return Statement(raw.strip(), tuple(clauses), tuple(parts), used_referent, lemmas)


def _a_place_written(p: Part) -> bool:
    """Is the name a place WordNet knows whole ("Grand Rapids"), or a town before its state's code in
    capitals ("Stowe VT")?"""
    from .lexical import is_place, state_code

    shown = p.text.split()
    return is_place(p.words, whole=True) or len(p.words) >= 2 and len(shown) == len(p.words) \
        and bool(state_code(shown[-1]))


def _equations(tokens: Sequence[Token], head_index: dict[int, int], clauses: Sequence[Clause]) -> list[Part]:
    """"A = G and T = C": an equation between symbols pairs them, and the pairing is what it says.

    Each letter alone is backed by its word ("G" by guanine, "P" by phosphorus); the pair is one
    more part, which only a fact writing it so backs (Chargaff's rule pairs A with T).
    """
    out = []
    for k in range(1, len(tokens) - 1):
        left, eq, right = tokens[k - 1], tokens[k], tokens[k + 1]
        if eq.text in ("=", "≠") and all(len(t.text) == 1 and t.is_alpha for t in (left, right)):
            c = _clause_of(eq, head_index)
            text = f"{left.text} {eq.text} {right.text}"
            out.append(Part("thing", text, (text.lower(),), "attr", clauses[c].act, c, clauses[c].main, at=k))
    return out


def _ends_of_a_change(parts: list[Part]) -> list[Part]:
    """A bare number a change went to counts what the number it came from does: "cut its fights from 15 rounds to
    12" is to 12 rounds. (Not the other way round: what it came from is no figure a claim of the time may take,
    "had fallen to 120 from 300" says there were not 300 then.)"""
    out = []
    for p in parts:
        if p.kind == "amount" and p.role == "to" and len(p.value) >= 3 and not p.value[2]:
            # (a count's noun, not a currency or a unit the parse may have put elsewhere: "from £5 a week to 12")
            mate = next((q for q in parts if q.kind == "amount" and q.clause == p.clause and q.anchor == p.anchor
                         and q.role == "from" and len(q.value) >= 3 and str(q.value[2]).isalpha()
                         and str(q.value[2]).lower() not in CURRENCY_WORDS), None)
            if mate is not None:
                p = replace(p, words=mate.words, value=(*p.value[:2], mate.value[2], *p.value[3:]))
        out.append(p)
    return out


def _state_in_relative(tokens: Sequence[Token], heads: Sequence[Token], head_index: dict[int, int],
                       clauses: Sequence[Clause], parts: list[Part]) -> list[Part]:
    """"routed a French army that was smaller than his own": a relative clause that only says what state its
    noun is in qualifies the noun as an adjective would ("a smaller French army"), in the noun's own clause, so
    that a fact's "a larger French army" meets it and a fact silent on it does not back it."""
    out = []
    for p in parts:
        k = p.clause
        if p.kind == "mod" and p.role == "mod" and 0 <= p.at < len(tokens) and 0 <= k < len(heads) \
                and clauses[k].copula and not clauses[k].negated and heads[k].dep_ == "relcl" \
                and tokens[p.at].dep_ == "acomp" and tokens[p.at].head.i == heads[k].i \
                and heads[k].head.pos_ == "NOUN" and any(
                    d.dep_ == "nsubj" and d.tag_ in ("WDT", "WP") for d in heads[k].children) \
                and not _compared_with_another(tokens[p.at]):
            noun = heads[k].head
            c = _clause_of(noun, head_index)
            if 0 <= c < len(clauses):
                p = replace(p, anchor=noun.lemma_.lower(), clause=c, main=clauses[c].main)
        out.append(p)
    return out


def _compared_with_another(t: Token) -> bool:
    """Is the comparison ``t`` makes with another thing than the one it is said against ("smaller than the Scottish
    one", "faster than the Velden"), not with the one acting ("smaller than his own", "than theirs", "than him")?"""
    than = next((c for c in t.children if c.lower_ == "than"), None)
    if than is None:
        return False
    what = next((c for c in than.children if c.dep_ == "pobj"), None)
    return what is not None and what.pos_ != "PRON" and what.lower_ != "own" and not any(
        c.lower_ == "own" for c in what.children)


def _went_to(clauses: list[Clause], parts: list[Part]) -> tuple[list[Clause], list[Part]]:
    """"The top prize went to The Jazz Singer", "the title went to Karpov": an award that goes to
    someone is one they won; the clause is read as "X won the prize", so that it meets facts told so."""
    from .lexical import award_word  # WordNet loads on first use

    for k, clause in enumerate(clauses):
        if clause.act != "go" or clause.negated:
            continue
        own = [p for p in parts if p.clause == k]
        award = next((p for p in own if p.role == "subj" and p.kind in ("thing", "name") and award_word(p.words[-1])), None)
        winner = next((p for p in own if p.role == "to" and p.kind == "name" and p.anchor == "go"), None)
        if award is None or winner is None:
            continue
        clauses[k] = replace(clause, act="win")

        def as_won(p: Part) -> Part:
            if p is award:
                return replace(p, role="obj", anchor="win")
            if p is winner:
                return replace(p, role="subj", anchor="win")
            if p.kind == "act" and p.clause == k:
                return replace(p, words=("win",))
            return replace(p, anchor="win") if p.clause == k and p.anchor == "go" else p

        parts = [as_won(p) for p in parts]
    return clauses, parts


def _hyphened_qualifiers(tokens: Sequence[Token], parts: list[Part]) -> list[Part]:
    """"an off-duty lifeguard", "a long-range missile", "a pre-war store": the tokenizer cuts a hyphened
    qualifier in three, and its first word (a particle, an adjective on the second) is lost or said of the
    second word alone, so that "an on-duty lifeguard" would back it. The qualifier is said whole too, one
    word of the noun after it as the writer joined it (one the tokenizer keeps whole, written solid where
    English writes it so: "prewar"); its words stay parts of their own ("a high-wheel bicycle" still tells of a
    wheel)."""
    for k in range(len(tokens) - 3):
        a, dash, b = tokens[k], tokens[k + 1], tokens[k + 2]
        # (capitalised only as a line's or a label's first word: "Off-duty lifeguard pulled ...")
        opening = k == 0 or tokens[k - 1].text in (":", "-", "—", ">")
        if dash.text != "-" or a.whitespace_ or dash.whitespace_ or not (a.is_alpha and b.is_alpha) \
                or not ((a.text.islower() or a.text[1:].islower() and opening) and b.text.islower()) \
                or len(a.text) < 2 or a.lower_ == "great" or a.like_num or number_value([a.lower_]) is not None:
            continue  # (a count is an amount: "a two-seat plane"; "great-uncle" is a relation)
        if not _opposable(a.lower_, f"{a.lower_}-{b.lower_}"):
            continue  # (only a first word with an opposite makes another qualifier: not "rotating-drum")
        # (one of a longer chain is a phrase of its own: "state-of-the-art", "mother-in-law")
        if k > 0 and tokens[k - 1].text == "-" and not tokens[k - 1].whitespace_ \
                or tokens[k + 3].text == "-" and not b.whitespace_:
            continue
        # (whichever word the parse hangs on the noun: "pre-war" both, "off-duty" the particle, the noun its object)
        noun = next((h for h in (b.head, a.head) if h.i > b.i and h.pos_ == "NOUN"), None)
        if noun is None or noun not in tokens or not (a.head in (b, noun) and b.head in (a, noun)):
            continue
        at = k + 2 + (noun.i - b.i)
        base = next((p for p in parts if p.at == at and p.kind == "thing"), None)
        if base is None:
            continue
        parts.append(Part("mod", f"{a.text}-{b.text}", (f"{a.lower_}-{b.lower_}",), "mod", base.words[0], base.clause,
                          base.main, detail=base.detail, at=k + 2))
    # (the tokenizer keeps some whole, a prefix and its word: "a pre-war store", "a non-stop flight")
    for k, t in enumerate(tokens):
        if re.fullmatch(r"[a-z]{2,}-[a-z]{2,}", t.text) is None or not _opposable(t.lower_.split("-")[0], t.lower_) \
                or t.head.i <= t.i or t.head.pos_ != "NOUN" \
                or t.dep_ not in ("amod", "compound", "nmod") or any(p.at == k for p in parts):
            continue
        base = next((p for p in parts if p.at == k + (t.head.i - t.i) and p.kind == "thing"), None)
        if base is not None:
            solid = t.lower_.replace("-", "")
            word = solid if not _known_word(t.lower_) and _known_word(solid) else t.lower_
            parts.append(Part("mod", t.text, (word,), "mod", base.words[0], base.clause, base.main,
                              detail=base.detail, at=k))
    return parts


def _as_nationality(p: Part, dep: str) -> Part:
    """"Vikelas, a Frenchman", "an Englishman, William Paterson", "were Austrians": a noun for a
    people, said of someone (in apposition, either way round, or after "be"), says a nationality, as
    "French" would, and is compared as one. ("Germans invaded Poland": a people that acts is a
    participant, compared as names are.)"""
    from .lexical import demonym  # WordNet loads on first use

    if p.kind not in ("thing", "name") or len(p.words) != 1 or p.resolved or dep not in ("appos", "attr"):
        return p
    nation = demonym(p.text)
    if not nation:
        return p
    return Part("mod", nation, (nation.lower(),), "mod", p.anchor, p.clause, p.main, detail=p.detail, at=p.at)


# words the tagger calls comparative that compare no quality ("further", "later", "the former")
_NOT_COMPARED = frozenset({"more", "less", "fewer", "further", "other", "later", "earlier", "former", "latter"})


def _comparative(t: Token) -> tuple[str, ...]:
    """("more",) or ("less",) for a word said in comparison, an adjective ("more toxic", "far less toxic",
    "safer") or a noun whose amount is compared ("less fuel than the old one", "fewer pins"), else ():
    which way the comparison goes, for a fact to agree with or deny."""
    if any(c.dep_ in ("advmod", "amod") and c.lower_ in ("less", "fewer") for c in t.children):
        return ("less",)
    if any(c.dep_ in ("advmod", "amod") and c.lower_ == "more" for c in t.children) \
            or t.tag_ in ("JJR", "RBR") and t.lower_ not in _NOT_COMPARED:
        return ("more",)
    return ()


def _compared_base(word: str) -> str:
    """The adjective a compared word is said of: "brighter" and "brightly" of "bright", "smokier" of
    "smoky", "safer" of "safe" (as WordNet has it; the word as it is when it has none)."""
    from .lexical import known_as  # (WordNet loads on first use)

    for cut, add in (("ier", "y"), ("ily", "y"), ("er", ""), ("er", "e"), ("ly", ""), ("ly", "le")):
        if word.endswith(cut) and len(word) - len(cut) >= 3:
            stem = word[:-len(cut)] + add
            if known_as(stem, "a"):
                return stem
            if cut == "er" and not add and len(stem) >= 4 and stem[-1] == stem[-2] and known_as(stem[:-1], "a"):
                return stem[:-1]  # "hotter", "bigger"
    return word


# what a bare figure of people is said with after it: the dead ("368 killed", "18 dead"); not the people where they
# were ("all 99 aboard"), which a fact's "5 of the 99 people aboard" would back as its whole (review 47b)
_PEOPLE_AFTER = {"dead": "dead", "killed": "dead", "drowned": "dead"}


def _people_after(tokens: Sequence[Token], end: int) -> str:
    """The people a bare figure counts, by the word right after it: "368 killed" and "18 dead" count the dead
    ("" otherwise)."""
    if end >= len(tokens) or tokens[end].lower_ not in _PEOPLE_AFTER:
        return ""
    return _PEOPLE_AFTER[tokens[end].lower_]


def _set_apart(tokens: Sequence[Token]) -> set[int]:
    """Token ids in brackets or after a spaced dash: the writer's aside, not the assertion.

    A dash right after the first words ("BigScience (France) – Hosts BLOOM") still leaves what
    comes before it as the assertion; a sentence that is all aside keeps its words.
    """
    out: set[int] = set()
    depth = 0
    for k, t in enumerate(tokens):
        if t.text in ("(", "["):
            depth += 1
        if depth:
            out.add(t.i)
        if t.text in (")", "]") and depth:
            depth -= 1
    dashes = [k for k, t in enumerate(tokens) if t.text in ("–", "—", "--") and not _joining_dash(tokens, k) or (
        t.text == "-" and k > 0 and tokens[k - 1].whitespace_ and t.whitespace_)]
    if len(dashes) >= 2:  # "Segment Anything—released by Meta AI—are repurposed": only what is between
        out.update(x.i for x in tokens[dashes[0]:dashes[1] + 1])
    elif dashes and any(x.is_alpha for x in tokens[:dashes[0]]) and dashes[0] < len(tokens) - 1 and not (
            # "London, first international tournament - won by Howard Staunton": a passive with its doer
            # after the dash tells what the label names; it is the line's statement, no aside
            _is_clause_head(tokens[dashes[0] + 1]) and tokens[dashes[0] + 1].dep_ == "appos") \
            and not _place_label(tokens, dashes[0]) and not _name_label(tokens, dashes[0]) \
            and not _date_label(tokens, dashes[0]) and not _label_then_act(tokens, dashes[0]):
        out.update(x.i for x in tokens[dashes[0]:])
    # (and an idiom the writer opens on: "Believe it or not, that fight lasted seventy-five rounds")
    if len(tokens) > 6 and [t.lower_ for t in tokens[:5]] == ["believe", "it", "or", "not", ","]:
        out.update(t.i for t in tokens[:5])
    # (a tag the writer ends on after a comma, said to the reader: ", mind", ", mind you", ", mate")
    words = [k for k, t in enumerate(tokens) if not t.is_punct]
    for n in (2, 1):
        if len(words) > n + 2 and words[-n] > 0 and tokens[words[-n] - 1].text == "," \
                and tuple(tokens[k].lower_ for k in words[-n:]) in _TAGS:
            out.update(x.i for x in tokens[words[-n] - 1:])
            break
    # (and what a sum paid comes to in the writer's eyes, after a comma at the end: "paid 100,000 dollars for him in
    # 1882, an absolute fortune at the time")
    out.update(_sum_remarked(tokens))
    if all(t.i in out for t in tokens if not t.is_punct):
        return set()
    return out


def _sum_remarked(tokens: Sequence[Token]) -> set[int]:
    """Token ids of a closing ", a/an ... fortune" (a noun WordNet files as a possession: a fortune, a sum, a
    pittance) after a sum of money the sentence gives before the comma; else none."""
    comma = max((k for k, t in enumerate(tokens) if t.text == ","), default=-1)
    if comma < 2 or comma + 2 >= len(tokens) or tokens[comma + 1].lower_ not in ("a", "an"):
        return set()
    noun = next((t for t in tokens[comma + 2:] if t.pos_ == "NOUN"), None)
    # (not one that ranks or counts it: "a record sum", "the largest fee", "twice the price")
    if noun is None or any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("JJS", "RBS", "JJR") or t.like_num
                           or t.lower_ in _RANKING_WORDS for t in tokens[comma + 1:]) \
            or not _possession_noun(noun.lemma_.lower()):
        return set()
    # (a currency's noun or sign beside a figure: not the verb "won")
    money = any((t.lower_ in CURRENCY_WORDS and t.pos_ == "NOUN" or t.text in CURRENCY)
                and any(x.like_num for x in tokens[max(0, k - 2):k + 2]) for k, t in enumerate(tokens[:comma]))
    return {t.i for t in tokens[comma:]} if money else set()


# words that rank or measure a sum against others ("a record sum", "a first")
_RANKING_WORDS = frozenset({"record", "first", "last", "only", "most", "least", "highest", "lowest", "twice", "double"})


# words a writer tags onto a sentence for the reader, after a comma, which say nothing of the world
_TAGS = frozenset({("mind",), ("mind", "you"), ("mate",), ("folks",), ("guys",), ("lol",), ("innit",), ("eh",),
                   ("though",), ("anyway",), ("apparently",), ("obviously",)})


def _label_then_act(tokens: Sequence[Token], dash: int) -> bool:
    """"Crystal Palace - rebuilt after the fire", "Headingley 1981 - Australia won after England followed on": a
    note's label of names and a year, no verb in it, then what happened, a verb opening it or a clause with
    its own subject: what follows the dash is the line's statement, not an aside."""
    # (a note's hyphen for a dash, or its double hyphen, "MS Dhoni -- captained ..."; a typeset one, "MBTA 1918
    # (US) — implements ...", sets an aside off as often)
    # (a label may name its thing with a common noun beside the name: "Invincibles tour -- Bradman's side loses")
    label = [t for t in tokens[:dash] if not t.is_punct]
    rest = [t for t in tokens[dash + 1:] if not t.is_punct]
    # (not where what follows speaks of the label, "Sistine Chapel ceiling -- Michelangelo painted it": the line
    # stays as it was read, the label its subject)
    if any(t.tag_ in ("PRP", "PRP$") and t.lower_ in ("it", "its", "him", "her", "his", "them", "their", "they", "he",
                                                       "she") for t in rest):
        return False
    if tokens[dash].text not in ("-", "--") or not 0 < len(label) <= 4 or not rest or not all(
            t.pos_ == "PROPN" or t.text.isdigit() and len(t.text) == 4 or t.pos_ == "NOUN" for t in label) \
            or not any(t.pos_ == "PROPN" for t in label):
        return False
    return rest[0].pos_ == "VERB" and rest[0].tag_ in ("VBN", "VBD") or any(
        t.pos_ == "VERB" and t.tag_ in ("VBZ", "VBD", "VBP") and any(c.dep_ == "nsubj" for c in t.children) for t in rest)


def _date_label(tokens: Sequence[Token], dash: int) -> bool:
    """"December 5 - 21st Amendment ratified": a day and month (or a month alone) before the dash
    date the line, as a year does; what follows is the line's statement."""
    label = [t for t in tokens[:dash] if not t.is_punct]
    return 0 < len(label) <= 3 and any(t.lower_.rstrip(".") in _MONTHS for t in label) and all(
        t.lower_.rstrip(".") in _MONTHS or t.text.isdigit() and len(t.text) <= 4 or _ORDINAL_NUM.match(t.text)
        for t in label)


def _place_label(tokens: Sequence[Token], dash: int) -> bool:
    """"Hastings - Pillsbury wins": a lone proper name, then a dash, then a clause with its own subject
    and verb: the name says where (or of what) the clause tells; the clause is the line's statement."""
    label = [t for t in tokens[:dash] if not t.is_punct]
    rest = tokens[dash + 1:]
    if any(t.tag_ == "PRP" and t.lower_ in ("him", "her", "it", "them") for t in rest):
        return False  # "Lincoln - Booth shot him": the clause speaks of the label; the label line stays as it was
    return 0 < len(label) <= 3 and all(t.pos_ == "PROPN" for t in label) and any(
        t.pos_ == "VERB" and t.tag_ in ("VBZ", "VBD", "VBP") and any(c.dep_ == "nsubj" for c in t.children)
        for t in rest)


def _name_label(tokens: Sequence[Token], dash: int) -> bool:
    """"Luna 3 - first images of the far side": a lone name, a dash, then a phrase with no verb that
    says what the name did or was; the phrase is the line's statement, not an aside."""
    # (after a day's date and a colon, "5 May: Shepard (Freedom 7) - first American in orbit"; a
    # bracket is the name's own aside)
    start = max((k + 1 for k, t in enumerate(tokens[:dash]) if t.text == ":"), default=0)
    depth, label = 0, []
    for t in tokens[start:dash]:
        depth += (t.text == "(") - (t.text == ")")
        if not t.is_punct and not depth:
            label.append(t)
    rest = [t for t in tokens[dash + 1:] if not t.is_punct]
    if len(rest) > 1 and rest[0].lower_.endswith("s") and rest[1].pos_ in ("PROPN", "DET", "NUM") \
            and (_verb_word(rest[0].lemma_.lower()) or _verb_word(rest[0].lower_[:-1])):
        return False  # "BigScience (France) – Hosts BLOOM": a headline verb the tagger took for a noun
    return 0 < len(label) <= 4 and all(t.pos_ == "PROPN" or t.like_num for t in label) \
        and any(t.pos_ == "PROPN" for t in label) and any(t.pos_ == "NOUN" for t in rest) \
        and not any(t.pos_ in ("VERB", "AUX") for t in rest)


def _joining_dash(tokens: Sequence[Token], k: int) -> bool:
    """An en dash glued to two words joins them ("Caro–Kann", "Paris–Roubaix"); it sets nothing apart."""
    return tokens[k].text == "–" and 0 < k < len(tokens) - 1 and not tokens[k - 1].whitespace_ \
        and not tokens[k].whitespace_ and tokens[k - 1].is_alpha and tokens[k + 1].is_alpha


def _final_match(t: Token) -> bool:
    """Is ``t`` a "final" that heads its own phrase ("won the first FA Cup final", "in the 1998 final"): the
    match, whatever the tagger makes of it, not the last of something ("the final match")?"""
    # (or one the parse hangs on the date after it, or on a word past a bracket or a comma: "1st final 16 Mar
    # 1872", "first European Cup final (Paris)"; not past an arrow, "Borg v McEnroe final -> Borg takes ...": a line
    # the parse joined across its arrow keeps the word as it read it)
    return t.lower_ in ("final", "finals") and (t.pos_ == "NOUN" or t.dep_ in (
        "dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "conj", "ROOT") or t.dep_ == "amod" and (
        t.head.pos_ == "NUM" or t.head.i > t.i + 1 and any(x.text in ("(", ",") for x in t.doc[t.i + 1:t.head.i])))


def _relative_years(tokens: Sequence[Token]) -> list[tuple[int, int, int]]:
    """Each "two years later", "a year later", "about a year later", "ten years on", "the same
    year", "the following year": (index of "later" or "year", years, 1 when hedged else 0)."""
    found = []
    for k, t in enumerate(tokens):
        # "the same year", "that year", "the following year", "the year after": counted from the year before
        if t.lemma_.lower() == "year" and t.lower_ == "year" and k >= 1:
            words = [x.lower_ for x in tokens[max(0, k - 2):k]]
            after = tokens[k + 1].lower_ if k + 1 < len(tokens) else ""
            # (not "born the same year" of two: "Lincoln and Darwin were born the same year", "the same
            # year as ..."; nor "the year after the war began", counted from something else)
            ends = k + 2 >= len(tokens) or tokens[k + 2].is_punct
            together = any(x.dep_ in ("nsubj", "nsubjpass") and (any(c.dep_ == "conj" for c in x.children)
                                                                 or x.tag_ in ("NNS", "NNPS"))
                           for x in tokens if x.head == t.head or x.head == t.head.head)
            if words[-1:] == ["same"] and words[-2:-1] in (["the"], ["that"]) and after != "as" and not together \
                    or words[-1:] == ["that"] and after not in ("of", "when", "in", "as"):
                found.append((k, 0, 0))
            elif words[-1:] in (["following"], ["next"]) and words[-2:-1] == ["the"] and after not in ("of", "as") \
                    or words[-1:] == ["the"] and after == "after" and ends:
                found.append((k, 1, 0))
            continue
        # (a note's "5 yrs later")
        if t.lower_ not in ("later", "afterwards", "afterward", "on") or k < 2 \
                or tokens[k - 1].lemma_.lower() not in ("year", "yr", "yrs"):
            continue
        if t.lower_ == "on" and not _on_ends(tokens, k):
            continue  # "ten years on the throne": how long, not when
        if (counted := _years_counted(tokens, k, 200)) is None:
            continue
        n, hedge = counted
        about = int(_hedged(hedge, ABOUT + ("some", "a few", "over", "more than")))
        found.append((k, n, about))
    return found


def _years_counted(tokens: Sequence[Token], k: int, limit: int) -> tuple[int, str] | None:
    """The count of years before ``tokens[k]`` ("a year", "one hundred and fifty years") if under
    ``limit``, with the two words before it (the hedge: "some", "more than")."""
    j = k - 2
    if tokens[j].lower_ in ("a", "an"):
        n = 1
    else:
        # ("one hundred and fifty years later")
        while j > 0 and (tokens[j - 1].like_num or tokens[j - 1].text == "-" or tokens[j - 1].lower_ == "and"
                         and j > 1 and tokens[j - 2].like_num):
            j -= 1
        value = number_value([x.text for x in tokens[j:k - 1]])
        if value is None or value[0] != int(value[0]) or not 0 < value[0] < limit:
            return None
        n = int(value[0])
    hedge = " ".join(x.lower_ for x in tokens[max(0, j - 2):j])
    return n, hedge


def _hedged(hedge: str, words: Sequence[str]) -> bool:
    return any(hedge == w or hedge.endswith(" " + w) for w in words)


_AT_LEAST = ("over", "more than", "at least", "upwards of", "well over")
_AT_MOST = ("less than", "under", "at most", "within", "fewer than")


# how many years back ``_years_ago`` still reads as a year ("120 years ago"); a count from here up is an age,
# which ``_age_ago`` keeps as an amount ("about 5,300 years ago")
_YEARS_BACK = 500


def _years_ago(tokens: Sequence[Token]) -> list[tuple[int, int | None, int | None]]:
    """Each "120 years ago", "a year ago", "some 80 years ago", "over 100 years ago": (index of "ago",
    most years back, fewest years back); not a count of centuries or of thousands ("13,000 years ago"),
    an age, not a year. A bound is one end: "over 100 years ago" is 100 years back or more (up to ten
    times as many), "less than 20 years ago" up to 20. "A few years ago", "years ago": (index, None, None)."""
    found: list[tuple[int, int | None, int | None]] = []
    for k, t in enumerate(tokens):
        if t.lower_ != "ago" or k < 2 or tokens[k - 1].lemma_.lower() != "year":
            continue
        if (counted := _years_counted(tokens, k, _YEARS_BACK)) is None:
            if not tokens[k - 2].like_num:
                found.append((k, None, None))
            continue
        n, hedge = counted
        if _hedged(hedge, _AT_LEAST):
            found.append((k, 10 * n + 1, n))
        elif _hedged(hedge, _AT_MOST):
            found.append((k, n, 0))
        else:
            about = int(_hedged(hedge, ABOUT + ("ca.",)))
            found.append((k, n + 1 + about, n - about))
    return found


def _age_ago(q: Quantity, tokens: Sequence[Token]) -> bool:
    """Is ``q`` a count of centuries or thousands of years back ("about 5,300 years ago", "13,000 years ago"), an age
    that ``_years_ago`` does not turn into a year: the amount is what the claim says, and is kept."""
    if q.unit != "[time]" or q.end >= len(tokens) or tokens[q.end].lower_ != "ago" \
            or q.low < _YEARS_BACK * 365 * 24 * 3600:
        return False
    # (not one of a timeline's counts back on one line, each of its own entry, which the clause does not part:
    # "~410 million years ago: Tamsk chert laid down; ~300 million years ago: Estrel coal forms")
    if sum(1 for t in tokens if t.lower_ == "ago") > 1:
        return False
    # (one figure, not a range's end: "from about 252 to 66 million years ago", "~252–66 million years ago")
    first = next((k for k in range(q.start, q.end) if tokens[k].like_num and tokens[k].lower_ not in SCALES), None)
    return first is not None and not (first > 0 and tokens[first - 1].lower_ in ("to", "-", "–", "—", "and", "or"))


def _on_ends(tokens: Sequence[Token], k: int) -> bool:
    """Does the "on" at ``k`` end its phrase ("ten years on, the Armada sailed"), a time after
    something, rather than open one ("ten years on the throne")?"""
    return k + 1 >= len(tokens) or tokens[k + 1].is_punct


def _relative_time(tokens: Sequence[Token], end: int) -> bool:
    """Is the amount ending before ``end`` a span between events ("two years later", "a day before")?"""
    if end >= len(tokens):
        return False
    if end > 0 and tokens[end - 1].lemma_.lower() not in TIME_UNITS and tokens[end - 1].lower_ not in ("yr", "yrs"):
        return False  # "rated 6 on the Volcanic Explosivity Index": a score, not a time after something
    word = tokens[end].lower_
    if word == "on":  # "two years on, ..." (not "12 weeks on the chart": how long it was there)
        return _on_ends(tokens, end)
    if word in ("later", "earlier", "ago", "afterwards"):
        return True
    # "after"/"before" with nothing after them but the end of the clause
    return word in ("after", "before") and (end + 1 >= len(tokens) or tokens[end + 1].is_punct)


def _surface_direction(tokens: Sequence[Token], k: int) -> str:
    """"from" or "to" when the words right before a name are "from (near)" or "to": the parser
    often hangs "to Calais" on "from Dover"; the words themselves say which way."""
    j = k - 1
    while j >= 0 and tokens[j].lower_ in ("the", "near", "a", "an", "nearby"):
        j -= 1
    if j >= 0 and tokens[j].lower_ in ("from", "to", "into"):
        return "to" if tokens[j].lower_ == "into" else tokens[j].lower_
    return ""


def _partitive(span: Sequence[Token]) -> str:
    """"killing six of her crew": a bare number with "of" and a noun after it counts that noun."""
    return _counted_after_of(span[0]) if len(span) == 1 and span[0].like_num else ""


def _number_of(head: Token, on: Token | None) -> str:
    """"the number of breweries had fallen to 89": a bare figure the clause's act reaches, whose
    subject is the number of something, counts that thing (as "890 breweries" does)."""
    subj = _subject_token(head)
    if subj is None or subj.lemma_.lower() != "number" or on is None or on.i != head.i:
        return ""
    return _counted_after_of(subj)


def _after_of(t: Token) -> Token | None:
    """The noun after ``t``'s "of" ("the end of the Cretaceous", "six of her crew"), or None."""
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _counted_after_of(t: Token) -> str:
    """The lemma of a common noun after ``t``'s "of": what a count or "the number" counts."""
    noun = _after_of(t)
    return noun.lemma_.lower() if noun is not None and noun.pos_ == "NOUN" else ""


# where or when a headline's verb happens ("premieres in London"; not "caves, including Lascaux")
_HEADLINE_PREPS = frozenset({"in", "at", "on", "from", "to", "into", "across", "over", "off", "near", "after",
                             "before", "during", "with"})
