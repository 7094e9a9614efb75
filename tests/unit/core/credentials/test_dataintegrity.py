"""Data Integrity eddsa-rdfc-2022 / eddsa-jcs-2022: the W3C vectors, tampering, our own proofs."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from sello.core.credentials.checks import verify_data_integrity
from sello.core.credentials.dataintegrity import JCS, RDFC, hash_data, parse_proof, sign_data_integrity
from sello.core.errors import InputError
from sello.core.keys.did import DidResolver, identifiers_for_key
from sello.core.keys.keypair import generate_key
from tests.unit.core.vc_helpers import (
    EXAMPLES_LOADER,
    ISSUED,
    NOW,
    VECTORS,
    VectorResolver,
    load_vector,
    mill_test_report,
)

VECTOR_FILES = {RDFC: "eddsa-rdfc-2022-signed.json", JCS: "eddsa-jcs-2022-signed.json"}


def verify_vector(document: dict[str, Any]):
    return verify_data_integrity(document, resolver=VectorResolver(), now=NOW, loader=EXAMPLES_LOADER)


@pytest.mark.parametrize("suite", [RDFC, JCS])
def test_w3c_vectors_verify(suite: str) -> None:
    verdict = verify_vector(load_vector(VECTOR_FILES[suite]))
    outcomes = {c.name: c.outcome for c in verdict.checks}
    assert outcomes == {
        "format": "passed",
        "signature": "passed",
        "issuer_key": "passed",
        "dates": "passed",
        "status": "skipped",
        "trust": "warning",
    }
    assert verdict.color == "amber" and verdict.ok
    assert verdict.check("format").evidence["cryptosuite"] == suite
    assert verdict.check("issuer_key").evidence["source"] == "bundle"
    assert verdict.issuer == "https://vc.example/issuers/5678"


def test_rdfc_vector_hash_matches_the_spec() -> None:
    document = load_vector(VECTOR_FILES[RDFC])
    proof = parse_proof(document)
    expected = (VECTORS / "eddsa-rdfc-2022-combined-hash.hex").read_text().strip()
    assert hash_data(document, proof.options, EXAMPLES_LOADER).hex() == expected


def _string_sites(value: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Every JSON member name ("key") and string value ("value") in the document."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*path, key), "key"
            yield from _string_sites(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _string_sites(item, (*path, index))
    elif isinstance(value, str):
        yield path, "value"


def _flip(text: str) -> str:
    """Change one character in the middle (one bit of one byte)."""
    i = len(text) // 2
    return text[:i] + chr(ord(text[i]) ^ 1) + text[i + 1 :]


def _tamper(document: dict[str, Any], path: tuple, site: str) -> dict[str, Any]:
    doc = copy.deepcopy(document)
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if site == "value":
        parent[last] = _flip(parent[last])
    else:
        parent[_flip(last)] = parent.pop(last)
    return doc


@pytest.mark.parametrize("suite", [RDFC, JCS])
def test_any_flipped_byte_in_the_vectors_fails_a_named_check(suite: str) -> None:
    original = load_vector(VECTOR_FILES[suite])
    failures: dict[str, str] = {}
    for path, site in _string_sites(original):
        verdict = verify_vector(_tamper(original, path, site))
        if suite == RDFC and path == ("@context", 1) and site == "value":
            # a context URL Sello does not carry: cannot be canonicalized offline, so the
            # proof cannot be checked -- "cannot confirm" (blue), never green nor red
            assert verdict.check("format").code == "cannot_confirm.context_not_carried", path
            assert verdict.color == "blue" and "vc+jwt" in verdict.remedy("en"), path
            assert verdict.check("signature").outcome == "skipped"
            continue
        failed = [c for c in verdict.checks if c.outcome == "failed"]
        assert verdict.color == "red" and failed, f"flipping {site} at {path} went unnoticed"
        failures["/".join(map(str, path)) + f" ({site})"] = f"{failed[0].name}:{failed[0].code}"
    # spot-check that the failures name the right check
    assert failures["proof/proofValue (value)"] in ("signature:signature.mismatch", "format:format.proof_value")
    assert failures["credentialSubject/alumniOf (value)"] == "signature:signature.mismatch"
    assert failures["name (value)"] == "signature:signature.mismatch"
    assert failures["proof/created (value)"] == "format:format.proof_date"  # "…23T36…" is no date
    assert failures["proof/cryptosuite (value)"] == "format:format.cryptosuite"
    assert failures["proof/verificationMethod (value)"].startswith("issuer_key:")
    assert failures["issuer (value)"] == "issuer_key:issuer_key.kid_not_issuer"
    assert failures["proof/proofPurpose (value)"] == "signature:signature.proof_purpose"
    assert len(failures) > 25


def test_every_byte_of_the_proof_value_matters() -> None:
    original = load_vector(VECTOR_FILES[RDFC])
    value = original["proof"]["proofValue"]
    for index in range(1, len(value), 7):
        doc = copy.deepcopy(original)
        replacement = "2" if value[index] != "2" else "3"
        doc["proof"]["proofValue"] = value[:index] + replacement + value[index + 1 :]
        assert verify_vector(doc).check("signature").code == "signature.mismatch"


@pytest.fixture
def ed_issuer():
    key = generate_key("EdDSA")
    did, kid = identifiers_for_key(key.public, "key")
    return key, did, kid


@pytest.mark.parametrize("suite", [RDFC, JCS])
def test_our_own_proofs_verify_with_did_key(suite: str, ed_issuer) -> None:
    key, did, kid = ed_issuer
    signed = sign_data_integrity(mill_test_report(did), key, kid, suite, created=ISSUED)
    assert signed["proof"]["cryptosuite"] == suite
    assert ("@context" in signed["proof"]) is (suite == JCS)
    verdict = verify_data_integrity(signed, resolver=DidResolver(), now=NOW)
    assert verdict.color == "amber", [c.code for c in verdict.checks]
    assert verdict.check("issuer_key").code == "issuer_key.self_contained"
    signed["credentialSubject"]["heatNumber"] = "H26-7782"
    verdict = verify_data_integrity(signed, resolver=DidResolver(), now=NOW)
    assert verdict.check("signature").code == "signature.mismatch"


def test_proof_by_a_key_outside_the_issuer_did_is_refused(ed_issuer) -> None:
    key, did, _ = ed_issuer
    stranger = generate_key("EdDSA")
    _, stranger_kid = identifiers_for_key(stranger.public, "key")
    signed = sign_data_integrity(mill_test_report(did), stranger, stranger_kid, RDFC)
    verdict = verify_data_integrity(signed, resolver=DidResolver(), now=NOW)
    assert verdict.check("issuer_key").code == "issuer_key.kid_not_issuer"
    assert verdict.check("signature").code == "signature.valid_refused_key"  # checked, and said to be by whom
    assert verdict.color == "red"


def test_eddsa_proof_naming_a_p384_key_is_refused() -> None:
    p384 = generate_key("ES384")
    did, kid = identifiers_for_key(p384.public, "key")
    ed = generate_key("EdDSA")
    signed = sign_data_integrity(mill_test_report(did), ed, kid, JCS)
    verdict = verify_data_integrity(signed, resolver=DidResolver(), now=NOW)
    assert verdict.check("signature").code == "signature.alg_key_mismatch"


@pytest.mark.parametrize(
    ("change", "check", "code"),
    [
        (lambda p: p.update(type="Ed25519Signature2020"), "format", "format.proof_type"),
        (lambda p: p.update(cryptosuite="ecdsa-sd-2023"), "format", "format.cryptosuite"),
        (lambda p: p.update(cryptosuite="ecdsa-jcs-2019"), "signature", "signature.alg_key_mismatch"),
        (lambda p: p.pop("verificationMethod"), "format", "format.no_verification_method"),
        (lambda p: p.update(proofValue="u" + p["proofValue"][1:]), "format", "format.proof_value"),
        (lambda p: p.update(created="2026-11-02"), "format", "format.proof_date"),
        (
            lambda p: p.update({"@context": ["https://www.w3.org/ns/credentials/v2", "https://other.example"]}),
            "format",
            "format.proof_context",
        ),
        (lambda p: p.update(proofPurpose="authentication"), "signature", "signature.proof_purpose"),
    ],
)
def test_proof_rules(change, check: str, code: str, ed_issuer) -> None:
    key, did, kid = ed_issuer
    signed = sign_data_integrity(mill_test_report(did), key, kid, JCS, created=ISSUED)
    change(signed["proof"])
    verdict = verify_data_integrity(signed, resolver=DidResolver(), now=NOW)
    assert verdict.color == "red"
    failed = next(c for c in verdict.checks if c.outcome == "failed")
    assert (failed.name, failed.code) == (check, code)


def test_expired_proof_fails_dates(ed_issuer) -> None:
    key, did, kid = ed_issuer
    signed = sign_data_integrity(mill_test_report(did), key, kid, RDFC, created=ISSUED, expires=NOW - timedelta(days=1))
    verdict = verify_data_integrity(signed, resolver=DidResolver(), now=NOW)
    assert verdict.check("signature").outcome == "passed"
    assert verdict.check("dates").code == "dates.proof_expired"
    assert verdict.summary("en").startswith("EXPIRED: the signature's validity ended on 2026-11-01")
    later = sign_data_integrity(mill_test_report(did), key, kid, RDFC, expires=NOW + timedelta(days=1))
    assert verify_data_integrity(later, resolver=DidResolver(), now=NOW).check("dates").outcome == "passed"


def test_proof_sets_are_refused(ed_issuer) -> None:
    key, did, kid = ed_issuer
    signed = sign_data_integrity(mill_test_report(did), key, kid, RDFC)
    signed["proof"] = [signed["proof"], signed["proof"]]
    assert verify_data_integrity(signed, resolver=DidResolver(), now=NOW).check("format").code == "format.proof_set"
    signed["proof"] = signed["proof"][:1]  # a one-element proof list is one proof
    assert verify_data_integrity(signed, resolver=DidResolver(), now=NOW).ok


def test_unknown_context_cannot_confirm_rdfc_and_is_never_fetched(ed_issuer) -> None:
    key, did, kid = ed_issuer
    signed = sign_data_integrity(mill_test_report(did), key, kid, JCS)
    signed["@context"].append("https://evil.example/ctx")
    signed["proof"]["@context"] = signed["@context"]
    # JCS does not need contexts: the signature simply no longer matches
    verdict = verify_data_integrity(signed, resolver=DidResolver(), now=NOW)
    assert verdict.check("signature").code == "signature.mismatch"
    rdfc = sign_data_integrity(mill_test_report(did), key, kid, RDFC)
    rdfc["@context"].append("https://evil.example/ctx")
    verdict = verify_data_integrity(rdfc, resolver=DidResolver(), now=NOW)
    # "cannot confirm" (blue), never red, with its own next step
    assert verdict.color == "blue" and verdict.check("signature").outcome == "skipped"
    assert "Sello" in verdict.remedy("en") and "vc+jwt" in verdict.remedy("es")
    check = verdict.check("format")
    assert check.code == "cannot_confirm.context_not_carried" and "evil.example" in check.message["en"]


def test_sign_data_integrity_refuses_p384_and_unknown_suites(ed_issuer) -> None:
    _, did, kid = ed_issuer
    with pytest.raises(InputError, match="P-384"):
        sign_data_integrity(mill_test_report(did), generate_key("ES384"), kid)
    with pytest.raises(InputError, match="cryptosuite"):
        sign_data_integrity(mill_test_report(did), ed_issuer[0], kid, "bbs-2023")
