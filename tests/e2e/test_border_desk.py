"""The border desk, end to end, with a real HTTPS server and separate data folders.

A mill (did:web on the local HTTPS server) issues and publishes; a chamber operates a
trust list naming the mill and refreshes its bundle from the mill's website; a border
desk verifies:
- offline and new: "cannot confirm" (blue) with the remedy, never red;
- online: green or amber;
- offline after one online verification: from the saved copy, with the key's age;
- after the mill revokes and the chamber refreshes its bundle, offline with the bundle
  imported from a file (the chamber pinned from its DID document by fingerprint): red, revoked;
- a tampered copy: red wherever the key is known (blue where it is not).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from sello.core.storage.db import Database
from sello.core.trust.bundle import import_bundle, make_company_bundle, write_bundle
from sello.core.trust.lists import TrustedIssuer, new_trust_list, save_operated_list, sign_operated_list, with_issuer
from sello.core.trust.operator_refresh import refresh_listed_issuers
from sello.core.trust.pinning import operator_fingerprint, pin_operator_from_document
from sello.core.trust.publish import publish_kit
from sello.core.trust.statuslist import revoke
from sello.core.trust.webresolve import HttpsFetcher
from sello.core.verification.context import verifier_context
from sello.core.verification.inputs import verify_text
from tests.https_server import TestCertificateAuthority, TestHttpsServer
from tests.unit.core.trust_helpers import NOW, ManualClock, issue_document, make_company


@pytest.fixture(scope="module")
def test_ca(tmp_path_factory: pytest.TempPathFactory) -> TestCertificateAuthority:
    return TestCertificateAuthority.create(tmp_path_factory.mktemp("test-ca"))


@pytest.fixture
def https_server(tmp_path: Path, test_ca: TestCertificateAuthority) -> Iterator[TestHttpsServer]:
    docroot = tmp_path / "www"
    docroot.mkdir()
    with TestHttpsServer(docroot, test_ca) as server:
        yield server


def tampered(token: str) -> str:
    """The same signature over a payload with one value changed (a heat number)."""
    from sello.core.encoding import b64url_decode, b64url_encode

    header, payload, signature = token.split(".")
    data = json.loads(b64url_decode(payload))
    data["credentialSubject"]["heatNumber"] = "H26-7782"
    return ".".join([header, b64url_encode(json.dumps(data).encode()), signature])


def test_border_desk_journey(tmp_path, https_server, test_ca):
    clock = ManualClock(NOW)
    fetcher = HttpsFetcher(ssl_context=test_ca.client_context(), deadline=5, clock=clock)
    with (
        Database.in_folder(tmp_path / "mill") as mill_db,
        Database.in_folder(tmp_path / "chamber") as chamber_db,
        Database.in_folder(tmp_path / "desk") as desk,
        Database.in_folder(tmp_path / "new-desk") as new_desk,
    ):
        mill = make_company(mill_db, tmp_path / "mill-keys", domain=https_server.host)
        doc_id, token = issue_document(mill)
        _, other_token = issue_document(mill)
        publish_kit(mill_db, mill.profile.id, mill.manager, https_server.docroot, now=clock())

        def verify(db, text, online):
            context = verifier_context(db, online=online, fetcher=fetcher, clock=clock)
            return verify_text(text, context=context, now=clock())

        # 1. offline and new: cannot confirm, with the remedy in both languages; never red
        first = verify(desk, token, online=False)
        assert (first.color, first.state, first.ok) == ("blue", "cannot_confirm", False)
        assert first.check("issuer_key").outcome == "unavailable"
        assert "trust bundle" in first.remedy("en") and "paquete de confianza" in first.remedy("es")
        assert first.summary("en").startswith("The issuer's key could not be obtained")
        assert verify(desk, tampered(token), online=False).color == "blue"  # key unknown: not proof either way

        # 2. online: genuine (amber: the desk has no trust list yet)
        online = verify(desk, token, online=True)
        assert online.color in ("green", "amber") and online.ok
        assert online.check("signature").outcome == "passed" and online.check("status").code == "status.valid"
        assert online.check("issuer_key").code == "issuer_key.web"
        assert verify(desk, tampered(token), online=True).color == "red"

        # 3. offline after one online verification: from the saved copy, with the key's age
        clock.advance(hours=3)
        offline = verify(desk, token, online=False)
        assert offline.ok and offline.check("issuer_key").code == "issuer_key.cache_age"
        assert "3 hours" in offline.check("issuer_key").message["en"]
        assert "3 horas" in offline.check("issuer_key").message["es"]
        assert offline.check("status").outcome == "passed"
        cheat = verify(desk, tampered(token), online=False)
        assert cheat.color == "red" and cheat.check("signature").code == "signature.mismatch"
        # ... and past the desk's limit (30 days by default) the saved key is a caveat: amber, never red
        clock.advance(days=31)
        old = verify(desk, other_token, online=False)
        assert old.color == "amber" and old.check("issuer_key").code == "issuer_key.cache_stale"
        clock.now = NOW + timedelta(hours=4)

        # 4. the mill revokes and republishes; the chamber refreshes its bundle from the website
        revoke(mill_db, doc_id, "wrong heat number")
        publish_kit(mill_db, mill.profile.id, mill.manager, https_server.docroot, now=clock())
        chamber = make_company(
            chamber_db, tmp_path / "chamber-keys", name="CANACERO", did_method="key", alg="EdDSA", rfc="CNI770101AB1"
        )
        trust_list = with_issuer(
            new_trust_list("Acero mexicano confiable"),
            TrustedIssuer(mill.did, "Aceros del Norte, S.A. de C.V.", "ADN980312AB1", "MX", ("mill",)),
        )
        save_operated_list(chamber_db, chamber.profile.id, trust_list)
        sign_operated_list(
            chamber_db,
            chamber.profile.id,
            trust_list.id,
            chamber.manager.load_private(chamber.key.id),
            chamber.key.kid,
            operator_name="CANACERO",
            valid_from=clock() - timedelta(hours=1),
            valid_until=clock() + timedelta(days=365),
        )
        refreshed = refresh_listed_issuers(chamber_db, chamber.profile.id, fetcher, clock())
        assert [(r.did, r.document, len(r.status_lists), r.problems) for r in refreshed] == [(mill.did, True, 1, [])]
        bundle_path = write_bundle(
            tmp_path / "usb" / "canacero", make_company_bundle(chamber_db, chamber.manager, now=clock())
        )

        # the desk, offline, pins the chamber from its DID document by the fingerprint read over the phone
        chamber_document = chamber.manager.did_document(chamber.did)
        spoken = operator_fingerprint(chamber_document).lower().replace("-", " ")
        for db in (desk, new_desk):
            pin_operator_from_document(db, chamber_document, "CANACERO", spoken)
            report = import_bundle(db, bundle_path, clock())
            assert (report.did_documents, report.refused) == ([mill.did], [])
            assert report.trust_lists == ["Acero mexicano confiable"]

        revoked = verify(desk, token, online=False)
        assert revoked.color == "red" and revoked.check("status").code == "status.revoked"
        assert revoked.summary("en").startswith("REVOKED")
        fresh = verify(new_desk, token, online=False)  # a desk that never went online: the bundle is enough
        assert fresh.color == "red" and fresh.check("status").code == "status.revoked"
        good = verify(new_desk, other_token, online=False)
        assert good.color == "green", [c.to_json() for c in good.checks]
        assert good.check("issuer_key").code == "issuer_key.bundle_age"
        assert good.check("trust").code == "trust.listed"
        for db in (desk, new_desk):  # the key is known everywhere now: a tampered copy is red
            assert verify(db, tampered(other_token), online=False).color == "red"


def test_pinning_refuses_a_wrong_fingerprint(tmp_path):
    from sello.core.trust.lists import TrustListError
    from sello.core.trust.operators import trusted_operators

    with Database.in_folder(tmp_path / "chamber") as chamber_db, Database.in_folder(tmp_path / "desk") as desk:
        chamber = make_company(chamber_db, tmp_path / "k", name="CANACERO", did_method="key", alg="EdDSA")
        document = chamber.manager.did_document(chamber.did)
        wrong = "0000-0000-0000-0000-0000"
        with pytest.raises(TrustListError, match="does not match"):
            pin_operator_from_document(desk, document, "CANACERO", wrong)
        assert trusted_operators(desk) == []
        assert len(operator_fingerprint(document)) == 24
