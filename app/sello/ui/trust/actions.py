"""The Trust page's work that runs on worker threads: no Qt here.

Each function reads or writes files and the database and returns a small record for
the page to show; failures are `UserFacingError`s with their own sentence.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from sello.core.errors import InputError, UserFacingError
from sello.core.keys.key_table import web_dids
from sello.core.paths import atomic_write
from sello.core.storage.db import Database
from sello.core.trust.bundle import BundleImport, import_bundle, make_company_bundle, write_bundle
from sello.core.trust.lists import (
    MAX_LIST_CHARS,
    ImportedTrustList,
    TrustedIssuer,
    TrustList,
    import_trust_list,
    new_trust_list,
    operated_list,
    save_operated_list,
    sign_operated_list,
    with_issuer,
    without_issuer,
)
from sello.core.trust.webresolve import iso


class TrustFileError(UserFacingError):
    """A file for the Trust page cannot be read or written."""


def web_identifiers(db: Database, profile_id: str | None) -> list[str]:
    """The company's did:web identifiers: what it publishes on its website (no key store needed)."""
    if not profile_id:
        return []
    return web_dids(db, profile_id)


def read_text_file(path: Path, limit: int = MAX_LIST_CHARS) -> str:
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise TrustFileError(
            QCoreApplication.translate("TrustFiles", "{name} cannot be read: {reason}.").format(
                name=path.name, reason=exc.strerror or exc
            )
        ) from None
    if len(data) > limit:
        raise TrustFileError(
            QCoreApplication.translate("TrustFiles", "{name} is too large to be a signed trust list.").format(
                name=path.name
            )
        )
    try:
        return data.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise TrustFileError(
            QCoreApplication.translate("TrustFiles", "{name} is not a signed trust list (not text).").format(
                name=path.name
            )
        ) from None


def import_trust_list_file(db: Database, path: Path) -> ImportedTrustList:
    return import_trust_list(db, read_text_file(path))


# -- lists this company operates ------------------------------------------------------------
def create_operated_list(db: Database, profile_id: str, name: str) -> TrustList:
    trust_list = new_trust_list(name)
    save_operated_list(db, profile_id, trust_list)
    return trust_list


def put_issuer(db: Database, profile_id: str, list_id: str, entry: TrustedIssuer) -> TrustList:
    """Add an issuer to an operated list, or replace the entry with the same DID."""
    trust_list, _ = operated_list(db, profile_id, list_id)
    updated = with_issuer(trust_list, entry)
    save_operated_list(db, profile_id, updated)
    return updated


def drop_issuer(db: Database, profile_id: str, list_id: str, did: str) -> TrustList:
    trust_list, _ = operated_list(db, profile_id, list_id)
    updated = without_issuer(trust_list, did)
    save_operated_list(db, profile_id, updated)
    return updated


@dataclass(frozen=True)
class SignedListFile:
    trust_list: TrustList
    path: Path
    valid_until: str


def sign_list_to_file(
    db: Database, key_manager: Any, list_id: str, months: int, path: Path, now: datetime | None = None
) -> SignedListFile:
    """Sign an operated list with the company's default key, valid for `months`, and save it."""
    if not 1 <= months <= 60:
        raise InputError(QCoreApplication.translate("TrustFiles", "A trust list is valid for 1 to 60 months."))
    key = key_manager.default_key()
    if key is None or key.retired_at or key.deleted_at:
        raise InputError(
            QCoreApplication.translate("TrustFiles", "The company has no current signing key to sign the list with.")
        )
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    until = now + timedelta(days=round(months * 365.25 / 12))
    trust_list, token = sign_operated_list(
        db,
        key_manager.profile_id,
        list_id,
        key_manager.load_private(key.id),
        key.kid,
        operator_name=key_manager.profile.legal_name,
        valid_from=now,
        valid_until=until,
    )
    try:
        atomic_write(path, token.encode("ascii"))
    except OSError as exc:
        raise TrustFileError(
            QCoreApplication.translate("TrustFiles", "{path} could not be written: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    return SignedListFile(trust_list, path, iso(until))


# -- bundles ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class MadeBundle:
    path: Path
    created: str
    counts: dict[str, int]  # kind -> members


def make_bundle_file(db: Database, key_manager: Any, path: Path, now: datetime | None = None) -> MadeBundle:
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    data = make_company_bundle(db, key_manager, now=now)
    try:
        written = write_bundle(path, data)
    except OSError as exc:
        raise TrustFileError(
            QCoreApplication.translate("TrustFiles", "{path} could not be written: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    counts = Counter(member["kind"] for member in json.loads(data)["members"])
    return MadeBundle(written, iso(now), dict(counts))


def import_bundle_file(db: Database, path: Path) -> BundleImport:
    return import_bundle(db, path)
