"""Fuzz every decoder that reads outside input (issue 8, item 1).

For each decoder, arbitrary and mutated input must give a result, a red verdict or
the decoder's documented `UserFacingError` with a clear one-line sentence — never
another exception, a hang or unbounded memory. `fuzz_support.exercise` runs each
case with a time and memory measurement and counts it per decoder; the table is
printed at the end of the run (tests/hardening/conftest.py).

Budget: SELLO_FUZZ_EXAMPLES examples per decoder (default 300, the CI size; slow
decoders take a share). docs/fuzzing.md describes a long campaign.
"""

from __future__ import annotations

import functools
import gzip
import io
import json
import struct
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import rfc8785
from hypothesis import assume, given
from hypothesis import strategies as st
from PIL import Image

from sello.core.credentials.checks import verify_data_integrity, verify_vc_jwt
from sello.core.credentials.credential import build_credential, sign_vc_jwt
from sello.core.credentials.dataintegrity import JCS, RDFC, sign_data_integrity
from sello.core.credentials.jws import parse_compact_jws
from sello.core.documents.batch import csv_template, read_records
from sello.core.documents.cfdi import import_cfdi
from sello.core.documents.doctypes import get_doctype
from sello.core.documents.pdf.model import IssuerBlock
from sello.core.documents.pdf.render import render_document_pdf
from sello.core.encoding import b64url_encode
from sello.core.errors import InputError, UserFacingError
from sello.core.keys.did import DidResolver, did_web_document, identifiers_for_key, parse_did_document, web_method_id
from sello.core.keys.keypair import generate_key
from sello.core.qr import tables as qrpayload_tables
from sello.core.qr.base45 import ALPHABET, Base45Error, b45decode, b45encode
from sello.core.qr.parts import PartCollector, split_td1
from sello.core.qr.payload import Td1Error, decode_td1, encode_td1
from sello.core.storage.db import Database
from sello.core.trust.bundle import BundleContents, BundleMember, import_bundle, make_bundle
from sello.core.trust.checkers import read_status_list
from sello.core.trust.lists import TrustedIssuer, import_trust_list, new_trust_list, sign_trust_list
from sello.core.trust.lists import with_issuer as list_with_issuer
from sello.core.trust.operators import trust_operator
from sello.core.trust.statuslist import (
    LIST_SIZE,
    StatusListError,
    build_status_list_credential,
    decode_encoded_list,
    encode_bitstring,
)
from sello.core.trust.webresolve import FetchedResource, HttpsFetcher, WebDidResolver, parse_json_body
from sello.core.verification.inputs import payloads_from_bytes, verifier_context, verify_payloads
from sello.core.verification.pipeline import verify_input
from tests.cfdi_builder import build_cfdi
from tests.hardening.fuzz_support import exercise, fuzz_settings
from tests.https_server import TestCertificateAuthority, TestHttpsServer
from tests.unit.core.td1_samples import issued_credential

NOW = datetime(2026, 11, 2, 18, 0, tzinfo=UTC)
RESOLVER = DidResolver()  # did:key and did:jwk issuers: self-contained, offline
_B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

# -- generic strategies ------------------------------------------------------------------
json_scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)


def json_bytes(value: Any, style: str = "jcs") -> bytes:
    """`value` as JSON text: RFC 8785 when it can be, else Python's json."""
    if style == "jcs":
        try:
            return rfc8785.dumps(value)
        except (rfc8785.CanonicalizationError, ValueError, TypeError):
            pass
    return json.dumps(value, ensure_ascii=style == "ascii").encode("utf-8", "surrogatepass")


@st.composite
def mutated_bytes(draw: st.DrawFn, original: bytes, max_ops: int = 4) -> bytes:
    """`original` with 1..max_ops byte-level edits: flip, overwrite, insert, delete,
    truncate, duplicate a slice."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, max_ops))):
        op = draw(st.sampled_from(["flip", "set", "insert", "delete", "truncate", "duplicate"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[pos] ^= draw(st.integers(1, 255))
        elif op == "set" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del data[pos : pos + draw(st.integers(1, 16))]
        elif op == "truncate":
            del data[pos:]
        elif op == "duplicate":
            size = draw(st.integers(1, 32))
            data[pos:pos] = data[pos : pos + size]
    return bytes(data)


@st.composite
def mutated_text(draw: st.DrawFn, original: str, alphabet: str, max_ops: int = 4) -> str:
    """`original` with 1..max_ops character edits drawn from `alphabet` (or any character),
    plus case changes (Caps Lock) and cuts."""
    chars = list(original)
    noise = st.sampled_from(alphabet) | st.characters()
    for _ in range(draw(st.integers(1, max_ops))):
        op = draw(st.sampled_from(["replace", "insert", "delete", "truncate", "swap", "lower", "duplicate"]))
        pos = draw(st.integers(0, max(0, len(chars) - 1)))
        if op == "replace" and chars:
            chars[pos] = draw(noise)
        elif op == "insert":
            chars[pos:pos] = draw(st.lists(noise, min_size=1, max_size=8))
        elif op == "delete":
            del chars[pos : pos + draw(st.integers(1, 8))]
        elif op == "truncate":
            del chars[pos:]
        elif op == "swap" and len(chars) > 1:
            other = draw(st.integers(0, len(chars) - 1))
            chars[pos], chars[other] = chars[other], chars[pos]
        elif op == "lower":
            end = pos + draw(st.integers(1, 40))
            chars[pos:end] = list("".join(chars[pos:end]).lower())
        elif op == "duplicate":
            chars[pos:pos] = chars[pos : pos + draw(st.integers(1, 30))]
    return "".join(chars)


def sign_anything(payload: Any, key: Any, kid: str) -> str:
    """A vc+jwt over any JSON payload, signed by `key`: what a trusted party that signs
    nonsense would publish (`sign_vc_jwt` refuses to make these)."""
    header = {"alg": key.alg.value, "cty": "vc", "kid": kid, "typ": "vc+jwt"}
    signing_input = f"{b64url_encode(json_bytes(header))}.{b64url_encode(json_bytes(payload))}"
    return f"{signing_input}.{b64url_encode(key.sign(signing_input.encode('ascii')))}"


# -- real samples (built once) -------------------------------------------------------------
@functools.cache
def signed_documents() -> dict[str, tuple[dict[str, Any], str]]:
    """Real issued documents signed by did:key issuers (ES384 and Ed25519)."""
    out = {}
    for name, doctype, alg in (
        ("mtr-es384", "mill-test-report", "ES384"),
        ("packing-eddsa", "packing-list", "EdDSA"),
        ("invoice-es384", "commercial-invoice", "ES384"),
    ):
        credential, key, kid = issued_credential(doctype, alg=alg, method="key")
        out[name] = (credential, sign_vc_jwt(credential, key, kid))
    return out


@functools.cache
def td1_codes() -> dict[str, tuple[str, str]]:
    """mode -> (TD1 text, the vc+jwt it carries), one real code per compression mode."""
    docs = signed_documents()
    out = {}
    for mode, name in (("generic", "invoice-es384"), ("schema", "packing-eddsa"), ("template", "mtr-es384")):
        token = docs[name][1]
        out[mode] = (encode_td1(token, mode=mode), token)  # type: ignore[arg-type]
    return out


_MODE_BYTE = {"generic": 0, "schema": 1, "template": 2}
_DICTIONARY = {
    0: qrpayload_tables.DEFLATE_DICTIONARY,
    1: qrpayload_tables.SCHEMA_DEFLATE_DICTIONARY,
    2: qrpayload_tables.TEMPLATE_DEFLATE_DICTIONARY,
}


def deflate(data: bytes, mode: int) -> bytes:
    """Raw DEFLATE with the mode's preset dictionary, as the TD1 encoder writes it."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, _DICTIONARY[mode])
    return compressor.compress(data) + compressor.flush()


