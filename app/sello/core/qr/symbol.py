"""Plan the printed QR symbols for a TD1 text: version, error correction, parts, modules.

Pure data, no drawing: the PDF layer draws `QrSymbol.modules` as vectors with a
`QUIET_ZONE_MODULES` margin and modules of at least `MIN_MODULE_MM`.

Print rules (DESIGN §3): error correction M at least, Q when the symbol still fits in
version 22; version 22 is the target and 25 the hard cap; a longer text is split into
numbered parts (`sello.core.qr.parts`) of version ≤ 20 at level M, printed together.
Versions are planned on the QR alphanumeric capacity (5.5 bits per character).

The symbols are encoded by zxing-cpp's writer (libzint underneath), already Sello's
decoder: it encodes and picks the mask in C in about 2.5 ms (version 22) where the pure-Python `qrcode`
took 35 ms (issue 19). zint may store a long run of digits as a numeric segment, which
is never longer than alphanumeric, so a text planned for a version always fits it; every
decoder reads the same text back (tests/unit/core/qr/test_symbol.py checks zxing-cpp
and pyzbar).
"""

from __future__ import annotations

from dataclasses import dataclass

import zxingcpp

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

# ISO/IEC 18004 table 9: data codewords of versions 1..40 at each error correction level.
# fmt: off
_DATA_CODEWORDS = {
    "L": (19, 34, 55, 80, 108, 136, 156, 194, 232, 274, 324, 370, 428, 461, 523, 589, 647, 721, 795, 861,
          932, 1006, 1094, 1174, 1276, 1370, 1468, 1531, 1631, 1735, 1843, 1955, 2071, 2191, 2306, 2434,
          2566, 2702, 2812, 2956),
    "M": (16, 28, 44, 64, 86, 108, 124, 154, 182, 216, 254, 290, 334, 365, 415, 453, 507, 563, 627, 669,
          714, 782, 860, 914, 1000, 1062, 1128, 1193, 1267, 1373, 1455, 1541, 1631, 1725, 1812, 1914,
          1992, 2102, 2216, 2334),
    "Q": (13, 22, 34, 48, 62, 76, 88, 110, 132, 154, 180, 206, 244, 261, 295, 325, 367, 397, 445, 485,
          512, 568, 614, 664, 718, 754, 808, 871, 911, 985, 1033, 1115, 1171, 1231, 1286, 1354, 1426,
          1502, 1582, 1666),
    "H": (9, 16, 26, 36, 46, 60, 66, 86, 100, 122, 140, 158, 180, 197, 223, 253, 283, 313, 341, 385, 406,
          442, 464, 514, 538, 596, 628, 661, 701, 745, 793, 845, 901, 961, 986, 1054, 1096, 1142, 1222,
          1276),
}
# fmt: on
_ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


class QrPlanError(InputError):
    """A text that cannot be printed as QR symbols under the print rules."""


@dataclass(frozen=True)
class QrSymbol:
    """One QR symbol, no quiet zone: `rows[row][column]` is 1 for a dark module, 0 for a light
    one (a byte per module: the drawing code finds dark runs with one regular expression)."""

    text: str
    version: int
    ecc: str
    rows: tuple[bytes, ...]
    size: int

    @property
    def modules(self) -> list[list[bool]]:
        """`modules[row][column]` is True for a dark module."""
        return [[module == 1 for module in row] for row in self.rows]

    @classmethod
    def from_modules(cls, text: str, version: int, ecc: str, modules: list[list[bool]]) -> QrSymbol:
        return cls(text, version, ecc, tuple(bytes(row) for row in modules), len(modules))


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

    From the data bits of the symbol (ISO/IEC 18004 table 9) minus the 4-bit mode
    indicator and the character count (9, 11 or 13 bits by version); every 2 characters
    take 11 bits and a last odd one 6.
    """
    data_bits = _DATA_CODEWORDS[ecc][version - 1] * 8
    count_bits = 9 if version <= 9 else 11 if version <= 26 else 13
    free = data_bits - 4 - count_bits
    return free // 11 * 2 + (1 if free % 11 >= 6 else 0)


def smallest_version(length: int, ecc: str) -> int | None:
    """The smallest version holding `length` alphanumeric characters at `ecc`, or None."""
    for version in range(1, 41):
        if alphanumeric_capacity(version, ecc) >= length:
            return version
    return None


def make_symbol(text: str, version: int, ecc: str) -> QrSymbol:
    """Encode `text` at exactly `version` and `ecc`; ValueError if it does not fit."""
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=ecc, version=version)
    image = barcode.to_image(scale=1, add_quiet_zones=False)  # one byte per module: 0 dark, 255 light
    size = image.shape[0]
    if size != 17 + 4 * version:
        raise ValueError(f"the QR writer made a {size}-module symbol for version {version}")
    # zxingcpp.Image has the buffer protocol; its stub omits it
    pixels = bytes(memoryview(image)).translate(_DARK_IS_ONE)  # type: ignore[arg-type]
    rows = tuple(pixels[row : row + size] for row in range(0, size * size, size))
    return QrSymbol(text=text, version=version, ecc=ecc, rows=rows, size=size)


_DARK_IS_ONE = bytes([1]) + bytes(255)  # the writer's pixels: 0 dark -> 1, anything else -> 0


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
