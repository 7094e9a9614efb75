"""Translated names for key properties, shared by the table, the details panel and the
wizard, and the user's sentences for the key store's errors.

The core's error sentences are English; the ones a clerk meets when handling keys
(wrong passphrase, damaged or wrong file, no keyring) are said again here in the UI
language. Anything else keeps the core's own sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QWidget

from sello.core.errors import UserFacingError
from sello.core.keys.manager import KeyRecord
from sello.core.keys.sealedbox import NotASealedFile, SealedFileDamaged, WrongPassphrase, WrongPurpose
from sello.core.keys.store import KeyringUnavailable, SecretNotFound
from sello.ui import dialogs
from sello.ui.errors import report_error
from sello.ui.i18n import current_language, error_text


def monospace_font() -> QFont:
    """The system's fixed-width font, for fingerprints (Kleopatra style)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setFixedPitch(True)
    return font


def algorithm_name(alg: str) -> str:
    """ "ES384 (P-384)" / "Ed25519": what people call the key type."""
    return "Ed25519" if alg == "EdDSA" else "ES384 (P-384)"


def store_name(store: str) -> str:
    if store == "keyring":
        return QCoreApplication.translate("KeyTexts", "OS keyring")
    return QCoreApplication.translate("KeyTexts", "Encrypted file")


def status_name(record: KeyRecord) -> str:
    """One word for the table: Default, Active, Retired, Deleted."""
    if record.deleted_at:
        return QCoreApplication.translate("KeyTexts", "Deleted")
    if record.retired_at:
        return QCoreApplication.translate("KeyTexts", "Retired")
    if record.is_default:
        return QCoreApplication.translate("KeyTexts", "Default")
    return QCoreApplication.translate("KeyTexts", "Active")


def status_explanation(record: KeyRecord) -> str:
    """What the status means for the user's documents."""
    if record.deleted_at:
        return QCoreApplication.translate(
            "KeyTexts", "Private part deleted; the public part is kept so the documents it signed still verify."
        )
    if record.retired_at:
        return QCoreApplication.translate(
            "KeyTexts", "Retired: it no longer signs, but the documents it signed still verify."
        )
    if record.is_default:
        return QCoreApplication.translate("KeyTexts", "Default: it signs every new document.")
    return QCoreApplication.translate("KeyTexts", "Active: it can sign when you choose it.")


def identifier_kind(record: KeyRecord) -> str:
    if record.did_method == "web":
        return QCoreApplication.translate("KeyTexts", "On the website {domain}").format(domain=record.web_domain)
    return QCoreApplication.translate("KeyTexts", "Inside the identifier (no website)")


def key_title(record: KeyRecord) -> str:
    """The key's label, or its short id when it has none."""
    return record.label or record.short_id


def key_error_text(exc: BaseException) -> str:
    """The sentence to show for a key-store failure, in the UI language."""
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "KeyTexts", "Wrong passphrase. Check the spelling, the keyboard layout and Caps Lock, then try again."
        )
    if isinstance(exc, WrongPurpose):
        return QCoreApplication.translate(
            "KeyTexts", "This is a different kind of Sello file. Choose a key backup file (.sello-key)."
        )
    if isinstance(exc, NotASealedFile):
        return QCoreApplication.translate("KeyTexts", "This file is not a Sello key backup (.sello-key).")
    if isinstance(exc, SealedFileDamaged):
        return QCoreApplication.translate(
            "KeyTexts", "The file is damaged or was altered, so it cannot be opened. Use another copy of it."
        )
    if isinstance(exc, KeyringUnavailable):
        return QCoreApplication.translate(
            "KeyTexts", "This computer's keyring cannot keep private keys right now ({reason})."
        ).format(reason=_keyring_reason(exc))
    if isinstance(exc, SecretNotFound):
        return QCoreApplication.translate(
            "KeyTexts", "The private key is missing from {store}. Restore it from its backup file."
        ).format(store=_text(exc.store_name))
    return error_text(exc)


def _text(value: object) -> str:
    render = getattr(value, "text", None)
    return render(current_language()) if callable(render) else str(value)


def _keyring_reason(exc: KeyringUnavailable) -> str:
    """Why the keyring failed (the core's reason, in the UI language), without the whole sentence."""
    reason = getattr(exc.localized, "params", {}).get("reason")
    return reason.text(current_language()) if hasattr(reason, "text") else error_text(exc)


def key_error_handler(
    parent: QWidget | None, then: Callable[[], None] | None = None
) -> Callable[[BaseException], None]:
    """An ``on_error`` for key tasks: a translated sentence for expected failures, the
    crash dialog for bugs (STYLE 9). ``then`` runs afterwards either way."""

    def handle(exc: BaseException) -> None:
        if isinstance(exc, UserFacingError):
            dialogs.show_error(parent, key_error_text(exc))
        else:
            report_error(exc, parent)
        if then is not None:
            then()

    return handle
