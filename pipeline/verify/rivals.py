"""Names the claim gives where a fact about the same story has others: a wrong part of it.

``align`` compares a clause with a fact part by part; what it cannot pair there, these read across
the whole claim: ``rival_names`` for a fact that backs the assertion but names another place,
publisher or sponsor elsewhere ("taking off from Orly" against "from Charles de Gaulle"), and
``pinned_rivals`` for a fact plainly about the same event (two of its names, dates or amounts
agree) that names another hotel, line or field where the claim names one it does not give. The
verdict asks them (``verdict.judge``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import lexical
from .align import _people_of, _placed, _role_label, _town_after_town
from .alignment import Alignment, PLACES, _heads, _place, canonical_role
from .backing import _verbless, in_field_label, table_label
from .comparisons import (_code, _initial, _joined_surnames, _located_inside, _numbered_clash, _one_inside_other,
                          kin_owner, said_shorter)
from .statement import Part, Statement


# acts done again and again, at many places: "played at Shea Stadium" and "played at the Hollywood Bowl"
# are two evenings, one thing "sold at Christie's" and "at Sotheby's" one sale
_REPEATED_ACTS = frozenset({"play", "perform", "appear", "study", "work", "teach", "speak", "visit", "stay", "live",
                            "win", "compete", "race", "exhibit", "show", "record", "sing", "preach", "lecture"})


def _roles_of(q: Part, statement: Statement) -> set[str]:
    """A name's role, and for a name that qualifies a noun ("the Daily Mail newspaper") the noun's."""
    roles = {canonical_role(q, statement)}
    if q.role in ("mod", "poss"):
        roles |= {canonical_role(p, statement) for p in _heads(q, statement)}
    return roles


def rival_names(claim: Statement, fact: Statement, backs: int = -1) -> list[str]:
    """Names the claim gives that the fact replaces with another name in the same place.

    Read across the whole claim, asides included: when a fact backs what the claim asserts,
    another name where the fact has its own ("taking off from Orly" against "from Charles de
    Gaulle", "put up by The Times" against "offered by the Daily Mail", "the Royal Society"
    against "the Royal Institution") is a wrong part of the same story.
    """
    # a relative clause tells another story about a noun ("Egerton, who had brought out Sense and
    # Sensibility"): its names are not rivals of this fact's
    # (nor what the claim denies: "but not Brazil" has no rival)
    cnames = [p for p in claim.parts if p.kind == "name" and not p.detail and not _initial(p) and not _code(p)
              and claim.clauses[p.clause].dep != "relcl" and p.role != "not"]
    fnames = [q for q in fact.parts if q.kind == "name"]
    fact_acts = [q.words[0] for q in fact.parts if q.kind == "act"]

    def related(a: Part, b: Part) -> bool:
        # (a country's people as the doer are the country: "the French" and "France")
        # (and a nation's adjective its name on the same noun: "an American patent", "a United States patent")
        return lexical.same_name(a.text, a.words, b.text, b.words) in ("same", "part") or (
            a.role in ("subj", "by") and (_people_of(a, b.words) or _people_of(b, a.words))) or (
            len(a.words) == 1 and a.anchor and a.anchor == b.anchor and lexical.nationality(a.text)
            and lexical.adjective_of_place(a.text, b.words))

    every = [p for p in claim.parts if p.kind == "name"]
    joined = {id(p): _joined_surnames(p, fnames) for p in every}
    free = [q for q in fnames if not any(related(p, q) for p in every) and not any(q in js for js in joined.values())]
    out = []
    for p in cnames:
        # (nor initials of the fact's own words: "NP", a national park; nor a fact's name said shorter)
        if any(related(p, q) for q in fnames) or joined[id(p)] or lexical.initialism(p.text, fact.text) is not None \
                or said_shorter(p, fact.parts):
            continue
        clause = claim.clauses[p.clause]
        if not clause.main and clause.finite:
            continue  # a clause with its own subject tells another event ("before he received the Nobel")
        if 0 <= backs != p.clause and clause.finite and (clause.copula or not clause.act) and any(
                o.kind == "name" and o.clause == p.clause and o.role == "subj" and not o.resolved
                and not any(related(o, q) for q in fnames) for o in claim.parts):
            # "Chile 1960 (~9.5); Alaska 1964 (9.2) is the biggest ...": another clause says what another
            # subject is (not "... and Phil Spector produced it", the fact's act done by another)
            continue
        if clause.finite and not clause.copula and clause.act and fact_acts and not any(
                lexical.act_relation(clause.act, f) for f in fact_acts):
            continue  # the name belongs to another event the claim tells
        # (so does one of another clause than the one the fact backs, done to a thing the fact does not name:
        # "Beaufort devised his wind scale in 1805, four decades before Robinson came up with the cup
        # anemometer" against Robinson's anemometer)
        if 0 <= backs != p.clause and clause.act and clause.main and p.role == "subj" and any(
                o.clause == p.clause and o.role == "obj" and o.kind == "thing" and not o.detail
                and o.words[0] not in fact.lemmas for o in claim.parts):
            continue
        role = canonical_role(p, claim)
        for q in free:
            if _said_two_ways(p, q, claim):
                continue
            # (a letter the parse split off a word, "Columbia J-school", is no name of its own; an initial
            # is written with its full stop, "J. Walter")
            if set(p.words) - set(q.words) and all(len(w) == 1 and w.isalpha() and not re.search(rf"\b{re.escape(w)}\.", p.text, re.I)
                                                   for w in set(p.words) - set(q.words)):
                continue
            same_place = _place(role) in {_place(r) for r in _roles_of(q, fact)} and role in PLACES | {
                "by", "for", "subj", "with", "under", "giver", "recipient"}
            if same_place and _place(role) == "place" and not (lexical.is_place(p.words) and lexical.is_place(q.words)):
                # (two names neither of them a place, after one preposition on one act, are two of a kind:
                # "sells at Christie's" against "was sold at Sotheby's"; not a place and a firm, which
                # may both be where it happened)
                same_place = p.role == q.role and p.anchor == q.anchor == claim.clauses[p.clause].act != "" \
                    and not lexical.is_place(p.words) and not lexical.is_place(q.words) \
                    and p.anchor not in _REPEATED_ACTS \
                    and min(len("".join(p.words)), len("".join(q.words))) > 2  # (not a unit's letter: "at 350 °F")
            if same_place and (_one_inside_other(p, q, role) or _located_inside(p, q, claim.parts)):
                same_place = False  # Berlin and Germany: one inside the other
            # "the American physicist" against "the Russian physicist": another name qualifying one thing
            # (two nations' adjectives are rivals only as two countries: "the Scottish engineer" is "the British
            # engineer" too)
            nations = len(p.words) == 1 and _nation_words(p.words[0], q.words[0])
            two_nations = nations and lexical.other_nations(p.words[0], q.words[0])
            # (nor a nation's word and its continent's: "French vines" are "European vines")
            if len(p.words) == len(q.words) == 1 and lexical.nations_nested(p.words[0], q.words[0]):
                continue
            # (two nations' adjectives are rivals on any word the fact qualifies by its own: "Chinese maglev"
            # against "a Japanese L0 series maglev train")
            same_place = same_place or (p.role == q.role and p.role in ("mod", "poss") and p.anchor not in ("", "be")
                                        and p.anchor in fact.lemmas and (
                                            p.anchor == q.anchor and (not nations or two_nations)
                                            or p.role == "mod" and two_nations))
            if same_place or lexical.name_relation(p.words, q.words) == "clash":
                out.append(f"{_role_label(role, p)}: {p.text} vs {q.text}")
                break
    return out


def crossed_owners(claim: Statement, fact: Statement) -> list[str]:
    """Two names the claim and the fact both give, one of them whose a thing is, crossed: "photos of the Antietam
    dead by Mathew Brady shown at Alexander Gardner's New York gallery" against "Photographs ... by Alexander
    Gardner ... were exhibited at Mathew Brady's New York gallery". Each name alone is backed (the fact names both);
    the gallery is the one's the fact gives to the other."""
    def same(a: Part, b: Part) -> bool:
        return lexical.same_name(a.text, a.words, b.text, b.words) in ("same", "part")

    def owns(x: Part, noun: str) -> bool:
        return x.role == "poss" and lexical._singular(x.anchor) == noun

    out = []
    for p in claim.parts:
        # (a name the reader put for "his", "their" is a guess at whose: not weighed)
        if p.kind != "name" or p.detail or p.resolved or p.role != "poss" or not p.anchor:
            continue
        noun = lexical._singular(p.anchor)
        # (not one of two people, whose "cousin", "teammate" either is of the other: "Hesper Lunn's cousin Oswin
        # Tarrant" is Oswin Tarrant's cousin Hesper Lunn)
        if lexical.people_noun(noun):
            continue
        # (one such thing in the fact: "Gretzky's career goals record ... his 895th NHL goal" has two goals)
        if sum(1 for o in fact.parts if o.kind == "thing" and lexical._singular(o.words[-1]) == noun) != 1:
            continue
        for q in fact.parts:
            if q.kind != "name" or q.resolved or not owns(q, noun) or same(p, q):
                continue
            # (the fact's owner named elsewhere in the claim, never as this thing's, and the claim's owner named
            # elsewhere in the fact)
            # (nor where the other hangs on the thing itself, whose "'s" may be its maker's or its subject's, its
            # sender's or its keeper's: "Mary Vero's statue of Oswin Tarrant" is "Oswin Tarrant's statue, by Mary Vero")
            if any(o.kind == "name" and same(o, q) and o.role != "poss" and lexical._singular(o.anchor) == noun
                   for o in claim.parts) or any(o.kind == "name" and same(o, p) and o.role != "poss"
                                                and lexical._singular(o.anchor) == noun for o in fact.parts):
                continue
            if any(o.kind == "name" and same(o, q) and not owns(o, noun) for o in claim.parts) \
                    and not any(o.kind == "name" and same(o, q) and owns(o, noun) for o in claim.parts) \
                    and any(o.kind == "name" and same(o, p) and not owns(o, noun) for o in fact.parts):
                out.append(f"roles swapped: the claim has {p.text}'s {p.anchor}, the fact {q.text}'s")
                return out
    return out


