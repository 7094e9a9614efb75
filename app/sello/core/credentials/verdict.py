"""The result of verifying a credential: named checks with evidence, and a colour.

A verdict is never a bare boolean (DESIGN §4): each step says what was checked,
how it went, why (a message in Spanish and English) and on what evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sello.core.errors import InputError
from sello.core.i18n import LANGUAGES, Message, message, tr

Outcome = Literal["passed", "failed", "skipped", "warning"]
Color = Literal["green", "amber", "red"]

# The checks every verdict carries, in this order.
CHECK_NAMES = ("format", "signature", "issuer_key", "dates", "status", "trust")

# (credential types, language) -> display name of the document type, or None
TypeNamer = Callable[[Sequence[str], str], "str | None"]


@dataclass(frozen=True)
class Check:
    name: str
    outcome: Outcome
    code: str
    message: Mapping[str, str]
    evidence: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "outcome": self.outcome,
            "code": self.code,
            "message": dict(self.message),
            "evidence": dict(self.evidence),
        }


def make_check(
    name: str, outcome: Outcome, code: str, evidence: Mapping[str, Any] | None = None, /, **params: Any
) -> Check:
    """A check whose message is catalogue entry `code` filled with `params`."""
    return Check(name, outcome, code, message(code, **params), dict(evidence or {}))


class CheckError(InputError):
    """A failed check raised from deep inside parsing; the pipeline turns it into a `Check`."""

    def __init__(self, check: str, code: str, evidence: Mapping[str, Any] | None = None, /, **params: Any) -> None:
        super().__init__(Message(code, **params))
        self.check = check
        self.code = code
        self.params = params
        self.evidence = dict(evidence or {})

    def as_check(self) -> Check:
        return make_check(self.check, "failed", self.code, self.evidence, **self.params)


@dataclass(frozen=True)
class Verdict:
    color: Color
    checks: list[Check]
    credential: dict[str, Any] | None
    issuer: str | None
    issuer_name: str | None
    vc_jwt: str | None
    input_kind: str
    # a presentation: the verdict of each credential it carries (its own checks are the holder's)
    documents: tuple[Verdict, ...] = ()

    @classmethod
    def from_checks(cls, checks: list[Check], **fields: Any) -> Verdict:
        outcomes = {c.outcome for c in checks}
        if "failed" in outcomes:
            color: Color = "red"
        elif outcomes == {"passed"}:
            color = "green"
        else:
            color = "amber"
        return cls(color=color, checks=checks, **fields)

    @property
    def ok(self) -> bool:
        """Genuine and unaltered (green or amber); never use it to hide the amber reasons."""
        return self.color != "red"

    def check(self, name: str) -> Check:
        for item in self.checks:
            if item.name == name:
                return item
        raise KeyError(name)

    def summary(self, lang: str = "en", type_name: TypeNamer | None = None) -> str:
        """One sentence for the top of the verdict."""
        if self.documents:
            return self._presentation_summary(lang, type_name)
        if self.color in ("red", "amber"):
            # red: the first failure; amber: the first warning, else the first skipped check
            wanted = ("failed",) if self.color == "red" else ("warning", "skipped")
            first = next(c for outcome in wanted for c in self.checks if c.outcome == outcome)
            reason = _lower_first((first.message.get(lang) or first.message["en"]).rstrip("."))
            template = _RED_HEADLINES.get(first.code, "summary.red.invalid") if self.color == "red" else "summary.amber"
            return tr(template, lang, reason=reason)
        doc = document_type_name(self.credential or {}, lang, type_name)
        issued = str((self.credential or {}).get("validFrom", ""))[:10]
        issuer = self.issuer_name or self.issuer or "?"
        return tr("summary.green", lang, doc=doc, issuer=issuer, date=issued)

    def _presentation_summary(self, lang: str, type_name: TypeNamer | None) -> str:
        """The holder's own failure, else the first document that sets the colour, else all good."""
        holder = self.issuer_name or self.issuer or "?"
        own = [c for c in self.checks if c.outcome == "failed"]
        if own:
            reason = _lower_first((own[0].message.get(lang) or own[0].message["en"]).rstrip("."))
            return tr("summary.red.invalid", lang, reason=reason)
        count = len(self.documents)
        for index, document in enumerate(self.documents, 1):
            if document.color == self.color and self.color != "green":
                return tr(
                    "summary.presentation.document",
                    lang,
                    index=index,
                    count=count,
                    summary=document.summary(lang, type_name),
                )
        return tr("summary.presentation", lang, count=count, holder=holder)

    def to_json(self) -> dict[str, Any]:
        return {
            "color": self.color,
            "ok": self.ok,
            "summary": {lang: self.summary(lang) for lang in LANGUAGES},
            "input_kind": self.input_kind,
            "issuer": self.issuer,
            "issuer_name": self.issuer_name,
            "checks": [c.to_json() for c in self.checks],
            "credential": self.credential,
            "vc_jwt": self.vc_jwt,
            **({"documents": [d.to_json() for d in self.documents]} if self.documents else {}),
        }


_RED_HEADLINES = {
    "signature.mismatch": "summary.red.altered",
    "dates.expired": "summary.red.expired",
    "dates.proof_expired": "summary.red.expired",
    "status.revoked": "summary.red.revoked",
    "status.suspended": "summary.red.revoked",
}


def document_type_name(credential: Mapping[str, Any], lang: str, type_name: TypeNamer | None = None) -> str:
    """The display name of a credential's document type: from `type_name` when it
    knows the type, else the most specific type humanised ("Mill Test Report")."""
    types = credential.get("type")
    types = [types] if isinstance(types, str) else [t for t in types or [] if isinstance(t, str)]
    if type_name is not None:
        name = type_name(types, lang)
        if name:
            return name
    specific = [t for t in types if t != "VerifiableCredential"]
    if not specific:
        return tr("summary.credential", lang)
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", specific[-1]).split()
    if len(words) > 1 and words[-1] == "Credential":
        words.pop()
    return " ".join(words)


def _lower_first(text: str) -> str:
    """'The issuer is…' -> 'the issuer is…', leaving acronyms ('DID…') alone."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text
