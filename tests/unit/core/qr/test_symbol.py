"""QR planning: capacities against ISO/IEC 18004, the print rules, and real decoding with zxing-cpp."""

from __future__ import annotations

import random

import pytest
import zxingcpp
from PIL import Image
from pyzbar import pyzbar

from sello.core.qr.base45 import ALPHABET
from sello.core.qr.parts import PartCollector
from sello.core.qr.payload import decode_td1, encode_td1
from sello.core.qr.symbol import (
    MIN_MODULE_MM,
    QUIET_ZONE_MODULES,
    QrPlanError,
    QrSymbol,
    alphanumeric_capacity,
    make_symbol,
    min_module_mm,
    plan_qr,
    quiet_zone_modules,
    symbol_size_mm,
)
from tests.unit.core.td1_samples import MTR_SCHEMA, mill_test_report, sign_ed25519, sign_es384

# ISO/IEC 18004 table 7: alphanumeric characters per version 1..40, for levels M and Q.
ISO_ALPHANUMERIC_M = [
    20,
    38,
    61,
    90,
    122,
    154,
    178,
    221,
    262,
    311,
    366,
    419,
    483,
    528,
    600,
    656,
    734,
    816,
    909,
    970,
    1035,
    1134,
    1248,
    1326,
    1451,
    1542,
    1637,
    1732,
    1839,
    1994,
    2113,
    2238,
    2369,
    2506,
    2632,
    2780,
    2894,
    3054,
    3220,
    3391,
]
ISO_ALPHANUMERIC_Q = [
    16,
    29,
    47,
    67,
    87,
    108,
    125,
    157,
    189,
    221,
    259,
    296,
    352,
    376,
    426,
    470,
    531,
    574,
    644,
    702,
    742,
    823,
    890,
    963,
    1041,
    1094,
    1172,
    1263,
    1322,
    1429,
    1499,
    1618,
    1700,
    1787,
    1867,
    1966,
    2071,
    2181,
    2298,
    2420,
]


def td1_of_length(length: int, seed: int = 1) -> str:
    return "TD1:" + "".join(random.Random(seed).choices(ALPHABET, k=length - 4))


def render(symbol: QrSymbol, pixels_per_module: int = 3) -> Image.Image:
    """Draw the modules black on white with the 4-module quiet zone."""
    side = (symbol.size + 2 * QUIET_ZONE_MODULES) * pixels_per_module
    image = Image.new("L", (side, side), 255)
    for row, modules in enumerate(symbol.modules):
        for column, dark in enumerate(modules):
            if dark:
                x, y = (
                    (column + QUIET_ZONE_MODULES) * pixels_per_module,
                    (row + QUIET_ZONE_MODULES) * pixels_per_module,
                )
                image.paste(0, (x, y, x + pixels_per_module, y + pixels_per_module))
    return image


