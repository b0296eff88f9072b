"""pipeline.verify.candidates: the facts worth aligning, found through shared words, never through the
size of the knowledge base."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.model import Fact
from pipeline.verify.candidates import FactIndex, affected, keys
from pipeline.verify.statement import Part, Statement


def stmt(*words: str, kind: str = "thing") -> Statement:
    return Statement(" ".join(words), (), tuple(Part(kind, w, (w,), "obj", "", 0, True) for w in words))


def index(*fact_words: tuple[str, ...]) -> FactIndex:
    facts = [Fact(f"f{i}", " ".join(w), "", "", "", "a") for i, w in enumerate(fact_words)]
    return FactIndex(facts, [stmt(*w) for w in fact_words])


def test_keys_weigh_names_above_words() -> None:
    s = Statement("x", (), (Part("name", "Curie", ("curie",), "subj", "", 0, True),
                            Part("thing", "prize", ("prize",), "obj", "", 0, True),
                            Part("date", "1911", ("1911",), "time", "", 0, True, value=(1911, 1911, None))))
    assert keys(s) == {"curie": 3.0, "prize": 1.5, "year:1911": 1.0}


def test_candidates_share_a_word_best_first() -> None:
    idx = index(("prize", "physics"), ("prize", "chemistry", "curie"), ("moon",))
    found = idx.candidates(stmt("prize", "chemistry"), k=5)
    assert found[0] == 1 and 2 not in found  # the fact sharing more comes first; "moon" shares nothing
    assert idx.candidates(stmt("octopus"), k=5) == []


def test_ties_go_by_fact_id_so_results_never_depend_on_order() -> None:
    a = index(("prize",), ("prize",))
    assert a.candidates(stmt("prize"), k=1) == [0]


_word = st.sampled_from(["curie", "prize", "moon", "nobel", "paris", "apollo", "radium", "lyon"])
_fact = st.lists(_word, min_size=1, max_size=3).map(tuple)


@settings(deadline=None, max_examples=60)
@given(facts=st.lists(_fact, min_size=1, max_size=8), claims=st.lists(_fact, min_size=1, max_size=6),
       added=_fact)
def test_affected_holds_every_claim_whose_candidates_change(facts, claims, added) -> None:
    # adding a fact changes the candidates of exactly the claims that share a key with it: the claims
    # left out by ``affected`` keep their candidates, so a partial re-verification equals a full one
    before = index(*facts)
    after = index(*facts, added)
    claim_st = [stmt(*c) for c in claims]
    touched = set(affected(claim_st, [stmt(*added)]))
    for i, c in enumerate(claim_st):
        if i not in touched:
            ids_before = [before.facts[j].fact_id for j in before.candidates(c, 3)]
            ids_after = [after.facts[j].fact_id for j in after.candidates(c, 3)]
            assert ids_before == ids_after


def _reference(idx: FactIndex, claim: Statement, k: int, common: int) -> list[int]:
    """The candidate search written plainly (dicts, a sort): what the index must give."""
    ks = keys(claim)
    present = sorted((key for key in ks if key in idx.postings), key=lambda key: (len(idx.postings[key]), key))
    if not present:
        return []
    rare = [key for key in present if len(idx.postings[key]) <= common] or present[:1]
    scores: dict[int, float] = {}
    for key in rare:
        for i in idx.postings[key]:
            scores[int(i)] = scores.get(int(i), 0.0) + idx.weight(key, ks[key])
    for key in present:
        if key not in rare:
            for i in scores:
                if key in keys(idx.statements[i]):
                    scores[i] += idx.weight(key, ks[key])
    return [i for i, _ in sorted(scores.items(), key=lambda kv: (-kv[1], idx.fact_ids[kv[0]]))[:k]]


@settings(deadline=None, max_examples=80)
@given(facts=st.lists(_fact, min_size=1, max_size=30), claim=_fact, common=st.integers(1, 6),
       ids=st.permutations(list(range(30))))
def test_the_search_ranks_as_the_plain_reference(facts, claim, common, ids) -> None:
    # scores, the common-key pass and ties (fact ids in shuffled order, so the tie-break by id
    # is exercised) exactly as the plain computation gives them
    import pipeline.verify.candidates as candidates

    objs = [Fact(f"f{ids[i]:02d}", " ".join(w), "", "", "", "a") for i, w in enumerate(facts)]
    idx = FactIndex(objs, [stmt(*w) for w in facts])
    saved = candidates.COMMON
    try:
        candidates.COMMON = common  # some keys common, so both scoring passes run
        assert idx.candidates(stmt(*claim), k=4) == _reference(idx, stmt(*claim), 4, common)
    finally:
        candidates.COMMON = saved
