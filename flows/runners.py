"""Where the batches run: Prefect's default thread pool, or a Dask cluster through prefect-dask."""

from __future__ import annotations

from prefect import Flow

from pipeline.errors import FactledgerError


def with_runner(flow: Flow, dask: str = "") -> Flow:
    """``flow`` as is, or with a ``DaskTaskRunner``: ``dask`` is a scheduler address or ``local``."""
    if not dask:
        return flow
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError:
        raise FactledgerError("--dask needs the dask extra: pip install 'factledger[dask]'") from None
    if dask == "local":
        runner = DaskTaskRunner(cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": True,
                                                "dashboard_address": None})
    else:
        runner = DaskTaskRunner(address=dask)
    return flow.with_options(task_runner=runner)
