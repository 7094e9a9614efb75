"""`sello serve` as a subprocess over HTTPS, driven with real tokens: the two README
commands work, the log names requests but never a secret, SIGTERM stops it cleanly, and a
presentation answered 200 is still there after the process is killed (SIGKILL) at once."""

from __future__ import annotations

import signal
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.https_server import TestCertificateAuthority
from tests.server.process import ServerProcess, free_port, sello


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    proc = ServerProcess(tmp_path / "home", free_port(), TestCertificateAuthority.create(tmp_path / "tls"))
    proc.setup_company()
    proc.start()
    yield proc
    if proc.proc is not None:
        proc.stop(signal.SIGKILL)


def _presentation(did: str, credential: str) -> dict[str, object]:
    return {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "type": ["VerifiablePresentation"],
        "id": f"urn:uuid:{uuid.uuid4()}",
        "holder": did,
        "workflow": {"definition": ["https://w3id.org/traceability#us-cbp-entry"], "instance": ["urn:uuid:1"]},
        "verifiableCredential": [credential],
    }


def test_serves_over_https_with_real_tokens_and_stops_gracefully(server: ServerProcess) -> None:
    assert server.request("GET", "/did.json").json()["id"] == server.did
    token = server.token("issue:credentials submit:presentations")
    answer = server.post_json("/presentations", _presentation(server.did, server.issue_sample_credential(token)), token)
    assert answer.status == 200, answer.body
    assert server.post_json("/credentials/issue", {}, None).status == 401
    code, log = server.stop(signal.SIGTERM)
    assert code in (0, -signal.SIGTERM), log  # uvicorn re-raises SIGTERM once it has shut down cleanly
    assert "POST /presentations 200" in log and "POST /credentials/issue 201" in log
    assert token not in log and server.client_secret not in log and "eyJ" not in log


def test_presentation_answered_200_survives_sigkill(server: ServerProcess) -> None:
    token = server.token("issue:credentials submit:presentations")
    presentation = _presentation(server.did, server.issue_sample_credential(token))
    assert server.post_json("/presentations", presentation, token).status == 200
    server.stop(signal.SIGKILL)  # no chance to flush anything after the answer
    with sqlite3.connect(server.home / "sello.db") as conn:
        rows = conn.execute("SELECT id, sender_client FROM inbox_presentations").fetchall()
    assert rows == [(presentation["id"], server.client_id)]
    server.start()  # and the restarted server still refuses it as a duplicate
    again = server.post_json("/presentations", presentation, server.token("submit:presentations"))
    assert again.status == 409


def test_serve_refuses_plain_http_without_asking(tmp_path: Path) -> None:
    proc = ServerProcess(tmp_path / "home", free_port(), TestCertificateAuthority.create(tmp_path / "tls"))
    proc.setup_company(scopes=("resolve:dids",))
    refused = sello(proc.home, "serve", "--port", str(proc.port))
    assert refused.returncode != 0 and "--cert" in refused.stderr and "Traceback" not in refused.stderr
    listed = sello(proc.home, "api-clients", "list")
    assert proc.client_id in listed.stdout and proc.client_secret not in listed.stdout
