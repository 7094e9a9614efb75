"""Start the desktop app.

`run(argv)` is what ``sello`` (no subcommand) and ``python -m sello`` end in; the CLI
calls ``run(argv, window="verifier")`` for ``sello verify-window``. Start-up is kept
short: only QtWidgets, the database and the first page are loaded here; pages
import their heavy libraries (reportlab, pypdfium2, QtMultimedia, PyLD) when they
are first shown.

With ``SELLO_STARTUP_PROBE=1`` the app prints ``sello-startup-ready <unix time>``
once its window is shown and the event loop runs, then quits: the start-up
benchmark (tests/benchmarks/bench_startup.py) uses it, from source or frozen.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from sello import __version__
from sello.core.logs import configure_logging
from sello.core.paths import ENV_HOME, ENV_STORE
from sello.ui import dialogs, errors, i18n, preferences, theme
from sello.ui.context import AppContext
from sello.ui.tasks import wait_for_tasks

log = logging.getLogger("sello.ui.app")  # (not __name__: also "__main__" under python -m)

# Top-level windows the app can open, as "module:callable(context) -> QWidget".
WINDOWS: dict[str, str] = {
    "main": "sello.ui.main_window:MainWindow",
    # `sello verify-window`: the border desk's window, written by the verifier's author.
    "verifier": "sello.ui.verifier_window:VerifierWindow",
}
STARTUP_PROBE_ENV = "SELLO_STARTUP_PROBE"


def create_application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication, named, themed, translated and with the error tiers installed."""
    QCoreApplication.setOrganizationName(preferences.ORGANIZATION)
    QCoreApplication.setApplicationName(preferences.APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("sello")
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "sello", *argv])
    configure_application(app)
    return app


def configure_application(app: QApplication) -> None:
    """Apply Sello's look, language and error handling to an existing QApplication (tests use this)."""
    theme.apply_theme(app)
    i18n.install(app)
    errors.install_excepthook()


@dataclass(frozen=True)
class AppOptions:
    """The CLI's global options that matter to the app (`sello --home DIR` etc.)."""

    home: str | None = None
    profile: str | None = None
    file_store: bool = False


def parse_app_options(argv: Sequence[str]) -> AppOptions:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--home")
    parser.add_argument("--profile")
    parser.add_argument("--file-store", action="store_true")
    known, _rest = parser.parse_known_args(list(argv))
    wants_file = known.file_store or os.environ.get(ENV_STORE, "") == "file"
    return AppOptions(known.home, known.profile, wants_file)


def open_window(name: str, context: AppContext) -> QWidget:
    module_name, _, attribute = WINDOWS[name].partition(":")
    factory = getattr(importlib.import_module(module_name), attribute)
    return factory(context)


def run(argv: Sequence[str] | None = None, *, window: str = "main") -> int:
    """Start the app and return its exit status.

    ``argv``: arguments after the program name, as the CLI got them: ``--home``,
    ``--profile`` and ``--file-store`` are honoured, and Qt's own (``-platform``...).
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    options = parse_app_options(arguments)
    if options.home:  # the data folder, and the preferences beside it (see preferences.py)
        os.environ[ENV_HOME] = str(Path(options.home).expanduser().resolve())
    app = create_application(arguments)
    try:
        context = AppContext.open(wants_file_store=options.file_store)
        if options.profile:
            context.set_profile(options.profile, remember=False)
    except Exception as exc:  # e.g. the data folder is not writable: say so, then stop
        errors.report_error(exc)

        if dialogs.open_dialogs():
            app.exec()  # until the message is closed (it is the last window)
        return 1
    configure_logging(context.data_dir)
    log.info("Sello %s starting (%s window)", __version__, window)
    main = open_window(window, context)
    main.show()
    if os.environ.get(STARTUP_PROBE_ENV):
        QTimer.singleShot(0, lambda: _report_ready(app, main))
    elif window == "main":  # first run: a company and a signing key before anything else
        from sello.ui.setup_wizard import offer_setup_if_needed

        QTimer.singleShot(0, lambda: offer_setup_if_needed(context, main))
    try:
        return app.exec()
    finally:
        wait_for_tasks(5000)  # let a last database/keyring write finish
        context.close()


def run_verifier_window(argv: Sequence[str] | None = None) -> int:
    """``sello verify-window``: only the verifier, for border desks."""
    return run(argv, window="verifier")


def _report_ready(app: QApplication, window: QWidget) -> None:
    handle = window.windowHandle()
    if handle is None or not handle.isExposed():
        QTimer.singleShot(5, lambda: _report_ready(app, window))
        return
    print(f"sello-startup-ready {time.time():.6f}", flush=True)
    window.close()
    app.quit()


if __name__ == "__main__":
    sys.exit(run())
