"""How the issuer-key check grades what the resolver found, and moments in the officer's time zone."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from sello.core.credentials.issuer_key import age_text, key_grade, key_unavailable_outcome, local_time
from sello.core.credentials.verdict import make_check
from sello.core.keys.did import DidResolver
from sello.core.verification.view import check_views


@pytest.fixture
def mexico_city(monkeypatch):
    monkeypatch.setenv("TZ", "America/Mexico_City")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_only_unavailable_and_unsupported_are_not_proof():
    assert key_unavailable_outcome("unavailable") == "unavailable"
    assert key_unavailable_outcome("unsupported_method") == "unavailable"
    for proven in ("malformed", "no_kid", "kid_not_issuer", "unknown_key", "not_assertion_method", "unresolved"):
        assert key_unavailable_outcome(proven) == "failed"


def test_saved_copies_carry_their_age_and_turn_amber_when_old():
    resolved = DidResolver().resolve("did:key:" + "z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK")
    method = next(iter(resolved.methods.values()))
    assert key_grade(method, resolved) is None  # self-contained: nothing to say
    cached = replace(resolved, source="cache", fetched_at="2026-11-01T08:00:00Z", age_seconds=3 * 86400)
    outcome, code, params = key_grade(method, cached)
    assert (outcome, code, params["age"]["es"]) == ("passed", "issuer_key.cache_age", "3 días")
    outcome, code, _ = key_grade(method, replace(cached, stale=True))
    assert (outcome, code) == ("warning", "issuer_key.cache_stale")
    outcome, code, _ = key_grade(method, replace(cached, source="bundle", stale=True))
    assert (outcome, code) == ("warning", "issuer_key.bundle_stale")
    outcome, code, params = key_grade(method, replace(cached, former_methods={method.id: "2026-10-01T00:00:00Z"}))
    assert (outcome, code) == ("warning", "issuer_key.former_key")
    assert age_text(59) == "less than a minute" and age_text(7200, "es") == "2 horas"


def test_dates_are_shown_in_the_officers_time_zone(mexico_city):
    assert local_time("2026-11-02T18:00:00Z") == "2026-11-02 12:00 (CST)"
    assert local_time("not a date") == "not a date"
    check = make_check(
        "dates", "passed", "dates.valid_open", {"validFrom": "2026-11-02T18:00:00Z"}, valid_from="2026-11-02T18:00:00Z"
    )
    assert "2026-11-02T18:00:00Z" in check.message["en"]  # the record keeps the signed value
    from sello.core.credentials.verdict import Verdict

    verdict = Verdict.from_checks([check], credential=None, issuer=None, issuer_name=None, vc_jwt=None, input_kind="x")
    view = check_views(verdict, "es")[0]
    assert "2026-11-02 12:00 (CST)" in view.message and "T18:00" not in view.message
    assert [e.value for e in view.evidence if "12:00" in e.value]
