"""Save what a widget looks like, so a person (or a reviewer) can look at it.

    path = save_screenshot(window, "main_window", "es", tmp_path)

Writes ``<name>_<lang>.png`` into ``$SELLO_SCREENSHOT_DIR`` when that is set
(e.g. ``SELLO_SCREENSHOT_DIR=/tmp/shots ./dev.sh test tests/ui``), else into
``fallback_dir`` (a test's ``tmp_path``). Returns the path; the image is checked to
be non-empty so a blank grab fails the test instead of passing silently.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

ENV_DIR = "SELLO_SCREENSHOT_DIR"


def screenshot_dir(fallback_dir: Path | None = None) -> Path:
    chosen = os.environ.get(ENV_DIR)
    folder = Path(chosen) if chosen else (fallback_dir or Path(tempfile.gettempdir()) / "sello-screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save_screenshot(widget: QWidget, name: str, lang: str, fallback_dir: Path | None = None) -> Path:
    """Grab ``widget`` (shown or not) after pending layout/paint events, save it as PNG."""
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", name):
        raise ValueError(f"screenshot name {name!r}: use letters, digits, '_', '-', '.'")
    QApplication.processEvents()
    pixmap = widget.grab()
    if pixmap.isNull() or pixmap.width() < 2 or pixmap.height() < 2:
        raise AssertionError(f"grabbing {name} gave an empty image")
    path = screenshot_dir(fallback_dir) / f"{name}_{lang}.png"
    if not pixmap.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path
