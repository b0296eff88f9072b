"""Shared fixtures. Prefect's settings are fixed before anything imports Prefect."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_PREFECT_HOME = tempfile.mkdtemp(prefix="factledger-test-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ.pop("PREFECT_API_URL", None)
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["PREFECT_LOGGING_LEVEL"] = "WARNING"
os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] = "60"

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect server for the whole session (starting one costs seconds)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield


@pytest.fixture(scope="session")
def nlp():
    """The trained spaCy pipeline, loaded once."""
    from pipeline.nlp import load_nlp

    return load_nlp()


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A private copy of the shipped demo corpus: tmp/raw, tmp/curated."""
    shutil.copytree(REPO / "raw", tmp_path / "raw")
    shutil.copytree(REPO / "curated", tmp_path / "curated")
    return tmp_path


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_PREFECT_HOME, ignore_errors=True)


TINY_ARTICLE = """---
id: tiny
atomic_facts:
  - id: tiny-tf
    statement: Google released TensorFlow as open source in 2015.
    source_title: TensorFlow
    source_url: https://www.tensorflow.org/
    confidence: high
  - id: tiny-eleuther
    statement: EleutherAI was formed in 2020 as a grassroots collective of researchers.
    source_title: EleutherAI
    source_url: https://www.eleuther.ai/
    confidence: medium
updated: "2026-01-01"
---
"""


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    """raw, curated, review and state folders: one note with a supported, a contradicted and an
    unverified claim against a two-fact article (the flow and reporting tests)."""
    raw, curated, review, state = (tmp_path / n for n in ("raw", "curated", "review", "state"))
    (raw / "notes").mkdir(parents=True)
    curated.mkdir()
    (curated / "tiny.md").write_text(TINY_ARTICLE, encoding="utf-8")
    (raw / "notes" / "a.md").write_text(
        "# Notes\n\n2015: TensorFlow released by Google.\n2019: EleutherAI forms as a collective.\n"
        "Bananas are rich in potassium and grow in the tropics.\n", encoding="utf-8")
    return raw, curated, review, state


GOOD_NOTE = "# Notes\n\nGoogle released TensorFlow as open source in 2015.\n"
GOOD_ARTICLE = """---
id: ai
atomic_facts:
  - id: ai-tf
    statement: Google released TensorFlow as open source in 2015.
    source_title: TensorFlow
    source_url: https://www.tensorflow.org/
    confidence: high
---
"""


@pytest.fixture
def good_corpus(tmp_path: Path) -> tuple[Path, Path]:
    """raw and curated folders holding one good note and the one fact it states, for tests
    that add a bad input beside them (the good file must still be processed)."""
    raw, curated = tmp_path / "raw", tmp_path / "curated"
    raw.mkdir()
    curated.mkdir()
    (raw / "good.md").write_text(GOOD_NOTE, encoding="utf-8")
    (curated / "ai.md").write_text(GOOD_ARTICLE, encoding="utf-8")
    return raw, curated
