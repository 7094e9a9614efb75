"""W3C Bitstring Status List v1.0: the issuer's side.

Every credential Sello issues carries a `BitstringStatusListEntry` pointing at a bit
of a status list that belongs to the issuing DID. Revoking flips that bit; the list
is published as a `BitstringStatusListCredential` signed (vc+jwt) by the same DID.

Decisions:
- Lists have 131,072 entries (the spec's minimum, 16 KiB), one bit each, purpose
  "revocation" (irreversible, per the spec).
- Indexes are drawn at random (`secrets`) among the unused ones, not sequentially:
  a sequential index tells anyone who sees two documents how many were issued in
  between, and lets a list watcher link a revocation to an issue date. A list is
  closed at half full so random probing stays cheap and every list keeps a large
  crowd of unused bits to hide in; the next list is then opened.
- The list credential lives beside the DID document: for `did:web:example.com`
  (`https://example.com/.well-known/did.json`) list 1 is
  `https://example.com/.well-known/status/1`; for a did:web with a path, in that
  path. The extension-less name keeps the QR payload short (the TD1 dictionary
  holds "/status/1#"). Issuers with did:key / did:jwk have no website: their lists
  get a `urn:uuid:` identifier and reach verifiers through a trust bundle.
"""

from __future__ import annotations

import gzip
import json
import secrets
import sqlite3
import uuid
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sello.core.credentials.credential import format_datetime, sign_vc_jwt
from sello.core.encoding import b64url_decode, b64url_encode
from sello.core.errors import InputError, NotFoundError, UserFacingError
from sello.core.i18n import Message
from sello.core.keys.did import did_web_url
from sello.core.keys.profiles import get_profile
from sello.core.storage import documents as documents_table
from sello.core.storage.db import Database, utc_now
from sello.core.storage.documents import DocumentRecord

LIST_SIZE = 131_072  # entries (bits) per list Sello creates
MIN_LIST_BITS = 131_072  # the spec's minimum a verifier accepts
MAX_LIST_BYTES = 2 * 1024 * 1024  # decompression cap for lists from others (16 M entries)
CLOSE_AT_FRACTION = 0.5
PURPOSE_REVOCATION = "revocation"
PURPOSE_SUSPENSION = "suspension"  # reversible; used for credentials issued over the Traceability API
ENTRY_TYPE = "BitstringStatusListEntry"
LIST_CREDENTIAL_TYPE = "BitstringStatusListCredential"
LIST_SUBJECT_TYPE = "BitstringStatusList"
# status list formats Sello reads from others: entry type -> (list credential type, list subject type)
READ_FORMATS = {
    ENTRY_TYPE: (LIST_CREDENTIAL_TYPE, LIST_SUBJECT_TYPE),
    "StatusList2021Entry": ("StatusList2021Credential", "StatusList2021"),
}
VC2 = "https://www.w3.org/ns/credentials/v2"


class StatusListError(UserFacingError):
    """A status list cannot be decoded or used."""


# -- the bitstring ------------------------------------------------------------------
def encode_bitstring(bits: bytes) -> str:
    """`encodedList`: multibase base64url ('u', no padding) of the GZIP-compressed bits."""
    return "u" + b64url_encode(gzip.compress(bits, compresslevel=9, mtime=0))


def decode_encoded_list(encoded: Any, *, max_bytes: int = MAX_LIST_BYTES) -> bytes:
    """The raw bitstring of an `encodedList`; bounded (a GZIP bomb is refused)."""
    if not isinstance(encoded, str) or not encoded.startswith("u"):
        raise StatusListError(Message("statuslist.not_multibase"))
    try:
        compressed = b64url_decode(encoded[1:])
    except InputError:
        raise StatusListError(Message("statuslist.bad_base64")) from None
    inflater = zlib.decompressobj(wbits=31)  # GZIP framing only
    try:
        bits = inflater.decompress(compressed, max_bytes + 1)
    except zlib.error:
        raise StatusListError(Message("statuslist.not_gzip")) from None
    if len(bits) > max_bytes or inflater.unconsumed_tail:
        raise StatusListError(Message("statuslist.too_large", max_bytes=f"{max_bytes:,}"))
    if not inflater.eof or inflater.unused_data:
        raise StatusListError(Message("statuslist.gzip_truncated"))
    return bits


