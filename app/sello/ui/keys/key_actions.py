"""What the Keys page can do with keys, as QActions (buttons, context menu, shortcuts)
and the flows behind them.

Every key-store or database write runs on the serial pool (`run_task`, STYLE 6);
the page learns of the result through ``context.keys_changed``. Questions go through
`sello.ui.dialogs` (pre-answerable in tests); forms are `FormDialog`s opened with
``open()``. Deleting a key asks twice (STYLE 11); exporting a private key warns
first (STYLE 12).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

from sello.core.errors import UserFacingError
from sello.core.keys.manager import KeyManager, KeyRecord
from sello.core.keys.sealedbox import KdfParams
from sello.core.keys.store import EncryptedFileStore, default_file_store_path
from sello.ui import dialogs, preferences
from sello.ui.context import AppContext
from sello.ui.errors import report_error
from sello.ui.keys.form_dialog import FormDialog
from sello.ui.keys.key_details import did_json_url
from sello.ui.keys.key_dialogs import NewKeyDialog, RenameKeyDialog
from sello.ui.keys.key_table_model import short_fingerprint
from sello.ui.keys.operations import choose_backup_file, export_did_document, restore_backup, save_backup
from sello.ui.keys.passphrase_dialogs import AskPassphraseDialog, BackupPassphraseDialog
from sello.ui.keys.texts import key_error_handler, key_error_text, key_title, store_name
from sello.ui.tasks import run_task, serial_pool


class KeyActions(QObject):
    """The actions of the Keys page. ``selected()`` gives the selected key, if any."""

    notice = Signal(str)  # one sentence about what just happened, for the page to show
    select_key = Signal(str)  # a key to select once the list is reloaded

    def __init__(
        self, page: QWidget, context: AppContext, selected: Callable[[], KeyRecord | None], *, kdf: KdfParams
    ) -> None:
        super().__init__(page)
        self.page = page
        self.context = context
        self.selected = selected
        self.kdf = kdf
        self.busy = False
        self.active_dialog: FormDialog | None = None  # the form dialog now open (tests fill it in)

        def action(name: str, slot: Callable[[], None], shortcut: QKeySequence | None = None) -> QAction:
            made = QAction(page)
            made.setObjectName(name)
            made.triggered.connect(lambda _checked=False: slot())
            if shortcut is not None:
                made.setShortcut(shortcut)
            return made

        self.new_key = action("newKeyAction", self.create_key, QKeySequence(QKeySequence.StandardKey.New))
        self.restore = action("restoreAction", self.restore_backup)
        self.rename = action("renameAction", self.rename_key, QKeySequence("F2"))
        self.backup = action("backupAction", self.back_up)
        self.export_did = action("exportDidAction", self.export_did_json)
        self.make_default = action("makeDefaultAction", self.set_default)
        self.rotate = action("rotateAction", self.rotate_key)
        self.delete = action("deleteAction", self.delete_key, QKeySequence(QKeySequence.StandardKey.Delete))
        self.copy_fingerprint = action(
            "copyFingerprintAction", self.copy_selected_fingerprint, QKeySequence(QKeySequence.StandardKey.Copy)
        )
        self.copy_identifier = action("copyIdentifierAction", self.copy_selected_identifier)
        self.unlock = action("unlockAction", self.unlock_file_store)
        self.retranslateUi()

    # -- state ---------------------------------------------------------------------------
    @property
    def manager(self) -> KeyManager | None:
        return self.context.key_manager

    def can_use_private(self, record: KeyRecord) -> bool:
        """The private part is reachable with the store that is open now."""
        manager = self.manager
        return manager is not None and not record.deleted_at and record.store == manager.store.kind

    def update_enabled(self) -> None:
        record = self.selected()
        has_profile = self.manager is not None
        free = not self.busy
        self.new_key.setEnabled(has_profile and free)
        self.restore.setEnabled(has_profile and free)
        self.unlock.setEnabled(free)
        private = record is not None and self.can_use_private(record)
        self.rename.setEnabled(free and record is not None)
        self.export_did.setEnabled(free and record is not None)
        self.copy_fingerprint.setEnabled(record is not None)
        self.copy_identifier.setEnabled(record is not None)
        self.backup.setEnabled(free and private)
        self.rotate.setEnabled(free and private and record is not None and not record.retired_at)
        self.delete.setEnabled(free and private)
        self.make_default.setEnabled(
            free and record is not None and not record.retired_at and not record.deleted_at and not record.is_default
        )

    def _run(self, fn: Callable[..., Any], *args: Any, done: Callable[[Any], None]) -> None:
        """Run a key-store write on the serial pool; keys_changed follows either way."""
        self.busy = True
        self.update_enabled()

        def finished(value: Any) -> None:
            self._idle()
            done(value)

        run_task(
            fn,
            *args,
            on_done=finished,
            on_error=key_error_handler(self.page, self._idle),
            pool=serial_pool(),
            context=self,
        )

    def _idle(self) -> None:
        self.busy = False
        self.context.notify_keys_changed()
        self.update_enabled()

    def _open(self, dialog: FormDialog) -> None:
        self.active_dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: FormDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None

    # -- create, rename, default -----------------------------------------------------------
    def create_key(self) -> None:
        manager = self.manager
        if manager is None or self.busy:
            return
        dialog = NewKeyDialog(
            self.page,
            domain=manager.profile.web_domain,
            algorithm=preferences.read(preferences.DEFAULT_ALGORITHM),
            store_description=store_name(manager.store.kind),
        )

        def accepted() -> None:
            chosen = dialog.key_options()
            self._run(
                manager.create_key,
                chosen.alg,
                chosen.did_method,
                chosen.domain or None,
                dialog.label(),
                done=lambda record: self._announce(
                    record, self.tr("Key \u201c{name}\u201d created. Make a backup of it now with \u201cBack up\u201d.")
                ),
            )

        dialog.accepted.connect(accepted)
        self._open(dialog)

    def rename_key(self) -> None:
        record, manager = self.selected(), self.manager
        if record is None or manager is None or self.busy:
            return
        dialog = RenameKeyDialog(record.label, self.page)
        dialog.accepted.connect(
            lambda: self._run(
                manager.rename,
                record.id,
                dialog.label(),
                done=lambda renamed: self._announce(renamed, self.tr("Key renamed to \u201c{name}\u201d.")),
            )
        )
        self._open(dialog)

    def set_default(self) -> None:
        record, manager = self.selected(), self.manager
        if record is None or manager is None or self.busy:
            return
        self._run(
            manager.set_default,
            record.id,
            done=lambda chosen: self._announce(chosen, self.tr("\u201c{name}\u201d now signs every new document.")),
        )

    def _announce(self, record: KeyRecord, template: str) -> None:
        self.select_key.emit(record.id)
        self.notice.emit(template.format(name=key_title(record)))

    # -- rotate, delete --------------------------------------------------------------------
    def rotate_key(self) -> None:
        record, manager = self.selected(), self.manager
        if record is None or manager is None or self.busy:
            return
        affected = [
            self.tr("A new {algorithm} key is created and signs every document from now on.").format(
                algorithm="Ed25519" if record.alg == "EdDSA" else "ES384"
            ),
            self.tr("\u201c{name}\u201d is kept, retired, so the documents it signed still verify.").format(
                name=key_title(record)
            ),
        ]
        if record.did_method == "web":
            affected.append(self.tr("Publish the new did.json on your website afterwards: it lists both keys."))
        dialogs.confirm_destructive(
            self.page,
            title=self.tr("Rotate key"),
            message=self.tr("Replace \u201c{name}\u201d with a new key?").format(name=key_title(record)),
            verb=self.tr("Rotate key"),
            affected=affected,
            on_confirmed=lambda: self._run(
                manager.rotate,
                record.id,
                done=lambda new: self._announce(
                    new, self.tr("New key created; the old one is retired. Make a backup of the new key now.")
                ),
            ),
        )

    def delete_key(self) -> None:
        record, manager = self.selected(), self.manager
        if record is None or manager is None or self.busy or not self.can_use_private(record):
            return
        signed = manager.documents_signed_by(record.id)
        affected = [
            self.tr("Key \u201c{name}\u201d, fingerprint {fingerprint}").format(
                name=key_title(record), fingerprint=short_fingerprint(record)
            ),
            self.tr("Its private part in: {store}").format(store=store_name(record.store)),
        ]
        if signed:
            affected.append(
                self.tr(
                    "It signed %n document(s). Its public part is kept, so they still verify; it can no longer sign.",
                    "",
                    signed,
                )
            )
        else:
            affected.append(self.tr("It signed no documents; it disappears from the list."))
        if record.is_default:
            affected.append(
                self.tr("It signs new documents now: another active key, or a new one, must take its place.")
            )
        dialogs.confirm_destructive(
            self.page,
            title=self.tr("Delete key"),
            message=self.tr("Delete the private key \u201c{name}\u201d?").format(name=key_title(record)),
            verb=self.tr("Delete key"),
            affected=affected,
            second_warning=self.tr(
                "This is a private key. Once deleted it cannot be recovered, unless you have a backup file of "
                "it. Delete \u201c{name}\u201d for good?"
            ).format(name=key_title(record)),
            on_confirmed=lambda: self._run(
                lambda: manager.delete(record.id, force=signed > 0),
                done=lambda _none: self.notice.emit(
                    self.tr("The private key \u201c{name}\u201d was deleted.").format(name=key_title(record))
                ),
            ),
        )

    # -- backups, did.json -----------------------------------------------------------------
    def back_up(self) -> None:
        record, manager = self.selected(), self.manager
        if record is None or manager is None or self.busy or not self.can_use_private(record):
            return
        dialog = BackupPassphraseDialog(record, self.page)

        def accepted() -> None:
            self.busy = True
            self.update_enabled()
            save_backup(
                self.page,
                manager,
                record,
                dialog.passphrase(),
                kdf=self.kdf,
                on_saved=self._backup_saved,
                on_failed=self._idle,
            )

        dialog.accepted.connect(accepted)
        self._open(dialog)

    def _backup_saved(self, path: Path) -> None:
        self._idle()
        self.notice.emit(self.tr("Backup saved: {path}. Keep it in a safe place.").format(path=path))

    def restore_backup(self) -> None:
        manager = self.manager
        if manager is None or self.busy:
            return
        choose_backup_file(self.page, lambda path: self._ask_backup_passphrase(manager, path))

    def _ask_backup_passphrase(self, manager: KeyManager, path: Path) -> None:
        dialog = AskPassphraseDialog(
            title=self.tr("Restore a key"),
            verb=self.tr("&Restore"),
            parent=self.page,
            message=self.tr("Type the passphrase of the backup {file}.").format(file=path.name),
        )

        def restored(record: KeyRecord) -> None:
            dialog.accept()
            self.context.notify_keys_changed()
            self._announce(record, self.tr("Key \u201c{name}\u201d restored from its backup."))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserFacingError):
                dialog.show_error(key_error_text(exc))
            else:
                dialog.set_busy(False)
                dialog.reject()
                report_error(exc, self.page)

        dialog.submitted.connect(
            lambda passphrase: restore_backup(self.page, manager, path, passphrase, on_done=restored, on_error=failed)
        )
        self._open(dialog)

    def export_did_json(self) -> None:
        record, manager = self.selected(), self.manager
        if record is None or manager is None:
            return

        def saved(path: Path) -> None:
            url = did_json_url(record)
            if url:
                dialogs.show_info(
                    self.page,
                    self.tr("The public DID document was saved as {path}.").format(path=path),
                    title=self.tr("Export did.json"),
                    informative=self.tr(
                        "Publish it on your website at {url}, so that verifiers can find your key. It holds "
                        "only public keys."
                    ).format(url=url),
                )
            else:
                self.notice.emit(self.tr("The public DID document was saved as {path}.").format(path=path))

        export_did_document(self.page, manager, record, saved)

    # -- clipboard, unlock ------------------------------------------------------------------
    def copy_selected_fingerprint(self) -> None:
        record = self.selected()
        if record is not None:
            QGuiApplication.clipboard().setText(record.id)
            self.notice.emit(self.tr("Fingerprint copied."))

    def copy_selected_identifier(self) -> None:
        record = self.selected()
        if record is not None:
            QGuiApplication.clipboard().setText(record.did)
            self.notice.emit(self.tr("Identifier copied."))

    def unlock_file_store(self) -> None:
        path = default_file_store_path(self.context.data_dir)
        dialog = AskPassphraseDialog(
            title=self.tr("Unlock the key file"),
            verb=self.tr("&Unlock"),
            parent=self.page,
            message=self.tr(
                "Your private keys are kept in the encrypted file {path}. Type its passphrase to use them."
            ).format(path=path),
        )

        def unlocked(store: EncryptedFileStore) -> None:
            dialog.accept()
            self.context.use_key_store(store)
            self.notice.emit(self.tr("The key file is unlocked."))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserFacingError):
                dialog.show_error(key_error_text(exc))
            else:
                dialog.set_busy(False)
                dialog.reject()
                report_error(exc, self.page)

        dialog.submitted.connect(
            lambda passphrase: run_task(
                EncryptedFileStore,
                path,
                passphrase,
                on_done=unlocked,
                on_error=failed,
                pool=serial_pool(),
                context=dialog,
            )
        )
        self._open(dialog)

    # -- texts ---------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        texts = {
            self.new_key: (self.tr("&New key\u2026"), self.tr("Create another signing key")),
            self.restore: (self.tr("Restore from &backup\u2026"), self.tr("Bring back a key from its backup file")),
            self.rename: (self.tr("Re&name\u2026"), self.tr("Give the key a name you recognise")),
            self.backup: (self.tr("Back &up\u2026"), self.tr("Save the key in a file protected by a passphrase")),
            self.export_did: (
                self.tr("&Export did.json\u2026"),
                self.tr("Save the public DID document to publish on your website"),
            ),
            self.make_default: (self.tr("&Use for new documents"), self.tr("Sign every new document with this key")),
            self.rotate: (
                self.tr("R&otate\u2026"),
                self.tr("Replace the key with a new one; the old one is kept so old documents still verify"),
            ),
            self.delete: (self.tr("&Delete\u2026"), self.tr("Delete the private key (asks twice)")),
            self.copy_fingerprint: (self.tr("Copy &fingerprint"), self.tr("Copy the whole fingerprint")),
            self.copy_identifier: (self.tr("Copy &identifier"), self.tr("Copy the identifier (DID)")),
            self.unlock: (self.tr("&Unlock key file\u2026"), self.tr("Type the passphrase of the encrypted key file")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setIconText(text)  # buttons keep the "…" that says a dialog follows
            action.setToolTip(tip)
            action.setStatusTip(tip)
