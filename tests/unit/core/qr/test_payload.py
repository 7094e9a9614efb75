"""TD1 payload codec: exact round trips of real signed credentials, strict bounded decoding."""

from __future__ import annotations

import base64
import hashlib
import json
import tracemalloc
import zlib
from pathlib import Path

import cbor2
import pytest
import rfc8785
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from joserfc import jws as joserfc_jws
from joserfc.jwk import ECKey

from sello.core.documents import td1 as document_tables
from sello.core.errors import InputError
from sello.core.keys.keypair import PublicKey
from sello.core.qr import installed, wire
from sello.core.qr import payload as qrpayload
from sello.core.qr import schema as qrschema
from sello.core.qr import tables as qrpayload_tables
from sello.core.qr import template as qrtemplate
from sello.core.qr.base45 import ALPHABET, b45decode, b45encode
from sello.core.qr.payload import Td1Error, Td1Schema, decode_td1, encode_td1
from sello.core.qr.wire import MAX_CBOR_DEPTH, MAX_INFLATED_BYTES
from tests.unit.core.td1_samples import (
    ISSUER_DID,
    MTR_SCHEMA,
    assert_accepted_code_is_exact,
    count_fields,
    mill_test_report,
    sign_ed25519,
    sign_es384,
    signature_holds,
)

SCHEMAS = [MTR_SCHEMA]


def compressed_form(td1_text: str) -> bytes:
    return b45decode(td1_text.removeprefix("TD1:"))


def td1(raw: bytes) -> str:
    return "TD1:" + b45encode(raw)


def deflate(data: bytes, dictionary: bytes = qrpayload_tables.DEFLATE_DICTIONARY) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, dictionary)
    return compressor.compress(data) + compressor.flush()


def schema_body_text(body: bytes, schema_code: int = 0) -> str:
    """A schema-aware TD1 text around a hand-made CBOR body (empty signature)."""
    return td1(bytes([1, 1, schema_code, 0]) + deflate(body, qrpayload_tables.SCHEMA_DEFLATE_DICTIONARY))


def reason_of(text: str, **kwargs: object) -> str:
    with pytest.raises(Td1Error) as caught:
        decode_td1(text, **kwargs)  # type: ignore[arg-type]
    assert isinstance(caught.value, InputError) and caught.value.message
    return caught.value.reason


@pytest.fixture(scope="module")
def es384_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP384R1())


# --- exact round trips of real credentials -----------------------------------------


@pytest.mark.parametrize("heats", [1, 3])
@pytest.mark.parametrize("signer", [sign_es384, sign_ed25519])
def test_signed_credential_round_trips_in_every_mode(signer, heats: int) -> None:
    jws = signer(mill_test_report(heats))
    for mode, expected_mode_byte in (("generic", 0), ("schema", 1), ("auto", 1)):
        text = encode_td1(jws, schemas=SCHEMAS, mode=mode)  # type: ignore[arg-type]
        assert text.startswith("TD1:") and set(text[4:]) <= set(ALPHABET)
        assert compressed_form(text)[:2] == bytes([1, expected_mode_byte])
        assert decode_td1(text, schemas=SCHEMAS) == jws


def test_rebuilt_es384_jws_verifies_with_a_standard_library(es384_key: ec.EllipticCurvePrivateKey) -> None:
    jws = sign_es384(mill_test_report(), es384_key)
    rebuilt = decode_td1(encode_td1(jws, schemas=SCHEMAS), schemas=SCHEMAS)
    public = ECKey.import_key(es384_key.public_key())
    token = joserfc_jws.deserialize_compact(rebuilt, public, algorithms=["ES384"])
    assert json.loads(token.payload) == mill_test_report()


def test_rebuilt_ed25519_jws_verifies() -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    jws = sign_ed25519(mill_test_report(), key)
    rebuilt = decode_td1(encode_td1(jws, schemas=SCHEMAS), schemas=SCHEMAS)
    signing_input, _, signature = rebuilt.rpartition(".")
    key.public_key().verify(base64.urlsafe_b64decode(signature + "=="), signing_input.encode())


def test_schema_aware_mode_is_smaller_for_a_known_document_type() -> None:
    jws = sign_es384(mill_test_report(3))
    generic = encode_td1(jws, schemas=SCHEMAS, mode="generic")
    with_table = encode_td1(jws, schemas=SCHEMAS)
    assert compressed_form(with_table)[:3] == bytes([1, 1, MTR_SCHEMA.code])
    assert len(with_table) < len(generic)
    # the document-type table is what pays: the base table alone does worse than generic
    base_only = encode_td1(jws, schemas=[], mode="schema")
    assert compressed_form(base_only)[:3] == bytes([1, 1, 0])
    assert len(base_only) > len(with_table)


