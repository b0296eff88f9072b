"""The review page: one self-contained HTML file with every raw file's text and its claims in place.

``factledger report`` and every ingest write ``REVIEW/review.html``. A reviewer opens it in a
browser (no server, nothing fetched: inline CSS and script, and a Content-Security-Policy that
allows nothing else) and sees each raw file's text with every claim highlighted by verdict;
hovering a claim shows its verdict, fact and reason, clicking it (or Enter) opens the details:
the matched fact with its source link, the reason in plain words, the reviewer's decision.
Claims in the queue are marked. Filters by verdict, by file and "queue only" (also set from the
address: ``review.html#verdict=contradicted&file=notes/a.md&queue=1``; ``#claim=ID`` opens a claim).

Raw text is untrusted: every character is HTML-escaped, and invisible or bidirectional control
characters (``spoofing``) are shown as ``[U+202E]`` instead of reordering what is displayed.
A link is made only of an http(s) address.

- ``render(files)``: the page, from plain data (pure);
- ``gather(store, raw, facts, words)``: that data, from the state database and the raw files;
- ``write_page(review_dir, html)``: written atomically, only when its content changed.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import documents, spoofing
from .errors import FactledgerError
from .model import VERDICTS, Claim, Fact
from .publish import gone_decided, in_queue
from .review import write_text_atomic
from .state import StateStore

PAGE = "review.html"
MAX_TEXT = 8_000_000
"""Characters of raw text the page holds at most; files beyond it list their claims without the text."""
SHOWN_VERDICTS = (*VERDICTS, "gone")


@dataclass(frozen=True)
class PageClaim:
    """One claim as the page shows it."""

    claim: Claim
    verdict: str
    fact: Fact | None
    reason: str
    """The verdict's one-line reason, as stored."""
    words: tuple[str, ...] = ()
    """Why, in plain sentences (``explain.sentences``); empty: the reason stands alone."""
    queued: bool = False
    decision: str = ""
    note: str = ""


@dataclass(frozen=True)
class PageFile:
    """One raw file: its text (None when it cannot be shown) and its claims."""

    source: str
    text: str | None
    claims: tuple[PageClaim, ...]
    why_no_text: str = ""
    url: str = ""
    """The file's own address, from its front matter."""


# --- rendering (pure) -------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _shown(text: str) -> str:
    """Escaped text in which hidden characters are visible marks, not instructions to the renderer."""
    if not spoofing.suspicious(text):
        return _e(text)
    out = []
    for ch in text:
        if spoofing.is_suspicious(ch):
            out.append(f'<span class="hidden-char" title="{_e(spoofing.describe([ch]))}">[U+{ord(ch):04X}]</span>')
        else:
            out.append(_e(ch))
    return "".join(out)


def safe_url(url: str) -> str:
    """``url`` when it is an http(s) address, else "" (a ``javascript:`` link is never made)."""
    u = url.strip()
    return u if u.lower().startswith(("http://", "https://")) and not spoofing.suspicious(u) else ""


def _tip(c: PageClaim) -> str:
    fact = f" — {c.fact.fact_id}: {c.fact.statement}" if c.fact else ""
    queue = " [in the queue]" if c.queued else ""
    return spoofing.visible(f"{c.verdict}{queue}{fact} — {c.reason}")


def _mark(c: PageClaim, text_html: str) -> str:
    classes = f"claim v-{c.verdict}" + (" queued" if c.queued else "")
    return (f'<mark class="{classes}" data-verdict="{_e(c.verdict)}" data-claim="{_e(c.claim.claim_id)}" '
            f'data-queued="{int(c.queued)}" tabindex="0" title="{_e(_tip(c))}">{text_html}</mark>')


