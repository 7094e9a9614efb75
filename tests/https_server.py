"""A real HTTPS server on 127.0.0.1 for tests, with a throwaway certificate authority.

`TestCertificateAuthority` makes a CA and a server certificate for `localhost` and
`127.0.0.1` with `cryptography`; `TestHttpsServer` serves a document folder over TLS
from a thread (standard library `http.server` + `ssl`). Routes can be replaced by
hostile behaviours (redirects, oversized or slow-drip bodies) to test the client.
Only tests trust this CA: production code uses the system's default CAs.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

Route = Callable[[BaseHTTPRequestHandler, threading.Event], None]


@dataclass(frozen=True)
class TestCertificateAuthority:
    ca_pem: Path
    server_cert_pem: Path
    server_key_pem: Path

    __test__ = False  # not a pytest test class

    @classmethod
    def create(cls, folder: Path) -> TestCertificateAuthority:
        folder.mkdir(parents=True, exist_ok=True)
        now = dt.datetime.now(dt.UTC)
        ca_key = ec.generate_private_key(ec.SECP256R1())
        ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Sello test CA (never trust outside tests)")])
        ca_cert = (
            x509.CertificateBuilder()
            .subject_name(ca_name)
            .issuer_name(ca_name)
            .public_key(ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    key_cert_sign=True,
                    crl_sign=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256())
        )
        server_key = ec.generate_private_key(ec.SECP256R1())
        server_cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca_name)
            .public_key(server_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(
                x509.SubjectAlternativeName(
                    [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
                ),
                critical=False,
            )
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256())
        )
        ca_pem = folder / "ca.pem"
        ca_pem.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
        cert_pem = folder / "server.pem"
        cert_pem.write_bytes(server_cert.public_bytes(serialization.Encoding.PEM))
        key_pem = folder / "server.key"
        key_pem.write_bytes(
            server_key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        return cls(ca_pem, cert_pem, key_pem)

    def client_context(self) -> ssl.SSLContext:
        """A client context that trusts only this test CA (verification stays on)."""
        return ssl.create_default_context(cafile=str(self.ca_pem))


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        owner = self.server.owner
        owner.requests.append(self.path)
        route = owner.routes.get(self.path.split("?", 1)[0])
        try:
            if route is not None:
                route(self, owner.stopping)
                return
            target = (owner.docroot / self.path.split("?", 1)[0].lstrip("/")).resolve()
            if owner.docroot.resolve() not in target.parents or not target.is_file():
                self.send_error(404, "Not Found")
                return
            body = target.read_bytes()
            self.send_response(200)
            kind = "application/json" if target.suffix == ".json" else "application/octet-stream"
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError, OSError):
            pass  # the client gave up (as it should on hostile responses)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: TestHttpsServer


class TestHttpsServer:
    """`with TestHttpsServer(docroot, ca) as server:` serves `docroot` at `server.base_url`."""

    __test__ = False

    def __init__(self, docroot: Path, ca: TestCertificateAuthority) -> None:
        self.docroot = docroot
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        self.stopping = threading.Event()
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(str(ca.server_cert_pem), str(ca.server_key_pem))
        self._httpd = _Server(("127.0.0.1", 0), _Handler, bind_and_activate=True)
        self._httpd.owner = self
        self._httpd.socket = context.wrap_socket(self._httpd.socket, server_side=True)
        self.port = int(self._httpd.server_address[1])
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="test-https", daemon=True
        )

    @property
    def host(self) -> str:
        return f"localhost:{self.port}"

    @property
    def did(self) -> str:
        return f"did:web:localhost%3A{self.port}"

    @property
    def base_url(self) -> str:
        return f"https://localhost:{self.port}"

    def __enter__(self) -> TestHttpsServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    # -- hostile behaviours ---------------------------------------------------------
    def redirect(self, path: str, location: str, status: int = 302) -> None:
        def route(handler: BaseHTTPRequestHandler, _stop: threading.Event) -> None:
            handler.send_response(status)
            handler.send_header("Location", location)
            handler.send_header("Content-Length", "0")
            handler.end_headers()

        self.routes[path] = route

    def respond(
        self,
        path: str,
        body: bytes,
        *,
        status: int = 200,
        content_type: str = "application/json",
        content_length: bool = True,
    ) -> None:
        def route(handler: BaseHTTPRequestHandler, _stop: threading.Event) -> None:
            handler.send_response(status)
            handler.send_header("Content-Type", content_type)
            if content_length:
                handler.send_header("Content-Length", str(len(body)))
            else:
                handler.close_connection = True
            handler.end_headers()
            handler.wfile.write(body)

        self.routes[path] = route

    def drip(self, path: str, *, interval: float = 0.1) -> None:
        """Headers, then one byte every `interval` seconds until the client hangs up."""

        def route(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", "100000")
            handler.end_headers()
            handler.wfile.write(b"{")
            handler.wfile.flush()
            while not stop.wait(interval):
                handler.wfile.write(b" ")
                handler.wfile.flush()

        self.routes[path] = route
