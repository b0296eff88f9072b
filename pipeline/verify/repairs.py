"""Mending the parses the small English model gets wrong, before a sentence is read: an unknown
verb tagged a noun, a fronted phrase, a compound subject, an implicative verb ("managed to win").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from .dates import WEEKDAYS
from .words import _MONTHS, _common_word, _verb_word


def _repair_unknown_verb(tokens: Sequence[Token]) -> None:
    """Make a capitalised "verb" that stands as a noun and is no verb WordNet knows a proper noun
    (edits the parse in place): "Turing added the diagonal board" tags Turing VBG, lemma "ture",
    and would lose the one who did it. "Swimming is ..." stays a verb (swim is one)."""
    from .lexical import known_as, known_word

    for k, t in enumerate(tokens):
        if t.pos_ == "VERB" and t.text[:1].isupper() and t.text[1:2].islower() and t.is_alpha \
                and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "compound", "appos", "conj", "csubj") \
                and not _verb_word(t.lower_) and not _verb_word(t.lemma_.lower()):
            # ("Godalming in Surrey had the first public supply": a clause the parser made the subject is the name)
            t.pos_, t.tag_, t.lemma_ = "PROPN", "NNP", t.text
            if t.dep_ == "csubj":
                t.dep_ = "nsubj"
        # ("Corning launches Pyrex": a capitalised "-ing" subject English has as no word of its own, whatever verb
        # its stem is, names the one who did it; "Swimming is ..." and "Banking grew ..." stay as they are)
        elif t.tag_ == "VBG" and t.text[:1].isupper() and t.text[1:2].islower() and t.is_alpha \
                and t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and not known_word(t.lower_):
            t.pos_, t.tag_, t.lemma_ = "PROPN", "NNP", t.text
        # ("Cocking 1847 = 1st person killed ...", "Berry 1 Mar 1912: 1st jump ...": a note's line opened by a
        # capitalised word and its date names someone, whatever verb the word also is)
        elif k == 0 and t.pos_ == "VERB" and t.text[1:2].islower() and t.is_alpha and dated_label(t):
            t.pos_, t.tag_, t.lemma_ = "PROPN", "NNP", t.text
        # ("Abisko: Sweden's first national park": a capitalised word English has in no sense, read as
        # an adverb, names something all the same)
        elif t.pos_ in ("ADV", "ADJ") and t.text[:1].isupper() and t.text[1:].islower() and t.is_alpha \
                and len(t.text) > 3 and not known_word(t.lower_) and not known_word(t.lemma_.lower()) \
                and not any(t.lower_.endswith(end) and known_word(t.lower_[:-len(end)].rstrip("i"))
                            for end in ("est", "er", "ly")):  # ("Oldest known wild bird": a word's degree)
            t.pos_, t.tag_, t.lemma_ = "PROPN", "NNP", t.text
        # ("Monk's middle name: Sphere": a capitalised word inside a line read as an adverb English has it only as
        # a noun or an adjective, names something: the value the line gives)
        elif k > 0 and t.pos_ == "ADV" and t.text[:1].isupper() and t.text[1:].islower() and t.is_alpha \
                and len(t.text) > 3 and not known_as(t.lower_, "r") and known_as(t.lower_, "n") \
                and tokens[k - 1].text in (":", "=", "-", "->", "|"):
            t.pos_, t.tag_, t.lemma_ = "PROPN", "NNP", t.text


def _repair_modal_noun(tokens: Sequence[Token]) -> None:
    """Make a "can" the tagger took for a modal a noun where no verb follows it ("All-aluminium
    beverage can, Coors, 1963": a cell ends on it); a modal always comes before its verb (edits the parse
    in place)."""
    for k, t in enumerate(tokens):
        if t.lower_ not in ("can", "cans") or t.pos_ not in ("AUX", "VERB") or k == 0:
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if tokens[k - 1].pos_ in ("NOUN", "PROPN", "ADJ") and (after is None or after.is_punct or after.pos_ in ("ADP",)):
            t.pos_, t.tag_, t.lemma_ = "NOUN", "NN", "can"
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i:
                    c.dep_ = "compound"  # ("beverage" qualifies the can; it does nothing)


def dated_label(t: Token) -> bool:
    """Is ``t`` a capitalised word that, with the date right after it, labels a note's line ("Cocking 1847 =
    1st person killed", "Berry 1 Mar 1912: 1st jump"): a name? Not a past act with its date ("Founded 1888
    in Rochester", "Patented 1888 by Eastman"), nor a request ("Visit 1 May for the fair")."""
    doc = t.doc
    return t.text[:1].isupper() and t.tag_ not in ("VBD", "VBN") and _dated(doc[t.i + 1:t.i + 4]) \
        and any(x.text in (":", "=", "-", "–", "->") for x in doc[t.i + 2:t.i + 6])


def _dated(after: Sequence[Token]) -> bool:
    """Do ``after`` open with a year ("1847") or a day and its month ("1 Mar 1912", "22 Oct")?"""
    if not after or not after[0].is_digit:
        return False
    return bool(re.fullmatch(r"1\d{3}|20\d{2}", after[0].text)) or len(after) > 1 and len(after[0].text) <= 2 \
        and after[1].lower_.rstrip(".") in _MONTHS


