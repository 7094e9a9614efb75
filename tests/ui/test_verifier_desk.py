"""The border desk's verify window: "cannot confirm" with its own colour, mark and next
step, "trust data as of …", and every control on screen on 1366 x 768 and 1280 x 720
laptops, in Spanish and English.

The window takes the size it would get on such a screen (`default_window_size`); its
verify tab, with a "cannot confirm" verdict (the longest banner: the remedy), is
measured with `tests.ui.layout_checks` and photographed (``verify-window_<size>_<lang>.png``
into ``$SELLO_SCREENSHOT_DIR``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from sello.core.documents.issuance import DocumentIssuer
from sello.core.keys.manager import KeyManager
from sello.core.keys.profiles import create_profile
from sello.core.keys.sealedbox import KdfParams
from sello.core.keys.store import EncryptedFileStore
from sello.core.storage.db import Database
from sello.core.trust.bundle_sources import record_success
from sello.ui import theme
from sello.ui.verifier.verdict_panel import VERDICT_MARKS
from sello.ui.verifier_window import VerifierWindow, default_window_size
from tests.e2e.conftest import example
from tests.ui.fixtures import app_context, language, sello_app  # noqa: F401
from tests.ui.layout_checks import clipped_widgets, horizontal_scroll_bars
from tests.ui.screenshots import save_screenshot
from tests.ui.test_layout_fit import settle_layouts

SCREENS = ((1366, 768), (1280, 720))
VERDICT_TIMEOUT_MS = 10_000


@pytest.fixture(scope="module")
def web_mill_td1(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A Mill Test Report signed under did:web: a desk that is offline and new cannot get its key."""
    folder = tmp_path_factory.mktemp("web-mill")
    with Database.in_folder(folder) as db:
        profile = create_profile(
            db, "Aceros del Norte, S.A. de C.V.", rfc="ADN980312AB1", web_domain="acerosdelnorte.mx"
        )
        store = EncryptedFileStore(folder / "keys.sello-store", "test passphrase", kdf=KdfParams.minimum())
        manager = KeyManager(db, profile.id, store)
        manager.create_key("ES384", "web", "acerosdelnorte.mx")
        return DocumentIssuer(db, manager).sign("mill-test-report", example("mill-test-report")).td1


@pytest.fixture
def window(qtbot, app_context) -> Iterator[VerifierWindow]:
    created = VerifierWindow(app_context, online=False, start_camera=False)
    qtbot.addWidget(created)
    created.show()
    qtbot.waitExposed(created)
    yield created
    created.view.shutdown()


def test_window_size_leaves_the_taskbar_free_on_small_laptops() -> None:
    for width, height in SCREENS:
        size = default_window_size(QSize(width, height))
        assert size.width() <= width - 40 and size.height() <= height - 72
    assert default_window_size(QSize(2560, 1400)) == QSize(1280, 820)


def test_cannot_confirm_has_its_own_colour_mark_and_next_step(qtbot, window, web_mill_td1) -> None:
    assert window.view.trust_freshness.as_of is None
    assert "No trust bundle imported yet" in window.view.trust_freshness.text()
    with qtbot.waitSignal(window.view.controller.verified, timeout=VERDICT_TIMEOUT_MS) as verified:
        window.view.controller.verify_code(web_mill_td1, "scanner")
    verdict = verified.args[0].verdict
    assert verdict.color == "blue" and verdict.state == "cannot_confirm"
    panel = window.view.verdict_panel
    assert panel.headline.text() == "Cannot confirm — this is not a rejection"
    assert panel.mark.text() == VERDICT_MARKS["blue"] == "?"
    assert theme.VERDICT_COLOURS["blue"].border in panel.banner.styleSheet()
    assert "Next step:" in panel.summary.text() and "trust bundle" in panel.summary.text()
    assert "Cannot check now" in panel.details.toPlainText()
    with language("es"):
        assert panel.headline.text() == "No se puede confirmar — esto no es un rechazo"
        assert "Siguiente paso:" in panel.summary.text() and "paquete de confianza" in panel.summary.text()
        assert "No se puede comprobar ahora" in panel.details.toPlainText()


