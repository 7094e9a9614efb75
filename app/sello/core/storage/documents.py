"""The `documents` table's one owner: every SQL statement on issued documents is here.

Issuing (`documents.issuance`), revoking (`trust.statuslist`), the website check
(`trust.publish`), the key directory, drafts, the Documents page and the CLI all call
these functions; none writes its own query. Functions that take a `sqlite3.Connection`
run inside the caller's transaction (see `Database.transaction`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sello.core.errors import NotFoundError
from sello.core.i18n import Message
from sello.core.storage.db import Database, row_of, rows_of
from sello.core.storage.lookup import like_prefix

_COLUMNS = (
    "id, profile_id, doctype, key_id, title, counterparty, pdf_path, status_list, status_index, issued_at,"
    " revoked_at, revoke_reason, export_refs"
)


@dataclass(frozen=True)
class DocumentRecord:
    """One issued document as recorded (the signed token is read separately: it is large)."""

    id: str
    profile_id: str
    doctype: str
    key_id: str
    title: str
    counterparty: str
    pdf_path: Path | None
    status_list: str | None
    status_index: int | None
    issued_at: str
    revoked_at: str | None
    revoke_reason: str | None
    export_refs: str = ""  # pedimento digits, CFDI folio fiscal, IdCCP (space separated)

    @property
    def revoked(self) -> bool:
        return bool(self.revoked_at)

    @property
    def short_id(self) -> str:
        return self.id.rsplit(":", 1)[-1][:8]

    @property
    def file_stem(self) -> str:
        """A file name for exports: the document number and the id's first characters."""
        safe = "".join(c if c.isalnum() or c in "._-" else "-" for c in self.title).strip("-.")[:60]
        return f"{safe or 'document'}-{self.short_id}"


@dataclass(frozen=True)
class NewDocument:
    """What issuing records about a document, in the same transaction as its PDF."""

    id: str
    profile_id: str
    doctype: str
    key_id: str
    title: str
    counterparty: str
    vc_jwt: str
    pdf_path: str | None  # None: issued without a printed PDF (the API)
    status_list: str | None
    status_index: int | None
    issued_at: str
    export_refs: str = ""  # documents.export_refs.export_references of the subject


def _record(row: Any) -> DocumentRecord:
    return DocumentRecord(
        row["id"],
        row["profile_id"],
        row["doctype"],
        row["key_id"],
        row["title"],
        row["counterparty"],
        Path(row["pdf_path"]) if row["pdf_path"] else None,
        row["status_list"],
        row["status_index"],
        row["issued_at"],
        row["revoked_at"],
        row["revoke_reason"],
        row["export_refs"],
    )


# -- reading -----------------------------------------------------------------------------
def list_documents(db: Database, profile_id: str | None = None, *, newest_first: bool = True) -> list[DocumentRecord]:
    """One company's documents (or every company's, with `profile_id` None)."""
    order = "issued_at DESC, rowid DESC" if newest_first else "issued_at, id"
    if profile_id is None:
        rows = db.query(f"SELECT {_COLUMNS} FROM documents ORDER BY {order}")
    else:
        rows = db.query(f"SELECT {_COLUMNS} FROM documents WHERE profile_id = ? ORDER BY {order}", (profile_id,))
    return [_record(r) for r in rows]


def recent_documents(db: Database, profile_id: str, limit: int) -> list[DocumentRecord]:
    rows = db.query(
        f"SELECT {_COLUMNS} FROM documents WHERE profile_id = ? ORDER BY issued_at DESC, rowid DESC LIMIT ?",
        (profile_id, int(limit)),
    )
    return [_record(r) for r in rows]


def find_document(db: Database | sqlite3.Connection, document_id: str) -> DocumentRecord | None:
    row = row_of(db, f"SELECT {_COLUMNS} FROM documents WHERE id = ?", (document_id,))
    return None if row is None else _record(row)


def get_document(db: Database | sqlite3.Connection, document_id: str) -> DocumentRecord:
    record = find_document(db, document_id)
    if record is None:
        raise NotFoundError(Message("documents.not_found", document_id=document_id))
    return record


