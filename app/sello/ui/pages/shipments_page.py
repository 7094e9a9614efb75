"""Shipments: start a document (empty, from an earlier one, from a CFDI invoice, or many
from a CSV file), fill its form, and issue it.

Left, the drafts and recently issued documents; right, the open draft's form, or the
choice of what to start when none is open. Drafts save themselves while the user
types, and the page reopens the draft (and field) the user was in when Sello closed.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sello.core.documents.cfdi import SUPPORTED_DOCTYPES as CFDI_DOCTYPES  # what a CFDI can prefill
from sello.core.documents.doctypes import get_doctype, ordered_doctypes
from sello.core.documents.drafts import AddressBook, DraftStore, DraftUiState, ShipmentDraft
from sello.core.documents.issuance import IssuedDocument
from sello.core.documents.validation import normalize_data
from sello.core.errors import NotFoundError
from sello.ui import dialogs, theme
from sello.ui.context import AppContext
from sello.ui.errors import error_handler, report_error
from sello.ui.forms.draft_editor import DraftEditor
from sello.ui.forms.draft_list import DraftList
from sello.ui.forms.language import local, ui_language
from sello.ui.forms.reflow_grid import ReflowGridLayout
from sello.ui.tasks import run_task, serial_pool

LIST_WIDTH = 230  # the drafts list, beside the form (px, before the user moves the handle)
LIST_MIN_WIDTH = 170


def copy_note(title: str) -> dict[str, str]:
    return {
        "es": f"Copia de «{title}». Escriba el número del documento nuevo antes de emitirlo.",
        "en": f"Copied from “{title}”. Type the new document's number before issuing it.",
    }


class StartPanel(QWidget):
    """What the right side shows when no draft is open: the kinds of document to start."""

    chosen = Signal(str)  # doctype id
    cfdi_requested = Signal(str)  # doctype id
    batch_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.intro = theme.page_intro()
        self.buttons: dict[str, QPushButton] = {}
        grid = ReflowGridLayout(max_columns=2, min_column_width=0, horizontal_spacing=10, vertical_spacing=10)
        for doctype in ordered_doctypes():
            button = QPushButton()
            button.setObjectName(f"start:{doctype.id}")
            button.setMinimumHeight(52)
            button.clicked.connect(lambda _checked=False, d=doctype.id: self.chosen.emit(d))
            self.buttons[doctype.id] = button
            grid.addWidget(button)
        self.files_caption = QLabel()
        self.cfdi_button = QPushButton()
        self.cfdi_menu = QMenu(self.cfdi_button)
        self.cfdi_actions = {}
        for doctype_id in CFDI_DOCTYPES:
            action = self.cfdi_menu.addAction("")
            action.triggered.connect(lambda _checked=False, d=doctype_id: self.cfdi_requested.emit(d))
            self.cfdi_actions[doctype_id] = action
        self.cfdi_button.setMenu(self.cfdi_menu)
        self.batch_button = QPushButton()
        self.batch_button.clicked.connect(self.batch_requested)
        files = ReflowGridLayout(max_columns=2, min_column_width=0, horizontal_spacing=10, vertical_spacing=6)
        files.addWidget(self.cfdi_button)
        files.addWidget(self.batch_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.files_caption)
        layout.addLayout(files)
        layout.addStretch(1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        lang = ui_language()
        self.heading.setText(self.tr("Start a document"))
        self.intro.setText(
            self.tr(
                "Choose the kind of document. It is saved as a draft while you type, so you can close Sello "
                "and continue later."
            )
        )
        for doctype_id, button in self.buttons.items():
            button.setText(local(get_doctype(doctype_id).title, lang))
        self.files_caption.setText(self.tr("Or start from a file:"))
        self.cfdi_button.setText(self.tr("From a CFDI invoice (XML)"))
        self.cfdi_button.setToolTip(
            self.tr(
                "Fill a document with the data of a stamped CFDI 4.0: an export invoice (Comercio "
                "Exterior complement) or, for the bill of lading, a Carta Porte 3.1"
            )
        )
        for doctype_id, action in self.cfdi_actions.items():
            action.setText(local(get_doctype(doctype_id).title, lang))
        self.batch_button.setText(self.tr("Many documents from a CSV file…"))
        self.batch_button.setToolTip(self.tr("Issue one document per line of a spreadsheet saved as CSV"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class ShipmentsPage(QWidget):
    draft_opened = Signal(int)  # the editor shows this draft
    draft_closed = Signal()
    list_refreshed = Signal()
    document_issued = Signal(object)  # IssuedDocument

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editor: DraftEditor | None = None
        self.issue_dialog: Any = None
        self.batch_dialog: Any = None

        self.title_label = theme.page_title()
        self.no_profile_label = theme.page_intro()
        self.new_button = QPushButton()
        self.new_menu = QMenu(self.new_button)
        self.new_actions = {}
        for doctype in ordered_doctypes():
            action = self.new_menu.addAction("")
            action.triggered.connect(lambda _checked=False, d=doctype.id: self.new_document(d))
            self.new_actions[doctype.id] = action
        self.new_button.setMenu(self.new_menu)
        self.list = DraftList()
        self.list.open_draft.connect(self.open_draft)
        self.list.copy_draft.connect(self.copy_draft)
        self.list.copy_document.connect(self.copy_document)
        self.list.delete_draft.connect(self.delete_draft)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.list, 1)

        self.start = StartPanel()
        self.start.chosen.connect(self.new_document)
        self.start.cfdi_requested.connect(self.import_cfdi)
        self.start.batch_requested.connect(self.open_batch)
        # (the start buttons and the form's fields reflow to the width they get: no sideways scrolling)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([LIST_WIDTH, 800])  # the form gets the rest; the user may move the handle
        left.setMinimumWidth(LIST_MIN_WIDTH)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.PAGE_MARGIN, theme.PAGE_MARGIN, theme.PAGE_MARGIN, theme.PAGE_MARGIN // 2)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(self.title_label)
        layout.addWidget(self.no_profile_label)
        layout.addWidget(self.splitter, 1)

        context.profile_changed.connect(self._profile_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._save_before_quit)
        self.retranslateUi()
        self._profile_changed(context.profile_id or "")

    # -- the profile's stores ------------------------------------------------------------------
    @property
    def store(self) -> DraftStore | None:
        return DraftStore(self.context.db, self.context.profile_id) if self.context.profile_id else None

    @property
    def address_book(self) -> AddressBook | None:
        return AddressBook(self.context.db, self.context.profile_id) if self.context.profile_id else None

    def _profile_changed(self, _profile_id: str) -> None:
        self.close_draft(remember=True)  # (the other company's draft reopens when it is chosen again)
        has_profile = self.context.profile_id is not None
        self.no_profile_label.setVisible(not has_profile)
        self.splitter.setEnabled(has_profile)
        self.refresh_list()
        store = self.store
        if store is not None:
            last = store.last_opened()
            if last is not None:
                self.open_draft(last)

    def refresh_list(self) -> None:
        store = self.store
        if store is None:
            self.list.set_entries([], [])
        else:
            self.list.set_entries(store.list(), store.recent_documents())
        self.list_refreshed.emit()

    def page_shown(self) -> None:
        self.refresh_list()

    # -- starting and opening drafts ---------------------------------------------------------------
    def _create(
        self, doctype_id: str, data: dict[str, Any] | None = None, notes: tuple[dict[str, str], ...] = ()
    ) -> None:
        store = self.store
        if store is None:
            return
        state = DraftUiState(notes=notes)
        run_task(
            store.create,
            doctype_id,
            copy.deepcopy(data) if data is not None else None,
            state,
            pool=serial_pool(),
            on_done=self._created,
            on_error=error_handler(self),
            context=self,
        )

    def _created(self, draft: ShipmentDraft) -> None:
        self.refresh_list()
        self._show_draft(draft)

    def new_document(self, doctype_id: str) -> None:
        """Start an empty document of this type (with its defaults)."""
        self._create(doctype_id)

    def open_draft(self, draft_id: int) -> None:
        store = self.store
        if store is None:
            return
        try:
            draft = store.get(draft_id)
        except NotFoundError as exc:
            report_error(exc, self)
            self.refresh_list()
            return
        self._show_draft(draft)

    def _show_draft(self, draft: ShipmentDraft) -> None:
        store = self.store
        assert store is not None
        if self.editor is not None and self.editor.draft_id == draft.id:
            return
        self.close_draft(remember=True)  # (the draft opened now becomes the one to reopen)
        editor = DraftEditor(store, draft, address_book=self.address_book)
        editor.issue_requested.connect(self.issue)
        editor.close_requested.connect(self.close_draft)
        editor.autosaver.saved.connect(lambda _id, _when: self.refresh_list())
        self.editor = editor
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)
        self.list.select("draft", draft.id)
        run_task(store.set_last_opened, draft.id, pool=serial_pool(), on_error=error_handler(self))
        editor.restore_position()
        self.draft_opened.emit(draft.id)

    def close_draft(self, remember: bool = False) -> None:
        """Close the open form (its last changes are saved); the draft stays in the list."""
        editor = self.editor
        if editor is None:
            return
        editor.autosaver.stop()
        self.editor = None
        self.stack.setCurrentWidget(self.start)
        self.stack.removeWidget(editor)
        editor.deleteLater()
        if not remember:  # (the editor's store: the profile may have changed meanwhile)
            run_task(editor.store.set_last_opened, None, pool=serial_pool(), on_error=error_handler(self))
        self.draft_closed.emit()

    def copy_draft(self, draft_id: int) -> None:
        """ "New from this one": a new draft with the same data, without the document number."""
        store = self.store
        if store is None:
            return
        if self.editor is not None and self.editor.draft_id == draft_id:
            self.editor.autosaver.flush()
        title = next((d.title for d in store.list() if d.id == draft_id), "")
        note = copy_note(title) if title else None

        def copy_it() -> ShipmentDraft:
            draft = store.copy_draft(draft_id)
            if note:
                store.save(draft.id, draft.data, DraftUiState(notes=(note,)))
                return store.get(draft.id)
            return draft

        run_task(copy_it, pool=serial_pool(), on_done=self._created, on_error=error_handler(self), context=self)

    def copy_document(self, document_id: str) -> None:
        store = self.store
        if store is None:
            return
        title = next((d.title for d in store.recent_documents(200) if d.id == document_id), "")

        def copy_it() -> ShipmentDraft:
            draft = store.copy_document(document_id)
            store.save(draft.id, draft.data, DraftUiState(notes=(copy_note(title),)))
            return store.get(draft.id)

        run_task(copy_it, pool=serial_pool(), on_done=self._created, on_error=error_handler(self), context=self)

    def delete_draft(self, draft_id: int) -> None:
        store = self.store
        if store is None:
            return
        summary = next((d for d in store.list() if d.id == draft_id), None)
        if summary is None:
            return
        name = summary.title or self.tr("(no number yet)")
        kind = local(get_doctype(summary.doctype).title)

        def delete() -> None:
            if self.editor is not None and self.editor.draft_id == draft_id:
                self.editor.autosaver.draft_id = None  # nothing more to save for it
                self.close_draft()
            run_task(
                store.delete,
                draft_id,
                pool=serial_pool(),
                on_done=lambda _r: self.refresh_list(),
                on_error=error_handler(self),
                context=self,
            )

        dialogs.confirm_destructive(
            self,
            title=self.tr("Delete this draft?"),
            message=self.tr("The draft and everything typed in it will be deleted. Issued documents are not affected."),
            verb=self.tr("Delete draft"),
            affected=[f"{kind}: {name}"],
            on_confirmed=delete,
        )

    # -- files -------------------------------------------------------------------------------------
    def import_cfdi(self, doctype_id: str) -> None:
        """Prefill a new document from a stamped export CFDI (XML)."""
        dialogs.choose_open_file(
            self,
            title=self.tr("Choose a CFDI invoice"),
            name_filters=[self.tr("CFDI invoices (*.xml)"), self.tr("All files (*)")],
            on_chosen=lambda path: self._read_cfdi(path, doctype_id),
        )

    def _read_cfdi(self, path: Path, doctype_id: str) -> None:
        from sello.core.documents.cfdi import import_cfdi_file

        def imported(result: Any) -> None:
            intro = {
                "es": f"Datos tomados del CFDI {path.name}. Revise y complete lo que falta.",
                "en": f"Data taken from the CFDI {path.name}. Check it and fill in what is missing.",
            }
            self._create(result.doctype, result.data, (intro, *[dict(n) for n in result.notes]))

        run_task(
            lambda: import_cfdi_file(path, doctype=doctype_id),
            on_done=imported,
            on_error=self._cfdi_failed,
            context=self,
        )

    def _cfdi_failed(self, exc: BaseException) -> None:
        messages = getattr(exc, "messages", None)
        if isinstance(messages, dict):
            dialogs.show_error(self, local(messages))
        else:
            report_error(exc, self)

    def open_batch(self) -> None:
        from sello.ui.issue.batch_dialog import BatchDialog

        doctype_id = self.editor.doctype.id if self.editor is not None else ordered_doctypes()[0].id
        dialog = BatchDialog(self.context, doctype_id, parent=self)
        dialog.finished_batch.connect(lambda _result: self.refresh_list())
        self.batch_dialog = dialog
        dialog.open()

    # -- issuing ------------------------------------------------------------------------------------
    def issue(self) -> Any:
        """Check the form; with no problems, open the preview (returns the IssueDialog)."""
        editor = self.editor
        if editor is None:
            return None
        if editor.check():
            return None
        if self.context.signing_key() is None:
            dialogs.show_error(
                self,
                self.tr("This company has no signing key yet: create one on the Keys page, then issue the document."),
            )
            return None
        from sello.ui.issue.issue_dialog import IssueDialog

        editor.autosaver.flush()
        store, book = self.store, self.address_book
        assert store is not None and book is not None
        draft_id, doctype, data = editor.draft_id, editor.doctype, editor.form.data()

        def after_issue(_document: IssuedDocument) -> None:  # on the database thread
            book.remember_document(doctype, normalize_data(doctype, data))  # as signed: "MX", not "mx"
            store.delete(draft_id)

        dialog = IssueDialog(self.context, doctype, data, after_issue=after_issue, parent=self)
        dialog.issued.connect(self._issued)
        self.issue_dialog = dialog
        dialog.open()
        return dialog

    def _issued(self, document: IssuedDocument) -> None:
        if self.editor is not None:
            self.editor.autosaver.draft_id = None  # the draft became a document
        self.close_draft()
        self.refresh_list()
        self.list.select("issued", document.id)
        self.document_issued.emit(document)

    def _save_before_quit(self) -> None:
        if self.editor is not None:
            self.editor.autosaver.flush()

    # -- texts --------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        lang = ui_language()
        self.title_label.setText(self.tr("Shipments"))
        self.no_profile_label.setText(self.tr("Set up your company first: documents are issued in its name."))
        self.new_button.setText(self.tr("New document"))
        for doctype_id, action in self.new_actions.items():
            action.setText(local(get_doctype(doctype_id).title, lang))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
