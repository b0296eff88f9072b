"""What a statement offers the sentences after it: its pronoun subject, the names a later "he",
"she" or "it" may stand for, whose a name is, and the subject a following line may take.
(``segment`` reads them as it walks a document; ``reading.read`` uses ``antecedent_of``.)
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .clauses import _subject_token
from .statement import Part, Statement, name_words
from .words import _DEFINITE_STANDINS, _PRONOUNS


def pronoun_subject(span: Span) -> Token | None:
    """The pronoun (or "the company"-like noun) that is the subject of the sentence's root, if any."""
    root = span.root
    subj = _subject_token(root)
    if subj is None:
        return None
    if subj.lower_ in _PRONOUNS or _DEFINITE_STANDINS(subj):
        return subj
    return None


_ANTECEDENTS = 6


def antecedent_of(p: Part) -> str:
    """How a part is offered as what a later "it" stands for: a name as written, a thing by its lemma."""
    return p.text if p.kind == "name" else p.words[0]


def antecedents(statement: Statement) -> tuple[str, ...]:
    """What a statement spoke of, for an "it" in the sentence after it: the names and things of its
    main clauses that are acted on or said to be something, nearest the end first, what its own
    "it" stood for, then who acted ("Barnack designed a small camera." -> camera, Barnack)."""
    said = [p for p in reversed(statement.parts) if p.main and not p.detail and p.kind in ("name", "thing") and
            p.role in ("subj", "obj", "attr", "thing", "topic")]
    # what was acted on before who acted: "it" is more often the camera Barnack designed than Barnack
    acted_on = [antecedent_of(p) for p in said if p.role != "subj"]
    actors = [antecedent_of(p) for p in said if p.role == "subj"]
    chained = [c for p in statement.parts if p.kind == "pronoun" for c in p.value]
    return tuple(dict.fromkeys(acted_on + chained + actors))[:_ANTECEDENTS]


def it_done_to(statement: Statement) -> bool:
    """Is what the statement's main act was done to an "it" that stands for something said before ("Kosmos
    published it in 1995")?"""
    return any(p.kind == "pronoun" and p.words == ("it",) and p.role == "obj" and p.main and p.value
               and 0 <= p.clause < len(statement.clauses) and not statement.clauses[p.clause].passive
               for p in statement.parts)


def owner_name(statement: Statement, name: str) -> str:
    """The name whose possession ``name`` is in the statement ("Toni Morrison" for "Toni Morrison's
    Beloved"), or ""."""
    from .lexical import kind  # WordNet loads on first use

    words = name_words(name)
    if not words:
        # "Pasteur's anthrax vaccine had been demonstrated ... In July 1885 he gave": no name is the
        # subject, but a thing of someone's is
        for p in statement.parts:
            passive = 0 <= p.clause < len(statement.clauses) and statement.clauses[p.clause].passive
            if p.kind == "thing" and p.main and not p.detail and p.role == ("obj" if passive else "subj"):
                if kind(p.words[0]) == "noun.person":
                    return ""  # "Einstein's wife ... She": the wife
                return next((q.text for q in statement.parts if q.kind == "name" and q.role == "poss"
                             and q.anchor == p.words[0]), "")
        return ""
    if any(p.kind == "thing" and p.role == "mod" and p.anchor == words[-1] and kind(p.words[0]) == "noun.person"
           for p in statement.parts):
        return ""  # "Leonardo's pupil Salaì": the one possessed is a person, and "he" after it is more likely them
    return next((p.text for p in statement.parts if p.kind == "name" and p.role == "poss" and p.anchor == words[-1]), "")


def subject_name(statement: Statement) -> str:
    """The name a statement is about, for the sentences after it ("" when none): the subject of its
    last main clause that has a named one ("... and Hilary Mantel has won it twice." -> Hilary Mantel)."""
    for p in reversed(statement.parts):
        # "Concorde was developed by BAC. The prototype first flew ...": a passive clause is about
        # its grammatical subject (Concorde), not about the doer
        passive = 0 <= p.clause < len(statement.clauses) and statement.clauses[p.clause].passive
        if p.kind == "name" and p.role == ("obj" if passive else "subj") and p.main and not p.detail:
            return p.text
    for p in reversed(statement.parts):
        # "The star of the 1948 Games was Fanny Blankers-Koen ... She won ...": a copula's named
        # complement is who a thing subject is
        # (not "Pierre Curie's wife was Marie Sklodowska. He ...": an owner's sentence is about the owner)
        if p.kind == "name" and p.role == "attr" and p.main and not p.detail and \
                0 <= p.clause < len(statement.clauses) and statement.clauses[p.clause].copula and not any(
                o.role == "poss" and o.clause == p.clause for o in statement.parts):
            return p.text
    for p in reversed(statement.parts):
        # "The first camera was built by Steven Sasson. It weighed ...": no name is the subject;
        # the doer's is the nearest
        if p.kind == "name" and p.role == "subj" and p.main and not p.detail:
            return p.text
    for p in statement.parts:
        if p.kind == "name" and p.main and p.role in ("topic", "obj") and not p.detail:
            return p.text
    return ""


def passive_doer(statement: Statement, name: str) -> bool:
    """Is ``name`` in the statement only who did what a passive clause tells ("... was poured by George
    Mears"), not what the clause is about?"""
    found = [p for p in statement.parts if p.kind == "name" and p.text == name and not p.resolved]
    return bool(found) and all(p.role == "subj" and 0 <= p.clause < len(statement.clauses)
                               and statement.clauses[p.clause].passive for p in found)


def subordinate_subject(statement: Statement) -> str:
    """The name that acts in a clause the statement does not assert in its own right ("..., when John
    Kemp Starley built the Rover" -> John Kemp Starley), the last one, or ""."""
    for p in reversed(statement.parts):
        clause = statement.clauses[p.clause] if 0 <= p.clause < len(statement.clauses) else None
        if clause is not None and not clause.main and not clause.passive and p.kind == "name" and p.role == "subj" \
                and not p.detail and not p.resolved:
            return p.text
    return ""
