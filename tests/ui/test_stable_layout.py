"""Nothing jumps under the cursor: the passphrase's strength advice and the "differ /
match" line keep their height as the text changes, so the second field stays put while
the first is typed (the clerk's click lands where it aimed)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from sello.ui.keys.passphrase_fields import NewPassphraseFields
from tests.ui.fixtures import language, sello_app  # noqa: F401


def settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def test_passphrase_fields_do_not_move_while_typing(qtbot, sello_app) -> None:
    fields = NewPassphraseFields()
    qtbot.addWidget(fields)
    fields.resize(460, 320)
    fields.show()
    qtbot.waitExposed(fields)
    with language("es"):
        settle()
        where = fields.repeat_edit.mapTo(fields, QPoint(0, 0))
        checkbox = fields.show_box.mapTo(fields, QPoint(0, 0))
        seen = set()
        for typed in (
            "a",
            "abc",
            "abcdefgh",
            "1234qwerty",
            "tortuga lámpara río verde",
            "tortuga lámpara río verde sol",
        ):
            fields.passphrase_edit.setText(typed)
            seen.add(fields.strength_label.text())
            settle()
            assert fields.repeat_edit.mapTo(fields, QPoint(0, 0)) == where, typed
        assert len(seen) >= 3  # the advice did change
        for repeat in ("", "tortuga", "tortuga lámpara río verde sol"):
            fields.repeat_edit.setText(repeat)
            settle()
            assert fields.show_box.mapTo(fields, QPoint(0, 0)) == checkbox, repeat
