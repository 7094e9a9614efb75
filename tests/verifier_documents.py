"""Real documents for the verifier tests: a mill with did:key keys (ES384 and Ed25519)
issues a Mill Test Report and a Packing List (signed, printed to PDF); forged copies
(a heat number changed, not re-signed); pages rendered to images and H.264 videos of
the page held in front of a camera; and a verifier database that trusts the mill
(status lists and a signed trust list), for green verdicts.

did:key issuers are self-contained, so any verifier data folder resolves them offline.
"""

from __future__ import annotations

import base64
import io
import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pypdfium2 as pdfium
import rfc8785
from PIL import Image

from sello.core.documents.issuance import DocumentIssuer, IssuedDocument, SignedDocument
from sello.core.keys.did import identifiers_for_key
from sello.core.keys.keypair import generate_key
from sello.core.keys.manager import KeyManager
from sello.core.keys.profiles import create_profile
from sello.core.keys.sealedbox import KdfParams
from sello.core.keys.store import EncryptedFileStore
from sello.core.qr.payload import encode_td1
from sello.core.resources import resource_path
from sello.core.storage.db import Database
from sello.core.trust.checkers import store_status_list
from sello.core.trust.lists import TrustedIssuer, import_trust_list, new_trust_list, sign_trust_list, with_issuer
from sello.core.trust.statuslist import sign_status_list, status_lists_of
from sello.core.verification.scan import scan_image
from tests.videos import ScanVideo, handheld_frames, render_qr, write_video

MILL_NAME = "Aceros del Norte S.A. de C.V."
MILL_RFC = "ADN0501014T3"
FORGED_HEAT = "A24-99999"
GENUINE_HEAT = "A24-11873"


def example(doctype: str) -> dict:
    return json.loads(resource_path("examples", f"{doctype}.json").read_text(encoding="utf-8"))


@dataclass
class PrintedDocument:
    signed: SignedDocument
    issued: IssuedDocument | None  # recorded with its PDF file (genuine documents)
    pdf: bytes

    @property
    def vc_jwt(self) -> str:
        return self.signed.vc_jwt

    @property
    def td1(self) -> str:
        return self.signed.td1


@dataclass
class Mill:
    folder: Path
    db: Database
    manager: KeyManager
    mtr: PrintedDocument  # ES384
    packing_list: PrintedDocument  # Ed25519
    forged_mtr: PrintedDocument  # the MTR with one heat number changed, same signature

    @property
    def dids(self) -> list[str]:
        return sorted({k.did for k in self.manager.list_keys(include_retired=False)})

    def close(self) -> None:
        self.db.close()


def make_mill(folder: Path, *, print_pdfs: bool = True) -> Mill:
    """A mill with an ES384 and an Ed25519 did:key; `print_pdfs=False` only signs (faster)."""
    folder.mkdir(parents=True, exist_ok=True)
    db = Database.in_folder(folder)
    profile = create_profile(db, MILL_NAME, rfc=MILL_RFC)
    store = EncryptedFileStore(folder / "keys.sello-store", "test passphrase", kdf=KdfParams.minimum())
    manager = KeyManager(db, profile.id, store)
    es384 = manager.create_key("ES384", "key")
    eddsa = manager.create_key("EdDSA", "key")
    out = folder / "out"
    mtr_issuer = DocumentIssuer(db, manager, key_id=es384.id, out_dir=out)
    pl_issuer = DocumentIssuer(db, manager, key_id=eddsa.id, out_dir=out)
    mtr_signed = mtr_issuer.sign("mill-test-report", example("mill-test-report"))
    pl_signed = pl_issuer.sign("packing-list", example("packing-list"))
    forged_signed = forge_heat_number(mtr_signed, GENUINE_HEAT, FORGED_HEAT)
    if not print_pdfs:
        return Mill(
            folder,
            db,
            manager,
            PrintedDocument(mtr_signed, None, b""),
            PrintedDocument(pl_signed, None, b""),
            PrintedDocument(forged_signed, None, b""),
        )
    mtr_pdf = mtr_issuer.render(mtr_signed)
    pl_pdf = pl_issuer.render(pl_signed)
    return Mill(
        folder,
        db,
        manager,
        PrintedDocument(mtr_signed, mtr_issuer.record(mtr_signed, mtr_pdf), mtr_pdf),
        PrintedDocument(pl_signed, pl_issuer.record(pl_signed, pl_pdf), pl_pdf),
        PrintedDocument(forged_signed, None, mtr_issuer.render(forged_signed)),
    )