def test_realistic_credential_fits_the_size_budget() -> None:
    credential = mill_test_report(1)
    assert count_fields(credential["credentialSubject"]) >= 25
    text = encode_td1(sign_es384(credential), schemas=SCHEMAS)
    assert len(text) < 900  # about 1/3 of the 2.8 kB JWS


def test_header_in_design_order_round_trips_compactly() -> None:
    header = json.dumps(
        {"alg": "ES384", "typ": "vc+jwt", "cty": "vc", "kid": f"{ISSUER_DID}#key-1"}, separators=(",", ":")
    ).encode()
    assert wire.compact_header(header) == [0, 1, f"{ISSUER_DID}#key-1"]
    jws = sign_es384(mill_test_report(), header=header)
    assert decode_td1(encode_td1(jws, schemas=SCHEMAS, mode="schema"), schemas=SCHEMAS) == jws


@pytest.mark.parametrize(
    "header",
    [
        b'{"alg":"ES384","cty":"vc","kid":"k","typ":"JWT"}',  # other typ value
        b'{"alg":"ES384","kid":"k","cty":"vc","typ":"vc+jwt"}',  # order not in the table
        b'{"alg":"HS256","kid":"k"}',  # algorithm not in the table
        b'{"alg":"ES384", "kid":"k"}',  # not compact JSON
        b'{"alg":"ES384","kid":"k","x5c":[]}',
        b"not json",
    ],
)
def test_unusual_headers_are_carried_as_bytes(header: bytes) -> None:
    assert wire.compact_header(header) == header
    jws = sign_es384(mill_test_report(), header=header)
    assert decode_td1(encode_td1(jws, schemas=SCHEMAS, mode="schema"), schemas=SCHEMAS) == jws


def test_payload_not_in_jcs_form_uses_generic_mode() -> None:
    pretty = json.dumps(mill_test_report(), indent=2).encode()
    jws = f"{_b64(b'{}')}.{_b64(pretty)}.{_b64(bytes(96))}"
    text = encode_td1(jws, schemas=SCHEMAS, mode="schema")
    assert compressed_form(text)[1] == 0
    assert decode_td1(text) == jws


def test_numbers_and_uuids_round_trip_exactly() -> None:
    credential = {
        "id": "urn:uuid:6a1f3c2e-8b4d-4f7a-9c3e-2d5b8e1f0a47",
        "upper": "urn:uuid:6A1F3C2E-8B4D-4F7A-9C3E-2D5B8E1F0A47",
        "numbers": [0.18, -0.5, 1e21, 1e-7, 5e-324, 123456.789, -0.0, 0.1 + 0.2, 2**53 - 1, -(2**53) + 1],
    }
    jws = sign_ed25519(credential)
    text = encode_td1(jws, schemas=SCHEMAS, mode="schema")
    assert compressed_form(text)[1] == 1
    assert decode_td1(text) == jws


def test_detached_payload_and_empty_signature_round_trip() -> None:
    for jws in ("eyJhbGciOiJFUzM4NCJ9..c2ln", "eyJhbGciOiJFUzM4NCJ9.e30.", ".."):
        assert decode_td1(encode_td1(jws, schemas=SCHEMAS), schemas=SCHEMAS) == jws


def test_documented_example_vectors_decode() -> None:
    """The examples in docs/td1-format.md §4: a frozen format decodes them forever."""
    doc = (Path(__file__).parents[4] / "docs" / "td1-format.md").read_text(encoding="utf-8")
    example = doc.split("## 4.")[1].split("## 5.")[0]
    blocks = example.split("```")[1::2]
    jws, generic, schema_aware = (block.strip() for block in blocks)
    assert compressed_form(generic)[:2] == b"\x01\x00" and compressed_form(schema_aware)[:3] == b"\x01\x01\x00"
    assert decode_td1(generic, schemas=[]) == jws
    assert decode_td1(schema_aware, schemas=[]) == jws


# --- encoding refuses what it could not rebuild ------------------------------------------


