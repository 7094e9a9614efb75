"""Issue a trade document: validate the form, build the credential, sign, print, record.

`DocumentIssuer` holds one company profile's signing key for a session (a batch
loads the key once). Order of work, so a crash never records a document without its
PDF: allocate the revocation index → sign → render → note the PDF about to be written
(`pending`) → in one transaction holding the write lock: write the PDF atomically,
record the document and its audit entry, drop the note (the PDF is removed if that
fails). A crash in that transaction leaves a PDF without a record and the note
naming it: `reconcile_documents` (run when an issuer opens and when the app opens its
data folder) removes it. See `document_files`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sello.core.credentials.credential import build_credential, format_datetime, now_utc, sign_vc_jwt
from sello.core.documents.doctypes import DocType, get_doctype
from sello.core.documents.export_refs import export_references, export_references_of_token
from sello.core.documents.files import PDF_WRITE, documents_folder, reconcile_documents
from sello.core.documents.mapping import credential_types, fill_subject, summary_of
from sello.core.documents.pdf.model import IssuerBlock
from sello.core.documents.spec_checks import OutOfGradeError, SpecReport, check_spec
from sello.core.documents.validation import normalize_data
from sello.core.errors import InputError, UserFacingError
from sello.core.i18n import Message
from sello.core.keys.logo import read_logo
from sello.core.keys.profiles import address_part, get_profile
from sello.core.paths import atomic_write_many
from sello.core.storage import pending
from sello.core.storage.db import Database, utc_now
from sello.core.storage.documents import NewDocument, document_exists, document_token, find_document, insert_document
from sello.core.trust.statuslist import allocate_statuses, attach_document


@dataclass(frozen=True)
class SignedDocument:
    """A signed credential ready to print (no file, no record yet)."""

    doctype: DocType
    credential: dict[str, Any]
    vc_jwt: str
    td1: str
    title: str
    counterparty: str
    status_list: str
    status_index: int
    spec: SpecReport | None = None  # the comparison with the named grade (Mill Test Reports)
    out_of_grade_confirmed: bool = False


@dataclass(frozen=True)
class IssuedDocument:
    id: str
    doctype: str
    title: str
    counterparty: str
    vc_jwt: str
    td1: str
    pdf_path: Path
    status_list: str
    status_index: int
    issued_at: str


def pdf_filename(doctype: DocType, title: str, credential_id: str) -> str:
    """`MTR-2024-031187-1a2b3c4d.pdf`: type, number (file-safe), the id's first 8 hex digits;
    the type is not repeated when the number already starts with it ("MTR-2024-…")."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", title).strip("-.")[:60] or "document"
    prefix = doctype.short_code
    if safe.upper() == prefix.upper() or safe.upper().startswith(prefix.upper() + "-"):
        prefix = ""
    stem = f"{prefix}-{safe}" if prefix else safe
    return f"{stem}-{credential_id.rsplit(':', 1)[-1][:8]}.pdf"


def issuer_block(profile: Any, key: Any, *, logo: bytes | None = None) -> IssuerBlock:
    address = profile.address or {}
    part = functools.partial(address_part, address)
    lines = [
        ", ".join(p for p in (part("street"), part("city")) if p),
        ", ".join(p for p in (part("region"), part("postal_code"), part("country")) if p),
    ]
    return IssuerBlock(
        legal_name=profile.legal_name,
        rfc=profile.rfc,
        address=tuple(line for line in lines if line),
        did=key.did,
        key_fingerprint=key.id,
        logo=logo,
    )


