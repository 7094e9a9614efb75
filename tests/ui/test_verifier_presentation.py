"""A presentation in the verifier window: each document it carries is listed with its own
verdict (the vp+jwt fixture made by jwcrypto, tests/data/peers)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sello.ui.verifier_window import VerifierWindow
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.ui.screenshots import save_screenshot

PEERS = Path(__file__).resolve().parents[1] / "data" / "peers" / "jwcrypto"


@pytest.fixture
def window(qtbot, app_context) -> Iterator[VerifierWindow]:
    created = VerifierWindow(app_context, online=False)
    qtbot.addWidget(created)
    created.resize(1366, 768)
    created.show()
    qtbot.waitExposed(created)
    yield created
    created.view.shutdown()


def verify(qtbot, window: VerifierWindow, path: Path):
    with qtbot.waitSignal(window.view.controller.verified, timeout=10_000) as verified:
        window.view.verify_file(path)
    return verified.args[0]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_vp_jwt_with_two_enveloped_credentials_lists_both(qtbot, window, tmp_path, lang: str) -> None:
    with language(lang):
        outcome = verify(qtbot, window, PEERS / "vp-jose-two-enveloped.jwt")
        assert outcome.verdict.color == "amber" and len(outcome.verdict.documents) == 2
        panel = window.view.verdict_panel
        text = panel.details.toPlainText()
        heading = "Documents in this presentation (2)" if lang == "en" else "Documentos en esta presentación (2)"
        assert heading in text
        for document in outcome.verdict.documents:  # each document's own fields
            assert document.credential["id"] in text
        assert text.count("Independent Peer Steel") >= 2
        save_screenshot(window, "verifier_presentation", lang, tmp_path)


def test_a_presentation_with_one_altered_document_is_red_and_says_which(qtbot, window, tmp_path) -> None:
    outcome = verify(qtbot, window, PEERS / "vp-jose-two-enveloped.tampered.jwt")
    assert outcome.verdict.color == "red"
    panel = window.view.verdict_panel
    assert panel.summary.text().startswith("Document 2 of 2:")
    assert [d.color for d in outcome.verdict.documents] == ["amber", "red"]
    save_screenshot(window, "verifier_presentation_red", "en", tmp_path)


def test_the_pdf_report_of_a_presentation_lists_its_documents(qtbot, window, tmp_path) -> None:
    import pypdfium2 as pdfium

    from sello.core.verification.report import render_verdict_report

    outcome = verify(qtbot, window, PEERS / "vp-jose-two-enveloped.tampered.jwt")
    pdf = pdfium.PdfDocument(render_verdict_report(outcome.verdict, lang="en"))
    try:
        text = pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    assert "1. AMBER" in text and "2. RED" in text and "Mill Test Report" in text
