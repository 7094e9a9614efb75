"""The `keys` table's one owner: every SQL statement on signing-key records is here.

The read-only `KeyDirectory`, the secret-holding `KeyManager`, the website kit, bundles,
the Documents page and the command line all call these functions; none writes its own
query. Rows are returned as `sqlite3.Row`; `KeyDirectory` turns them into `KeyRecord`s.
Functions taking a connection run inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sello.core.storage.db import Connection, Database, row_of, rows_of

# active keys first (newest first), then retired ones
KEY_ORDER = " ORDER BY retired_at IS NOT NULL, created_at DESC, rowid DESC"


@dataclass(frozen=True)
class NewKeyRow:
    id: str
    profile_id: str
    alg: str
    public_jwk: str  # JSON text (sorted keys)
    did: str
    kid: str
    label: str
    store: str
    created_at: str
    retired_at: str | None


# -- reading -------------------------------------------------------------------------------
def key_rows(db: Database, profile_id: str, *, include_retired: bool = True) -> list[sqlite3.Row]:
    sql = "SELECT * FROM keys WHERE profile_id = ?" + ("" if include_retired else " AND retired_at IS NULL")
    return rows_of(db, sql + KEY_ORDER, (profile_id,))


def key_rows_by_kid(db: Database, profile_id: str, kid: str) -> list[sqlite3.Row]:
    return rows_of(db, "SELECT * FROM keys WHERE profile_id = ? AND kid = ?", (profile_id, kid))


def key_rows_by_prefix(db: Database, profile_id: str, prefix: str) -> list[sqlite3.Row]:
    """Keys whose id starts with `prefix` (compared as text, so `%` and `_` are literal)."""
    return rows_of(
        db, "SELECT * FROM keys WHERE profile_id = ? AND substr(id, 1, ?) = ?", (profile_id, len(prefix), prefix)
    )


def key_row(conn: Connection, key_id: str) -> sqlite3.Row | None:
    return row_of(conn, "SELECT * FROM keys WHERE id = ?", (key_id,))


def store_of_key_prefix(db: Database, profile_id: str, prefix: str) -> str | None:
    """Which store holds the one key whose id starts with `prefix` (None: no key, or several)."""
    rows = key_rows_by_prefix(db, profile_id, prefix)
    return str(rows[0]["store"]) if len(rows) == 1 else None


def web_dids(db: Database, profile_id: str) -> list[str]:
    """The profile's did:web DIDs (each needs its did.json published)."""
    rows = rows_of(
        db,
        "SELECT DISTINCT did FROM keys WHERE profile_id = ? AND substr(did, 1, 8) = 'did:web:' ORDER BY did",
        (profile_id,),
    )
    return [str(r["did"]) for r in rows]


def profile_dids(db: Database, profile_id: str) -> set[str]:
    return {str(r["did"]) for r in rows_of(db, "SELECT DISTINCT did FROM keys WHERE profile_id = ?", (profile_id,))}


def public_jwks_of_did(db: Database, did: str, profile_id: str | None = None) -> list[str]:
    """The public JWKs (JSON text) of a DID's keys, active first: of one profile, or of any."""
    if profile_id is None:
        return [
            str(r["public_jwk"]) for r in rows_of(db, "SELECT public_jwk FROM keys WHERE did = ?" + KEY_ORDER, (did,))
        ]
    sql = "SELECT public_jwk FROM keys WHERE profile_id = ? AND did = ?" + KEY_ORDER
    return [str(r["public_jwk"]) for r in rows_of(db, sql, (profile_id, did))]


def newest_active_key_id(conn: Connection, profile_id: str) -> str | None:
    row = row_of(
        conn,
        "SELECT id FROM keys WHERE profile_id = ? AND retired_at IS NULL ORDER BY created_at DESC, rowid DESC",
        (profile_id,),
    )
    return None if row is None else str(row["id"])


def usable_key_summary(db: Database, profile_id: str, key_id: str) -> sqlite3.Row | None:
    """id, alg, label, store and did of a key that can still sign (not retired, not deleted)."""
    return row_of(
        db,
        "SELECT id, alg, label, store, did FROM keys"
        " WHERE id = ? AND profile_id = ? AND retired_at IS NULL AND deleted_at IS NULL",
        (key_id, profile_id),
    )


def key_summaries(db: Database, profile_id: str) -> list[sqlite3.Row]:
    """id, alg, label, store and did of every key of a profile, active first (for pickers)."""
    return rows_of(db, "SELECT id, alg, label, store, did FROM keys WHERE profile_id = ?" + KEY_ORDER, (profile_id,))


# -- writing (inside the caller's transaction) -------------------------------------------------
def insert_key(conn: sqlite3.Connection, row: NewKeyRow) -> None:
    conn.execute(
        "INSERT INTO keys (id, profile_id, alg, public_jwk, did, kid, label, store, created_at, retired_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            row.id,
            row.profile_id,
            row.alg,
            row.public_jwk,
            row.did,
            row.kid,
            row.label,
            row.store,
            row.created_at,
            row.retired_at,
        ),
    )


def retire_key(conn: sqlite3.Connection, key_id: str, at: str) -> None:
    conn.execute("UPDATE keys SET retired_at = ? WHERE id = ?", (at, key_id))


def rename_key(conn: sqlite3.Connection, key_id: str, label: str) -> None:
    conn.execute("UPDATE keys SET label = ? WHERE id = ?", (label, key_id))


def mark_deleted(conn: sqlite3.Connection, key_id: str, at: str) -> None:
    """The private part is gone; the public part stays so signed documents keep verifying."""
    conn.execute("UPDATE keys SET retired_at = COALESCE(retired_at, ?), deleted_at = ? WHERE id = ?", (at, at, key_id))


def delete_key(conn: sqlite3.Connection, key_id: str) -> None:
    conn.execute("DELETE FROM keys WHERE id = ?", (key_id,))


def set_key_store(conn: sqlite3.Connection, key_id: str, store: str) -> None:
    """The private part is (again) in `store` (a restored backup)."""
    conn.execute("UPDATE keys SET store = ?, deleted_at = NULL WHERE id = ?", (store, key_id))
