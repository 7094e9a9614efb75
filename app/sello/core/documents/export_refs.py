"""The Mexican export references a credential carries, as one searchable string.

The invoice, packing list and bill of lading link the export's pedimento, the CFDI's
folio fiscal and the Carta Porte's IdCCP through ``relatedLink`` (docs/doctypes.md):
each ``LinkRole``'s ``target`` carries an ``entryNumber`` (the pedimento's 15 digits) or
an ``identifier``. The Documents page searches them (``storage.documents``).
"""

from __future__ import annotations

import json
from typing import Any

from sello.core.encoding import b64url_decode
from sello.core.errors import InputError

_VALUE_KEYS = ("entryNumber", "identifier")


def export_references(subject: Any) -> str:
    """Every linked reference in ``subject`` (also in its rows), space separated, once each."""
    found: list[str] = []
    stack = [subject]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            links = node.get("relatedLink")
            for link in links if isinstance(links, list) else [links]:
                target = link.get("target") if isinstance(link, dict) else None
                if isinstance(target, dict):
                    found += [v for k in _VALUE_KEYS if isinstance(v := target.get(k), str) and v.strip()]
            stack.extend(reversed([v for k, v in node.items() if k != "relatedLink"]))
    return " ".join(dict.fromkeys(v.strip() for v in found))


def export_references_of_token(vc_jwt: str) -> str:
    """``export_references`` of the subject in a vc+jwt this Sello signed ("" if unreadable)."""
    try:
        payload = json.loads(b64url_decode(vc_jwt.split(".")[1]))
    except (IndexError, ValueError, InputError):
        return ""
    return export_references(payload.get("credentialSubject") if isinstance(payload, dict) else None)
