"""did:web over HTTPS: a bounded fetcher and a resolver with a SQLite cache.

`HttpsFetcher` only speaks HTTPS with certificate verification on (the trusted CAs
are a parameter: the system default in production, a test CA in tests), with
connect/read timeouts, a total deadline enforced by a watchdog (a slow-drip server
cannot hang us), a size cap enforced while reading, and redirects followed only
within the same host. `WebDidResolver` plugs into `DidResolver(web_resolver=...)`:
it fetches `did.json`, checks that its `id` is the DID, caches it in `did_cache`,
reports keys added or removed since the cached copy, and falls back to the cache
(with its age) when the website cannot be reached.
"""

from __future__ import annotations

import errno
import http.client
import io
import socket
import ssl
import time
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sello.core.bounded_json import loads_bounded
from sello.core.credentials.issuer_key import age_text
from sello.core.errors import Localized, UserFacingError
from sello.core.i18n import Message
from sello.core.keys.did import DidResolutionError, ResolvedDid, did_web_url, parse_did_document
from sello.core.limits import LimitError
from sello.core.storage.db import Database
from sello.core.trust.did_cache import CachedDocument, cached_did_document, store_did_document, with_former_keys
from sello.core.trust.messages import DID_DOCUMENT

__all__ = ["CachedDocument", "cached_did_document", "store_did_document"]  # their owner is trust.did_cache

DEFAULT_MAX_BYTES = 256 * 1024
MAX_REDIRECTS = 3
USER_AGENT = "Sello/0.1 (did:web resolver)"


