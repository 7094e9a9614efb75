"""Strict parsing of compact JWS and of the `vc+jwt` protected header (VC-JOSE).

Everything here is about the bytes of the token; which key signs and whether the
signature holds is the verification pipeline's business. Each rejection is a
`CheckError` naming the check ("format" or "signature") and a message code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sello.core.bounded_json import loads_bounded
from sello.core.credentials.verdict import CheckError
from sello.core.encoding import b64url_decode
from sello.core.errors import InputError
from sello.core.limits import LimitError

MAX_TOKEN_CHARS = 512 * 1024

# JOSE algorithms a vc+jwt may use; RFC 9864 "Ed25519" is the new name of EdDSA-on-Ed25519.
SUPPORTED_ALGS = frozenset({"ES256", "ES384", "EdDSA", "Ed25519"})

_PART_NAMES = {
    "header": {"en": "header", "es": "encabezado"},
    "payload": {"en": "payload", "es": "contenido"},
    "signature": {"en": "signature", "es": "firma"},
    "document": {"en": "document", "es": "documento"},
}


def part_name(part: str) -> dict[str, str]:
    return _PART_NAMES.get(part, {"en": part, "es": part})


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_json_strict(data: bytes | str, part: str = "document", *, entry_point: str = "credential") -> Any:
    """JSON as RFC 8259 means it: UTF-8, no duplicate member names, no NaN/Infinity.

    A duplicate member is how two readers of one signed text can see different
    values, so it is rejected rather than last-one-wins.
    """

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in pairs:
            if key in out:
                raise CheckError("format", "format.duplicate_member", part=part_name(part), member=key[:60])
            out[key] = value
        return out

    try:
        what = {"en": f"The {part_name(part)['en']}", "es": f"El {part_name(part)['es']}"}
        return loads_bounded(
            data, entry_point, what=what, object_pairs_hook=no_duplicates, parse_constant=_reject_constant
        )
    except CheckError:
        raise
    except LimitError as exc:
        raise CheckError("format", exc.code, **exc.params) from None
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise CheckError("format", "format.bad_json", part=part_name(part)) from None


@dataclass(frozen=True)
class CompactJws:
    header: dict[str, Any]
    payload: bytes
    signature: bytes
    signing_input: bytes

    @property
    def alg(self) -> str:
        return str(self.header.get("alg", ""))


def looks_like_compact_jws(text: str) -> bool:
    """Three dot-separated runs of base64url characters (the first non-empty)."""
    parts = text.split(".")
    return (
        len(parts) == 3
        and bool(parts[0])
        and all(all(c.isalnum() and c.isascii() or c in "-_" for c in p) for p in parts)
    )


def parse_compact_jws(token: str) -> CompactJws:
    if not isinstance(token, str):
        raise CheckError("format", "format.not_compact_jws")
    if len(token) > MAX_TOKEN_CHARS:
        raise CheckError("format", "format.too_large", size=len(token), limit=MAX_TOKEN_CHARS)
    parts = token.split(".")
    if len(parts) != 3:
        code = "format.jwe" if len(parts) == 5 else "format.not_compact_jws"
        raise CheckError("format", code, evidence={"parts": len(parts)})
    decoded = []
    for name, segment in zip(("header", "payload", "signature"), parts, strict=False):
        try:
            decoded.append(b64url_decode(segment))
        except InputError:
            raise CheckError("format", "format.bad_base64", part=part_name(name)) from None
    header = parse_json_strict(decoded[0], "header")
    if not isinstance(header, dict):
        raise CheckError("format", "format.not_object", part=part_name("header"))
    if not decoded[1]:
        raise CheckError("format", "format.detached_payload")
    return CompactJws(header, decoded[1], decoded[2], f"{parts[0]}.{parts[1]}".encode("ascii"))


def _media_type(value: Any) -> str | None:
    """RFC 7515 §4.1.9: "application/" may be left out, and media types ignore case."""
    if not isinstance(value, str):
        return None
    lower = value.lower()
    return lower.removeprefix("application/")


# JOSE profiles Sello recognises, by what the token secures ("vc" or "vp"):
# VC-JOSE-COSE (W3C Recommendation 2025): typ vc+jwt / vp+jwt, cty vc / vp when present.
# The 2023 traceability profile (W3C CCG traceability suite, VC-JOSE-COSE drafts of 2023):
# typ vc+ld+json+jwt, or no typ with cty vc+ld+json (or vc); `iss` and a relative `kid`
# in the header.
VC_JOSE_COSE = "vc-jose-cose"
TRACEABILITY_2023 = "traceability-2023"
_TYP = {
    "vc": {"vc+jwt": VC_JOSE_COSE, "vc+ld+json+jwt": TRACEABILITY_2023},
    "vp": {"vp+jwt": VC_JOSE_COSE, "vp+ld+json+jwt": TRACEABILITY_2023},
}
_CTY = {"vc": frozenset({"vc", "vc+ld+json"}), "vp": frozenset({"vp", "vp+ld+json"})}


def check_vc_jwt_header(header: dict[str, Any], kind: str = "vc") -> str:
    """The JOSE profile of a `vc+jwt` (kind "vc") or `vp+jwt` ("vp") header; raises
    `CheckError` ("format") on the first problem.

    Decisions: explicit typing (RFC 8725 §3.11: a JWT for another purpose signed by the
    same key must not pass as a credential) is met by `typ`, or -- in the 2023 profile,
    which had no `typ` -- by a credential `cty`; a bare JWT with neither is refused.
    No `crit` extension is understood, so any `crit` is rejected (RFC 7515 §4.1.11), as
    is an unencoded payload (`b64`).
    """
    if "alg" not in header:
        raise CheckError("format", "format.no_alg")
    cty = _media_type(header.get("cty")) if "cty" in header else None
    if "cty" in header and cty not in _CTY[kind]:
        raise CheckError("format", "format.cty", cty=str(header["cty"])[:60])
    typ = header.get("typ")
    if typ is None:
        if cty is None:
            raise CheckError("format", "format.typ_missing")
        profile = TRACEABILITY_2023
    else:
        found = _TYP[kind].get(_media_type(typ) or "")
        if found is None:
            raise CheckError("format", "format.typ", typ=str(typ)[:60])
        profile = found
    if "crit" in header:
        crit = header["crit"]
        names = ", ".join(str(c)[:40] for c in crit) if isinstance(crit, list) else str(crit)[:60]
        raise CheckError("format", "format.crit", names=names or "[]")
    if "b64" in header and header["b64"] is not True:
        raise CheckError("format", "format.b64")
    return profile


def check_alg_allowed(alg: Any) -> str:
    """The `alg` if Sello verifies it at all; raises `CheckError` ("signature")."""
    if not isinstance(alg, str):
        raise CheckError("signature", "signature.alg_unsupported", alg=str(alg)[:40])
    if alg.lower() == "none":
        raise CheckError("signature", "signature.alg_none")
    if alg.upper().startswith("HS"):
        raise CheckError("signature", "signature.alg_symmetric", alg=alg[:40])
    if alg not in SUPPORTED_ALGS:
        raise CheckError("signature", "signature.alg_unsupported", alg=alg[:40])
    return alg
