"""The exporter's whole journey through the real main window, in Spanish, as a mill clerk
does it: first run and setup wizard (key in the real OS keyring, a backup that restores),
a Mill Test Report typed in by hand and issued, its printed QR read back and verified,
the key rotated, a second document signed with the new key, the first one revoked.

Each step uses what the previous one made; only what a person would choose in a file
dialog or a yes/no question is pre-answered (`sello.ui.dialogs.set_next_answer`).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import keyring
import pytest
from keyring.errors import PasswordDeleteError
from PySide6.QtWidgets import QToolButton

from sello.core.documents.issuance import IssuedDocument
from sello.core.keys.did import parse_did_document
from sello.core.keys.manager import KeyManager
from sello.core.keys.profiles import create_profile
from sello.core.keys.store import EncryptedFileStore, default_file_store_path, keyring_service
from sello.core.storage.db import Database
from sello.core.trust.checkers import read_status_list
from sello.core.trust.statuslist import bit_is_set
from sello.core.verification.inputs import verifier_context, verify_path
from sello.ui import dialogs
from sello.ui.app import open_window
from sello.ui.context import AppContext
from sello.ui.documents.table_model import Column as DocColumn
from sello.ui.issue.issue_dialog import IssueDialog
from sello.ui.keys.key_table_model import Column as KeyColumn
from sello.ui.main_window import MainWindow
from sello.ui.pages.shipments_page import ShipmentsPage
from sello.ui.setup_wizard import SetupWizard, needs_setup, offer_setup_if_needed
from sello.ui.tasks import wait_for_tasks
from sello.ui.wizard import flow
from tests.e2e.conftest import example
from tests.e2e.journey_helpers import (
    click,
    click_cell,
    click_issued,
    go_to,
    jwt_part,
    shoot,
    token_from_qr,
    type_document,
    wizard_forward,
)
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.ui.key_helpers import TEST_KDF, type_text
from tests.ui.shipment_helpers import type_into

LEGAL_NAME = "Aceros y Laminación del Bajío, S.A. de C.V."
RFC_TYPED, RFC = "alb-980312-ab1", "ALB980312AB1"
DOMAIN = "aceroslaminacion.mx"
DID = f"did:web:{DOMAIN}"
BACKUP_PASSPHRASE = "colada acería lámina río"
CARBON_ERROR = "debe estar entre 0 y 100 %"  # validation's Spanish text for 140 % carbon
REVOKE_REASON = "Número de colada equivocado en la colada 2"


@dataclass
class Journey:
    """What the steps hand on to each other."""

    context: AppContext
    window: MainWindow
    shots: Path  # where screenshots go unless $SELLO_SCREENSHOT_DIR says otherwise
    profile_id: str = ""
    first_key: str = ""
    documents: list[IssuedDocument] = field(default_factory=list)
    screenshots: list[Path] = field(default_factory=list)

    def shoot(self, name: str) -> None:
        """The main window as it is now, in Spanish."""
        self.screenshots.append(shoot(self.window, name, "es", self.shots))


@pytest.fixture
def keyring_entries(secret_service: str) -> Iterator[list[tuple[str, str]]]:
    """(service, key id) pairs the journey put in the OS keyring, removed afterwards.
    (`secret_service` makes sure the backend is the real Secret Service.)"""
    entries: list[tuple[str, str]] = []
    yield entries
    for service, key_id in entries:
        try:
            keyring.delete_password(service, key_id)
        except PasswordDeleteError:
            pass


def test_mill_clerk_sets_up_issues_rotates_and_revokes(
    qtbot, app_context: AppContext, keyring_entries: list[tuple[str, str]], tmp_path: Path
) -> None:
    shots = tmp_path / "screenshots"
    with language("es"):
        assert needs_setup(app_context)  # an empty data folder
        window = open_window("main", app_context)  # what `sello` opens
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        journey = Journey(app_context, window, shots)
        try:
            first_run_setup(qtbot, journey, keyring_entries, tmp_path)
            issue_typed_mill_test_report(qtbot, journey)
            rotate_key_and_sign_again(qtbot, journey, keyring_entries)
            revoke_first_document(qtbot, journey, tmp_path)
        finally:
            wait_for_tasks(10_000)  # no database write may outlive the test's database
    for path in journey.screenshots:
        print(f"screenshot: {path}")


# -- 1. first run -------------------------------------------------------------------------------
def first_run_setup(qtbot, journey: Journey, keyring_entries: list[tuple[str, str]], tmp_path: Path) -> None:
    context, window = journey.context, journey.window
    wizard = offer_setup_if_needed(context, window)  # what the app does right after showing the window
    assert isinstance(wizard, SetupWizard) and wizard.parent() is window
    qtbot.waitExposed(wizard)
    assert wizard.windowTitle() == "Configurar Sello" and wizard.current_step() == flow.WELCOME
    wizard_forward(qtbot, wizard, flow.COMPANY)

    company = wizard.pages[flow.COMPANY]
    type_text(qtbot, company.name_edit, LEGAL_NAME)
    type_text(qtbot, company.rfc_edit, RFC_TYPED)
    type_text(qtbot, company.address_edits["streetAddress"], "Carretera León–Silao km 4.5")
    type_text(qtbot, company.address_edits["addressLocality"], "León")
    type_text(qtbot, company.address_edits["addressRegion"], "Guanajuato")
    type_text(qtbot, company.address_edits["postalCode"], "37490")
    type_text(qtbot, company.domain_edit, f"https://{DOMAIN}/")  # pasted from the browser: tidied to the name
    assert not company.rfc_error.isVisible() and not company.domain_error.isVisible()
    wizard_forward(qtbot, wizard, flow.SIGNING_KEY)

    options = wizard.pages[flow.SIGNING_KEY].options
    assert options.web_radio.isChecked() and options.domain_edit.text() == DOMAIN  # did:web, from the website
    assert options.algorithm() == "ES384"
    qtbot.waitUntil(lambda: wizard.choices.storage is not None)
    assert wizard.choices.storage == flow.KEYRING
    assert "Secret Service" in wizard.pages[flow.SIGNING_KEY].storage_label.text()
    wizard_forward(qtbot, wizard, flow.CREATE_KEY)  # "Crear llave": the point of no return

    qtbot.waitUntil(lambda: wizard.choices.key_id is not None, timeout=10_000)
    key_id = wizard.choices.key_id
    profile_id = wizard.choices.profile_id
    service = keyring_service(profile_id)
    keyring_entries.append((service, key_id))
    secret = json.loads(keyring.get_password(service, key_id))  # really in the OS keyring
    assert secret["kty"] == "EC" and secret["crv"] == "P-384" and secret["d"]
    wizard_forward(qtbot, wizard, flow.BACKUP)

    backup_page = wizard.pages[flow.BACKUP]
    type_text(qtbot, backup_page.fields.passphrase_edit, BACKUP_PASSPHRASE)
    type_text(qtbot, backup_page.fields.repeat_edit, BACKUP_PASSPHRASE)
    qtbot.waitUntil(backup_page.save_button.isEnabled)
    dialogs.set_next_answer(tmp_path / "respaldo-llave")  # the clerk picks where, in the save dialog
    click(qtbot, backup_page.save_button)
    qtbot.waitUntil(lambda: wizard.choices.backup_path is not None, timeout=10_000)
    backup = wizard.choices.backup_path
    assert backup == tmp_path / "respaldo-llave.sello-key" and backup.is_file()
    wizard_forward(qtbot, wizard, flow.DONE)
    assert f"https://{DOMAIN}/.well-known/did.json" in wizard.pages[flow.DONE].next_label.text()
    with qtbot.waitSignal(wizard.finished):
        click(qtbot, wizard.button(wizard.WizardButton.FinishButton))

    # the window now belongs to the company, and its key signs
    profile = context.active_profile()
    assert profile is not None and profile.id == profile_id and not needs_setup(context)
    assert (profile.legal_name, profile.rfc, profile.web_domain) == (LEGAL_NAME, RFC, DOMAIN)
    assert profile.address["addressLocality"] == "León"
    assert window.windowTitle() == f"Sello \u2014 {LEGAL_NAME}"
    signing = context.signing_key()
    assert signing is not None and (signing.id, signing.alg, signing.store, signing.did) == (
        key_id,
        "ES384",
        "keyring",
        DID,
    )

    # the backup opens with its passphrase on another computer (a fresh data folder)
    other = Database.in_folder(tmp_path / "otra-computadora")
    try:
        other_profile = create_profile(other, LEGAL_NAME)
        other_store = EncryptedFileStore(
            default_file_store_path(tmp_path / "otra-computadora"), "otra frase larga", kdf=TEST_KDF
        )
        restored = KeyManager(other, other_profile.id, other_store).import_backup(
            backup.read_bytes(), BACKUP_PASSPHRASE
        )
        assert (restored.id, restored.did) == (key_id, DID)
        assert json.loads(other_store.get(key_id)) == secret
    finally:
        other.close()
    journey.profile_id, journey.first_key = profile_id, key_id


# -- 2. Shipments: a Mill Test Report typed in, issued, its QR read back ------------------------
def issue_typed_mill_test_report(qtbot, journey: Journey) -> None:
    window, context = journey.window, journey.context
    window.activateWindow()  # leaving a field (focus-out) needs the active window
    qtbot.waitUntil(window.isActiveWindow)
    page = go_to(qtbot, window, "shipments")
    assert isinstance(page, ShipmentsPage)
    with qtbot.waitSignal(page.draft_opened, timeout=5000):
        click(qtbot, page.start.buttons["mill-test-report"])
    form = page.editor.form

    data = example("mill-test-report")
    data["heats"] = data["heats"][:2]
    slip = copy.deepcopy(data)
    slip["heats"][1]["chemistry"]["c"] = "140"  # a slip of the finger: 140 % carbon
    typed = type_document(qtbot, form, slip)
    assert typed > 60
    carbon = form.field_row("heats[1].chemistry.c")
    assert carbon.error_label.isVisibleTo(carbon) and carbon.error_label.text() == CARBON_ERROR
    click(qtbot, page.editor.issue_button)  # refused: the problem is listed, no preview opens
    assert page.issue_dialog is None
    summary = [form.summary.list.item(i).text() for i in range(form.summary.list.count())]
    assert summary == [f"Colada 2 › C: {CARBON_ERROR}"]
    problems = form.summary.list
    with qtbot.waitSignal(form.summary.field_chosen) as chosen:  # "Haga clic en una línea para ir al campo"
        click_cell(qtbot, problems, problems.indexFromItem(problems.item(0)))
    assert chosen.args == ["heats[1].chemistry.c"]
    qtbot.waitUntil(lambda: form.focused_path() == "heats[1].chemistry.c")
    assert carbon.isVisible() and carbon.editor.input.hasFocus()
    journey.shoot("journey_2_shipments_form_error")
    type_into(qtbot, form, "heats[1].chemistry.c", "0.17", replace=True)
    assert not carbon.error_label.isVisibleTo(carbon)

    document = issue_through_preview(qtbot, page)
    journey.documents.append(document)
    journey.shoot("journey_2_shipments_issued")

    assert document.pdf_path.is_file()
    stored = context.db.query_one("SELECT vc_jwt, key_id FROM documents WHERE id = ?", (document.id,))
    assert stored["vc_jwt"] == document.vc_jwt and stored["key_id"] == journey.first_key
    assert token_from_qr(document.pdf_path) == stored["vc_jwt"]  # the printed QR carries the signed document
    header, credential = jwt_part(document.vc_jwt, 0), jwt_part(document.vc_jwt, 1)
    assert header["alg"] == "ES384" and header["kid"] == f"{DID}#{journey.first_key}"
    subject = credential["credentialSubject"]
    assert [item["product"]["heatNumber"] for item in subject["items"]] == ["A24-11873", "A24-11874"]
    assert credential["issuer"]["id"] == DID and LEGAL_NAME in json.dumps(credential, ensure_ascii=False)

    verdict = verify_path(document.pdf_path, context=verifier_context(context.db))
    assert verdict.check("signature").outcome == "passed"
    assert verdict.check("issuer_key").outcome == "passed"
    assert verdict.check("status").outcome == "passed"
    assert verdict.vc_jwt == document.vc_jwt and verdict.color in ("green", "amber")


def issue_through_preview(qtbot, page: ShipmentsPage) -> IssuedDocument:
    click(qtbot, page.editor.issue_button)
    dialog = page.issue_dialog
    assert isinstance(dialog, IssueDialog)
    qtbot.waitUntil(dialog.issue_button.isEnabled, timeout=15_000)  # the unsigned preview is rendered
    with qtbot.waitSignal(dialog.issued, timeout=20_000) as issued:
        click(qtbot, dialog.issue_button)
    document = issued.args[0]
    with qtbot.waitSignal(dialog.finished):
        click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: page.editor is None)
    assert page.list.selected() == ("issued", document.id)
    return document


# -- 3. Keys: rotate; the old document still verifies, the new one uses the new key ------------
def rotate_key_and_sign_again(qtbot, journey: Journey, keyring_entries: list[tuple[str, str]]) -> None:
    window, context = journey.window, journey.context
    page = go_to(qtbot, window, "keys")
    assert page.model.rowCount() == 1 and page.selected_key().id == journey.first_key
    rotate_button = next(b for b in page.findChildren(QToolButton) if b.defaultAction() is page.key_actions.rotate)
    assert rotate_button.isVisible() and rotate_button.isEnabled()
    dialogs.set_next_answer(dialogs.Answer.CONFIRM)  # "Reemplazar llave"
    with qtbot.waitSignal(context.keys_changed, timeout=10_000):
        click(qtbot, rotate_button)
    question = dialogs.history[-1]
    assert question.kind == "confirm" and question.title == "Reemplazar llave"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)

    new = context.key_manager.default_key()
    assert new is not None and new.id != journey.first_key and new.did == DID
    keyring_entries.append((keyring_service(journey.profile_id), new.id))
    old_row, new_row = page.model.row_of(journey.first_key), page.model.row_of(new.id)
    status = lambda row: page.model.index(row, KeyColumn.STATUS).data()  # noqa: E731
    assert (status(old_row), status(new_row)) == ("Retirada", "Predeterminada")
    assert context.key_manager.get(journey.first_key).retired_at is not None
    service = keyring_service(journey.profile_id)
    assert json.loads(keyring.get_password(service, new.id))["crv"] == "P-384"  # the new key: in the OS keyring
    assert keyring.get_password(service, journey.first_key) is not None  # the retired one is kept
    assert context.signing_key().id == new.id  # the status bar's key, too
    journey.shoot("journey_3_keys_rotated")

    first = journey.documents[0]
    verdict = verify_path(first.pdf_path, context=verifier_context(context.db))
    assert verdict.check("signature").outcome == "passed"  # signed by the retired key: still genuine
    assert verdict.check("issuer_key").outcome == "passed"

    # a new document, started from the first one ("Nuevo a partir de este") with a new number
    shipments = go_to(qtbot, window, "shipments")
    click_issued(qtbot, shipments.list, first.id)
    with qtbot.waitSignal(shipments.draft_opened, timeout=5000):
        click(qtbot, shipments.list.copy_button)
    form = shipments.editor.form
    assert form.field_row("certificate.number").is_empty()  # the copy leaves the number to type
    type_into(qtbot, form, "certificate.number", "MTR-2024-031188")
    second = issue_through_preview(qtbot, shipments)
    journey.documents.append(second)
    assert jwt_part(second.vc_jwt, 0)["kid"] == new.kid == f"{DID}#{new.id}"
    verdict = verify_path(second.pdf_path, context=verifier_context(context.db))
    assert verdict.check("signature").outcome == "passed" and verdict.check("issuer_key").outcome == "passed"
    assert token_from_qr(second.pdf_path) == second.vc_jwt


# -- 4. Documents: revoke the first document ------------------------------------------------------
def revoke_first_document(qtbot, journey: Journey, tmp_path: Path) -> None:
    window, context = journey.window, journey.context
    first, second = journey.documents
    page = go_to(qtbot, window, "documents")
    qtbot.waitUntil(lambda: page.chain_result is not None)
    assert page.model.rowCount() == 2
    row_of = {page.proxy.record_at(r).id: r for r in range(page.proxy.rowCount())}
    click_cell(qtbot, page.table, page.proxy.index(row_of[first.id], DocColumn.NUMBER))
    assert [r.id for r in page.selected_records()] == [first.id]
    assert page.details.revoke_button.text() == "&Revocar…"
    click(qtbot, page.details.revoke_button)
    dialog = page.revoke_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.cancel_button.isDefault() and not dialog.revoke_button.isEnabled()  # a reason is required
    type_text(qtbot, dialog.reason_edit, REVOKE_REASON)
    assert dialog.revoke_button.text() == "&Revocar 1 documento"

    kit = tmp_path / "kit-sitio-web"
    kit.mkdir()
    # then: "Publicar la revocación" -> write the publishing kit -> into this folder -> OK
    dialogs.set_next_answer(dialogs.Answer.CONFIRM, kit, dialogs.Answer.OK)
    click(qtbot, dialog.revoke_button)
    qtbot.waitUntil(lambda: not dialogs.pending_answers(), timeout=10_000)
    qtbot.waitUntil(lambda: dialogs.history[-1].kind == "info", timeout=10_000)
    asked = [r for r in dialogs.history if r.kind == "confirm"]
    assert asked[-1].title == "Publicar la revocación"

    row_of = {page.proxy.record_at(r).id: r for r in range(page.proxy.rowCount())}  # (rows re-read)
    status = lambda doc: page.proxy.index(row_of[doc.id], DocColumn.STATUS).data()  # noqa: E731
    assert (status(first), status(second)) == ("Revocado", "Vigente")
    assert page.details.record.id == first.id and page.details.record.revoked
    assert page.details.reason_value.text() == REVOKE_REASON
    journey.shoot("journey_4_documents_revoked")

    # the own status list is read from this computer's database: no website needed for the verdict
    verdict = verify_path(first.pdf_path, context=verifier_context(context.db))
    check = verdict.check("status")
    assert (check.outcome, check.code, check.evidence["source"]) == ("failed", "status.revoked", "local")
    assert verdict.color == "red"
    assert verdict.check("signature").outcome == "passed"  # still genuine, only revoked
    later = verify_path(second.pdf_path, context=verifier_context(context.db))
    assert later.check("status").outcome == "passed" and later.color != "red"

    # what the website will serve: did.json with both keys (the retired one verifies the first
    # document), and a status list signed by the company with the first document's bit set
    did_json = json.loads((kit / ".well-known" / "did.json").read_text(encoding="utf-8"))
    kids = {jwt_part(doc.vc_jwt, 0)["kid"] for doc in (first, second)}
    assert {method["id"] for method in did_json["verificationMethod"]} == kids and len(kids) == 2
    assert first.status_list == second.status_list
    published = kit / urlsplit(first.status_list).path.lstrip("/")
    bits, _valid_from = read_status_list(
        published.read_text(encoding="ascii").strip(),
        url=first.status_list,
        purpose="revocation",
        issuer=parse_did_document(DID, did_json, source="local"),
        now=datetime.now(UTC),
    )
    assert bit_is_set(bits, first.status_index) and not bit_is_set(bits, second.status_index)
