"""Judging the tamper corpus: does a verdict match what a `Mutation` expects, and the table.

"accepted" always means *wrongly* accepted: green, or amber where red was due.
"same token" is a re-encoding whose decoded signed token is byte-identical (`SAME_TOKEN`):
its verdict must be the genuine one, green.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from tests.hardening.tamper import Mutation

Result = Literal["red", "refused", "unconfirmed", "amber", "same_token", "wrong_reason", "accepted"]


@dataclass(frozen=True)
class Judgement:
    result: Result
    detail: str

    @property
    def ok(self) -> bool:
        return self.result in ("red", "refused", "unconfirmed", "amber", "same_token")


def judge(mutation: Mutation, verdict: Any = None, error: Exception | None = None) -> Judgement:
    """How the verifier's answer (`verdict`, or the `error` it raised) compares with the expectation.

    "accepted" means wrongly accepted: green, or amber where red was due.
    """
    expect = mutation.expect
    if error is not None:
        result: Result = "refused" if expect.refusable else "wrong_reason"
        return Judgement(result, f"refused: {error}")
    summary = ", ".join(f"{c.name}={c.outcome}:{c.code}" for c in verdict.checks if c.outcome != "passed")
    if expect.color == "green":
        return Judgement("same_token" if verdict.color == "green" else "wrong_reason", summary or "all passed")
    if verdict.color == "green" or (expect.color == "red" and verdict.color == "amber"):
        return Judgement("accepted", f"{verdict.color} ({summary or 'all passed'})")
    if expect.color == "red" and verdict.color == "blue":
        # A change that moves the issuer or the key id to one this desk cannot obtain: the signature
        # cannot be checked, so the verdict is "cannot confirm" — never accepted, never proof of forgery.
        key = verdict.check("issuer_key")
        if "issuer_key" in expect.checks and key.outcome == "unavailable":
            return Judgement("unconfirmed", f"cannot confirm ({key.code})")
        return Judgement("wrong_reason", f"blue ({summary})")
    if expect.color == "red":
        if verdict.color != "red":  # pragma: no cover - green/amber handled above
            return Judgement("wrong_reason", verdict.color)
        first = next(c for c in verdict.checks if c.outcome == "failed")
        unpassed = [n for n in expect.must_pass if verdict.check(n).outcome != "passed"]
        if first.name in expect.checks and (not expect.codes or first.code in expect.codes) and not unpassed:
            return Judgement("red", f"{first.name}:{first.code}")
        return Judgement(
            "wrong_reason",
            f"red for {first.name}:{first.code}; expected {sorted(expect.checks)} "
            f"{sorted(expect.codes)}; not passed: {unpassed} ({summary})",
        )
    if verdict.color == "red":
        return Judgement("wrong_reason", f"red ({summary}); expected amber for {sorted(expect.checks)}")
    others = [
        c
        for c in verdict.checks
        if c.outcome != "passed"
        and (c.outcome != "warning" or c.name not in expect.checks or (expect.codes and c.code not in expect.codes))
    ]
    if others or not any(c.outcome == "warning" for c in verdict.checks):
        return Judgement("wrong_reason", f"amber ({summary}); expected only {sorted(expect.checks)}")
    return Judgement("amber", summary)


@dataclass
class CategoryTally:
    cases: int = 0
    red: int = 0
    refused: int = 0
    unconfirmed: int = 0
    amber: int = 0
    same_token: int = 0
    wrong_reason: int = 0
    accepted: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, mutation: Mutation, judgement: Judgement) -> None:
        self.cases += 1
        setattr(self, judgement.result, getattr(self, judgement.result) + 1)
        if not judgement.ok and len(self.failures) < 5:
            self.failures.append(f"{mutation.label}: {judgement.result} — {judgement.detail}")


class Tally(dict[str, CategoryTally]):
    def add(self, mutation: Mutation, judgement: Judgement) -> None:
        self.setdefault(mutation.category, CategoryTally()).add(mutation, judgement)

    @property
    def total(self) -> int:
        return sum(t.cases for t in self.values())


def format_table(tally: Tally) -> str:
    head = (
        "category",
        "cases",
        "rejected red",
        "refused input",
        "cannot confirm",
        "amber+reason",
        "same token",
        "wrong reason",
        "wrongly accepted",
    )
    rows = [
        (name, t.cases, t.red, t.refused, t.unconfirmed, t.amber, t.same_token, t.wrong_reason, t.accepted)
        for name, t in tally.items()
    ]
    rows.append(("TOTAL", *(sum(int(r[i]) for r in rows) for i in range(1, len(head)))))
    width = max(len(head[0]), *(len(r[0]) for r in rows))
    lines = [f"{head[0]:<{width}} " + " ".join(f"{h:>{len(h)}}" for h in head[1:])]
    lines += [
        f"{r[0]:<{width}} " + " ".join(f"{v:>{len(h)}}" for v, h in zip(r[1:], head[1:], strict=False)) for r in rows
    ]
    return "\n".join(lines)
