"""SelectorIndex answers exactly what scanning a list with Selector.matches answers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sello.core.documents.subject_paths import NodeSpec, Selector, SelectorIndex

_symbols = st.sampled_from(["C", "Mn", "Si", "P"])
_child_values = _symbols | st.none() | st.integers(0, 2) | st.lists(_symbols, max_size=1)
_child = st.dictionaries(st.sampled_from(["symbol", "kind"]), _child_values, max_size=2)
_element = (
    st.fixed_dictionaries({"element": _child | st.lists(_child, min_size=1, max_size=2) | _symbols})
    | st.just("not an object")
    | st.fixed_dictionaries({})
)


@given(st.lists(_element, max_size=8), _symbols, st.sampled_from([(), ("kind", "A")]), st.lists(_element, max_size=3))
def test_find_is_the_first_match(elements: list, symbol: str, extra: tuple, appended: list) -> None:
    consts = (("symbol", symbol), *([extra] if extra else []))
    selector = Selector("element", NodeSpec(("ChemicalElement",), consts))
    index = SelectorIndex()
    assert index.find(elements, selector) is next((e for e in elements if selector.matches(e)), None)
    for element in appended:  # the writer appends; the index follows
        elements.append(element)
        if isinstance(element, dict):
            index.added(elements, element)
    assert index.find(elements, selector) is next((e for e in elements if selector.matches(e)), None)
