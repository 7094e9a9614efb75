"""The tamper corpus (issue 8): every altered credential is red, or amber with its reason — never green.

A mill (the `company` fixture: ES384 did:web key, plus an EdDSA did:key key) issues every
document type; a verifier on the same computer (`verifier_context(db, online=False)`: the
mill's own did:web and status lists resolve locally) has the mill on a signed trust list,
so the genuine documents are green and any alteration that slipped through would show.
Each mutation from `tests/hardening/tamper.py` goes through the real pipeline:
`verify_vc_jwt`, `verifier.verify_text` for TD1, `verify_data_integrity`.

Size: every byte and character of each header and signature and every proofValue
character; a deterministic sample of payload positions (`PAYLOAD_SAMPLE` per payload and
per kind of change) and of QR-text characters, both times `SELLO_HARDENING_SCALE`
(default 1: ~28,000 cases, ~30 s). The full run changes every payload byte, every payload
character and every QR-text character of every credential (~133,000 cases, 1–3 minutes):

    SELLO_HARDENING_SCALE=full ./dev.sh test tests/hardening/test_tamper_corpus.py -q

The table (category, cases, rejected red, refused input, amber with reason, same token, wrong
reason, wrongly accepted) is printed whatever pytest's capture setting. "same token": a QR-text change
that DEFLATE decodes to the byte-identical vc+jwt (its padding bits, or a back-reference to
another copy of the same bytes); the signed bytes are unaltered, so the verdict is the
genuine one. About 1 in 15,000 single-character changes does this; such cases are counted
apart (category td1.same_token), never as alterations.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import rfc8785
from cryptography.hazmat.primitives import hashes
from hypothesis import given, settings
from hypothesis import strategies as st

from sello.core.credentials.checks import verify_data_integrity, verify_vc_jwt
from sello.core.credentials.credential import build_credential, sign_vc_jwt
from sello.core.credentials.dataintegrity import JCS, RDFC, sign_data_integrity
from sello.core.credentials.verdict import CHECK_NAMES, Check, Verdict
from sello.core.documents.issuance import DocumentIssuer
from sello.core.errors import InputError
from sello.core.keys.did import DidResolver, identifiers_for_key
from sello.core.keys.keypair import PublicKey, generate_key
from sello.core.keys.manager import KeyManager, KeyRecord
from sello.core.keys.profiles import create_profile
from sello.core.keys.sealedbox import KdfParams
from sello.core.keys.store import EncryptedFileStore
from sello.core.qr.base45 import b45decode, b45encode
from sello.core.qr.payload import Td1Error, decode_td1, encode_td1
from sello.core.trust.lists import TrustedIssuer, import_trust_list, new_trust_list, sign_trust_list, with_issuer
from sello.core.trust.operators import trust_operator
from sello.core.trust.statuslist import revoke
from sello.core.verification.inputs import VerifierContext, verifier_context, verify_text
from tests.e2e.conftest import DOCTYPES, company, example  # noqa: F401  (company is a fixture)
from tests.hardening import tamper
from tests.hardening.tamper import Mutation, OtherKey
from tests.hardening.tamper_judge import Judgement, Tally, format_table, judge

PAYLOAD_SAMPLE = 1000  # payload positions per credential and per kind of change, at scale 1
TD1_SAMPLE = 100  # QR-text characters per credential, at scale 1
RDFC_PROOF_VALUE_SAMPLE = 6  # rdfc verification is slow (PyLD, ~0.1 s): sample its proofValue, at scale 1


REQUIRED_CATEGORIES = {
    "jws.header.byte",
    "jws.header.char",
    "jws.payload.byte",
    "jws.payload.char",
    "jws.signature.byte",
    "jws.signature.char",
    "jws.noncanonical_tail",
    "alg.none",
    "alg.hmac",
    "alg.relabel",
    "alg.unsupported",
    "kid.swap",
    "jws.header_injection",
    "jws.transplant",
    "dates.resigned",
    "td1.field_edit",
    "td1.char",
    "di.field",
    "di.proof_options",
    "di.proof_value",
    "di.dates",
    "trust.untrusted",
    "status.revoked",
}


def hardening_scale() -> float | None:
    """SELLO_HARDENING_SCALE: a multiplier of the sample sizes (default 1), or "full"."""
    raw = os.environ.get("SELLO_HARDENING_SCALE", "1").strip().lower()
    if raw in ("full", "all"):
        return None
    try:
        scale = float(raw)
    except ValueError:
        raise pytest.UsageError(f"SELLO_HARDENING_SCALE must be a number or 'full', not {raw!r}") from None
    if not scale > 0:
        raise pytest.UsageError(f"SELLO_HARDENING_SCALE must be positive, not {raw!r}")
    return scale


def sample_size(base: int, scale: float | None) -> int | None:
    return None if scale is None else max(2, math.ceil(base * scale))


# -- the world: a trusted mill, an untrusted second company, a verifier -----------------------------
@dataclass
class IssuedDoc:
    doctype: str
    key: KeyRecord
    token: str
    td1: str
    document_id: str

    @property
    def credential(self) -> dict[str, Any]:
        return tamper.payload_of(self.token)

    @property
    def name(self) -> str:
        return f"{self.doctype}/{self.key.alg}"


@dataclass
class World:
    context: VerifierContext
    mill: KeyManager
    mill_keys: list[KeyRecord]
    issued: list[IssuedDoc]
    other: KeyManager
    other_keys: list[KeyRecord]
    foreign: list[IssuedDoc]  # the second company's genuine documents (not on any trust list)
    now: datetime  # the verification time of every case (a slow machine must not move the date edges)

    def other_key(self, record: KeyRecord) -> OtherKey:
        manager = self.other if record.profile_id == self.other.profile_id else self.mill
        private = manager.load_private(record.id)
        return OtherKey(record.kid, record.alg.value, private.sign)


def build_world(mill: KeyManager, home: Path) -> World:
    db = mill.db
    es = mill.default_key()
    assert es is not None and es.alg.value == "ES384" and es.did.startswith("did:web:")
    ed = mill.create_key("EdDSA", "key")
    issued = []
    for key in (es, ed):
        issuer = DocumentIssuer(db, mill, key_id=key.id)
        for doctype in DOCTYPES:
            doc = issuer.issue(doctype, example(doctype))
            issued.append(IssuedDoc(doctype, key, doc.vc_jwt, doc.td1, doc.id))

    profile = create_profile(db, "Aceros Impostores S.A. de C.V.", rfc="AIM0501014T3", web_domain="impostores.mx")
    other = KeyManager(
        db, profile.id, EncryptedFileStore(home / "other.sello-store", "other passphrase", kdf=KdfParams.minimum())
    )
    other_keys = [other.create_key("ES384", "web"), other.create_key("EdDSA", "key")]
    foreign = []
    for key in other_keys:
        issuer = DocumentIssuer(db, other, key_id=key.id)
        for doctype in DOCTYPES:
            signed = issuer.sign(doctype, example(doctype))
            foreign.append(IssuedDoc(doctype, key, signed.vc_jwt, signed.td1, signed.credential["id"]))

    # the verifier trusts an operator whose signed list names the mill's two DIDs
    now = datetime.now(UTC)
    operator = generate_key("EdDSA")
    operator_did, operator_kid = identifiers_for_key(operator.public, "key")
    trust_operator(db, operator_did, "CANACERO", DidResolver())
    trust_list = new_trust_list("Acero mexicano confiable")
    for key in (es, ed):
        trust_list = with_issuer(trust_list, TrustedIssuer(key.did, "Aceros del Norte S.A. de C.V.", "ADN0501014T3"))
    token = sign_trust_list(
        trust_list,
        operator,
        operator_kid,
        operator_name="CANACERO",
        valid_from=now - timedelta(days=1),
        valid_until=now + timedelta(days=90),
    )
    import_trust_list(db, token, now)
    return World(verifier_context(db, online=False), mill, [es, ed], issued, other, other_keys, foreign, now)


# -- running mutations through the real pipeline --------------------------------------------------
def verdict_of(kind: str, data: Any, world: World) -> Verdict:
    """The real pipeline for each kind of input, at the world's verification time."""
    context = world.context
    if kind == "vc+jwt":
        return verify_vc_jwt(data, resolver=context.resolver, status=context.status, trust=context.trust, now=world.now)
    if kind == "td1":
        return verify_text(data, context=context, now=world.now)
    return verify_data_integrity(
        data, resolver=context.resolver, status=context.status, trust=context.trust, now=world.now
    )


