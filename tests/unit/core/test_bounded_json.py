"""The one bounded JSON reader: limits are measured before `json.loads` runs."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sello.core.bounded_json import loads_bounded, measure_json
from sello.core.limits import JSON_ENTRY_POINTS, JsonBounds, LimitError

SMALL = JsonBounds("test", max_bytes=1000, max_values=50, max_depth=5)


def test_ordinary_json_is_read_as_json_loads_reads_it() -> None:
    text = '{"a": [1, 2, {"b": "x[{,"}], "c": null, "d": "\\"]]]]"}'
    assert loads_bounded(text, SMALL) == json.loads(text)
    assert loads_bounded(text.encode(), SMALL) == json.loads(text)


@pytest.mark.parametrize("depth, refused", [(5, False), (6, True)])
def test_depth_is_measured_before_decoding(depth: int, refused: bool) -> None:
    text = "[" * depth + "]" * depth
    if refused:
        with pytest.raises(LimitError) as caught:
            loads_bounded(text, SMALL, what="The file")
        assert caught.value.code == "limit.json_depth"
        assert "The file is JSON nested more than 5 levels deep" in caught.value.message
        assert "5 niveles" in caught.value.texts["es"]
    else:
        assert loads_bounded(text, SMALL) is not None


def test_a_hundred_thousand_levels_is_a_limit_not_a_recursion_error() -> None:
    with pytest.raises(LimitError, match="nested more than 64"):
        loads_bounded("[" * 100_000 + "]" * 100_000, "bundle")
    with pytest.raises(LimitError, match="nested more than 64"):
        loads_bounded('{"a":' * 100_000 + "1" + "}" * 100_000, "credential")


def test_brackets_and_commas_inside_strings_do_not_count() -> None:
    text = json.dumps(['[[[[[[[[[[{{{{{{,,,,,,,,,,\\"' * 10])
    assert loads_bounded(text, SMALL) == json.loads(text)


def test_values_and_bytes_are_bounded() -> None:
    with pytest.raises(LimitError) as caught:
        loads_bounded("[" + ",".join(["{}"] * 60) + "]", SMALL)
    assert caught.value.code == "limit.json_values"
    with pytest.raises(LimitError) as caught:
        loads_bounded(" " * 1001, SMALL)
    assert caught.value.code == "limit.json_bytes"
    with pytest.raises(LimitError):
        loads_bounded(b" " * 1001, SMALL)


def test_syntax_errors_stay_value_errors() -> None:
    with pytest.raises(ValueError):
        loads_bounded("{", SMALL)
    with pytest.raises(ValueError):
        loads_bounded(b"\xff{}", SMALL)


def test_unterminated_string_counts_its_brackets_conservatively() -> None:
    with pytest.raises((LimitError, ValueError)):
        loads_bounded('["' + "[" * 100, SMALL)


def test_every_entry_point_has_sane_bounds() -> None:
    for bounds in JSON_ENTRY_POINTS.values():
        assert 0 < bounds.max_depth <= 64 and bounds.max_values > 1000 and bounds.max_bytes >= 256 * 1024
        assert bounds.reason


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=30,
)


@given(json_values)
def test_measure_agrees_with_the_real_depth(value: object) -> None:
    text = json.dumps(value)

    def depth(v: object) -> int:
        if isinstance(v, list):
            return 1 + max((depth(x) for x in v), default=0)
        if isinstance(v, dict):
            return 1 + max((depth(x) for x in v.values()), default=0)
        return 0

    bounds = JsonBounds("t", 10**6, 10**6, max_depth=3)
    if depth(value) > 3:
        with pytest.raises(LimitError):
            measure_json(text, bounds, "x")
    else:
        measure_json(text, bounds, "x")


def test_string_blanking_never_fails_from_a_quote() -> None:
    """Found by CI's fuzzing: 8,668 unterminated quotes with escapes made the old string pattern
    fail and retry from every quote (2.5 s for 143 kB). The pattern must match from every quote
    (an unterminated string runs to the end), which keeps blanking linear."""
    from sello.core.bounded_json import _STRING

    hostile = '{"issuer": "' + "[" * 2000 + '"{\\\\\\"' * 3000 + "\\"
    for text in (hostile, hostile + '"', '"\\', '"', 'a"b"c"'):
        quotes = [i for i, char in enumerate(text) if char == '"']
        assert all(_STRING.match(text, i) is not None for i in quotes), text[:40]
