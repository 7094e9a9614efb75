"""The search field and filters above the documents table.

Emits `filter_changed(DocumentFilter)` whenever the user changes any of them. The
type list comes from the document-type definitions; the customer list from the
documents shown (`set_counterparties`). The date range is off until ticked, and
starts at the oldest document's date.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sello.core.documents.doctypes import load_doctypes
from sello.ui.documents.filter_proxy import STATUS_ALL, STATUS_REVOKED, STATUS_VALID, DocumentFilter
from sello.ui.documents.table_model import ui_language

ANY = ""  # item data of the "all types" / "all customers" entries


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def localize_date_edit(edit: QDateEdit) -> None:
    """Show the date in the UI language's short format (call again after a language switch)."""
    locale = QLocale()  # the UI language's, set by i18n before LanguageChange is sent
    edit.setLocale(locale)
    edit.setDisplayFormat(locale.dateFormat(QLocale.FormatType.ShortFormat))


class DocumentFilterBar(QWidget):
    filter_changed = Signal(object)  # DocumentFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setObjectName("documentSearch")
        self.type_label = QLabel()
        self.type_combo = QComboBox()
        self.type_combo.setMinimumContentsLength(14)
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.counterparty_label = QLabel()
        self.counterparty_combo = QComboBox()
        self.counterparty_combo.setMinimumContentsLength(16)
        self.counterparty_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_label = QLabel()
        self.status_combo = QComboBox()
        for value in (STATUS_ALL, STATUS_VALID, STATUS_REVOKED):
            self.status_combo.addItem("", value)
        self.dates_check = QCheckBox()
        self.from_edit = QDateEdit()
        self.to_label = QLabel()
        self.to_edit = QDateEdit()
        today = date.today()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDate(_qdate(today))
            edit.setEnabled(False)
        self.type_label.setBuddy(self.type_combo)
        self.counterparty_label.setBuddy(self.counterparty_combo)
        self.status_label.setBuddy(self.status_combo)
        self.to_label.setBuddy(self.to_edit)

        self._fill_types()
        self.counterparty_combo.addItem("", ANY)

        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.dates_check)
        dates.addWidget(self.from_edit)
        dates.addWidget(self.to_label)
        dates.addWidget(self.to_edit)
        # row 1: search and status; row 2: type, customer and the date range
        first = QHBoxLayout()
        first.addWidget(self.search_edit, 1)
        first.addSpacing(8)
        first.addWidget(self.status_label)
        first.addWidget(self.status_combo)
        second = QHBoxLayout()
        second.addWidget(self.type_label)
        second.addWidget(self.type_combo)
        second.addSpacing(8)
        second.addWidget(self.counterparty_label)
        second.addWidget(self.counterparty_combo, 1)
        second.addSpacing(8)
        second.addLayout(dates)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(first)
        rows.addLayout(second)
        self.counterparty_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.search_edit.textChanged.connect(self._emit)
        for combo in (self.type_combo, self.counterparty_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._emit)
        self.dates_check.toggled.connect(self._dates_toggled)
        self.from_edit.dateChanged.connect(self._emit)
        self.to_edit.dateChanged.connect(self._emit)
        self.retranslateUi()

    # -- state ---------------------------------------------------------------------------
    def current_filter(self) -> DocumentFilter:
        dated = self.dates_check.isChecked()
        return DocumentFilter(
            text=self.search_edit.text().strip(),
            doctype=self.type_combo.currentData() or None,
            counterparty=self.counterparty_combo.currentData() or None,
            issued_from=_pydate(self.from_edit.date()) if dated else None,
            issued_to=_pydate(self.to_edit.date()) if dated else None,
            status=self.status_combo.currentData() or STATUS_ALL,
        )

    def set_counterparties(self, names: Iterable[str]) -> None:
        """Offer these customers (the current choice is kept when still there)."""
        chosen = self.counterparty_combo.currentData()
        self.counterparty_combo.blockSignals(True)
        while self.counterparty_combo.count() > 1:
            self.counterparty_combo.removeItem(1)
        for name in sorted({n for n in names if n}, key=str.casefold):
            self.counterparty_combo.addItem(name, name)
        index = self.counterparty_combo.findData(chosen) if chosen else 0
        self.counterparty_combo.setCurrentIndex(max(index, 0))
        self.counterparty_combo.blockSignals(False)
        if index < 0:
            self._emit()

    def set_date_bounds(self, oldest: date | None) -> None:
        """Start the date range at the oldest document (until the user sets it)."""
        if oldest is not None and not self.dates_check.isChecked():
            self.from_edit.blockSignals(True)
            self.from_edit.setDate(_qdate(oldest))
            self.from_edit.blockSignals(False)

    def set_date_range(self, first: date, last: date) -> None:
        self.from_edit.setDate(_qdate(first))
        self.to_edit.setDate(_qdate(last))
        self.dates_check.setChecked(True)

    def _dates_toggled(self, checked: bool) -> None:
        self.from_edit.setEnabled(checked)
        self.to_edit.setEnabled(checked)
        self._emit()

    def _emit(self, *_args: object) -> None:
        self.filter_changed.emit(self.current_filter())

    def _fill_types(self) -> None:
        self.type_combo.addItem("", ANY)
        for doctype_id in sorted(load_doctypes()):
            self.type_combo.addItem("", doctype_id)

    # -- texts ---------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search by number, customer, type, id or pedimento"))
        self.search_edit.setAccessibleName(self.tr("Search documents"))
        self.type_label.setText(self.tr("&Type:"))
        self.counterparty_label.setText(self.tr("&Customer:"))
        self.status_label.setText(self.tr("&Status:"))
        self.dates_check.setText(self.tr("Issued &between"))
        self.to_label.setText(self.tr("and"))
        language = ui_language()
        doctypes = load_doctypes()
        for row in range(self.type_combo.count()):
            value = self.type_combo.itemData(row)
            self.type_combo.setItemText(row, doctypes[value].title[language] if value else self.tr("All types"))
        self.counterparty_combo.setItemText(0, self.tr("All customers"))
        names = {STATUS_ALL: self.tr("All"), STATUS_VALID: self.tr("Valid"), STATUS_REVOKED: self.tr("Revoked")}
        for row in range(self.status_combo.count()):
            self.status_combo.setItemText(row, names[self.status_combo.itemData(row)])
        for edit in (self.from_edit, self.to_edit):
            localize_date_edit(edit)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
