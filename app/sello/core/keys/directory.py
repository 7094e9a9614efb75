"""Reading a company's keys without their secrets: the key directory.

`KeyDirectory` lists a profile's keys (public parts, DIDs, kids, status) and builds its
DID documents; it never opens a key store, so verification, listing and website checks
use it instead of a `KeyManager` (which adds the secret-holding operations on top).
`own_did_document` is the one resolver of this computer's own DIDs, for any profile:
verification uses it so a company's own documents verify offline.
"""

from __future__ import annotations

import json
import urllib.parse
from dataclasses import dataclass
from typing import Any

from sello.core.errors import InputError, NotFoundError
from sello.core.i18n import Message
from sello.core.keys import key_table
from sello.core.keys.did import DidResolver, ResolvedDid, did_web_document, parse_did_document
from sello.core.keys.keypair import Algorithm, PublicKey
from sello.core.keys.profiles import Profile, get_profile
from sello.core.storage.db import Database
from sello.core.storage.documents import count_signed_by_key


def fingerprint_groups(key_id: str) -> tuple[str, ...]:
    """The thumbprint in blocks of 4 characters, for display (Kleopatra style)."""
    return tuple(key_id[i : i + 4] for i in range(0, len(key_id), 4))


@dataclass(frozen=True)
class KeyRecord:
    """One signing key of a company profile (public data only)."""

    id: str  # RFC 7638 thumbprint
    profile_id: str
    alg: Algorithm
    did: str
    kid: str
    label: str
    store: str  # "keyring" | "file"
    created_at: str
    retired_at: str | None
    public_jwk: dict[str, Any]
    fingerprint_groups: tuple[str, ...]
    is_default: bool = False
    deleted_at: str | None = None  # private part destroyed; kept to verify old documents

    @property
    def short_id(self) -> str:
        return self.id[:8]

    @property
    def fingerprint(self) -> str:
        return " ".join(self.fingerprint_groups)

    @property
    def did_method(self) -> str:
        return self.did.split(":")[1]

    @property
    def web_domain(self) -> str | None:
        """The host (and port) of a did:web key."""
        if self.did_method != "web":
            return None
        return urllib.parse.unquote(self.did.split(":")[2])

    @property
    def is_retired(self) -> bool:
        return self.retired_at is not None

    @property
    def status(self) -> str:
        return "deleted" if self.deleted_at else "retired" if self.retired_at else "active"

    @property
    def public_key(self) -> PublicKey:
        return PublicKey.from_jwk(self.public_jwk)

    @property
    def display_name(self) -> str:
        return f"“{self.label}” ({self.short_id})" if self.label else self.short_id


class KeyDirectory:
    """The keys of one company profile, read only (public parts and metadata)."""

    def __init__(self, db: Database, profile_id: str) -> None:
        self.db = db
        self.profile_id = get_profile(db, profile_id).id

    def __repr__(self) -> str:
        return f"<KeyDirectory {self.profile_id}>"

    @property
    def profile(self) -> Profile:
        return get_profile(self.db, self.profile_id)

    # -- reading ------------------------------------------------------------------
    def _record(self, row: Any, default_key: str | None) -> KeyRecord:
        return KeyRecord(
            id=row["id"],
            profile_id=row["profile_id"],
            alg=Algorithm(row["alg"]),
            did=row["did"],
            kid=row["kid"],
            label=row["label"],
            store=row["store"],
            created_at=row["created_at"],
            retired_at=row["retired_at"],
            public_jwk=json.loads(row["public_jwk"]),
            fingerprint_groups=fingerprint_groups(row["id"]),
            is_default=row["id"] == default_key,
            deleted_at=row["deleted_at"],
        )

    def list_keys(self, include_retired: bool = True) -> list[KeyRecord]:
        """Active keys first (newest first), then retired ones."""
        rows = key_table.key_rows(self.db, self.profile_id, include_retired=include_retired)
        default = self.profile.default_key
        return [self._record(r, default) for r in rows]

    def get(self, key_id: str) -> KeyRecord:
        """A key by id, unambiguous id prefix, fingerprint (spaces ignored) or kid (DID URL)."""
        text = "".join((key_id or "").split())
        if not text:
            raise InputError(Message("keys.name_a_key"))
        if text.startswith("did:"):
            rows = key_table.key_rows_by_kid(self.db, self.profile_id, text)
        else:
            rows = key_table.key_rows_by_prefix(self.db, self.profile_id, text)
            exact = [r for r in rows if r["id"] == text]
            rows = exact or rows
        if not rows:
            raise NotFoundError(Message("keys.no_such_key", profile_id=repr(self.profile_id), text=repr(text)))
        if len(rows) > 1:
            shown = ", ".join(sorted(r["id"][: len(text) + 4] for r in rows))
            raise InputError(Message("keys.ambiguous", text=repr(text), count=len(rows), shown=shown))
        return self._record(rows[0], self.profile.default_key)

    def default_key(self) -> KeyRecord | None:
        default = self.profile.default_key
        return self.get(default) if default else None

    def web_dids(self) -> list[str]:
        """The did:web DIDs of this profile (each needs its did.json published)."""
        return key_table.web_dids(self.db, self.profile_id)

    def documents_signed_by(self, key_id: str) -> int:
        return count_signed_by_key(self.db, key_id)

    # -- DIDs ---------------------------------------------------------------------
    def did_document(self, did: str) -> dict[str, Any]:
        """The DID document of one of this profile's DIDs; for did:web it lists every
        current and rotated key (active keys first), ready to publish as did.json."""
        jwks = key_table.public_jwks_of_did(self.db, did, self.profile_id)
        if not jwks:
            raise NotFoundError(Message("keys.not_own_did", did=did, profile_id=repr(self.profile_id)))
        if did.startswith("did:web:"):
            return did_web_document(did, [PublicKey.from_jwk(json.loads(jwk)) for jwk in jwks])
        return DidResolver().resolve(did).document


def own_did_document(db: Database, did: str) -> ResolvedDid | None:
    """One of this computer's own did:web DIDs (any profile), with every current and
    rotated key, resolved offline (source "local"); None for any other DID."""
    if not did.startswith("did:web:"):
        return None
    jwks = key_table.public_jwks_of_did(db, did)
    if not jwks:
        return None
    document = did_web_document(did, [PublicKey.from_jwk(json.loads(jwk)) for jwk in jwks])
    return parse_did_document(did, document, source="local")