@functools.cache
def split_compressed_form(mode: str) -> tuple[bytes, bytes]:
    """(everything before the DEFLATE stream, the inflated body) of the real code of `mode`."""
    raw = b45decode(td1_codes()[mode][0][4:])
    for offset in range(2, len(raw)):
        inflater = zlib.decompressobj(-15, zdict=_DICTIONARY[raw[1]])
        try:
            body = inflater.decompress(raw[offset:])
        except zlib.error:
            continue
        if inflater.eof and not inflater.unused_data and deflate(body, raw[1]) == raw[offset:]:
            return raw[:offset], body
    raise AssertionError(f"no DEFLATE stream found in the {mode} code")


def td1_of(raw: bytes) -> str:
    return "TD1:" + b45encode(raw)


def test_samples_cover_every_td1_mode() -> None:
    for mode, (text, token) in td1_codes().items():
        raw = b45decode(text[4:])
        assert raw[1] == _MODE_BYTE[mode]
        assert decode_td1(text) == token
        prefix, body = split_compressed_form(mode)
        assert decode_td1(td1_of(prefix + deflate(body, raw[1]))) == token


def assert_damage_is_red(decoded: str | None, original: str) -> None:
    """A damaged code that still decodes must carry a JWS that no longer verifies."""
    if decoded is not None and decoded != original:
        verdict = exercise(
            "verify_vc_jwt (decoded damaged TD1)",
            lambda: verify_vc_jwt(decoded, resolver=RESOLVER, now=NOW, input_kind="td1"),
        )
        assert verdict is not None and verdict.color == "red", decoded


# == TD1 text, base45, the compressed form =================================================
@fuzz_settings()
@given(
    st.text(max_size=200)
    | st.text(alphabet=ALPHABET, max_size=300).map(lambda tail: "TD1:" + tail)
    | st.text(alphabet=ALPHABET + "abcxyz\n\r\t\x00é", max_size=300).map(lambda tail: "TD1:" + tail)
    | st.text(alphabet=ALPHABET, max_size=120).map(lambda tail: "TD1/" + tail)
    | st.sampled_from(["", "TD1:", "td1:", "TD1", "TD2:", "TD1:" + "0" * 120_001])
)
def test_td1_decode_random_text(text: str) -> None:
    exercise("qrpayload.decode_td1 (random text)", lambda: decode_td1(text), allowed=(Td1Error,))


@pytest.mark.parametrize("mode", ["generic", "schema", "template"])
@fuzz_settings()
@given(data=st.data())
def test_td1_decode_mutated_valid_codes(mode: str, data: st.DataObject) -> None:
    text, token = td1_codes()[mode]
    damaged = data.draw(mutated_text(text, ALPHABET))
    assume(damaged != text)
    decoded = exercise(f"qrpayload.decode_td1 (mutated {mode} code)", lambda: decode_td1(damaged), allowed=(Td1Error,))
    assert_damage_is_red(decoded, token)


@pytest.mark.parametrize("mode", ["generic", "schema", "template"])
@fuzz_settings()
@given(data=st.data())
def test_td1_decode_mutated_inflated_bodies(mode: str, data: st.DataObject) -> None:
    """The inner readers (generic header, schema CBOR, template value stream) get mostly
    well-formed but damaged bodies, recompressed so that DEFLATE itself is intact."""
    prefix, body = split_compressed_form(mode)
    damaged = data.draw(mutated_bytes(body))
    assume(damaged != body)
    text = td1_of(prefix + deflate(damaged, prefix[1]))
    decoded = exercise(f"qrpayload.decode_td1 (damaged {mode} body)", lambda: decode_td1(text), allowed=(Td1Error,))
    assert_damage_is_red(decoded, td1_codes()[mode][1])


@fuzz_settings()
@given(data=st.data())
def test_td1_decode_mutated_binary_prefix(data: st.DataObject) -> None:
    """Damage in the binary part before the DEFLATE stream (mode, schema or template
    code, fingerprint, signature length, signature, header form, member forms)."""
    mode = data.draw(st.sampled_from(["generic", "schema", "template"]))
    prefix, body = split_compressed_form(mode)
    damaged = data.draw(mutated_bytes(prefix, max_ops=2))
    assume(damaged != prefix)
    text = td1_of(damaged + deflate(body, _MODE_BYTE[mode]))
    decoded = exercise("qrpayload.decode_td1 (damaged binary prefix)", lambda: decode_td1(text), allowed=(Td1Error,))
    assert_damage_is_red(decoded, td1_codes()[mode][1])


_HEADS = [
    b"",
    b"\x01",
    b"\x00\x00",
    b"\x02\x00",
    b"\x01\x00",
    b"\x01\x01",
    b"\x01\x01\x00",
    b"\x01\x01\x01",
    b"\x01\x02",
    b"\x01\x03",
    b"\x01\x00\x60",
    b"\x01\x00\xff\xff\x7f",
]


@fuzz_settings()
@given(
    st.sampled_from(_HEADS)
    | st.sampled_from(["generic", "schema", "template"]).map(lambda mode: split_compressed_form(mode)[0]),
    st.binary(max_size=600),
)
def test_td1_compressed_form_random_bytes_after_a_valid_header(head: bytes, tail: bytes) -> None:
    text = td1_of(head + tail)
    exercise("qrpayload compressed form (random bytes)", lambda: decode_td1(text), allowed=(Td1Error,))


@fuzz_settings()
@given(st.sampled_from(["generic", "schema", "template"]), st.binary(max_size=800))
def test_td1_compressed_form_random_inflated_bodies(mode: str, body: bytes) -> None:
    prefix, _ = split_compressed_form(mode)
    text = td1_of(prefix + deflate(body, _MODE_BYTE[mode]))
    exercise("qrpayload compressed form (random bodies)", lambda: decode_td1(text), allowed=(Td1Error,))


@pytest.mark.parametrize("mode", ["generic", "schema", "template"])
def test_td1_deflate_bomb_is_refused_cheaply(mode: str) -> None:
    """50 MB of zeros compresses to ~50 KB: the code fits the text limit, inflating stops at 64 KiB."""
    prefix, _ = split_compressed_form(mode)
    text = td1_of(prefix + deflate(bytes(50 * 1024 * 1024), _MODE_BYTE[mode]))
    assert len(text) < 120_000
    assert exercise("qrpayload compressed form (crafted bombs)", lambda: decode_td1(text), allowed=(Td1Error,)) is None
    with pytest.raises(Td1Error) as caught:
        decode_td1(text)
    assert caught.value.reason == "too_large"


