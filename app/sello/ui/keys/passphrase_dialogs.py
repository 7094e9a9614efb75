"""Passphrase dialogs: a new one for a backup (typed twice, strength hint, and the
warning STYLE 12 asks for before any export of a private key), and asking for an
existing one (restore a backup, unlock the encrypted key file)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from sello.core.keys.manager import KeyRecord
from sello.ui.keys.form_dialog import FormDialog
from sello.ui.keys.passphrase_fields import NewPassphraseFields
from sello.ui.keys.texts import key_title


class BackupPassphraseDialog(FormDialog):
    """Warns what a backup file is, then takes its passphrase (twice). Accepted = go on to save."""

    preferred_width = 580

    def __init__(self, record: KeyRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.record = record
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("warningText")
        self.warning_label.setWordWrap(True)
        self.fields = NewPassphraseFields()
        self.fields.changed.connect(self.update_buttons)
        self.body.addWidget(self.intro_label)
        self.body.addWidget(self.warning_label)
        self.body.addWidget(self.fields)
        self.retranslateUi()
        self.update_buttons()

    def can_submit(self) -> bool:
        return self.fields.is_ready()

    def passphrase(self) -> str:
        return self.fields.passphrase() or ""

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.setWindowTitle(self.tr("Back up key \u201c{name}\u201d").format(name=key_title(self.record)))
        self.intro_label.setText(
            self.tr(
                "The backup is a file protected by a passphrase. Keep it on a USB drive or another safe place, "
                "away from this computer."
            )
        )
        self.warning_label.setText(
            self.tr(
                "Warning: the file contains the private key. Anyone who has it and its passphrase can sign "
                "documents in your company\u2019s name. Never send it by e-mail."
            )
        )
        self.accept_button.setText(self.tr("&Choose where to save\u2026"))


class AskPassphraseDialog(FormDialog):
    """Asks for an existing passphrase. Emits `submitted`; the caller checks it off the GUI
    thread and then calls ``accept()`` or ``show_error(...)``, so a typo costs no restart."""

    submitted = Signal(str)

    def __init__(self, *, title: str, message: str, verb: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("askPassphraseDialog")
        self._title, self._message, self._verb = title, message, verb
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.caption = QLabel()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.textChanged.connect(self.update_buttons)
        self.caption.setBuddy(self.passphrase_edit)
        form = QFormLayout()
        form.addRow(self.caption, self.passphrase_edit)
        self.body.addWidget(self.message_label)
        self.body.addLayout(form)
        self.retranslateUi()
        self.update_buttons()

    def can_submit(self) -> bool:
        return bool(self.passphrase_edit.text())

    def submit(self) -> None:
        if self.can_submit() and not self.busy_bar.isVisible():
            self.set_busy(True)
            self.submitted.emit(self.passphrase_edit.text())

    def show_error(self, text: str) -> None:
        super().show_error(text)
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()

    def retranslateUi(self) -> None:
        super().retranslateUi()
        self.setWindowTitle(self._title)
        self.message_label.setText(self._message)
        self.caption.setText(self.tr("&Passphrase:"))
        self.accept_button.setText(self._verb)
