"""factledger: offline claim extraction and fact verification.

The library is pure: functions from text to data, with file I/O kept in thin
``read_*``/``write_*`` helpers at the edges. ``flows/`` wires it into Prefect.
"""

__version__ = "0.1.0"
