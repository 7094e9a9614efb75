"""Error tiers shared by the core, the CLI and the UI (STYLE 9).

A `UserFacingError` carries one sentence meant for the person in front of the
screen; the CLI prints it on one line, the UI shows it in a message box. Anything
that is not a `UserFacingError` is a bug and goes to the crash dialog / log.

The sentence is a `sello.core.i18n.Message` (a catalogue code and its parameters):
`exc.text("es")` renders it in Spanish, `str(exc)` in English (logs, tests). This
module sits below the catalogue, so it only knows the `Localized` protocol.
"""

from __future__ import annotations

import re
from typing import Protocol

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """`text` with line breaks and other control characters shown as "�": messages quote
    input (a key id, a file's column, an XML namespace), and input may carry them."""
    return _CONTROL.sub("\ufffd", text)


def quoted(value: object, limit: int = 40) -> str:
    """A value from the input as a message quotes it: its repr, cut to `limit` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clipped(text: object, limit: int = 80) -> str:
    """A value from the input as a sentence shows it: as text, cut to `limit` characters."""
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Localized(Protocol):
    """Text that can be shown in each UI language ("es", "en"): `sello.core.i18n.Message`."""

    def text(self, lang: str) -> str: ...


def _render(value: str | Localized, lang: str) -> str:
    return one_line(value if isinstance(value, str) else value.text(lang))


class UserFacingError(Exception):
    """An expected failure with a sentence a user can act on (always one line).

    `message` is a `Message` from the catalogue; a plain string is English only and
    is what tests/unit/core/test_messages.py looks for in the core (none is left).
    """

    def __init__(self, message: str | Localized, *, hint: str | Localized | None = None) -> None:
        english = _render(message, "en")
        super().__init__(english)
        self.localized: Localized | None = None if isinstance(message, str) else message
        self.localized_hint = hint
        self.message = english
        self.hint = None if hint is None else _render(hint, "en")

    @property
    def message_code(self) -> str | None:
        """The catalogue code of the sentence (None for a plain English string)."""
        return getattr(self.localized, "code", None)

    def text(self, lang: str = "en") -> str:
        """The whole sentence (and its hint) in `lang`."""
        sentence = self.message if self.localized is None else _render(self.localized, lang)
        if self.localized_hint is None:
            return sentence
        return f"{sentence} {_render(self.localized_hint, lang).strip()}".rstrip()

    def __str__(self) -> str:
        return self.text("en")


class InputError(UserFacingError):
    """The input cannot be used at all (malformed file, unreadable QR text...).

    The CLI exits with status 2 for these.
    """


class KeyStoreError(UserFacingError):
    """The private-key store cannot be used (no keyring, locked, wrong passphrase)."""


class NotFoundError(UserFacingError):
    """A named record (key, document, profile) does not exist."""
