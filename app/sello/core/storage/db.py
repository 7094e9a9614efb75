"""The one SQLite database: WAL, foreign keys, migrations, and the hash-chained audit log."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sello.core.storage.schema import MIGRATIONS

DB_FILENAME = "sello.db"
GENESIS_HASH = "0" * 64


def utc_now() -> str:
    """Canonical timestamp text stored everywhere: UTC, seconds, trailing Z."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    profile_id: str | None
    action: str
    subject: str
    detail: dict[str, Any]
    prev_hash: str
    hash: str


def _audit_hash(prev_hash: str, at: str, profile_id: str | None, action: str, subject: str, detail_json: str) -> str:
    material = json.dumps(
        [prev_hash, at, profile_id, action, subject, detail_json], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class Database:
    """A thin wrapper over one SQLite file. Thread-safe by serialising access."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    @classmethod
    def in_folder(cls, folder: str | Path) -> Database:
        return cls(Path(folder) / DB_FILENAME)

    # -- plumbing -----------------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        with self._lock:
            current = self.schema_version
            for version, script in MIGRATIONS:
                if version <= current:
                    continue
                # executescript commits implicitly; wrap by hand so a failure rolls back.
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    for statement in _split_sql(script):
                        self._conn.execute(statement)
                    self._conn.execute(f"PRAGMA user_version = {int(version)}")
                    self._conn.execute("COMMIT")
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work. Nested use joins the outer transaction."""
        with self._lock:
            if self._conn.in_transaction:
                yield self._conn
                return
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> sqlite3.Cursor:
        with self._lock:
            return self._conn.execute(sql, params)

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> sqlite3.Row | None:
        with self._lock:
            return self._conn.execute(sql, params).fetchone()

    def integrity_ok(self) -> bool:
        row = self.query_one("PRAGMA integrity_check")
        return row is not None and row[0] == "ok"

    # -- audit log ----------------------------------------------------------------
    def audit(
        self, action: str, subject: str = "", detail: dict[str, Any] | None = None, *, profile_id: str | None = None
    ) -> AuditEntry:
        """Append one entry to the hash chain (inside the caller's transaction if any)."""
        detail_json = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        with self.transaction() as conn:
            row = conn.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
            prev_hash = row[0] if row else GENESIS_HASH
            at = utc_now()
            digest = _audit_hash(prev_hash, at, profile_id, action, subject, detail_json)
            cur = conn.execute(
                "INSERT INTO audit_log (at, profile_id, action, subject, detail_json, prev_hash, hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (at, profile_id, action, subject, detail_json, prev_hash, digest),
            )
            return AuditEntry(int(cur.lastrowid or 0), at, profile_id, action, subject, detail or {}, prev_hash, digest)

    def audit_entries(self, *, subject: str | None = None) -> list[AuditEntry]:
        sql = "SELECT * FROM audit_log"
        params: tuple[Any, ...] = ()
        if subject is not None:
            sql += " WHERE subject = ?"
            params = (subject,)
        rows = self.query(sql + " ORDER BY seq", params)
        return [
            AuditEntry(
                r["seq"],
                r["at"],
                r["profile_id"],
                r["action"],
                r["subject"],
                json.loads(r["detail_json"]),
                r["prev_hash"],
                r["hash"],
            )
            for r in rows
        ]

    def verify_audit_chain(self) -> tuple[bool, str]:
        """Recompute every link. Returns (ok, reason)."""
        prev = GENESIS_HASH
        for r in self.query("SELECT * FROM audit_log ORDER BY seq"):
            if r["prev_hash"] != prev:
                return False, f"audit entry {r['seq']} does not follow entry before it"
            expected = _audit_hash(prev, r["at"], r["profile_id"], r["action"], r["subject"], r["detail_json"])
            if expected != r["hash"]:
                return False, f"audit entry {r['seq']} was altered"
            prev = r["hash"]
        return True, "audit chain intact"


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    buffer: list[str] = []
    for line in script.splitlines():
        stripped = line.split("--", 1)[0].rstrip()
        if not stripped.strip():
            continue
        buffer.append(stripped)
        text = "\n".join(buffer).strip()
        if text.endswith(";") and sqlite3.complete_statement(text):
            statements.append(text)
            buffer = []
    tail = "\n".join(buffer).strip()
    if tail:
        statements.append(tail)
    return statements


Connection = Database | sqlite3.Connection  # a table owner's functions take either


def rows_of(conn: Connection, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
    """Rows of a query on the database (under its lock) or inside a caller's transaction."""
    if isinstance(conn, Database):
        return conn.query(sql, params)
    return conn.execute(sql, params).fetchall()


def row_of(conn: Connection, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Row | None:
    """The first row of a query (see `rows_of`), or None."""
    if isinstance(conn, Database):
        return conn.query_one(sql, params)
    return conn.execute(sql, params).fetchone()