def pinned_rivals(claim: Statement, fact: Statement, alignments: Sequence[Alignment],
                  numbered_only: bool = False, settled: frozenset[Part] = frozenset()) -> list[str]:
    """Names the claim gives where a fact that is plainly about the same event has others.

    When nothing conflicts and two named or dated parts of the fact (one a name) agree with the
    claim, a name the claim gives that the fact does not, against a name of the fact that backs
    nothing, in the same place of the story, is the claim's error: "May: first Academy Awards
    ceremony, Beverly Hills Hotel" against "held on 16 May 1929 at the Hollywood Roosevelt
    Hotel"; "first TGV line, Paris–Marseille" against "between Paris and Lyon"; "the 1951 Nobel
    Prize in Physics" against "in Chemistry". Two places are rivals wherever they stand; other
    names when they hang on the same word in the same role, or clash (two hotels).
    ``numbered_only``: only a name in a circumstance that another number names ("as a Category 4"
    against "a Category 5 hurricane"), for a clause the fact backs but for that name.
    ``settled``: parts of the claim another fact backs, which are no rivals of this one's ("Varroa
    arrivals: US 1987, UK 1992, Australia 2022": the US is the 1987 fact's, not Australia's rival).
    """
    if any(a.conflicts or a.negation for a in alignments):
        return []
    # (a line without a verb says all it names, after a dash too: "Kangchenjunga - Band & Hillary, 25 May")
    # (a capitalised common word, "the View from the Window", pins nothing down)
    agreeing = {id(f.other): f for a in alignments for f in a.backed
                if f.part.kind in ("name", "date", "amount") and f.other is not None
                and (not f.part.detail or _verbless(claim, f.part.clause))
                and not _plain_word(f.part)}
    # (or three dates and figures with no name: "1933 double eagle -> record $18.9m at Christie's, June 2021")
    if len(agreeing) < 2 or not any(f.part.kind == "name" for f in agreeing.values()) and len(agreeing) < 3:
        return []
    used = [f.other for a in alignments for f in a.backed if f.other is not None]
    used_words = {w for q in used if q.kind == "name" for w in q.words}
    # a name that qualifies one the claim matched ("Roosevelt Field, New York") is no rival of the claim's
    # (not one that qualifies a thing of the fact: "a Category 5 hurricane" beside "Hurricane Andrew")
    things = {t.words[0] for t in fact.parts if t.kind == "thing" and t.words}
    free = [q for q in fact.parts if q.kind == "name" and all(q is not u for u in used)
            and not (q.role == "mod" and q.anchor in used_words and q.anchor not in things) and not _slashed_code(q, fact)]
    claimed = [p for p in claim.parts if p.kind == "name"]
    agreed_names = [f.other for f in agreeing.values() if f.part.kind == "name" and f.other.kind == "name"]
    agreed_words = {f.part.words[-1] for f in agreeing.values() if f.part.kind == "name"}
    out: list[str] = []
    row = _row_value_rival(claim, fact, alignments, agreeing, claimed)
    if row:
        return [row]
    for a in alignments:
        if a.act == "":
            continue  # another act: the names may belong to another event ("filmed in Lyon" / "shown in Paris")
        verbless = _verbless(claim, a.clause)
        for f in a.unbacked:
            p = f.part
            if p.kind != "name" or p.role == "not" or p.resolved or _initial(p) or _code(p) or numbered_only and not p.detail \
                    or p in settled or _plain_word(p) and re.search(rf"\b{re.escape(p.text)}\s*:", claim.text) \
                    or table_label(p, claim) or in_field_label(p, claim) or said_shorter(p, fact.parts) or kin_owner(p) \
                    or _in_quotes(p, claim):
                continue
            # (a name the fact gives in another role is no rival of its place, where no preposition of place puts
            # it there: "premiered - Whiteman, Aeolian Hall NYC" against "Paul Whiteman's orchestra gave the premiere
            # ... in New York"; not "mill at Lowell" against "Francis Cabot Lowell's ... mill at Waltham")
            if p.role in PLACES and not lexical.is_place(p.words) and not re.search(
                    rf"\b(?:in|at|near|on|from|to|outside)\s+(?:the\s+)?{re.escape(p.text)}\b", claim.text, re.I) and any(
                    q.kind == "name" and lexical.same_name(p.text, p.words, q.text, q.words) in ("same", "part")
                    for q in fact.parts):
                continue
            if len(p.words) > 1 and not lexical.given_name(p.words[0]) \
                    and all(any(w in q.words for q in fact.parts if q.kind == "name") for w in p.words):
                # "Lanz Bulldog" against "Heinrich Lanz AG ... the Bulldog tractor": the fact's names, put
                # together (not a person's: "Erasmus Darwin" against "Charles Darwin, grandson of Erasmus")
                continue
            role = canonical_role(p, claim)
            # ("Country: England" beside "composed Messiah in London": a country that holds a place the
            # fact gives is backed by it, no rival of another)
            if lexical.broad_place(p.words) and any(q.kind == "name" and lexical.holds_place(p.words, q.words)
                                                    for q in fact.parts):
                continue
            for q in free:
                if any(lexical.same_name(q.text, q.words, o.text, o.words) in ("same", "part") for o in claimed):
                    continue  # the fact's name is in the claim elsewhere
                if _said_two_ways(p, q, claim):
                    continue
                # (the second of two towns a comma lists is no rival of where the fact puts the first:
                # "supplies Portland, Boise" against "Portland, Maine")
                if _second_town(p, claim) and lexical.place_class(q.words) in ("state", "province", "county", "country"):
                    continue
                if p.detail and (not verbless or numbered_only):
                    # a circumstance says which one by its number wherever it stands: "hits South
                    # Florida as a Category 4" against "as a Category 5 hurricane"
                    if _numbered_clash(p, q):
                        out.append(f"which: {p.text} vs {q.text}")
                        break
                    # (or where a named thing is by its country: "Efteling (Belgium) opened 1952" against
                    # "Efteling, in Kaatsheuvel in the Netherlands, opened in 1952", the fact placing it)
                    if lexical.is_country(p.words) and lexical.is_country(q.words) \
                            and q.role in ("in", "of") and _placed_on(q, fact, agreed_names) \
                            and p.anchor in agreed_words and not lexical.nested_places(p.words, q.words):
                        out.append(f"place: {p.text} vs {q.text}")
                        break
                    # (or by a name on the same noun of a period or a body as the fact's: "(Song dynasty)"
                    # against "during the Tang dynasty"; not a made thing, which a maker and an owner may
                    # both name: "(a Boeing aircraft)" / "a USAAF aircraft")
                    if _names_the_thing_there(p, q, claim, fact):
                        out.append(f"which: {p.text} vs {q.text} {q.anchor}")
                        break
                    # (or where a firm or a body both name is: "(Kutol, Chicago)" against "Kutol Products of
                    # Cincinnati", two towns placing one maker)
                    if _placed_apart(p, q, [g for b in alignments for g in b.backed]):
                        out.append(f"place: {p.text} vs {q.text}")
                        break
                    if p.role == q.role == "mod" and p.anchor and p.anchor == q.anchor \
                            and lexical.kind(p.anchor) in ("noun.time", "noun.group") \
                            and not lexical.is_place(p.words) and not lexical.is_place(q.words):
                        out.append(f"which: {p.text} vs {q.text}")
                        break
                    continue
                qrole = canonical_role(q, fact)
                # (a body's name, not a person's, and not a nation's: "by Attlee" / "the Labour government")
                if q.role == "mod" and lexical.kind(q.anchor) == "noun.group" and not lexical.nationality(q.text) \
                        and lexical.not_a_person(p.text):
                    # ("by the Ming" against "the Song government began issuing": the name of the body
                    # that did it, in the body's place)
                    body = next((t for t in fact.parts if t.kind == "thing" and t.words == (q.anchor,)
                                 and t.clause == q.clause), None)
                    if body is not None and canonical_role(body, fact) == "subj":
                        qrole = "subj"
                # (two people's names are no places for a surname that is one: "Erasmus Darwin", "Charles Darwin")
                places = (lexical.is_place(p.words) or _placed(p)) and (lexical.is_place(q.words) or _placed(q)) \
                    and not (len(p.words) > 1 and len(q.words) > 1
                             and lexical.given_name(p.words[0]) and lexical.given_name(q.words[0]))
                if places and lexical.nested_places(p.words, q.words) or _located_inside(p, q, claim.parts):
                    continue  # Soho and London, Berlin and Germany: both can be true
                # ("Germany" against "the German state of Schleswig-Holstein": a place the fact says is the
                # claim's nation's)
                if places and q.role == "of" and any(o.kind in ("name", "mod") and o.anchor == q.anchor and len(o.words) == 1
                                                     and lexical.adjective_of_place(o.words[0], p.words) for o in fact.parts):
                    continue
                # (two nations' words of one country, or one inside the other: "the Scottish engineer" and
                # "the British engineer"; "a Prussian army" and "a German army")
                if len(p.words) == len(q.words) == 1 and (_nation_words(p.words[0], q.words[0])
                                                          and not lexical.other_nations(p.words[0], q.words[0])
                                                          # ("French vines" and "European vines": a continent's word)
                                                          or lexical.nations_nested(p.words[0], q.words[0])):
                    continue
                # (a sea or ocean against a land, each on an act of its own: "to cross the Atlantic" against
                # "landing in France" tell two places of one voyage; not "crashed in China" / "into the Indian Ocean")
                if places and p.anchor != q.anchor and (_only_water(p.words) and lexical.place_class(q.words)
                                                        or _only_water(q.words) and lexical.place_class(p.words)):
                    continue
                # (where it happened against where a made thing the fact names comes from: "launched in Paris"
                # against "Vin Mariani, a Bordeaux wine"; the wine's kind, not the launch's place; not an act of
                # making, where it is: "made violins in Venice" against "made Cremona violins")
                if places and q.role == "mod" and p.anchor != q.anchor \
                        and lexical.kind(q.anchor) in ("noun.food", "noun.artifact", "noun.substance") \
                        and not lexical.makes(claim.clauses[p.clause].act if 0 <= p.clause < len(claim.clauses) else ""):
                    continue
                # (where it happened against where a thing the fact names went: "signed in Washington"
                # against "provided for the transfer of the canal to Panama")
                if places and _place(p.role) == "place" and q.role in ("to", "into") \
                        and not any(o.kind == "act" and o.words[0] == q.anchor for o in fact.parts):
                    continue
                slot = role == qrole and (p.anchor == q.anchor or role in PLACES | {"subj", "obj", "to", "by"}) \
                    or _names_the_thing_there(p, q, claim, fact)
                # a line without a verb lists who took part ("K2; Summit party: Compagnoni, Bonatti"):
                # a name of its list against a doer of the fact that the line leaves out
                listed = not slot and verbless and qrole == "subj" and role not in PLACES | {"mod", "poss", "of"} \
                    and not lexical.is_place(p.words) and not lexical.is_place(q.words)
                if listed:
                    copula = 0 <= q.clause < len(fact.clauses) and fact.clauses[q.clause].copula
                    out.append(f"{'which' if copula else 'who'}: {p.text} vs {q.text}")
                    break
                if places or slot or lexical.name_relation(p.words, q.words) == "clash":
                    # where the act happened is a place; "in" on a noun says which one ("the Prize in Physics")
                    on_act = (_place(role) == "place" and p.anchor == claim.clauses[p.clause].act) or (
                        _place(qrole) == "place" and 0 <= q.clause < len(fact.clauses) and q.anchor == fact.clauses[q.clause].act)
                    label = "place" if places or on_act else "which" if "place" in (_place(role), _place(qrole)) \
                        else _role_label(role, p)
                    out.append(f"{label}: {p.text} vs {q.text}")
                    break
    return list(dict.fromkeys(out))