def _repair_fronted_phrase(tokens: Sequence[Token]) -> None:
    """Give back the subject a fronted phrase without its comma swallowed (edits the parse in place).

    Notes drop the comma after an opening phrase, and the parser then reads on into the name that
    follows: "In 1807 Humphry Davy used ..." makes Davy the object of "In" and leaves "used" with
    no subject; "After World War II Truman ordered ..." makes "World War II Truman" one name.
    ``tokens`` are the sentence's tokens without whitespace: positions go by ``Token.i``, never
    by place in the list. Every new head is outside the subtree of the token it governs, so the
    parse stays a tree.
    """
    first = tokens[0]
    if first.dep_ != "prep" or first.pos_ != "ADP" or first.head.pos_ not in ("VERB", "AUX"):
        return
    verb = first.head
    if verb.i < first.i or any(t.i > verb.i or t.i < first.i for t in first.subtree):
        return
    words = [t for t in tokens if first.i < t.i < verb.i]  # between the preposition and the verb
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subj = subjects[0] if subjects else None
    pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
    if len(subjects) >= 2 and pobj is None and words and words[0] == subjects[0] and subjects[0].pos_ == "PROPN" \
            and any(t.text == "," and subjects[0].i < t.i < subjects[1].i for t in words):
        # "At Subiaco, Italy, Sweynheym printed": the verb has its own subject; the place the parser
        # made a second one is what "At" governs, and a name listed with it is where that place is
        place = subjects[0]
        place.head, place.dep_ = first, "pobj"
        for c in place.children:
            if c.dep_ == "conj":
                c.dep_ = "appos"
        return
    # "In Wetzlar, Oskar Barnack of Carl Zeiss designed ...": the parser listed the subject with the
    # place (as the preposition's object, or as a subject the preposition lost); no "and" lists them
    place = pobj if subj is None else subj if pobj is None and words and words[0] == subj else None
    conj = next((c for c in place.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None) \
        if place is not None and place.pos_ == "PROPN" else None
    if conj is not None and place is not None and not any(c.dep_ == "cc" for c in place.children) and any(
            t.text == "," and place.i < t.i < conj.i for t in words):
        if place is subj:
            place.head, place.dep_ = first, "pobj"
        conj.head, conj.dep_ = verb, "nsubj"
        return
    if subj is None and pobj is not None and pobj.pos_ == "PROPN":
        # "On 3 June 1950 Maurice Herzog and Louis Lachenal ... reached": the date before the name
        # (day, month, year) is what "On" governs; the name and those listed with it are the subject
        start = min([pobj.i] + [c.i for c in pobj.children if c.dep_ == "compound" and c.i < pobj.i])
        lead = [t for t in words if t.i < start]
        month = next((t for t in lead if t.lower_ in _MONTHS), None)
        if month is not None and len(lead) <= 3 and all(t.like_num or t is month for t in lead):
            month.head, month.dep_ = first, "pobj"
            for t in lead:
                if t is not month:
                    t.head, t.dep_ = month, "nummod"
            pobj.head, pobj.dep_ = verb, "nsubj"
            return
    if subj is None and pobj is not None and pobj.pos_ == "PROPN" and words and (
            words[-1] == pobj or _listed_after(pobj, [t for t in words if t.i > pobj.i])):
        # "In 1921 Einstein won": the number before the name is what "In" governs ("In 1905 Wheeler &
        # Wilson acquired": and the names listed with it are the subject with it)
        num = next((c for c in pobj.children if c.dep_ == "nummod" and c.i < pobj.i and c.like_num), None)
        if num is None or any(t.pos_ != "PROPN" for t in words if num.i < t.i <= pobj.i):
            return
        pobj.head, pobj.dep_ = verb, "nsubj"
        num.head, num.dep_ = first, "pobj"
    elif subj is not None and pobj is None and subj.pos_ == "PROPN" and words and words[-1] == subj \
            and len(words) >= 3:
        # "After World War II Truman ordered": the chain of capitalised words holds both; the
        # subject is its tail of words that are names only (WordNet has "war" and "world" as nouns)
        chain = words[:-1]
        if not all(t.head == subj or t.head in chain for t in chain) or \
                any(t.dep_ not in ("compound", "det", "amod", "nummod") for t in chain):
            return
        k = len(chain)  # chain[k:] joins the subject
        while k - 1 >= 1 and chain[k - 1].pos_ == "PROPN" and not _common_word(chain[k - 1].lower_):
            k -= 1
        if k == 0 or _common_word(subj.lower_):
            return
        obj = chain[k - 1]
        obj.head, obj.dep_ = first, "pobj"
        for t in chain[:k - 1]:
            if t.head.i >= obj.i:
                t.head = obj


def _repair_headline_verb(tokens: Sequence[Token]) -> None:
    """Make the verb of a line written as a headline a verb (edits the parse in place): "1980 Clydebank
    factory shuts" has no verb, and the parser reads "shuts" as a plural noun the factory qualifies.
    Only the root, a plural after the noun it would take as its subject, in a line with no other verb,
    and a word WordNet knows better as a verb than as a noun ("shut", "close"; not "visits", "records")."""
    from .wordnet import lexicon

    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    if root is None or root.tag_ != "NNS" or not root.is_lower or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return
    subject = [c for c in root.children if c.dep_ == "compound" and c.i == root.i - 1 and c.pos_ in ("NOUN", "PROPN")]
    # (and nothing after it the parser hung on it as a noun: "bakery supplies Portland, Boise" leaves
    # what was supplied to guess)
    # (a month or a date in brackets after it says when: "Hakuho retires (July)")
    # (a figure only as a year: "Kell retires (3)" may be a note's footnote, a count or a second time)
    def bracketed_when(c: Token) -> bool:
        return c.dep_ in ("npadvmod", "appos") and c.i > 0 and c.doc[c.i - 1].text == "(" \
            and (c.lower_ in _MONTHS or c.shape_ == "dddd")

    if not subject or any(c.i > root.i and c.dep_ not in ("prep", "punct", "advmod") and not bracketed_when(c)
                          for c in root.children):
        return
    word = root.lower_
    lemma = next((w for w in (word[:-1], word[:-2], word[:-3] + "y") if w and _verb_word(w)), None)
    if lemma is None or len(lexicon().senses(lemma, "v")) <= len(lexicon().senses(lemma, "n")):
        return
    root.pos_, root.tag_, root.lemma_ = "VERB", "VBZ", lemma
    subject[0].dep_ = "nsubj"


# Acts notes write short before a year: "Serengeti NP est. 1951", "Fonteyn b. 1919 in Shanghai",
# "Curie, d. 1934" (the tokenizer keeps "est." one word: ``nlp.NOTE_ABBREVIATIONS``)
_NOTE_ACTS = {"est.": ("establish", "VBN"), "estd.": ("establish", "VBN"), "b.": ("bear", "VBN"),
              "d.": ("die", "VBD"), "pub.": ("publish", "VBN"), "publ.": ("publish", "VBN")}


def _repair_note_act(tokens: Sequence[Token]) -> None:
    """Make an act written short before a year a verb (edits the parse in place), with the name before it
    its subject: the parser reads "est." as a noun the name qualifies, or as an apposition to it."""
    for k, t in enumerate(tokens):
        # (or the tokenizer split its full stop off: "Principia pub. 1687" is "pub" and ".")
        dot = 1 if t.lower_ in ("pub", "publ") and k + 1 < len(tokens) and tokens[k + 1].text == "." else 0
        act = _NOTE_ACTS.get(t.lower_ + "." if dot else t.lower_)
        n = k + dot  # (the act's last token: its full stop, when split off)
        # (a year or a month after it: "est. 90,000 square metres" is an estimate)
        # (or a day before its month: "Dict. pub. 15 Aug 1755")
        if act is None or k == 0 or n + 1 >= len(tokens) or not (
                re.fullmatch(r"1\d{3}|20\d{2}", tokens[n + 1].text) or tokens[n + 1].lower_ in _MONTHS
                or re.fullmatch(r"[0-3]?\d", tokens[n + 1].text) and n + 2 < len(tokens)
                and tokens[n + 2].lower_.rstrip(".") in _MONTHS):
            continue
        lemma, tag = act
        if t.dep_ == "ROOT":
            subject = [c for c in t.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < t.i]
            if not subject:
                continue
            subject[-1].dep_ = "nsubjpass" if tag == "VBN" else "nsubj"
        elif t.dep_ == "appos" and t.head.pos_ == "PROPN" and t.head.i < t.i:
            t.dep_ = "acl"
        else:
            continue
        t.pos_, t.tag_, t.lemma_ = "VERB", tag, lemma
        for c in t.children:
            if c.like_num and c.dep_ in ("nummod", "appos", "punct"):
                c.dep_ = "npadvmod"


def _repair_named_description(tokens: Sequence[Token]) -> None:
    """Make the name in "an inventor named Whitcomb Judson patented" stand where the noun stood (edits the
    parse in place): the noun describes the one the name names ("Whitcomb Judson, an inventor"), and the
    parser hangs the name on "named" and leaves the noun the doer."""
    for verb in tokens:
        noun = verb.head
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_ not in ("name", "call") or noun.pos_ != "NOUN" \
                or noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"):
            continue
        kids = list(verb.children)
        if len(kids) != 1 or kids[0].dep_ not in ("oprd", "attr", "dobj") or kids[0].pos_ != "PROPN":
            continue
        name = kids[0]
        name.head, name.dep_ = noun.head, noun.dep_
        noun.head, noun.dep_ = name, "appos"
        verb.dep_, verb.pos_, verb.tag_ = "amod", "ADJ", "JJ"


def _repair_compound_participle(tokens: Sequence[Token]) -> None:
    """Make a participle before a noun an adjective where the two are one noun WordNet knows ("for condensed
    milk"; and a capitalised one opening a cell or a line, "Condensed milk patent | Gail Borden", which the
    parser may make the line's verb): condensed milk is no act of condensing (edits the parse in place)."""
    from .lexical import known_as  # (WordNet loads on first use)

    for k, t in enumerate(tokens[:-1]):
        n = tokens[k + 1]
        if t.pos_ != "VERB" or t.tag_ not in ("VBN", "VBD") or n.pos_ != "NOUN" \
                or not known_as(f"{t.lower_}_{n.lower_}", "n"):
            continue
        if t.dep_ == "amod" and t.head.i >= n.i:
            t.pos_, t.tag_ = "ADJ", "JJ"  # (parsed as the noun's modifier already, tagged a verb)
            continue
        if not t.text[:1].isupper() or not (k == 0 or tokens[k - 1].is_punct):
            continue
        # (what else hung on the verb hangs on that noun: "..., Gail Borden, 1853")
        objs = [c for c in t.children if c.dep_ in ("dobj", "obj")]
        if len(objs) != 1 or n not in objs[0].subtree or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")
                                                             for c in t.children):
            continue
        noun = objs[0]
        for c in list(t.children):
            if c is not noun:
                c.head = noun
        noun.head, noun.dep_ = (noun if t.head == t else t.head), t.dep_
        t.head, t.dep_, t.pos_, t.tag_ = n, "amod", "ADJ", "JJ"


