"""Where private keys live: the OS keyring, or an explicit encrypted file.

A secret is the private JWK as JSON bytes, stored under the key id (the JWK
thumbprint). Nothing here logs a secret, and no `repr` shows one.
"""

from __future__ import annotations

import base64
import binascii
import glob
import json
import logging
import os
import sys
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import keyring
import keyring.backend
import keyring.errors

from sello.core.errors import KeyStoreError, Localized
from sello.core.i18n import Message
from sello.core.keys.sealedbox import DEFAULT_KDF, PURPOSE_KEY_STORE, KdfParams, SealedFileDamaged, Sealer
from sello.core.paths import atomic_write

log = logging.getLogger(__name__)

KEY_STORE_FILENAME = "keys.sello-store"
PROBE_SERVICE = "sello:probe"


class KeyringUnavailable(KeyStoreError):
    """No usable OS keyring: missing backend, locked or unreachable Secret Service."""


class SecretNotFound(KeyStoreError):
    """The store has no secret under this key id."""

    def __init__(self, key_id: str, store_description: str, store_name: Localized | None = None) -> None:
        """`store_description` is the English `describe()`; `store_name` the same in every language."""
        super().__init__(Message("keys.secret_not_found", key_id=key_id, store=store_name or store_description))
        self.key_id = key_id
        self.store_description = store_description
        self.store_name: Localized | str = store_name or store_description


@runtime_checkable
class KeyStore(Protocol):
    """The private-key store used by the key manager."""

    kind: str  # "keyring" | "file"

    def put(self, key_id: str, secret: bytes) -> None: ...

    def get(self, key_id: str) -> bytes:
        """The secret; raises `SecretNotFound` when absent."""
        ...

    def delete(self, key_id: str) -> None:
        """Remove the secret; nothing happens when it is already absent."""
        ...

    def describe(self) -> str:
        """Where the keys live, for the UI ("macOS Keychain", "encrypted file ~/...")."""
        ...


def keyring_service(profile_id: str) -> str:
    """The keyring service name under which a company profile's keys are kept."""
    return f"sello:{profile_id}"


# -- OS keyring --------------------------------------------------------------------
_BACKEND_NAMES = {
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.SecretService.Keyring": "Secret Service (GNOME Keyring)",
    "keyring.backends.libsecret.Keyring": "Secret Service via libsecret (GNOME Keyring)",
    "keyring.backends.kwallet.DBusKeyring": "KDE Wallet (KWallet)",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KDE Wallet 4 (KWallet)",
}


def _class_path(backend: Any) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _chained(backend: Any) -> list[Any]:
    from keyring.backends.chainer import ChainerBackend

    return list(backend.backends) if isinstance(backend, ChainerBackend) else [backend]


def keyring_description(backend: Any | None = None) -> str:
    """A name for the keyring backend a user recognises."""
    backend = backend if backend is not None else keyring.get_keyring()
    chain = _chained(backend)
    if not chain:
        return "no OS keyring"
    first = chain[0]
    return _BACKEND_NAMES.get(_class_path(first), f"{type(first).__module__} keyring")


def _unavailable_hint() -> Message:
    if sys.platform == "darwin":
        return Message("keys.hint_macos")
    if sys.platform == "win32":
        return Message("keys.hint_windows")
    return Message("keys.hint_linux")


def _backend_errors() -> tuple[type[BaseException], ...]:
    """Exceptions a keyring backend may raise for an unavailable or locked store."""
    errors: list[type[BaseException]] = [keyring.errors.KeyringError, OSError]
    try:
        import secretstorage.exceptions

        errors.append(secretstorage.exceptions.SecretStorageException)
    except ImportError:  # pragma: no cover - not on Windows/macOS
        pass
    try:
        import jeepney.wrappers

        errors.append(jeepney.wrappers.DBusErrorResponse)
    except ImportError:  # pragma: no cover
        pass
    return tuple(errors)


def _unusable_reason(backend: Any) -> Localized | None:
    from keyring.backends import fail, null

    chain = _chained(backend)
    if not chain:
        return Message("keys.keyring_none_installed")
    for item in chain:
        if isinstance(item, (fail.Keyring, null.Keyring)):
            return Message("keys.keyring_none_available")
        if type(item).__module__.startswith("keyrings.alt"):
            return Message("keys.keyring_insecure", name=type(item).__name__)
    return None


