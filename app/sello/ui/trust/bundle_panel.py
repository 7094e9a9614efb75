"""Offline trust bundles: one signed file with trust lists, DID documents and status
lists for border desks without a network. Make one (signed with the company's key)
or import one (its signer must be an operator you trust); its date is shown, since
revocation data is only as fresh as the bundle."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sello.core.trust.bundle import SUFFIX, BundleImport
from sello.ui import dialogs, i18n, theme
from sello.ui.context import AppContext
from sello.ui.documents.files import user_documents_folder, with_suffix
from sello.ui.errors import error_handler
from sello.ui.tasks import run_task, serial_pool
from sello.ui.trust.actions import MadeBundle, import_bundle_file, make_bundle_file


def _note() -> QLabel:
    label = QLabel()
    label.setObjectName("pageIntro")
    label.setWordWrap(True)
    return label


def _result_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class BundlePanel(QWidget):
    bundle_imported = Signal(object)  # BundleImport: the trust lists it carried show on another tab

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._made: MadeBundle | None = None
        self._imported: BundleImport | None = None

        self.make_box = QGroupBox()
        self.make_note = _note()
        self.make_button = QPushButton()
        self.make_button.clicked.connect(self.make)
        self.made_label = _result_label()
        make_layout = QVBoxLayout(self.make_box)
        make_layout.addWidget(self.make_note)
        make_row = QHBoxLayout()
        make_row.addWidget(self.make_button)
        make_row.addStretch(1)
        make_layout.addLayout(make_row)
        make_layout.addWidget(self.made_label)

        self.import_box = QGroupBox()
        self.import_note = _note()
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_bundle)
        self.imported_frame = QFrame()
        self.imported_frame.setObjectName("verdict")
        self.imported_label = _result_label()
        frame_layout = QVBoxLayout(self.imported_frame)
        frame_layout.addWidget(self.imported_label)
        import_layout = QVBoxLayout(self.import_box)
        import_layout.addWidget(self.import_note)
        import_row = QHBoxLayout()
        import_row.addWidget(self.import_button)
        import_row.addStretch(1)
        import_layout.addLayout(import_row)
        import_layout.addWidget(self.imported_frame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(self.make_box)
        layout.addWidget(self.import_box)
        layout.addStretch(1)
        self.retranslateUi()

    @property
    def last_import(self) -> BundleImport | None:
        return self._imported

    def refresh(self) -> None:
        self.make_button.setEnabled(self._context.profile_id is not None)

    # -- actions ---------------------------------------------------------------------------
    def make(self) -> None:
        manager = self._context.key_manager
        if manager is None:
            return
        safe = "".join(c if c.isalnum() else "-" for c in manager.profile.legal_name).strip("-")[:40]
        suggested = user_documents_folder() / f"{safe}-{date.today().isoformat()}{SUFFIX}"

        def chosen(path: Path) -> None:
            run_task(
                make_bundle_file,
                self._context.db,
                manager,
                with_suffix(path, SUFFIX),
                on_done=self._made_one,
                on_error=error_handler(self),
                pool=serial_pool(),
                context=self,
            )

        dialogs.choose_save_file(
            self,
            title=self.tr("Save the trust bundle"),
            name_filters=[self.tr("Sello trust bundles (*.sello-bundle)")],
            on_chosen=chosen,
            suggested=suggested,
        )

    def _made_one(self, made: MadeBundle) -> None:
        self._made = made
        self._show_made()

    def import_bundle(self) -> None:
        def chosen(path: Path) -> None:
            run_task(
                import_bundle_file,
                self._context.db,
                path,
                on_done=self._imported_one,
                on_error=error_handler(self),
                pool=serial_pool(),
                context=self,
            )

        dialogs.choose_open_file(
            self,
            title=self.tr("Import a trust bundle"),
            name_filters=[self.tr("Sello trust bundles (*.sello-bundle)"), self.tr("All files (*)")],
            on_chosen=chosen,
        )

    def _imported_one(self, report: BundleImport) -> None:
        self._imported = report
        self._show_imported()
        self.bundle_imported.emit(report)

    def _show_made(self) -> None:
        made = self._made
        self.made_label.setVisible(made is not None)
        if made is None:
            return
        self.made_label.setText(
            self.tr(
                "Bundle of {date} saved to {path}. Trust lists: {lists}; DID documents: {dids}; "
                "status lists: {statuses}."
            ).format(
                date=i18n.format_datetime(made.created),
                path=made.path,
                lists=i18n.format_number(made.counts.get("trust-list", 0)),
                dids=i18n.format_number(made.counts.get("did-document", 0)),
                statuses=i18n.format_number(made.counts.get("status-list", 0)),
            )
        )

    def _show_imported(self) -> None:
        report = self._imported
        self.imported_frame.setVisible(report is not None)
        if report is None:
            return
        text = self.tr(
            "Bundle of {date} from {operator} imported. Trust lists: {lists}; DID documents: {dids}; "
            "status lists: {statuses}. Its revocation data is as of {date}."
        ).format(
            date=i18n.format_datetime(report.created),
            operator=report.operator_name,
            lists=i18n.format_number(len(report.trust_lists)),
            dids=i18n.format_number(len(report.did_documents)),
            statuses=i18n.format_number(len(report.status_lists)),
        )
        if report.refused:
            text += (
                "\n"
                + self.tr("Not imported:")
                + "\n"
                + "\n".join(f"\u2022 {member}: {reason}" for member, reason in report.refused)
            )
        self.imported_label.setText(text)
        self.imported_frame.setStyleSheet(theme.verdict_style_sheet("amber" if report.refused else "green"))

    # -- texts -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.make_box.setTitle(self.tr("Make a bundle for offline desks"))
        self.make_note.setText(
            self.tr(
                "One signed file with the trust lists on this computer, your DID documents and your current "
                "revocation status lists. Give it to border desks that work offline, or to verifiers of a "
                "company without a website. It is signed with your company's key."
            )
        )
        self.make_button.setText(self.tr("&Make bundle\u2026"))
        self.import_box.setTitle(self.tr("Import a bundle"))
        self.import_note.setText(
            self.tr(
                "A bundle is accepted only when it is signed by an operator you trust (Trust lists tab). Its "
                "revocation data is as fresh as the bundle's date."
            )
        )
        self.import_button.setText(self.tr("&Import bundle\u2026"))
        self._show_made()
        self._show_imported()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
