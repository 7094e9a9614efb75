"""Sello verdicts in the shape the Traceability API answers (`schemas/VerificationResult.yml`).

`verified` is true only when the signature is proven with the issuer's key and nothing
failed (dates, revocation): an amber verdict because the issuer's key could not be had
("cannot confirm") is not verified. The full Sello verdict rides along under `verdict`
so a partner sees the same checks and reasons as the desktop.
"""

from __future__ import annotations

from typing import Any

from sello.core.credentials.verdict import Verdict


def _good(ok: bool) -> str:
    return "good" if ok else "bad"


def verification_result(verdict: Verdict) -> dict[str, Any]:
    checks = {c.name: c for c in verdict.checks}
    proof_ok = checks["signature"].outcome == "passed" and checks["issuer_key"].outcome == "passed"
    dates = checks["dates"]
    not_yet = dates.outcome == "failed" and dates.code == "dates.not_yet_valid"
    expired = dates.outcome == "failed" and not not_yet
    status = checks["status"]
    verifications = [
        {
            "title": "Proof",
            "status": _good(proof_ok),
            "description": checks["signature"].message["en"] + " " + checks["issuer_key"].message["en"],
        },
        {"title": "Activation", "status": _good(not not_yet), "description": dates.message["en"]},
        {"title": "Expired", "status": _good(not expired), "description": dates.message["en"]},
    ]
    if status.outcome in ("passed", "failed"):
        verifications.append(
            {"title": "Revocation", "status": _good(status.outcome == "passed"), "description": status.message["en"]}
        )
    verified = proof_ok and verdict.color != "red"
    return {
        "verified": verified,
        "verifications": verifications,
        "verdict": {
            "color": verdict.color,
            "summary": {"en": verdict.summary("en"), "es": verdict.summary("es")},
            "checks": [c.to_json() for c in verdict.checks],
        },
    }


def unreadable_result(reason: str) -> dict[str, Any]:
    """For input the pipeline could not read at all (it is not a credential Sello can check)."""
    return {
        "verified": False,
        "verifications": [{"title": "Proof", "status": "bad", "description": reason}],
        "verdict": {"color": "red", "summary": {"en": reason, "es": reason}, "checks": []},
    }
