"""Presentations received over the Traceability API (owner of `inbox_presentations`
and `inbox_credentials`).

The server verifies each presentation with Sello's one pipeline and hands the outcome
to `InboxRepository.receive`, which stores it in one committed transaction (the database
runs WAL with `synchronous=FULL`) before the server answers: a presentation answered
200 survives the process being killed right after. A presentation id seen before raises
`DuplicatePresentation` and nothing is written (the server answers 409).

The desktop inbox reads with `list`, `get`, `count_unread` and `mark_read`:

    inbox = InboxRepository(db, profile_id)
    for entry in inbox.list(unread_only=True):
        entry.sender_client, entry.workflow_instance, entry.verdict, entry.credentials

`sender_client` is the OAuth client id (its display name: `ApiClientRepository.get(id).name`;
a token from an external authorization server gives its `client_id`/`sub` instead);
`summary` is JSON text `{"en": ..., "es": ...}`; `verdict` is green, amber or red, the worst
of the holder's signature and the credentials' verdicts; each credential keeps the text that
was verified (a vc+jwt, or JSON) so it can be verified again later.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from sello.core.errors import InputError, NotFoundError
from sello.core.i18n import Message
from sello.core.storage.db import Database, utc_now

VERDICTS = ("green", "amber", "blue", "red")  # blue: cannot confirm (an issuer's key could not be had)


class DuplicatePresentation(InputError):
    """A presentation with this id was already received (and is kept as first received)."""


@dataclass(frozen=True)
class InboxCredential:
    """One credential of a received presentation, with its own verdict."""

    position: int
    credential_id: str
    issuer: str
    issuer_name: str
    types: tuple[str, ...]
    verdict: str  # green | amber | red
    credential: str  # as presented: a vc+jwt, or the JSON text of the credential


@dataclass(frozen=True)
class ReceivedPresentation:
    """What the server hands to `InboxRepository.receive` once a presentation is verified."""

    presentation_id: str
    sender_client: str
    holder: str
    workflow_definition: tuple[str, ...]
    workflow_instance: tuple[str, ...]
    verdict: str
    summary: str
    presentation: str  # exactly what arrived
    credentials: Sequence[InboxCredential] = ()


@dataclass(frozen=True)
class InboxEntry:
    id: str
    profile_id: str
    received_at: str
    sender_client: str
    holder: str
    workflow_definition: tuple[str, ...]
    workflow_instance: tuple[str, ...]
    verdict: str
    summary: str
    presentation: str
    read_at: str | None
    credentials: tuple[InboxCredential, ...] = field(default_factory=tuple)

    @property
    def unread(self) -> bool:
        return self.read_at is None


def _entry(row: sqlite3.Row, credentials: tuple[InboxCredential, ...]) -> InboxEntry:
    return InboxEntry(
        row["id"],
        row["profile_id"],
        row["received_at"],
        row["sender_client"],
        row["holder"],
        tuple(json.loads(row["workflow_definition"])),
        tuple(json.loads(row["workflow_instance"])),
        row["verdict"],
        row["summary"],
        row["presentation"],
        row["read_at"],
        credentials,
    )


def _credential(row: sqlite3.Row) -> InboxCredential:
    return InboxCredential(
        int(row["position"]),
        row["credential_id"],
        row["issuer"],
        row["issuer_name"],
        tuple(json.loads(row["types"])),
        row["verdict"],
        row["credential"],
    )


class InboxRepository:
    """The received presentations of one company profile."""

    def __init__(self, db: Database, profile_id: str) -> None:
        self.db = db
        self.profile_id = profile_id

    def receive(self, received: ReceivedPresentation) -> InboxEntry:
        """Store a verified presentation and its credentials, committed before returning."""
        if received.verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {received.verdict!r}")
        if not received.presentation_id:
            raise InputError(Message("presentation.needs_id_to_receive"))
        now = utc_now()
        try:
            with self.db.transaction() as conn:
                conn.execute(
                    "INSERT INTO inbox_presentations (id, profile_id, received_at, sender_client, holder,"
                    " workflow_definition, workflow_instance, verdict, summary, presentation)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        received.presentation_id,
                        self.profile_id,
                        now,
                        received.sender_client,
                        received.holder,
                        json.dumps(list(received.workflow_definition)),
                        json.dumps(list(received.workflow_instance)),
                        received.verdict,
                        received.summary,
                        received.presentation,
                    ),
                )
                for c in received.credentials:
                    conn.execute(
                        "INSERT INTO inbox_credentials (presentation_id, position, credential_id, issuer,"
                        " issuer_name, types, verdict, credential) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            received.presentation_id,
                            c.position,
                            c.credential_id,
                            c.issuer,
                            c.issuer_name,
                            json.dumps(list(c.types)),
                            c.verdict,
                            c.credential,
                        ),
                    )
                self.db.audit(
                    "presentation.receive",
                    received.presentation_id,
                    {
                        "sender": received.sender_client,
                        "verdict": received.verdict,
                        "credentials": len(received.credentials),
                    },
                    profile_id=self.profile_id,
                )
        except sqlite3.IntegrityError:
            if self.exists(received.presentation_id):
                raise DuplicatePresentation(
                    Message("presentation.already_received", presentation_id=received.presentation_id)
                ) from None
            raise
        return self.get(received.presentation_id)

    def exists(self, presentation_id: str) -> bool:
        return self.db.query_one("SELECT 1 FROM inbox_presentations WHERE id = ?", (presentation_id,)) is not None

    def get(self, presentation_id: str) -> InboxEntry:
        row = self.db.query_one(
            "SELECT * FROM inbox_presentations WHERE id = ? AND profile_id = ?", (presentation_id, self.profile_id)
        )
        if row is None:
            raise NotFoundError(Message("presentation.not_received", presentation_id=presentation_id))
        creds = self.db.query(
            "SELECT * FROM inbox_credentials WHERE presentation_id = ? ORDER BY position", (presentation_id,)
        )
        return _entry(row, tuple(_credential(c) for c in creds))

    def list(
        self, *, unread_only: bool = False, workflow_instance: str | None = None, limit: int = 100, offset: int = 0
    ) -> list[InboxEntry]:
        """Newest first, with their credentials."""
        sql = "SELECT * FROM inbox_presentations WHERE profile_id = ?"
        params: list[object] = [self.profile_id]
        if unread_only:
            sql += " AND read_at IS NULL"
        if workflow_instance is not None:
            sql += " AND EXISTS (SELECT 1 FROM json_each(workflow_instance) WHERE value = ?)"
            params.append(workflow_instance)
        sql += " ORDER BY received_at DESC, rowid DESC LIMIT ? OFFSET ?"
        params += [max(0, min(limit, 1000)), max(0, offset)]
        return [self.get(r["id"]) for r in self.db.query(sql, tuple(params))]

    def count(self, *, unread_only: bool = False) -> int:
        sql = "SELECT COUNT(*) FROM inbox_presentations WHERE profile_id = ?"
        if unread_only:
            sql += " AND read_at IS NULL"
        row = self.db.query_one(sql, (self.profile_id,))
        return int(row[0]) if row is not None else 0

    def count_unread(self) -> int:
        return self.count(unread_only=True)

    def mark_read(self, presentation_id: str) -> None:
        self.get(presentation_id)
        self.db.execute(
            "UPDATE inbox_presentations SET read_at = COALESCE(read_at, ?) WHERE id = ?", (utc_now(), presentation_id)
        )
