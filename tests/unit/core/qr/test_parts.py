"""Multi-part TD1 codes: split, collect in any order, never mix two documents."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sello.core.qr.base45 import ALPHABET
from sello.core.qr.parts import MAX_PARTS, PartCollector, document_id, is_td1_part, split_td1
from sello.core.qr.payload import Td1Error, decode_td1

TEXT = "TD1:" + "".join(random.Random(7).choices(ALPHABET, k=2500))
OTHER = "TD1:" + "".join(random.Random(8).choices(ALPHABET, k=2500))


def test_text_that_fits_is_not_split() -> None:
    assert split_td1(TEXT, len(TEXT)) == [TEXT]


def test_parts_are_few_balanced_and_within_the_limit() -> None:
    parts = split_td1(TEXT, 970)
    assert len(parts) == 3
    assert all(len(part) <= 970 and is_td1_part(part) for part in parts)
    assert [part.split(":", 1)[0] for part in parts] == [f"TD1/{i}/3/{document_id(TEXT)}" for i in (1, 2, 3)]
    chunk_sizes = {len(part.split(":", 1)[1]) for part in parts}
    assert max(chunk_sizes) - min(chunk_sizes) <= 1
    assert set("".join(parts)) <= set(ALPHABET) | set("0123456789ABCDEF/")


def test_parts_collected_in_any_order_give_back_the_text() -> None:
    parts = split_td1(TEXT, 500)
    collector = PartCollector()
    assert collector.progress == (0, 0) and not collector.complete
    for count, part in enumerate(reversed(parts), start=1):
        assert collector.add(part) is True
        assert collector.progress == (count, len(parts))
    assert collector.add(parts[0]) is False  # the same code scanned twice
    assert collector.complete and collector.missing == []
    assert collector.assemble() == TEXT


def test_a_part_of_another_document_is_refused() -> None:
    collector = PartCollector()
    collector.add(split_td1(TEXT, 970)[0])
    with pytest.raises(Td1Error, match="another document") as caught:
        collector.add(split_td1(OTHER, 970)[1])
    assert caught.value.reason == "part_mismatch"
    assert collector.progress == (1, 3)
    collector.reset()
    assert collector.add(split_td1(OTHER, 970)[1]) and collector.document_id == document_id(OTHER)


def test_same_part_with_other_content_is_refused() -> None:
    first = split_td1(TEXT, 970)[0]
    damaged = first[:-1] + ("A" if first[-1] != "A" else "B")
    collector = PartCollector()
    collector.add(first)
    with pytest.raises(Td1Error) as caught:
        collector.add(damaged)
    assert caught.value.reason == "part_mismatch"


def test_missing_parts_are_named() -> None:
    parts = split_td1(TEXT, 500)
    collector = PartCollector()
    collector.add(parts[1])
    assert collector.missing == [1, 3, 4, 5, 6]
    with pytest.raises(Td1Error, match="1, 3, 4, 5, 6") as caught:
        collector.assemble()
    assert caught.value.reason == "incomplete"


def test_damaged_chunk_fails_the_document_check() -> None:
    parts = split_td1(TEXT, 970)
    header, chunk = parts[1].split(":", 1)
    damaged = f"{header}:{chunk[:10]}{'B' if chunk[10] == 'A' else 'A'}{chunk[11:]}"
    collector = PartCollector()
    for part in (parts[0], damaged, parts[2]):
        collector.add(part)
    with pytest.raises(Td1Error, match="fails its check") as caught:
        collector.assemble()
    assert caught.value.reason == "corrupt"


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        "TD1/0/2/0123ABCD:AB",
        "TD1/3/2/0123ABCD:AB",
        "TD1/1/1/0123ABCD:AB",
        "TD1/01/2/0123ABCD:AB",
        "TD1/1/2/0123abcd:AB",
        "TD1/1/2/0123ABC:AB",
        "TD1/1/2/0123ABCD:",
        "TD1/1/2/0123ABCD:ab",
        "td1/1/2/0123ABCD:AB",
    ],
)
def test_malformed_parts(text: str) -> None:
    assert not is_td1_part(text)
    with pytest.raises(Td1Error) as caught:
        PartCollector().add(text)
    assert caught.value.reason == "part"


def test_decoding_a_single_part_says_to_scan_all_parts() -> None:
    with pytest.raises(Td1Error, match="multi-part") as caught:
        decode_td1(split_td1(TEXT, 970)[0])
    assert caught.value.reason == "part"


def test_too_many_parts_and_non_td1_text_are_refused() -> None:
    with pytest.raises(Td1Error) as caught:
        split_td1(TEXT, 30)  # 2,500 characters in 99 parts of ≤ 12 is impossible
    assert caught.value.reason == "too_large"
    smallest = -(-2500 // MAX_PARTS) + len("TD1/99/99/0123ABCD:")
    assert len(split_td1(TEXT, smallest)) <= MAX_PARTS
    with pytest.raises(Td1Error):
        split_td1(TEXT, smallest - 1)
    with pytest.raises(Td1Error) as caught:
        split_td1("HELLO WORLD", 5)
    assert caught.value.reason == "prefix"


@given(st.text(alphabet=ALPHABET, min_size=1, max_size=600), st.integers(40, 700), st.randoms())
def test_split_then_collect_in_any_order_is_identity(body: str, max_chars: int, rng: random.Random) -> None:
    text = "TD1:" + body
    parts = split_td1(text, max_chars)
    assert all(len(part) <= max_chars for part in parts) or parts == [text]
    if len(parts) == 1:
        assert parts == [text] and len(text) <= max_chars
        return
    rng.shuffle(parts)
    collector = PartCollector()
    for part in parts:
        collector.add(part)
    assert collector.assemble() == text