@pytest.mark.parametrize(
    ("jws", "reason"),
    [
        ("e30.e30", "not_jws"),
        ("e30.e30.e30.e30", "not_jws"),
        ("e30.é.e30", "not_jws"),
        ("e30=.e30.e30", "not_canonical"),  # padding
        ("e30.e30.YR", "not_canonical"),  # 'R' leaves non-zero unused bits ('YQ' is canonical)
        ("e30.e+0.e30", "not_canonical"),  # standard base64 alphabet
        ("e30.e30.abcde", "not_canonical"),  # impossible length
        ("e30.e30 .e30", "not_canonical"),
    ],
)
def test_encoding_refuses_non_canonical_jws(jws: str, reason: str) -> None:
    with pytest.raises(Td1Error) as caught:
        encode_td1(jws, schemas=SCHEMAS)
    assert caught.value.reason == reason


def test_encoding_refuses_a_credential_too_big_for_the_cap() -> None:
    import os

    payload = base64.urlsafe_b64encode(os.urandom(MAX_INFLATED_BYTES + 10)).rstrip(b"=").decode()
    with pytest.raises(Td1Error) as caught:
        encode_td1(f"e30.{payload}.e30", schemas=SCHEMAS)
    assert caught.value.reason == "too_large"


# --- decoding is strict: one specific reason for each defect -----------------------------


@pytest.fixture(scope="module")
def good_text() -> str:
    return encode_td1(sign_es384(mill_test_report()), schemas=SCHEMAS)


@pytest.mark.parametrize(
    ("text", "reason", "words"),
    [
        ("https://example.com/", "prefix", "'https://exam"),
        ("", "prefix", "is empty"),
        ("HC1:NCFOXN", "prefix", "'HC1:NCFOXN'"),
        (" TD1:AB", "prefix", "instead of 'TD1:'"),
        ("td1:ABC", "lowercase", "lower case"),
        ("TD1/1/2/0123ABCD:ABC", "part", "multi-part"),
        ("TD1:AB#", "base45", "'#'"),
        ("TD1:ABCD", "base45", "not a possible base45 length"),
        ("TD1:", "truncated", "ends too early"),
    ],
)
def test_malformed_text(text: str, reason: str, words: str) -> None:
    with pytest.raises(Td1Error) as caught:
        decode_td1(text, schemas=SCHEMAS)
    assert caught.value.reason == reason
    assert words in caught.value.message


def test_lower_case_text_is_refused_and_upper_casing_repairs_it(good_text: str) -> None:
    damaged = good_text.swapcase()  # Caps Lock on a keyboard-wedge scanner
    assert reason_of(damaged, schemas=SCHEMAS) == "lowercase"
    assert reason_of("TD1:" + good_text[4:].lower(), schemas=SCHEMAS) == "lowercase"
    assert decode_td1(damaged.upper(), schemas=SCHEMAS) == decode_td1(good_text, schemas=SCHEMAS)


def test_truncated_text(good_text: str) -> None:
    raw = compressed_form(good_text)
    for cut in (1, 3, 50, 101, 102, len(raw) - 1):
        assert reason_of(td1(raw[:cut]), schemas=SCHEMAS) == "truncated", cut


def test_trailing_bytes_after_the_stream(good_text: str) -> None:
    assert reason_of(td1(compressed_form(good_text) + b"\x00"), schemas=SCHEMAS) == "trailing"


def test_trailing_bytes_after_the_cbor_body() -> None:
    body = cbor2.dumps([b"{}", {}]) + b"\xf6"
    assert reason_of(schema_body_text(body)) == "trailing"


def test_wrong_version_byte(good_text: str) -> None:
    raw = compressed_form(good_text)
    with pytest.raises(Td1Error, match="newer Sello") as caught:
        decode_td1(td1(b"\x02" + raw[1:]), schemas=SCHEMAS)
    assert caught.value.reason == "version"
    assert reason_of(td1(b"\x00" + raw[1:]), schemas=SCHEMAS) == "version"


def test_unknown_mode_byte(good_text: str) -> None:
    raw = compressed_form(good_text)
    assert reason_of(td1(raw[:1] + b"\x07" + raw[2:]), schemas=SCHEMAS) == "mode"
    with pytest.raises(Td1Error, match="newer Sello"):
        decode_td1(td1(raw[:1] + b"\x03" + raw[2:]), schemas=SCHEMAS)


