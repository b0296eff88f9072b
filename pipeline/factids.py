"""Ids for new facts: short, and reading like what the fact is about.

A promoted claim becomes a fact whose id a curator will type and read in ``git diff``. The id
is the article's prefix (when its ids share one: ``ap-`` in the demo), then the statement's
subject and its event (its object, else its act) and its year, from the statement's parse:
"The Saturn V sent nine crews to the Moon between 1968 and 1972." -> ``ap-saturn-v-crews-1968``
(not ``ap-the-saturn-sent-nine-crews``). Without a parse, the first content words stand in.

A reviewer may choose the id instead (the queue's ``new_fact_id`` column): ``check_chosen``
says why a chosen id cannot be used. Pure functions; nothing here reads a file.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Sequence

from .verify.statement import Part, Statement

_SLUG = re.compile(r"[^a-z0-9]+")
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
MAX_WORDS = 5
"""Words of the statement in an id, its year aside."""
_STOP = frozenset("""a an the of in on at to for from by with and or but as is are was were be been being has have
had its his her their our your my this that these those it they he she we you i which who whom whose what when where
while than then there here into onto over under about after before during between through up down out off also
not no nor so such very more most some any each every all both either neither one two three four five six seven eight
nine ten eleven twelve first january february march april may june july august september october november
december""".split())


def slug(text: str) -> str:
    """``Saturn V`` -> ``saturn-v``: ASCII letters and digits, single hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join(_SLUG.sub(" ", ascii_text).split())


def prefix_of(article_ids: Sequence[str]) -> str:
    """The prefix the article's fact ids follow (``ap`` of ``ap-apollo8``, ``ap-collins``), when at
    least two ids and at least half of them share it; "" when they follow none."""
    prefixes = Counter(i.split("-", 1)[0] for i in article_ids if "-" in i)  # not list.count: linear
    if not prefixes:
        return ""
    best = max(sorted(prefixes), key=prefixes.__getitem__)
    return best if prefixes[best] >= 2 and 2 * prefixes[best] >= len(article_ids) else ""


def _main(parts: Sequence[Part], role: str, kinds: tuple[str, ...]) -> Part | None:
    return next((p for p in parts if p.main and not p.detail and p.role == role and p.kind in kinds), None)


def parsed_words(statement: Statement) -> list[str]:
    """The subject, then the object (else the act), then the year, from a statement's parse;
    [] when it has no subject to go by."""
    main = [i for i, c in enumerate(statement.clauses) if c.main]
    if not main:
        return []
    clause = statement.clauses[main[0]]
    parts = [p for p in statement.parts if p.clause == main[0]]
    # a passive clause is about its grammatical subject, which the parse reads as the object
    order = ("obj", "subj") if clause.passive else ("subj", "obj")
    subject = _main(parts, order[0], ("name",)) or _main(parts, order[0], ("thing",))
    if subject is None:
        return []
    words = [slug(subject.text)]
    if subject.kind == "thing":  # "reusable boosters": the words that say which
        words = [slug(p.text) for p in parts if p.kind == "mod" and p.anchor == subject.words[0]][:1] + words
    event = None
    for role in (("obj", "attr") if not clause.passive else ("attr",)):
        event = event or _main(parts, role, ("thing",)) or _main(parts, role, ("name",))
    if event is None or event.text == subject.text:
        event = next((p for p in parts if p.kind == "act"), None)
    if event is not None:
        words.append(slug(event.text))
    year = next((p.value[0] for p in statement.parts if p.kind == "date" and p.value and isinstance(p.value[0], int)),
                None)
    words = [w for w in "-".join(w for w in words if w).split("-") if w][:MAX_WORDS]
    if year is not None and str(year) not in words:
        words.append(str(year))
    return words


def plain_words(statement: str) -> list[str]:
    """The first content words and the first year of a statement, without a parse."""
    words = []
    for token in re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", statement)):
        w = slug(token)
        if not w or w in _STOP or (len(w) == 1 and not token.isupper() and not token.isdigit()):
            continue
        words.append(w)
    words = [p for w in words for p in w.split("-")][:MAX_WORDS - 1]
    year = _YEAR.search(statement)
    if year is not None and year.group(1) not in words:
        words.append(year.group(1))
    return words


def new_fact_id(existing: Collection[str], article_ids: Sequence[str], statement: str,
                parsed: Statement | None = None) -> str:
    """A short readable id, unique in ``existing``: the article's prefix (``prefix_of``), then the
    statement's subject, event and year (``parsed_words``, or ``plain_words`` without a parse)."""
    words = (parsed_words(parsed) if parsed is not None else []) or plain_words(statement)
    prefix = prefix_of(article_ids)
    base = "-".join(([prefix] if prefix else []) + words) or prefix or "fact"
    candidate, n = base, 2
    while candidate in existing:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def check_chosen(fact_id: str, facts_at: dict[str, str], chosen_before: Collection[str] = ()) -> str:
    """Why a reviewer's chosen id cannot be used ("" when it can): another fact has it (``facts_at``:
    fact id -> where it is, ``article.md:12``), or another accept in this promote chose it."""
    if fact_id in facts_at:
        return f"new_fact_id {fact_id!r} is already the id of the fact at {facts_at[fact_id]}: choose another " \
               "or leave it empty for a generated one"
    if fact_id in chosen_before:
        return f"new_fact_id {fact_id!r} is chosen for another accepted claim too: fact ids must be unique"
    return ""
