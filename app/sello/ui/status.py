"""The status bar's permanent part: which company is active and which key signs.

Brokers with several company profiles switch between them with the combo box;
with a single profile it is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from sello.ui.context import AppContext, KeySummary


class StatusBarWidget(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._updating = False

        self.profile_caption = QLabel()
        self.profile_caption.setObjectName("statusCaption")
        self.profile_label = QLabel()
        self.profile_combo = QComboBox()
        self.profile_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_combo.activated.connect(self._profile_chosen)
        self.profile_caption.setBuddy(self.profile_combo)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.key_caption = QLabel()
        self.key_caption.setObjectName("statusCaption")
        self.key_label = QLabel()
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(6)
        for widget in (
            self.profile_caption,
            self.profile_label,
            self.profile_combo,
            separator,
            self.key_caption,
            self.key_label,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        context.profile_changed.connect(self.refresh)
        context.keys_changed.connect(self.refresh)
        self.retranslateUi()

    def refresh(self) -> None:
        profiles = self._context.profiles()
        active = self._context.active_profile()
        self._updating = True
        try:
            self.profile_combo.clear()
            for profile in profiles:
                self.profile_combo.addItem(profile.legal_name, profile.id)
            if active is not None:
                self.profile_combo.setCurrentIndex(self.profile_combo.findData(active.id))
        finally:
            self._updating = False
        several = len(profiles) > 1
        self.profile_combo.setVisible(several)
        self.profile_label.setVisible(not several)
        self.profile_label.setText(active.legal_name if active else self.tr("none set up yet"))
        tip = f"{active.legal_name} \u2014 RFC {active.rfc}" if active and active.rfc else ""
        self.profile_label.setToolTip(tip)
        self.profile_combo.setToolTip(self.tr("Switch to another company profile"))
        self._show_key(self._context.signing_key() if active else None)

    def _show_key(self, key: KeySummary | None) -> None:
        if key is None:
            self.key_label.setObjectName("warningText")
            self.key_label.setText(self.tr("none \u2014 create one in Keys"))
            self.key_label.setToolTip("")
        else:
            self.key_label.setObjectName("")
            store = self.tr("OS keyring") if key.store == "keyring" else self.tr("encrypted file")
            name = key.label or key.short_id
            self.key_label.setText(f"{name} \u00b7 {key.algorithm_name} \u00b7 {store}")
            self.key_label.setToolTip(
                self.tr("Fingerprint: {fingerprint}\nIssuer: {did}").format(fingerprint=key.id, did=key.did)
            )
        # object name drives the style sheet colour; re-polish after changing it
        self.key_label.style().unpolish(self.key_label)
        self.key_label.style().polish(self.key_label)

    def _profile_chosen(self, index: int) -> None:
        if self._updating or index < 0:
            return
        self._context.set_profile(self.profile_combo.itemData(index))

    def retranslateUi(self) -> None:
        self.profile_caption.setText(self.tr("Company:"))
        self.key_caption.setText(self.tr("Signing key:"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