def scan(symbol: QrSymbol) -> zxingcpp.Barcode:
    found = zxingcpp.read_barcodes(render(symbol), formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 1
    return found[0]


def test_capacities_match_the_iso_table() -> None:
    assert [alphanumeric_capacity(v, "M") for v in range(1, 41)] == ISO_ALPHANUMERIC_M
    assert [alphanumeric_capacity(v, "Q") for v in range(1, 41)] == ISO_ALPHANUMERIC_Q
    assert alphanumeric_capacity(40, "L") == 4296 and alphanumeric_capacity(40, "H") == 1852


@pytest.mark.parametrize("version", [1, 9, 10, 20, 22, 25, 27])
def test_the_writer_stores_the_text_in_alphanumeric_mode(version: int) -> None:
    """A full-capacity text fits its version only in alphanumeric mode (byte mode holds ~40 % less)."""
    capacity = ISO_ALPHANUMERIC_M[version - 1]
    symbol = make_symbol(td1_of_length(capacity), version, "M")
    assert symbol.size == 4 * version + 17 == len(symbol.modules)
    with pytest.raises(ValueError, match="too long"):
        make_symbol(td1_of_length(capacity + 1), version, "M")
    # the writer's own choice agrees when left to pick the version
    auto = zxingcpp.create_barcode(td1_of_length(capacity), zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    assert auto.to_image(scale=1, add_quiet_zones=False).shape[0] == symbol.size


@pytest.mark.parametrize("length", [20, 823, 1134, 1451])
def test_symbols_decode_identically_with_zxing_cpp_and_pyzbar(length: int) -> None:
    """Issue 19: the printed symbols read back to the same text with both decoders, digit-heavy texts included."""
    for seed, alphabet in enumerate((ALPHABET, "0123456789" * 6 + ALPHABET)):
        text = "TD1:" + "".join(random.Random(seed).choices(alphabet, k=length - 4))
        symbol = plan_qr(text).symbols[0]
        assert scan(symbol).text == text
        found = pyzbar.decode(render(symbol), symbols=[pyzbar.ZBarSymbol.QRCODE])
        assert [f.data.decode("ascii") for f in found] == [text]


def test_modules_are_a_square_bool_matrix_with_finder_patterns() -> None:
    symbol = make_symbol("TD1:ABC", 2, "Q")
    assert all(len(row) == symbol.size and all(isinstance(m, bool) for m in row) for row in symbol.modules)
    finder = [[symbol.modules[r][c] for c in range(7)] for r in range(7)]
    assert finder[0] == [True] * 7 and finder[1] == [True, False, False, False, False, False, True]
    assert finder[3] == [True, False, True, True, True, False, True]
    assert symbol.modules[7][:8] == [False] * 8  # separator


def test_realistic_credentials_plan_to_one_symbol_within_target() -> None:
    one_heat = encode_td1(sign_es384(mill_test_report(1)), schemas=[MTR_SCHEMA])
    plan = plan_qr(one_heat)
    assert not plan.is_multipart and plan.within_target
    assert plan.symbols[0].ecc == "Q" and plan.symbols[0].version <= 22  # Q still fits
    three_heats = encode_td1(sign_es384(mill_test_report(3)), schemas=[MTR_SCHEMA])
    symbol = plan_qr(three_heats).symbols[0]
    assert symbol.version <= 22 and symbol.ecc in {"M", "Q"}


@pytest.mark.parametrize(
    ("length", "version", "ecc"),
    [
        (823, 22, "Q"),  # Q fits the target exactly
        (824, 19, "M"),  # Q would need 23: M instead
        (1000, 21, "M"),  # a ~1,000-character TD1
        (1134, 22, "M"),
        (1300, 24, "M"),  # over the target, under the hard cap
        (1451, 25, "M"),
    ],
)
def test_print_rules_for_one_symbol(length: int, version: int, ecc: str) -> None:
    plan = plan_qr(td1_of_length(length))
    assert [(s.version, s.ecc) for s in plan.symbols] == [(version, ecc)]
    assert plan.within_target == (version <= 22)


def test_beyond_version_25_the_text_is_split_into_parts_of_version_20_or_less() -> None:
    text = td1_of_length(5000)
    plan = plan_qr(text)
    assert plan.is_multipart and len(plan.symbols) == 6
    assert all(s.version <= 20 and s.ecc == "M" for s in plan.symbols)
    assert plan_qr(td1_of_length(1452)).is_multipart  # one character over version 25
    collector = PartCollector()
    for symbol in reversed(plan.symbols):
        decoded = scan(symbol)
        assert decoded.text == symbol.text
        collector.add(decoded.text)
    assert collector.assemble() == text


@pytest.mark.parametrize("signer", [sign_es384, sign_ed25519])
def test_rendered_symbol_decodes_back_to_the_signed_credential(signer) -> None:
    jws = signer(mill_test_report(3))
    text = encode_td1(jws, schemas=[MTR_SCHEMA])
    symbol = plan_qr(text).symbols[0]
    decoded = scan(symbol)
    assert decoded.text == text
    assert decoded.extra["Version"] == str(symbol.version) and decoded.extra["ECLevel"] == symbol.ecc
    assert decode_td1(decoded.text, schemas=[MTR_SCHEMA]) == jws


def test_printed_size() -> None:
    assert min_module_mm == MIN_MODULE_MM == 0.508 and quiet_zone_modules == QUIET_ZONE_MODULES == 4
    symbol = make_symbol(td1_of_length(900), 19, "M")
    assert symbol_size_mm(symbol, 0.508) == pytest.approx((93 + 8) * 0.508)
    assert symbol_size_mm(symbol, 0.6, quiet_zone=False) == pytest.approx(93 * 0.6)
    with pytest.raises(ValueError):
        symbol_size_mm(symbol, 0.4)


@pytest.mark.parametrize("text", ["td1:abc", "TD1:AB\n", "", "TD1:É"])
def test_text_outside_the_alphanumeric_set_is_refused(text: str) -> None:
    with pytest.raises(QrPlanError):
        plan_qr(text)
