"""Sentences about stored records, in Spanish (Mexico) and English."""

from __future__ import annotations

from sello.core.i18n import register

register(
    {
        "documents.not_found": {
            "en": "There is no issued document {document_id}.",
            "es": "No hay ningún documento emitido {document_id}.",
        },
        "documents.no_match": {
            "en": "No {what} matches {text}.",
            "es": "Ningún registro de «{what}» coincide con {text}.",
        },
        "documents.ambiguous": {
            "en": "{text} matches {count} {what}s; give more characters.",
            "es": "{text} coincide con {count} registros de «{what}»; dé más caracteres.",
        },
    }
)
