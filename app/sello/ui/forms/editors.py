"""One input widget per field type, all with the same small interface: `value()` gives
what the user entered (raw text for `sello.core.documents.validation`, a code for drop-downs),
`set_value()` shows a stored value, and `edited` fires on every change."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
    QWidgetAction,
)

from sello.core.documents.doctypes import FieldDef
from sello.core.documents.fieldtype_values import InvalidValue
from sello.core.documents.fieldtypes import type_of
from sello.ui.forms.choices import SEPARATOR, TypeAhead, code_model
from sello.ui.forms.language import local, ui_language


def _placeholder(field: FieldDef, lang: str | None = None) -> str:
    """The type's grey example ("e.g. 7208.51.0060"); numbers get none: a grey "0.0000" reads like a value."""
    return local(type_of(field).example, lang)


class FieldEditor(QWidget):
    """Base: a field's editor. Subclasses put their input widget in ``self.input``."""

    edited = Signal()

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    @property
    def input(self) -> QWidget:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def is_empty(self) -> bool:
        value = self.value()
        return value is None or (isinstance(value, str) and not value.strip())

    def retranslate(self, lang: str) -> None:
        """Show data-driven texts (options, list entries) in ``lang``."""

    def tidy(self) -> None:
        """The user left the field: tidy what was typed ("mx" -> "MX — México", "15/03/2024" -> ISO)."""

    def set_invalid(self, invalid: bool) -> None:
        """Mark the input (a red frame) while its value has a problem."""
        if invalid and self.input.minimumHeight() == 0:
            # the red frame is a style sheet, which draws the input 2 px lower: keep its height
            self.input.setMinimumHeight(self.input.sizeHint().height())
        self.input.setProperty("invalid", invalid)
        self.input.setStyleSheet(_INVALID_STYLE if invalid else "")


_INVALID_STYLE = "border: 1px solid #c0392b; border-radius: 3px; padding: 1px 2px;"


class LineFieldEditor(FieldEditor):
    """Text, numbers, codes typed by hand (HS code, RFC, e-mail)."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(_placeholder(field))
        kind = type_of(field)
        if kind.align == "right":
            self.line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if kind.editor == "number":
            self.line.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        if kind.editor == "email":
            self.line.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.line.textChanged.connect(self.edited)
        self._layout.addWidget(self.line)

    @property
    def input(self) -> QWidget:
        return self.line

    def retranslate(self, lang: str) -> None:
        self.line.setPlaceholderText(_placeholder(self.field, lang))

    def value(self) -> Any:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        kind = type_of(self.field)
        self.line.setText(kind.display(self.field, text, None, False) if kind.reformat and text else text)  # spaced
        self.line.setCursorPosition(0)  # a value longer than the box shows its beginning

    def tidy(self) -> None:
        kind = type_of(self.field)
        if not kind.reformat or not self.line.text().strip():
            return
        try:
            shown = kind.display(self.field, str(kind.canonical(self.field, self.line.text())), None, False)
        except InvalidValue:
            return  # validation says what is wrong
        if shown != self.line.text():
            self.line.setText(shown)


class DateFieldEditor(LineFieldEditor):
    """A date typed as YYYY-MM-DD (or DD/MM/YYYY, turned into YYYY-MM-DD), or picked from
    a calendar opened from the field's icon."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.calendar_action = QAction(_calendar_icon(), "", self.line)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.line.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.retranslate(ui_language())

    def retranslate(self, lang: str) -> None:
        self.calendar_action.setToolTip(QCoreApplication.translate("FieldEditor", "Choose a date on a calendar"))
        self.calendar.setLocale(QLocale())
        self.line.setPlaceholderText(_placeholder(self.field, lang))

    def show_calendar(self) -> None:
        current = _parse_date(self.line.text()) or dt.date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self.menu.popup(self.line.mapToGlobal(QPoint(0, self.line.height())))

    def _picked(self, date: QDate) -> None:
        self.menu.hide()
        self.line.setText(date.toString("yyyy-MM-dd"))

    def tidy(self) -> None:
        parsed = _parse_date(self.line.text())
        if parsed is not None and parsed.isoformat() != self.line.text().strip():
            self.line.setText(parsed.isoformat())


def _parse_date(text: str) -> dt.date | None:
    """ "2024-03-15", "15/03/2024", "15-03-2024", "15.03.2024" (day first, as in Mexico)."""
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    for sep in ("/", "-", "."):
        parts = text.split(sep)
        if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
            try:
                return dt.date(int(parts[2]), int(parts[1]), int(parts[0]))
            except ValueError:
                return None
    return None


def _calendar_icon() -> QIcon:
    """A small calendar drawn in the palette's text colour (no icon file needed)."""
    colour = QApplication.palette().color(QPalette.ColorRole.WindowText) if QApplication.instance() else QColor("black")
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = size / 16
        painter.setPen(colour)
        painter.drawRoundedRect(QRectF(1.5 * unit, 2.5 * unit, 13 * unit, 12 * unit), unit, unit)
        painter.fillRect(QRectF(1.5 * unit, 2.5 * unit, 13 * unit, 3 * unit), colour)
        for row in range(2):
            for col in range(3):
                painter.fillRect(QRectF((4 + col * 3) * unit, (8 + row * 3) * unit, 2 * unit, 2 * unit), colour)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class MultilineFieldEditor(FieldEditor):
    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        lines = 3
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * lines + 14)
        self.text.textChanged.connect(self.edited)
        self._layout.addWidget(self.text)

    @property
    def input(self) -> QWidget:
        return self.text

    def value(self) -> Any:
        return self.text.toPlainText()

    def set_value(self, value: Any) -> None:
        self.text.setPlainText("" if value is None else str(value))