def verify(mutation: Mutation, world: World) -> Judgement:
    try:
        verdict = verdict_of(mutation.kind, mutation.data, world)
    except InputError as exc:  # refused as unreadable, with its sentence
        return judge(mutation, error=exc)
    return judge(mutation, verdict)


def run_all(mutations: Iterable[Mutation], world: World, tally: Tally) -> None:
    for mutation in mutations:
        tally.add(mutation, verify(mutation, world))


def assert_genuine_green(world: World) -> None:
    """The baseline: unaltered, the mill's documents are green by both paths."""
    for doc in world.issued:
        for kind, data in (("vc+jwt", doc.token), ("td1", doc.td1)):
            verdict = verdict_of(kind, data, world)
            assert verdict.color == "green", (doc.name, kind, [(c.name, c.code) for c in verdict.checks])


# -- the corpus ---------------------------------------------------------------------------------------
def jws_corpus(world: World, scale: float | None) -> tuple[list[Mutation], Counter[str]]:
    """Byte/char changes, non-canonical tails, alg swaps, kid swaps, header injections,
    transplants, re-signed dates, TD1 field edits and QR-text changes; with the case count
    each single-change category must have (one per position)."""
    payload_n, td1_n = sample_size(PAYLOAD_SAMPLE, scale), sample_size(TD1_SAMPLE, scale)
    mutations: list[Mutation] = []
    positional: Counter[str] = Counter()
    now = world.now
    for doc in world.issued:
        token, lengths = doc.token, tamper.segment_lengths(doc.token)
        for segment in tamper.SEGMENTS:
            n_bytes, n_chars = lengths[segment]
            byte_pos = char_pos = None
            if segment == "payload":
                byte_pos = tamper.sample_positions(n_bytes, payload_n, f"{doc.name}:bytes")
                char_pos = tamper.sample_positions(n_chars, payload_n, f"{doc.name}:chars")
            mutations += tamper.byte_changes(token, segment, byte_pos, seed=doc.name)
            mutations += tamper.char_changes(token, segment, char_pos, seed=doc.name)
            sample = payload_n if segment == "payload" else None
            positional[f"jws.{segment}.byte"] += _cases(n_bytes, sample)
            positional[f"jws.{segment}.char"] += _cases(n_chars, sample)
        mutations += tamper.noncanonical_tails(token)
        positional["jws.noncanonical_tail"] += tamper.spare_tail_variants(token)

        public = doc.key.public_jwk
        private = world.mill.load_private(doc.key.id)
        swaps = list(tamper.alg_swaps(token, public, private.private_jwk() if doc.key.alg.value == "ES384" else None))
        mutations += swaps

        others = [world.other_key(k) for k in world.other_keys]
        others += [world.other_key(k) for k in world.mill_keys if k.id != doc.key.id]  # the mill's other DID
        mutations += tamper.kid_swaps(token, doc.key.did, others)

        attacker = next(k for k in world.other_keys if k.alg == doc.key.alg)
        mutations += tamper.header_injections(token, world.other_key(attacker), attacker.public_jwk)
        same_key = [d for d in world.issued if d.key.id == doc.key.id]
        donor = same_key[(same_key.index(doc) + 1) % len(same_key)]
        mutations += tamper.transplants(token, donor.token, doc.key.alg.value)

        sign = _signer(private, doc.key.kid)
        mutations += tamper.date_mutations(doc.credential, sign, now)

        edits = list(tamper.td1_field_edits(token, world.other_keys[0].did, encode_td1))
        _assert_trade_fields_edited(doc.doctype, [m.label for m in edits])
        mutations += edits

        body = len(doc.td1) - len("TD1:")
        td1_pos = tamper.sample_positions(body, td1_n, f"{doc.name}:td1")
        mutations += tamper.td1_char_changes(
            doc.td1, td1_pos, seed=doc.name, same_token=lambda text, t=token: _decodes_to(text, t)
        )
        positional["td1.char"] += _cases(body, td1_n)
    return mutations, positional


