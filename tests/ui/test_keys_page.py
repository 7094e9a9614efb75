"""The Keys page against the real OS keyring: list, details, create, rename, rotate,
back up and restore, export did.json, delete in two steps, unlock the encrypted file."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from sello.core.keys.manager import KeyManager
from sello.core.keys.profiles import create_profile
from sello.core.keys.store import EncryptedFileStore, KeyringStore, default_file_store_path
from sello.core.storage.db import utc_now
from sello.ui import dialogs
from sello.ui.context import AppContext
from sello.ui.keys.key_dialogs import NewKeyDialog, RenameKeyDialog
from sello.ui.keys.key_table_model import Column
from sello.ui.keys.passphrase_dialogs import AskPassphraseDialog, BackupPassphraseDialog
from sello.ui.pages.keys_page import KeysPage
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.ui.key_helpers import TEST_KDF, type_text
from tests.ui.screenshots import save_screenshot

BACKUP_PASSPHRASE = "tortuga lámpara río verde"
STORE_PASSPHRASE = "caballo nube puerta azul"


@pytest.fixture
def context(app_context: AppContext, secret_service: str) -> AppContext:
    """A company profile whose keys go to the real Secret Service (a unique service name)."""
    profile = create_profile(
        app_context.db, "Aceros del Norte, S.A. de C.V.", rfc="ADN980312AB1", web_domain="acerosdelnorte.mx"
    )
    app_context.use_key_store(KeyringStore(secret_service))
    app_context.set_profile(profile.id)
    return app_context


def make_page(qtbot, context: AppContext) -> KeysPage:
    page = KeysPage(context, kdf=TEST_KDF)
    qtbot.addWidget(page)
    page.resize(980, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def cell(page: KeysPage, row: int, column: Column) -> str:
    return page.model.index(row, column).data()


def select(page: KeysPage, key_id: str) -> None:
    page.table.selectRow(page.model.row_of(key_id))
    assert page.selected_key().id == key_id


def sign_documents(context: AppContext, key_id: str, count: int) -> None:
    for n in range(count):
        context.db.execute(
            "INSERT INTO documents (id, profile_id, doctype, key_id, vc_jwt, issued_at) VALUES (?, ?, ?, ?, ?, ?)",
            (f"urn:uuid:doc-{key_id[:6]}-{n}", context.profile_id, "mill-test-report", key_id, "x.y.z", utc_now()),
        )


def is_monospaced(font: QFont) -> bool:
    metrics = QFontMetrics(font)
    return metrics.horizontalAdvance("iiii") == metrics.horizontalAdvance("WWWW")


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_lists_keys_with_grouped_monospaced_fingerprint_details_and_copy(qtbot, context: AppContext) -> None:
    manager = context.key_manager
    web = manager.create_key("ES384", "web", label="Firma 2026")
    plain = manager.create_key("EdDSA", "key", label="")
    sign_documents(context, web.id, 3)
    page = make_page(qtbot, context)

    assert page.model.rowCount() == 2
    assert [cell(page, r, Column.NAME) for r in range(2)] == [plain.short_id, "Firma 2026"]
    row = page.model.row_of(web.id)
    assert cell(page, row, Column.ALGORITHM) == "ES384 (P-384)"
    assert cell(page, row, Column.IDENTIFIER) == "did:web:acerosdelnorte.mx"
    assert cell(page, row, Column.FINGERPRINT) == " ".join(web.fingerprint_groups[:4]) + " …"
    assert cell(page, row, Column.STORED) == "OS keyring"
    assert cell(page, row, Column.STATUS) == "Default"
    assert cell(page, page.model.row_of(plain.id), Column.STATUS) == "Active"
    assert cell(page, page.model.row_of(plain.id), Column.ALGORITHM) == "Ed25519"
    assert page.model.index(row, Column.FINGERPRINT).data(Qt.ItemDataRole.ToolTipRole) == web.fingerprint
    assert is_monospaced(page.model.index(row, Column.FINGERPRINT).data(Qt.ItemDataRole.FontRole))

    select(page, web.id)
    details = page.details
    assert details.fingerprint_value.text().replace("\n", " ") == web.fingerprint
    assert is_monospaced(details.fingerprint_value.font())
    assert details.identifier_value.text() == web.did
    assert details.signed_value.text() == "3 documents"
    assert details.publish_value.text() == "Publish did.json at https://acerosdelnorte.mx/.well-known/did.json"
    click(qtbot, details.copy_fingerprint_button)
    assert QGuiApplication.clipboard().text() == web.id
    page.key_actions.copy_identifier.trigger()
    assert QGuiApplication.clipboard().text() == web.did
    # the default key's "use for new documents" is off; the other key's is on
    assert not page.key_actions.make_default.isEnabled()
    select(page, plain.id)
    assert page.key_actions.make_default.isEnabled() and not details.publish_value.isVisible()
    with qtbot.waitSignal(context.keys_changed):
        page.key_actions.make_default.trigger()
    qtbot.waitUntil(lambda: cell(page, page.model.row_of(plain.id), Column.STATUS) == "Default")
    assert context.key_manager.default_key().id == plain.id


def test_new_key_dialog_creates_a_key_in_the_os_keyring(qtbot, context: AppContext, secret_service: str) -> None:
    page = make_page(qtbot, context)
    assert page.empty_label.isVisible() and not page.splitter.isVisible()
    page.key_actions.new_key.trigger()
    dialog = page.key_actions.active_dialog
    assert isinstance(dialog, NewKeyDialog) and dialog.isVisible()
    assert dialog.options.web_radio.isChecked() and dialog.options.domain_edit.text() == "acerosdelnorte.mx"
    type_text(qtbot, dialog.label_edit, "Firma de embarques")
    dialog.options.key_radio.click()
    click(qtbot, dialog.options.advanced_button)
    dialog.options.ed25519_radio.click()
    with qtbot.waitSignal(context.keys_changed):
        click(qtbot, dialog.accept_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    record = page.model.record(0)
    assert (record.label, record.alg, record.did_method, record.is_default) == (
        "Firma de embarques",
        "EdDSA",
        "key",
        True,
    )
    assert json.loads(keyring.get_password(secret_service, record.id))["crv"] == "Ed25519"
    assert page.selected_key().id == record.id
    assert "created" in page.notice_label.text()


def test_rename_with_f2(qtbot, context: AppContext) -> None:
    record = context.key_manager.create_key("ES384", "web", label="Firma 2025")
    page = make_page(qtbot, context)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)  # the usual rename key, on the focused list
    dialog = page.key_actions.active_dialog
    assert isinstance(dialog, RenameKeyDialog) and dialog.label_edit.text() == "Firma 2025"
    dialog.label_edit.clear()
    type_text(qtbot, dialog.label_edit, "Firma de exportación")
    with qtbot.waitSignal(context.keys_changed):
        click(qtbot, dialog.accept_button)
    qtbot.waitUntil(lambda: cell(page, 0, Column.NAME) == "Firma de exportación")
    assert context.key_manager.get(record.id).label == "Firma de exportación"


def test_rotate_retires_the_old_key_and_keeps_it_listed(qtbot, context: AppContext, secret_service: str) -> None:
    old = context.key_manager.create_key("ES384", "web", label="Firma 2025")
    page = make_page(qtbot, context)
    dialogs.set_next_answer(dialogs.Answer.CONFIRM)
    with qtbot.waitSignal(context.keys_changed):
        page.key_actions.rotate.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    question = dialogs.history[-1]
    assert question.kind == "confirm" and question.title == "Rotate key"
    assert any("signs every document from now on" in line for line in question.affected)
    assert any("still verify" in line for line in question.affected)
    assert any("did.json" in line for line in question.affected)
    new = page.model.record(0)
    assert new.id != old.id and new.is_default and new.did == old.did
    retired_row = page.model.row_of(old.id)
    assert cell(page, retired_row, Column.STATUS) == "Retired"
    assert page.selected_key().id == new.id
    assert keyring.get_password(secret_service, old.id) is not None  # kept, so old documents still verify
    select(page, old.id)
    assert not page.key_actions.rotate.isEnabled()
    assert len(context.key_manager.did_document(old.did)["verificationMethod"]) == 2


def test_backup_then_restore_round_trip(qtbot, context: AppContext, secret_service: str, tmp_path: Path) -> None:
    record = context.key_manager.create_key("ES384", "web", label="Firma 2026")
    secret = keyring.get_password(secret_service, record.id)
    page = make_page(qtbot, context)

    page.key_actions.backup.trigger()
    dialog = page.key_actions.active_dialog
    assert isinstance(dialog, BackupPassphraseDialog)
    assert "contains the private key" in dialog.warning_label.text()  # the warning before the export
    assert not dialog.accept_button.isEnabled()
    type_text(qtbot, dialog.fields.passphrase_edit, BACKUP_PASSPHRASE)
    type_text(qtbot, dialog.fields.repeat_edit, BACKUP_PASSPHRASE)
    dialogs.set_next_answer(tmp_path / "Aceros_respaldo")
    with qtbot.waitSignal(context.keys_changed):
        click(qtbot, dialog.accept_button)
    backup = tmp_path / "Aceros_respaldo.sello-key"
    assert backup.is_file() and "Backup saved" in page.notice_label.text()
    save = next(r for r in dialogs.history if r.kind == "save-file")
    assert save.title == "Save the key backup"

    # the computer is lost: the key disappears from this profile
    context.key_manager.delete(record.id)
    assert keyring.get_password(secret_service, record.id) is None
    context.notify_keys_changed()
    assert page.model.rowCount() == 0

    dialogs.set_next_answer(backup)
    page.key_actions.restore.trigger()
    ask = page.key_actions.active_dialog
    assert isinstance(ask, AskPassphraseDialog) and backup.name in ask.message_label.text()
    type_text(qtbot, ask.passphrase_edit, "no es la frase")
    click(qtbot, ask.accept_button)
    qtbot.waitUntil(ask.error_label.isVisible)
    assert ask.error_label.text().startswith("Wrong passphrase.") and ask.isVisible()
    ask.passphrase_edit.clear()
    type_text(qtbot, ask.passphrase_edit, BACKUP_PASSPHRASE)
    with qtbot.waitSignal(context.keys_changed):
        click(qtbot, ask.accept_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert not ask.isVisible()
    restored = page.model.record(0)
    assert (restored.id, restored.label, restored.did) == (record.id, "Firma 2026", record.did)
    assert keyring.get_password(secret_service, record.id) == secret


def test_restore_refuses_a_file_that_is_not_a_backup(qtbot, context: AppContext, tmp_path: Path) -> None:
    page = make_page(qtbot, context)
    not_backup = tmp_path / "factura.pdf"
    not_backup.write_bytes(b"%PDF-1.7 not a key")
    dialogs.set_next_answer(not_backup)
    page.key_actions.restore.trigger()
    ask = page.key_actions.active_dialog
    type_text(qtbot, ask.passphrase_edit, BACKUP_PASSPHRASE)
    click(qtbot, ask.accept_button)
    qtbot.waitUntil(ask.error_label.isVisible)
    assert ask.error_label.text() == "This file is not a Sello key backup (.sello-key)."


def test_export_did_json_writes_the_public_document(qtbot, context: AppContext, tmp_path: Path) -> None:
    record = context.key_manager.create_key("ES384", "web")
    page = make_page(qtbot, context)
    dialogs.set_next_answer(tmp_path / "did", dialogs.Answer.OK)
    page.key_actions.export_did.trigger()
    qtbot.waitUntil(lambda: any(r.kind == "info" for r in dialogs.history))
    document = json.loads((tmp_path / "did.json").read_text())
    assert document["id"] == "did:web:acerosdelnorte.mx"
    assert [m["id"] for m in document["verificationMethod"]] == [record.kid]
    assert all("d" not in m["publicKeyJwk"] for m in document["verificationMethod"])
    info = dialogs.history[-1]
    assert "saved as" in info.text


def test_delete_warns_twice_and_cancel_keeps_the_key(qtbot, context: AppContext, secret_service: str) -> None:
    keep = context.key_manager.create_key("ES384", "web", label="Firma 2026")
    page = make_page(qtbot, context)

    dialogs.set_next_answer(dialogs.Answer.CANCEL)  # first warning: Cancel (asked by the Delete key)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    dialogs.set_next_answer(dialogs.Answer.CONFIRM, dialogs.Answer.CANCEL)  # second warning: Cancel
    page.key_actions.delete.trigger()
    assert [r.answer for r in dialogs.history] == [dialogs.Answer.CANCEL, dialogs.Answer.CONFIRM, dialogs.Answer.CANCEL]
    assert page.model.rowCount() == 1 and keyring.get_password(secret_service, keep.id) is not None
    first, second = dialogs.history[1], dialogs.history[2]
    assert first.title == "Delete key" and first.text == "Delete the private key “Firma 2026”?"
    assert any(" ".join(keep.fingerprint_groups[:4]) in line for line in first.affected)
    assert any("signed no documents" in line for line in first.affected)
    assert "This is a private key" in second.text

    dialogs.set_next_answer(dialogs.Answer.CONFIRM, dialogs.Answer.CONFIRM)
    with qtbot.waitSignal(context.keys_changed):
        page.key_actions.delete.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert keyring.get_password(secret_service, keep.id) is None


def test_deleting_a_key_that_signed_documents_keeps_its_public_part(
    qtbot, context: AppContext, secret_service: str
) -> None:
    record = context.key_manager.create_key("ES384", "web", label="Firma 2025")
    sign_documents(context, record.id, 2)
    page = make_page(qtbot, context)
    dialogs.set_next_answer(dialogs.Answer.CONFIRM, dialogs.Answer.CONFIRM)
    with qtbot.waitSignal(context.keys_changed):
        page.key_actions.delete.trigger()
    assert any(
        "It signed 2 documents" in line and "public part is kept" in line for line in dialogs.history[0].affected
    )
    qtbot.waitUntil(lambda: cell(page, 0, Column.STATUS) == "Deleted")
    assert keyring.get_password(secret_service, record.id) is None
    assert page.model.rowCount() == 1
    assert not page.key_actions.delete.isEnabled() and not page.key_actions.backup.isEnabled()
    assert page.details.stored_value.text().startswith("Nowhere: the private part was deleted")


def test_without_a_company_the_page_offers_the_setup_wizard(qtbot, app_context: AppContext) -> None:
    page = make_page(qtbot, app_context)
    assert page.setup_box.isVisible() and not page.splitter.isVisible()
    assert not page.key_actions.new_key.isEnabled()
    click(qtbot, page.setup_button)
    wizard = page.setup_wizard
    assert wizard is not None and wizard.isVisible() and wizard.current_step() == "welcome"
    wizard.reject()
    assert page.setup_wizard is None


def test_keys_in_a_locked_file_are_unlocked_from_the_page(qtbot, app_context: AppContext) -> None:
    profile = create_profile(app_context.db, "Laminados del Golfo", rfc="LDG991231XY1")
    store = EncryptedFileStore(default_file_store_path(app_context.data_dir), STORE_PASSPHRASE, kdf=TEST_KDF)
    record = KeyManager(app_context.db, profile.id, store).create_key("EdDSA", "key")
    app_context.refresh_profiles()
    page = make_page(qtbot, app_context)
    assert page.unlock_box.isVisible()
    assert cell(page, 0, Column.STORED) == "Encrypted file"
    assert not page.key_actions.backup.isEnabled() and not page.key_actions.delete.isEnabled()

    page.key_actions.unlock.trigger()
    ask = page.key_actions.active_dialog
    assert isinstance(ask, AskPassphraseDialog)
    type_text(qtbot, ask.passphrase_edit, "otra cosa")
    click(qtbot, ask.accept_button)
    qtbot.waitUntil(ask.error_label.isVisible)
    assert ask.error_label.text().startswith("Wrong passphrase.")
    ask.passphrase_edit.clear()
    type_text(qtbot, ask.passphrase_edit, STORE_PASSPHRASE)
    with qtbot.waitSignal(app_context.keys_changed):
        click(qtbot, ask.accept_button)
    assert app_context.key_manager.store.kind == "file"
    assert not page.unlock_box.isVisible()
    assert page.key_actions.backup.isEnabled() and page.selected_key().id == record.id
    assert "keys.sello-store" in page.details.stored_value.text()


def _shot_message_box(page: KeysPage, name: str, lang: str, folder: Path) -> QMessageBox:
    box = dialogs.open_dialogs()[-1]
    assert isinstance(box, QMessageBox)
    save_screenshot(box, name, lang, folder)
    return box


def _press(qtbot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    click(qtbot, button)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_screenshots_of_the_page_and_every_dialog(qtbot, context: AppContext, lang: str, tmp_path: Path) -> None:
    manager = context.key_manager
    old = manager.create_key("ES384", "web", label="Firma 2025")
    manager.rotate(old.id)
    manager.create_key("EdDSA", "key", label="Socio europeo")
    sign_documents(context, old.id, 12)
    with language(lang):
        page = make_page(qtbot, context)
        select(page, old.id)
        save_screenshot(page, "keys_page", lang, tmp_path)

        page.key_actions.new_key.trigger()
        new_key = page.key_actions.active_dialog
        click(qtbot, new_key.options.advanced_button)
        save_screenshot(new_key, "keys_dialog_new_key", lang, tmp_path)
        new_key.reject()

        page.key_actions.rename.trigger()
        save_screenshot(page.key_actions.active_dialog, "keys_dialog_rename", lang, tmp_path)
        page.key_actions.active_dialog.reject()

        select(page, page.model.record(0).id)
        page.key_actions.backup.trigger()
        backup = page.key_actions.active_dialog
        type_text(qtbot, backup.fields.passphrase_edit, "perro gato casa")
        type_text(qtbot, backup.fields.repeat_edit, "perro gato")
        save_screenshot(backup, "keys_dialog_backup", lang, tmp_path)
        backup.reject()

        page.key_actions.unlock.trigger()
        unlock = page.key_actions.active_dialog
        unlock.show_error(
            "Wrong passphrase. Check the spelling, the keyboard layout and Caps Lock, then try again."
            if lang == "en"
            else "Frase de contraseña incorrecta."
        )
        save_screenshot(unlock, "keys_dialog_unlock", lang, tmp_path)
        unlock.reject()

        cancel = "Cancel" if lang == "en" else "Cancelar"
        page.key_actions.rotate.trigger()
        box = _shot_message_box(page, "keys_confirm_rotate", lang, tmp_path)
        _press(qtbot, box, cancel)

        select(page, old.id)
        page.key_actions.delete.trigger()
        box = _shot_message_box(page, "keys_confirm_delete_1", lang, tmp_path)
        assert box.defaultButton().text() == cancel  # Cancel is the default (STYLE 11)
        _press(qtbot, box, "Delete key" if lang == "en" else "Eliminar llave")
        box = _shot_message_box(page, "keys_confirm_delete_2", lang, tmp_path)
        _press(qtbot, box, cancel)
        assert page.model.rowCount() == 3

        dialogs.set_next_answer(tmp_path / "did.json")
        page.key_actions.export_did.trigger()
        qtbot.waitUntil(lambda: bool(dialogs.open_dialogs()))
        box = _shot_message_box(page, "keys_info_did_json", lang, tmp_path)
        click(qtbot, box.buttons()[0])
        if lang == "es":
            assert page.title_label.text() == "Llaves"
            assert cell(page, page.model.row_of(old.id), Column.STATUS) == "Retirada"
        assert all(isinstance(b, QPushButton) for b in box.buttons())


def test_publish_kit_from_a_did_web_key(qtbot, context: AppContext, tmp_path: Path) -> None:
    manager = context.key_manager
    web = manager.create_key("ES384", "web", label="Firma 2026")
    plain = manager.create_key("EdDSA", "key", label="sin sitio")
    page = make_page(qtbot, context)
    select(page, plain.id)
    assert not page.details.publish_button.isVisible()  # did:key: nothing to publish
    select(page, web.id)
    assert page.details.publish_button.isVisible()
    folder = tmp_path / "kit"
    folder.mkdir()
    dialogs.set_next_answer(folder)
    click(qtbot, page.details.publish_button)
    did_json = folder / ".well-known" / "did.json"
    qtbot.waitUntil(did_json.exists, timeout=10_000)
    document = json.loads(did_json.read_text())
    assert document["id"] == "did:web:acerosdelnorte.mx"
    assert web.kid in document["assertionMethod"]
