"""One document's form, generated from its document type.

    form = FormView(get_doctype("mill-test-report"), address_book=book)
    form.set_data(draft.data); form.changed.connect(autosave.schedule)
    errors = form.check()          # every problem shown inline and in the summary

Top to bottom: a bar with one button per section (jump there), the error summary
(hidden until a check finds problems), then the sections in a scroll area.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from sello.core.documents.doctypes import DocType
from sello.core.documents.drafts import AddressBook
from sello.core.documents.spec_checks import check_spec
from sello.core.documents.validation import FieldError, check, validate
from sello.ui.detail_panels import VerticalScrollArea
from sello.ui.forms.address_book_button import address_book_tools
from sello.ui.forms.error_summary import ErrorSummary
from sello.ui.forms.field_row import FieldRow
from sello.ui.forms.language import local, ui_language
from sello.ui.forms.paths import parse_path
from sello.ui.forms.sections import FormSignals, RepeatableSection, SectionBox

CONTENT_MAX_WIDTH = 1100


class FormView(QWidget):
    changed = Signal()  # the user changed something (not emitted by set_data)
    focus_changed = Signal(str)  # path of the field that got the focus
    checked = Signal(int)  # a whole-form check ran; how many problems it found

    def __init__(
        self, doctype: DocType, *, address_book: AddressBook | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.doctype = doctype
        self.setObjectName(f"form:{doctype.id}")
        self.signals = FormSignals(self)
        self._loading = False
        self._focused = ""
        self.sections: dict[str, SectionBox | RepeatableSection] = {}

        # one tab per section: a click scrolls there; the tab follows the focused field
        self.nav_caption = QLabel()
        self.nav_caption.setObjectName("pageIntro")
        self.nav_tabs = QTabBar()
        self.nav_tabs.setObjectName("sectionTabs")
        self.nav_tabs.setDocumentMode(True)
        self.nav_tabs.setDrawBase(False)
        self.nav_tabs.setExpanding(False)
        self.nav_tabs.setUsesScrollButtons(True)
        self.nav_tabs.setElideMode(Qt.TextElideMode.ElideNone)  # (scroll arrows rather than "Certifica…" twice)
        self.nav_tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.nav_bar = QHBoxLayout()
        self.nav_bar.setSpacing(6)
        self.nav_bar.addWidget(self.nav_caption)
        self.nav_bar.addWidget(self.nav_tabs, 1)
        self.summary = ErrorSummary()
        self.summary.field_chosen.connect(self.focus_field)
        self.required_note = QLabel()
        self.required_note.setObjectName("pageIntro")
        self.required_note.setWordWrap(True)

        content = QWidget()
        content.setObjectName("formContent")
        content.setMaximumWidth(CONTENT_MAX_WIDTH)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 12, 12)
        column.setSpacing(14)
        column.addWidget(self.required_note)
        tools = address_book_tools(address_book, self._filled_from_book)
        for section in doctype.sections:
            box: SectionBox | RepeatableSection
            if section.repeatable:
                box = RepeatableSection(section, section.id, self.signals, tools)
            else:
                box = SectionBox(section, section.id, self.signals, tools)
            self.sections[section.id] = box
            column.addWidget(box)
            self.nav_tabs.addTab("")
        self.nav_tabs.setCurrentIndex(-1)
        self.nav_tabs.tabBarClicked.connect(self._tab_clicked)
        column.addStretch(1)
        holder = QWidget()
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addWidget(content, 1)
        self.scroll = VerticalScrollArea(holder)  # (fields reflow to its width: no sideways scrolling)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self.nav_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll, 1)

        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(250)
        self._recheck.timeout.connect(self._refresh_summary)
        self.signals.edited.connect(self._on_edited)
        self.signals.structure_changed.connect(self._on_structure_changed)
        self.signals.focused.connect(self._on_focused)
        self.retranslateUi()
        self.apply_tab_order()

    def apply_tab_order(self) -> None:
        """Tab follows the reading order: Qt's default is the order widgets were made in,
        which puts a section's tool button after its fields and "Add heat" before a new
        heat's fields. Re-applied whenever rows are added, moved or removed."""
        chain = [w for box in self.sections.values() for w in box.tab_chain()]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # -- data ------------------------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        """The form's content as typed (raw; `sello.core.documents.validation` canonicalizes it)."""
        out: dict[str, Any] = {}
        for section_id, box in self.sections.items():
            value = box.data()
            if value:
                out[section_id] = value
        return out

    def set_data(self, data: dict[str, Any]) -> None:
        """Show stored data (a draft, a copy, an import); does not emit `changed`."""
        self._loading = True
        try:
            for section_id, box in self.sections.items():
                box.set_data((data or {}).get(section_id))
        finally:
            self._loading = False
        self.summary.clear()
        self.apply_tab_order()

    # -- validation -------------------------------------------------------------------------
    def check(self) -> list[FieldError]:
        """Validate the whole document: every problem under its field and in the summary."""
        errors = validate(self.doctype, self.data())
        self._show_errors(errors, touch=True)
        self.summary.show_errors(errors, self._spec_notes(errors))
        self.checked.emit(len(errors))
        return errors

    def _spec_notes(self, errors: list[FieldError]) -> list[dict[str, str]]:
        """What the specification check says of a valid Mill Test Report (no errors left)."""
        if errors:
            return []
        canonical, problems = check(self.doctype, self.data())
        report = None if problems else check_spec(self.doctype, canonical)
        if report is None:
            return []
        return [*({"es": d.text("es"), "en": d.text("en")} for d in report.deviations), report.notice()]

    def _show_errors(self, errors: list[FieldError], *, touch: bool) -> None:
        by_path: dict[str, dict[str, str]] = {}
        for error in errors:
            by_path.setdefault(error.path, error.message)
        for row in self.field_rows():
            if touch:
                row.touched = True
            row.set_message(by_path.get(row.path))
        for box in self._repeatables():
            box.set_section_message(by_path.get(box.path))

    def _refresh_summary(self) -> None:
        if self.summary.isVisible():
            errors = validate(self.doctype, self.data())
            self._show_errors(errors, touch=False)
            self.summary.show_errors(errors, self._spec_notes(errors))

    # -- finding fields ------------------------------------------------------------------------
    def field_rows(self) -> list[FieldRow]:
        out: list[FieldRow] = []
        for box in self.sections.values():
            out += box.field_rows()
        return out

    def _repeatables(self) -> list[RepeatableSection]:
        found = [b for b in self.sections.values() if isinstance(b, RepeatableSection)]
        for box in list(self.sections.values()):
            found += [w for w in box.findChildren(RepeatableSection)]
        return list(dict.fromkeys(found))

    def field_row(self, path: str) -> FieldRow | None:
        """The field at a concrete path ("heats[1].chemistry.c"), or None."""
        try:
            steps = parse_path(path)
        except ValueError:
            return None
        container: Any = self.sections
        node: Any = None
        for depth, (name, row) in enumerate(steps):
            last = depth == len(steps) - 1
            if last and node is not None and row is None:
                return node.rows.get(name)
            box = container.get(name) if isinstance(container, dict) else None
            if box is None:
                return None
            if isinstance(box, RepeatableSection):
                if row is None or not 0 <= row < len(box.rows):
                    return None
                node = box.rows[row].body
            else:
                node = box.body
            container = node.subsections
        return None

    def section_widget(self, path: str) -> QWidget | None:
        """A section's box by path ("heats", "heats[0].chemistry")."""
        try:
            steps = parse_path(path)
        except ValueError:
            return None
        container: Any = self.sections
        widget: QWidget | None = None
        for name, row in steps:
            box = container.get(name) if isinstance(container, dict) else None
            if box is None:
                return None
            widget = box
            if isinstance(box, RepeatableSection):
                if row is None:
                    container = {}
                    continue
                if not 0 <= row < len(box.rows):
                    return None
                widget = box.rows[row]
                container = box.rows[row].body.subsections
            else:
                container = box.body.subsections
        return widget

    def repeatable(self, section_id: str) -> RepeatableSection:
        box = self.sections[section_id]
        assert isinstance(box, RepeatableSection)
        return box

    # -- focus and position ----------------------------------------------------------------------
    def focus_field(self, path: str) -> bool:
        """Scroll to the field (or section) at ``path`` and put the cursor in it."""
        row = self.field_row(path)
        if row is None:
            target = self.section_widget(path) or self.section_widget(path.rpartition(".")[0])
            if target is None:
                return False
            self.scroll.ensureWidgetVisible(target, 40, 40)
            return True
        self.scroll.ensureWidgetVisible(row, 40, 80)
        row.focus()
        self._on_focused(row.path)
        return True

    def focused_path(self) -> str:
        return self._focused

    def current_section(self) -> str:
        return self._focused.split(".")[0].split("[")[0] if self._focused else ""

    def go_to_section(self, section_id: str) -> None:
        box = self.sections.get(section_id)
        if box is None:
            return
        bar = self.scroll.verticalScrollBar()
        bar.setValue(box.mapTo(self.scroll.widget(), box.rect().topLeft()).y() - 8)
        first = next(iter(box.field_rows()), None)
        if first is not None:
            first.focus()
            self._on_focused(first.path)

    def scroll_position(self) -> int:
        return self.scroll.verticalScrollBar().value()

    def set_scroll_position(self, value: int) -> None:
        self.scroll.verticalScrollBar().setValue(value)

    # -- changes ------------------------------------------------------------------------------------
    def _on_edited(self, _path: str) -> None:
        if self._loading:
            return
        if self.summary.isVisible():
            self._recheck.start()
        self.changed.emit()

    def _on_structure_changed(self) -> None:
        self.apply_tab_order()
        if self._loading:
            return
        if self.summary.isVisible():
            self._recheck.start()
        self.changed.emit()

    def _filled_from_book(self) -> None:
        self.changed.emit()

    def _on_focused(self, path: str) -> None:
        if self._focused and self._focused != path:
            previous = self.field_row(self._focused)
            if previous is not None:
                previous.left()
        self._focused = path
        ids = list(self.sections)
        current = self.current_section()
        blocked = self.nav_tabs.blockSignals(True)
        self.nav_tabs.setCurrentIndex(ids.index(current) if current in ids else -1)
        self.nav_tabs.blockSignals(blocked)
        self.focus_changed.emit(path)

    def _tab_clicked(self, index: int) -> None:
        ids = list(self.sections)
        if 0 <= index < len(ids):
            self.go_to_section(ids[index])

    # -- language ----------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        lang = ui_language()
        self.nav_caption.setText(self.tr("Go to:"))
        self.required_note.setText(self.tr("Fields marked * are required. Hover over a field for help."))
        for index, section in enumerate(self.doctype.sections):
            self.nav_tabs.setTabText(index, local(section.label, lang))
            self.nav_tabs.setTabToolTip(index, self.tr("Go to {section}").format(section=local(section.label, lang)))
        for box in self.sections.values():
            box.retranslate(lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
