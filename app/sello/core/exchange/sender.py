"""Send documents to a partner's Traceability API: sign a presentation, queue it in the
outbox, deliver what is due.

`queue_documents` wraps the chosen documents' vc+jwt (as `EnvelopedVerifiableCredential`s)
in a `TraceablePresentation` with a workflow, signs it as `vp+jwt` with the company key and
queues it (`outbox.Outbox.enqueue`). `OutboxSender.deliver_due` resolves each recipient's
did:web, takes its `TraceabilityAPI` service endpoint, gets an OAuth 2.0 access token
(client credentials; the secret from the key store), and posts the presentation to
`{endpoint}/presentations`. HTTPS only, with certificate verification. Nothing secret —
token, client secret, body — is logged or stored.
"""

from __future__ import annotations

import logging
import ssl
import time
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from sello.core.credentials.credential import new_credential_id
from sello.core.errors import InputError, NotFoundError, UserFacingError
from sello.core.exchange.outbox import Outbox, OutboxEntry
from sello.core.exchange.presentations import sign_presentation
from sello.core.exchange.recipients import Recipient, RecipientBook
from sello.core.i18n import Message, message, register
from sello.core.keys.manager import KeyManager
from sello.core.storage.db import Database
from sello.core.storage.documents import document_token
from sello.core.trust.webresolve import HttpsFetcher, WebDidResolver

log = logging.getLogger(__name__)

TRACEABLE_CONTEXT = ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/traceability/v1"]
DEFAULT_WORKFLOW = "https://w3id.org/traceability#SteelShipment"
TOKEN_MARGIN_S = 30.0


@dataclass(frozen=True)
class DeliveryOutcome:
    entry: OutboxEntry
    outcome: str  # delivered | duplicate | retry | failed


class _Transient(Exception):
    def __init__(self, code: str, http_status: int | None = None, **params: Any) -> None:
        super().__init__(code)
        self.code, self.status, self.params = code, http_status, params


class _Refused(_Transient):
    pass


def build_presentation(
    vc_jwts: Sequence[str], holder: str, workflow_definition: Sequence[str], workflow_instance: Sequence[str]
) -> dict[str, Any]:
    return {
        "@context": TRACEABLE_CONTEXT,
        "id": new_credential_id(),
        "type": ["VerifiablePresentation", "TraceablePresentation"],
        "holder": holder,
        "workflow": {"definition": list(workflow_definition), "instance": list(workflow_instance)},
        "verifiableCredential": [
            {
                "@context": TRACEABLE_CONTEXT[:1],
                "type": "EnvelopedVerifiableCredential",
                "id": f"data:application/vc+jwt,{t}",
            }
            for t in vc_jwts
        ],
    }


def queue_documents(
    db: Database,
    key_manager: KeyManager,
    recipient: Recipient,
    document_ids: Sequence[str],
    *,
    workflow_definition: Sequence[str] = (DEFAULT_WORKFLOW,),
    workflow_instance: Sequence[str] = (),
) -> OutboxEntry:
    """Sign the documents into one presentation and queue it. Returns the committed entry."""
    if not document_ids:
        raise InputError(Message("outgoing.choose_documents"))
    tokens = [document_token(db, d, key_manager.profile_id) for d in document_ids]
    key = key_manager.default_key()
    if key is None or key.retired_at or getattr(key, "deleted_at", None):
        raise InputError(Message("outgoing.no_key"))
    instance = tuple(workflow_instance) or (new_credential_id(),)
    presentation = build_presentation(tokens, key.did, workflow_definition, instance)
    vp_jwt = sign_presentation(presentation, key_manager.load_private(key.id), key.kid)
    return Outbox(db, key_manager.profile_id).enqueue(
        presentation["id"],
        recipient.id,
        recipient.name,
        document_ids,
        vp_jwt,
        workflow_definition=workflow_definition,
        workflow_instance=instance,
    )


def service_endpoint(document: Mapping[str, Any]) -> str:
    """The `TraceabilityAPI` service endpoint a DID document names (HTTPS only)."""
    services = document.get("service") or []
    for service in services if isinstance(services, list) else [services]:
        if not isinstance(service, dict):
            continue
        kinds = service.get("type")
        kinds = [kinds] if isinstance(kinds, str) else kinds or []
        endpoint = service.get("serviceEndpoint")
        if "TraceabilityAPI" in kinds and isinstance(endpoint, str):
            if urllib.parse.urlsplit(endpoint).scheme != "https":
                raise _Refused("send.endpoint_not_https", endpoint=endpoint)
            return endpoint.rstrip("/")
    raise _Refused("send.no_service")


