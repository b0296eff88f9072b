"""Prefect flows and the command line: thin wiring around ``pipeline``."""
