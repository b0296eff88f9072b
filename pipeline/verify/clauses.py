"""How a clause of a parsed sentence is asserted: which tokens open clauses, which clause is the
main assertion, and whether it is negated, passive, hearsay, a detail, or kept to a list ("only
nectar and pollen"). Token-level questions ``reading.read`` asks of each clause head.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .lexical import GOING_LIVE
from .statement import OFFICE_VERBS
from .words import _measure_noun


# Dependencies that open a clause of their own, and which of them carry the main assertion.
_CLAUSAL = {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "pcomp", "parataxis"}
_ASIDE = {"advcl", "relcl", "acl", "csubj", "csubjpass", "pcomp", "parataxis"}


# Prepositions whose phrase adds circumstance, not the assertion: its words may go unbacked.
CIRCUMSTANCE = {"for", "because", "as", "despite", "like", "via", "through", "about", "among", "amid", "toward",
                "towards", "upon", "thanks", "unlike", "besides", "beyond", "throughout"}
_COPULAS = {"be", "become", "remain", "seem", "appear", "stay"}


_NEGATIONS = {"not", "never", "n't", "no", "neither", "nor", "nobody", "nothing", "none", "cannot"}
# verbs that deny the act after "to" ("declined to record it"), and say their subject did not do it
DENIALS = {"refuse", "decline", "fail", "neglect", "cease", "unable"}
# Verbs whose denial passes to the act after "to" ("never had to file", "did not manage to win");
# not "want" or "try", whose denial leaves the act open.
_CARRIERS = {"have", "need", "manage", "get", "happen", "bother", "dare", "succeed", "live"}
# Verbs whose complement is put forward, not done ("proposed declaring", "planned to build", "hoped
# to reach"): the complement's act is no fact of its own. (Not "manage", "begin", "go on": their
# complement happened. Not "decide", "agree", "vote": notes and facts use them for the act done.)
# ("hop": spaCy's lemma of "hoped".) In the passive, only a schedule frames: "was expected to win", "was
# planned to open"; "is considered to be", "was asked to design" are another's view or bidding, left alone.
_FRAMES = {"propose", "plan", "hope", "hop", "try", "attempt", "want", "wish", "seek", "intend", "aim", "expect",
           "promise", "offer", "threaten", "recommend", "urge", "suggest", "dream", "request"}
_PASSIVE_FRAMES = {"expect", "plan", "schedule", "intend", "propose"}
_EXCLUSIVE = {"alone", "solely", "only", "sole", "single-handedly", "singlehandedly", "exclusively", "unshared"}


# object pronouns a title capitalises ("Roughing It", "Love Me Do", "Leave It to Beaver")
TITLE_PRONOUNS = frozenset({"It", "Me", "Them", "Us", "Him"})


def opens_title(t: Token) -> bool:
    """Is ``t`` a capitalised word before a capitalised object pronoun, a title's ("Roughing It")?"""
    return t.text[:1].isupper() and t.i + 1 < len(t.doc) and t.nbor(1).text in TITLE_PRONOUNS


def _is_clause_head(t: Token) -> bool:
    if t.dep_ == "ROOT":
        return True
    if t.i > t.sent.start and opens_title(t):
        return False  # "wrote about it in Roughing It": a verb a title's capitals make a name's word
    if t.tag_ == "VBN" and t.dep_ == "appos" and any(c.dep_ == "agent" for c in t.children):
        return True  # "London, first international tournament - won by Howard Staunton": a passive told of it
    if t.dep_ not in _CLAUSAL:
        return False
    if t.lower_ == "aged" and t.dep_ in ("advcl", "acl") and any(c.like_num for c in t.subtree if c != t):
        return False  # "died in Vienna, aged 35": the age at the act, as "at the age of 35" says it
    if t.pos_ in ("VERB",):
        return True
    if t.pos_ == "AUX" and t.dep_ in ("conj", "ccomp", "relcl", "advcl"):
        return True
    if t.pos_ == "AUX" and t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ in ("after", "before", "since"):
        return True  # "after being a demonstration event in 1932": a time of its own, and what was then
    return t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and t.pos_ in ("VERB", "AUX")