@fuzz_settings()
@given(data=st.data())
def test_td1_part_collector_with_shuffled_lost_and_damaged_parts(data: st.DataObject) -> None:
    codes = td1_codes()
    mode = data.draw(st.sampled_from(sorted(codes)))
    text, token = codes[mode]
    parts = split_td1(text, data.draw(st.integers(60, 400)))
    other = split_td1(codes["generic" if mode != "generic" else "schema"][0], 150)
    scanned = data.draw(st.permutations(parts))
    if data.draw(st.booleans()):
        scanned = data.draw(st.lists(st.sampled_from(parts + other), max_size=len(parts) + 3)) or scanned
    if data.draw(st.booleans()):
        index = data.draw(st.integers(0, len(scanned) - 1))
        scanned[index] = data.draw(mutated_text(scanned[index], ALPHABET + "/", max_ops=2))

    def collect() -> str:
        collector = PartCollector()
        for part in scanned:
            try:
                collector.add(part)
            except Td1Error:
                continue  # the verifier shows the reason and keeps scanning
        return decode_td1(collector.assemble())

    decoded = exercise("qrparts.PartCollector (parts)", collect, allowed=(Td1Error,))
    assert_damage_is_red(decoded, token)


@fuzz_settings(2.0)
@given(
    st.text(alphabet=ALPHABET, max_size=300)
    | st.text(alphabet=ALPHABET + "abcdefxyz", max_size=300)
    | st.text(max_size=100)
    | st.builds(lambda data, cut: b45encode(data)[:cut], st.binary(max_size=200), st.integers(0, 400))
)
def test_base45_decode(text: str) -> None:
    decoded = exercise("base45.b45decode", lambda: b45decode(text), allowed=(Base45Error,))
    if decoded is not None:
        assert b45encode(decoded) == text  # strict decoding: one text per byte string


# == JWS ==================================================================================
_KEYS = {alg: generate_key(alg) for alg in ("ES384", "EdDSA")}
_IDS = {alg: identifiers_for_key(key.public, "key") for alg, key in _KEYS.items()}

