"""pipeline.config: the thresholds file, read with clear errors and updated line by line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import ConfigError, dumps_thresholds, load_thresholds, loads_thresholds, set_values
from pipeline.verify.verifier import RULES, Thresholds

REPO = Path(__file__).resolve().parent.parent


def test_shipped_file_holds_the_defaults() -> None:
    # the file in the repository is the documentation of every knob: it must say what the code does
    assert load_thresholds(REPO / "factledger.yaml") == Thresholds()


def test_missing_file_or_none_gives_defaults(tmp_path: Path) -> None:
    assert load_thresholds(None) == Thresholds()
    assert load_thresholds(tmp_path / "absent.yaml") == Thresholds()


def test_values_and_rules_are_read() -> None:
    t = loads_thresholds("thresholds:\n  semantic_act: 0.8\n  candidates: 5\n  semantic: true\n  rules: [dates]\n")
    assert (t.semantic_act, t.candidates, t.semantic, t.rules) == (0.8, 5, True, frozenset({"dates"}))
    assert loads_thresholds("thresholds:\n  candidates: 5\n").semantic_act == Thresholds().semantic_act  # left out: default


def test_dump_reads_back() -> None:
    t = Thresholds(semantic_act=0.55, rules=RULES - {"opposites"}, semantic=True)
    assert loads_thresholds(dumps_thresholds(t)) == t


@pytest.mark.parametrize(
    "text, message, line",
    [
        ("thresholds:\n  semantic_act: 0.6\n  semantic_ac: 0.5\n", "unknown threshold 'semantic_ac'", 3),
        ("thresholds:\n  semantic_act: high\n", "semantic_act must be a number from 0 to 1", 2),
        ("thresholds:\n  semantic_act: 1.5\n", "semantic_act must be a number from 0 to 1", 2),
        ("thresholds:\n  candidates: 0\n", "candidates must be a whole number of 1 or more", 2),
        ("thresholds:\n  semantic: 1\n", "semantic must be true or false", 2),
        ("thresholds:\n  rules: [dates, vibes]\n", "unknown rule(s) vibes", 2),
        ("thresholds:\n  semantic_act: [0.6\n", "not valid YAML", 3),
        ("- a list\n", "expected a mapping", 1),
        ("thresholds:\n  semantic_act: 0.6\nextra: 1\n", "unknown section(s): extra", 3),
    ],
)
def test_bad_file_names_file_and_line(tmp_path: Path, text: str, message: str, line: int) -> None:
    path = tmp_path / "factledger.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_thresholds(path)
    assert message in str(err.value)
    assert str(err.value).startswith(f"{path}:{line}:"), str(err.value)


def test_set_values_changes_only_its_lines() -> None:
    text = "# keep me\nthresholds:\n  # the paraphrase bar\n  semantic_act: 0.6  # why 0.6\n  candidates: 4\n"
    out = set_values(text, {"semantic_act": 0.75})
    assert out == "# keep me\nthresholds:\n  # the paraphrase bar\n  semantic_act: 0.75  # why 0.6\n  candidates: 4\n"
    assert loads_thresholds(out).semantic_act == 0.75
    # a rule set is written as a sorted list
    out = set_values(text, {"rules": RULES - {"names"}})
    assert loads_thresholds(out).rules == RULES - {"names"}


def test_set_values_appends_a_missing_key() -> None:
    out = set_values("thresholds:\n  semantic_act: 0.6\n", {"candidates": 7})
    assert loads_thresholds(out) == Thresholds(semantic_act=0.6, candidates=7)
    assert loads_thresholds(set_values("", {"semantic_act": 0.8})).semantic_act == 0.8


def test_set_values_refuses_unknown_key() -> None:
    with pytest.raises(ConfigError):
        set_values("thresholds:\n", {"nope": 1})
