"""The one verification pipeline: CLI, verifier window and tests all come here.

Every verdict carries the same six checks, in order — format, signature,
issuer_key, dates, status, trust — each with its evidence (DESIGN §4). Status and
trust come from pluggable checkers; without them, status is "skipped" and trust a
"warning", so the verdict is at best amber.

`input_kind` of a verdict: "vc+jwt" (a compact JWS), "td1" (QR text), "json" (an
object with a `vc_jwt` member) or "data-integrity" (a JSON credential with a proof);
for presentations (`verification/presentation.py`) "vp+jwt" or "presentation", and for
the credentials they carry "enveloped" or "embedded". The securing formats themselves
are read in `securing.py`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from sello.core.credentials.credential import format_datetime, parse_datetime
from sello.core.credentials.dataintegrity import ContextNotCarried
from sello.core.credentials.issuer_key import key_grade, key_unavailable_outcome
from sello.core.credentials.jsonld import OfflineDocumentLoader
from sello.core.credentials.securing import VC2_DATES, ParsedDocument, parse_data_integrity, parse_jose
from sello.core.credentials.verdict import CHECK_NAMES, Check, CheckError, Verdict, make_check, reason_evidence
from sello.core.errors import UserFacingError
from sello.core.keys.did import (
    DidResolutionError,
    DidResolver,
    ResolvedDid,
    VerificationMethod,
    did_of,
    self_contained_key,
)

__all__ = ["CLOCK_SKEW", "Check", "StatusChecker", "TrustChecker", "Verdict", "verify_data_integrity", "verify_vc_jwt"]

CLOCK_SKEW = timedelta(minutes=5)  # clocks at border desks and mills drift; allow this much either way


class StatusChecker(Protocol):
    """Revocation: a `Check` named "status" (passed / failed "status.revoked" / warning when stale)."""

    def check(self, credential: dict[str, Any], resolved_issuer: ResolvedDid, now: datetime) -> Check: ...


class TrustChecker(Protocol):
    """Trust lists: a `Check` named "trust" (passed when listed, warning when not)."""

    def check(self, issuer_did: str, issuer_name: str | None, now: datetime) -> Check: ...


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
        lambda: parse_jose(token),
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
    """Verify a JSON credential secured with a Data Integrity proof (eddsa-*, ecdsa-*)."""
    return _run(
        lambda: parse_data_integrity(document, loader),
        resolver=resolver,
        now=now,
        status=status,
        trust=trust,
        input_kind="data-integrity",
        vc_jwt=None,
    )


# -- the pipeline --------------------------------------------------------------------
def _run(
    parse: Callable[[], ParsedDocument],
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
    except ContextNotCarried as exc:
        # "cannot confirm" (blue): the proof cannot be checked here (a JSON-LD context Sello does
        # not carry); nothing shows the document is altered, so never red
        checks = [
            make_check("format", "unavailable", exc.code, exc.evidence, **exc.params),
            make_check("signature", "skipped", "not_checked.cannot_confirm"),
        ]
        checks += [make_check(n, "skipped", "not_checked.cannot_confirm") for n in CHECK_NAMES[2:]]
        return Verdict.from_checks(
            checks,
            credential=exc.document,
            issuer=exc.issuer,
            issuer_name=exc.issuer_name,
            vc_jwt=vc_jwt,
            input_kind=input_kind,
        )
    except CheckError as exc:
        checks = [exc.as_check()] + [make_check(n, "skipped", "not_checked.unreadable") for n in CHECK_NAMES[1:]]
        return Verdict.from_checks(
            checks, credential=None, issuer=None, issuer_name=None, vc_jwt=vc_jwt, input_kind=input_kind
        )

    key_check, method, resolved = _check_issuer_key(parsed, resolver)
    signature_check = _check_signature(parsed, method, refused_key=key_check.outcome == "failed")
    dates_check = _check_dates(parsed.credential, parsed.extra_dates, now, parsed.date_fields)
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
    parsed: ParsedDocument, resolver: DidResolver
) -> tuple[Check, VerificationMethod | None, ResolvedDid | None]:
    """The issuer's key; when it is refused but self-contained (did:key, did:jwk), the
    method is still returned so the signature check says whether the signature holds."""
    kid, issuer = parsed.kid, parsed.issuer
    evidence: dict[str, Any] = {"issuer": issuer, "kid": kid}
    for claim in parsed.iss_claims:
        if claim != issuer:
            return (
                make_check(
                    "issuer_key", "failed", "issuer_key.iss_mismatch", evidence, iss=str(claim)[:200], issuer=issuer
                ),
                None,
                None,
            )
    absolute = issuer + kid if isinstance(kid, str) and kid.startswith("#") else kid
    try:
        method, resolved = resolver.resolve_assertion_key(kid, issuer, parsed.relationship)
    except DidResolutionError as exc:
        code = f"issuer_key.{exc.code}" if exc.code != "unresolved" else "issuer_key.unresolved"
        return (
            make_check(
                "issuer_key",
                key_unavailable_outcome(exc.code),  # "cannot confirm" is never red
                code,
                {**evidence, **reason_evidence(exc)},
                kid=str(absolute)[:300],
                issuer=issuer,
                reason=exc,
            ),
            self_contained_key(absolute),
            None,
        )
    except UserFacingError as exc:  # a malformed did:key / did:jwk
        return (
            make_check("issuer_key", "failed", "issuer_key.malformed", {**evidence, **reason_evidence(exc)}),
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
    graded = key_grade(method, resolved)  # a saved copy (its age; amber when old), a rotated-out key (amber)
    if graded is not None:
        return make_check("issuer_key", graded[0], graded[1], evidence, **graded[2]), method, resolved
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


def _check_signature(parsed: ParsedDocument, method: VerificationMethod | None, *, refused_key: bool = False) -> Check:
    """`refused_key`: `method` is the key the document names but the issuer does not own
    (did:key / did:jwk): the signature is still checked so the evidence says which."""
    evidence = {"alg": parsed.alg_label, "kid": parsed.kid}
    if parsed.signature_error is not None:
        return dataclasses.replace(parsed.signature_error.as_check(), evidence=evidence)
    if method is None:
        return make_check("signature", "skipped", "signature.no_key", evidence)
    try:
        valid = parsed.verify(method.public_key)
    except CheckError as exc:
        if refused_key:  # the key named is not the issuer's anyway: that is the reason to give
            return make_check("signature", "skipped", "signature.no_key", evidence)
        return dataclasses.replace(exc.as_check(), evidence=evidence)
    if not valid and refused_key:
        return make_check("signature", "skipped", "signature.no_key", evidence)
    if not valid:
        return make_check("signature", "failed", "signature.mismatch", evidence)
    if refused_key:
        return make_check("signature", "warning", "signature.valid_refused_key", evidence, kid=str(method.id)[:300])
    return make_check("signature", "passed", "signature.valid", evidence, alg=parsed.alg_label)


def _check_dates(
    credential: dict[str, Any],
    extra: list[tuple[str, str, datetime | None]],
    now: datetime,
    fields: tuple[str, str] | None = VC2_DATES,
) -> Check:
    """`fields`: the credential's (start, end) members; None for a presentation, whose own
    validFrom/validUntil are optional."""
    from_name, until_name = fields or VC2_DATES
    raw_from, raw_until = credential.get(from_name), credential.get(until_name)
    evidence: dict[str, Any] = {
        from_name: raw_from,
        until_name: raw_until,
        "now": format_datetime(now),
        "clock_skew_seconds": int(CLOCK_SKEW.total_seconds()),
    }

    def failed(code: str, **params: Any) -> Check:
        return make_check("dates", "failed", code, evidence, **params)

    if raw_from is None and fields is None:
        valid_from = None
    elif raw_from is None:
        return failed("dates.no_valid_from")
    else:
        valid_from = parse_datetime(raw_from)
        if valid_from is None:
            return failed("dates.invalid", field=from_name, value=str(raw_from)[:40])
    valid_until = None
    if raw_until is not None:
        valid_until = parse_datetime(raw_until)
        if valid_until is None:
            return failed("dates.invalid", field=until_name, value=str(raw_until)[:40])
        if valid_from is not None and valid_until < valid_from:
            return failed("dates.invalid_range", valid_from=raw_from, valid_until=raw_until)
    if valid_from is not None and now + CLOCK_SKEW < valid_from:
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
    if raw_from is None:
        return make_check("dates", "passed", "dates.presentation", evidence)
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
        return make_check("status", "warning", "status.unavailable", reason_evidence(exc), reason=exc)


def _check_trust(checker: TrustChecker | None, issuer: str, issuer_name: str | None, now: datetime) -> Check:
    if checker is None:
        return make_check("trust", "warning", "trust.not_listed")
    try:
        return _named("trust", checker.check(issuer, issuer_name, now))
    except UserFacingError as exc:
        return make_check("trust", "warning", "trust.unavailable", reason_evidence(exc), reason=exc)


def _named(name: str, check: Check) -> Check:
    return check if check.name == name else dataclasses.replace(check, name=name)