def _clause_of(t: Token, heads: dict[int, int]) -> int:
    while t.i not in heads and t.head.i != t.i:
        t = t.head
    return heads.get(t.i, 0)


_RESTRICTING = ("only", "solely", "exclusively", "strictly")
# prepositions after which "only" says when or on what condition ("ratified only after a referendum",
# "climbed only with a guide"), not the one thing the act is kept to
_NOT_A_SLOT = frozenset({"after", "before", "until", "till", "since", "upon", "following", "with", "without"})


def _only_listed(head: Token, heads: dict[int, int]) -> tuple[str, ...]:
    """The items of a list an "only" restricts clause ``head`` to: "only nectar and pollen", "gold +
    silver only" (the parser hangs a final "only" on the verb: the list is the one just before it).
    Not a single thing ("the only survivor", "only 3 survived"): a list of two or more, the claim
    says all there is."""
    mine = heads.get(head.i, 0)
    for t in head.subtree:
        if t.lower_ not in _RESTRICTING or t.dep_ != "advmod" or _clause_of(t, heads) != mine \
                or t.i > 0 and t.doc[t.i - 1].lower_ == "not":
            continue
        # one thing a preposition keeps the act to is a list of one: "only for men", "strictly for
        # men", "for men only" (against "for both men and women")
        prev = t.doc[t.i - 1] if t.i > 0 else t
        kept = next((x for x in t.head.children if x.dep_ == "pobj"), None) if t.head.pos_ == "ADP" \
            and t.head.i == t.i + 1 else prev if prev.dep_ == "pobj" and not prev.conjuncts and t.head.i < t.i \
            and t.lower_ != "strictly" else None
        if kept is not None and kept.pos_ == "NOUN" and not kept.like_num and not kept.conjuncts \
                and kept.head.lower_ not in _NOT_A_SLOT:
            return (kept.lemma_.lower(),)
        if t.lower_ == "strictly":
            continue
        # (after the list, it ends there: "... of gold and silver only", wherever the parser hangs it;
        # before, the list starts at the item it stands on: "coins, only gold and silver", or at the
        # first noun after it when the parser hangs it on the verb: "tested only on mice and rats")
        prev = t.doc[t.i - 1] if t.i > 0 else t
        after = t.head.i < t.i and prev.pos_ in ("NOUN", "PROPN", "ADJ") and bool(prev.conjuncts)
        target = prev if after else t.head
        if not after and target.pos_ in ("VERB", "AUX", "ADP"):
            target = next((x for x in t.doc[t.i + 1:t.i + 4] if x.pos_ in ("NOUN", "PROPN") and x.conjuncts), target)
        if target.pos_ not in ("NOUN", "PROPN", "ADJ") or target.like_num or not target.conjuncts:
            continue
        items = sorted((x for x in (target, *target.conjuncts) if (x.i <= target.i if after else x.i >= target.i)),
                       key=lambda x: x.i)
        if len(items) < 2:
            continue
        return tuple(x.lower_ if x.pos_ == "PROPN" else x.lemma_.lower() for x in items)
    return ()


