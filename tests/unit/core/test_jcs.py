"""sello.core.jcs writes exactly the bytes of the rfc8785 reference, faster where it can."""

from __future__ import annotations

import math

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from sello.core import jcs

_keys = st.text(max_size=8) | st.sampled_from(["\ue000", "\U0001f600", "a\U00010000", "\uffff", "é", ""])
_numbers = (
    st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([0.0, -0.0, 1.0, 1e16, 1e21, 1e-7, 1e-4, 0.1, 123456789012345.6, 5e-324])
)
_scalars = st.none() | st.booleans() | _numbers | st.text(max_size=12)
_values = st.recursive(
    _scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_keys, children, max_size=4),
    max_leaves=30,
)


@settings(max_examples=600, deadline=None)
@given(_values)
def test_same_bytes_as_rfc8785(value: object) -> None:
    assert jcs.dumps(value) == rfc8785.dumps(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"b": 2.0, "a": [1e21, 1e-7, -0.0, 0.5]}, b'{"a":[1e+21,1e-7,0,0.5],"b":2}'),  # floats JCS's way
        ({"\ue000": 1, "\U0001f600": 2}, '{"\U0001f600":2,"\ue000":1}'.encode()),  # UTF-16 key order
        ({"t": 'tab\tquote"\x01é'}, b'{"t":"tab\\tquote\\"\\u0001\xc3\xa9"}'),
    ],
)
def test_known_canonical_forms(value: object, expected: bytes) -> None:
    assert jcs.dumps(value) == expected


@pytest.mark.parametrize("value", [2**53, math.nan, math.inf, "\ud800", {1: "x"}, object()])
def test_what_jcs_cannot_carry_is_refused_like_rfc8785(value: object) -> None:
    with pytest.raises(jcs.CanonicalizationError):
        rfc8785.dumps(value)
    with pytest.raises(jcs.CanonicalizationError):
        jcs.dumps(value)


def test_the_fast_path_serves_a_credential() -> None:
    credential = {"@context": ["https://www.w3.org/ns/credentials/v2"], "credentialSubject": {"mass": 12.5, "n": 3}}
    assert jcs._plain(credential)
    assert not jcs._plain({"x": 2.0}) and not jcs._plain({"x": (1, 2)})
