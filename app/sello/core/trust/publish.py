"""The did:web publishing kit, and a check that the website serves what it should.

`publish_kit` writes, for each did:web identifier of a company, the folder to upload
to its website: `did.json` (every current and rotated key), the signed status list
credential(s) beside it (`status/1`, ...), and `LEEME-README.txt` for the
webmaster in Spanish and English. Files are written atomically, so re-publishing
into the web server's folder never leaves a half-written file.

`check_website` fetches the live files and says exactly what differs.
"""

from __future__ import annotations

import json
import urllib.parse
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sello.core.errors import InputError
from sello.core.i18n import Message
from sello.core.keys.did import DidResolutionError, did_web_url, parse_did_document
from sello.core.keys.key_table import web_dids
from sello.core.paths import atomic_write
from sello.core.storage.db import Database
from sello.core.storage.documents import ids_at_status_indexes
from sello.core.trust.checkers import StatusListInvalid, read_status_list
from sello.core.trust.messages import DID_DOCUMENT
from sello.core.trust.statuslist import (
    StatusListError,
    sign_status_list,
    status_list_path,
    status_lists_of,
)
from sello.core.trust.webresolve import HttpsFetcher, WebFetchError, key_differences, parse_json_body

README_NAME = "LEEME-README.txt"


def _url_path(url: str) -> str:
    """'https://host/.well-known/did.json' -> '.well-known/did.json'."""
    return urllib.parse.unquote(urllib.parse.urlsplit(url).path).lstrip("/")


