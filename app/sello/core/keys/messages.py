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