def _particle(t: Token) -> str:
    # ("got going in 1846": to get going is to start, WordNet's "get_going")
    if t.lemma_.lower() == "go" and t.tag_ == "VBG" and any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "get"
                                                            for c in t.children):
        return "start"
    # ("has been going since 1987", "has been running since 1967": a thing's going on since a date is its start then)
    if t.lemma_.lower() in ("go", "run") and t.tag_ == "VBG" and not any(c.dep_ == "dobj" for c in t.children) \
            and any(c.dep_ == "aux" and c.lower_ == "been" for c in t.children) \
            and any(c.dep_ == "prep" and c.lower_ == "since" for c in t.children) \
            and not any(c.dep_ in ("prep", "advmod") and c.lower_ not in ("since", "strong", "ever") for c in t.children):
        # (not a going somewhere: "has been going to Paris since 1967")
        return "start"
    # ("went live on 15 January 2001", "went online in 1994": a going of its own, not a leaving)
    if t.lemma_.lower() == "go" and any(c.dep_ in ("advmod", "acomp", "prt") and c.lower_ in ("live", "online")
                                        and c.i == t.i + 1 for c in t.children):
        return GOING_LIVE
    # ("went offline in 2014", "went dark": a going out of service, not the going live it looks like)
    if t.lemma_.lower() == "go" and any(c.dep_ in ("advmod", "acomp", "prt") and c.lower_ in ("offline", "dark")
                                        and c.i == t.i + 1 for c in t.children):
        return "go_offline"
    # ("takes place every August": an event's happening, WordNet's "take_place", as "is held" says it)
    if t.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" and not list(c.children)
                                          for c in t.children):
        return "take_place"
    # (not the "up" of "up to" a figure: "can lay up to 2,000 eggs" lays, it does not lay up)
    # (nor a mark the parser calls one: the ">" of a prompt's "->", "Year Lavoisier was guillotined -> 1793")
    prt = [c for c in t.children if c.dep_ == "prt" and c.is_alpha and not (
        c.i + 2 < len(c.doc) and c.doc[c.i + 1].lower_ == "to" and (c.doc[c.i + 2].like_num or c.doc[c.i + 2].lower_ in (
            "about", "around", "some", "nearly", "almost", "roughly", "approximately")))]
    if prt:
        return f"{t.lemma_.lower()}_{prt[0].lower_}"
    # ("were taken away in 1913", "gave the money away": a particle the parser took for an adverb, where WordNet knows
    # the verb it makes; not "back", whose verbs are read as their own, "goes back to the Fifth Dynasty" dates it,
    # "came back to Washington" returned)
    from .wordnet import lexicon
    for c in t.children:
        if c.dep_ == "advmod" and c.lower_ == "away" and c.i > t.i \
                and lexicon().senses(f"{t.lemma_.lower()}_{c.lower_}", "v", 1):
            return f"{t.lemma_.lower()}_{c.lower_}"
    return t.lemma_.lower()


_HEARSAY = {"suppose", "say", "believe", "think", "know", "report", "rumour", "rumor", "reckon", "consider",
            "allege", "reput", "repute", "claim", "credit", "presume", "understand"}


def _hearsay(h: Token) -> bool:
    """"is supposed to have brought", "is said to have introduced": a passive verb of hearsay frames
    the act after it, which is what the sentence claims (a hedge does not change the claim)."""
    if not (h.lemma_.lower() in _HEARSAY and any(c.dep_ == "auxpass" for c in h.children)):
        return False
    x = next((c for c in h.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if x is None or any(c.dep_ == "neg" or c.lower_ in _DISCREDITED for c in h.subtree if c.i < x.i):
        return False  # "is not thought to have", "is wrongly said to have", "was once said to have"
    if h.lemma_.lower() == "suppose":  # "was supposed to open": a plan, not hearsay
        return any(c.lower_ in ("is", "are") for c in h.children if c.dep_ == "auxpass") \
            and any(c.lemma_ == "have" and c.dep_ == "aux" for c in x.children)
    return True


_DISCREDITED = frozenset({"wrongly", "falsely", "mistakenly", "erroneously", "incorrectly", "once", "formerly",
                          "longer", "never", "no"})


_GLOSSING = frozenset({"mean", "call", "know", "name", "nickname", "dub", "translate", "signify", "title"})
"""Participles that gloss a word rather than tell an event ("meaning", "known as", "called")."""


def _set_off_by_comma(tokens: Sequence[Token], k: int) -> bool:
    """Does the date at ``k`` follow a comma, alone or with its preposition (", in 1753")?"""
    before = k - 1 if k >= 1 and tokens[k - 1].dep_ == "prep" else k
    return before >= 1 and tokens[before - 1].text == ","


def _ceased_by(c: Token) -> bool:
    """"no longer" / "no more" on the verb: what held before holds no more (not a figure's bound:
    "lasts no longer than four years", "no more than 15 players")."""
    return c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(d.lower_ == "no" for d in c.children) \
        and not any(d.lower_ == "than" for d in c.subtree) \
        and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "than")


def _ceased(head: Token) -> bool:
    return any(_ceased_by(c) for c in head.children)


def _past(head: Token) -> bool:
    """Is the clause told in the past tense ("played", "was backed", "stopped trading")?"""
    for h in (head, head.head if head.dep_ == "xcomp" else None):
        if h is not None and (h.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in h.children)):
            return True
    return False


