"""Verification history: every verdict this computer reached, kept in the `verifications`
table, searchable and exportable as CSV. (No Qt.)

    record_verification(db, verdict, source="camera")
    rows = search_verifications(db, "A24-11873", verdict="red")
    count = export_history_csv(db, path, "aceros")

A record holds what an officer looks for later: when, which document (its credential
id and its own number, like "MTR-2024-031187"), its type, the issuer (DID and name as
the document states it), the verdict colour, the one-sentence summary (English, the
stored language) and how it was read (camera, scanner, file, cli). Input that could
not be read at all is not a verdict and is not recorded.

Search: every word of the query must appear, in any letter case, in one of the
record's texts. The CSV is UTF-8 with a header row; cells that a spreadsheet would
run as a formula (a document can name its issuer "=HYPERLINK(...)") are prefixed
with an apostrophe.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sello.core.credentials.verdict import Verdict, document_type_name
from sello.core.paths import atomic_write
from sello.core.storage.db import Database, utc_now
from sello.core.storage.lookup import like_contains

SOURCES = ("camera", "scanner", "file", "cli")
VERDICTS = ("green", "amber", "blue", "red")  # blue: cannot confirm (the issuer's key could not be had)
DEFAULT_LIMIT = 1000
CSV_COLUMNS = (
    "time_utc",
    "verdict",
    "document",
    "document_type",
    "credential_id",
    "issuer",
    "issuer_did",
    "source",
    "summary",
)
_SEARCHED = ("document_id", "title", "doctype", "issuer", "issuer_name", "summary", "source")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class VerificationRecord:
    id: int
    at: str  # UTC, ISO 8601 with Z
    document_id: str  # the credential's id (urn:uuid:...)
    title: str  # the document's own number, when its type is known
    doctype: str  # document type id ("mill-test-report") or the credential's most specific type
    issuer: str  # DID
    issuer_name: str
    verdict: str  # green, amber, blue (cannot confirm), red
    summary: str  # English
    source: str  # camera, scanner, file, cli


def record_verification(db: Database, verdict: Verdict, *, source: str, at: str | None = None) -> VerificationRecord:
    """Store one verdict. `source` is one of SOURCES (what the window or CLI read it from)."""
    if source not in SOURCES:
        raise ValueError(f"unknown verification source {source!r}; use one of {', '.join(SOURCES)}")
    credential = verdict.credential or {}
    doctype, title = _document_type_and_title(credential)
    values = (
        at or utc_now(),
        str(credential.get("id", ""))[:300],
        title[:200],
        doctype[:120],
        (verdict.issuer or "")[:500],
        (verdict.issuer_name or "")[:300],
        verdict.color,
        verdict.summary("en", _type_namer())[:1000],
        source,
    )
    with db.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO verifications (at, document_id, title, doctype, issuer, issuer_name, verdict, summary, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )
    return VerificationRecord(int(cursor.lastrowid or 0), *values)


def search_verifications(
    db: Database, text: str = "", *, verdict: str | None = None, limit: int = DEFAULT_LIMIT
) -> list[VerificationRecord]:
    """Records matching every word of `text` (and the verdict colour, if given), newest first."""
    where, params = _filter(text, verdict)
    rows = db.query(f"SELECT * FROM verifications{where} ORDER BY at DESC, id DESC LIMIT ?", (*params, int(limit)))
    return [_record(row) for row in rows]


def count_verifications(db: Database, text: str = "", *, verdict: str | None = None) -> int:
    where, params = _filter(text, verdict)
    row = db.query_one(f"SELECT COUNT(*) FROM verifications{where}", tuple(params))
    return int(row[0]) if row is not None else 0


def history_csv(records: list[VerificationRecord]) -> str:
    """The records as CSV text (see CSV_COLUMNS); document types by their English title."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    from sello.core.documents.doctypes import load_doctypes

    titles = {d.id: d.title.en for d in load_doctypes().values()}
    for r in records:
        writer.writerow(
            [
                _safe_cell(v)
                for v in (
                    r.at,
                    r.verdict,
                    r.title,
                    titles.get(r.doctype, r.doctype),
                    r.document_id,
                    r.issuer_name,
                    r.issuer,
                    r.source,
                    r.summary,
                )
            ]
        )
    return buffer.getvalue()


def export_history_csv(
    db: Database, path: str | Path, text: str = "", *, verdict: str | None = None, limit: int = 1_000_000
) -> int:
    """Write the matching records to `path` (atomically, UTF-8 with BOM so spreadsheets read
    the accents); returns how many were written."""
    records = search_verifications(db, text, verdict=verdict, limit=limit)
    atomic_write(Path(path), history_csv(records).encode("utf-8-sig"))
    return len(records)


# -- internals --------------------------------------------------------------------------


def _filter(text: str, verdict: str | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if verdict is not None:
        if verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {verdict!r}")
        clauses.append("verdict = ?")
        params.append(verdict)
    for word in text.split()[:12]:
        pattern = like_contains(word)
        clauses.append("(" + " OR ".join(f"{column} LIKE ? ESCAPE '\\'" for column in _SEARCHED) + ")")
        params.extend([pattern] * len(_SEARCHED))
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _record(row: Any) -> VerificationRecord:
    return VerificationRecord(
        row["id"],
        row["at"],
        row["document_id"],
        row["title"],
        row["doctype"],
        row["issuer"],
        row["issuer_name"],
        row["verdict"],
        row["summary"],
        row["source"],
    )


def _document_type_and_title(credential: dict[str, Any]) -> tuple[str, str]:
    from sello.core.documents.doctypes import doctype_for_credential
    from sello.core.documents.mapping import subject_to_data, summary_of

    if not credential:
        return "", ""
    doctype = doctype_for_credential(credential)
    if doctype is None:
        return document_type_name(credential, "en"), ""
    subject = credential.get("credentialSubject")
    data = subject_to_data(doctype, subject if isinstance(subject, dict) else {})
    return doctype.id, summary_of(doctype, data).title


def _type_namer() -> Any:
    from sello.core.verification.inputs import document_type_namer

    return document_type_namer()


def _safe_cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value
