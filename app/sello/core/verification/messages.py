"""Sentences about what a desk gives the verifier (text, files, photos, PDFs), in es-MX and en."""

from __future__ import annotations

from sello.core.i18n import register

register(
    {
        # -- the pipeline's input (verification.pipeline) ---------------------------------------
        "input.json_unreadable": {
            "en": "The input looks like JSON but cannot be read: {reason}",
            "es": "La entrada parece JSON pero no se puede leer: {reason}",
        },
        "input.json_not_object": {"en": "The JSON input is not an object.", "es": "La entrada JSON no es un objeto."},
        "input.vc_jwt_not_text": {
            "en": "The JSON's vc_jwt member is not a text.",
            "es": "El miembro vc_jwt del JSON no es un texto.",
        },
        "input.unsigned": {
            "en": "This is an unsigned credential: it carries neither a proof nor a vc+jwt, so there is nothing to verify.",
            "es": "Esta es una credencial sin firmar: no lleva ni prueba ni vc+jwt, así que no hay nada que verificar.",
        },
        "input.json_not_credential": {
            "en": "The JSON is neither a signed credential nor an object with a vc_jwt member.",
            "es": "El JSON no es una credencial firmada ni un objeto con un miembro vc_jwt.",
        },
        "input.jwe": {
            "en": "This is an encrypted JWE, not a signed credential.",
            "es": "Esto es un JWE cifrado, no una credencial firmada.",
        },
        "input.not_credential": {
            "en": "The input is not a credential: expected a vc+jwt, a TD1 QR text or a JSON credential.",
            "es": "La entrada no es una credencial: se esperaba un vc+jwt, un texto QR TD1 o una credencial JSON.",
        },
        "input.bytes_too_large": {
            "en": "The input is {size} bytes; a credential is at most {limit}.",
            "es": "La entrada mide {size} bytes; una credencial mide {limit} como máximo.",
        },
        "input.chars_too_large": {
            "en": "The input is {size} characters; a credential is at most {limit}.",
            "es": "La entrada mide {size} caracteres; una credencial mide {limit} como máximo.",
        },
        "input.not_utf8": {"en": "The input is not UTF-8 text.", "es": "La entrada no es texto UTF-8."},
        "input.wrong_type": {
            "en": "Cannot verify a {kind}; give text or bytes.",
            "es": "No se puede verificar un {kind}; dé texto o bytes.",
        },
        "input.empty": {"en": "The input is empty.", "es": "La entrada está vacía."},
        # -- files, photos and PDFs (verification.inputs) -----------------------------------------
        "input.file_too_large": {
            "en": "{name} is too large to be a credential ({size} bytes).",
            "es": "{name} es demasiado grande para ser una credencial ({size} bytes).",
        },
        "input.too_large": {
            "en": "The input is too large to be a credential ({size} bytes).",
            "es": "La entrada es demasiado grande para ser una credencial ({size} bytes).",
        },
        "input.file_not_text": {
            "en": "{name} is neither text, an image nor a PDF.",
            "es": "{name} no es texto, ni imagen, ni PDF.",
        },
        "input.not_text": {
            "en": "The input is neither text, an image nor a PDF.",
            "es": "La entrada no es texto, ni imagen, ni PDF.",
        },
        "input.file_empty": {"en": "{name} is empty.", "es": "{name} está vacío."},
        "input.image_no_qr": {
            "en": "No QR code could be read in the image {name}.",
            "es": "No se pudo leer ningún código QR en la imagen {name}.",
        },
        "input.no_qr": {
            "en": "No QR code could be read in the image.",
            "es": "No se pudo leer ningún código QR en la imagen.",
        },
        "input.file_pdf_nothing": {
            "en": "{name} has neither a readable QR code nor an embedded credential.",
            "es": "{name} no tiene ni un código QR legible ni una credencial incrustada.",
        },
        "input.pdf_nothing": {
            "en": "The PDF has neither a readable QR code nor an embedded credential.",
            "es": "El PDF no tiene ni un código QR legible ni una credencial incrustada.",
        },
        "input.pdf_unopenable": {
            "en": "The PDF cannot be opened: {reason}.",
            "es": "El PDF no se puede abrir: {reason}.",
        },
        "input.parts_missing": {
            "en": "Only {have} of {total} parts of the QR code could be read.",
            "es": "Solo se pudieron leer {have} de las {total} partes del código QR.",
        },
        "input.pdf_mismatch": {
            "en": "The credential embedded in the PDF differs from the one in its printed QR code: the file was altered.",
            "es": "La credencial incrustada en el PDF no coincide con la de su código QR impreso: el archivo fue alterado.",
        },
        "input.file_not_found": {"en": "File not found: {path}", "es": "No se encontró el archivo: {path}"},
        "input.file_unreadable": {
            "en": "{path} cannot be read: {reason}.",
            "es": "{path} no se puede leer: {reason}.",
        },
        # -- photos and PDFs (verification.scan) --------------------------------------------------
        "scan.no_file": {
            "en": "The file {name} does not exist.",
            "es": "El archivo {name} no existe.",
        },
        "scan.bad_pdf": {
            "en": "{name} is not a PDF that Sello can read ({value}).",
            "es": "{name} no es un PDF que Sello pueda leer ({value}).",
        },
        "scan.too_many_pages": {
            "en": "{name} has {count} pages; Sello reads at most {max_pdf_pages}.",
            "es": "{name} tiene {count} páginas; Sello lee {max_pdf_pages} como máximo.",
        },
        "scan.is_folder": {
            "en": "{name} is a folder, not an image or a PDF.",
            "es": "{name} es una carpeta, no una imagen ni un PDF.",
        },
        "scan.unreadable": {
            "en": "The file {name} could not be read ({value}).",
            "es": "El archivo {name} no se pudo leer ({value}).",
        },
        "scan.not_image": {
            "en": "{name} is not an image or a PDF that Sello can read (use PNG, JPEG, TIFF, BMP, WebP or PDF).",
            "es": "{name} no es una imagen ni un PDF que Sello pueda leer (use PNG, JPEG, TIFF, BMP, WebP o PDF).",
        },
        "scan.too_large": {
            "en": "{name} is too large to be a photo or scan of a document.",
            "es": "{name} es demasiado grande para ser una foto o un escaneo de un documento.",
        },
        "scan.damaged_image": {
            "en": "{name} is damaged and cannot be read as an image ({exc}).",
            "es": "{name} está dañado y no se puede leer como imagen ({exc}).",
        },
        "scan.not_scannable": {
            "en": "This is not an image Sello can scan.",
            "es": "Esta no es una imagen que Sello pueda escanear.",
        },
        "scan.password": {
            "en": "{name} is password-protected; Sello cannot read its pages.",
            "es": "{name} está protegido con contraseña; Sello no puede leer sus páginas.",
        },
        "scan.damaged_page": {
            "en": "{name}: page {value} is damaged and cannot be read.",
            "es": "{name}: la página {value} está dañada y no se puede leer.",
        },
    }
)