def test_unknown_schema_code() -> None:
    text = encode_td1(sign_es384(mill_test_report()), schemas=SCHEMAS, mode="schema")
    assert compressed_form(text)[2] == MTR_SCHEMA.code
    with pytest.raises(Td1Error, match="document-type table 1") as caught:
        decode_td1(text, schemas=[])
    assert caught.value.reason == "schema_unknown"
    other = Td1Schema(code=2, credential_type="CommercialInvoiceCredential", terms=("invoiceNumber",))
    assert reason_of(text, schemas=[other]) == "schema_unknown"


def test_garbage_compressed_data() -> None:
    assert reason_of(td1(b"\x01\x00\x00" + b"\xff" * 40)) == "corrupt"


def test_over_long_text() -> None:
    assert reason_of("TD1:" + "A" * 200_000) == "too_large"


def test_signature_length_over_the_cap() -> None:
    assert reason_of(td1(b"\x01\x00\x80\x10" + bytes(3000))) == "too_large"  # varint 2048


def test_non_minimal_varint_is_corrupt() -> None:
    assert reason_of(td1(b"\x01\x00\x80\x00" + deflate(b"\x00"))) == "corrupt"


def test_decompression_bomb_is_refused_fast_with_little_memory() -> None:
    bomb = td1(b"\x01\x00\x00" + deflate(b"\x00" + bytes(4_000_000)))
    assert len(bomb) < 8_000  # 4 MB inflated from a ~6 kB text
    tracemalloc.start()
    try:
        assert reason_of(bomb) == "too_large"
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000  # stopped at the cap while inflating, not after


def test_inflated_size_just_over_the_cap() -> None:
    body = b"\x00" + bytes(MAX_INFLATED_BYTES)  # header length 0, then the payload
    assert reason_of(td1(b"\x01\x00\x00" + deflate(body))) == "too_large"
    fits = b"\x00" + bytes(MAX_INFLATED_BYTES - 1)
    assert decode_td1(td1(b"\x01\x00\x00" + deflate(fits))) == "." + _b64(bytes(MAX_INFLATED_BYTES - 1)) + "."


def test_deep_nesting_is_refused() -> None:
    deep = b"\x82" + cbor2.dumps(b"{}") + b"\x81" * (MAX_CBOR_DEPTH + 5) + b"\xf6"
    assert reason_of(schema_body_text(deep)) == "too_deep"
    fine = b"\x82" + cbor2.dumps(b"{}") + b"\x81" * (MAX_CBOR_DEPTH - 2) + b"\xf6"
    assert decode_td1(schema_body_text(fine)) == "e30." + wire.b64url(b"[" * 30 + b"null" + b"]" * 30) + "."


def test_too_many_items_are_refused() -> None:
    many = b"\x82" + cbor2.dumps(b"{}") + b"\x99\x27\x10" + b"\xf6" * 10_000
    assert reason_of(schema_body_text(many)) == "too_large"
    huge_claim = b"\x82" + cbor2.dumps(b"{}") + b"\x9b" + (2**40).to_bytes(8, "big")
    assert reason_of(schema_body_text(huge_claim)) == "too_large"


@pytest.mark.parametrize(
    "tree",
    [
        cbor2.CBORTag(1, 0),  # a tag TD1 does not use (date)
        cbor2.CBORTag(6, 999),  # unknown term code
        cbor2.CBORTag(7, b"short"),
        cbor2.CBORTag(8, "1_0"),  # Python float() would take it, JSON would not
        cbor2.CBORTag(8, 18 * 16),  # a packed decimal with 0 decimals
        1.5,  # floats are carried by tag 8 only
        b"bytes",
        {"type": 1, 0: 2},  # "type" twice after term expansion
        2**64 - 1,  # outside the JSON (IEEE double) integer range
    ],
)
def test_damaged_credential_values_are_corrupt(tree: object) -> None:
    assert reason_of(schema_body_text(cbor2.dumps([b"{}", tree]))) == "corrupt"


@pytest.mark.parametrize(
    "body",
    [
        cbor2.dumps([b"{}"]),
        cbor2.dumps({"a": 1}),
        cbor2.dumps([[99, 0, "kid"], {}]),  # unknown alg code
        cbor2.dumps([[0, 0, 5], {}]),  # kid not text
        b"\x82\x40\xa1\x80\x00",  # a map key that is an array
        b"\x82\x40\x9f\xff",  # indefinite length
        b"\x82\x40\x62\xff\xfe",  # invalid UTF-8 text
        b"\x82\x40\xf9\x3c\x00",  # half float
        b"\x82\x40\xd8\x1c\x81\xd8\x1d\x00",  # cbor2 shared references: a list inside itself
    ],
)
def test_damaged_bodies_are_corrupt(body: bytes) -> None:
    assert reason_of(schema_body_text(body)) == "corrupt"


