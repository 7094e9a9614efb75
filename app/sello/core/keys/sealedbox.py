"""Passphrase envelope for key backups and the encrypted-file key store.

Argon2id (libsodium, via PyNaCl) turns the passphrase into 64 bytes: the first 32
are the XSalsa20-Poly1305 (`SecretBox`) key, the last 32 key a BLAKE2b tag over the
header. That tag tells a wrong passphrase apart from a damaged file, and binds the
header (purpose, KDF limits, salt, nonce) to the passphrase. An unkeyed BLAKE2b
checksum over the whole file catches truncation and accidental damage first.

File layout (all lengths in bytes)::

    8   magic  b"SelloSB\\n"
    1   format version (1)
    2   header length H, big-endian
    H   header: UTF-8 JSON {"purpose", "kdf", "opslimit", "memlimit", "salt", "nonce"}
    16  passphrase check: BLAKE2b(magic..header, key=derived[32:])
    N   SecretBox ciphertext (16-byte Poly1305 tag + encrypted payload)
    32  checksum: BLAKE2b-256 of everything before it

Every future format version keeps the magic, the version byte and the trailing
checksum, so damage is told apart from "made by a newer Sello".

The Argon2id limits live in the header, so files sealed with higher limits later
still open with this code.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import struct
import unicodedata
from dataclasses import dataclass
from typing import Any

import nacl.exceptions
import nacl.pwhash.argon2id as argon2id
import nacl.secret

from sello.core.bounded_json import loads_bounded
from sello.core.encoding import b64url_decode, b64url_encode
from sello.core.errors import InputError, KeyStoreError
from sello.core.i18n import Message
from sello.core.keys.messages import purpose_text

MAGIC = b"SelloSB\n"
FORMAT_VERSION = 1
_PREFIX = struct.Struct(">BH")  # version, header length
_CHECK_SIZE = 16
_CHECKSUM_SIZE = 32
_MAC_SIZE = nacl.secret.SecretBox.MACBYTES
_MIN_SIZE = len(MAGIC) + _PREFIX.size + _CHECK_SIZE + _MAC_SIZE + _CHECKSUM_SIZE

PURPOSE_KEY_BACKUP = "key-backup"
PURPOSE_KEY_STORE = "key-store"
_PURPOSE_NAMES = {
    PURPOSE_KEY_BACKUP: "a Sello key backup (.sello-key)",
    PURPOSE_KEY_STORE: "a Sello encrypted key store",
}
_PURPOSE_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


class SealedFileError(KeyStoreError):
    """Base for the envelope's failures."""


class WrongPassphrase(SealedFileError):
    """The passphrase does not open this file."""


class SealedFileDamaged(SealedFileError):
    """The file was truncated, corrupted or altered."""


class WrongPurpose(SealedFileError):
    """The file is a different kind of Sello file (a backup given as a key store...)."""


class NotASealedFile(SealedFileError):
    """The bytes are not a Sello envelope at all."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id work limits. Stored in each file's header."""

    opslimit: int
    memlimit: int  # bytes

    @classmethod
    def moderate(cls) -> KdfParams:
        """Backups and the key store: ~0.5 s and 256 MiB on a 2024 laptop."""
        return cls(argon2id.OPSLIMIT_MODERATE, argon2id.MEMLIMIT_MODERATE)

    @classmethod
    def interactive(cls) -> KdfParams:
        return cls(argon2id.OPSLIMIT_INTERACTIVE, argon2id.MEMLIMIT_INTERACTIVE)

    @classmethod
    def minimum(cls) -> KdfParams:
        """libsodium's floor. Only for tests, which pass it explicitly."""
        return cls(argon2id.OPSLIMIT_MIN, argon2id.MEMLIMIT_MIN)

    def check(self) -> None:
        """Refuse limits below libsodium's floor or absurdly high ones (a hostile header
        must not make us allocate many gigabytes)."""
        if not argon2id.OPSLIMIT_MIN <= self.opslimit <= _MAX_OPSLIMIT:
            raise SealedFileDamaged(Message("sealed.kdf_damaged", name="opslimit", value=self.opslimit))
        if not argon2id.MEMLIMIT_MIN <= self.memlimit <= _MAX_MEMLIMIT:
            raise SealedFileDamaged(Message("sealed.kdf_damaged", name="memlimit", value=self.memlimit))