_header_values = {
    "alg": st.sampled_from(["ES384", "ES256", "EdDSA", "Ed25519", "none", "NONE", "HS256", "RS256", ""]),
    "typ": st.sampled_from(["vc+jwt", "application/vc+jwt", "VC+JWT", "JWT", "vc+ld+json+jwt"]),
    "cty": st.sampled_from(["vc", "vc+ld+json", "application/vc", "json"]),
    "kid": st.sampled_from(
        [
            _IDS["ES384"][1],
            _IDS["EdDSA"][1],
            "#0",
            _IDS["ES384"][0],
            "did:web:example.com#k",
            "did:key:z6Mk#z6Mk",
            "did:jwk:e30#0",
            _IDS["EdDSA"][1] + "x",
            "did:web:" + "a" * 100_000 + "#k",
            "#" + "\u2028" * 1000,
        ]
    ),
    "crit": st.sampled_from([["b64"], [], "exp"]),
    "b64": st.booleans(),
    "jwk": st.just({"kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}),
    "x5u": st.just("https://example.com/x5u"),
}


@st.composite
def hostile_headers(draw: st.DrawFn) -> dict[str, Any]:
    names = draw(st.lists(st.sampled_from(sorted(_header_values)), unique=True, max_size=len(_header_values)))
    header = {name: draw(_header_values[name] | json_values) for name in names}
    header.update(draw(st.dictionaries(st.text(max_size=8), json_values, max_size=2)))
    return header


@st.composite
def hostile_payloads(draw: st.DrawFn, credential: dict[str, Any]) -> Any:
    choice = draw(st.sampled_from(["same", "replace", "delete", "add", "random", "subject", "huge"]))
    doc = json.loads(json.dumps(credential))
    if choice == "huge":  # identifiers of 100,000 characters end up quoted in messages
        method = draw(st.sampled_from(["did:web:", "did:key:z", "did:jwk:", "did:example:"]))
        doc[draw(st.sampled_from(["issuer", "iss", "validFrom", "type"]))] = method + "a\n" * 50_000
    elif choice == "replace":
        doc[draw(st.sampled_from(sorted(doc)))] = draw(json_values)
    elif choice == "delete":
        del doc[draw(st.sampled_from(sorted(doc)))]
    elif choice == "add":
        doc[draw(st.sampled_from(["iss", "exp", "nbf", "vc", "validUntil", "proof", "jti"]))] = draw(
            json_values | st.integers(min_value=-(2**70), max_value=2**70) | st.floats()
        )
    elif choice == "random":
        return draw(json_values)
    elif choice == "subject":
        doc["credentialSubject"] = draw(json_values)
    return doc


@fuzz_settings()
@given(
    st.text(max_size=120)
    | st.lists(st.text(alphabet=_B64URL, max_size=60), min_size=1, max_size=6).map(".".join)
    | st.tuples(json_values.map(json_bytes), json_values.map(json_bytes), st.binary(max_size=100)).map(
        lambda parts: ".".join(b64url_encode(p) for p in parts)
    )
    | st.tuples(st.binary(max_size=60), st.binary(max_size=60), st.binary(max_size=60)).map(
        lambda parts: ".".join(b64url_encode(p) for p in parts)
    )
)
def test_parse_compact_jws(token: str) -> None:
    jws = exercise("jws.parse_compact_jws", lambda: parse_compact_jws(token), allowed=(InputError,))
    if jws is not None:
        assert isinstance(jws.header, dict) and jws.payload


@fuzz_settings()
@given(data=st.data())
def test_verify_vc_jwt_with_hostile_headers_payloads_and_signatures(data: st.DataObject) -> None:
    alg = data.draw(st.sampled_from(sorted(_KEYS)))
    key, (did, kid) = _KEYS[alg], _IDS[alg]
    credential = build_credential(
        types=["MillTestReportCredential"],
        subject={"certificateNumber": "MTR-1"},
        issuer={"id": did, "name": "Aceros"},
        valid_from=NOW - timedelta(days=1),
    )
    header = data.draw(st.just({"alg": key.alg.value, "typ": "vc+jwt", "cty": "vc", "kid": kid}) | hostile_headers())
    payload = data.draw(hostile_payloads(credential))
    style = data.draw(st.sampled_from(["jcs", "ascii", "plain"]))
    signing_input = f"{b64url_encode(json_bytes(header, style))}.{b64url_encode(json_bytes(payload, style))}"
    how = data.draw(st.sampled_from(["random", "signed", "empty", "other"]))
    signature = {
        "random": lambda: data.draw(st.binary(max_size=140)),
        "empty": lambda: b"",
        "signed": lambda: key.sign(signing_input.encode("ascii")),
        "other": lambda: key.sign(b"another input"),
    }[how]()
    token = f"{signing_input}.{b64url_encode(signature)}"
    verdict = exercise("verify.verify_vc_jwt", lambda: verify_vc_jwt(token, resolver=RESOLVER, now=NOW))
    assert verdict is not None  # the pipeline never raises: problems are failed checks
    if how != "signed":
        assert verdict.color == "red"


# == JSON credentials ========================================================================
@functools.cache
def data_integrity_documents() -> dict[str, dict[str, Any]]:
    key = _KEYS["EdDSA"]
    did, kid = _IDS["EdDSA"]
    credential = build_credential(
        types=["MillTestReportCredential"],
        subject={"type": ["MillTestReport"], "certificateNumber": "MTR-2026-000417"},
        issuer={"id": did, "name": "Aceros del Norte"},
        valid_from=NOW - timedelta(days=1),
    )
    return {
        suite: sign_data_integrity(credential, key, kid, suite, created=NOW - timedelta(hours=1))
        for suite in (JCS, RDFC)
    }


_JSON_KEYS = ["vc_jwt", "proof", "@context", "credentialSubject", "type", "issuer", "validFrom", "id"]


@st.composite
def hostile_json_texts(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["random", "deep", "number", "duplicate", "vc_jwt"]))
    genuine = json.dumps(data_integrity_documents()[JCS])
    if kind == "random":
        obj = draw(st.dictionaries(st.sampled_from(_JSON_KEYS) | st.text(max_size=8), json_values, max_size=6))
        return json.dumps(obj, ensure_ascii=draw(st.booleans()))
    if kind == "deep":
        depth = draw(st.sampled_from([10, 100, 1_000, 10_000, 100_000]))
        opener = draw(st.sampled_from(['{"a":', '{"proof":', '{"vc_jwt":[', '{"credentialSubject":[']))
        return opener * depth + "1"
    if kind == "number":
        number = draw(
            st.sampled_from(
                [
                    "1e400",
                    "-1e400",
                    "1e-400",
                    "1" * 5000,
                    "9" * 4300,
                    "0." + "0" * 4000 + "1",
                    "123456789012345678901234567890",
                    "-0",
                    "1E+308",
                    "2e308",
                ]
            )
        )
        member = draw(st.sampled_from(['"validFrom"', '"extra"', '"proof"']))
        return (
            genuine.replace("{", "{" + member + ":" + number + ",", 1)
            if member != '"validFrom"'
            else genuine.replace('"validFrom": "', '"validFrom": ' + number + ', "x": "', 1)
        )
    if kind == "duplicate":
        member = draw(st.sampled_from(["issuer", "proof", "validFrom", "@context"]))
        return genuine[:-1] + f', "{member}": {json.dumps(draw(json_values))}' + "}"
    token = signed_documents()["mtr-es384"][1]
    return json.dumps({"vc_jwt": draw(st.sampled_from([token, token[:-4], token.upper()]) | json_values)})


@fuzz_settings()
@given(
    hostile_json_texts()
    | st.binary(max_size=200).map(lambda raw: b"{" + raw)
    | st.binary(max_size=60).map(lambda raw: b"\xef\xbb\xbf" + raw)
)
def test_verify_input_on_hostile_json(text: str | bytes) -> None:
    genuine_token = signed_documents()["mtr-es384"][1]
    verdict = exercise(
        "verify.verify_input (JSON)", lambda: verify_input(text, resolver=RESOLVER, now=NOW), allowed=(InputError,)
    )
    if verdict is not None and genuine_token not in str(text):
        assert verdict.color == "red"


_PROOF_FIELDS = [
    "type",
    "cryptosuite",
    "verificationMethod",
    "proofPurpose",
    "created",
    "expires",
    "proofValue",
    "@context",
    "id",
    "challenge",
    "domain",
    "nonce",
    "previousProof",
]
_SIGNED_FIELDS = {"type", "cryptosuite", "verificationMethod", "proofPurpose", "created", "proofValue"}


def _plausible_values(document: dict[str, Any]) -> st.SearchStrategy[Any]:
    proof_value = document["proof"]["proofValue"]
    return st.sampled_from(
        [
            "DataIntegrityProof",
            "Ed25519Signature2020",
            RDFC,
            JCS,
            "ecdsa-rdfc-2019",
            "bbs-2023",
            "assertionMethod",
            "authentication",
            "capabilityInvocation",
            _IDS["EdDSA"][1],
            _IDS["ES384"][1],
            "did:web:example.com#key-1",
            "#0",
            "did:key:z",
            "2026-11-02T17:00:00Z",
            "2026-11-02T17:00:00.123456789+05:30",
            "2999-01-01T00:00:00Z",
            "1999-01-01T00:00:00Z",
            "not a date",
            "2026-13-45T25:61:61Z",
            proof_value[:-1],
            proof_value + "1",
            "z" + "1" * 86,
            "u" + proof_value[1:],
            "z",
            "z0OIl",
            ["https://www.w3.org/ns/credentials/v2"],
            ["https://example.org/unknown/v1"],
            "https://w3id.org/security/v9",
        ]
    )


@st.composite
def mutated_proof_documents(draw: st.DrawFn, suite: str) -> tuple[dict[str, Any], bool]:
    """(document, whether the proof surely no longer holds): members deleted or replaced,
    the proof wrapped in a list, doubled or replaced by a scalar."""
    genuine = data_integrity_documents()[suite]
    document = json.loads(json.dumps(genuine))
    proof = document["proof"]
    for _ in range(draw(st.integers(1, 3))):
        name = draw(st.sampled_from(_PROOF_FIELDS))
        if draw(st.integers(0, 3)) == 0:
            proof.pop(name, None)
        else:
            proof[name] = draw(_plausible_values(genuine) | json_values)
    # eddsa-jcs-2022 signs every proof member but proofValue, eddsa-rdfc-2022 the RDF of
    # the proof; both take the proof's @context from the document (vc-di-eddsa §3.3.5 and
    # §3.4.5), so a proof @context that is absent or equal to the document's changes nothing.
    watched = (set(proof) | set(genuine["proof"]) if suite == JCS else _SIGNED_FIELDS) - {"@context"}
    missing = object()
    changed = any(proof.get(name, missing) != genuine["proof"].get(name, missing) for name in watched)
    changed |= proof.get("@context", document["@context"]) != document["@context"]
    shape = draw(st.sampled_from(["object", "object", "object", "list", "pair", "scalar"]))
    if shape == "list":
        document["proof"] = [proof]
    elif shape == "pair":
        document["proof"] = [proof, genuine["proof"]]
        changed = True
    elif shape == "scalar":
        document["proof"] = draw(json_scalars)
        changed = True
    return document, changed


@pytest.mark.parametrize("suite", [JCS, RDFC])
@fuzz_settings(0.5)
@given(data=st.data())
def test_verify_data_integrity_with_mutated_proofs(suite: str, data: st.DataObject) -> None:
    document, changed = data.draw(mutated_proof_documents(suite))
    verdict = exercise(
        f"verify.verify_data_integrity ({suite})",
        lambda: verify_data_integrity(document, resolver=RESOLVER, now=NOW),
        memory="python" if suite == JCS else "native",
    )
    assert verdict is not None
    if changed:
        assert verdict.color == "red", document["proof"]


def test_genuine_data_integrity_documents_verify() -> None:
    for document in data_integrity_documents().values():
        assert verify_data_integrity(document, resolver=RESOLVER, now=NOW).color == "amber"


# == PDF inputs and images ===================================================================
@functools.cache
def real_pdf() -> bytes:
    credential, token = signed_documents()["mtr-es384"]
    issuer = IssuerBlock(
        "Aceros del Norte S.A. de C.V.",
        "ADN0501014T3",
        ("Av. Industrial 1500", "Monterrey, N.L."),
        credential["issuer"]["id"],
        "ABCD EFGH",
    )
    return render_document_pdf(get_doctype("mill-test-report"), credential, token, issuer=issuer)


@functools.cache
def verifier_ctx() -> Any:
    return verifier_context()


def _payloads_then_verdict(data: bytes) -> Any:
    payloads = payloads_from_bytes(data, name="scan.pdf")
    return verify_payloads(payloads, verifier_ctx(), now=NOW)


def test_the_real_pdf_verifies() -> None:
    assert _payloads_then_verdict(real_pdf()).color == "amber"


@fuzz_settings(0.5)
@given(
    st.binary(max_size=3000).map(lambda tail: b"%PDF-" + tail)
    | st.binary(max_size=3000).map(lambda tail: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<" + tail)
)
def test_pdf_random_bytes(data: bytes) -> None:
    exercise("verifier.payloads_from_bytes (random %PDF-)", lambda: payloads_from_bytes(data), memory="native")


@fuzz_settings(0.2)
@given(st.floats(0.0, 1.0))
def test_pdf_truncated(fraction: float) -> None:
    pdf = real_pdf()
    data = pdf[: int(len(pdf) * fraction)]
    exercise("verifier.payloads_from_bytes (truncated PDF)", lambda: _payloads_then_verdict(data), memory="native")


@fuzz_settings(0.15)
@given(data=st.data())
def test_pdf_with_random_byte_flips(data: st.DataObject) -> None:
    pdf = bytearray(real_pdf())
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(len(b"%PDF-"), len(pdf) - 1))
        pdf[position] ^= data.draw(st.integers(1, 255))
    damaged = bytes(pdf)
    verdict = exercise(
        "verifier.payloads_from_bytes (PDF byte flips)", lambda: _payloads_then_verdict(damaged), memory="native"
    )
    assert verdict is None or verdict.color in ("red", "amber")


def minimal_pdf(mediabox: str, extra: str = "") -> bytes:
    """A one-page PDF with the given MediaBox, written by hand (correct xref offsets)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [{mediabox}] {extra}>>".encode(),
    ]
    out, offsets = b"%PDF-1.7\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


@pytest.mark.parametrize(
    "mediabox",
    [
        "0 0 612 792",
        "0 0 14400 14400",
        "0 0 14400 200",
        "0 0 1e9 1e9",
        "0 0 -14400 14400",
        "0 0 0 0",
        "0 0 14400 14400] /UserUnit 75 [0 0 1 1",
    ],
)
def test_pdf_with_hostile_page_sizes(mediabox: str) -> None:
    """A page's size is the file's word: a 5 m × 5 m page must not become a 1.6 GB bitmap."""
    data = minimal_pdf(mediabox)
    assert (
        exercise("verifier.payloads_from_bytes (crafted PDFs)", lambda: payloads_from_bytes(data), memory="native")
        is None
    )


_IMAGE_MAGICS = [
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    b"GIF89a",
    b"BM",
    b"II*\x00",
    b"MM\x00*",
    b"RIFF\x00\x00\x00\x00WEBPVP8 ",
]


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_with_header(width: int, height: int, bit_depth: int, colour: int, idat: bytes) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


@functools.cache
def real_qr_image(image_format: str) -> bytes:
    from tests.videos import render_qr

    buffer = io.BytesIO()
    render_qr(td1_codes()["template"][0], box_size=3).convert("L").save(buffer, format=image_format)
    return buffer.getvalue()


@fuzz_settings()
@given(
    st.tuples(st.sampled_from(_IMAGE_MAGICS), st.binary(max_size=2000)).map(b"".join)
    | st.builds(
        png_with_header,
        st.integers(0, 3000),
        st.integers(0, 3000),
        st.sampled_from([1, 2, 4, 8, 16, 3]),
        st.sampled_from([0, 2, 3, 4, 6, 5]),
        st.binary(max_size=400) | st.binary(max_size=400).map(zlib.compress),
    )
)
def test_images_with_magic_bytes(data: bytes) -> None:
    exercise("verifier.payloads_from_bytes (images)", lambda: payloads_from_bytes(data, name="photo"), memory="native")


@fuzz_settings(0.2)
@given(data=st.data())
def test_real_qr_image_with_damage(data: st.DataObject) -> None:
    """PNG checks its chunks' CRCs; BMP and TIFF have none, so their damage reaches the pixels."""
    original = real_qr_image(data.draw(st.sampled_from(["PNG", "BMP", "TIFF"])))
    damaged = data.draw(mutated_bytes(original))
    result = exercise(
        "verifier.payloads_from_bytes (damaged QR images)", lambda: payloads_from_bytes(damaged), memory="native"
    )
    for payload in result or []:  # damaged pixels that still decode: verified like any scan
        verdict = exercise(
            "verify_payloads (damaged QR images)",
            lambda: verify_payloads([payload], verifier_ctx(), now=NOW),
            allowed=(InputError,),
        )
        assert verdict is None or verdict.color in ("red", "amber")


def test_the_real_qr_images_are_read() -> None:
    for image_format in ("PNG", "BMP", "TIFF"):
        assert payloads_from_bytes(real_qr_image(image_format))[0].text == td1_codes()["template"][0]


@pytest.mark.parametrize(
    ("width", "height"), [(40_000, 40_000), (1, 2_000_000_000), (12_000, 12_000), (65_535, 1), (0, 0)]
)
def test_image_bombs_are_refused_cheaply(width: int, height: int) -> None:
    data = png_with_header(width, height, 8, 6, zlib.compress(bytes(1000)))
    assert (
        exercise("verifier.payloads_from_bytes (crafted images)", lambda: payloads_from_bytes(data), memory="native")
        is None
    )


@pytest.mark.parametrize("size", [(2, 70_000), (70_000, 2)])
def test_image_wider_than_the_qr_decoder_takes_is_refused(size: tuple[int, int]) -> None:
    buffer = io.BytesIO()
    Image.new("L", size, 255).save(buffer, format="PNG")
    data = buffer.getvalue()
    assert (
        exercise("verifier.payloads_from_bytes (crafted images)", lambda: payloads_from_bytes(data), memory="native")
        is None
    )


# == CFDI XML ================================================================================
@functools.cache
def real_cfdi() -> bytes:
    return build_cfdi()


@fuzz_settings()
@given(data=st.data())
def test_cfdi_import_mutated_invoices(data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(["bytes", "text", "random", "xml"]))
    original = real_cfdi()
    if kind == "bytes":
        xml = data.draw(mutated_bytes(original))
    elif kind == "text":
        xml = data.draw(mutated_text(original.decode("utf-8"), '<>/="&;: abcAZ09\n\x7f\x85\u2028', max_ops=3)).encode(
            "utf-8", "surrogatepass"
        )
    elif kind == "random":
        xml = data.draw(st.binary(max_size=500))
    else:
        name = st.text(alphabet="abcdefXYZ:", min_size=1, max_size=8)
        attrs = st.dictionaries(
            st.sampled_from(
                [
                    "Version",
                    "TipoDeComprobante",
                    "Exportacion",
                    "Total",
                    "Moneda",
                    "xmlns",
                    "xmlns:cfdi",
                    "Fecha",
                    "Rfc",
                ]
            ),
            st.text(alphabet="abc0123456789.-T:", max_size=12),
            max_size=5,
        )
        root = data.draw(st.sampled_from(["cfdi:Comprobante", "Comprobante"]) | name)
        body = "".join(
            f"<{data.draw(name)} {' '.join(f'{k}={json.dumps(v)}' for k, v in data.draw(attrs).items())}/>"
            for _ in range(data.draw(st.integers(0, 4)))
        )
        attributes = " ".join(f"{k}={json.dumps(v)}" for k, v in data.draw(attrs).items())
        xml = (
            f'<?xml version="1.0" encoding="UTF-8"?><{root} xmlns:cfdi="http://www.sat.gob.mx/cfd/4" '
            f"{attributes}>{body}</{root}>".encode()
        )
    doctype = data.draw(st.sampled_from(["commercial-invoice", "packing-list", "usmca-certification"]))
    exercise(
        "cfdi.import_cfdi",
        lambda: import_cfdi(xml, doctype=doctype, in_usd=data.draw(st.booleans())),
        allowed=(InputError,),
    )


_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    b"<lolz>&lol2;</lolz>"
)