def bit_is_set(bits: bytes, index: int) -> bool:
    """Index 0 is the left-most (most significant) bit of the first byte."""
    if not 0 <= index < len(bits) * 8:
        raise StatusListError(Message("statuslist.index_outside", index=index, value=f"{len(bits) * 8:,}"))
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def with_bit(bits: bytes, index: int, value: bool = True) -> bytes:
    if not 0 <= index < len(bits) * 8:
        raise StatusListError(Message("statuslist.index_outside", index=index, value=f"{len(bits) * 8:,}"))
    out = bytearray(bits)
    mask = 0x80 >> (index % 8)
    out[index // 8] = out[index // 8] | mask if value else out[index // 8] & ~mask & 0xFF
    return bytes(out)


# -- identifiers and JSON shapes ----------------------------------------------------
def status_list_url(issuer_did: str, number: int) -> str:
    """Where list `number` of an issuer lives (see the module notes)."""
    if issuer_did.startswith("did:web:"):
        return did_web_url(issuer_did).rsplit("/", 1)[0] + f"/status/{number}"
    return f"urn:uuid:{uuid.uuid4()}"


def status_list_path(list_url: str, did_json_url: str) -> str | None:
    """The list's path relative to the folder of did.json ("status/1"), if it is beside it."""
    base = did_json_url.rsplit("/", 1)[0] + "/"
    return list_url[len(base) :] if list_url.startswith(base) else None


def status_entry(list_url: str, index: int, purpose: str = PURPOSE_REVOCATION) -> dict[str, str]:
    """The `credentialStatus` of one issued credential."""
    return {
        "id": f"{list_url}#{index}",
        "type": ENTRY_TYPE,
        "statusPurpose": purpose,
        "statusListIndex": str(index),
        "statusListCredential": list_url,
    }


def build_status_list_credential(
    list_url: str, issuer: Mapping[str, Any], bits: bytes, valid_from: datetime, purpose: str = PURPOSE_REVOCATION
) -> dict[str, Any]:

    return {
        "@context": [VC2],
        "id": list_url,
        "type": ["VerifiableCredential", LIST_CREDENTIAL_TYPE],
        "issuer": dict(issuer),
        "validFrom": format_datetime(valid_from),
        "credentialSubject": {
            "id": f"{list_url}#list",
            "type": LIST_SUBJECT_TYPE,
            "statusPurpose": purpose,
            "encodedList": encode_bitstring(bits),
        },
    }


# -- the issuer's lists in the database ---------------------------------------------
@dataclass(frozen=True)
class StatusListRecord:
    id: str  # URL (or urn:uuid) of the list credential
    profile_id: str
    issuer_did: str
    purpose: str
    size: int
    bits: bytes
    allocated: int
    updated_at: str

    def is_revoked(self, index: int) -> bool:
        return bit_is_set(self.bits, index)

    @property
    def revoked_count(self) -> int:
        return sum(bin(b).count("1") for b in self.bits)


@dataclass(frozen=True)
class StatusAllocation:
    list_id: str
    index: int
    entry: dict[str, str]


def _record(db: Database, row: Any) -> StatusListRecord:
    count = db.query_one("SELECT COUNT(*) FROM status_allocations WHERE list_id = ?", (row["id"],))
    return StatusListRecord(
        row["id"],
        row["profile_id"],
        row["issuer_did"],
        row["purpose"],
        row["size"],
        bytes(row["bits"]),
        int(count[0]) if count else 0,
        row["updated_at"],
    )


def get_status_list(db: Database, list_id: str) -> StatusListRecord:
    row = db.query_one("SELECT * FROM status_lists WHERE id = ?", (list_id,))
    if row is None:
        raise NotFoundError(Message("statuslist.not_here", list_id=list_id))
    return _record(db, row)


def status_lists_of(db: Database, profile_id: str, issuer_did: str | None = None) -> list[StatusListRecord]:
    sql, params = "SELECT * FROM status_lists WHERE profile_id = ?", [profile_id]
    if issuer_did is not None:
        sql += " AND issuer_did = ?"
        params.append(issuer_did)
    return [_record(db, r) for r in db.query(sql + " ORDER BY rowid", tuple(params))]


def _open_list(conn: Any, profile_id: str, issuer_did: str, purpose: str = PURPOSE_REVOCATION) -> tuple[str, int]:
    """The list to allocate from (id, size), opening a new one when the last is half full."""
    row = conn.execute(
        "SELECT l.id, l.size, (SELECT COUNT(*) FROM status_allocations a WHERE a.list_id = l.id) AS used"
        " FROM status_lists l WHERE l.profile_id = ? AND l.issuer_did = ? AND l.purpose = ?"
        " ORDER BY l.rowid DESC LIMIT 1",
        (profile_id, issuer_did, purpose),
    ).fetchone()
    if row is not None and row["used"] < int(row["size"] * CLOSE_AT_FRACTION):
        return row["id"], int(row["size"])
    number = (
        int(conn.execute("SELECT COUNT(*) FROM status_lists WHERE issuer_did = ?", (issuer_did,)).fetchone()[0]) + 1
    )
    list_id = status_list_url(issuer_did, number)
    while conn.execute("SELECT 1 FROM status_lists WHERE id = ?", (list_id,)).fetchone():
        number += 1
        list_id = status_list_url(issuer_did, number)
    conn.execute(
        "INSERT INTO status_lists (id, profile_id, purpose, size, next_index, bits, updated_at, issuer_did)"
        " VALUES (?, ?, ?, ?, 0, ?, ?, ?)",
        (list_id, profile_id, purpose, LIST_SIZE, bytes(LIST_SIZE // 8), utc_now(), issuer_did),
    )
    return list_id, LIST_SIZE


def allocate_status(
    db: Database, profile_id: str, issuer_did: str, document_id: str | None = None, purpose: str = PURPOSE_REVOCATION
) -> StatusAllocation:
    """Reserve a random unused index for a credential about to be issued by `issuer_did`.

    Returns the `credentialStatus` entry to put in the credential; record the list and
    index on the document row (`documents.status_list`, `status_index`) when storing it.
    """
    return allocate_statuses(db, profile_id, issuer_did, 1, document_id=document_id, purpose=purpose)[0]


def allocate_statuses(
    db: Database,
    profile_id: str,
    issuer_did: str,
    count: int,
    *,
    document_id: str | None = None,
    purpose: str = PURPOSE_REVOCATION,
) -> list[StatusAllocation]:
    """`count` allocations (see `allocate_status`) in one transaction: a batch commits once
    for a group of documents instead of once each."""
    if purpose not in (PURPOSE_REVOCATION, PURPOSE_SUSPENSION):
        raise ValueError(f"unknown status purpose {purpose!r}")
    allocations = []
    with db.transaction() as conn:
        for _ in range(count):
            list_id, size = _open_list(conn, profile_id, issuer_did, purpose)
            while True:  # at most half full: each draw hits a free index with probability >= 1/2
                index = secrets.randbelow(size)
                if not conn.execute(
                    "SELECT 1 FROM status_allocations WHERE list_id = ? AND idx = ?", (list_id, index)
                ).fetchone():
                    break
            conn.execute(
                "INSERT INTO status_allocations (list_id, idx, document_id, allocated_at) VALUES (?, ?, ?, ?)",
                (list_id, index, document_id, utc_now()),
            )
            conn.execute("UPDATE status_lists SET next_index = next_index + 1 WHERE id = ?", (list_id,))
            allocations.append(StatusAllocation(list_id, index, status_entry(list_id, index, purpose)))
    return allocations


def attach_document(db: Database | sqlite3.Connection, list_id: str, index: int, document_id: str) -> None:
    """Name the document an allocation was made for (when it was not known yet); inside the
    caller's transaction when given its connection."""
    db.execute(
        "UPDATE status_allocations SET document_id = ? WHERE list_id = ? AND idx = ?", (document_id, list_id, index)
    )


def own_list_bits(db: Database, list_id: str) -> tuple[bytes, str, str] | None:
    """(bits, purpose, issuer DID) of a status list this computer keeps, or None."""
    row = db.query_one("SELECT bits, purpose, issuer_did FROM status_lists WHERE id = ?", (list_id,))
    return None if row is None else (bytes(row["bits"]), str(row["purpose"]), str(row["issuer_did"]))


# -- revoking -------------------------------------------------------------------------
@dataclass(frozen=True)
class Revocation:
    document_id: str
    list_id: str
    index: int
    revoked_at: str
    reason: str


def _status_of_document(conn: sqlite3.Connection, document: DocumentRecord) -> tuple[str, int] | None:
    if document.status_list and document.status_index is not None:
        return document.status_list, int(document.status_index)
    try:  # documents stored without the columns: read the signed credential itself
        token = documents_table.document_token(conn, document.id)
        payload = json.loads(b64url_decode(token.split(".")[1]))
        status = payload.get("credentialStatus")
        entries = status if isinstance(status, list) else [status]
        for entry in entries:
            if isinstance(entry, dict) and entry.get("statusPurpose") == PURPOSE_REVOCATION:
                return str(entry["statusListCredential"]), int(entry["statusListIndex"])
    except (IndexError, KeyError, ValueError, TypeError, InputError, AttributeError):
        pass
    return None


def revoke(db: Database, document_id: str, reason: str) -> Revocation:
    """Revoke an issued document: flip its status bit, record when and why, audit it.

    Revocation cannot be undone. The verifiers see it once the updated status list
    is published (`publish.publish_kit`) or bundled.
    """
    reason = " ".join((reason or "").split())
    if not reason:
        raise InputError(Message("statuslist.say_why"))
    with db.transaction() as conn:
        document = documents_table.get_document(conn, document_id)
        if document.revoked_at:
            raise InputError(
                Message("statuslist.already_revoked", document_id=document_id, revoked_at=document.revoked_at[:10])
            )
        found = _status_of_document(conn, document)
        if found is None:
            raise InputError(Message("statuslist.no_entry", document_id=document_id))
        list_id, index = found
        record = conn.execute("SELECT * FROM status_lists WHERE id = ?", (list_id,)).fetchone()
        if record is None:
            raise NotFoundError(Message("statuslist.list_missing", list_id=list_id, document_id=document_id))
        now = utc_now()
        conn.execute(
            "UPDATE status_lists SET bits = ?, updated_at = ? WHERE id = ?",
            (with_bit(bytes(record["bits"]), index), now, list_id),
        )
        documents_table.mark_revoked(conn, document_id, now, reason)
        db.audit(
            "revoke",
            document_id,
            {"status_list": list_id, "index": index, "reason": reason},
            profile_id=document.profile_id,
        )
    return Revocation(document_id, list_id, index, now, reason)


def set_suspended(db: Database, list_id: str, index: int, suspended: bool, *, subject: str, reason: str) -> bool:
    """Set or clear a suspension bit (suspension, unlike revocation, can be lifted); audited.
    Returns whether the bit changed."""
    with db.transaction() as conn:
        record = conn.execute("SELECT * FROM status_lists WHERE id = ?", (list_id,)).fetchone()
        if record is None or record["purpose"] != PURPOSE_SUSPENSION:
            raise NotFoundError(Message("statuslist.no_suspension_list", list_id=list_id))
        bits = bytes(record["bits"])
        if bit_is_set(bits, index) == suspended:
            return False
        conn.execute(
            "UPDATE status_lists SET bits = ?, updated_at = ? WHERE id = ?",
            (with_bit(bits, index, suspended), utc_now(), list_id),
        )
        db.audit(
            "suspend" if suspended else "unsuspend",
            subject,
            {"status_list": list_id, "index": index, "reason": reason},
            profile_id=record["profile_id"],
        )
    return True


# -- signing the list credential ----------------------------------------------------
def sign_status_list(db: Database, list_id: str, key_manager: Any, now: datetime | None = None) -> str:
    """The list as a `vc+jwt` signed by its issuer DID's current key (via `KeyManager`)."""

    record = get_status_list(db, list_id)
    profile = get_profile(db, record.profile_id)
    key = signing_key_for(key_manager, record.issuer_did)
    credential = build_status_list_credential(
        record.id,
        {"id": record.issuer_did, "name": profile.legal_name},
        record.bits,
        now or datetime.now(UTC),
        record.purpose,
    )
    return sign_vc_jwt(credential, key_manager.load_private(key.id), key.kid)


def signing_key_for(key_manager: Any, did: str) -> Any:
    """The key that signs for `did`: the profile's default if it is that DID's, else its newest active key."""
    default = key_manager.default_key()
    if default is not None and default.did == did and not default.retired_at:
        return default
    for record in key_manager.list_keys(include_retired=False):
        if record.did == did and not record.deleted_at:
            return record
    raise NotFoundError(Message("statuslist.no_key", did=did))
