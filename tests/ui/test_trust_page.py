"""The Trust page: publish the did:web kit, check the website, trusted operators and
trust lists (import, show, remove), a list this company operates, and bundles."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sello.core.documents.issuance import DocumentIssuer
from sello.core.keys.did import identifiers_for_key
from sello.core.keys.keypair import generate_key
from sello.core.trust.lists import TrustedIssuer, imported_trust_lists, new_trust_list, sign_trust_list, with_issuer
from sello.core.trust.publish import WebsiteDifference
from sello.core.trust.webresolve import HttpsFetcher
from sello.ui import dialogs, preferences
from sello.ui.context import AppContext
from sello.ui.pages.trust_page import TrustPage
from sello.ui.trust.website_check import describe_difference
from tests.e2e.conftest import company, example  # noqa: F401
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.ui.screenshots import save_screenshot
from tests.unit.core.conftest import https_server, test_ca  # noqa: F401
from tests.unit.core.trust_helpers import make_company

NOW = datetime.now(UTC).replace(microsecond=0)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_page(qtbot, context: AppContext) -> TrustPage:
    page = TrustPage(context)
    qtbot.addWidget(page)
    page.resize(948, 676)  # the page area of the main window at its default size
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot, company, app_context: AppContext) -> TrustPage:
    app_context.refresh_profiles()
    app_context.use_key_store(company.store)
    DocumentIssuer(company.db, company).issue("mill-test-report", example("mill-test-report"))
    return open_page(qtbot, app_context)


def chamber_list(member_did: str, *, name: str = "Acero mexicano confiable 2026") -> tuple[str, str]:
    """A steel chamber (did:key, Ed25519) signs a list naming the mill; returns (operator DID, token)."""
    chamber = generate_key("EdDSA")
    did, kid = identifiers_for_key(chamber.public, "key")
    trust_list = with_issuer(
        new_trust_list(name),
        TrustedIssuer(member_did, "Aceros del Norte S.A. de C.V.", "ADN0501014T3", "MX", ("mill",)),
    )
    token = sign_trust_list(
        trust_list,
        chamber,
        kid,
        operator_name="CANACERO",
        valid_from=NOW - timedelta(days=1),
        valid_until=NOW + timedelta(days=365),
    )
    return did, token


def trust_operator_through_ui(qtbot, page: TrustPage, did: str, name: str) -> None:
    panel = page.lists_panel
    before = panel.operators_tree.topLevelItemCount()
    panel.operator_did_edit.setText(did)
    panel.operator_name_edit.setText(name)
    click(qtbot, panel.add_operator_button)
    qtbot.waitUntil(lambda: panel.operators_tree.topLevelItemCount() == before + 1)


def test_publish_kit_into_a_folder(qtbot, page: TrustPage, company, tmp_path: Path) -> None:
    panel = page.publish_panel
    assert "did:web:acerosdelnorte.mx" in panel.identifiers_value.text()
    assert "https://acerosdelnorte.mx/.well-known/did.json" in panel.identifiers_value.text()
    assert not panel.no_web_note.isVisibleTo(page)
    kit = tmp_path / "kit"
    kit.mkdir()
    dialogs.set_next_answer(kit, dialogs.Answer.OK)
    click(qtbot, panel.publish_button)
    qtbot.waitUntil(lambda: (kit / "LEEME-README.txt").exists() and panel.last_written.text() != "")
    did_json = json.loads((kit / ".well-known" / "did.json").read_text())
    assert did_json["id"] == "did:web:acerosdelnorte.mx"
    assert (kit / ".well-known" / "status" / "1").read_text().count(".") == 2  # a signed vc+jwt
    assert "ESPAÑOL" in (kit / "LEEME-README.txt").read_text()
    assert panel.last_written.text() == (
        f"Written to {kit}: .well-known/did.json, .well-known/status/1, LEEME-README.txt"
    )
    assert [r.kind for r in dialogs.history] == ["directory", "info"]
    assert dialogs.history[1].text == f"The publishing kit is in {kit}."
    assert preferences.read(preferences.PUBLISH_FOLDER) == str(kit)


def test_check_my_website_before_and_after_upload(
    qtbot, app_context: AppContext, https_server, test_ca, tmp_path: Path
) -> None:
    mill = make_company(app_context.db, tmp_path / "keys", domain=https_server.host)
    app_context.set_profile(mill.profile.id)
    app_context.use_key_store(mill.manager.store)
    DocumentIssuer(app_context.db, mill.manager).issue("packing-list", example("packing-list"))
    page = open_page(qtbot, app_context)
    panel = page.publish_panel
    panel.fetcher_factory = lambda: HttpsFetcher(ssl_context=test_ca.client_context(), deadline=5)

    click(qtbot, panel.check_button)
    qtbot.waitUntil(lambda: panel.check_button.isEnabled())
    view = panel.check_view
    assert [d.kind for d in view.differences] == ["unreachable", "unreachable"]
    # a download that failed is said as such, not as "differences: write the kit again"
    assert view.headline.text().startswith("2 files could not be downloaded from your website (")
    assert "difference" not in view.headline.text()
    assert "Could not be downloaded:" in view.body.text() and "HTTP 404" in view.body.text()
    save_screenshot(page, "trust_page_website_differences", "en", tmp_path)
    with language("es"):
        assert view.headline.text().startswith("No se pudieron descargar 2 archivos de su sitio web (")
        assert "diferencia" not in view.headline.text()
        assert "No se pudo descargar:" in view.body.text()
        assert "el sitio web respondió “no encontrado” (HTTP 404)" in view.body.text()  # the reason, in Spanish
        save_screenshot(page, "trust_page_website_differences", "es", tmp_path)

    dialogs.set_next_answer(https_server.docroot, dialogs.Answer.OK)
    click(qtbot, panel.publish_button)
    qtbot.waitUntil(lambda: (https_server.docroot / "LEEME-README.txt").exists())
    click(qtbot, panel.check_button)
    qtbot.waitUntil(lambda: panel.check_button.isEnabled())
    assert view.differences == []
    assert view.headline.text().startswith("Your website serves exactly what this computer has (")
    with language("es"):
        assert view.headline.text().startswith("Su sitio web publica exactamente lo que tiene esta computadora (")
        save_screenshot(page, "trust_page_website_checked", "es", tmp_path)
    save_screenshot(page, "trust_page_website_checked", "en", tmp_path)


def test_differences_are_worded_in_the_ui_language(sello_app) -> None:
    missing = WebsiteDifference(
        "https://x.mx/.well-known/status/1",
        "is out of date ...",
        "revocations_not_published",
        {"signed": "2026-01-01T00:00:00Z", "count": "2", "documents": ""},
    )
    key = WebsiteDifference(
        "https://x.mx/.well-known/did.json", "is missing the key ...", "missing_key", {"key": "did:web:x.mx#abc"}
    )
    assert describe_difference(missing) == (
        "Is out of date: 2 revocations are not published yet. Upload the new status list."
    )
    assert describe_difference(WebsiteDifference("u", "some new English sentence")) == "some new English sentence"
    with language("es"):
        assert describe_difference(key) == "Le falta la llave did:web:x.mx#abc: suba el nuevo did.json."
        assert describe_difference(missing).startswith("Está desactualizada: 2 revocaciones")


def test_trusted_operator_then_import_show_and_remove_a_list(qtbot, page: TrustPage, company, tmp_path: Path) -> None:
    panel = page.lists_panel
    page.tabs.setCurrentWidget(panel)
    chamber_did, token = chamber_list(company.default_key().did)
    list_file = tmp_path / "canacero.jwt"
    list_file.write_text(token + "\n")

    dialogs.set_next_answer(list_file)  # before its operator is trusted: refused with the reason
    click(qtbot, panel.import_button)
    qtbot.waitUntil(lambda: dialogs.history[-1].kind == "error")
    assert "not an operator you trust" in dialogs.history[-1].text
    assert panel.lists_tree.topLevelItemCount() == 0

    trust_operator_through_ui(qtbot, page, chamber_did, "CANACERO")
    assert panel.operators_tree.topLevelItem(0).text(1) == chamber_did
    assert panel.notice.text() == "You now trust lists signed by CANACERO."

    dialogs.set_next_answer(list_file)
    click(qtbot, panel.import_button)
    qtbot.waitUntil(lambda: panel.lists_tree.topLevelItemCount() == 1)
    row = panel.lists_tree.topLevelItem(0)
    assert [row.text(c) for c in range(4)] == ["Acero mexicano confiable 2026", "CANACERO", "1", "1"]
    issuer = panel.issuers_tree.topLevelItem(0)
    assert [issuer.text(c) for c in range(4)] == [
        "Aceros del Norte S.A. de C.V.",
        "ADN0501014T3",
        "Mill",
        "did:web:acerosdelnorte.mx",
    ]
    assert panel.notice.text() == "Imported “Acero mexicano confiable 2026” (version 1, 1 issuer) from CANACERO."

    dialogs.set_next_answer(dialogs.Answer.CONFIRM)
    click(qtbot, panel.remove_list_button)
    qtbot.waitUntil(lambda: panel.lists_tree.topLevelItemCount() == 0)
    asked = dialogs.history[-1]
    assert asked.kind == "confirm" and asked.title == "Remove trust list"
    assert asked.affected == ("Aceros del Norte S.A. de C.V. (did:web:acerosdelnorte.mx)",)
    assert imported_trust_lists(company.db) == []

    dialogs.set_next_answer(dialogs.Answer.CONFIRM)
    panel.operators_tree.topLevelItem(0).setSelected(True)
    click(qtbot, panel.remove_operator_button)
    qtbot.waitUntil(lambda: panel.operators_tree.topLevelItemCount() == 0)


def test_operate_a_list_sign_it_and_import_it_elsewhere(qtbot, page: TrustPage, company, tmp_path: Path) -> None:
    panel = page.operated_panel
    page.tabs.setCurrentWidget(panel)
    panel.new_name_edit.setText("Acereras verificadas")
    click(qtbot, panel.create_button)
    qtbot.waitUntil(lambda: panel.current_list() is not None)
    assert not panel.sign_button.isEnabled()  # no issuers yet

    mill = company.default_key()
    panel.did_edit.setText(mill.did)
    panel.name_edit.setText("Aceros del Norte S.A. de C.V.")
    panel.rfc_edit.setText("adn0501014t3")  # normalised on saving
    panel.role_checks["broker"].setChecked(True)
    click(qtbot, panel.put_button)
    qtbot.waitUntil(lambda: panel.issuers_tree.topLevelItemCount() == 1)
    entry = panel.issuers_tree.topLevelItem(0)
    assert [entry.text(c) for c in range(4)] == [
        "Aceros del Norte S.A. de C.V.",
        "ADN0501014T3",
        "MX",
        "Mill, Customs broker",
    ]

    panel.did_edit.setText("did:key:zNotAKey")  # refused with the reason, nothing saved
    click(qtbot, panel.put_button)
    qtbot.waitUntil(lambda: bool(dialogs.history) and dialogs.history[-1].kind == "error")
    assert "not a valid DID" in dialogs.history[-1].text
    assert panel.issuers_tree.topLevelItemCount() == 1

    signed_file = tmp_path / "acereras"
    dialogs.set_next_answer(signed_file)
    panel.months_spin.setValue(6)
    click(qtbot, panel.sign_button)
    token_file = signed_file.with_name("acereras.jwt")
    qtbot.waitUntil(lambda: token_file.exists() and panel.notice.text().startswith("Signed version 1"))

    # a verifier who trusts this company as an operator imports the file
    lists = page.lists_panel
    trust_operator_through_ui(qtbot, page, mill.did, "Aceros del Norte")
    dialogs.set_next_answer(token_file)
    click(qtbot, lists.import_button)
    qtbot.waitUntil(lambda: lists.lists_tree.topLevelItemCount() == 1)
    imported = imported_trust_lists(company.db)[0]
    assert imported.trust_list.name == "Acereras verificadas" and imported.operator == mill.did
    valid_days = (datetime.fromisoformat(imported.valid_until.replace("Z", "+00:00")) - NOW).days
    assert 180 <= valid_days <= 184

    # changing the issuers and signing again raises the version
    panel.issuers_tree.topLevelItem(0).setSelected(True)
    assert panel.did_edit.text() == mill.did  # the form shows the chosen entry
    dialogs.set_next_answer(dialogs.Answer.CONFIRM)
    click(qtbot, panel.remove_button)
    qtbot.waitUntil(lambda: panel.issuers_tree.topLevelItemCount() == 0)
    panel.did_edit.setText(identifiers_for_key(generate_key().public, "key")[0])
    panel.name_edit.setText("Laminados del Bajío S.A. de C.V.")
    panel.rfc_edit.setText("LBA0101019Z8")
    click(qtbot, panel.put_button)
    qtbot.waitUntil(lambda: panel.issuers_tree.topLevelItemCount() == 1)
    dialogs.set_next_answer(signed_file)
    click(qtbot, panel.sign_button)
    qtbot.waitUntil(lambda: panel.notice.text().startswith("Signed version 2"))


def test_make_and_import_a_bundle_with_its_date(qtbot, page: TrustPage, company, tmp_path: Path) -> None:
    panel = page.bundle_panel
    page.tabs.setCurrentWidget(panel)
    target = tmp_path / "border-desk"
    dialogs.set_next_answer(target)
    click(qtbot, panel.make_button)
    bundle = target.with_name("border-desk.sello-bundle")
    qtbot.waitUntil(lambda: bundle.exists() and panel.made_label.text() != "")
    assert panel.made_label.text().startswith("Bundle of ")
    assert panel.made_label.text().endswith(". Trust lists: 0; DID documents: 1; status lists: 1.")
    body = json.loads(bundle.read_text())
    assert body["format"] == "sello-trust-bundle" and len(body["members"]) == 2

    # a bundle is imported only from a trusted operator: trust this company as one
    trust_operator_through_ui(qtbot, page, company.default_key().did, "Aceros del Norte")
    dialogs.set_next_answer(bundle)
    click(qtbot, panel.import_button)
    qtbot.waitUntil(lambda: panel.last_import is not None)
    report = panel.last_import
    assert report.did_documents == ["did:web:acerosdelnorte.mx"]
    assert report.status_lists == ["https://acerosdelnorte.mx/.well-known/status/1"] and report.refused == []
    text = panel.imported_label.text()
    assert text.startswith("Bundle of ") and " from Aceros del Norte imported. Trust lists: 0; " in text
    created = datetime.fromisoformat(report.created.replace("Z", "+00:00"))
    assert abs((created - datetime.now(UTC)).total_seconds()) < 120


@pytest.mark.parametrize("lang", ["en", "es"])
def test_screenshots_with_data(qtbot, page: TrustPage, company, lang: str, tmp_path: Path) -> None:
    mill = company.default_key()
    chamber_did, token = chamber_list(mill.did)
    trust_operator_through_ui(qtbot, page, chamber_did, "CANACERO")
    list_file = tmp_path / "list.jwt"
    list_file.write_text(token)
    dialogs.set_next_answer(list_file)
    click(qtbot, page.lists_panel.import_button)
    qtbot.waitUntil(lambda: page.lists_panel.lists_tree.topLevelItemCount() == 1)
    operated = page.operated_panel
    operated.new_name_edit.setText("Acereras verificadas 2026")
    click(qtbot, operated.create_button)
    qtbot.waitUntil(lambda: operated.current_list() is not None)
    operated.did_edit.setText(mill.did)
    operated.name_edit.setText("Aceros del Norte S.A. de C.V.")
    operated.rfc_edit.setText("ADN0501014T3")
    click(qtbot, operated.put_button)
    qtbot.waitUntil(lambda: operated.issuers_tree.topLevelItemCount() == 1)
    dialogs.set_next_answer(tmp_path / "b.sello-bundle")
    click(qtbot, page.bundle_panel.make_button)
    qtbot.waitUntil(lambda: page.bundle_panel.made_label.text() != "")
    with language(lang):
        for index, name in enumerate(("publishing", "lists", "operated", "bundles")):
            page.tabs.setCurrentIndex(index)
            path = save_screenshot(page, f"trust_page_{name}", lang, tmp_path)
            assert path.stat().st_size > 10_000


def test_without_did_web_there_is_nothing_to_publish(qtbot, app_context: AppContext, tmp_path: Path) -> None:
    mill = make_company(app_context.db, tmp_path / "keys", did_method="key")
    app_context.set_profile(mill.profile.id)
    page = open_page(qtbot, app_context)
    panel = page.publish_panel
    assert panel.no_web_note.isVisibleTo(page) and not panel.identifiers_value.isVisibleTo(page)
    assert not panel.publish_button.isEnabled() and not panel.check_button.isEnabled()
    assert "no did:web identifier" in panel.no_web_note.text()
