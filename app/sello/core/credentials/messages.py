"""Sentences about building, signing and reading credentials, in Spanish (Mexico) and English."""

from __future__ import annotations

from sello.core.i18n import register

register(
    {
        "credential.first_context": {
            "en": "A VC 2.0 credential's first context must be {vc2}.",
            "es": "El primer contexto de una credencial VC 2.0 debe ser {vc2}.",
        },
        "credential.issuer_object": {
            "en": "The issuer must be an object whose id is the company's DID.",
            "es": "El emisor debe ser un objeto cuyo id sea el DID de la empresa.",
        },
        "credential.validity_reversed": {
            "en": "The credential's end of validity must be after its start.",
            "es": "El fin de vigencia de la credencial debe ser posterior a su inicio.",
        },
        "sign.no_valid_from": {
            "en": "Cannot sign: the credential needs a validFrom date with a time zone.",
            "es": "No se puede firmar: la credencial necesita una fecha validFrom con zona horaria.",
        },
        "sign.kid_not_did_url": {
            "en": "Cannot sign: {kid} is not a DID URL naming a key (did:…#fragment).",
            "es": "No se puede firmar: {kid} no es una URL DID que nombre una llave (did:…#fragmento).",
        },
        "sign.issuer_mismatch": {
            "en": "Cannot sign: the credential's issuer is {issuer_id}, but the key {kid} belongs to {value}.",
            "es": "No se puede firmar: el emisor de la credencial es {issuer_id}, pero la llave {kid} pertenece a {value}.",
        },
        "sign.cannot": {
            "en": "Cannot sign: {message}",
            "es": "No se puede firmar: {message}",
        },
        "sign.other_key": {
            "en": "Cannot sign: {kid} names a different key than the one given.",
            "es": "No se puede firmar: {kid} nombra una llave distinta de la dada.",
        },
        "sign.not_exact_json": {
            "en": "Cannot sign: the credential has a value JSON cannot carry exactly ({exc}).",
            "es": "No se puede firmar: la credencial tiene un valor que JSON no puede llevar con exactitud ({exc}).",
        },
        "sign.eddsa_needs_ed25519": {
            "en": "Data Integrity eddsa-* proofs need an Ed25519 key.",
            "es": "Las pruebas Data Integrity eddsa-* necesitan una llave Ed25519.",
        },
        "sign.unknown_cryptosuite": {
            "en": "Unknown cryptosuite {cryptosuite}: use one of {value}.",
            "es": "Suite criptográfica desconocida {cryptosuite}: use una de {value}.",
        },
        "jsonld.context_not_offline": {
            "en": "The JSON-LD context {url} is not one Sello carries offline, so the credential cannot be processed without fetching it; Sello never fetches contexts.",
            "es": "El contexto JSON-LD {url} no es uno de los que Sello lleva consigo, así que la credencial no se puede procesar sin descargarlo; Sello nunca descarga contextos.",
        },
        "jsonld.undefined_term": {
            "en": "The document uses a term{value} that its JSON-LD contexts do not define.",
            "es": "El documento usa un término{value} que sus contextos JSON-LD no definen.",
        },
        "jsonld.invalid": {
            "en": "The document is not valid JSON-LD: {value}",
            "es": "El documento no es JSON-LD válido: {value}",
        },
        "signed.not_vc_jwt": {
            "en": "{what} is not a signed vc+jwt.",
            "es": "{what} no es un vc+jwt firmado.",
        },
        "signed.not_verified": {
            "en": "{what} could not be verified.",
            "es": "{what} no se pudo verificar.",
        },
        "signed.no_document_for": {
            "en": "{did} is not a DID this check was given a document for.",
            "es": "{did} no es un DID para el que esta comprobación recibió un documento.",
        },
        "sign.suite_curve": {
            "en": "A {cryptosuite} proof cannot be made with a {curve} key.",
            "es": "Una prueba {cryptosuite} no se puede hacer con una llave {curve}.",
        },
        "signed.refused": {
            "en": "{what} is refused: {value}",
            "es": "{what} se rechaza: {value}",
        },
    }
)
