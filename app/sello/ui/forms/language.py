"""The UI language for texts that come from data (document types, reference lists)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from sello.core.documents.doctypes import Text


def ui_language() -> str:
    """ "es" or "en": the language the app shows now. `sello.ui.i18n` sets the default
    QLocale to match the UI language whenever it switches, so the locale tells."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def local(text: Text | dict[str, str] | None, lang: str | None = None) -> str:
    """A bilingual text (``Text`` or ``{"es", "en"}``) in the UI language."""
    if text is None:
        return ""
    lang = lang or ui_language()
    if isinstance(text, dict):
        return text.get(lang) or text.get("en") or ""
    return text[lang]
