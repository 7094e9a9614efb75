"""The first-run setup wizard: company profile, signing key, backup.

The flow (which step follows which) is data in `sello.ui.wizard.flow`; this window
renders it with one `QWizardPage` per step. The keyring check starts as soon as the
wizard opens, on the serial pool, so it is done by the time the key step needs it.

    wizard = open_setup_wizard(context, parent)   # shown with open(), never exec()

`needs_setup(context)` is true while there is no company profile: the app opens the
wizard then (`offer_setup_if_needed`, right after the main window is shown), and the
Keys page offers it too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QWidget, QWizard

from sello.core.errors import UserFacingError
from sello.core.keys.sealedbox import DEFAULT_KDF, KdfParams
from sello.core.keys.store import default_file_store_path, probe_keyring
from sello.ui import preferences, theme
from sello.ui.context import AppContext
from sello.ui.errors import report_error
from sello.ui.i18n import error_text
from sello.ui.tasks import run_task, serial_pool
from sello.ui.wizard import flow
from sello.ui.wizard.backup_page import BackupPage
from sello.ui.wizard.base import SetupPage
from sello.ui.wizard.company_page import CompanyPage
from sello.ui.wizard.create_key_page import CreateKeyPage
from sello.ui.wizard.done_page import DonePage
from sello.ui.wizard.file_store_page import FileStorePage
from sello.ui.wizard.flow import SetupChoices
from sello.ui.wizard.signing_key_page import SigningKeyPage
from sello.ui.wizard.welcome_page import WelcomePage

WIZARD_SIZE = (720, 580)


def needs_setup(context: AppContext) -> bool:
    return not context.profiles()


class SetupWizard(QWizard):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *, kdf: KdfParams = DEFAULT_KDF) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.context = context
        self.choices = SetupChoices(algorithm=preferences.read(preferences.DEFAULT_ALGORITHM))
        self.store_path: Path = default_file_store_path(context.data_dir)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, theme.app_icon().pixmap(48, 48))
        self.resize(*WIZARD_SIZE)

        self.file_store_page = FileStorePage(self.choices, self.store_path, user_asked=context.wants_file_store)
        pages: dict[str, SetupPage] = {
            flow.WELCOME: WelcomePage(self.choices),
            flow.COMPANY: CompanyPage(self.choices),
            flow.SIGNING_KEY: SigningKeyPage(self.choices),
            flow.FILE_STORE: self.file_store_page,
            flow.CREATE_KEY: CreateKeyPage(
                self.choices,
                context,
                store_path=self.store_path,
                kdf=kdf,
                new_store_passphrase=self.file_store_page.new_passphrase,
            ),
            flow.BACKUP: BackupPage(self.choices, context, kdf=kdf),
            flow.DONE: DonePage(self.choices),
        }
        if set(pages) != set(flow.STEP_IDS):
            raise RuntimeError("every step of the setup flow needs a page")
        self.pages = pages
        for number, step_id in enumerate(flow.STEP_IDS):
            self.setPage(number, pages[step_id])
        self.setStartId(flow.STEP_IDS.index(flow.FIRST_STEP))
        self._update_commit_pages()
        self.retranslateUi()
        self._check_keyring()

    # -- the flow ------------------------------------------------------------------------
    def step_of(self, page_id: int) -> str:
        return flow.STEP_IDS[page_id]

    def current_step(self) -> str | None:
        return self.step_of(self.currentId()) if self.currentId() >= 0 else None

    def nextId(self) -> int:
        current = self.current_step()
        following = flow.next_step(current, self.choices) if current else None
        return flow.STEP_IDS.index(following) if following else -1

    def _update_commit_pages(self) -> None:
        for step in flow.STEPS:
            self.pages[step.id].setCommitPage(step.commits(self.choices))

    # -- where the key will be kept -------------------------------------------------------
    def _check_keyring(self) -> None:
        if self.context.wants_file_store:
            self._storage_found(flow.FILE, "")
            return
        run_task(
            probe_keyring,
            on_done=lambda name: self._storage_found(flow.KEYRING, name),
            on_error=self._keyring_failed,
            pool=serial_pool(),
            context=self,
        )

    def _keyring_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserFacingError):
            report_error(exc, self)
        reason = error_text(exc)
        self._storage_found(flow.FILE, reason)

    def _storage_found(self, storage: str, description: str) -> None:
        self.choices.storage = storage
        self.choices.storage_description = description
        self._update_commit_pages()
        self.pages[flow.SIGNING_KEY].storage_known()  # type: ignore[attr-defined]
        self.file_store_page.retranslateUi()

    # -- texts ---------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Set up Sello"))
        buttons = {
            QWizard.WizardButton.BackButton: self.tr("< &Back"),
            QWizard.WizardButton.NextButton: self.tr("&Next >"),
            QWizard.WizardButton.FinishButton: self.tr("&Finish"),
            QWizard.WizardButton.CancelButton: self.tr("Cancel"),
        }
        for which, text in buttons.items():
            self.setButtonText(which, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def open_setup_wizard(
    context: AppContext,
    parent: QWidget | None = None,
    *,
    on_finished: Callable[[], None] | None = None,
    kdf: KdfParams = DEFAULT_KDF,
) -> SetupWizard:
    """Show the wizard (window-modal over ``parent``, not blocking); ``on_finished`` runs when it closes."""
    wizard = SetupWizard(context, parent, kdf=kdf)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_finished is not None:
        wizard.finished.connect(lambda _result: on_finished())
    wizard.finished.connect(lambda _result: context.refresh_profiles())
    wizard.open()
    return wizard


def offer_setup_if_needed(context: AppContext, window: QWidget) -> SetupWizard | None:
    """First run: open the wizard over ``window`` when there is no company profile yet."""
    return open_setup_wizard(context, window) if needs_setup(context) else None