def _repair_label_participle(tokens: Sequence[Token]) -> None:
    """Read a note's label that ends on a past participle as a passive clause, its value hung on the participle
    (edits the parse in place): "Republican calendar abolished by: Robespierre" says the calendar was abolished by
    Robespierre, "Soviet five-day week introduced: 1931" that it was introduced in 1931. With the colon the parser
    makes the name the line's root, or the year a second name for the noun, and the participle a mere qualifier."""
    for k, t in enumerate(tokens[:-2]):
        if k == 0 or t.tag_ not in ("VBN", "VBD") or not t.text.islower() or t.dep_ not in ("acl", "ROOT"):
            continue
        by = tokens[k + 1] if tokens[k + 1].lower_ == "by" and tokens[k + 1].head == t else None
        j = k + 2 if by is not None else k + 1  # (the colon's place in ``tokens``, which has no spaces)
        if tokens[j].text != ":" or j + 1 >= len(tokens):
            continue
        value = tokens[j + 1]
        # (the value's head word: the last of a name's words, "Alexander Graham Bell")
        while value.dep_ == "compound" and value.i < value.head.i <= tokens[-1].i:
            value = value.head
        if not (by is not None and value.pos_ == "PROPN" or by is None and value.like_num and len(value.text) in (3, 4)):
            continue
        # (what the label is about: the noun the participle qualifies; or the participle's subject already, where
        # the parser made it the root: "Telephone invented by: Alexander Graham Bell")
        if t.dep_ == "acl" and t.head.i < t.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            noun = t.head
            t.head, t.dep_ = t, "ROOT"
            noun.head, noun.dep_ = t, "nsubjpass"
        elif t.dep_ != "ROOT" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i for c in t.children):
            continue
        if by is not None:
            value.head, value.dep_ = by, "pobj"
            by.dep_ = "agent"
        else:
            value.head, value.dep_ = t, "npadvmod"


def _listed_after(name: Token, tail: Sequence[Token]) -> bool:
    """Are ``tail`` (the words after ``name``) names listed with it: "& Wilson", "and Clark"?"""
    return bool(tail) and any(t.dep_ == "cc" for t in tail) and all(
        t.dep_ == "cc" or t.pos_ == "PROPN" and t in name.subtree for t in tail) and tail[-1].dep_ == "conj"


