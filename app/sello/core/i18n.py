"""Core messages in Spanish (Mexico) and English, without Qt: one catalogue of codes.

Every sentence the core can show has a code and both texts. Each package registers its
own codes (`register` in a `messages` module beside the code that raises them, e.g.
`sello.core.qr.messages`); a code registered by two modules is an error at import.

- Errors carry a `Message` (code + parameters): `raise Td1Error("corrupt",
  Message("td1.truncated"))`; the UI shows `exc.text(lang)`, the CLI `exc.text(cli_language())`.
- The verification pipeline stores each check's message as `{"en": ..., "es": ...}`
  (`message(code, **params)`); the UI shows `check.message[lang]`.
- Parameters may themselves be localised: a `{lang: text}` mapping, a `Message` or a
  `UserFacingError` (anything with `text(lang)`) is rendered in the same language.

Qt's own strings (windows, buttons) go through Qt Linguist (`resources/translations`);
see docs/design-notes.md, "Messages".
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

from sello.core.errors import one_line

LANGUAGES = ("en", "es")

_CATALOG: dict[str, dict[str, str]] = {}
_OWNER: dict[str, str] = {}


def register(entries: Mapping[str, Mapping[str, str]], *, owner: str | None = None) -> None:
    """Add message codes; each needs every language in `LANGUAGES`.

    `owner` (default: the calling module) may register a code again (a reload); another
    module registering the same code is refused: which text showed would depend on import order.
    """
    if owner is None:
        owner = str(sys._getframe(1).f_globals.get("__name__", "?"))
    for code, texts in entries.items():
        missing = [lang for lang in LANGUAGES if not texts.get(lang)]
        if missing:
            raise ValueError(f"message {code!r} lacks {', '.join(missing)}")
        previous = _OWNER.get(code)
        if previous is not None and previous != owner:
            raise ValueError(f"message {code!r} is registered by both {previous} and {owner}")
        _CATALOG[code] = dict(texts)
        _OWNER[code] = owner


def is_registered(code: str) -> bool:
    return code in _CATALOG


class Message:
    """A sentence from the catalogue: its code and parameters, rendered per language."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params

    def text(self, lang: str) -> str:
        return tr(self.code, lang, **self.params)

    def as_dict(self) -> dict[str, str]:
        return {lang: self.text(lang) for lang in LANGUAGES}

    def __str__(self) -> str:
        return self.text("en")

    def __repr__(self) -> str:
        return f"Message({self.code!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.code, self.params) == (other.code, other.params)

    def __hash__(self) -> int:
        return hash(self.code)


class Bilingual:
    """A sentence written out in both languages where it is made (for modules that keep
    their es/en pairs inline, such as the CFDI reader); `Message` is the usual way."""

    __slots__ = ("texts",)

    def __init__(self, texts: Mapping[str, str]) -> None:
        missing = [lang for lang in LANGUAGES if not texts.get(lang)]
        if missing:
            raise ValueError(f"sentence lacks {', '.join(missing)}: {texts!r}")
        self.texts = dict(texts)

    def text(self, lang: str) -> str:
        return self.texts.get(lang) or self.texts["en"]

    def __str__(self) -> str:
        return self.texts["en"]


def codes() -> list[str]:
    return sorted(_CATALOG)


