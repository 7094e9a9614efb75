"""Mutation generators for credentials other implementations issued (tests/data/peers):
the 2023 traceability JOSE profile's header rules, documents whose issuer is a plain
string (the W3C vectors), and presentations (a holder's vp+jwt around others' tokens).

Like `tamper.py`, deterministic and written with the standard library only.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from typing import Any

from tests.hardening.tamper import (
    ALTERED_JWS,
    Expect,
    Mutation,
    b64url,
    header_of,
    red,
    split_token,
    with_header,
)

MUST_READ = frozenset({"format"})


def profile_mutations(token: str, other_did: str) -> Iterator[Mutation]:
    """The JOSE header profile of a vc+jwt: explicit typing, `iss`, relative kid, crit."""
    header = header_of(token)

    def case(label: str, new_header: dict[str, Any], expect: Expect) -> Mutation:
        return Mutation("jws.profile", label, "vc+jwt", with_header(token, new_header), expect)

    without = {k: v for k, v in header.items() if k not in ("typ", "cty")}
    yield case("typ and cty removed (a bare JWT)", without, red("format", "format.typ_missing"))
    typing = {"format.typ", "format.cty"}  # whichever of the two the header breaks first
    for typ in ("JWT", "vp+jwt", "vc+sd-jwt", "application/json"):
        yield case(f"typ {typ!r}", {**header, "typ": typ}, red("format", typing))
    for cty in ("json", "vp", "vp+ld+json", "JWT"):
        yield case(f"cty {cty!r}", {**header, "cty": cty}, red("format", typing))
    yield case("crit added", {**header, "crit": ["iss"]}, red("format", "format.crit"))
    yield case(
        "header iss → another DID",
        {**header, "iss": other_did},
        red("issuer_key", "issuer_key.iss_mismatch", must_pass=MUST_READ),
    )
    if str(header.get("kid", "")).startswith("#"):
        yield case(
            "relative kid → #1 (no such key)",
            {**header, "kid": "#1"},
            red("issuer_key", "issuer_key.unknown_key", must_pass=MUST_READ),
        )
        yield case(
            "kid → another DID's #0",
            {**header, "kid": other_did + "#0"},
            red("issuer_key", "issuer_key.kid_not_issuer", must_pass=MUST_READ),
        )
    # relabelled between the profiles: the header bytes change, so the signature no longer holds
    relabel = (
        {**header, "typ": "vc+jwt", "cty": "vc"}
        if header.get("typ") != "vc+jwt"
        else {**{k: v for k, v in header.items() if k != "typ"}, "cty": "vc+ld+json"}
    )
    # (a VC 1.1 payload is read only in the 2023 profile: relabelled to VC-JOSE-COSE it is refused unread)
    yield case("profile relabelled", relabel, red({"signature", "format"}, {"signature.mismatch", "format.vc1"}))


def _string_sites(value: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*path, key), "key"
            yield from _string_sites(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _string_sites(item, (*path, index))
    elif isinstance(value, str):
        yield path, "value"


def _flip(text: str) -> str:
    i = len(text) // 2
    return text[:i] + chr(ord(text[i]) ^ 1) + text[i + 1 :]


def document_flips(
    document: dict[str, Any], *, skip: Callable[[tuple, str], bool] = lambda p, s: False
) -> Iterator[Mutation]:
    """One bit of one character of every member name and string value of a secured JSON
    document (its proof included): each must be red for a named check."""
    suite = document["proof"]["cryptosuite"]
    for path, site in _string_sites(document):
        if skip(path, site):
            continue
        doc = copy.deepcopy(document)
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        if site == "value":
            parent[path[-1]] = _flip(parent[path[-1]])
        else:
            parent[_flip(path[-1])] = parent.pop(path[-1])
        yield Mutation(
            "di.flip",
            f"{suite}: {site} at {'/'.join(map(str, path))}",
            "data-integrity",
            doc,
            red({"format", "signature", "issuer_key"}),
        )


def presentation_payload(holder: str, tokens: list[str]) -> dict[str, Any]:
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "holder": holder,
        "verifiableCredential": [
            {
                "@context": "https://www.w3.org/ns/credentials/v2",
                "id": f"data:application/vc+jwt,{t}",
                "type": "EnvelopedVerifiableCredential",
            }
            for t in tokens
        ],
    }


def vp_token(payload: dict[str, Any], kid: str, alg: str, sign: Callable[[bytes], bytes]) -> str:
    header = b64url(json.dumps({"alg": alg, "typ": "vp+jwt", "kid": kid}).encode())
    signing_input = f"{header}.{b64url(json.dumps(payload).encode())}"
    return f"{signing_input}.{b64url(sign(signing_input.encode('ascii')))}"


def presentation_mutations(
    holder: str,
    kid: str,
    alg: str,
    sign: Callable[[bytes], bytes],
    tokens: list[str],
    altered: list[tuple[str, str, Expect]],
) -> Iterator[Mutation]:
    """A holder's genuinely signed vp+jwt around one altered document (its own expectation:
    the presentation is red and that document fails for the named check), then the
    holder's own header and signature changed."""
    for index in range(len(tokens)):
        for label, bad, expect in altered:
            carried = list(tokens)
            carried[index] = bad
            yield Mutation(
                "vp.document",
                f"document {index + 1}: {label}",
                "vp+jwt",
                (vp_token(presentation_payload(holder, carried), kid, alg, sign), index),
                expect,
            )
    genuine = vp_token(presentation_payload(holder, tokens), kid, alg, sign)
    header, payload, signature = split_token(genuine)
    for label, new_header in (
        ("holder kid → document issuer's key", {"alg": alg, "typ": "vp+jwt", "kid": "did:example:other#0"}),
        ("typ vc+jwt", {"alg": alg, "typ": "vc+jwt", "kid": kid}),
    ):
        token = ".".join(b64url(p) for p in (json.dumps(new_header).encode(), payload, signature))
        yield Mutation("vp.holder", label, "vp+jwt", (token, None), ALTERED_JWS)
    for pos in range(0, len(signature), 7):
        changed = signature[:pos] + bytes([signature[pos] ^ 0x01]) + signature[pos + 1 :]
        token = ".".join(b64url(p) for p in (header, payload, changed))
        yield Mutation(
            "vp.holder",
            f"holder signature byte {pos}",
            "vp+jwt",
            (token, None),
            red("signature", "signature.mismatch", must_pass={"format", "issuer_key"}),
        )
