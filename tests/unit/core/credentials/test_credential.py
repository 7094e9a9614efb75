"""Building credentials and signing them as vc+jwt."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone

import pytest
import rfc8785

from sello.core.credentials.credential import (
    build_credential,
    format_datetime,
    parse_datetime,
    prepare_for_signing,
    sign_vc_jwt,
)
from sello.core.credentials.jsonld import TRACEABILITY, VC2
from sello.core.encoding import b64url_decode
from sello.core.errors import InputError
from sello.core.keys.did import did_web_document, identifiers_for_key, parse_did_document
from sello.core.keys.keypair import generate_key
from tests.unit.core.vc_helpers import ISSUED, mill_test_report

ALGS = ["ES384", "EdDSA"]


def test_build_credential_is_vc2_with_object_issuer_and_utc_dates() -> None:
    credential = build_credential(
        types=["MillTestReportCredential"],
        subject={"certificateNumber": "MTR-1"},
        issuer={"id": "did:web:acerosdelnorte.mx", "name": "Aceros del Norte"},
        valid_from=datetime(2026, 11, 2, 10, 5, 7, 123456, tzinfo=timezone(timedelta(hours=-6))),
        valid_until=datetime(2027, 11, 2, tzinfo=UTC),
        status={"type": "BitstringStatusListEntry", "statusListIndex": "7"},
    )
    assert credential["@context"] == [VC2, TRACEABILITY]
    uuid4 = r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
    assert re.fullmatch(uuid4, credential["id"])
    assert credential["type"] == ["VerifiableCredential", "MillTestReportCredential"]
    assert credential["issuer"] == {"id": "did:web:acerosdelnorte.mx", "name": "Aceros del Norte"}
    assert credential["validFrom"] == "2026-11-02T16:05:07Z"  # UTC, whole seconds
    assert credential["validUntil"] == "2027-11-02T00:00:00Z"
    assert credential["credentialStatus"]["statusListIndex"] == "7"
    assert build_credential(types="X", subject={}, issuer={"id": "did:key:z"})["id"] != credential["id"]


def test_build_credential_defaults_and_refusals() -> None:
    credential = build_credential(types=["VerifiableCredential"], subject={}, issuer={"id": "did:key:z6Mk"})
    assert credential["type"] == ["VerifiableCredential"]
    assert "validUntil" not in credential and "credentialStatus" not in credential
    assert abs(parse_datetime(credential["validFrom"]) - datetime.now(UTC)) < timedelta(seconds=5)
    with pytest.raises(InputError, match="DID"):
        build_credential(types=["X"], subject={}, issuer={"name": "no id"})
    with pytest.raises(InputError, match="after its start"):
        build_credential(types=["X"], subject={}, issuer={"id": "did:key:z"}, valid_from=ISSUED, valid_until=ISSUED)
    with pytest.raises(InputError, match="first context"):
        build_credential(types=["X"], subject={}, issuer={"id": "did:key:z"}, contexts=(TRACEABILITY,))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-02T16:05:00Z", datetime(2026, 11, 2, 16, 5, tzinfo=UTC)),
        ("2026-11-02T10:05:00-06:00", datetime(2026, 11, 2, 16, 5, tzinfo=UTC)),
        ("2026-11-02T16:05:00.123456789Z", datetime(2026, 11, 2, 16, 5, 0, 123456, tzinfo=UTC)),
        ("2026-11-02T16:05:00", None),  # no time zone
        ("2026-11-02", None),
        ("2026-13-02T16:05:00Z", None),
        ("2026-11-02t16:05:00z", None),
        (" 2026-11-02T16:05:00Z", None),
        (20261102, None),
    ],
)
def test_parse_datetime_is_strict(text: object, expected: datetime | None) -> None:
    assert parse_datetime(text) == expected


def test_format_datetime_refuses_naive_times() -> None:
    with pytest.raises(ValueError, match="time zone"):
        format_datetime(datetime(2026, 1, 1))


def test_prepare_for_signing_sets_issuer_and_fills_gaps() -> None:
    draft = {
        "@context": [VC2],
        "type": ["VerifiableCredential"],
        "issuer": "did:web:old.example",
        "credentialSubject": {"id": "urn:x"},
    }
    ready = prepare_for_signing(draft, "did:key:z6MkNew", issuer_name="Aceros del Norte")
    assert ready["issuer"] == {"id": "did:key:z6MkNew", "name": "Aceros del Norte"}
    assert ready["id"].startswith("urn:uuid:") and parse_datetime(ready["validFrom"]) is not None
    assert draft["issuer"] == "did:web:old.example"  # input untouched
    kept = prepare_for_signing(
        {
            **draft,
            "issuer": {"id": "x", "name": "Old", "image": "data:,"},
            "id": "urn:a",
            "validFrom": "2020-01-01T00:00:00Z",
        },
        "did:key:z6MkNew",
    )
    assert kept["issuer"] == {"id": "did:key:z6MkNew", "name": "Old", "image": "data:,"}
    assert kept["id"] == "urn:a" and kept["validFrom"] == "2020-01-01T00:00:00Z"


@pytest.mark.parametrize("alg", ALGS)
def test_sign_vc_jwt_header_and_payload_are_jcs(alg: str) -> None:
    key = generate_key(alg)
    did, kid = identifiers_for_key(key.public, "key")
    credential = mill_test_report(did)
    credential["credentialSubject"]["remarks"] = "Acero laminado en caliente, ñ ü €"
    token = sign_vc_jwt(credential, key, kid)
    header_b64, payload_b64, signature_b64 = token.split(".")
    header = json.loads(b64url_decode(header_b64))
    assert header == {"alg": alg, "typ": "vc+jwt", "cty": "vc", "kid": kid}
    assert b64url_decode(header_b64) == rfc8785.dumps(header)
    assert b64url_decode(payload_b64) == rfc8785.dumps(credential)
    assert len(b64url_decode(signature_b64)) == (96 if alg == "ES384" else 64)
    assert key.public.verify(alg, f"{header_b64}.{payload_b64}".encode(), b64url_decode(signature_b64))


def test_sign_refuses_kid_of_another_did() -> None:
    key = generate_key("ES384")
    did, _ = identifiers_for_key(key.public, "key")
    other_did, other_kid = identifiers_for_key(generate_key("ES384").public, "key")
    with pytest.raises(InputError, match="belongs to"):
        sign_vc_jwt(mill_test_report(did), key, other_kid)
    # kid of the issuer's DID, but the DID names a different key than the one signing
    with pytest.raises(InputError, match="different key"):
        sign_vc_jwt(mill_test_report(other_did), key, other_kid)


def test_sign_with_did_web_kid_checks_only_the_did() -> None:
    key = generate_key("EdDSA")
    did, kid = identifiers_for_key(key.public, "web", "acerosdelnorte.mx")
    token = sign_vc_jwt(mill_test_report(did), key, kid)
    assert parse_did_document(did, did_web_document(did, [key.public]), source="local").methods[kid]
    assert token.count(".") == 2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"@context": ["https://www.w3.org/2018/credentials/v1"]}, "1.1"),
        ({"type": ["MillTestReportCredential"]}, "VerifiableCredential"),
        ({"validFrom": "yesterday"}, "validFrom"),
        ({"issuer": {"name": "no id"}}, "issuer"),
    ],
)
def test_sign_refuses_what_would_not_verify(change: dict, message: str) -> None:
    key = generate_key("ES384")
    did, kid = identifiers_for_key(key.public, "jwk")
    with pytest.raises(InputError, match=message):
        sign_vc_jwt({**mill_test_report(did), **change}, key, kid)


def test_sign_refuses_values_json_cannot_carry_exactly() -> None:
    key = generate_key("EdDSA")
    did, kid = identifiers_for_key(key.public, "key")
    credential = mill_test_report(did)
    credential["credentialSubject"]["pieces"] = 2**60
    with pytest.raises(InputError, match="exactly"):
        sign_vc_jwt(credential, key, kid)
