"""Step 5: an encrypted backup of the new key, right away (passphrase twice, strength
hint, a warning about what the file is, then a save dialog). It may be skipped; the
Keys page offers it again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget, QWizard

from sello.core.keys.sealedbox import KdfParams
from sello.ui.context import AppContext
from sello.ui.keys.operations import save_backup
from sello.ui.keys.passphrase_fields import NewPassphraseFields
from sello.ui.wizard import flow
from sello.ui.wizard.base import SetupPage
from sello.ui.wizard.flow import SetupChoices


class BackupPage(SetupPage):
    step_id = flow.BACKUP

    def __init__(
        self, choices: SetupChoices, context: AppContext, *, kdf: KdfParams, parent: QWidget | None = None
    ) -> None:
        super().__init__(choices, parent)
        self.context = context
        self.kdf = kdf
        self.saving = False
        self.why_label = self.text_label()
        self.warning_label = self.text_label()
        self.warning_label.setObjectName("warningText")
        self.fields = NewPassphraseFields()
        self.fields.changed.connect(self._update)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveBackupButton")
        self.save_button.clicked.connect(self.save)
        self.result_label = self.text_label(selectable=True)
        self.result_label.setObjectName("backupResult")
        layout = QVBoxLayout(self)
        layout.addWidget(self.why_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.fields)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        self.retranslateUi()

    def initializePage(self) -> None:
        self._update()

    def save(self) -> None:
        passphrase = self.fields.passphrase()
        manager = self.context.key_manager
        if self.saving or passphrase is None or manager is None or self.choices.key_id is None:
            return
        self.saving = True
        self._update()
        save_backup(
            self,
            manager,
            manager.get(self.choices.key_id),
            passphrase,
            kdf=self.kdf,
            on_saved=self._saved,
            on_failed=self._not_saved,
        )

    def _saved(self, path: Path) -> None:
        self.saving = False
        self.choices.backup_path = path
        self.fields.clear()
        self._update()

    def _not_saved(self) -> None:
        self.saving = False
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(self.fields.is_ready() and not self.saving)
        path = self.choices.backup_path
        self.result_label.setText(self.tr("Backup saved: {path}").format(path=path) if path else "")
        self.result_label.setVisible(path is not None)
        # until a backup exists, "Next" says what it means
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next") if path else self.tr("&Skip for now"))

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Back up your key"))
        self.setSubTitle(self.tr("If this computer breaks or is lost, the backup lets you keep signing."))
        self.why_label.setText(
            self.tr(
                "Choose a passphrase to protect the backup file, then save it on a USB drive or another safe "
                "place, not only on this computer."
            )
        )
        self.warning_label.setText(
            self.tr(
                "The backup file contains your company\u2019s private key. Anyone who has the file and its "
                "passphrase can sign documents in your company\u2019s name."
            )
        )
        self.save_button.setText(self.tr("&Save backup file\u2026"))
        self._update()
