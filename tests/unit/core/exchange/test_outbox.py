"""The outbox and the recipients book (their tables' owners): states, back-off, what the
Documents page lists, the audit trail per document, and secrets kept out of the database."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sello.core.errors import InputError, NotFoundError
from sello.core.exchange.outbox import MAX_BACKOFF_S, Outbox, backoff_seconds
from sello.core.exchange.recipients import RecipientBook
from sello.core.exchange.sender import build_presentation, service_endpoint
from sello.core.keys.profiles import create_profile
from sello.core.keys.sealedbox import KdfParams
from sello.core.keys.store import EncryptedFileStore
from sello.core.storage.db import Database

ERROR = {"en": "The partner's server answered HTTP 503; Sello will try again.", "es": "El servidor respondió HTTP 503."}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.in_folder(tmp_path)
    create_profile(database, "Aceros del Norte", profile_id="aceros")
    yield database
    database.close()


def queue(outbox: Outbox, presentation_id: str = "urn:uuid:1", documents: tuple[str, ...] = ("urn:uuid:doc1",)):
    return outbox.enqueue(presentation_id, "r1", "Broker Laredo", documents, "vp.jwt.sig", workflow_instance=["EMB-1"])


def test_queued_is_due_delivered_once_and_in_each_documents_history(db: Database) -> None:
    outbox = Outbox(db, "aceros")
    entry = queue(outbox, documents=("urn:uuid:doc1", "urn:uuid:doc2"))
    assert entry.state == "pending" and [e.id for e in outbox.due()] == [entry.id]
    done = outbox.mark_delivered(entry.id, 200)
    assert done.state == "delivered" and done.delivered_at and outbox.due() == []
    again = outbox.mark_delivered(entry.id, 409)  # a second acknowledgement changes nothing
    assert again.last_status == 200 and again.attempts == 1
    for document in ("urn:uuid:doc1", "urn:uuid:doc2"):
        actions = [a.action for a in db.audit_entries(subject=document)]
        assert actions == ["send.queue", "send.deliver"]
    assert outbox.counts() == {"pending": 0, "delivered": 1, "failed": 0}
    assert [e.id for e in outbox.list(document_id="urn:uuid:doc2")] == [entry.id]
    assert db.verify_audit_chain()[0]


def test_transient_failure_backs_off_and_is_listed_with_its_reason(db: Database) -> None:
    outbox = Outbox(db, "aceros")
    entry = queue(outbox)
    waiting = outbox.mark_retry(entry.id, ERROR, 503)
    assert waiting.state == "pending" and waiting.attempts == 1 and waiting.last_status == 503
    assert waiting.error_text("es") == ERROR["es"] and waiting.error_text("en") == ERROR["en"]
    assert outbox.due() == []  # not due until its back-off is over
    later = datetime.now(UTC) + timedelta(seconds=30)
    assert [e.id for e in outbox.due(later)] == [entry.id]
    assert [e.id for e in outbox.problems()] == [entry.id]


def test_refusal_fails_until_retried(db: Database) -> None:
    outbox = Outbox(db, "aceros")
    entry = queue(outbox)
    failed = outbox.mark_failed(entry.id, {"en": "refused", "es": "rechazado"}, 403)
    assert failed.state == "failed" and outbox.due(datetime.now(UTC) + timedelta(days=9)) == []
    fail = [a for a in db.audit_entries(subject="urn:uuid:doc1") if a.action == "send.fail"]
    assert fail[0].detail["reason"] == {"en": "refused", "es": "rechazado"} and fail[0].detail["status"] == 403
    retried = outbox.retry(entry.id)
    assert retried.state == "pending" and [e.id for e in outbox.due()] == [entry.id]


def test_backoff_doubles_to_an_hour_with_jitter() -> None:
    rng = random.Random(7)
    assert 4.0 <= backoff_seconds(1, rng) <= 6.0 and 8.0 <= backoff_seconds(2, rng) <= 12.0
    assert backoff_seconds(40, rng) <= MAX_BACKOFF_S * 1.2


def test_unknown_entry_and_duplicate_id(db: Database) -> None:
    outbox = Outbox(db, "aceros")
    with pytest.raises(NotFoundError):
        outbox.get("urn:uuid:none")
    queue(outbox)
    with pytest.raises(Exception, match="UNIQUE"):
        queue(outbox)


def test_recipient_secret_lives_in_the_key_store_only(db: Database, tmp_path: Path) -> None:
    store = EncryptedFileStore(tmp_path / "keys.sello-store", "frase de prueba", kdf=KdfParams.minimum())
    book = RecipientBook(db, "aceros", store)
    secret = "s3cr3t-" + "x" * 40
    saved = book.save(
        "Broker", "did:web:broker.example", "sello_abc", "https://broker.example/oauth/token", secret=secret
    )
    assert book.secret(saved) == secret and book.get("Broker").id == saved.id
    updated = book.save("Broker", "did:web:broker.example", "sello_def", "https://broker.example/oauth/token")
    assert updated.id == saved.id and updated.client_id == "sello_def" and book.secret(updated) == secret
    db.execute("PRAGMA wal_checkpoint(FULL)")
    for path in [*tmp_path.glob("sello.db*"), tmp_path / "keys.sello-store"]:
        assert secret.encode() not in path.read_bytes()
    book.delete("Broker")
    assert book.list() == [] and saved.secret_name not in store.key_ids()


@pytest.mark.parametrize(
    ("did", "endpoint"),
    [("did:key:z6Mk", "https://x/oauth/token"), ("did:web:x", "http://x/oauth/token"), ("did:web:x", "https://x/t")],
)
def test_recipient_needs_did_web_and_https(db: Database, did: str, endpoint: str) -> None:
    book = RecipientBook(db, "aceros")
    if endpoint.startswith("https") and did.startswith("did:web"):
        assert book.save("ok", did, "client", endpoint).did == did
        return
    with pytest.raises(InputError):
        book.save("bad", did, "client", endpoint)


def test_presentation_shape_and_service_endpoint() -> None:
    body = build_presentation(["a.b.c"], "did:key:z6Mk", ["urn:wf"], ["EMB-1"])
    assert body["type"] == ["VerifiablePresentation", "TraceablePresentation"] and body["id"].startswith("urn:uuid:")
    assert body["verifiableCredential"][0]["id"] == "data:application/vc+jwt,a.b.c"
    assert body["workflow"] == {"definition": ["urn:wf"], "instance": ["EMB-1"]}
    document = {"service": [{"type": ["TraceabilityAPI"], "serviceEndpoint": "https://api.example/"}]}
    assert service_endpoint(document) == "https://api.example"
    with pytest.raises(Exception, match="send.endpoint_not_https"):
        service_endpoint({"service": {"type": "TraceabilityAPI", "serviceEndpoint": "http://api.example"}})
    with pytest.raises(Exception, match="send.no_service"):
        service_endpoint({"service": []})