def publish_kit(
    db: Database, profile_id: str, key_manager: Any, out_dir: str | Path, now: datetime | None = None
) -> list[Path]:
    """Write the files to upload; returns their paths (README last)."""
    now = now or datetime.now(UTC)
    out = Path(out_dir)
    dids = web_dids(db, profile_id)
    if not dids:
        raise InputError(Message("publish.no_did_web"))
    written: list[Path] = []
    sections: list[tuple[str, list[str]]] = []
    for did in dids:
        did_url = did_web_url(did)
        document = key_manager.did_document(did)
        files = [(_url_path(did_url), json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8") + b"\n")]
        for record in status_lists_of(db, profile_id, did):
            relative = status_list_path(record.id, did_url)
            if relative is None:  # pragma: no cover - lists of a did:web DID always sit beside did.json
                continue
            token = sign_status_list(db, record.id, key_manager, now)
            files.append((_url_path(record.id), token.encode("ascii")))
        for relative, data in files:
            written.append(atomic_write(out / relative, data))
        sections.append(
            (
                did,
                [
                    urllib.parse.urlunsplit(("https", urllib.parse.urlsplit(did_url).netloc, "/" + rel, "", ""))
                    for rel, _ in files
                ],
            )
        )
    written.append(atomic_write(out / README_NAME, _readme(sections, now).encode("utf-8")))
    db.audit(
        "publish.kit",
        profile_id,
        {"dids": dids, "files": [str(p.relative_to(out)) for p in written]},
        profile_id=profile_id,
    )
    return written


def _readme(sections: list[tuple[str, list[str]]], now: datetime) -> str:
    urls = "\n".join(f"    {url}" for _, files in sections for url in files)
    dids = ", ".join(did for did, _ in sections)
    date = now.strftime("%Y-%m-%d %H:%M UTC")
    return f"""\
Sello — archivos para publicar en el sitio web / files to publish on the website
Generado / generated: {date}
Identificador(es) / identifier(s): {dids}

ESPAÑOL
1. Copie el contenido de esta carpeta (incluida la carpeta oculta “.well-known”) a la
   raíz del sitio web, sin cambiar nombres ni contenido. Deben quedar disponibles en:
{urls}
2. Requisitos: HTTPS con un certificado válido; sin redirecciones a otro dominio; cada
   archivo de menos de 256 KB. El tipo de contenido puede ser application/json (did.json)
   y application/vc+jwt o text/plain (status/...), pero no es indispensable.
3. Cada vez que la empresa revoque un documento o cambie de clave, Sello genera esta carpeta
   de nuevo: vuelva a subirla completa. Los verificadores ven la revocación hasta entonces.
4. No borre claves antiguas de did.json: los documentos ya firmados con ellas dejarían de
   verificarse. Sello las conserva a propósito.
5. Para comprobar la publicación use “Comprobar sitio web” en Sello.

ENGLISH
1. Copy the contents of this folder (including the hidden “.well-known” folder) to the
   website's root, without renaming or editing anything. They must be available at:
{urls}
2. Requirements: HTTPS with a valid certificate; no redirects to another domain; each file
   under 256 KB. The content type may be application/json (did.json) and
   application/vc+jwt or text/plain (status/...), but it is not essential.
3. Whenever the company revokes a document or changes its key, Sello writes this folder
   again: upload all of it again. Verifiers only see a revocation after that.
4. Do not remove old keys from did.json: documents already signed with them would stop
   verifying. Sello keeps them on purpose.
5. To check the upload, use “Check website” in Sello.
"""


# -- checking the live website ------------------------------------------------------------
@dataclass(frozen=True)
class WebsiteDifference:
    url: str
    problem: str  # one sentence, English
    # what kind of difference, for a UI that words it in its own language:
    # unreachable, invalid_did_document, unknown_key, missing_key, different_key,
    # key_not_authorised, unchecked, invalid_status_list, size_mismatch,
    # revocations_not_published, extra_revocations; `params` holds the variable parts
    kind: str = field(default="other", compare=False)
    params: dict[str, str] = field(default_factory=dict, compare=False)

    def __str__(self) -> str:
        return f"{self.url}: {self.problem}"


def fetch_params(exc: WebFetchError) -> dict[str, str]:
    """Why a file could not be downloaded, for a UI to word: the English reason, the cause
    (http, timeout, network, certificate) and the HTTP status."""
    params = {"reason": exc.message, "cause": exc.cause}
    if exc.status is not None:
        params["status"] = str(exc.status)
    return params


def check_website(
    db: Database, profile_id: str, key_manager: Any, *, fetcher: HttpsFetcher | None = None, now: datetime | None = None
) -> list[WebsiteDifference]:
    """Compare the live did.json and status lists with this computer's; [] when all match."""
    now = now or datetime.now(UTC)
    fetcher = fetcher or HttpsFetcher()
    differences: list[WebsiteDifference] = []
    dids = web_dids(db, profile_id)
    if not dids:
        raise InputError(Message("publish.nothing_to_check"))
    for did in dids:
        url = did_web_url(did)
        expected = key_manager.did_document(did)
        live_doc = _check_did_document(fetcher, did, url, expected, differences)
        for record in status_lists_of(db, profile_id, did):
            _check_status_list(fetcher, record, live_doc, now, differences, db)
    return differences


def _check_did_document(
    fetcher: HttpsFetcher, did: str, url: str, expected: dict[str, Any], differences: list[WebsiteDifference]
) -> Any:
    try:
        live = parse_json_body(fetcher.fetch(url), DID_DOCUMENT)
    except WebFetchError as exc:
        differences.append(
            WebsiteDifference(url, f"cannot be fetched: {exc.message}", "unreachable", fetch_params(exc))
        )
        return None
    try:
        resolved = parse_did_document(did, live, source="web")
    except DidResolutionError as exc:
        differences.append(
            WebsiteDifference(
                url,
                f"is not a valid DID document for {did}: {exc.message}",
                "invalid_did_document",
                {"did": did, "reason": exc.message},
            )
        )
        return None
    problems_before = len(differences)
    for note in key_differences(expected, live):
        method_id = note.split(": ", 1)[1]
        if note.startswith("Key added"):  # on the website but not on this computer
            differences.append(
                WebsiteDifference(
                    url, f"lists a key this computer does not have: {method_id}", "unknown_key", {"key": method_id}
                )
            )
        else:
            differences.append(
                WebsiteDifference(
                    url, f"is missing the key {method_id} (upload the new did.json)", "missing_key", {"key": method_id}
                )
            )
    if len(differences) == problems_before:
        ours = {m["id"]: m.get("publicKeyJwk") for m in expected.get("verificationMethod", [])}
        for method_id, method in resolved.methods.items():
            if method_id in ours and ours[method_id] != method.public_key.jwk:
                differences.append(
                    WebsiteDifference(
                        url, f"publishes a different public key under {method_id}", "different_key", {"key": method_id}
                    )
                )
            elif method_id in ours and method_id not in resolved.assertion_method_ids:
                differences.append(
                    WebsiteDifference(
                        url,
                        f"does not authorise {method_id} to sign (assertionMethod)",
                        "key_not_authorised",
                        {"key": method_id},
                    )
                )
    return resolved


def _check_status_list(
    fetcher: HttpsFetcher, record: Any, live_doc: Any, now: datetime, differences: list[WebsiteDifference], db: Database
) -> None:

    try:
        token = fetcher.fetch(record.id).body.decode("ascii", "replace").strip()
    except WebFetchError as exc:
        differences.append(
            WebsiteDifference(record.id, f"cannot be fetched: {exc.message}", "unreachable", fetch_params(exc))
        )
        return
    if live_doc is None:
        differences.append(WebsiteDifference(record.id, "cannot be checked without a valid did.json", "unchecked"))
        return
    try:
        live_bits, valid_from = read_status_list(token, url=record.id, issuer=live_doc, purpose=record.purpose, now=now)
    except (StatusListInvalid, StatusListError) as exc:
        differences.append(
            WebsiteDifference(
                record.id, f"is not a valid status list: {exc.message}", "invalid_status_list", {"reason": exc.message}
            )
        )
        return
    if len(live_bits) != len(record.bits):
        differences.append(
            WebsiteDifference(
                record.id,
                f"has {len(live_bits) * 8:,} entries; this computer's list has {len(record.bits) * 8:,}",
                "size_mismatch",
                {"live": str(len(live_bits) * 8), "ours": str(len(record.bits) * 8)},
            )
        )
        return
    missing = _set_bits(bytes(a & ~b & 0xFF for a, b in zip(record.bits, live_bits, strict=False)))
    extra = _set_bits(bytes(b & ~a & 0xFF for a, b in zip(record.bits, live_bits, strict=False)))
    if missing:
        documents = ids_at_status_indexes(db, record.id, missing)
        named = f" ({', '.join(documents)})" if documents else ""
        differences.append(
            WebsiteDifference(
                record.id,
                f"is out of date (signed {valid_from}): {len(missing)} revocation(s) not published yet{named}; "
                "upload the new status list",
                "revocations_not_published",
                {"signed": valid_from, "count": str(len(missing)), "documents": ", ".join(documents)},
            )
        )
    if extra:
        differences.append(
            WebsiteDifference(
                record.id,
                f"marks {len(extra)} document(s) revoked that this "
                "computer does not (entries " + ", ".join(map(str, extra[:10])) + ")",
                "extra_revocations",
                {"count": str(len(extra))},
            )
        )


def _set_bits(bits: bytes) -> list[int]:
    """Indexes of the set bits (index 0 = left-most bit of the first byte)."""
    return [i * 8 + j for i, byte in enumerate(bits) if byte for j in range(8) if byte & (0x80 >> j)]
