"""The W3C CCG traceability-interop conformance suite (Postman collection, run with newman
from npm, pinned in tests/conformance/package-lock.json) against `sello serve` on a local
HTTPS port with a self-signed test CA. Prints requests and assertions passed per folder;
every assertion that fails must be one of KNOWN_FAILURES, each with its reason."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.https_server import TestCertificateAuthority
from tests.server.conformance import newman_missing_reason, run_newman, summarise, table
from tests.server.process import ServerProcess, free_port

# (request name, assertion) -> why Sello does not (and should not) pass it
KNOWN_FAILURES: dict[tuple[str, str], str] = {
    (
        "identifiers",
        "response validates against schema",
    ): "upstream bug: responseSchema200Identifiers puts `oneOf` inside `properties`, so the schema itself is "
    'invalid and newman\'s strict validator rejects it before looking at the response ("schema is invalid"); '
    "no implementation can pass it. Sello's answer does meet the intended schema (tests/server checks it)",
    (
        "credentials_issue:options.created:wrong_type",
        "status code is 400",
    ): "upstream bug: this one request sends `Authorization: Bearer {{access_token}}`, a variable the suite never "
    "sets, so the token is the literal text and Sello answers 401 before reading the body",
    (
        "credentials_issue:options.created:wrong_type",
        "response validates against schema",
    ): "same request: the 401 body follows the 401 schema, not the 400 one",
}

pytestmark = pytest.mark.slow


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    reason = newman_missing_reason()
    if reason:
        pytest.skip(reason)
    proc = ServerProcess(tmp_path / "home", free_port(), TestCertificateAuthority.create(tmp_path / "tls"))
    proc.setup_company()
    proc.start()
    yield proc
    proc.stop()


def test_upstream_conformance_suite(server: ServerProcess, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    results = summarise(run_newman(server, tmp_path))
    with capsys.disabled():
        print("\n" + table(results))
    assert sum(r.requests for r in results.values()) == 155
    failures = {(request, assertion) for r in results.values() for request, assertion, _ in r.failures}
    unexplained = failures - set(KNOWN_FAILURES)
    assert not unexplained, f"assertions failing without a known reason: {sorted(unexplained)}"