def _details(c: PageClaim) -> str:
    rows = [f'<p class="head"><span class="badge v-{_e(c.verdict)}">{_e(c.verdict)}</span> '
            f'claim <code>{_e(c.claim.claim_id)}</code>, {_e(c.claim.source)} line {c.claim.line}'
            + (' <span class="badge queue">in the queue</span>' if c.queued else "") + "</p>",
            f'<blockquote>{_shown(c.claim.text)}</blockquote>']
    if c.claim.context:
        rows.append(f'<p class="context">under: {_shown(c.claim.context)}</p>')
    if c.fact is not None:
        link = safe_url(c.fact.source_url)
        title = _e(c.fact.source_title or c.fact.source_url or "source")
        source = (f'<a href="{_e(link)}" rel="noopener noreferrer" target="_blank">{title}</a>' if link
                  else title if (c.fact.source_title or c.fact.source_url) else "")
        rows.append(f'<p class="fact">fact <code>{_e(c.fact.fact_id)}</code>: {_shown(c.fact.statement)}'
                    + (f' <span class="source">({source})</span>' if source else "") + "</p>")
    if c.words:
        rows.append("<ul class=\"why\">" + "".join(f"<li>{_shown(w)}</li>" for w in c.words) + "</ul>")
    rows.append(f'<p class="reason">reason: {_shown(c.reason)}</p>')
    if c.decision or c.note:
        rows.append(f'<p class="decision">decision: {_e(c.decision or "pending")}'
                    + (f"; note: {_shown(c.note)}" if c.note else "") + "</p>")
    return (f'<div class="details" id="d-{_e(c.claim.claim_id)}" data-claim="{_e(c.claim.claim_id)}" hidden>'
            + "".join(rows) + "</div>")


def _placed(f: PageFile) -> tuple[list[PageClaim], list[PageClaim]]:
    """Claims that stand where their offsets say, in order and not overlapping; and the others."""
    placed: list[PageClaim] = []
    loose: list[PageClaim] = []
    end = 0
    text = f.text or ""
    for c in sorted(f.claims, key=lambda c: (c.claim.start, c.claim.end)):
        span = text[c.claim.start:c.claim.end]
        if (f.text is not None and c.verdict != "gone" and c.claim.start >= end and c.claim.end <= len(text)
                and " ".join(span.split()) == " ".join(c.claim.text.split())):
            placed.append(c)
            end = c.claim.end
        else:
            loose.append(c)
    return placed, loose


def _file_section(k: int, f: PageFile) -> str:
    placed, loose = _placed(f)
    counts = Counter(c.verdict for c in f.claims)
    summary = ", ".join(f"{counts[v]} {v}" for v in SHOWN_VERDICTS if counts[v]) or "no claims"
    url = safe_url(f.url)
    head = (f'<h2 id="file-{k}"><span class="path">{_shown(f.source)}</span> <small>{_e(summary)}'
            + (f' · <a href="{_e(url)}" rel="noopener noreferrer" target="_blank">original</a>' if url else "")
            + "</small></h2>")
    parts = [f'<section class="file" data-file="{_e(f.source)}">', head]
    if f.text is not None:
        out, at = [], 0
        for c in placed:
            out.append(_shown(f.text[at:c.claim.start]))
            out.append(_mark(c, _shown(f.text[c.claim.start:c.claim.end])))
            at = c.claim.end
        out.append(_shown(f.text[at:]))
        parts.append(f'<pre class="text">{"".join(out)}</pre>')
    else:
        parts.append(f'<p class="notice">{_e(f.why_no_text)}</p>')
    if loose:
        label = "claims not shown in the text" if f.text is not None else "claims"
        parts.append(f'<details class="loose" open><summary>{len(loose)} {label}</summary><ol>'
                     + "".join(f"<li>{_mark(c, _shown(c.claim.text))} <small>line {c.claim.line}"
                               + (" · no longer in the file" if c.verdict == "gone" else "") + "</small></li>"
                               for c in loose) + "</ol></details>")
    parts.append("".join(_details(c) for c in f.claims))
    parts.append("</section>")
    return "\n".join(parts)


