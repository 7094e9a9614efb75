"""Fixtures for the API server: a company with a did:web key in the encrypted-file store,
an in-process app (Starlette's TestClient over httpx), and registered OAuth clients."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sello.core.exchange.api_clients import SCOPES, ApiClientRepository
from sello.core.keys.manager import KeyManager
from sello.core.keys.profiles import create_profile, set_default_profile
from sello.core.keys.sealedbox import KdfParams
from sello.core.keys.store import EncryptedFileStore, default_file_store_path
from sello.core.storage.db import Database

PORT = 8443
DOMAIN = f"127.0.0.1:{PORT}"
BASE_URL = f"https://{DOMAIN}"


@dataclass
class Api:
    client: Any  # starlette.testclient.TestClient
    state: Any
    db: Database
    client_id: str
    client_secret: str

    def token(self, scope: str = " ".join(SCOPES), **extra: str) -> str:
        form = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "scope": scope,
            **extra,
        }
        answer = self.client.post("/oauth/token", data=form)
        assert answer.status_code == 200, answer.text
        return str(answer.json()["access_token"])

    def auth(self, scope: str = " ".join(SCOPES)) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(scope)}"}


def make_company(home: Path) -> tuple[Database, KeyManager]:
    db = Database.in_folder(home)
    profile = create_profile(db, "Aceros del Norte", profile_id="aceros")
    set_default_profile(db, profile.id)
    store = EncryptedFileStore(default_file_store_path(home), "frase de prueba", kdf=KdfParams.minimum())
    manager = KeyManager(db, profile.id, store)
    manager.create_key("ES384", "web", DOMAIN)
    return db, manager


@pytest.fixture
def api(sello_home: Path) -> Iterator[Api]:
    from starlette.testclient import TestClient

    from sello.server.app import build_app
    from sello.server.run import ServeOptions, make_state

    db, manager = make_company(sello_home)
    new = ApiClientRepository(db, manager.profile_id).add("Conformance", SCOPES)
    state = make_state(db, manager, ServeOptions(port=PORT, cert="x", key="y", offline=True))
    with TestClient(build_app(state), base_url=BASE_URL) as client:
        yield Api(client, state, db, new.client.client_id, new.client_secret)
    db.close()