def _repair_compound_subject(tokens: Sequence[Token]) -> None:
    """Names the parser did not make the subject of the verb after them (edits the parse in place).

    At the start of a note ("Caxton prints the Recuyell in Ghent") the parser reads the name and
    the verb as one noun phrase and tags the verb a verb all the same: a verb has no compound
    modifiers, and one that has no subject takes the name as its subject.
    """
    for t in tokens:
        verb = t.head
        if t.dep_ == "compound" and t.pos_ == "PROPN" and verb.pos_ == "VERB" and t.i < verb.i and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) and all(
                x.dep_ in ("compound", "punct") or x.pos_ == "PROPN" for x in tokens if t.i < x.i < verb.i):
            t.dep_ = "nsubj"
            return
    # "A flood damaged the transept": a noun after its article, right before a finite verb that has no
    # subject, taken for an adverbial noun ("a flood" as "a day" in "a day later"), is the subject (a
    # participle too, where it has an object: "A flood damaged the transept" is tagged so)
    from .lexical import kind as lexical_kind  # (the lexicon loads on first use)

    # (its article may be hung on the verb as an object of its own: "A" a dobj of "damaged")
    for t in tokens:
        verb = t.head
        article = t.doc[t.i - 1] if t.i > tokens[0].i else None
        if t.dep_ == "npadvmod" and t.pos_ == "NOUN" and verb.pos_ == "VERB" and verb.i == t.i + 1 \
                and (verb.tag_ in ("VBD", "VBZ") or verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children)) \
                and verb.dep_ == "ROOT" and article is not None and article.i == tokens[0].i \
                and article.lower_ in ("a", "an", "the") and article.head.i in (t.i, verb.i) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children) \
                and lexical_kind(t.lemma_.lower()) != "noun.time":
            article.head, article.dep_ = t, "det"
            t.dep_ = "nsubj"
            return
    # "Herzog and Lachenal climbed Annapurna": the parser made the first name the root and the verb
    # one more item of the list of names; a finite verb right after the names is their predicate
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "PROPN" or root.i != tokens[0].i:
        return
    verb = next((c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBZ", "VBP")),
                None)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return
    between = [t for t in tokens if root.i < t.i < verb.i]
    if not between or between[-1].pos_ != "PROPN" or not all(
            t.pos_ in ("PROPN", "CCONJ", "PUNCT") and t.lower_ not in (";", ":") for t in between):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    for c in [c for c in root.children if c.i > verb.i]:
        c.head = verb  # what follows the verb (the full stop) is the verb's


def _repair_trailing_tally(tokens: Sequence[Token]) -> None:
    """Make the verb of a note the root where the parser made a tally after its comma the root (edits the
    parse in place): "U-20 sinks Lusitania off Ireland, ~1,200 dead" has "dead" as its root and "sinks" a
    parataxis under it; the count says how many died in what the verb tells."""
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ in ("VERB", "AUX") or not any(c.like_num and c.dep_ == "nummod" for c in root.children):
        return
    verb = next((c for c in root.children if c.dep_ == "parataxis" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBZ", "VBP")
                 and c.i < root.i and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)), None)
    if verb is None or not any(t.text == "," and verb.i < t.i < root.i for t in tokens):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "npadvmod"
    for c in [c for c in root.children if c.i < root.i and c.i > verb.i and c.is_punct]:
        c.head = verb


# a score with its dash in one token ("1–0", "7–1")
_ONE_TOKEN_SCORE = re.compile(r"\d{1,3}\s*[–—-]\s*\d{1,3}")


def _repair_score_object(tokens: Sequence[Token]) -> None:
    """Make a name right after a verb that has no other object that verb's object (edits the parse in
    place): before a score the parser hangs it on the verb as an adverbial noun ("Uruguay beat Brazil 2-1"
    has "Brazil" an npadvmod and, at times, the score's last number the object), and the one beaten,
    lost, would let "Brazil beat Uruguay 2-1" stand for it. A month or a weekday there is when ("left
    Monday", "opened June 1890"). After a noun for that object, the name is in apposition to it."""
    for t in tokens:
        # (a score written as one token, "1–0" with its dash, takes the name before it for its own
        # qualifier: "Chelsea beat Arsenal 1–0" has "Arsenal" a compound of the score, the score the object)
        # (the name's other words hang on the score too, or on its last word: "Brill Rovers 2–1")
        score = t.head
        if t.pos_ == "PROPN" and t.dep_ == "compound" and score.i == t.i + 1 and _ONE_TOKEN_SCORE.fullmatch(score.text) \
                and score.dep_ in ("dobj", "npadvmod") and score.head.pos_ == "VERB" and score.head.i < t.i:
            verb = score.head
            # (after the verb's own object, a noun for it, the name is in apposition: "beat the hosts Sweden 5–2")
            noun = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < t.i), None)
            start = noun.i + 1 if noun is not None else verb.i + 1
            words = t.doc[start:t.i]
            # (and its article: "beat the Harriers 3–1" (review 53); and a word that says which side or player it
            # is, "beat the favourite Ann Kell 6–4", which the parser may take for an adjective (review 53b))
            if all(x.dep_ == "compound" and x.pos_ == "PROPN" or x.i == start and x.dep_ == "det" and x.lower_ == "the"
                   or x.dep_ == "amod" and x.pos_ == "ADJ" and words[0].dep_ == "det" and x.i == start + 1
                   for x in words) and all(x.head.i in (t.i, score.i) for x in words):
                for x in words:
                    x.head = t
                t.head, t.dep_ = (noun, "appos") if noun is not None else (verb, "dobj")
                score.dep_ = "npadvmod"
                continue
        verb = t.head
        if t.pos_ != "PROPN" or t.dep_ != "npadvmod" or verb.pos_ != "VERB" or verb.i > t.i \
                or t.lower_ in _MONTHS or t.lower_ in WEEKDAYS:
            continue
        first = min(x.i for x in t.subtree)
        # (after the verb's object, a noun for it, the name is that object's: "beat the hosts Brazil 7-1")
        noun = t.doc[first - 1] if first > 0 else None
        if noun is not None and noun.head == verb and noun.dep_ == "dobj" and noun.pos_ == "NOUN" and first > verb.i + 1:
            t.head, t.dep_ = noun, "appos"
            continue
        if first != verb.i + 1:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(not c.like_num for c in objects):
            continue
        for c in objects:  # (the score's number, taken for the object, is an amount again)
            c.dep_ = "npadvmod"
        t.dep_ = "dobj"


def _repair_stray_verb(tokens: Sequence[Token]) -> None:
    """Make a verb the parser left a stray dependent of the verb before it, after a comma, with no
    subject of its own, a conjoined verb (edits the parse in place): "Jules Rimet Trophy stolen again in
    Rio, later recovered" has "recovered" an unlabelled dependent of "stolen", read as no statement at
    all; conjoined, it shares the trophy and tells what became of it."""
    for t in tokens:
        head = t.head
        # (a verb English has: not "suborbital", which the tagger may call one)
        if t.dep_ != "dep" or t.pos_ != "VERB" or head.pos_ not in ("VERB", "AUX") or head.i > t.i \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children) or not _verb_word(t.lemma_.lower()):
            continue
        if any(x.text in (",", ";") for x in t.doc[head.i + 1:t.i]):
            t.dep_ = "conj"


def _repair_cleft(tokens: Sequence[Token]) -> None:
    """Make the clause a cleft sentence puts in focus the main one, with the phrase it focuses (edits the
    parse in place): "It was at the old Wembley that England won the World Cup" is England winning at
    Wembley; the parser makes "was" the root, "at the old Wembley" its phrase and the winning its
    complement, and the place was read as where something "was"."""
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() != "be" or not any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" and c.i < root.i for c in root.children):
        return
    verb = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.i > root.i and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i == min(x.i for x in c.subtree) for m in c.children)), None)
    focus = [c for c in root.children if c.dep_ == "prep" and root.i < c.i < (verb.i if verb is not None else -1)]
    if verb is None or not focus or any(c.dep_ in ("attr", "acomp") for c in root.children):
        return
    for c in focus:
        c.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "dep"


