"""pipeline.explain: a verdict in words a reviewer reads, from what the verifier found part by part."""

from __future__ import annotations

import pytest

from pipeline import explain
from pipeline.model import Claim, Fact
from pipeline.verify.verifier import build_index, judge_claim
from pipeline.verify.factcache import read_texts

FACTS = [
    Fact("pi-opened", "The Pasteur Institute opened in Paris in 1888.", "Institut Pasteur",
         "https://www.pasteur.fr/", "high", "science", "science.md", 5),
    Fact("ap-apollo11", "Apollo 11 landed on the Moon on 20 July 1969.", "Apollo 11", "", "high", "space",
         "space.md", 9),
]


@pytest.mark.parametrize("note, words", [
    ("place: Lyon vs Paris", "the claim says Lyon where the fact says Paris (where)"),
    ("date 1958 vs October 1957", "the claim says 1958 where the fact says October 1957"),
    ("amount 37 seconds vs 73 seconds", "the claim says 37 seconds where the fact says 73 seconds"),
    ("rank second vs first album", "the claim says second where the fact says first"),  # the anchor word dropped
    ("who: Ed White vs Alexei Leonov", "the claim says Ed White where the fact says Alexei Leonov (who did it)"),
    ("who: Maxwell vs Sutton (Maxwell is in the fact, not as the one who did it)",
     "the claim says Maxwell where the fact says Sutton (who did it): Maxwell is in the fact, not as the one "
     "who did it"),
    ("polarity: the claim denies 'reach'", "the claim says it did not happen (reach); the fact says it did"),
    ("polarity: the fact denies 'win'", "the fact says win did not happen; the claim says it did"),
    ("opposite: best vs worst", "the claim says best where the fact says the opposite, worst"),
    ("alone: the fact names Chain too", "the claim says it was done alone; the fact names Chain too"),
    ("something new", "something new"),  # a note it does not know is shown as it is
])
def test_conflict_words(note: str, words: str) -> None:
    assert explain.conflict_words(note) == words


@pytest.fixture(scope="module")
def index(nlp):
    return build_index(FACTS, nlp)


def _judge(nlp, index, text: str):
    return judge_claim("c1", read_texts(nlp, [text])[0], index)


def test_contradicted_claim_in_plain_words(nlp, index) -> None:
    ex = explain.explain(_judge(nlp, index, "The Pasteur Institute opened in Lyon in 1888."))
    assert ex.verdict == "contradicted" and ex.fact is not None and ex.fact.fact_id == "pi-opened"
    assert any(c.startswith("the claim says Lyon where the fact says Paris") for c in ex.conflict)
    assert "1888" in ex.agree and "Pasteur Institute" in ex.agree
    assert ex.summary.startswith("the fact pi-opened is about the same event and disagrees: the claim says Lyon")
    assert ex.candidates[0].fact.fact_id == "pi-opened" and ex.candidates[0].stated >= 2


def test_unverified_claim_names_the_closest_fact_and_what_it_does_not_state(nlp, index) -> None:
    ex = explain.explain(_judge(nlp, index, "Apollo 11 landed on the Moon in July 1969 with three astronauts aboard."))
    assert ex.verdict == "unverified" and ex.fact is not None and ex.fact.fact_id == "ap-apollo11"
    assert "astronauts" in " ".join(ex.unstated)
    assert f"states {ex.candidates[0].stated} of the claim's {ex.candidates[0].parts} parts" in ex.summary


def test_supported_and_unrelated_claims(nlp, index) -> None:
    ex = explain.explain(_judge(nlp, index, "Apollo 11 landed on the Moon in July 1969."))
    assert (ex.verdict, ex.summary) == ("supported", "the fact ap-apollo11 states what the claim says")
    none = explain.explain(_judge(nlp, index, "Bananas grow in the tropics."))
    assert none.fact is None and none.candidates == ()
    assert "no curated fact shares its names or words" in none.summary


def test_render_has_the_claim_in_context_and_no_jargon(nlp, index) -> None:
    claim = Claim("c1", "notes/a.md", 3, 40, 85, "The Pasteur Institute opened in Lyon in 1888.", "Notes > Science")
    ex = explain.explain(_judge(nlp, index, claim.text))
    text = explain.render(ex, claim, [(2, ""), (3, claim.text), (4, "More.")], stored="unverified (old reason)",
                          decision="accept (not promoted yet)")
    assert text.splitlines()[0] == 'claim c1 in notes/a.md:3, under "Notes > Science"'
    assert "  > 3 | The Pasteur Institute opened in Lyon in 1888." in text  # the claim's own line marked
    assert " *pi-opened" in text and " of " in text  # the chosen fact among those considered, with its share
    assert "science.md:5" in text and "https://www.pasteur.fr/" in text  # where the fact is, and its source
    assert "conflict:             the claim says Lyon where the fact says Paris" in text
    assert "the last ingest stored: unverified (old reason)" in text
    assert text.endswith("decision: accept (not promoted yet)")
    assert "cover" not in text and "%" not in text and "score" not in text  # no jargon


def test_sentences_do_not_repeat_the_summary(nlp, index) -> None:
    ex = explain.explain(_judge(nlp, index, "The Pasteur Institute opened in Lyon in 1888."))
    lines = explain.sentences(ex)
    assert lines[0].startswith("The fact pi-opened is about the same event")
    assert sum("Lyon where the fact says Paris" in line for line in lines) == 1


def test_words_for_leaves_a_verdict_out_when_the_facts_changed_since(nlp, index) -> None:
    text = "The Pasteur Institute opened in Lyon in 1888."
    claim = Claim("c1", "a.md", 1, 0, len(text), text, statement=_statement(nlp, text))
    words = explain.words_for(index)
    assert words(claim, "contradicted")[0].startswith("The fact pi-opened")
    assert words(claim, "unverified") == []  # stored otherwise: the stored reason stands alone
    assert explain.words_for(index, limit=0)(claim, "contradicted") == []


def _statement(nlp, text: str) -> str:
    from pipeline.verify.statement import dumps

    return dumps(read_texts(nlp, [text])[0])


def test_explainer_keeps_what_it_judged_for_the_next_page(nlp, index, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The Pasteur Institute opened in Lyon in 1888."
    claim = Claim("c1", "a.md", 1, 0, len(text), text, statement=_statement(nlp, text))
    first = explain.Explainer(index, key="facts-1")
    words = first(claim, "contradicted")
    assert words and list(first.fresh) == ["c1"]
    calls: list[str] = []
    monkeypatch.setattr(explain, "judge_claim", lambda *a, **k: calls.append("judged") or judge_claim(*a, **k))
    again = explain.Explainer(index, known=first.fresh, key="facts-1")
    assert again(claim, "contradicted") == words and calls == [] and again.fresh == {}  # no judgement
    changed = explain.Explainer(index, known=first.fresh, key="facts-2")  # the facts changed since
    assert changed(claim, "contradicted") == words and calls == ["judged"] and list(changed.fresh) == ["c1"]
