"""Compact JSON text of the records the outputs write by the hundred thousand (claims, findings, the
report's data): orjson where it can write the value, the standard library where it cannot.

orjson writes the same values as `json.dumps(value, ensure_ascii=False, separators=(",", ":"))`: the
same strings, numbers that read back as the same floats (it writes 2.5e-7 where json writes 2.5e-07),
null for NaN where json writes the invalid NaN. It refuses integers beyond 64 bits ("a hundred trillion
trillion" is a whole float, written as an integer): such a value is written by the standard library.
On the claims and findings of the generated 20,000-document corpus it made the record lines 6-7 times
faster than json.dumps (claims 0.98 s -> 0.16 s, findings 0.49 s -> 0.07 s).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Final

import orjson

# Dataclasses go to `default` (which decides how one is written, as json's `default=` does), numpy
# scalars are numbers, keys that are not strings are written as text as json does.
_OPTIONS: Final = orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS


def dumps(value: Any, *, sort_keys: bool = False, default: Callable[[Any], Any] | None = None) -> str:
    """`value` as compact JSON text, non-ASCII characters as they are."""
    try:
        option = _OPTIONS | orjson.OPT_SORT_KEYS if sort_keys else _OPTIONS
        return orjson.dumps(value, default=default, option=option).decode()
    except orjson.JSONEncodeError:
        return json.dumps(
            value, ensure_ascii=False, sort_keys=sort_keys, separators=(",", ":"), default=default
        )