_SHIFTS = frozenset({"later", "afterwards", "afterward", "subsequently", "eventually", "earlier", "previously",
                     "before", "formerly", "already", "since", "thereafter"})


def _shifted(head: Token) -> bool:
    """Is the clause told as earlier or later than the line's time: a perfect ("had built", "having quit")
    or a word of sequence on its verb ("later purify", "months before")?"""
    for c in head.children:
        # (not a preposition with its object, "before 450,000 fans", "since dawn": where or how many)
        if c.dep_ in ("advmod", "npadvmod", "advcl", "prep") and c.lower_ in _SHIFTS \
                and not any(g.dep_ == "pobj" for g in c.children):
            return True
        if c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "having", "'d") and head.tag_ == "VBN":
            return True
    return False


def _quoted(t: Token) -> bool:
    """Is ``t`` inside quotation marks (a title or a slogan: "Clairol's "Does she ... or doesn't she?"")?"""
    text = t.doc.text
    if '"' not in text and "“" not in text:
        return False  # (most sentences quote nothing: no text built for them)
    before = text[:t.idx]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


# verbs of lasting, whose "not ... until" denies that the state lasted that long
_LASTING = frozenset({"stay", "live", "wait", "remain", "keep", "last", "continue", "reside", "rule", "reign", "serve",
                      "work", "sleep", "stand", "survive", "persist", "endure", "linger", "sit", "lie", "retain", "own",
                      "occupy"})


def _name_particle(no: Token) -> bool:
    """Is this lower-case "no" the particle of a Japanese name, between two capitalised names ("Minamoto no
    Yoritomo", "Fujiwara no Michinaga")?"""
    # (the "no" on a name, and the word before it no object of a preposition: "In Velden no Roe was buried", "In
    # Velden no Brill man was elected" deny (review 59c))
    doc = no.doc
    return no.text == "no" and 0 < no.i < len(doc) - 1 and doc[no.i - 1].pos_ == "PROPN" \
        and doc[no.i - 1].text[:1].isupper() and doc[no.i + 1].text[:1].isupper() and doc[no.i + 1].pos_ == "PROPN" \
        and no.head.pos_ == "PROPN" and doc[no.i - 1].dep_ != "pobj"


def _negated(head: Token) -> bool:
    # "did not publish it until 1777": it was published, in 1777; and "wasn't explored until an expedition went in in
    # 2009": it was, then (not a verb of lasting, whose "not ... until" says it stopped before: "did not stay in
    # Velden until the war ended" (review 58c))
    if head.lemma_.lower() not in _LASTING and (
            any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in head.children)
            or any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "till") for m in c.children)
                   for c in head.children)):
        return False
    if _quoted(head):
        return False  # (a quoted slogan's "doesn't she?" denies nothing of the world)
    for c in head.children:
        if c.dep_ == "neg" or c.lower_ in ("never", "not", "n't"):
            return True
        # "no longer has a brakeman", "no more runs on coal": what held before holds no more
        if _ceased_by(c):
            return True
        # (not the "no" of a Japanese name, between a family name and a given one: "Minamoto no Yoritomo")
        if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and any(d.dep_ == "det" and d.lower_ == "no"
                                                                    and not _name_particle(d) for d in c.children):
            # "No country has won more medals than Norway": a superlative, not a denial ("No
            # country sent more than 10 athletes" denies: "than" compares with a number)
            than = next((d for d in head.subtree if d.lower_ == "than"), None)
            if than is not None and any(d.lower_ in ("more", "fewer", "less") or d.tag_ in ("JJR", "RBR")
                                        for d in head.subtree) and not any(
                    d.like_num for d in than.doc[than.i + 1:min(than.i + 3, len(than.doc))]):
                continue
            return True
    if head.lemma_.lower() in DENIALS and any(c.dep_ == "xcomp" for c in head.children):
        return True
    # a verbless line's "no X" denies X ("Rutschebanen (1914): no brakeman any more"); not the
    # number sign ("No. 5", "No 10 Downing Street")
    # (nor one of the things a line lists after a comma, which says of X only: "Reno's 1892 patent ->
    # an inclined moving belt, no steps" does not deny the patent)
    if head.dep_ == "ROOT" and head.pos_ not in ("VERB", "AUX") and any(
            d.dep_ == "det" and d.text.lower() == "no" and d.head.pos_ == "NOUN"
            and not (d.i + 1 < len(d.doc) and d.doc[d.i + 1].like_num)
            and not listed_no(d, d.doc[d.i - 1] if d.i > 0 else None, head)
            and not any(v.pos_ in ("VERB", "AUX") for v in d.head.ancestors) for d in head.subtree):
        return True
    # "with no negative from which copies could be printed": what "no" denies, its relative
    # clause cannot do either
    # ("No astronaut who flew on Apollo 13 walked on the Moon": a subject's "no" denies the main verb)
    if head.dep_ == "relcl" and head.head.dep_ not in ("nsubj", "nsubjpass") and any(
            d.dep_ == "det" and d.lower_ == "no" for d in head.head.children):
        return True
    return False


