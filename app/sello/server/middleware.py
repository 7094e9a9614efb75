"""Server hygiene around every request: one access-log line (method, path, status, time,
client; never a header, token or body), a cap on the declared body size, and a
per-address request rate limit (per-client limits are applied after authentication,
see `RateLimiter.check`)."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from sello.server.errors import MESSAGES

log = logging.getLogger("sello.server.access")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class RateLimiter:
    """Token buckets: `rate` requests per second on average, bursts of `burst`."""

    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate, self.burst, self.clock = rate, burst, clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def check(self, key: str) -> float:
        """0 when the request may go ahead, else the seconds to wait."""
        if self.rate <= 0:
            return 0.0
        with self._lock:
            now = self.clock()
            tokens, last = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens < 1.0:
                self._buckets[key] = (tokens, now)
                return (1.0 - tokens) / self.rate
            self._buckets[key] = (tokens - 1.0, now)
            if len(self._buckets) > 10_000:  # forget idle addresses
                self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < 60}
            return 0.0


async def _send_error(send: Send, status: int, detail: str, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    body = json.dumps({"code": status, "message": MESSAGES[status], "details": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *(extra or [])]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class HygieneMiddleware:
    def __init__(self, app: ASGIApp, *, max_body: int, limiter: RateLimiter) -> None:
        self.app, self.max_body, self.limiter = app, max_body, limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status_holder = {"status": 500}
        scope.setdefault("state", {})

        async def send_logged(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = int(message["status"])
            await send(message)

        try:
            address = (scope.get("client") or ("?", 0))[0]
            wait = self.limiter.check("addr:" + str(address))
            length = dict(scope.get("headers") or []).get(b"content-length", b"0")
            if wait > 0:
                await _send_error(
                    send_logged,
                    429,
                    "too many requests from this address",
                    [(b"retry-after", str(max(1, round(wait))).encode())],
                )
            elif not length.isdigit() or int(length) > self.max_body:
                await _send_error(send_logged, 413, f"the body may be at most {self.max_body} bytes")
            else:
                await self.app(scope, receive, send_logged)
        finally:
            elapsed = (time.perf_counter() - started) * 1000
            client = scope["state"].get("client_id", "-")
            log.info(
                "%s %s %d %.1fms client=%s",
                scope.get("method", "?"),
                _shown_path(scope),
                status_holder["status"],
                elapsed,
                client,
            )


def _shown_path(scope: Scope) -> str:
    """The path only (no query string), clipped and on one line."""
    path = str(scope.get("path", ""))
    return "".join(c if c.isprintable() and c != " " else "?" for c in path[:200])
