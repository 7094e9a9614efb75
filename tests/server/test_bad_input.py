"""Bad input gets its status code and a clear body, and the server keeps serving:
oversized bodies, malformed JSON, wrong content types, expired / forged / foreign tokens,
missing scopes, per-client rate limits, and fuzzed bodies (hypothesis)."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from joserfc import jwt
from joserfc.jwk import ECKey

from sello.server.middleware import RateLimiter
from tests.server.conftest import Api

ENDPOINTS = [
    "/credentials/issue",
    "/credentials/verify",
    "/credentials/status",
    "/presentations",
    "/presentations/prove",
    "/presentations/verify",
]
MESSAGES = {
    400: "Bad Request: Your request body does not conform to the required schema",
    401: "Unauthorized: This endpoint requires an OAuth2 bearer token",
    403: "Forbidden: OAuth2 bearer token does not have the required scope",
}


def _error(answer: object, status: int) -> dict[str, object]:
    assert answer.status_code == status, answer.text  # type: ignore[attr-defined]
    body = answer.json()  # type: ignore[attr-defined]
    assert body["code"] == status and isinstance(body["message"], str) and body["message"]
    if status in MESSAGES:
        assert body["message"] == MESSAGES[status]
    return body  # type: ignore[no-any-return]


def _still_serving(api: Api) -> None:
    assert api.client.get("/health").json()["status"] == "ok"


@pytest.mark.parametrize("path", ENDPOINTS)
def test_missing_and_wrong_scope_tokens(api: Api, path: str) -> None:
    _error(api.client.post(path, json={}), 401)
    _error(api.client.post(path, json={}, headers={"Authorization": "Basic abc"}), 401)
    _error(api.client.post(path, json={}, headers=api.auth("")), 403)


def test_expired_forged_and_foreign_tokens_are_401(api: Api) -> None:
    good = api.token("issue:credentials")
    header, payload, signature = good.split(".")
    forged = f"{header}.{payload}.{signature[:-4]}AAAA"
    body = _error(api.client.post("/credentials/issue", json={}, headers={"Authorization": f"Bearer {forged}"}), 401)
    assert "signature" in str(body["details"])
    stranger = ECKey.generate_key("P-256", parameters={"kid": "other"})
    now = int(time.time())
    claims = {
        "iss": api.state.base_url,
        "aud": api.state.tokens.audience,
        "sub": "x",
        "scope": "issue:credentials",
        "iat": now,
        "exp": now + 60,
    }
    foreign = jwt.encode({"alg": "ES256", "kid": "other"}, claims, stranger)
    _error(api.client.post("/credentials/issue", json={}, headers={"Authorization": f"Bearer {foreign}"}), 401)
    tokens = api.state.tokens
    real_clock = tokens.clock
    try:
        tokens.clock = lambda: real_clock() - 7200  # issued two hours ago, valid for one
        old = api.token("issue:credentials")
    finally:
        tokens.clock = real_clock
    body = _error(api.client.post("/credentials/issue", json={}, headers={"Authorization": f"Bearer {old}"}), 401)
    assert "expired" in str(body["details"])
    _error(api.client.post("/credentials/issue", json={}, headers={"Authorization": "Bearer not-a-jwt"}), 401)
    _still_serving(api)


def test_token_endpoint_errors(api: Api) -> None:
    form = {"grant_type": "client_credentials", "client_id": api.client_id, "client_secret": "wrong"}
    assert api.client.post("/oauth/token", data=form).json()["details"]["error"] == "invalid_client"
    form["client_secret"] = api.client_secret
    assert api.client.post("/oauth/token", data={**form, "grant_type": "password"}).status_code == 400
    assert (
        api.client.post("/oauth/token", data={**form, "scope": "admin:everything"}).json()["details"]["error"]
        == "invalid_scope"
    )
    assert api.client.post("/oauth/token", data={**form, "audience": "https://elsewhere"}).status_code == 400
    assert api.client.post("/oauth/token", json=form).status_code == 400  # not form-encoded
    ok = api.client.post("/oauth/token", data={**form, "scope": "verify:credentials"}).json()
    assert ok["token_type"] == "Bearer" and ok["scope"] == "verify:credentials" and ok["expires_in"] > 0


def test_oversized_malformed_and_wrong_media_type(api: Api) -> None:
    headers = api.auth()
    big = b'{"credential": "' + b"x" * (api.state.max_body + 10) + b'"}'
    body = _error(
        api.client.post("/credentials/issue", content=big, headers={**headers, "Content-Type": "application/json"}), 413
    )
    assert "bytes" in str(body["details"])
    _error(
        api.client.post(
            "/credentials/issue", content=b'{"credential": ', headers={**headers, "Content-Type": "application/json"}
        ),
        400,
    )
    _error(
        api.client.post(
            "/credentials/issue", content=b'{"a": 1, "a": 2}', headers={**headers, "Content-Type": "application/json"}
        ),
        400,
    )
    _error(
        api.client.post(
            "/credentials/issue", content=b"\xff\xfe", headers={**headers, "Content-Type": "application/json"}
        ),
        400,
    )
    _error(
        api.client.post(
            "/credentials/issue",
            content=b"credential=1",
            headers={**headers, "Content-Type": "application/x-www-form-urlencoded"},
        ),
        415,
    )
    _error(api.client.put("/credentials/issue", headers=headers), 405)
    _error(api.client.get("/nowhere"), 404)
    _still_serving(api)


def test_per_client_rate_limit(api: Api) -> None:
    api.state.client_limiter = RateLimiter(0.001, 3)
    headers = api.auth("verify:credentials")
    statuses = [api.client.post("/credentials/verify", json={}, headers=headers).status_code for _ in range(5)]
    assert statuses[:3] == [400, 400, 400] and statuses[3:] == [429, 429]
    _still_serving(api)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    header=st.text(max_size=300).filter(lambda h: "\n" not in h and "\r" not in h),
    form=st.dictionaries(
        st.sampled_from(["grant_type", "client_id", "client_secret", "scope", "audience", "x"]),
        st.text(max_size=40),
        max_size=6,
    ),
)
def test_fuzzed_tokens_and_token_requests_are_refused_cleanly(api: Api, header: str, form: dict[str, str]) -> None:
    try:
        answer = api.client.post("/credentials/verify", json={}, headers={"Authorization": header})
    except UnicodeEncodeError:  # the HTTP client cannot send it; nothing to test
        return
    assert answer.status_code == 401 and answer.json()["code"] == 401
    token = api.client.post("/oauth/token", data=form)
    assert token.status_code in (400, 401) and token.json()["details"]["error"]
    _still_serving(api)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=25,
)
_keys = st.sampled_from(
    [
        "credential",
        "options",
        "verifiableCredential",
        "verifiablePresentation",
        "presentation",
        "credentialId",
        "credentialStatus",
        "id",
        "type",
        "@context",
        "workflow",
        "holder",
    ]
)
_bodies = st.one_of(_json, st.dictionaries(_keys, _json, max_size=6))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(ENDPOINTS), body=_bodies, raw=st.binary(max_size=200), use_raw=st.booleans())
def test_fuzzed_bodies_never_break_the_server(api: Api, path: str, body: object, raw: bytes, use_raw: bool) -> None:
    if not hasattr(api, "_fuzz_headers"):
        api._fuzz_headers = api.auth()  # type: ignore[attr-defined]
    content = raw if use_raw else json.dumps(body).encode()
    answer = api.client.post(path, content=content, headers={**api._fuzz_headers, "Content-Type": "application/json"})  # type: ignore[attr-defined]
    assert answer.status_code in (200, 201, 400, 404, 409, 413), answer.text
    payload = answer.json()
    if answer.status_code >= 400:
        assert payload["code"] == answer.status_code and payload["message"]
    _still_serving(api)
