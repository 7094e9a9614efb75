"""What a verdict shows, in one language: each check with its evidence, and the signed
document field by field with the labels of its type. (No Qt.)

The verifier window and the one-page PDF report (`sello.core.verification.report`) both
render these records, so the screen and the paper say the same thing.

- `check_views(verdict, lang)`: per check its name, outcome, message and evidence as
  labelled lines (signature algorithm and key, where the issuer key came from, dates,
  revocation status with the age of the data, the trust-list entry);
- `document_content(credential, lang)`: the credential's header (type, id, issuer,
  dates), then the sections of its document type (`resources/doctypes`) with field
  labels, values shown as the type defines them (countries named, units, enum labels)
  and the type's `emphasize` flag (heat numbers, countries of melt and pour, weights,
  HS codes) kept, so the officer can compare them with the paper. A credential of a
  type Sello does not know is shown as its subject's members.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sello.core.credentials.moments import localized as _localized
from sello.core.credentials.verdict import Check, TypeNamer, Verdict, document_type_name
from sello.core.documents import refdata
from sello.core.documents.fieldtypes import type_of
from sello.core.i18n import register, tr
from sello.core.trust.webresolve import describe_age

MAX_GENERIC_ROWS = 200  # an unknown credential's subject: enough to read, never a flood


@dataclass(frozen=True)
class EvidenceLine:
    label: str
    value: str


@dataclass(frozen=True)
class CheckView:
    name: str  # "signature", ...
    title: str  # "Signature" / "Firma"
    outcome: str  # passed, failed, warning, skipped
    outcome_label: str  # "Passed" / "Correcto"
    message: str
    evidence: tuple[EvidenceLine, ...]


@dataclass(frozen=True)
class FieldRow:
    label: str
    value: str
    emphasize: bool = False


@dataclass(frozen=True)
class DocumentSection:
    title: str
    rows: tuple[FieldRow, ...]


@dataclass(frozen=True)
class DocumentContent:
    type_name: str
    known_type: bool  # False: shown member by member, without the labels of a document type
    sections: tuple[DocumentSection, ...]

    @property
    def emphasized(self) -> list[FieldRow]:
        return [row for section in self.sections for row in section.rows if row.emphasize]


# -- checks -----------------------------------------------------------------------------


def check_views(verdict: Verdict, lang: str, now: datetime | None = None) -> list[CheckView]:
    """Every check of `verdict` ready to show in `lang`."""
    moment = now or datetime.now(UTC)
    return [
        CheckView(
            c.name,
            tr(f"check.{c.name}", lang),
            c.outcome,
            tr(f"outcome.{c.outcome}", lang),
            _message(c, lang),
            tuple(evidence_lines(c, lang, moment)),
        )
        for c in verdict.checks
    ]


def _message(check: Check, lang: str) -> str:
    """The check's sentence in `lang`, its moments (ISO 8601, UTC) in this computer's time zone."""
    return check.shown(lang)


def evidence_lines(check: Check, lang: str, now: datetime | None = None) -> list[EvidenceLine]:
    """The evidence of one check as labelled lines, the important ones first."""
    evidence = dict(check.evidence)
    lines: list[EvidenceLine] = []

    def add(key: str, value: Any) -> None:
        text = _text(_localized(value))
        if text:
            lines.append(EvidenceLine(tr(f"evidence.{key}", lang), text))

    if check.name == "issuer_key" and evidence.get("source"):
        evidence["source"] = tr(f"key_source.{evidence['source']}", lang)
    if check.name == "status":
        if evidence.get("source"):
            evidence["source"] = tr(f"status_source.{evidence['source']}", lang)
        if evidence.get("as_of"):
            evidence["age"] = _age(str(evidence["as_of"]), now or datetime.now(UTC), lang)
    if check.name == "dates" and "validUntil" in evidence and not evidence.get("validUntil"):
        evidence["validUntil"] = tr("evidence.no_end_date", lang)
    if check.name == "trust" and isinstance(evidence.get("listings"), list):
        for listing in evidence.pop("listings"):
            if isinstance(listing, Mapping):
                evidence.setdefault("list_name", listing.get("list_name"))
                evidence.setdefault("operator_name", listing.get("operator_name"))
                evidence.setdefault("entry_valid_until", listing.get("entry_valid_until"))
                evidence.setdefault("list_valid_until", listing.get("list_valid_until"))
    if check.name in ("format", "issuer_key"):
        evidence.pop("kid", None)  # shown once, under the signature
    if isinstance(evidence.get("roles"), list):
        evidence["roles"] = ", ".join(_known_value("role", str(r), lang) for r in evidence["roles"])
    for key, kind in (("statusPurpose", "purpose"), ("note", "note")):
        if isinstance(evidence.get(key), str):
            evidence[key] = _known_value(kind, evidence[key], lang)
    if check.name == "format" and check.outcome != "failed":
        return []  # a readable credential: its header fields interest only the JSON export
    texts = evidence.pop("reason_texts", None)  # the reason in each language (credentials.verdict)
    if isinstance(texts, Mapping) and isinstance(texts.get(lang), str):
        evidence["reason"] = texts[lang]
    message = " ".join(check.message.values())
    if isinstance(evidence.get("reason"), str) and evidence["reason"].rstrip(".") in message:
        evidence.pop("reason")  # already said by the check's message
    order = _EVIDENCE_ORDER.get(check.name, ())
    for key in order:
        if key in evidence:
            add(key, evidence.pop(key))
    for key in _HIDDEN:
        evidence.pop(key, None)
    for key, value in evidence.items():  # anything else a checker recorded, under its own name
        text = _text(_localized(value))
        if text:
            label = tr(f"evidence.{key}", lang)
            lines.append(EvidenceLine(key if label == f"evidence.{key}" else label, text))
    return lines


_EVIDENCE_ORDER: dict[str, tuple[str, ...]] = {
    "format": ("alg", "typ", "cty", "cryptosuite", "verificationMethod", "created", "sources"),
    "signature": ("alg", "kid"),
    "issuer_key": ("issuer", "source", "fetched_at", "key_type", "key_thumbprint", "reason"),
    "dates": ("validFrom", "validUntil", "exp", "nbf", "proof.expires", "now"),
    "status": ("source", "as_of", "age", "statusListCredential", "statusListIndex", "statusPurpose", "note", "reason"),
    "trust": (
        "legal_name",
        "rfc",
        "roles",
        "country",
        "list_name",
        "list_version",
        "operator_name",
        "list_valid_from",
        "list_valid_until",
        "entry_valid_until",
        "issuer",
        "reason",
    ),
}
# recorded for machines (JSON export), not worth a line on screen
_HIDDEN = (
    "clock_skew_seconds",
    "method_type",
    "notes",
    "list_id",
    "operator",
    "entry_valid_from",
    "issuer_name_in_document",
    "list_entries",
    "entry",
)


def _known_value(kind: str, value: str, lang: str) -> str:
    """A value the core records in English (a role, a purpose, a note) in `lang`, if known."""
    code = f"value.{kind}.{value}"
    text = tr(code, lang)
    return value if text == code else text


def _text(value: Any) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v) for v in value if _text(v))
    if isinstance(value, Mapping):
        return ""
    return str(value)


def _age(as_of: str, now: datetime, lang: str) -> str:

    try:
        return describe_age(as_of, now, lang)
    except ValueError:
        return ""


# -- the document -----------------------------------------------------------------------


def document_content(
    credential: Mapping[str, Any] | None, lang: str, type_name: TypeNamer | None = None
) -> DocumentContent:
    """The signed document as sections of labelled rows (see the module docstring)."""
    from sello.core.documents.doctypes import doctype_for_credential

    credential = credential or {}
    doctype = doctype_for_credential(dict(credential))
    header = DocumentSection(tr("doc.section.credential", lang), tuple(_header_rows(credential, lang)))
    if doctype is None:
        subject = credential.get("credentialSubject")
        rows = _generic_rows(subject, "")[:MAX_GENERIC_ROWS]
        sections = (header, DocumentSection(tr("doc.section.subject", lang), tuple(rows))) if rows else (header,)
        return DocumentContent(document_type_name(credential, lang, type_name), False, sections)
    from sello.core.documents.mapping import subject_to_data

    data = subject_to_data(doctype, credential.get("credentialSubject") or {})
    mapped = [header, *_sections(doctype.sections, data, lang, "")]
    return DocumentContent(doctype.title[lang], True, tuple(s for s in mapped if s.rows))


def _header_rows(credential: Mapping[str, Any], lang: str) -> list[FieldRow]:
    issuer = credential.get("issuer")
    issuer_id = issuer.get("id") if isinstance(issuer, Mapping) else issuer
    issuer_name = issuer.get("name") if isinstance(issuer, Mapping) else None
    rows = [
        (tr("doc.issuer", lang), _text(issuer_name) if isinstance(issuer_name, str) else ""),
        (tr("doc.issuer_id", lang), _text(issuer_id)),
        (tr("doc.credential_id", lang), _text(credential.get("id"))),
        (tr("doc.valid_from", lang), _text(credential.get("validFrom"))),
        (tr("doc.valid_until", lang), _text(credential.get("validUntil"))),
    ]
    return [FieldRow(label, value) for label, value in rows if value]


def _sections(sections: Sequence[Any], data: Mapping[str, Any], lang: str, prefix: str) -> list[DocumentSection]:
    out: list[DocumentSection] = []
    for section in sections:
        value = data.get(section.id)
        if value is None:
            continue
        if section.repeatable and isinstance(value, list):
            row_label = (section.row_label or section.label)[lang]
            for number, row in enumerate(value, start=1):
                if isinstance(row, Mapping):
                    out.extend(_section_body(section, row, lang, f"{prefix}{row_label} {number}"))
        elif isinstance(value, Mapping):
            out.extend(_section_body(section, value, lang, f"{prefix}{section.label[lang]}"))
    return out


def _section_body(section: Any, values: Mapping[str, Any], lang: str, title: str) -> list[DocumentSection]:
    rows = tuple(
        FieldRow(f.label[lang], display_value(f, values[f.id], lang), f.emphasize)
        for f in section.fields
        if values.get(f.id) not in (None, "")
    )
    return [DocumentSection(title, rows), *_sections(section.sections, values, lang, f"{title} · ")]


def display_value(field: Any, value: Any, lang: str) -> str:
    """A field's value for the screen in one language: numbers grouped with their unit,
    countries and ports named with their code, enum values by their label."""
    kind = type_of(field)
    text = kind.display(field, str(value), lang, False)
    if kind.numeric:
        unit = refdata.unit_symbol(field.unit) if field.unit else ""
        return f"{text} {unit}" if unit else text
    return text


def _generic_rows(node: Any, path: str) -> list[FieldRow]:
    if isinstance(node, Mapping):
        rows: list[FieldRow] = []
        for key, value in node.items():
            if key in ("type", "@context"):
                continue
            rows.extend(_generic_rows(value, f"{path}.{key}" if path else str(key)))
        return rows
    if isinstance(node, list):
        rows = []
        for index, value in enumerate(node, start=1):
            rows.extend(_generic_rows(value, f"{path} {index}"))
        return rows
    text = _text(node)
    return [FieldRow(path or "—", text)] if text else []


register(
    {
        "check.format": {"en": "Format", "es": "Formato"},
        "check.signature": {"en": "Signature", "es": "Firma"},
        "check.issuer_key": {"en": "Issuer key", "es": "Clave del emisor"},
        "check.dates": {"en": "Dates", "es": "Fechas"},
        "check.status": {"en": "Revocation status", "es": "Estado de revocación"},
        "check.trust": {"en": "Trust list", "es": "Lista de confianza"},
        "outcome.passed": {"en": "Passed", "es": "Correcto"},
        "outcome.failed": {"en": "Failed", "es": "Falló"},
        "outcome.warning": {"en": "Check", "es": "Revisar"},
        "outcome.skipped": {"en": "Not checked", "es": "No comprobado"},
        "evidence.alg": {"en": "Algorithm", "es": "Algoritmo"},
        "evidence.typ": {"en": "Media type", "es": "Tipo de medio"},
        "evidence.cty": {"en": "Content type", "es": "Tipo de contenido"},
        "evidence.kid": {"en": "Key", "es": "Clave"},
        "evidence.cryptosuite": {"en": "Cryptosuite", "es": "Suite criptográfica"},
        "evidence.verificationMethod": {"en": "Key", "es": "Clave"},
        "evidence.created": {"en": "Signed", "es": "Firmado"},
        "evidence.sources": {"en": "Compared", "es": "Comparado"},
        "evidence.issuer": {"en": "Issuer", "es": "Emisor"},
        "evidence.source": {"en": "Source", "es": "Origen"},
        "evidence.fetched_at": {"en": "Obtained", "es": "Obtenida"},
        "evidence.key_type": {"en": "Key type", "es": "Tipo de clave"},
        "evidence.key_thumbprint": {"en": "Key fingerprint", "es": "Huella de la clave"},
        "evidence.reason": {"en": "Reason", "es": "Motivo"},
        "evidence.validFrom": {"en": "Valid from", "es": "Válido desde"},
        "evidence.validUntil": {"en": "Valid until", "es": "Válido hasta"},
        "evidence.no_end_date": {"en": "no end date", "es": "sin fecha de término"},
        "evidence.exp": {"en": "Expires (exp)", "es": "Vence (exp)"},
        "evidence.nbf": {"en": "Not before (nbf)", "es": "No antes de (nbf)"},
        "evidence.proof.expires": {"en": "Proof expires", "es": "La prueba vence"},
        "evidence.now": {"en": "Checked at", "es": "Comprobado el"},
        "evidence.as_of": {"en": "Status as of", "es": "Estado al"},
        "evidence.age": {"en": "Age of the status data", "es": "Antigüedad de los datos de estado"},
        "evidence.statusListCredential": {"en": "Status list", "es": "Lista de estado"},
        "evidence.statusListIndex": {"en": "Index in the list", "es": "Posición en la lista"},
        "evidence.statusPurpose": {"en": "Purpose", "es": "Propósito"},
        "evidence.note": {"en": "Note", "es": "Nota"},
        "evidence.legal_name": {"en": "Listed name", "es": "Nombre registrado"},
        "evidence.rfc": {"en": "RFC (tax id)", "es": "RFC"},
        "evidence.roles": {"en": "Roles", "es": "Funciones"},
        "evidence.country": {"en": "Country", "es": "País"},
        "evidence.list_name": {"en": "Trust list", "es": "Lista de confianza"},
        "evidence.list_version": {"en": "List version", "es": "Versión de la lista"},
        "evidence.operator_name": {"en": "List operator", "es": "Operador de la lista"},
        "evidence.list_valid_from": {"en": "List dated", "es": "Lista con fecha"},
        "evidence.list_valid_until": {"en": "List valid until", "es": "Lista vigente hasta"},
        "evidence.entry_valid_until": {"en": "Listing valid until", "es": "Registro vigente hasta"},
        "key_source.self-contained": {
            "en": "contained in the issuer's DID (did:key / did:jwk)",
            "es": "contenida en el DID del emisor (did:key / did:jwk)",
        },
        "key_source.web": {"en": "the issuer's website (did:web)", "es": "el sitio web del emisor (did:web)"},
        "key_source.cache": {
            "en": "saved copy of the issuer's website",
            "es": "copia guardada del sitio web del emisor",
        },
        "key_source.bundle": {"en": "imported trust bundle", "es": "paquete de confianza importado"},
        "key_source.local": {"en": "this computer's own keys", "es": "claves propias de esta computadora"},
        "status_source.web": {"en": "the issuer's website, just now", "es": "el sitio web del emisor, ahora mismo"},
        "status_source.cache": {"en": "saved copy", "es": "copia guardada"},
        "status_source.bundle": {"en": "imported trust bundle", "es": "paquete de confianza importado"},
        "status_source.local": {"en": "this computer's own list", "es": "lista propia de esta computadora"},
        "value.role.mill": {"en": "mill", "es": "acería"},
        "value.role.broker": {"en": "customs broker", "es": "agente aduanal"},
        "value.role.carrier": {"en": "carrier", "es": "transportista"},
        "value.purpose.revocation": {"en": "revocation", "es": "revocación"},
        "value.purpose.suspension": {"en": "suspension", "es": "suspensión"},
        "value.note.this computer is working offline": {
            "en": "this computer is working offline",
            "es": "esta computadora trabaja sin conexión",
        },
        "value.note.the list is not published on a website (only a trust bundle carries it)": {
            "en": "the list is not published on a website (only a trust bundle carries it)",
            "es": "la lista no está publicada en un sitio web (solo la trae un paquete de confianza)",
        },
        "doc.section.credential": {"en": "Credential", "es": "Credencial"},
        "doc.section.subject": {"en": "Contents", "es": "Contenido"},
        "doc.issuer": {"en": "Issuer", "es": "Emisor"},
        "doc.issuer_id": {"en": "Issuer identifier (DID)", "es": "Identificador del emisor (DID)"},
        "doc.credential_id": {"en": "Credential ID", "es": "ID de la credencial"},
        "doc.valid_from": {"en": "Issued (valid from)", "es": "Emitido (válido desde)"},
        "doc.valid_until": {"en": "Valid until", "es": "Válido hasta"},
    }
)