def listed_no(d: Token, before: Token | None, root: Token) -> bool:
    """Is ``d`` the "no" of one of the things a verbless line lists after a comma ("an inclined moving
    belt, no steps")? It denies that thing alone, not the line (``before``: the token before it)."""
    return d.dep_ == "det" and d.lower_ == "no" and d.head.pos_ == "NOUN" and before is not None \
        and before.text == "," and d.head is not root and not any(v.pos_ in ("VERB", "AUX") for v in d.head.ancestors)


def _set_aside_alternatives(tokens: Sequence[Token]) -> tuple[set[int], list[tuple[int, int]]]:
    """The words of ", not X": positions of the noun phrases set aside ("Sony, not Kodak, showed",
    "a compound, not an element"), and the spans of the adjuncts denied ("climbed it, not by the
    north ridge", "not from the north but from the south")."""
    aside: set[int] = set()
    denied: list[tuple[int, int]] = []
    for k, t in enumerate(tokens):
        # ("sold through demonstrations rather than in shops", "instead of in Paris": a phrase of where or
        # how set aside, as ", not in shops" is)
        alternative = (t.lower_, tokens[k + 1].lower_ if k + 1 < len(tokens) else "") in (("rather", "than"),
                                                                                          ("instead", "of"))
        # (or a thing: "on wax-coated cylinders instead of tinfoil", "printed in yellow instead of red"; not an act,
        # "rather than melting")
        if alternative and k + 2 < len(tokens) and tokens[k + 2].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") \
                and tokens[k + 2].lower_ not in _NOT_ONLY:
            end = next((j for j in range(k + 2, len(tokens)) if _ends_phrase(tokens, j)), len(tokens))
            if not any(tokens[j].pos_ in ("VERB", "AUX", "ADP") for j in range(k + 2, end)):
                denied.append((k, end))
            continue
        if alternative and k + 2 < len(tokens) and tokens[k + 2].pos_ == "ADP":
            end = next((j for j in range(k + 3, len(tokens)) if _ends_phrase(tokens, j)), len(tokens))
            # (the phrase only, not what the act goes on to say: "rather than in Paris in 1919" sets Paris
            # aside, not the year)
            last = max(x.i for x in tokens[k + 2].subtree) - tokens[k + 2].i + k + 2
            denied.append((k, min(end, max(last + 1, k + 4))))
            continue
        # (or with no comma, a "not" on the preposition itself: "opened not in London but in Oxford")
        # (or after "but", one of a list set aside: "created the Bluebird, but not Carabosse")
        if not (t.lower_ == "not" and k > 0 and k + 1 < len(tokens) and (
                tokens[k - 1].text in (",", "—", "–", "(") or tokens[k - 1].lower_ == "but"
                or t.dep_ == "neg" and t.head == tokens[k + 1]
                and t.head.pos_ == "ADP")):
            continue
        nxt = tokens[k + 1]
        end = next((j for j in range(k + 1, len(tokens)) if tokens[j].is_punct or tokens[j].lower_ in ("but", "and")),
                   len(tokens))
        if nxt.pos_ == "ADP":
            denied.append((k, end))
        elif nxt.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and nxt.lower_ not in _NOT_ONLY and not any(
                tokens[j].pos_ in ("VERB", "AUX", "ADP") for j in range(k + 1, end)):
            # only a noun phrase: "not only in Mainz", "not having reached" qualify the act itself
            aside.update(range(k + 1, end))
    return aside, denied


