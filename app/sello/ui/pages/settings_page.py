"""Settings: the company's details, language, data folder, where private keys are kept,
default signing algorithm, and the version."""

from __future__ import annotations

import platform

from PySide6 import __version__ as qt_version
from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sello import __version__
from sello.ui import dialogs, i18n, preferences, theme
from sello.ui.context import AppContext, KeyStorageInfo
from sello.ui.errors import error_handler
from sello.ui.pages.company_box import CompanyBox
from sello.ui.tasks import run_task, serial_pool

LANGUAGE_NAMES = {"es": "Español", "en": "English"}  # endonyms: never translated
MAX_CONTENT_WIDTH = 760


class SettingsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._key_storage: KeyStorageInfo | None = None  # looked up on first show, off the GUI thread
        self._key_storage_requested = False

        self.title_label = theme.page_title()
        self.company_box = CompanyBox(context)

        # language
        self.language_box = QGroupBox()
        self.language_caption = QLabel()
        self.language_combo = QComboBox()
        for code in preferences.LANGUAGE.choices:
            self.language_combo.addItem("", code)
        self.language_caption.setBuddy(self.language_combo)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.language_note = self._note()
        form = QFormLayout(self.language_box)
        form.addRow(self.language_caption, self.language_combo)
        form.addRow(self.language_note)

        # data folder
        self.data_box = QGroupBox()
        self.data_path = QLabel(str(context.data_dir))
        self.data_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_path.setWordWrap(True)
        self.open_folder_button = QPushButton()
        self.open_folder_button.clicked.connect(self.open_data_folder)
        self.data_note = self._note()
        row = QHBoxLayout()
        row.addWidget(self.data_path, 1)
        row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        data_layout = QVBoxLayout(self.data_box)
        data_layout.addLayout(row)
        data_layout.addWidget(self.data_note)

        # key storage
        self.storage_box = QGroupBox()
        self.storage_value = QLabel()
        font = self.storage_value.font()
        font.setBold(True)
        self.storage_value.setFont(font)
        self.storage_note = self._note()
        storage_layout = QVBoxLayout(self.storage_box)
        storage_layout.addWidget(self.storage_value)
        storage_layout.addWidget(self.storage_note)

        # default algorithm
        self.algorithm_box = QGroupBox()
        self.es384_radio = QRadioButton()
        self.ed25519_radio = QRadioButton()
        self.algorithm_group = QButtonGroup(self)
        self.algorithm_group.addButton(self.es384_radio)
        self.algorithm_group.addButton(self.ed25519_radio)
        chosen = preferences.read(preferences.DEFAULT_ALGORITHM)
        (self.ed25519_radio if chosen == "EdDSA" else self.es384_radio).setChecked(True)
        self.algorithm_group.buttonToggled.connect(self._algorithm_chosen)
        self.algorithm_note = self._note()
        algorithm_layout = QVBoxLayout(self.algorithm_box)
        algorithm_layout.addWidget(self.es384_radio)
        algorithm_layout.addWidget(self.ed25519_radio)
        algorithm_layout.addWidget(self.algorithm_note)

        # about
        self.about_box = QGroupBox()
        self.version_label = QLabel()
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about_layout = QVBoxLayout(self.about_box)
        about_layout.addWidget(self.version_label)

        content = QWidget()
        content.setMaximumWidth(MAX_CONTENT_WIDTH)
        column = QVBoxLayout(content)
        column.setContentsMargins(theme.PAGE_MARGIN, theme.PAGE_MARGIN, theme.PAGE_MARGIN, theme.PAGE_MARGIN)
        column.setSpacing(theme.SPACING)
        column.addWidget(self.title_label)
        boxes = (self.company_box, self.language_box, self.data_box, self.storage_box, self.algorithm_box)
        for box in (*boxes, self.about_box):
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslateUi()

    @staticmethod
    def _note() -> QLabel:
        label = QLabel()
        label.setObjectName("pageIntro")
        label.setWordWrap(True)
        return label

    # -- behaviour -----------------------------------------------------------------------
    def page_shown(self) -> None:
        if not self._key_storage_requested:
            self._key_storage_requested = True
            # probing the keyring may wait on D-Bus / an unlock prompt: never on the GUI thread
            run_task(
                self._context.key_storage,
                on_done=self._key_storage_found,
                on_error=error_handler(self),
                pool=serial_pool(),
                context=self,
            )

    def _key_storage_found(self, info: KeyStorageInfo) -> None:
        self._key_storage = info
        self._show_key_storage()

    def _language_chosen(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        if code and code != i18n.manager().preference:
            i18n.manager().set_preference(code)

    def _algorithm_chosen(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            preferences.write(preferences.DEFAULT_ALGORITHM, "EdDSA" if button is self.ed25519_radio else "ES384")

    def open_data_folder(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._context.data_dir))):
            dialogs.show_error(
                self,
                self.tr("The folder could not be opened. You can find it here: {path}").format(
                    path=self._context.data_dir
                ),
            )

    # -- texts ---------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.title_label.setText(self.tr("Settings"))

        self.language_box.setTitle(self.tr("Language"))
        self.language_caption.setText(self.tr("&Language:"))
        system_name = LANGUAGE_NAMES[i18n.system_language()]
        names = {"system": self.tr("Same as the computer ({language})").format(language=system_name), **LANGUAGE_NAMES}
        self.language_combo.blockSignals(True)
        for row in range(self.language_combo.count()):
            self.language_combo.setItemText(row, names[self.language_combo.itemData(row)])
        self.language_combo.setCurrentIndex(self.language_combo.findData(i18n.manager().preference))
        self.language_combo.blockSignals(False)
        self.language_note.setText(self.tr("The change applies at once, without restarting Sello."))

        self.data_box.setTitle(self.tr("Data folder"))
        self.open_folder_button.setText(self.tr("&Open folder"))
        self.data_note.setText(
            self.tr(
                "Company profiles, issued documents and the activity log are kept here. "
                "Private keys are not: they are in the key storage below."
            )
        )

        self.storage_box.setTitle(self.tr("Where private keys are kept"))
        self._show_key_storage()

        self.algorithm_box.setTitle(self.tr("Signing algorithm for new keys"))
        self.es384_radio.setText(self.tr("ES384 (P-384) \u2014 recommended, the one customs verifiers expect"))
        self.ed25519_radio.setText(self.tr("Ed25519 \u2014 for partners who ask for it"))
        self.algorithm_note.setText(self.tr("Existing keys keep their algorithm."))

        self.about_box.setTitle(self.tr("About"))

        self.version_label.setText(
            self.tr("Sello {version} \u00b7 Qt for Python {qt} \u00b7 Python {python}").format(
                version=__version__, qt=qt_version, python=platform.python_version()
            )
        )

    def _show_key_storage(self) -> None:
        info = self._key_storage
        if info is None:
            self.storage_value.setText("\u2026")
            self.storage_note.setText("")
        elif info.kind == "keyring":
            self.storage_value.setText(self.tr("The operating system's keyring: {name}").format(name=info.description))
            self.storage_note.setText(
                self.tr(
                    "Private keys are kept by the operating system (Windows Credential Manager, macOS "
                    "Keychain or the Secret Service on Linux), never in a plain file."
                )
            )
        else:
            self.storage_value.setText(self.tr("An encrypted file, protected by your passphrase"))
            self.storage_note.setText(
                self.tr(
                    "Private keys are kept in the encrypted file {path}. Without its passphrase they cannot be used."
                ).format(path=info.description)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
