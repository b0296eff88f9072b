"""pipeline.verify.statement: a statement as plain data, and the words of a name."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.verify.statement import Clause, Part, Statement, dumps, loads, name_words, with_shorthand


@pytest.mark.parametrize("text, words", [("Lady Mary Wortley Montagu", ("mary", "wortley", "montagu")),
                                         ("Jenner's", ("jenner",)), ("Pouilly-le-Fort", ("pouilly", "fort"))])
def test_name_words(text: str, words: tuple[str, ...]) -> None:
    assert name_words(text) == words


_words = st.text(alphabet="abcdefghij ", min_size=1, max_size=12)


@settings(deadline=None, max_examples=50)
@given(text=_words, role=st.sampled_from(["subj", "obj", "in"]), negated=st.booleans(),
       value=st.one_of(st.just(()), st.tuples(st.integers(1500, 2099), st.integers(1500, 2099), st.none())))
def test_dumps_loads_round_trip(text: str, role: str, negated: bool, value: tuple) -> None:
    s = Statement(text, (Clause("open", negated, False, True),),
                  (Part("date" if value else "name", text, (text.strip(),), role, "open", 0, True, value=value),),
                  referent=text, lemmas=("a", "b"))
    assert loads(dumps(s)) == s


def test_with_shorthand_reads_a_short_name_as_its_key_gives_it() -> None:
    st = Statement("HV's mangle, 1885", (Clause("", False, False, True),),
                   (Part("name", "HV's", ("hv",), "poss", "mangle", 0, True),
                    Part("thing", "mangle", ("mangle",), "topic", "", 0, True)))
    out = with_shorthand(st, {"HV": "Harriet Vole"})
    assert [(p.kind, p.text, p.words) for p in out.parts] == [
        ("name", "Harriet Vole", ("harriet", "vole")), ("thing", "mangle", ("mangle",))]
    assert out.text == "HV's mangle, 1885" and with_shorthand(st, {}) is st


# --- the thirty-ninth stop ---

@pytest.mark.parametrize("text, words", [("ODIs", ("odi",)), ("men's ODIs", ("men", "odi")), ("CFCs", ("cfc",)),
                                         # (not a name that ends in "s" in its own right)
                                         ("Wales", ("wales",)), ("NGOs", ("ngo",))])
def test_an_acronyms_plural_is_the_acronym(text: str, words: tuple[str, ...]) -> None:
    assert name_words(text) == words
