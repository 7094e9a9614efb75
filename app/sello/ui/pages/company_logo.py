"""The company's logo in Settings → Company: a small preview, "Choose image…" and "Remove".
The image is checked, shrunk and stored by `sello.core.keys.logo` (audited); new documents
print it in their issuer block."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from sello.core.errors import InputError
from sello.core.keys.logo import read_logo, remove_logo, save_logo
from sello.ui import dialogs
from sello.ui.context import AppContext
from sello.ui.errors import error_handler
from sello.ui.tasks import run_task, serial_pool

LOGO_PREVIEW_HEIGHT = 40


class CompanyLogoRow(QWidget):
    logo_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("companyLogo")
        self.logo_choose = QPushButton()
        self.logo_choose.clicked.connect(self.choose_logo)
        self.logo_remove = QPushButton()
        self.logo_remove.clicked.connect(self.remove_logo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_preview)
        row.addWidget(self.logo_choose)
        row.addWidget(self.logo_remove)
        row.addStretch(1)
        self.retranslateUi()

    def choose_logo(self) -> None:
        dialogs.choose_open_file(
            self,
            title=self.tr("Choose the company's logo"),
            name_filters=[self.tr("Images (*.png *.jpg *.jpeg)")],
            on_chosen=self._logo_chosen,
        )

    def _logo_chosen(self, path: Path) -> None:
        profile = self._context.active_profile()
        if profile is None:
            return
        db, folder, profile_id = self._context.db, self._context.data_dir, profile.id
        run_task(
            lambda: save_logo(db, folder, profile_id, path),
            on_done=lambda _path: self._logo_changed(),
            on_error=self._logo_failed,
            pool=serial_pool(),
            context=self,
        )

    def remove_logo(self) -> None:
        profile = self._context.active_profile()
        if profile is None:
            return
        db, folder, profile_id = self._context.db, self._context.data_dir, profile.id
        run_task(
            lambda: remove_logo(db, folder, profile_id),
            on_done=lambda _none: self._logo_changed(),
            on_error=error_handler(self),
            pool=serial_pool(),
            context=self,
        )

    def _logo_changed(self) -> None:
        self.show_logo()
        self.logo_changed.emit()

    def _logo_failed(self, exc: BaseException) -> None:
        if isinstance(exc, InputError):
            dialogs.show_error(self, self.tr("That file is not an image Sello can use: choose a PNG or JPEG."))
        else:
            error_handler(self)(exc)

    def show_logo(self) -> None:
        profile = self._context.active_profile()
        logo = read_logo(self._context.data_dir, profile.id) if profile else None
        pixmap = QPixmap()
        if logo and pixmap.loadFromData(logo):
            self.logo_preview.setPixmap(
                pixmap.scaledToHeight(LOGO_PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(none)"))
        self.logo_remove.setEnabled(bool(logo))

    def retranslateUi(self) -> None:
        self.logo_choose.setText(self.tr("Choose image…"))
        self.logo_remove.setText(self.tr("Remove"))
        self.show_logo()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