def document_token(db: Database | sqlite3.Connection, document_id: str, profile_id: str | None = None) -> str:
    """The signed `vc+jwt` exactly as issued (of this company's document, when given)."""
    if profile_id is None:
        row = row_of(db, "SELECT vc_jwt FROM documents WHERE id = ?", (document_id,))
    else:
        row = row_of(db, "SELECT vc_jwt FROM documents WHERE id = ? AND profile_id = ?", (document_id, profile_id))
    if row is None:
        raise NotFoundError(Message("documents.not_found", document_id=document_id))
    return str(row["vc_jwt"])


def signed_tokens(db: Database) -> list[tuple[str, str]]:
    """(id, vc_jwt) of every document, oldest first."""
    return [(r["id"], r["vc_jwt"]) for r in db.query("SELECT id, vc_jwt FROM documents ORDER BY issued_at, id")]


def document_exists(conn: Database | sqlite3.Connection, document_id: str) -> bool:
    return row_of(conn, "SELECT 1 FROM documents WHERE id = ?", (document_id,)) is not None


def recorded_pdf_paths(conn: Database | sqlite3.Connection) -> set[str]:
    rows = rows_of(conn, "SELECT pdf_path FROM documents WHERE pdf_path IS NOT NULL")
    return {str(r["pdf_path"]) for r in rows}


def count_signed_by_key(db: Database, key_id: str) -> int:
    row = db.query_one("SELECT COUNT(*) FROM documents WHERE key_id = ?", (key_id,))
    return int(row[0]) if row is not None else 0


def ids_at_status_indexes(db: Database, list_id: str, indexes: Sequence[int]) -> list[str]:
    """The documents whose revocation entries are these indexes of this status list."""
    if not indexes:
        return []
    marks = ",".join("?" * len(indexes))
    query = f"SELECT id FROM documents WHERE status_list = ? AND status_index IN ({marks})"
    return [r["id"] for r in db.query(query, (list_id, *indexes))]


def ids_with_export_reference(db: Database, text: str, profile_id: str | None = None) -> list[str]:
    """Ids of the documents carrying the export reference `text`: a pedimento however it is
    spaced ("26  24  3420  6001234" finds 262434206001234, and so does its consecutive
    "6001234"), a CFDI folio fiscal or a Carta Porte IdCCP (any case). Newest first."""
    wanted = "".join(text.split()).replace("-", "") if _looks_numeric(text) else text.strip()
    if not wanted:
        return []
    pattern = "%" + like_prefix(wanted.upper())
    query = "SELECT id FROM documents WHERE upper(export_refs) LIKE ? ESCAPE '\\'"
    params: tuple[Any, ...] = (pattern,)
    if profile_id is not None:
        query += " AND profile_id = ?"
        params += (profile_id,)
    return [r["id"] for r in db.query(query + " ORDER BY issued_at DESC", params)]


def _looks_numeric(text: str) -> bool:
    return bool(text.strip()) and all(c.isdigit() or c in " -" for c in text.strip())


# -- writing (inside the caller's transaction) ------------------------------------------
def insert_document(conn: sqlite3.Connection, document: NewDocument) -> None:
    conn.execute(
        "INSERT INTO documents (id, profile_id, doctype, key_id, title, counterparty, vc_jwt, pdf_path,"
        " status_list, status_index, issued_at, export_refs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            document.id,
            document.profile_id,
            document.doctype,
            document.key_id,
            document.title,
            document.counterparty,
            document.vc_jwt,
            document.pdf_path,
            document.status_list,
            document.status_index,
            document.issued_at,
            document.export_refs,
        ),
    )


def mark_revoked(conn: sqlite3.Connection, document_id: str, revoked_at: str, reason: str) -> None:
    conn.execute(
        "UPDATE documents SET revoked_at = ?, revoke_reason = ? WHERE id = ?", (revoked_at, reason, document_id)
    )


def set_pdf_path(db: Database, document_id: str, path: Path) -> None:
    db.execute("UPDATE documents SET pdf_path = ? WHERE id = ?", (str(path), document_id))