@pytest.mark.parametrize(
    "xml",
    [
        _LAUGHS,
        _LAUGHS.replace(b"DOCTYPE", b"doctype"),
        b"<a>" * 100_000 + b"</a>" * 100_000,
        b'<?xml version="1.0"?><cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" Version="'
        + b"4" * 4_000_000
        + b'"/>',
        b" " * (5 * 1024 * 1024 + 1),
        b"\xef\xbb\xbf",
        b"<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>",
        b'<x xmlns:x="http://www.sat.gob.mx/cfd/4"/>',
        b'<a b="&#0;"/>',
        b"<a>&undefined;</a>",
    ],
    ids=[
        "billion-laughs",
        "lowercase-doctype",
        "deep",
        "huge-attribute",
        "too-large",
        "bom-only",
        "latin1",
        "empty-comprobante",
        "char-ref-nul",
        "undefined-entity",
    ],
)
def test_cfdi_crafted_hostile_files(xml: bytes) -> None:
    assert exercise("cfdi.import_cfdi (crafted)", lambda: import_cfdi(xml), allowed=(InputError,)) is None


# == CSV batch files ==========================================================================
@functools.cache
def mtr_doctype() -> Any:
    return get_doctype("mill-test-report")


@st.composite
def hostile_csv(draw: st.DrawFn) -> bytes:
    columns = csv_template(mtr_doctype(), rows=2).strip().split(",")
    header = draw(st.lists(st.sampled_from(columns), min_size=1, max_size=8, unique=True))
    if draw(st.integers(0, 4)) == 0:
        header.append(draw(st.text(max_size=12)))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|", " ", ":"]))
    cell = (
        st.text(max_size=20)
        | st.text(alphabet='a,;"\t\r\n\x00\ufeff', max_size=10)
        | st.integers(0, 300_000).map(lambda n: "x" * n)
    )
    rows = draw(st.lists(st.lists(cell, max_size=len(header) + 2), max_size=5))
    quote = draw(st.sampled_from(['"', "'", ""]))
    lines = [delimiter.join(header)] + [delimiter.join(f"{quote}{c}{quote}" for c in row) for row in rows]
    text = draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")