# --- property tests -----------------------------------------------------------------------

_terms = st.sampled_from(
    qrpayload_tables.BASE_TERMS + MTR_SCHEMA.terms + ("urn:uuid:6a1f3c2e-8b4d-4f7a-9c3e-2d5b8e1f0a47",)
)
_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53) + 1, 2**53 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | _terms,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6) | _terms, children, max_size=4)
    ),
    max_leaves=24,
)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@st.composite
def jws_strings(draw: st.DrawFn) -> str:
    def json_bytes(value: object) -> bytes:
        style = draw(st.sampled_from(["jcs", "compact", "spaced"]))
        if style == "jcs":
            return rfc8785.dumps(value)
        return json.dumps(value, separators=(",", ":") if style == "compact" else None, ensure_ascii=False).encode()

    header = draw(
        st.sampled_from([b'{"alg":"ES384","cty":"vc","kid":"did:web:a.example#1","typ":"vc+jwt"}'])
        | st.builds(
            lambda kid: rfc8785.dumps({"alg": "EdDSA", "cty": "vc", "kid": kid, "typ": "vc+jwt"}), st.text(max_size=20)
        )
        | _json.map(json_bytes)
        | st.binary(max_size=40)
    )
    payload = draw(_json.map(json_bytes) | st.binary(max_size=200))
    signature = draw(st.binary(max_size=140))
    return ".".join(_b64(part) for part in (header, payload, signature))


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(jws_strings(), st.sampled_from(["auto", "generic", "schema"]))
def test_any_jws_round_trips_exactly(jws: str, mode: str) -> None:
    assert decode_td1(encode_td1(jws, schemas=SCHEMAS, mode=mode), schemas=SCHEMAS) == jws  # type: ignore[arg-type]


@settings(deadline=None)
@given(st.text(max_size=80) | st.text(alphabet=ALPHABET, max_size=80).map(lambda tail: "TD1:" + tail))
def test_arbitrary_text_only_raises_td1_error(text: str) -> None:
    try:
        decoded = decode_td1(text, schemas=SCHEMAS)
    except Td1Error:
        return
    assert_accepted_code_is_exact(decoded, SCHEMAS)


@settings(deadline=None)
@given(st.binary(max_size=120), st.sampled_from([b"", b"\x01", b"\x01\x00", b"\x01\x01\x00", b"\x01\x01\x01"]))
def test_arbitrary_bytes_only_raise_td1_error(data: bytes, start: bytes) -> None:
    try:
        decoded = decode_td1(td1(start + data), schemas=SCHEMAS)
    except Td1Error:
        return
    assert_accepted_code_is_exact(decoded, SCHEMAS)


@settings(deadline=None)
@given(
    st.binary(max_size=300),
    st.sampled_from([qrpayload_tables.DEFLATE_DICTIONARY, qrpayload_tables.SCHEMA_DEFLATE_DICTIONARY]),
)
def test_arbitrary_inflated_bodies_only_raise_td1_error(body: bytes, dictionary: bytes) -> None:
    mode = 1 if dictionary is qrpayload_tables.SCHEMA_DEFLATE_DICTIONARY else 0
    head = bytes([1, mode, 1, 0]) if mode else bytes([1, 0, 0])
    try:
        decoded = decode_td1(td1(head + deflate(body, dictionary)), schemas=SCHEMAS)
    except Td1Error:
        return
    assert_accepted_code_is_exact(decoded, SCHEMAS)


@settings(deadline=None)
@given(st.data())
def test_damaged_real_codes_only_raise_td1_error(data: st.DataObject) -> None:
    raw = bytearray(compressed_form(_REAL_SCHEMA_TEXT))
    for _ in range(data.draw(st.integers(1, 4))):
        raw[data.draw(st.integers(0, len(raw) - 1))] ^= data.draw(st.integers(1, 255))
    try:
        decoded = decode_td1(td1(bytes(raw)), schemas=SCHEMAS)
    except Td1Error:
        return
    assert_accepted_code_is_exact(decoded, SCHEMAS)
    if decoded != _REAL_SCHEMA_JWS:  # a damaged code that still decodes carries no valid signature
        assert not signature_holds(decoded, PublicKey.from_jwk(_REAL_SCHEMA_JWK), "EdDSA")