def _ends_phrase(tokens: Sequence[Token], j: int) -> bool:
    """Does ``tokens[j]`` end a phrase set aside: a stop or "but" or "and", not the hyphen inside a word
    ("rather than by hunter-gatherers")?"""
    t = tokens[j]
    inside = t.text in ("-", "–") and j > 0 and not tokens[j - 1].whitespace_ and not t.whitespace_
    return t.is_punct and not inside or t.lower_ in ("but", "and")


_NOT_ONLY = frozenset({"only", "just", "merely", "simply", "even", "yet", "least", "necessarily", "quite", "all", "much"})


def _denied_by_parent(head: Token) -> bool:
    """An xcomp under "refused to", "failed to", "has yet to": the act did not happen. (Or a gerund
    after "without": "built it without knowing of the Dutch one" says he did not know.)"""
    parent = head.head
    if head.dep_ == "pcomp" and head.tag_ == "VBG" and parent.lower_ in ("without", "w/o"):
        # (not under a denied act: "never signed a contract without consulting Linant" says he consulted him)
        return not any(c.dep_ == "neg" or c.lower_ in ("never", "cannot") for c in parent.head.children)
    if head.dep_ != "xcomp" or parent is head:
        return False
    if parent.lemma_.lower() in DENIALS:
        return True
    # "never had to file", "did not manage to win": denying the way to the act denies the act
    if parent.lemma_.lower() in _CARRIERS and _negated(parent):
        return True
    return any(c.lower_ == "yet" for c in parent.children) and parent.lemma_.lower() in ("have", "be")


# verbs of making that always take what was made as their object
_MADE_ONLY = frozenset({"found", "establish", "incorporate", "invent", "patent", "build", "design", "construct",
                        "erect", "charter", "discover"})


def made_without_object(head: Token) -> bool:
    """Is ``head`` a verb of making that takes an object, with none but a year and no "has" ("1915 – Maybelline
    founded in Chicago", "Harvard founded 1636")? A note's passive, its subject what was made."""
    return head.tag_ == "VBD" and head.dep_ == "ROOT" and head.lemma_.lower() in _MADE_ONLY \
        and any(c.dep_ == "nsubj" for c in head.children) \
        and not any(c.dep_ in ("aux", "dobj", "dative", "ccomp", "xcomp") and not c.like_num for c in head.children)


def _passive(head: Token) -> bool:
    # ("Ulysses published in Paris by Sylvia Beach": a headline's passive without "was"; the parser
    # marks its "by" as the agent)
    # ("- found Sept 1940 by five teenagers": a note's passive, with no subject, tagged a past tense; its
    # "by" names who did it, unless it measures: "- won by 0.2 seconds")
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in head.children) or (
        head.tag_ == "VBN" and head.dep_ in ("acl", "ROOT") and not any(c.dep_ == "aux" for c in head.children)) \
        or made_without_object(head) or (
        head.tag_ == "VBD" and head.dep_ == "ROOT" and not any(c.dep_ in ("aux", "nsubj", "expl") for c in head.children)
        and any(c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pobj" and not _measure_noun(g) for g in c.children)
                for c in head.children))


