"""The form editors follow the field-type registry: the widget its editor kind names, the
example hint in the UI language, numbers right-aligned, a pedimento shown spaced."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sello.core.documents.doctypes import FieldDef, Text, Validation
from sello.core.documents.fieldtypes import REGISTRY
from sello.core.documents.subject_paths import EMPTY_PATH
from sello.ui.forms.editors import (
    CodeFieldEditor,
    DateFieldEditor,
    EnumFieldEditor,
    LineFieldEditor,
    MultilineFieldEditor,
    make_editor,
)
from tests.ui.fixtures import language, sello_app  # noqa: F401

WIDGET_OF_EDITOR_KIND = {
    "line": LineFieldEditor,
    "number": LineFieldEditor,
    "email": LineFieldEditor,
    "date": DateFieldEditor,
    "multiline": MultilineFieldEditor,
    "code": CodeFieldEditor,
    "enum": EnumFieldEditor,
}


def _field(kind: str) -> FieldDef:
    return FieldDef("f", Text("Campo", "Field"), kind, "field", EMPTY_PATH, validation=Validation())


def test_each_type_gets_the_widget_of_its_editor_kind(sello_app: QApplication) -> None:
    for name, kind in REGISTRY.items():
        editor = make_editor(_field(name))
        assert type(editor) is WIDGET_OF_EDITOR_KIND[kind.editor], name
        if isinstance(editor, LineFieldEditor) and kind.numeric:
            assert editor.line.alignment() & Qt.AlignmentFlag.AlignRight, name
        editor.deleteLater()


def test_the_example_hint_follows_the_language(sello_app: QApplication) -> None:
    with language("es"):
        editor = make_editor(_field("hs_code"))
        assert isinstance(editor, LineFieldEditor)
        assert editor.line.placeholderText() == "p. ej. 7208.51.0060"
        date = make_editor(_field("date"))
        assert isinstance(date, LineFieldEditor) and date.line.placeholderText() == "AAAA-MM-DD"
    editor.retranslate("en")
    assert editor.line.placeholderText() == "e.g. 7208.51.0060"
    assert make_editor(_field("decimal")).input.property("placeholderText") == ""


def test_a_pedimento_is_shown_spaced_once_the_user_leaves_it(sello_app: QApplication) -> None:
    editor = make_editor(_field("pedimento"))
    assert isinstance(editor, LineFieldEditor)
    editor.line.setText("262434206001234")
    editor.tidy()
    assert editor.line.text() == "26  24  3420  6001234"
    editor.set_value("262434206001234")
    assert editor.line.text() == "26  24  3420  6001234"
    editor.line.setText("26 99")  # wrong: left as typed, validation says why
    editor.tidy()
    assert editor.line.text() == "26 99"
