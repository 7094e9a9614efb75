"""Sending across the wall, end to end: a mill's Sello (in this process: recipients, outbox,
sender) delivers to a broker's `sello serve` (a real subprocess on loopback HTTPS with a
throwaway CA, real OAuth client-credentials tokens, --offline). The broker trusts the mill
(its status lists and a signed trust list), so genuine documents land green."""

from __future__ import annotations

import base64
import json
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sello.core.documents.issuance import DocumentIssuer
from sello.core.exchange.inbox import InboxRepository
from sello.core.exchange.outbox import Outbox
from sello.core.exchange.presentations import sign_presentation
from sello.core.exchange.recipients import RecipientBook
from sello.core.exchange.sender import OutboxSender, build_presentation, queue_documents
from sello.core.keys.profiles import default_profile_id
from sello.core.storage.db import Database
from tests.https_server import TestCertificateAuthority
from tests.server.process import ServerProcess, free_port, sello_env
from tests.verifier_documents import Mill, example, make_mill, trust_the_mill

SECRET_FILE_NAME = "secret.txt"


@dataclass
class Wall:
    mill: Mill
    broker: ServerProcess
    book: RecipientBook
    sender: OutboxSender
    invoice_id: str

    @property
    def outbox(self) -> Outbox:
        return self.sender.outbox

    def inbox(self) -> InboxRepository:
        db = Database.in_folder(self.broker.home)
        return InboxRepository(db, default_profile_id(db) or "")

    def add_recipient(self, name: str = "Broker Laredo", **changes: object) -> object:
        values: dict[str, object] = {
            "did": self.broker.did,
            "client_id": self.broker.client_id,
            "token_endpoint": self.broker.base_url + "/oauth/token",
            "secret": self.broker.client_secret,
        }
        values.update(changes)
        return self.book.save(name, **values)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def wall(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Wall]:
    root = tmp_path_factory.mktemp("wall")
    ca = TestCertificateAuthority.create(root / "ca")
    mill = make_mill(root / "mill")
    issuer = DocumentIssuer(mill.db, mill.manager, out_dir=root / "mill" / "out")
    invoice = issuer.sign("commercial-invoice", example("commercial-invoice"))
    invoice_record = issuer.record(invoice, issuer.render(invoice))
    broker = ServerProcess(root / "broker", free_port(), ca, log_path=root / "serve.log")
    broker.setup_company()
    broker_db = Database.in_folder(broker.home)
    trust_the_mill(broker_db, mill)
    broker_db.close()
    broker.start()
    book = RecipientBook(mill.db, mill.manager.profile_id, mill.manager.store)
    sender = OutboxSender(mill.db, mill.manager.profile_id, book, ssl_context=ca.client_context(), timeout=2.0)
    try:
        yield Wall(mill, broker, book, sender, invoice_record.id)
    finally:
        sender.close()
        broker.stop()
        mill.close()


def test_mtr_and_invoice_arrive_green_once(wall: Wall) -> None:
    recipient = wall.add_recipient()
    mtr_id = wall.mill.mtr.issued.id  # type: ignore[union-attr]
    entry = queue_documents(
        wall.mill.db, wall.mill.manager, recipient, [mtr_id, wall.invoice_id], workflow_instance=("SHIP-2026-0042",)
    )
    assert wall.outbox.get(entry.id).state == "pending"
    [outcome] = wall.sender.deliver_due()
    assert outcome.outcome == "delivered" and outcome.entry.state == "delivered" and outcome.entry.last_status == 200
    received = wall.inbox().get(entry.id)
    assert received.verdict == "green", received.summary
    assert [c.verdict for c in received.credentials] == ["green", "green"]
    assert received.workflow_instance == ("SHIP-2026-0042",)
    assert "MillTestReport" in " ".join(received.credentials[0].types)
    # the document's history says where it went and that it was accepted
    actions = [(a.action, a.detail.get("recipient")) for a in wall.mill.db.audit_entries(subject=mtr_id)]
    assert ("send.queue", "Broker Laredo") in actions and ("send.deliver", "Broker Laredo") in actions

    # killed after the broker's 200, before the outbox recorded it: the resend is 409, delivered, stored once
    wall.mill.db.execute("UPDATE outbox SET state = 'pending', delivered_at = NULL WHERE id = ?", (entry.id,))
    [again] = wall.sender.deliver_due()
    assert again.outcome == "duplicate" and again.entry.last_status == 409 and again.entry.state == "delivered"
    assert sum(1 for e in wall.inbox().list(limit=1000) if e.id == entry.id) == 1
    # a second send of the same presentation id, straight to the API: 409, nothing stored twice
    before = wall.inbox().count()
    answer = wall.broker.post_json(
        "/presentations", {"verifiablePresentation": entry.presentation}, wall.broker.token("submit:presentations")
    )
    assert answer.status == 409 and wall.inbox().count() == before


