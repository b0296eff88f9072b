"""pipeline.reviewpage: one self-contained HTML page, every claim in its text, everything escaped."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline import reviewpage
from pipeline.model import Claim, Fact, Match
from pipeline.reviewpage import PageClaim, PageFile
from pipeline.state import Decision, StateStore

TEXT = "# Notes\n\nApollo 11 landed in 1969. <script>alert(1)</script> Sputnik flew in 1958.\n"
FACT = Fact("sr-sputnik", "Sputnik 1 was launched in October 1957.", "Sputnik 1",
            "https://en.wikipedia.org/wiki/Sputnik_1", "high", "space")


def _claim(claim_id: str, text: str, source: str = "notes/a.md", body: str = TEXT) -> Claim:
    start = body.index(text)
    return Claim(claim_id, source, body.count("\n", 0, start) + 1, start, start + len(text), text, "Notes")


def _page(*claims: PageClaim, text: str | None = TEXT) -> str:
    return reviewpage.render([PageFile("notes/a.md", text, claims)])


class _Marks(HTMLParser):
    """The page's elements, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Marks()
    parser.feed(page)
    return parser.tags


def test_every_claim_is_marked_in_its_text_by_verdict() -> None:
    a = PageClaim(_claim("c1", "Apollo 11 landed in 1969."), "supported", None, "ap-11 states it")
    b = PageClaim(_claim("c2", "Sputnik flew in 1958."), "contradicted", FACT, "date 1958 vs October 1957",
                  ("The fact sr-sputnik is about the same event and disagrees.",), queued=True, decision="dispute")
    page = _page(a, b)
    marks = [attrs for tag, attrs in _tags(page) if tag == "mark"]
    assert [(m["data-claim"], m["class"], m["data-queued"]) for m in marks] == [
        ("c1", "claim v-supported", "0"), ("c2", "claim v-contradicted queued", "1")]
    assert '>Apollo 11 landed in 1969.</mark>' in page  # the claim's own text, in place
    assert "sr-sputnik: Sputnik 1 was launched in October 1957." in marks[1]["title"]  # the hover text
    assert "date 1958 vs October 1957" in marks[1]["title"] and "[in the queue]" in marks[1]["title"]
    details = page[page.index('id="d-c2"'):]
    assert 'href="https://en.wikipedia.org/wiki/Sputnik_1"' in details  # the fact's source, linked
    assert "decision: dispute" in details and "disagrees" in details


def test_raw_text_is_escaped_and_hidden_characters_shown() -> None:
    body = "Evil <img src=x onerror=alert(1)> note.\nThe price rose in July \u202e2202\u202c.\n"
    c = PageClaim(_claim("c1", "The price rose in July \u202e2202\u202c.", body=body), "unverified", None, "r")
    page = reviewpage.render([PageFile("notes/a.md", body, (c,))])
    assert not any(tag == "img" for tag, _ in _tags(page))  # the raw text made no element
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "\u202e" not in page and "[U+202E]" in page  # a right-to-left override cannot reorder the page
    assert "<script>alert" not in _page(text=TEXT)


def test_only_http_links_are_made() -> None:
    bad = Fact("f1", "S.", "Click me", "javascript:alert(1)", "high", "a")
    c = PageClaim(_claim("c1", "Sputnik flew in 1958."), "contradicted", bad, "r")
    page = _page(c)
    assert 'href="javascript' not in page and "Click me" in page
    assert reviewpage.safe_url(" https://example.org/a ") == "https://example.org/a"
    assert reviewpage.safe_url("file:///etc/passwd") == ""


def test_claims_that_do_not_stand_at_their_offsets_are_listed_not_highlighted() -> None:
    good = PageClaim(_claim("c1", "Apollo 11 landed in 1969."), "supported", None, "r")
    moved = PageClaim(Claim("c2", "notes/a.md", 1, 0, 5, "Not what the text says."), "unverified", None, "r")
    overlap = PageClaim(Claim("c3", "notes/a.md", 3, good.claim.start + 3, good.claim.end + 2,
                              TEXT[good.claim.start + 3:good.claim.end + 2]), "unverified", None, "r")
    page = _page(good, moved, overlap)
    assert "2 claims not shown in the text" in page
    assert page.count('data-claim="c2"') == 2  # listed (its mark and its details), never lost