# the columns of a row that name the firm issuing its thing ("Label: Dial", "Publisher: Knopf", "Maker: Mattel"),
# the one a fact's "for Savoy Records", "released by Columbia", "Coleco's dolls" speaks to; a short list of
# the words cheat sheets use, since WordNet files "publisher", "maker" and "label" with people and signs
_FIRM_COLUMNS = frozenset({"label", "publisher", "studio", "company", "maker", "manufacturer", "network",
                           "distributor", "imprint", "broadcaster", "brand", "firm", "developer", "channel",
                           "station"})


def _row_value_rival(claim: Statement, fact: Statement, alignments: Sequence[Alignment], agreeing: dict,
                     claimed: Sequence[Part]) -> str:
    """A row of fields ("Record: Ko-Ko; Artist: Charlie Parker; Year: 1945; Label: Dial") whose names and
    year the fact gives, with one value, under a column for the firm that issues the thing, the fact does not
    give, where the fact's one firm that meets nothing stands in a slot of its act ("recorded ... for Savoy
    Records", "released by Columbia"): that value is the row's error."""
    # (a label of a few words: "First shown: 1966")
    fields = re.findall(r"(?:^|[;|]\s*)[A-Z]\w*(?:\s*/\s*\w+|\s+[a-z]\w*){0,2}\s*:", claim.text)
    if len(fields) < 3 or any(a.act != "none" for a in alignments):
        return ""
    names = [f for f in agreeing.values() if f.part.kind == "name"]
    if len(agreeing) < 2 or not names or not any(f.part.kind == "date" for f in agreeing.values()):
        return ""
    # (a value the tagger read as a noun, capitalised, is a name all the same: "Label: Dial"; not a field's label)
    # (nor a word of a date's, "3rd c. BC")
    dates = " ".join(d.text for d in claim.parts if d.kind == "date")
    values = [f.part for a in alignments for f in a.unbacked if not f.part.resolved
              and not re.search(rf"\b{re.escape(f.part.text)}\b", dates) and (
        f.part.kind == "name" and not table_label(f.part, claim) and not in_field_label(f.part, claim)
        or f.part.kind == "thing" and f.part.text[:1].isupper()
        and re.search(rf"{re.escape(f.part.text)}\s*:", claim.text) is None)]
    # (the fact's names no name, date or figure of the row met: a field's label may have met a word of one,
    # "Record" the "Records" of "Savoy Records"; and whose the named thing is: "Coleco's Cabbage Patch Kids")
    met = [f.other for a in alignments for f in a.backed if f.other is not None and f.part.kind in ("name", "date", "amount")]
    met_words = {w.lower() for m in met if m.kind == "name" for w in m.words}
    rivals = [q for q in fact.parts if q.kind == "name" and all(q is not m for m in met)
              and (canonical_role(q, fact) not in ("mod", "poss") or q.role == "poss" and q.anchor in met_words)
              and not any(lexical.same_name(q.text, q.words, o.text, o.words) in ("same", "part") for o in claimed)]

    # (a person's name, two words or more ending on one English does not have or has as a person's, against a
    # firm's: "Trumpet: Dizzy Gillespie" is no rival of "for Savoy Records"; and a place only against a place)
    def person(x: Part) -> bool:
        last = lexical._singular(x.words[-1].lower())
        return len(x.words) >= 2 and (not lexical.known_as(last, "n") or lexical.kind(last) == "noun.person")

    # (only a value under a column for the firm that issues the thing, against the firm in a slot of the fact's
    # act, "for Savoy Records", "released by Columbia": a column the fact does not speak to, "Editor", "Composer",
    # "Genre", says what the fact leaves unsaid)
    def firm_column(x: Part) -> bool:
        label = re.search(rf"([A-Za-z][\w/ ]*?)\s*:\s*{re.escape(x.text)}", claim.text)
        return label is not None and label.group(1).split()[-1].lower() in _FIRM_COLUMNS

    def firm_slot(x: Part) -> bool:
        passive = 0 <= x.clause < len(fact.clauses) and fact.clauses[x.clause].passive
        return (x.role in ("for", "on", "by", "with", "through", "from", "under") or x.role == "subj" and passive
                or x.role == "poss") and not person(x)

    # (nor one place inside the other, "Canada" and "Montreal"; nor a word of the fact's name, "Eye" of "Bull's Eyes")
    pairs = [(p, q) for p in values for q in rivals
             if lexical.is_place(p.words) == lexical.is_place(q.words) and person(p) == person(q)
             and not lexical.nested_places(p.words, q.words)
             and not {lexical._singular(w.lower()) for w in p.words} <= {lexical._singular(w.lower()) for w in q.words}
             and firm_column(p) and firm_slot(q)]
    # (one value against one name: which value the fact's name rivals must be plain)
    if len(pairs) != 1 or sum(1 for p in values if lexical.is_place(p.words) == lexical.is_place(pairs[0][1].words)) != 1:
        return ""
    p, q = pairs[0]
    return f"which: {p.text} vs {q.text}"


