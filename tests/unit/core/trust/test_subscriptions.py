"""A desk subscribed to an operator's bundle URL: refreshed over HTTPS, "trust data as of",
failures remembered per URL (the last good data stays)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from sello.core.errors import InputError
from sello.core.keys.did import DidResolver
from sello.core.storage.db import Database
from sello.core.trust.bundle import make_company_bundle
from sello.core.trust.bundle_sources import source, sources, subscribe, trust_data_as_of
from sello.core.trust.lists import TrustedIssuer, new_trust_list, save_operated_list, sign_operated_list, with_issuer
from sello.core.trust.operators import trust_operator
from sello.core.trust.subscriptions import bundle_fetcher, refresh_due, refresh_subscriptions
from sello.core.trust.webresolve import HttpsFetcher, iso
from tests.unit.core.trust_helpers import NOW, make_company


def chamber_bundle(tmp_path, now) -> tuple[str, bytes]:
    with Database.in_folder(tmp_path / "chamber") as db:
        chamber = make_company(db, tmp_path / "k", name="CANACERO", did_method="key", alg="EdDSA")
        trust_list = with_issuer(
            new_trust_list("Acero mexicano confiable"),
            TrustedIssuer("did:web:acerosdelnorte.mx", "Aceros del Norte", "ADN980312AB1", "MX", ("mill",)),
        )
        save_operated_list(db, chamber.profile.id, trust_list)
        private = chamber.manager.load_private(chamber.key.id)
        sign_operated_list(
            db,
            chamber.profile.id,
            trust_list.id,
            private,
            chamber.key.kid,
            operator_name="CANACERO",
            valid_from=now - timedelta(days=1),
            valid_until=now + timedelta(days=90),
        )
        return chamber.did, make_company_bundle(db, chamber.manager, now=now)


def test_subscribed_bundle_is_refreshed_and_dated(tmp_path, https_server, test_ca):
    chamber_did, data = chamber_bundle(tmp_path, NOW)
    (https_server.docroot / "canacero.sello-bundle").write_bytes(data)
    url = f"{https_server.base_url}/canacero.sello-bundle"
    fetcher = bundle_fetcher(HttpsFetcher(ssl_context=test_ca.client_context(), deadline=5))
    with Database.in_folder(tmp_path / "desk") as desk:
        with pytest.raises(InputError, match="HTTPS only"):
            subscribe(desk, "http://example.com/bundle")
        trust_operator(desk, chamber_did, "CANACERO", DidResolver())
        subscribe(desk, url)
        assert trust_data_as_of(desk) is None and refresh_due(desk, NOW)
        [result] = refresh_subscriptions(desk, fetcher, NOW)
        assert result.error == "" and result.imported is not None
        assert result.imported.trust_lists == ["Acero mexicano confiable"]
        assert trust_data_as_of(desk) == iso(NOW) and source(desk, url).operator == chamber_did
        assert not refresh_due(desk, NOW)  # just tried (by the wall clock)

        body = json.loads(data)
        content = body["members"][0]["content"]
        body["members"][0]["content"] = content[:20] + ("B" if content[20] == "A" else "A") + content[21:]  # altered
        (https_server.docroot / "canacero.sello-bundle").write_bytes(json.dumps(body).encode())
        [failed] = refresh_subscriptions(desk, fetcher, NOW)
        assert failed.imported is None and "altered" in failed.error
        assert source(desk, url).last_error == failed.error
        assert trust_data_as_of(desk) == iso(NOW)  # the last good bundle still counts
        assert [s.url for s in sources(desk)] == [url]
