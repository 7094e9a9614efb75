"""Which JSON keys the traceability JSON-LD context defines, per node type.

The shipped ``contexts/traceability-v1.jsonld`` declares a few top-level terms and,
for each class, a *type-scoped* context. JSON-LD 1.1 applies a type-scoped context
only to the object that carries that ``type`` (it does not propagate to nested
objects), so the keys an object may use are: the top-level terms plus the scoped
terms of its own types. A key outside that set would fall through to the
context's ``@vocab`` (``issuer-dependent#``), i.e. lose its meaning; this module
lets the loader and the tests reject such keys before anything is signed.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from sello.core.resources import load_json_resource

CONTEXT_FILE = "traceability-v1.jsonld"


@dataclass(frozen=True)
class Vocabulary:
    top_level: frozenset[str]
    scoped: dict[str, frozenset[str]]

    def is_type(self, name: str) -> bool:
        return name in self.scoped

    def is_term(self, name: str) -> bool:
        return name in self.top_level

    def keys_for(self, types: tuple[str, ...] | list[str]) -> frozenset[str]:
        keys = set(self.top_level)
        for type_name in types:
            keys |= self.scoped.get(type_name, frozenset())
        return frozenset(keys)

    def undefined_terms(self, node: object, path: str = "credentialSubject") -> list[str]:
        """Paths of every key or ``type`` value in ``node`` that the context does not define
        for the object it sits in. Empty means JSON-LD keeps every member."""
        problems: list[str] = []
        if isinstance(node, list):
            for index, item in enumerate(node):
                problems += self.undefined_terms(item, f"{path}[{index}]")
            return problems
        if not isinstance(node, dict):
            return problems
        raw_types = node.get("type", [])
        types = [raw_types] if isinstance(raw_types, str) else list(raw_types)
        for type_name in types:
            if not isinstance(type_name, str) or not self.is_type(type_name):
                problems.append(f"{path}.type={type_name!r}")
        allowed = self.keys_for([t for t in types if isinstance(t, str)])
        for key, value in node.items():
            if key not in allowed:
                problems.append(f"{path}.{key}")
            if key != "type":
                problems += self.undefined_terms(value, f"{path}.{key}")
        return problems


@functools.cache
def traceability_vocabulary() -> Vocabulary:
    context = load_json_resource("contexts", CONTEXT_FILE)["@context"]
    top_level: set[str] = set()
    scoped: dict[str, frozenset[str]] = {}
    for term, definition in context.items():
        if term.startswith("@"):
            continue
        top_level.add(term)
        if isinstance(definition, dict) and isinstance(definition.get("@context"), dict):
            scoped[term] = frozenset(k for k in definition["@context"] if not k.startswith("@"))
    return Vocabulary(frozenset(top_level), scoped)
