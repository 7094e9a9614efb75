"""`AppContext`: what every window and page of the desktop app shares.

One instance per running app. Pages receive it in their constructor
(``Page(context, parent)``) and listen to its signals instead of polling:

- ``profile_changed(str)``: the active company profile changed (its id, "" for none);
- ``keys_changed()``: a signing key was created, retired, imported or deleted, or
  the key store changed -- whoever changes keys calls `notify_keys_changed()`.

The active profile is the core's default profile (`sello.core.keys.profiles`), so the
app and the CLI agree on it. `key_manager` is a `sello.core.keys.manager.KeyManager`
for the active profile, on the OS keyring unless an unlocked encrypted-file store
was handed over with `use_key_store` (the Keys page asks for its passphrase).
Nothing here imports `keyring` until a key is actually needed: start-up stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from sello.core.errors import KeyStoreError
from sello.core.keys.key_table import usable_key_summary
from sello.core.keys.profiles import Profile, default_profile_id, get_profile, list_profiles, set_default_profile
from sello.core.paths import data_dir as resolve_data_dir
from sello.core.storage.db import Database

if TYPE_CHECKING:
    from sello.core.keys.manager import KeyManager


@dataclass(frozen=True)
class KeySummary:
    """What the status bar shows about the signing key (public data only)."""

    id: str  # RFC 7638 JWK thumbprint
    alg: str  # "ES384" or "EdDSA"
    label: str
    store: str  # "keyring" or "file"
    did: str

    @property
    def algorithm_name(self) -> str:
        return "Ed25519" if self.alg == "EdDSA" else self.alg

    @property
    def short_id(self) -> str:
        return self.id[:8]


@dataclass(frozen=True)
class KeyStorageInfo:
    kind: str  # "keyring" or "file"
    description: str  # "Secret Service (GNOME Keyring)", "encrypted file ~/..."


class AppContext(QObject):
    profile_changed = Signal(str)
    keys_changed = Signal()

    def __init__(
        self, db: Database, data_dir: Path, *, wants_file_store: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.data_dir = data_dir
        self.wants_file_store = wants_file_store  # --file-store / SELLO_KEY_STORE=file
        self._key_store: Any | None = None
        self._key_manager: KeyManager | None = None
        self._profile_id: str | None = self._default_profile_id()

    @classmethod
    def open(cls, data_dir: str | Path | None = None, *, wants_file_store: bool = False) -> AppContext:
        """Open (and migrate) the database in the data folder, and remove what an
        interrupted issue left there (`document_files.reconcile_data_folder`)."""
        from sello.core.documents.files import reconcile_data_folder

        folder = resolve_data_dir(data_dir)
        db = Database.in_folder(folder)
        reconcile_data_folder(db, folder)
        return cls(db, folder, wants_file_store=wants_file_store)

    def close(self) -> None:
        self.db.close()

    # -- company profile -----------------------------------------------------------
    @property
    def profile_id(self) -> str | None:
        return self._profile_id

    def set_profile(self, profile_id: str, *, remember: bool = True) -> None:
        """Make ``profile_id`` the active profile (and, with ``remember``, the default one)."""
        profile = get_profile(self.db, profile_id)  # NotFoundError if unknown
        if remember:
            set_default_profile(self.db, profile.id)
        if profile.id != self._profile_id:
            self._profile_id = profile.id
            self._key_manager = None
            self.profile_changed.emit(profile.id)

    def profiles(self) -> list[Profile]:
        return list_profiles(self.db)

    def active_profile(self) -> Profile | None:
        if self._profile_id is None:
            return None
        return next((p for p in self.profiles() if p.id == self._profile_id), None)

    def refresh_profiles(self) -> None:
        """Call after profiles were added or removed (e.g. by the setup wizard)."""
        known = {p.id for p in self.profiles()}
        if self._profile_id not in known:
            self._profile_id = self._default_profile_id()
            self._key_manager = None
        self.profile_changed.emit(self._profile_id or "")

    def _default_profile_id(self) -> str | None:
        chosen = default_profile_id(self.db)
        if chosen:
            return chosen
        listed = self.profiles()
        return listed[0].id if listed else None

    # -- signing keys --------------------------------------------------------------
    def signing_key(self) -> KeySummary | None:
        """The active profile's default key, if it can still sign (not retired or deleted)."""
        profile = self.active_profile()
        if profile is None or not profile.default_key:
            return None
        row = usable_key_summary(self.db, profile.id, profile.default_key)
        if row is None:
            return None
        return KeySummary(row["id"], row["alg"], row["label"], row["store"], row["did"])

    @property
    def key_manager(self) -> KeyManager | None:
        """A KeyManager for the active profile (None without one). Imports keyring on first use."""
        if self._profile_id is None:
            return None
        if self._key_manager is None or self._key_manager.profile_id != self._profile_id:
            from sello.core.keys import store as keystore
            from sello.core.keys.manager import KeyManager

            store = self._key_store or keystore.KeyringStore(keystore.keyring_service(self._profile_id))
            self._key_manager = KeyManager(self.db, self._profile_id, store)
        return self._key_manager

    def use_key_store(self, store: Any) -> None:
        """Use this (unlocked) key store from now on, e.g. an `EncryptedFileStore`."""
        self._key_store = store
        self._key_manager = None
        self.keys_changed.emit()

    def notify_keys_changed(self) -> None:
        self.keys_changed.emit()

    def key_storage(self) -> KeyStorageInfo:
        """Where private keys are kept. May touch the OS keyring: run it with `run_task`."""
        from sello.core.keys import store as keystore

        if self._key_store is not None:
            return KeyStorageInfo(self._key_store.kind, self._key_store.describe())
        file_store = KeyStorageInfo("file", f"{keystore.default_file_store_path(self.data_dir)}")
        if self.wants_file_store:
            return file_store
        try:
            return KeyStorageInfo("keyring", keystore.probe_keyring())
        except KeyStoreError:
            return file_store
