"""The offline JSON-LD loader and RDF canonicalization."""

from __future__ import annotations

import hashlib
import socket
from typing import Any

import pytest

from sello.core.credentials.jsonld import (
    BUNDLED_CONTEXTS,
    VC2,
    ContextNotAvailableError,
    OfflineDocumentLoader,
    UndefinedTermError,
    canonicalize_rdf,
)
from sello.core.resources import resource_path
from tests.unit.core.vc_helpers import EXAMPLES_CONTEXT, EXAMPLES_LOADER, VECTORS, load_vector


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the JSON-LD code tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_bundled_contexts_match_sha256sums() -> None:
    folder = resource_path("contexts")
    sums = {}
    for line in (folder / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split(maxsplit=1)
        sums[name.lstrip("*")] = digest
    assert set(BUNDLED_CONTEXTS.values()) <= set(sums)
    for name, digest in sums.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
    # the W3C-published digest of the VC 2.0 context
    assert sums["credentials-v2.jsonld"] == "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734"


@pytest.mark.usefixtures("no_network")
def test_loader_serves_every_bundled_url() -> None:
    loader = OfflineDocumentLoader()
    for url in BUNDLED_CONTEXTS:
        remote = loader(url, {})
        assert remote["documentUrl"] == url
        assert "@context" in remote["document"]
    # each call is a fresh copy: PyLD may mutate what it gets
    loader(VC2, {})["document"]["@context"]["tampered"] = True
    assert "tampered" not in loader(VC2, {})["document"]["@context"]


@pytest.mark.usefixtures("no_network")
def test_unknown_context_is_refused_without_fetching() -> None:
    with pytest.raises(ContextNotAvailableError, match="never fetches"):
        OfflineDocumentLoader()("https://evil.example/context.jsonld", {})
    document = {"@context": [VC2, "https://evil.example/context.jsonld"], "type": ["VerifiableCredential"]}
    with pytest.raises(ContextNotAvailableError, match="evil.example"):
        canonicalize_rdf(document)


@pytest.mark.usefixtures("no_network")
def test_extra_contexts_are_served_only_by_the_loader_given_them(tmp_path) -> None:
    url = "https://vendor.example/ctx/v1"
    (tmp_path / "ctx.jsonld").write_text('{"@context": {"@vocab": "https://vendor.example/vocab#"}}')
    document = {"@context": [VC2, url], "type": ["VerifiableCredential"], "extra": "x"}
    with pytest.raises(ContextNotAvailableError):
        canonicalize_rdf(document)
    loader = OfflineDocumentLoader({url: tmp_path / "ctx.jsonld"})
    assert url in loader.urls() and canonicalize_rdf(document, loader)
    # the W3C examples context is carried (the W3C samples and test vectors use it)
    assert EXAMPLES_CONTEXT in OfflineDocumentLoader().urls()
    assert canonicalize_rdf(load_vector("eddsa-rdfc-2022-signed.json"))


def test_undefined_term_is_an_error_not_silently_dropped() -> None:
    # the data-integrity context alone has no @vocab, so "shipmentWeight" would vanish
    document = {
        "@context": "https://w3id.org/security/data-integrity/v2",
        "type": "DataIntegrityProof",
        "shipmentWeight": "9000 kg",
    }
    with pytest.raises(UndefinedTermError):
        canonicalize_rdf(document)


def test_proof_configuration_canonical_form_matches_the_w3c_vector() -> None:
    proof = load_vector("eddsa-rdfc-2022-signed.json")["proof"]
    config = {k: v for k, v in proof.items() if k != "proofValue"}
    config["@context"] = [VC2, EXAMPLES_CONTEXT]
    expected = (VECTORS / "eddsa-rdfc-2022-proof-canon.nq").read_text(encoding="utf-8")
    assert canonicalize_rdf(config, EXAMPLES_LOADER) == expected
