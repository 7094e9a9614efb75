"""The main window: navigation on the left, the current page on the right, the active
company and signing key in the status bar, and the menus.

Pages come from `sello.ui.pages.PAGES` and are created on first show.
"""

from __future__ import annotations

from PySide6 import __version__ as qt_version
from PySide6.QtCore import QByteArray, QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from sello import __version__
from sello.core.buildinfo import about_lines, read_build_info
from sello.ui import dialogs, i18n, preferences, theme
from sello.ui.context import AppContext
from sello.ui.errors import report_error
from sello.ui.navigation import NavigationList
from sello.ui.pages import PAGES, PageSpec, page_spec
from sello.ui.send.outbox_worker import OutboxWorker
from sello.ui.status import StatusBarWidget

PREFERRED_SIZE = QSize(1280, 800)  # the first window, on a screen with room for it
SCREEN_MARGIN = QSize(40, 48)  # left free around the first window (its frame and title bar)
EDIT_ACTIONS = (  # (slot on the focused widget, standard key)
    ("undo", QKeySequence.StandardKey.Undo),
    ("redo", QKeySequence.StandardKey.Redo),
    (None, None),
    ("cut", QKeySequence.StandardKey.Cut),
    ("copy", QKeySequence.StandardKey.Copy),
    ("paste", QKeySequence.StandardKey.Paste),
    (None, None),
    ("selectAll", QKeySequence.StandardKey.SelectAll),
)


def default_window_size(available: QSize) -> QSize:
    """The first window's size on a screen whose free area is ``available``: the preferred
    size where it fits, else the free area less a margin (a 1366 x 768 laptop gets a
    window that ends above its taskbar). A remembered size wins over this one."""
    room = available - SCREEN_MARGIN
    return PREFERRED_SIZE.boundedTo(room).expandedTo(QSize(1, 1))


class MainWindow(QMainWindow):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, pages: tuple[PageSpec, ...] = PAGES
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._pages = pages
        self._page_widgets: dict[str, QWidget] = {}
        self.setObjectName("mainWindow")

        self.navigation = NavigationList(pages)
        self.stack = QStackedWidget()
        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Plain)
        divider.setObjectName("navigationDivider")
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(divider)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status_widget = StatusBarWidget(context)
        self.statusBar().addPermanentWidget(self.status_widget, 1)
        self.statusBar().setSizeGripEnabled(True)

        self._build_menus()
        self.outbox_worker = OutboxWorker(context, self)  # sends what waits in the outbox, with back-off
        self.navigation.page_requested.connect(self.show_page)
        context.profile_changed.connect(self._update_title)
        self.retranslateUi()
        self._restore_geometry()
        self.show_page(self._initial_page())

    # -- pages -------------------------------------------------------------------------
    def show_page(self, key: str) -> QWidget:
        """Bring a page to the front, creating it the first time."""
        spec = page_spec(key, self._pages)
        widget = self._page_widgets.get(key) or self._create_page(spec)
        self.stack.setCurrentWidget(widget)
        if self.navigation.current_key() != key:
            self.navigation.blockSignals(True)  # (its signal is what brought many of us here)
            self.navigation.select(key)
            self.navigation.blockSignals(False)
        self._view_actions[key].setChecked(True)
        shown = getattr(widget, "page_shown", None)
        if callable(shown):
            shown()
        return widget

    def current_page_key(self) -> str | None:
        return self.navigation.current_key()

    def page_widget(self, key: str) -> QWidget | None:
        """The page's widget if it was created already (pages are created on first show)."""
        return self._page_widgets.get(key)

    def _create_page(self, spec: PageSpec) -> QWidget:
        try:
            widget = spec.load_factory()(self.context, self.stack)
        except Exception as exc:  # a broken page must not take the window down
            report_error(exc, self)
            widget = QLabel(self.tr("This page could not be opened."))
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        widget.setObjectName(f"page_{spec.key}")
        self._page_widgets[spec.key] = widget
        self.stack.addWidget(widget)
        return widget

    def _initial_page(self) -> str:
        remembered = preferences.read(preferences.LAST_PAGE)
        keys = [spec.key for spec in self._pages]
        return remembered if remembered in keys else keys[0]

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = QMenu(self)
        self._edit_actions: dict[str, QAction] = {}
        for slot, key in EDIT_ACTIONS:
            if slot is None:
                self.edit_menu.addSeparator()
                continue
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            # the focused widget handles its own shortcut first; the menu item forwards to it
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, name=slot: self._forward_edit(name))
            self.edit_menu.addAction(action)
            self._edit_actions[slot] = action

        self.view_menu = QMenu(self)
        self._view_group = QActionGroup(self)
        self._view_actions: dict[str, QAction] = {}
        for number, spec in enumerate(self._pages, start=1):
            action = QAction(theme.nav_icon(spec.icon), "", self)
            action.setCheckable(True)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            self._view_group.addAction(action)
            self.view_menu.addAction(action)
            self.addAction(action)  # shortcut works whatever has focus
            self._view_actions[spec.key] = action

        self.help_menu = QMenu(self)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)

    @staticmethod
    def _forward_edit(slot: str) -> None:
        target = QApplication.focusWidget()
        method = getattr(target, slot, None)
        if callable(method):
            method()

    def show_about(self) -> None:

        build = about_lines(read_build_info(), i18n.manager().language or "en")  # as `sello --about`
        dialogs.show_info(
            self,
            self.tr("Sello {version}").format(version=__version__),
            title=self.tr("About Sello"),
            informative=self.tr(
                "Signs your export documents as W3C Verifiable Credentials and prints them with a "
                "QR code that border staff can verify offline.\n\nQt for Python {qt}"
            ).format(qt=qt_version)
            + "\n\n"
            + "\n".join(build),
        )

    # -- texts -------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        edit_texts = {
            "undo": self.tr("&Undo"),
            "redo": self.tr("&Redo"),
            "cut": self.tr("Cu&t"),
            "copy": self.tr("&Copy"),
            "paste": self.tr("&Paste"),
            "selectAll": self.tr("Select &All"),
        }
        for slot, action in self._edit_actions.items():
            action.setText(edit_texts[slot])
        self.view_menu.setTitle(self.tr("&View"))
        for spec in self._pages:
            self._view_actions[spec.key].setText(spec.translated_title())
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Sello"))
        self._update_title()

    def _update_title(self) -> None:
        profile = self.context.active_profile()
        self.setWindowTitle(f"Sello \u2014 {profile.legal_name}" if profile else "Sello")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- geometry ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = preferences.open_settings()
        geometry = settings.value(preferences.WINDOW_GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry):
            state = settings.value(preferences.WINDOW_STATE_KEY)
            if isinstance(state, QByteArray):
                self.restoreState(state)
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(PREFERRED_SIZE)
            return
        area = screen.availableGeometry()  # (without the taskbar or dock)
        size = default_window_size(area.size())
        self.resize(size)
        self.move(area.center() - QPoint(size.width() // 2, size.height() // 2))

    def save_geometry(self) -> None:
        settings = preferences.open_settings()
        settings.setValue(preferences.WINDOW_GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(preferences.WINDOW_STATE_KEY, self.saveState())
        settings.setValue(preferences.LAST_PAGE.key, self.current_page_key() or "")
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        super().closeEvent(event)