def _tamper_payload(vp_jwt: str) -> str:
    header, payload, signature = vp_jwt.split(".")
    body = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    body["workflow"]["instance"] = ["SHIP-FORGED"]
    raw = json.dumps(body, separators=(",", ":")).encode()
    return ".".join([header, base64.urlsafe_b64encode(raw).rstrip(b"=").decode(), signature])


def test_tampered_presentations_land_red(wall: Wall) -> None:
    recipient = wall.add_recipient()
    key = wall.mill.manager.default_key()
    assert key is not None
    private = wall.mill.manager.load_private(key.id)
    # a forged credential (heat number changed, signature kept) inside a properly signed presentation
    forged = build_presentation([wall.mill.forged_mtr.vc_jwt], key.did, ["urn:test"], ["SHIP-1"])
    # a genuine credential in a presentation altered after signing
    altered = build_presentation([wall.mill.mtr.vc_jwt], key.did, ["urn:test"], ["SHIP-1"])
    altered_jwt = _tamper_payload(sign_presentation(altered, private, key.kid))
    for presentation_id, vp_jwt in (
        (forged["id"], sign_presentation(forged, private, key.kid)),
        (altered["id"], altered_jwt),
    ):
        wall.outbox.enqueue(presentation_id, recipient.id, recipient.name, [], vp_jwt)  # type: ignore[attr-defined]
    outcomes = {o.entry.id: o.outcome for o in wall.sender.deliver_due()}
    assert outcomes == {forged["id"]: "delivered", altered["id"]: "delivered"}  # received and judged, not refused
    inbox = wall.inbox()
    assert inbox.get(forged["id"]).verdict == "red" and inbox.get(forged["id"]).credentials[0].verdict == "red"
    assert inbox.get(altered["id"]).verdict == "red"


def test_wrong_secret_and_scope_fail_with_clear_messages(wall: Wall) -> None:
    bad_secret = wall.add_recipient("Wrong secret", secret="not-the-secret")
    no_scope = wall.add_recipient("Wrong scope", scopes=("verify:credentials",))
    mtr_id = wall.mill.mtr.issued.id  # type: ignore[union-attr]
    first = queue_documents(wall.mill.db, wall.mill.manager, bad_secret, [mtr_id])  # type: ignore[arg-type]
    second = queue_documents(wall.mill.db, wall.mill.manager, no_scope, [mtr_id])  # type: ignore[arg-type]
    results = {o.entry.id: o for o in wall.sender.deliver_due()}
    assert results[first.id].outcome == "failed" and results[first.id].entry.last_status == 401
    assert "client id or secret" in results[first.id].entry.error_text("en")
    assert "client id o secreto" in results[first.id].entry.error_text("es")
    assert results[second.id].outcome == "failed" and results[second.id].entry.last_status == 403
    assert "HTTP 403" in results[second.id].entry.error_text("es") and "submit:presentations" in results[
        second.id
    ].entry.error_text("en")
    assert not wall.inbox().exists(first.id) and not wall.inbox().exists(second.id)
    # the documents page's list of problems shows both, and "retry" after fixing the secret delivers
    assert {e.id for e in wall.outbox.problems()} >= {first.id, second.id}
    wall.add_recipient("Wrong secret", secret=wall.broker.client_secret)
    retried = wall.sender.deliver(wall.outbox.retry(first.id))
    assert retried.outcome == "delivered" and wall.inbox().exists(first.id)
    fail_entries = [a for a in wall.mill.db.audit_entries(subject=mtr_id) if a.action == "send.fail"]
    assert fail_entries and "403" in json.dumps([a.detail for a in fail_entries])