def _placed_apart(p: Part, q: Part, backed: Sequence) -> bool:
    """Does the claim's place ``p`` qualify a name the fact gives too, which the fact places at ``q``, another
    town, neither inside the other ("Kutol, Chicago" against "Kutol Products of Cincinnati")?"""
    if p.role != "mod" or q.role not in ("of", "in", "mod") or not lexical.is_place(p.words) \
            or not lexical.is_place(q.words) or lexical.nested_places(p.words, q.words) \
            or lexical.nested_places(q.words, p.words):
        return False
    return any(f.part.kind == "name" and f.other is not None and f.other.kind == "name"
               and p.anchor == f.part.words[-1].lower() and q.anchor in (w.lower() for w in f.other.words)
               and q.clause == f.other.clause for f in backed)


def _in_quotes(p: Part, claim: Statement) -> bool:
    """Is the name inside quotation marks, a title or a nickname ("King of the Mountain"), no place or party?"""
    return re.search(rf'["“][^"”]*\b{re.escape(p.text)}\b[^"”]*["”]', claim.text) is not None


def _only_water(words: tuple[str, ...]) -> bool:
    """A sea, an ocean or a lake and no land besides ("the Atlantic"; not "Wisconsin", a river and a state)."""
    return lexical.water(words) and not lexical.place_class(words)


