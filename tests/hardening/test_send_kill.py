"""The mill's outbox, SIGKILLed mid-send 50 times, neither loses nor duplicates a delivery.

A fork server (`send_kill_worker`) starts children that open the mill's data folder, queue
presentations and deliver them to a broker's real `sello serve` (loopback HTTPS, throwaway
CA, OAuth client credentials). Each child is killed after a random number of queued
presentations plus a random delay (so kills land while signing, while the POST is in
flight, between the broker's 200 and the outbox's record, and while recording). Then, as a
restart would, the mill's folder is opened afresh, whatever is still pending is delivered,
and the test checks:

- every presentation a child reported queued is in the outbox and delivered;
- the broker holds each of them exactly once, and nothing it does not know of;
- each delivery is recorded once in the audit log ("send.deliver"), whose chain is intact;
- the database's integrity check passes.

``SELLO_SEND_KILLS`` sets the number of kills (default 50); ``SELLO_KILL_SEED`` replays one run.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from sello.core.exchange.inbox import InboxRepository
from sello.core.exchange.outbox import Outbox
from sello.core.exchange.recipients import RecipientBook
from sello.core.exchange.sender import OutboxSender
from sello.core.keys.profiles import default_profile_id
from sello.core.storage.db import Database
from tests.hardening.send_kill_worker import open_mill
from tests.https_server import TestCertificateAuthority
from tests.server.process import ServerProcess, free_port
from tests.verifier_documents import Mill, make_mill

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGKILL and fork: Linux")

ROOT = Path(__file__).resolve().parents[2]
LINE_TIMEOUT_S = 60.0
FAR_FUTURE = "9999-12-31T00:00:00Z"


class Lines:
    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        self.proc = proc
        self.buffer = b""

    def next(self, deadline: float) -> str | None:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while b"\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([fd], [], [], remaining)
            if ready:
                chunk = os.read(fd, 65536)
                assert chunk, "the fork server ended"
                self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line.decode()


def test_outbox_survives_sigkill_mid_send(tmp_path: Path) -> None:
    kills = int(os.environ.get("SELLO_SEND_KILLS", "50"))
    ca = TestCertificateAuthority.create(tmp_path / "ca")
    mill = make_mill(tmp_path / "mill")
    broker = ServerProcess(
        tmp_path / "broker",
        free_port(),
        ca,
        extra_args=["--offline", "--rate", "1000"],
        log_path=tmp_path / "serve.log",
    )
    broker.setup_company()
    broker.start()
    try:
        _kill_rounds(tmp_path, ca, broker, mill, kills)
    finally:
        if broker.proc is not None:
            broker.stop()


def _kill_rounds(tmp_path: Path, ca: TestCertificateAuthority, broker: ServerProcess, mill: Mill, kills: int) -> None:
    seed = int(os.environ.get("SELLO_KILL_SEED") or random.SystemRandom().randrange(1, 2**31))
    rng = random.Random(seed)
    RecipientBook(mill.db, mill.manager.profile_id, mill.manager.store).save(
        "Broker",
        broker.did,
        broker.client_id,
        broker.base_url + "/oauth/token",
        secret=broker.client_secret,
    )
    mill.close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "app"), str(ROOT)])}
    log = (tmp_path / "worker.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.hardening.send_kill_worker", str(tmp_path / "mill"), str(ca.ca_pem)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=log,
    )
    lines = Lines(server)
    queued: list[str] = []
    delivered_lines: Counter[str] = Counter()
    where: Counter[str] = Counter()
    try:
        assert (lines.next(time.monotonic() + LINE_TIMEOUT_S) or "").startswith("SERVING")
        for round_no in range(kills):
            assert server.stdin is not None
            server.stdin.write(b"go\n")
            server.stdin.flush()
            nth, delay = rng.randint(1, 3), rng.uniform(0.0, 0.4)
            pid, seen, kill_at, last = 0, 0, None, ""
            while True:
                line = lines.next(kill_at if kill_at is not None else time.monotonic() + LINE_TIMEOUT_S)
                if line is None:
                    assert kill_at is not None, f"round {round_no}: no progress (seed {seed}); last {last}"
                    break
                assert not line.startswith("ENDED"), f"round {round_no} ended before its kill (seed {seed}): {line}"
                last = line
                word, *rest = line.split()
                if word == "READY":
                    pid = int(rest[0])
                elif word == "QUEUED":
                    queued.append(rest[0])
                    seen += 1
                    if seen == nth:
                        kill_at = time.monotonic() + delay
                elif word == "DELIVERED":
                    delivered_lines[rest[0]] += 1
            where[last.split()[0]] += 1
            os.kill(pid, signal.SIGKILL)
            while True:
                line = lines.next(time.monotonic() + LINE_TIMEOUT_S)
                assert line is not None, f"round {round_no}: the fork server did not report the end (seed {seed})"
                if line.startswith("ENDED"):
                    assert line.split()[2] == str(-signal.SIGKILL), line
                    break
                if line.startswith("QUEUED"):
                    queued.append(line.split()[1])
    finally:
        if server.stdin:
            server.stdin.close()
        server.wait(timeout=LINE_TIMEOUT_S)
        if server.stdout:
            server.stdout.close()
        log.close()

    # the restart: open the folder afresh and deliver whatever is still pending
    db, manager = open_mill(tmp_path / "mill")
    outbox = Outbox(db, manager.profile_id)
    book = RecipientBook(db, manager.profile_id, manager.store)
    with OutboxSender(db, manager.profile_id, book, ssl_context=ca.client_context()) as sender:
        for entry in outbox.list(state="pending"):
            assert sender.deliver(entry).outcome in ("delivered", "duplicate")
    broker.stop()
    entries = outbox.list(limit=100_000)
    assert db.integrity_ok() and db.verify_audit_chain()[0]
    assert set(queued) <= {e.id for e in entries}, f"queued but lost (seed {seed})"
    assert all(e.state == "delivered" for e in entries), f"not delivered (seed {seed})"
    broker_db = Database.in_folder(broker.home)
    inbox = InboxRepository(broker_db, default_profile_id(broker_db) or "")
    received = [r["id"] for r in broker_db.query("SELECT id FROM inbox_presentations")]
    assert sorted(received) == sorted(e.id for e in entries), f"broker holds a different set (seed {seed})"
    assert inbox.count() == len(entries)
    records = Counter(a.subject for a in db.audit_entries() if a.action == "send.deliver" and a.subject in received)
    assert all(records[i] == 1 for i in received), f"a delivery recorded twice (seed {seed})"
    print(
        f"\n{kills} kills (seed {seed}): {len(queued)} queued, {len(entries)} in the outbox, "
        f"{len(received)} received once each; last line before each kill: {dict(where)}"
    )
    db.close()
    broker_db.close()