@fuzz_settings()
@given(
    hostile_csv()
    | st.binary(max_size=400)
    | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))
    | st.sampled_from(["[", "{", "["]).map(lambda opener: (opener * 50_000).encode())
    | json_values.map(lambda value: json.dumps(value).encode())
)
def test_batch_read_records(data: bytes) -> None:
    result = exercise(
        "batch.read_records", lambda: read_records(data, mtr_doctype(), name="lote.csv"), allowed=(InputError,)
    )
    if result is not None:
        records, problems = result
        assert all(isinstance(record.data, dict) for record in records)


@pytest.mark.parametrize(
    "data",
    [
        b'certificate.number\n"' + b"a" * 200_000 + b'"\n',
        b"certificate.number\n" + b"a" * 200_000 + b"\n",
        b"certificate.number\nab\x00c\n",
        b"\xef\xbb\xbfcertificate.number;certificate.remarks\nMTR-1;ok\n",
        b'certificate.number\n"unterminated\n',
        b"[" * 100_000,
        b"{" * 100_000,
        b"certificate.number," * 10_000 + b"\n" + b"x," * 10_000,
        b"\n" * 100_000,
    ],
    ids=[
        "huge-quoted-field",
        "huge-field",
        "nul",
        "bom-semicolon",
        "unterminated-quote",
        "deep-list",
        "deep-object",
        "wide",
        "blank-lines",
    ],
)
def test_batch_crafted_hostile_files(data: bytes) -> None:
    exercise(
        "batch.read_records (crafted)",
        lambda: read_records(data, mtr_doctype(), name="lote.csv"),
        allowed=(InputError,),
    )


