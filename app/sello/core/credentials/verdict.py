"""The result of verifying a credential: named checks with evidence, and a colour.

A verdict is never a bare boolean (DESIGN §4): each step says what was checked,
how it went, why (a message in Spanish and English) and on what evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sello.core.credentials import confirm_messages  # noqa: F401  (registers the cannot-confirm messages)
from sello.core.credentials.moments import has_moment, localized
from sello.core.errors import InputError, UserFacingError
from sello.core.i18n import LANGUAGES, Message, message, tr

# "unavailable": the check could not be made for want of data that may be had later
# (the issuer's key while offline); it never means the document is bad.
Outcome = Literal["passed", "failed", "skipped", "warning", "unavailable"]
# green: all good; amber: genuine with a caveat; blue: cannot confirm (the issuer's key
# could not be obtained, so the signature could not be checked); red: proven bad.
Color = Literal["green", "amber", "blue", "red"]

# What each colour means, for the JSON verdict, the CLI and the history.
STATES: dict[str, str] = {
    "green": "verified",
    "amber": "verified_with_notes",
    "blue": "cannot_confirm",
    "red": "not_valid",
}

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
    # the message's parameters, so a view can word it again (dates in the officer's time zone)
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def shown(self, lang: str) -> str:
        """The message in `lang` as an officer reads it: moments in this computer's time zone."""
        if self.params and has_moment(self.params):
            return tr(self.code, lang, **{k: localized(v) for k, v in self.params.items()})
        return self.message.get(lang) or self.message.get("en", "")

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
    return Check(name, outcome, code, message(code, **params), dict(evidence or {}), dict(params))


def reason_evidence(exc: UserFacingError) -> dict[str, Any]:
    """A check's evidence for a failure: `reason` in English (exports, logs) and `reason_texts`
    in each language, which the verdict view shows in the reader's language."""
    return {"reason": exc.message, "reason_texts": {lang: exc.text(lang) for lang in LANGUAGES}}


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
        elif "unavailable" in outcomes:
            color = "blue"
            # what was skipped for want of the key is not "not valid": say why it was skipped
            checks = [
                make_check(c.name, "skipped", "not_checked.key_unavailable") if c.code == "not_checked.untrusted" else c
                for c in checks
            ]
        elif outcomes == {"passed"}:
            color = "green"
        else:
            color = "amber"
        return cls(color=color, checks=checks, **fields)

    @property
    def ok(self) -> bool:
        """Genuine and unaltered (green or amber); never use it to hide the amber reasons.
        False for red and for "cannot confirm" (blue), which are different things: see `state`."""
        return self.color in ("green", "amber")

    @property
    def state(self) -> str:
        """verified, verified_with_notes, cannot_confirm or not_valid."""
        return STATES[self.color]

    def remedy(self, lang: str = "en") -> str:
        """The officer's next step for a verdict that cannot be confirmed, else ""."""
        if self.color != "blue":
            return ""
        first = next((c for c in self.checks if c.outcome == "unavailable"), None)
        code = f"remedy.{first.code}" if first is not None else "remedy.issuer_key.unavailable"
        text = tr(code, lang)
        return text if text != code else tr("remedy.issuer_key.unavailable", lang)

    def check(self, name: str) -> Check:
        for item in self.checks:
            if item.name == name:
                return item
        raise KeyError(name)

    def summary(self, lang: str = "en", type_name: TypeNamer | None = None) -> str:
        """One sentence for the top of the verdict."""
        if self.documents:
            return self._presentation_summary(lang, type_name)
        if self.color == "blue":
            return tr("summary.cannot_confirm", lang)
        if self.color in ("red", "amber"):
            # red: the first failure; amber: the first warning, else the first skipped check
            wanted = ("failed",) if self.color == "red" else ("warning", "skipped")
            first = next(c for outcome in wanted for c in self.checks if c.outcome == outcome)
            reason = _lower_first(first.shown(lang).rstrip("."))
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
            "state": self.state,
            "ok": self.ok,
            "summary": {lang: self.summary(lang) for lang in LANGUAGES},
            "remedy": {lang: self.remedy(lang) for lang in LANGUAGES} if self.color == "blue" else None,
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
    # what the officer reads at the top: a plain sentence; the key ids and DIDs are in the details
    "issuer_key.kid_not_issuer": "summary.red.not_issuer",
    "issuer_key.unknown_key": "summary.red.not_issuer",
    "issuer_key.not_assertion_method": "summary.red.not_issuer",
    "issuer_key.iss_mismatch": "summary.red.not_issuer",
    "issuer_key.no_kid": "summary.red.not_issuer",
    "issuer_key.malformed": "summary.red.malformed",
    "issuer_key.unresolved": "summary.red.malformed",
    "signature.alg_none": "summary.red.bad_signature",
    "signature.alg_symmetric": "summary.red.bad_signature",
    "signature.alg_unsupported": "summary.red.bad_signature",
    "signature.alg_key_mismatch": "summary.red.bad_signature",
    "signature.proof_purpose": "summary.red.bad_signature",
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
