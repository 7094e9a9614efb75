"""Plan the printed QR symbols for a TD1 text: version, error correction, parts, modules.

Pure data, no drawing: the PDF layer draws `QrSymbol.modules` as vectors with a
`QUIET_ZONE_MODULES` margin and modules of at least `MIN_MODULE_MM`.

Print rules (DESIGN §3): error correction M at least, Q when the symbol still fits in
version 22; version 22 is the target and 25 the hard cap; a longer text is split into
numbered parts (`sello.core.qr.parts`) of version ≤ 20 at level M, printed together.
The text is always stored in QR alphanumeric mode (5.5 bits per character).
"""

from __future__ import annotations

from dataclasses import dataclass

import qrcode
import qrcode.constants
import qrcode.util

from sello.core.errors import InputError
from sello.core.i18n import Message
from sello.core.qr.parts import split_td1

MIN_MODULE_MM = 0.508  # 6 printer dots at 300 dpi
QUIET_ZONE_MODULES = 4
TARGET_VERSION = 22
MAX_VERSION = 25
PART_MAX_VERSION = 20

# the names the brief and other modules use
min_module_mm = MIN_MODULE_MM
quiet_zone_modules = QUIET_ZONE_MODULES

_ECC = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}
_ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


class QrPlanError(InputError):
    """A text that cannot be printed as QR symbols under the print rules."""


@dataclass(frozen=True)
class QrSymbol:
    """One QR symbol: `modules[row][column]` is True for a dark module; no quiet zone."""

    text: str
    version: int
    ecc: str
    modules: list[list[bool]]
    size: int


@dataclass(frozen=True)
class QrPlan:
    """The symbols to print for one TD1 text: one, or the numbered parts in order."""

    symbols: list[QrSymbol]

    @property
    def is_multipart(self) -> bool:
        return len(self.symbols) > 1

    @property
    def within_target(self) -> bool:
        """True when every symbol is at most version 22 (the print target)."""
        return all(symbol.version <= TARGET_VERSION for symbol in self.symbols)


def alphanumeric_capacity(version: int, ecc: str) -> int:
    """Characters a QR symbol of `version` and `ecc` holds in one alphanumeric segment.

    From the data bits of the symbol (qrcode's table of ISO/IEC 18004 block sizes) minus
    the 4-bit mode indicator and the character count (9, 11 or 13 bits by version);
    every 2 characters take 11 bits and a last odd one 6.
    """
    data_bits = qrcode.util.BIT_LIMIT_TABLE[_ECC[ecc]][version]
    count_bits = qrcode.util.length_in_bits(qrcode.util.MODE_ALPHA_NUM, version)
    free = data_bits - 4 - count_bits
    return free // 11 * 2 + (1 if free % 11 >= 6 else 0)


def smallest_version(length: int, ecc: str) -> int | None:
    """The smallest version holding `length` alphanumeric characters at `ecc`, or None."""
    for version in range(1, 41):
        if alphanumeric_capacity(version, ecc) >= length:
            return version
    return None


def make_symbol(text: str, version: int, ecc: str) -> QrSymbol:
    """Encode `text` in alphanumeric mode at exactly `version` and `ecc`."""
    code = qrcode.QRCode(version=version, error_correction=_ECC[ecc], border=0)
    code.add_data(qrcode.util.QRData(text.encode("ascii"), mode=qrcode.util.MODE_ALPHA_NUM))
    code.make(fit=False)  # fixed version: qrcode raises if the text did not fit
    modules = [[bool(module) for module in row] for row in code.get_matrix()]
    return QrSymbol(text=text, version=version, ecc=ecc, modules=modules, size=len(modules))


def plan_qr(td1_text: str) -> QrPlan:
    """Choose the symbols for a TD1 text under the print rules."""
    bad = sorted(set(td1_text) - _ALPHANUMERIC)
    if bad:
        raise QrPlanError(Message("qr.not_alphanumeric", chars=repr("".join(bad))))
    if not td1_text:
        raise QrPlanError(Message("qr.no_text"))
    version_q = smallest_version(len(td1_text), "Q")
    if version_q is not None and version_q <= TARGET_VERSION:
        return QrPlan([make_symbol(td1_text, version_q, "Q")])
    version_m = smallest_version(len(td1_text), "M")
    if version_m is not None and version_m <= MAX_VERSION:
        return QrPlan([make_symbol(td1_text, version_m, "M")])
    parts = split_td1(td1_text, alphanumeric_capacity(PART_MAX_VERSION, "M"))
    symbols = []
    for part in parts:
        version = smallest_version(len(part), "M")
        assert version is not None and version <= PART_MAX_VERSION
        symbols.append(make_symbol(part, version, "M"))
    return QrPlan(symbols)


def symbol_size_mm(symbol: QrSymbol, module_mm: float = MIN_MODULE_MM, *, quiet_zone: bool = True) -> float:
    """The printed side length of `symbol` in millimetres, with its quiet zone by default."""
    if module_mm < MIN_MODULE_MM:
        raise ValueError(f"module size {module_mm} mm is below the {MIN_MODULE_MM} mm minimum")
    return (symbol.size + (2 * QUIET_ZONE_MODULES if quiet_zone else 0)) * module_mm
