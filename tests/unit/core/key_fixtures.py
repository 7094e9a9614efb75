"""Fixtures shared by the key-store, key-manager and secret-leak tests.

Import the fixtures by name into a test module (`from tests.unit.core.key_fixtures import ...`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sello.core.keys.manager import KeyManager
from sello.core.keys.profiles import Profile, create_profile
from sello.core.keys.sealedbox import KdfParams
from sello.core.keys.store import EncryptedFileStore, KeyringStore, KeyStore, default_file_store_path
from sello.core.storage.db import Database

# libsodium's minimum Argon2id limits, passed explicitly so the tests stay fast.
TEST_KDF = KdfParams.minimum()
STORE_PASSPHRASE = "correct horse battery staple"
COMPANY = "Aceros del Norte, S.A. de C.V."


@pytest.fixture
def db(sello_home: Path) -> Iterator[Database]:
    database = Database.in_folder(sello_home)
    yield database
    database.close()


@pytest.fixture
def profile(db: Database) -> Profile:
    return create_profile(
        db, COMPANY, rfc="ADN980312AB1", web_domain="acerosdelnorte.mx", address={"city": "Monterrey", "country": "MX"}
    )


@pytest.fixture(params=["file", "keyring"])
def key_store(request: pytest.FixtureRequest, sello_home: Path) -> KeyStore:
    """Each test runs once with the encrypted-file store and once with the real OS keyring."""
    if request.param == "file":
        return EncryptedFileStore(default_file_store_path(sello_home), STORE_PASSPHRASE, kdf=TEST_KDF)
    return KeyringStore(request.getfixturevalue("secret_service"))


@pytest.fixture
def manager(db: Database, profile: Profile, key_store: KeyStore) -> KeyManager:
    return KeyManager(db, profile.id, key_store)
