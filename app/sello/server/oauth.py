"""OAuth 2.0 for the API: the client-credentials token endpoint (RFC 6749 §4.4) and the
bearer-token check on every protected route (RFC 6750).

Access tokens are JWTs (RFC 9068 profile, `typ: at+jwt`) signed ES256 with joserfc by a
key made when the server starts and held only in memory: nothing secret is written to
disk, and tokens do not outlive a restart (a client then gets 401 and asks for a new
token, as OAuth clients do). Claims: `iss` (the server's base URL), `aud` (the configured
audience), `sub`/`client_id`, `scope`, `iat`, `exp`, `jti`. The public key is served at
`/.well-known/jwks.json`.

Tokens from an external authorization server are accepted too when `external_jwks_url`
is configured: signature by a key of that JWKS (RS256/ES256/ES384/EdDSA), the configured
audience, and `scope` (space separated) or `scp` (list).
"""

from __future__ import annotations

import base64
import secrets
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import ECKey, KeySet

from sello.core.bounded_json import loads_bounded
from sello.core.exchange.api_clients import SCOPES, ApiClient
from sello.core.limits import LimitError
from sello.server.errors import ApiError

TOKEN_TTL_SECONDS = 3600
_LEEWAY = 30
_EXTERNAL_ALGS = ["RS256", "ES256", "ES384", "EdDSA", "PS256"]


@dataclass(frozen=True)
class Caller:
    """Who is calling: the client (or external token subject) and the scopes its token grants."""

    client_id: str
    scopes: frozenset[str]


def oauth_error(status: int, error: str, description: str) -> ApiError:
    """RFC 6749 §5.2 error (the token endpoint's own shape)."""
    return ApiError(status, {"error": error, "error_description": description}, message=f"{error}: {description}")


class TokenService:
    """Issues and checks access tokens for one server."""

    def __init__(
        self,
        issuer: str,
        audience: str,
        *,
        ttl: int = TOKEN_TTL_SECONDS,
        external_jwks_url: str | None = None,
        external_audience: str | None = None,
        fetch: Callable[[str], bytes] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.issuer = issuer
        self.audience = audience
        self.ttl = ttl
        self.clock = clock
        self._key = ECKey.generate_key("P-256", parameters={"kid": secrets.token_urlsafe(8), "use": "sig"})
        self._external_url = external_jwks_url
        self._external_audience = external_audience or audience
        self._fetch = fetch or _https_get
        self._external: tuple[float, KeySet] | None = None
        self._lock = threading.Lock()

    def jwks(self) -> dict[str, Any]:
        return dict(KeySet([self._key]).as_dict(private=False))

    def issue(self, client: ApiClient, requested: str, audience: str | None) -> dict[str, Any]:
        if audience not in (None, "", self.audience):
            raise oauth_error(400, "invalid_target", "The audience asked for is not this API.")
        wanted = requested.split()
        unknown = [s for s in wanted if s not in SCOPES]
        if unknown:
            raise oauth_error(400, "invalid_scope", f"Unknown scope {unknown[0][:60]!r}.")
        refused = [s for s in wanted if s not in client.scopes]
        if refused:
            raise oauth_error(400, "invalid_scope", f"This client may not have the scope {refused[0]!r}.")
        now = int(self.clock())
        claims = {
            "iss": self.issuer,
            "aud": self.audience,
            "sub": client.client_id,
            "client_id": client.client_id,
            "scope": " ".join(wanted),
            "iat": now,
            "nbf": now,
            "exp": now + self.ttl,
            "jti": secrets.token_urlsafe(12),
        }
        token = jwt.encode({"alg": "ES256", "typ": "at+jwt", "kid": self._key.kid}, claims, self._key)
        return {"access_token": token, "token_type": "Bearer", "expires_in": self.ttl, "scope": " ".join(wanted)}

    def authenticate(self, authorization: str | None) -> Caller:
        """The caller of a request, from its `Authorization: Bearer` header; 401 otherwise."""
        if not authorization:
            raise ApiError(401, "no bearer token", headers={"WWW-Authenticate": 'Bearer realm="sello"'})
        scheme, _, token = authorization.partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token or len(token) > 8192:
            raise _invalid("the Authorization header is not a bearer token")
        try:
            header = loads_bounded(_b64(token.split(".")[0]), "api-body")
        except (ValueError, IndexError, LimitError):
            raise _invalid("the bearer token is not a JWT") from None
        if isinstance(header, dict) and header.get("kid") == self._key.kid:
            claims = self._decode(token, KeySet([self._key]), ["ES256"], self.audience, self.issuer)
        elif self._external_url:
            claims = self._decode(token, self._external_keys(), _EXTERNAL_ALGS, self._external_audience, None)
        else:
            raise _invalid("the bearer token was not issued by this server")
        scopes = claims.get("scope", "")
        scope_set = set(scopes.split()) if isinstance(scopes, str) else set()
        if isinstance(claims.get("scp"), list):
            scope_set |= {s for s in claims["scp"] if isinstance(s, str)}
        client = claims.get("client_id") or claims.get("azp") or claims.get("sub") or "?"
        return Caller(str(client)[:100], frozenset(scope_set))

    def _decode(self, token: str, keys: KeySet, algs: list[str], audience: str, issuer: str | None) -> dict[str, Any]:
        try:
            decoded = jwt.decode(token, keys, algorithms=algs)
        except (JoseError, ValueError):
            raise _invalid("the bearer token's signature does not verify") from None
        claims = decoded.claims
        now = self.clock()
        exp, nbf = claims.get("exp"), claims.get("nbf", 0)
        if not isinstance(exp, (int, float)) or exp + _LEEWAY < now:
            raise _invalid("the bearer token has expired")
        if not isinstance(nbf, (int, float)) or nbf - _LEEWAY > now:
            raise _invalid("the bearer token is not valid yet")
        aud = claims.get("aud")
        if audience not in (aud if isinstance(aud, list) else [aud]):
            raise _invalid("the bearer token is for another audience")
        if issuer is not None and claims.get("iss") != issuer:
            raise _invalid("the bearer token is from another issuer")
        return claims

    def _external_keys(self) -> KeySet:
        with self._lock:
            if self._external is None or self.clock() - self._external[0] > 600:
                assert self._external_url is not None
                try:
                    data = loads_bounded(self._fetch(self._external_url), "web-body")
                    self._external = (self.clock(), KeySet.import_key_set(data))
                except (OSError, ValueError, JoseError, LimitError):
                    raise _invalid("the external authorization server's keys cannot be obtained") from None
            return self._external[1]


def require(caller: Caller, scope: str) -> None:
    if scope not in caller.scopes:
        raise ApiError(
            403,
            f"the token lacks the scope {scope}",
            headers={"WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{scope}"'},
        )


def _invalid(detail: str) -> ApiError:
    return ApiError(401, detail, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


def _b64(segment: str) -> bytes:

    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def _https_get(url: str) -> bytes:
    if not url.startswith("https://"):
        raise OSError("the JWKS URL must be https")
    with urllib.request.urlopen(url, timeout=10) as response:
        return bytes(response.read(1_000_000))
