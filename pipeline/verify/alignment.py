"""What aligning a claim's clause with a fact finds: a ``Finding`` per part of the clause (backed,
unbacked or in conflict, with the fact's part it met) and the ``Alignment`` of the clause (how the acts
relate, whether the clause is about what the fact is about, the conflicts, who denies what); with the
roles a part may take (``canonical_role``) and the kinds of role (``CORE``, ``PARTICIPANTS``,
``PLACES``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import lexical
from .statement import PLACE_ROLES, Part, Statement


# Roles whose words add circumstance ("for his work on ...", "after being hit by ...") and may go
# unbacked; a conflict in them still counts.
CIRCUMSTANCE = frozenset({"for", "after", "before", "during", "because", "as", "despite", "like", "via",
                          "through", "about", "following", "since", "until", "among", "amid", "under", "over",
                          "against", "toward", "towards", "upon", "within", "without", "while", "using"})
PLACES = PLACE_ROLES | {"locator"}
# Roles that say who took part: a name there that the fact does not list is another participant.
PARTICIPANTS = frozenset({"subj", "obj", "with", "to", "from", "by", "giver", "recipient", "poss", "attr", "topic",
                          "thing", "for", "of", "against", "between"})
CORE = frozenset({"subj", "obj", "topic", "attr", "giver", "recipient", "thing"})
# Who does an act and what it is done to, with a transfer's two ends
_DOERS_AND_DONE_TO = frozenset({"subj", "obj", "giver", "recipient", "thing"})
SUBSTANCE_KINDS = frozenset({"noun.substance", "noun.animal", "noun.plant", "noun.food"})


@dataclass(frozen=True)
class Finding:
    """What one part of the claim met in the fact."""

    part: Part
    status: str
    """"backed", "conflict" or "unbacked"."""
    other: Part | None = None
    note: str = ""
    """Readable: ``place Lyon vs Paris``."""


@dataclass(frozen=True)
class Alignment:
    """One clause of a claim against one fact."""

    clause: int
    findings: tuple[Finding, ...]
    act: str
    """How the acts relate (``lexical.act_relation``), "none" when the clause has no act to compare."""
    topic: bool
    """The claim and the fact share what the clause is about (a name or thing in a core role)."""
    conflicts: tuple[str, ...]
    negation: str = ""
    """"claim" or "fact" when exactly one of the two is negated."""

    def only(self, rules: frozenset[str]) -> "Alignment":
        """This alignment with the conflicts of switched-off rules left out (they become unbacked)."""
        from .verifier import rule_of

        if all(rule_of(c) in rules for c in self.conflicts):
            return self
        findings = tuple(f if f.status != "conflict" or rule_of(f.note) in rules else Finding(f.part, "unbacked")
                         for f in self.findings)
        conflicts = tuple(c for c in self.conflicts if rule_of(c) in rules)
        # a claim that denies what the fact states is never backed by it, rule or no rule
        return replace(self, findings=findings, conflicts=conflicts)

    @property
    def backed(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.status == "backed")

    @property
    def unbacked(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.status == "unbacked")

    @property
    def weight(self) -> float:
        """How much of the claim the fact backs: names, dates and amounts weigh most."""
        w = {"name": 2.0, "date": 1.5, "amount": 1.5, "act": 1.5, "thing": 1.0, "rank": 1.0, "mod": 0.5}
        return sum(w.get(f.part.kind, 1.0) for f in self.backed)


# --- roles -------------------------------------------------------------------------------------


_NO_TRANSFER = frozenset({"give_up", "give_in", "give_out", "give_off", "take_off", "take_up", "get_up", "get_on",
                          "get_over", "get_off"})


def canonical_role(part: Part, statement: Statement) -> str:
    """The role, with a transfer seen from one side: the recipient of "received", "won" and of
    "was awarded" is one role, whatever the verb's voice."""
    act = part.anchor
    clause = statement.clauses[part.clause] if 0 <= part.clause < len(statement.clauses) else None
    if clause is None or act != clause.act:
        return part.role
    # (a particle keeps the direction of a transfer: "bought up", "handed over", "sold off"; not
    # where the phrase means no handing over: "gave up its claim", "took off from Orly")
    if act not in _NO_TRANSFER:
        act = act.split("_")[0]
    if act in lexical.GIVING:
        if part.role == "subj":
            return "giver"
        if part.role in ("to", "dative"):
            return "recipient"
        if part.role == "obj":
            if clause.passive:
                # "Koch was awarded a prize": the passive subject is the recipient when a thing follows
                others = [p for p in statement.parts if p.clause == part.clause and p.role == "obj" and p is not part]
                if others and part.kind == "name" and any(o.kind != "name" or o.words != part.words for o in others):
                    first = min([part] + others, key=lambda p: statement.parts.index(p))
                    return "recipient" if first is part else "thing"
            return "thing"
    if act in lexical.RECEIVING:
        if part.role == "subj":
            return "recipient"
        if part.role == "obj":
            return "thing"
        if part.role == "from":
            return "giver"
    return part.role


def _kind(conflict: str) -> str:
    return conflict.split(":")[0].split(" ")[0]


PLACE_CLASS = frozenset({"in", "at", "near", "on", "inside", "outside"})


def _place(role: str) -> str:
    """In, at, near: one question, where."""
    return "place" if role in PLACE_CLASS else role


def _heads(q: Part, s: Statement) -> list[Part]:
    """The noun that part ``q`` qualifies, as a thing of its clause ("brothers" for the Ringling of
    "the Ringling brothers", "friend" for the Caesar of "Caesar's friend")."""
    return [o for o in s.parts if o.kind == "thing" and o.words == (q.anchor,) and o.clause == q.clause]
