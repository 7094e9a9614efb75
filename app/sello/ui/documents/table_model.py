"""Issued documents as a table: type, number, customer, date issued, status.

Columns are declared once in `Column`; dates are shown in the UI locale's format and
sorted by their ISO text (`SORT_ROLE`); `RECORD_ROLE` gives a row's `DocumentRecord`.
Document-type names come from the document-type definitions in the UI language.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from sello.core.documents.doctypes import load_doctypes
from sello.ui import i18n, theme
from sello.ui.documents.records import DocumentRecord

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    TYPE = 0
    NUMBER = 1
    COUNTERPARTY = 2
    ISSUED = 3
    STATUS = 4


def column_title(column: Column) -> str:
    titles = {
        Column.TYPE: QCoreApplication.translate("DocumentTableModel", "Type"),
        Column.NUMBER: QCoreApplication.translate("DocumentTableModel", "Number"),
        Column.COUNTERPARTY: QCoreApplication.translate("DocumentTableModel", "Customer"),
        Column.ISSUED: QCoreApplication.translate("DocumentTableModel", "Issued"),
        Column.STATUS: QCoreApplication.translate("DocumentTableModel", "Status"),
    }
    return titles[column]


def local_date(iso_utc: str) -> date:
    """The calendar date, in this computer's time zone, of a stored UTC timestamp."""
    return datetime.fromisoformat(iso_utc.replace("Z", "+00:00")).astimezone().date()


def ui_language() -> str:
    try:
        return i18n.manager().language or "en"
    except RuntimeError:  # no application (plain unit tests)
        return "en"


def doctype_title(doctype_id: str, language: str | None = None) -> str:
    """The document type's name in the UI language (its id when unknown)."""
    doctype = load_doctypes().get(doctype_id)
    return doctype.title[language or ui_language()] if doctype else doctype_id


def status_text(record: DocumentRecord) -> str:
    if record.revoked:
        return QCoreApplication.translate("DocumentTableModel", "Revoked")
    return QCoreApplication.translate("DocumentTableModel", "Valid")


def status_tooltip(record: DocumentRecord) -> str:
    if not record.revoked or record.revoked_at is None:
        return QCoreApplication.translate("DocumentTableModel", "Not revoked: verifiers accept it.")
    return QCoreApplication.translate("DocumentTableModel", "Revoked on {date}: {reason}").format(
        date=i18n.format_datetime(record.revoked_at), reason=record.revoke_reason or ""
    )


class DocumentTableModel(QAbstractTableModel):
    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self._records: list[DocumentRecord] = []
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content -------------------------------------------------------------------------
    def set_documents(self, records: Sequence[DocumentRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[DocumentRecord]:
        return list(self._records)

    def record(self, row: int) -> DocumentRecord:
        return self._records[row]

    def row_of(self, document_id: str) -> int:
        return next((row for row, r in enumerate(self._records) if r.id == document_id), -1)

    def retranslate(self) -> None:
        """The UI language changed: headers, type names, dates and statuses read differently."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, len(Column) - 1))

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return column_title(Column(section))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = Column(index.column())
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == SORT_ROLE:
            if column == Column.ISSUED:
                return record.issued_at
            if column == Column.STATUS:
                return record.revoked_at or ""
            return (self._display(record, column) or "").casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.STATUS:
                return status_tooltip(record)
            if column == Column.NUMBER:
                return record.id
            if column == Column.ISSUED:
                return i18n.format_datetime(record.issued_at)
            return self._display(record, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS and record.revoked:
            return QColor(theme.VERDICT_COLOURS["red"].border)
        if role == Qt.ItemDataRole.FontRole and column == Column.STATUS and record.revoked:
            return self._bold
        return None

    @staticmethod
    def _display(record: DocumentRecord, column: Column) -> str:
        if column == Column.TYPE:
            return doctype_title(record.doctype)
        if column == Column.NUMBER:
            return record.title or record.short_id
        if column == Column.COUNTERPARTY:
            return record.counterparty
        if column == Column.ISSUED:
            return i18n.format_date(local_date(record.issued_at))
        return status_text(record)