def test_a_silent_token_endpoint_is_a_timeout_retried_later(wall: Wall) -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        stop = threading.Event()
        accepted: list[socket.socket] = []

        def swallow() -> None:  # accept, read nothing, answer nothing
            silent.settimeout(0.2)
            while not stop.is_set():
                try:
                    accepted.append(silent.accept()[0])
                except OSError:
                    continue

        thread = threading.Thread(target=swallow, daemon=True)
        thread.start()
        try:
            port = silent.getsockname()[1]
            recipient = wall.add_recipient("Slow partner", token_endpoint=f"https://127.0.0.1:{port}/oauth/token")
            mtr_id = wall.mill.mtr.issued.id  # type: ignore[union-attr]
            entry = queue_documents(wall.mill.db, wall.mill.manager, recipient, [mtr_id])  # type: ignore[arg-type]
            [outcome] = [o for o in wall.sender.deliver_due() if o.entry.id == entry.id]
        finally:
            stop.set()
            thread.join()
            for conn in accepted:
                conn.close()
    assert outcome.outcome == "retry" and outcome.entry.state == "pending" and outcome.entry.attempts == 1
    assert "did not answer in time" in outcome.entry.error_text("en")
    assert "no respondió a tiempo" in outcome.entry.error_text("es")
    assert outcome.entry.next_attempt_at > outcome.entry.created_at  # backed off, not due at once
    assert entry.id not in {e.id for e in wall.outbox.due()}


def test_the_client_secret_is_never_in_the_database(wall: Wall) -> None:
    wall.add_recipient()
    wall.mill.db.execute("PRAGMA wal_checkpoint(FULL)")
    secret = wall.broker.client_secret.encode()
    for path in Path(wall.mill.folder).glob("sello.db*"):
        assert secret not in path.read_bytes(), path
    assert secret not in (Path(wall.mill.folder) / "keys.sello-store").read_bytes()  # encrypted there
    assert wall.book.secret(wall.book.get("Broker Laredo")) == wall.broker.client_secret


def test_tls_verification_stays_on(wall: Wall) -> None:
    """A sender that does not trust the test CA refuses the broker's certificate."""
    recipient = wall.add_recipient("Untrusted TLS")
    mtr_id = wall.mill.mtr.issued.id  # type: ignore[union-attr]
    entry = queue_documents(wall.mill.db, wall.mill.manager, recipient, [mtr_id])  # type: ignore[arg-type]
    with OutboxSender(wall.mill.db, wall.mill.manager.profile_id, wall.book, timeout=2.0) as strict:
        outcome = strict.deliver(wall.outbox.get(entry.id))
    assert outcome.outcome in ("retry", "failed") and not wall.inbox().exists(entry.id)


def test_the_command_line_adds_a_recipient_sends_and_lists_the_outbox(wall: Wall, tmp_path: Path) -> None:
    env = {**sello_env(wall.mill.folder), "SELLO_STORE_PASSPHRASE": "test passphrase"}
    secret_file = tmp_path / SECRET_FILE_NAME
    secret_file.write_text(wall.broker.client_secret + "\n")

    def sello(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "sello", *args], env=env, capture_output=True, text=True, timeout=120, check=False
        )

    added = sello(
        "recipients", "add", "Broker CLI", "--did", wall.broker.did, "--client-id", wall.broker.client_id,
        "--token-endpoint", wall.broker.base_url + "/oauth/token", "--secret-file", str(secret_file),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert wall.broker.client_secret not in added.stdout + added.stderr
    sent = sello(
        "send",
        "--to",
        "Broker CLI",
        "--instance",
        "EMB-CLI-1",
        "--ca-file",
        str(wall.broker.ca.ca_pem),
        wall.invoice_id,
    )
    assert sent.returncode == 0, sent.stderr
    presentation_id = sent.stdout.split()[1]
    assert sent.stdout.splitlines()[-1].startswith(f"delivered  {presentation_id}")
    assert wall.inbox().get(presentation_id).workflow_instance == ("EMB-CLI-1",)
    listed = json.loads(sello("outbox", "list", "--json").stdout)
    assert {"id": presentation_id, "state": "delivered"}.items() <= next(
        r for r in listed if r["id"] == presentation_id
    ).items()
    verbose = sello("-v", "outbox", "retry", presentation_id, "--ca-file", str(wall.broker.ca.ca_pem))
    assert verbose.returncode == 0, verbose.stderr
    jwt_start = wall.broker.token("submit:presentations")[:20]  # the access token's header: no token is printed
    for text in (added.stdout, added.stderr, sent.stdout, sent.stderr, verbose.stdout, verbose.stderr):
        assert wall.broker.client_secret not in text and "Bearer" not in text and jwt_start not in text
    for path in Path(wall.mill.folder).rglob("*"):  # logs, database, WAL, key store (encrypted)
        if path.is_file():
            assert wall.broker.client_secret.encode() not in path.read_bytes(), path
    untrusted = sello("send", "--to", "Broker CLI", wall.invoice_id)  # the test CA is not trusted without --ca-file
    assert untrusted.returncode == 1 and "certificate" in untrusted.stdout and "certificado" in untrusted.stdout