class DocumentIssuer:
    """Issues documents for one company profile with its default (or a chosen) key."""

    def __init__(
        self,
        db: Database,
        key_manager: Any,
        *,
        key_id: str | None = None,
        out_dir: str | Path | None = None,
        data_dir: Path | None = None,
    ) -> None:
        self.db = db
        self.key_manager = key_manager
        self.profile = get_profile(db, key_manager.profile_id)
        record = key_manager.get(key_id) if key_id else key_manager.default_key()
        if record is None:
            raise InputError(Message("issue.no_key"))
        if record.retired_at:
            raise InputError(Message("issue.key_retired", short_id=record.short_id))
        self.key = record
        self._private = key_manager.load_private(record.id)
        base = data_dir if data_dir is not None else db.path.parent
        own_folder = documents_folder(base, self.profile.id)
        self.out_dir = Path(out_dir) if out_dir else own_folder
        self.issuer = issuer_block(self.profile, record, logo=read_logo(base, self.profile.id))
        reconcile_documents(db, own_folder)  # what an interrupted issue left, before issuing more

    # -- steps ----------------------------------------------------------------------
    def sign(
        self,
        doctype: DocType | str,
        data: Mapping[str, Any],
        *,
        now: datetime | None = None,
        confirm_out_of_grade: bool = False,
    ) -> SignedDocument:
        """Validate (every error at once, `InvalidDocumentError`), compare with the named
        grade (`OutOfGradeError` unless `confirm_out_of_grade`), build and sign."""
        signed = self.sign_many(doctype, [data], now=now, confirm_out_of_grade=confirm_out_of_grade)[0]
        if isinstance(signed, UserFacingError):
            raise signed
        return signed

    def sign_many(
        self,
        doctype: DocType | str,
        records: list[Mapping[str, Any]],
        *,
        now: datetime | None = None,
        confirm_out_of_grade: bool = False,
        td1: bool = True,
    ) -> list[SignedDocument | UserFacingError]:
        """`sign` for a group of records (a batch): each valid one signed, each refused one
        its `InvalidDocumentError`, `OutOfGradeError` (or other user-facing error) in its
        place; the revocation indexes of the valid ones are reserved in one transaction.
        With `td1=False` the TD1 text is left empty ("") for the caller to make (a batch's
        worker processes make it, from the signed token, beside the PDF)."""
        from sello.core.qr.payload import encode_td1

        doctype = get_doctype(doctype) if isinstance(doctype, str) else doctype
        prepared: list[tuple[Any, Any, SpecReport | None] | UserFacingError] = []
        for data in records:
            try:
                canonical = normalize_data(doctype, dict(data))
                spec = check_spec(doctype, canonical)
                if spec is not None and spec.deviations and not confirm_out_of_grade:
                    raise OutOfGradeError(spec)
                # `canonical` is valid and canonical: build_subject would validate it a second time
                prepared.append((fill_subject(doctype, canonical), summary_of(doctype, canonical), spec))
            except UserFacingError as exc:
                prepared.append(exc)
        valid = sum(1 for item in prepared if not isinstance(item, UserFacingError))
        allocations = iter(allocate_statuses(self.db, self.profile.id, self.key.did, valid) if valid else [])
        out: list[SignedDocument | UserFacingError] = []
        for item in prepared:
            if isinstance(item, UserFacingError):
                out.append(item)
                continue
            subject, summary, spec = item
            allocation = next(allocations)
            credential = build_credential(
                types=credential_types(doctype),
                subject=subject,
                issuer={"id": self.key.did, "name": self.profile.legal_name},
                valid_from=now or now_utc(),
                status=allocation.entry,
            )
            vc_jwt = sign_vc_jwt(credential, self._private, self.key.kid)
            out.append(
                SignedDocument(
                    doctype,
                    credential,
                    vc_jwt,
                    encode_td1(vc_jwt) if td1 else "",
                    summary.title,
                    summary.counterparty or "",
                    allocation.list_id,
                    allocation.index,
                    spec,
                    bool(spec and spec.deviations),
                )
            )
        return out

    def render(self, signed: SignedDocument) -> bytes:
        from sello.core.documents.pdf.render import render_document_pdf

        return render_document_pdf(
            signed.doctype, signed.credential, signed.vc_jwt, issuer=self.issuer, td1_text=signed.td1
        )

    def record(self, signed: SignedDocument, pdf: bytes) -> IssuedDocument:
        """Write the PDF atomically and record the document; never one without the other
        (after a crash, `reconcile_documents` removes a PDF whose record was not committed)."""
        return self.record_many([(signed, pdf)])[0]

    def record_many(self, items: list[tuple[SignedDocument, bytes]]) -> list[IssuedDocument]:
        """`record` for a group (a batch's group commit): the notes committed once, the PDFs
        written and flushed together, then one transaction records them all. All or none: on
        any error every PDF of the group is removed and the error raised."""
        planned = []
        for signed, pdf in items:
            credential_id = signed.credential["id"]
            path = self.out_dir / pdf_filename(signed.doctype, signed.title, credential_id)
            issued_at = signed.credential.get("validFrom") or format_datetime(now_utc())
            planned.append((signed, pdf, credential_id, path, issued_at))
        pending.note_many(self.db, PDF_WRITE, [(p[2], {"path": str(p[3].absolute())}) for p in planned])
        try:
            with self.db.transaction() as conn:  # holds the write lock while the PDFs are written
                atomic_write_many([(path, pdf) for _, pdf, _, path, _ in planned])
                for signed, _, credential_id, path, issued_at in planned:
                    self._insert(conn, signed, credential_id, path, issued_at)
        except BaseException:
            for _, _, _, path, _ in planned:
                path.unlink(missing_ok=True)
            raise
        return [
            IssuedDocument(
                credential_id,
                signed.doctype.id,
                signed.title,
                signed.counterparty,
                signed.vc_jwt,
                signed.td1,
                path,
                signed.status_list,
                signed.status_index,
                issued_at,
            )
            for signed, _, credential_id, path, issued_at in planned
        ]

    def _insert(self, conn: Any, signed: SignedDocument, credential_id: str, path: Path, issued_at: str) -> None:
        """One document's row, status allocation, audit entries and cleared note (in `conn`'s transaction)."""
        insert_document(
            conn,
            NewDocument(
                credential_id,
                self.profile.id,
                signed.doctype.id,
                self.key.id,
                signed.title,
                signed.counterparty,
                signed.vc_jwt,
                str(path),
                signed.status_list,
                signed.status_index,
                issued_at,
                export_references(signed.credential.get("credentialSubject")),
            ),
        )
        attach_document(conn, signed.status_list, signed.status_index, credential_id)
        detail: dict[str, Any] = {
            "doctype": signed.doctype.id,
            "title": signed.title,
            "key": self.key.id,
            "pdf": path.name,
        }
        if signed.spec is not None:
            detail["spec"] = signed.spec.summary()
        if signed.out_of_grade_confirmed and signed.spec is not None:
            self.db.audit(
                "confirm-out-of-grade",
                credential_id,
                {"title": signed.title, **signed.spec.summary()},
                profile_id=self.profile.id,
            )
        self.db.audit("issue", credential_id, detail, profile_id=self.profile.id)
        pending.clear(conn, PDF_WRITE, credential_id)

    # -- the whole job ----------------------------------------------------------------
    def issue(
        self,
        doctype: DocType | str,
        data: Mapping[str, Any],
        *,
        now: datetime | None = None,
        confirm_out_of_grade: bool = False,
    ) -> IssuedDocument:
        signed = self.sign(doctype, data, now=now, confirm_out_of_grade=confirm_out_of_grade)
        return self.record(signed, self.render(signed))


