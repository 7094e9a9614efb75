"""The specification check as a clerk meets it on the Shipments page: "Check" answers
"all correct" (with what the grade check found) in both languages; the summary panel
keeps its height while problems are fixed; an out-of-grade value must be confirmed in
the issue dialog before "Sign and issue" works, and the confirmation is audited."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.ui.shipment_helpers import (  # noqa: F401
    HEAT_FIELDS,
    MTR_FIELDS,
    company_context,
    fill_mtr,
    new_document,
    page,
    settle,
    shot,
    type_into,
)
from tests.ui.test_issue_flow import sign


def summary_lines(form) -> list[str]:
    return [form.summary.list.item(i).text() for i in range(form.summary.list.count())]


def test_check_says_all_correct_and_what_the_grade_check_found(qtbot, page, tmp_path: Path) -> None:
    form = new_document(qtbot, page)
    fill_mtr(qtbot, form)
    qtbot.mouseClick(page.editor.check_button, Qt.MouseButton.LeftButton)
    assert form.summary.isVisible() and form.summary.all_correct
    assert form.summary.heading.text() == "All correct: nothing is missing or wrong."
    assert summary_lines(form) == ["Every heat within ASTM A572/A572M Gr 50."]
    with language("es"):
        assert form.summary.heading.text() == "Todo correcto: no falta nada ni hay errores."
        assert form.summary.hint.text() == "El documento está listo para emitirse."
        assert summary_lines(form) == ["Todas las coladas dentro de ASTM A572/A572M Gr 50."]
        shot(page, "specs_check_all_correct", "es", tmp_path)


def test_the_summary_keeps_its_height_while_problems_are_fixed(qtbot, page) -> None:
    form = new_document(qtbot, page)
    for path, text in MTR_FIELDS.items():
        type_into(qtbot, form, path, text)
    qtbot.mouseClick(page.editor.check_button, Qt.MouseButton.LeftButton)
    settle()
    before = len(summary_lines(form))
    height = form.summary.height()
    scroll_top = form.scroll.mapTo(form, form.scroll.rect().topLeft()).y()
    type_into(qtbot, form, "heats[0].heat_number", "B25-00311")
    qtbot.waitUntil(lambda: len(summary_lines(form)) == before - 1)
    settle()
    assert form.summary.height() == height
    assert form.scroll.mapTo(form, form.scroll.rect().topLeft()).y() == scroll_top  # the form did not move
    for field, text in HEAT_FIELDS[0].items():
        if field != "heat_number":
            type_into(qtbot, form, f"heats[0].{field}", text)
    qtbot.waitUntil(lambda: form.summary.all_correct)  # fixed: green, same place, not gone
    settle()
    assert form.summary.isVisible() and form.summary.height() == height


def test_out_of_grade_value_must_be_confirmed_before_signing(qtbot, page, company_context, tmp_path: Path) -> None:
    form = new_document(qtbot, page)
    heats = [dict(HEAT_FIELDS[0], **{"chemistry.mn": "1.45"}), HEAT_FIELDS[1]]
    fill_mtr(qtbot, form, heats)
    type_into(qtbot, form, "product.standard", "ASTM A36/A36M-19", replace=True)
    type_into(qtbot, form, "product.grade", "A36", replace=True)
    qtbot.mouseClick(page.editor.check_button, Qt.MouseButton.LeftButton)
    assert form.summary.all_correct  # not an error: a value to confirm when issuing
    assert summary_lines(form)[0] == "Heat 1 › Mn: 1.45 % is outside ASTM A36/A36M (at most 1.35 %)"

    qtbot.mouseClick(page.editor.issue_button, Qt.MouseButton.LeftButton)
    dialog = page.issue_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.image_label.pixmap() is not None and not dialog.image_label.pixmap().isNull())
    panel = dialog.spec_panel
    assert panel.isVisible() and panel.needs_confirmation
    assert not dialog.issue_button.isEnabled()  # the preview is there, the confirmation is not
    assert "Heat 1 › Mn: 1.45 % is outside ASTM A36/A36M (at most 1.35 %)" in panel.body.text()
    with language("es"):
        assert panel.heading.text() == "Valores fuera de ASTM A36/A36M"
        assert "Colada 1 › Mn: 1.45 % está fuera de ASTM A36/A36M (máximo 1.35 %)" in panel.body.text()
        assert panel.confirm.text() == "Son correctos: emitir de todos modos"
        shot(dialog, "specs_issue_out_of_grade", "es", tmp_path)
    panel.confirm.setChecked(True)
    assert dialog.issue_button.isEnabled()
    document = sign(qtbot, dialog)
    actions = [e.action for e in company_context.db.audit_entries(subject=document.id)]
    assert actions == ["confirm-out-of-grade", "issue"]
    dialog.accept()


def test_the_documents_activity_names_the_confirmation_in_both_languages(qtbot, company_context) -> None:
    from sello.core.documents.issuance import DocumentIssuer
    from sello.ui.documents.audit_view import action_detail, action_name
    from tests.e2e.conftest import example

    data = example("mill-test-report")
    data["product"]["standard"], data["product"]["grade"] = "ASTM A36/A36M-19", "A36"
    data["heats"][0]["chemistry"]["mn"] = "1.45"
    issued = DocumentIssuer(company_context.db, company_context.key_manager).issue(
        "mill-test-report", data, confirm_out_of_grade=True
    )
    entry = company_context.db.audit_entries(subject=issued.id)[0]
    assert action_name(entry.action) == "Out-of-grade values confirmed"
    assert action_detail(entry) == "ASTM A36/A36M: Heat 1 › Mn: 1.45 % is outside ASTM A36/A36M (at most 1.35 %)"
    with language("es"):
        assert action_name(entry.action) == "Valores fuera del grado confirmados"
        assert (
            action_detail(entry) == "ASTM A36/A36M: Colada 1 › Mn: 1.45 % está fuera de ASTM A36/A36M (máximo 1.35 %)"
        )


def test_batch_dialog_names_impossible_and_out_of_grade_lines_and_can_confirm(
    qtbot, page, company_context, tmp_path: Path
) -> None:
    from tests.ui.test_issue_flow import mtr_csv, open_batch

    a36 = {"product.standard": "ASTM A36/A36M-19", "product.grade": "A36", "heats.1.chemistry.mn": "1.45"}
    text = mtr_csv(3, bad={2: {"heats.1.chemistry.mn": "85"}, 3: a36})
    dialog = open_batch(qtbot, page, text, tmp_path)
    assert dialog.confirm_box.isVisible() and not dialog.confirm_box.isChecked()
    with qtbot.waitSignal(dialog.finished_batch, timeout=30_000) as finished:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert len(finished.args[0].issued) == 1
    assert dialog.line_results() == {1: "issued", 2: "bad", 3: "bad"}
    lines = {int(dialog.results.topLevelItem(i).text(0)): dialog.results.topLevelItem(i) for i in range(3)}
    assert lines[2].text(2) == (
        "heats.1.chemistry.mn — Heat 1 › Mn: 85 % Mn is impossible in a steel (physical range of Mn: 0 to 30 %)"
    )
    assert lines[3].text(2) == "heats.1.chemistry.mn — Heat 1 › Mn: 1.45 % is outside ASTM A36/A36M (at most 1.35 %)"
    with language("es"):
        lines = {int(dialog.results.topLevelItem(i).text(0)): dialog.results.topLevelItem(i) for i in range(3)}
        assert "85 % de Mn es imposible en un acero (intervalo físico de Mn: 0 a 30 %)" in lines[2].text(2)
        assert lines[3].text(2).endswith("Colada 1 › Mn: 1.45 % está fuera de ASTM A36/A36M (máximo 1.35 %)")
        assert dialog.confirm_box.text().startswith("Emitir también las líneas con valores fuera de su grado")
        shot(dialog, "specs_batch_reasons", "es", tmp_path)

    again = open_batch(qtbot, page, mtr_csv(1, bad={1: a36}), tmp_path)  # the same line, confirmed
    again.confirm_box.setChecked(True)
    with qtbot.waitSignal(again.finished_batch, timeout=30_000) as finished:
        qtbot.mouseClick(again.start_button, Qt.MouseButton.LeftButton)
    [document] = finished.args[0].issued
    actions = [e.action for e in company_context.db.audit_entries(subject=document.id)]
    assert actions == ["confirm-out-of-grade", "issue"]