def _decodes_to(td1: str, token: str) -> bool:
    try:
        return decode_td1(td1) == token
    except Td1Error:
        return False


def _cases(positions: int, sample: int | None) -> int:
    """One case per position: all of them, or the sample."""
    return positions if sample is None else min(positions, sample)


def es256_corpus(world: World) -> list[Mutation]:
    """Alg swaps on an ES256 (P-256 did:key) credential, as another vendor would issue it:
    ES256→ES384 relabelled, and re-signed on the P-256 key with SHA-384."""
    public, private = tamper.p256_jwks()
    did, kid = identifiers_for_key(PublicKey.from_jwk(public), "key")
    credential = {**tamper.payload_of(world.issued[0].token), "issuer": {"id": did, "name": "Interop Steel Inc."}}
    credential.pop("credentialStatus")
    token = tamper.compact_jws(
        {"alg": "ES256", "cty": "vc", "kid": kid, "typ": "vc+jwt"},
        rfc8785.dumps(credential),
        lambda data: tamper.ecdsa_sign(private, hashes.SHA256(), data),
    )
    baseline = verdict_of("vc+jwt", token, world)
    assert baseline.color == "amber" and baseline.check("signature").code == "signature.valid"
    return list(tamper.alg_swaps(token, public, private))


def _signer(private: Any, kid: str) -> Callable[[dict[str, Any]], str]:
    return lambda credential: sign_vc_jwt(credential, private, kid)


