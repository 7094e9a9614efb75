import hashlib
import json
import struct

import nacl.pwhash.argon2id as argon2id
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sello.core.errors import InputError, KeyStoreError
from sello.core.keys.sealedbox import (
    DEFAULT_KDF,
    MAGIC,
    PURPOSE_KEY_BACKUP,
    PURPOSE_KEY_STORE,
    KdfParams,
    NotASealedFile,
    SealedFileDamaged,
    SealedFileError,
    Sealer,
    WrongPassphrase,
    WrongPurpose,
    open_sealed,
    seal,
)

FAST = KdfParams.minimum()
SECRET = b'{"kty":"OKP","crv":"Ed25519","d":"secret-seed"}'


def _header(blob: bytes) -> dict:
    (length,) = struct.unpack_from(">H", blob, len(MAGIC) + 1)
    start = len(MAGIC) + 3
    return json.loads(blob[start : start + length])


def _with_checksum(body: bytes) -> bytes:
    """Re-seal the outer checksum the way someone editing the file on purpose would."""
    return body + hashlib.blake2b(body, digest_size=32, person=b"sello-sb-sum").digest()


def test_round_trip_and_header_records_kdf_limits():
    blob = seal(SECRET, "pässwörd", purpose=PURPOSE_KEY_BACKUP, kdf=FAST)
    assert blob.startswith(MAGIC)
    assert SECRET not in blob
    header = _header(blob)
    assert header["kdf"] == "argon2id13"
    assert (header["opslimit"], header["memlimit"]) == (FAST.opslimit, FAST.memlimit)
    assert header["purpose"] == PURPOSE_KEY_BACKUP
    assert open_sealed(blob, "pässwörd", purpose=PURPOSE_KEY_BACKUP) == SECRET
    # a fresh salt and nonce each time
    again = seal(SECRET, "pässwörd", purpose=PURPOSE_KEY_BACKUP, kdf=FAST)
    assert _header(again)["salt"] != header["salt"] and _header(again)["nonce"] != header["nonce"]


def test_default_limits_are_moderate_and_higher_limits_open_from_the_header():
    assert DEFAULT_KDF == KdfParams(argon2id.OPSLIMIT_MODERATE, argon2id.MEMLIMIT_MODERATE)
    stronger = KdfParams(FAST.opslimit + 2, FAST.memlimit * 4)  # "raised later": read back from the file
    blob = seal(SECRET, "pw", purpose=PURPOSE_KEY_STORE, kdf=stronger)
    assert open_sealed(blob, "pw", purpose=PURPOSE_KEY_STORE) == SECRET
    assert Sealer.unlock(blob, "pw", purpose=PURPOSE_KEY_STORE)[0].kdf == stronger


def test_wrong_passphrase_has_its_own_message():
    blob = seal(SECRET, "right", purpose=PURPOSE_KEY_BACKUP, kdf=FAST)
    for wrong in ["wrong", "Right", "right ", ""]:
        with pytest.raises(WrongPassphrase, match="^Wrong passphrase for a Sello key backup"):
            open_sealed(blob, wrong, purpose=PURPOSE_KEY_BACKUP)


def test_passphrase_is_unicode_normalised():
    nfc, nfd = "contrase\u00f1a", "contrasen\u0303a"
    blob = seal(SECRET, nfc, purpose=PURPOSE_KEY_BACKUP, kdf=FAST)
    assert open_sealed(blob, nfd, purpose=PURPOSE_KEY_BACKUP) == SECRET


def test_every_altered_byte_is_reported_as_damage():
    blob = seal(SECRET, "pw", purpose=PURPOSE_KEY_BACKUP, kdf=FAST)
    for i in range(len(MAGIC), len(blob)):
        tampered = blob[:i] + bytes([blob[i] ^ 0x40]) + blob[i + 1 :]
        with pytest.raises(SealedFileDamaged, match="damaged or was altered") as info:
            open_sealed(tampered, "pw", purpose=PURPOSE_KEY_BACKUP)
        assert not isinstance(info.value, WrongPassphrase)


def test_every_truncation_is_reported_as_damage():
    blob = seal(SECRET, "pw", purpose=PURPOSE_KEY_STORE, kdf=FAST)
    for length in range(len(blob)):
        with pytest.raises(SealedFileDamaged, match="damaged or was altered"):
            open_sealed(blob[:length], "pw", purpose=PURPOSE_KEY_STORE)
    with pytest.raises(SealedFileDamaged):
        open_sealed(blob + b"\0", "pw", purpose=PURPOSE_KEY_STORE)


def test_ciphertext_edited_with_a_fixed_checksum_fails_authentication():
    blob = seal(SECRET, "pw", purpose=PURPOSE_KEY_BACKUP, kdf=FAST)
    body = bytearray(blob[:-32])
    body[-5] ^= 1
    with pytest.raises(SealedFileDamaged, match="fail authentication"):
        open_sealed(_with_checksum(bytes(body)), "pw", purpose=PURPOSE_KEY_BACKUP)


