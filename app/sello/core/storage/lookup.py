"""Finding a row by the first characters of its id, the way people type ids.

One `resolve_id_prefix` for every table whose ids users type (documents, trust lists,
keys): the exact id wins; otherwise the one id starting with the text (also after
`urn:uuid:`); `%` and `_` in the text match themselves.
"""

from __future__ import annotations

from collections.abc import Mapping

from sello.core.errors import InputError
from sello.core.i18n import Message
from sello.core.storage.db import Database


def resolve_id_prefix(db: Database, table: str, text: str, *, what: str | Mapping[str, str]) -> str:
    """The one id of `table` that is `text` or starts with it (also after `urn:uuid:`);
    `%` and `_` in `text` match themselves. `what` names the thing in messages."""
    if table not in _PREFIX_TABLES:
        raise ValueError(f"ids of {table!r} are not looked up by prefix")
    pattern = like_prefix(text)
    rows = db.query(
        f"SELECT id FROM {table} WHERE id = ? OR id LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\' ORDER BY id",
        (text, pattern, "urn:uuid:" + pattern),
    )
    ids = list(dict.fromkeys(r["id"] for r in rows))
    if text in ids:
        return text
    if not ids:
        raise InputError(Message("documents.no_match", what=what, text=repr(text)))
    if len(ids) > 1:
        raise InputError(Message("documents.ambiguous", text=repr(text), count=len(ids), what=what))
    return str(ids[0])


_PREFIX_TABLES = frozenset({"documents", "trust_lists", "keys"})


def like_literal(text: str) -> str:
    """`text` inside a LIKE pattern with `ESCAPE '\\'`: its wildcards match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_prefix(text: str) -> str:
    """A LIKE pattern (with `ESCAPE '\\'`) for values starting with `text` literally."""
    return like_literal(text) + "%"


def like_contains(text: str) -> str:
    """A LIKE pattern (with `ESCAPE '\\'`) for values containing `text` literally."""
    return "%" + like_literal(text) + "%"
