"""`sello verify-window`: the verifier alone, for border and importer desks.

It needs no company profile and no key: only the data folder, for the verification
history, saved DID documents and status lists, and imported trust lists and bundles.
Tabs: Verify (camera, handheld scanner, files; the verdict; "trust data as of …") and
History. The menus open files, export the history, import a trust bundle (Trust → Import
bundle, the step a "cannot confirm" verdict names) and switch the language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from sello.ui import i18n
from sello.ui.context import AppContext
from sello.ui.verifier.history_page import HistoryPage
from sello.ui.verifier.operator_pinning import OperatorPinning
from sello.ui.verifier.verifier_view import VerifierView

DEFAULT_SIZE = (1280, 820)
SCREEN_MARGIN = QSize(40, 72)  # room for window frames, a taskbar or a dock


def default_window_size(available: QSize | None) -> QSize:
    """The preferred size where it fits, else the screen's free area less a margin: on a
    1366 x 768 or 1280 x 720 laptop the window ends above the taskbar, every button on screen."""
    preferred = QSize(*DEFAULT_SIZE)
    if available is None or available.isEmpty():
        return preferred
    return preferred.boundedTo(available - SCREEN_MARGIN).expandedTo(QSize(1, 1))


class VerifierWindow(QMainWindow):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, online: bool = True, start_camera: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verifierWindow")
        self.context = context
        self.view = VerifierView(context, online=online, start_camera=start_camera)
        self.history = HistoryPage(context.db)
        self.view.controller.history_changed.connect(self.history.refresh)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.view, "")
        self.tabs.addTab(self.history, "")
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addWidget(self.tabs)
        self.setCentralWidget(container)
        self._build_menus()
        self.retranslateUi()
        screen = self.screen() or QApplication.primaryScreen()
        self.resize(default_window_size(screen.availableGeometry().size() if screen else None))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.view.choose_file)
        self.next_action = QAction(self)
        self.next_action.setShortcut(QKeySequence("Ctrl+N"))
        self.next_action.triggered.connect(self.view.scan_next)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.history.export_csv)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        for action in (self.open_action, self.next_action, self.export_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.trust_menu = bar.addMenu("")  # the "cannot confirm" remedy names it: Trust → Import bundle
        self.import_bundle_action = QAction(self)
        self.import_bundle_action.triggered.connect(self.view.trust_freshness.import_bundle)
        self.trust_menu.addAction(self.import_bundle_action)
        self.pinning = OperatorPinning(self.context.db, self)
        self.pin_operator_action = QAction(self)
        self.pin_operator_action.triggered.connect(self.pinning.start)
        self.trust_menu.addAction(self.pin_operator_action)

        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("en", "English"), ("es", "Español")):  # each in its own language
            action = QAction(name, self, checkable=True)
            action.triggered.connect(lambda _checked=False, c=code: i18n.manager().set_preference(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Sello — Verify documents"))
        self.tabs.setTabText(0, self.tr("Verify"))
        self.tabs.setTabText(1, self.tr("History"))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open a file to verify…"))
        self.next_action.setText(self.tr("Scan the &next document"))
        self.export_action.setText(self.tr("&Export the history as CSV…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.trust_menu.setTitle(self.tr("&Trust"))
        self.import_bundle_action.setText(self.tr("&Import bundle…"))
        self.pin_operator_action.setText(self.tr("&Trust an operator from a file…"))
        self.language_menu.setTitle(self.tr("&Language"))
        language = i18n.manager().language
        if language in self.language_actions:
            self.language_actions[language].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view.shutdown()
        super().closeEvent(event)