def _with_header(blob: bytes, header: dict) -> bytes:
    (length,) = struct.unpack_from(">H", blob, len(MAGIC) + 1)
    rest = blob[len(MAGIC) + 3 + length : -32]
    header_bytes = json.dumps(header).encode()
    return _with_checksum(MAGIC + struct.pack(">BH", 1, len(header_bytes)) + header_bytes + rest)


def test_hostile_kdf_limits_are_refused_before_deriving():
    blob = seal(SECRET, "pw", purpose=PURPOSE_KEY_BACKUP, kdf=FAST)
    # the header is authenticated with the passphrase-derived key: any edit of it that
    # also fixes the outer checksum cannot be told from a wrong passphrase
    with pytest.raises(WrongPassphrase):
        open_sealed(
            _with_header(blob, {**_header(blob), "opslimit": FAST.opslimit + 1}), "pw", purpose=PURPOSE_KEY_BACKUP
        )
    for field, value in [("memlimit", 1 << 40), ("opslimit", 10**6), ("opslimit", 0)]:
        with pytest.raises(SealedFileDamaged, match=field):
            open_sealed(_with_header(blob, {**_header(blob), field: value}), "pw", purpose=PURPOSE_KEY_BACKUP)


def test_wrong_purpose_is_named():
    backup = seal(SECRET, "pw", purpose=PURPOSE_KEY_BACKUP, kdf=FAST)
    with pytest.raises(WrongPurpose, match="is a Sello key backup .*not a Sello encrypted key store"):
        open_sealed(backup, "pw", purpose=PURPOSE_KEY_STORE)
    store = seal(SECRET, "pw", purpose=PURPOSE_KEY_STORE, kdf=FAST)
    with pytest.raises(WrongPurpose, match="is a Sello encrypted key store, not a Sello key backup"):
        open_sealed(store, "pw", purpose=PURPOSE_KEY_BACKUP)


def test_foreign_and_future_files():
    with pytest.raises(NotASealedFile, match="not a Sello key backup"):
        open_sealed(b"%PDF-1.7\n...", "pw", purpose=PURPOSE_KEY_BACKUP)
    blob = seal(SECRET, "pw", purpose=PURPOSE_KEY_BACKUP, kdf=FAST)
    future = _with_checksum(blob[: len(MAGIC)] + b"\x02" + blob[len(MAGIC) + 1 : -32])
    with pytest.raises(SealedFileError, match="newer version of Sello"):
        open_sealed(future, "pw", purpose=PURPOSE_KEY_BACKUP)


def test_empty_passphrase_is_refused_when_sealing():
    with pytest.raises(InputError, match="passphrase"):
        seal(SECRET, "", purpose=PURPOSE_KEY_BACKUP, kdf=FAST)


def test_sealer_reuses_its_key_and_notices_a_changed_passphrase():
    sealer = Sealer("pw", purpose=PURPOSE_KEY_STORE, kdf=FAST)
    assert "pw" not in repr(sealer)
    first, second = sealer.seal(b"one"), sealer.seal(b"two")
    assert sealer.open(first) == b"one" and sealer.open(second) == b"two"
    reopened, plaintext = Sealer.unlock(second, "pw", purpose=PURPOSE_KEY_STORE)
    assert plaintext == b"two" and reopened.open(sealer.seal(b"three")) == b"three"
    other = seal(b"x", "new passphrase", purpose=PURPOSE_KEY_STORE, kdf=FAST)
    with pytest.raises(KeyStoreError, match="re-encrypted by another Sello window"):
        sealer.open(other)


@settings(max_examples=60, deadline=None)
@given(plaintext=st.binary(max_size=2048), passphrase=st.text(min_size=1, max_size=40))
def test_property_round_trip(plaintext, passphrase):
    blob = seal(plaintext, passphrase, purpose=PURPOSE_KEY_BACKUP, kdf=FAST)
    assert open_sealed(blob, passphrase, purpose=PURPOSE_KEY_BACKUP) == plaintext


_VALID = seal(SECRET, "pw", purpose=PURPOSE_KEY_BACKUP, kdf=FAST)


@settings(max_examples=300, deadline=None)
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.binary(max_size=300).map(lambda b: MAGIC + b),
        st.tuples(st.integers(0, len(_VALID) - 1), st.binary(min_size=1, max_size=8)).map(
            lambda t: _VALID[: t[0]] + t[1] + _VALID[t[0] + len(t[1]) :]
        ),
    )
)
def test_property_arbitrary_input_never_crashes(data):
    try:
        assert open_sealed(data, "pw", purpose=PURPOSE_KEY_BACKUP) == SECRET
    except SealedFileError:
        pass
