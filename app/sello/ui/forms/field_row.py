"""One field of a form: its label (with * when required), the editor, the unit, the
help text, and the problem with its value, shown right under it as the user types."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget

from sello.core.documents import refdata
from sello.core.documents.doctypes import FieldDef
from sello.core.documents.fieldtypes import type_of
from sello.core.documents.validation import REQUIRED, validate_field
from sello.ui.forms.editors import FieldEditor, make_editor
from sello.ui.forms.language import local, ui_language

ERROR_COLOUR = "#b3261e"


def unit_text(field: FieldDef) -> str:
    """What is printed after the box: "kg", "%", "MPa", "°C"."""
    symbol = refdata.unit_symbol(field.unit)
    return symbol or type_of(field).unit_symbol


class FieldRow(QWidget):
    """``path`` is the field's concrete path in the form ("heats[0].chemistry.c")."""

    edited = Signal(str)  # path
    focused = Signal(str)  # path

    def __init__(self, field: FieldDef, path: str, *, show_help: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.path = path
        self.show_help = show_help
        self.touched = False  # the user left the field once: "required" may be shown now
        self._message: dict[str, str] | None = None
        self.setObjectName(f"field:{path}")

        self.label = QLabel()
        self.label.setWordWrap(False)
        self.editor: FieldEditor = make_editor(field)
        self.label.setBuddy(self.editor.input)
        self.unit_label = QLabel(unit_text(field))
        self.help_label = QLabel()
        self.help_label.setObjectName("fieldHelp")
        self.help_label.setWordWrap(True)
        self.help_label.setStyleSheet("color: palette(placeholder-text);")
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # One slot under the editor, always one line high at least: the help, or the error in
        # its place. Nothing below moves when an error appears or goes (it used to add a line).
        self.note = QWidget()
        self.note.setMinimumHeight(QLabel("Ág").sizeHint().height())
        self.note_stack = QStackedLayout(self.note)
        self.note_stack.setContentsMargins(0, 0, 0, 0)
        self.note_stack.addWidget(self.help_label)
        self.note_stack.addWidget(self.error_label)

        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(4)
        line.addWidget(self.editor, 1)
        line.addWidget(self.unit_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addLayout(line)
        layout.addWidget(self.note)
        self.unit_label.setVisible(bool(self.unit_label.text()))  # (after it has a parent: never a window)

        self.editor.edited.connect(self._edited)
        self.editor.input.installEventFilter(self)
        self.retranslate(ui_language())

    # -- values ------------------------------------------------------------------------
    def value(self) -> Any:
        return self.editor.value()

    def set_value(self, value: Any) -> None:
        self.editor.set_value(value)

    def is_empty(self) -> bool:
        return self.editor.is_empty()

    def focus(self) -> None:
        self.editor.input.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- validation ---------------------------------------------------------------------
    def check(self, *, show_required: bool | None = None) -> dict[str, str] | None:
        """Check the value alone and show the problem under the field (returned too).
        "Is required" waits until the user left the field once or asked for a check."""
        message = validate_field(self.field, self.value())
        if message == REQUIRED and not (self.touched if show_required is None else show_required):
            message = None
        self.set_message(message)
        return message

    def set_message(self, message: dict[str, str] | None) -> None:
        self._message = dict(message) if message else None
        self.note_stack.setCurrentWidget(self.error_label if message is not None else self.help_label)
        self.editor.set_invalid(message is not None)
        self._show_message(ui_language())

    def message(self) -> dict[str, str] | None:
        return self._message

    def _show_message(self, lang: str) -> None:
        self.error_label.setText(local(self._message, lang) if self._message else "")

    def _edited(self) -> None:
        self.check()
        self.edited.emit(self.path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self.path)
        elif event.type() == QEvent.Type.FocusOut and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.left()
        return False

    def left(self) -> None:
        """The user moved on to another field: tidy the value, and say what is wrong (even
        "is required" from now on). The form calls it too, for the cases where a popup
        (suggestions, a drop-down) had the focus when the user moved on."""
        self.touched = True
        self.editor.tidy()
        self.check()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self, lang: str) -> None:
        label = local(self.field.label, lang)
        self.label.setText(f"{label} *" if self.field.required else label)
        help_text = local(self.field.help, lang)
        required = QCoreApplication.translate("FieldRow", "Required.") if self.field.required else ""
        tip = " ".join(t for t in (help_text, required) if t)
        self.label.setToolTip(tip)
        self.editor.input.setToolTip(tip)
        self.editor.input.setAccessibleName(label)
        self.editor.input.setAccessibleDescription(help_text)
        self.help_label.setText(help_text if self.show_help else "")
        self.editor.retranslate(lang)
        self._show_message(lang)
