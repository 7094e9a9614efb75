"""Notes for two-step writes, so a crash between the steps is undone at the next start.

Some work writes outside the database first and records it in the database second: a
PDF is written, then its document row; a private key goes into the key store, then its
key row. A note is committed *before* the outside write and removed in the same
transaction that records the result. A note still present later means the process
died in between; the owner of that kind of work undoes the outside write
(`document_files.reconcile_documents`, `KeyManager` when it opens its key store).

Notes are rows of the `settings` table named ``pending.<kind>.<subject>`` with a JSON
detail (what to undo).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from sello.core.storage.db import Database
from sello.core.storage.settings import delete_setting, get_setting, set_setting, settings_with_prefix

_PREFIX = "pending."


@dataclass(frozen=True)
class PendingWrite:
    kind: str  # "pdf", "key-secret"
    subject: str  # what was being written: a document id, a key id
    detail: dict[str, Any]


def _name(kind: str, subject: str) -> str:
    return f"{_PREFIX}{kind}.{subject}"


def note(db: Database, kind: str, subject: str, detail: dict[str, Any]) -> None:
    """Record (and commit: it must be durable before the outside write) a write about to happen."""
    with db.transaction() as conn:
        set_setting(conn, _name(kind, subject), json.dumps(detail, sort_keys=True))


def clear(conn: sqlite3.Connection | Database, kind: str, subject: str) -> bool:
    """Remove a note (inside the caller's transaction when given its connection).
    Returns whether it was there."""
    return delete_setting(conn, _name(kind, subject))


def is_noted(conn: sqlite3.Connection | Database, kind: str, subject: str) -> bool:
    return get_setting(conn, _name(kind, subject)) is not None


def pending_writes(db: Database, kind: str) -> list[PendingWrite]:
    """Every note of one kind, oldest first."""
    prefix = _name(kind, "")
    rows = [{"name": name, "value": value} for name, value in settings_with_prefix(db, prefix)]
    out = []
    for row in rows:
        try:
            detail = json.loads(row["value"])
        except ValueError:
            detail = {}
        out.append(PendingWrite(kind, row["name"][len(prefix) :], detail if isinstance(detail, dict) else {}))
    return out
