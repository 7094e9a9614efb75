"""The one verification pipeline's front: any text a desk receives to one `Verdict`.

A compact JWS (a credential or a presentation), TD1 QR text, a JSON credential or
presentation with a Data Integrity proof, or `{"vc_jwt": "..."}`: each is recognised here and handed to the credential checks of
`sello.core.credentials.checks` (signature, issuer key, dates, status, trust). Files,
photos and PDFs reach this through `sello.core.verification.inputs`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sello.core.documents  # noqa: F401  (importing it installs the document types into the TD1 codec)
from sello.core.credentials.checks import StatusChecker, TrustChecker, verify_data_integrity, verify_vc_jwt
from sello.core.credentials.jsonld import OfflineDocumentLoader
from sello.core.credentials.jws import looks_like_compact_jws, parse_json_strict
from sello.core.credentials.verdict import CheckError, Verdict
from sello.core.errors import InputError
from sello.core.i18n import Message
from sello.core.keys.did import DidResolver
from sello.core.qr.payload import decode_td1
from sello.core.verification import presentation

MAX_INPUT_BYTES = 1024 * 1024


def verify_input(
    data: str | bytes,
    *,
    resolver: DidResolver,
    now: datetime | None = None,
    status: StatusChecker | None = None,
    trust: TrustChecker | None = None,
    loader: OfflineDocumentLoader | None = None,
) -> Verdict:
    """Verify whatever was scanned, pasted or opened: a compact JWS (credential or
    presentation), TD1 QR text, a JSON credential or presentation with a Data Integrity
    proof, or `{"vc_jwt": "..."}`.

    Input that is none of these raises `InputError` with one clear sentence.
    """
    text = _as_text(data)
    common: dict[str, Any] = {"resolver": resolver, "now": now, "status": status, "trust": trust}
    if text[:4].upper() == "TD1:":
        return verify_vc_jwt(decode_td1(text), input_kind="td1", **common)
    if text.startswith("{"):
        try:
            obj = parse_json_strict(text)
        except CheckError as exc:
            raise InputError(Message("input.json_unreadable", reason=exc)) from None
        if not isinstance(obj, dict):  # pragma: no cover - starts with "{"
            raise InputError(Message("input.json_not_object"))
        if "vc_jwt" in obj:
            if not isinstance(obj["vc_jwt"], str):
                raise InputError(Message("input.vc_jwt_not_text"))
            return verify_vc_jwt(obj["vc_jwt"].strip(), input_kind="json", **common)
        if "proof" in obj:
            if presentation.is_presentation(obj):
                return presentation.verify_presentation_di(obj, loader=loader, **common)
            return verify_data_integrity(obj, loader=loader, **common)
        if "credentialSubject" in obj or "@context" in obj:
            raise InputError(Message("input.unsigned"))
        raise InputError(Message("input.json_not_credential"))
    if looks_like_compact_jws(text):
        if presentation.is_presentation_jws(text):
            return presentation.verify_presentation_jwt(text, loader=loader, **common)
        return verify_vc_jwt(text, **common)
    if text.count(".") == 4:
        raise InputError(Message("input.jwe"))
    raise InputError(Message("input.not_credential"))


def _as_text(data: str | bytes) -> str:
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        if len(raw) > MAX_INPUT_BYTES:
            raise InputError(Message("input.bytes_too_large", size=f"{len(raw):,}", limit=f"{MAX_INPUT_BYTES:,}"))
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(Message("input.not_utf8")) from None
    elif isinstance(data, str):
        text = data
    else:
        raise InputError(Message("input.wrong_type", kind=type(data).__name__))
    text = text.strip().lstrip("\ufeff").strip()
    if not text:
        raise InputError(Message("input.empty"))
    if len(text) > MAX_INPUT_BYTES:
        raise InputError(Message("input.chars_too_large", size=f"{len(text):,}", limit=f"{MAX_INPUT_BYTES:,}"))

    return text
