"""Prefect's settings, fixed before Prefect is imported: state under the project, quiet logs."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "60",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
    "DASK_LOGGING__DISTRIBUTED": "error",
}


def configure_prefect(state: Path) -> None:
    """Point ``PREFECT_HOME`` at ``STATE/prefect`` unless the user set one; quiet defaults."""
    state.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_HOME", str((state / "prefect").resolve()))
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)
