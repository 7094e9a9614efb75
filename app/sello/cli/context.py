"""What every CLI command needs: the data folder, the database, the company profile, the key store."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import IO, Any

from sello.core.errors import InputError, KeyStoreError
from sello.core.i18n import Message
from sello.core.keys import profiles
from sello.core.keys.key_table import store_of_key_prefix
from sello.core.limits import read_bounded, refuse, value
from sello.core.paths import ENV_STORE, ENV_STORE_PASSPHRASE, data_dir
from sello.core.storage.db import Database


def read_input_bytes(name: str, stdin: IO[bytes] | None = None) -> bytes:
    """Read a file, or standard input for "-"; a clear message when it can't be read."""
    if name == "-":
        data = (stdin or sys.stdin.buffer).read(value("input_file_bytes") + 1)
        if len(data) > value("input_file_bytes"):
            raise refuse(
                "input_file_bytes",
                what={"en": "Standard input", "es": "La entrada estándar"},
                size=f"more than {value('input_file_bytes'):,}",
            )
        return data
    path = Path(name)
    try:
        return read_bounded(path, what=name)
    except FileNotFoundError:
        raise InputError(f"File not found: {name}") from None
    except IsADirectoryError:
        raise InputError(f"{name} is a folder, not a file.") from None
    except PermissionError:
        raise InputError(f"No permission to read {name}.") from None


def is_existing_file(value: str) -> bool:
    """True for the name of a readable file; False for literal text (even a very long one)."""
    try:
        return Path(value).is_file()
    except (OSError, ValueError):  # name too long, NUL byte...
        return False


def read_secret_line(path: str) -> str:
    """A passphrase file: its first line, without the line break."""
    text = read_input_bytes(path).decode("utf-8", errors="strict")
    line = text.splitlines()[0] if text else ""
    if not line:
        raise InputError(f"The passphrase file {path} is empty.")
    return line


def prompt_passphrase(prompt: str, *, confirm: bool = False) -> str:
    if not sys.stdin.isatty():
        raise InputError("A passphrase is needed: give --passphrase-file FILE (no terminal to ask on).")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise InputError("The two passphrases differ.")
    if not first:
        raise InputError("An empty passphrase is not allowed.")
    return first


@dataclass
class CliContext:
    args: argparse.Namespace
    start_app: Callable[[str, list[str]], int] | None = None  # opens a desktop window (sello.__main__)
    start_server: Callable[[argparse.Namespace, Database, Any], int] | None = None  # runs `sello serve`
    _store: Any = field(default=None, init=False)

    @cached_property
    def home(self) -> Path:
        return data_dir(getattr(self.args, "home", None))

    @cached_property
    def db(self) -> Database:
        return Database.in_folder(self.home)

    def profile_id(self, *, create: bool = False) -> str:
        """The chosen (--profile) or default company profile; one named "default" is made on demand."""

        wanted = getattr(self.args, "profile", None)
        if wanted:
            return profiles.get_profile(self.db, wanted).id
        current = profiles.default_profile_id(self.db)
        if current:
            return current
        if not create:
            raise InputError("No company profile yet: create a key first (sello keys new) or run the app's setup.")
        profile = profiles.create_profile(self.db, "Default", profile_id="default")
        profiles.set_default_profile(self.db, profile.id)
        return profile.id

    def wants_file_store(self) -> bool:
        return bool(getattr(self.args, "file_store", False)) or os.environ.get(ENV_STORE, "") == "file"

    def store(self, profile_id: str, *, kind: str | None = None) -> Any:
        """The key store: the OS keyring unless the file store was chosen explicitly
        (--file-store, SELLO_KEY_STORE=file) or the key lives in the file store."""
        from sello.core.keys import store as keystore

        kind = kind or ("file" if self.wants_file_store() else "keyring")
        if self._store is not None and self._store.kind == kind:
            return self._store
        if kind == "file":
            path = keystore.default_file_store_path(self.home)
            passphrase = os.environ.get(ENV_STORE_PASSPHRASE)
            pass_file = getattr(self.args, "store_passphrase_file", None)
            if pass_file:
                passphrase = read_secret_line(pass_file)
            if not passphrase:
                passphrase = prompt_passphrase(f"Passphrase for the key store {path}: ", confirm=not path.exists())
            self._store = keystore.EncryptedFileStore(path, passphrase)
        else:
            try:
                keystore.probe_keyring()
            except KeyStoreError as exc:
                raise KeyStoreError(
                    exc.localized or exc.message,
                    hint=Message("cli.keyring_hint", hint=exc.localized_hint or "", env=ENV_STORE),
                ) from None
            self._store = keystore.KeyringStore(keystore.keyring_service(profile_id))
        return self._store

    def key_manager(self, *, create_profile: bool = False, key_hint: str | None = None) -> Any:
        """A KeyManager for the profile; the store follows the key's own record when given."""
        from sello.core.keys.manager import KeyManager

        profile_id = self.profile_id(create=create_profile)
        kind = None
        if key_hint and not self.wants_file_store():
            kind = store_of_key_prefix(self.db, profile_id, key_hint)
        return KeyManager(self.db, profile_id, self.store(profile_id, kind=kind))

    def close(self) -> None:
        if "db" in self.__dict__:
            self.db.close()
