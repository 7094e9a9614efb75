"""Settings → Company: the details typed at setup can be changed later; the change is
audited (before and after), new documents print the new address, and documents already
issued keep what they were signed with."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from PIL import Image
from PySide6.QtCore import Qt

from sello.core.documents.issuance import DocumentIssuer
from sello.core.keys.profiles import get_profile
from sello.ui import dialogs
from sello.ui.pages.settings_page import SettingsPage
from tests.e2e.conftest import example
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.ui.shipment_helpers import company_context, settle, shot  # noqa: F401


def pdf_images(path: Path) -> int:
    """Image objects on page 1 (the QR is drawn as vectors: only a logo is an image)."""
    document = pdfium.PdfDocument(path)
    try:
        return sum(1 for obj in document[0].get_objects() if obj.type == pdfium_raw.FPDF_PAGEOBJ_IMAGE)
    finally:
        document.close()


def pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(path)
    try:
        return re.sub(r"\s+", " ", "".join(page.get_textpage().get_text_range() for page in document))
    finally:
        document.close()


def test_company_details_are_edited_audited_and_printed_on_new_documents_only(
    qtbot, company_context, tmp_path: Path
) -> None:
    context = company_context
    before = DocumentIssuer(context.db, context.key_manager).issue("mill-test-report", example("mill-test-report"))
    old_pdf = before.pdf_path.read_bytes()
    assert "Av. Industria Pesada 1200, Monterrey" in pdf_text(before.pdf_path)

    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    box = page.company_box
    assert box.name_edit.text() == "Aceros del Norte S.A. de C.V."
    assert box.part_edits["street"].text() == "Av. Industria Pesada 1200"  # the CLI's short names, read
    assert not box.save_button.isEnabled()  # nothing changed yet

    box.rfc_edit.setText("ADN05")
    assert not box.save_button.isEnabled() and "not a valid RFC" in box.problem_label.text()
    box.rfc_edit.setText("ADN0501014T3")
    box.part_edits["street"].setText("Av. Constitución 405 Pte.")
    box.part_edits["postal_code"].setText("64010")
    assert box.save_button.isEnabled()
    with qtbot.waitSignal(box.saved, timeout=5000):
        qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.status.text() == "Saved. New documents use these details; issued ones keep theirs."
    assert not box.save_button.isEnabled()

    profile = get_profile(context.db, context.profile_id)
    assert profile.address["streetAddress"] == "Av. Constitución 405 Pte."
    assert profile.address["postalCode"] == "64010" and profile.address["addressCountry"] == "MX"
    entry = context.db.audit_entries(subject=profile.id)[-1]
    assert entry.action == "profile.update" and entry.detail["fields"] == ["address"]
    assert entry.detail["before"]["address"]["street"] == "Av. Industria Pesada 1200"
    assert entry.detail["after"]["address"]["streetAddress"] == "Av. Constitución 405 Pte."

    assert before.pdf_path.read_bytes() == old_pdf  # issued: untouched
    after = DocumentIssuer(context.db, context.key_manager).issue("mill-test-report", example("mill-test-report"))
    text = pdf_text(after.pdf_path)
    assert "Av. Constitución 405 Pte., Monterrey" in text and "N.L., 64010, MX" in text

    assert pdf_images(before.pdf_path) == 0 and pdf_images(after.pdf_path) == 0

    # a logo (optional): chosen, previewed, printed on new documents only
    Image.new("RGB", (900, 300), (10, 70, 140)).save(tmp_path / "logo.jpg", "JPEG")
    dialogs.set_next_answer(tmp_path / "logo.jpg")
    with qtbot.waitSignal(box.logo.logo_changed, timeout=5000):
        qtbot.mouseClick(box.logo.logo_choose, Qt.MouseButton.LeftButton)
    assert not box.logo.logo_preview.pixmap().isNull() and box.logo.logo_remove.isEnabled()
    with_logo = DocumentIssuer(context.db, context.key_manager).issue("packing-list", example("packing-list"))
    assert pdf_images(with_logo.pdf_path) == 1 and pdf_images(after.pdf_path) == 0
    assert context.db.audit_entries(subject=context.profile_id)[-1].action == "profile.logo"

    with language("es"):
        assert box.title() == "Empresa"
        assert box.captions["logo"].text() == "Logotipo (opcional):"
        assert box.logo.logo_choose.text() == "Elegir imagen…"
        assert box.save_button.text() == "Guardar datos de la empresa"
        assert box.captions["name"].text() == "Razón social *:"
        assert box.status.text().startswith("Guardado. Los documentos nuevos usan estos datos")
        page.show()
        qtbot.waitExposed(page)
        settle()
        shot(page, "specs_settings_company", "es", tmp_path)
