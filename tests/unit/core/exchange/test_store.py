"""The exchange tables' owners: API clients (hashed secrets, scopes, revocation) and the inbox
of received presentations (stored once, committed, listed for the desktop)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from sello.core.errors import InputError, NotFoundError
from sello.core.exchange.api_clients import ApiClientRepository, parse_scopes
from sello.core.exchange.inbox import (
    DuplicatePresentation,
    InboxCredential,
    InboxRepository,
    ReceivedPresentation,
)
from sello.core.keys.profiles import create_profile
from sello.core.storage.db import Database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.in_folder(tmp_path)
    create_profile(database, "Aceros del Norte", profile_id="aceros")
    yield database
    database.close()


def test_client_secret_is_shown_once_and_stored_hashed(db: Database, tmp_path: Path) -> None:
    clients = ApiClientRepository(db, "aceros")
    new = clients.add("Broker Laredo", "submit:presentations, verify:credentials")
    assert new.client.scopes == ("submit:presentations", "verify:credentials")
    assert clients.authenticate(new.client.client_id, new.client_secret) is not None
    assert clients.authenticate(new.client.client_id, new.client_secret + "x") is None
    assert clients.authenticate("sello_unknown_client", new.client_secret) is None
    db.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("sello.db*"))
    assert new.client_secret.encode() not in raw


def test_client_scopes_and_revocation(db: Database) -> None:
    clients = ApiClientRepository(db, "aceros")
    with pytest.raises(InputError, match="Unknown scope"):
        clients.add("x", "admin:all")
    with pytest.raises(InputError):
        clients.add("x", "")
    with pytest.raises(InputError):
        clients.add("", "resolve:dids")
    new = clients.add("Importer", ["resolve:dids"])
    clients.revoke(new.client.client_id)
    assert clients.authenticate(new.client.client_id, new.client_secret) is None
    assert clients.list() == [] and len(clients.list(include_revoked=True)) == 1
    with pytest.raises(InputError, match="already revoked"):
        clients.revoke(new.client.client_id)
    with pytest.raises(NotFoundError):
        clients.get("sello_nobody_here")
    assert parse_scopes("resolve:dids resolve:dids") == ("resolve:dids",)
    assert [e.action for e in db.audit_entries(subject=new.client.client_id)] == ["api_client.add", "api_client.revoke"]


def _received(presentation_id: str, verdict: str = "green") -> ReceivedPresentation:
    credential = InboxCredential(
        0,
        "urn:uuid:c1",
        "did:web:mill.example",
        "Aceros",
        ("VerifiableCredential", "MillTestReport"),
        verdict,
        "eyJ.eyJ.sig",
    )
    return ReceivedPresentation(
        presentation_id,
        "sello_client",
        "did:web:broker.example",
        ("https://w3id.org/traceability#us-cbp-entry",),
        ("urn:uuid:shipment-1",),
        verdict,
        '{"en": "1 credential"}',
        f'{{"id": "{presentation_id}"}}',
        [credential],
    )


def test_inbox_keeps_each_presentation_once(db: Database) -> None:
    inbox = InboxRepository(db, "aceros")
    entry = inbox.receive(_received("urn:uuid:p1"))
    assert entry.unread and entry.credentials[0].types == ("VerifiableCredential", "MillTestReport")
    with pytest.raises(DuplicatePresentation):
        inbox.receive(_received("urn:uuid:p1", "red"))
    assert inbox.get("urn:uuid:p1").verdict == "green"  # the first one is kept as received
    assert db.query_one("SELECT COUNT(*) FROM inbox_credentials")[0] == 1


def test_inbox_lists_newest_first_filters_and_marks_read(db: Database) -> None:
    inbox = InboxRepository(db, "aceros")
    for n in range(3):
        inbox.receive(_received(f"urn:uuid:p{n}"))
    assert [e.id for e in inbox.list()] == ["urn:uuid:p2", "urn:uuid:p1", "urn:uuid:p0"]
    assert len(inbox.list(workflow_instance="urn:uuid:shipment-1")) == 3
    assert inbox.list(workflow_instance="urn:uuid:other") == []
    inbox.mark_read("urn:uuid:p1")
    assert inbox.count_unread() == 2 and inbox.count() == 3
    assert [e.id for e in inbox.list(unread_only=True)] == ["urn:uuid:p2", "urn:uuid:p0"]
    with pytest.raises(NotFoundError):
        inbox.mark_read("urn:uuid:nope")
    with pytest.raises(ValueError):
        inbox.receive(_received("urn:uuid:p9", "purple"))


def test_inbox_rows_are_committed_when_receive_returns(db: Database, tmp_path: Path) -> None:
    InboxRepository(db, "aceros").receive(_received("urn:uuid:durable"))
    with sqlite3.connect(tmp_path / "sello.db") as other:  # a second connection sees it at once
        assert other.execute("SELECT id FROM inbox_presentations").fetchall() == [("urn:uuid:durable",)]
