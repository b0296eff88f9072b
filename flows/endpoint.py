"""Which Prefect API an ingest reports to: ``PREFECT_API_URL``, or the server ``factledger serve`` runs.

``serve`` writes the URL it serves on to ``STATE/prefect-server/api-url`` and removes the
file when it stops; an ingest with the same state folder finds it there and, if the server
answers, runs its flow on it, so the run shows in that server's UI beside the scheduled ones.
Standard library only: this is read before Prefect is imported.
"""

from __future__ import annotations

import os
from pathlib import Path

from .server import healthy


def url_file(state: Path) -> Path:
    return state / "prefect-server" / "api-url"


def record(state: Path, api_url: str) -> None:
    path = url_file(state)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(api_url + "\n", encoding="utf-8")


def forget(state: Path, api_url: str) -> None:
    """Remove the record, unless another ``serve`` has since written its own."""
    path = url_file(state)
    try:
        if path.read_text(encoding="utf-8").strip() == api_url:
            path.unlink()
    except OSError:
        pass


def running_server(state: Path) -> str:
    """The API URL of a live Prefect server to report to, or "" when there is none.

    ``PREFECT_API_URL`` is taken as it is (Prefect itself reports it if it does not answer);
    the URL ``serve`` recorded only if it answers now.
    """
    url = os.environ.get("PREFECT_API_URL", "")
    if url:
        return url
    try:
        url = url_file(state).read_text(encoding="utf-8").strip()
    except OSError:
        return ""
    return url if url and healthy(url) else ""
