"""Key operations that ask for a file, then work off the GUI thread: shared by the
setup wizard and the Keys page.

Each runs its slow part with `run_task` on the serial pool (keyring and database
writes, STYLE 6) and reports through a callback in the GUI thread.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from sello.core.errors import InputError
from sello.core.keys.manager import BACKUP_SUFFIX, KeyManager, KeyRecord, backup_filename
from sello.core.keys.sealedbox import KdfParams
from sello.core.paths import atomic_write
from sello.ui import dialogs
from sello.ui.keys.texts import key_error_handler
from sello.ui.tasks import run_task, serial_pool

DID_DOCUMENT_NAME = "did.json"


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def backup_name_filters() -> list[str]:
    return [QCoreApplication.translate("KeyOperations", "Sello key backups (*.sello-key)")]


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (save dialogs do not always add it)."""
    return path if path.name.lower().endswith(suffix) else path.with_name(path.name + suffix)


def write_backup(manager: KeyManager, key_id: str, passphrase: str, path: Path, kdf: KdfParams) -> Path:
    """Seal the key with the passphrase and write the file atomically, owner-only."""
    blob = manager.export_backup(key_id, passphrase, kdf=kdf)
    return atomic_write(path, blob, mode=0o600)


def write_did_document(manager: KeyManager, did: str, path: Path) -> Path:
    document = manager.did_document(did)
    return atomic_write(path, (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


def save_backup(
    parent: QWidget,
    manager: KeyManager,
    record: KeyRecord,
    passphrase: str,
    *,
    kdf: KdfParams,
    on_saved: Callable[[Path], None],
    on_failed: Callable[[], None] | None = None,
) -> None:
    """Ask where to save the backup (named ``Company_KEYID_SECRET.sello-key``), then write it."""
    suggested = documents_folder() / backup_filename(manager.profile, record)

    chose: list[Path] = []

    def chosen(path: Path) -> None:
        target = with_suffix(path, BACKUP_SUFFIX)
        chose.append(target)
        run_task(
            write_backup,
            manager,
            record.id,
            passphrase,
            target,
            kdf,
            on_done=on_saved,
            on_error=key_error_handler(parent, on_failed),
            pool=serial_pool(),
            context=parent,
        )

    dialog = dialogs.choose_save_file(
        parent,
        title=QCoreApplication.translate("KeyOperations", "Save the key backup"),
        name_filters=backup_name_filters(),
        on_chosen=chosen,
        suggested=suggested,
    )
    if on_failed is None:
        return
    if dialog is not None:  # shown: cancelling it must give the caller its buttons back
        dialog.rejected.connect(on_failed)
    elif not chose:  # pre-answered with Cancel
        on_failed()


def choose_backup_file(parent: QWidget, on_chosen: Callable[[Path], None]) -> None:
    all_files = QCoreApplication.translate("KeyOperations", "All files (*)")
    dialogs.choose_open_file(
        parent,
        title=QCoreApplication.translate("KeyOperations", "Choose a key backup to restore"),
        name_filters=[*backup_name_filters(), all_files],
        on_chosen=on_chosen,
        directory=documents_folder(),
    )


def restore_backup(
    parent: QWidget,
    manager: KeyManager,
    path: Path,
    passphrase: str,
    *,
    on_done: Callable[[KeyRecord], None],
    on_error: Callable[[BaseException], None],
) -> None:
    def work() -> KeyRecord:
        try:
            blob = path.read_bytes()
        except OSError as exc:
            message = QCoreApplication.translate("KeyOperations", "The file {path} could not be read ({reason}).")
            raise InputError(message.format(path=path, reason=exc.strerror or type(exc).__name__)) from None
        return manager.import_backup(blob, passphrase)

    run_task(work, on_done=on_done, on_error=on_error, pool=serial_pool(), context=parent)


def export_did_document(
    parent: QWidget, manager: KeyManager, record: KeyRecord, on_saved: Callable[[Path], None]
) -> None:
    """Ask where to save the public DID document (``did.json``), then write it."""

    def chosen(path: Path) -> None:
        run_task(
            write_did_document,
            manager,
            record.did,
            with_suffix(path, ".json"),
            on_done=on_saved,
            on_error=key_error_handler(parent),
            pool=serial_pool(),
            context=parent,
        )

    dialogs.choose_save_file(
        parent,
        title=QCoreApplication.translate("KeyOperations", "Save the public DID document"),
        name_filters=[QCoreApplication.translate("KeyOperations", "DID documents (*.json)")],
        on_chosen=chosen,
        suggested=documents_folder() / DID_DOCUMENT_NAME,
    )
