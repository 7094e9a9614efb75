"""Choosing a new passphrase: typed twice, with a strength hint as you type.

Used by the key backup (wizard and Keys page) and by the encrypted-file key store.
`passphrase()` is the text only once it is strong enough and both fields agree.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from sello.ui.keys.strength import MIN_LENGTH, Strength, StrengthEstimate, estimate
from sello.ui.stable_label import StableLabel
from sello.ui.theme import VERDICT_COLOURS

_BAR_COLOURS = {
    Strength.EMPTY: VERDICT_COLOURS["red"].border,
    Strength.TOO_SHORT: VERDICT_COLOURS["red"].border,
    Strength.WEAK: VERDICT_COLOURS["red"].border,
    Strength.FAIR: VERDICT_COLOURS["amber"].border,
    Strength.STRONG: VERDICT_COLOURS["green"].border,
}


def hint_note(label: QLabel) -> QLabel:
    label.setObjectName("pageIntro")
    label.setWordWrap(True)
    return label


class NewPassphraseFields(QWidget):
    """Two password fields, a "show" box, a strength bar and one line of advice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase_caption = QLabel()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.repeat_caption = QLabel()
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("repeatEdit")
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._update)
        self.passphrase_caption.setBuddy(self.passphrase_edit)
        self.repeat_caption.setBuddy(self.repeat_edit)
        self.show_box = QCheckBox()
        self.show_box.toggled.connect(self._show_text)

        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, int(Strength.STRONG))
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setFixedHeight(8)
        # both lines keep the height of their longest text: the fields below never move
        self.strength_label = StableLabel(self._strength_texts)
        self.match_label = StableLabel(self._match_texts)
        self.keep_note = hint_note(QLabel())

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.passphrase_caption, self.passphrase_edit)
        form.addRow("", self.strength_bar)
        form.addRow("", self.strength_label)
        form.addRow(self.repeat_caption, self.repeat_edit)
        form.addRow("", self.match_label)
        form.addRow("", self.show_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.keep_note)
        self.retranslateUi()
        self._update()

    # -- state ---------------------------------------------------------------------------
    def estimate(self) -> StrengthEstimate:
        return estimate(self.passphrase_edit.text())

    def matches(self) -> bool:
        return self.passphrase_edit.text() == self.repeat_edit.text()

    def is_ready(self) -> bool:
        return self.estimate().acceptable and self.matches()

    def passphrase(self) -> str | None:
        return self.passphrase_edit.text() if self.is_ready() else None

    def clear(self) -> None:
        self.passphrase_edit.clear()
        self.repeat_edit.clear()

    # -- display -------------------------------------------------------------------------
    def _show_text(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)

    def _update(self) -> None:
        result = self.estimate()
        self.strength_bar.setValue(int(result.strength))
        self.strength_bar.setStyleSheet(
            f"QProgressBar {{ border: none; background: palette(midlight); border-radius: 4px; }}"
            f" QProgressBar::chunk {{ background: {_BAR_COLOURS[result.strength]}; border-radius: 4px; }}"
        )
        self.strength_label.setText(self._strength_text(result))
        repeat = self.repeat_edit.text()
        if not repeat:
            self.match_label.setText("")
        elif not self.matches():
            self.match_label.setText(self.tr("The two passphrases differ."))
        else:
            self.match_label.setText(self.tr("Both passphrases match."))
        self.match_label.setObjectName("warningText" if repeat and not self.matches() else "")
        self.match_label.style().unpolish(self.match_label)
        self.match_label.style().polish(self.match_label)
        self.changed.emit()

    def _strength_text(self, result: StrengthEstimate) -> str:
        if result.strength == Strength.EMPTY:
            return self.tr(
                "Tip: four or more unrelated words are easy to remember and hard to guess, "
                "like \u201cturtle lamp river green\u201d."
            )
        if result.strength == Strength.TOO_SHORT:
            return self.tr("Too short: use at least {count} characters.").format(count=MIN_LENGTH)
        if result.strength == Strength.WEAK:
            if result.common:
                return self.tr("Weak: avoid common words and runs like 1234 or qwerty. Add more words.")
            return self.tr("Weak: easy to guess. Add more words or characters.")
        if result.strength == Strength.FAIR:
            return self.tr("Fair. A longer passphrase would be stronger.")
        return self.tr("Strong.")

    def _strength_texts(self) -> list[str]:
        every = [StrengthEstimate(s, 0.0, common) for s in Strength for common in (False, True)]
        return [self._strength_text(result) for result in every]

    def _match_texts(self) -> list[str]:
        return [self.tr("The two passphrases differ."), self.tr("Both passphrases match.")]

    def retranslateUi(self) -> None:
        self.passphrase_caption.setText(self.tr("&Passphrase:"))
        self.repeat_caption.setText(self.tr("&Repeat it:"))
        self.show_box.setText(self.tr("&Show what I type"))
        self.keep_note.setText(
            self.tr(
                "Write the passphrase down and keep it apart from the file. Without it the file cannot be "
                "opened, and nobody can recover it for you."
            )
        )
        self.strength_label.reserve()  # the longest advice in the new language
        self.match_label.reserve()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
