"""What Sello reads from a Carta Porte 3.1, in SAT's terms (``cartaporte_reader``)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sello.core.documents.cfdi_records import Party


@dataclass(frozen=True)
class Place:
    kind: str  # TipoUbicacion: Origen or Destino
    party: Party  # the sender (Origen) or receiver (Destino) and the Domicilio
    date_time: str  # FechaHoraSalidaLlegada
    distance_km: Decimal | None


@dataclass(frozen=True)
class Good:
    index: int
    description: str
    quantity: Decimal
    unit_key: str  # c_ClaveUnidad
    weight_kg: Decimal  # PesoEnKg (gross)
    fraccion: str | None  # FraccionArancelaria (international trips)
    uuid_comercio_ext: str | None  # folio fiscal of the export CFDI with Comercio Exterior
    pedimentos: tuple[str, ...]  # DocumentacionAduanera TipoDocumento 01, as written
    net_kg: Decimal | None  # DetalleMercancia PesoNeto, when given


@dataclass(frozen=True)
class Truck:
    permit_type: str  # PermSCT (c_TipoPermiso, e.g. TPAF01)
    permit_number: str  # NumPermisoSCT
    configuration: str  # ConfigVehicular (c_ConfigAutotransporte, e.g. T3S2)
    plates: str  # PlacaVM
    model_year: str | None
    trailer_plates: tuple[str, ...]  # Remolque Placa


@dataclass(frozen=True)
class Figura:
    kind: str  # c_FiguraTransporte: 01 operador, 02 propietario, 03 arrendador, 04 notificado
    name: str
    rfc: str | None
    license: str | None


@dataclass(frozen=True)
class CartaPorteTrip:
    id_ccp: str
    international: bool  # TranspInternac = "Sí"
    entrada_salida: str | None  # EntradaSalidaMerc: Entrada or Salida
    pais_origen_destino: str | None  # c_Pais (alpha-3)
    via_entrada_salida: str | None  # c_CveTransporte: 01 autotransporte
    regimenes: tuple[str, ...]  # RegimenAduaneroCCP (e.g. EXD: exportación definitiva)
    kind: str  # TipoDeComprobante: I or T
    serie: str | None
    folio: str | None
    fecha: str
    uuid: str | None  # TimbreFiscalDigital UUID: the folio fiscal of this CFDI
    emisor: Party
    origin: Place
    destinations: tuple[Place, ...]
    goods: tuple[Good, ...]
    gross_weight: Decimal  # PesoBrutoTotal in weight_unit
    weight_unit: str
    net_weight: Decimal | None
    truck: Truck
    figuras: tuple[Figura, ...]

    @property
    def number(self) -> str | None:
        if self.serie and self.folio and not self.folio.startswith(self.serie):
            return f"{self.serie}-{self.folio}"
        return self.folio or self.serie

    def figura(self, kind: str) -> Figura | None:
        return next((f for f in self.figuras if f.kind == kind), None)
