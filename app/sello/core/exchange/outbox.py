"""Presentations waiting to be delivered to a partner's Traceability API (owner of `outbox`).

A send is signed once and queued in one committed transaction (`enqueue`); from then on the
outbox resends exactly that presentation, with its id, until the partner acknowledges it.
Delivery is at least once, and the receiver refuses a presentation id it already has (409),
which counts as delivered: so a process killed between the partner's 200 and our
`mark_delivered` sends again, gets 409, and the partner still holds one copy.

States: `pending` (due at `next_attempt_at`; after a transient failure with its reason and a
back-off), `delivered`, `failed` (the partner refused in a way a retry cannot fix by itself:
wrong credentials, forbidden, a rejected body; `retry` puts it back in the queue).

Every queueing, delivery and failure is written to the audit log once per document, so a
document's history says where it was sent and when it was accepted.
"""

from __future__ import annotations

import builtins
import json
import random
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sello.core.errors import NotFoundError
from sello.core.i18n import Message
from sello.core.storage.db import Database

STATES = ("pending", "delivered", "failed")
FIRST_BACKOFF_S = 5.0
MAX_BACKOFF_S = 3600.0


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def backoff_seconds(attempts: int, rng: random.Random | None = None) -> float:
    """5 s, 10 s, 20 s ... up to an hour, with ±20 % jitter so many senders do not retry in step."""
    base = min(MAX_BACKOFF_S, FIRST_BACKOFF_S * 2 ** max(0, attempts - 1))
    return base * (rng or random).uniform(0.8, 1.2)


@dataclass(frozen=True)
class OutboxEntry:
    id: str  # the presentation id
    profile_id: str
    recipient_id: str
    recipient_name: str
    document_ids: tuple[str, ...]
    workflow_definition: tuple[str, ...]
    workflow_instance: tuple[str, ...]
    presentation: str  # the signed vp+jwt
    state: str
    attempts: int
    next_attempt_at: str
    last_error: Mapping[str, str]  # {"en": ..., "es": ...}, empty when none
    last_status: int | None
    created_at: str
    delivered_at: str | None

    def error_text(self, lang: str) -> str:
        return self.last_error.get(lang) or self.last_error.get("en", "") if self.last_error else ""


def _entry(row: sqlite3.Row) -> OutboxEntry:
    return OutboxEntry(
        row["id"],
        row["profile_id"],
        row["recipient_id"],
        row["recipient_name"],
        tuple(json.loads(row["document_ids"])),
        tuple(json.loads(row["workflow_definition"])),
        tuple(json.loads(row["workflow_instance"])),
        row["presentation"],
        row["state"],
        int(row["attempts"]),
        row["next_attempt_at"],
        json.loads(row["last_error"]) if row["last_error"] else {},
        row["last_status"],
        row["created_at"],
        row["delivered_at"],
    )


