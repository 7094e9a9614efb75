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

from sello.core.errors import InputError

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_VALUE = {char: index for index, char in enumerate(ALPHABET)}


class Base45Error(InputError):
    """Base45 text that cannot be decoded; `position` is the 0-based character index, if any."""

    def __init__(self, message: str, *, position: int | None = None) -> None:
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


def _describe(char: str) -> str:
    names = {"\n": "a line break", "\r": "a carriage return", "\t": "a tab"}
    return names.get(char, repr(char))


def b45decode(text: str) -> bytes:
    """Decode strict (upper-case) base45 text; raises a `Base45Error` subclass on any defect."""
    for position, char in enumerate(text):
        if char not in _VALUE:
            if char != char.upper() and char.upper() in _VALUE:
                raise Base45LowercaseError(
                    f"The code text has a lower-case letter {char!r} at position {position + 1}; "
                    "base45 uses capitals only (Caps Lock on the scanner?). "
                    "Upper-casing the text repairs this.",
                    position=position,
                )
            raise Base45CharacterError(
                f"The code text has {_describe(char)} at position {position + 1}, which is not a base45 character.",
                position=position,
            )
    if len(text) % 3 == 1:
        raise Base45LengthError(
            f"The code text is {len(text)} characters long, which is not a possible base45 "
            "length (one character too many or too few: the text is cut or damaged).",
            position=len(text) - 1,
        )
    out = bytearray()
    for start in range(0, len(text), 3):
        group = text[start : start + 3]
        value = sum(_VALUE[char] * 45**index for index, char in enumerate(group))
        if len(group) == 3:
            if value > 0xFFFF:
                raise Base45OverflowError(
                    f"The base45 group {group!r} at position {start + 1} stands for {value}, "
                    "more than 65535: the text is damaged.",
                    position=start,
                )
            out += value.to_bytes(2, "big")
        else:
            if value > 0xFF:
                raise Base45OverflowError(
                    f"The final base45 pair {group!r} at position {start + 1} stands for "
                    f"{value}, more than 255: the text is damaged.",
                    position=start,
                )
            out.append(value)
    return bytes(out)
