"""Offline JSON-LD: the bundled contexts served by URL, and RDF canonicalization.

Nothing is fetched from the network to process a credential (DESIGN §2): the
document loader serves `resources/contexts/*` by URL and refuses every other URL.
Tests may hand extra context files to `OfflineDocumentLoader(extra=...)`; those are
never shipped.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sello.core.errors import InputError, Localized
from sello.core.i18n import Message
from sello.core.resources import resource_path

VC2 = "https://www.w3.org/ns/credentials/v2"
TRACEABILITY = "https://w3id.org/traceability/v1"
DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2"
EXAMPLES_V2 = "https://www.w3.org/ns/credentials/examples/v2"  # the W3C specs' and test vectors' samples

# URL -> file name in resources/contexts (see resources/contexts/SHA256SUMS)
BUNDLED_CONTEXTS: Mapping[str, str] = {
    VC2: "credentials-v2.jsonld",
    TRACEABILITY: "traceability-v1.jsonld",
    DATA_INTEGRITY_V2: "data-integrity-v2.jsonld",
    EXAMPLES_V2: "credentials-examples-v2.jsonld",
    "https://w3id.org/security/multikey/v1": "multikey-v1.jsonld",
    "https://w3id.org/security/jwk/v1": "jwk-v1.jsonld",
    "https://www.w3.org/ns/cid/v1": "cid-v1.jsonld",
    "https://w3id.org/security/suites/ed25519-2020/v1": "ed25519-2020-v1.jsonld",
}


class ContextNotAvailableError(InputError):
    """A JSON-LD context that Sello does not carry offline; `url` names it."""

    def __init__(self, message: str | Localized, url: str = "") -> None:
        super().__init__(message)
        self.url = url


def uncarried_contexts(contexts: Any, loader: OfflineDocumentLoader | None = None) -> list[str]:
    """The context URLs in a document's `@context` that Sello does not carry (in order)."""
    known = set((loader or _DEFAULT_LOADER).urls())
    items = contexts if isinstance(contexts, list) else [contexts]
    return [c for c in dict.fromkeys(i for i in items if isinstance(i, str)) if c not in known]


@functools.cache
def _bundled_document(url: str) -> Any:
    return json.loads(resource_path("contexts", BUNDLED_CONTEXTS[url]).read_text(encoding="utf-8"))


class OfflineDocumentLoader:
    """A PyLD document loader that never touches the network.

    `extra` maps further URLs to local files (tests, vendor contexts a deployment
    chooses to carry). Unknown URLs raise `ContextNotAvailableError`, which PyLD wraps
    in a `JsonLdError`; `canonicalize_rdf` turns that back into a clear sentence.
    """

    def __init__(self, extra: Mapping[str, Path] | None = None) -> None:
        self._extra = {url: Path(path) for url, path in (extra or {}).items()}
        self._extra_cache: dict[str, Any] = {}
        self._resolved_contexts: Any = None

    def context_resolver(self) -> Any:
        """PyLD's context resolver with this loader's own cache of processed contexts
        (never PyLD's global one). Bounded: documents may carry inline contexts too."""
        from cachetools import LRUCache  # PyLD's own dependency
        from pyld.context_resolver import ContextResolver

        if self._resolved_contexts is None:
            self._resolved_contexts = LRUCache(maxsize=64)
        return ContextResolver(self._resolved_contexts, self)

    def urls(self) -> list[str]:
        return sorted({*BUNDLED_CONTEXTS, *self._extra})

    def document(self, url: str) -> Any:
        """A fresh copy of the context document at `url` (PyLD may mutate it)."""
        if url in BUNDLED_CONTEXTS:
            return json.loads(json.dumps(_bundled_document(url)))
        if url in self._extra:
            if url not in self._extra_cache:
                self._extra_cache[url] = json.loads(self._extra[url].read_text(encoding="utf-8"))
            return json.loads(json.dumps(self._extra_cache[url]))
        raise ContextNotAvailableError(
            Message("jsonld.context_not_offline", url=url),
            url[:300],
        )

    def __call__(self, url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
        return {
            "contentType": "application/ld+json",
            "contextUrl": None,
            "documentUrl": url,
            "document": self.document(url),
        }


_DEFAULT_LOADER = OfflineDocumentLoader()


def default_loader() -> OfflineDocumentLoader:
    return _DEFAULT_LOADER


class UndefinedTermError(InputError):
    """A property that the document's contexts do not define (JSON-LD 'safe mode')."""


def canonicalize_rdf(document: dict[str, Any], loader: OfflineDocumentLoader | None = None) -> str:
    """RDF Dataset Canonicalization (RDFC-1.0 / URDNA2015) as N-Quads.

    Like jsonld.js's `safe: true`, a property the contexts do not define is an error
    rather than silently dropped (a dropped term would be unsigned yet displayed).
    """
    from pyld import jsonld  # imported on first use: vc+jwt verification never needs it

    loader = loader or _DEFAULT_LOADER

    def refuse_dropped(term: str | None) -> None:
        raise UndefinedTermError(Message("jsonld.undefined_term", value=f" {term!r}" if term else ""))

    processor = jsonld.JsonLdProcessor(on_property_dropped=refuse_dropped)
    options = {
        "algorithm": "URDNA2015",
        "format": "application/n-quads",
        "documentLoader": loader,
        "contextResolver": loader.context_resolver(),
    }
    try:
        return processor.normalize(document, options)
    except InputError:
        raise
    # PyLD reports bad input as JsonLdError, but hostile documents can also trip its
    # internals (TypeError, KeyError...): for an untrusted credential both mean "unusable".
    except (jsonld.JsonLdError, TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
        cause = _user_facing_cause(exc)
        if cause is not None:
            raise cause from None
        raise InputError(Message("jsonld.invalid", value=_first_line(exc))) from None


def _user_facing_cause(exc: BaseException) -> InputError | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, InputError):
            return current
        details = getattr(current, "details", None)
        if isinstance(details, dict) and isinstance(details.get("cause"), InputError):
            return details["cause"]
        current = current.__cause__ or current.__context__
    return None


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "message", None) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
