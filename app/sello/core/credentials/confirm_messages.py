"""Messages of the "cannot confirm" verdict and of the issuer-key caveats (es-MX / en).

Kept apart from the big shared catalogue block so that the border-desk verdicts own
their words in one place: what an officer reads when the issuer's key cannot be had
right now, and the next step.
"""

from __future__ import annotations

from sello.core.i18n import register

register(
    {
        # -- the fourth verdict --------------------------------------------------------
        "summary.cannot_confirm": {
            "en": "The issuer's key could not be obtained, so the signature could not be checked. This does not "
            "mean the document is false",
            "es": "No se pudo obtener la clave del emisor, así que no se pudo comprobar la firma. Esto no "
            "significa que el documento sea falso",
        },
        "summary.red.not_issuer": {
            "en": "NOT FROM THE ISSUER: it was signed with a key its issuer does not vouch for",
            "es": "NO ES DEL EMISOR: se firmó con una clave que su emisor no respalda",
        },
        "summary.red.malformed": {
            "en": "NOT VALID: the issuer's identifier in the document is malformed",
            "es": "NO VÁLIDO: el identificador del emisor en el documento está mal formado",
        },
        "summary.red.bad_signature": {
            "en": "NOT VALID: the signature uses a method that is never accepted",
            "es": "NO VÁLIDO: la firma usa un método que nunca se acepta",
        },
        "remedy.issuer_key.unavailable": {
            "en": "Connect this computer to the internet and scan again, or import the current trust bundle "
            "from the chamber that operates your trust list (Trust → Import bundle, or: sello bundle import FILE).",
            "es": "Conecte esta computadora a internet y vuelva a escanear, o importe el paquete de confianza "
            "vigente de la cámara que opera su lista de confianza (Confianza → Importar paquete, o: "
            "sello bundle import ARCHIVO).",
        },
        "remedy.issuer_key.unsupported_method": {
            "en": "Ask the sender for the document signed under a did:web, did:key or did:jwk identifier; "
            "Sello cannot look up keys of this kind.",
            "es": "Pida al remitente el documento firmado con un identificador did:web, did:key o did:jwk; "
            "Sello no puede consultar claves de este tipo.",
        },
        "not_checked.key_unavailable": {
            "en": "Not checked: first the issuer's key must be obtained.",
            "es": "No se comprobó: primero hay que obtener la clave del emisor.",
        },
        "remedy.cannot_confirm.context_not_carried": {
            "en": "Ask the sender for the document as a vc+jwt, or update Sello to a version that carries this "
            "JSON-LD context.",
            "es": "Pida al remitente el documento como vc+jwt, o actualice Sello a una versión que incluya este "
            "contexto JSON-LD.",
        },
        "outcome.unavailable": {"en": "Cannot check now", "es": "No se puede comprobar ahora"},
        "report.verdict.blue": {"en": "CANNOT CONFIRM", "es": "NO SE PUEDE CONFIRMAR"},
        # -- the issuer-key check --------------------------------------------------------
        "issuer_key.unavailable": {
            "en": "The issuer's key could not be obtained right now: its website could not be reached and this "
            "computer has no saved copy or trust bundle with it.",
            "es": "No se pudo obtener la clave del emisor en este momento: no se pudo consultar su sitio web y "
            "esta computadora no tiene una copia guardada ni un paquete de confianza que la contenga.",
        },
        "issuer_key.unsupported_method": {
            "en": "Sello cannot look up the keys of this kind of identifier ({issuer}).",
            "es": "Sello no puede consultar las claves de este tipo de identificador ({issuer}).",
        },
        "issuer_key.malformed": {
            "en": "The issuer's identifier is malformed: it names no usable key.",
            "es": "El identificador del emisor está mal formado: no indica ninguna clave utilizable.",
        },
        "issuer_key.cache_stale": {
            "en": "The issuer's key comes from a copy of its website saved {age} ago ({fetched}); connect to "
            "refresh it.",
            "es": "La clave del emisor proviene de una copia de su sitio web guardada hace {age} ({fetched}); "
            "conéctese para actualizarla.",
        },
        "issuer_key.bundle_stale": {
            "en": "The issuer's key comes from a trust bundle {age} old ({fetched}); import a newer bundle.",
            "es": "La clave del emisor proviene de un paquete de confianza de hace {age} ({fetched}); importe "
            "uno más reciente.",
        },
        "issuer_key.cache_age": {
            "en": "The issuer's key comes from a copy of its website saved {age} ago ({fetched}).",
            "es": "La clave del emisor proviene de una copia de su sitio web guardada hace {age} ({fetched}).",
        },
        "issuer_key.bundle_age": {
            "en": "The issuer's key comes from a trust bundle {age} old ({fetched}).",
            "es": "La clave del emisor proviene de un paquete de confianza de hace {age} ({fetched}).",
        },
        "issuer_key.former_key": {
            "en": "The signing key was replaced: it is no longer in the issuer's current list of keys, but it was "
            "there when seen on {date}.",
            "es": "La clave de firma fue reemplazada: ya no está en la lista actual de claves del emisor, pero "
            "estaba en ella cuando se consultó el {date}.",
        },
    }
)