class _Params(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


_MAX_PARAM_CHARS = 300


def _shown(value: Any) -> Any:
    """Parameters often quote the input (a kid, a type, a date): kept on one line and
    at most `_MAX_PARAM_CHARS` characters."""
    if not isinstance(value, str):
        return value
    value = one_line(value)
    return value if len(value) <= _MAX_PARAM_CHARS else value[: _MAX_PARAM_CHARS - 1] + "…"


def tr(code: str, lang: str = "en", /, **params: Any) -> str:
    """The message for `code` in `lang` (English if the language is unknown).

    A parameter may itself be a `{lang: text}` mapping; it is localised too.
    """
    texts = _CATALOG.get(code)
    if texts is None:
        return code
    template = texts.get(lang) or texts["en"]
    values = _Params({k: _shown(_localised(v, lang)) for k, v in params.items()})
    return template.format_map(values)


def _localised(value: Any, lang: str) -> Any:
    if isinstance(value, Mapping):
        return value.get(lang) or value.get("en", "")
    render = getattr(value, "text", None)
    if callable(render) and not isinstance(value, str):
        return render(lang)
    return value


def message(code: str, /, **params: Any) -> dict[str, str]:
    return {lang: tr(code, lang, **params) for lang in LANGUAGES}


register(
    {
        # -- format -----------------------------------------------------------------
        "format.vc_jwt": {
            "en": "Readable vc+jwt credential (VC 2.0, {alg}).",
            "es": "Credencial vc+jwt legible (VC 2.0, {alg}).",
        },
        "format.data_integrity": {
            "en": "Readable VC 2.0 credential with a Data Integrity proof ({suite}).",
            "es": "Credencial VC 2.0 legible con prueba Data Integrity ({suite}).",
        },
        "format.not_compact_jws": {
            "en": "The text is not a compact JWS: it needs three parts separated by dots.",
            "es": "El texto no es un JWS compacto: necesita tres partes separadas por puntos.",
        },
        "format.jwe": {
            "en": "This is an encrypted JWE, not a signed credential.",
            "es": "Esto es un JWE cifrado, no una credencial firmada.",
        },
        "format.too_large": {
            "en": "The token is {size} characters long; at most {limit} are accepted.",
            "es": "El token mide {size} caracteres; se aceptan {limit} como máximo.",
        },
        "format.bad_base64": {
            "en": "The {part} of the token is not valid base64url.",
            "es": "La parte «{part}» del token no es base64url válido.",
        },
        "format.bad_json": {"en": "The {part} is not valid JSON.", "es": "La parte «{part}» no es JSON válido."},
        "format.duplicate_member": {
            "en": "The {part} names the member “{member}” twice; a signed document must be unambiguous.",
            "es": "La parte «{part}» repite el miembro «{member}»; un documento firmado no puede ser ambiguo.",
        },
        "format.not_object": {
            "en": "The {part} is not a JSON object.",
            "es": "La parte «{part}» no es un objeto JSON.",
        },
        "format.detached_payload": {
            "en": "The token has no payload (a detached signature), so there is no credential to verify.",
            "es": "El token no tiene contenido (firma separada), así que no hay credencial que verificar.",
        },
        "format.no_alg": {
            "en": "The token header does not name its signature algorithm (alg).",
            "es": "El encabezado del token no indica su algoritmo de firma (alg).",
        },
        "format.typ_missing": {
            "en": "The token header has no type (typ); a credential must declare typ “vc+jwt”.",
            "es": "El encabezado del token no tiene tipo (typ); una credencial debe declarar typ «vc+jwt».",
        },
        "format.typ": {
            "en": "The token's type is “{typ}”, not “vc+jwt”: it is not a credential.",
            "es": "El tipo del token es «{typ}», no «vc+jwt»: no es una credencial.",
        },
        "format.cty": {
            "en": "The token's content type is “{cty}”, not “vc”.",
            "es": "El tipo de contenido del token es «{cty}», no «vc».",
        },
        "format.crit": {
            "en": "The token requires extensions Sello does not understand (crit: {names}).",
            "es": "El token exige extensiones que Sello no entiende (crit: {names}).",
        },
        "format.b64": {
            "en": "The token uses an unencoded payload (b64), which credentials do not allow.",
            "es": "El token usa contenido sin codificar (b64), que las credenciales no permiten.",
        },
        "format.legacy_vc_jwt": {
            "en": "This is an older VC-JWT (VC Data Model 1.1, “vc” claim); Sello verifies VC 2.0 vc+jwt credentials only.",
            "es": "Esto es un VC-JWT antiguo (VC Data Model 1.1, campo «vc»); Sello solo verifica credenciales VC 2.0 vc+jwt.",
        },
        "format.vc1": {
            "en": "This credential uses VC Data Model 1.1; Sello verifies VC 2.0 credentials only.",
            "es": "Esta credencial usa VC Data Model 1.1; Sello solo verifica credenciales VC 2.0.",
        },
        "format.not_vc2": {
            "en": "The document is not a VC 2.0 credential (its first @context must be https://www.w3.org/ns/credentials/v2).",
            "es": "El documento no es una credencial VC 2.0 (su primer @context debe ser https://www.w3.org/ns/credentials/v2).",
        },
        "format.not_credential": {
            "en": "The document's type does not include VerifiableCredential.",
            "es": "El tipo del documento no incluye VerifiableCredential.",
        },
        "format.no_issuer": {
            "en": "The credential does not name its issuer.",
            "es": "La credencial no indica su emisor.",
        },
        "format.no_subject": {
            "en": "The credential has no credentialSubject.",
            "es": "La credencial no tiene credentialSubject.",
        },
        "format.proof_set": {
            "en": "The document carries {count} proofs; Sello verifies documents with exactly one.",
            "es": "El documento lleva {count} pruebas; Sello verifica documentos con exactamente una.",
        },
        "format.no_proof": {"en": "The document has no proof.", "es": "El documento no tiene prueba."},
        "format.proof_type": {
            "en": "The proof type “{type}” is not supported (only DataIntegrityProof).",
            "es": "El tipo de prueba «{type}» no es compatible (solo DataIntegrityProof).",
        },
        "format.cryptosuite": {
            "en": "The cryptosuite “{suite}” is not supported (eddsa-rdfc-2022, eddsa-jcs-2022, ecdsa-rdfc-2019 or "
            "ecdsa-jcs-2019).",
            "es": "La suite criptográfica «{suite}» no es compatible (eddsa-rdfc-2022, eddsa-jcs-2022, "
            "ecdsa-rdfc-2019 o ecdsa-jcs-2019).",
        },
        "format.no_verification_method": {
            "en": "The proof does not name its key (verificationMethod).",
            "es": "La prueba no indica su clave (verificationMethod).",
        },
        "format.proof_value": {
            "en": "The proof value is not multibase base58btc.",
            "es": "El valor de la prueba no es multibase base58btc.",
        },
        "format.proof_date": {
            "en": "The proof's {field} date “{value}” is not a valid date and time.",
            "es": "La fecha {field} de la prueba («{value}») no es una fecha y hora válida.",
        },
        "format.proof_context": {
            "en": "The proof's @context does not match the start of the document's @context.",
            "es": "El @context de la prueba no coincide con el inicio del @context del documento.",
        },
        "format.jsonld": {
            "en": "The document cannot be processed as JSON-LD: {reason}",
            "es": "El documento no se puede procesar como JSON-LD: {reason}",
        },
        "format.jcs": {
            "en": "The document cannot be canonicalized (JCS): {reason}",
            "es": "El documento no se puede canonizar (JCS): {reason}",
        },
        # -- signature ----------------------------------------------------------------
        "signature.valid": {
            "en": "The signature is valid ({alg}): the content is exactly what the issuer's key signed.",
            "es": "La firma es válida ({alg}): el contenido es exactamente lo que firmó la clave del emisor.",
        },
        "signature.mismatch": {
            "en": "The signature does not match: the content was changed after signing, or another key signed it.",
            "es": "La firma no coincide: el contenido cambió después de firmarse, o lo firmó otra clave.",
        },
        "signature.alg_none": {
            "en": "The token is unsigned (alg “none”); it proves nothing.",
            "es": "El token no está firmado (alg «none»); no prueba nada.",
        },
        "signature.alg_symmetric": {
            "en": "The token uses a shared-secret algorithm ({alg}); a credential needs a public-key signature.",
            "es": "El token usa un algoritmo de secreto compartido ({alg}); una credencial necesita firma de clave pública.",
        },
        "signature.alg_unsupported": {
            "en": "The signature algorithm “{alg}” is not accepted (ES256, ES384, EdDSA or Ed25519).",
            "es": "El algoritmo de firma «{alg}» no se acepta (ES256, ES384, EdDSA o Ed25519).",
        },
        "signature.alg_key_mismatch": {
            "en": "The signature claims {alg}, which the issuer's {curve} key cannot produce.",
            "es": "La firma dice ser {alg}, que la clave {curve} del emisor no puede producir.",
        },
        "signature.proof_purpose": {
            "en": "The proof was made for “{purpose}”, not for issuing credentials (assertionMethod).",
            "es": "La prueba se hizo para «{purpose}», no para emitir credenciales (assertionMethod).",
        },
        "signature.no_key": {
            "en": "The signature could not be checked without the issuer's key.",
            "es": "La firma no se pudo comprobar sin la clave del emisor.",
        },
        # -- issuer key --------------------------------------------------------------
        "issuer_key.self_contained": {
            "en": "The issuer's key is contained in its identifier ({method}).",
            "es": "La clave del emisor está contenida en su identificador ({method}).",
        },
        "issuer_key.web": {
            "en": "The issuer's key comes from its website, fetched {fetched}.",
            "es": "La clave del emisor proviene de su sitio web, consultado el {fetched}.",
        },
        "issuer_key.cache": {
            "en": "The issuer's key comes from a saved copy of its website, fetched {fetched}.",
            "es": "La clave del emisor proviene de una copia guardada de su sitio web, consultado el {fetched}.",
        },
        "issuer_key.bundle": {
            "en": "The issuer's key comes from an imported trust bundle dated {fetched}.",
            "es": "La clave del emisor proviene de un paquete de confianza importado con fecha {fetched}.",
        },
        "issuer_key.local": {
            "en": "The issuer's key is one of this computer's own keys.",
            "es": "La clave del emisor es una de las claves de esta computadora.",
        },
        "issuer_key.found": {
            "en": "The issuer's key was found ({source}).",
            "es": "Se encontró la clave del emisor ({source}).",
        },
        "issuer_key.no_kid": {
            "en": "The signature does not name its key (kid).",
            "es": "La firma no indica su clave (kid).",
        },
        "issuer_key.kid_not_issuer": {
            "en": "The signing key {kid} does not belong to the issuer {issuer}.",
            "es": "La clave de firma {kid} no pertenece al emisor {issuer}.",
        },
        "issuer_key.unknown_key": {
            "en": "The issuer {issuer} publishes no key {kid}.",
            "es": "El emisor {issuer} no publica ninguna clave {kid}.",
        },
        "issuer_key.not_assertion_method": {
            "en": "The key {kid} is not authorised to issue credentials for {issuer}.",
            "es": "La clave {kid} no está autorizada para emitir credenciales de {issuer}.",
        },
        "issuer_key.iss_mismatch": {
            "en": "The token's issuer claim (iss) is {iss}, but the credential's issuer is {issuer}.",
            "es": "El emisor declarado en el token (iss) es {iss}, pero el emisor de la credencial es {issuer}.",
        },
        "issuer_key.unresolved": {
            "en": "The issuer's key could not be obtained: {reason}",
            "es": "No se pudo obtener la clave del emisor: {reason}",
        },
        # -- dates -------------------------------------------------------------------
        "dates.valid": {
            "en": "Valid from {valid_from} until {valid_until}.",
            "es": "Vigente del {valid_from} al {valid_until}.",
        },
        "dates.valid_open": {
            "en": "Valid since {valid_from}, with no end date.",
            "es": "Vigente desde el {valid_from}, sin fecha de término.",
        },
        "dates.no_valid_from": {
            "en": "The credential has no issue date (validFrom).",
            "es": "La credencial no tiene fecha de emisión (validFrom).",
        },
        "dates.invalid": {
            "en": "The {field} date “{value}” is not a valid date and time with a time zone.",
            "es": "La fecha {field} («{value}») no es una fecha y hora válida con zona horaria.",
        },
        "dates.invalid_range": {
            "en": "The credential's end of validity ({valid_until}) is before its start ({valid_from}).",
            "es": "El fin de vigencia de la credencial ({valid_until}) es anterior a su inicio ({valid_from}).",
        },
        "dates.not_yet_valid": {
            "en": "The credential is not valid until {date}.",
            "es": "La credencial no es válida hasta el {date}.",
        },
        "dates.expired": {"en": "The credential expired on {date}.", "es": "La credencial venció el {date}."},
        "dates.proof_expired": {
            "en": "The signature's validity ended on {date}.",
            "es": "La vigencia de la firma terminó el {date}.",
        },
        # -- status and trust (defaults when no checker is configured) ---------------
        "status.not_checked": {
            "en": "Revocation status not checked: no status data.",
            "es": "No se comprobó la revocación: no hay datos de estado.",
        },
        # "status.revoked" / "status.suspended" (which the verdict summary knows) belong to
        # the status checker that reports them: sello.core.trust.checkers
        "status.unavailable": {
            "en": "Revocation status could not be checked: {reason}",
            "es": "No se pudo comprobar la revocación: {reason}",
        },
        "trust.not_listed": {
            "en": "The issuer is not on any trust list.",
            "es": "El emisor no está en ninguna lista de confianza.",
        },
        "trust.unavailable": {
            "en": "The trust lists could not be checked: {reason}",
            "es": "No se pudieron consultar las listas de confianza: {reason}",
        },
        "not_checked.unreadable": {
            "en": "Not checked: the document could not be read.",
            "es": "No se comprobó: el documento no se pudo leer.",
        },
        "not_checked.untrusted": {
            "en": "Not checked: the signature or the issuer's key is not valid.",
            "es": "No se comprobó: la firma o la clave del emisor no es válida.",
        },
        # -- verdict summaries -------------------------------------------------------
        "summary.green": {
            "en": "Genuine {doc} from {issuer}, issued {date}",
            "es": "Auténtico: {doc} de {issuer}, emitido el {date}",
        },
        "summary.amber": {"en": "Signature valid, but {reason}", "es": "Firma válida, pero {reason}"},
        "summary.presentation": {
            "en": "Presentation from {holder} with {count} genuine document(s)",
            "es": "Presentación de {holder} con {count} documento(s) auténtico(s)",
        },
        "summary.presentation.document": {
            "en": "Document {index} of {count}: {summary}",
            "es": "Documento {index} de {count}: {summary}",
        },
        "summary.red.altered": {"en": "ALTERED: signature does not match", "es": "ALTERADO: la firma no coincide"},
        "summary.red.expired": {"en": "EXPIRED: {reason}", "es": "VENCIDO: {reason}"},
        "summary.red.revoked": {"en": "REVOKED: {reason}", "es": "REVOCADO: {reason}"},
        "summary.red.invalid": {"en": "NOT VALID: {reason}", "es": "NO VÁLIDO: {reason}"},
        "summary.credential": {"en": "credential", "es": "credencial"},
    }
)