def issue_document(
    doctype: DocType | str,
    data: Mapping[str, Any],
    key_manager: Any,
    *,
    key_id: str | None = None,
    out_dir: str | Path | None = None,
    confirm_out_of_grade: bool = False,
) -> IssuedDocument:
    """Validate, build, sign, render and record one document (the one-call form)."""
    issuer = DocumentIssuer(key_manager.db, key_manager, key_id=key_id, out_dir=out_dir)
    return issuer.issue(doctype, data, confirm_out_of_grade=confirm_out_of_grade)


# -- credentials issued without a printed PDF (the Traceability API, sello.core.exchange) ---
def record_unprinted(
    db: Database,
    *,
    credential_id: str,
    profile_id: str,
    doctype: str,
    key_id: str,
    title: str,
    vc_jwt: str,
    status_list: str,
    status_index: int,
    detail: Mapping[str, Any],
) -> bool:
    """Record a credential signed without a PDF, with its audit entry; False if the id exists."""
    with db.transaction() as conn:
        if document_exists(conn, credential_id):
            return False
        new = NewDocument(
            credential_id,
            profile_id,
            doctype,
            key_id,
            title,
            "",
            vc_jwt,
            None,
            status_list,
            status_index,
            utc_now(),
            export_references_of_token(vc_jwt),
        )
        insert_document(conn, new)
        db.audit("issue", credential_id, dict(detail), profile_id=profile_id)
    return True


def issued_record(db: Database, profile_id: str, credential_id: str) -> tuple[str, str | None] | None:
    """(vc_jwt, revoked_at) of a credential this profile issued, or None."""
    record = find_document(db, credential_id)
    if record is None or record.profile_id != profile_id:
        return None
    return document_token(db, credential_id), record.revoked_at


def is_issued(db: Database, credential_id: str) -> bool:
    return document_exists(db, credential_id)