# == trust lists and bundles ===================================================================
class TrustDesk:
    """A verifier's database that trusts one list operator (an Ed25519 did:key), with a real
    signed trust list and a real bundle to mutate."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = Database.in_folder(folder / "desk")
        self.key = generate_key("EdDSA")
        self.did, self.kid = identifiers_for_key(self.key.public, "key")
        trust_operator(self.db, self.did, "CANACERO", DidResolver())
        mill = generate_key("ES384")
        self.mill_did = "did:web:acerosdelnorte.mx"
        self.mill_kid = web_method_id(self.mill_did, mill.public)
        self.mill_key = mill
        trust_list = list_with_issuer(
            new_trust_list("Acero mexicano confiable"),
            TrustedIssuer(self.mill_did, "Aceros del Norte", "ADN980312AB1", "MX", ("mill",)),
        )
        self.trust_list = sign_trust_list(
            trust_list,
            self.key,
            self.kid,
            operator_name="CANACERO",
            valid_from=NOW - timedelta(days=1),
            valid_until=NOW + timedelta(days=90),
        )
        self.status_url = "https://acerosdelnorte.mx/.well-known/status/1"
        status = build_status_list_credential(
            self.status_url, {"id": self.mill_did, "name": "Aceros"}, bytes(LIST_SIZE // 8), NOW - timedelta(hours=2)
        )
        self.status_list = sign_vc_jwt(status, mill, self.mill_kid)
        self.contents = BundleContents()
        self.contents.add_trust_list("urn:list", self.trust_list, "2026-11-01T00:00:00Z")
        self.contents.add_did_document(
            self.mill_did, did_web_document(self.mill_did, [mill.public]), "2026-11-01T00:00:00Z"
        )
        self.contents.add_status_list(self.status_url, self.status_list, "2026-11-01T00:00:00Z")
        self.bundle = self.make_bundle(self.contents)
        self._files = 0

    def make_bundle(self, contents: BundleContents) -> bytes:
        return make_bundle(contents, key=self.key, kid=self.kid, operator_name="CANACERO", now=NOW)

    def bundle_file(self, data: bytes) -> Path:
        self._files += 1
        path = self.folder / f"fuzz-{self._files}.sello-bundle"
        path.write_bytes(data)
        return path

    def operator_signs(self, subject: Any, types: list[str]) -> str:
        credential = build_credential(
            types=types,
            subject={},
            issuer={"id": self.did, "name": "CANACERO"},
            valid_from=NOW - timedelta(days=1),
            valid_until=NOW + timedelta(days=30),
            contexts=("https://www.w3.org/ns/credentials/v2",),
        )
        credential["credentialSubject"] = subject
        return sign_anything(credential, self.key, self.kid)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Any:
    desk = TrustDesk(tmp_path_factory.mktemp("fuzz-desk"))
    yield desk
    desk.db.close()


def test_the_real_trust_list_and_bundle_import(desk: TrustDesk) -> None:
    assert import_trust_list(desk.db, desk.trust_list, NOW).trust_list.name == "Acero mexicano confiable"
    report = import_bundle(desk.db, desk.bundle_file(desk.bundle), NOW)
    assert report.trust_lists and report.did_documents == [desk.mill_did] and not report.refused


_subject_values = st.fixed_dictionaries(
    {},
    optional={
        "type": st.sampled_from(["TrustedIssuerList", "TrustBundle"]) | json_values,
        "id": st.sampled_from(["urn:uuid:1", ""]) | json_values,
        "name": json_values,
        "version": st.integers(-3, 2**70) | json_values,
        "issuers": st.lists(
            st.fixed_dictionaries(
                {"id": st.sampled_from(["did:key:z6Mk", "did:web:a.mx"]) | json_values},
                optional={"legalName": json_values, "roles": json_values, "validFrom": json_values},
            ),
            max_size=3,
        )
        | json_values,
        "members": st.lists(json_values, max_size=3) | json_values,
        "created": json_values,
    },
)


@fuzz_settings(0.5)
@given(data=st.data())
def test_trust_list_import(desk: TrustDesk, data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(["mutated", "random", "operator-signed"]))
    if kind == "mutated":
        token = data.draw(mutated_text(desk.trust_list, _B64URL + ".", max_ops=3))
    elif kind == "random":
        token = data.draw(st.text(max_size=200) | json_values.map(lambda v: json.dumps(v)))
    else:  # a trusted operator signs nonsense: still no crash
        token = desk.operator_signs(
            data.draw(_subject_values), data.draw(st.sampled_from([["TrustedIssuerListCredential"], ["Other"]]))
        )
    exercise("trustlist.import_trust_list", lambda: import_trust_list(desk.db, token, NOW))


@fuzz_settings(0.5)
@given(data=st.data())
def test_bundle_import(desk: TrustDesk, data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(["bytes", "json", "random", "operator-signed"]))
    if kind == "bytes":
        raw = data.draw(mutated_bytes(desk.bundle))
    elif kind == "json":
        body = json.loads(desk.bundle)
        target = data.draw(st.sampled_from(["format", "version", "manifest", "members", "member"]))
        if target == "member" and body["members"]:
            member = data.draw(st.sampled_from(body["members"]))
            member[data.draw(st.sampled_from(["kind", "key", "fetchedAt", "content", "extra"]))] = data.draw(
                json_values | st.sampled_from(["trust-list", "did-document", "status-list"])
            )
        else:
            body[target] = data.draw(json_values)
        raw = json.dumps(body).encode()
    elif kind == "random":
        raw = data.draw(st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode()))
    else:  # signed by the trusted operator, with hostile members
        contents = BundleContents()
        for _ in range(data.draw(st.integers(1, 3))):
            member_kind = data.draw(st.sampled_from(["trust-list", "did-document", "status-list"]))
            content = data.draw(
                st.text(max_size=80)
                | json_values.map(json.dumps)
                | st.just(desk.trust_list)
                | st.just(desk.status_list)
            )
            key = data.draw(st.sampled_from([desk.mill_did, "did:web:", "did:key:z", "urn:x"]) | st.text(max_size=20))
            contents._add(BundleMember(member_kind, key, "2026-11-01T00:00:00Z", content))
        raw = desk.make_bundle(contents)
    path = desk.bundle_file(raw)
    exercise("bundle.import_bundle", lambda: import_bundle(desk.db, path, NOW))


# == did:web responses ==========================================================================
_DID = "did:web:acerosdelnorte.mx"


@st.composite
def hostile_did_documents(draw: st.DrawFn) -> Any:
    if draw(st.integers(0, 5)) == 0:
        return draw(json_values)
    key = _KEYS[draw(st.sampled_from(sorted(_KEYS)))]
    jwk = dict(key.public_jwk)
    if draw(st.booleans()):
        jwk[draw(st.sampled_from(["kty", "crv", "x", "y", "d", "alg", "use"]))] = draw(
            json_values | st.sampled_from(["EC", "OKP", "RSA", "P-256", "P-384", "Ed25519", "X25519", "", "AAAA"])
        )
    method = draw(
        st.fixed_dictionaries(
            {"id": st.sampled_from([f"{_DID}#k1", "#k1", "k1"]) | json_values},
            optional={
                "type": st.sampled_from(["JsonWebKey", "Multikey"]) | json_values,
                "controller": json_values,
                "publicKeyJwk": st.just(jwk) | json_values,
                "publicKeyMultibase": st.sampled_from(
                    [_IDS["EdDSA"][0][8:], _IDS["ES384"][0][8:], "z", "zzzz", "z6Mk", "u" + _IDS["EdDSA"][0][9:]]
                )
                | json_values,
            },
        )
    )
    return draw(
        st.fixed_dictionaries(
            {"id": st.sampled_from([_DID]) | json_values},
            optional={
                "@context": json_values,
                "verificationMethod": st.lists(st.just(method) | json_values, max_size=3) | json_values,
                "assertionMethod": st.lists(
                    st.sampled_from([f"{_DID}#k1", "#k1"]) | st.just(method) | json_values, max_size=3
                )
                | json_values,
            },
        )
    )


@st.composite
def hostile_keys(draw: st.DrawFn) -> dict[str, Any]:
    """One verification method whose publicKeyJwk or publicKeyMultibase is damaged: members
    replaced by any JSON, base64url text edited (off-curve points), multibase edited."""
    alg = draw(st.sampled_from(sorted(_KEYS)))
    method: dict[str, Any] = {"id": "#k1", "type": "JsonWebKey", "controller": _DID}
    if draw(st.booleans()):
        jwk = dict(_KEYS[alg].public_jwk)
        for name in draw(st.lists(st.sampled_from(["kty", "crv", "x", "y", "d", "alg"]), min_size=1, max_size=3)):
            if name in ("x", "y") and isinstance(jwk.get(name), str) and draw(st.booleans()):
                jwk[name] = draw(mutated_text(jwk[name], _B64URL, max_ops=2))
            else:
                jwk[name] = draw(json_values | st.sampled_from(["EC", "OKP", "P-256", "P-384", "Ed25519", "X25519"]))
        method["publicKeyJwk"] = jwk
    else:
        method["type"] = "Multikey"
        method["publicKeyMultibase"] = draw(mutated_text(_IDS[alg][0][len("did:key:") :], "123456789ABCz", 2))
    return {"id": _DID, "verificationMethod": [method], "assertionMethod": ["#k1"]}


@fuzz_settings()
@given(hostile_keys())
def test_did_document_keys(document: Any) -> None:
    resolved = exercise(
        "did.parse_did_document (damaged keys)", lambda: parse_did_document(_DID, document, source="web")
    )
    if resolved is not None:  # a damaged key that still parses must be a real key
        for method in resolved.methods.values():
            assert method.public_key.curve in ("P-256", "P-384", "Ed25519")


@fuzz_settings()
@given(hostile_did_documents())
def test_did_document_parser(document: Any) -> None:
    resolved = exercise("did.parse_did_document", lambda: parse_did_document(_DID, document, source="web"))
    if resolved is not None:
        assert resolved.did == _DID and all(isinstance(m.id, str) for m in resolved.methods.values())


@fuzz_settings()
@given(st.binary(max_size=400) | hostile_did_documents().map(lambda d: json_bytes(d, "plain")))
def test_did_web_body_parser(body: bytes) -> None:
    resource = FetchedResource(
        "https://acerosdelnorte.mx/.well-known/did.json", body, "application/json", "2026-11-02T18:00:00Z"
    )

    def parse() -> Any:
        return parse_did_document(_DID, parse_json_body(resource, "The DID document"), source="web")

    exercise("webresolve.parse_json_body + parse_did_document", parse)


@pytest.fixture(scope="module")
def did_server(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("fuzz-https")
    ca = TestCertificateAuthority.create(folder / "ca")
    (folder / "www").mkdir()
    with TestHttpsServer(folder / "www", ca) as server, Database.in_folder(folder / "data") as db:
        fetcher = HttpsFetcher(ssl_context=ca.client_context(), deadline=5.0, read_timeout=2.0)
        yield server, DidResolver(web_resolver=WebDidResolver(db, fetcher))


@fuzz_settings(0.05)
@given(
    st.binary(max_size=2000)
    | hostile_did_documents().map(lambda d: json_bytes(d, "plain"))
    | st.integers(256 * 1024 - 2, 256 * 1024 + 2).map(lambda n: b"{" + b" " * (n - 2) + b"}"),
    st.sampled_from([200, 200, 200, 301, 404, 500]),
    st.sampled_from(["application/json", "application/did+json", "text/html", ""]),
    st.booleans(),
)
def test_did_web_over_https_with_hostile_bodies(
    did_server: Any, body: bytes, status: int, content_type: str, content_length: bool
) -> None:
    server, resolver = did_server
    did = server.did
    server.respond(
        "/.well-known/did.json",
        body.replace(_DID.encode(), did.encode()),
        status=status,
        content_type=content_type,
        content_length=content_length,
    )
    exercise("webresolve.WebDidResolver (HTTPS)", lambda: resolver.resolve(did), memory="native")


# == status lists ===============================================================================
@fuzz_settings()
@given(
    st.text(max_size=100)
    | st.binary(max_size=300).map(lambda raw: "u" + b64url_encode(raw))
    | st.binary(max_size=3000).map(lambda raw: "u" + b64url_encode(gzip.compress(raw, mtime=0)))
    | mutated_bytes(gzip.compress(bytes(LIST_SIZE // 8), mtime=0)).map(lambda raw: "u" + b64url_encode(raw))
    | st.builds(
        lambda raw, extra: "u" + b64url_encode(gzip.compress(raw, mtime=0) + extra),
        st.binary(max_size=50),
        st.binary(min_size=1, max_size=30),
    )
    | json_values
)
def test_status_list_decode_encoded_list(encoded: Any) -> None:
    exercise("statuslist.decode_encoded_list", lambda: decode_encoded_list(encoded), allowed=(StatusListError,))


@pytest.mark.parametrize("size", [2 * 1024 * 1024, 2 * 1024 * 1024 + 1, 200 * 1024 * 1024])
def test_status_list_gzip_bombs(size: int) -> None:
    """200 MB of zeros is ~200 KB of GZIP: decoding stops at the 2 MB cap without inflating the rest."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1024 * 1024)
    parts = [compressor.compress(chunk) for _ in range(size // len(chunk))]
    parts.append(compressor.compress(bytes(size % len(chunk))) + compressor.flush())
    encoded = "u" + b64url_encode(b"".join(parts))
    bits = exercise(
        "statuslist.decode_encoded_list (gzip bombs)", lambda: decode_encoded_list(encoded), allowed=(StatusListError,)
    )
    assert (bits is not None) == (size <= 2 * 1024 * 1024)


@fuzz_settings(0.3)
@given(data=st.data())
def test_status_list_credentials_signed_by_the_issuer(desk: TrustDesk, data: st.DataObject) -> None:
    """The issuer's own key signs a hostile list credential: `read_status_list` must still
    answer with a sentence."""
    issuer = parse_did_document(desk.mill_did, did_web_document(desk.mill_did, [desk.mill_key.public]), source="bundle")
    credential = build_status_list_credential(
        desk.status_url, {"id": desk.mill_did, "name": "Aceros"}, bytes(LIST_SIZE // 8), NOW - timedelta(hours=2)
    )
    subject = credential["credentialSubject"]
    for name in data.draw(st.lists(st.sampled_from(["type", "statusPurpose", "encodedList", "id"]), max_size=3)):
        subject[name] = data.draw(
            json_values
            | st.sampled_from(["BitstringStatusList", "revocation", "u", encode_bitstring(bytes(LIST_SIZE // 8))])
        )
    if data.draw(st.booleans()):
        credential[data.draw(st.sampled_from(["id", "type", "credentialSubject"]))] = data.draw(json_values)
    token = sign_anything(credential, desk.mill_key, desk.mill_kid)
    exercise(
        "trust.read_status_list (issuer-signed)",
        lambda: read_status_list(token, url=desk.status_url, issuer=issuer, purpose="revocation", now=NOW),
        allowed=(UserFacingError,),
    )