_REQUIRED_EDITS = {  # the forger's favourite fields, per document type
    "mill-test-report": ("heat number", "country of melt and pour", "weight", "HS code"),
    "commercial-invoice": ("heat number", "country of origin/manufacture", "weight", "HS code"),
    "usmca-certification": ("country of origin/manufacture", "HS code"),
    "packing-list": ("heat number", "country of origin/manufacture", "weight", "HS code"),
    "bill-of-lading": ("weight", "HS code"),
}


def _assert_trade_fields_edited(doctype: str, labels: list[str]) -> None:
    for what in _REQUIRED_EDITS[doctype]:
        assert any(label.startswith(f"{what} at ") for label in labels), (doctype, what)


def di_corpus(world: World, scale: float | None) -> tuple[list[Mutation], Counter[str], list[dict[str, Any]]]:
    """Data Integrity: the mill's EdDSA did:key signs each document with eddsa-jcs-2022 and a
    small credential with both suites; then their fields, proof options and proofValue change."""
    ed = world.mill_keys[1]
    private = world.mill.load_private(ed.id)
    other_kid = world.other_keys[1].kid
    mutations: list[Mutation] = []
    positional: Counter[str] = Counter()
    secured: list[dict[str, Any]] = []
    now = world.now
    small = build_credential(
        types=["MillTestReportCredential"],
        subject={"type": ["MillTestReport"], "certificateNumber": "MTR-2026-000417", "heatNumber": "H26-7781"},
        issuer={"id": ed.did, "name": "Aceros del Norte S.A. de C.V."},
    )
    full = [doc.credential for doc in world.issued if doc.key.id == ed.id]
    plan = [(credential, JCS, False, None) for credential in full]
    plan += [(small, JCS, True, None), (small, RDFC, True, sample_size(RDFC_PROOF_VALUE_SAMPLE, scale))]
    for credential, suite, swap, value_sample in plan:
        document = sign_data_integrity(credential, private, ed.kid, suite)
        secured.append(document)
        baseline = verdict_of("data-integrity", document, world)
        assert baseline.color == "green", [(c.name, c.code) for c in baseline.checks]
        value_len = len(document["proof"]["proofValue"]) - 1  # after the multibase "z"
        positions = (
            None
            if value_sample is None
            else [1 + p for p in tamper.sample_positions(value_len, value_sample, f"{suite}:proofValue")]
        )
        mutations += tamper.di_mutations(document, other_kid, cryptosuite_swap=swap, value_positions=positions)
        positional["di.proof_value"] += _cases(value_len, value_sample)
        if suite == JCS:
            mutations += di_date_mutations(credential, private, ed.kid, now)
    return mutations, positional, secured