_REAL_SCHEMA_KEY = ed25519.Ed25519PrivateKey.generate()
_REAL_SCHEMA_JWK = {
    "kty": "OKP",
    "crv": "Ed25519",
    "x": wire.b64url(_REAL_SCHEMA_KEY.public_key().public_bytes_raw()),
}
_REAL_SCHEMA_JWS = sign_ed25519(mill_test_report(), _REAL_SCHEMA_KEY)
_REAL_SCHEMA_TEXT = encode_td1(_REAL_SCHEMA_JWS, schemas=SCHEMAS, mode="schema")


# --- term tables and the document-type hook -------------------------------------------------


def test_frozen_tables_are_unchanged() -> None:
    """These tables are the byte format: a change here breaks every printed code."""
    digest = lambda data: hashlib.sha256(data).hexdigest()[:16]  # noqa: E731
    assert digest(qrpayload_tables.DEFLATE_DICTIONARY) == FROZEN["dictionary"]
    assert digest("\n".join(qrpayload_tables.BASE_TERMS).encode()) == FROZEN["base_terms"]
    assert digest(repr((qrpayload_tables.HEADER_ALGS, qrpayload_tables.HEADER_LAYOUTS)).encode()) == FROZEN["header"]
    assert digest(qrpayload_tables.SCHEMA_SKELETON_CBOR) == FROZEN["skeleton"]
    assert digest(qrpayload_tables.TEMPLATE_DEFLATE_DICTIONARY) == FROZEN["template_dictionary"]
    layout = (
        qrtemplate.FORM_LAYOUT,
        qrtemplate.FINGERPRINT_LABEL,
        qrtemplate.TEXT_END,
        qrtemplate.DATE_EPOCH.isoformat(),
        qrtemplate.DECIMAL_AS_TEXT,
        qrtemplate.STANDARD_CONTEXT,
    )
    assert digest(repr(layout).encode()) == FROZEN["template_layout"]
    # adding mode 2 (template) kept format version 1: older codes decode unchanged, and an
    # older reader refuses a template code with reason "mode" (made by a newer Sello)
    assert qrpayload.FORMAT_VERSION == 1 and qrpayload.MODES == (0, 1, 2)


# SHA-256 prefixes of TD1 format version 1's tables (see docs/td1-format.md)
FROZEN = {
    "dictionary": "087bba438fdd071b",
    "base_terms": "4eecceedde562d0d",
    "header": "4d16f33398821f01",
    "skeleton": "bf812f06687fdc42",
    "template_dictionary": "f323b1b37a3c4637",
    "template_layout": "723fb2774067ea22",
}


def test_skeleton_bytes_match_their_source() -> None:
    tree = qrschema.to_tree(json.loads(qrpayload_tables.SCHEMA_SKELETON_SOURCE), qrschema.TermCodec(None))
    assert cbor2.dumps([[0, 0, "did:web:"], tree]) == qrpayload_tables.SCHEMA_SKELETON_CBOR


def test_base_table_has_no_repeats_and_short_codes_for_common_terms() -> None:
    terms = qrpayload_tables.BASE_TERMS
    assert len(set(terms)) == len(terms)
    one_byte = set(terms[:24])
    assert {"type", "id", "@context", "VerifiableCredential", "credentialSubject", "issuer", "validFrom"} <= one_byte
    assert len(qrpayload_tables.DEFLATE_DICTIONARY) <= 32 * 1024


def test_schema_records_are_validated() -> None:
    with pytest.raises(ValueError):
        Td1Schema(code=0, credential_type="X", terms=())
    with pytest.raises(ValueError):
        Td1Schema(code=3, credential_type="X", terms=("a", "a"))
    with pytest.raises(ValueError, match="share code"):
        encode_td1("e30.e30.", schemas=[MTR_SCHEMA, MTR_SCHEMA])


def test_installed_document_type_tables_are_the_default() -> None:
    installed.install(schemas=lambda: [MTR_SCHEMA], templates=lambda: [])
    try:
        jws = sign_es384(mill_test_report())
        text = encode_td1(jws)
        assert compressed_form(text)[:3] == bytes([1, 1, MTR_SCHEMA.code])
        assert decode_td1(text) == jws
        installed.uninstall()
        assert reason_of(text) == "schema_unknown"
        assert decode_td1(encode_td1(jws)) == jws  # base table only, still exact
    finally:
        document_tables.install()
