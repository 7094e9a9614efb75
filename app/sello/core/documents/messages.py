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
        "batch.out_of_grade": {
            "en": "{deviation}; out of grade, not issued without confirmation",
            "es": "{deviation}; fuera de grado, no se emite sin confirmación",
        },
        "batch.too_many_cells": {
            "en": "{cells} cells but the header has {columns}",
            "es": "{cells} celdas, pero el encabezado tiene {columns}",
        },
        "document.incomplete": {
            "en": "The document is not complete: {first}{more}.",
            "es": "El documento no está completo: {first}{more}.",
        },
        "spec.out_of_grade": {
            "en": "{count} value(s) are outside {name}: {first}{more}.",
            "es": "{count} valor(es) fuera de {name}: {first}{more}.",
        },
        "spec.out_of_grade_hint": {
            "en": "Check them; if they are right, confirm them to issue (out-of-grade confirmation).",
            "es": "Revíselos; si son correctos, confírmelos para emitir (confirmación fuera de grado).",
        },
        # -- document types, drafts, issuing, PDFs -------------------------------------------------
        "doctype.unknown": {
            "en": "Sello does not know the document type “{id_or_credential_type}”.",
            "es": "Sello no conoce el tipo de documento «{id_or_credential_type}».",
        },
        "drafts.no_content": {
            "en": "The stored document has no content to copy.",
            "es": "El documento guardado no tiene contenido que copiar.",
        },
        "drafts.gone": {
            "en": "Draft {draft_id} no longer exists.",
            "es": "El borrador {draft_id} ya no existe.",
        },
        "drafts.document_not_found": {
            "en": "Document {document_id} was not found.",
            "es": "No se encontró el documento {document_id}.",
        },
        "drafts.unreadable": {
            "en": "The stored document cannot be read back; it cannot be copied.",
            "es": "El documento guardado no se puede volver a leer; no se puede copiar.",
        },
        "drafts.party_needs_name": {
            "en": "A party needs a name to be saved in the address book.",
            "es": "Una parte necesita un nombre para guardarse en la libreta de direcciones.",
        },
        "drafts.product_needs_description": {
            "en": "A product needs a description to be saved in the address book.",
            "es": "Un producto necesita una descripción para guardarse en la libreta de direcciones.",
        },
        "issue.no_key": {
            "en": "This company has no signing key yet: create one first.",
            "es": "Esta empresa todavía no tiene llave de firma: cree una primero.",
        },
        "issue.key_retired": {
            "en": "Key {short_id} is retired; documents are signed with the current key.",
            "es": "La llave {short_id} está retirada; los documentos se firman con la llave vigente.",
        },
        "pdf.unknown_page_size": {
            "en": "Unknown paper size {page_size}: use Letter or A4.",
            "es": "Tamaño de papel desconocido {page_size}: use Letter o A4.",
        },
        "pdf.cannot_save": {
            "en": "Could not save the PDF as {value}: {reason}.",
            "es": "No se pudo guardar el PDF como {value}: {reason}.",
        },
    }
)
