"""Traceability API on loopback (DESIGN §7): 20 concurrent senders each POST presentations
to `sello serve` over HTTPS; reports p50/p95 latency and throughput, and checks that every
presentation answered 200 is in the inbox exactly once (nothing lost or duplicated), also
when every sender sends its first presentation twice.

The second part is the sending side (issue 16): 20 concurrent Sello senders (threads, each
with its own connection to one mill's data folder, its own key store and HTTP client) queue
and deliver presentations through the outbox (`sello.core.exchange.sender`: vp+jwt signed by
the mill, OAuth token, POST) for 60 s; every tenth delivery is sent twice, as after a crash
between the partner's 200 and the outbox's record, and must come back 409. Reports
deliveries per second, p50/p95/p99 of one delivery, and checks that every queued
presentation is delivered and held by the broker exactly once.

Run: .venv/bin/python -m tests.benchmarks.bench_api [--quick] [--send-seconds N]
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from tests.benchmarks.report import Figure, comparison, emit
from tests.https_server import TestCertificateAuthority
from tests.server.process import ServerProcess, free_port

SENDERS = 20


def _presentation(did: str, credential: str) -> dict[str, object]:
    return {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "type": ["VerifiablePresentation"],
        "id": f"urn:uuid:{uuid.uuid4()}",
        "holder": did,
        "workflow": {"definition": ["https://w3id.org/traceability#us-cbp-entry"], "instance": ["urn:uuid:b"]},
        "verifiableCredential": [credential],
    }


def figures(quick: bool = False) -> list[Figure]:
    per_sender = 5 if quick else 25
    with tempfile.TemporaryDirectory(prefix="sello-bench-api-") as folder:
        root = Path(folder)
        server = ServerProcess(
            root / "home",
            free_port(),
            TestCertificateAuthority.create(root / "tls"),
            extra_args=["--offline", "--rate", "1000"],
            log_path=root / "serve.log",
        )  # one client stands for 20 senders
        server.setup_company()
        server.start()
        try:
            token = server.token("issue:credentials submit:presentations")
            issued = server.issue_sample_credential(token)
            latencies: list[float] = []
            accepted: list[str] = []
            statuses: dict[int, int] = {}
            lock = threading.Lock()

            def sender() -> None:
                first = _presentation(server.did, issued)
                for n in range(per_sender):
                    body = first if n in (0, 1) else _presentation(server.did, issued)  # n=1 repeats n=0
                    started = time.perf_counter()
                    answer = server.post_json("/presentations", body, token)
                    with lock:
                        latencies.append(time.perf_counter() - started)
                        statuses[answer.status] = statuses.get(answer.status, 0) + 1
                        if answer.status == 200:
                            accepted.append(str(body["id"]))

            threads = [threading.Thread(target=sender) for _ in range(SENDERS)]
            started = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.perf_counter() - started
        finally:
            server.stop()
        with sqlite3.connect(server.home / "sello.db") as conn:
            stored = [r[0] for r in conn.execute("SELECT id FROM inbox_presentations")]
    lost = len(set(accepted) - set(stored))
    duplicated = len(accepted) - len(set(accepted))
    cuts = statistics.quantiles(latencies, n=20)
    print(
        json.dumps(
            {
                "requests": len(latencies),
                "statuses": statuses,
                "stored": len(stored),
                "lost": lost,
                "answered 200 twice": duplicated,
            }
        )
    )
    return [
        comparison(f"API: {SENDERS} senders POST /presentations, p50", statistics.median(latencies) * 1000, "ms"),
        comparison(f"API: {SENDERS} senders POST /presentations, p95", cuts[18] * 1000, "ms"),
        comparison(
            "API: presentations received per second",
            len(latencies) / elapsed,
            "/s",
            f"{lost} lost, {duplicated} duplicated, {statuses.get(409, 0)} repeats refused (409)",
        ),
    ]


def _send_loop(mill_folder: Path, ca_pem: Path, until: float, results: dict[str, list]) -> None:
    import ssl

    from sello.core.exchange.outbox import Outbox
    from sello.core.exchange.sender import OutboxSender, queue_documents
    from tests.hardening.send_kill_worker import open_mill

    db, manager = open_mill(mill_folder)
    from sello.core.exchange.recipients import RecipientBook

    book = RecipientBook(db, manager.profile_id, manager.store)
    [recipient] = book.list()
    documents = [r["id"] for r in db.query("SELECT id FROM documents")]
    with OutboxSender(
        db, manager.profile_id, book, ssl_context=ssl.create_default_context(cafile=str(ca_pem))
    ) as sender:
        n = 0
        while time.monotonic() < until:
            entry = queue_documents(db, manager, recipient, documents[: 1 + n % len(documents)])
            started = time.perf_counter()
            outcome = sender.deliver(entry)
            results["latency"].append(time.perf_counter() - started)
            results["outcome"].append(outcome.outcome)
            results["queued"].append(entry.id)
            if n % 10 == 9:  # the crash window: delivered at the partner, not yet recorded here
                db.execute("UPDATE outbox SET state = 'pending' WHERE id = ?", (entry.id,))
                results["resent"].append(sender.deliver(Outbox(db, manager.profile_id).get(entry.id)).outcome)
            n += 1
    db.close()


def _drain(mill_folder: Path, ca_pem: Path, rounds: int = 5) -> int:
    """After the load: what timed out waits in the outbox with a back-off; deliver it now, as
    the app's next round would (a presentation the broker stored before the timeout gets 409)."""
    import ssl

    from sello.core.exchange.outbox import Outbox
    from sello.core.exchange.recipients import RecipientBook
    from sello.core.exchange.sender import OutboxSender
    from tests.hardening.send_kill_worker import open_mill

    db, manager = open_mill(mill_folder)
    outbox = Outbox(db, manager.profile_id)
    book = RecipientBook(db, manager.profile_id, manager.store)
    delivered = 0
    with OutboxSender(
        db, manager.profile_id, book, ssl_context=ssl.create_default_context(cafile=str(ca_pem))
    ) as sender:
        for _ in range(rounds):
            pending = outbox.list(state="pending", limit=100_000)
            if not pending:
                break
            delivered += sum(sender.deliver(e).outcome in ("delivered", "duplicate") for e in pending)
    db.close()
    return delivered


