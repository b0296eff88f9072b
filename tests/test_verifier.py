"""pipeline.verify.verifier: verdicts end to end, the semantic stage's part in them, and determinism."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from spacy.language import Language

from pipeline.model import Claim, Fact
from pipeline.semantic import SemanticIndex
from pipeline.verify.factcache import read_texts
from pipeline.verify.statement import dumps
from pipeline.verify.verifier import Thresholds, build_index, knobs, rule_of, verify

REPO = Path(__file__).resolve().parent.parent

FACTS = [Fact("nasa", "NASA began operations on 1 October 1958.", "", "", "high", "space"),
         Fact("a11", "Apollo 11 landed on the Moon in July 1969.", "", "", "high", "space")]


class FixedEmbedder:
    """Every claim is as close to every fact as ``cosine`` says: the test sets what the model would."""

    name = "fixed"

    def __init__(self, cosine: float) -> None:
        self.cosine = cosine
        self.encoded: list[str] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.encoded += list(texts)
        facts = {f.statement for f in FACTS}
        v = np.zeros((len(texts), 2), dtype=np.float32)
        for k, t in enumerate(texts):  # facts along one axis, claims turned to the cosine asked for
            v[k] = (1.0, 0.0) if t in facts else (self.cosine, (1 - self.cosine ** 2) ** 0.5)
        return v


def claim(nlp: Language, text: str, cid: str = "c1") -> Claim:
    (s,) = read_texts(nlp, [text])
    return Claim(cid, "a.md", 1, 0, len(text), text, statement=dumps(s))


def test_semantic_stage_reads_an_act_in_other_words(nlp: Language) -> None:
    index = build_index(FACTS, nlp)
    c = claim(nlp, "NASA opened for business on 1 October 1958.")  # "opened" is not "began" to WordNet
    (off,) = verify([c], index, Thresholds(), nlp)
    assert off.verdict == "unverified", off.reason
    close = FixedEmbedder(0.9)
    sem = SemanticIndex(close, [f.statement for f in FACTS])
    (on,) = verify([c], index, Thresholds(semantic=True, semantic_act=0.8), nlp, sem)
    assert (on.verdict, on.fact_id) == ("supported", "nasa"), on.reason
    assert "in other words (cosine 0.90)" in on.reason
    far = SemanticIndex(FixedEmbedder(0.5), [f.statement for f in FACTS])
    (below,) = verify([c], index, Thresholds(semantic=True, semantic_act=0.8), nlp, far)
    assert below.verdict == "unverified"


def test_semantic_stage_never_outweighs_a_conflict(nlp: Language) -> None:
    index = build_index(FACTS, nlp)
    c = claim(nlp, "NASA opened for business on 1 October 1961.")
    sem = SemanticIndex(FixedEmbedder(0.99), [f.statement for f in FACTS])
    (m,) = verify([c], index, Thresholds(semantic=True, semantic_act=0.5), nlp, sem)
    assert m.verdict != "supported", m.reason


def test_only_claims_the_semantic_stage_could_settle_and_their_facts_are_embedded(nlp: Language) -> None:
    index = build_index(FACTS, nlp)
    emb = FixedEmbedder(0.9)
    sem = SemanticIndex(emb, [f.statement for f in FACTS])
    emb.encoded.clear()
    claims = [claim(nlp, "Apollo 11 landed on the Moon in July 1969.", "c1"),  # the rules settle it
              claim(nlp, "Octopuses have three hearts.", "c2"),  # nothing to settle
              claim(nlp, "NASA opened for business on 1 October 1958.", "c3")]
    verify(claims, index, Thresholds(semantic=True), nlp, sem)
    # the one claim with a verb in other words, and only the fact it is aligned with
    assert emb.encoded == ["NASA opened for business on 1 October 1958.", "NASA began operations on 1 October 1958."]


def test_rule_of_every_reason_kind() -> None:
    assert rule_of("place: Lyon vs Paris") == "places"
    assert rule_of("who: Pierre Curie vs Marie Curie") == "names"
    assert rule_of("date 1985 vs 1988") == "dates"
    assert rule_of("roles swapped: ...") == "roles"


def test_knobs_are_plain_sorted_data() -> None:
    assert knobs(Thresholds())["rules"] == sorted(Thresholds().rules)


def test_claims_csv_is_the_same_under_any_hash_seed(tmp_path: Path) -> None:
    # a verdict is a pure function of the inputs: two processes with other string hashing agree byte for byte
    outputs = []
    for seed in ("1", "4242"):
        out = tmp_path / seed
        code = ("import sys; from pathlib import Path; from pipeline.ingest import ingest; "
                "from pipeline.nlp import load_nlp; "
                f"ingest(load_nlp(), Path({str(REPO / 'raw')!r}), Path({str(REPO / 'curated')!r}), "
                f"Path({str(out / 'review')!r}), Path({str(out / 'state')!r}))")
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=REPO, timeout=300)
        outputs.append((out / "review" / "claims.csv").read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\n") > 50  # the demo corpus, every claim


def _judged_in_post(nlp: Language, sentence: str, post_date: str, fact: str) -> str:
    from pipeline.documents import loads
    from pipeline.segment import segment

    [claim] = segment(nlp, loads(f"---\ndate: {post_date}\n---\n# Post\n\n{sentence}\n", "blog/x.md"))
    index = build_index([Fact("f1", fact, "", "", "", "")], nlp)
    return verify([claim], index)[0].verdict


def test_years_ago_is_a_date_a_fact_must_give(nlp: Language) -> None:
    # (counted back from the post's date: what the writer says of when, in other words)
    fact = "The Channel Tunnel opened between Folkestone and Coquelles."
    assert _judged_in_post(nlp, "The Channel Tunnel opened 60 years ago.", "2024-05-01", fact) == "unverified"
    dated = "The Channel Tunnel opened in 1994."
    assert _judged_in_post(nlp, "The Channel Tunnel opened 30 years ago.", "2024-05-01", dated) == "supported"
    assert _judged_in_post(nlp, "The Channel Tunnel opened 60 years ago.", "2024-05-01", dated) == "contradicted"
    # (a count not written out, "a few years ago", is a time no fact can tell)
    assert _judged_in_post(nlp, "The Channel Tunnel opened a few years ago.", "2024-05-01", dated) == "unverified"


def _judged_last(nlp: Language, text: str, fact: str) -> str:
    from pipeline.documents import loads
    from pipeline.segment import segment

    claims = segment(nlp, loads(f"# Signals\n\n{text}\n", "blog/x.md"))
    return verify(claims[-1:], build_index([Fact("f1", fact, "", "", "", "")], nlp))[0].verdict


def test_years_later_than_a_date_with_its_month_are_about_that_month(nlp: Language) -> None:
    fact = "In January 1869 the gas lamp of the Westminster signal exploded, injuring the policeman who operated it."
    later = " later the gas lamp exploded and injured the policeman."
    # (a year after 10 December 1868 is about December 1869, not January 1869)
    assert _judged_last(nlp, "The signal went up in London on 10 December 1868. Barely a year" + later, fact) \
        == "contradicted"
    assert _judged_last(nlp, "The signal went up in London on 10 February 1868. A year" + later, fact) == "supported"
    assert _judged_last(nlp, "The signal went up in London in 1868. A year" + later, fact) == "supported"


# --- the forty-fourth stop ---

def test_a_superlative_in_a_rows_notes_is_what_the_row_says(nlp: Language) -> None:
    fact = ("Blue is generally considered the most difficult firework colour to produce, because the copper chloride "
            "emitter breaks down when the flame is too hot.")
    table = "| Colour | Metal | Notes |\n|---|---|---|\n| Blue | copper | {} |"
    assert _judged_last(nlp, table.format("the easiest one to get right"), fact) == "unverified"
    assert _judged_last(nlp, table.format(""), fact) == "supported"


def test_a_claim_after_a_label_is_what_the_line_asserts(nlp: Language) -> None:
    # (the parse hangs the verb on the label's noun, "fact", which the claim leaves out)
    fact = "The first recorded fireworks in England were at the wedding of King Henry VII and Elizabeth of York in 1486."
    line = "Fun fact: the first fireworks ever recorded in England lit up Henry {}'s wedding to Elizabeth of York in 1486."
    assert _judged_last(nlp, line.format("VIII"), fact) == "contradicted"