class OutboxSender:
    """Delivers due outbox entries. `ssl_context` must verify certificates (the default does)."""

    def __init__(
        self,
        db: Database,
        profile_id: str,
        book: RecipientBook,
        *,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = 15.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db = db
        self.outbox = Outbox(db, profile_id)
        self.book = book
        self.ssl_context = ssl_context or ssl.create_default_context()
        self.resolver = WebDidResolver(db, HttpsFetcher(ssl_context=self.ssl_context, deadline=timeout))
        self.http = httpx.Client(verify=self.ssl_context, timeout=httpx.Timeout(timeout, connect=5.0))
        self.clock = clock
        self._tokens: dict[str, tuple[str, float]] = {}
        self._endpoints: dict[str, str] = {}

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> OutboxSender:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the three steps ----------------------------------------------------------------
    def endpoint(self, recipient: Recipient) -> str:
        if recipient.did not in self._endpoints:
            try:
                resolved = self.resolver(recipient.did)
            except UserFacingError as exc:
                raise _Transient("send.did_unresolved", did=recipient.did, reason=exc.message) from None
            self._endpoints[recipient.did] = service_endpoint(resolved.document)
        return self._endpoints[recipient.did]

    def token(self, recipient: Recipient, *, fresh: bool = False) -> str:
        cached = self._tokens.get(recipient.id)
        if cached and not fresh and cached[1] > self.clock():
            return cached[0]
        form = {
            "grant_type": "client_credentials",
            "client_id": recipient.client_id,
            "client_secret": self.book.secret(recipient),
            "scope": " ".join(recipient.scopes),
        }
        if recipient.audience:
            form["audience"] = recipient.audience
        answer = self._call("POST", recipient.token_endpoint, data=form)
        if answer.status_code in (400, 401, 403):
            raise _Refused("send.token_refused", answer.status_code, status=answer.status_code)
        if answer.status_code != 200:
            raise _Transient("send.http_error", answer.status_code, status=answer.status_code)
        try:
            body = answer.json()
            token, lifetime = str(body["access_token"]), float(body.get("expires_in", 300))
        except (ValueError, KeyError, TypeError):
            raise _Transient("send.token_unreadable") from None
        self._tokens[recipient.id] = (token, self.clock() + max(0.0, lifetime - TOKEN_MARGIN_S))
        return token

    def _call(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        try:
            return self.http.request(method, url, **kwargs)
        except httpx.TimeoutException:
            raise _Transient("send.timeout", host=urllib.parse.urlsplit(url).netloc) from None
        except httpx.ConnectError as exc:
            if isinstance(exc.__context__, ssl.SSLError) or "CERTIFICATE" in str(exc).upper():
                raise _Refused("send.tls", host=urllib.parse.urlsplit(url).netloc) from None
            raise _Transient("send.unreachable", host=urllib.parse.urlsplit(url).netloc) from None
        except httpx.HTTPError:
            raise _Transient("send.unreachable", host=urllib.parse.urlsplit(url).netloc) from None

    def _post(self, entry: OutboxEntry, recipient: Recipient) -> int:
        url = self.endpoint(recipient) + "/presentations"
        body = {"verifiablePresentation": entry.presentation}
        for attempt in (0, 1):  # a 401 may be an expired token: one fresh token, then it is the credentials
            headers = {"Authorization": f"Bearer {self.token(recipient, fresh=attempt == 1)}"}
            answer = self._call("POST", url, json=body, headers=headers)
            if answer.status_code != 401:
                break
        status = answer.status_code
        if status in (200, 201, 409):
            return status
        if status == 401:
            raise _Refused("send.unauthorized", status)
        if status == 403:
            raise _Refused("send.forbidden", status)
        if status in (408, 429) or status >= 500:
            raise _Transient("send.http_error", status, status=status)
        raise _Refused("send.rejected", status, status=status, detail=_server_message(answer))

    # -- one entry, and all that is due --------------------------------------------------------
    def deliver(self, entry: OutboxEntry) -> DeliveryOutcome:
        try:
            recipient = self.book.get(entry.recipient_id)
            status = self._post(entry, recipient)
        except NotFoundError:
            failed = self.outbox.mark_failed(entry.id, message("send.no_recipient", name=entry.recipient_name))
            return DeliveryOutcome(failed, "failed")
        except _Refused as exc:
            log.info("delivery %s refused: %s (HTTP %s)", entry.id, exc.code, exc.status)
            return DeliveryOutcome(
                self.outbox.mark_failed(entry.id, message(exc.code, **exc.params), exc.status), "failed"
            )
        except _Transient as exc:
            log.info("delivery %s will be retried: %s (HTTP %s)", entry.id, exc.code, exc.status)
            return DeliveryOutcome(
                self.outbox.mark_retry(entry.id, message(exc.code, **exc.params), exc.status), "retry"
            )
        except UserFacingError as exc:  # e.g. the key store is locked: the user can fix it, then retry
            return DeliveryOutcome(
                self.outbox.mark_failed(entry.id, message("send.local_problem", reason=exc.message)), "failed"
            )
        delivered = self.outbox.mark_delivered(entry.id, status)
        return DeliveryOutcome(delivered, "duplicate" if status == 409 else "delivered")

    def deliver_due(self, limit: int | None = None) -> list[DeliveryOutcome]:
        due = self.outbox.due()
        return [self.deliver(entry) for entry in due[:limit]]


def _server_message(answer: httpx.Response) -> str:
    try:
        body = answer.json()
    except ValueError:
        return ""
    text = body.get("message", "") if isinstance(body, dict) else ""
    details = body.get("details") if isinstance(body, dict) else None
    if isinstance(details, list) and details:
        text = f"{text} ({'; '.join(str(d) for d in details[:3])})"
    return str(text)[:300]


register(
    {
        "send.unauthorized": {
            "en": "The partner refused our credentials (HTTP 401): check the client id and secret it gave you.",
            "es": "El socio rechazó nuestras credenciales (HTTP 401): revise el client id y el secreto que le dio.",
        },
        "send.token_refused": {
            "en": "The partner's token endpoint refused our client id or secret (HTTP {status}).",
            "es": "El servicio de tokens del socio rechazó nuestro client id o secreto (HTTP {status}).",
        },
        "send.forbidden": {
            "en": "The partner does not allow this client to send presentations (HTTP 403): ask it for the "
            "scope submit:presentations.",
            "es": "El socio no permite a este cliente enviar presentaciones (HTTP 403): pídale el permiso "
            "submit:presentations.",
        },
        "send.timeout": {
            "en": "{host} did not answer in time; Sello will try again.",
            "es": "{host} no respondió a tiempo; Sello lo intentará de nuevo.",
        },
        "send.unreachable": {
            "en": "{host} could not be reached; Sello will try again.",
            "es": "No se pudo conectar con {host}; Sello lo intentará de nuevo.",
        },
        "send.tls": {
            "en": "The secure connection to {host} failed: its certificate is not trusted.",
            "es": "Falló la conexión segura con {host}: su certificado no es de confianza.",
        },
        "send.http_error": {
            "en": "The partner's server answered HTTP {status}; Sello will try again.",
            "es": "El servidor del socio respondió HTTP {status}; Sello lo intentará de nuevo.",
        },
        "send.rejected": {
            "en": "The partner refused the presentation (HTTP {status}): {detail}",
            "es": "El socio rechazó la presentación (HTTP {status}): {detail}",
        },
        "send.token_unreadable": {
            "en": "The partner's token endpoint gave an answer without a usable access token; Sello will try again.",
            "es": "El servicio de tokens del socio no entregó un token de acceso utilizable; Sello lo intentará de nuevo.",
        },
        "send.did_unresolved": {
            "en": "The partner's DID document ({did}) could not be obtained: {reason}",
            "es": "No se pudo obtener el documento DID del socio ({did}): {reason}",
        },
        "send.no_service": {
            "en": "The partner's DID document names no TraceabilityAPI service to send to.",
            "es": "El documento DID del socio no indica un servicio TraceabilityAPI al cual enviar.",
        },
        "send.endpoint_not_https": {
            "en": "The partner's API address {endpoint} is not https://; Sello sends only over HTTPS.",
            "es": "La dirección de la API del socio {endpoint} no es https://; Sello solo envía por HTTPS.",
        },
        "send.no_recipient": {
            "en": "The recipient {name} is no longer in the address book.",
            "es": "El destinatario {name} ya no está en la libreta de direcciones.",
        },
        "send.local_problem": {
            "en": "Sello could not prepare the delivery: {reason}",
            "es": "Sello no pudo preparar el envío: {reason}",
        },
    }
)
