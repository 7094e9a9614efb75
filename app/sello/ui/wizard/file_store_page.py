"""Step 3b, only when no OS keyring works (or the user asked for it): keep private keys
in a file encrypted with a passphrase. Said plainly, never chosen silently.

A new file needs the passphrase twice; an existing one (set up before) is unlocked
here, off the GUI thread (Argon2id takes a moment), so a wrong passphrase is said
on this page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget, QWizard

from sello.core.errors import UserFacingError
from sello.core.keys.store import EncryptedFileStore
from sello.ui.errors import report_error
from sello.ui.keys.passphrase_fields import NewPassphraseFields, hint_note
from sello.ui.keys.texts import key_error_text
from sello.ui.tasks import run_task, serial_pool
from sello.ui.wizard import flow
from sello.ui.wizard.base import SetupPage
from sello.ui.wizard.flow import SetupChoices


class FileStorePage(SetupPage):
    step_id = flow.FILE_STORE

    def __init__(
        self, choices: SetupChoices, store_path: Path, *, user_asked: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(choices, parent)
        self.store_path = store_path
        self.user_asked = user_asked
        self.reason_label = self.text_label()
        self.detail_label = hint_note(QLabel())
        self.path_label = self.text_label(selectable=True)
        self.path_label.setObjectName("storePathLabel")

        # a new store: the passphrase twice
        self.new_fields = NewPassphraseFields()
        self.new_fields.changed.connect(self.completeChanged)

        # an existing store: unlock it
        self.unlock_box = QWidget()
        self.unlock_caption = QLabel()
        self.unlock_edit = QLineEdit()
        self.unlock_edit.setObjectName("unlockEdit")
        self.unlock_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_caption.setBuddy(self.unlock_edit)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.clicked.connect(self.unlock)
        self.unlock_edit.returnPressed.connect(self.unlock)
        self.unlock_status = QLabel()
        self.unlock_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.unlock_caption)
        row.addWidget(self.unlock_edit, 1)
        row.addWidget(self.unlock_button)
        unlock_layout = QVBoxLayout(self.unlock_box)
        unlock_layout.setContentsMargins(0, 0, 0, 0)
        unlock_layout.addLayout(row)
        unlock_layout.addWidget(self.unlock_status)

        layout = QVBoxLayout(self)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.path_label)
        layout.addSpacing(8)
        layout.addWidget(self.new_fields)
        layout.addWidget(self.unlock_box)
        layout.addStretch(1)
        self._unlocking = False
        self.setCommitPage(flow.step(flow.FILE_STORE).commits(choices))
        self.retranslateUi()

    def existing(self) -> bool:
        return EncryptedFileStore.exists(self.store_path)

    def initializePage(self) -> None:
        existing = self.existing()
        self.new_fields.setVisible(not existing)
        self.unlock_box.setVisible(existing)
        self.retranslateUi()
        (self.unlock_edit if existing else self.new_fields.passphrase_edit).setFocus()

    def new_passphrase(self) -> str | None:
        """The passphrase for a new store (None for an existing, unlocked one)."""
        return None if self.existing() else self.new_fields.passphrase()

    def isComplete(self) -> bool:
        if self.existing():
            return self.choices.file_store is not None
        return self.new_fields.is_ready()

    # -- unlocking an existing store ------------------------------------------------------
    def unlock(self) -> None:
        passphrase = self.unlock_edit.text()
        if self._unlocking or not passphrase:
            return
        self._unlocking = True
        self.unlock_button.setEnabled(False)
        self.unlock_status.setObjectName("")
        self.unlock_status.setText(self.tr("Checking the passphrase\u2026"))
        run_task(
            EncryptedFileStore,
            self.store_path,
            passphrase,
            on_done=self._unlocked,
            on_error=self._unlock_failed,
            pool=serial_pool(),
            context=self,
        )

    def _unlocked(self, store: EncryptedFileStore) -> None:
        self._unlocking = False
        self.choices.file_store = store
        self.unlock_edit.setEnabled(False)
        self.unlock_status.setText(self.tr("Unlocked. Press \u201cCreate key\u201d to continue."))
        self.completeChanged.emit()

    def _unlock_failed(self, exc: BaseException) -> None:
        self._unlocking = False
        self.unlock_button.setEnabled(True)
        if not isinstance(exc, UserFacingError):  # a bug: the crash dialog, not a sentence here
            report_error(exc, self)
            return
        self.unlock_status.setObjectName("warningText")
        self.unlock_status.setText(key_error_text(exc))
        self.unlock_status.style().unpolish(self.unlock_status)
        self.unlock_status.style().polish(self.unlock_status)
        self.unlock_edit.selectAll()
        self.unlock_edit.setFocus()

    # -- texts ---------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Where to keep the private key"))
        if self.user_asked:
            self.setSubTitle(self.tr("You chose to keep private keys in an encrypted file."))
            self.reason_label.setText(
                self.tr(
                    "Sello will keep the private key in a file protected by a passphrase, instead of the "
                    "operating system\u2019s keyring."
                )
            )
            self.detail_label.setText("")
        else:
            self.setSubTitle(self.tr("This computer has no keyring that Sello can use."))
            self.reason_label.setText(
                self.tr(
                    "Sello normally keeps private keys in the operating system\u2019s keyring, but it does not work "
                    "here. Instead, Sello can keep the key in a file protected by a passphrase. You will type "
                    "that passphrase when you open Sello to sign."
                )
            )
            self.detail_label.setText(
                self.tr("Technical detail: {reason}").format(reason=self.choices.storage_description)
            )
        self.detail_label.setVisible(bool(self.detail_label.text()))
        if self.existing():
            self.path_label.setText(
                self.tr("This computer already has such a file: {path}. Type its passphrase to use it.").format(
                    path=self.store_path
                )
            )
        else:
            self.path_label.setText(self.tr("The file will be: {path}").format(path=self.store_path))
        self.unlock_caption.setText(self.tr("&Passphrase:"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create key"))
