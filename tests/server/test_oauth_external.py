"""Tokens from a partner's own authorization server: accepted when signed by a key of the
configured JWKS, for the configured audience, with the scope; refused otherwise."""

from __future__ import annotations

import json
import time

import pytest
from joserfc import jwt
from joserfc.jwk import ECKey, KeySet, RSAKey

from sello.server.errors import ApiError
from sello.server.oauth import TokenService, require

AUDIENCE = "https://api.aceros.example"


def _service(keys: KeySet, calls: list[str]) -> TokenService:
    def fetch(url: str) -> bytes:
        calls.append(url)
        return json.dumps(keys.as_dict(private=False)).encode()

    return TokenService(
        "https://sello.local",
        "https://sello.local",
        external_jwks_url="https://as.example/jwks",
        external_audience=AUDIENCE,
        fetch=fetch,
    )


def _token(key: object, alg: str, **claims: object) -> str:
    now = int(time.time())
    body = {
        "iss": "https://as.example",
        "aud": AUDIENCE,
        "sub": "partner-system",
        "iat": now,
        "exp": now + 300,
        "scope": "submit:presentations",
        **claims,
    }
    return jwt.encode({"alg": alg, "kid": key.kid}, body, key)  # type: ignore[attr-defined]


def test_external_tokens_are_checked_against_the_partner_jwks() -> None:
    rsa = RSAKey.generate_key(2048, parameters={"kid": "rsa-1"})
    ec = ECKey.generate_key("P-256", parameters={"kid": "ec-1"})
    calls: list[str] = []
    service = _service(KeySet([rsa, ec]), calls)
    caller = service.authenticate("Bearer " + _token(rsa, "RS256"))
    assert caller.client_id == "partner-system" and "submit:presentations" in caller.scopes
    require(caller, "submit:presentations")
    with pytest.raises(ApiError) as no_scope:
        require(caller, "issue:credentials")
    assert no_scope.value.status == 403
    listed = service.authenticate("Bearer " + _token(ec, "ES256", scope=None, scp=["verify:credentials"]))
    assert "verify:credentials" in listed.scopes
    assert calls == ["https://as.example/jwks"]  # fetched once, then cached


@pytest.mark.parametrize("claims", [{"aud": "https://someone.else"}, {"exp": int(time.time()) - 3600}])
def test_external_tokens_for_another_audience_or_expired_are_refused(claims: dict[str, object]) -> None:
    key = ECKey.generate_key("P-256", parameters={"kid": "ec-1"})
    service = _service(KeySet([key]), [])
    with pytest.raises(ApiError) as refused:
        service.authenticate("Bearer " + _token(key, "ES256", **claims))
    assert refused.value.status == 401


def test_token_signed_by_a_key_outside_the_jwks_is_refused() -> None:
    listed = ECKey.generate_key("P-256", parameters={"kid": "ec-1"})
    intruder = ECKey.generate_key("P-256", parameters={"kid": "ec-1"})  # same kid, other key
    service = _service(KeySet([listed]), [])
    with pytest.raises(ApiError) as refused:
        service.authenticate("Bearer " + _token(intruder, "ES256"))
    assert refused.value.status == 401