def _repair_participle_subject(tokens: Sequence[Token]) -> None:
    """Make a copula the parser hung on the participle before it, or hung that participle on, the root, with the
    participle's subject its own (edits the parse in place): "The first feature made entirely in the process was
    The Wizard of Oz" is parsed with "made" the root, "feature" its subject and "was The Wizard of Oz" a clause
    with no subject (or "was" the root and "feature made ..." a clause under it); the participle is the noun's (a
    reduced relative, "the first feature made in it"), and what the noun was is the sentence's statement."""
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    if root is None:
        return
    if root.lemma_.lower() == "be":
        copula = root
        participle = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    else:
        participle = root
        copula = next((c for c in root.children if c.dep_ == "ccomp" and c.i > root.i and c.lemma_.lower() == "be"),
                      None)
    # (the tagger calls the participle a past tense, as the parse it gave needs: "made" VBD)
    if participle is None or copula is None or participle.tag_ not in ("VBN", "VBD") \
            or any(c.dep_ in ("dobj", "aux", "auxpass") for c in participle.children) \
            or any(x.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for x in copula.children) \
            or not any(x.dep_ in ("attr", "acomp") for x in copula.children):
        return
    subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i
                    and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None:
        return
    copula.head, copula.dep_ = copula, "ROOT"
    subject.head, subject.dep_ = copula, "nsubj"
    participle.head, participle.dep_, participle.tag_ = subject, "acl", "VBN"
    for c in list(participle.children):
        if c.dep_ == "punct" and c.i > copula.i:
            c.head = copula


# verbs that say their complement happened and add nothing a fact would state ("went on to publish",
# "managed to reach"); "tried to", "began to", "planned to" do not say it happened
_IMPLICATIVE = frozenset({"manage", "proceed", "happen", "bother"})


def _repair_stray_relative(tokens: Sequence[Token]) -> None:
    """Hang a clause opened by ", who" on the name before its comma (edits the parse in place).

    "Harvard College was named after the clergyman John Harvard, who on his death in 1638 left it his
    library" is parsed with "left" an adverbial clause of "named", its "who" then read as the college;
    a "who" after a comma is the noun's just before it, as a relative clause is. The new head is the
    noun, outside the clause's subtree, so the parse stays a tree."""
    for t in tokens:
        if t.lower_ != "who" or t.dep_ not in ("nsubj", "nsubjpass") or t.i < 2 or t.doc[t.i - 1].text != ",":
            continue
        # (the parser may hang the "who" on a phrase before the verb: "who on his death in 1638 left")
        verb, noun = t.head, t.doc[t.i - 2]
        if verb.pos_ == "ADP" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i > verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("advcl", "conj", "ccomp") or verb.i < t.i \
                or noun.pos_ not in ("PROPN", "NOUN") or noun.i in {x.i for x in verb.subtree}:
            continue
        t.head = verb
        verb.head, verb.dep_ = noun, "relcl"


