"""Traceability API on loopback (DESIGN §7): 20 concurrent senders each POST presentations
to `sello serve` over HTTPS; reports p50/p95 latency and throughput, and checks that every
presentation answered 200 is in the inbox exactly once (nothing lost or duplicated), also
when every sender sends its first presentation twice.

Run: .venv/bin/python -m tests.benchmarks.bench_api [--quick]
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
        )  # one client stands for 20 senders
        server.setup_company()
        server.start()
        try:
            token = server.token("issue:credentials submit:presentations")
            issued = server.post_json(
                "/credentials/issue",
                {
                    "credential": {
                        "@context": ["https://www.w3.org/2018/credentials/v1"],
                        "type": ["VerifiableCredential"],
                        "issuer": server.did,
                        "issuanceDate": "2026-01-02T15:04:05Z",
                        "credentialSubject": {},
                    },
                    "options": {"type": "Ed25519Signature2018"},
                },
                token,
            ).json()["proof"]["jws"]
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


if __name__ == "__main__":
    emit(figures("--quick" in sys.argv))
