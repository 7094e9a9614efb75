"""Fixtures for whole journeys: a company with a signing key in the encrypted-file store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sello.core.keys.manager import KeyManager
from sello.core.keys.profiles import create_profile, set_default_profile
from sello.core.keys.sealedbox import KdfParams
from sello.core.keys.store import EncryptedFileStore
from sello.core.resources import resource_path
from sello.core.storage.db import Database

DOCTYPES = ["mill-test-report", "commercial-invoice", "usmca-certification", "packing-list", "bill-of-lading"]


def example(doctype: str) -> dict[str, Any]:
    return json.loads(resource_path("examples", f"{doctype}.json").read_text(encoding="utf-8"))


@pytest.fixture
def company(sello_home: Path) -> KeyManager:
    db = Database.in_folder(sello_home)
    profile = create_profile(
        db,
        "Aceros del Norte S.A. de C.V.",
        rfc="ADN0501014T3",
        web_domain="acerosdelnorte.mx",
        address={
            "street": "Av. Industria Pesada 1200",
            "city": "Monterrey",
            "region": "N.L.",
            "postal_code": "64000",
            "country": "MX",
        },
    )
    set_default_profile(db, profile.id)
    store = EncryptedFileStore(sello_home / "keys.sello-store", "test passphrase", kdf=KdfParams.minimum())
    manager = KeyManager(db, profile.id, store)
    manager.create_key("ES384", "web")
    yield manager
    db.close()
