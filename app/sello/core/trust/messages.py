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
