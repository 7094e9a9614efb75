"""Whole verifier journeys: a mill issues with its did:web key, the paper is photographed and
verified in the verifier window on the same computer; revoked, it turns red; the main
window's Verify page does the same; `sello verify-window` starts without any company."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium

from sello.core.documents.issuance import DocumentIssuer
from sello.core.trust.statuslist import revoke
from sello.core.verification.history import search_verifications
from sello.ui import dialogs
from sello.ui.main_window import MainWindow
from sello.ui.pages.verify_page import VerifyPage
from sello.ui.verifier_window import VerifierWindow
from tests.e2e.conftest import example
from tests.ui.fixtures import app_context, sello_app  # noqa: F401

TIMEOUT_MS = 15_000


def photograph(pdf_path: Path, target: Path, dpi: int = 150) -> Path:
    """The first page as a phone would keep it: 150 dpi, JPEG."""
    document = pdfium.PdfDocument(pdf_path)
    try:
        document[0].render(scale=dpi / 72).to_pil().convert("RGB").save(target, quality=85)
    finally:
        document.close()
    return target


def test_issue_photograph_verify_revoke(qtbot, company, app_context, tmp_path: Path) -> None:
    issued = DocumentIssuer(company.db, company).issue("mill-test-report", example("mill-test-report"))
    photo = photograph(issued.pdf_path, tmp_path / "mtr-photo.jpg")

    window = VerifierWindow(app_context, online=False, start_camera=False)
    qtbot.addWidget(window)
    window.show()
    dialogs.set_next_answer(photo)
    with qtbot.waitSignal(window.view.controller.verified, timeout=TIMEOUT_MS) as first:
        window.open_action.trigger()
    verdict = first.args[0].verdict
    assert verdict.vc_jwt == issued.vc_jwt and verdict.issuer.startswith("did:web:acerosdelnorte.mx")
    outcomes = {c.name: (c.outcome, c.code) for c in verdict.checks}
    assert outcomes["signature"] == ("passed", "signature.valid")
    assert outcomes["issuer_key"] == ("passed", "issuer_key.local")  # this computer's own did:web key
    assert outcomes["status"] == ("passed", "status.valid_as_of")
    assert outcomes["trust"] == ("warning", "trust.not_listed") and verdict.color == "amber"

    revoke(company.db, issued.id, "heat number typo")
    window.view.scan_field.setFocus()
    with qtbot.waitSignal(window.view.controller.verified, timeout=TIMEOUT_MS) as second:
        qtbot.keyClicks(window.view.scan_field, issued.td1)
        qtbot.keyClick(window.view.scan_field, "\r")
    assert second.args[0].verdict.color == "red"
    assert window.view.verdict_panel.summary.text().startswith("REVOKED: the issuer revoked this document")

    qtbot.waitUntil(lambda: window.history.model.rowCount() == 2)
    records = search_verifications(app_context.db)
    assert [(r.verdict, r.source, r.title) for r in records] == [
        ("red", "scanner", "MTR-2024-031187"),
        ("amber", "file", "MTR-2024-031187"),
    ]
    window.view.shutdown()


def test_main_window_verify_page(qtbot, company, app_context) -> None:
    issuer = DocumentIssuer(company.db, company)
    signed = issuer.sign("packing-list", example("packing-list"))
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("verify")
    assert isinstance(page, VerifyPage)
    with qtbot.waitSignal(page.view.controller.verified, timeout=TIMEOUT_MS) as verified:
        page.view.verify_scanner_text(signed.td1 + "\r\n")
    assert verified.args[0].verdict.check("signature").outcome == "passed"
    assert page.view.verdict_panel.color == "amber"
    qtbot.waitUntil(lambda: page.history.model.rowCount() == 1)
    page.view.shutdown()


def test_verify_window_command_starts_without_a_company(tmp_path: Path) -> None:
    home = tmp_path / "border-desk"
    env = {k: v for k, v in os.environ.items() if k != "SELLO_HOME"}
    env.update(QT_QPA_PLATFORM="offscreen", SELLO_STARTUP_PROBE="1")
    result = subprocess.run(
        [sys.executable, "-m", "sello", "--home", str(home), "verify-window"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("sello-startup-ready ")
    assert (home / "sello.db").exists()
    assert "verifier window" in (home / "logs" / "sello.log").read_text()
