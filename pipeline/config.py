"""The match thresholds live in one YAML file (``factledger.yaml``); this reads and updates it.

    thresholds:
      support: 0.6
      semantic: false
      rules: [dates, numbers, ranks, opposites, polarity, actors, entailment]

Keys are the fields of ``verify.verifier.Thresholds``; a key left out keeps its default. Unknown keys,
wrong types and values out of range are errors that name the file and line. ``set_values``
rewrites only the lines of the keys it changes, so comments and layout survive.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from .errors import FactledgerError
from .verify.verifier import RULES, Thresholds


class ConfigError(FactledgerError):
    """A thresholds file that does not parse or names an unknown or ill-typed key."""


FIELDS = {f.name: f for f in dataclasses.fields(Thresholds)}


def _line_of(text: str, key: str, indent: str = r"\s+") -> int | None:
    m = re.search(rf"^{indent}{re.escape(key)}\s*:", text, re.MULTILINE)
    return text.count("\n", 0, m.start()) + 1 if m else None


def _coerce(key: str, value: Any, path: str, line: int | None) -> Any:
    default = getattr(Thresholds(), key)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{key} must be true or false, not {value!r}", path, line)
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ConfigError(f"{key} must be a whole number of 1 or more, not {value!r}", path, line)
        return value
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
            raise ConfigError(f"{key} must be a number from 0 to 1, not {value!r}", path, line)
        return float(value)
    if key == "rules":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"rules must be a list of rule names ({', '.join(sorted(RULES))})", path, line)
        unknown = sorted(set(value) - RULES)
        if unknown:
            raise ConfigError(f"unknown rule(s) {', '.join(unknown)}; known: {', '.join(sorted(RULES))}", path, line)
        return frozenset(value)
    raise ConfigError(f"{key} cannot be set here", path, line)  # pragma: no cover - every field is typed above


def loads_thresholds(text: str, path: str = "<thresholds>") -> Thresholds:
    """Thresholds from the text of a thresholds file."""
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise ConfigError(f"not valid YAML: {getattr(err, 'problem', None) or err}", path,
                          mark.line + 1 if mark else None) from err
    if not isinstance(data, dict) or not isinstance(data.get("thresholds", {}), dict):
        raise ConfigError("expected a mapping with a 'thresholds:' mapping inside", path, 1)
    unknown_top = sorted(set(data) - {"thresholds"})
    if unknown_top:
        raise ConfigError(f"unknown section(s): {', '.join(map(str, unknown_top))}", path,
                          _line_of(text, str(unknown_top[0]), ""))
    values = {}
    for key, value in (data.get("thresholds") or {}).items():
        line = _line_of(text, str(key))
        if key not in FIELDS:
            raise ConfigError(f"unknown threshold {key!r}; known: {', '.join(FIELDS)}", path, line)
        values[key] = _coerce(key, value, path, line)
    return Thresholds(**values)


def load_thresholds(path: Path | None) -> Thresholds:
    """The thresholds in ``path``; the defaults when it is None or does not exist."""
    if path is None or not path.exists():
        return Thresholds()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"cannot read: {err}", str(path)) from err
    return loads_thresholds(text, str(path))


def _yaml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, frozenset):
        return "[" + ", ".join(sorted(value)) + "]"
    return repr(value)


def dumps_thresholds(t: Thresholds) -> str:
    """A complete thresholds file for ``t``, each key with its meaning as a comment."""
    lines = ["# factledger match thresholds. `factledger calibrate` suggests values from reviewers' decisions;",
             "# `factledger calibrate --write` changes the suggested lines only.", "thresholds:"]
    for name in FIELDS:
        lines.append(f"  {name}: {_yaml_value(getattr(t, name))}")
    return "\n".join(lines) + "\n"


def set_values(text: str, changes: Mapping[str, Any]) -> str:
    """``text`` with the given keys set (an existing line is rewritten in place, a missing one appended)."""
    for key, value in changes.items():
        if key not in FIELDS:
            raise ConfigError(f"unknown threshold {key!r}")
        line = re.compile(rf"^(\s+{re.escape(key)}\s*:\s*)[^#\n]*?(\s*#.*)?$", re.MULTILINE)
        if line.search(text):
            text = line.sub(lambda m: f"{m.group(1)}{_yaml_value(value)}{m.group(2) or ''}", text, count=1)
        else:
            if "thresholds:" not in text:
                text = text + ("" if text.endswith("\n") or not text else "\n") + "thresholds:\n"
            text = text + ("" if text.endswith("\n") else "\n") + f"  {key}: {_yaml_value(value)}\n"
    return text
