"""Error tiers shared by the core, the CLI and the UI (STYLE 9).

A `UserFacingError` carries one sentence meant for the person in front of the
screen; the CLI prints it on one line, the UI shows it in a message box. Anything
that is not a `UserFacingError` is a bug and goes to the crash dialog / log.
"""

from __future__ import annotations

import re

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


class UserFacingError(Exception):
    """An expected failure with a sentence a user can act on (always one line)."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        message = one_line(message)
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} {self.hint}"


class InputError(UserFacingError):
    """The input cannot be used at all (malformed file, unreadable QR text...).

    The CLI exits with status 2 for these.
    """


class KeyStoreError(UserFacingError):
    """The private-key store cannot be used (no keyring, locked, wrong passphrase)."""


class NotFoundError(UserFacingError):
    """A named record (key, document, profile) does not exist."""
