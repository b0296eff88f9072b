"""pipeline.calibrate: reviewers' decisions as labelled examples for the match thresholds."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from flows.cli import main
from pipeline import calibrate
from pipeline.calibrate import Point, report, reviewed_claims, suggest_contradiction, suggest_support, sweep
from pipeline.match import FactIndex, Thresholds
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


def test_sweep_measures_contradictions_against_decisions(tmp_path: Path) -> None:
    with StateStore(_store(tmp_path)) as s:
        items = reviewed_claims(s)
    knobs = {k.name: k for k in sweep(items, FactIndex(FACTS), Thresholds())}
    now = next(p for p in knobs["contradict"].points if p.value == Thresholds().contradict)
    assert now.wrong_total == 4
    assert now.flagged >= 3 and now.hits == now.flagged  # every contradiction found is one a reviewer rejected
    assert knobs["contradict"].points[-1].value == 0.95
    # a bar no claim reaches flags nothing; precision and recall are then 0, not an error
    assert Point(0.95, 0, 0, 4).precision == 0.0 and Point(0.95, 0, 0, 4).recall == 0.0


def test_promoted_fact_is_left_out(tmp_path: Path) -> None:
    # c4 is word for word the fact it was promoted to; judged against that fact it would be supported
    with StateStore(_store(tmp_path)) as s:
        items = reviewed_claims(s)
    support = {k.name: k for k in sweep(items, FactIndex(FACTS), Thresholds())}["support"]
    assert all(p.flagged == 0 for p in support.points if p.value >= 0.5), support.points


def test_suggest_support_only_ever_raises() -> None:
    points = [Point(0.5, 4, 2, 3), Point(0.6, 3, 1, 3), Point(0.7, 2, 0, 3), Point(0.8, 1, 0, 3)]
    assert suggest_support(points, 0.6)[0] == 0.7  # the lowest bar that supports no rejected claim
    assert suggest_support(points, 0.7)[0] is None  # nothing rejected is supported: no reason to move
    assert suggest_support([Point(0.6, 2, 1, 3), Point(0.7, 1, 1, 3)], 0.6)[0] is None  # no value helps


def test_suggest_contradiction_takes_best_f1() -> None:
    points = [Point(0.3, 6, 4, 5), Point(0.4, 2, 2, 5), Point(0.5, 1, 1, 5)]
    value, why = suggest_contradiction(points, 0.4)
    assert value == 0.3 and "F1 0.73 against 0.57 now" in why
    assert suggest_contradiction(points, 0.3)[0] is None


def test_too_few_decisions_suggest_nothing(tmp_path: Path) -> None:
    with StateStore(_store(tmp_path, REVIEWED[:4])) as s:
        items = reviewed_claims(s)
    knobs = sweep(items, FactIndex(FACTS), Thresholds())
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
    original = "# mine\nthresholds:\n  contradict: 0.4  # kept comment\n"
    config.write_text(original, encoding="utf-8")
    args = ["calibrate", "--curated", str(_curated(tmp_path)), "--state", str(state), "--config", str(config)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "10 reviewed claims: 6 accepted, 4 rejected or disputed; 0 supported claims" in out
    assert "contradict (now 0.4)" in out and "* 0.40" in out
    assert config.read_text(encoding="utf-8") == original  # nothing is written without --write

    # the suggestion rules have their own tests; here only what --write does with one
    real = calibrate.sweep
    monkeypatch.setattr(calibrate, "sweep", lambda *a, **k: [
        replace(k, suggested=0.35, why="test") if k.name == "contradict" else k for k in real(*a, **k)])
    assert main(args + ["--write"]) == 0
    assert config.read_text(encoding="utf-8") == "# mine\nthresholds:\n  contradict: 0.35  # kept comment\n"
    assert "wrote contradict: 0.35" in capsys.readouterr().out


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
    assert "no reviewed claims yet" in out and "contradict (now" not in out
