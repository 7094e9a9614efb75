"""The command line's sentences that reach users through core errors, in es-MX and en.

The CLI shows errors in the language of `--lang` or `SELLO_LANG` ("es"/"en"); without
either it speaks English, like its help and its output.
"""

from __future__ import annotations

import os

from sello.core.i18n import LANGUAGES, register


def cli_language(chosen: str | None) -> str:
    """`--lang` if given, else `SELLO_LANG`, else English."""
    for value in (chosen, os.environ.get("SELLO_LANG")):
        code = (value or "").strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "en"


register(
    {
        "cli.keyring_hint": {
            "en": "{hint} Or use the encrypted-file store explicitly: --file-store (or {env}=file).",
            "es": "{hint} O use explícitamente el almacén en archivo cifrado: --file-store (o {env}=file).",
        },
    }
)
