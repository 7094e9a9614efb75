"""Partners Sello sends presentations to (owner of `send_recipients`).

A recipient is an address-book partner that runs a Traceability API: its did:web (whose
DID document names the `TraceabilityAPI` service endpoint), and the OAuth 2.0 client
credentials it gave us (client id, token endpoint, audience, scopes). The client secret is
never written to the database or a log: it is kept in the profile's key store (the OS
keyring, or the encrypted-file store) under `oauth-client:<recipient id>`.
"""

from __future__ import annotations

import secrets
import sqlite3
import urllib.parse
from dataclasses import dataclass

from sello.core.errors import InputError, NotFoundError
from sello.core.i18n import Message
from sello.core.keys.store import KeyStore
from sello.core.storage.db import Database, utc_now

DEFAULT_SCOPES = ("submit:presentations",)


@dataclass(frozen=True)
class Recipient:
    id: str
    profile_id: str
    name: str
    did: str
    client_id: str
    token_endpoint: str
    audience: str
    scopes: tuple[str, ...]
    updated_at: str

    @property
    def secret_name(self) -> str:
        return secret_name(self.id)


def secret_name(recipient_id: str) -> str:
    """The name under which the client secret is kept in the key store."""
    return f"oauth-client:{recipient_id}"


def _recipient(row: sqlite3.Row) -> Recipient:
    return Recipient(
        row["id"],
        row["profile_id"],
        row["name"],
        row["did"],
        row["client_id"],
        row["token_endpoint"],
        row["audience"],
        tuple(row["scopes"].split()),
        row["updated_at"],
    )


def _check(name: str, did: str, client_id: str, token_endpoint: str) -> None:
    if not name.strip():
        raise InputError(Message("outgoing.recipient_needs_name"))
    if not did.startswith("did:web:"):
        raise InputError(Message("outgoing.recipient_did_web", did=repr(did)))
    if not client_id.strip():
        raise InputError(Message("outgoing.no_client_id"))
    parts = urllib.parse.urlsplit(token_endpoint)
    if parts.scheme != "https" or not parts.hostname:
        raise InputError(Message("outgoing.token_https", token_endpoint=repr(token_endpoint)))


class RecipientBook:
    """The recipients of one company profile; secrets go to `store`."""

    def __init__(self, db: Database, profile_id: str, store: KeyStore | None = None) -> None:
        self.db = db
        self.profile_id = profile_id
        self.store = store

    def save(
        self,
        name: str,
        did: str,
        client_id: str,
        token_endpoint: str,
        *,
        secret: str | None = None,
        audience: str = "",
        scopes: tuple[str, ...] = DEFAULT_SCOPES,
    ) -> Recipient:
        """Add a recipient, or update the one with this name. The secret, when given, goes
        to the key store before the row is written (a row never points at a missing secret
        it was given)."""
        name, did, client_id, token_endpoint = name.strip(), did.strip(), client_id.strip(), token_endpoint.strip()
        _check(name, did, client_id, token_endpoint)
        existing = self.db.query_one(
            "SELECT id FROM send_recipients WHERE profile_id = ? AND name = ?", (self.profile_id, name)
        )
        recipient_id = existing["id"] if existing else secrets.token_hex(8)
        if secret is not None:
            if self.store is None:
                raise InputError(Message("outgoing.no_store_keep"))
            if not secret.strip():
                raise InputError(Message("outgoing.empty_secret"))
            self.store.put(secret_name(recipient_id), secret.strip().encode())
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO send_recipients (id, profile_id, name, did, client_id, token_endpoint, audience, scopes,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET did = excluded.did,"
                " client_id = excluded.client_id, token_endpoint = excluded.token_endpoint,"
                " audience = excluded.audience, scopes = excluded.scopes, updated_at = excluded.updated_at",
                (
                    recipient_id,
                    self.profile_id,
                    name,
                    did,
                    client_id,
                    token_endpoint,
                    audience.strip(),
                    " ".join(scopes),
                    utc_now(),
                ),
            )
            self.db.audit(
                "recipient.save",
                recipient_id,
                {"name": name, "did": did, "client_id": client_id},
                profile_id=self.profile_id,
            )
        return self.get(recipient_id)

    def get(self, recipient_id: str) -> Recipient:
        row = self.db.query_one(
            "SELECT * FROM send_recipients WHERE profile_id = ? AND (id = ? OR name = ?)",
            (self.profile_id, recipient_id, recipient_id),
        )
        if row is None:
            raise NotFoundError(Message("outgoing.no_recipient", recipient_id=repr(recipient_id)))
        return _recipient(row)

    def list(self) -> list[Recipient]:
        rows = self.db.query("SELECT * FROM send_recipients WHERE profile_id = ? ORDER BY name", (self.profile_id,))
        return [_recipient(r) for r in rows]

    def secret(self, recipient: Recipient) -> str:
        if self.store is None:
            raise InputError(Message("outgoing.no_store_read"))
        return self.store.get(recipient.secret_name).decode()

    def delete(self, recipient_id: str) -> None:
        recipient = self.get(recipient_id)
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM send_recipients WHERE id = ?", (recipient.id,))
            self.db.audit("recipient.delete", recipient.id, {"name": recipient.name}, profile_id=self.profile_id)
        if self.store is not None:
            self.store.delete(recipient.secret_name)
