"""SHA256SUMS and the signed release manifest (a compact JWS, `alg` Ed25519 as RFC 9864 names EdDSA
with Ed25519).

    python packaging/release_manifest.py sign --dist DIST --version V --commit C --build-date D \\
        FILE...                     writes DIST/SHA256SUMS (one line per FILE, as `sha256sum` does)
                                    and DIST/<first FILE's stem>.manifest.jws
    python packaging/release_manifest.py fingerprint PUBLIC.pem   SHA-256 of the key's DER SubjectPublicKeyInfo
    python packaging/release_manifest.py verify MANIFEST.jws PUBLIC.pem   (the same check as README's openssl
                                    commands, for scripts that prefer Python)

The release key is never in the repository. `sign` takes it from SELLO_RELEASE_KEY_FILE (a
PEM file: PKCS#8 Ed25519 private key, e.g. `openssl genpkey -algorithm ed25519`) or
SELLO_RELEASE_KEY (the same PEM text, for a CI secret). Without either it makes a throwaway
key, writes its public half beside the manifest as `manifest-TEST-KEY.pem`, and the manifest
says it is not a release signature. Only a manifest signed by the key published in
packaging/release-public-key.pem (fingerprint in README) says `"release": true`.

Anyone checks a manifest with standard tools (README, "Check a release"): the signing input
(header.payload) and the signature are cut from the JWS, the signature base64url-decoded,
and `openssl pkeyutl -verify -rawin` checks it with the published public key. To make the
payload readable with plain `base64 -d`, the header and payload JSON are padded with spaces
to a multiple of 3 bytes (their base64url form then needs no `=` padding).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PUBLISHED_KEY = Path(__file__).resolve().parent / "release-public-key.pem"
TEST_KEY_NAME = "manifest-TEST-KEY.pem"
MANIFEST_TYPE = "sello-release-manifest+json"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def fingerprint(public_key: Ed25519PublicKey) -> str:
    der = public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest()


def _padded_json(value: dict[str, Any]) -> bytes:
    text = json.dumps(value, indent=2, sort_keys=True, ensure_ascii=True)
    return (text + " " * (-(len(text) + 1) % 3) + "\n").encode("ascii")  # spaces before the last newline


def sha256_file(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def load_release_key() -> Ed25519PrivateKey | None:
    """The release key from SELLO_RELEASE_KEY_FILE or SELLO_RELEASE_KEY, or None."""
    path, text = os.environ.get("SELLO_RELEASE_KEY_FILE"), os.environ.get("SELLO_RELEASE_KEY")
    if not path and not text:
        return None
    pem = Path(path).read_bytes() if path else (text or "").encode("ascii")
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise SystemExit("the release key must be an Ed25519 private key (openssl genpkey -algorithm ed25519)")
    return key


def published_fingerprint() -> str | None:
    if not PUBLISHED_KEY.is_file():
        return None
    key = serialization.load_pem_public_key(PUBLISHED_KEY.read_bytes())
    return fingerprint(key) if isinstance(key, Ed25519PublicKey) else None


def write_sums(dist: Path, files: list[Path]) -> Path:
    """DIST/SHA256SUMS in `sha256sum`'s format (two spaces, names relative to DIST)."""
    lines = [f"{sha256_file(f)}  {f.relative_to(dist).as_posix()}\n" for f in files]
    target = dist / "SHA256SUMS"
    target.write_text("".join(lines), encoding="utf-8")
    return target


