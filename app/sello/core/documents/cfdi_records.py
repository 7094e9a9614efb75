"""What Sello reads from an export CFDI (Comercio Exterior), in SAT's terms."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sello.core.documents.cfdi_places import Address


@dataclass(frozen=True)
class Party:
    name: str | None
    tax_id: str | None
    address: Address | None
    residence: str | None = None  # ResidenciaFiscal, alpha-2


@dataclass(frozen=True)
class Concepto:
    index: int
    no_identificacion: str
    descripcion: str
    cantidad: Decimal
    clave_unidad: str | None
    valor_unitario: Decimal
    importe: Decimal
    descuento: Decimal


@dataclass(frozen=True)
class Mercancia:
    index: int
    no_identificacion: str
    fraccion: str  # 8 digits (TIGIE) or 10 (TIGIE + NICO)
    cantidad_aduana: Decimal | None
    unidad_aduana: str | None
    valor_unitario_aduana: Decimal | None
    valor_dolares: Decimal

    @property
    def hs6(self) -> str:
        return self.fraccion[:6]

    def display(self) -> str:
        """7208.38.01 NICO 01, the way Mexican customs write it."""
        base = f"{self.fraccion[:4]}.{self.fraccion[4:6]}.{self.fraccion[6:8]}"
        return f"{base} NICO {self.fraccion[8:]}" if len(self.fraccion) == 10 else base


@dataclass(frozen=True)
class ExportInvoice:
    """What Sello reads from an export CFDI, in SAT's terms."""

    cce_version: str
    kind: str  # TipoDeComprobante: I (ingreso) or T (traslado)
    serie: str | None
    folio: str | None
    fecha: str
    moneda: str
    tipo_cambio: Decimal | None
    subtotal: Decimal
    total: Decimal
    condiciones_pago: str | None
    uuid: str | None
    emisor: Party
    receptor: Party
    destinatarios: tuple[Party, ...]
    conceptos: tuple[Concepto, ...]
    mercancias: tuple[Mercancia, ...]
    incoterm: str | None
    certificado_origen: bool
    num_certificado_origen: str | None
    tipo_cambio_usd: Decimal | None
    total_usd: Decimal | None

    @property
    def date(self) -> str:
        return self.fecha[:10]

    @property
    def number(self) -> str | None:
        if self.serie and self.folio and not self.folio.startswith(self.serie):
            return f"{self.serie}-{self.folio}"
        return self.folio or self.serie
