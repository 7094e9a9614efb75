"""The desktop app's preferences, declared once (STYLE 2), stored with QSettings.

Every preference the app remembers is a `Preference` below; code reads and writes
them only through `read`/`write`, never with ad-hoc QSettings keys.

Where they are stored: QSettings for organisation "Sello", application "Sello"
(the registry on Windows, a plist on macOS, an INI file on Linux). When a data
folder is chosen explicitly (``$SELLO_HOME`` / ``--home``) the preferences live
beside it in ``settings.ini`` instead, so a second data folder is a fully separate
instance -- and so every test, which gets its own ``$SELLO_HOME``, also gets its own
preferences without touching the user's.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from sello.core.paths import ENV_HOME

ORGANIZATION = "Sello"
APPLICATION = "Sello"
SETTINGS_FILENAME = "settings.ini"


@dataclass(frozen=True)
class Preference:
    key: str
    default: str
    choices: tuple[str, ...] = ()


LANGUAGE = Preference("ui/language", "system", ("system", "es", "en"))
DEFAULT_ALGORITHM = Preference("signing/default_algorithm", "ES384", ("ES384", "EdDSA"))
LAST_PAGE = Preference("window/last_page", "")
PUBLISH_FOLDER = Preference("trust/publish_folder", "")  # where the did:web kit was last written
WINDOW_GEOMETRY_KEY = "window/geometry"
WINDOW_STATE_KEY = "window/state"


def open_settings() -> QSettings:
    """The QSettings object for Sello's preferences (see the module docstring for where)."""
    home = os.environ.get(ENV_HOME)
    if home:
        return QSettings(str(Path(home).expanduser() / SETTINGS_FILENAME), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


def read(preference: Preference) -> str:
    value = open_settings().value(preference.key, preference.default)
    text = str(value) if value is not None else preference.default
    if preference.choices and text not in preference.choices:
        return preference.default
    return text


def write(preference: Preference, value: str) -> None:
    if preference.choices and value not in preference.choices:
        raise ValueError(f"{value!r} is not one of {preference.choices} for {preference.key}")
    settings = open_settings()
    settings.setValue(preference.key, value)
    settings.sync()
