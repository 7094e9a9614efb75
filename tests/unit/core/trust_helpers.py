"""Helpers for the trust tests: a mill company with real keys, documents issued with a
status entry, and a clock the tests move by hand (no sleeping)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sello.core.credentials.credential import build_credential, sign_vc_jwt
from sello.core.keys.manager import KeyManager, KeyRecord
from sello.core.keys.profiles import Profile, create_profile
from sello.core.keys.sealedbox import KdfParams
from sello.core.keys.store import EncryptedFileStore, default_file_store_path
from sello.core.storage.db import Database, utc_now
from sello.core.trust.statuslist import allocate_status

ISSUED = datetime(2026, 11, 2, 16, 5, tzinfo=UTC)
NOW = datetime(2026, 11, 2, 18, 0, tzinfo=UTC)


class ManualClock:
    """A clock tests advance explicitly."""

    def __init__(self, start: datetime = NOW) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@dataclass
class Company:
    db: Database
    profile: Profile
    manager: KeyManager
    key: KeyRecord

    @property
    def did(self) -> str:
        return self.key.did


def make_company(
    db: Database,
    folder: Path,
    *,
    name: str = "Aceros del Norte, S.A. de C.V.",
    domain: str = "",
    did_method: str = "web",
    alg: str = "ES384",
    rfc: str = "ADN980312AB1",
) -> Company:
    profile = create_profile(db, name, rfc=rfc, web_domain=domain)
    store = EncryptedFileStore(default_file_store_path(folder / profile.id), "test passphrase", kdf=KdfParams.minimum())
    manager = KeyManager(db, profile.id, store)
    key = manager.create_key(alg, did_method=did_method, domain=domain or None)
    return Company(db, profile, manager, key)


def issue_document(
    company: Company, *, valid_from: datetime = ISSUED, key: KeyRecord | None = None, with_status: bool = True
) -> tuple[str, str]:
    """Issue a mill test report the way the issuing flow does; returns (document id, vc+jwt)."""
    key = key or company.manager.default_key()
    assert key is not None
    allocation = allocate_status(company.db, company.profile.id, key.did) if with_status else None
    credential = build_credential(
        types=["MillTestReportCredential"],
        subject={"type": ["MillTestReport"], "certificateNumber": "MTR-2026-000417", "heatNumber": "H26-7781"},
        issuer={"id": key.did, "name": company.profile.legal_name},
        valid_from=valid_from,
        status=allocation.entry if allocation else None,
    )
    token = sign_vc_jwt(credential, company.manager.load_private(key.id), key.kid)
    company.db.execute(
        "INSERT INTO documents (id, profile_id, doctype, key_id, vc_jwt, status_list, status_index, issued_at)"
        " VALUES (?, ?, 'mill-test-report', ?, ?, ?, ?, ?)",
        (
            credential["id"],
            company.profile.id,
            key.id,
            token,
            allocation.list_id if allocation else None,
            allocation.index if allocation else None,
            utc_now(),
        ),
    )
    return credential["id"], token
