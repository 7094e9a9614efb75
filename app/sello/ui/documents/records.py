"""Issued documents as the Documents page sees them, and the file work behind its buttons.

No Qt here: these functions run on worker threads (`run_task`) and are tested with
plain pytest. Reprinting opens the stored PDF; when that file is gone (moved, deleted,
a restored database on another computer) the PDF is rendered again from the stored,
signed `vc+jwt`, so the printout carries exactly the credential that was issued.
Every print and export is written to the audit log beside the issue and revoke entries.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from sello.core.credentials.jws import parse_compact_jws
from sello.core.errors import InputError, NotFoundError, UserFacingError
from sello.core.keys.key_table import key_row
from sello.core.keys.logo import read_logo
from sello.core.keys.profiles import get_profile
from sello.core.paths import atomic_write
from sello.core.storage import documents as documents_table
from sello.core.storage.db import AuditEntry, Database
from sello.core.storage.documents import DocumentRecord
from sello.core.trust.statuslist import revoke


class ExportError(UserFacingError):
    """A file could not be written where the user asked."""


def _write(target: Path, data: bytes) -> Path:
    try:
        return atomic_write(target, data)
    except OSError as exc:
        raise ExportError(
            QCoreApplication.translate("DocumentExport", "{path} could not be written: {reason}.").format(
                path=target, reason=exc.strerror or exc
            )
        ) from None


def load_documents(db: Database, profile_id: str) -> list[DocumentRecord]:
    """The company's documents, newest first."""
    return documents_table.list_documents(db, profile_id)


def load_document(db: Database, document_id: str) -> DocumentRecord:
    return documents_table.get_document(db, document_id)


def document_token(db: Database, document_id: str) -> str:
    """The signed `vc+jwt` exactly as issued."""
    return documents_table.document_token(db, document_id)


def audit_trail(db: Database, document_id: str) -> list[AuditEntry]:
    """Issue, print, export and revoke entries of one document, oldest first."""
    return db.audit_entries(subject=document_id)


# -- files ------------------------------------------------------------------------------
def render_again(db: Database, document_id: str, data_dir: Path) -> Path:
    """Render the document's PDF from its stored token and record where it now is."""
    from sello.core.documents.doctypes import get_doctype
    from sello.core.documents.issuance import documents_folder, issuer_block, pdf_filename
    from sello.core.documents.pdf.render import render_document_pdf

    record = load_document(db, document_id)
    token = document_token(db, document_id)
    credential = json.loads(parse_compact_jws(token).payload)
    doctype = get_doctype(record.doctype)
    key = key_row(db, record.key_id)
    if key is None:
        raise NotFoundError(
            QCoreApplication.translate(
                "DocumentExport", "The key that signed {document} is no longer on this computer."
            ).format(document=record.title or record.id)
        )
    profile = get_profile(db, record.profile_id)
    block = issuer_block(profile, _KeyView(key["id"], key["did"]), logo=read_logo(data_dir, record.profile_id))
    signer = credential.get("issuer")
    signed_name = signer.get("name") if isinstance(signer, dict) else None
    if isinstance(signed_name, str) and signed_name:
        block = replace(block, legal_name=signed_name)  # the name it was signed with, not today's
    pdf = render_document_pdf(doctype, credential, token, issuer=block)
    target = record.pdf_path or documents_folder(data_dir, record.profile_id) / pdf_filename(
        doctype, record.title, record.id
    )
    _write(target, pdf)
    documents_table.set_pdf_path(db, document_id, target)
    return target


@dataclass(frozen=True)
class _KeyView:
    id: str
    did: str


@dataclass(frozen=True)
class PrintJob:
    path: Path
    rendered_again: bool


def prepare_reprint(db: Database, document_id: str, data_dir: Path) -> PrintJob:
    """The PDF to open for printing (rendered again if its file is missing), audited as a print."""
    record = load_document(db, document_id)
    rendered = record.pdf_path is None or not record.pdf_path.is_file()
    path = render_again(db, document_id, data_dir) if rendered else record.pdf_path
    assert path is not None
    db.audit("print", document_id, {"pdf": path.name, "rendered_again": rendered}, profile_id=record.profile_id)
    return PrintJob(path, rendered)


def export_token(db: Database, document_id: str, target: Path) -> Path:
    """Write the exact signed token (ASCII, nothing added) to a `.jwt` file."""
    record = load_document(db, document_id)
    written = _write(target, document_token(db, document_id).encode("ascii"))
    db.audit("export", document_id, {"format": "jwt", "file": target.name}, profile_id=record.profile_id)
    return written


def export_pdf_copy(db: Database, document_id: str, target: Path, data_dir: Path) -> Path:
    """Copy the document's PDF (rendered again first if its file is missing)."""
    record = load_document(db, document_id)
    source = record.pdf_path
    if source is None or not source.is_file():
        source = render_again(db, document_id, data_dir)
    if source.resolve() == target.resolve():
        raise InputError(
            QCoreApplication.translate("DocumentExport", "Choose another file name: that is the document's own PDF.")
        )
    _write(target, source.read_bytes())
    db.audit("export", document_id, {"format": "pdf", "file": target.name}, profile_id=record.profile_id)
    return target


def revoke_documents(db: Database, document_ids: list[str], reason: str) -> list[Any]:
    """Revoke several documents with one reason, all or none (one transaction)."""

    with db.transaction():
        return [revoke(db, document_id, reason) for document_id in document_ids]
