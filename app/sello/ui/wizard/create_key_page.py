"""Step 4: save the company profile and create the key, off the GUI thread, with a
progress indicator.

Three stages on the serial pool (database and key store writes, STYLE 6): the
profile, then (without a keyring) the encrypted key file, then the key. Each stage
records what it made in `SetupChoices`, so "Try again" after a failure resumes where
it stopped instead of making a second company profile.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from sello.core.errors import UserFacingError
from sello.core.keys.manager import KeyManager, KeyRecord
from sello.core.keys.profiles import create_profile
from sello.core.keys.sealedbox import KdfParams
from sello.core.keys.store import EncryptedFileStore
from sello.core.storage.db import Database
from sello.ui.context import AppContext
from sello.ui.errors import report_error
from sello.ui.keys.texts import algorithm_name, key_error_text, monospace_font
from sello.ui.tasks import run_task, serial_pool
from sello.ui.wizard import flow
from sello.ui.wizard.base import SetupPage
from sello.ui.wizard.flow import SetupChoices


def save_company(db: Database, legal_name: str, rfc: str, address: dict[str, str], web_domain: str) -> str:
    return create_profile(db, legal_name, rfc=rfc, address=address, web_domain=web_domain).id


def create_key(manager: KeyManager, alg: str, did_method: str, domain: str | None, label: str) -> KeyRecord:
    return manager.create_key(alg, did_method, domain, label)


class CreateKeyPage(SetupPage):
    step_id = flow.CREATE_KEY

    def __init__(
        self,
        choices: SetupChoices,
        context: AppContext,
        *,
        store_path: Path,
        kdf: KdfParams,
        new_store_passphrase: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(choices, parent)
        self.context = context
        self.store_path = store_path
        self.kdf = kdf
        self.new_store_passphrase = new_store_passphrase
        self.busy = False
        self.record: KeyRecord | None = None
        self.failure = ""

        self.progress = QProgressBar()
        self.progress.setObjectName("creationProgress")
        self.progress.setTextVisible(False)
        self.status_label = self.text_label()
        self.status_label.setObjectName("creationStatus")
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprintLabel")
        self.fingerprint_label.setFont(monospace_font())
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label = self.text_label(selectable=True)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.details_label)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.retranslateUi()

    def initializePage(self) -> None:
        self.start()

    def isComplete(self) -> bool:
        return self.choices.key_id is not None and not self.busy

    # -- the stages ----------------------------------------------------------------------
    def start(self) -> None:
        """Run the next stage that is not done yet."""
        if self.busy or self.choices.key_id is not None:
            return
        self.failure = ""
        self.busy = True
        choices = self.choices
        if choices.profile_id is None:
            self._run(
                save_company,
                self.context.db,
                choices.legal_name,
                choices.rfc,
                dict(choices.address),
                choices.web_domain,
                done=self._company_saved,
            )
        elif choices.storage == flow.FILE and choices.file_store is None:
            passphrase = self.new_store_passphrase()
            if passphrase is None:  # cannot happen: the previous page was complete
                raise RuntimeError("no passphrase for the new key store")
            self._run(EncryptedFileStore, self.store_path, passphrase, done=self._store_ready, kdf=self.kdf)
        else:
            if choices.storage == flow.FILE:
                self.context.use_key_store(choices.file_store)
            self.context.set_profile(choices.profile_id)
            manager = self.context.key_manager
            label = self.tr("Signing key {year}").format(year=date.today().year)
            self._run(
                create_key,
                manager,
                choices.algorithm,
                choices.did_method,
                choices.key_domain,
                label,
                done=self._key_created,
            )
        self._show()

    def _run(self, fn: Callable[..., Any], *args: Any, done: Callable[[Any], None], **kwargs: Any) -> None:
        run_task(lambda: fn(*args, **kwargs), on_done=done, on_error=self._failed, pool=serial_pool(), context=self)

    def _company_saved(self, profile_id: str) -> None:
        self.choices.profile_id = profile_id
        self._next_stage()

    def _store_ready(self, store: EncryptedFileStore) -> None:
        self.choices.file_store = store
        self._next_stage()

    def _next_stage(self) -> None:
        self.busy = False
        self.start()

    def _key_created(self, record: KeyRecord) -> None:
        self.busy = False
        self.record = record
        self.choices.key_id = record.id
        self.context.notify_keys_changed()
        self._show()
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        if isinstance(exc, UserFacingError):
            self.failure = key_error_text(exc)
        else:
            report_error(exc, self)
            self.failure = self.tr("Something went wrong; the details are in the error window.")
        self._show()

    # -- display -------------------------------------------------------------------------
    def _stage_text(self) -> str:
        choices = self.choices
        if choices.profile_id is None:
            return self.tr("Saving your company\u2019s details\u2026")
        if choices.storage == flow.FILE and choices.file_store is None:
            return self.tr("Creating the encrypted key file\u2026")
        return self.tr("Creating your signing key\u2026")

    def _show(self) -> None:
        working = self.busy
        self.progress.setVisible(working)
        self.progress.setRange(0, 0 if working else 1)
        self.retry_button.setVisible(bool(self.failure) and not working)
        record = self.record
        self.fingerprint_label.setVisible(record is not None)
        self.details_label.setVisible(record is not None)
        self.status_label.setObjectName("warningText" if self.failure else "creationStatus")
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        if self.failure:
            self.status_label.setText(self.tr("The key could not be created: {reason}").format(reason=self.failure))
        elif record is not None:
            self.status_label.setText(self.tr("Your signing key is ready. Its fingerprint:"))
            self.fingerprint_label.setText(record.fingerprint)
            self.details_label.setText(
                self.tr("{algorithm} key, identifier {did}").format(
                    algorithm=algorithm_name(record.alg), did=record.did
                )
            )
        else:
            self.status_label.setText(self._stage_text())

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Creating your signing key"))
        self.setSubTitle(self.tr("This takes a few seconds."))
        self.retry_button.setText(self.tr("&Try again"))
        self._show()