LIST_PADDING = 28  # the open list's frame, item padding and scroll bar, beyond the text


def fit_list_to_choices(combo: QComboBox, widest_text: int) -> None:
    """Open the list as wide as its widest choice (by default it is as narrow as the closed
    box, which cut "MX — Estados Unidos Mexicanos" or "3.1 — Certificado de inspección 3.1")."""
    combo.view().setMinimumWidth(widest_text + LIST_PADDING)


@functools.cache
def _widest_code(kind: str, lang: str, font_key: str) -> int:
    """The widest entry of a code list in a font (computed once: the lists are long)."""
    model = code_model(kind, lang)
    metrics = QFontMetrics(_FONTS[font_key])
    return max((metrics.horizontalAdvance(model.index(i, 0).data() or "") for i in range(model.rowCount())), default=0)


_FONTS: dict[str, QFont] = {}  # QFont.key() -> the font (a cache key must be hashable text)


def _widest_code_for(combo: QComboBox, kind: str, lang: str) -> int:
    font = combo.font()
    _FONTS.setdefault(font.key(), QFont(font))
    return _widest_code(kind, lang, font.key())


class CodeFieldEditor(FieldEditor):
    """Country, port (UN/LOCODE), Incoterm, unit or currency: a drop-down that also takes
    typing, with suggestions; the value is the code ("MX"), or what was typed."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.lang = ui_language()
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(15)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(8)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.setModel(code_model(field.type, self.lang))
        self.combo.setCurrentIndex(-1)
        fit_list_to_choices(self.combo, _widest_code_for(self.combo, field.type, self.lang))
        self.type_ahead = TypeAhead(self.combo, field.type, self.lang)
        line = self.combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(QCoreApplication.translate("FieldEditor", "Type to search…"))
        line.textChanged.connect(self.edited)
        self._layout.addWidget(self.combo)

    @property
    def input(self) -> QWidget:
        return self.combo

    def value(self) -> Any:
        text = self.combo.currentText().strip()
        index = self.combo.findText(text, Qt.MatchFlag.MatchExactly)
        if text and index >= 0:
            return self.combo.itemData(index, Qt.ItemDataRole.UserRole)
        if SEPARATOR in text:
            return text.split(SEPARATOR, 1)[0].strip()
        return text

    def set_value(self, value: Any) -> None:
        code = "" if value is None else str(value).strip()
        index = self.combo.findData(code.upper(), Qt.ItemDataRole.UserRole) if code else -1
        if index >= 0:
            self.combo.setCurrentIndex(index)
        else:
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText(code)

    def tidy(self) -> None:
        """A typed code ("mx") becomes its entry ("MX — México") when the user leaves the box."""
        self.type_ahead.completer.popup().hide()
        text = self.combo.currentText().strip()
        if text and SEPARATOR not in text:
            index = self.combo.findData(text.upper().replace(" ", ""), Qt.ItemDataRole.UserRole)
            if index >= 0:
                self.combo.setCurrentIndex(index)

    def retranslate(self, lang: str) -> None:
        if lang == self.lang:
            return
        value = self.value()
        blocked = self.blockSignals(True)
        self.lang = lang
        self.combo.setModel(code_model(self.field.type, lang))
        fit_list_to_choices(self.combo, _widest_code_for(self.combo, self.field.type, lang))
        self.type_ahead.set_language(lang)
        self.set_value(value)
        self.blockSignals(blocked)
        line = self.combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(QCoreApplication.translate("FieldEditor", "Type to search…"))


class EnumFieldEditor(FieldEditor):
    """A fixed list (EN 10204 type, melt practice...): a plain drop-down."""

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(8)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.addItem("", "")
        for option in field.validation.options:
            self.combo.addItem("", option.value)
        self.retranslate(ui_language())
        self.combo.currentIndexChanged.connect(self.edited)
        self._layout.addWidget(self.combo)

    @property
    def input(self) -> QWidget:
        return self.combo

    def value(self) -> Any:
        return self.combo.currentData() or ""

    def set_value(self, value: Any) -> None:
        index = self.combo.findData("" if value is None else str(value))
        self.combo.setCurrentIndex(max(index, 0))

    def retranslate(self, lang: str) -> None:
        self.combo.setItemText(0, QCoreApplication.translate("FieldEditor", "— choose —"))
        for i, option in enumerate(self.field.validation.options, start=1):
            self.combo.setItemText(i, local(option.label, lang))
        metrics = self.combo.fontMetrics()
        fit_list_to_choices(
            self.combo, max(metrics.horizontalAdvance(self.combo.itemText(i)) for i in range(self.combo.count()))
        )


def make_editor(field: FieldDef, parent: QWidget | None = None) -> FieldEditor:
    """The editor for a field's type."""
    return _EDITOR_CLASSES.get(type_of(field).editor, LineFieldEditor)(field, parent)


# the registry's editor kinds ("line", "number", "email" are all typed on one line)
_EDITOR_CLASSES: dict[str, type[FieldEditor]] = {
    "enum": EnumFieldEditor,
    "code": CodeFieldEditor,
    "multiline": MultilineFieldEditor,
    "date": DateFieldEditor,
}
