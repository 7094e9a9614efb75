"""Bitstring Status List: the codec, index allocation, revocation and the list credential."""

from __future__ import annotations

import gzip
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sello.core.credentials.checks import verify_vc_jwt
from sello.core.encoding import b64url_decode, b64url_encode
from sello.core.errors import InputError, NotFoundError
from sello.core.keys.did import DidResolver
from sello.core.keys.directory import own_did_document
from sello.core.storage.db import Database
from sello.core.trust import statuslist
from sello.core.trust.statuslist import (
    LIST_SIZE,
    MAX_LIST_BYTES,
    StatusListError,
    allocate_status,
    bit_is_set,
    decode_encoded_list,
    encode_bitstring,
    get_status_list,
    revoke,
    sign_status_list,
    status_entry,
    status_list_url,
    with_bit,
)
from tests.unit.core.trust_helpers import NOW, issue_document, make_company

# The W3C spec's example encodedList: 16 KiB (131,072 entries), all zero.
SPEC_EXAMPLE = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA"


@pytest.fixture
def db(tmp_path):
    with Database.in_folder(tmp_path / "data") as database:
        yield database


# -- codec -------------------------------------------------------------------------
def test_spec_example_decodes_to_131072_clear_entries():
    bits = decode_encoded_list(SPEC_EXAMPLE)
    assert len(bits) * 8 == 131_072 and not any(bits)


def test_bit_order_index_zero_is_the_leftmost_bit_of_the_first_byte():
    bits = bytes(4)
    assert with_bit(bits, 0) == b"\x80\x00\x00\x00"
    assert with_bit(bits, 7) == b"\x01\x00\x00\x00"
    assert with_bit(bits, 8) == b"\x00\x80\x00\x00"
    assert with_bit(with_bit(bits, 9), 9, False) == bits
    assert bit_is_set(b"\x00\x40", 9) and not bit_is_set(b"\x00\x40", 8)
    with pytest.raises(StatusListError, match="outside the list"):
        bit_is_set(bits, 32)


