import os
import stat
import sys
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail, null

from sello.core.errors import KeyStoreError
from sello.core.keys.sealedbox import PURPOSE_KEY_BACKUP, SealedFileDamaged, WrongPassphrase, WrongPurpose, seal
from sello.core.keys.store import (
    EncryptedFileStore,
    KeyringStore,
    KeyringUnavailable,
    KeyStore,
    SecretNotFound,
    default_file_store_path,
    keyring_service,
    probe_keyring,
)
from tests.unit.core.key_fixtures import TEST_KDF

SECRET = b'{"crv":"P-384","d":"not-a-real-d-but-secret","kty":"EC"}'


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    """Tests may switch the keyring backend; put the original back afterwards."""
    original = keyring.get_keyring()
    try:
        yield
    finally:
        keyring.set_keyring(original)


class LockedKeyring(keyring.backend.KeyringBackend):
    """Behaves like a Secret Service whose collection stays locked (prompt dismissed)."""

    priority = 1  # type: ignore[assignment]

    def _locked(self, *args):
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    get_password = set_password = delete_password = _locked  # type: ignore[assignment]


# -- OS keyring (real Secret Service under ./dev.sh test) ----------------------------
def test_keyring_store_round_trip(secret_service):
    store = KeyringStore(secret_service)
    assert isinstance(store, KeyStore) and store.kind == "keyring"
    assert store.describe() == "Secret Service (GNOME Keyring)"
    store.put("key-1", SECRET)
    assert store.get("key-1") == SECRET
    assert keyring.get_password(secret_service, "key-1") == SECRET.decode()  # really in the OS keyring
    store.put("key-1", SECRET + b" ")  # replaces
    assert store.get("key-1") == SECRET + b" "
    store.delete("key-1")
    store.delete("key-1")  # already gone: no error
    with pytest.raises(SecretNotFound, match=r"no private key key-1 in Secret Service \(GNOME Keyring\)"):
        store.get("key-1")
    assert "not-a-real-d" not in repr(store)


def test_probe_keyring_with_real_secret_service(secret_service):
    assert probe_keyring(secret_service) == "Secret Service (GNOME Keyring)"
    assert keyring.get_password(secret_service, "probe") is None  # left nothing behind


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), LockedKeyring()], ids=["fail", "null", "locked"])
def test_probe_keyring_reports_unusable_backends(backend, restore_keyring):
    keyring.set_keyring(backend)
    with pytest.raises(KeyringUnavailable) as info:
        probe_keyring()
    message = str(info.value)
    assert message.startswith("The OS keyring cannot keep private keys")
    assert "encrypted-file store" in message
    if sys.platform.startswith("linux"):
        assert "gnome-keyring" in message and "KWallet" in message


def test_probe_keyring_reports_an_empty_chain(restore_keyring, monkeypatch):
    from keyring.backends.chainer import ChainerBackend

    monkeypatch.setattr(keyring.backend, "_limit", lambda backend: False)  # nothing to chain
    keyring.set_keyring(ChainerBackend())
    with pytest.raises(KeyringUnavailable, match="no keyring backend is installed"):
        probe_keyring()


def test_keyring_store_turns_backend_failures_into_key_store_errors(restore_keyring):
    store = KeyringStore("sello:test", backend=LockedKeyring())
    for action in (lambda: store.put("k", SECRET), lambda: store.get("k"), lambda: store.delete("k")):
        with pytest.raises(KeyStoreError, match="Failed to unlock the collection"):
            action()


def test_keyring_service_name_per_profile():
    assert keyring_service("aceros-del-norte") == "sello:aceros-del-norte"


# -- encrypted-file store ------------------------------------------------------------
def test_file_store_create_reopen_and_permissions(sello_home):
    path = default_file_store_path(sello_home)
    store = EncryptedFileStore(path, "open sesame", kdf=TEST_KDF)
    assert isinstance(store, KeyStore) and store.kind == "file"
    assert path.is_file() and store.key_ids() == []
    store.put("key-1", SECRET)
    store.put("key-2", b"second")
    raw = path.read_bytes()
    assert SECRET not in raw and b"not-a-real-d" not in raw
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert store.describe() == f"encrypted file {path}" or store.describe().startswith("encrypted file ~/")
    assert "open sesame" not in repr(store)

    reopened = EncryptedFileStore(path, "open sesame")
    assert reopened.get("key-1") == SECRET and reopened.key_ids() == ["key-1", "key-2"]
    reopened.delete("key-2")
    reopened.delete("key-2")
    with pytest.raises(SecretNotFound, match="no private key key-2 in encrypted file"):
        store.get("key-2")  # the first instance sees the change


def test_file_store_wrong_passphrase(sello_home):
    path = default_file_store_path(sello_home)
    EncryptedFileStore(path, "open sesame", kdf=TEST_KDF).put("key-1", SECRET)
    with pytest.raises(WrongPassphrase, match="^Wrong passphrase for a Sello encrypted key store"):
        EncryptedFileStore(path, "open sesam")


def test_file_store_tampered_and_truncated(sello_home):
    path = default_file_store_path(sello_home)
    EncryptedFileStore(path, "open sesame", kdf=TEST_KDF).put("key-1", SECRET)
    good = path.read_bytes()
    path.write_bytes(good[:100] + bytes([good[100] ^ 1]) + good[101:])
    with pytest.raises(SealedFileDamaged, match="damaged or was altered"):
        EncryptedFileStore(path, "open sesame")
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(SealedFileDamaged, match="cut short|checksum"):
        EncryptedFileStore(path, "open sesame")


def test_file_store_refuses_a_key_backup(sello_home):
    path = default_file_store_path(sello_home)
    path.write_bytes(seal(b"{}", "pw", purpose=PURPOSE_KEY_BACKUP, kdf=TEST_KDF))
    with pytest.raises(WrongPurpose, match="is a Sello key backup"):
        EncryptedFileStore(path, "pw")


def test_two_windows_do_not_undo_each_others_keys(sello_home):
    path = default_file_store_path(sello_home)
    first = EncryptedFileStore(path, "pw", kdf=TEST_KDF)
    second = EncryptedFileStore(path, "pw")
    first.put("a", b"1")
    second.put("b", b"2")
    first.put("c", b"3")
    assert EncryptedFileStore(path, "pw").key_ids() == ["a", "b", "c"]


def test_change_passphrase(sello_home):
    path = default_file_store_path(sello_home)
    store = EncryptedFileStore(path, "old", kdf=TEST_KDF)
    other_window = EncryptedFileStore(path, "old")
    store.put("a", SECRET)
    store.change_passphrase("new")
    assert EncryptedFileStore(path, "new").get("a") == SECRET
    with pytest.raises(WrongPassphrase):
        EncryptedFileStore(path, "old")
    with pytest.raises(KeyStoreError, match="open it again with the new passphrase"):
        other_window.get("a")


def test_file_store_that_disappears(sello_home):
    path = default_file_store_path(sello_home)
    store = EncryptedFileStore(path, "pw", kdf=TEST_KDF)
    path.unlink()
    with pytest.raises(KeyStoreError, match="has disappeared"):
        store.get("a")
