"""Base45 (RFC 9285), strict: the text layer of a TD1 QR payload.

Base45's 45 characters ``0-9A-Z $%*+-./:`` are exactly the QR alphanumeric
set, so base45 text is stored by a QR code in alphanumeric mode (5.5 bits per
character) and survives keyboard-wedge scanners and camera apps.

Decoding is strict: upper case only, every character checked, the length and the
value of every group checked, and each failure is a `Base45Error` with a sentence
naming the position. Lower-case input is refused with its own error
(`Base45LowercaseError`) rather than silently fixed: the caller decides. Caps Lock
damage (a keyboard-wedge scanner typing into a field with Caps Lock on swaps the
letter case) is reversible by upper-casing the text, because base45 has no lower-case
letters at all; the verifier does exactly that before it decodes.
"""

from __future__ import annotations

from sello.core.errors import InputError, Localized
from sello.core.i18n import Message

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_VALUE = {char: index for index, char in enumerate(ALPHABET)}


class Base45Error(InputError):
    """Base45 text that cannot be decoded; `position` is the 0-based character index, if any."""

    def __init__(self, message: str | Localized, *, position: int | None = None) -> None:
        super().__init__(message)
        self.position = position


class Base45LowercaseError(Base45Error):
    """The text has lower-case letters (Caps Lock or a scanner's case setting)."""


class Base45CharacterError(Base45Error):
    """A character outside the base45 alphabet."""


class Base45LengthError(Base45Error):
    """The length leaves one character over (length % 3 == 1), which no byte string encodes to."""


class Base45OverflowError(Base45Error):
    """A group's value is too big: > 65535 for three characters, > 255 for a final pair."""


def b45encode(data: bytes) -> str:
    """Encode bytes as base45 text: 2 bytes become 3 characters, a last odd byte 2 characters."""
    out: list[str] = []
    for start in range(0, len(data) - 1, 2):
        value = data[start] * 256 + data[start + 1]
        high, rest = divmod(value, 45 * 45)
        middle, low = divmod(rest, 45)
        out += (ALPHABET[low], ALPHABET[middle], ALPHABET[high])
    if len(data) % 2:
        middle, low = divmod(data[-1], 45)
        out += (ALPHABET[low], ALPHABET[middle])
    return "".join(out)


_NAMES = {
    "\n": {"en": "a line break", "es": "un salto de línea"},
    "\r": {"en": "a carriage return", "es": "un retorno de carro"},
    "\t": {"en": "a tab", "es": "un tabulador"},
}


def _describe(char: str) -> str | dict[str, str]:
    return _NAMES.get(char) or repr(char)


def b45decode(text: str) -> bytes:
    """Decode strict (upper-case) base45 text; raises a `Base45Error` subclass on any defect."""
    for position, char in enumerate(text):
        if char not in _VALUE:
            if char != char.upper() and char.upper() in _VALUE:
                raise Base45LowercaseError(
                    Message("base45.lowercase", char=repr(char), position=position + 1),
                    position=position,
                )
            raise Base45CharacterError(
                Message("base45.character", char=_describe(char), position=position + 1),
                position=position,
            )
    if len(text) % 3 == 1:
        raise Base45LengthError(
            Message("base45.length", length=len(text)),
            position=len(text) - 1,
        )
    out = bytearray()
    for start in range(0, len(text), 3):
        group = text[start : start + 3]
        value = sum(_VALUE[char] * 45**index for index, char in enumerate(group))
        if len(group) == 3:
            if value > 0xFFFF:
                raise Base45OverflowError(
                    Message("base45.overflow", group=repr(group), position=start + 1, value=value),
                    position=start,
                )
            out += value.to_bytes(2, "big")
        else:
            if value > 0xFF:
                raise Base45OverflowError(
                    Message("base45.overflow_pair", group=repr(group), position=start + 1, value=value),
                    position=start,
                )
            out.append(value)
    return bytes(out)