class Outbox:
    """The outbox of one company profile."""

    def __init__(self, db: Database, profile_id: str) -> None:
        self.db = db
        self.profile_id = profile_id

    @staticmethod
    def now() -> datetime:
        return datetime.now(UTC)

    def _audit_documents(self, action: str, entry_id: str, documents: Sequence[str], detail: dict[str, object]) -> None:
        self.db.audit(action, entry_id, {**detail, "documents": list(documents)}, profile_id=self.profile_id)
        for document_id in documents:
            self.db.audit(action, document_id, {**detail, "presentation": entry_id}, profile_id=self.profile_id)

    def enqueue(
        self,
        presentation_id: str,
        recipient_id: str,
        recipient_name: str,
        document_ids: Sequence[str],
        presentation: str,
        *,
        workflow_definition: Sequence[str] = (),
        workflow_instance: Sequence[str] = (),
    ) -> OutboxEntry:
        """Queue a signed presentation; committed (with its audit entries) before returning."""
        now = _iso(self.now())
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO outbox (id, profile_id, recipient_id, recipient_name, document_ids, workflow_definition,"
                " workflow_instance, presentation, state, next_attempt_at, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
                (
                    presentation_id,
                    self.profile_id,
                    recipient_id,
                    recipient_name,
                    json.dumps(list(document_ids)),
                    json.dumps(list(workflow_definition)),
                    json.dumps(list(workflow_instance)),
                    presentation,
                    now,
                    now,
                ),
            )
            self._audit_documents("send.queue", presentation_id, document_ids, {"recipient": recipient_name})
        return self.get(presentation_id)

    def get(self, entry_id: str) -> OutboxEntry:
        row = self.db.query_one("SELECT * FROM outbox WHERE id = ? AND profile_id = ?", (entry_id, self.profile_id))
        if row is None:
            raise NotFoundError(Message("outgoing.not_in_outbox", entry_id=entry_id))
        return _entry(row)

    def list(
        self, *, state: str | None = None, document_id: str | None = None, limit: int = 500
    ) -> builtins.list[OutboxEntry]:
        """Newest first."""
        sql = "SELECT * FROM outbox WHERE profile_id = ?"
        params: list[object] = [self.profile_id]
        if state is not None:
            sql += " AND state = ?"
            params.append(state)
        if document_id is not None:
            sql += " AND EXISTS (SELECT 1 FROM json_each(document_ids) WHERE value = ?)"
            params.append(document_id)
        sql += " ORDER BY created_at DESC, rowid DESC LIMIT ?"
        params.append(max(1, limit))
        return [_entry(r) for r in self.db.query(sql, tuple(params))]

    def due(self, now: datetime | None = None) -> builtins.list[OutboxEntry]:
        """Pending entries whose time has come, oldest first."""
        rows = self.db.query(
            "SELECT * FROM outbox WHERE profile_id = ? AND state = 'pending' AND next_attempt_at <= ?"
            " ORDER BY next_attempt_at, rowid",
            (self.profile_id, _iso(now or self.now())),
        )
        return [_entry(r) for r in rows]

    def problems(self) -> builtins.list[OutboxEntry]:
        """What needs the user's eye: failed deliveries, and pending ones that have failed before."""
        rows = self.db.query(
            "SELECT * FROM outbox WHERE profile_id = ? AND (state = 'failed' OR (state = 'pending' AND attempts > 0))"
            " ORDER BY created_at DESC, rowid DESC",
            (self.profile_id,),
        )
        return [_entry(r) for r in rows]

    def counts(self) -> dict[str, int]:
        rows = self.db.query(
            "SELECT state, COUNT(*) FROM outbox WHERE profile_id = ? GROUP BY state", (self.profile_id,)
        )
        found = {r[0]: int(r[1]) for r in rows}
        return {state: found.get(state, 0) for state in STATES}

    def mark_delivered(self, entry_id: str, status: int) -> OutboxEntry:
        """The partner holds it (200/201, or 409: it already had this presentation id)."""
        entry = self.get(entry_id)
        with self.db.transaction() as conn:
            changed = conn.execute(
                "UPDATE outbox SET state = 'delivered', attempts = attempts + 1, last_status = ?, last_error = '',"
                " delivered_at = ? WHERE id = ? AND state != 'delivered'",
                (status, _iso(self.now()), entry_id),
            ).rowcount
            if changed:  # two senders racing on one entry (the app's round and the dialog): one record
                self._audit_documents(
                    "send.deliver", entry_id, entry.document_ids, {"recipient": entry.recipient_name, "status": status}
                )
        return self.get(entry_id)

    def mark_retry(self, entry_id: str, error: Mapping[str, str], status: int | None = None) -> OutboxEntry:
        """A transient failure (timeout, unreachable, 5xx, 429): try again after a back-off."""
        entry = self.get(entry_id)
        later = self.now() + timedelta(seconds=backoff_seconds(entry.attempts + 1))
        self.db.execute(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, last_status = ?"
            " WHERE id = ? AND state = 'pending'",
            (_iso(later), json.dumps(dict(error), ensure_ascii=False), status, entry_id),
        )
        return self.get(entry_id)

    def mark_failed(self, entry_id: str, error: Mapping[str, str], status: int | None = None) -> OutboxEntry:
        """A refusal a retry cannot fix by itself (401 after a fresh token, 403, 400...)."""
        entry = self.get(entry_id)
        with self.db.transaction() as conn:
            changed = conn.execute(
                "UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?, last_status = ?"
                " WHERE id = ? AND state = 'pending'",
                (json.dumps(dict(error), ensure_ascii=False), status, entry_id),
            ).rowcount
            if not changed:
                return self.get(entry_id)
            self._audit_documents(
                "send.fail",
                entry_id,
                entry.document_ids,
                {"recipient": entry.recipient_name, "status": status, "reason": dict(error)},
            )
        return self.get(entry_id)

    def retry(self, entry_id: str) -> OutboxEntry:
        """Put a failed (or waiting) delivery back in the queue, due now."""
        entry = self.get(entry_id)
        if entry.state == "delivered":
            return entry
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'pending', next_attempt_at = ? WHERE id = ?", (_iso(self.now()), entry_id)
            )
            self.db.audit("send.retry", entry_id, {"recipient": entry.recipient_name}, profile_id=self.profile_id)
        return self.get(entry_id)
