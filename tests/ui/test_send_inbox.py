"""Enviar… / Send…, the outbox on the Documents page, and Recibidos / Inbox, against a real
`sello serve` on loopback HTTPS (throwaway CA, real OAuth tokens), in both languages, with
screenshots (``SELLO_SCREENSHOT_DIR`` keeps them)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from sello.core.documents.issuance import DocumentIssuer, IssuedDocument
from sello.core.exchange.presentations import sign_presentation
from sello.core.exchange.recipients import RecipientBook
from sello.core.exchange.sender import OutboxSender, build_presentation, queue_documents
from sello.core.storage.db import Database
from sello.ui import dialogs
from sello.ui.context import AppContext
from sello.ui.main_window import MainWindow
from sello.ui.pages.documents_page import DocumentsPage
from sello.ui.pages.inbox_page import InboxPage
from sello.ui.send import work
from tests.e2e.conftest import company, example  # noqa: F401
from tests.https_server import TestCertificateAuthority
from tests.server.process import ServerProcess, free_port
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.ui.screenshots import save_screenshot
from tests.verifier_documents import make_mill, trust_the_mill

PAGE_SIZE = (948, 676)
BROKER = "Agencia Aduanal Laredo"
WRONG = "Importadora Houston"
OFFLINE = "Almacén Monterrey"


@pytest.fixture(scope="module")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    root = tmp_path_factory.mktemp("broker")
    server = ServerProcess(
        root / "home", free_port(), TestCertificateAuthority.create(root / "ca"), log_path=root / "serve.log"
    )
    server.setup_company()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def issued(company) -> list[IssuedDocument]:
    issuer = DocumentIssuer(company.db, company)
    return [issuer.issue(t, example(t)) for t in ("mill-test-report", "commercial-invoice", "packing-list")]


@pytest.fixture
def page(qtbot, company, issued, app_context: AppContext, broker: ServerProcess, monkeypatch) -> DocumentsPage:
    monkeypatch.setattr(work, "ssl_context_factory", broker.ca.client_context)
    app_context.refresh_profiles()
    app_context.use_key_store(company.store)
    book = RecipientBook(company.db, company.profile_id, company.store)
    token_url = broker.base_url + "/oauth/token"
    book.save(BROKER, broker.did, broker.client_id, token_url, secret=broker.client_secret)
    book.save(WRONG, broker.did, broker.client_id, token_url, secret="secreto-equivocado")
    down = f"https://127.0.0.1:{free_port()}/oauth/token"  # nothing listens there
    book.save(OFFLINE, broker.did, broker.client_id, down, secret=broker.client_secret)
    widget = DocumentsPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(*PAGE_SIZE)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.chain_result is not None)
    return widget


def _select(page: DocumentsPage, *ids: str) -> None:
    page._select_ids(set(ids))
    page.outbox_panel.update_selection()


def _send(qtbot, page: DocumentsPage, recipient: str, instance: str, shot: str, lang: str, tmp_path: Path):
    assert page.outbox_panel.send_button.isEnabled()
    page.outbox_panel.send_button.click()
    dialog = page.outbox_panel.send_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.recipient_combo.setCurrentIndex(dialog.recipient_combo.findText(recipient))
    dialog.instance_edit.setText(instance)
    save_screenshot(dialog, f"{shot}_before", lang, tmp_path)
    dialog.add_recipient()
    assert dialog.recipient_dialog is not None
    qtbot.waitExposed(dialog.recipient_dialog)
    save_screenshot(dialog.recipient_dialog, "send_new_recipient", lang, tmp_path)
    assert dialog.recipient_dialog.secret_edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.recipient_dialog.reject()
    with qtbot.waitSignal(dialog.sent, timeout=30_000) as sent:
        dialog.send_button.click()
    save_screenshot(dialog, shot, lang, tmp_path)
    status = dialog.status_label.text()
    dialog.reject()
    return sent.args[0], status


@pytest.mark.parametrize("lang", ["en", "es"])
def test_send_dialog_outbox_and_retry(qtbot, page: DocumentsPage, issued, company, broker, lang, tmp_path) -> None:
    mtr, invoice, packing = issued
    with language(lang):
        _select(page, mtr.id, invoice.id)
        outcome, status = _send(qtbot, page, BROKER, "EMB-2026-0042", "send_dialog", lang, tmp_path)
        assert outcome.outcome == "delivered"
        assert status.startswith("\u2713 Entregado a" if lang == "es" else "\u2713 Delivered to")
        _select(page, packing.id)
        outcome, status = _send(qtbot, page, WRONG, "EMB-2026-0043", "send_dialog_failed", lang, tmp_path)
        assert outcome.outcome == "failed" and outcome.entry.last_status == 401
        assert ("client id o secreto" if lang == "es" else "client id or secret") in status
        _select(page, invoice.id)  # a partner that is down: the delivery waits and is retried by itself
        outcome, status = _send(qtbot, page, OFFLINE, "EMB-2026-0044", "send_dialog_waiting", lang, tmp_path)
        assert outcome.outcome == "retry" and outcome.entry.state == "pending"
        assert (
            "intentará de nuevo. Espera en la bandeja" if lang == "es" else "will try again. It waits in the outbox"
        ) in status
        page.refresh()
        panel = page.outbox_panel
        rows = {
            panel.problems.topLevelItem(i).text(1): panel.problems.topLevelItem(i)
            for i in range(panel.problems.topLevelItemCount())
        }
        assert set(rows) == {WRONG, OFFLINE} and panel.retry_button.isVisible()
        assert ("rechazó" if lang == "es" else "refused") in rows[WRONG].text(3)
        assert rows[OFFLINE].text(2) == ("En espera de reintento" if lang == "es" else "Waiting to retry")
        counts = panel.counts_label.text()
        assert counts == (
            "Bandeja de salida: 1 entregados, 1 en espera, 1 fallidos"
            if lang == "es"
            else "Outbox: 1 delivered, 1 waiting, 1 failed"
        )
        _select(page, mtr.id)
        shown = page.details.audit_view.entries_shown()
        save_screenshot(page, "outbox_documents_page", lang, tmp_path)
        actions = [action for _, action, _ in shown]
        assert ("Aceptado por el destinatario" if lang == "es" else "Accepted by recipient") in actions
        # fix the secret, then Retry: delivered, nothing left to look at
        RecipientBook(company.db, company.profile_id, company.store).save(
            WRONG, broker.did, broker.client_id, broker.base_url + "/oauth/token", secret=broker.client_secret
        )
        panel.problems.clearSelection()
        rows[WRONG].setSelected(True)
        assert panel.retry_button.isEnabled()
        with qtbot.waitSignal(panel.changed, timeout=30_000):
            panel.retry_button.click()
        assert [panel.problems.topLevelItem(i).text(1) for i in range(panel.problems.topLevelItemCount())] == [OFFLINE]
        assert page.outbox_panel.counts_label.text().startswith(
            "Bandeja de salida: 2 entregados" if lang == "es" else "Outbox: 2 delivered"
        )


@pytest.fixture
def received(tmp_path: Path, sello_home: Path) -> Iterator[dict[str, str]]:
    """The app's data folder is a broker's: a mill sends it an MTR and an invoice (green), a
    packing list, and a forged MTR (red), through its real `sello serve`."""
    root = tmp_path / "wall"
    ca = TestCertificateAuthority.create(root / "ca")
    mill = make_mill(root / "mill")
    issuer = DocumentIssuer(mill.db, mill.manager, out_dir=root / "mill" / "out")
    signed = issuer.sign("commercial-invoice", example("commercial-invoice"))
    invoice = issuer.record(signed, issuer.render(signed))
    server = ServerProcess(sello_home, free_port(), ca)
    server.setup_company()
    with Database.in_folder(sello_home) as db:
        trust_the_mill(db, mill)
    server.start()
    try:
        book = RecipientBook(mill.db, mill.manager.profile_id, mill.manager.store)
        recipient = book.save(
            BROKER, server.did, server.client_id, server.base_url + "/oauth/token", secret=server.client_secret
        )
        ids = {}
        with OutboxSender(mill.db, mill.manager.profile_id, book, ssl_context=ca.client_context()) as sender:
            mtr_pl = queue_documents(
                mill.db, mill.manager, recipient, [mill.mtr.issued.id, invoice.id], workflow_instance=("EMB-2026-0042",)
            )
            ids["green"] = mtr_pl.id
            forged = mill.forged_mtr.vc_jwt
            key = mill.manager.default_key()
            body = build_presentation(
                [forged], key.did, ["https://w3id.org/traceability#SteelShipment"], ["EMB-2026-0043"]
            )
            sender.outbox.enqueue(
                body["id"],
                recipient.id,
                recipient.name,
                [],
                sign_presentation(body, mill.manager.load_private(key.id), key.kid),
            )
            ids["red"] = body["id"]
            assert [o.outcome for o in sender.deliver_due()] == ["delivered", "delivered"]
        yield ids
    finally:
        server.stop()
        mill.close()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_inbox_lists_verdicts_filters_and_opens_in_verify(
    qtbot, received, app_context: AppContext, lang, tmp_path
) -> None:
    app_context.refresh_profiles()
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(1120, 720)
    window.show()
    qtbot.waitExposed(window)
    with language(lang):
        inbox = window.show_page("inbox")
        assert isinstance(inbox, InboxPage)
        assert inbox.model.rowCount() == 2
        verdicts = {inbox.model.entry_at(r).id: inbox.model.entry_at(r).verdict for r in range(2)}
        assert verdicts == {received["green"]: "green", received["red"]: "red"}
        assert inbox.select_presentation(received["green"])
        assert inbox.documents.topLevelItemCount() == 2
        assert all(inbox.documents.topLevelItem(i).text(0).startswith("\u2713") for i in range(2))
        save_screenshot(window, "inbox", lang, tmp_path)
        inbox.verdict_filter.setCurrentIndex(3)  # invalid only
        assert inbox.model.rowCount() == 1 and inbox.model.entry_at(0).id == received["red"]
        inbox.select_presentation(received["red"])
        save_screenshot(window, "inbox_red", lang, tmp_path)
        inbox.verdict_filter.setCurrentIndex(0)
        inbox.search_edit.setText("EMB-2026-0042")
        assert inbox.model.rowCount() == 1
        target = tmp_path / f"recibidos-{lang}"
        dialogs.set_next_answer(target, dialogs.Answer.OK)  # where to save; then acknowledge "Saved"
        inbox.export_shown()
        qtbot.waitUntil(lambda: target.with_suffix(".json").exists() and dialogs.pending_answers() == 0)
        exported = json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))["presentations"]
        assert [(p["id"], p["verdict"], len(p["credentials"])) for p in exported] == [(received["green"], "green", 2)]
        assert all(c["credential"].count(".") == 2 for c in exported[0]["credentials"])  # each vc+jwt as it arrived
        inbox.search_edit.clear()
        inbox.select_presentation(received["green"])
        inbox.documents.setCurrentItem(inbox.documents.topLevelItem(0))
        verify = window.page_widget("verify") or window.show_page("verify")
        window.show_page("inbox")
        with qtbot.waitSignal(verify.view.controller.verified, timeout=30_000) as got:
            inbox.open_in_verify()
        assert window.current_page_key() == "verify" and got.args[0].verdict.color == "green"
        save_screenshot(window, "inbox_opened_in_verify", lang, tmp_path)
    window.close()
