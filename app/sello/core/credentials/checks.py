"""The one verification pipeline: CLI, verifier window and tests all come here.

Every verdict carries the same six checks, in order — format, signature,
issuer_key, dates, status, trust — each with its evidence (DESIGN §4). Status and
trust come from pluggable checkers; without them, status is "skipped" and trust a
"warning", so the verdict is at best amber.

`input_kind` of a verdict: "vc+jwt" (a compact JWS), "td1" (QR text), "json" (an
object with a `vc_jwt` member) or "data-integrity" (a JSON credential with a proof).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from sello.core.credentials.credential import check_credential_shape, format_datetime, parse_datetime
from sello.core.credentials.dataintegrity import hash_data, parse_proof, verify_proof_signature
from sello.core.credentials.jsonld import OfflineDocumentLoader
from sello.core.credentials.jws import (
    check_alg_allowed,
    check_vc_jwt_header,
    parse_compact_jws,
    parse_json_strict,
    part_name,
)
from sello.core.credentials.verdict import CHECK_NAMES, Check, CheckError, Verdict, make_check
from sello.core.errors import UserFacingError
from sello.core.keys.did import DidResolutionError, DidResolver, ResolvedDid, VerificationMethod, did_of
from sello.core.keys.keypair import PublicKey

__all__ = ["CLOCK_SKEW", "Check", "StatusChecker", "TrustChecker", "Verdict", "verify_data_integrity", "verify_vc_jwt"]

CLOCK_SKEW = timedelta(minutes=5)  # clocks at border desks and mills drift; allow this much either way


class StatusChecker(Protocol):
    """Revocation: a `Check` named "status" (passed / failed "status.revoked" / warning when stale)."""

    def check(self, credential: dict[str, Any], resolved_issuer: ResolvedDid, now: datetime) -> Check: ...


class TrustChecker(Protocol):
    """Trust lists: a `Check` named "trust" (passed when listed, warning when not)."""

    def check(self, issuer_did: str, issuer_name: str | None, now: datetime) -> Check: ...


@dataclass
class _Parsed:
    """What a securing format yields once it has been read, before any key is looked up."""

    credential: dict[str, Any]
    issuer: str
    issuer_name: str | None
    kid: Any
    format_check: Check
    verify: Callable[[PublicKey], bool]  # may raise CheckError("signature", ...)
    alg_label: str
    signature_error: CheckError | None = None  # known bad before any key is needed (alg: none...)
    iss_claim: Any = None
    has_iss: bool = False
    # further limits: (code if exceeded, field name, moment or None when unreadable)
    extra_dates: list[tuple[str, str, datetime | None]] = field(default_factory=list)


# -- entry points ------------------------------------------------------------------
def verify_vc_jwt(
    token: str,
    *,
    resolver: DidResolver,
    now: datetime | None = None,
    status: StatusChecker | None = None,
    trust: TrustChecker | None = None,
    input_kind: str = "vc+jwt",
) -> Verdict:
    """Verify a VC-JOSE `vc+jwt` compact JWS."""
    return _run(
        lambda: _parse_vc_jwt(token),
        resolver=resolver,
        now=now,
        status=status,
        trust=trust,
        input_kind=input_kind,
        vc_jwt=token if isinstance(token, str) else None,
    )


def verify_data_integrity(
    document: dict[str, Any],
    *,
    resolver: DidResolver,
    now: datetime | None = None,
    status: StatusChecker | None = None,
    trust: TrustChecker | None = None,
    loader: OfflineDocumentLoader | None = None,
) -> Verdict:
    """Verify a JSON credential secured with an eddsa-rdfc-2022 / eddsa-jcs-2022 proof."""
    return _run(
        lambda: _parse_data_integrity(document, loader),
        resolver=resolver,
        now=now,
        status=status,
        trust=trust,
        input_kind="data-integrity",
        vc_jwt=None,
    )


# -- securing formats ----------------------------------------------------------------
def _parse_vc_jwt(token: str) -> _Parsed:
    jws = parse_compact_jws(token)
    check_vc_jwt_header(jws.header)
    payload = parse_json_strict(jws.payload, "payload")
    if not isinstance(payload, dict):
        raise CheckError("format", "format.not_object", part=part_name("payload"))
    issuer, issuer_name = check_credential_shape(payload)
    signature_error = None
    try:
        alg = check_alg_allowed(jws.header["alg"])
    except CheckError as exc:
        signature_error, alg = exc, str(jws.header["alg"])[:40]

    def verify(public: PublicKey) -> bool:
        if alg not in public.allowed_algs:
            raise CheckError("signature", "signature.alg_key_mismatch", alg=alg, curve=public.curve)
        return public.verify(alg, jws.signing_input, jws.signature)

    parsed = _Parsed(
        credential=payload,
        issuer=issuer,
        issuer_name=issuer_name,
        kid=jws.header.get("kid"),
        format_check=make_check(
            "format",
            "passed",
            "format.vc_jwt",
            {"typ": jws.header.get("typ"), "cty": jws.header.get("cty"), "alg": alg, "kid": jws.header.get("kid")},
            alg=alg,
        ),
        verify=verify,
        alg_label=alg,
        signature_error=signature_error,
        iss_claim=payload.get("iss"),
        has_iss="iss" in payload,
    )
    for claim, code in (("exp", "dates.expired"), ("nbf", "dates.not_yet_valid")):
        if claim in payload:
            value = payload[claim]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < 253402300800:
                parsed.extra_dates.append((code, claim, None))
            else:
                parsed.extra_dates.append((code, claim, datetime.fromtimestamp(value, UTC)))
    return parsed


def _parse_data_integrity(document: Any, loader: OfflineDocumentLoader | None) -> _Parsed:
    if not isinstance(document, dict):
        raise CheckError("format", "format.not_object", part=part_name("document"))
    issuer, issuer_name = check_credential_shape(document)
    proof = parse_proof(document)
    data = hash_data(document, proof.options, loader)  # canonicalization problems are format problems
    parsed = _Parsed(
        credential=document,
        issuer=issuer,
        issuer_name=issuer_name,
        kid=proof.verification_method,
        format_check=make_check("format", "passed", "format.data_integrity", proof.evidence(), suite=proof.cryptosuite),
        verify=lambda public: verify_proof_signature(proof, data, public),
        alg_label=proof.cryptosuite,
    )
    if proof.expires is not None:
        parsed.extra_dates.append(("dates.proof_expired", "proof.expires", proof.expires))
    return parsed


# -- the pipeline --------------------------------------------------------------------
def _run(
    parse: Callable[[], _Parsed],
    *,
    resolver: DidResolver,
    now: datetime | None,
    status: StatusChecker | None,
    trust: TrustChecker | None,
    input_kind: str,
    vc_jwt: str | None,
) -> Verdict:
    now = now or datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("verification time `now` must carry a time zone")
    try:
        parsed = parse()
    except CheckError as exc:
        checks = [exc.as_check()] + [make_check(n, "skipped", "not_checked.unreadable") for n in CHECK_NAMES[1:]]
        return Verdict.from_checks(
            checks, credential=None, issuer=None, issuer_name=None, vc_jwt=vc_jwt, input_kind=input_kind
        )

    key_check, method, resolved = _check_issuer_key(parsed, resolver)
    signature_check = _check_signature(parsed, method)
    dates_check = _check_dates(parsed.credential, parsed.extra_dates, now)
    if signature_check.outcome == "passed" and key_check.outcome == "passed":
        assert resolved is not None
        status_check = _check_status(status, parsed.credential, resolved, now)
        trust_check = _check_trust(trust, parsed.issuer, parsed.issuer_name, now)
    else:  # no revocation lookups or trust claims for a document that is not genuine
        status_check = make_check("status", "skipped", "not_checked.untrusted")
        trust_check = make_check("trust", "skipped", "not_checked.untrusted")
    checks = [parsed.format_check, signature_check, key_check, dates_check, status_check, trust_check]
    return Verdict.from_checks(
        checks,
        credential=parsed.credential,
        issuer=parsed.issuer,
        issuer_name=parsed.issuer_name,
        vc_jwt=vc_jwt,
        input_kind=input_kind,
    )


_SOURCE_CODES = {
    "self-contained": "issuer_key.self_contained",
    "web": "issuer_key.web",
    "cache": "issuer_key.cache",
    "bundle": "issuer_key.bundle",
    "local": "issuer_key.local",
}


def _check_issuer_key(
    parsed: _Parsed, resolver: DidResolver
) -> tuple[Check, VerificationMethod | None, ResolvedDid | None]:
    kid, issuer = parsed.kid, parsed.issuer
    evidence: dict[str, Any] = {"issuer": issuer, "kid": kid}
    if parsed.has_iss and parsed.iss_claim != issuer:
        return (
            make_check(
                "issuer_key",
                "failed",
                "issuer_key.iss_mismatch",
                evidence,
                iss=str(parsed.iss_claim)[:200],
                issuer=issuer,
            ),
            None,
            None,
        )
    try:
        method, resolved = resolver.resolve_assertion_key(kid, issuer)
    except DidResolutionError as exc:
        code = f"issuer_key.{exc.code}" if exc.code != "unresolved" else "issuer_key.unresolved"
        absolute = issuer + kid if isinstance(kid, str) and kid.startswith("#") else kid
        return (
            make_check(
                "issuer_key",
                "failed",
                code,
                {**evidence, "reason": exc.message},
                kid=str(absolute)[:300],
                issuer=issuer,
                reason=exc,
            ),
            None,
            None,
        )
    except UserFacingError as exc:  # a malformed did:key / did:jwk, a web resolver's own error
        return (
            make_check(
                "issuer_key", "failed", "issuer_key.unresolved", {**evidence, "reason": exc.message}, reason=exc
            ),
            None,
            None,
        )
    evidence.update(
        {
            "kid": method.id,
            "source": resolved.source,
            "fetched_at": resolved.fetched_at,
            "method_type": method.type,
            "key_type": method.public_key.curve,
            "key_thumbprint": method.public_key.key_id,
            "notes": list(resolved.notes),
        }
    )
    code = _SOURCE_CODES.get(resolved.source, "issuer_key.found")
    did_method = ":".join(did_of(issuer).split(":")[:2])
    return (
        make_check(
            "issuer_key",
            "passed",
            code,
            evidence,
            method=did_method,
            fetched=resolved.fetched_at or "?",
            source=resolved.source,
        ),
        method,
        resolved,
    )


def _check_signature(parsed: _Parsed, method: VerificationMethod | None) -> Check:
    evidence = {"alg": parsed.alg_label, "kid": parsed.kid}
    if parsed.signature_error is not None:
        return dataclasses.replace(parsed.signature_error.as_check(), evidence=evidence)
    if method is None:
        return make_check("signature", "skipped", "signature.no_key", evidence)
    try:
        valid = parsed.verify(method.public_key)
    except CheckError as exc:
        return dataclasses.replace(exc.as_check(), evidence=evidence)
    if not valid:
        return make_check("signature", "failed", "signature.mismatch", evidence)
    return make_check("signature", "passed", "signature.valid", evidence, alg=parsed.alg_label)


def _check_dates(credential: dict[str, Any], extra: list[tuple[str, str, datetime | None]], now: datetime) -> Check:
    raw_from, raw_until = credential.get("validFrom"), credential.get("validUntil")
    evidence: dict[str, Any] = {
        "validFrom": raw_from,
        "validUntil": raw_until,
        "now": format_datetime(now),
        "clock_skew_seconds": int(CLOCK_SKEW.total_seconds()),
    }

    def failed(code: str, **params: Any) -> Check:
        return make_check("dates", "failed", code, evidence, **params)

    if raw_from is None:
        return failed("dates.no_valid_from")
    valid_from = parse_datetime(raw_from)
    if valid_from is None:
        return failed("dates.invalid", field="validFrom", value=str(raw_from)[:40])
    valid_until = None
    if raw_until is not None:
        valid_until = parse_datetime(raw_until)
        if valid_until is None:
            return failed("dates.invalid", field="validUntil", value=str(raw_until)[:40])
        if valid_until < valid_from:
            return failed("dates.invalid_range", valid_from=raw_from, valid_until=raw_until)
    if now + CLOCK_SKEW < valid_from:
        return failed("dates.not_yet_valid", date=raw_from)
    if valid_until is not None and now - CLOCK_SKEW > valid_until:
        return failed("dates.expired", date=raw_until)
    for code, name, moment in extra:
        if moment is None:
            return failed("dates.invalid", field=name, value=str(credential.get(name))[:40])
        evidence[name] = format_datetime(moment)
        if code == "dates.not_yet_valid" and now + CLOCK_SKEW < moment:
            return failed(code, date=format_datetime(moment))
        if code in ("dates.expired", "dates.proof_expired") and now - CLOCK_SKEW > moment:
            return failed(code, date=format_datetime(moment))
    if raw_until is None:
        return make_check("dates", "passed", "dates.valid_open", evidence, valid_from=raw_from)
    return make_check("dates", "passed", "dates.valid", evidence, valid_from=raw_from, valid_until=raw_until)


def _check_status(
    checker: StatusChecker | None, credential: dict[str, Any], resolved: ResolvedDid, now: datetime
) -> Check:
    if checker is None:
        return make_check("status", "skipped", "status.not_checked")
    try:
        return _named("status", checker.check(credential, resolved, now))
    except UserFacingError as exc:  # no connection and no saved list, say
        return make_check("status", "warning", "status.unavailable", {"reason": exc.message}, reason=exc)


def _check_trust(checker: TrustChecker | None, issuer: str, issuer_name: str | None, now: datetime) -> Check:
    if checker is None:
        return make_check("trust", "warning", "trust.not_listed")
    try:
        return _named("trust", checker.check(issuer, issuer_name, now))
    except UserFacingError as exc:
        return make_check("trust", "warning", "trust.unavailable", {"reason": exc.message}, reason=exc)


def _named(name: str, check: Check) -> Check:
    return check if check.name == name else dataclasses.replace(check, name=name)