def _second_town(p: Part, claim: Statement) -> bool:
    """Is ``p`` a town named right after another and a comma ("Portland, Boise"), the next of a list?"""
    first = p.at - len(p.words) + 1
    return any(o.kind == "name" and o.at == first - 2 and _town_after_town(o, p) for o in claim.parts)


def _slashed_code(q: Part, fact: Statement) -> bool:
    """Is the fact's name one half of a code in capitals written with a slash ("MT" of "MT/ST", the
    Magnetic Tape Selectric)? No place or person, whatever else the letters may stand for ("MT", Montana)."""
    return q.text.isupper() and re.search(rf"(?:\b[A-Z]+/{re.escape(q.text)}|\b{re.escape(q.text)}/[A-Z]+)\b", fact.text) is not None


def _said_two_ways(p: Part, q: Part, claim: Statement) -> bool:
    """Is the claim's name the fact's said another way: written short (``_written_short``), or one country by its
    name and by its adjective ("the first US team" against "the first American team"; not "a Russia satellite"
    against "a Soviet satellite", ``lexical.same_country``)?"""
    return _written_short(p, q, claim) or len(p.words) == len(q.words) == 1 \
        and lexical.same_country(p.words[0], q.words[0])


def _written_short(p: Part, q: Part, claim: Statement) -> bool:
    """Is the claim's name the fact's cut short with a full stop ("Bar. ABT 1980-89" for Baryshnikov), or a
    city's initials with the C of "City" ("NYC" for "New York")? Either may be the fact's name: no rival of
    it, though not backed by it either ("New York" may be the state)."""
    word = p.text.lower()
    if len(p.words) == 1 and p.text.isupper() and p.text.endswith("C") and len(p.text) >= 3 and len(q.words) >= 2 \
            and lexical.acronym_of(p.words[0][:-1], q.words):
        return True
    return len(p.words) == 1 and len(word) >= 3 and re.search(rf"\b{re.escape(p.text)}\.", claim.text) is not None \
        and any(w.startswith(word) and len(w) > len(word) + 1 for w in q.words)


