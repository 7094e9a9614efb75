"""Fixtures for the trust tests: a throwaway test CA and a real HTTPS server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.https_server import TestCertificateAuthority, TestHttpsServer


@pytest.fixture(scope="session")
def test_ca(tmp_path_factory: pytest.TempPathFactory) -> TestCertificateAuthority:
    return TestCertificateAuthority.create(tmp_path_factory.mktemp("test-ca"))


@pytest.fixture
def https_server(tmp_path: Path, test_ca: TestCertificateAuthority) -> Iterator[TestHttpsServer]:
    """Serves `tmp_path / "www"` over HTTPS; `https_server.did` is its did:web."""
    docroot = tmp_path / "www"
    docroot.mkdir()
    with TestHttpsServer(docroot, test_ca) as server:
        yield server