def _event_act(h: Token) -> str:
    """"Beethoven's baptism took place in Bonn", "the eruption occurred in 79": the act is the event
    the subject names (baptise, erupt), as "was baptised in Bonn" says it; "" otherwise."""
    lemma = h.lemma_.lower()
    if not (lemma == "occur" or lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in h.children)):
        return ""  # (not "happen": "climate change is happening" is no changing)
    subj = _subject_token(h)
    if subj is None or subj.pos_ != "NOUN":
        return ""
    from .wordnet import lexicon

    noun = subj.lemma_.lower()
    # (an act or event first: a baptism, an eruption, a wedding; not "the storm", "the change")
    if not any(lexicon().lexname(s) in ("noun.act", "noun.event") for s in lexicon().senses(noun, "n", 1)):
        return ""
    # (the verb spelled like the noun: "baptism" gives "baptise", not "birth" a "be_born")
    verbs = sorted(v for v in lexicon().derived(noun, "n", "v") if "_" not in v and v[:3] == noun[:3])
    return verbs[0] if verbs else ""


def _detail(t: Token, clause_head: Token) -> bool:
    """Is ``t`` inside a circumstance phrase ("for her work on radium", "after being hit") of its clause?"""
    seen = 0
    while t != clause_head and t.head.i != t.i and seen < 12:
        if t.dep_ == "prep" and t.lemma_.lower() in CIRCUMSTANCE and not hedged_figure(t) and not (
                t.lower_ == "as" and (t.head.lemma_.lower() in OFFICE_VERBS or _as_a_person(t))) and not _predicate_phrase(t) \
                and not _made_for(t):
            return True
        if t.dep_ == "pcomp" and t.head.lemma_.lower() in CIRCUMSTANCE:
            return True
        t = t.head
        seen += 1
    return False


def _made_for(prep: Token) -> bool:
    """"Tarot was invented for fortune-telling", "designed for racing": what a thing was made for is what
    the claim says of it, no circumstance (not who a prize or a deed was for: "won it for France")."""
    from .lexical import makes

    # (a doing, what the thing is used for: not a time, "gave it to a human for the first time", "built for a season",
    # nor whom it was for or struck, "caused food shortages for millions of people", "built for Wylam Colliery")
    return prep.lower_ == "for" and prep.head.pos_ == "VERB" and makes(prep.head.lemma_.lower(), 2) and any(
        c.dep_ == "pobj" and purpose(c.lower_, c.lemma_.lower(), c.tag_) for c in prep.children)


def purpose(word: str, lemma: str, tag: str = "") -> bool:
    """Is ``word`` a doing something may be made for ("racing", "fortune-telling", "war", "divination")?"""
    from .lexical import kind

    return lemma != "time" and (tag == "VBG" or word.endswith("ing") and len(word) > 5 or kind(lemma) in (
        "noun.act", "noun.communication", "noun.event"))


def hedged_figure(prep: Token) -> bool:
    """"it covered about a million kilometres", parsed with "about" as a preposition: "about" (or
    "around") a figure right after a verb with no object is the figure's hedge, and the figure is what
    the verb took, no circumstance."""
    verb = prep.head
    return prep.dep_ == "prep" and prep.lower_ in ("about", "around") and verb.pos_ == "VERB" and any(
        c.dep_ == "pobj" and c.left_edge.i == prep.i + 1 and any(d.dep_ == "nummod" and d.like_num for d in c.children)
        for c in prep.children) and not any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _as_a_person(prep: Token) -> bool:
    """"sailed on the Beagle as Darwin's naturalist", "joined as an engineer": "as" and a person's
    role says what someone was, which the fact must tell, not a circumstance."""
    from .lexical import kind

    return any(c.dep_ == "pobj" and c.pos_ == "NOUN" and kind(c.lemma_.lower()) == "noun.person" for c in prep.children)


def _predicate_phrase(prep: Token) -> bool:
    """"Velociraptor was about the size of a turkey", "The book is about war": the phrase that is a
    copula's only complement is what the clause says, not its circumstance."""
    head = prep.head
    return head.lemma_.lower() in _COPULAS and not any(
        c.dep_ in ("attr", "acomp", "oprd", "prep") and c != prep for c in head.children)


