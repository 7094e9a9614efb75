"""Repair what a handheld "keyboard-wedge" scanner typed, before it is verified. (No Qt.)

A wedge scanner pretends to be a keyboard: it sends the key presses that would type
the code on a **US** keyboard, and the computer turns them into characters with *its*
keyboard layout. Three kinds of damage follow, all reversible for a TD1 text because
base45 uses only ``0-9 A-Z space $ % * + - . / :``:

- **Caps Lock** on: letters arrive in lower case -> upper-case them (base45 has no
  lower case at all);
- **line breaks**: a scanner configured to add CR/LF, or a code text pasted across
  lines -> remove CR, LF and other control characters;
- **keyboard layout** mismatch: on a Spanish (Mexico, Spain), German (QWERTZ) or
  French (AZERTY) layout the same keys give other characters (``:`` -> ``Ñ``,
  ``/`` -> ``-``, ``Y`` <-> ``Z``, digits -> ``&é"'(``...). The text is mapped back
  key by key for the layout that turns it into a well-formed TD1 text; the window
  then tells the officer to set the scanner to the US layout for good.

Anything else (a vc+jwt or JSON pasted into the field) passes through with only its
line breaks removed: base64url and JSON are case-sensitive, so they are never
upper-cased.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sello.core.qr.base45 import ALPHABET

_BASE45 = frozenset(ALPHABET)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
_TD1_START = ("TD1:", "TD1/")

# What each layout types for a US key press, reversed: typed character -> meant text.
# (Only the characters base45 needs; a dead key followed by a vowel gives an accented
# vowel, hence the two-character values.)
LAYOUT_REPAIRS: dict[str, dict[str, str]] = {
    "spanish": {  # Latin American (Mexico) and Spain
        "Ñ": ":",
        "ñ": ":",
        "-": "/",
        "'": "-",
        "(": "*",
        "¡": "+",
        "¿": "+",
    },
    "german": {  # QWERTZ (Germany, Austria, Switzerland)
        "Z": "Y",
        "Y": "Z",
        "z": "y",
        "y": "z",
        "Ö": ":",
        "ö": ":",
        "ß": "-",
        "-": "/",
        "(": "*",
        "`": "+",
        "´": "+",
        "À": "+A",
        "È": "+E",
        "Ì": "+I",
        "Ò": "+O",
        "Ù": "+U",
    },
    "french": {  # AZERTY (France, Belgium)
        "&": "1",
        "é": "2",
        "É": "2",
        '"': "3",
        "'": "4",
        "(": "5",
        "-": "6",
        "è": "7",
        "È": "7",
        "_": "8",
        "ç": "9",
        "Ç": "9",
        "à": "0",
        "À": "0",
        "A": "Q",
        "Q": "A",
        "a": "q",
        "q": "a",
        "Z": "W",
        "W": "Z",
        "z": "w",
        "w": "z",
        "?": "M",
        "M": ":",
        "m": ":",
        "4": "$",
        "5": "%",
        "8": "*",
        ")": "-",
        ":": ".",
        "!": "/",
    },
}
# Characters that give a layout away when the text cannot be repaired.
_LAYOUT_MARKS = {
    "spanish": frozenset("Ññ¡¿"),
    "german": frozenset("ÖöÄäÜüß"),
    "french": frozenset("&éèçàÉÈÇÀ_§°"),
}


@dataclass(frozen=True)
class ScannedText:
    """A scanner's input after repair; `text` is what to verify."""

    text: str
    raw: str
    looks_like_td1: bool
    removed_breaks: bool = False
    upper_cased: bool = False
    layout: str | None = None  # "spanish", "german", "french": the layout that was undone
    example: tuple[str, str] | None = None  # (typed, meant) for the message, e.g. ("Ñ", ":")
    bad_characters: str = ""  # characters no repair explains (the text stays unusable)
    suspected_layout: str | None = None  # when bad_characters give a layout away

    @property
    def repaired(self) -> bool:
        return self.upper_cased or self.layout is not None

    @property
    def usable(self) -> bool:
        return bool(self.text) and not self.bad_characters


def normalize_scan(raw: str) -> ScannedText:
    """Repair a scanner's text (see the module docstring)."""
    cleaned = _CONTROL.sub("", raw).lstrip()
    removed = cleaned != raw.lstrip()
    if not _maybe_td1(cleaned):
        return ScannedText(cleaned.strip(), raw, False, removed)
    for layout in (None, *LAYOUT_REPAIRS):
        mapped = cleaned if layout is None else "".join(LAYOUT_REPAIRS[layout].get(c, c) for c in cleaned)
        candidate = mapped.upper()
        if candidate.startswith(_TD1_START) and set(candidate) <= _BASE45:
            if not candidate.startswith("TD1/"):
                candidate = candidate.rstrip()  # a whole TD1 text never ends in a space; a part may
            lower = any(c.islower() for c in mapped)
            return ScannedText(
                candidate, raw, True, removed, lower, layout, _first_difference(cleaned, mapped) if layout else None
            )
    upper = cleaned.upper()
    bad = "".join(dict.fromkeys(c for c in upper if c not in _BASE45))
    # no bad characters but no valid start either ("TD1" then junk): verification names the problem
    return ScannedText(
        upper.strip(),
        raw,
        True,
        removed,
        any(c.islower() for c in cleaned),
        None,
        None,
        bad,
        _suspected_layout(cleaned) if bad else None,
    )


def _maybe_td1(text: str) -> bool:
    """Could this be a TD1 text typed through some layout? ("TD1", "td1", "TD&"...)"""
    head = text[:4]
    for layout in (None, *LAYOUT_REPAIRS):
        mapped = head if layout is None else "".join(LAYOUT_REPAIRS[layout].get(c, c) for c in head)
        if mapped.upper().startswith("TD1"):
            return True
    return False


def _first_difference(typed: str, meant: str) -> tuple[str, str] | None:
    """The first character the layout changed (ignoring case-only changes)."""
    for a, b in zip(typed, meant, strict=False):
        if a.upper() != b.upper():
            return (a, b)
    return None


def _suspected_layout(text: str) -> str | None:
    for layout, marks in _LAYOUT_MARKS.items():
        if any(c in marks for c in text):
            return layout
    return None


def describe_characters(characters: str) -> str:
    """'Ñ', '¿' ... for a message; invisible characters by name."""
    shown = []
    for c in characters[:6]:
        shown.append(f"“{c}”" if c.isprintable() and not c.isspace() else unicodedata.name(c, hex(ord(c))))
    return ", ".join(shown)
