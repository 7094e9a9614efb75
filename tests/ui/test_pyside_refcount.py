"""Guard against the PySide6 6.12.0 bug that aborted the app on Python < 3.12.

It returned None/True/False from void calls and signal emits without taking a
reference; a few thousand calls later Python aborted with "bool_dealloc".
"""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage


class _Emitter(QObject):
    fired = Signal(int)


def test_void_calls_and_emits_keep_singleton_references(qapp):
    emitter = _Emitter()
    received = []
    emitter.fired.connect(received.append)
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    before_none, before_true = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(3000):
        image.fill(0)
        emitter.fired.emit(i)
    assert len(received) == 3000
    assert sys.getrefcount(None) >= before_none - 50
    assert sys.getrefcount(True) >= before_true - 50