def _sequel(h: Token) -> str:
    """"after they'd first turned it down": a clause under "after" or "before" with its own subject
    and verb tells an event of its own, which the claim asserts too."""
    mark = next((c.lower_ for c in h.children if c.dep_ == "mark"), "")
    if h.dep_ == "advcl" and h.pos_ in ("VERB", "AUX") and mark in ("after", "before") \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children):
        return mark
    return ""


def _subject_token(head: Token) -> Token | None:
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)


_CAUSATIVES = frozenset({"make", "let", "have", "help"})


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})


def _by_oneself(h: Token) -> bool:
    """"performed it all by himself", "did it on her own": the doer alone, as "alone" says."""
    return any(c.dep_ == "prep" and (c.lower_ == "by" and any(g.dep_ == "pobj" and g.lower_ in _REFLEXIVES
                                                              for g in c.children)
                                     or c.lower_ == "on" and any(g.dep_ == "pobj" and g.lower_ == "own" and any(
                                         d.dep_ == "poss" for d in g.children) for g in c.children))
               for c in h.children)


def _is_main(h: Token, root: Token, verbless: bool, reporting_root: bool) -> bool:
    """Is the clause headed by ``h`` part of what the sentence asserts?"""
    t = h
    for _ in range(12):
        # (or the root of the span read, where the parse hangs it on words cut off before it: "Fun fact: the first
        # fireworks ... lit up Henry VIII's wedding", its verb under "fact")
        if t.dep_ == "ROOT" or t == root:
            return True
        # (and what a causative makes happen, whatever clause makes it: "Copperfield, who made the
        # Statue of Liberty vanish")
        if t.dep_ in ("conj", "xcomp") or (t.dep_ == "ccomp" and (
                t.head.dep_ == "ROOT" or t.head.lemma_.lower() in _CAUSATIVES and t.head.i < t.i)):
            t = t.head
            continue
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "because" for c in t.children):
            t = t.head  # "survived because he was sheltering in the crypt" asserts why, to be checked too
            continue
        if t.dep_ == "acl" and t.head.pos_ not in ("VERB", "AUX") and (t.head == root or t.head.dep_ in (
                "ROOT", "appos", "dep", "npadvmod") and t.head.head == root and verbless):
            return True  # "Nobel Prize in Physics, shared with ...": the participle is the assertion
        if t.dep_ == "acl" and t.tag_ == "VBN" and t.head.dep_ == "attr" and t.head.head == root \
                and root.lemma_.lower() == "be" and t.i == t.head.i + 1:
            return True  # "X was the pen name adopted by Y": what restricts the attribute is said of X
        if t.dep_ == "relcl" and t.head.dep_ == "attr" and t.head.head == root and root.lemma_.lower() == "be" \
                and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in root.children):
            return True  # "It was Lavoisier who named the gas": the cleft's clause is the assertion
        if t.dep_ == "csubj" and t.head == root and t.tag_ == "VBG" and root.lemma_.lower() in _COPULAS \
                and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < t.i for c in t.children):
            # "The oldest brewery still working is the one at Weltenburg": the noun and its participle,
            # which spaCy makes a clausal subject, are the copula's subject
            return True
        if t.dep_ == "relcl" and _non_restrictive(t):
            t = t.head  # "the silkworm, which eats only oak leaves": said of the silkworm, as a clause of its own
            continue
        if t.dep_ in _ASIDE or t.dep_ == "ccomp":
            return reporting_root and t.dep_ == "ccomp" and t.head == root
        t = t.head
    return False


def _non_restrictive(h: Token) -> bool:
    """A relative clause set off by a comma and opened by "which" or "who", with an act and something
    it is done to or where: it tells more of its noun ("Bombyx mori, which eats only oak leaves"),
    not which one is meant ("the mill that Slater built")."""
    first = min(h.subtree, key=lambda t: t.i)
    if first.lower_ not in ("which", "who") or first.i == 0 or first.doc[first.i - 1].text != ",":
        return False
    return h.pos_ == "VERB" and h.lemma_.lower() not in _COPULAS and any(
        c.dep_ in ("dobj", "prep", "attr", "acomp") for c in h.children)
