"""A passphrase strength hint (no Qt): a rough guess-count estimate, on purpose simple.

It is a hint for the person typing, not a policy engine: passphrases shorter than
`MIN_LENGTH` or estimated weak are refused (a key backup protects the company's
signature). Long phrases of
several words score well, as they should; repeated characters, keyboard and digit
runs and common words score badly.
"""

from __future__ import annotations

import enum
import math
import re
import unicodedata
from dataclasses import dataclass

MIN_LENGTH = 10
_WEAK_BELOW_BITS = 45
_STRONG_FROM_BITS = 70

# The kind of passphrase people pick first; any of these inside a passphrase costs it its length.
_COMMON_WORDS = (
    "password",
    "passw0rd",
    "contraseña",
    "contrasena",
    "secreto",
    "secret",
    "qwerty",
    "asdf",
    "zxcv",
    "123456",
    "654321",
    "abc123",
    "abcd",
    "admin",
    "letmein",
    "welcome",
    "bienvenido",
    "iloveyou",
    "teamo",
    "sello",
    "acero",
    "aceros",
    "mexico",
    "méxico",
    "monterrey",
    "empresa",
    "llave",
    "clave",
)
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm", "0123456789")


class Strength(enum.IntEnum):
    EMPTY = 0
    TOO_SHORT = 1
    WEAK = 2
    FAIR = 3
    STRONG = 4


@dataclass(frozen=True)
class StrengthEstimate:
    strength: Strength
    bits: float
    common: bool  # contains a common word or a keyboard / digit run

    @property
    def acceptable(self) -> bool:
        return self.strength >= Strength.FAIR


def _alphabet_size(text: str) -> int:
    size = 0
    if re.search(r"[a-z]", text):
        size += 26
    if re.search(r"[A-Z]", text):
        size += 26
    if re.search(r"[0-9]", text):
        size += 10
    if re.search(r"[^A-Za-z0-9\s]", text):
        size += 33
    if re.search(r"\s", text):
        size += 1
    return max(size, 1)


def _sequence_chars(lowered: str) -> int:
    """How many characters belong to runs of 3+ from a keyboard row or the alphabet/digits."""
    covered = [False] * len(lowered)
    for sequence in _SEQUENCES:
        for source in (sequence, sequence[::-1]):
            for start in range(len(lowered) - 2):
                length = 0
                while start + length < len(lowered) and lowered[start : start + length + 1] in source:
                    length += 1
                if length >= 3:
                    for i in range(start, start + length):
                        covered[i] = True
    return sum(covered)


def estimate(passphrase: str) -> StrengthEstimate:
    text = unicodedata.normalize("NFC", passphrase or "")
    if not text:
        return StrengthEstimate(Strength.EMPTY, 0.0, False)
    lowered = text.lower()
    common_chars = sum(len(word) for word in _COMMON_WORDS if word in lowered)
    run_chars = _sequence_chars(lowered)
    repeat_chars = sum(len(m.group(0)) - 1 for m in re.finditer(r"(.)\1+", text))
    # Characters that add little: common words, runs and repeats count as one guess-step each.
    weak_chars = min(len(text), common_chars + run_chars + repeat_chars)
    strong_chars = len(text) - weak_chars
    unique_ratio = len(set(text)) / len(text)
    bits = strong_chars * math.log2(_alphabet_size(text)) * (0.5 + 0.5 * unique_ratio) + weak_chars * 1.0
    words = [w for w in re.split(r"[\s\-_.,;]+", text) if len(w) >= 3]
    if len(words) >= 4:  # a phrase of words: credit it like picked words (~11 bits each), at least
        bits = max(bits, 11.0 * len(words))
    common = common_chars > 0 or run_chars > 0
    if len(text) < MIN_LENGTH:
        strength = Strength.TOO_SHORT
    elif bits < _WEAK_BELOW_BITS:
        strength = Strength.WEAK
    elif bits < _STRONG_FROM_BITS:
        strength = Strength.FAIR
    else:
        strength = Strength.STRONG
    return StrengthEstimate(strength, round(bits, 1), common)