_MAX_OPSLIMIT = 4 * argon2id.OPSLIMIT_SENSITIVE
_MAX_MEMLIMIT = 4 * argon2id.MEMLIMIT_SENSITIVE  # 4 GiB
DEFAULT_KDF = KdfParams.moderate()


def purpose_name(purpose: str) -> str:
    return _PURPOSE_NAMES.get(purpose, f"a Sello {purpose} file")


def _passphrase_bytes(passphrase: str) -> bytes:
    # NFC so that "contraseña" typed on macOS and on Windows derives the same key.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _derive(passphrase: str, salt: bytes, kdf: KdfParams) -> tuple[bytes, bytes]:
    try:
        material = argon2id.kdf(64, _passphrase_bytes(passphrase), salt, opslimit=kdf.opslimit, memlimit=kdf.memlimit)
    except (MemoryError, nacl.exceptions.RuntimeError) as exc:
        raise KeyStoreError(
            Message("sealed.no_memory", mib=kdf.memlimit // (1024 * 1024), error=type(exc).__name__)
        ) from None
    return material[:32], material[32:]


def _check_tag(check_key: bytes, prefix: bytes) -> bytes:
    return hashlib.blake2b(prefix, key=check_key, digest_size=_CHECK_SIZE, person=b"sello-sb-check").digest()


def _checksum(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=_CHECKSUM_SIZE, person=b"sello-sb-sum").digest()


@dataclass(frozen=True)
class _Parsed:
    prefix: bytes  # magic .. end of header: what the check tag covers
    purpose: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    check: bytes
    ciphertext: bytes


def _damaged(expected: str, detail: str) -> SealedFileDamaged:
    """`detail` names a `sealed.detail.*` message (sello.core.keys.messages)."""
    return SealedFileDamaged(
        Message("sealed.damaged", detail=Message(f"sealed.detail.{detail}")),
        hint=Message("sealed.damaged_hint", what=purpose_text(expected)),
    )


def _parse(blob: bytes, expected_purpose: str) -> _Parsed:
    if not isinstance(blob, (bytes, bytearray)):
        raise TypeError("sealed data must be bytes")
    blob = bytes(blob)
    if not blob:
        raise _damaged(expected_purpose, "empty")
    if not blob.startswith(MAGIC):
        if MAGIC.startswith(blob[: len(MAGIC)]):
            raise _damaged(expected_purpose, "cut")
        raise NotASealedFile(Message("sealed.not_sealed", what=purpose_text(expected_purpose)))
    if len(blob) < _MIN_SIZE:
        raise _damaged(expected_purpose, "cut")
    if not hmac.compare_digest(_checksum(blob[:-_CHECKSUM_SIZE]), blob[-_CHECKSUM_SIZE:]):
        raise _damaged(expected_purpose, "checksum")
    version, header_len = _PREFIX.unpack_from(blob, len(MAGIC))
    if version != FORMAT_VERSION:
        raise SealedFileError(Message("sealed.newer_format", version=version))
    header_start = len(MAGIC) + _PREFIX.size
    header_end = header_start + header_len
    body_end = len(blob) - _CHECKSUM_SIZE
    if header_end + _CHECK_SIZE + _MAC_SIZE > body_end:
        raise _damaged(expected_purpose, "header_length")
    try:
        header = loads_bounded(
            blob[header_start:header_end],
            "key-file",
            what={"en": "The file's header", "es": "El encabezado del archivo"},
        )
        purpose = header["purpose"]
        if header["kdf"] != "argon2id13":
            raise SealedFileError(Message("sealed.unknown_kdf", kdf=repr(header["kdf"])))
        kdf = KdfParams(int(header["opslimit"]), int(header["memlimit"]))
        salt, nonce = b64url_decode(header["salt"]), b64url_decode(header["nonce"])
    except SealedFileError:
        raise
    except (ValueError, UnicodeDecodeError, KeyError, TypeError, InputError):
        raise _damaged(expected_purpose, "header") from None
    if (
        not isinstance(purpose, str)
        or len(salt) != argon2id.SALTBYTES
        or len(nonce) != nacl.secret.SecretBox.NONCE_SIZE
    ):
        raise _damaged(expected_purpose, "header")
    kdf.check()
    if purpose != expected_purpose:
        raise WrongPurpose(
            Message("sealed.wrong_purpose", found=purpose_text(purpose), expected=purpose_text(expected_purpose))
        )
    return _Parsed(
        blob[:header_end],
        purpose,
        kdf,
        salt,
        nonce,
        blob[header_end : header_end + _CHECK_SIZE],
        blob[header_end + _CHECK_SIZE : body_end],
    )


class Sealer:
    """A passphrase-derived key for one purpose, salt and KDF setting.

    The encrypted-file store keeps one for the session, so every write re-seals with a
    fresh nonce without running Argon2id again. Holds no passphrase; `repr` shows no key.
    """

    __slots__ = ("purpose", "kdf", "_salt", "_box", "_check_key")

    def __init__(
        self, passphrase: str, *, purpose: str, kdf: KdfParams = DEFAULT_KDF, _salt: bytes | None = None
    ) -> None:
        if not _PURPOSE_RE.match(purpose):
            raise ValueError(f"invalid purpose {purpose!r}")
        if _salt is None and not passphrase:
            raise InputError(Message("sealed.empty_passphrase"))
        kdf.check()
        self.purpose = purpose
        self.kdf = kdf
        self._salt = _salt if _salt is not None else os.urandom(argon2id.SALTBYTES)
        enc_key, self._check_key = _derive(passphrase, self._salt, kdf)
        self._box = nacl.secret.SecretBox(enc_key)

    def __repr__(self) -> str:
        return f"<Sealer {self.purpose} argon2id ops={self.kdf.opslimit} mem={self.kdf.memlimit}>"

    @classmethod
    def unlock(cls, blob: bytes, passphrase: str, *, purpose: str) -> tuple[Sealer, bytes]:
        """Open `blob` with the passphrase; returns the sealer (to write back) and the plaintext."""
        parsed = _parse(blob, purpose)
        sealer = cls(passphrase, purpose=purpose, kdf=parsed.kdf, _salt=parsed.salt)
        return sealer, sealer._open_parsed(
            parsed,
            wrong_key=WrongPassphrase(
                Message("sealed.wrong_passphrase", what=purpose_text(purpose)),
                hint=Message("sealed.wrong_passphrase_hint"),
            ),
        )

    def open(self, blob: bytes) -> bytes:
        """Open a file this sealer (or one unlocked from the same file) wrote."""
        parsed = _parse(blob, self.purpose)
        if parsed.salt != self._salt or parsed.kdf != self.kdf:
            what = purpose_text(self.purpose)
            raise KeyStoreError(Message("sealed.reencrypted", what={"en": what["en"].capitalize(), "es": what["es"]}))
        return self._open_parsed(parsed, wrong_key=_damaged(self.purpose, "check"))

    def _open_parsed(self, parsed: _Parsed, *, wrong_key: SealedFileError) -> bytes:
        if not hmac.compare_digest(_check_tag(self._check_key, parsed.prefix), parsed.check):
            raise wrong_key
        try:
            return self._box.decrypt(parsed.ciphertext, parsed.nonce)
        except nacl.exceptions.CryptoError:
            raise _damaged(self.purpose, "authentication") from None

    def seal(self, plaintext: bytes) -> bytes:
        nonce = os.urandom(nacl.secret.SecretBox.NONCE_SIZE)
        header: dict[str, Any] = {
            "purpose": self.purpose,
            "kdf": "argon2id13",
            "opslimit": self.kdf.opslimit,
            "memlimit": self.kdf.memlimit,
            "salt": b64url_encode(self._salt),
            "nonce": b64url_encode(nonce),
        }
        header_bytes = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
        prefix = MAGIC + _PREFIX.pack(FORMAT_VERSION, len(header_bytes)) + header_bytes
        ciphertext = self._box.encrypt(bytes(plaintext), nonce).ciphertext
        body = prefix + _check_tag(self._check_key, prefix) + ciphertext
        return body + _checksum(body)


def seal(plaintext: bytes, passphrase: str, *, purpose: str, kdf: KdfParams = DEFAULT_KDF) -> bytes:
    """Encrypt `plaintext` under `passphrase` for one `purpose` (key-backup, key-store)."""
    return Sealer(passphrase, purpose=purpose, kdf=kdf).seal(plaintext)


def open_sealed(blob: bytes, passphrase: str, *, purpose: str) -> bytes:
    """Decrypt a sealed file. Raises `WrongPassphrase`, `SealedFileDamaged`,
    `WrongPurpose` or `NotASealedFile` (all `KeyStoreError`) with a sentence for the user."""
    return Sealer.unlock(blob, passphrase, purpose=purpose)[1]
