"""Shared fixtures: every test gets its own data folder; keyring tests need a real Secret Service."""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def sello_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data folder per test, through $SELLO_HOME (never the user's real data)."""
    home = tmp_path / "sello-home"
    home.mkdir()
    monkeypatch.setenv("SELLO_HOME", str(home))
    return home


@pytest.fixture
def secret_service() -> str:
    """The real OS keyring (Secret Service via gnome-keyring) is active; yields a unique service name.

    ./dev.sh test starts gnome-keyring inside dbus-run-session. Outside it, these tests
    are skipped with the reason, never silently passed against a fake backend.
    """
    import keyring
    from keyring.backends import SecretService

    backend = keyring.get_keyring()
    if not isinstance(backend, SecretService.Keyring):
        if os.environ.get("SELLO_TEST_SECRET_SERVICE"):
            pytest.fail(f"Secret Service expected but keyring backend is {backend!r}")
        pytest.skip("needs a real Secret Service: run the suite through ./dev.sh test")
    service = f"sello-test-{uuid.uuid4().hex[:12]}"
    yield service
    # remove anything a test left behind under its service name
    try:
        import secretstorage  # noqa: F401  (keyring's SecretService backend dependency)

        for item in backend.get_preferred_collection().search_items({"service": service}):
            item.delete()
    except Exception:  # pragma: no cover - cleanup is best effort
        pass


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Delete the widgets tests left open while Qt's event loop still exists, so the
    interpreter shuts down quietly (no timers stopped after the dispatcher is gone)."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is None:
        return
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)
    for widget in widgets.QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
