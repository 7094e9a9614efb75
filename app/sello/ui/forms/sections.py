"""Sections of a form: group boxes of fields laid out in a grid, and repeatable sections
(heats, line items) whose rows can be added, duplicated, deleted and moved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sello.core.documents.doctypes import FieldDef, Section
from sello.core.documents.fieldtypes import type_of
from sello.ui import dialogs
from sello.ui.forms.field_row import ERROR_COLOUR, FieldRow
from sello.ui.forms.language import local, ui_language
from sello.ui.forms.paths import join_path
from sello.ui.forms.reflow_grid import ReflowGridLayout

WIDE_COLUMNS = 3  # at most, fields per line in an ordinary section
COMPACT_COLUMNS = 5  # at most, in a section of short numeric fields (chemistry)
WIDE_COLUMN_CHARS = 24  # the narrowest column, in average characters (fewer columns when narrower)
COMPACT_COLUMN_CHARS = 12
LONG_CHOICE_CHARS = 32  # a choice longer than this does not fit one column at 1366 x 768
TITLE_CHARS = 48  # a row's header ("Heat 2 — A24-11874"), shortened beyond this


class FormSignals(QObject):
    """What every part of one form reports to the form (one instance per form)."""

    edited = Signal(str)  # a field's path, after the user changed it
    focused = Signal(str)  # a field's path, when it got the focus
    structure_changed = Signal()  # rows added, removed or moved


# Extra widgets a form puts in a section or row header (address-book buttons):
# tools(section, body) -> QWidget | None
ToolsFactory = Callable[[Section, "SectionBody"], "QWidget | None"]


def section_defaults(section: Section) -> dict[str, Any]:
    """A new row's values: the fields' defaults ("MX" for the country of manufacture)."""
    out: dict[str, Any] = {f.id: f.default for f in section.fields if f.default is not None}
    for sub in section.sections:
        if not sub.repeatable:
            inner = section_defaults(sub)
            if inner:
                out[sub.id] = inner
    return out


def has_long_choices(field: FieldDef) -> bool:
    """A drop-down whose choices would be cut in one column ("2.1 — Declaración de
    conformidad con el pedido"): it takes the whole line."""
    if type_of(field).editor != "enum":
        return False
    longest = max((len(text) for o in field.validation.options for text in (o.label.es, o.label.en)), default=0)
    return longest > LONG_CHOICE_CHARS


def is_compact(section: Section) -> bool:
    """Many short fields (C, Mn, P...): up to five to a line, help as tooltips. The document
    type says so (``"compact": true`` on the section)."""
    return section.compact


class SectionBody(QWidget):
    """The fields (and sub-sections) of one section or one row."""

    def __init__(
        self,
        section: Section,
        prefix: str,
        signals: FormSignals,
        tools: ToolsFactory | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.prefix = prefix
        self.signals = signals
        self.rows: dict[str, FieldRow] = {}
        self.subsections: dict[str, SectionBox | RepeatableSection] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        compact = is_compact(section)
        chars = COMPACT_COLUMN_CHARS if compact else WIDE_COLUMN_CHARS
        grid = ReflowGridLayout(
            max_columns=COMPACT_COLUMNS if compact else WIDE_COLUMNS,
            min_column_width=self.fontMetrics().averageCharWidth() * chars,
        )
        for field in section.fields:
            row = FieldRow(field, join_path(prefix, field.id), show_help=not compact)
            row.edited.connect(signals.edited)
            row.focused.connect(signals.focused)
            self.rows[field.id] = row
            grid.addWidget(row, full_row=type_of(field).block or has_long_choices(field))
        layout.addLayout(grid)
        for sub in section.sections:
            path = join_path(prefix, sub.id)
            box: SectionBox | RepeatableSection
            if sub.repeatable:
                box = RepeatableSection(sub, path, signals, tools)
            else:
                box = SectionBox(sub, path, signals, tools)
            self.subsections[sub.id] = box
            layout.addWidget(box)

    # -- data ------------------------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field_id, row in self.rows.items():
            if not row.is_empty():
                value = row.value()
                out[field_id] = value.strip() if isinstance(value, str) and not type_of(row.field).block else value
        for sub_id, box in self.subsections.items():
            value = box.data()
            if value:
                out[sub_id] = value
        return out

    def set_data(self, data: dict[str, Any]) -> None:
        data = data if isinstance(data, dict) else {}
        for field_id, row in self.rows.items():
            row.set_value(data.get(field_id))
            row.set_message(None)
            row.touched = False
        for sub_id, box in self.subsections.items():
            box.set_data(data.get(sub_id))

    def is_empty(self) -> bool:
        return all(row.is_empty() for row in self.rows.values()) and all(
            box.is_empty() for box in self.subsections.values()
        )

    def set_prefix(self, prefix: str) -> None:
        """Re-number after a row moved: every field's path starts with ``prefix``."""
        self.prefix = prefix
        for field_id, row in self.rows.items():
            row.path = join_path(prefix, field_id)
            row.setObjectName(f"field:{row.path}")
        for sub_id, box in self.subsections.items():
            box.set_path(join_path(prefix, sub_id))

    def field_rows(self) -> list[FieldRow]:
        out = list(self.rows.values())
        for box in self.subsections.values():
            out += box.field_rows()
        return out

    def tab_chain(self) -> list[QWidget]:
        """What Tab visits here, in reading order (the grid fills row by row in field order)."""
        out: list[QWidget] = [row.editor.input for row in self.rows.values()]
        for box in self.subsections.values():
            out += box.tab_chain()
        return out

    def retranslate(self, lang: str) -> None:
        for row in self.rows.values():
            row.retranslate(lang)
        for box in self.subsections.values():
            box.retranslate(lang)


class SectionBox(QGroupBox):
    """A non-repeatable section: a titled box of fields."""

    def __init__(
        self,
        section: Section,
        path: str,
        signals: FormSignals,
        tools: ToolsFactory | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.path = path
        self.setObjectName(f"section:{section.id}")
        self.body = SectionBody(section, path, signals, tools)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.extra = tools(section, self.body) if tools else None
        if self.extra is not None:
            header = QHBoxLayout()
            header.addStretch(1)
            header.addWidget(self.extra)
            layout.addLayout(header)
        layout.addWidget(self.body)
        self.retranslate(ui_language())

    def tab_chain(self) -> list[QWidget]:
        return ([self.extra] if self.extra is not None else []) + self.body.tab_chain()

    def data(self) -> dict[str, Any]:
        return self.body.data()

    def set_data(self, data: Any) -> None:
        self.body.set_data(data if isinstance(data, dict) else {})

    def is_empty(self) -> bool:
        return self.body.is_empty()

    def set_path(self, path: str) -> None:
        self.path = path
        self.body.set_prefix(path)

    def field_rows(self) -> list[FieldRow]:
        return self.body.field_rows()

    def retranslate(self, lang: str) -> None:
        self.setTitle(local(self.section.label, lang))
        self.body.retranslate(lang)


class RowBox(QFrame):
    """One row of a repeatable section ("Heat 2"): a header with its actions, then its fields."""

    def __init__(self, owner: RepeatableSection, index: int, tools: ToolsFactory | None) -> None:
        super().__init__()
        self.owner = owner
        self.index = index
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("formRow")
        section = owner.section
        self.body = SectionBody(section, join_path(owner.path_prefix, section.id, index), owner.signals, tools)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)  # (a narrow form wraps a long product name, not widens)
        self.up_button = self._tool_button("↑", lambda: owner.move_row(self.index, -1))
        self.down_button = self._tool_button("↓", lambda: owner.move_row(self.index, +1))
        self.duplicate_button = QPushButton()
        self.duplicate_button.clicked.connect(lambda: owner.duplicate_row(self.index))
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(lambda: owner.ask_remove_row(self.index))
        header = QHBoxLayout()
        header.setSpacing(6)
        header.addWidget(self.title, 1)
        self.extra = tools(section, self.body) if tools else None
        if self.extra is not None:
            header.addWidget(self.extra)
        for button in (self.up_button, self.down_button, self.duplicate_button, self.delete_button):
            header.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.body)
        title_field = _title_field(section)
        if title_field is not None:
            self.body.rows[title_field.id].edited.connect(lambda _path: self.update_title())
        self.retranslate(ui_language())

    def tab_chain(self) -> list[QWidget]:
        """The header's buttons (left to right), then the row's fields."""
        header = [self.extra] if self.extra is not None else []
        header += [self.up_button, self.down_button, self.duplicate_button, self.delete_button]
        return header + self.body.tab_chain()

    @staticmethod
    def _tool_button(text: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def row_name(self, lang: str) -> str:
        """ "Colada 2" / "Heat 2"."""
        base = self.owner.section.row_label or self.owner.section.label
        return f"{local(base, lang)} {self.index + 1}"

    def update_title(self) -> None:
        lang = ui_language()
        name = self.row_name(lang)
        title_field = _title_field(self.owner.section)
        detail = str(self.body.rows[title_field.id].value()).strip() if title_field else ""
        full = f"{name} — {detail}" if detail else name
        shown = full if len(full) <= TITLE_CHARS else full[: TITLE_CHARS - 1].rstrip() + "…"
        self.title.setText(shown)
        self.title.setToolTip(full if shown != full else "")

    def set_index(self, index: int) -> None:
        self.index = index
        self.body.set_prefix(join_path(self.owner.path_prefix, self.owner.section.id, index))
        self.retranslate(ui_language())

    def retranslate(self, lang: str) -> None:
        self.update_title()
        name = self.row_name(lang)
        self.up_button.setToolTip(self.tr("Move {row} up").format(row=name))
        self.down_button.setToolTip(self.tr("Move {row} down").format(row=name))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(self.tr("Add a copy of {row} below it").format(row=name))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete {row}").format(row=name))
        self.body.retranslate(lang)


def _title_field(section: Section) -> FieldDef | None:
    """The field that names a row in its header (heat number, description)."""
    texts = [f for f in section.fields if type_of(f).names_rows]
    for f in texts:
        if f.emphasize:
            return f
    return next((f for f in texts if f.required), None)


class RepeatableSection(QGroupBox):
    """Heats, line items, packages: rows of the same fields."""

    def __init__(
        self,
        section: Section,
        path: str,
        signals: FormSignals,
        tools: ToolsFactory | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.signals = signals
        self._tools = tools
        self.path_prefix, _, _ = path.rpartition(".")
        self.setObjectName(f"section:{section.id}")
        self.rows: list[RowBox] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(10)
        self.section_error = QLabel()
        self.section_error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.section_error.setWordWrap(True)
        self.section_error.hide()
        self._message: dict[str, str] | None = None
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        footer = QHBoxLayout()
        footer.addWidget(self.add_button)
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.section_error)
        layout.addLayout(self._rows_layout)
        layout.addLayout(footer)
        self.retranslate(ui_language())

    @property
    def path(self) -> str:
        return join_path(self.path_prefix, self.section.id)

    def set_path(self, path: str) -> None:
        self.path_prefix = path.rpartition(".")[0]
        for i, row in enumerate(self.rows):
            row.set_index(i)

    # -- rows ------------------------------------------------------------------------------
    def add_row(
        self, data: dict[str, Any] | None = None, *, at: int | None = None, focus: bool = False, notify: bool = True
    ) -> RowBox | None:
        if self.section.max_rows is not None and len(self.rows) >= self.section.max_rows:
            return None
        at = len(self.rows) if at is None else at
        row = RowBox(self, at, self._tools)
        self.rows.insert(at, row)
        self._rows_layout.insertWidget(at, row)
        row.body.set_data(data if data is not None else section_defaults(self.section))
        self._renumber()
        if focus:
            first = next(iter(row.body.rows.values()), None)
            if first is not None:
                first.focus()
        if notify:
            self.signals.structure_changed.emit()
        return row

    def duplicate_row(self, index: int) -> RowBox | None:
        return self.add_row(self.rows[index].body.data(), at=index + 1, focus=True)

    def ask_remove_row(self, index: int) -> None:
        """Delete a row; ask first when it holds anything."""
        row = self.rows[index]
        if row.body.is_empty():
            self.remove_row(index)
            return
        name = row.row_name(ui_language())
        dialogs.confirm_destructive(
            self,
            title=self.tr("Delete {row}?").format(row=name),
            message=self.tr("{row} and everything typed in it will be removed from this document.").format(row=name),
            verb=self.tr("Delete {row}").format(row=name),
            affected=[row.title.text()],
            on_confirmed=lambda: self.remove_row(self.rows.index(row)) if row in self.rows else None,
        )

    def remove_row(self, index: int) -> None:
        if len(self.rows) <= self.section.min_rows:
            return
        row = self.rows.pop(index)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        self.signals.structure_changed.emit()

    def move_row(self, index: int, delta: int) -> None:
        target = index + delta
        if not 0 <= target < len(self.rows):
            return
        row = self.rows.pop(index)
        self.rows.insert(target, row)
        self._rows_layout.removeWidget(row)
        self._rows_layout.insertWidget(target, row)
        self._renumber()
        self.signals.structure_changed.emit()
        # keep the focus on the arrow just used, so pressing it again keeps moving the row
        arrow = row.up_button if delta < 0 else row.down_button
        (arrow if arrow.isEnabled() else row.duplicate_button).setFocus()

    def _renumber(self) -> None:
        count = len(self.rows)
        for i, row in enumerate(self.rows):
            if row.index != i or row.body.prefix != join_path(self.path_prefix, self.section.id, i):
                row.set_index(i)
            row.up_button.setEnabled(i > 0)
            row.down_button.setEnabled(i < count - 1)
            row.delete_button.setEnabled(count > self.section.min_rows)
        full = self.section.max_rows is not None and count >= self.section.max_rows
        self.add_button.setEnabled(not full)

    # -- data --------------------------------------------------------------------------------
    def data(self) -> list[dict[str, Any]]:
        return [row.body.data() for row in self.rows]

    def set_data(self, data: Any) -> None:
        rows = [r if isinstance(r, dict) else {} for r in data] if isinstance(data, list) else []
        while len(rows) < self.section.min_rows:
            rows.append({})
        while len(self.rows) > len(rows):
            row = self.rows.pop()
            self._rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        while len(self.rows) < len(rows):
            self.add_row({}, notify=False)
        for row, values in zip(self.rows, rows, strict=False):
            row.body.set_data(values)
            row.update_title()
        self._renumber()
        self.set_section_message(None)

    def is_empty(self) -> bool:
        return all(row.body.is_empty() for row in self.rows)

    def field_rows(self) -> list[FieldRow]:
        out: list[FieldRow] = []
        for row in self.rows:
            out += row.body.field_rows()
        return out

    def tab_chain(self) -> list[QWidget]:
        """Every row in order, then "Add …" (which sits below them)."""
        out: list[QWidget] = []
        for row in self.rows:
            out += row.tab_chain()
        return [*out, self.add_button]

    def set_section_message(self, message: dict[str, str] | None) -> None:
        self._message = message
        self.section_error.setVisible(message is not None)
        self.section_error.setText(local(message) if message else "")

    def retranslate(self, lang: str) -> None:
        self.setTitle(local(self.section.label, lang))
        name = local(self.section.row_label or self.section.label, lang)
        self.add_button.setText(self.tr("Add {row}").format(row=name.lower()))
        self.add_button.setToolTip(self.tr("Add an empty {row} at the end").format(row=name.lower()))
        self.set_section_message(self._message)
        for row in self.rows:
            row.retranslate(lang)
