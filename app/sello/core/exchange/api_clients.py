"""OAuth 2.0 clients of the Traceability API (owner of the `api_clients` table).

A client is registered with `sello api-clients add NAME --scopes ...`; its secret is
shown once and kept only as a salted scrypt hash (`hashlib.scrypt`, n=2**14, r=8, p=1:
about 16 MiB and 30-60 ms per check, so a stolen database does not give secrets away
cheaply while a token request stays fast). Tokens are issued by the server
(`sello.server.oauth`); this module only knows clients, secrets and scopes.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import sqlite3
from dataclasses import dataclass

from sello.core.errors import InputError, NotFoundError
from sello.core.i18n import Message
from sello.core.storage.db import Database, utc_now

# The scopes the specification names (docs/openapi/openapi.yml, securitySchemes.OAuth2)
SCOPES = (
    "resolve:dids",
    "issue:credentials",
    "verify:credentials",
    "read:credentials",
    "update:credentials",
    "submit:presentations",
    "prove:presentations",
    "verify:presentations",
)
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
_KDF_LABEL = "scrypt:n=16384,r=8,p=1"
_NAME = re.compile(r"^[\w .@-]{1,80}$")
_CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


@dataclass(frozen=True)
class ApiClient:
    client_id: str
    profile_id: str
    name: str
    scopes: tuple[str, ...]
    created_at: str
    revoked_at: str | None
    last_used_at: str | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True)
class NewClient:
    """A client just registered, with its secret: show the secret once, then drop it."""

    client: ApiClient
    client_secret: str


def parse_scopes(text: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Scopes from "a b", "a,b" or a list; unknown scopes are refused by name."""
    items = text.replace(",", " ").split() if isinstance(text, str) else [s.strip() for s in text]
    unknown = [s for s in items if s not in SCOPES]
    if unknown:
        raise InputError(Message("api.unknown_scope", value=repr(unknown[0]), value2=", ".join(SCOPES)))
    return tuple(dict.fromkeys(items))


def _hash(secret: str, salt: bytes) -> bytes:
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, maxmem=64 * 1024 * 1024, dklen=32, **_SCRYPT)


def _from_row(r: sqlite3.Row) -> ApiClient:
    return ApiClient(
        r["client_id"],
        r["profile_id"],
        r["name"],
        tuple(r["scopes"].split()),
        r["created_at"],
        r["revoked_at"],
        r["last_used_at"],
    )


class ApiClientRepository:
    """Register, list, authenticate and revoke the API clients of one company profile."""

    def __init__(self, db: Database, profile_id: str) -> None:
        self.db = db
        self.profile_id = profile_id

    def add(self, name: str, scopes: str | list[str] | tuple[str, ...]) -> NewClient:
        name = " ".join((name or "").split())
        if not _NAME.match(name):
            raise InputError(Message("api.bad_client_name"))
        granted = parse_scopes(scopes)
        if not granted:
            raise InputError(Message("api.no_scopes"))
        client_id = "sello_" + secrets.token_urlsafe(12).replace("-", "x").replace("_", "y")
        secret = secrets.token_urlsafe(32)
        salt = secrets.token_bytes(16)
        now = utc_now()
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO api_clients (client_id, profile_id, name, secret_hash, salt, kdf, scopes, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (client_id, self.profile_id, name, _hash(secret, salt), salt, _KDF_LABEL, " ".join(granted), now),
            )
            self.db.audit(
                "api_client.add", client_id, {"name": name, "scopes": list(granted)}, profile_id=self.profile_id
            )
        return NewClient(self.get(client_id), secret)

    def get(self, client_id: str) -> ApiClient:
        row = self.db.query_one(
            "SELECT * FROM api_clients WHERE client_id = ? AND profile_id = ?", (client_id, self.profile_id)
        )
        if row is None:
            raise NotFoundError(Message("api.no_client", client_id=client_id))
        return _from_row(row)

    def list(self, *, include_revoked: bool = False) -> list[ApiClient]:
        sql = "SELECT * FROM api_clients WHERE profile_id = ?"
        if not include_revoked:
            sql += " AND revoked_at IS NULL"
        return [_from_row(r) for r in self.db.query(sql + " ORDER BY created_at, client_id", (self.profile_id,))]

    def revoke(self, client_id: str) -> ApiClient:
        with self.db.transaction() as conn:
            client = self.get(client_id)
            if client.revoked_at:
                raise InputError(Message("api.client_revoked", client_id=client_id, revoked_at=client.revoked_at[:10]))
            conn.execute("UPDATE api_clients SET revoked_at = ? WHERE client_id = ?", (utc_now(), client_id))
            self.db.audit("api_client.revoke", client_id, {"name": client.name}, profile_id=self.profile_id)
        return self.get(client_id)

    def authenticate(self, client_id: str, client_secret: str) -> ApiClient | None:
        """The active client whose secret this is, or None (the same answer for every failure)."""
        if not isinstance(client_id, str) or not _CLIENT_ID.match(client_id) or not isinstance(client_secret, str):
            return None
        if len(client_secret) > 256:
            return None
        row = self.db.query_one(
            "SELECT * FROM api_clients WHERE client_id = ? AND profile_id = ?", (client_id, self.profile_id)
        )
        salt = bytes(row["salt"]) if row is not None else b"\0" * 16
        expected = bytes(row["secret_hash"]) if row is not None else b"\0" * 32
        matches = hmac.compare_digest(_hash(client_secret, salt), expected)  # hash even when unknown: same timing
        if row is None or not matches or row["revoked_at"]:
            return None
        self.db.execute("UPDATE api_clients SET last_used_at = ? WHERE client_id = ?", (utc_now(), client_id))
        return _from_row(row)