def _repair_implicative(tokens: Sequence[Token]) -> None:
    """Make the act of "went on to publish", "managed to reach" the complement's (edits the parse in place).

    The frame verb becomes an auxiliary of its complement, and what it governed (its subject,
    when, where) the complement's, so "He went on to publish his results in 1798" is one act,
    publishing, done by him in 1798.
    """
    for t in tokens:
        if t.pos_ not in ("VERB", "AUX") or t.dep_ == "aux":
            continue
        # (and "used to": "August used to be called Quintilis" says it was called so, once)
        implicative = t.lemma_.lower() in _IMPLICATIVE or t.lemma_.lower() == "go" and any(
            c.dep_ == "prt" and c.lower_ == "on" for c in t.children) or t.lower_ == "used" and t.tag_ == "VBD" \
            and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to" and not any(c.dep_ in ("dobj", "obj") for c in t.children)
        comp = next((c for c in t.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > t.i and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if not implicative or comp is None:
            continue
        for c in [c for c in t.children if c is not comp and c.dep_ != "prt"]:
            c.head = comp
        comp.head, comp.dep_ = (comp, "ROOT") if t.dep_ == "ROOT" else (t.head, t.dep_)
        t.head, t.dep_ = comp, "aux"
        return


def _repair_nationality_gerund(tokens: Sequence[Token]) -> None:
    """Make a people's name, a gerund and the name after them one noun phrase (edits the parse in place).

    "The Basque whaling galleon San Juan sank in Red Bay harbour" is parsed with "Basque" the subject
    and "whaling" a participle on it whose object is "San Juan", just before the verb: a people's word and
    a gerund qualify the noun after them, the galleon the subject."""
    for t in tokens:
        # (one capitalised word with an article, a people's: "The Basque", "the Dutch"; not a common noun with a
        # participle of its own, "The man selling tickets left")
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN" or t.head.pos_ not in ("VERB", "AUX") \
                or not any(c.dep_ == "det" for c in t.children) or any(c.dep_ == "compound" for c in t.children):
            continue
        verb = t.head
        gerund = next((c for c in t.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i == t.i + 1), None)
        if gerund is None:
            continue
        obj = next((c for c in gerund.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")), None)
        # (the object runs up to the verb, with nothing of the gerund's after it: "whaling galleon San Juan sank")
        if obj is None or verb.i != obj.i + 1 or any(c.i > obj.i for c in gerund.children):
            continue
        obj.head, obj.dep_ = verb, t.dep_
        t.head, t.dep_ = obj, "amod"
        gerund.head, gerund.dep_ = obj, "amod"



def _repair_born_name(tokens: Sequence[Token]) -> None:
    """Make "born" after a name and a comma the participle it is, with the birth name its complement and the
    phrases after that name its own (edits the parse in place): "Billie Holiday, born Eleanora Fagan in
    Baltimore in 1915, had ..." is parsed with "born" qualifying "Fagan", set beside Holiday, and the place and
    year hung on the birth name; the birth is Holiday's, there and then."""
    for t in tokens:
        if t.lower_ != "born" or t.dep_ != "amod" or t.i == 0 or t.doc[t.i - 1].text != ",":
            continue
        name, owner = t.head, t.head.head
        if name.dep_ != "appos" or name.pos_ != "PROPN" or owner.pos_ != "PROPN" or name.i < t.i:
            continue
        t.head, t.dep_ = owner, "acl"
        prepositions = [c for c in name.children if c.dep_ == "prep" and c.i > name.i]
        name.head, name.dep_ = t, "oprd"
        for c in prepositions:
            c.head = t


def _repair_named_kind(tokens: Sequence[Token]) -> None:
    """Make the name in "Jambo the orangutan guards a boy" the doer, with "the orangutan" set beside it,
    and the verb after the kind the verb (edits the parse in place). The small model reads the name as a verb
    ("Snowflake the albino gorilla dies": "Snowflake" a verb, "dies" its object), as the root with a plural
    noun ("guards") hung on it, or as an adverb beside the kind as the doer ("Dolly the sheep is cloned"); the
    kind is what the name is ("Jambo, the orangutan"), which a fact calling him a gorilla gainsays.
    Only a capitalised word that is no verb and no adverb English knows ("Check the road status", "Honestly
    the pandas"), opening the line or after a year or a mark (not "In America the story starts"), then
    "the", lower-case words ending on a noun, and a verb (or a plural WordNet knows as a verb)."""
    from .lexical import calendar_day, known_as, known_word

    for k, name in enumerate(tokens[:-3]):
        if not (name.is_alpha and name.text[:1].isupper() and name.text[1:].islower() and tokens[k + 1].text == "the"):
            continue
        if k > 0 and not (tokens[k - 1].like_num or tokens[k - 1].is_punct and tokens[k - 1].text not in ("@", "'", '"')):
            continue
        if known_as(name.lower_, "v") or known_as(name.lower_, "r") or name.is_stop \
                or name.tag_ in ("WRB", "WDT", "WP", "IN", "DT", "CC", "PRP", "MD", "UH") \
                or name.pos_ in ("ADV", "INTJ", "ADJ") and known_word(name.lower_):
            continue  # ("When the pandemic shut ...", "Worldwide the pandemic killed": a word of the grammar, no name)
        stop = min(k + 6, len(tokens))
        end = next((j for j in range(k + 2, stop) if not (tokens[j].is_alpha and tokens[j].is_lower)), stop)
        # (the kind's words, then its verb: the last lower-case word of the run, or the one a verb's tag marks)
        run = tokens[k + 2:end]
        verb_at = next((j for j, t in enumerate(run) if j > 0 and t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG"), None)
        if verb_at is None:
            verb_at = next((j for j, t in enumerate(run) if j > 0 and t.tag_ == "NNS"
                            and known_as(t.lower_[:-1], "v") and j + 1 < len(run)), None)
        if verb_at is None:
            continue
        kind, verb = run[verb_at - 1], run[verb_at]
        # (a kind is a noun, not an adjective or an ordinal of a regnal name: "Alfred the great", "Henry the
        # eighth"; nor a day's or a month's name before it: "Monday the market opens")
        if not known_as(kind.lower_, "n") or kind.lower_ in ("same", "following", "other", "first", "last", "next") \
                or kind.pos_ == "ADJ" and known_as(kind.lower_, "a") or kind.pos_ == "NUM" or kind.like_num \
                or calendar_day(name.text) or name.lower_ in _MONTHS:
            continue
        described = [name, tokens[k + 1], *run[:verb_at]]
        hung = verb.head in described
        if hung and any(t.dep_ == "ROOT" and t not in described and t != verb for t in tokens):
            continue  # (the line's verb is elsewhere: the run is no clause of its own)
        # where the name will hang, decided before any edit
        if hung:
            head, dep = verb, "nsubj"
        elif kind.dep_ in ("nsubj", "nsubjpass") and kind.head not in described:
            head, dep = kind.head, kind.dep_  # (the parse has the kind the doer: the name takes its place)
        elif verb.dep_ in ("aux", "auxpass"):
            head, dep = verb.head, "nsubjpass" if verb.dep_ == "auxpass" else "nsubj"
        else:
            head, dep = verb, "nsubj"
        above = [] if hung else [x for x in _up_from(head) if x in described]
        if verb.pos_ not in ("VERB", "AUX"):
            verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBZ", verb.lower_[:-1]
        if hung:
            # (the verb hangs on the name or the kind: it becomes the root, and what hung on them hangs on it)
            verb.head, verb.dep_ = verb, "ROOT"
            for t in tokens:
                if t in described or t == verb or t.head not in described:
                    continue
                t.head = verb
                if t.dep_ in ("appos", "dative", "attr", "dobj", "ROOT"):
                    t.dep_ = "dobj" if t.i > verb.i else "npadvmod"
        if above:
            # (the parser hung that verb under the name's phrase, "Tilikum the orca is put down" with "Tilikum" the
            # root and "put" its clause: the verb takes the place the phrase had, or hanging the name on it would
            # close a loop)
            top = above[-1]
            if top.head.i == top.i or top.dep_ == "ROOT":
                head.head, head.dep_ = head, "ROOT"
            else:
                head.head, head.dep_ = top.head, top.dep_
        name.pos_, name.tag_, name.lemma_ = "PROPN", "NNP", name.text
        name.head, name.dep_ = head, dep
        kind.head, kind.dep_ = name, "appos"
        if kind.pos_ != "NOUN":
            kind.pos_, kind.tag_ = "NOUN", "NN"  # ("orangutan" tagged an adjective: it heads the phrase)
        for t in described[1:-1]:
            t.head = kind
            t.dep_ = "det" if t.lower_ == "the" else t.dep_ if t.dep_ in ("amod", "compound") else "compound"
        return


def _up_from(t: Token) -> list[Token]:
    """``t`` and its heads up to the root (stopping on a loop, should a parse have one)."""
    out: list[Token] = []
    seen: set[int] = set()
    while t.i not in seen:
        out.append(t)
        seen.add(t.i)
        t = t.head
    return out


def _repair_trailing_noun(tokens: Sequence[Token]) -> None:
    """Make a noun the parser hung as an adjective on the noun before it the head of its phrase (edits the parse
    in place): in "Francis Ouimet, a young club pro, wins" the model reads "pro" as qualifying "club", so the
    apposition would say he is a club; an adjective never follows its noun, and a noun that ends its phrase is
    what the phrase names."""
    for k, t in enumerate(tokens):
        head = t.head
        if t.dep_ != "amod" or t.pos_ != "NOUN" or t.tag_ not in ("NN", "NNS") or head.i != t.i - 1 \
                or head.pos_ != "NOUN" or list(t.children):
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if after is not None and not (after.is_punct or after.pos_ in ("ADP", "VERB", "AUX", "CCONJ")):
            continue
        kids = [c for c in head.children if c.i != t.i]
        if head.dep_ == "ROOT":
            t.head, t.dep_ = t, "ROOT"
        else:
            t.head, t.dep_ = head.head, head.dep_
        head.head, head.dep_ = t, "compound"
        for c in kids:
            c.head = t


# WordNet's classes of a noun English has whole that a table's cell may open with a capital ("Polar bear")
_COMMON_KINDS = frozenset({"noun.animal", "noun.plant", "noun.food", "noun.artifact", "noun.substance"})


def capitalised_common_noun(tokens: Sequence[Token], k: int) -> bool:
    """Does token ``k``, a capitalised word that opens a field's value or a table's cell, make with the lower-case
    words after it a noun English has whole ("Species: Polar bear", "| Western lowland gorilla |")? After a field's
    label, a cell's mark or a comma (as a row's cells are joined) only ("(Song dynasty)", "1939 Hammond organ" name
    what they say), and only a creature, a plant, a food, a stuff or a made thing ("Era: Ming dynasty" names a
    dynasty)."""
    from .lexical import kind, known_word, person_or_place

    t = tokens[k]
    if k == 0 or tokens[k - 1].text not in (":", "|", ";", ",") or not t.is_alpha or t.is_upper or not t.is_title \
            or not known_word(t.lower_) or person_or_place(t.text):
        return False
    whole = next(("_".join(x.lower_ for x in tokens[k:k + n + 1]) for n in (2, 1) if k + n < len(tokens)
                  and all(x.is_lower and x.is_alpha and known_word(x.lower_) for x in tokens[k + 1:k + n + 1])
                  and known_word("_".join(x.lower_ for x in tokens[k:k + n + 1]))), None)
    # (each word after it English's own: "Camellia sinensis", "Apis mellifera" are a genus and its species, a name)
    return whole is not None and kind(whole) in _COMMON_KINDS


def _repair_adjective_noun(tokens: Sequence[Token]) -> None:
    """Make a word English does not know as an adjective, tagged one where a noun stands (after "the" or "a",
    as the verb's object or subject or a preposition's object), a noun (edits the parse in place): the tagger
    reads "developed the charvolant, a carriage ..." with "charvolant" an adjective, so the fact would lose what
    was developed. (Not "helped the poor": an adjective English has, said of people.)"""
    from .lexical import known_word

    for t in tokens:
        if t.pos_ != "ADJ" or t.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj") or not t.is_alpha \
                or not t.is_lower or known_word(t.lower_) \
                or not any(c.dep_ == "det" and c.i < t.i for c in t.children):
            continue
        t.pos_, t.tag_, t.lemma_ = "NOUN", "NN", t.lower_


def _repair_capitalised_value(tokens: Sequence[Token]) -> None:
    """Make a capitalised word that opens a field's value or a table's cell a common word where it and the
    lower-case words after it are a noun English has whole (``capitalised_common_noun``; edits the parse in
    place): the tagger reads "Polar" in "Species: Polar bear" as a name, which no fact about a polar bear gives."""
    from .lexical import known_as

    for k, t in enumerate(tokens):
        if t.pos_ == "PROPN" and capitalised_common_noun(tokens, k):
            t.pos_, t.tag_, t.lemma_ = ("ADJ", "JJ", t.lower_) if known_as(t.lower_, "a") else ("NOUN", "NN", t.lower_)


# nouns of a time or a measure a quiz's prompt opens on, to ask for its answer ("Year the Tennessee Valley Authority was
# created -> 1933", "Depth of Veryovkina Cave in metres -> 2,212"): no name, capitalised as they open the line
# (not "day", which may be a surname, "Day Lewis"; nor "age" or "area", which open names, "Age of Discovery")
ASKED_NOUNS = frozenset({"year", "decade", "century", "month", "date", "season", "depth", "height", "length", "width",
                          "weight", "distance", "population", "speed", "number", "cost", "price", "duration"})


def prompt_line(tokens: Sequence[Token]) -> bool:
    """Is the line a prompt with its answer after an arrow ("Year the Authority was created -> 1933"), or after a
    colon where what comes before it asks with a verb or an "of" ("Distance Cape Hatteras was moved: about 2,900 feet",
    "Distance of Giffard's flight: 27 km"; not a name's label, "Date Palm Festival: 1990" (review 58b))?"""
    text = "".join(t.text_with_ws for t in tokens)
    if "->" in text or "→" in text:
        return True
    colon = next((k for k, t in enumerate(tokens) if t.text == ":"), None)
    before = tokens[:colon] if colon is not None else []
    return len(before) > 1 and (before[1].lower_ == "of" or any(t.tag_.startswith("VB") for t in before[1:]))


def _repair_asked_time(tokens: Sequence[Token]) -> None:
    """Make a noun of a time or a measure that opens a prompt's line a common noun (edits the parse in place): the
    tagger reads "Year" in "Year the Tennessee Valley Authority was created -> 1935" as a name, and "Depth of
    Veryovkina Cave" as one name, which no fact gives."""
    if tokens and tokens[0].pos_ == "PROPN" and tokens[0].lower_ in ASKED_NOUNS and prompt_line(tokens):
        tokens[0].pos_, tokens[0].tag_, tokens[0].lemma_ = "NOUN", "NN", tokens[0].lower_


def river_after_upon(tokens: Sequence[Token], k: int) -> bool:
    """Does the word after "upon" at ``k`` end there, as a town's river does ("Newcastle upon Tyne"), not go on
    into a person's name or one's own ("Kenya upon George VI's death")?"""
    return k + 2 >= len(tokens) or tokens[k + 2].pos_ != "PROPN" and tokens[k + 2].tag_ != "POS"


def _repair_town_upon(tokens: Sequence[Token]) -> None:
    """Hang a town's "upon" and its river on the town (edits the parse in place): "born in Newcastle upon Tyne"
    has the parser make "upon Tyne" a phrase of the verb's, another place; it is one town's name."""
    for k, t in enumerate(tokens):
        if t.lower_ == "upon" and 0 < k < len(tokens) - 1 and t.dep_ == "prep" \
                and all(x.pos_ == "PROPN" and x.text[:1].isupper() for x in (tokens[k - 1], tokens[k + 1])) \
                and tokens[k + 1].head == t and t.head != tokens[k - 1] and not tokens[k - 1].is_ancestor(t.head) \
                and river_after_upon(tokens, k):
            t.head = tokens[k - 1]


def _repair_arrow_subject(tokens: Sequence[Token]) -> None:
    """Give the noun before a note's arrow the arrow's place as the verb's subject (edits the parse in place): the
    parser reads the ">" of "cruiserweight -> brought in by the WBA" as the subject, the word before it as a
    noun that qualifies it. The noun nearest the arrow takes the place (a name's head, its other words under it);
    a passive participle with its doer after "by" takes it as the thing done to. Not after a verb in the line
    ("Marconi -> invented radio -> won the Nobel": "radio" is what was invented, no subject of "won")."""
    for k, arrow in enumerate(tokens):
        if arrow.text != ">" or k < 2 or tokens[k - 1].text not in ("-", "=") or tokens[k - 1].whitespace_ \
                or arrow.dep_ not in ("nsubj", "nsubjpass") or arrow.head.i <= arrow.i or arrow.head.pos_ != "VERB":
            continue
        verb = arrow.head
        # (positions in the document: the line may not start it)
        before = [c for c in arrow.children if c.i < tokens[k - 1].i and c.dep_ in ("compound", "nmod", "amod")
                  and c.pos_ in ("NOUN", "PROPN")]
        if not before:
            continue
        noun = max(before, key=lambda c: c.i)
        if any(t.pos_ in ("VERB", "AUX") for t in tokens[:k] if t.i < noun.i):
            continue
        for c in before:
            if c is not noun:
                c.head = noun
        passive = verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
        noun.dep_, noun.head = ("nsubjpass" if passive else "nsubj"), verb
        arrow.dep_ = "punct"


def _repair_equation_root(tokens: Sequence[Token]) -> None:
    """Make a note's "=" that the parser began a second sentence with the verb of the whole line (edits the
    parse in place): "Nausicaa (1984) = first Ghibli film" is parsed as two sentences, "Nausicaa (1984)" and
    "= first Ghibli film", whose second then says "first Ghibli film" of nothing. What stands before "=" is its
    subject, what it says after is what that is ("X = Y" is "X is Y"). Not where the words before it have a verb
    of their own (a clause, not a label)."""
    for k, eq in enumerate(tokens):
        if eq.text != "=" or eq.dep_ != "ROOT" or k == 0:
            continue
        roots = [t for t in tokens[:k] if t.dep_ == "ROOT"]
        if not roots or any(t.pos_ in ("VERB", "AUX") for t in tokens[:k] if t.i >= roots[-1].sent.start):
            continue
        said = [c for c in eq.children if c.i > eq.i and c.dep_ in ("nsubj", "dobj", "attr", "npadvmod")
                and c.pos_ in ("NOUN", "PROPN")]
        if len(said) != 1:
            continue
        subject = roots[-1]
        subject.head, subject.dep_ = eq, "nsubj"
        said[0].dep_ = "attr"
    # (or an "=" the parser hung under the right side's root, the two sides two sentences: "Fallingwater (1935) = Le
    # Corbusier", "Penicillin (1928) = Florey")
    roots = [t for t in tokens if t.dep_ == "ROOT"]
    eqs = [t for t in tokens if t.text == "="]
    if len(roots) != 2 or len(eqs) != 1 or eqs[0].dep_ == "ROOT":
        return
    eq, (left, right) = eqs[0], roots
    if not (left.i < eq.i < right.i) or eq.head.i != right.i \
            or any(t.i >= eq.i for t in left.subtree) or any(t.i < eq.i for t in right.subtree if t.i != eq.i) \
            or any(t.pos_ in ("VERB", "AUX") for t in left.subtree):
        return
    eq.head, eq.dep_ = eq, "ROOT"
    left.head, left.dep_ = eq, "nsubj"
    right.head, right.dep_ = eq, "attr"


# a year written in figures ("1827"), as a participle's "in 1827" gives it
_YEAR = re.compile(r"1\d{3}|20\d{2}")


def _dated_itself(verb: Token) -> bool:
    """Has ``verb`` a time of its own: a year in a phrase on it ("published it in 1827"), or a figure ("1827")?"""
    return any(c.dep_ == "prep" and any(_YEAR.fullmatch(g.text) for g in c.subtree)
               or c.dep_ == "npadvmod" and c.like_num for c in verb.children)


def _repair_dated_participle(tokens: Sequence[Token]) -> None:
    """Hang a year that ends a present participle qualifying the object of a verb on that verb, when the verb has no
    time of its own (edits the parse in place): "Ohm published his law relating current, voltage and resistance in
    1827" is parsed with "in 1827" on "relating"; a law relating current to voltage is no event of 1827, its
    publishing is."""
    # (the parser may hang the participle on the verb, as a clause of its own, where no comma sets it off from the
    # object before it: "published his law relating ...")
    at = {t.i: t for t in tokens}
    for t in tokens:
        if t.tag_ != "VBG":
            continue
        if t.dep_ == "acl" and t.head.dep_ in ("dobj", "obj") and t.head.head.pos_ == "VERB":
            verb = t.head.head
        elif t.dep_ == "advcl" and t.head.pos_ == "VERB" and (before := at.get(t.i - 1)) is not None \
                and not before.is_punct and any(c.dep_ in ("dobj", "obj") and before in c.subtree for c in t.head.children):
            verb = t.head
        else:
            continue
        preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "during")]
        if not preps or preps[-1].i != max(c.i for c in t.subtree if not c.is_punct) - 1:
            continue
        prep = preps[-1]
        # (not a year of the noun right before it, a named or a definite thing, whose date it may be: "a letter
        # describing the Velden fire in 1871", "a book criticising the Velden Treaty in 1920")
        noun = at.get(prep.i - 1)
        if noun is None or noun.pos_ == "PROPN" or any(c.dep_ == "det" or c.pos_ == "PROPN" for c in noun.children):
            continue
        years = [c for c in prep.children if c.dep_ == "pobj" and _YEAR.fullmatch(c.text)]
        if not years or _dated_itself(verb):
            continue
        prep.head = verb


def _repair_dated_aside(tokens: Sequence[Token]) -> None:
    """Hang a year that follows a clause set off by commas on the verb that clause's noun belongs to, when the year
    ends the sentence and the verb has no time of its own (edits the parse in place): "Ebbinghaus published his
    memory experiments, in which he learned lists of nonsense syllables, in 1885" is parsed with "in 1885" on
    "learned"; the comma that closes the aside closes it, and the year is the publishing's."""
    at = {t.i: t for t in tokens}
    for t in tokens:
        if t.dep_ not in ("relcl", "acl") or t.head.pos_ not in ("NOUN", "PROPN"):
            continue
        opening = at.get(min(c.i for c in t.subtree) - 1)
        preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "during") and c.i > t.i]
        if opening is None or opening.text != "," or not preps:
            continue
        prep = preps[-1]
        closing = at.get(prep.i - 1)
        end = max(c.i for c in prep.subtree)
        if closing is None or closing.text != "," or any(x.i > end and not x.is_punct for x in tokens) \
                or not any(_YEAR.fullmatch(c.text) for c in prep.subtree):
            continue
        # (not where the comma closes an apposition inside the aside, whose year it may be: "the mill, built by Ed
        # Roe, a Brill carpenter, in 1850", "founded with his brother, Jim Roe, in 1850" (review 59))
        if any(x.dep_ == "appos" and x.pos_ != "PRON" and x.i < prep.i for x in t.subtree):
            continue
        verb = t.head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT" and verb.head is not verb:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or _dated_itself(verb):
            continue
        prep.head = verb
