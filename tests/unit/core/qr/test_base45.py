"""Base45 (RFC 9285): the RFC's vectors, strictness, and encode∘decode identity."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sello.core.errors import InputError
from sello.core.qr.base45 import (
    ALPHABET,
    Base45CharacterError,
    Base45Error,
    Base45LengthError,
    Base45LowercaseError,
    Base45OverflowError,
    b45decode,
    b45encode,
)

RFC_9285_VECTORS = [
    (b"AB", "BB8"),
    (b"Hello!!", "%69 VD92EX0"),
    (b"base-45", "UJCLQE7W581"),
    (b"ietf!", "QED8WEX0"),
]


@pytest.mark.parametrize(("data", "text"), RFC_9285_VECTORS)
def test_rfc_9285_vectors(data: bytes, text: str) -> None:
    assert b45encode(data) == text
    assert b45decode(text) == data


def test_alphabet_is_the_qr_alphanumeric_set() -> None:
    assert ALPHABET == "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
    assert len(set(ALPHABET)) == 45


def test_empty_and_edge_values() -> None:
    assert b45encode(b"") == "" and b45decode("") == b""
    assert b45decode(b45encode(b"\xff\xff")) == b"\xff\xff"
    assert b45encode(b"\xff\xff") == "FGW"  # 65535 = 15 + 36*45 + 32*2025
    assert b45decode("FGW") == b"\xff\xff"


def test_lower_case_is_refused_and_upper_casing_repairs_it() -> None:
    with pytest.raises(Base45LowercaseError) as caught:
        b45decode("qed8wex0")
    assert caught.value.position == 0
    assert "upper-casing" in caught.value.message.lower()
    assert isinstance(caught.value, InputError)
    assert b45decode("qed8wex0".upper()) == b"ietf!"


def test_invalid_character_reports_its_position() -> None:
    with pytest.raises(Base45CharacterError) as caught:
        b45decode("QED8W#X0")
    assert caught.value.position == 5
    assert "position 6" in caught.value.message and "'#'" in caught.value.message


def test_line_break_from_a_scanner_is_named() -> None:
    with pytest.raises(Base45CharacterError, match="line break at position 9"):
        b45decode("QED8WEX0\n")


def test_impossible_length() -> None:
    with pytest.raises(Base45LengthError, match="4 characters long"):
        b45decode("QED8")


def test_triple_over_65535() -> None:
    assert 44 + 44 * 45 + 44 * 2025 > 65535
    with pytest.raises(Base45OverflowError, match="more than 65535") as caught:
        b45decode("BB8:::")
    assert caught.value.position == 3


def test_pair_over_255() -> None:
    with pytest.raises(Base45OverflowError, match="more than 255"):
        b45decode("BB8::")  # ':' ':' = 44 + 44*45 = 2024


def test_every_error_is_a_base45_input_error() -> None:
    for bad in ("a", "#", "A", ":::"):
        with pytest.raises(Base45Error):
            b45decode(bad)


@given(st.binary(max_size=300))
def test_encode_decode_identity(data: bytes) -> None:
    text = b45encode(data)
    assert set(text) <= set(ALPHABET)
    assert len(text) == len(data) // 2 * 3 + len(data) % 2 * 2
    assert b45decode(text) == data


@given(st.text(max_size=60))
def test_arbitrary_text_decodes_or_raises_base45_error(text: str) -> None:
    try:
        data = b45decode(text)
    except Base45Error:
        return
    assert b45encode(data) == text
