"""`sello serve` as a real subprocess on a free loopback port, over HTTPS with a throwaway CA
(tests/https_server.py), for the tests that drive it like a partner would."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sello.core.exchange.api_clients import SCOPES
from tests.https_server import TestCertificateAuthority

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "frase de prueba"
START_DEADLINE = 60.0  # seconds for the server to answer /health (a start-up bound, not a measurement)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def sello_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "app") + os.pathsep + env.get("PYTHONPATH", "")
    env["SELLO_HOME"] = str(home)
    env["SELLO_KEY_STORE"] = "file"
    env["SELLO_STORE_PASSPHRASE"] = PASSPHRASE
    return env


def sello(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sello", *args],
        env=sello_env(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@dataclass
class Response:
    status: int
    body: bytes
    headers: dict[str, str]

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class ServerProcess:
    home: Path
    port: int
    ca: TestCertificateAuthority
    client_id: str = ""
    client_secret: str = ""
    proc: subprocess.Popen[str] | None = None
    extra_args: list[str] = field(default_factory=lambda: ["--offline"])  # tests never reach past loopback
    # the server's log (one line per request) to this file instead of a pipe: a long run would fill a
    # pipe that nobody reads until stop(), and the server would block writing its log
    log_path: Path | None = None

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    @property
    def did(self) -> str:
        return f"did:web:127.0.0.1%3A{self.port}"

    def setup_company(self, scopes: tuple[str, ...] = SCOPES) -> None:
        created = sello(self.home, "keys", "new", "--did", f"web:127.0.0.1:{self.port}")
        assert created.returncode == 0, created.stderr
        added = sello(self.home, "api-clients", "add", "Conformance", "--scopes", " ".join(scopes), "--json")
        assert added.returncode == 0, added.stderr
        data = json.loads(added.stdout)
        self.client_id, self.client_secret = data["client_id"], data["client_secret"]

    def start(self) -> None:
        args = [
            sys.executable,
            "-m",
            "sello",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--cert",
            str(self.ca.server_cert_pem),
            "--key",
            str(self.ca.server_key_pem),
            *self.extra_args,
        ]
        log = self.log_path.open("w", encoding="utf-8") if self.log_path else None
        self.proc = subprocess.Popen(
            args, env=sello_env(self.home), stdout=subprocess.PIPE, stderr=log or subprocess.PIPE, text=True
        )
        if log is not None:
            log.close()  # the server has its own descriptor
        deadline = time.monotonic() + START_DEADLINE
        while time.monotonic() < deadline:
            try:
                if self.request("GET", "/health").status == 200:
                    return
            except OSError:
                pass  # not listening yet
            try:  # wait on the process itself: wakes at once if it exits, else /health is asked again
                self.proc.wait(timeout=0.2)
            except subprocess.TimeoutExpired:
                continue
            raise AssertionError(f"sello serve exited: {self._log_text()}")
        raise AssertionError("sello serve did not answer /health in time")

    def stop(self, sig: int = signal.SIGTERM) -> tuple[int, str]:
        assert self.proc is not None
        self.proc.send_signal(sig)
        try:
            _, err = self.proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _, err = self.proc.communicate()
        code = self.proc.returncode
        self.proc = None
        return code, self._log_text() if self.log_path else err

    def _log_text(self) -> str:
        if self.log_path is not None:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        return self.proc.stderr.read() if self.proc is not None and self.proc.stderr else ""

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> Response:
        req = urllib.request.Request(self.base_url + path, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, context=self.ca.client_context(), timeout=30) as answer:
                return Response(answer.status, answer.read(), dict(answer.headers))
        except urllib.error.HTTPError as exc:
            return Response(exc.code, exc.read(), dict(exc.headers))

    def token(self, scope: str = " ".join(SCOPES)) -> str:
        form = urllib.parse.urlencode(
            {
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self.client_secret,
                "scope": scope,
            }
        ).encode()
        answer = self.request("POST", "/oauth/token", form, {"Content-Type": "application/x-www-form-urlencoded"})
        assert answer.status == 200, answer.body
        return str(answer.json()["access_token"])

    def issue_sample_credential(self, token: str) -> str:
        """The vc+jwt of a minimal credential issued over POST /credentials/issue (as the suite asks)."""
        request = {
            "credential": {
                "@context": ["https://www.w3.org/2018/credentials/v1"],
                "type": ["VerifiableCredential"],
                "issuer": self.did,
                "issuanceDate": "2026-01-02T15:04:05Z",
                "credentialSubject": {},
            },
            "options": {"type": "Ed25519Signature2018"},
        }
        issued = self.post_json("/credentials/issue", request, token)
        assert issued.status == 201, issued.body
        return str(issued.json()["proof"]["jws"])

    def post_json(
        self,
        path: str,
        value: Any,
        token: str | None = None,
        *,
        raw: bytes | None = None,
        content_type: str = "application/json",
    ) -> Response:
        headers = {"Content-Type": content_type}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return self.request("POST", path, raw if raw is not None else json.dumps(value).encode(), headers)