def di_date_mutations(credential: dict[str, Any], private: Any, kid: str, now: datetime) -> list[Mutation]:
    """Genuinely signed, out of date: an expired proof, an expired or future credential."""
    expired = {
        **credential,
        "validFrom": tamper.stamp(now - timedelta(days=60)),
        "validUntil": tamper.stamp(now - timedelta(days=1)),
    }
    future = {**credential, "validFrom": tamper.stamp(now + timedelta(days=1))}
    must = {"format", "signature", "issuer_key"}
    return [
        Mutation(
            "di.dates",
            "proof expires yesterday",
            "data-integrity",
            sign_data_integrity(credential, private, kid, JCS, expires=now - timedelta(days=1)),
            tamper.red("dates", "dates.proof_expired", must_pass=must),
        ),
        Mutation(
            "di.dates",
            "validUntil yesterday",
            "data-integrity",
            sign_data_integrity(expired, private, kid, JCS),
            tamper.red("dates", "dates.expired", must_pass=must),
        ),
        Mutation(
            "di.dates",
            "validFrom tomorrow",
            "data-integrity",
            sign_data_integrity(future, private, kid, JCS),
            tamper.red("dates", "dates.not_yet_valid", must_pass=must),
        ),
    ]


def untrusted_corpus(world: World) -> list[Mutation]:
    """Genuine documents of a company on no trust list (amber, trust not listed), and the
    mill's documents copied and signed by that company under the mill's name."""
    mutations = []
    for doc in world.foreign:
        mutations.append(
            Mutation("trust.untrusted", f"{doc.name} by an unlisted company", "vc+jwt", doc.token, tamper.UNTRUSTED)
        )
        mutations.append(
            Mutation("trust.untrusted", f"{doc.name} by an unlisted company (QR)", "td1", doc.td1, tamper.UNTRUSTED)
        )
    impostor_key = {k.alg: k for k in world.other_keys}
    for doc in world.issued:
        key = impostor_key[doc.key.alg]
        copied = {**doc.credential, "issuer": {"id": key.did, "name": "Aceros del Norte S.A. de C.V."}}
        token = sign_vc_jwt(copied, world.other.load_private(key.id), key.kid)
        # its status entry points at the mill's list, which the copier cannot sign: unavailable
        mutations.append(
            Mutation(
                "trust.untrusted",
                f"{doc.name} copied and re-signed under the mill's name",
                "vc+jwt",
                token,
                tamper.amber({"trust", "status"}, {"trust.not_listed", "status.unavailable"}),
            )
        )
    other_ed = world.other_keys[1]
    foreign_ed = next(d for d in world.foreign if d.key.id == other_ed.id)
    document = sign_data_integrity(foreign_ed.credential, world.other.load_private(other_ed.id), other_ed.kid, JCS)
    mutations.append(
        Mutation(
            "trust.untrusted", "Data Integrity by an unlisted company", "data-integrity", document, tamper.UNTRUSTED
        )
    )
    return mutations


def revoked_corpus(world: World, secured: list[dict[str, Any]]) -> list[Mutation]:
    """Revoke every issued document; each must then be red for its status, by every path."""
    for doc in world.issued:
        revoke(world.mill.db, doc.document_id, "tamper corpus: revoked on purpose")
    expect = tamper.red("status", "status.revoked", must_pass={"format", "signature", "issuer_key", "dates"})
    mutations = []
    for doc in world.issued:
        mutations.append(Mutation("status.revoked", f"{doc.name} revoked", "vc+jwt", doc.token, expect))
        mutations.append(Mutation("status.revoked", f"{doc.name} revoked (QR)", "td1", doc.td1, expect))
    with_status = [d for d in secured if "credentialStatus" in d]
    mutations += [
        Mutation(
            "status.revoked", f"Data Integrity {d['credentialSubject']['type']} revoked", "data-integrity", d, expect
        )
        for d in with_status
    ]
    return mutations


