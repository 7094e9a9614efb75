"""The verification pipeline: one test per rejection rule, colours, summaries, input detection."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sello.core.credentials.checks import verify_data_integrity, verify_vc_jwt
from sello.core.credentials.credential import format_datetime, sign_vc_jwt
from sello.core.credentials.dataintegrity import JCS, sign_data_integrity
from sello.core.credentials.verdict import CHECK_NAMES, Check, make_check
from sello.core.encoding import b64url_encode
from sello.core.errors import InputError
from sello.core.i18n import LANGUAGES, codes, register, tr
from sello.core.keys.did import (
    DidResolver,
    ResolvedDid,
    did_jwk_for,
    did_web_document,
    identifiers_for_key,
    parse_did_document,
)
from sello.core.keys.keypair import PublicKey, generate_key
from sello.core.verification.pipeline import verify_input
from tests.unit.core.vc_helpers import ISSUED, NOW, forge, issue, mill_test_report, vc_header

RESOLVER = DidResolver()

# what a trust-list and a status-list checker would register for their own codes
register(
    {
        "test.trust_listed": {"en": "{name} is on the trust list.", "es": "{name} está en la lista de confianza."},
        "test.status_active": {"en": "Not revoked.", "es": "No revocada."},
    }
)


def verify(token: str, **kwargs: Any):
    kwargs.setdefault("resolver", RESOLVER)
    kwargs.setdefault("now", NOW)
    return verify_vc_jwt(token, **kwargs)


def first_failure(verdict) -> tuple[str, str]:
    failed = [c for c in verdict.checks if c.outcome == "failed"]
    assert verdict.color == "red" and failed, [(c.name, c.outcome, c.code) for c in verdict.checks]
    return failed[0].name, failed[0].code


class ListedIssuers:
    def __init__(self, *dids: str) -> None:
        self.dids = set(dids)

    def check(self, issuer_did: str, issuer_name: str | None, now: datetime) -> Check:
        if issuer_did in self.dids:
            return make_check("trust", "passed", "test.trust_listed", {"list": "CANACERO 2026"}, name=issuer_name)
        return make_check("trust", "warning", "trust.not_listed")


class FixedStatus:
    def __init__(self, outcome: str, code: str) -> None:
        self.outcome, self.code = outcome, code
        self.seen: list[tuple[dict, ResolvedDid]] = []

    def check(self, credential: dict, resolved_issuer: ResolvedDid, now: datetime) -> Check:
        self.seen.append((credential, resolved_issuer))
        return make_check("status", self.outcome, self.code)  # type: ignore[arg-type]


class OfflineStatus:
    def check(self, credential: dict, resolved_issuer: ResolvedDid, now: datetime) -> Check:
        raise InputError("the status list could not be downloaded and no copy is saved.")


# -- the happy paths and colours ---------------------------------------------------------
@pytest.mark.parametrize("alg", ["ES384", "EdDSA"])
def test_genuine_credential_without_trust_data_is_amber(alg: str) -> None:
    issued = issue(alg)
    verdict = verify(issued.token)
    assert [c.name for c in verdict.checks] == list(CHECK_NAMES)
    assert [c.outcome for c in verdict.checks] == ["passed", "passed", "passed", "passed", "skipped", "warning"]
    assert verdict.color == "amber" and verdict.ok
    assert verdict.summary("en") == "Signature valid, but the issuer is not on any trust list"
    assert verdict.summary("es") == "Firma válida, pero el emisor no está en ninguna lista de confianza"
    assert verdict.check("status").message["en"] == "Revocation status not checked: no status data."
    assert verdict.credential == issued.credential
    assert (verdict.issuer, verdict.issuer_name, verdict.vc_jwt) == (issued.did, "Aceros del Norte", issued.token)
    assert verdict.input_kind == "vc+jwt"
    assert verdict.check("issuer_key").evidence["source"] == "self-contained"
    assert verdict.check("signature").evidence["alg"] == alg


def test_green_needs_every_check_passed_and_names_the_document() -> None:
    issued = issue("ES384")
    status = FixedStatus("passed", "test.status_active")
    verdict = verify(issued.token, status=status, trust=ListedIssuers(issued.did))
    assert verdict.color == "green"
    assert verdict.summary("en") == "Genuine Mill Test Report from Aceros del Norte, issued 2026-11-02"

    def spanish(types, lang):
        return "Reporte de pruebas de molino" if lang == "es" and "MillTestReportCredential" in types else None

    assert verdict.summary("es", spanish) == (
        "Auténtico: Reporte de pruebas de molino de Aceros del Norte, emitido el 2026-11-02"
    )
    assert status.seen[0][1].did == issued.did  # the checker gets the resolved issuer


def test_revoked_is_red_and_says_so() -> None:
    issued = issue("EdDSA")
    verdict = verify(issued.token, status=FixedStatus("failed", "status.revoked"), trust=ListedIssuers(issued.did))
    assert verdict.color == "red" and not verdict.ok
    assert verdict.summary("en").startswith("REVOKED:")


def test_unavailable_status_is_amber_with_the_reason() -> None:
    issued = issue("ES384")
    verdict = verify(issued.token, status=OfflineStatus(), trust=ListedIssuers(issued.did))
    assert verdict.color == "amber"
    assert verdict.check("status").code == "status.unavailable"
    assert "could not be downloaded" in verdict.summary("en")


def test_status_and_trust_are_not_consulted_for_a_bad_signature() -> None:
    issued = issue("ES384")
    status = FixedStatus("passed", "test.status_active")
    header, payload, signature = issued.token.split(".")
    tampered = json.loads(json.dumps(issued.credential))
    tampered["credentialSubject"]["heatNumber"] = "H26-9999"
    token = f"{header}.{b64url_encode(json.dumps(tampered).encode())}.{signature}"
    verdict = verify(token, status=status, trust=ListedIssuers(issued.did))
    assert first_failure(verdict) == ("signature", "signature.mismatch")
    assert verdict.summary("en") == "ALTERED: signature does not match"
    assert verdict.summary("es") == "ALTERADO: la firma no coincide"
    assert verdict.check("status").code == verdict.check("trust").code == "not_checked.untrusted"
    assert status.seen == []


def test_to_json_carries_every_check_and_is_json() -> None:
    verdict = verify(issue("EdDSA").token)
    data = json.loads(json.dumps(verdict.to_json()))
    assert [c["name"] for c in data["checks"]] == list(CHECK_NAMES)
    assert data["color"] == "amber" and data["ok"] is True
    assert set(data["summary"]) == set(LANGUAGES)
    assert all(set(c["message"]) == set(LANGUAGES) for c in data["checks"])


# -- accepted variants --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("changes", "kid_style"),
    [
        ({"alg": "Ed25519"}, "absolute"),  # RFC 9864 name
        ({"cty": "vc+ld+json"}, "absolute"),  # legacy content type
        ({"cty": None}, "absolute"),  # cty is optional
        ({"typ": "application/vc+jwt"}, "absolute"),
        ({}, "relative"),  # kid "#0" relative to the issuer DID
    ],
)
def test_accepted_header_variants(changes: dict, kid_style: str) -> None:
    key = generate_key("EdDSA")
    did = did_jwk_for(key.public)
    kid = "#0" if kid_style == "relative" else f"{did}#0"
    token = forge(vc_header(key, kid, **changes), mill_test_report(did), key)
    verdict = verify(token)
    assert verdict.color == "amber", [(c.name, c.code) for c in verdict.checks]
    assert verdict.check("issuer_key").evidence["kid"] == f"{did}#0"


def _p256_token(**header_changes: Any) -> tuple[str, str]:
    secret = ec.generate_private_key(ec.SECP256R1())
    numbers = secret.public_key().public_numbers()
    public = PublicKey.from_jwk(
        {
            "kty": "EC",
            "crv": "P-256",
            "x": b64url_encode(numbers.x.to_bytes(32, "big")),
            "y": b64url_encode(numbers.y.to_bytes(32, "big")),
        }
    )
    did = did_jwk_for(public)
    header = {"alg": "ES256", "typ": "vc+jwt", "cty": "vc", "kid": f"{did}#0", **header_changes}
    signing_input = (
        f"{b64url_encode(json.dumps(header).encode())}.{b64url_encode(json.dumps(mill_test_report(did)).encode())}"
    )
    r, s = decode_dss_signature(secret.sign(signing_input.encode(), ec.ECDSA(hashes.SHA256())))
    return f"{signing_input}.{b64url_encode(r.to_bytes(32, 'big') + s.to_bytes(32, 'big'))}", did


def test_es256_from_another_vendor_verifies() -> None:
    token, did = _p256_token()
    verdict = verify(token)
    assert verdict.color == "amber" and verdict.issuer == did


def test_did_web_issuer_through_the_web_resolver_seam() -> None:
    issued = issue("ES384", method="web")

    def from_cache(did: str) -> ResolvedDid:
        return parse_did_document(
            did, did_web_document(did, [issued.key.public]), source="cache", fetched_at="2026-11-01T08:00:00Z"
        )

    verdict = verify(issued.token, resolver=DidResolver(web_resolver=from_cache))
    key_check = verdict.check("issuer_key")
    assert key_check.code == "issuer_key.cache" and "2026-11-01T08:00:00Z" in key_check.message["es"]
    assert key_check.evidence["fetched_at"] == "2026-11-01T08:00:00Z"
    assert verdict.color == "amber"


# -- one test per rejection rule -----------------------------------------------------------
def test_rejects_alg_none() -> None:
    issued = issue("ES384")
    token = forge(vc_header(issued.key, issued.kid, alg="none"), issued.credential, None)
    assert first_failure(verify(token)) == ("signature", "signature.alg_none")


def test_rejects_hmac() -> None:
    issued = issue("ES384")
    token = forge(vc_header(issued.key, issued.kid, alg="HS256"), issued.credential, issued.key)
    assert first_failure(verify(token)) == ("signature", "signature.alg_symmetric")


def test_rejects_unknown_algorithms() -> None:
    issued = issue("ES384")
    token = forge(vc_header(issued.key, issued.kid, alg="RS256"), issued.credential, issued.key)
    assert first_failure(verify(token)) == ("signature", "signature.alg_unsupported")


@pytest.mark.parametrize(("key_alg", "claimed"), [("ES384", "ES256"), ("ES384", "EdDSA"), ("EdDSA", "ES384")])
def test_rejects_alg_the_key_type_does_not_allow(key_alg: str, claimed: str) -> None:
    issued = issue(key_alg)
    token = forge(vc_header(issued.key, issued.kid, alg=claimed), issued.credential, issued.key)
    assert first_failure(verify(token)) == ("signature", "signature.alg_key_mismatch")


def test_rejects_kid_outside_the_issuer_did() -> None:
    issued = issue("EdDSA")
    attacker = issue("EdDSA")  # signs a credential naming the victim as issuer, with its own key
    token = forge(vc_header(attacker.key, attacker.kid), issued.credential, attacker.key)
    verdict = verify(token)
    assert first_failure(verdict) == ("issuer_key", "issuer_key.kid_not_issuer")
    # the attacker's own did:key signature is still checked, and said to be by a refused key
    assert verdict.check("signature").code == "signature.valid_refused_key"
    # the headline is a sentence an officer understands; the key ids are in the check's details
    assert verdict.summary("en") == "NOT FROM THE ISSUER: it was signed with a key its issuer does not vouch for"
    assert verdict.summary("es").startswith("NO ES DEL EMISOR:") and "did:" not in verdict.summary("es")


def test_rejects_missing_kid() -> None:
    issued = issue("EdDSA")
    token = forge(vc_header(issued.key, None), issued.credential, issued.key)
    assert first_failure(verify(token)) == ("issuer_key", "issuer_key.no_kid")


def test_rejects_key_not_in_did_document_or_not_for_assertions() -> None:
    issued = issue("ES384", method="web")
    other = generate_key("ES384")

    def document_with(public: PublicKey, assertion: bool) -> DidResolver:
        def resolve(did: str) -> ResolvedDid:
            doc = did_web_document(did, [public])
            if not assertion:
                doc["assertionMethod"] = []
            return parse_did_document(did, doc, source="web", fetched_at="2026-11-02T17:00:00Z")

        return DidResolver(web_resolver=resolve)

    assert first_failure(verify(issued.token, resolver=document_with(other.public, True))) == (
        "issuer_key",
        "issuer_key.unknown_key",
    )
    assert first_failure(verify(issued.token, resolver=document_with(issued.key.public, False))) == (
        "issuer_key",
        "issuer_key.not_assertion_method",
    )


def test_did_web_without_network_or_bundle_cannot_be_confirmed_never_red() -> None:
    verdict = verify(issue("ES384", method="web").token)
    assert verdict.color == "blue" and verdict.state == "cannot_confirm" and not verdict.ok
    assert verdict.check("issuer_key").outcome == "unavailable"
    assert verdict.check("issuer_key").code == "issuer_key.unavailable"
    assert verdict.check("signature").outcome == "skipped"
    assert "trust bundle" in verdict.check("issuer_key").evidence["reason"]
    assert "import the current trust bundle" in verdict.remedy("en")
    assert "paquete de confianza" in verdict.remedy("es")
    assert verdict.summary("es").startswith("No se pudo obtener la clave del emisor")
    data = verdict.to_json()
    assert (data["color"], data["state"], data["ok"]) == ("blue", "cannot_confirm", False)
    assert data["remedy"]["en"] == verdict.remedy("en")


def test_an_altered_document_is_red_even_when_the_key_cannot_be_had() -> None:
    """Proven problems stay red whatever the network says: alg none, malformed, expired."""
    issued = issue("ES384", method="web")
    none_alg = forge(vc_header(issued.key, issued.kid, alg="none"), issued.credential, None)
    assert verify(none_alg).color == "red"
    assert verify("x" + issued.token).color == "red"
    expired = forge(
        vc_header(issued.key, issued.kid), {**issued.credential, "validUntil": "2020-01-01T00:00:00Z"}, issued.key
    )
    assert verify(expired).color == "red"


def test_rejects_iss_claim_naming_someone_else() -> None:
    issued = issue("ES384")
    token = forge(vc_header(issued.key, issued.kid), {**issued.credential, "iss": "did:web:other.example"}, issued.key)
    assert first_failure(verify(token)) == ("issuer_key", "issuer_key.iss_mismatch")
    same = forge(vc_header(issued.key, issued.kid), {**issued.credential, "iss": issued.did}, issued.key)
    assert verify(same).ok


@pytest.mark.parametrize("part", [0, 1, 2])
@pytest.mark.parametrize("damage", ["+", "=", "!"])
def test_rejects_malformed_base64url(part: int, damage: str) -> None:
    segments = issue("EdDSA").token.split(".")
    segments[part] = segments[part][:10] + damage + segments[part][11:]
    assert first_failure(verify(".".join(segments))) == ("format", "format.bad_base64")


def test_rejects_non_canonical_base64url_tail() -> None:
    # an Ed25519 signature is 64 bytes: 86 characters, the last carrying 4 unused bits
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    segments = issue("EdDSA").token.split(".")
    last = alphabet.index(segments[2][-1])
    segments[2] = segments[2][:-1] + alphabet[(last & 0x30) | 0x01]  # same bytes, a padding bit set
    assert first_failure(verify(".".join(segments))) == ("format", "format.bad_base64")


@pytest.mark.parametrize(
    ("header", "payload", "code"),
    [
        (b"{not json", None, "format.bad_json"),
        (b"\xff\xfe", None, "format.bad_json"),
        (b'{"alg":"ES384","alg":"none","typ":"vc+jwt","kid":"x"}', None, "format.duplicate_member"),
        (b"[1,2]", None, "format.not_object"),
        (None, b"{oops", "format.bad_json"),
        (None, b'{"@context":["https://www.w3.org/ns/credentials/v2"],"@context":[]}', "format.duplicate_member"),
        (None, b"[]", "format.not_object"),
        (None, b'{"n": NaN}', "format.bad_json"),
    ],
)
def test_rejects_malformed_json(header: bytes | None, payload: bytes | None, code: str) -> None:
    issued = issue("ES384")
    segments = issued.token.split(".")
    if header is not None:
        segments[0] = b64url_encode(header)
    if payload is not None:
        segments[1] = b64url_encode(payload)
    assert first_failure(verify(".".join(segments))) == ("format", code)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"crit": ["exp"]}, "format.crit"),
        ({"crit": ["b64"], "b64": False}, "format.crit"),
        ({"b64": False}, "format.b64"),
        ({"typ": None, "cty": None}, "format.typ_missing"),  # no typ and no credential cty: a bare JWT
        ({"typ": "JWT"}, "format.typ"),
        ({"typ": "vc+sd-jwt"}, "format.typ"),
        ({"cty": "json"}, "format.cty"),
        ({"alg": None}, "format.no_alg"),
    ],
)
def test_rejects_header_profile_violations(changes: dict, code: str) -> None:
    issued = issue("ES384")
    token = forge(vc_header(issued.key, issued.kid, **changes), issued.credential, issued.key)
    assert first_failure(verify(token)) == ("format", code)


def test_rejects_legacy_vc_jwt_with_a_message() -> None:
    issued = issue("ES384")
    legacy = {
        "iss": issued.did,
        "nbf": 1700000000,
        "jti": "urn:uuid:1",
        "vc": {
            "@context": ["https://www.w3.org/2018/credentials/v1"],
            "type": ["VerifiableCredential"],
            "credentialSubject": {},
        },
    }
    token = forge(vc_header(issued.key, issued.kid, typ="JWT"), legacy, issued.key)
    assert first_failure(verify(token)) == ("format", "format.typ")
    token = forge(vc_header(issued.key, issued.kid), legacy, issued.key)
    verdict = verify(token)
    assert first_failure(verdict) == ("format", "format.legacy_vc_jwt")
    assert "VC 2.0" in verdict.summary("en")


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"@context": ["https://www.w3.org/2018/credentials/v1"]}, "format.vc1"),
        ({"@context": ["https://w3id.org/traceability/v1"]}, "format.not_vc2"),
        ({"type": ["MillTestReportCredential"]}, "format.not_credential"),
        ({"issuer": {"name": "Aceros del Norte"}}, "format.no_issuer"),
        ({"credentialSubject": None}, "format.no_subject"),
    ],
)
def test_rejects_payloads_that_are_not_vc2_credentials(changes: dict, code: str) -> None:
    issued = issue("EdDSA")
    payload = {k: v for k, v in {**issued.credential, **changes}.items() if v is not None}
    token = forge(vc_header(issued.key, issued.kid), payload, issued.key)
    assert first_failure(verify(token)) == ("format", code)


def _token_with_dates(**dates: Any) -> str:
    issued = issue("ES384")
    payload = {k: v for k, v in {**issued.credential, **dates}.items() if v is not None}
    return forge(vc_header(issued.key, issued.kid), payload, issued.key)


@pytest.mark.parametrize(
    ("dates", "code"),
    [
        ({"validFrom": None}, "dates.no_valid_from"),
        ({"validFrom": "2026-11-02"}, "dates.invalid"),
        ({"validFrom": "2026-11-02T16:05:00"}, "dates.invalid"),  # no time zone
        ({"validUntil": "soon"}, "dates.invalid"),
        ({"validUntil": "2026-11-01T00:00:00Z"}, "dates.invalid_range"),
        ({"validFrom": "2025-01-01T00:00:00Z", "validUntil": "2026-11-01T00:00:00Z"}, "dates.expired"),
        ({"validFrom": format_datetime(NOW + timedelta(hours=1))}, "dates.not_yet_valid"),
        ({"exp": int((NOW - timedelta(days=1)).timestamp())}, "dates.expired"),
        ({"nbf": int((NOW + timedelta(days=1)).timestamp())}, "dates.not_yet_valid"),
        ({"exp": "tomorrow"}, "dates.invalid"),
    ],
)
def test_date_rules(dates: dict, code: str) -> None:
    verdict = verify(_token_with_dates(**dates))
    assert verdict.check("signature").outcome == "passed"
    assert first_failure(verdict) == ("dates", code)


def test_expired_summary() -> None:
    verdict = verify(_token_with_dates(validFrom="2025-01-01T00:00:00Z", validUntil="2026-11-01T00:00:00Z"))
    from sello.core.credentials.moments import local_time

    shown = local_time("2026-11-01T00:00:00Z")  # the headline reads in the officer's time zone
    assert verdict.summary("en") == f"EXPIRED: the credential expired on {shown}"
    assert verdict.summary("es") == f"VENCIDO: la credencial venció el {shown}"
    assert verdict.check("dates").message["en"].endswith("2026-11-01T00:00:00Z.")  # the record keeps the value


def test_clock_skew_allowance() -> None:
    almost = format_datetime(NOW + timedelta(minutes=3))
    assert verify(_token_with_dates(validFrom=almost)).check("dates").outcome == "passed"
    just_gone = format_datetime(NOW - timedelta(minutes=3))
    assert verify(_token_with_dates(validUntil=just_gone)).check("dates").outcome == "passed"


@pytest.mark.parametrize(
    ("token", "code"),
    [
        ("a.b", "format.not_compact_jws"),
        ("a.b.c.d.e", "format.jwe"),
        ("eyJhbGciOiJFUzM4NCJ9..c2ln", "format.detached_payload"),
    ],
)
def test_rejects_non_jws_shapes(token: str, code: str) -> None:
    assert first_failure(verify(token)) == ("format", code)
    assert [c.outcome for c in verify(token).checks[1:]] == ["skipped"] * 5


# -- verify_input ------------------------------------------------------------------------------
def test_verify_input_detects_each_kind() -> None:
    issued = issue("ES384")
    assert verify_input(issued.token, resolver=RESOLVER, now=NOW).input_kind == "vc+jwt"
    assert verify_input(f"  {issued.token}\r\n".encode(), resolver=RESOLVER, now=NOW).ok
    wrapped = verify_input(json.dumps({"vc_jwt": issued.token}), resolver=RESOLVER, now=NOW)
    assert wrapped.input_kind == "json" and wrapped.ok
    ed = generate_key("EdDSA")
    did, kid = identifiers_for_key(ed.public, "key")
    document = sign_data_integrity(mill_test_report(did), ed, kid, JCS, created=ISSUED)
    di = verify_input(json.dumps(document), resolver=RESOLVER, now=NOW)
    assert di.input_kind == "data-integrity" and di.ok


def test_verify_input_reads_td1_qr_text() -> None:
    from sello.core.qr.payload import encode_td1

    issued = issue("EdDSA")
    verdict = verify_input(encode_td1(issued.token, mode="generic"), resolver=RESOLVER, now=NOW)
    assert verdict.input_kind == "td1" and verdict.ok and verdict.vc_jwt == issued.token


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("", "empty"),
        ("   \n", "empty"),
        (b"\xff\xfe\x00", "UTF-8"),
        ("hello world", "not a credential"),
        ("{not json", "cannot be read"),
        ('{"a": 1, "a": 2}', "twice"),
        ('{"vc_jwt": 5}', "vc_jwt"),
        ('{"@context": ["https://www.w3.org/ns/credentials/v2"], "credentialSubject": {}}', "unsigned"),
        ('{"hello": "world"}', "neither"),
        ("a.b.c.d.e", "JWE"),
        ("TD1:!!!!", "TD1"),
    ],
)
def test_verify_input_refuses_unusable_input_with_one_line(data: Any, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        verify_input(data, resolver=RESOLVER, now=NOW)
    assert "\n" not in str(caught.value)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.text(),
        st.from_regex(r"\A[A-Za-z0-9_\-]{0,40}\.[A-Za-z0-9_\-]{0,80}\.[A-Za-z0-9_\-]{0,40}\Z"),
        st.builds(lambda s: "{" + s, st.text()),
        st.builds(lambda s: "TD1:" + s, st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")),
    )
)
def test_arbitrary_text_is_an_input_error_or_a_red_verdict(text: str) -> None:
    try:
        verdict = verify_input(text, resolver=RESOLVER, now=NOW)
    except InputError:
        return
    assert verdict.color == "red"


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_single_character_change_to_a_token_is_red(data: st.DataObject) -> None:
    token = SAMPLE.token
    index = data.draw(st.integers(0, len(token) - 1))
    replacement = data.draw(st.sampled_from("AaBbQw019-_.").filter(lambda c: c != token[index]))
    verdict = verify(token[:index] + replacement + token[index + 1 :])
    assert verdict.color == "red"


SAMPLE = issue("ES384")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=8),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
        max_leaves=10,
    )
)
def test_hostile_data_integrity_documents_never_crash(subject: Any) -> None:
    document = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential"],
        "issuer": "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
        "validFrom": "2026-01-01T00:00:00Z",
        "credentialSubject": subject,
        "proof": {
            "type": "DataIntegrityProof",
            "cryptosuite": "eddsa-rdfc-2022",
            "verificationMethod": "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
            "#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
            "proofPurpose": "assertionMethod",
            "proofValue": "z" + "2" * 86,
        },
    }
    assert verify_data_integrity(document, resolver=RESOLVER, now=NOW).color == "red"


# -- messages ------------------------------------------------------------------------------------
def test_every_message_exists_in_both_languages_and_formats() -> None:
    for code in codes():
        for lang in LANGUAGES:
            text = tr(code, lang, alg="ES384", part={"en": "header", "es": "encabezado"})
            assert text and text != code


def test_every_check_of_many_verdicts_has_a_catalogued_message() -> None:
    tokens = [
        issue("ES384").token,
        "a.b",
        "a.b.c",
        _token_with_dates(validFrom=None),
        forge(vc_header(SAMPLE.key, SAMPLE.kid, alg="none"), SAMPLE.credential, None),
    ]
    for token in tokens:
        for check in verify(token).checks:
            assert check.code in codes(), check.code
            assert "{" not in check.message["en"] and "{" not in check.message["es"], check.message


def test_sign_then_verify_round_trip_for_jwk_and_key_dids() -> None:
    for method in ("key", "jwk"):
        for alg in ("ES384", "EdDSA"):
            key = generate_key(alg)
            did, kid = identifiers_for_key(key.public, method)
            assert verify(sign_vc_jwt(mill_test_report(did), key, kid)).color == "amber"