class WebFetchError(UserFacingError):
    """A web resource could not be fetched. `unreachable` means a network failure
    (no connection, timeout, server error) rather than a refused response. `cause`
    ("http", "timeout", "network", "certificate" or "") and `status` let a front end say
    why in its own language; the message is the English fallback."""

    def __init__(
        self,
        message: str | Localized,
        *,
        url: str,
        unreachable: bool = False,
        cause: str = "",
        status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.url = url
        self.unreachable = unreachable
        self.cause = cause
        self.status = status


@dataclass(frozen=True)
class FetchedResource:
    url: str  # final URL after same-host redirects
    body: bytes
    content_type: str
    fetched_at: str


Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def parse_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def describe_age(then: str, now: datetime, lang: str = "en") -> str:
    """'3 hours', '2 days'... (or in Spanish) for notes such as 'copy fetched 2 days ago'."""
    return age_text(int((now - parse_iso(then)).total_seconds()), lang)


class HttpsFetcher:
    """GET over HTTPS only, with TLS verification, timeouts, a deadline and a size cap."""

    def __init__(
        self,
        *,
        ssl_context: ssl.SSLContext | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 10.0,
        deadline: float = 20.0,
        max_bytes: int = DEFAULT_MAX_BYTES,
        clock: Clock = system_clock,
    ) -> None:
        context = ssl_context or ssl.create_default_context()
        if context.verify_mode != ssl.CERT_REQUIRED or not context.check_hostname:
            raise ValueError("HttpsFetcher needs an SSL context that verifies certificates and host names.")
        self.ssl_context = context
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.clock = clock

    def fetch(self, url: str) -> FetchedResource:
        deadline_at = time.monotonic() + self.deadline
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            if time.monotonic() >= deadline_at:
                raise self._deadline_error(url)
            status, headers, body = self._get_once(current, deadline_at)
            if status in (301, 302, 303, 307, 308):
                current = self._same_host_redirect(url, current, headers.get("location", ""))
                continue
            if status != 200:
                raise WebFetchError(
                    Message("web.http_not_found", url=current)
                    if status == 404
                    else Message("web.http_status", url=current, status=status),
                    url=url,
                    unreachable=status >= 500 or status in (408, 429),
                    cause="http",
                    status=status,
                )
            return FetchedResource(current, body, headers.get("content-type", ""), iso(self.clock()))
        raise WebFetchError(Message("web.too_many_redirects", url=url, limit=MAX_REDIRECTS), url=url)

    # -- one request ----------------------------------------------------------------
    def _get_once(self, url: str, deadline_at: float) -> tuple[int, dict[str, str], bytes]:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme != "https" or not parts.hostname:
            raise WebFetchError(Message("web.https_only", url=repr(url)), url=url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        remaining = deadline_at - time.monotonic()
        conn = http.client.HTTPSConnection(
            parts.hostname,
            parts.port or 443,
            context=self.ssl_context,
            timeout=max(0.001, min(self.connect_timeout, remaining)),
        )
        raw_sock: socket.socket | None = None
        try:
            conn.connect()
            raw_sock = conn.sock
            assert raw_sock is not None
            conn.sock = _DeadlineSocket(raw_sock, deadline_at, self.read_timeout)
            conn.request(
                "GET",
                path,
                headers={"User-Agent": USER_AGENT, "Accept": "application/did+json, application/json, */*;q=0.5"},
            )
            response = conn.getresponse()
            headers = {k.lower(): v for k, v in response.getheaders()}
            body = self._read_capped(response, headers, url) if response.status == 200 else b""
            return response.status, headers, body
        except WebFetchError:
            raise
        except _DeadlineExceeded:
            raise self._deadline_error(url) from None
        except ssl.SSLCertVerificationError as exc:
            raise WebFetchError(
                Message("web.certificate", host=parts.hostname, reason=exc.verify_message),
                url=url,
                cause="certificate",
            ) from None
        except TimeoutError:
            if time.monotonic() >= deadline_at:
                raise self._deadline_error(url) from None
            raise WebFetchError(
                Message("web.timeout", host=parts.hostname), url=url, unreachable=True, cause="timeout"
            ) from None
        except (OSError, http.client.HTTPException) as exc:
            raise WebFetchError(
                Message("web.unreachable", url=url, reason=_reason(exc)), url=url, unreachable=True, cause="network"
            ) from None
        finally:
            conn.close()
            if raw_sock is not None:
                raw_sock.close()

    def _read_capped(self, response: http.client.HTTPResponse, headers: dict[str, str], url: str) -> bytes:
        declared = headers.get("content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > self.max_bytes:
            raise WebFetchError(
                Message("web.declared_too_large", url=url, size=f"{int(declared):,}", limit=f"{self.max_bytes:,}"),
                url=url,
            )
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = response.read1(min(65536, self.max_bytes + 1 - total)) if total <= self.max_bytes else b""
            if not chunk:
                break
            total += len(chunk)
            if total > self.max_bytes:
                raise WebFetchError(Message("web.too_large", url=url, limit=f"{self.max_bytes:,}"), url=url)
            chunks.append(chunk)
        return b"".join(chunks)

    def _same_host_redirect(self, original: str, current: str, location: str) -> str:
        if not location:
            raise WebFetchError(Message("web.redirect_nowhere", url=current), url=original)
        target = urllib.parse.urljoin(current, location)
        before, after = urllib.parse.urlsplit(current), urllib.parse.urlsplit(target)
        if after.scheme != "https":
            raise WebFetchError(Message("web.redirect_not_https", url=current, target=target), url=original)
        if (after.hostname, after.port or 443) != (before.hostname, before.port or 443):
            raise WebFetchError(
                Message("web.redirect_other_host", url=current, target=after.netloc, host=before.netloc), url=original
            )
        return target

    def _deadline_error(self, url: str) -> WebFetchError:
        return WebFetchError(
            Message("web.deadline", url=url, seconds=f"{self.deadline:g}"),
            url=url,
            unreachable=True,
            cause="timeout",
        )


class _DeadlineExceeded(TimeoutError):
    pass


class _DeadlineReader(io.RawIOBase):
    """Raw reader over a socket: before each receive, the timeout becomes the smaller of
    the read timeout and the time left, and past the deadline reading stops."""

    def __init__(self, sock: socket.socket, deadline_at: float, read_timeout: float) -> None:
        super().__init__()
        self._sock, self._deadline_at, self._read_timeout = sock, deadline_at, read_timeout

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        remaining = self._deadline_at - time.monotonic()
        if remaining <= 0:
            raise _DeadlineExceeded("deadline")
        self._sock.settimeout(min(self._read_timeout, remaining))
        return self._sock.recv_into(buffer)


class _DeadlineSocket:
    """What http.client needs from a socket (sendall, makefile, close), deadline-bound."""

    def __init__(self, sock: socket.socket, deadline_at: float, read_timeout: float) -> None:
        self._sock, self._deadline_at, self._read_timeout = sock, deadline_at, read_timeout

    def sendall(self, data: bytes) -> None:
        remaining = self._deadline_at - time.monotonic()
        if remaining <= 0:
            raise _DeadlineExceeded("deadline")
        self._sock.settimeout(min(self._read_timeout, remaining))
        self._sock.sendall(data)

    def makefile(self, mode: str = "rb", *args: Any, **kwargs: Any) -> io.BufferedReader:
        return io.BufferedReader(_DeadlineReader(self._sock, self._deadline_at, self._read_timeout))

    def close(self) -> None:
        """http.client closes the connection before the body is read (HTTP/1.0, Connection:
        close); the real socket is closed by the fetcher once it is done."""


def _reason(exc: BaseException) -> Message:
    if isinstance(exc, ssl.SSLError):
        return Message("web.reason.tls", detail=str(exc.reason or exc))
    if isinstance(exc, socket.gaierror):
        return Message("web.reason.dns")
    if isinstance(exc, ConnectionRefusedError):
        return Message("web.reason.refused")
    if isinstance(exc, ConnectionResetError):
        return Message("web.reason.reset")
    if isinstance(exc, OSError) and exc.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN):
        return Message("web.reason.no_route")
    return Message("web.reason.other", detail=str(exc) or exc.__class__.__name__)


def parse_json_body(resource: FetchedResource, what: str | Mapping[str, str]) -> Any:
    """JSON is required whatever the content type says (web hosts label files loosely).
    `what` names the file in the sentence: text, or `{lang: text}` (e.g. `messages.DID_DOCUMENT`)."""
    try:
        return loads_bounded(resource.body, "web-body", what=what, encoding="utf-8-sig")
    except LimitError as exc:
        raise WebFetchError(Message("web.limit", reason=exc, url=resource.url), url=resource.url) from None
    except ValueError:
        label = resource.content_type.split(";")[0].strip() or Message("web.no_content_type")
        raise WebFetchError(
            Message("web.not_json", what=what, url=resource.url, label=label), url=resource.url
        ) from None


# -- the did:web resolver -----------------------------------------------------------
def key_differences(old: dict[str, Any], new: dict[str, Any]) -> tuple[str, ...]:
    """Human-readable notes on verification methods added or removed between two documents."""

    def ids(document: dict[str, Any]) -> set[str]:
        did = str(document.get("id", ""))
        out = set()
        for method in document.get("verificationMethod", []) or []:
            if isinstance(method, dict) and isinstance(method.get("id"), str):
                out.add(did + method["id"] if method["id"].startswith("#") else method["id"])
        return out

    before, after = ids(old), ids(new)
    notes = [f"Key added since the last check: {vm}" for vm in sorted(after - before)]
    notes += [f"Key removed since the last check: {vm}" for vm in sorted(before - after)]
    return tuple(notes)


DEFAULT_KEY_MAX_AGE = timedelta(days=30)  # a saved DID document older than this makes the verdict amber


class WebDidResolver:
    """`DidResolver(web_resolver=WebDidResolver(db, fetcher))`. With `fetcher=None`
    (offline) only the cache (web or bundle copies) is used, with its age; a copy older
    than `max_age` is marked stale (the verdict says so, amber). Keys rotated out of the
    current document but seen in an older version still resolve, marked as former keys.
    Nothing to be had (offline or unreachable, nothing saved) raises the "unavailable"
    code: the verdict is "cannot confirm", never red."""

    def __init__(
        self,
        db: Database,
        fetcher: HttpsFetcher | None,
        *,
        clock: Clock = system_clock,
        max_age: timedelta = DEFAULT_KEY_MAX_AGE,
    ) -> None:
        self.db = db
        self.fetcher = fetcher
        self.clock = clock
        self.max_age = max_age

    def __call__(self, did: str) -> ResolvedDid:
        url = did_web_url(did)
        cached = cached_did_document(self.db, did)
        if self.fetcher is None:
            return self._from_cache(did, cached, "Offline")
        try:
            resource = self.fetcher.fetch(url)
            document = parse_json_body(resource, DID_DOCUMENT)
            resolved = parse_did_document(did, document, source="web", fetched_at=resource.fetched_at)
        except (WebFetchError, DidResolutionError) as exc:
            return self._from_cache(did, cached, f"Could not refresh {url} ({exc.message})", error=exc)
        notes = key_differences(cached.document, document) if cached is not None else ()
        store_did_document(self.db, did, document, source="web", fetched_at=resource.fetched_at)
        return with_former_keys(self.db, replace(resolved, notes=notes))

    def _from_cache(
        self, did: str, cached: CachedDocument | None, why: str, error: UserFacingError | None = None
    ) -> ResolvedDid:
        if cached is None:
            if error is not None:
                raise DidResolutionError(Message("did.web_not_obtained", reason=error), code="unavailable") from None
            raise DidResolutionError(
                Message("did.web_offline_no_copy", did=did),
                code="unavailable",
            )
        source = "bundle" if cached.source == "bundle" else "cache"
        resolved = parse_did_document(did, cached.document, source=source, fetched_at=cached.fetched_at)
        now = self.clock()
        origin = "from a trust bundle" if source == "bundle" else "fetched"
        note = f"{why}; using the copy {origin} on {cached.fetched_at} ({describe_age(cached.fetched_at, now)} old)."
        age = max(0, int((now - parse_iso(cached.fetched_at)).total_seconds()))
        resolved = replace(resolved, notes=(note,), stale=age > self.max_age.total_seconds(), age_seconds=age)
        return with_former_keys(self.db, resolved)


def max_age_exceeded(fetched_at: str, now: datetime, max_age: timedelta) -> bool:
    return now - parse_iso(fetched_at) > max_age