_STYLE = """
:root { --sup: #c9f0d3; --sup-b: #1f7a3a; --con: #ffd0d0; --con-b: #b3261e; --unv: #fff0b8; --unv-b: #8a6d00;
        --gone: #e4e4e4; --gone-b: #666; --ink: #1d1d1f; --muted: #5f6368; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink);
       background: #fafafa; }
header { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid #ddd;
         padding: .6em 1.2em; }
header h1 { font-size: 1.2em; margin: 0 0 .3em; }
header .counts { margin: 0 0 .4em; color: var(--muted); }
form { display: flex; flex-wrap: wrap; gap: .4em 1.2em; align-items: center; }
fieldset { border: 0; padding: 0; margin: 0; display: flex; gap: .8em; }
legend { float: left; margin-right: .5em; color: var(--muted); }
main { display: grid; grid-template-columns: minmax(0, 1fr) 26em; gap: 1.2em; padding: 1em 1.2em; }
section.file { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: .2em 1em 1em;
               margin-bottom: 1.2em; }
section.file h2 { font-size: 1.05em; margin: .6em 0; }
section.file h2 small { font-weight: normal; color: var(--muted); margin-left: .6em; }
pre.text { white-space: pre-wrap; word-wrap: break-word; margin: 0;
           font: 14px/1.6 ui-monospace, SFMono-Regular, Menlo, monospace; }
mark.claim { border-radius: 3px; padding: 0 1px; cursor: pointer; border-bottom: 2px solid transparent;
             color: inherit; }
mark.v-supported { background: var(--sup); border-color: var(--sup-b); }
mark.v-contradicted { background: var(--con); border-color: var(--con-b); }
mark.v-unverified { background: var(--unv); border-color: var(--unv-b); }
mark.v-gone { background: var(--gone); border-color: var(--gone-b); }
mark.queued::before { content: "\\2691"; font-size: .8em; color: var(--con-b); margin-right: 2px; }
mark.claim.off { background: none; border-color: transparent; cursor: default; }
mark.claim.off::before { content: none; }
mark.claim.selected { box-shadow: 0 0 0 2px #1a73e8; }
.hidden-char { background: #222; color: #fff; font-size: .75em; border-radius: 2px; padding: 0 2px; }
aside { position: sticky; top: 7.5em; align-self: start; max-height: calc(100vh - 9em); overflow: auto; }
aside .placeholder { color: var(--muted); background: #fff; border: 1px dashed #ccc; border-radius: 6px; padding: 1em; }
.details { background: #fff; border: 1px solid #ccc; border-radius: 6px; padding: .6em 1em; }
aside .details { display: block; }
.details[hidden] { display: none !important; }
.details blockquote { margin: .4em 0; padding-left: .8em; border-left: 3px solid #ccc; }
.details .context, .details .reason { color: var(--muted); font-size: .9em; }
.details ul.why { padding-left: 1.2em; margin: .4em 0; }
.badge { display: inline-block; border-radius: 10px; padding: 0 .6em; font-size: .85em; }
.badge.v-supported { background: var(--sup); } .badge.v-contradicted { background: var(--con); }
.badge.v-unverified { background: var(--unv); } .badge.v-gone { background: var(--gone); }
.badge.queue { background: #e8eaed; }
.legend span { margin-right: .8em; }
details.loose { margin-top: .6em; }
.notice { color: var(--con-b); }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } aside { position: static; max-height: none; } }
"""

