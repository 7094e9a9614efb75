"""Credentials that others issued (tests/data/peers, see its README and manifest.json):
each verifies -- green, or amber only because the issuer is on no trust list -- and each
tampered twin is red for the expected reason."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from sello.core.credentials.verdict import Verdict
from sello.core.keys.did import DidResolver, ResolvedDid, parse_did_document
from sello.core.storage.db import Database
from sello.core.trust.checkers import BitstringStatusChecker, store_status_list
from sello.core.verification.pipeline import verify_input
from tests.unit.core.vc_helpers import DATA, NOW

PEERS = DATA / "peers"
MANIFEST = json.loads((PEERS / "manifest.json").read_text(encoding="utf-8"))["fixtures"]


class BundleResolver(DidResolver):
    """Serves the manifest's DID / controller documents, as an imported trust bundle would."""

    def __init__(self, files: list[str]) -> None:
        super().__init__()
        self.documents = {}
        for name in files:
            document = json.loads((PEERS / name).read_text(encoding="utf-8"))
            self.documents[document["id"]] = document

    def resolve(self, did: str) -> ResolvedDid:
        if did in self.documents:
            return parse_did_document(did, self.documents[did], source="bundle", fetched_at="2026-11-01T00:00:00Z")
        return super().resolve(did)


def verify_fixture(entry: dict[str, Any], name: str, tmp_path: Path) -> Verdict:
    database = Database(tmp_path / "verifier.db")
    for url, list_file in entry.get("status_lists", {}).items():
        store_status_list(
            database,
            url,
            (PEERS / list_file).read_text(encoding="utf-8").strip(),
            source="bundle",
            fetched_at=(NOW - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    status = BitstringStatusChecker(database, None, clock=lambda: NOW)
    text = (PEERS / name).read_text(encoding="utf-8")
    return verify_input(text, resolver=BundleResolver(entry.get("documents", [])), now=NOW, status=status)


def outcomes(verdict: Verdict) -> list[tuple[str, str, str]]:
    return [(c.name, c.outcome, c.code) for c in verdict.checks]


def assert_amber_for_trust_only(verdict: Verdict) -> None:
    for document in (verdict, *verdict.documents):
        caveats = [c for c in document.checks if c.outcome != "passed"]
        assert [(c.name, c.code) for c in caveats] in ([], [("trust", "trust.not_listed")]), outcomes(document)
    assert verdict.color in ("green", "amber")


def first_failure(verdict: Verdict) -> tuple[str, str]:
    failed = [c for c in verdict.checks if c.outcome == "failed"]
    assert verdict.color == "red" and failed, outcomes(verdict)
    return failed[0].name, failed[0].code


FIXTURES = [e for e in MANIFEST if "expect_red" not in e]


@pytest.mark.parametrize("entry", FIXTURES, ids=[e["file"] for e in FIXTURES])
def test_peer_fixture_verifies(entry: dict[str, Any], tmp_path: Path) -> None:
    verdict = verify_fixture(entry, entry["file"], tmp_path)
    assert_amber_for_trust_only(verdict)
    assert verdict.check("format").code == entry["format"]
    if "profile" in entry:  # the evidence names the JOSE profile recognised
        assert verdict.check("format").evidence["profile"] == entry["profile"]
    if "presentation_documents" in entry:
        assert len(verdict.documents) == entry["presentation_documents"]
        assert all(d.check("signature").outcome == "passed" for d in verdict.documents)
    if entry.get("status_lists"):
        assert verdict.check("status").code == "status.valid_as_of"


@pytest.mark.parametrize(
    "entry", [e for e in MANIFEST if "twin" in e], ids=[e["twin"] for e in MANIFEST if "twin" in e]
)
def test_tampered_twin_is_red_for_the_right_reason(entry: dict[str, Any], tmp_path: Path) -> None:
    verdict = verify_fixture(entry, entry["twin"], tmp_path)
    assert verdict.color == "red"
    if "twin_document" in entry:  # a presentation: the holder's signature holds, one document does not
        assert all(c.outcome != "failed" for c in verdict.checks)
        document = verdict.documents[entry["twin_document"] - 1]
        assert first_failure(document) == tuple(entry["twin_expect"])
        assert [d.color for d in verdict.documents].count("red") == 1
        assert verdict.summary("en").startswith(f"Document {entry['twin_document']} of 2")
    else:
        assert first_failure(verdict) == tuple(entry["twin_expect"])


@pytest.mark.parametrize("entry", [e for e in MANIFEST if "expect_red" in e], ids=lambda e: e["file"])
def test_revoked_peer_credential_is_red(entry: dict[str, Any], tmp_path: Path) -> None:
    verdict = verify_fixture(entry, entry["file"], tmp_path)
    assert verdict.check("signature").outcome == "passed"
    assert first_failure(verdict) == tuple(entry["expect_red"])


def test_every_fixture_file_is_in_the_manifest() -> None:
    named = {e["file"] for e in MANIFEST} | {e["twin"] for e in MANIFEST if "twin" in e}
    named |= {d for e in MANIFEST for d in e.get("documents", [])}
    files = {str(p.relative_to(PEERS)) for p in PEERS.rglob("*") if p.suffix in (".json", ".jwt")}
    assert files - {"manifest.json"} == named


def test_traceability_token_is_the_upstream_bytes() -> None:
    """The 2023 suite's token is kept byte for byte: header order iss, kid, alg, cty; no typ."""
    token = (PEERS / "traceability" / "traceability-2023-es384-did-jwk.jwt").read_text().strip()
    from sello.core.encoding import b64url_decode

    header = json.loads(b64url_decode(token.split(".")[0]))
    assert list(header) == ["iss", "kid", "alg", "cty"] and header["kid"] == "#0" and header["alg"] == "ES384"