def test_trust_data_date_is_shown_once_a_bundle_was_imported(qtbot, app_context) -> None:
    record_success(
        app_context.db, "file:canacero.sello-bundle", operator="did:key:z6Mk", created="2026-11-02T18:00:00Z"
    )
    created = VerifierWindow(app_context, online=False, start_camera=False)
    qtbot.addWidget(created)
    label = created.view.trust_freshness
    assert label.as_of == "2026-11-02T18:00:00Z" and label.text().startswith("Trust data as of ")
    with language("es"):
        assert label.text().startswith("Datos de confianza al ")
    created.view.shutdown()


def test_verify_window_fits_1366x768_and_1280x720_in_both_languages(
    qtbot, window, web_mill_td1, tmp_path: Path
) -> None:
    with qtbot.waitSignal(window.view.controller.verified, timeout=VERDICT_TIMEOUT_MS):
        window.view.controller.verify_code(web_mill_td1, "scanner")
    problems: list[str] = []
    for lang in ("es", "en"):
        with language(lang):
            for width, height in SCREENS:
                size = default_window_size(QSize(width, height))
                window.resize(size)
                settle_layouts()
                assert (window.width(), window.height()) == (size.width(), size.height()), "cannot be that small"
                save_screenshot(window, f"verify-window_{width}x{height}", lang, tmp_path)
                found = horizontal_scroll_bars(window) + clipped_widgets(window)
                problems += [f"{lang} {width}x{height}: {p}" for p in found]
                for button in (window.view.open_button, window.view.next_button, window.view.verify_button):
                    assert button.visibleRegion().boundingRect().size() == button.size(), button.text()
    assert not problems, "\n".join(problems)


def test_trust_menu_imports_a_bundle_and_the_date_follows(qtbot, window, tmp_path: Path) -> None:
    """The step a "cannot confirm" verdict names: Trust → Import bundle (from a USB stick)."""
    from sello.core.keys.did import DidResolver
    from sello.core.trust.operators import trust_operator
    from sello.ui import dialogs
    from tests.unit.core.trust.test_subscriptions import chamber_bundle
    from tests.unit.core.trust_helpers import NOW

    chamber_did, data = chamber_bundle(tmp_path, NOW)
    path = tmp_path / "usb" / "canacero.sello-bundle"
    path.parent.mkdir()
    path.write_bytes(data)
    trust_operator(window.context.db, chamber_did, "CANACERO", DidResolver())
    assert window.trust_menu.title() == "&Trust" and window.import_bundle_action.text() == "&Import bundle…"
    dialogs.set_next_answer(path, dialogs.Answer.OK)
    with qtbot.waitSignal(window.view.trust_freshness.refreshed, timeout=VERDICT_TIMEOUT_MS):
        window.import_bundle_action.trigger()
    label = window.view.trust_freshness
    assert label.as_of == "2026-11-02T18:00:00Z" and label.text().startswith("Trust data as of ")
    assert "CANACERO" in dialogs.history[-1].text


def test_trust_menu_pins_an_operator_from_a_file_after_the_fingerprint_is_compared(qtbot, window, tmp_path) -> None:
    import json

    from sello.core.keys.did import DidResolver, did_key_for
    from sello.core.keys.keypair import generate_key
    from sello.core.trust.operators import trusted_operators
    from sello.core.trust.pinning import operator_fingerprint
    from sello.ui import dialogs

    did = did_key_for(generate_key("EdDSA").public)
    document = DidResolver().resolve(did).document
    path = tmp_path / "canacero-did.json"
    path.write_text(json.dumps(document))
    dialogs.set_next_answer(path, dialogs.Answer.CANCEL)  # the groups did not match: nothing is trusted
    window.pin_operator_action.trigger()
    asked = dialogs.history[-1]
    assert asked.kind == "confirm" and operator_fingerprint(document) in asked.text and did in asked.text
    assert trusted_operators(window.context.db) == []
    dialogs.set_next_answer(path, dialogs.Answer.CONFIRM)
    with qtbot.waitSignal(window.pinning.pinned, timeout=VERDICT_TIMEOUT_MS) as pinned:
        window.pin_operator_action.trigger()
    assert pinned.args == [did] and [op.did for op in trusted_operators(window.context.db)] == [did]
    with language("es"):
        assert window.pin_operator_action.text() == "&Confiar en un operador desde un archivo…"
