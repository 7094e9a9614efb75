"""RFC 8785 JSON canonicalization (JCS), fast where it can be.

`rfc8785.dumps` walks the value in Python: about 1 ms for a Mill Test Report credential, and
signing, the TD1 encoder and its read-back check serialize a credential some twenty times
(issue 19 measured a fifth of sign + render there). Python's C JSON encoder with sorted keys,
no spaces and UTF-8 output writes the very same bytes whenever the value stays inside the
domain where the two agree, which `_plain` checks first:

- plain `dict` (string keys), `list`, `str`, `int`, `float`, `bool`, `None`;
- keys without characters at or above U+E000: JCS orders keys by UTF-16 code units, Python by
  code points, and the two orders differ only when such characters meet non-BMP ones;
- integers within ±(2**53 − 1) (JCS refuses the others);
- finite floats whose shortest form has no exponent and no ".0" tail (JCS writes 2.0 as 2
  and uses exponents past other thresholds; both take the shortest round-trip digits);
- strings the JSON encoder and JCS escape alike (both escape `"`, `\\`, controls with the same
  short forms and lowercase `\\u00xx`); a lone surrogate fails UTF-8 encoding and falls back.

Anything else is left to `rfc8785` itself, which also raises its errors. A property test
(tests/unit/core/test_jcs.py) compares the two on generated values.
"""

from __future__ import annotations

import json
from typing import Any

import rfc8785

CanonicalizationError = rfc8785.CanonicalizationError

_INT_LIMIT = 2**53 - 1
_KEY_LIMIT = "\ue000"
_encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode


def dumps(value: Any) -> bytes:
    """The JCS bytes of `value` (raises `CanonicalizationError` for what JCS cannot carry)."""
    if _plain(value):
        try:
            return _encode(value).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: rfc8785 names the problem
            pass
    return rfc8785.dumps(value)


def _plain(value: Any) -> bool:
    """Whether `value` lies where the JSON encoder writes JCS's bytes (see the module's notes);
    a loop over a stack, not recursion: it runs on every canonicalization."""
    stack = [value]
    push, pop = stack.extend, stack.pop
    while stack:
        item = pop()
        kind = type(item)
        if kind is str or kind is bool or item is None:
            continue
        if kind is dict:
            for key in item:
                if type(key) is not str or not (key.isascii() or max(key, default="") < _KEY_LIMIT):
                    return False
            push(item.values())
        elif kind is list:
            push(item)
        elif kind is int:
            if not -_INT_LIMIT <= item <= _INT_LIMIT:
                return False
        elif kind is float:
            text = repr(item)
            if "e" in text or "n" in text or text.endswith(".0"):  # "n": nan and inf
                return False
        else:
            return False
    return True
