"""What the send dialog and the outbox panel run off the GUI thread (`run_task`): queueing
(a database write: the serial pool) and delivering (network: the global pool)."""

from __future__ import annotations

import ssl
from collections.abc import Callable, Sequence
from typing import Any

from sello.core.exchange.outbox import Outbox, OutboxEntry
from sello.core.exchange.recipients import Recipient, RecipientBook
from sello.core.exchange.sender import DeliveryOutcome, OutboxSender, queue_documents

# the TLS context deliveries use: the system's trusted CAs (SSL_CERT_FILE is honoured); verification stays on
ssl_context_factory: Callable[[], ssl.SSLContext] = ssl.create_default_context


def recipient_book(key_manager: Any) -> RecipientBook:
    return RecipientBook(key_manager.db, key_manager.profile_id, key_manager.store)


def save_recipient(key_manager: Any, values: dict[str, Any]) -> Recipient:
    return recipient_book(key_manager).save(**values)


def queue(key_manager: Any, recipient_id: str, document_ids: Sequence[str], instance: str) -> OutboxEntry:
    recipient = recipient_book(key_manager).get(recipient_id)
    return queue_documents(
        key_manager.db, key_manager, recipient, list(document_ids), workflow_instance=(instance,) if instance else ()
    )


def _sender(key_manager: Any) -> OutboxSender:
    return OutboxSender(
        key_manager.db, key_manager.profile_id, recipient_book(key_manager), ssl_context=ssl_context_factory()
    )


def deliver(key_manager: Any, entry_id: str) -> DeliveryOutcome:
    with _sender(key_manager) as sender:
        return sender.deliver(Outbox(key_manager.db, key_manager.profile_id).get(entry_id))


def retry(key_manager: Any, entry_id: str) -> DeliveryOutcome:
    entry = Outbox(key_manager.db, key_manager.profile_id).retry(entry_id)
    with _sender(key_manager) as sender:
        return sender.deliver(entry)


def deliver_due(key_manager: Any) -> list[DeliveryOutcome]:
    with _sender(key_manager) as sender:
        return sender.deliver_due()
