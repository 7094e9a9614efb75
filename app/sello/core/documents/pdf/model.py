"""What the printed document shows, as plain records: the layer between a document type
plus its credential (`sello.core.documents.pdf.layout`) and the drawing (`sello.core.documents.pdf.render`).

Every label is bilingual (`Bilingual`: Spanish first, English second); every value is
already formatted text, so drawing needs no knowledge of document types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

PageSizeName = Literal["letter", "a4"]
Align = Literal["left", "right", "center"]


@dataclass(frozen=True)
class Bilingual:
    """A label or text in Spanish and English."""

    es: str
    en: str

    def joined(self, separator: str = " / ") -> str:
        return self.es if self.en_repeats_es else f"{self.es}{separator}{self.en}"

    @property
    def en_repeats_es(self) -> bool:
        """The English adds nothing: equal, or already in the Spanish ("Certificado de calidad
        (Mill Test Report)" / "Mill Test Report")."""
        return self.en == self.es or (len(self.en) > 3 and self.en in self.es)


@dataclass(frozen=True)
class IssuerBlock:
    """The issuing company as printed: legal name, tax id (RFC), address lines, DID and
    the signing key's fingerprint (RFC 7638 thumbprint, printed in groups of four)."""

    legal_name: str
    rfc: str
    address: tuple[str, ...]
    did: str
    key_fingerprint: str
    logo: bytes | None = None  # PNG (sello.core.keys.logo), printed above the name


@dataclass(frozen=True)
class FieldView:
    """One labelled value. `mono` for identifiers; `emphasize` prints it larger."""

    label: Bilingual
    value: str
    emphasize: bool = False
    mono: bool = False


@dataclass(frozen=True)
class BlockView:
    """A titled group of fields, such as a party (customer, consignee) or the product."""

    title: Bilingual
    fields: tuple[FieldView, ...]


@dataclass(frozen=True)
class ColumnView:
    label: Bilingual
    unit: str = ""
    align: Align = "left"
    mono: bool = False


@dataclass(frozen=True)
class TableView:
    """Rows of a repeatable group. `totals` is a last row (same width as columns, "" for
    empty cells); `compact` for many narrow numeric columns (chemistry)."""

    title: Bilingual
    columns: tuple[ColumnView, ...]
    rows: tuple[tuple[str, ...], ...]
    totals: tuple[str, ...] | None = None
    compact: bool = False


FieldGroup = tuple[Bilingual, tuple[FieldView, ...]]  # a titled grid of fields


@dataclass(frozen=True)
class DocumentView:
    """Everything one printed document shows, besides the issuer block and the QR code."""

    title: Bilingual
    number_label: Bilingual
    number: str
    issue_date: str  # as printed, e.g. "2025-03-14 16:20 UTC"
    credential_id: str
    header: tuple[FieldView, ...] = ()
    blocks: tuple[BlockView, ...] = ()
    groups_before: tuple[FieldGroup, ...] = ()  # field grids printed before the tables
    tables: tuple[TableView, ...] = ()
    groups_after: tuple[FieldGroup, ...] = ()  # ... and after them (totals, signature)
    statement: Bilingual | None = None
    signature: tuple[FieldView, ...] = ()  # who signs the statement (name, title, date)
    valid_until: str | None = None
    orientation: Literal["portrait", "landscape"] = "portrait"
    notes: tuple[FieldView, ...] = field(default_factory=tuple)  # long free text, last
    conformity: Bilingual | None = None  # "Conforme a ASTM A572/A572M Gr 50 …" (spec_checks)