def forge_heat_number(signed: SignedDocument, old: str, new: str) -> SignedDocument:
    """The credential with `old` replaced by `new`, re-encoded (JCS payload) under the original
    header and signature: what a forger who edits the printed data can make."""
    header, _payload, signature = signed.vc_jwt.split(".")
    text = json.dumps(signed.credential, ensure_ascii=False)
    assert old in text
    credential = json.loads(text.replace(old, new))
    payload = base64.urlsafe_b64encode(rfc8785.dumps(credential)).rstrip(b"=").decode("ascii")
    forged = f"{header}.{payload}.{signature}"
    return replace(signed, credential=credential, vc_jwt=forged, td1=encode_td1(forged))


def with_attachment_replaced(pdf: bytes, token: str) -> bytes:
    """The PDF with its embedded `.jwt` attachment's content replaced by `token`."""
    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(document.count_attachments()):
            attachment = document.get_attachment(index)
            if attachment.get_name().endswith(".jwt"):
                attachment.set_data(token.encode("ascii"))
                break
        else:
            raise AssertionError("the PDF has no .jwt attachment")
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()
    finally:
        document.close()


def page_image(pdf: bytes, dpi: int = 200) -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    try:
        return document[0].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        document.close()


def qr_region(page: Image.Image, margin_modules: float = 30) -> Image.Image:
    """The part of the page a camera sees: the QR and some of the printed text around it."""
    found = [r for r in scan_image(page) if r.decoded]
    assert found, "no QR code on the rendered page"
    left, top, width, height = found[0].bounding_box
    margin = found[0].module_size_px * margin_modules
    box = (
        max(0, int(left - 2 * margin)),
        max(0, int(top - margin)),
        min(page.width, int(left + width + margin / 2)),
        min(page.height, int(top + height + margin)),
    )
    return page.crop(box)


def page_video(
    path: Path,
    pages: list[Image.Image],
    *,
    size: tuple[int, int] = (1280, 720),
    fps: int = 30,
    blank_frames: int = 6,
    frames_per_page: int = 16,
) -> ScanVideo:
    """Desk-only frames, then each page held by hand (drifting, turning, tilting)."""
    from tests.videos import DESK

    segments: list[tuple[str, int, int]] = []

    def frames():
        desk = Image.new("RGB", size, DESK)
        for _ in range(blank_frames):
            yield desk
        start = blank_frames
        for index, page in enumerate(pages):
            scale = min(size[0] * 0.92 / page.width, size[1] * 0.92 / page.height, 1.0)
            segments.append((f"page {index}", start, start + frames_per_page - 1))
            yield from handheld_frames(page, size, frames_per_page, scale=scale, seed=index + 5)
            start += frames_per_page

    count = write_video(frames(), path, size, fps)
    return ScanVideo(path=path, fps=fps, size=size, frame_count=count, segments=segments)


def code_page(text: str, box_size: int = 4) -> Image.Image:
    """One printed QR (a part of a multi-part code) with some text lines, like the PDF's QR block."""
    from tests.videos import document_page

    qr = render_qr(text, box_size=box_size)
    return document_page(qr, size=(qr.width + 360, qr.height + 120))


def trust_the_mill(verifier_db: Database, mill: Mill, now: datetime | None = None) -> None:
    """Make `verifier_db` trust the mill: its status lists as a trust bundle would bring them,
    and a signed trust list (by an operator the verifier trusts) naming its DIDs."""
    from sello.core.keys.did import DidResolver
    from sello.core.trust.operators import trust_operator

    now = now or datetime.now(UTC)
    for record in status_lists_of(mill.db, mill.manager.profile_id):
        token = sign_status_list(mill.db, record.id, mill.manager, now - timedelta(minutes=1))
        store_status_list(
            verifier_db,
            record.id,
            token,
            source="bundle",
            fetched_at=(now - timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    key = generate_key("EdDSA")
    did, kid = identifiers_for_key(key.public, "key")
    trust_operator(verifier_db, did, "CANACERO", DidResolver())
    trust_list = new_trust_list("Acero mexicano confiable")
    for mill_did in mill.dids:
        trust_list = with_issuer(trust_list, TrustedIssuer(mill_did, MILL_NAME, MILL_RFC, "MX", ("mill",)))
    token = sign_trust_list(
        trust_list,
        key,
        kid,
        operator_name="CANACERO",
        valid_from=now - timedelta(days=1),
        valid_until=now + timedelta(days=90),
    )
    import_trust_list(verifier_db, token, now)