def probe_keyring(service: str = PROBE_SERVICE) -> str:
    """Check that the OS keyring can store, return and delete a value.

    Returns the keyring's description; raises `KeyringUnavailable` naming the fix.
    """
    backend = keyring.get_keyring()
    reason = _unusable_reason(backend)
    if reason is None:
        probe_name = f"probe-{uuid.uuid4().hex}"
        token = uuid.uuid4().hex
        try:
            backend.set_password(service, probe_name, token)
            echoed = backend.get_password(service, probe_name)
            backend.delete_password(service, probe_name)
        except _backend_errors() as exc:
            reason = Message(
                "keys.keyring_failed", keyring=keyring_description(backend), error=exc or type(exc).__name__
            )
        else:
            if echoed != token:
                reason = Message("keys.keyring_lost_probe", keyring=keyring_description(backend))
    if reason is not None:
        raise KeyringUnavailable(Message("keys.keyring_unavailable", reason=reason), hint=_unavailable_hint())
    return keyring_description(backend)


class KeyringStore:
    """Private keys in the OS keyring (Credential Manager, Keychain, Secret Service).

    Uses the active `keyring` backend at each call unless one is given.
    """

    kind = "keyring"

    def __init__(self, service: str, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self.service = service
        self._backend = backend

    def __repr__(self) -> str:
        return f"<KeyringStore {self.service!r} in {self.describe()}>"

    @property
    def backend(self) -> Any:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def describe(self) -> str:
        return keyring_description(self.backend)

    @contextmanager
    def _errors(self, action: str, key_id: str) -> Iterator[None]:
        try:
            yield
        except _backend_errors() as exc:
            log.warning("keyring %s of %s failed: %s", action, key_id, type(exc).__name__)
            raise KeyStoreError(
                Message(
                    "keys.store_action_failed",
                    action=Message(f"keys.action.{action}"),
                    key_id=key_id,
                    store=self.describe(),
                    error=str(exc) or type(exc).__name__,
                ),
                hint=_unavailable_hint(),
            ) from None

    def put(self, key_id: str, secret: bytes) -> None:
        if not secret.isascii():
            raise ValueError("keyring secrets must be ASCII text (a private JWK in JSON)")
        text = secret.decode("ascii")
        backend = self.backend
        with self._errors("store", key_id):
            backend.set_password(self.service, key_id, text)
            echoed = backend.get_password(self.service, key_id)
        if echoed != text:  # e.g. a chain of backends that all declined silently
            raise KeyStoreError(
                Message("keys.not_kept", store=self.describe(), key_id=key_id), hint=_unavailable_hint()
            )
        log.debug("stored private key %s in %s", key_id, self.describe())

    def get(self, key_id: str) -> bytes:
        with self._errors("read", key_id):
            text = self.backend.get_password(self.service, key_id)
        if text is None:
            raise SecretNotFound(key_id, self.describe())
        return text.encode("ascii")

    def delete(self, key_id: str) -> None:
        backend = self.backend
        with self._errors("delete", key_id):
            try:
                backend.delete_password(self.service, key_id)
            except keyring.errors.PasswordDeleteError:  # not there: nothing to do
                return
        log.debug("deleted private key %s from %s", key_id, self.describe())


def store_name(store: KeyStore) -> Localized | str:
    """Where a store keeps keys, in every language when it can say so (`describe()` is English)."""
    name = getattr(store, "name", None)
    return name if name is not None and hasattr(name, "text") else store.describe()


# -- encrypted file ------------------------------------------------------------------
def _display_path(path: Path) -> str:
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except ValueError:
        return str(path)


class EncryptedFileStore:
    """Private keys in one file sealed with a passphrase (Argon2id + XSalsa20-Poly1305).

    The file holds one sealed JSON map {key id: secret}. Opening an existing file
    checks the passphrase; a missing file is created (owner-only permissions). Each
    change re-reads the file, so two Sello windows do not undo each other's keys,
    and is written atomically.
    """

    kind = "file"

    def __init__(self, path: str | os.PathLike[str], passphrase: str, *, kdf: KdfParams = DEFAULT_KDF) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._remove_partial_writes()
        if self.path.exists():
            self._sealer, plaintext = Sealer.unlock(self._read_blob(), passphrase, purpose=PURPOSE_KEY_STORE)
            self._decode(plaintext)  # validates the map now, not at first use
        else:
            self._sealer = Sealer(passphrase, purpose=PURPOSE_KEY_STORE, kdf=kdf)
            self._write({})
            log.info("created encrypted key store %s", _display_path(self.path))

    @staticmethod
    def exists(path: str | os.PathLike[str]) -> bool:
        return Path(path).is_file()

    def __repr__(self) -> str:
        return f"<EncryptedFileStore {_display_path(self.path)}>"

    def describe(self) -> str:
        return f"encrypted file {_display_path(self.path)}"

    @property
    def name(self) -> Message:
        """`describe()` in every language."""
        return Message("keys.encrypted_file", path=_display_path(self.path))

    @property
    def display_path(self) -> str:
        """The file's path as shown to people (~/... under the home folder)."""
        return _display_path(self.path)

    # -- file plumbing ------------------------------------------------------------
    def _remove_partial_writes(self) -> None:
        """Temporary files of a write a crash interrupted (`atomic_write`'s ``.name.*.part``;
        the store itself is whole: the old or the new version). A write by another Sello at
        this very moment would fail and can be repeated."""
        for partial in self.path.parent.glob(f".{glob.escape(self.path.name)}.*.part"):
            partial.unlink(missing_ok=True)

    def _read_blob(self) -> bytes:
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            raise KeyStoreError(Message("keys.store_file_gone", path=_display_path(self.path))) from None

    def _decode(self, plaintext: bytes) -> dict[str, bytes]:
        try:
            data = json.loads(plaintext.decode("utf-8"))
            if data.get("format") != "sello-key-store" or not isinstance(data.get("secrets"), dict):
                raise ValueError("not a key store map")
            return {str(k): base64.urlsafe_b64decode(v) for k, v in data["secrets"].items()}
        except (ValueError, UnicodeDecodeError, AttributeError, TypeError, binascii.Error):
            raise SealedFileDamaged(Message("keys.store_file_damaged", path=_display_path(self.path))) from None

    def _load(self) -> dict[str, bytes]:
        return self._decode(self._sealer.open(self._read_blob()))

    def _write(self, secrets: dict[str, bytes]) -> None:
        data = {
            "format": "sello-key-store",
            "version": 1,
            "secrets": {k: base64.urlsafe_b64encode(v).decode("ascii") for k, v in sorted(secrets.items())},
        }
        plaintext = json.dumps(data, separators=(",", ":")).encode("utf-8")
        atomic_write(self.path, self._sealer.seal(plaintext), mode=0o600)

    # -- KeyStore -----------------------------------------------------------------
    def put(self, key_id: str, secret: bytes) -> None:
        with self._lock:
            secrets = self._load()
            secrets[key_id] = bytes(secret)
            self._write(secrets)
        log.debug("stored private key %s in %s", key_id, self.describe())

    def get(self, key_id: str) -> bytes:
        with self._lock:
            secret = self._load().get(key_id)
        if secret is None:
            raise SecretNotFound(key_id, self.describe(), self.name)
        return secret

    def delete(self, key_id: str) -> None:
        with self._lock:
            secrets = self._load()
            if secrets.pop(key_id, None) is None:
                return
            self._write(secrets)
        log.debug("deleted private key %s from %s", key_id, self.describe())

    def key_ids(self) -> list[str]:
        with self._lock:
            return sorted(self._load())

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Re-seal the store under a new passphrase (and optionally new Argon2id limits)."""
        with self._lock:
            secrets = self._load()
            self._sealer = Sealer(new_passphrase, purpose=PURPOSE_KEY_STORE, kdf=kdf or self._sealer.kdf)
            self._write(secrets)
        log.info("changed the passphrase of %s", self.describe())


def default_file_store_path(folder: str | os.PathLike[str]) -> Path:
    """The encrypted key store beside the database in the data folder."""
    return Path(folder) / KEY_STORE_FILENAME