_SCRIPT = """
(function () {
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.claim"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.file"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[name=verdict]"));
  var fileSel = document.getElementById("file"), queueOnly = document.getElementById("queue-only");
  var inspector = document.getElementById("inspector"), shown = document.getElementById("shown");
  document.querySelectorAll("section.file .details").forEach(function (d) { inspector.appendChild(d); });
  function apply(updateHash) {
    var on = {}; boxes.forEach(function (b) { on[b.value] = b.checked; });
    var file = fileSel.value, n = 0;
    sections.forEach(function (s) { s.hidden = !!file && s.getAttribute("data-file") !== file; });
    marks.forEach(function (m) {
      var visible = on[m.getAttribute("data-verdict")] &&
        (!queueOnly.checked || m.getAttribute("data-queued") === "1");
      m.classList.toggle("off", !visible);
      if (visible && !m.closest("section").hidden) { n++; }
    });
    shown.textContent = String(n);
    if (updateHash) {
      var parts = [];
      var off = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      if (off.length !== boxes.length) { parts.push("verdict=" + off.join(",")); }
      if (file) { parts.push("file=" + encodeURIComponent(file)); }
      if (queueOnly.checked) { parts.push("queue=1"); }
      history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname);
    }
  }
  function fromHash() {
    var params = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
      var i = kv.indexOf("="); if (i > 0) { params[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1)); }
    });
    if (params.verdict !== undefined) {
      var want = params.verdict.split(",");
      boxes.forEach(function (b) { b.checked = want.indexOf(b.value) >= 0; });
    }
    if (params.file !== undefined) {
      var ok = Array.prototype.some.call(fileSel.options, function (o) { return o.value === params.file; });
      fileSel.value = ok ? params.file : "";
    }
    queueOnly.checked = params.queue === "1";
    return params.claim;
  }
  function select(m) {
    if (m.classList.contains("off")) { return; }
    var id = m.getAttribute("data-claim");
    marks.forEach(function (x) { x.classList.toggle("selected", x === m); });
    inspector.querySelectorAll(".details").forEach(function (d) { d.hidden = d.getAttribute("data-claim") !== id; });
    var placeholder = inspector.querySelector(".placeholder"); if (placeholder) { placeholder.hidden = true; }
  }
  marks.forEach(function (m) {
    m.addEventListener("click", function () { select(m); });
    m.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(m); }
    });
  });
  boxes.concat([fileSel, queueOnly]).forEach(function (el) {
    el.addEventListener("change", function () { apply(true); });
  });
  function open(id) {
    var m = id && marks.filter(function (x) { return x.getAttribute("data-claim") === id; })[0];
    if (m) { select(m); m.scrollIntoView({block: "nearest"}); }
  }
  window.addEventListener("hashchange", function () { var id = fromHash(); apply(false); open(id); });
  var first = fromHash(); apply(false); open(first);
  document.body.setAttribute("data-ready", "1");
})();
"""


def csp(script: str = _SCRIPT) -> str:
    """The page's Content-Security-Policy: nothing from outside, only its own inline style and script."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def render(files: Sequence[PageFile], title: str = "factledger review") -> str:
    """The whole page: one HTML document with nothing to fetch."""
    claims = [c for f in files for c in f.claims]
    counts = Counter(c.verdict for c in claims)
    queued = sum(c.queued for c in claims)
    total = ", ".join(f"{counts[v]} {v}" for v in SHOWN_VERDICTS if counts[v]) or "none"
    boxes = "".join(f'<label><input type="checkbox" name="verdict" value="{v}" checked> '
                    f'<span class="badge v-{v}">{v}</span> {counts[v]}</label>'
                    for v in SHOWN_VERDICTS if counts[v] or v in VERDICTS)
    options = "".join(f'<option value="{_e(f.source)}">{_e(spoofing.visible(f.source))}</option>' for f in files)
    sections = "\n".join(_file_section(k, f) for k, f in enumerate(files))
    if not files:
        sections = '<p class="notice">No raw file has been read yet: run <code>factledger ingest</code>.</p>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_e(csp())}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title>
<style>{_STYLE}</style>
</head>
<body>
<header>
<h1>{_e(title)}</h1>
<p class="counts">{len(files)} files, {len(claims)} claims: {_e(total)}; {queued} in the queue (marked &#9873;).
Hover a claim for its verdict, click it for the details.</p>
<form id="filters">
<fieldset><legend>verdict</legend>{boxes}</fieldset>
<label>file <select id="file"><option value="">all files</option>{options}</select></label>
<label><input type="checkbox" id="queue-only"> queue items only</label>
<span>showing <output id="shown">{len(claims)}</output> claims</span>
</form>
</header>
<main>
<div id="files">
{sections}
</div>
<aside id="inspector" aria-live="polite"><p class="placeholder">Click a highlighted claim to see its fact, source and
why it got its verdict.</p></aside>
</main>
<noscript><style>.details[hidden] {{ display: block !important; margin-top: .6em; }}</style></noscript>
<script>{_SCRIPT}</script>
</body>
</html>
"""


