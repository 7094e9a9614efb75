"""Search and filters of the documents table.

`DocumentFilter` says what to show; `matches` decides for one document (pure, so it
is tested without widgets); `DocumentFilterProxy` applies it to the table model.
Search ignores case and accents ("credito" finds "Crédito") and looks at the number,
the customer, the type's name in both languages and the document id. Dates are
compared in local time, as they are shown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from sello.core.documents.doctypes import load_doctypes
from sello.ui.documents.records import DocumentRecord
from sello.ui.documents.table_model import RECORD_ROLE, SORT_ROLE, local_date

STATUS_ALL, STATUS_VALID, STATUS_REVOKED = "all", "valid", "revoked"


@dataclass(frozen=True)
class DocumentFilter:
    text: str = ""
    doctype: str | None = None  # a document-type id
    counterparty: str | None = None  # exact customer name
    issued_from: date | None = None  # local dates, both ends included
    issued_to: date | None = None
    status: str = STATUS_ALL

    @property
    def is_empty(self) -> bool:
        return self == DocumentFilter()


def fold(text: str) -> str:
    """Lower case without accents, for forgiving search."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _type_names(doctype_id: str) -> str:
    doctype = load_doctypes().get(doctype_id)
    return fold(f"{doctype.title.es} {doctype.title.en} {doctype.short_code}") if doctype else fold(doctype_id)


def local_issue_date(record: DocumentRecord) -> date:
    return local_date(record.issued_at)


def matches(record: DocumentRecord, wanted: DocumentFilter) -> bool:
    if wanted.status == STATUS_VALID and record.revoked:
        return False
    if wanted.status == STATUS_REVOKED and not record.revoked:
        return False
    if wanted.doctype is not None and record.doctype != wanted.doctype:
        return False
    if wanted.counterparty is not None and record.counterparty != wanted.counterparty:
        return False
    if wanted.issued_from is not None or wanted.issued_to is not None:
        issued = local_issue_date(record)
        if wanted.issued_from is not None and issued < wanted.issued_from:
            return False
        if wanted.issued_to is not None and issued > wanted.issued_to:
            return False
    words = fold(wanted.text).split()
    if words:
        haystack = " ".join(
            (
                fold(record.title),
                fold(record.counterparty),
                _type_names(record.doctype),
                record.id.casefold(),
                record.export_refs.casefold(),
            )
        )
        if all(word in haystack for word in words):
            return True
        # a pedimento typed with its spaces ("26  24  3420  6001234"), a folio or an IdCCP
        return bool(record.export_refs) and "".join(words) in record.export_refs.casefold().split()
    return True


class DocumentFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self._filter = DocumentFilter()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def current_filter(self) -> DocumentFilter:
        return self._filter

    def set_filter(self, wanted: DocumentFilter) -> None:
        if wanted == self._filter:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateRowsFilter() is deprecated there
            self.beginFilterChange()
            self._filter = wanted
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._filter = wanted
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        record = model.data(model.index(source_row, 0, source_parent), RECORD_ROLE)
        return isinstance(record, DocumentRecord) and matches(record, self._filter)

    def record_at(self, proxy_row: int) -> DocumentRecord:
        return self.data(self.index(proxy_row, 0), RECORD_ROLE)

    def visible_records(self) -> list[DocumentRecord]:
        return [self.record_at(row) for row in range(self.rowCount())]
