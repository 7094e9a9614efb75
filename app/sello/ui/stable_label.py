"""A word-wrapped label that keeps the height of the longest text it may show, so the
widgets under it do not move as its text changes (a passphrase's strength advice, a
"the two passphrases differ" line that comes and goes)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

MIN_WIDTH = 60


class StableLabel(QLabel):
    def __init__(self, texts: Callable[[], Sequence[str]], parent: QWidget | None = None) -> None:
        """`texts` returns every text the label may show, in the current language."""
        super().__init__(parent)
        self._texts = texts
        self._probe: QLabel | None = None  # measures the other texts (never shown)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.reserve()

    def _reserved(self, width: int) -> int:
        """The tallest of the possible texts at `width`, measured as QLabel lays them out."""
        probe = self._probe
        if probe is None:
            probe = self._probe = QLabel()
            probe.setWordWrap(True)
        probe.setFont(self.font())
        probe.setContentsMargins(self.contentsMargins())
        heights = []
        for text in self._texts():
            probe.setText(text)
            heights.append(probe.heightForWidth(width))
        return max([*heights, self.fontMetrics().height()])

    def sizeHint(self) -> QSize:
        # QLabel's own hint wraps its present text at a width of its choosing, so a form with
        # room to spare gives each text a different height; the hint is the reservation instead
        return QSize(super().sizeHint().width(), max(self.minimumHeight(), self.fontMetrics().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.reserve()

    def reserve(self) -> None:
        """Hold the height of the tallest possible text at the present width (call after a
        change of language, too)."""
        height = self._reserved(max(self.width(), MIN_WIDTH))
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
        self.updateGeometry()  # a form layout keeps a height worked out at the old width otherwise
