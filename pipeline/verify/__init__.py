"""Verification: a claim judged against the curated facts by what it says (``verdict.py`` first)."""

STATEMENT_VERSION = "142"
"""Changes whenever ``reading.read`` changes what it returns: stored statements are then read
again. Here, not in reading.py, so that deciding whether a run has work to do imports no spaCy."""