def outbox_figures(seconds: float) -> list[Figure]:
    from sello.core.exchange.recipients import RecipientBook
    from tests.verifier_documents import make_mill, trust_the_mill

    with tempfile.TemporaryDirectory(prefix="sello-bench-send-") as folder:
        root = Path(folder)
        ca = TestCertificateAuthority.create(root / "tls")
        mill = make_mill(root / "mill")
        broker = ServerProcess(
            root / "broker", free_port(), ca, extra_args=["--offline", "--rate", "1000"], log_path=root / "serve.log"
        )
        broker.setup_company()
        from sello.core.storage.db import Database

        with Database.in_folder(broker.home) as broker_db:
            trust_the_mill(broker_db, mill)
        RecipientBook(mill.db, mill.manager.profile_id, mill.manager.store).save(
            "Broker", broker.did, broker.client_id, broker.base_url + "/oauth/token", secret=broker.client_secret
        )
        mill.close()
        broker.start()
        results: dict[str, list] = {"latency": [], "outcome": [], "queued": [], "resent": []}
        try:
            until = time.monotonic() + seconds
            threads = [
                threading.Thread(target=_send_loop, args=(root / "mill", ca.ca_pem, until, results))
                for _ in range(SENDERS)
            ]
            started = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.perf_counter() - started
            drained = _drain(root / "mill", ca.ca_pem)
        finally:
            broker.stop()
        with sqlite3.connect(root / "mill" / "sello.db") as conn:
            states = dict(conn.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetchall())
            outbox_ids = {r[0] for r in conn.execute("SELECT id FROM outbox")}
        with sqlite3.connect(broker.home / "sello.db") as conn:
            stored = [r[0] for r in conn.execute("SELECT id FROM inbox_presentations")]
            verdicts = dict(
                conn.execute("SELECT verdict, COUNT(*) FROM inbox_presentations GROUP BY verdict").fetchall()
            )
    latencies = results["latency"]
    lost = len(set(results["queued"]) - set(stored)) + len(outbox_ids - set(stored))
    twice = len(stored) - len(set(stored))
    cuts = statistics.quantiles(latencies, n=100)
    print(
        json.dumps(
            {
                "send seconds": seconds,
                "deliveries": len(latencies),
                "outcomes under load (retry = timed out or 5xx, left in the outbox)": {
                    o: results["outcome"].count(o) for o in set(results["outcome"])
                },
                "delivered after the load by the next outbox round": drained,
                "resent after a simulated crash": {o: results["resent"].count(o) for o in set(results["resent"])},
                "outbox states": states,
                "broker stored": len(stored),
                "broker verdicts": verdicts,
                "lost": lost,
                "stored twice": twice,
            }
        )
    )
    waited = results["outcome"].count("retry")
    note = (
        f"{lost} lost, {twice} stored twice; {waited} waited in the outbox (timeout under load) and were "
        f"delivered by the next round; {results['resent'].count('duplicate')} crash resends answered 409"
    )
    return [
        comparison(f"Send: {SENDERS} Sello senders, one delivery, p50", statistics.median(latencies) * 1000, "ms"),
        comparison(f"Send: {SENDERS} Sello senders, one delivery, p95", cuts[94] * 1000, "ms"),
        comparison(f"Send: {SENDERS} Sello senders, one delivery, p99", cuts[98] * 1000, "ms"),
        comparison("Send: deliveries per second (sign, token, POST, record)", len(latencies) / elapsed, "/s", note),
    ]


if __name__ == "__main__":
    quick = "--quick" in sys.argv
    send_seconds = 5.0 if quick else 60.0
    if "--send-seconds" in sys.argv:
        send_seconds = float(sys.argv[sys.argv.index("--send-seconds") + 1])
    emit(figures(quick) + outbox_figures(send_seconds))
