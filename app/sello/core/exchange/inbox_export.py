"""The Inbox as a file: received presentations with their verdicts and every credential as it
arrived (a vc+jwt, or JSON), so another tool can verify them again."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from sello.core.exchange.inbox import InboxEntry


def inbox_rows(entries: Sequence[InboxEntry], senders: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    senders = senders or {}
    return [
        {
            "id": e.id,
            "receivedAt": e.received_at,
            "sender": senders.get(e.sender_client, e.sender_client),
            "senderClientId": e.sender_client,
            "holder": e.holder,
            "workflow": {"definition": list(e.workflow_definition), "instance": list(e.workflow_instance)},
            "verdict": e.verdict,
            "summary": json.loads(e.summary) if e.summary.startswith("{") else e.summary,
            "credentials": [
                {
                    "id": c.credential_id,
                    "issuer": c.issuer,
                    "issuerName": c.issuer_name,
                    "type": list(c.types),
                    "verdict": c.verdict,
                    "credential": c.credential,
                }
                for c in e.credentials
            ],
        }
        for e in entries
    ]


def inbox_json(entries: Sequence[InboxEntry], senders: Mapping[str, str] | None = None) -> str:
    return json.dumps({"presentations": inbox_rows(entries, senders)}, ensure_ascii=False, indent=2) + "\n"
