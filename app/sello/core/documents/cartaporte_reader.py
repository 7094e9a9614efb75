"""Read a CFDI 4.0 carrying the Carta Porte 3.1 complement into a ``CartaPorteTrip``.

The Carta Porte (SAT's complement ``http://www.sat.gob.mx/CartaPorte31``) documents the
truck that moves the goods to the border: its id (IdCCP), whether the trip is
international (TranspInternac, EntradaSalidaMerc, PaisOrigenDestino), the places
(Ubicaciones: Origen and Destino), the goods with their weights and customs documents
(Mercancias/Mercancia/DocumentacionAduanera), the truck (Autotransporte: SCT permit,
IdentificacionVehicular, Remolques) and the people (FiguraTransporte/TiposFigura).
Names follow SAT's CartaPorte31.xsd and the cadena original stylesheet CartaPorte31.xslt.

Same safety as the Comercio Exterior reader (``cfdi_xml``: no DTDs or entities, bounded
size and depth); every failure is a ``CfdiError`` naming the missing node or attribute.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal

from sello.core.documents.cartaporte_records import CartaPorteTrip, Figura, Good, Place, Truck
from sello.core.documents.cfdi_places import address, alpha2
from sello.core.documents.cfdi_records import Party
from sello.core.documents.cfdi_xml import (
    CFDI_NS,
    CfdiError,
    attr,
    check_cfdi40,
    child,
    missing,
    number,
    parse_xml,
    q,
    req_number,
    required,
    show,
    timbre,
)

CP31_NS = "http://www.sat.gob.mx/CartaPorte31"
_OLDER_NS = {
    "http://www.sat.gob.mx/CartaPorte30": "3.0",
    "http://www.sat.gob.mx/CartaPorte20": "2.0",
    "http://www.sat.gob.mx/CartaPorte": "1.0",
}
_CP = "cartaporte31"


def read_carta_porte(xml: bytes) -> CartaPorteTrip:
    """The trip in ``xml``; raises CfdiError naming what is wrong or missing."""
    root = parse_xml(xml)
    check_cfdi40(root)
    cp = _complement(root)
    version = attr(cp, "Version")
    if version != "3.1":
        shown = "sin Version" if version is None else f"Version «{show(version)}»"
        shown_en = "no Version" if version is None else f"Version “{show(version)}”"
        raise CfdiError(
            "version",
            f"La Carta Porte tiene {shown}; Sello importa Carta Porte 3.1.",
            f"The Carta Porte has {shown_en}; Sello imports Carta Porte 3.1.",
        )
    emisor_el = child(root, CFDI_NS, "Emisor")
    if emisor_el is None:
        raise missing("cfdi:Comprobante", "cfdi:Emisor", attribute=False)
    places = _places(cp)
    mercancias = child(cp, CP31_NS, "Mercancias")
    if mercancias is None:
        raise missing(f"{_CP}:CartaPorte", f"{_CP}:Mercancias", attribute=False)
    stamp = timbre(root)
    return CartaPorteTrip(
        id_ccp=required(cp, "IdCCP", f"{_CP}:CartaPorte"),
        international=required(cp, "TranspInternac", f"{_CP}:CartaPorte") in ("Sí", "Si"),
        entrada_salida=attr(cp, "EntradaSalidaMerc"),
        pais_origen_destino=attr(cp, "PaisOrigenDestino"),
        via_entrada_salida=attr(cp, "ViaEntradaSalida"),
        regimenes=tuple(
            required(r, "RegimenAduanero", f"{_CP}:RegimenAduaneroCCP")
            for r in cp.iterfind(f"{q(CP31_NS, 'RegimenesAduaneros')}/{q(CP31_NS, 'RegimenAduaneroCCP')}")
        ),
        kind=attr(root, "TipoDeComprobante") or "",
        serie=attr(root, "Serie"),
        folio=attr(root, "Folio"),
        fecha=required(root, "Fecha", "cfdi:Comprobante"),
        uuid=None if stamp is None else attr(stamp, "UUID"),
        emisor=Party(
            name=required(emisor_el, "Nombre", "cfdi:Emisor"),
            tax_id=required(emisor_el, "Rfc", "cfdi:Emisor"),
            address=None,
        ),
        origin=places[0],
        destinations=places[1:],
        goods=_goods(mercancias),
        gross_weight=req_number(mercancias, "PesoBrutoTotal", f"{_CP}:Mercancias"),
        weight_unit=required(mercancias, "UnidadPeso", f"{_CP}:Mercancias"),
        net_weight=number(mercancias, "PesoNetoTotal", f"{_CP}:Mercancias", required=False),
        truck=_truck(mercancias),
        figuras=_figuras(cp),
    )


def _complement(root: ET.Element) -> ET.Element:
    for complemento in root.findall(q(CFDI_NS, "Complemento")):
        cp = child(complemento, CP31_NS, "CartaPorte")
        if cp is not None:
            return cp
        for ns, version in _OLDER_NS.items():
            if child(complemento, ns, "CartaPorte") is not None:
                raise CfdiError(
                    "version",
                    f"El CFDI lleva Carta Porte {version}; Sello importa Carta Porte 3.1 ({CP31_NS}).",
                    f"The CFDI carries Carta Porte {version}; Sello imports Carta Porte 3.1 ({CP31_NS}).",
                )
    raise CfdiError(
        "no_complement",
        f"El CFDI no tiene el complemento Carta Porte 3.1 ({_CP}:CartaPorte), así que no describe un traslado.",
        f"The CFDI has no Carta Porte 3.1 complement ({_CP}:CartaPorte), so it does not describe a trip.",
    )


def _places(cp: ET.Element) -> tuple[Place, ...]:
    container = child(cp, CP31_NS, "Ubicaciones")
    if container is None:
        raise missing(f"{_CP}:CartaPorte", f"{_CP}:Ubicaciones", attribute=False)
    places = []
    for index, el in enumerate(container.findall(q(CP31_NS, "Ubicacion")), start=1):
        where = f"{_CP}:Ubicacion {index}"
        kind = required(el, "TipoUbicacion", where)
        if kind not in ("Origen", "Destino"):
            raise CfdiError(
                "bad_value",
                f"{where}: TipoUbicacion «{show(kind)}» debe ser Origen o Destino.",
                f"{where}: TipoUbicacion “{show(kind)}” must be Origen or Destino.",
            )
        places.append(
            Place(
                kind=kind,
                party=Party(
                    name=attr(el, "NombreRemitenteDestinatario"),
                    tax_id=attr(el, "NumRegIdTrib") or required(el, "RFCRemitenteDestinatario", where),
                    address=address(child(el, CP31_NS, "Domicilio")),
                    residence=alpha2(attr(el, "ResidenciaFiscal")),
                ),
                date_time=required(el, "FechaHoraSalidaLlegada", where),
                distance_km=number(el, "DistanciaRecorrida", where, required=False),
            )
        )
    origins = [p for p in places if p.kind == "Origen"]
    if not origins:
        raise CfdiError(
            "missing",
            f"{_CP}:Ubicaciones no tiene una {_CP}:Ubicacion con TipoUbicacion «Origen».",
            f"{_CP}:Ubicaciones has no {_CP}:Ubicacion whose TipoUbicacion is “Origen”.",
        )
    destinations = [p for p in places if p.kind == "Destino"]
    if not destinations:
        raise CfdiError(
            "missing",
            f"{_CP}:Ubicaciones no tiene una {_CP}:Ubicacion con TipoUbicacion «Destino».",
            f"{_CP}:Ubicaciones has no {_CP}:Ubicacion whose TipoUbicacion is “Destino”.",
        )
    return (origins[0], *destinations)


def _goods(mercancias: ET.Element) -> tuple[Good, ...]:
    elements = mercancias.findall(q(CP31_NS, "Mercancia"))
    if not elements:
        raise missing(f"{_CP}:Mercancias", f"{_CP}:Mercancia", attribute=False)
    goods = []
    for index, el in enumerate(elements, start=1):
        where = f"{_CP}:Mercancia {index}"
        detail = child(el, CP31_NS, "DetalleMercancia")
        pedimentos = tuple(
            required(doc, "NumPedimento", f"{where} › {_CP}:DocumentacionAduanera")
            for doc in el.findall(q(CP31_NS, "DocumentacionAduanera"))
            if attr(doc, "TipoDocumento") == "01"  # c_DocumentoAduanero 01: pedimento
        )
        goods.append(
            Good(
                index=index,
                description=required(el, "Descripcion", where),
                quantity=req_number(el, "Cantidad", where),
                unit_key=required(el, "ClaveUnidad", where),
                weight_kg=req_number(el, "PesoEnKg", where),
                fraccion=attr(el, "FraccionArancelaria"),
                uuid_comercio_ext=attr(el, "UUIDComercioExt"),
                pedimentos=pedimentos,
                net_kg=None if detail is None else number(detail, "PesoNeto", where, required=False),
            )
        )
    return tuple(goods)


def _truck(mercancias: ET.Element) -> Truck:
    auto = child(mercancias, CP31_NS, "Autotransporte")
    if auto is None:
        raise CfdiError(
            "missing",
            f"{_CP}:Mercancias no tiene el nodo {_CP}:Autotransporte; Sello llena cartas de porte por carretera.",
            f"{_CP}:Mercancias has no {_CP}:Autotransporte node; Sello fills road bills of lading.",
        )
    where = f"{_CP}:Autotransporte"
    vehicle = child(auto, CP31_NS, "IdentificacionVehicular")
    if vehicle is None:
        raise missing(where, f"{_CP}:IdentificacionVehicular", attribute=False)
    trailers = tuple(
        required(r, "Placa", f"{_CP}:Remolque")
        for r in auto.iterfind(f"{q(CP31_NS, 'Remolques')}/{q(CP31_NS, 'Remolque')}")
    )
    return Truck(
        permit_type=required(auto, "PermSCT", where),
        permit_number=required(auto, "NumPermisoSCT", where),
        configuration=required(vehicle, "ConfigVehicular", f"{_CP}:IdentificacionVehicular"),
        plates=required(vehicle, "PlacaVM", f"{_CP}:IdentificacionVehicular"),
        model_year=attr(vehicle, "AnioModeloVM"),
        trailer_plates=trailers,
    )


def _figuras(cp: ET.Element) -> tuple[Figura, ...]:
    return tuple(
        Figura(
            kind=required(f, "TipoFigura", f"{_CP}:TiposFigura"),
            name=required(f, "NombreFigura", f"{_CP}:TiposFigura"),
            rfc=attr(f, "RFCFigura"),
            license=attr(f, "NumLicencia"),
        )
        for f in cp.iterfind(f"{q(CP31_NS, 'FiguraTransporte')}/{q(CP31_NS, 'TiposFigura')}")
    )


def weight_in_kg(value: Decimal, unit: str) -> Decimal | None:
    """A Mercancias weight (UnidadPeso from c_ClaveUnidadPeso) in kilograms, or None."""
    factor = {"KGM": Decimal(1), "TNE": Decimal(1000), "LBR": Decimal("0.45359237")}.get(unit)
    return None if factor is None else value * factor
