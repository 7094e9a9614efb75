"""The `settings` table's one owner: named values (preferences, the default profile, the
last open draft, crash notes). Every statement on the table is here; callers pass either
the `Database` or, inside their own transaction, its `sqlite3.Connection`."""

from __future__ import annotations

from sello.core.storage.db import Connection, rows_of


def get_setting(conn: Connection, name: str) -> str | None:
    rows = rows_of(conn, "SELECT value FROM settings WHERE name = ?", (name,))
    return str(rows[0]["value"]) if rows else None


def set_setting(conn: Connection, name: str, value: str) -> None:
    conn.execute(
        "INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (name, value),
    )


def delete_setting(conn: Connection, name: str) -> bool:
    """Remove a value; whether it was there."""
    return conn.execute("DELETE FROM settings WHERE name = ?", (name,)).rowcount == 1


def settings_with_prefix(conn: Connection, prefix: str) -> list[tuple[str, str]]:
    """(name, value) of every setting whose name starts with `prefix`, oldest first."""
    rows = rows_of(
        conn, "SELECT name, value FROM settings WHERE substr(name, 1, ?) = ? ORDER BY rowid", (len(prefix), prefix)
    )
    return [(str(r["name"]), str(r["value"])) for r in rows]
