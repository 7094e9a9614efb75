"""Sentences of the Traceability API exchange (clients, issuing, presentations), in es-MX and en."""

from __future__ import annotations

from sello.core.i18n import register

register(
    {
        "api.unknown_scope": {
            "en": "Unknown scope {value}; the API's scopes are: {value2}.",
            "es": "Alcance desconocido {value}; los alcances de la API son: {value2}.",
        },
        "api.bad_client_name": {
            "en": "A client name is 1 to 80 letters, digits, spaces or . _ @ - characters.",
            "es": "Un nombre de cliente tiene de 1 a 80 letras, dígitos, espacios o los caracteres . _ @ -.",
        },
        "api.no_scopes": {
            "en": "Give the client at least one scope (--scopes).",
            "es": "Dé al cliente al menos un alcance (--scopes).",
        },
        "api.no_client": {
            "en": "There is no API client {client_id}.",
            "es": "No existe el cliente de la API {client_id}.",
        },
        "api.client_revoked": {
            "en": "API client {client_id} was already revoked on {revoked_at}.",
            "es": "El cliente de la API {client_id} ya se revocó el {revoked_at}.",
        },
        "api.no_suspension_entry": {
            "en": "This credential was issued without a suspension entry, so it cannot be suspended (revoke it instead).",
            "es": "Esta credencial se emitió sin registro de suspensión, así que no se puede suspender (revóquela en su lugar).",
        },
        "api.no_key": {
            "en": "The company has no active signing key: create one first (sello keys new).",
            "es": "La empresa no tiene una llave de firma activa: cree una primero (sello keys new).",
        },
        "api.wrong_issuer": {
            "en": "The issuer {value} is not this company ({did}).",
            "es": "El emisor {value} no es esta empresa ({did}).",
        },
        "api.already_issued": {
            "en": "A credential with id {credential_id} was already issued.",
            "es": "Ya se emitió una credencial con el id {credential_id}.",
        },
        "api.not_issued_here": {
            "en": "No credential {credential_id} was issued here.",
            "es": "Aquí no se emitió ninguna credencial {credential_id}.",
        },
        "api.no_status_entry": {
            "en": "Give at least one credentialStatus entry.",
            "es": "Dé al menos una entrada credentialStatus.",
        },
        "api.unknown_status": {
            "en": "Unknown status type or purpose: {value} / {purpose}.",
            "es": "Tipo o propósito de estado desconocido: {value} / {purpose}.",
        },
        "api.bad_status_value": {
            "en": 'A status value is "1" (set: revoked or suspended) or "0" (not).',
            "es": 'Un valor de estado es "1" (activado: revocada o suspendida) o "0" (no).',
        },
        "api.revocation_final": {
            "en": "Credential {credential_id} is revoked, and revocation cannot be undone.",
            "es": "La credencial {credential_id} está revocada, y la revocación no se puede deshacer.",
        },
        "presentation.needs_id_to_receive": {
            "en": "A presentation needs an id to be received.",
            "es": "Una presentación necesita un id para recibirse.",
        },
        "presentation.not_received": {
            "en": "No presentation {presentation_id} was received.",
            "es": "No se recibió ninguna presentación {presentation_id}.",
        },
        "presentation.already_received": {
            "en": "Presentation {presentation_id} was already received.",
            "es": "La presentación {presentation_id} ya se recibió.",
        },
        "presentation.bad_credential": {
            "en": "Credential {value} of the presentation is neither a vc+jwt nor a JSON credential.",
            "es": "La credencial {value} de la presentación no es ni un vc+jwt ni una credencial JSON.",
        },
        "presentation.bad_texts": {
            "en": "The presentation's {name} must be a text or a list of texts.",
            "es": "El campo {name} de la presentación debe ser un texto o una lista de textos.",
        },
        "presentation.not_object": {
            "en": "The presentation must be a JSON object (a Verifiable Presentation) or a vp+jwt.",
            "es": "La presentación debe ser un objeto JSON (una Verifiable Presentation) o un vp+jwt.",
        },
        "presentation.bad_type": {
            "en": "The presentation's type must include VerifiablePresentation.",
            "es": "El tipo de la presentación debe incluir VerifiablePresentation.",
        },
        "presentation.needs_id": {
            "en": "The presentation needs an id (e.g. urn:uuid:...) so that it is received only once.",
            "es": "La presentación necesita un id (p. ej. urn:uuid:...) para recibirse una sola vez.",
        },
        "presentation.bad_holder": {
            "en": "The presentation's holder must be a DID or an object with an id.",
            "es": "El titular (holder) de la presentación debe ser un DID o un objeto con id.",
        },
        "presentation.bad_workflow": {
            "en": "The presentation's workflow must be an object with definition and instance.",
            "es": "El workflow de la presentación debe ser un objeto con definition e instance.",
        },
        "presentation.too_many": {
            "en": "A presentation carries at most {max_credentials} credentials; this one has {count}.",
            "es": "Una presentación lleva {max_credentials} credenciales como máximo; esta tiene {count}.",
        },
        "presentation.wrong_holder": {
            "en": "The presentation's holder is {holder_id}, but the company signs as {value}.",
            "es": "El titular de la presentación es {holder_id}, pero la empresa firma como {value}.",
        },
        "presentation.data_url": {
            "en": "Credential {value} is enveloped in a data: URL Sello does not read.",
            "es": "La credencial {value} está envuelta en una URL data: que Sello no lee.",
        },
        "presentation.not_vp_jwt": {
            "en": "The presentation is not a readable vp+jwt: {message}",
            "es": "La presentación no es un vp+jwt legible: {message}",
        },
        # -- sending (recipients, sender, outbox) -------------------------------------------------
        "outgoing.recipient_needs_name": {
            "en": "The recipient needs a name.",
            "es": "El destinatario necesita un nombre.",
        },
        "outgoing.recipient_did_web": {
            "en": "The recipient's DID must be a did:web (its website names its API), not {did}.",
            "es": "El DID del destinatario debe ser un did:web (su sitio web nombra su API), no {did}.",
        },
        "outgoing.no_client_id": {
            "en": "The recipient's OAuth client id is missing.",
            "es": "Falta el identificador de cliente OAuth del destinatario.",
        },
        "outgoing.token_https": {
            "en": "The token endpoint must be an https:// address, not {token_endpoint}.",
            "es": "El endpoint de tokens debe ser una dirección https://, no {token_endpoint}.",
        },
        "outgoing.no_recipient": {
            "en": "No recipient {recipient_id} in the address book.",
            "es": "No hay ningún destinatario {recipient_id} en la libreta de direcciones.",
        },
        "outgoing.no_store_read": {
            "en": "No key store is open to read the recipient's client secret.",
            "es": "No hay un almacén de llaves abierto para leer el secreto de cliente del destinatario.",
        },
        "outgoing.no_store_keep": {
            "en": "No key store is open to keep the recipient's client secret.",
            "es": "No hay un almacén de llaves abierto para guardar el secreto de cliente del destinatario.",
        },
        "outgoing.empty_secret": {
            "en": "The recipient's client secret is empty.",
            "es": "El secreto de cliente del destinatario está vacío.",
        },
        "outgoing.choose_documents": {
            "en": "Choose at least one document to send.",
            "es": "Elija al menos un documento para enviar.",
        },
        "outgoing.no_key": {
            "en": "The company has no active signing key to sign the presentation with.",
            "es": "La empresa no tiene una llave de firma activa con la cual firmar la presentación.",
        },
        "outgoing.not_in_outbox": {
            "en": "Nothing with id {entry_id} is in the outbox.",
            "es": "No hay nada con el id {entry_id} en la bandeja de salida.",
        },
    }
)