def test_encoded_list_is_multibase_base64url_of_gzip():
    encoded = encode_bitstring(with_bit(bytes(LIST_SIZE // 8), 42))
    assert encoded.startswith("u") and "=" not in encoded
    raw = gzip.decompress(b64url_decode(encoded[1:]))
    assert len(raw) == 16_384 and raw[5] == 0x20  # index 42 = byte 5, third bit from the left


@settings(max_examples=40, deadline=None)
@given(st.sets(st.integers(min_value=0, max_value=LIST_SIZE - 1), max_size=50))
def test_encode_decode_round_trip(indexes):
    bits = bytes(LIST_SIZE // 8)
    for index in indexes:
        bits = with_bit(bits, index)
    decoded = decode_encoded_list(encode_bitstring(bits))
    assert decoded == bits
    assert {i for i in indexes if bit_is_set(decoded, i)} == indexes


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=80), st.binary(max_size=80).map(lambda b: "u" + b64url_encode(b))))
def test_decoder_never_crashes_on_arbitrary_input(text):
    try:
        bits = decode_encoded_list(text)
    except StatusListError:
        return
    # accepted only as what it claims to be: GZIP of exactly these bytes, within the cap
    assert isinstance(bits, bytes) and len(bits) <= MAX_LIST_BYTES
    assert gzip.decompress(b64url_decode(text[1:])) == bits


def test_gzip_bomb_truncation_and_trailing_data_are_refused():
    bomb = "u" + b64url_encode(gzip.compress(bytes(3 * 1024 * 1024)))
    with pytest.raises(StatusListError, match="expands to more than"):
        decode_encoded_list(bomb)
    whole = gzip.compress(bytes(16_384))
    with pytest.raises(StatusListError, match="truncated"):
        decode_encoded_list("u" + b64url_encode(whole[:-6]))
    with pytest.raises(StatusListError, match="followed by other data"):
        decode_encoded_list("u" + b64url_encode(whole + b"x"))
    with pytest.raises(StatusListError, match="must start with 'u'"):
        decode_encoded_list(SPEC_EXAMPLE[1:])
    with pytest.raises(StatusListError, match="not GZIP"):
        decode_encoded_list("u" + b64url_encode(b"hello world, not gzip"))


# -- identifiers -------------------------------------------------------------------
def test_list_url_sits_beside_did_json():
    assert status_list_url("did:web:acerosdelnorte.mx", 1) == "https://acerosdelnorte.mx/.well-known/status/1"
    assert status_list_url("did:web:localhost%3A8443", 2) == "https://localhost:8443/.well-known/status/2"
    assert status_list_url("did:web:example.com:mills:adn", 1) == "https://example.com/mills/adn/status/1"
    assert status_list_url("did:key:z6Mkabc", 1).startswith("urn:uuid:")
    assert status_entry("https://x.mx/.well-known/status/1", 7) == {
        "id": "https://x.mx/.well-known/status/1#7",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "7",
        "statusListCredential": "https://x.mx/.well-known/status/1",
    }


# -- allocation --------------------------------------------------------------------
def test_indexes_are_random_unique_and_recorded(db, tmp_path):
    mill = make_company(db, tmp_path, domain="acerosdelnorte.mx")
    allocations = [allocate_status(db, mill.profile.id, mill.did, f"urn:uuid:{n}") for n in range(100)]
    indexes = [a.index for a in allocations]
    assert len(set(indexes)) == 100
    assert indexes != sorted(indexes) and max(indexes) > 1000  # not sequential from 0
    assert {a.list_id for a in allocations} == {"https://acerosdelnorte.mx/.well-known/status/1"}
    assert allocations[0].entry["statusListIndex"] == str(indexes[0])
    record = get_status_list(db, allocations[0].list_id)
    assert record.allocated == 100 and record.size == 131_072 and record.issuer_did == mill.did
    assert len(record.bits) == 16_384 and not any(record.bits)


def test_a_new_list_opens_when_the_current_one_is_half_full(db, tmp_path, monkeypatch):
    monkeypatch.setattr(statuslist, "LIST_SIZE", 64)
    mill = make_company(db, tmp_path, domain="acerosdelnorte.mx")
    lists = [allocate_status(db, mill.profile.id, mill.did).list_id for _ in range(40)]
    assert lists[:32] == ["https://acerosdelnorte.mx/.well-known/status/1"] * 32
    assert set(lists[32:]) == {"https://acerosdelnorte.mx/.well-known/status/2"}


# -- revocation --------------------------------------------------------------------
def test_revoke_flips_the_bit_records_the_reason_and_audits(db, tmp_path):
    mill = make_company(db, tmp_path, domain="acerosdelnorte.mx")
    doc_id, _ = issue_document(mill)
    other_id, _ = issue_document(mill)
    row = db.query_one("SELECT status_list, status_index FROM documents WHERE id = ?", (doc_id,))
    revocation = revoke(db, doc_id, "  Heat number  typed wrong ")
    assert (revocation.list_id, revocation.index, revocation.reason) == (row[0], row[1], "Heat number typed wrong")
    record = get_status_list(db, row[0])
    assert record.is_revoked(row[1]) and record.revoked_count == 1
    stored = db.query_one("SELECT revoked_at, revoke_reason FROM documents WHERE id = ?", (doc_id,))
    assert stored["revoked_at"] == revocation.revoked_at and stored["revoke_reason"] == "Heat number typed wrong"
    entry = db.audit_entries(subject=doc_id)[-1]
    assert entry.action == "revoke" and entry.detail["index"] == row[1]
    assert db.verify_audit_chain()[0]
    with pytest.raises(InputError, match="already revoked"):
        revoke(db, doc_id, "again")
    with pytest.raises(InputError, match="Say why"):
        revoke(db, other_id, "   ")
    with pytest.raises(NotFoundError, match="no issued document"):
        revoke(db, "urn:uuid:nope", "x")


def test_revoke_reads_the_entry_from_the_credential_when_columns_are_empty(db, tmp_path):
    mill = make_company(db, tmp_path, domain="acerosdelnorte.mx")
    doc_id, token = issue_document(mill)
    db.execute("UPDATE documents SET status_list = NULL, status_index = NULL WHERE id = ?", (doc_id,))
    index = int(json.loads(b64url_decode(token.split(".")[1]))["credentialStatus"]["statusListIndex"])
    assert revoke(db, doc_id, "duplicate").index == index


def test_document_without_status_cannot_be_revoked(db, tmp_path):
    mill = make_company(db, tmp_path, domain="acerosdelnorte.mx")
    doc_id, _ = issue_document(mill, with_status=False)
    with pytest.raises(InputError, match="without a revocation entry"):
        revoke(db, doc_id, "oops")


# -- the list credential ------------------------------------------------------------
@pytest.mark.parametrize("alg", ["ES384", "EdDSA"])
def test_status_list_credential_is_a_signed_vc_jwt_of_the_issuer(db, tmp_path, alg):
    mill = make_company(db, tmp_path, domain="acerosdelnorte.mx", alg=alg)
    doc_id, _ = issue_document(mill)
    revocation = revoke(db, doc_id, "wrong heat")
    token = sign_status_list(db, revocation.list_id, mill.manager, NOW)
    resolver = DidResolver(web_resolver=lambda did: own_did_document(db, did))
    verdict = verify_vc_jwt(token, resolver=resolver, now=NOW)
    assert verdict.check("signature").outcome == "passed" and verdict.issuer == mill.did
    credential = verdict.credential
    assert credential["id"] == revocation.list_id
    assert credential["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert credential["validFrom"] == "2026-11-02T18:00:00Z"
    subject = credential["credentialSubject"]
    assert (subject["type"], subject["statusPurpose"]) == ("BitstringStatusList", "revocation")
    assert bit_is_set(decode_encoded_list(subject["encodedList"]), revocation.index)


def test_did_key_issuer_keeps_a_local_list(db, tmp_path):
    mill = make_company(db, tmp_path, did_method="key", alg="EdDSA")
    doc_id, token = issue_document(mill)
    entry = json.loads(b64url_decode(token.split(".")[1]))["credentialStatus"]
    assert entry["statusListCredential"].startswith("urn:uuid:")
    token = sign_status_list(db, entry["statusListCredential"], mill.manager, NOW)
    assert verify_vc_jwt(token, resolver=DidResolver(), now=NOW).color != "red"
