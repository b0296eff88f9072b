"""pipeline.boundedyaml: what yaml.safe_load gives, within limits, with duplicate keys refused."""

from __future__ import annotations

import time

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import boundedyaml
from pipeline.boundedyaml import Limits
from pipeline.errors import FrontMatterError

SMALL = Limits(max_chars=1_000, max_depth=4, max_nodes=50)


@pytest.mark.parametrize("text", [
    "", "# only a comment\n", "a: 1\nb: [1, 2, {c: d}]\n", "d: 2024-01-02\nt: yes\nn: ~\nf: 1.5\ns: '1'\n",
    "a: &x {k: v}\nb: *x\nc:\n  <<: *x\n  z: 1\n",  # anchors, an alias and a merge key are fine
    "x: !!str 12\n", "- a\n- b\n", "a: |\n  literal\n  lines\n", "{a: 1, b: [x, y]}\n",
])
def test_same_values_as_safe_load(text: str) -> None:
    assert boundedyaml.load(text, "x.md", 2, SMALL) == yaml.safe_load(text)


_scalar = st.one_of(st.text(max_size=10), st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False))
_value = st.recursive(_scalar, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=5), inner, max_size=4)),
                      max_leaves=20)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.text(max_size=8), _value, max_size=5), st.booleans())
def test_round_trip_of_dumped_data(data: dict, flow: bool) -> None:
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True)
    # libyaml's reading, as before this module (it takes U+0085 for a line break, unlike PyYAML's)
    assert boundedyaml.load(text, "x.md") == yaml.load(text, Loader=yaml.CSafeLoader)


@pytest.mark.parametrize("text, line, words", [
    ("a: 1\nb: 2\na: 3\n", 4, "duplicate key 'a' (first on line 2)"),
    ("m: {x: 1, x: 2}\n", 2, "duplicate key 'x'"),
    ("top:\n  k: 1\n  k: 2\n", 4, "duplicate key 'k' (first on line 3)"),  # nested mappings too
    ("a: *nope\n", 2, "alias *nope names no anchor"),
    ("a: &a [*a]\n", 2, "alias *a refers to itself"),
    ("a: &a 1\nb: &a 2\n", 3, "anchor &a is defined twice"),
    ("a: [[[[[1]]]]]\n", 2, "nests deeper than 4 levels"),
    # b stands for 1 + 5 * 10 items: over the limit on its own line, before anything uses it
    ("a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]\nb: &b [*a, *a, *a, *a, *a]\nc: [*b]\n", 3, "expands to more than 50 items"),
    ("a: 1\n---\nb: 2\n", 3, "more than one YAML document"),
    ("a: 2024-02-30\n", 2, "cannot be read: day is out of range"),
    ("x: !!python/object/apply:os.system ['true']\n", 2, "not valid YAML: could not determine a constructor"),
    ("a: [unclosed\n", 3, "not valid YAML"),
    ("t: " + "x" * 1_000 + "\n", 2, "1,004 characters; the limit is 1,000"),
])
def test_errors_name_the_file_line(text: str, line: int, words: str) -> None:
    with pytest.raises(FrontMatterError) as exc:
        boundedyaml.load(text, "notes/x.md", 2, SMALL)
    assert (exc.value.path, exc.value.line) == ("notes/x.md", line)
    assert words in exc.value.message


def test_merge_keys_are_not_duplicates() -> None:
    text = "base: &b {k: 1}\none:\n  <<: *b\n  <<: *b\n  z: 2\n"
    assert boundedyaml.load(text, "x.md", 1, SMALL)["one"] == {"k": 1, "z": 2}


def test_alias_expansion_is_counted_in_linear_time() -> None:
    # 30 levels of doubling stand for 2**30 items; counting them must not walk them
    lines = ["a0: &a0 [x, x]"] + [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]" for i in range(1, 30)]
    start = time.perf_counter()
    with pytest.raises(FrontMatterError, match="expands to more than 10,000"):
        boundedyaml.load("\n".join(lines), "x.md", 1, boundedyaml.NOTE)
    assert time.perf_counter() - start < 1.0


def test_depth_is_checked_before_a_recursive_composer_could_overflow() -> None:
    with pytest.raises(FrontMatterError, match="nests deeper than 32"):
        boundedyaml.compose("a: " + "[" * 200_000, "x.md", 1, boundedyaml.ARTICLE)


def test_compose_keeps_positions_for_edits() -> None:
    root = boundedyaml.compose("id: a\nlist:\n  - one\n  - two\n", "x.md")
    [(_, _), (key, seq)] = root.value
    assert key.value == "list" and [n.start_mark.line for n in seq.value] == [2, 3]
