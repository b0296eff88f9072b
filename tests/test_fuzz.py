"""Property tests on the parts that meet arbitrary input: the raw reader, the segmenter, front matter."""

from __future__ import annotations

import re
import string

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline import articles, documents, facts, segment
from pipeline.errors import DocumentError, FrontMatterError

LINES = st.sampled_from([
    "# Heading", "## 2023", "2019: EleutherAI forms a collective.", "March: Meta releases LLaMA 1.",
    "- a bullet with a fact from 1999.", "| a | 2020 |", "|---|---|", "Tags: a, b", "← Back", "```", "",
    "Is this a question?", "I think so.", "https://example.com/x", "A plain sentence about Apollo 11 in July 1969.",
    "wrapped line that goes on", "and ends here.", "---", "title: x", "= wiki =", "\t", "    indented",
])
TEXT = st.one_of(st.text(max_size=300), st.lists(st.one_of(LINES, st.text(max_size=40)), max_size=25).map("\n".join))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_raw_reader_decodes_or_names_the_file(data: bytes) -> None:
    try:
        text = documents.decode(data, "f.md")
    except DocumentError as err:
        assert err.path == "f.md" and err.message
        return
    assert "\r" not in text
    try:
        doc = documents.loads(text, "f.md")
    except FrontMatterError as err:
        assert err.path == "f.md" and (err.line or 0) >= 1
        return
    assert 0 <= doc.body_start <= len(doc.text)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_segmenter_offsets_always_point_at_the_claim(nlp, text: str) -> None:
    try:
        doc = documents.loads(text, "f.md")
    except FrontMatterError:
        return
    claims = segment.segment(nlp, doc)
    for c in claims:
        assert 0 <= c.start < c.end <= len(doc.text)
        span = doc.text[c.start:c.end]
        assert span == span.strip()
        if "|" not in span:  # table rows are spelled out with their column names
            # (a list item's span holds its marker, "- " or "3. "; its text does not)
            assert re.sub(r"^(?:[-*+•▪‣◦]|\d{1,3}[.)])\s+", "", " ".join(span.split()), count=1) == c.text \
                or " ".join(span.split()) == c.text
        assert c.line == doc.text.count("\n", 0, c.start) + 1
    assert len({c.claim_id for c in claims}) == len(claims)


SCALAR = st.text(alphabet=string.ascii_letters + string.digits + " .,:;'\"#-[]{}!?&*%@`|>éß€", min_size=1,
                 max_size=60).filter(lambda s: s.strip())


@settings(max_examples=150, deadline=None)
@given(st.lists(SCALAR, min_size=1, max_size=4), SCALAR)
@example([":---"], "x")  # (found by Hypothesis: a statement ending in "---")
def test_front_matter_writer_round_trips(statements: list[str], note: str) -> None:
    text = "---\nid: art\natomic_facts:\n  - id: art-1\n    statement: First.\ndisputed_statements: []\nupdated: \"2020-01-01\"\n---\nBody.\n"
    for i, s in enumerate(statements):
        text = articles.add_list_item(text, "atomic_facts", {"id": f"art-x{i}", "statement": s, "confidence": "low"})
    text = articles.add_list_item(text, "disputed_statements", {"claim": note, "contradicts": "art-1"})
    text = articles.set_updated(text, "2027-02-03")
    article = facts.loads(text, "art.md")
    assert [f.statement for f in article.facts] == ["First."] + [" ".join(s.split()) for s in statements]
    assert article.meta["disputed_statements"] == [{"claim": note, "contradicts": "art-1"}]
    assert article.meta["updated"] == "2027-02-03"
    assert text.endswith("---\nBody.\n")
    # (the front matter ends at a line that is "---" alone; a statement may end in "---": ":---")
    assert yaml.safe_load(re.split(r"(?m)^---$", text)[1])["id"] == "art"
