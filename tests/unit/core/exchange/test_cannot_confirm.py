"""A presentation carrying a credential that cannot be confirmed is "cannot confirm" (blue):
never hidden under amber or green, never red; the inbox keeps that verdict."""

from __future__ import annotations

from sello.core.credentials.verdict import Verdict, make_check
from sello.core.exchange.inbox import VERDICTS
from sello.core.exchange.presentations import HolderProof, PresentationVerdict


def verdict(*outcomes: str) -> Verdict:
    checks = [make_check(f"c{i}", o, "not_checked.unreadable") for i, o in enumerate(outcomes)]
    return Verdict.from_checks(checks, credential=None, issuer=None, issuer_name=None, vc_jwt=None, input_kind="x")


def test_presentation_colour_ranks_cannot_confirm_between_amber_and_red():
    holder = HolderProof("passed", "holder.valid", {"en": "", "es": ""})
    green, amber, blue, red = verdict("passed"), verdict("warning"), verdict("unavailable"), verdict("failed")
    assert [v.color for v in (green, amber, blue, red)] == ["green", "amber", "blue", "red"]

    def colour(*verdicts: Verdict) -> str:
        return PresentationVerdict(None, holder, [("t", v, None) for v in verdicts]).color  # type: ignore[arg-type]

    assert colour(green, blue) == "blue" and colour(amber, blue) == "blue"
    assert colour(blue, red) == "red" and colour(green, amber) == "amber" and colour(green) == "green"
    assert "blue" in VERDICTS
