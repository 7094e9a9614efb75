"""Languages: Spanish and English, chosen from the OS locale or by the user, switched live.

- The preference is "system", "es" or "en" (`preferences.LANGUAGE`); "system"
  means Spanish when the OS locale is Spanish (any country), English otherwise.
- `LanguageManager.apply` installs ``sello_<lang>.qm`` plus Qt's own
  ``qtbase_<lang>.qm`` (standard dialogs' buttons), and for Spanish ``qt_es_MX.qm``
  over it (Qt's dialogs in Mexican Spanish: "archivo", "carpeta"); installing a translator makes
  Qt send ``QEvent.LanguageChange`` to every widget, and each widget answers in
  ``changeEvent`` by calling its ``retranslateUi()``. `apply` delivers those events
  before it returns, so the switch is complete (and testable) right after.
- Numbers and dates are stored canonically (ISO 8601, "." decimals) and shown with
  `format_number` / `format_date` / `format_datetime`, which follow the default
  QLocale set here (es_MX or en_US unless the OS locale already matches).
- ``.qm`` files are compiled from the ``.ts`` sources at build/install time
  (packaging/hatch_build.py). Running from a source checkout where they are
  missing or older than their ``.ts``, they are compiled with ``lrelease`` into the
  user's cache folder on first use.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QStandardPaths,
    QTimeZone,
    QTranslator,
    Signal,
)

from sello.core.errors import UserFacingError
from sello.core.resources import resource_path
from sello.ui import preferences

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("es", "en")


def system_language() -> str:
    """ "es" when the OS locale is Spanish, else "en"."""
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def resolve_language(preference: str) -> str:
    return preference if preference in SUPPORTED_LANGUAGES else system_language()


def locale_for(language: str) -> QLocale:
    """The locale used to format numbers and dates for a UI language."""
    system = QLocale.system()
    if resolve_language("system") == language and system.language() != QLocale.Language.C:
        return system
    if language == "es":
        return QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


# -- compiled translations --------------------------------------------------------------
QT_MEXICAN = "qt_{language}_MX"  # resources/translations/qt_es_MX.ts (tools/qt_spanish_mx.py)


def translations_dir() -> Path:
    return resource_path("translations")


def _in_source_checkout() -> bool:
    return (translations_dir().parent.parent / "pyproject.toml").exists()


def _lrelease_command() -> list[str] | None:
    try:
        bundled = Path(PySide6.__file__).resolve().parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
        if bundled.exists():
            return [str(bundled)]
    except ImportError:  # pragma: no cover - PySide6 is a hard dependency
        pass
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def _cache_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    return Path(location or Path.home() / ".cache") / "sello" / "translations"


def compile_translation(ts_file: Path, qm_file: Path) -> bool:
    """Run lrelease on one .ts file. False (and a log line) when it cannot run."""
    command = _lrelease_command()
    if command is None:
        log.warning("lrelease not found; cannot compile %s", ts_file)
        return False
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [*command, "-silent", str(ts_file), "-qm", str(qm_file)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0 or not qm_file.exists():
        log.warning("lrelease failed for %s: %s", ts_file, result.stderr.strip())
        return False
    return True


def qm_file_for(language: str, stem: str = "sello_{language}") -> Path | None:
    """The compiled translation for a language, compiling it into the cache if needed
    (`stem` names the catalogue: Sello's own, or "qt_{language}_MX" for Qt's dialogs)."""
    folder = translations_dir()
    name = stem.format(language=language)
    qm = folder / f"{name}.qm"
    ts = folder / f"{name}.ts"
    # Installed or frozen, the shipped .qm is right by construction; in a source
    # checkout it may be older than a .ts someone just edited.
    stale = _in_source_checkout() and ts.exists() and qm.exists() and qm.stat().st_mtime < ts.stat().st_mtime
    if qm.exists() and not stale:
        return qm
    if not ts.exists():
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = _cache_dir() / f"{name}-{digest}.qm"
    if cached.exists() or compile_translation(ts, cached):
        return cached
    return qm if qm.exists() else None


# -- switching -----------------------------------------------------------------------------
class LanguageManager(QObject):
    """Owns the installed translators of one QCoreApplication."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self._language = ""
        self._preference = "system"

    @property
    def language(self) -> str:
        """The language in effect: "es" or "en"."""
        return self._language

    @property
    def preference(self) -> str:
        """What the user chose: "system", "es" or "en"."""
        return self._preference

    def set_preference(self, preference: str) -> None:
        """Remember the user's choice and apply it at once."""
        preferences.write(preferences.LANGUAGE, preference)
        self.apply(preference)

    def apply(self, preference: str) -> str:
        language = resolve_language(preference)
        self._preference = preference if preference in preferences.LANGUAGE.choices else "system"
        QLocale.setDefault(locale_for(language))
        if language == self._language:
            return language
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{language}.qm", qt_folder)]
        mexican = qm_file_for(language, QT_MEXICAN) if language == "es" else None
        if mexican is not None:  # Qt's dialogs: "archivo", not Spain's "fichero"; installed later, so it wins
            candidates.append((mexican.name, str(mexican.parent)))
        own = qm_file_for(language)
        if own is not None:
            candidates.append((own.name, str(own.parent)))
        elif language != "en":
            log.warning("no translation file for %s; showing English", language)
        for filename, folder in candidates:
            translator = QTranslator(self)
            if translator.load(filename, folder):
                self._translators.append(translator)
        self._language = language
        # installing posts QEvent.LanguageChange to every window (-> each widget's retranslateUi);
        # deliver them now, so the whole UI speaks the new language when apply() returns
        for translator in self._translators:
            self._app.installTranslator(translator)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language_changed.emit(language)
        return language


_manager: LanguageManager | None = None


def install(app: QCoreApplication) -> LanguageManager:
    """Create the app's LanguageManager and apply the saved preference."""
    global _manager
    if _manager is None or _manager.parent() is not app:
        _manager = LanguageManager(app)
    _manager.apply(preferences.read(preferences.LANGUAGE))
    return _manager


def manager() -> LanguageManager:
    """The running app's LanguageManager (installed on first use)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication yet")
    if _manager is None or _manager.parent() is not app:
        return install(app)
    return _manager


def current_language() -> str:
    """The UI language in effect ("es" or "en"); English before the app has one."""
    app = QCoreApplication.instance()
    if app is None or _manager is None or _manager.parent() is not app or not _manager.language:
        return "en"
    return _manager.language


def error_text(exc: BaseException) -> str:
    """A `UserFacingError`'s sentence (and hint) in the UI language; other errors as they are."""
    if isinstance(exc, UserFacingError):
        return exc.text(current_language())
    return str(exc)


# -- locale-aware display of canonical values -----------------------------------------
def format_number(value: float | int, decimals: int = 0) -> str:
    """A number with the UI locale's digit grouping and decimal mark (1,234.5 / 1,234.5 / 1.234,5)."""
    if isinstance(value, int) and decimals == 0:
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def format_date(value: date | str) -> str:
    """A calendar date (a ``date`` or ISO ``YYYY-MM-DD`` text) in the locale's short format."""
    parsed = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    return QLocale().toString(QDate(parsed.year, parsed.month, parsed.day), QLocale.FormatType.ShortFormat)


def format_datetime(value: datetime | str) -> str:
    """A stored UTC timestamp (ISO 8601, e.g. ``2026-03-01T17:05:00Z``) in local time, locale format."""
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    moment = QDateTime.fromSecsSinceEpoch(int(parsed.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
