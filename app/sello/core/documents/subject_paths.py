"""The little path language that places a form field inside ``credentialSubject``.

A document-type field says where its value goes with a path such as::

    inspection{InspectionReport}.chemicalObservation[property{ChemicalProperty|formula=C}]{Observation}.measurement{MeasuredValue|unitCode=P1}.value

Grammar (one segment per JSON key, separated by dots)::

    path      := segment ("." segment)*
    segment   := KEY selector? node?
    selector  := "[]"                    the key holds a list, one element per row of a
                                         repeatable section (only at the end of a
                                         repeatable section's path)
               | "[" KEY node "]"        the key holds a list; this segment is the element
                                         whose KEY child carries the node's constants
    node      := "{" TYPE ("," TYPE)* ("|" KEY "=" VALUE ("," KEY "=" VALUE)*)? "}"
                                         the value is an object with this JSON-LD ``type``
                                         and these constant string members

The last segment is the member that receives the field's value. Constants never
contain ``. , | = { } [ ]``; longer fixed texts (a certification statement) are
declared on the document type instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_KEY_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_VALUE_RE = re.compile(r"[^.,|={}\[\]]+")


class PathSyntaxError(ValueError):
    """A path in a document-type file does not follow the grammar above."""


@dataclass(frozen=True)
class NodeSpec:
    types: tuple[str, ...]
    consts: tuple[tuple[str, str], ...] = ()

    def type_value(self) -> str | list[str]:
        return self.types[0] if len(self.types) == 1 else list(self.types)

    def new_node(self) -> dict:
        node: dict = {"type": self.type_value()}
        for key, value in self.consts:
            node[key] = value
        return node

    def text(self) -> str:
        consts = ",".join(f"{k}={v}" for k, v in self.consts)
        return "{" + ",".join(self.types) + (f"|{consts}" if consts else "") + "}"


@dataclass(frozen=True)
class Selector:
    """Picks the list element whose ``key`` member is an object carrying ``node.consts``."""

    key: str
    node: NodeSpec

    def matches(self, element: object) -> bool:
        if not isinstance(element, dict):
            return False
        child = element.get(self.key)
        if isinstance(child, list) and len(child) == 1:
            child = child[0]
        if not isinstance(child, dict):
            return False
        return all(child.get(k) == v for k, v in self.node.consts)


class SelectorIndex:
    """Finds the element a `Selector` picks in a list, hashing each list once.

    A mill test report's chemistry is a list of elements each picked by its symbol; asking
    `Selector.matches` of every element for every field made reading and writing a subject
    quadratic (issue 19: half of `subject_to_data`). Within one walk over one subject, the
    index keeps per list (by identity: the lists live as long as the walk) and per selector
    shape a table from the selected child's constant values to the first element carrying
    them. Constants are strings, so equality and hashing agree: `find` answers exactly what
    the first `matches` would; `added` keeps the tables right when the writer appends."""

    def __init__(self) -> None:
        self._tables: dict[tuple[int, str, tuple[str, ...]], dict[tuple[Any, ...], dict]] = {}
        self._shapes: dict[int, list[tuple[int, str, tuple[str, ...]]]] = {}

    def find(self, elements: list, selector: Selector) -> dict | None:
        names = tuple(name for name, _ in selector.node.consts)
        shape = (id(elements), selector.key, names)
        table = self._tables.get(shape)
        if table is None:
            table = {}
            for element in elements:
                self._enter(table, element, selector.key, names)
            self._tables[shape] = table
            self._shapes.setdefault(id(elements), []).append(shape)
        return table.get(tuple(value for _, value in selector.node.consts))

    def added(self, elements: list, element: dict) -> None:
        for shape in self._shapes.get(id(elements), ()):
            self._enter(self._tables[shape], element, shape[1], shape[2])

    @staticmethod
    def _enter(table: dict[tuple[Any, ...], dict], element: object, key: str, names: tuple[str, ...]) -> None:
        if not isinstance(element, dict):
            return
        child = element.get(key)
        if isinstance(child, list) and len(child) == 1:
            child = child[0]
        if not isinstance(child, dict):
            return
        values = tuple(child.get(name) for name in names)
        try:
            table.setdefault(values, element)
        except TypeError:  # a list or object where a constant belongs: matches no selector
            pass


@dataclass(frozen=True)
class Segment:
    key: str
    node: NodeSpec | None = None
    selector: Selector | None = None
    rows: bool = False  # "[]": one list element per repeatable row

    def identity(self) -> str:
        """The segment without its node annotation: two paths reach the same JSON object
        exactly when their identities match."""
        if self.rows:
            return self.key + "[]"
        if self.selector:
            return f"{self.key}[{self.selector.key}{self.selector.node.text()}]"
        return self.key

    def text(self) -> str:
        return self.identity() + (self.node.text() if self.node else "")


@dataclass(frozen=True)
class SubjectPath:
    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        return ".".join(s.text() for s in self.segments)

    def __add__(self, other: SubjectPath) -> SubjectPath:
        return SubjectPath(self.segments + other.segments)


EMPTY_PATH = SubjectPath(())


def parse_path(text: str) -> SubjectPath:
    """Parse a path; raises PathSyntaxError with the position of the problem."""
    parser = _Parser(text)
    segments = [parser.segment()]
    while not parser.at_end():
        parser.expect(".")
        segments.append(parser.segment())
    return SubjectPath(tuple(segments))


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def fail(self, what: str) -> PathSyntaxError:
        return PathSyntaxError(f"{what} at character {self.pos + 1} of {self.text!r}")

    def at_end(self) -> bool:
        return self.pos >= len(self.text)

    def peek(self) -> str:
        return self.text[self.pos] if not self.at_end() else ""

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise self.fail(f"expected {char!r}")
        self.pos += 1

    def match(self, regex: re.Pattern[str], what: str) -> str:
        found = regex.match(self.text, self.pos)
        if not found:
            raise self.fail(f"expected {what}")
        self.pos = found.end()
        return found.group(0)

    def segment(self) -> Segment:
        key = self.match(_KEY_RE, "a JSON key")
        selector = None
        rows = False
        if self.peek() == "[":
            self.pos += 1
            if self.peek() == "]":
                rows = True
            else:
                sel_key = self.match(_KEY_RE, "a JSON key in the selector")
                if self.peek() != "{":
                    raise self.fail("expected '{' after the selector key")
                sel_node = self.node()
                if not sel_node.consts:
                    raise self.fail("a selector needs at least one constant")
                selector = Selector(sel_key, sel_node)
            self.expect("]")
        node = self.node() if self.peek() == "{" else None
        return Segment(key, node=node, selector=selector, rows=rows)

    def node(self) -> NodeSpec:
        self.expect("{")
        types = [self.match(_KEY_RE, "a type name")]
        while self.peek() == ",":
            self.pos += 1
            types.append(self.match(_KEY_RE, "a type name"))
        consts: list[tuple[str, str]] = []
        if self.peek() == "|":
            self.pos += 1
            while True:
                key = self.match(_KEY_RE, "a constant's key")
                self.expect("=")
                value = self.match(_VALUE_RE, "a constant's value")
                consts.append((key, value))
                if self.peek() != ",":
                    break
                self.pos += 1
        self.expect("}")
        return NodeSpec(tuple(types), tuple(consts))
