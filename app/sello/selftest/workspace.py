"""The self-test's workspace (a throwaway data folder) and what a check returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sello.core.keys.profiles import create_profile, set_default_profile
from sello.core.keys.sealedbox import KdfParams
from sello.core.storage.db import Database
from sello.ui.app import create_application

PASS, FAIL, SKIP = "PASS", "FAIL", "SKIP"


VIDEO_RESOURCE = ("selftest", "qr-scan.mp4")


VIDEO_TEXT = "SELLO SELFTEST VIDEO 1"


EXAMPLE_DOCTYPE = "mill-test-report"


LANGUAGES = ("es", "en")


KEYRING_SERVICE = "sello-selftest"


VIDEO_TIMEOUT_MS = 30_000


WINDOW_TIMEOUT_MS = 10_000


class CheckFailed(Exception):
    """What a check found wrong, as one sentence."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: str  # PASS, FAIL or SKIP
    detail: str
    seconds: float
    trace: str = ""  # the traceback of an unexpected exception (printed after the summary)

    def line(self) -> str:
        return f"{self.status} {self.name:<15} {self.detail} ({self.seconds:.2f} s)"


@dataclass
class Workspace:
    """What the checks share: a scratch folder, the QApplication, one issuer."""

    folder: Path
    _app: Any = None
    _issuer: Any = None
    _db: Any = None
    closers: list[Callable[[], None]] = field(default_factory=list)

    def app(self) -> Any:
        """The QApplication, created like the desktop app creates it (theme, translations)."""
        if self._app is None:
            self._app = create_application()
        return self._app

    def issuer(self) -> Any:
        """A DocumentIssuer for a demo company with a did:key ES384 key in an encrypted file."""
        if self._issuer is None:
            from sello.core.documents.issuance import DocumentIssuer
            from sello.core.keys.manager import KeyManager
            from sello.core.keys.store import EncryptedFileStore

            home = self.folder / "issuer"
            self._db = Database.in_folder(home)
            self.closers.append(self._db.close)
            profile = create_profile(
                self._db,
                "Aceros Selftest S.A. de C.V.",
                rfc="AST0501014T3",
                address={"city": "Monterrey", "region": "N.L.", "country": "MX"},
            )
            set_default_profile(self._db, profile.id)
            store = EncryptedFileStore(home / "keys.sello-store", "selftest passphrase", kdf=KdfParams.minimum())
            manager = KeyManager(self._db, profile.id, store)
            manager.create_key("ES384", "key", label="selftest")
            self._issuer = DocumentIssuer(self._db, manager, out_dir=home / "pdf")
        return self._issuer

    def close(self) -> None:
        for close in reversed(self.closers):
            try:
                close()
            except Exception:
                pass
        self.closers.clear()


Check = Callable[[Workspace], str]
