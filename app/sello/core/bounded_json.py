"""The one JSON reader for input: size, value count and depth are measured first.

Python's `json` decoder recurses once per nesting level (100,000 levels is a
`RecursionError`) and builds every value before anyone can count them (a 20 MB
array of `{}` is 6.7 million dicts, over a gigabyte). Here the text is measured
with C-speed string operations first:

1. its size against the entry point's byte bound;
2. strings are blanked out (one regular expression), then `{`, `[` and `,` are
   counted: an upper bound of the values `json.loads` would build;
3. only the brackets left (at most twice the value bound) are walked for depth.

Only then does `json.loads` run. Syntax errors stay `ValueError` (callers keep their
own "not JSON" messages); a bound that is exceeded is a `LimitError` naming it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from sello.core.limits import JsonBounds, json_bounds, refuse

# A JSON string, escapes included; an unterminated one runs to the end of the text. Possessive
# quantifiers and the end-of-text alternative mean a match never fails and is never retried from a
# later quote, so blanking is linear even for thousands of unterminated quotes (json.loads then
# refuses the syntax). A regex that could fail made hostile text take seconds.
_STRING = re.compile(r'"(?:[^"\\]++|\\.|\\\Z)*+(?:"|\Z)', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_OPENING = frozenset("[{")


_THE_INPUT = {"en": "The input", "es": "La entrada"}


def measure_json(text: str, bounds: JsonBounds, what: str | Mapping[str, str]) -> None:
    """Raise `LimitError` if `text` is over `bounds`; otherwise return (syntax is not checked)."""
    if len(text) > bounds.max_bytes:
        raise refuse("json_bytes", what=what, size=f"{len(text):,}", limit=f"{bounds.max_bytes:,}")
    if "[" not in text and "{" not in text:
        return
    bare = _STRING.sub("", text) if '"' in text else text
    opening = bare.count("[") + bare.count("{")
    if opening + bare.count(",") > bounds.max_values:
        raise refuse("json_values", what=what, limit=f"{bounds.max_values:,}")
    depth = 0
    for char in _NOT_BRACKET.sub("", bare):
        if char in _OPENING:
            depth += 1
            if depth > bounds.max_depth:
                raise refuse("json_depth", what=what, limit=f"{bounds.max_depth:,}")
        else:
            depth -= 1


def loads_bounded(
    data: str | bytes,
    entry_point: str | JsonBounds,
    *,
    what: str | Mapping[str, str] = _THE_INPUT,
    encoding: str = "utf-8",
    object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None,
    parse_constant: Callable[[str], Any] | None = None,
) -> Any:
    """`json.loads` behind the bounds of `entry_point` (a name from `limits.JSON_ENTRY_POINTS`).

    Raises `LimitError` for input over a bound, `ValueError` (incl. `UnicodeDecodeError`)
    for input that is not JSON.
    """
    bounds = json_bounds(entry_point) if isinstance(entry_point, str) else entry_point
    if isinstance(data, bytes | bytearray):
        if len(data) > bounds.max_bytes:
            raise refuse("json_bytes", what=what, size=f"{len(data):,}", limit=f"{bounds.max_bytes:,}")
        data = bytes(data).decode(encoding)
    measure_json(data, bounds, what)
    try:
        return json.loads(data, object_pairs_hook=object_pairs_hook, parse_constant=parse_constant)
    except RecursionError:  # pragma: no cover - depth is measured above; kept as a last line
        raise refuse("json_depth", what=what, limit=f"{bounds.max_depth:,}") from None