def test_a_file_without_its_text_lists_its_claims() -> None:
    c = PageClaim(_claim("c1", "Apollo 11 landed in 1969."), "unverified", None, "r")
    page = reviewpage.render([PageFile("notes/a.md", None, (c,), "this file changed since the last ingest")])
    assert "this file changed since the last ingest" in page and "1 claims" in page and 'data-claim="c1"' in page


def test_the_page_fetches_nothing_and_its_script_is_the_only_one_allowed() -> None:
    page = _page()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page.replace('rel="noopener', ""))
    script = page[page.index("<script>") + len("<script>"):page.index("</script>")]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    policy = next(a["content"] for tag, a in _tags(page) if tag == "meta" and a.get("http-equiv"))
    assert f"script-src 'sha256-{digest}'" in policy and "default-src 'none'" in policy
    assert page.count("<script") == 1


def test_filters_list_every_verdict_and_file() -> None:
    a = PageClaim(_claim("c1", "Apollo 11 landed in 1969."), "supported", None, "r")
    page = reviewpage.render([PageFile("notes/a.md", TEXT, (a,)), PageFile("notes/b.md", "", ())])
    assert [attrs["value"] for tag, attrs in _tags(page) if tag == "input" and attrs.get("name") == "verdict"] == [
        "supported", "contradicted", "unverified"]
    assert [attrs["value"] for tag, attrs in _tags(page) if tag == "option"] == ["", "notes/a.md", "notes/b.md"]


@pytest.fixture
def stored(tmp_path: Path):
    raw = tmp_path / "raw"
    (raw / "notes").mkdir(parents=True)
    (raw / "notes" / "a.md").write_text(TEXT, encoding="utf-8")
    (raw / "notes" / "b.md").write_text("Changed.\n", encoding="utf-8")
    import hashlib as h

    with StateStore(tmp_path / "state") as s:
        with s.transaction():
            s.save_document("notes/a.md", h.sha256(TEXT.encode()).hexdigest(), {"url": "https://example.org/a"})
            s.save_document("notes/b.md", "an older digest", {})
            c1, c2 = _claim("c1", "Apollo 11 landed in 1969."), _claim("c2", "Sputnik flew in 1958.")
            s.replace_claims("notes/a.md", [c1, c2])
            s.replace_claims("notes/b.md", [Claim("c3", "notes/b.md", 1, 0, 8, "Changed.")])
            s.save_matches([Match("c1", "supported", "ap-11", 1.0, "ap-11 states it"),
                            Match("c2", "contradicted", "sr-sputnik", 0.5, "date 1958 vs October 1957"),
                            Match("c3", "unverified", "", 0.0, "no fact")])
            s.save_decision(Decision("c2", "", note="check the year", source="notes/a.md", claim_text=c2.text))
        yield s, raw


def test_gather_reads_the_store_and_the_raw_files(stored) -> None:
    store, raw = stored
    files = reviewpage.gather(store, raw, {"sr-sputnik": FACT}, lambda c, v: [f"words for {c.claim_id} ({v})"])
    a, b = files
    assert (a.source, a.text, a.url) == ("notes/a.md", TEXT, "https://example.org/a")
    by_id = {c.claim.claim_id: c for c in a.claims}
    assert by_id["c2"].queued and by_id["c2"].fact == FACT and by_id["c2"].note == "check the year"
    assert by_id["c2"].words == ("words for c2 (contradicted)",)  # words only for queue items
    assert not by_id["c1"].queued and by_id["c1"].words == ()
    assert b.text is None and "changed since the last ingest" in b.why_no_text  # not shown at stale offsets


def test_gather_keeps_to_the_text_budget(stored) -> None:
    store, raw = stored
    files = reviewpage.gather(store, raw, {}, max_text=10)
    assert files[0].text is None and "at most 10 characters" in files[0].why_no_text


def test_publish_page_writes_only_a_changed_page(stored, tmp_path: Path) -> None:
    store, raw = stored
    review = tmp_path / "review"
    assert reviewpage.publish_page(store, raw, review, [FACT]) is True
    assert reviewpage.publish_page(store, raw, review, [FACT]) is False  # the same page: not rewritten
    assert (review / "review.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
