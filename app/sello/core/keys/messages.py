"""Sentences about keys, key stores and encrypted files, in Spanish (Mexico) and English."""

from __future__ import annotations

from sello.core.i18n import register

# names used inside the sentences below ({lang: text}, see sello.core.i18n.tr)
PURPOSE_NAMES = {
    "key-backup": {"en": "a Sello key backup (.sello-key)", "es": "un respaldo de llave de Sello (.sello-key)"},
    "key-store": {"en": "a Sello encrypted key store", "es": "un almacén de llaves cifrado de Sello"},
}
STORE_NAMES = {
    "keyring": {"en": "the OS keyring", "es": "el llavero del sistema"},
    "file": {"en": "the encrypted-file store", "es": "el almacén en archivo cifrado"},
}


def purpose_text(purpose: str) -> dict[str, str]:
    return PURPOSE_NAMES.get(purpose, {"en": f"a Sello {purpose} file", "es": f"un archivo «{purpose}» de Sello"})


register(
    {
        # -- OS keyring ---------------------------------------------------------------------
        "keys.keyring_unavailable": {
            "en": "The OS keyring cannot keep private keys ({reason}).",
            "es": "El llavero del sistema no puede guardar llaves privadas ({reason}).",
        },
        "keys.keyring_none_installed": {
            "en": "no keyring backend is installed",
            "es": "no hay ningún llavero instalado",
        },
        "keys.keyring_none_available": {
            "en": "no keyring backend is available",
            "es": "no hay ningún llavero disponible",
        },
        "keys.keyring_insecure": {
            "en": "{name} is not a secure OS keyring",
            "es": "{name} no es un llavero seguro del sistema",
        },
        "keys.keyring_failed": {"en": "{keyring} failed: {error}", "es": "{keyring} falló: {error}"},
        "keys.keyring_lost_probe": {
            "en": "{keyring} did not keep a test value",
            "es": "{keyring} no conservó un valor de prueba",
        },
        "keys.hint_macos": {
            "en": "Unlock your login keychain in Keychain Access, or choose the encrypted-file store.",
            "es": "Desbloquee su llavero de inicio de sesión en Acceso a Llaveros, o elija el almacén en archivo cifrado.",
        },
        "keys.hint_windows": {
            "en": "Check that Windows Credential Manager works for your user account, or choose the encrypted-file store.",
            "es": "Compruebe que el Administrador de credenciales de Windows funcione para su cuenta, o elija el almacén en archivo cifrado.",
        },
        "keys.hint_linux": {
            "en": "Install and unlock a Secret Service keyring — GNOME Keyring (package gnome-keyring) or KWallet — and log in again, or choose the encrypted-file store.",
            "es": "Instale y desbloquee un llavero Secret Service — GNOME Keyring (paquete gnome-keyring) o KWallet — y vuelva a iniciar sesión, o elija el almacén en archivo cifrado.",
        },
        "keys.store_action_failed": {
            "en": "Could not {action} private key {key_id} in {store}: {error}.",
            "es": "No se pudo {action} la llave privada {key_id} en {store}: {error}.",
        },
        "keys.action.store": {"en": "store", "es": "guardar"},
        "keys.action.read": {"en": "read", "es": "leer"},
        "keys.action.delete": {"en": "delete", "es": "borrar"},
        "keys.not_kept": {
            "en": "{store} did not keep private key {key_id}.",
            "es": "{store} no conservó la llave privada {key_id}.",
        },
        "keys.secret_not_found": {
            "en": "There is no private key {key_id} in {store}.",
            "es": "No hay llave privada {key_id} en {store}.",
        },
        "keys.encrypted_file": {"en": "encrypted file {path}", "es": "el archivo cifrado {path}"},
        "keys.store_file_gone": {
            "en": "The key store file {path} has disappeared.",
            "es": "El archivo del almacén de llaves {path} desapareció.",
        },
        "keys.store_file_damaged": {
            "en": "The key store {path} is damaged (its contents are unreadable).",
            "es": "El almacén de llaves {path} está dañado (su contenido no se puede leer).",
        },
        # -- keys, profiles and key pairs (keys.manager, keys.profiles, keys.keypair) -----------
        "keys.label_too_long": {
            "en": "A key label can have at most 100 characters.",
            "es": "Una etiqueta de llave puede tener como máximo 100 caracteres.",
        },
        "keys.unknown_did_method": {
            "en": "Unknown DID method {did_method}: use key, jwk or web.",
            "es": "Método DID desconocido {did_method}: use key, jwk o web.",
        },
        "keys.name_a_key": {
            "en": "Name a key by its id (the first characters are enough).",
            "es": "Indique una llave por su identificador (bastan los primeros caracteres).",
        },
        "keys.no_such_key": {
            "en": "The company profile {profile_id} has no key {text}.",
            "es": "El perfil de empresa {profile_id} no tiene la llave {text}.",
        },
        "keys.ambiguous": {
            "en": "{text} matches {count} keys ({shown}); type more characters of the key id.",
            "es": "{text} coincide con {count} llaves ({shown}); escriba más caracteres del identificador de la llave.",
        },
        "keys.other_store_open": {
            "en": "Key {display_name} is kept in {value}, but Sello has {value2} open.",
            "es": "La llave {display_name} se guarda en {value}, pero Sello tiene abierto {value2}.",
        },
        "keys.open_other_store": {
            "en": "Open {value} to use this key.",
            "es": "Abra {value} para usar esta llave.",
        },
        "keys.private_deleted_on": {
            "en": "The private key of {display_name} was deleted on {deleted_at}; it can no longer sign.",
            "es": "La llave privada de {display_name} se eliminó el {deleted_at}; ya no puede firmar.",
        },
        "keys.different_key": {
            "en": "{value} holds a different key under {display_name}; it was changed outside Sello.",
            "es": "{value} guarda otra llave bajo {display_name}; se cambió fuera de Sello.",
        },
        "keys.interfered": {
            "en": "Another Sello window interfered while key {key_id} was being saved; it was not saved. Try again.",
            "es": "Otra ventana de Sello interfirió mientras se guardaba la llave {key_id}; no se guardó. Vuelva a intentarlo.",
        },
        "keys.already_in": {
            "en": "Key {key_id} is already in {where}.",
            "es": "La llave {key_id} ya está en {where}.",
        },
        "keys.retired_cannot_default": {
            "en": "Key {display_name} is retired; only an active key can sign new documents.",
            "es": "La llave {display_name} está retirada; solo una llave activa puede firmar documentos nuevos.",
        },
        "keys.already_retired": {
            "en": "Key {display_name} is already retired; rotate the current key instead.",
            "es": "La llave {display_name} ya está retirada; rote la llave actual en su lugar.",
        },
        "keys.private_already_deleted": {
            "en": "The private key of {display_name} was already deleted.",
            "es": "La llave privada de {display_name} ya se eliminó.",
        },
        "keys.delete_signed": {
            "en": "Key {display_name} signed {signed} document(s). Deleting its private key cannot be undone, and its public part must stay on record so those documents keep verifying.",
            "es": "La llave {display_name} firmó {signed} documento(s). Eliminar su llave privada no se puede deshacer, y su parte pública debe quedar registrada para que esos documentos se sigan verificando.",
        },
        "keys.delete_signed_hint": {
            "en": "Rotate the key instead, or confirm the deletion to destroy only its private part.",
            "es": "Rote la llave en su lugar, o confirme la eliminación para destruir solo su parte privada.",
        },
        "keys.backup_inconsistent": {
            "en": "The key backup's contents are inconsistent; the file was altered or made by other software.",
            "es": "El contenido del respaldo de la llave es incoherente; el archivo fue alterado o lo hizo otro programa.",
        },
        "keys.other_profile": {
            "en": "This key belongs to the company profile {profile_id}; switch to that profile to restore it.",
            "es": "Esta llave pertenece al perfil de empresa {profile_id}; cambie a ese perfil para restaurarla.",
        },
        "keys.not_own_did": {
            "en": "{did} is not an identifier of the company profile {profile_id}.",
            "es": "{did} no es un identificador del perfil de empresa {profile_id}.",
        },
        "keys.not_own_offline": {
            "en": "{did} is not one of this company's own identifiers, and its DID document is not available offline.",
            "es": "{did} no es uno de los identificadores de esta empresa, y su documento DID no está disponible sin conexión.",
        },
        "keys.private_missing": {
            "en": "The private key of {display_name} is missing from {value}.",
            "es": "Falta la llave privada de {display_name} en {value}.",
        },
        "keys.private_missing_hint": {
            "en": "Restore it from its backup file ({value}) with “Import backup”.",
            "es": "Restáurela desde su archivo de respaldo ({value}) con «Importar respaldo».",
        },
        "keys.private_unreadable": {
            "en": "The private key of {display_name} in {value} is unreadable.",
            "es": "La llave privada de {display_name} en {value} no se puede leer.",
        },
        "keys.file_not_json": {
            "en": "The key file is not JSON (expected a private JWK).",
            "es": "El archivo de la llave no es JSON (se esperaba un JWK privado).",
        },
        "profile.bad_rfc": {
            "en": "{rfc} is not a valid RFC: a company's RFC has 12 characters (3 letters, the date of incorporation as YYMMDD and a 3-character homoclave), like ADN980312AB1.",
            "es": "{rfc} no es un RFC válido: el RFC de una empresa tiene 12 caracteres (3 letras, la fecha de constitución como AAMMDD y una homoclave de 3 caracteres), como ADN980312AB1.",
        },
        "profile.address_fields": {
            "en": "The address must be a set of named fields (street, city, country...).",
            "es": "La dirección debe ser un conjunto de campos con nombre (calle, ciudad, país...).",
        },
        "profile.name_required": {
            "en": "The company's legal name is required.",
            "es": "La razón social de la empresa es obligatoria.",
        },
        "profile.name_too_long": {
            "en": "The company's legal name is longer than 200 characters.",
            "es": "La razón social de la empresa tiene más de 200 caracteres.",
        },
        "profile.not_found": {
            "en": "There is no company profile {profile_id}.",
            "es": "No existe el perfil de empresa {profile_id}.",
        },
        "profile.bad_id": {
            "en": "Profile id {profile_id} must be lower-case letters, digits and hyphens (max 40).",
            "es": "El identificador de perfil {profile_id} debe tener solo minúsculas, dígitos y guiones (máximo 40).",
        },
        "profile.exists": {
            "en": "A company profile with the id {profile_id} already exists.",
            "es": "Ya existe un perfil de empresa con el identificador {profile_id}.",
        },
        "keypair.unknown_alg": {
            "en": "Unknown key algorithm {text}: use ES384 (default) or EdDSA.",
            "es": "Algoritmo de llave desconocido {text}: use ES384 (predeterminado) o EdDSA.",
        },
        "keypair.not_private_jwk": {
            "en": "The file is not a private JWK (it has no 'd' member).",
            "es": "El archivo no es un JWK privado (no tiene el miembro 'd').",
        },
        "keypair.public_mismatch": {
            "en": "The private JWK's public part does not match its private value.",
            "es": "La parte pública del JWK privado no corresponde a su valor privado.",
        },
        "keypair.unsupported_kty": {
            "en": "Unsupported JWK key type {kty}.",
            "es": "Tipo de llave JWK no compatible: {kty}.",
        },
        "keypair.public_not_object": {
            "en": "A public key must be a JWK object.",
            "es": "Una llave pública debe ser un objeto JWK.",
        },
        "keypair.private_invalid": {
            "en": "The private key is invalid: {exc}.",
            "es": "La llave privada no es válida: {exc}.",
        },
        "keypair.public_lacks": {
            "en": "Public key JWK lacks the {value} member.",
            "es": "Al JWK de la llave pública le falta el miembro {value}.",
        },
        "keypair.public_not_point": {
            "en": "Public key is not a valid point: {value}.",
            "es": "La llave pública no es un punto válido: {value}.",
        },
        "keypair.p384_length": {
            "en": "P-384 private key must be 48 bytes.",
            "es": "Una llave privada P-384 debe medir 48 bytes.",
        },
        "keypair.unsupported_private": {
            "en": "Unsupported private key {kty}/{crv}: Sello signs with P-384 or Ed25519.",
            "es": "Llave privada no compatible {kty}/{crv}: Sello firma con P-384 o Ed25519.",
        },
        "keypair.coordinates_length": {
            "en": "{crv} key coordinates have the wrong length.",
            "es": "Las coordenadas de la llave {crv} tienen una longitud incorrecta.",
        },
        "keypair.unsupported_public": {
            "en": "Unsupported public key type {value}/{value2}.",
            "es": "Tipo de llave pública no compatible {value}/{value2}.",
        },
        "keypair.ed25519_private_length": {
            "en": "Ed25519 private key must be 32 bytes.",
            "es": "Una llave privada Ed25519 debe medir 32 bytes.",
        },
        "keypair.ed25519_public_length": {
            "en": "Ed25519 public key must be 32 bytes.",
            "es": "Una llave pública Ed25519 debe medir 32 bytes.",
        },
        "keys.this_profile": {"en": "this company profile", "es": "este perfil de empresa"},
        "keys.that_profile": {"en": "the company profile {profile_id}", "es": "el perfil de empresa {profile_id}"},
        # -- DIDs (keys.did) ------------------------------------------------------------------
        "did.not_a_list": {"en": "{name} must be a list.", "es": "{name} debe ser una lista."},
        "did.not_authentication": {
            "en": "Key {absolute} is not authorised to sign presentations (not an authentication key).",
            "es": "La llave {absolute} no está autorizada para firmar presentaciones (no es una llave de autenticación).",
        },
        "did.unknown_method": {
            "en": "Unknown DID method {method}: use key, jwk or web:DOMAIN.",
            "es": "Método DID desconocido {method}: use key, jwk o web:DOMINIO.",
        },
        "did.multikey_not_base58": {
            "en": "Multikey value must be base58btc multibase (start with 'z').",
            "es": "El valor Multikey debe ser multibase base58btc (empezar con 'z').",
        },
        "did.multicodec": {
            "en": "Unsupported multicodec key type 0x{code}.",
            "es": "Tipo de llave multicodec no compatible 0x{code}.",
        },
        "did.multikey_length": {
            "en": "{curve} multikey has the wrong length ({count} bytes).",
            "es": "La llave multikey {curve} tiene una longitud incorrecta ({count} bytes).",
        },
        "did.jwk_not_object": {
            "en": "did:jwk must contain a public JWK object.",
            "es": "did:jwk debe contener un objeto JWK público.",
        },
        "did.bad_domain": {
            "en": "{domain} is not a valid web domain (like acerosdelnorte.mx).",
            "es": "{domain} no es un dominio web válido (como acerosdelnorte.mx).",
        },
        "did.not_did_web": {
            "en": "{did} is not a did:web identifier.",
            "es": "{did} no es un identificador did:web.",
        },
        "did.bad_domain_part": {
            "en": "{did} has an invalid domain part.",
            "es": "{did} tiene una parte de dominio no válida.",
        },
        "did.bad_path_part": {
            "en": "{did} has an invalid path part.",
            "es": "{did} tiene una parte de ruta no válida.",
        },
        "did.document_not_object": {
            "en": "The DID document for {did} is not a JSON object.",
            "es": "El documento DID de {did} no es un objeto JSON.",
        },
        "did.document_wrong_id": {
            "en": "The DID document's id {value} is not {did}.",
            "es": "El id del documento DID, {value}, no es {did}.",
        },
        "did.vm_not_list": {
            "en": "verificationMethod must be a list.",
            "es": "verificationMethod debe ser una lista.",
        },
        "did.assertion_not_list": {
            "en": "assertionMethod must be a list.",
            "es": "assertionMethod debe ser una lista.",
        },
        "did.method_unsupported": {
            "en": "DID method {method} is not supported (use did:web, did:key or did:jwk).",
            "es": "El método DID {method} no es compatible (use did:web, did:key o did:jwk).",
        },
        "did.multikey_not_point": {
            "en": "{curve} multikey is not a valid curve point.",
            "es": "La llave multikey {curve} no es un punto válido de la curva.",
        },
        "did.jwk_invalid": {
            "en": "did:jwk identifier does not contain a valid JWK.",
            "es": "El identificador did:jwk no contiene un JWK válido.",
        },
        "did.port_not_number": {
            "en": "Port {port} in {domain} is not a number.",
            "es": "El puerto {port} en {domain} no es un número.",
        },
        "did.not_a_did": {
            "en": "{did} is not a DID.",
            "es": "{did} no es un DID.",
        },
        "did.no_kid": {
            "en": "The signature does not name its key (no kid).",
            "es": "La firma no indica su llave (no hay kid).",
        },
        "did.kid_not_issuer": {
            "en": "The signing key {absolute} does not belong to the issuer {issuer}.",
            "es": "La llave de firma {absolute} no pertenece al emisor {issuer}.",
        },
        "did.unknown_key": {
            "en": "The issuer's DID document has no key {absolute}.",
            "es": "El documento DID del emisor no tiene la llave {absolute}.",
        },
        "did.not_assertion_method": {
            "en": "Key {absolute} is not authorised to sign credentials (not an assertionMethod).",
            "es": "La llave {absolute} no está autorizada para firmar credenciales (no es un assertionMethod).",
        },
        "did.web_needs_domain": {
            "en": "did:web needs the company's website domain (like acerosdelnorte.mx).",
            "es": "did:web necesita el dominio del sitio web de la empresa (como acerosdelnorte.mx).",
        },
        "did.vm_invalid": {
            "en": "Key {vm_id} in the DID document is invalid: {exc}",
            "es": "La llave {vm_id} del documento DID no es válida: {exc}",
        },
        "did.web_offline": {
            "en": "The issuer {did} publishes its keys on its website, and this computer has neither a connection nor a trust bundle with that document.",
            "es": "El emisor {did} publica sus llaves en su sitio web, y esta computadora no tiene ni conexión ni un paquete de confianza con ese documento.",
        },
        "did.private_key_published": {
            "en": "The DID document publishes a private key; refusing it.",
            "es": "El documento DID publica una llave privada; se rechaza.",
        },
        # -- company logos (keys.logo) -------------------------------------------------------
        "logo.too_large": {
            "en": "The logo file is larger than 10 MB: choose a smaller image.",
            "es": "El archivo del logotipo pesa más de 10 MB: elija una imagen más pequeña.",
        },
        "logo.not_image": {
            "en": "This file is not an image Sello can read: choose a PNG or JPEG.",
            "es": "Este archivo no es una imagen que Sello pueda leer: elija un PNG o JPEG.",
        },
        "logo.unreadable": {
            "en": "{source} cannot be read: {value}.",
            "es": "{source} no se puede leer: {value}.",
        },
        # -- encrypted files (sealedbox) ----------------------------------------------------
        "sealed.kdf_damaged": {
            "en": "The file is damaged or was altered (Argon2id {name} {value}).",
            "es": "El archivo está dañado o fue alterado (Argon2id {name} {value}).",
        },
        "sealed.no_memory": {
            "en": "This computer could not spare the {mib} MiB of memory the passphrase check needs ({error}).",
            "es": "Esta computadora no pudo reservar los {mib} MiB de memoria que necesita la comprobación de la contraseña ({error}).",
        },
        "sealed.damaged": {
            "en": "The file is damaged or was altered ({detail}), so it cannot be opened.",
            "es": "El archivo está dañado o fue alterado ({detail}), así que no se puede abrir.",
        },
        "sealed.damaged_hint": {"en": "Use another copy of {what}.", "es": "Use otra copia de {what}."},
        "sealed.detail.empty": {"en": "it is empty", "es": "está vacío"},
        "sealed.detail.cut": {"en": "it is cut short", "es": "está incompleto"},
        "sealed.detail.checksum": {"en": "its checksum does not match", "es": "su suma de verificación no coincide"},
        "sealed.detail.header_length": {
            "en": "its header length is wrong",
            "es": "la longitud de su encabezado es incorrecta",
        },
        "sealed.detail.header": {"en": "its header is unreadable", "es": "su encabezado no se puede leer"},
        "sealed.detail.check": {
            "en": "its passphrase check fails",
            "es": "falla su comprobación de contraseña",
        },
        "sealed.detail.authentication": {
            "en": "its contents fail authentication",
            "es": "su contenido no pasa la autenticación",
        },
        "sealed.not_sealed": {
            "en": "This file is not {what} (it is not a Sello encrypted file).",
            "es": "Este archivo no es {what} (no es un archivo cifrado de Sello).",
        },
        "sealed.newer_format": {
            "en": "This file was written by a newer version of Sello (format {version}); update Sello to open it.",
            "es": "Este archivo lo escribió una versión más nueva de Sello (formato {version}); actualice Sello para abrirlo.",
        },
        "sealed.unknown_kdf": {
            "en": "This file uses the key derivation {kdf}, which Sello does not know.",
            "es": "Este archivo usa la derivación de clave {kdf}, que Sello no conoce.",
        },
        "sealed.wrong_purpose": {
            "en": "This file is {found}, not {expected}.",
            "es": "Este archivo es {found}, no {expected}.",
        },
        "sealed.empty_passphrase": {
            "en": "Choose a passphrase: an empty one would leave the file unprotected.",
            "es": "Elija una contraseña: una vacía dejaría el archivo sin protección.",
        },
        "sealed.wrong_passphrase": {
            "en": "Wrong passphrase for {what}.",
            "es": "Contraseña incorrecta para {what}.",
        },
        "sealed.wrong_passphrase_hint": {
            "en": "Check the spelling, the keyboard layout and Caps Lock, then try again.",
            "es": "Revise la ortografía, la distribución del teclado y Bloq Mayús, y vuelva a intentarlo.",
        },
        "sealed.reencrypted": {
            "en": "{what} was re-encrypted by another Sello window (its passphrase changed); open it again with the new passphrase.",
            "es": "Otra ventana de Sello volvió a cifrar {what} (cambió su contraseña); ábralo de nuevo con la nueva contraseña.",
        },
    }
)
