"""The QR codec's sentences in Spanish (Mexico) and English (see `sello.core.i18n`).

`Td1Error.reason` stays the stable code tests and logs rely on; these codes name the
sentence shown to the person (several sentences can share one reason).
"""

from __future__ import annotations

from sello.core.i18n import register

register(
    {
        # -- base45 -------------------------------------------------------------------
        "base45.lowercase": {
            "en": "The code text has a lower-case letter {char} at position {position}; base45 uses capitals only (Caps Lock on the scanner?). Upper-casing the text repairs this.",
            "es": "El texto del código tiene una minúscula {char} en la posición {position}; base45 usa solo mayúsculas (¿Bloq Mayús en el lector?). Pasar el texto a mayúsculas lo repara.",
        },
        "base45.character": {
            "en": "The code text has {char} at position {position}, which is not a base45 character.",
            "es": "El texto del código tiene {char} en la posición {position}, que no es un carácter base45.",
        },
        "base45.length": {
            "en": "The code text is {length} characters long, which is not a possible base45 length (one character too many or too few: the text is cut or damaged).",
            "es": "El texto del código mide {length} caracteres, una longitud imposible en base45 (sobra o falta un carácter: el texto está cortado o dañado).",
        },
        "base45.overflow": {
            "en": "The base45 group {group} at position {position} stands for {value}, more than 65535: the text is damaged.",
            "es": "El grupo base45 {group} en la posición {position} vale {value}, más de 65535: el texto está dañado.",
        },
        "base45.overflow_pair": {
            "en": "The final base45 pair {group} at position {position} stands for {value}, more than 255: the text is damaged.",
            "es": "El par base45 final {group} en la posición {position} vale {value}, más de 255: el texto está dañado.",
        },
        # -- making a TD1 code -------------------------------------------------------------
        "td1.not_ascii_jws": {
            "en": "Only a compact JWS (ASCII text) can be put in a TD1 code.",
            "es": "Solo un JWS compacto (texto ASCII) puede ir en un código TD1.",
        },
        "td1.not_three_parts": {
            "en": "A compact JWS has 3 parts separated by dots; this text has {count}.",
            "es": "Un JWS compacto tiene 3 partes separadas por puntos; este texto tiene {count}.",
        },
        "td1.not_canonical": {
            "en": "The JWS {part} is not unpadded base64url text, so it could not be rebuilt exactly.",
            "es": "La parte «{part}» del JWS no es texto base64url sin relleno, así que no podría reconstruirse exactamente.",
        },
        "td1.unused_bits": {
            "en": "The JWS {part} has non-zero unused bits in its last base64url character, so it could not be rebuilt exactly.",
            "es": "La parte «{part}» del JWS tiene bits sobrantes distintos de cero en su último carácter base64url, así que no podría reconstruirse exactamente.",
        },
        "td1.signature_too_large": {
            "en": "The signature is {size} bytes; TD1 carries at most {limit}.",
            "es": "La firma mide {size} bytes; TD1 lleva {limit} como máximo.",
        },
        "td1.credential_too_large": {
            "en": "This credential is {size} KiB; a TD1 code carries at most {limit} KiB, so it cannot be printed as a QR code.",
            "es": "Esta credencial mide {size} KiB; un código TD1 lleva {limit} KiB como máximo, así que no se puede imprimir como código QR.",
        },
        "td1.split_needs_whole": {
            "en": "Only a whole TD1 text (starting with 'TD1:') can be split into parts.",
            "es": "Solo un texto TD1 completo (que empieza con 'TD1:') se puede dividir en partes.",
        },
        "td1.too_many_parts": {
            "en": "This credential would need more than {limit} QR codes; it is too large to print.",
            "es": "Esta credencial necesitaría más de {limit} códigos QR; es demasiado grande para imprimirla.",
        },
        # -- reading a TD1 code ------------------------------------------------------------
        "td1.not_text": {"en": "The code content is not text.", "es": "El contenido del código no es texto."},
        "td1.text_too_long": {
            "en": "The code text is {length} characters long, more than a TD1 code can be.",
            "es": "El texto del código mide {length} caracteres, más de lo que puede medir un código TD1.",
        },
        "td1.damaged_text": {
            "en": "The TD1 code text is damaged: {reason}",
            "es": "El texto del código TD1 está dañado: {reason}",
        },
        "td1.version": {
            "en": "This TD1 code uses format version {version}; this Sello reads version {supported}.",
            "es": "Este código TD1 usa la versión de formato {version}; este Sello lee la versión {supported}.",
        },
        "td1.version_newer": {
            "en": "This TD1 code uses format version {version}; this Sello reads version {supported}. It was made by a newer Sello; update Sello to read it.",
            "es": "Este código TD1 usa la versión de formato {version}; este Sello lee la versión {supported}. Lo hizo un Sello más nuevo; actualice Sello para leerlo.",
        },
        "td1.mode": {
            "en": "This TD1 code uses compression mode {mode}, which this Sello does not know; it was probably made by a newer Sello: update Sello to read it.",
            "es": "Este código TD1 usa el modo de compresión {mode}, que este Sello no conoce; probablemente lo hizo un Sello más nuevo: actualice Sello para leerlo.",
        },
        "td1.announced_signature": {
            "en": "The TD1 code announces a {size}-byte signature; at most {limit} are allowed.",
            "es": "El código TD1 anuncia una firma de {size} bytes; se permiten {limit} como máximo.",
        },
        "td1.schema_unknown": {
            "en": "This TD1 code uses document-type table {code}, which this Sello does not know; update Sello to read it.",
            "es": "Este código TD1 usa la tabla de tipo de documento {code}, que este Sello no conoce; actualice Sello para leerlo.",
        },
        "td1.template_unknown": {
            "en": "This TD1 code uses document type {code}, which this Sello does not know; update Sello to read it.",
            "es": "Este código TD1 usa el tipo de documento {code}, que este Sello no conoce; actualice Sello para leerlo.",
        },
        "td1.template_changed": {
            "en": "This TD1 code was made with another definition of the {title} (template {found}; this Sello has {known}), so this Sello cannot rebuild it.",
            "es": "Este código TD1 se hizo con otra definición de {title} (plantilla {found}; este Sello tiene {known}), así que este Sello no puede reconstruirlo.",
        },
        "td1.unknown_term": {
            "en": "The TD1 code refers to term {code}, which its table does not have.",
            "es": "El código TD1 menciona el término {code}, que su tabla no tiene.",
        },
        "td1.truncated": {
            "en": "The TD1 code text ends too early: it is cut off or incomplete.",
            "es": "El texto del código TD1 termina antes de tiempo: está cortado o incompleto.",
        },
        "td1.compressed_truncated": {
            "en": "The TD1 code's compressed data ends too early: the text is cut off.",
            "es": "Los datos comprimidos del código TD1 terminan antes de tiempo: el texto está cortado.",
        },
        "td1.number_not_minimal": {
            "en": "The TD1 code has a number written in a non-standard way.",
            "es": "El código TD1 tiene un número escrito de forma no estándar.",
        },
        "td1.number_too_long": {
            "en": "The TD1 code has a number field that is too long.",
            "es": "El código TD1 tiene un campo numérico demasiado largo.",
        },
        "td1.compressed_damaged": {
            "en": "The TD1 code's compressed data is damaged.",
            "es": "Los datos comprimidos del código TD1 están dañados.",
        },
        "td1.inflates_too_large": {
            "en": "The TD1 code decompresses to more than {limit} KiB; it is refused.",
            "es": "El código TD1 se descomprime en más de {limit} KiB; se rechaza.",
        },
        "td1.trailing_bytes": {
            "en": "The TD1 code has {count} unexpected bytes after its data.",
            "es": "El código TD1 tiene {count} bytes inesperados después de sus datos.",
        },
        "td1.trailing_credential": {
            "en": "The TD1 code has unexpected bytes after its credential data.",
            "es": "El código TD1 tiene bytes inesperados después de los datos de la credencial.",
        },
        "td1.trailing_document": {
            "en": "The TD1 code has unexpected bytes after its document data.",
            "es": "El código TD1 tiene bytes inesperados después de los datos del documento.",
        },
        "td1.damaged_number": {
            "en": "The TD1 code's credential has a damaged number.",
            "es": "La credencial del código TD1 tiene un número dañado.",
        },
        "td1.credential_damaged": {
            "en": "The TD1 code's credential data is damaged.",
            "es": "Los datos de la credencial del código TD1 están dañados.",
        },
        "td1.too_many_items": {
            "en": "The TD1 code's credential has more than {limit} items.",
            "es": "La credencial del código TD1 tiene más de {limit} elementos.",
        },
        "td1.too_deep": {
            "en": "The TD1 code's credential is nested more than {limit} levels deep.",
            "es": "La credencial del código TD1 tiene más de {limit} niveles de anidamiento.",
        },
        "td1.cannot_rebuild": {
            "en": "The TD1 code's credential data cannot be rebuilt.",
            "es": "Los datos de la credencial del código TD1 no se pueden reconstruir.",
        },
        "td1.damaged_name": {
            "en": "The TD1 code's credential has a damaged or repeated field name.",
            "es": "La credencial del código TD1 tiene un nombre de campo dañado o repetido.",
        },
        "td1.not_json_value": {
            "en": "The TD1 code's credential has a value of a kind JSON does not have.",
            "es": "La credencial del código TD1 tiene un valor de un tipo que JSON no tiene.",
        },
        "td1.damaged_value": {
            "en": "The TD1 code's credential has a damaged value.",
            "es": "La credencial del código TD1 tiene un valor dañado.",
        },
        "td1.is_part": {
            "en": "This code is one part of a multi-part TD1 code; scan all its parts.",
            "es": "Este código es una parte de un código TD1 de varias partes; escanee todas sus partes.",
        },
        "td1.lowercase_prefix": {
            "en": "The code text starts with {start} in lower case; upper-casing it repairs this (Caps Lock?).",
            "es": "El texto del código empieza con {start} en minúsculas; pasarlo a mayúsculas lo repara (¿Bloq Mayús?).",
        },
        "td1.not_td1": {
            "en": "This is not a Sello (TD1) code: its text starts with {start} instead of 'TD1:'.",
            "es": "Este no es un código de Sello (TD1): su texto empieza con {start} en lugar de 'TD1:'.",
        },
        "td1.empty": {
            "en": "This is not a Sello (TD1) code: its text is empty instead of starting with 'TD1:'.",
            "es": "Este no es un código de Sello (TD1): su texto está vacío en lugar de empezar con 'TD1:'.",
        },
        "td1.too_many_rows": {
            "en": "The TD1 code's document has more than {limit} rows.",
            "es": "El documento del código TD1 tiene más de {limit} filas.",
        },
        "td1.values_do_not_fit": {
            "en": "The TD1 code's {title} values do not fit its form, so it cannot be rebuilt.",
            "es": "Los valores de {title} del código TD1 no corresponden a su formulario, así que no se puede reconstruir.",
        },
        "td1.document_damaged": {
            "en": "The TD1 code's document data is damaged: {detail}.",
            "es": "Los datos del documento del código TD1 están dañados: {detail}.",
        },
        "td1.detail.not_utf8": {"en": "a text is not UTF-8", "es": "un texto no es UTF-8"},
        "td1.detail.json_member": {"en": "a JSON member is damaged", "es": "un miembro JSON está dañado"},
        "td1.detail.member_forms": {"en": "unknown member forms", "es": "formas de miembro desconocidas"},
        "td1.detail.literal_header": {
            "en": "a literal header with a compact key id",
            "es": "un encabezado literal con un identificador de clave compacto",
        },
        "td1.detail.header_form": {"en": "an unknown header form", "es": "una forma de encabezado desconocida"},
        "td1.detail.id_form": {"en": "an unknown id form", "es": "una forma de identificador desconocida"},
        "td1.detail.implied_issuer": {
            "en": "an issuer implied by a header without key id",
            "es": "un emisor deducido de un encabezado sin identificador de clave",
        },
        "td1.detail.time_form": {"en": "an unknown time form", "es": "una forma de fecha y hora desconocida"},
        "td1.detail.implied_status": {
            "en": "a status list implied for an issuer without a website",
            "es": "una lista de estado deducida para un emisor sin sitio web",
        },
        "td1.detail.extra_members": {"en": "damaged extra members", "es": "miembros adicionales dañados"},
        "td1.detail.optional_fields": {"en": "unknown optional fields", "es": "campos opcionales desconocidos"},
        "td1.detail.number": {"en": "a damaged number", "es": "un número dañado"},
        "td1.detail.date_range": {"en": "a date is out of range", "es": "una fecha está fuera de rango"},
        "td1.detail.choice": {"en": "an unknown choice", "es": "una opción desconocida"},
        # -- multi-part codes --------------------------------------------------------------
        "td1.not_a_part": {
            "en": "This code is not a part of a multi-part TD1 code.",
            "es": "Este código no es parte de un código TD1 de varias partes.",
        },
        "td1.part_other_document": {
            "en": "This code is part {index} of {count} of another document (ID {doc_id}); the parts scanned so far belong to document {current}. Finish that document first or start over.",
            "es": "Este código es la parte {index} de {count} de otro documento (ID {doc_id}); las partes escaneadas hasta ahora son del documento {current}. Termine ese documento primero o empiece de nuevo.",
        },
        "td1.part_differs": {
            "en": "Part {index} of document {doc_id} was scanned before with different content; one of the two scans is damaged.",
            "es": "La parte {index} del documento {doc_id} ya se escaneó con otro contenido; uno de los dos escaneos está dañado.",
        },
        "td1.parts_missing": {
            "en": "Parts still to scan: {missing} (of {count}).",
            "es": "Partes por escanear: {missing} (de {count}).",
        },
        "td1.parts_missing_all": {
            "en": "Parts still to scan: all (of {count}).",
            "es": "Partes por escanear: todas (de {count}).",
        },
        "td1.parts_damaged": {
            "en": "The reassembled multi-part code fails its check: a part is damaged.",
            "es": "El código de varias partes reunido no pasa su verificación: una parte está dañada.",
        },
        # -- QR symbols ----------------------------------------------------------------------
        "qr.not_alphanumeric": {
            "en": "The QR text has characters QR alphanumeric mode cannot store: {chars}.",
            "es": "El texto del QR tiene caracteres que el modo alfanumérico de QR no puede guardar: {chars}.",
        },
        "qr.no_text": {"en": "There is no text to put in a QR code.", "es": "No hay texto que poner en un código QR."},
    }
)
