"""Sentences about fetching from websites and resolving did:web, in es-MX and en.

(The status and trust-list verdict messages are registered beside their checkers,
in `sello.core.trust.checkers`.)
"""

from __future__ import annotations

from sello.core.i18n import register

DID_DOCUMENT = {"en": "The DID document", "es": "El documento DID"}

register(
    {
        # -- HTTPS fetching (webresolve.HttpsFetcher) -------------------------------------------
        "web.http_status": {
            "en": "{url} answered HTTP {status}.",
            "es": "{url} respondió HTTP {status}.",
        },
        "web.http_not_found": {
            "en": "{url} answered HTTP 404 (not found: is the file uploaded?).",
            "es": "{url} respondió HTTP 404 (no encontrado: ¿se subió el archivo?).",
        },
        "web.too_many_redirects": {
            "en": "{url} redirected more than {limit} times; giving up.",
            "es": "{url} redirigió más de {limit} veces; se abandona.",
        },
        "web.https_only": {
            "en": "Only https:// addresses are fetched, not {url}.",
            "es": "Solo se consultan direcciones https://, no {url}.",
        },
        "web.certificate": {
            "en": "The certificate of {host} could not be verified ({reason}); refusing to trust this website.",
            "es": "No se pudo verificar el certificado de {host} ({reason}); no se confía en este sitio web.",
        },
        "web.timeout": {"en": "{host} did not answer in time.", "es": "{host} no respondió a tiempo."},
        "web.unreachable": {
            "en": "Could not download {url}: {reason}.",
            "es": "No se pudo descargar {url}: {reason}.",
        },
        "web.reason.tls": {"en": "TLS failure ({detail})", "es": "falla de TLS ({detail})"},
        "web.reason.dns": {"en": "the name does not resolve", "es": "el nombre no se puede resolver"},
        "web.reason.refused": {"en": "connection refused", "es": "conexión rechazada"},
        "web.reason.reset": {"en": "the connection was reset", "es": "se cortó la conexión"},
        "web.reason.no_route": {
            "en": "the network or the website's server cannot be reached",
            "es": "no se puede llegar a la red o al servidor del sitio web",
        },
        "web.reason.other": {"en": "{detail}", "es": "error de red ({detail})"},
        "web.declared_too_large": {
            "en": "{url} is {size} bytes, more than the {limit} bytes allowed for this kind of file; refusing it.",
            "es": "{url} mide {size} bytes, más de los {limit} bytes permitidos para este tipo de archivo; se rechaza.",
        },
        "web.too_large": {
            "en": "{url} is larger than the {limit} bytes allowed for this kind of file; refusing it.",
            "es": "{url} mide más de los {limit} bytes permitidos para este tipo de archivo; se rechaza.",
        },
        "web.redirect_nowhere": {
            "en": "{url} redirects without saying where to.",
            "es": "{url} redirige sin decir a dónde.",
        },
        "web.redirect_not_https": {
            "en": "{url} redirects to a non-HTTPS address ({target}); refusing it.",
            "es": "{url} redirige a una dirección que no es HTTPS ({target}); se rechaza.",
        },
        "web.redirect_other_host": {
            "en": "{url} redirects to another host ({target}); the file must be served from {host} itself, so the redirect is refused.",
            "es": "{url} redirige a otro servidor ({target}); el archivo debe servirse desde {host} mismo, así que se rechaza la redirección.",
        },
        "web.deadline": {
            "en": "{url} took longer than {seconds} s to download; giving up.",
            "es": "{url} tardó más de {seconds} s en descargarse; se abandona.",
        },
        "web.not_json": {
            "en": "{what} at {url} is not JSON ({label}).",
            "es": "{what} en {url} no es JSON ({label}).",
        },
        "web.no_content_type": {"en": "no content type", "es": "sin tipo de contenido"},
        # -- trust lists, trust bundles, status lists (trust.lists, .bundle, .statuslist, .checkers) --
        "trustlist.did_uncheckable": {
            "en": "{did} is not a DID Sello can check (did:web, did:key or did:jwk).",
            "es": "{did} no es un DID que Sello pueda comprobar (did:web, did:key o did:jwk).",
        },
        "trustlist.name_required": {
            "en": "The legal name of {did} is required.",
            "es": "La razón social de {did} es obligatoria.",
        },
        "trustlist.bad_country": {
            "en": "{country} is not an ISO 3166-1 alpha-2 country code (like MX or US).",
            "es": "{country} no es un código de país ISO 3166-1 alfa-2 (como MX o US).",
        },
        "trustlist.bad_roles": {
            "en": "Roles must be among {value} (got {value2}).",
            "es": "Los roles deben estar entre {value} (se recibió {value2}).",
        },
        "trustlist.validity_reversed": {
            "en": "The validity of {did} ends before it starts.",
            "es": "La vigencia de {did} termina antes de empezar.",
        },
        "trustlist.needs_name": {
            "en": "A trust list needs a name (like “Acero mexicano confiable 2026”).",
            "es": "Una lista de confianza necesita un nombre (como «Acero mexicano confiable 2026»).",
        },
        "trustlist.not_listed": {
            "en": "{did} is not on the trust list “{name}”.",
            "es": "{did} no está en la lista de confianza «{name}».",
        },
        "trustlist.no_issuers": {
            "en": "The trust list has no issuers yet.",
            "es": "La lista de confianza todavía no tiene emisores.",
        },
        "trustlist.no_such_operated": {
            "en": "This company operates no trust list {text}.",
            "es": "Esta empresa no opera ninguna lista de confianza {text}.",
        },
        "trustlist.ambiguous": {
            "en": "{text} matches {count} trust lists; give more characters of the id.",
            "es": "{text} coincide con {count} listas de confianza; dé más caracteres del identificador.",
        },
        "trustlist.name_operator": {
            "en": "Name the operator you trust (like “Cámara Nacional del Hierro y del Acero”).",
            "es": "Indique el operador en quien confía (como «Cámara Nacional del Hierro y del Acero»).",
        },
        "trustlist.operator_no_key": {
            "en": "The DID document of {did} has no key for signing lists (assertionMethod).",
            "es": "El documento DID de {did} no tiene llave para firmar listas (assertionMethod).",
        },
        "trustlist.not_signed_list": {
            "en": "The file is not a signed trust list.",
            "es": "El archivo no es una lista de confianza firmada.",
        },
        "trustlist.untrusted_operator": {
            "en": "The trust list is signed by {claimed}, which is not an operator you trust; add the operator first if you know who it is.",
            "es": "La lista de confianza está firmada por {claimed}, que no es un operador de su confianza; agregue primero al operador si sabe quién es.",
        },
        "trustlist.wrong_type": {
            "en": "The signed file is not a trust list (wrong credential type).",
            "es": "El archivo firmado no es una lista de confianza (tipo de credencial incorrecto).",
        },
        "trustlist.no_id": {
            "en": "The trust list has no id.",
            "es": "La lista de confianza no tiene identificador.",
        },
        "trustlist.no_valid_until": {
            "en": "The trust list has no end of validity (validUntil); lists must expire.",
            "es": "La lista de confianza no tiene fin de vigencia (validUntil); las listas deben vencer.",
        },
        "trustlist.not_imported": {
            "en": "There is no imported trust list {list_id}.",
            "es": "No hay ninguna lista de confianza importada {list_id}.",
        },
        "trustlist.entry_no_did": {
            "en": "A trust-list entry lacks the issuer's DID.",
            "es": "A una entrada de la lista de confianza le falta el DID del emisor.",
        },
        "trustlist.not_object": {
            "en": "A trust list must be a JSON object.",
            "es": "Una lista de confianza debe ser un objeto JSON.",
        },
        "trustlist.issuers_not_list": {
            "en": "The trust list's issuers must be a list.",
            "es": "Los emisores de la lista de confianza deben ser una lista.",
        },
        "trustlist.bad_version": {
            "en": "The trust list's version must be a whole number from 1.",
            "es": "La versión de la lista de confianza debe ser un número entero desde 1.",
        },
        "trustlist.bad_did": {
            "en": "{did} is not a valid DID: {message}",
            "es": "{did} no es un DID válido: {message}",
        },
        "trustlist.bad_date": {
            "en": "The {label} of {did} ({value}) is not a date and time with a time zone.",
            "es": "La fecha {label} de {did} ({value}) no es una fecha y hora con zona horaria.",
        },
        "trustlist.operator_unobtainable": {
            "en": "The operator's DID document could not be obtained: {message}",
            "es": "No se pudo obtener el documento DID del operador: {message}",
        },
        "trustlist.not_operator": {
            "en": "{did} is not a trusted list operator.",
            "es": "{did} no es un operador de listas de confianza.",
        },
        "trustlist.not_vc_jwt": {
            "en": "The file is not a signed trust list (not a readable vc+jwt).",
            "es": "El archivo no es una lista de confianza firmada (no es un vc+jwt legible).",
        },
        "trustlist.id_clash": {
            "en": "A list with this id was imported from {operator_name}; refusing a list with the same id from {operator_name2}.",
            "es": "Una lista con este identificador se importó de {operator_name}; se rechaza una lista con el mismo identificador de {operator_name2}.",
        },
        "trustlist.older": {
            "en": "The imported copy of “{name}” (version {version}, {valid_from}) is newer than this one; keeping it.",
            "es": "La copia importada de «{name}» (versión {version}, {valid_from}) es más nueva que esta; se conserva.",
        },
        "bundle.nothing": {
            "en": "There is nothing to put in a trust bundle yet (no trust lists, DID documents or status lists).",
            "es": "Todavía no hay nada que poner en un paquete de confianza (ni listas de confianza, ni documentos DID, ni listas de estado).",
        },
        "bundle.no_key": {
            "en": "The company has no current signing key to sign the trust bundle with.",
            "es": "La empresa no tiene una llave de firma vigente para firmar el paquete de confianza.",
        },
        "bundle.too_large": {
            "en": "The file is larger than {value} MiB; it is not a trust bundle.",
            "es": "El archivo pesa más de {value} MiB; no es un paquete de confianza.",
        },
        "bundle.not_bundle": {
            "en": "The file is not a Sello trust bundle.",
            "es": "El archivo no es un paquete de confianza de Sello.",
        },
        "bundle.version": {
            "en": "This trust bundle has format version {value}; this Sello reads version {version}.",
            "es": "Este paquete de confianza tiene la versión de formato {value}; este Sello lee la versión {version}.",
        },
        "bundle.untrusted_operator": {
            "en": "The trust bundle is signed by {claimed}, which is not an operator you trust; add the operator first if you know who it is.",
            "es": "El paquete de confianza está firmado por {claimed}, que no es un operador de su confianza; agregue primero al operador si sabe quién es.",
        },
        "bundle.bad_manifest": {
            "en": "The trust bundle's manifest is not a TrustBundle credential.",
            "es": "El manifiesto del paquete de confianza no es una credencial TrustBundle.",
        },
        "bundle.no_members": {
            "en": "The trust bundle has no members list.",
            "es": "El paquete de confianza no tiene lista de miembros.",
        },
        "bundle.count_mismatch": {
            "en": "The trust bundle holds {count} members but its signed manifest lists {count2}; it was altered after signing.",
            "es": "El paquete de confianza tiene {count} miembros pero su manifiesto firmado enumera {count2}; se alteró después de firmarse.",
        },
        "bundle.not_json": {
            "en": "The file is not a trust bundle (not JSON).",
            "es": "El archivo no es un paquete de confianza (no es JSON).",
        },
        "bundle.manifest_unreadable": {
            "en": "The trust bundle's manifest is not a readable signed vc+jwt.",
            "es": "El manifiesto del paquete de confianza no es un vc+jwt firmado legible.",
        },
        "bundle.unknown_kind": {
            "en": "Member {number} of the trust bundle is of an unknown kind {kind}.",
            "es": "El miembro {number} del paquete de confianza es de un tipo desconocido {kind}.",
        },
        "bundle.member_altered": {
            "en": "The {value} in the trust bundle was altered after the bundle was signed; the whole bundle is refused.",
            "es": "El miembro «{value}» del paquete de confianza se alteró después de firmarse el paquete; se rechaza el paquete completo.",
        },
        "bundle.unreadable": {
            "en": "The trust bundle {name} cannot be read: {value}.",
            "es": "El paquete de confianza {name} no se puede leer: {value}.",
        },
        "bundle.member_malformed": {
            "en": "Member {number} of the trust bundle is malformed.",
            "es": "El miembro {number} del paquete de confianza está mal formado.",
        },
        "statuslist.no_key": {
            "en": "The company has no active key for {did} to sign its status list with.",
            "es": "La empresa no tiene una llave activa de {did} para firmar su lista de estado.",
        },
        "statuslist.not_multibase": {
            "en": "The status list's encodedList is not multibase base64url (it must start with 'u').",
            "es": "El encodedList de la lista de estado no es multibase base64url (debe empezar con 'u').",
        },
        "statuslist.too_large": {
            "en": "The status list expands to more than {max_bytes} bytes; refusing it.",
            "es": "La lista de estado se expande a más de {max_bytes} bytes; se rechaza.",
        },
        "statuslist.gzip_truncated": {
            "en": "The status list's GZIP data is truncated or followed by other data.",
            "es": "Los datos GZIP de la lista de estado están truncados o seguidos de otros datos.",
        },
        "statuslist.index_outside": {
            "en": "Status index {index} is outside the list ({value} entries).",
            "es": "El índice de estado {index} está fuera de la lista ({value} entradas).",
        },
        "statuslist.not_here": {
            "en": "There is no status list {list_id} on this computer.",
            "es": "No hay ninguna lista de estado {list_id} en esta computadora.",
        },
        "statuslist.say_why": {
            "en": "Say why the document is revoked (it is kept in the record).",
            "es": "Diga por qué se revoca el documento (queda en el registro).",
        },
        "statuslist.bad_base64": {
            "en": "The status list's encodedList is not valid base64url.",
            "es": "El encodedList de la lista de estado no es base64url válido.",
        },
        "statuslist.not_gzip": {
            "en": "The status list's encodedList is not GZIP-compressed data.",
            "es": "El encodedList de la lista de estado no son datos comprimidos con GZIP.",
        },
        "statuslist.already_revoked": {
            "en": "Document {document_id} was already revoked on {revoked_at}.",
            "es": "El documento {document_id} ya se revocó el {revoked_at}.",
        },
        "statuslist.no_entry": {
            "en": "Document {document_id} was issued without a revocation entry, so it cannot be revoked.",
            "es": "El documento {document_id} se emitió sin registro de revocación, así que no se puede revocar.",
        },
        "statuslist.list_missing": {
            "en": "The status list {list_id} of document {document_id} is not on this computer.",
            "es": "La lista de estado {list_id} del documento {document_id} no está en esta computadora.",
        },
        "statuslist.no_suspension_list": {
            "en": "There is no suspension list {list_id} on this computer.",
            "es": "No hay ninguna lista de suspensión {list_id} en esta computadora.",
        },
        "statuslist.wrong_signer": {
            "en": "The status list is signed by {issuer}, not by the document's issuer {did}.",
            "es": "La lista de estado está firmada por {issuer}, no por el emisor del documento {did}.",
        },
        "statuslist.wrong_id": {
            "en": "The status list says it is {id}, not {url}.",
            "es": "La lista de estado dice ser {id}, no {url}.",
        },
        "statuslist.not_bitstring": {
            "en": "The file at the status list address is not a Bitstring Status List credential.",
            "es": "El archivo en la dirección de la lista de estado no es una credencial Bitstring Status List.",
        },
        "statuslist.wrong_purpose": {
            "en": "The status list is for “{value}”, not “{purpose}”.",
            "es": "La lista de estado es para «{value}», no para «{purpose}».",
        },
        "statuslist.too_short": {
            "en": "The status list has only {value} entries; at least {min_list_bits} are required, so it is refused.",
            "es": "La lista de estado solo tiene {value} entradas; se requieren al menos {min_list_bits}, así que se rechaza.",
        },
        "statuslist.no_copy": {
            "en": "no copy of the status list {url} is available ({problem}).",
            "es": "no hay ninguna copia disponible de la lista de estado {url} ({problem}).",
        },
        "statuslist.not_vc_jwt": {
            "en": "The status list at {url} is not a vc+jwt.",
            "es": "La lista de estado en {url} no es un vc+jwt.",
        },
        "publish.no_did_web": {
            "en": "This company has no did:web identifier to publish: set its website domain and create a did:web key first.",
            "es": "Esta empresa no tiene un identificador did:web que publicar: indique el dominio de su sitio web y cree primero una llave did:web.",
        },
        "publish.nothing_to_check": {
            "en": "This company has no did:web identifier, so there is nothing on a website to check.",
            "es": "Esta empresa no tiene un identificador did:web, así que no hay nada que comprobar en un sitio web.",
        },
        "statuslist.not_list_type": {
            "en": "The file at the status list address is not a {list_type}.",
            "es": "El archivo en la dirección de la lista de estado no es una {list_type}.",
        },
        "trustlist.roles_not_list": {
            "en": "A trust-list entry's roles are not a list.",
            "es": "Los roles de una entrada de la lista de confianza no son una lista.",
        },
        "statuslist.offline": {"en": "this computer is working offline", "es": "esta computadora trabaja sin conexión"},
        "statuslist.bundle_only": {
            "en": "the list is not published on a website (only a trust bundle carries it)",
            "es": "la lista no está publicada en un sitio web (solo la lleva un paquete de confianza)",
        },
        # -- bundle subscriptions, operator pinning, limits ----------------------------------------
        "bundle.https_only": {
            "en": "A trust bundle is fetched over HTTPS only; {url} is not an https:// address.",
            "es": "Un paquete de confianza se descarga solo por HTTPS; {url} no es una dirección https://.",
        },
        "bundle.not_followed": {
            "en": "This computer does not follow {url}.",
            "es": "Esta computadora no sigue {url}.",
        },
        "pin.too_large": {
            "en": "{name} is too large to be a DID document.",
            "es": "{name} es demasiado grande para ser un documento DID.",
        },
        "pin.no_id": {
            "en": "{name} is not a DID document (no id).",
            "es": "{name} no es un documento DID (no tiene id).",
        },
        "pin.mismatch": {
            "en": "The fingerprint you typed does not match this file ({expected}); the file is not the operator's, or it was changed on the way. Nothing was trusted.",
            "es": "La huella que escribió no coincide con este archivo ({expected}); el archivo no es del operador, o se cambió en el camino. No se confió en nada.",
        },
        "pin.unreadable": {
            "en": "{name} cannot be read: {value}.",
            "es": "{name} no se puede leer: {value}.",
        },
        "pin.not_json": {
            "en": "{name} is not a DID document (not JSON).",
            "es": "{name} no es un documento DID (no es JSON).",
        },
        "web.limit": {
            "en": "{reason} ({url})",
            "es": "{reason} ({url})",
        },
        # -- did:web resolution ------------------------------------------------------------
        "did.web_not_obtained": {
            "en": "The issuer's DID document could not be obtained: {reason}",
            "es": "No se pudo obtener el documento DID del emisor: {reason}",
        },
        "did.web_offline_no_copy": {
            "en": "The issuer {did} publishes its keys on its website; this computer is offline and has no saved copy (import a trust bundle, or connect once).",
            "es": "El emisor {did} publica sus llaves en su sitio web; esta computadora no tiene conexión ni una copia guardada (importe un paquete de confianza, o conéctese una vez).",
        },
    }
)
