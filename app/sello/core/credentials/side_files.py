"""Checking the signed side files of the trust model — status list credentials, trust
lists, bundle manifests — with the same verification pipeline as documents.

`verify_signed_credential` runs `verify_vc_jwt` and turns the first failed check
(format, signature, issuer key, dates) into one `SignedCredentialError` sentence, so
a side file is held to exactly the rules a credential is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sello.core.credentials.checks import verify_data_integrity, verify_vc_jwt
from sello.core.credentials.jws import parse_json_strict
from sello.core.credentials.verdict import CheckError
from sello.core.errors import UserFacingError
from sello.core.i18n import LANGUAGES, Message
from sello.core.keys.did import DidResolutionError, DidResolver, ResolvedDid


class SignedCredentialError(UserFacingError):
    """A signed side file (status list, trust list, bundle) fails verification."""


class PinnedResolver(DidResolver):
    """Resolves the DIDs of the given documents from them (pinned or already resolved),
    other DIDs only when self-contained (did:key, did:jwk)."""

    def __init__(self, *documents: ResolvedDid) -> None:
        super().__init__(web_resolver=None)
        self.documents = {d.did: d for d in documents}

    def resolve(self, did: str) -> ResolvedDid:
        if did in self.documents:
            return self.documents[did]
        if isinstance(did, str) and did.startswith("did:web:"):
            raise DidResolutionError(Message("signed.no_document_for", did=did))
        return super().resolve(did)


@dataclass(frozen=True)
class SignedCredential:
    credential: dict[str, Any]
    issuer: str
    issuer_name: str | None
    kid: str


def verify_signed_credential(
    token: Any, resolver: DidResolver, now: datetime, *, what: str | Mapping[str, str]
) -> SignedCredential:
    """Verify a signed side file -- a vc+jwt, or (lists from other issuers) a JSON credential
    with a Data Integrity proof; `what` names it in the error ("The status list")."""

    if not isinstance(token, str):
        raise SignedCredentialError(Message("signed.not_vc_jwt", what=what))
    text = token.strip()
    if text.startswith("{"):  # a JSON credential secured with a Data Integrity proof (other issuers' lists)
        try:
            document = parse_json_strict(text)
        except CheckError as exc:
            raise SignedCredentialError(
                Message("signed.refused", what=what, value={lang: _sentence(exc.text(lang)) for lang in LANGUAGES})
            ) from None
        verdict = verify_data_integrity(document, resolver=resolver, now=now)
    else:
        verdict = verify_vc_jwt(text, resolver=resolver, now=now)
    for name in ("format", "signature", "issuer_key", "dates"):
        check = verdict.check(name)
        if check.outcome == "failed":
            raise SignedCredentialError(
                Message(
                    "signed.refused", what=what, value={lang: _sentence(text) for lang, text in check.message.items()}
                )
            )
    if any(verdict.check(n).outcome != "passed" for n in ("format", "signature", "issuer_key", "dates")):
        raise SignedCredentialError(
            Message("signed.not_verified", what=what)
        )  # pragma: no cover - skipped only after a failure
    assert verdict.credential is not None and verdict.issuer is not None
    kid = str(verdict.check("issuer_key").evidence.get("kid", ""))
    return SignedCredential(verdict.credential, verdict.issuer, verdict.issuer_name, kid)


def _sentence(text: str) -> str:
    return text[:1].lower() + text[1:] if len(text) > 1 and not text[1].isupper() else text