# -- the test -------------------------------------------------------------------------------------------
def test_tamper_corpus(company: KeyManager, sello_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scale = hardening_scale()
    world = build_world(company, sello_home)
    assert_genuine_green(world)
    tally = Tally()

    jws, positional = jws_corpus(world, scale)
    di, di_positional, secured = di_corpus(world, scale)
    untrusted = untrusted_corpus(world)
    genuine_alterations = jws + es256_corpus(world) + di + untrusted
    run_all(genuine_alterations, world, tally)
    revoked = revoked_corpus(world, secured)  # last: it changes the status lists
    run_all(revoked, world, tally)
    generated = Counter(m.category for m in genuine_alterations + revoked)

    with capsys.disabled():
        label = "full" if scale is None else f"scale {scale:g}"
        print(
            f"\nTamper corpus ({label}): {tally.total:,} cases over {len(world.issued)} credentials "
            f"({len(DOCTYPES)} document types × ES384 did:web / EdDSA did:key) and {len(secured)} "
            f"Data Integrity documents"
        )
        print(format_table(tally))

    # every generated case was verified and judged once; the single-change categories have
    # exactly one case per position (every position, or the sample), counted from the lengths
    assert {name: t.cases for name, t in tally.items()} == dict(generated)
    positional.update(di_positional)
    generated_per_position = generated + Counter({"td1.char": generated["td1.same_token"]})
    assert {name: generated_per_position[name] for name in positional} == dict(positional)
    assert set(generated) >= REQUIRED_CATEGORIES and all(generated.values())
    problems = {name: t.failures for name, t in tally.items() if t.wrong_reason or t.accepted}
    assert not problems, problems
    for name, t in tally.items():
        assert t.accepted == 0 and t.wrong_reason == 0
        if name == "trust.untrusted":
            assert t.amber == t.cases
        elif name == "td1.same_token":  # a QR-text change that decodes to the identical signed token
            assert t.same_token == t.cases
        else:
            assert t.red + t.refused + t.unconfirmed == t.cases and t.amber == 0
            assert t.refused == 0 or name == "td1.char", name  # only a damaged QR text may be unreadable
            # only a damaged QR text may name an issuer or key this desk cannot obtain ("cannot confirm")
            assert t.unconfirmed == 0 or name == "td1.char", name


# -- the generators themselves -------------------------------------------------------------------------
_TOKEN = st.tuples(
    st.binary(min_size=1, max_size=40), st.binary(min_size=1, max_size=40), st.binary(min_size=1, max_size=40)
).map(lambda parts: tamper.join_token(*parts))


@settings(max_examples=50, deadline=None)
@given(_TOKEN, st.sampled_from(tamper.SEGMENTS))
def test_byte_changes_change_exactly_one_decoded_byte(token: str, segment: str) -> None:
    index = tamper.SEGMENTS.index(segment)
    original = tamper.split_token(token)
    mutations = list(tamper.byte_changes(token, segment))
    assert len(mutations) == len(original[index])
    for mutation in mutations:
        changed = tamper.split_token(mutation.data)
        assert [i for i in range(3) if changed[i] != original[i]] == [index]
        assert sum(a != b for a, b in zip(changed[index], original[index], strict=False)) == 1
        assert tamper.join_token(*changed) == mutation.data  # canonical re-encoding


@settings(max_examples=50, deadline=None)
@given(_TOKEN)
def test_char_changes_and_tails_differ_from_the_token(token: str) -> None:
    for segment in tamper.SEGMENTS:
        for mutation in tamper.char_changes(token, segment):
            assert mutation.data != token and len(mutation.data) == len(token)
    tails = list(tamper.noncanonical_tails(token))
    assert len(tails) == tamper.spare_tail_variants(token)
    for mutation in tails:  # a different text for the very same bytes
        assert mutation.data != token and tamper.split_token(mutation.data) == tamper.split_token(token)


def test_sample_positions_are_deterministic_and_keep_the_edges() -> None:
    first = tamper.sample_positions(10_000, 50, "seed")
    assert first == tamper.sample_positions(10_000, 50, "seed") and len(first) == 50
    assert first[0] == 0 and first[-1] == 9_999 and first == sorted(set(first))
    assert tamper.sample_positions(30, 50, "seed") == list(range(30))
    assert tamper.sample_positions(30, None, "seed") == list(range(30))


def test_ecdsa_twin_signature_is_the_same_credential(company: KeyManager) -> None:
    """ECDSA is malleable: (r, n − s) is a second valid signature of the same bytes. The twin
    token carries the identical credential from the identical key, so it is not an alteration
    (no claim changes) and it cannot dodge revocation; a PDF whose QR and attachment differ
    this way is still red (`input.pdf_mismatch`). Sello does not normalise to low-S: its own
    signer (OpenSSL) does not either, so half of the genuine tokens are "high-S"."""
    issued = DocumentIssuer(company.db, company).issue("packing-list", example("packing-list"))
    context = verifier_context(company.db, online=False)
    twin = tamper.ecdsa_twin(issued.vc_jwt)
    assert twin != issued.vc_jwt
    verdicts = [
        verify_vc_jwt(t, resolver=context.resolver, status=context.status, trust=context.trust)
        for t in (issued.vc_jwt, twin)
    ]
    assert [v.color for v in verdicts] == ["amber", "amber"]  # genuine, issuer not on a trust list
    assert verdicts[0].credential == verdicts[1].credential
    revoke(company.db, issued.id, "twin test")
    twin_verdict = verify_vc_jwt(twin, resolver=context.resolver, status=context.status, trust=context.trust)
    assert twin_verdict.color == "red" and twin_verdict.check("status").code == "status.revoked"


def _verdict(**not_passed: tuple[str, str]) -> Verdict:
    checks = [Check(name, *not_passed.get(name, ("passed", f"{name}.ok")), {"en": ""}) for name in CHECK_NAMES]
    return Verdict.from_checks(checks, credential=None, issuer=None, issuer_name=None, vc_jwt=None, input_kind="vc+jwt")


def test_judge_counts_green_amber_for_red_and_wrong_reasons_as_failures() -> None:
    forged = Mutation("c", "forged signature", "vc+jwt", "", tamper.ALTERED_SIGNATURE)
    assert judge(forged, _verdict()).result == "accepted"  # green
    assert judge(forged, _verdict(trust=("warning", "trust.not_listed"))).result == "accepted"  # amber
    assert judge(forged, _verdict(signature=("failed", "signature.mismatch"))).result == "red"
    assert judge(forged, _verdict(signature=("failed", "signature.alg_none"))).result == "wrong_reason"
    assert judge(forged, _verdict(format=("failed", "format.bad_json"))).result == "wrong_reason"  # must pass
    assert judge(forged, error=InputError("unreadable")).result == "wrong_reason"  # not refusable
    damaged_qr = Mutation("c", "damaged QR", "td1", "", tamper.ALTERED_TD1)
    assert judge(damaged_qr, error=InputError("unreadable")).result == "refused"
    untrusted = Mutation("c", "unlisted issuer", "vc+jwt", "", tamper.UNTRUSTED)
    assert judge(untrusted, _verdict(trust=("warning", "trust.not_listed"))).result == "amber"
    assert (
        judge(untrusted, _verdict(status=("warning", "status.stale"), trust=("warning", "trust.not_listed"))).result
        == "wrong_reason"
    )
    assert judge(untrusted, _verdict(status=("failed", "status.revoked"))).result == "wrong_reason"


def test_td1_padding_bits_reencode_the_same_token(company: KeyManager) -> None:
    """DEFLATE ignores the padding bits of its final byte, so a QR text whose last byte has
    them set is another encoding of the identical vc+jwt: the verdict is the genuine one
    (the signed bytes are what the verdict is about). The corpus counts such cases apart
    ("td1.same_token"); this shows one exists, deterministically."""
    issuer = DocumentIssuer(company.db, company)
    context = verifier_context(company.db, online=False)
    found = []
    for doctype in DOCTYPES:
        signed = issuer.sign(doctype, example(doctype))
        raw = b45decode(signed.td1[len("TD1:") :])
        for bit in range(7, -1, -1):
            text = "TD1:" + b45encode(raw[:-1] + bytes([raw[-1] ^ (1 << bit)]))
            if _decodes_to(text, signed.vc_jwt):
                found.append((text, signed.vc_jwt))
                break
    assert found  # 7 in 8 final bytes have a padding bit
    for text, token in found:
        verdict = verify_text(text, context=context)
        assert verdict.vc_jwt == token and verdict.color == "amber"  # genuine; the mill is on no trust list here
