"""The first-run setup wizard, typed into its real widgets: company profile, a key in the
real OS keyring (or, without one, the encrypted-file store), a backup that restores."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWizard

from sello.core.keys.manager import KeyManager
from sello.core.keys.profiles import create_profile
from sello.core.keys.store import EncryptedFileStore, KeyringStore, default_file_store_path
from sello.core.storage.db import Database
from sello.ui import dialogs
from sello.ui.context import AppContext
from sello.ui.setup_wizard import SetupWizard, needs_setup
from sello.ui.wizard import flow
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.ui.key_helpers import TEST_KDF, no_keyring, type_text  # noqa: F401
from tests.ui.screenshots import save_screenshot

BACKUP_PASSPHRASE = "tortuga lámpara río verde"
STORE_PASSPHRASE = "caballo nube puerta azul"


def make_wizard(qtbot, context: AppContext) -> SetupWizard:
    wizard = SetupWizard(context, kdf=TEST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def button(wizard: SetupWizard, which: QWizard.WizardButton) -> QAbstractButton:
    return wizard.button(which)


def click_next(qtbot, wizard: SetupWizard, expected: str) -> None:
    """Press the visible forward button (Next, Create key or Skip), waiting until it is enabled."""
    forward = next(
        b
        for b in (button(wizard, QWizard.WizardButton.NextButton), button(wizard, QWizard.WizardButton.CommitButton))
        if b.isVisible()
    )
    qtbot.waitUntil(forward.isEnabled)
    qtbot.mouseClick(forward, Qt.MouseButton.LeftButton)
    assert wizard.current_step() == expected


def fill_company(qtbot, wizard: SetupWizard, *, domain: str = "") -> None:
    page = wizard.pages[flow.COMPANY]
    type_text(qtbot, page.name_edit, "Aceros del Norte, S.A. de C.V.")
    type_text(qtbot, page.rfc_edit, "adn-980312-ab1")
    type_text(qtbot, page.address_edits["streetAddress"], "Av. Industrial 120")
    type_text(qtbot, page.address_edits["addressLocality"], "Monterrey")
    type_text(qtbot, page.address_edits["addressRegion"], "Nuevo León")
    type_text(qtbot, page.address_edits["postalCode"], "64000")
    if domain:
        type_text(qtbot, page.domain_edit, domain)


def test_flow_is_data_and_skips_the_file_store_when_the_keyring_works() -> None:
    with_keyring = flow.SetupChoices(storage=flow.KEYRING)
    without = flow.SetupChoices(storage=flow.FILE)
    assert flow.path(with_keyring) == ["welcome", "company", "signing_key", "create_key", "backup", "done"]
    assert flow.path(without) == ["welcome", "company", "signing_key", "file_store", "create_key", "backup", "done"]
    # the page before key creation is the point of no return
    assert [s for s in flow.path(with_keyring) if flow.step(s).commits(with_keyring)] == ["signing_key"]
    assert [s for s in flow.path(without) if flow.step(s).commits(without)] == ["file_store"]


def test_journey_creates_profile_and_key_in_the_os_keyring_and_a_backup_that_restores(
    qtbot, app_context: AppContext, secret_service: str, tmp_path: Path
) -> None:
    app_context.use_key_store(KeyringStore(secret_service))
    assert needs_setup(app_context)
    wizard = make_wizard(qtbot, app_context)
    assert wizard.current_step() == "welcome"
    assert not button(wizard, QWizard.WizardButton.BackButton).isVisible()
    click_next(qtbot, wizard, "company")

    company = wizard.pages[flow.COMPANY]
    next_button = button(wizard, QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # legal name and RFC are required
    type_text(qtbot, company.name_edit, "Aceros del Norte, S.A. de C.V.")
    type_text(qtbot, company.rfc_edit, "ADN98")
    assert not next_button.isEnabled() and company.rfc_error.isVisible()
    company.rfc_edit.clear()
    fill_company(qtbot, wizard, domain="https://AcerosDelNorte.mx/")
    company.name_edit.clear()
    type_text(qtbot, company.name_edit, "Aceros del Norte, S.A. de C.V.")
    assert not company.rfc_error.isVisible()
    click_next(qtbot, wizard, "signing_key")

    key_page = wizard.pages[flow.SIGNING_KEY]
    options = key_page.options
    assert options.web_radio.isChecked() and options.domain_edit.text() == "acerosdelnorte.mx"
    assert options.algorithm() == "ES384" and not options.advanced_box.isVisible()
    qtbot.waitUntil(lambda: wizard.choices.storage is not None)
    assert wizard.choices.storage == flow.KEYRING
    assert "Secret Service" in key_page.storage_label.text()
    commit = button(wizard, QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.text() == "&Create key"
    click_next(qtbot, wizard, "create_key")

    qtbot.waitUntil(lambda: wizard.choices.key_id is not None)
    key_id = wizard.choices.key_id
    secret = json.loads(keyring.get_password(secret_service, key_id))  # really in the OS keyring
    assert secret["crv"] == "P-384" and "d" in secret
    create_page = wizard.pages[flow.CREATE_KEY]
    assert create_page.fingerprint_label.text().replace(" ", "") == key_id
    assert (
        not button(wizard, QWizard.WizardButton.BackButton).isEnabled()
        or not button(wizard, QWizard.WizardButton.BackButton).isVisible()
    )  # after the commit: no way back
    click_next(qtbot, wizard, "backup")

    backup_page = wizard.pages[flow.BACKUP]
    assert button(wizard, QWizard.WizardButton.NextButton).text() == "&Skip for now"
    assert not backup_page.save_button.isEnabled()
    type_text(qtbot, backup_page.fields.passphrase_edit, BACKUP_PASSPHRASE)
    type_text(qtbot, backup_page.fields.repeat_edit, BACKUP_PASSPHRASE[:-1] + "x")
    assert not backup_page.save_button.isEnabled()
    assert backup_page.fields.match_label.text() == "The two passphrases differ."
    backup_page.fields.repeat_edit.clear()
    type_text(qtbot, backup_page.fields.repeat_edit, BACKUP_PASSPHRASE)
    assert backup_page.save_button.isEnabled()
    dialogs.set_next_answer(tmp_path / "respaldo")
    qtbot.mouseClick(backup_page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.choices.backup_path is not None)
    backup = tmp_path / "respaldo.sello-key"
    assert wizard.choices.backup_path == backup and backup.is_file()
    save_record = next(r for r in dialogs.history if r.kind == "save-file")
    assert save_record.title == "Save the key backup"
    assert button(wizard, QWizard.WizardButton.NextButton).text() == "&Next"
    click_next(qtbot, wizard, "done")

    done = wizard.pages[flow.DONE]
    assert "https://acerosdelnorte.mx/.well-known/did.json" in done.next_label.text()
    assert str(backup) in done.backup_label.text()
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()

    profile = app_context.active_profile()
    assert profile is not None and not needs_setup(app_context)
    assert (profile.legal_name, profile.rfc, profile.web_domain) == (
        "Aceros del Norte, S.A. de C.V.",
        "ADN980312AB1",
        "acerosdelnorte.mx",
    )
    assert profile.address == {
        "streetAddress": "Av. Industrial 120",
        "addressLocality": "Monterrey",
        "addressRegion": "Nuevo León",
        "postalCode": "64000",
        "addressCountry": "MX",
    }
    record = app_context.key_manager.get(key_id)
    assert (record.alg, record.did, record.store, record.is_default) == (
        "ES384",
        "did:web:acerosdelnorte.mx",
        "keyring",
        True,
    )

    # the backup restores the same key on another computer (another data folder and store)
    other_db = Database.in_folder(tmp_path / "other")
    try:
        other_profile = create_profile(other_db, "Aceros del Norte, S.A. de C.V.")
        other_store = EncryptedFileStore(default_file_store_path(tmp_path / "other"), "otra frase", kdf=TEST_KDF)
        restored = KeyManager(other_db, other_profile.id, other_store).import_backup(
            backup.read_bytes(), BACKUP_PASSPHRASE
        )
        assert (restored.id, restored.did) == (key_id, "did:web:acerosdelnorte.mx")
        assert json.loads(other_store.get(key_id)) == secret
    finally:
        other_db.close()


def test_without_a_keyring_it_says_so_and_offers_the_encrypted_file(
    qtbot, app_context: AppContext, no_keyring: None
) -> None:
    wizard = make_wizard(qtbot, app_context)
    click_next(qtbot, wizard, "company")
    fill_company(qtbot, wizard)
    click_next(qtbot, wizard, "signing_key")
    qtbot.waitUntil(lambda: wizard.choices.storage is not None)
    key_page = wizard.pages[flow.SIGNING_KEY]
    assert wizard.choices.storage == flow.FILE
    assert "no keyring" in key_page.storage_label.text()
    options = key_page.options
    assert options.key_radio.isChecked()  # no website given: did:key
    qtbot.mouseClick(options.advanced_button, Qt.MouseButton.LeftButton)
    assert options.advanced_box.isVisible()
    options.ed25519_radio.click()
    # the next step is the file store, so "Create key" waits until there
    assert button(wizard, QWizard.WizardButton.NextButton).isVisible()
    click_next(qtbot, wizard, "file_store")

    store_page = wizard.pages[flow.FILE_STORE]
    assert store_page.subTitle() == "This computer has no keyring that Sello can use."
    assert "no keyring backend is available" in store_page.detail_label.text()
    assert store_page.new_fields.isVisible() and not store_page.unlock_box.isVisible()
    commit = button(wizard, QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()
    type_text(qtbot, store_page.new_fields.passphrase_edit, "corta")
    assert store_page.new_fields.strength_label.text() == "Too short: use at least 10 characters."
    store_page.new_fields.passphrase_edit.clear()
    type_text(qtbot, store_page.new_fields.passphrase_edit, STORE_PASSPHRASE)
    type_text(qtbot, store_page.new_fields.repeat_edit, STORE_PASSPHRASE)
    click_next(qtbot, wizard, "create_key")

    qtbot.waitUntil(lambda: wizard.choices.key_id is not None)
    key_id = wizard.choices.key_id
    path = default_file_store_path(app_context.data_dir)
    assert json.loads(EncryptedFileStore(path, STORE_PASSPHRASE).get(key_id))["crv"] == "Ed25519"
    manager = app_context.key_manager
    assert manager.store.kind == "file"
    record = manager.get(key_id)
    assert (record.alg, record.did_method, record.store) == ("EdDSA", "key", "file")
    click_next(qtbot, wizard, "backup")
    click_next(qtbot, wizard, "done")  # skipped
    assert "no backup" in wizard.pages[flow.DONE].backup_label.text()
    assert "Nothing to publish" in wizard.pages[flow.DONE].next_label.text()


def test_an_existing_key_file_is_unlocked_on_the_page_and_a_wrong_passphrase_is_said(
    qtbot, sello_app, sello_home: Path
) -> None:
    EncryptedFileStore(default_file_store_path(sello_home), STORE_PASSPHRASE, kdf=TEST_KDF)
    context = AppContext.open(sello_home, wants_file_store=True)
    try:
        wizard = make_wizard(qtbot, context)
        click_next(qtbot, wizard, "company")
        fill_company(qtbot, wizard)
        click_next(qtbot, wizard, "signing_key")
        click_next(qtbot, wizard, "file_store")
        page = wizard.pages[flow.FILE_STORE]
        assert page.subTitle() == "You chose to keep private keys in an encrypted file."
        assert page.unlock_box.isVisible() and not page.new_fields.isVisible()
        commit = button(wizard, QWizard.WizardButton.CommitButton)
        type_text(qtbot, page.unlock_edit, "no es esta")
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.unlock_button.isEnabled())
        assert page.unlock_status.text().startswith("Wrong passphrase.")
        assert not commit.isEnabled()
        page.unlock_edit.clear()
        type_text(qtbot, page.unlock_edit, STORE_PASSPHRASE)
        qtbot.keyClick(page.unlock_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(commit.isEnabled)
        click_next(qtbot, wizard, "create_key")
        qtbot.waitUntil(lambda: wizard.choices.key_id is not None)
        assert EncryptedFileStore(default_file_store_path(sello_home), STORE_PASSPHRASE).key_ids() == [
            wizard.choices.key_id
        ]
        wizard.close()
    finally:
        context.close()


def test_company_page_checks_rfc_and_domain_and_rfc_is_optional_abroad(qtbot, app_context: AppContext) -> None:
    wizard = make_wizard(qtbot, app_context)
    click_next(qtbot, wizard, "company")
    page = wizard.pages[flow.COMPANY]
    type_text(qtbot, page.name_edit, "Laminados del Golfo")
    assert not page.isComplete()  # Mexico: RFC required
    assert page.captions["rfc"].text() == "&RFC *:"
    page.country_combo.setCurrentIndex(page.country_combo.findData("US"))
    assert page.isComplete() and page.captions["rfc"].text() == "&RFC:"
    type_text(qtbot, page.rfc_edit, "LDG991332XY1")  # month 13
    assert not page.isComplete() and page.rfc_error.isVisible()
    page.rfc_edit.clear()
    type_text(qtbot, page.domain_edit, "laminados golfo")
    assert not page.isComplete() and page.domain_error.isVisible()
    page.domain_edit.clear()
    assert page.isComplete()


def visible_text(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


@pytest.mark.parametrize("lang", ["en", "es"])
def test_screenshots_of_every_page(qtbot, app_context: AppContext, no_keyring: None, lang: str, tmp_path: Path) -> None:
    shots: list[Path] = []
    with language(lang):
        wizard = make_wizard(qtbot, app_context)
        shots.append(save_screenshot(wizard, "wizard_1_welcome", lang, tmp_path))
        click_next(qtbot, wizard, "company")
        fill_company(qtbot, wizard, domain="acerosdelnorte.mx")
        type_text(qtbot, wizard.pages[flow.COMPANY].rfc_edit, "9")  # show the RFC message too
        shots.append(save_screenshot(wizard, "wizard_2_company", lang, tmp_path))
        wizard.pages[flow.COMPANY].rfc_edit.backspace()
        click_next(qtbot, wizard, "signing_key")
        qtbot.waitUntil(lambda: wizard.choices.storage is not None)
        wizard.pages[flow.SIGNING_KEY].options.advanced_button.click()
        shots.append(save_screenshot(wizard, "wizard_3_signing_key", lang, tmp_path))
        click_next(qtbot, wizard, "file_store")
        page = wizard.pages[flow.FILE_STORE]
        type_text(qtbot, page.new_fields.passphrase_edit, STORE_PASSPHRASE)
        type_text(qtbot, page.new_fields.repeat_edit, STORE_PASSPHRASE)
        shots.append(save_screenshot(wizard, "wizard_4_file_store", lang, tmp_path))
        click_next(qtbot, wizard, "create_key")
        qtbot.waitUntil(lambda: wizard.choices.key_id is not None)
        shots.append(save_screenshot(wizard, "wizard_5_key_created", lang, tmp_path))
        click_next(qtbot, wizard, "backup")
        type_text(qtbot, wizard.pages[flow.BACKUP].fields.passphrase_edit, "Aceros2024")
        shots.append(save_screenshot(wizard, "wizard_6_backup", lang, tmp_path))
        click_next(qtbot, wizard, "done")
        shots.append(save_screenshot(wizard, "wizard_7_done", lang, tmp_path))
        if lang == "es":
            assert wizard.windowTitle() == "Configurar Sello"
            assert "Aceros del Norte" in visible_text(wizard)
        wizard.close()
    assert all(path.stat().st_size > 5000 for path in shots)
