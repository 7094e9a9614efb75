"""Small byte-text encodings shared by keys, DIDs and JWS code."""

from __future__ import annotations

import base64
import binascii

from sello.core.errors import InputError
from sello.core.i18n import Message, register

_B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58_ALPHABET)}


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Strict base64url without padding: rejects other alphabets and non-canonical tails."""
    if not isinstance(text, str) or not _B64URL_CHARS.issuperset(text) or len(text) % 4 == 1:
        raise InputError(Message("encoding.bad_base64url"))
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:  # pragma: no cover - alphabet checked above
        raise InputError(Message("encoding.bad_base64url")) from exc
    if b64url_encode(data) != text:
        raise InputError(Message("encoding.base64url_padding"))
    return data


_B64URL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def base58btc_encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = []
    while number:
        number, rem = divmod(number, 58)
        out.append(_B58_ALPHABET[rem])
    leading = len(data) - len(data.lstrip(b"\0"))
    return "1" * leading + "".join(reversed(out))


def base58btc_decode(text: str) -> bytes:
    number = 0
    for char in text:
        try:
            number = number * 58 + _B58_INDEX[char]
        except KeyError:
            raise InputError(Message("encoding.bad_base58", char=repr(char))) from None
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    leading = len(text) - len(text.lstrip("1"))
    return b"\0" * leading + body


def varint_encode(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def varint_decode(data: bytes) -> tuple[int, int]:
    """Returns (value, bytes consumed)."""
    value = shift = 0
    for i, byte in enumerate(data[:9]):
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, i + 1
        shift += 7
    raise InputError(Message("encoding.bad_varint"))


register(
    {
        "encoding.bad_varint": {
            "en": "Malformed unsigned varint.",
            "es": "Varint sin signo mal formado.",
        },
        "encoding.bad_base64url": {
            "en": "Text is not valid base64url.",
            "es": "El texto no es base64url válido.",
        },
        "encoding.base64url_padding": {
            "en": "Text is base64url with non-zero padding bits (not canonical).",
            "es": "El texto es base64url con bits de relleno distintos de cero (no canónico).",
        },
        "encoding.bad_base58": {
            "en": "Character {char} is not base58btc.",
            "es": "El carácter {char} no es base58btc.",
        },
    }
)
