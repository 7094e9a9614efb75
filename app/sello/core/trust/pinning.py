"""Pin a trust-list operator from a file, confirmed by a short fingerprint read by phone.

A fully offline desk cannot fetch the operator's did.json. The operator hands it over
(USB stick, e-mail) and reads its fingerprint aloud; the desk's officer compares it with
the one Sello computes from the file before the operator is trusted. The fingerprint is
the first 80 bits of the SHA-256 of the document's JCS form (RFC 8785), as five groups
of four hexadecimal characters ("3F2A-91C0-7D44-0B1E-55A9"): short enough to read, and
a forged document matching it would need about 2^80 attempts.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from sello.core import jcs
from sello.core.errors import InputError
from sello.core.i18n import Message
from sello.core.keys.did import DidResolutionError, DidResolver, parse_did_document
from sello.core.storage.db import Database
from sello.core.trust.lists import TrustListError
from sello.core.trust.operators import TrustedOperator, trust_operator

MAX_DOCUMENT_BYTES = 256 * 1024


def operator_fingerprint(document: dict[str, Any]) -> str:
    digest = hashlib.sha256(jcs.dumps(document)).hexdigest().upper()[:20]
    return "-".join(digest[i : i + 4] for i in range(0, 20, 4))


def _normalised(fingerprint: str) -> str:
    return "".join(ch for ch in fingerprint.upper() if ch.isalnum())


def read_did_document(path: str | Path) -> dict[str, Any]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(Message("pin.unreadable", name=Path(path).name, value=exc.strerror or str(exc))) from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError(Message("pin.too_large", name=Path(path).name))
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise InputError(Message("pin.not_json", name=Path(path).name)) from None
    if not isinstance(document, dict) or not isinstance(document.get("id"), str):
        raise InputError(Message("pin.no_id", name=Path(path).name))
    return document


def pin_operator_from_document(
    db: Database, document: dict[str, Any], name: str, fingerprint: str, did: str | None = None
) -> TrustedOperator:
    """Trust the operator whose DID document this is, if `fingerprint` (as read by phone) matches."""
    did = did or str(document.get("id"))
    expected = operator_fingerprint(document)
    if _normalised(fingerprint) != _normalised(expected):
        raise TrustListError(Message("pin.mismatch", expected=expected))
    try:
        resolved = parse_did_document(did, document, source="local")
    except DidResolutionError as exc:
        raise TrustListError(exc.message) from None
    return trust_operator(db, did, name, DidResolver(web_resolver=lambda _did: resolved))
