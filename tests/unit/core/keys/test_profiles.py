import pytest

from sello.core.errors import InputError, NotFoundError
from sello.core.keys.profiles import (
    create_profile,
    default_profile_id,
    get_profile,
    list_profiles,
    normalize_rfc,
    set_default_profile,
    slugify,
    update_profile,
)
from tests.unit.core.key_fixtures import db  # noqa: F401


def test_create_get_list(db):
    assert default_profile_id(db) is None and list_profiles(db) == []
    first = create_profile(
        db,
        "  Aceros del Norte,  S.A. de C.V. ",
        rfc="adn-980312-ab1",
        address={"street": "Av. Acero 100", "city": "Monterrey", "zip": "", "country": "MX"},
        web_domain="https://AcerosDelNorte.mx/",
    )
    assert first.id == "aceros-del-norte-sa-de-cv"
    assert first.legal_name == "Aceros del Norte, S.A. de C.V."
    assert first.rfc == "ADN980312AB1" and first.web_domain == "acerosdelnorte.mx"
    assert first.address == {"street": "Av. Acero 100", "city": "Monterrey", "country": "MX"}
    assert first.default_key is None and first.created_at.endswith("Z")
    assert get_profile(db, first.id) == first
    assert default_profile_id(db) == first.id

    second = create_profile(db, "Aceros del Norte, S.A. de C.V.")  # same name: unique slug
    assert second.id == "aceros-del-norte-sa-de-cv-2"
    assert [p.id for p in list_profiles(db)] == [first.id, second.id]
    assert default_profile_id(db) == first.id  # the first profile stays the default
    set_default_profile(db, second.id)
    assert default_profile_id(db) == second.id
    assert [e.action for e in db.audit_entries(subject=first.id)] == ["profile.create"]


def test_single_profile_is_the_default_even_without_a_setting(db):
    only = create_profile(db, "Forja Única", profile_id="forja")
    db.execute("DELETE FROM settings")
    assert default_profile_id(db) == "forja" == only.id
    create_profile(db, "Otra Forja")
    db.execute("DELETE FROM settings")
    assert default_profile_id(db) is None  # two profiles and no choice: ask


def test_update_profile(db):
    profile = create_profile(db, "Forja Única", profile_id="forja")
    updated = update_profile(
        db, "forja", legal_name="Forja Única, S.A.", web_domain="forja.example:8443", address={"city": "Saltillo"}
    )
    assert updated.legal_name == "Forja Única, S.A." and updated.web_domain == "forja.example:8443"
    assert updated.address == {"city": "Saltillo"} and updated.rfc == profile.rfc == ""
    entry = db.audit_entries(subject="forja")[-1]
    assert entry.action == "profile.update" and entry.detail["fields"] == ["address", "legal_name", "web_domain"]
    with pytest.raises(NotFoundError, match="no company profile"):
        update_profile(db, "nope", legal_name="x")


def test_validation_messages(db):
    with pytest.raises(InputError, match="legal name is required"):
        create_profile(db, "   ")
    with pytest.raises(InputError, match="not a valid RFC"):
        create_profile(db, "Forja", rfc="ADN981312AB1")  # month 13
    with pytest.raises(InputError, match="not a valid web domain"):
        create_profile(db, "Forja", web_domain="not a domain")
    with pytest.raises(InputError, match="lower-case letters"):
        create_profile(db, "Forja", profile_id="Forja!")
    create_profile(db, "Forja", profile_id="forja")
    with pytest.raises(InputError, match="already exists"):
        create_profile(db, "Forja 2", profile_id="forja")
    assert list_profiles(db)[0].id == "forja" and len(list_profiles(db)) == 1


def test_slug_and_rfc_helpers():
    assert slugify("Siderúrgica Peñoles, S.A.B. de C.V.") == "siderurgica-penoles-sab-de-cv"
    assert slugify("!!!") == ""
    assert normalize_rfc("") == "" and normalize_rfc("goma 800101 xy9") == "GOMA800101XY9"  # a person: 13
