"""A bounded, process-wide memo for what the PDF builders make once and reuse across
documents (font programs, glyph-width arrays, glyph codes, parsed paragraphs)."""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def remember(cache: dict[K, V], limit: int, key: K, value: V) -> V:
    """Store `value` under `key`, dropping the oldest entry when `cache` holds `limit`."""
    if len(cache) >= limit:
        cache.pop(next(iter(cache)))
    cache[key] = value
    return value
