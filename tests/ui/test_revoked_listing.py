"""A revoked document says so wherever it is listed: on the Shipments page's "Issued
recently" list (in red, with the date) as on the Documents page."""

from __future__ import annotations

from pathlib import Path

from sello.core.documents.issuance import DocumentIssuer
from sello.core.trust.statuslist import revoke
from sello.ui.forms.draft_list import ID_ROLE
from tests.e2e.conftest import example
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.ui.shipment_helpers import company_context, page, shot  # noqa: F401


def test_issued_recently_shows_the_revoked_state(qtbot, page, company_context, tmp_path: Path) -> None:
    issuer = DocumentIssuer(company_context.db, company_context.key_manager)
    kept = issuer.issue("packing-list", example("packing-list"))
    withdrawn = issuer.issue("mill-test-report", example("mill-test-report"))
    revoke(company_context.db, withdrawn.id, "heat number typo")
    page.refresh_list()
    items = {page.list.issued_root.child(i).data(0, ID_ROLE): page.list.issued_root.child(i) for i in range(2)}
    revoked, fine = items[withdrawn.id], items[kept.id]
    assert revoked.text(0).startswith("MTR-2024-031187\nREVOKED · Mill Test Report · ")
    assert "Revoked on " in revoked.toolTip(0) and "verifiers reject it" in revoked.toolTip(0)
    assert "REVOKED" not in fine.text(0) and revoked.foreground(0).color() != fine.foreground(0).color()
    with language("es"):
        revoked = next(
            page.list.issued_root.child(i) for i in range(2) if "MTR" in page.list.issued_root.child(i).text(0)
        )
        assert revoked.text(0).startswith("MTR-2024-031187\nREVOCADO · Certificado de calidad")
        assert "los verificadores lo rechazan" in revoked.toolTip(0)
        shot(page, "specs_issued_recently_revoked", "es", tmp_path)
