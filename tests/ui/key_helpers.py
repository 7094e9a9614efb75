"""Helpers shared by the setup-wizard and Keys-page tests."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from sello.core.keys.sealedbox import KdfParams

TEST_KDF = KdfParams.minimum()  # libsodium's floor: the tests stay fast


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key. QTest.keyClicks aborts on non-ASCII
    characters ("León", "ñ"), so those are sent as key events carrying their text."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """No OS keyring at all (keyring's "fail" backend), restored afterwards."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
