"""Sentences about document files, batches and drafts, in Spanish (Mexico) and English."""

from __future__ import annotations

from sello.core.i18n import register

register(
    {
        # -- batches from CSV or JSON (documents.batch) ------------------------------------------
        "batch.not_text": {
            "en": "{name} is not a text file (CSV or JSON).",
            "es": "{name} no es un archivo de texto (CSV o JSON).",
        },
        "batch.too_large": {"en": "{name} is larger than {limit} MB.", "es": "{name} pesa más de {limit} MB."},
        "batch.no_records": {"en": "{name} has no records.", "es": "{name} no tiene registros."},
        "batch.bad_json": {"en": "{name} is not valid JSON: {exc}.", "es": "{name} no es JSON válido: {exc}."},
        "batch.json_too_deep": {
            "en": "{name} is JSON nested too deeply to be a batch of documents.",
            "es": "{name} es JSON anidado demasiado profundo para ser un lote de documentos.",
        },
        "batch.record_not_object": {
            "en": "{name}: record {i} is not a JSON object.",
            "es": "{name}: el registro {i} no es un objeto JSON.",
        },
        "batch.bad_csv": {
            "en": "{name}: line {line_num} cannot be read as CSV ({exc}).",
            "es": "{name}: la línea {line_num} no se puede leer como CSV ({exc}).",
        },
        "batch.empty": {"en": "{name} is empty.", "es": "{name} está vacío."},
        "batch.unreadable": {"en": "{path} cannot be read: {reason}.", "es": "{path} no se puede leer: {reason}."},
        "batch.bad_utf16": {
            "en": "{name} starts like UTF-16 text but is not.",
            "es": "{name} empieza como texto UTF-16 pero no lo es.",
        },
        "batch.unknown_columns": {
            "en": "{name}: unknown column(s) for {doctype}: {columns}{more}. Columns are field paths like {examples}.",
            "es": "{name}: columnas desconocidas para {doctype}: {columns}{more}. Las columnas son rutas de campos como {examples}.",
        },
        "batch.too_many_cells": {
            "en": "{cells} cells but the header has {columns}",
            "es": "{cells} celdas, pero el encabezado tiene {columns}",
        },
    }
)
