"""One open draft: its heading, save status and actions, notes (what an import
assumed), and the form; it saves itself (`DraftAutosaver`) and reopens where the user
left (the focused field and the scroll position)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sello.core.documents.doctypes import get_doctype
from sello.core.documents.drafts import AddressBook, DraftStore, DraftUiState, ShipmentDraft
from sello.ui import i18n, theme
from sello.ui.forms.autosave import DraftAutosaver
from sello.ui.forms.form_view import FormView
from sello.ui.forms.language import local, ui_language


class DraftEditor(QWidget):
    issue_requested = Signal()
    close_requested = Signal()

    def __init__(
        self,
        store: DraftStore,
        draft: ShipmentDraft,
        *,
        address_book: AddressBook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftEditor")
        self.store = store
        self.draft_id = draft.id
        self.doctype = get_doctype(draft.doctype)
        self.notes = list(draft.ui_state.notes)
        self._initial_state = draft.ui_state
        self._save_state = "saved"
        self._saved_at = draft.updated_at

        self.title = theme.page_title()
        self.save_status = QLabel()
        self.save_status.setObjectName("pageIntro")
        # a long document name or save time takes two lines beside the buttons (rather than
        # widening the editor, and the form's columns, each time the status changes)
        for label in (self.title, self.save_status):
            label.setWordWrap(True)
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check)
        self.issue_button = QPushButton()
        self.issue_button.setDefault(True)
        self.issue_button.clicked.connect(self.issue_requested)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_requested)
        heading = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.save_status)
        heading.addLayout(titles, 1)
        for button in (self.check_button, self.issue_button, self.close_button):
            heading.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)

        self.notes_frame = QFrame()
        self.notes_frame.setObjectName("draftNotes")
        self.notes_frame.setStyleSheet(
            "QFrame#draftNotes { background: #eef4fb; border: 1px solid #9bbbe0;"
            " border-radius: 6px; } QFrame#draftNotes QLabel { color: #17324d; }"
        )
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide_notes_button = QPushButton()
        self.hide_notes_button.setFlat(True)
        self.hide_notes_button.clicked.connect(self.dismiss_notes)
        notes_layout = QHBoxLayout(self.notes_frame)
        notes_layout.addWidget(self.notes_label, 1)
        notes_layout.addWidget(self.hide_notes_button, 0, Qt.AlignmentFlag.AlignTop)

        self.form = FormView(self.doctype, address_book=address_book)
        self.form.set_data(draft.data)
        self.autosaver = DraftAutosaver(store, self.snapshot, self)
        self.autosaver.start(draft.id)
        self.form.changed.connect(self.autosaver.schedule)
        self.form.focus_changed.connect(lambda _path: self.autosaver.schedule())
        self.autosaver.saving.connect(lambda _id: self._set_save_state("saving"))
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(lambda _id, _exc: self._set_save_state("failed"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.notes_frame)
        layout.addWidget(self.form, 1)
        self.retranslateUi()

    # -- saving ------------------------------------------------------------------------------
    def snapshot(self) -> tuple[dict, DraftUiState]:
        state = DraftUiState(
            focus=self.form.focused_path(),
            section=self.form.current_section(),
            scroll=self.form.scroll_position(),
            notes=tuple(self.notes),
        )
        return self.form.data(), state

    def _saved(self, _draft_id: int, when: str) -> None:
        self._saved_at = when
        self._set_save_state("saved" if not self.autosaver.pending else "saving")

    def _set_save_state(self, state: str) -> None:
        self._save_state = state
        self._show_save_state()

    def _show_save_state(self) -> None:
        if self._save_state == "saving":
            self.save_status.setText(self.tr("Draft · saving…"))
        elif self._save_state == "failed":
            self.save_status.setText(self.tr("Draft · could not be saved; your changes are kept on screen"))
        else:
            self.save_status.setText(
                self.tr("Draft · saved automatically {when}").format(when=i18n.format_datetime(self._saved_at))
            )

    # -- position -------------------------------------------------------------------------------
    def restore_position(self) -> None:
        """Back where the user left: the scroll position and the focused field (after layout)."""
        state = self._initial_state

        def restore() -> None:
            if state.scroll:
                self.form.set_scroll_position(state.scroll)
            if state.focus:
                if not self.form.focus_field(state.focus) and state.section:
                    self.form.go_to_section(state.section)
            elif state.section:
                self.form.go_to_section(state.section)

        QTimer.singleShot(0, restore)

    def check(self) -> int:
        errors = self.form.check()
        if errors:
            self.form.focus_field(errors[0].path)
        return len(errors)

    def dismiss_notes(self) -> None:
        self.notes = []
        self.notes_frame.hide()
        self.autosaver.schedule()

    # -- texts ------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        lang = ui_language()
        self.title.setText(local(self.doctype.title, lang))
        self.check_button.setText(self.tr("Check"))
        self.check_button.setToolTip(self.tr("List everything that is missing or wrong"))
        self.issue_button.setText(self.tr("Issue…"))
        self.issue_button.setToolTip(self.tr("See the document, then sign it and save its PDF"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the form; the draft stays in the list"))
        self.hide_notes_button.setText(self.tr("Hide"))
        self.notes_label.setText("\n".join(f"• {local(note, lang)}" for note in self.notes))
        self.notes_frame.setVisible(bool(self.notes))
        self._show_save_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
