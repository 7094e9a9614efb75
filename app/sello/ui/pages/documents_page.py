"""Documents: every issued document, searchable and filterable, with reprint, export,
revoke and each document's activity (from the hash-chained audit log).

The list is read from the database when the page is shown and after each change
(a few columns per row: fast even for thousands of documents). Writes -- revoking,
rendering a PDF again, exports, audit entries -- run on the serial pool (STYLE 6).
Checking the whole audit chain runs on the global pool.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sello.core.trust.statuslist import Revocation
from sello.ui import dialogs, i18n, theme
from sello.ui.context import AppContext
from sello.ui.detail_panels import DetailsSplitter, visible_rows_height
from sello.ui.documents.details_panel import DocumentDetailsPanel
from sello.ui.documents.files import open_with_system, user_documents_folder, with_suffix
from sello.ui.documents.filter_bar import DocumentFilterBar
from sello.ui.documents.filter_proxy import DocumentFilter, DocumentFilterProxy, local_issue_date
from sello.ui.documents.records import (
    DocumentRecord,
    PrintJob,
    audit_trail,
    export_pdf_copy,
    export_token,
    load_documents,
    prepare_reprint,
    revoke_documents,
)
from sello.ui.documents.revoke_dialog import RevokeDialog
from sello.ui.documents.table_model import Column, DocumentTableModel
from sello.ui.errors import error_handler
from sello.ui.send.outbox_panel import OutboxPanel
from sello.ui.tasks import run_task, serial_pool
from sello.ui.trust.actions import web_identifiers
from sello.ui.trust.publishing import publish_kit_interactively

MAX_COLUMN_WIDTH = 220
MIN_TABLE_ROWS = 3  # the table shows at least this many rows above the details


class DocumentsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.open_file: Callable[[Path], bool] = open_with_system  # tests replace it
        self.revoke_dialog: RevokeDialog | None = None
        self._chain: tuple[bool, str] | None = None

        self.title_label = theme.page_title()
        self.intro_label = theme.page_intro()
        self.filter_bar = DocumentFilterBar()
        self.count_label = QLabel()
        self.count_label.setObjectName("pageIntro")

        self.model = DocumentTableModel(self)
        self.proxy = DocumentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("documentsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.ISSUED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.COUNTERPARTY, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        header.setMaximumSectionSize(MAX_COLUMN_WIDTH)  # a long type name is elided, its tooltip is whole
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(lambda _index: self.reprint())

        self.details = DocumentDetailsPanel()
        self.details.reprint_requested.connect(self.reprint)
        self.details.export_jwt_requested.connect(self.export_jwt)
        self.details.export_pdf_requested.connect(self.export_pdf)
        self.details.revoke_requested.connect(self.revoke_selected)

        # the table keeps the page's full width (type, number, customer, date, status all fit);
        # the selected document's details and activity sit under it
        self.splitter = DetailsSplitter()
        table_column = QWidget()
        table_layout = QVBoxLayout(table_column)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        # the count, then Send… and the outbox: what was sent, what waits, what failed (with Retry)
        self.outbox_panel = OutboxPanel(
            context, lambda: [(r.id, r.title) for r in self.selected_records()], leading=self.count_label
        )
        self.outbox_panel.changed.connect(self._show_current)
        table_layout.addWidget(self.outbox_panel)
        self.splitter.addWidget(table_column)
        self.splitter.addWidget(self.details)  # the details get the height they need, the table the rest
        self.table.setMinimumHeight(visible_rows_height(self.table, MIN_TABLE_ROWS))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.PAGE_MARGIN, theme.PAGE_MARGIN, theme.PAGE_MARGIN, theme.PAGE_MARGIN)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)

        self.filter_bar.filter_changed.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        context.profile_changed.connect(lambda _profile: self.refresh())
        self.retranslateUi()
        self.refresh()

    # -- data ----------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the documents again, keeping the selection and filters."""
        keep = {r.id for r in self.selected_records()}
        profile_id = self._context.profile_id
        records = load_documents(self._context.db, profile_id) if profile_id else []
        self.model.set_documents(records)
        self.filter_bar.set_counterparties(r.counterparty for r in records)
        self.filter_bar.set_date_bounds(min((local_issue_date(r) for r in records), default=None))
        self._select_ids(keep)
        self._update_count()
        self._show_current()
        self.outbox_panel.refresh()
        self._check_chain()

    def _check_chain(self) -> None:
        self._chain = None
        self.details.audit_view.show_chain(None)
        run_task(
            self._context.db.verify_audit_chain, on_done=self._chain_checked, on_error=error_handler(self), context=self
        )

    def _chain_checked(self, result: tuple[bool, str]) -> None:
        self._chain = result
        self.details.audit_view.show_chain(result)

    @property
    def chain_result(self) -> tuple[bool, str] | None:
        return self._chain

    # -- selection -----------------------------------------------------------------------
    def selected_records(self) -> list[DocumentRecord]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.proxy.record_at(row) for row in rows]

    def current_record(self) -> DocumentRecord | None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row()):
            return self.proxy.record_at(index.row())
        selected = self.selected_records()
        return selected[0] if selected else None

    def select_document(self, document_id: str) -> bool:
        return self._select_ids({document_id})

    def _select_ids(self, ids: set[str]) -> bool:
        selection = QItemSelection()
        first = None
        for row in range(self.proxy.rowCount()):
            if self.proxy.record_at(row).id in ids:
                selection.select(self.proxy.index(row, 0), self.proxy.index(row, len(Column) - 1))
                first = first if first is not None else row
        model = self.table.selectionModel()
        model.select(selection, model.SelectionFlag.ClearAndSelect)
        if first is not None:
            model.setCurrentIndex(self.proxy.index(first, 0), model.SelectionFlag.NoUpdate)
        return first is not None

    def _selection_changed(self, *_args: object) -> None:
        self._show_current()
        self.outbox_panel.update_selection()

    def _show_current(self) -> None:
        record = self.current_record()
        self.details.show_document(record, len(self.selected_records()))
        if record is not None:
            self.details.audit_view.show_entries(audit_trail(self._context.db, record.id))
            self.details.audit_view.show_chain(self._chain)

    def _filter_changed(self, wanted: DocumentFilter) -> None:
        self.proxy.set_filter(wanted)
        self._update_count()
        self._show_current()

    def _update_count(self, *_args: object) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            self.count_label.setText(self.tr("No documents issued yet. Documents you issue appear here."))
        else:
            self.count_label.setText(
                self.tr("Showing {shown} of {total} documents").format(
                    shown=i18n.format_number(shown), total=i18n.format_number(total)
                )
            )

    # -- actions -------------------------------------------------------------------------
    def reprint(self) -> None:
        record = self.current_record()
        if record is None:
            return
        run_task(
            prepare_reprint,
            self._context.db,
            record.id,
            self._context.data_dir,
            on_done=self._print_ready,
            on_error=error_handler(self),
            pool=serial_pool(),
            context=self,
        )

    def _print_ready(self, job: PrintJob) -> None:
        self._refresh_details()
        if job.rendered_again:
            self.details.show_notice(
                lambda: self.tr("The PDF file was missing; it was made again from the signed document: {path}").format(
                    path=job.path
                )
            )
        if not self.open_file(job.path):
            dialogs.show_error(
                self, self.tr("The PDF could not be opened. You can find it here: {path}").format(path=job.path)
            )

    def export_jwt(self) -> None:
        record = self.current_record()
        if record is None:
            return

        def chosen(path: Path) -> None:
            run_task(
                export_token,
                self._context.db,
                record.id,
                with_suffix(path, ".jwt"),
                on_done=self._exported,
                on_error=error_handler(self),
                pool=serial_pool(),
                context=self,
            )

        dialogs.choose_save_file(
            self,
            title=self.tr("Export the signed document"),
            name_filters=[self.tr("Signed credentials (*.jwt)")],
            on_chosen=chosen,
            suggested=user_documents_folder() / f"{record.file_stem}.jwt",
        )

    def export_pdf(self) -> None:
        record = self.current_record()
        if record is None:
            return

        def chosen(path: Path) -> None:
            run_task(
                export_pdf_copy,
                self._context.db,
                record.id,
                with_suffix(path, ".pdf"),
                self._context.data_dir,
                on_done=self._exported,
                on_error=error_handler(self),
                pool=serial_pool(),
                context=self,
            )

        dialogs.choose_save_file(
            self,
            title=self.tr("Save a copy of the PDF"),
            name_filters=[self.tr("PDF documents (*.pdf)")],
            on_chosen=chosen,
            suggested=user_documents_folder() / f"{record.file_stem}.pdf",
        )

    def _exported(self, path: Path) -> None:
        self._refresh_details()
        self.details.show_notice(lambda: self.tr("Saved {path}").format(path=path))

    def revoke_selected(self) -> None:
        records = [r for r in self.selected_records() if not r.revoked]
        if not records:
            return
        dialog = RevokeDialog(records, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.revoke_confirmed.connect(lambda reason: self._revoke([r.id for r in records], reason))
        dialog.destroyed.connect(self._revoke_dialog_closed)
        self.revoke_dialog = dialog
        dialog.open()

    def _revoke_dialog_closed(self) -> None:
        self.revoke_dialog = None

    def _revoke(self, document_ids: list[str], reason: str) -> None:
        run_task(
            revoke_documents,
            self._context.db,
            document_ids,
            reason,
            on_done=self._revoked,
            on_error=error_handler(self),
            pool=serial_pool(),
            context=self,
        )

    def _revoked(self, revocations: list[Revocation]) -> None:
        self.refresh()
        count = len(revocations)
        profile_id = self._context.profile_id
        if web_identifiers(self._context.db, profile_id):
            dialogs.confirm(
                self,
                title=self.tr("Publish the revocation"),
                message=self.tr(
                    "%n document(s) revoked. Verifiers see it only once your updated status list is "
                    "on your website. Write the publishing kit now?",
                    "",
                    count,
                ),
                verb=self.tr("Write publishing kit\u2026"),
                on_confirmed=lambda: publish_kit_interactively(self, self._context),
            )
        else:
            dialogs.show_info(
                self,
                self.tr(
                    "%n document(s) revoked. Verifiers see it once they import a trust bundle with your updated "
                    "status list: make one on the Trust page.",
                    "",
                    count,
                ),
            )

    def _refresh_details(self) -> None:
        self.refresh()

    # -- texts ---------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.title_label.setText(self.tr("Documents"))
        self.intro_label.setText(
            self.tr(
                "Every document you have issued. Print one again, export it, or revoke it so that verifiers reject it."
            )
        )
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
