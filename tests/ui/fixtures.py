"""Fixtures for desktop-app tests. Import the ones a test module uses::

    from tests.ui.fixtures import app_context, sello_app  # noqa: F401

- ``sello_app``: pytest-qt's QApplication with Sello's theme and translations, in
  English; dialogs' pre-set answers and history are cleared before and after.
- ``app_context``: an `AppContext` on the test's own data folder (``$SELLO_HOME``,
  which also holds the test's own QSettings file -- see `sello.ui.preferences`).
- ``add_profile`` / ``add_key``: put rows in the database the way the setup wizard
  and key manager will.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from sello.core.storage.db import Database, utc_now
from sello.ui import dialogs, i18n, theme
from sello.ui.context import AppContext


@pytest.fixture
def sello_app(qapp: QApplication) -> Iterator[QApplication]:
    theme.apply_theme(qapp)
    i18n.install(qapp).apply("en")
    dialogs.reset()
    yield qapp
    dialogs.reset()
    i18n.manager().apply("en")


@pytest.fixture
def app_context(sello_app: QApplication, sello_home: Path) -> Iterator[AppContext]:
    context = AppContext.open(sello_home)
    yield context
    # Windows of this test must go before their database does: a later test's language
    # switch would otherwise reach them (Qt sends LanguageChange to hidden windows too).
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    context.close()


@contextmanager
def language(code: str) -> Iterator[None]:
    """Show the UI in ``code`` ("es"/"en") inside the block, English after."""
    i18n.manager().apply(code)
    try:
        yield
    finally:
        i18n.manager().apply("en")


def add_profile(db: Database, profile_id: str, legal_name: str, rfc: str = "") -> None:
    db.execute(
        "INSERT INTO profiles (id, legal_name, rfc, created_at) VALUES (?, ?, ?, ?)",
        (profile_id, legal_name, rfc, utc_now()),
    )


def add_key(
    db: Database,
    profile_id: str,
    key_id: str,
    *,
    alg: str = "ES384",
    label: str = "",
    store: str = "keyring",
    default: bool = True,
) -> None:
    did = f"did:web:{profile_id}.example"
    db.execute(
        "INSERT INTO keys (id, profile_id, alg, public_jwk, did, kid, label, store, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            key_id,
            profile_id,
            alg,
            json.dumps({"kty": "EC" if alg == "ES384" else "OKP"}),
            did,
            f"{did}#{key_id}",
            label,
            store,
            utc_now(),
        ),
    )
    if default:
        db.execute("UPDATE profiles SET default_key = ? WHERE id = ?", (key_id, profile_id))
