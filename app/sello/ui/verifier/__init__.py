"""The verifier's widgets: camera panel, handheld-scanner field, verdict panel, history.

`VerifierView` (verifier_view.py) composes them; `sello.ui.verifier_window` and the
main window's Verify page (`sello.ui.pages.verify_page`) show it.
"""

from __future__ import annotations

from sello.ui import i18n


def current_language() -> str:
    """The UI language in effect ("es" or "en")."""

    try:
        return i18n.manager().language or "en"
    except RuntimeError:  # no QApplication (never in the app; some tests)
        return "en"
