"""The Mexican customs declaration number (*número de pedimento*): parse, check, print.

A pedimento number has 15 digits (Anexo 22 of the Reglas Generales de Comercio
Exterior, field "número de pedimento")::

    26  24  3420  6001234
    │   │   │     └ consecutive: 7 digits, the first one the last digit of the year
    │   │   └ patente (or autorización) of the customs broker: 4 digits
    │   └ customs office (aduana) that clears it: 2 digits from SAT's catalogue
    └ year of validation: its last 2 digits

Stored as its 15 digits (the canonical value a credential carries), printed in the
spaced form above. The catalogue of aduanas is ``resources/data/aduanas.json`` (its
source is written in the file). Every refusal names the part that is wrong, in
Spanish and English.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sello.core.resources import load_json_resource

Message = dict[str, str]

DIGITS = 15
_SEPARATORS_RE = re.compile(r"[\s\-./]+")

_STRUCTURE_ES = "2 del año, 2 de la aduana, 4 de la patente y 7 del consecutivo"
_STRUCTURE_EN = "2 for the year, 2 for the customs office, 4 for the broker's patente and 7 for the consecutive"


class PedimentoError(ValueError):
    """A pedimento number that is wrong; ``message`` says which part, in es and en."""

    def __init__(self, part: str, message: Message) -> None:
        super().__init__(message["en"])
        self.part = part
        self.message = message


@dataclass(frozen=True)
class Pedimento:
    year: str
    aduana: str
    patente: str
    consecutive: str

    @property
    def digits(self) -> str:
        return self.year + self.aduana + self.patente + self.consecutive

    def spaced(self) -> str:
        """The printed form, as on the pedimento itself: ``26  24  3420  6001234``."""
        return "  ".join((self.year, self.aduana, self.patente, self.consecutive))


@functools.cache
def aduanas_rows() -> dict[str, dict[str, str]]:
    """The catalogue's rows by two-digit key (``name``; ``us_port`` for border aduanas)."""
    return {row["code"]: row for row in load_json_resource("data", "aduanas.json")["aduanas"]}


def aduanas() -> dict[str, str]:
    """SAT's customs offices: two-digit key -> name."""
    return {code: row["name"] for code, row in aduanas_rows().items()}


def aduana_name(code: str) -> str | None:
    return aduanas().get(code)


def parse_pedimento(text: str) -> Pedimento:
    """The pedimento in ``text`` (spaces, hyphens, dots and slashes between groups are
    ignored); raises PedimentoError naming the wrong part."""
    digits = _SEPARATORS_RE.sub("", text.strip())
    if not digits.isascii() or not digits.isdigit():
        raise PedimentoError(
            "characters",
            {
                "es": f"solo puede llevar dígitos ({DIGITS}: {_STRUCTURE_ES})",
                "en": f"may contain digits only ({DIGITS}: {_STRUCTURE_EN})",
            },
        )
    if len(digits) != DIGITS:
        raise PedimentoError(
            "length",
            {
                "es": f"tiene {len(digits)} dígitos; un número de pedimento tiene {DIGITS}: {_STRUCTURE_ES}",
                "en": f"has {len(digits)} digits; a pedimento number has {DIGITS}: {_STRUCTURE_EN}",
            },
        )
    found = Pedimento(digits[:2], digits[2:4], digits[4:8], digits[8:])
    if found.aduana not in aduanas():
        raise PedimentoError(
            "aduana",
            {
                "es": f"la aduana «{found.aduana}» (dígitos 3 y 4) no está en el catálogo de aduanas del SAT",
                "en": f"the customs office (aduana) “{found.aduana}” (digits 3 and 4) is not in SAT's catalogue of aduanas",
            },
        )
    if found.patente == "0000":
        raise PedimentoError(
            "patente",
            {
                "es": "la patente del agente aduanal (dígitos 5 a 8) no puede ser 0000",
                "en": "the customs broker's patente (digits 5 to 8) cannot be 0000",
            },
        )
    if found.consecutive[0] != found.year[1]:
        raise PedimentoError(
            "consecutive",
            {
                "es": (
                    f"el consecutivo {found.consecutive} (últimos 7 dígitos) debe empezar con {found.year[1]}, "
                    f"el último dígito del año {found.year}"
                ),
                "en": (
                    f"the consecutive {found.consecutive} (last 7 digits) must start with {found.year[1]}, "
                    f"the last digit of the year {found.year}"
                ),
            },
        )
    return found


def canonical_pedimento(text: str) -> str:
    """The 15 digits of a valid pedimento number; raises PedimentoError."""
    return parse_pedimento(text).digits


def spaced_pedimento(value: str) -> str:
    """The printed form of a stored value; a value that is not a pedimento (a credential
    from elsewhere) is shown as it is."""
    try:
        return parse_pedimento(value).spaced()
    except PedimentoError:
        return value
