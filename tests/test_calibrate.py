"""pipeline.calibrate: reviewers' decisions as labelled examples for the verification settings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from flows.cli import main
from pipeline import calibrate
from pipeline.calibrate import Point, reviewed_claims, sweep
from pipeline.verify.candidates import FactIndex
from pipeline.verify.verifier import RULES, Thresholds, build_index
from pipeline.model import Claim, Fact, Match
from pipeline.state import Decision, StateStore

FACTS = [
    Fact("a11", "Apollo 11 landed on the Moon in July 1969.", "", "", "high", "space"),
    Fact("a13", "Apollo 13 launched in April 1970 and returned safely.", "", "", "high", "space"),
    Fact("sts1", "The first Space Shuttle flight, STS-1, launched in April 1981.", "", "", "high", "space"),
    Fact("new-1", "Apollo 11 carried three astronauts.", "", "", "medium", "space"),
]
# (claim, decision): wrong ones conflict with a fact on a date; right ones are new to the facts
REVIEWED = [
    ("Apollo 11 landed on the Moon in July 1970.", "reject"),
    ("Apollo 13 launched in May 1970.", "dispute"),
    ("The first Space Shuttle flight launched in 1982.", "reject"),
    ("Apollo 11 landed in 1968, according to the flyer.", "reject"),
    ("Apollo 11 carried three astronauts.", "accept"),  # promoted to new-1 since
    ("Apollo 13 suffered an oxygen tank explosion.", "accept"),
    ("The Space Shuttle program ended in 2011.", "accept"),
    ("Apollo 12 landed in the Ocean of Storms.", "accept"),
    ("Neil Armstrong was the first person on the Moon.", "accept"),
    ("Apollo 17 was the last crewed lunar landing.", "accept"),
]


@pytest.fixture(scope="module")
def index(nlp) -> FactIndex:
    return build_index(FACTS, nlp)


def _store(tmp_path: Path, reviewed: list[tuple[str, str]] = REVIEWED) -> Path:
    claims = [Claim(f"c{i}", "notes.md", i + 1, i * 100, i * 100 + len(t), t) for i, (t, _) in enumerate(reviewed)]
    with StateStore(tmp_path) as s, s.transaction():
        s.replace_claims("notes.md", claims)
        for c, (_, decision) in zip(claims, reviewed):
            s.save_decision(Decision(c.claim_id, decision, source="notes.md", claim_text=c.text))
        s.mark_applied("c4", "new-1")
        s.save_decision(Decision("c99", "", note="only a note", source="notes.md", claim_text="x"))
    return tmp_path


def test_reviewed_claims_labels(tmp_path: Path) -> None:
    with StateStore(_store(tmp_path)) as s:
        items = reviewed_claims(s)
    assert [(r.claim.claim_id, r.wrong) for r in items][:5] == [
        ("c0", True), ("c1", True), ("c2", True), ("c3", True), ("c4", False)]
    assert len(items) == 10  # a row with only a note is no decision
    assert next(r for r in items if r.claim.claim_id == "c4").promoted_to == "new-1"


def test_supported_claims_nobody_disputed_are_taken_as_true(tmp_path: Path) -> None:
    _store(tmp_path)
    extra = [Claim(f"s{i}", "more.md", i + 1, i * 10, i * 10 + 5, f"Supported claim {i}.") for i in range(5)]
    with StateStore(tmp_path) as s, s.transaction():
        s.replace_claims("more.md", extra)
        s.save_matches([Match(c.claim_id, "supported", "a11", 0.9, "") for c in extra]
                       + [Match("c0", "supported", "a11", 0.9, "")])  # c0 has a decision: it stays decided
    with StateStore(tmp_path) as s:
        items = reviewed_claims(s)
        capped = reviewed_claims(s, presumed_true=2)
        again = reviewed_claims(s, presumed_true=2)
    presumed = [r for r in items if r.presumed]
    assert sorted(r.claim.claim_id for r in presumed) == [f"s{i}" for i in range(5)]
    assert all(not r.wrong for r in presumed)
    assert next(r for r in items if r.claim.claim_id == "c0").wrong  # its decision wins
    assert sum(r.presumed for r in capped) == 2 and capped == again  # a stable sample


def test_sweep_counts_what_each_rule_alone_contradicts(tmp_path: Path, index: FactIndex) -> None:
    with StateStore(_store(tmp_path)) as s:
        items = reviewed_claims(s)
    (rules,) = sweep(items, index, Thresholds())
    dates = next(p for p in rules.points if p.value == "dates")
    assert dates.flagged >= 3 and dates.hits == dates.flagged  # every one a reviewer rejected
    assert rules.suggested is None and "agree" in rules.why
    # a point that flags nothing has precision 0, not an error
    assert Point("ranks", 0, 0).precision == 0.0


def test_promoted_fact_is_left_out(tmp_path: Path, index: FactIndex) -> None:
    # c4 is word for word the fact it was promoted to; judged against that fact it would be supported
    with StateStore(_store(tmp_path)) as s:
        items = reviewed_claims(s)
    verdicts = dict(zip((r.claim.claim_id for r in items), calibrate._verdicts(items, index, Thresholds())))
    assert verdicts["c4"] != "supported"
    assert verdicts["c0"] == "contradicted"  # July 1970 against July 1969


def test_a_rule_reviewers_overturn_is_suggested_off(tmp_path: Path, index: FactIndex) -> None:
    # every claim the date rule contradicts was accepted as true: reviewers disagree with the rule
    overturned = [(t, "accept") if d != "accept" else (t, "reject") for t, d in REVIEWED]
    with StateStore(_store(tmp_path, overturned)) as s:
        items = reviewed_claims(s)
    (rules,) = sweep(items, index, Thresholds())
    assert rules.suggested == RULES - {"dates"}
    assert "switch off dates" in rules.why
    # and a rule that is off is suggested back on when reviewers rejected what it would contradict
    with StateStore(_store(tmp_path / "b")) as s:
        items = reviewed_claims(s)
    (rules,) = sweep(items, index, Thresholds(rules=RULES - {"dates"}))
    assert rules.suggested == RULES


def test_too_few_decisions_suggest_nothing(tmp_path: Path, index: FactIndex) -> None:
    with StateStore(_store(tmp_path, REVIEWED[:4])) as s:
        items = reviewed_claims(s)
    knobs = sweep(items, index, Thresholds())
    assert all(k.suggested is None and "too few decisions" in k.why for k in knobs)


def _curated(tmp_path: Path) -> Path:
    curated = tmp_path / "curated"
    curated.mkdir()
    lines = ["---", "id: space", "title: Space", "atomic_facts:"]
    for f in FACTS:
        lines += [f"  - id: {f.fact_id}", f"    statement: {f.statement}", "    source_title: t",
                  "    source_url: https://example.org", "    confidence: high"]
    (curated / "space.md").write_text("\n".join(lines + ["---", ""]), encoding="utf-8")
    return curated


def test_cli_calibrate_prints_and_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    state = _store(tmp_path / "state")
    config = tmp_path / "factledger.yaml"
    original = "# mine\nthresholds:\n  rules: [dates, names]  # kept comment\n"
    config.write_text(original, encoding="utf-8")
    args = ["calibrate", "--curated", str(_curated(tmp_path)), "--state", str(state), "--config", str(config)]
    assert main(args + ["--verbose"]) == 0
    out = capsys.readouterr().out
    assert "10 reviewed claims: 6 accepted, 4 rejected or disputed; 0 supported claims" in out
    assert "rules (now dates, names)" in out and "- ranks" in out  # a rule that is off is marked
    assert config.read_text(encoding="utf-8") == original  # nothing is written without --write

    # the suggestion rules have their own tests; here only what --write does with one
    real = calibrate.sweep
    monkeypatch.setattr(calibrate, "sweep", lambda *a, **k: [
        replace(k, suggested=frozenset({"dates"}), why="test") for k in real(*a, **k)])
    assert main(args + ["--write"]) == 0
    assert config.read_text(encoding="utf-8") == "# mine\nthresholds:\n  rules: [dates]  # kept comment\n"
    assert "wrote rules" in capsys.readouterr().out


def test_cli_calibrate_without_state(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calibrate", "--curated", str(_curated(tmp_path)), "--state", str(tmp_path / "none")]) == 2
    assert "no state database" in capsys.readouterr().err
    assert not (tmp_path / "none").exists()


def test_cli_calibrate_without_decisions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    claim = Claim("s1", "a.md", 1, 0, 5, "Apollo 11 landed on the Moon in July 1969.")
    with StateStore(tmp_path / "state") as s, s.transaction():
        s.replace_claims("a.md", [claim])
        s.save_matches([Match("s1", "supported", "a11", 0.9, "")])  # a supported claim is no decision
    assert main(["calibrate", "--curated", str(_curated(tmp_path)), "--state", str(tmp_path / "state")]) == 0
    out = capsys.readouterr().out
    assert "no reviewed claims yet" in out and "rules (now" not in out


def test_cli_calibrate_is_short_unless_verbose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the issue: three decisions printed about 130 lines, each ending "keep: too few decisions"
    state = _store(tmp_path / "state", REVIEWED[:3])
    args = ["calibrate", "--curated", str(_curated(tmp_path)), "--state", str(state),
            "--config", str(tmp_path / "none.yaml")]
    assert main(args) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["3 reviewed claims: 0 accepted, 3 rejected or disputed; 0 supported claims nobody disputed "
                   "taken as true",
                   "too few decisions to suggest a change: 10 needed, 3 of each kind (so far 0 accepted, 3 rejected "
                   "or disputed)",
                   "(--verbose shows the full sweep)"]
    assert main(args + ["--verbose"]) == 0
    assert len(capsys.readouterr().out.splitlines()) > 10  # every rule, with what it decides


def test_not_a_claim_teaches_extraction_not_truth(tmp_path: Path, index: FactIndex) -> None:
    state = _store(tmp_path, REVIEWED + [("Let's dive in!", "not-a-claim")])
    with StateStore(state) as s:
        items = reviewed_claims(s)
        ex = calibrate.extraction(s)
    assert len(items) == 10 and "Let's dive in!" not in [r.claim.text for r in items]  # no truth example
    assert (ex.decided, ex.not_claims) == (11, 1) and round(ex.precision, 3) == round(10 / 11, 3)
    knobs = sweep(items, index, Thresholds())
    text = calibrate.summary(items, knobs, ex)
    assert "1 of 11 decided rows were not claims (extraction precision 91%)" in text
    assert "rules: keep" in text  # enough decisions: one line per setting