# --- gathering (reads the state database and the raw files) ---------------------------------------


class _TooLong(Exception):
    """A file that would take the page over ``MAX_TEXT``."""


def gather(store: StateStore, raw: Path, facts: Mapping[str, Fact],
           words: Callable[[Claim, str], Sequence[str]] | None = None, max_text: int = MAX_TEXT) -> list[PageFile]:
    """The page's data: every present claim by file, with its verdict, fact, queue mark and decision,
    and each file's text as the last ingest read it (a file changed or unreadable since is listed
    without its text). ``words(claim, verdict)``: plain sentences for a claim in the queue."""
    claims = store.claims()
    matches = store.matches()
    decisions = store.decisions()
    queued = {c.claim_id for c in in_queue(claims, matches, decisions)}
    gone = gone_decided(store, decisions)
    docs = store.documents()
    explained: dict[str, tuple[str, ...]] = {}
    if words is not None:  # contradicted claims first: when explanations are rationed, they matter most
        for c in sorted((c for c in claims if c.claim_id in queued),
                        key=lambda c: matches[c.claim_id].verdict != "contradicted"):
            explained[c.claim_id] = tuple(words(c, matches[c.claim_id].verdict))
    by_file: dict[str, list[PageClaim]] = {}
    for c in claims:
        m = matches[c.claim_id]
        d = decisions.get(c.claim_id)
        by_file.setdefault(c.source, []).append(PageClaim(
            c, m.verdict, facts.get(m.fact_id), m.reason, explained.get(c.claim_id, ()), c.claim_id in queued,
            d.decision if d else "", d.note if d else ""))
    for c in gone:
        d = decisions.get(c.claim_id)
        by_file.setdefault(c.source, []).append(PageClaim(
            c, "gone", None, "no longer in its raw file: clear the decision in the queue, or restore the text", (),
            True, d.decision if d else "", d.note if d else ""))
    files = []
    budget = max_text
    for source in sorted(set(by_file) | {s for s in docs if not docs[s].error}):
        text, why = None, ""
        stored = docs.get(source)
        path = raw / source
        try:
            if path.stat().st_size > budget:
                raise _TooLong
            data = path.read_bytes()
            if stored is None or hashlib.sha256(data).hexdigest() != stored.sha256:
                why = "this file changed since the last ingest: run factledger ingest to see its claims in place"
            else:
                text = documents.decode(data, source)
                budget -= len(text)
        except _TooLong:
            why = f"the text is left out: the page holds at most {max_text:,} characters of raw text"
        except (OSError, FactledgerError) as err:
            why = f"this file cannot be read now ({getattr(err, 'strerror', None) or err})"
        if source not in by_file and text is None and stored is None:
            continue
        url = stored.meta.get("url", "") if stored else ""
        files.append(PageFile(source, text, tuple(by_file.get(source, ())), why, url))
    return files


def write_page(review_dir: Path, page: str) -> bool:
    """Write ``REVIEW/review.html`` (atomically); False when it already held this page."""
    return write_text_atomic(review_dir / PAGE, page)


def publish_page(store: StateStore, raw: Path, review_dir: Path, facts: Sequence[Fact],
                 words: Callable[[Claim, str], Sequence[str]] | None = None) -> bool:
    """Gather, render and write the page; True when its content changed."""
    files = gather(store, raw, {f.fact_id: f for f in facts}, words)
    return write_page(review_dir, render(files))
