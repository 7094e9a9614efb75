"""The PDF a document will have, made before it is signed (no Qt, no private key).

The preview carries the real content, the company's issuer block and DID, and a QR
code of the real size, but its credential is not signed: the signature bytes are
random and the status entry is a placeholder. Nothing is written to the database
(no revocation index is used up) and the keyring is not touched, so looking at a
preview and going back to editing costs nothing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from sello.core import jcs
from sello.core.credentials.credential import build_credential, vc_jwt_header
from sello.core.documents.doctypes import DocType
from sello.core.documents.mapping import build_subject, credential_types
from sello.core.documents.pdf.model import IssuerBlock
from sello.core.documents.validation import normalize_data
from sello.core.encoding import b64url_encode
from sello.core.trust.statuslist import status_entry, status_list_url

SIGNATURE_BYTES = {"ES384": 96, "EdDSA": 64}


def preview_token(credential: Mapping[str, Any], alg: str, kid: str) -> str:
    """A compact JWS shaped like the real one (same header, payload bytes and signature
    length) whose signature is random: it sizes the QR code and never verifies."""
    header = b64url_encode(jcs.dumps(vc_jwt_header(alg, kid)))
    payload = b64url_encode(jcs.dumps(dict(credential)))
    return f"{header}.{payload}.{b64url_encode(os.urandom(SIGNATURE_BYTES.get(alg, 96)))}"


def preview_pdf(
    doctype: DocType, data: Mapping[str, Any], *, issuer: IssuerBlock, issuer_did: str, kid: str, alg: str
) -> bytes:
    """The document's PDF as it will print (raises InvalidDocumentError when incomplete)."""
    from sello.core.documents.pdf.render import render_document_pdf

    canonical = normalize_data(doctype, dict(data))
    credential = build_credential(
        types=credential_types(doctype),
        subject=build_subject(doctype, canonical),
        issuer={"id": issuer_did, "name": issuer.legal_name},
        status=status_entry(status_list_url(issuer_did, 1), 0),
    )
    return render_document_pdf(doctype, credential, preview_token(credential, alg, kid), issuer=issuer)
