"""The dialogs module: pre-set answers, destructive confirmations, file dialogs, never exec()."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from sello.ui import dialogs
from tests.ui.fixtures import language, sello_app  # noqa: F401
from tests.ui.screenshots import save_screenshot

UI_SOURCES = Path(__file__).resolve().parents[2] / "app" / "sello" / "ui"


@pytest.fixture(autouse=True)
def no_blocking_exec(monkeypatch: pytest.MonkeyPatch, sello_app: QApplication) -> Iterator[None]:
    """Any exec() on a dialog during these tests is a failure, not a hang."""

    def refuse(self: QDialog, *args: object) -> int:
        raise AssertionError(f"{type(self).__name__}.exec() called: dialogs must use open()")

    for cls in (QDialog, QMessageBox, QFileDialog):
        monkeypatch.setattr(cls, "exec", refuse)
    yield


class Calls:
    def __init__(self) -> None:
        self.events: list[object] = []

    def confirmed(self) -> None:
        self.events.append("confirmed")

    def cancelled(self) -> None:
        self.events.append("cancelled")

    def chosen(self, path: Path) -> None:
        self.events.append(path)


def ask_to_delete_key(calls: Calls, parent=None) -> QMessageBox | None:
    return dialogs.confirm_destructive(
        parent,
        title="Delete key",
        message="Delete the private key “Firma 2026”?",
        verb="Delete private key",
        affected=["Private key 3F2A 91C0 (ES384)", "12 issued documents stay valid"],
        on_confirmed=calls.confirmed,
        on_cancelled=calls.cancelled,
        second_warning="This cannot be undone. Without a backup, nobody can sign with this key again.",
    )


def test_pre_set_answers_run_callbacks_without_showing_anything() -> None:
    calls = Calls()
    dialogs.set_next_answer(dialogs.Answer.CONFIRM)
    assert (
        dialogs.confirm(
            None,
            title="Issue",
            message="Issue 3 documents?",
            verb="Issue 3 documents",
            on_confirmed=calls.confirmed,
            on_cancelled=calls.cancelled,
        )
        is None
    )
    dialogs.set_next_answer(dialogs.Answer.CANCEL)
    dialogs.confirm(
        None,
        title="Issue",
        message="Issue again?",
        verb="Issue",
        on_confirmed=calls.confirmed,
        on_cancelled=calls.cancelled,
    )
    assert calls.events == ["confirmed", "cancelled"]
    assert [(r.kind, r.text, r.answer) for r in dialogs.history] == [
        ("confirm", "Issue 3 documents?", dialogs.Answer.CONFIRM),
        ("confirm", "Issue again?", dialogs.Answer.CANCEL),
    ]
    assert dialogs.open_dialogs() == [] and dialogs.pending_answers() == 0


def test_private_key_deletion_warns_twice() -> None:
    calls = Calls()
    dialogs.set_next_answer(dialogs.Answer.CONFIRM, dialogs.Answer.CONFIRM)
    ask_to_delete_key(calls)
    assert calls.events == ["confirmed"]
    assert [r.text for r in dialogs.history] == [
        "Delete the private key “Firma 2026”?",
        "This cannot be undone. Without a backup, nobody can sign with this key again.",
    ]
    assert dialogs.history[0].affected == ("Private key 3F2A 91C0 (ES384)", "12 issued documents stay valid")

    dialogs.reset()
    dialogs.set_next_answer(dialogs.Answer.CONFIRM, dialogs.Answer.CANCEL)
    ask_to_delete_key(calls)
    assert calls.events == ["confirmed", "cancelled"]


def test_destructive_box_names_the_verb_defaults_to_cancel_and_lists_what_is_affected(qtbot) -> None:
    calls = Calls()
    box = ask_to_delete_key(calls)
    assert box is not None and box.isVisible() and box.isModal()
    texts = [b.text() for b in box.buttons()]
    assert sorted(texts) == ["Cancel", "Delete private key"]
    assert box.defaultButton().text() == "Cancel" and box.escapeButton().text() == "Cancel"
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.informativeText() == "• Private key 3F2A 91C0 (ES384)\n• 12 issued documents stay valid"

    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert calls.events == ["cancelled"] and dialogs.history[-1].answer is dialogs.Answer.CANCEL

    first = ask_to_delete_key(calls)
    verb = next(b for b in first.buttons() if b.text() == "Delete private key")
    qtbot.mouseClick(verb, Qt.MouseButton.LeftButton)
    second = next(d for d in dialogs.open_dialogs() if d is not first)
    assert second.text().startswith("This cannot be undone")
    assert second.defaultButton().text() == "Cancel"
    assert calls.events == ["cancelled"]  # not yet: the second warning is still open
    qtbot.mouseClick(next(b for b in second.buttons() if b.text() == "Delete private key"), Qt.MouseButton.LeftButton)
    assert calls.events == ["cancelled", "confirmed"]


def test_long_lists_of_affected_items_are_counted_not_flooded() -> None:
    box = dialogs.confirm_destructive(
        None,
        title="Revoke",
        message="Revoke 15 documents?",
        verb="Revoke 15 documents",
        affected=[f"MTR-{n:03d}" for n in range(15)],
        on_confirmed=lambda: None,
    )
    lines = box.informativeText().splitlines()
    assert lines[:2] == ["• MTR-000", "• MTR-001"] and len(lines) == dialogs.MAX_LISTED + 1
    assert lines[-1] == "…and 3 more"
    box.close()


def test_messages_show_their_sentence_and_call_back_when_closed(qtbot) -> None:
    closed: list[bool] = []
    box = dialogs.show_error(
        None, "The PDF could not be written: the disk is full.", on_closed=lambda: closed.append(True)
    )
    assert box.text() == "The PDF could not be written: the disk is full."
    assert [b.text() for b in box.buttons()] == ["OK"]
    qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
    assert closed == [True] and dialogs.history[-1].answer is dialogs.Answer.OK

    dialogs.set_next_answer(dialogs.Answer.OK)
    assert dialogs.show_info(None, "Saved.", on_closed=lambda: closed.append(True)) is None
    assert closed == [True, True]


def test_file_dialogs_take_pre_set_paths_and_cancel(tmp_path: Path) -> None:
    calls = Calls()
    target = tmp_path / "MTR-001.pdf"
    dialogs.set_next_answer(target, dialogs.Answer.CANCEL, str(tmp_path))
    dialogs.choose_save_file(None, title="Save PDF", name_filters=["PDF (*.pdf)"], on_chosen=calls.chosen)
    dialogs.choose_open_file(None, title="Open", name_filters=["Images (*.png *.jpg)"], on_chosen=calls.chosen)
    dialogs.choose_directory(None, title="Folder", on_chosen=calls.chosen)
    assert calls.events == [target, tmp_path]
    assert [r.kind for r in dialogs.history] == ["save-file", "open-file", "directory"]


def test_an_answer_that_does_not_fit_the_dialog_is_a_test_error() -> None:
    dialogs.set_next_answer(Path("/tmp/x.pdf"))
    with pytest.raises(AssertionError, match="does not fit a confirm dialog"):
        dialogs.confirm(None, title="t", message="m", verb="Go", on_confirmed=lambda: None)


def test_real_save_dialog_is_non_blocking_and_reports_the_choice(qtbot, tmp_path: Path) -> None:
    calls = Calls()
    dialog = dialogs.choose_save_file(
        None,
        title="Save PDF",
        name_filters=["PDF documents (*.pdf)"],
        on_chosen=calls.chosen,
        suggested=tmp_path / "MTR-001.pdf",
    )
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    dialog.accept()
    assert calls.events == [tmp_path / "MTR-001.pdf"]


def test_no_ui_module_calls_exec_on_a_dialog() -> None:
    offenders = []
    for path in UI_SOURCES.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            if re.search(r"\.exec_?\(", code) and not re.search(r"\bapp\.exec\(\)", code):
                offenders.append(f"{path.relative_to(UI_SOURCES)}:{number}: {line.strip()}")
            if (
                re.search(
                    r"QMessageBox\.(information|warning|critical|question|about)\(|"
                    r"QFileDialog\.get\w+\(",
                    code,
                )
                and path.name != "dialogs.py"
            ):
                offenders.append(f"{path.relative_to(UI_SOURCES)}:{number}: {line.strip()}")
    assert offenders == []


@pytest.mark.parametrize("lang", ["es", "en"])
def test_dialog_screenshots(qtbot, tmp_path: Path, lang: str) -> None:
    with language(lang):
        calls = Calls()
        box = dialogs.confirm_destructive(
            None,
            title="Revocar documento" if lang == "es" else "Revoke document",
            message=(
                "¿Revocar el certificado MTR-2026-0142? Los verificadores lo rechazarán."
                if lang == "es"
                else "Revoke Mill Test Report MTR-2026-0142? Verifiers will reject it."
            ),
            verb="Revocar documento" if lang == "es" else "Revoke document",
            affected=["MTR-2026-0142 · Aceros del Norte → Steel Importers LLC", "Factura A-0091"],
            on_confirmed=calls.confirmed,
        )
        qtbot.waitExposed(box)
        assert box.defaultButton().text() == ("Cancelar" if lang == "es" else "Cancel")
        save_screenshot(box, "dialog_confirm_destructive", lang, tmp_path)
        box.close()
        error = dialogs.show_error(
            None,
            "No se pudo guardar el PDF: el disco está lleno."
            if lang == "es"
            else "The PDF could not be saved: the disk is full.",
        )
        qtbot.waitExposed(error)
        assert error.buttons()[0].text() == ("Aceptar" if lang == "es" else "OK")
        save_screenshot(error, "dialog_error", lang, tmp_path)
        error.close()