def _names_the_thing_there(p: Part, q: Part, claim: Statement, fact: Statement) -> bool:
    """Is the fact's name ``q`` the one that says which thing stands where the claim's name ``p`` does
    ("built a machine for Heineken" against "for the Spaten brewery", the brewery named Spaten)? Not a
    place's name, "for the Munich brewery" says where it is, nor a nation's: "before Cortés" is not refuted
    by "before the Spanish conquest"; nor a body's against a person, who may lead it: "Pitt" and "the
    Tory government"."""
    held = next((t for t in fact.parts if q.role == "mod" and t.kind == "thing" and t.words == (q.anchor,)
                 and t.clause == q.clause), None)
    role = canonical_role(p, claim)
    return held is not None and role not in PLACES | {"mod", "poss", "of"} and canonical_role(held, fact) == role \
        and held.anchor == p.anchor and not lexical.is_place(p.words) and not lexical.is_place(q.words) \
        and not lexical.nationality(q.text) \
        and not (lexical.kind(held.words[0]) == "noun.group" and not lexical.not_a_person(p.text))


def _placed_on(q: Part, fact: Statement, names: Sequence[Part]) -> bool:
    """Does the fact put one of ``names`` in place ``q``, directly or through a place in it
    ("Efteling, in Kaatsheuvel in the Netherlands"), or where the name's own act happened ("Legoland
    opened in Billund, Denmark")?"""
    anchors = {q.anchor}
    for _ in range(3):
        if any(n.words[-1] in anchors or n.role == "subj" and n.anchor in anchors for n in names):
            return True
        anchors |= {o.anchor for o in fact.parts if o.kind == "name" and o.role in ("in", "of") and o.words[-1] in anchors}
    return False


def _nation_words(a: str, b: str) -> bool:
    """Are both words a people's or a place's, one of them a nation's ("Scottish" and "British"; not
    "Harvard" and "American", nor "African", whose place WordNet does not give, and "Nigerian")?"""
    return (lexical.nationality(a) or lexical.nationality(b)) and all(
        lexical.nationality(w) or lexical.nation_places(w) for w in (a, b))


def _plain_word(p: Part) -> bool:
    """A name of one common word, neither a person's nor a place's: a capitalised word ("the View from
    the Window", "Country" before a colon in a table row) pins nothing down."""
    return p.kind == "name" and len(p.words) == 1 and lexical.known_word(p.words[0]) \
        and not lexical.person_or_place(p.words[0])
