"""Look for private key material in files and texts, in every form it could take.

`secret_forms` lists the encodings of one private key (the JWK `d` value raw, base64url,
base64, hex, decimal; the PKCS8 DER/PEM and, for P-384, SEC1 DER/PEM serializations
`cryptography` makes of the same key). `SecretScanner` searches bytes for all of them,
and also *inside* what the bytes contain: every stream of a PDF (decompressed), every
PDF file attachment (through pypdfium2), and every long base64/base64url run (decoded:
a JWS payload, a JSON member, a PEM body), two layers deep.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519

from sello.core.encoding import b64url_decode
from sello.core.keys.keypair import PrivateKey

MAX_FILE_BYTES = 64 * 1024 * 1024  # bigger files in the temp folder are not ours (videos of other tests)
MAX_DEPTH = 2  # containers inside containers: PDF stream -> base64 run -> ...
_BASE64_RUN = re.compile(rb"[A-Za-z0-9+/_-]{40,}={0,2}")
_PDF_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)


def secret_forms(private: PrivateKey) -> dict[str, bytes]:
    """Every way the private key's material could be written out, as bytes to look for."""
    d = private.private_jwk()["d"]
    raw = b64url_decode(d)
    if private.alg.value == "ES384":
        key = ec.derive_private_key(int.from_bytes(raw, "big"), ec.SECP384R1())
        formats = {"PKCS8": serialization.PrivateFormat.PKCS8, "SEC1": serialization.PrivateFormat.TraditionalOpenSSL}
    else:
        key = ed25519.Ed25519PrivateKey.from_private_bytes(raw)
        formats = {"PKCS8": serialization.PrivateFormat.PKCS8}
    forms = {
        "raw d": raw,
        "base64url d": d.encode("ascii"),
        "base64 d": base64.b64encode(raw),
        "base64 d unpadded": base64.b64encode(raw).rstrip(b"="),
        "hex d": raw.hex().encode("ascii"),
        "HEX d": raw.hex().upper().encode("ascii"),
        "decimal d": str(int.from_bytes(raw, "big")).encode("ascii"),
    }
    for name, fmt in formats.items():
        der = key.private_bytes(serialization.Encoding.DER, fmt, serialization.NoEncryption())
        pem = key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption())
        forms[f"{name} DER"] = der
        forms[f"{name} PEM"] = pem
        forms[f"{name} PEM body"] = b"".join(pem.splitlines()[1:-1])
    return forms


def _decode_base64_run(run: bytes) -> bytes | None:
    text = run.rstrip(b"=").replace(b"+", b"-").replace(b"/", b"_")
    text = text[: len(text) - len(text) % 4] if len(text) % 4 == 1 else text
    try:
        return base64.urlsafe_b64decode(text + b"=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return None


def _inflate(data: bytes) -> bytes | None:
    for candidate in (data, data.strip()):
        try:
            return zlib.decompressobj().decompress(candidate, MAX_FILE_BYTES)
        except zlib.error:
            pass
    try:  # reportlab may wrap a stream in ASCII85 before Flate
        return zlib.decompress(base64.a85decode(data.strip(), adobe=data.strip().startswith(b"<~")))
    except (ValueError, zlib.error):
        return None


def pdf_attachments(blob: bytes) -> list[tuple[str, bytes]]:
    """(name, data) of every file attachment of a PDF, read by pdfium."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(blob)
    try:
        found = []
        for index in range(document.count_attachments()):
            attachment = document.get_attachment(index)
            found.append((attachment.get_name(), bytes(attachment.get_data())))
        return found
    finally:
        document.close()


@dataclass
class SecretScanner:
    """Finds any form of any of `secrets` (name -> bytes patterns) in files and texts."""

    secrets: dict[str, dict[str, bytes]]
    scanned_files: list[Path] = field(default_factory=list)
    attachments_seen: int = 0
    skipped: list[str] = field(default_factory=list)

    @classmethod
    def for_keys(cls, keys: dict[str, PrivateKey], plain: dict[str, str] | None = None) -> SecretScanner:
        """Patterns for private keys, plus plain secrets (passphrases) looked for as UTF-8 text."""
        secrets = {name: secret_forms(key) for name, key in keys.items()}
        for name, text in (plain or {}).items():
            secrets[name] = {"text": text.encode("utf-8")}
        return cls(secrets)

    # -- what a blob contains ----------------------------------------------------------
    def _views(self, blob: bytes, where: str, depth: int = 0) -> Iterator[tuple[bytes, str]]:
        yield blob, where
        if depth >= MAX_DEPTH:
            return
        if blob.startswith(b"%PDF"):
            try:
                attachments = pdf_attachments(blob)
            except Exception as exc:
                self.skipped.append(f"{where}: attachments unreadable ({type(exc).__name__})")
                attachments = []
            self.attachments_seen += len(attachments)
            for name, data in attachments:
                yield from self._views(data, f"{where} › attachment {name}", depth + 1)
            for number, match in enumerate(_PDF_STREAM.finditer(blob)):
                inflated = _inflate(match.group(1))
                if inflated is not None:
                    yield from self._views(inflated, f"{where} › stream {number}", depth + 1)
        for match in _BASE64_RUN.finditer(blob):
            decoded = _decode_base64_run(match.group(0))
            if decoded:
                yield from self._views(decoded, f"{where} › base64 at {match.start()}", depth + 1)

    def scan_bytes(self, blob: bytes, where: str) -> list[str]:
        leaks = []
        for view, label in self._views(blob, where):
            for secret, forms in self.secrets.items():
                leaks += [f"{secret} ({form}) in {label}" for form, pattern in forms.items() if pattern in view]
        return leaks

    def scan_text(self, text: str, where: str) -> list[str]:
        return self.scan_bytes(text.encode("utf-8", "surrogateescape"), where)

    def scan_file(self, path: Path) -> list[str]:
        try:
            info = path.lstat()
            if not stat.S_ISREG(info.st_mode):
                return []
            if info.st_size > MAX_FILE_BYTES:
                self.skipped.append(f"{path}: {info.st_size} bytes")
                return []
            blob = path.read_bytes()
        except (FileNotFoundError, PermissionError, IsADirectoryError) as exc:  # another process's temp file
            self.skipped.append(f"{path}: {type(exc).__name__}")
            return []
        self.scanned_files.append(path)
        return self.scan_bytes(blob, str(path))

    def scan_tree(self, root: Path) -> list[str]:
        """Every regular file under `root` (or `root` itself), symlinks not followed."""
        if not root.is_dir() or root.is_symlink():
            return self.scan_file(root)
        leaks: list[str] = []
        for folder, _dirs, files in os.walk(root, onerror=lambda exc: self.skipped.append(str(exc))):
            for name in files:
                leaks += self.scan_file(Path(folder) / name)
        return leaks


def temp_entries(folder: str | os.PathLike[str]) -> set[str]:
    """The names directly inside the temp folder (to tell what a test created)."""
    try:
        return set(os.listdir(folder))
    except FileNotFoundError:
        return set()