def sign_manifest(
    dist: Path, files: list[Path], *, version: str, commit: str, build_date: str, key: Ed25519PrivateKey | None
) -> tuple[Path, bool]:
    """Write SHA256SUMS and the manifest; return the manifest's path and whether it is a release signature."""
    sums = write_sums(dist, files)
    ephemeral = key is None
    signing_key = Ed25519PrivateKey.generate() if key is None else key
    key_fingerprint = fingerprint(signing_key.public_key())
    release = not ephemeral and key_fingerprint == published_fingerprint()
    payload = {
        "name": "sello",
        "version": version,
        "commit": commit,
        "build_date": build_date,
        "files": [
            {"name": f.relative_to(dist).as_posix(), "sha256": sha256_file(f), "size": f.stat().st_size} for f in files
        ],
        "sha256sums_sha256": sha256_file(sums),
        "key_fingerprint": key_fingerprint,
        "release": release,
        "signed_with": (
            "the published release key (packaging/release-public-key.pem)"
            if release
            else "a throwaway test key: NOT a release signature"
            if ephemeral
            else "a key that is not the published release key: NOT a release signature"
        ),
    }
    header = {"alg": "Ed25519", "kid": key_fingerprint, "typ": MANIFEST_TYPE}
    signing_input = f"{b64url(_padded_json(header))}.{b64url(_padded_json(payload))}"
    signature = signing_key.sign(signing_input.encode("ascii"))  # Ed25519: deterministic
    manifest = dist / f"{files[0].name.removesuffix('.tar.gz')}.manifest.jws"
    manifest.write_text(f"{signing_input}.{b64url(signature)}\n", encoding="ascii")
    test_key = dist / TEST_KEY_NAME
    if ephemeral:
        test_key.write_bytes(
            signing_key.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
    elif test_key.exists():
        test_key.unlink()
    return manifest, release


def verify_manifest(manifest: Path, public_pem: Path) -> dict[str, Any]:
    """The payload of a manifest whose signature `public_pem` checks; ValueError otherwise."""
    header_b64, payload_b64, signature_b64 = manifest.read_text(encoding="ascii").strip().split(".")
    header = json.loads(b64url_decode(header_b64))
    if header.get("alg") not in ("Ed25519", "EdDSA"):
        raise ValueError(f"unexpected algorithm {header.get('alg')!r}")
    key = serialization.load_pem_public_key(public_pem.read_bytes())
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("the public key is not Ed25519")
    try:
        key.verify(b64url_decode(signature_b64), f"{header_b64}.{payload_b64}".encode("ascii"))
    except InvalidSignature:
        raise ValueError("the manifest's signature does not verify with this key") from None
    return json.loads(b64url_decode(payload_b64))  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="release_manifest.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sign = sub.add_parser("sign")
    sign.add_argument("--dist", type=Path, required=True)
    sign.add_argument("--version", required=True)
    sign.add_argument("--commit", required=True)
    sign.add_argument("--build-date", required=True)
    sign.add_argument("files", nargs="+", type=Path)
    show = sub.add_parser("fingerprint")
    show.add_argument("public_pem", type=Path)
    check = sub.add_parser("verify")
    check.add_argument("manifest", type=Path)
    check.add_argument("public_pem", type=Path)
    args = parser.parse_args(argv)

    if args.command == "fingerprint":
        key = serialization.load_pem_public_key(args.public_pem.read_bytes())
        if not isinstance(key, Ed25519PublicKey):
            raise SystemExit("not an Ed25519 public key")
        print(fingerprint(key))
        return 0
    if args.command == "verify":
        try:
            payload = verify_manifest(args.manifest, args.public_pem)
        except ValueError as exc:
            print(f"{args.manifest}: {exc}", file=sys.stderr)
            return 1
        print(json.dumps(payload, indent=2, sort_keys=True))
        return 0
    dist = args.dist.resolve()
    files = [f.resolve() for f in args.files]
    manifest, release = sign_manifest(
        dist, files, version=args.version, commit=args.commit, build_date=args.build_date, key=load_release_key()
    )
    print(
        f"{manifest.relative_to(dist)}: "
        + (
            "signed with the published release key"
            if release
            else "UNSIGNED FOR RELEASE: signed with a throwaway test key (public half in "
            f"{TEST_KEY_NAME}); set SELLO_RELEASE_KEY_FILE to the release key to sign a release"
            if not os.environ.get("SELLO_RELEASE_KEY_FILE") and not os.environ.get("SELLO_RELEASE_KEY")
            else "UNSIGNED FOR RELEASE: the key given is not the one published in packaging/release-public-key.pem"
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
