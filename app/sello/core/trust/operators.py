"""Trusted operators (a steel chamber, a customs authority): who may sign the trust lists and
bundles this computer imports, pinned by the DID document seen when the user trusted them.

`verify_operator_signed` is the one check every operator-signed file goes through (trust
lists, trust bundles): who claims to sign it, whether that operator is trusted here, and its
signature against the pinned document, with the same rules as a credential.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sello.core.bounded_json import loads_bounded
from sello.core.credentials.credential import issuer_of
from sello.core.credentials.jws import parse_compact_jws
from sello.core.credentials.side_files import (
    PinnedResolver,
    SignedCredential,
    SignedCredentialError,
    verify_signed_credential,
)
from sello.core.credentials.verdict import CheckError
from sello.core.errors import InputError, UserFacingError, clipped
from sello.core.i18n import Message
from sello.core.keys.did import DidResolutionError, DidResolver, ResolvedDid, parse_did_document
from sello.core.limits import LimitError
from sello.core.storage.db import Database, utc_now


class TrustListError(UserFacingError):
    """A trust list (or an operator) cannot be used; the message says why."""


@dataclass(frozen=True)
class OperatorSignedFile:
    """A kind of operator-signed file, as its messages name it."""

    name: dict[str, str]  # "The trust list" / "La lista de confianza"
    error: type[UserFacingError]  # raised for every refusal
    unreadable: str  # message code: not a readable vc+jwt
    untrusted: str  # message code (param `claimed`): signed by an operator not trusted here
    limits_as_error: bool = False  # a size/depth limit is raised as `error` rather than as LimitError


def verify_operator_signed(
    db: Database, token: str, now: datetime, kind: OperatorSignedFile
) -> tuple[SignedCredential, TrustedOperator]:
    """The file's signed credential, verified against the trusted operator who signed it."""
    try:  # who claims to sign it, to say so when the operator is unknown
        claimed, _ = issuer_of(loads_bounded(parse_compact_jws(token).payload, "credential", what=kind.name))
    except LimitError as exc:
        if kind.limits_as_error:
            raise kind.error(exc.message) from None
        raise
    except (CheckError, ValueError, AttributeError, TypeError):
        raise kind.error(Message(kind.unreadable)) from None
    operator = trusted_operator(db, str(claimed)) if claimed else None
    if operator is None:
        raise kind.error(Message(kind.untrusted, claimed=clipped(claimed)))
    try:
        signed = verify_signed_credential(token, PinnedResolver(operator.resolved()), now, what=kind.name)
    except SignedCredentialError as exc:
        raise kind.error(exc.message) from None
    return signed, operator


@dataclass(frozen=True)
class TrustedOperator:
    did: str
    name: str
    document: dict[str, Any]
    added_at: str

    def resolved(self) -> ResolvedDid:
        return parse_did_document(self.did, self.document, source="local", fetched_at=self.added_at)


def trust_operator(db: Database, did: str, name: str, resolver: DidResolver) -> TrustedOperator:
    """Trust `did` as a list operator; its DID document (resolved now) is pinned."""
    name = " ".join((name or "").split())
    if not name:
        raise InputError(Message("trustlist.name_operator"))
    try:
        resolved = resolver.resolve(did)
    except DidResolutionError as exc:
        raise TrustListError(Message("trustlist.operator_unobtainable", message=exc)) from None
    if not resolved.assertion_method_ids:
        raise TrustListError(Message("trustlist.operator_no_key", did=did))
    now = utc_now()
    with db.transaction():
        db.execute(
            "INSERT INTO trusted_operators (did, name, document, added_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(did) DO UPDATE SET name = excluded.name, document = excluded.document,"
            " added_at = excluded.added_at",
            (did, name, json.dumps(resolved.document, sort_keys=True), now),
        )
        db.audit("trust.operator.add", did, {"name": name})
    return TrustedOperator(did, name, resolved.document, now)


def trusted_operators(db: Database) -> list[TrustedOperator]:
    return [
        TrustedOperator(r["did"], r["name"], json.loads(r["document"]), r["added_at"])
        for r in db.query("SELECT * FROM trusted_operators ORDER BY name")
    ]


def trusted_operator(db: Database, did: str) -> TrustedOperator | None:
    row = db.query_one("SELECT * FROM trusted_operators WHERE did = ?", (did,))
    return TrustedOperator(row["did"], row["name"], json.loads(row["document"]), row["added_at"]) if row else None


def operators_resolver(db: Database) -> PinnedResolver:
    return PinnedResolver(*(op.resolved() for op in trusted_operators(db)))


def is_trusted_operator(db: Database, did: str) -> bool:
    return db.query_one("SELECT 1 FROM trusted_operators WHERE did = ?", (did,)) is not None


def forget_operator(db: Database, did: str) -> None:
    """Remove the pinned operator (inside the caller's transaction; its lists go with it)."""
    db.execute("DELETE FROM trusted_operators WHERE did = ?", (did,))
