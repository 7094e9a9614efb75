"""Read a Mexican export invoice, a CFDI 4.0 with the Comercio Exterior complement
(2.0, or 1.1 from the transition period), into records that keep SAT's names.

The XML is read by ``cfdi_xml`` (no DTDs or entities, bounded size and depth); every
failure is a ``CfdiError`` naming what is wrong or missing, in Spanish and English.

Structure and names: SAT's cfdv40.xsd, ComercioExterior20.xsd / ComercioExterior11.xsd
and TimbreFiscalDigitalv11.xsd. ``sello.core.documents.cfdi`` maps the records to form data.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from decimal import Decimal

from sello.core.documents.cfdi_places import address, alpha2
from sello.core.documents.cfdi_records import Concepto, ExportInvoice, Mercancia, Party
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

CCE_NAMESPACES = {
    "http://www.sat.gob.mx/ComercioExterior20": "2.0",
    "http://www.sat.gob.mx/ComercioExterior11": "1.1",
}
_GENERIC_RFCS = {"XEXX010101000", "XAXX010101000"}
_FECHA_RE = re.compile(r"(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}")
_FRACCION_RE = re.compile(r"\d{8}(\d{2})?")


# -- reading ------------------------------------------------------------------------------


def read_cfdi(xml: bytes) -> ExportInvoice:
    """The export invoice in ``xml``; raises CfdiError naming what is wrong or missing."""
    root = parse_xml(xml)
    _check_comprobante(root)
    cce, cce_ns = _complement(root)
    cce_version = CCE_NAMESPACES[cce_ns]
    prefix = "cce20" if cce_version == "2.0" else "cce11"

    emisor_el = child(root, CFDI_NS, "Emisor")
    receptor_el = child(root, CFDI_NS, "Receptor")
    if emisor_el is None:
        raise missing("cfdi:Comprobante", "cfdi:Emisor", attribute=False)
    if receptor_el is None:
        raise missing("cfdi:Comprobante", "cfdi:Receptor", attribute=False)
    cce_emisor = child(cce, cce_ns, "Emisor")
    cce_receptor = child(cce, cce_ns, "Receptor")
    emisor = Party(
        name=required(emisor_el, "Nombre", "cfdi:Emisor"),
        tax_id=required(emisor_el, "Rfc", "cfdi:Emisor"),
        address=None if cce_emisor is None else address(child(cce_emisor, cce_ns, "Domicilio")),
    )
    receptor = _receptor(receptor_el, cce_receptor, cce_ns)
    destinatarios = tuple(
        Party(name=attr(d, "Nombre"), tax_id=attr(d, "NumRegIdTrib"), address=address(child(d, cce_ns, "Domicilio")))
        for d in cce.findall(q(cce_ns, "Destinatario"))
    )

    conceptos = _conceptos(root)
    mercancias = _mercancias(cce, cce_ns, prefix)
    _match(conceptos, mercancias, prefix)

    fecha = required(root, "Fecha", "cfdi:Comprobante")
    if not _is_fecha(fecha):
        raise CfdiError(
            "bad_value",
            f"cfdi:Comprobante: Fecha «{show(fecha)}» no es una fecha y hora AAAA-MM-DDThh:mm:ss.",
            f"cfdi:Comprobante: Fecha “{show(fecha)}” is not a date and time YYYY-MM-DDThh:mm:ss.",
        )
    tfd = timbre(root)
    return ExportInvoice(
        cce_version=cce_version,
        kind=attr(root, "TipoDeComprobante") or "",
        serie=attr(root, "Serie"),
        folio=attr(root, "Folio"),
        fecha=fecha,
        moneda=required(root, "Moneda", "cfdi:Comprobante"),
        tipo_cambio=number(root, "TipoCambio", "cfdi:Comprobante", required=False),
        subtotal=req_number(root, "SubTotal", "cfdi:Comprobante"),
        total=req_number(root, "Total", "cfdi:Comprobante"),
        condiciones_pago=attr(root, "CondicionesDePago"),
        uuid=None if tfd is None else attr(tfd, "UUID"),
        emisor=emisor,
        receptor=receptor,
        destinatarios=destinatarios,
        conceptos=conceptos,
        mercancias=mercancias,
        incoterm=attr(cce, "Incoterm"),
        certificado_origen=attr(cce, "CertificadoOrigen") == "1",
        num_certificado_origen=attr(cce, "NumCertificadoOrigen"),
        tipo_cambio_usd=number(cce, "TipoCambioUSD", f"{prefix}:ComercioExterior", required=False),
        total_usd=number(cce, "TotalUSD", f"{prefix}:ComercioExterior", required=False),
    )


def _is_fecha(fecha: str) -> bool:
    match = _FECHA_RE.fullmatch(fecha)
    try:
        return match is not None and bool(dt.date.fromisoformat(match.group(1)))
    except ValueError:
        return False


def _check_comprobante(root: ET.Element) -> None:
    check_cfdi40(root)
    _check_export(root)


def _check_export(root: ET.Element) -> None:
    exportacion = attr(root, "Exportacion")
    if exportacion != "02":
        es = "no tiene el atributo Exportacion" if exportacion is None else f"tiene Exportacion «{show(exportacion)}»"
        en = "has no Exportacion attribute" if exportacion is None else f"has Exportacion “{show(exportacion)}”"
        raise CfdiError(
            "not_export",
            f"El CFDI no es una factura de exportación definitiva: {es}; debe ser «02».",
            f"The CFDI is not a definitive export invoice: it {en}; it must be “02”.",
        )


def _complement(root: ET.Element) -> tuple[ET.Element, str]:
    for complemento in root.findall(q(CFDI_NS, "Complemento")):
        for ns in CCE_NAMESPACES:
            cce = child(complemento, ns, "ComercioExterior")
            if cce is not None:
                return cce, ns
    raise CfdiError(
        "no_complement",
        "El CFDI no tiene el complemento de Comercio Exterior (cce20:ComercioExterior), así que "
        "no describe una exportación.",
        "The CFDI has no Comercio Exterior complement (cce20:ComercioExterior), so it does not describe an export.",
    )


def _receptor(receptor_el: ET.Element, cce_receptor: ET.Element | None, cce_ns: str) -> Party:
    rfc = attr(receptor_el, "Rfc")
    tax_id = attr(receptor_el, "NumRegIdTrib")
    if tax_id is None and cce_receptor is not None:
        tax_id = attr(cce_receptor, "NumRegIdTrib")
    if tax_id is None and rfc not in _GENERIC_RFCS:
        tax_id = rfc
    domicilio = None if cce_receptor is None else address(child(cce_receptor, cce_ns, "Domicilio"))
    return Party(
        name=required(receptor_el, "Nombre", "cfdi:Receptor"),
        tax_id=tax_id,
        address=domicilio,
        residence=alpha2(attr(receptor_el, "ResidenciaFiscal")),
    )


def _conceptos(root: ET.Element) -> tuple[Concepto, ...]:
    container = child(root, CFDI_NS, "Conceptos")
    if container is None:
        raise missing("cfdi:Comprobante", "cfdi:Conceptos", attribute=False)
    elements = container.findall(q(CFDI_NS, "Concepto"))
    if not elements:
        raise missing("cfdi:Conceptos", "cfdi:Concepto", attribute=False)
    result = []
    for index, el in enumerate(elements, start=1):
        where = f"cfdi:Concepto {index}"
        no_id = attr(el, "NoIdentificacion")
        if no_id is None:
            raise CfdiError(
                "missing",
                f"{where} no tiene NoIdentificacion; con Comercio Exterior cada concepto lo "
                "necesita para enlazarse con su mercancía.",
                f"{where} has no NoIdentificacion; with Comercio Exterior every concept needs it "
                "to link to its Mercancia.",
            )
        where = f"{where} (NoIdentificacion {show(no_id)})"
        result.append(
            Concepto(
                index=index,
                no_identificacion=no_id,
                descripcion=required(el, "Descripcion", where),
                cantidad=req_number(el, "Cantidad", where),
                clave_unidad=attr(el, "ClaveUnidad"),
                valor_unitario=req_number(el, "ValorUnitario", where),
                importe=req_number(el, "Importe", where),
                descuento=number(el, "Descuento", where, required=False) or Decimal(0),
            )
        )
    return tuple(result)


def _mercancias(cce: ET.Element, ns: str, prefix: str) -> tuple[Mercancia, ...]:
    container = child(cce, ns, "Mercancias")
    if container is None:
        raise missing(f"{prefix}:ComercioExterior", f"{prefix}:Mercancias", attribute=False)
    elements = container.findall(q(ns, "Mercancia"))
    if not elements:
        raise missing(f"{prefix}:Mercancias", f"{prefix}:Mercancia", attribute=False)
    result = []
    for index, el in enumerate(elements, start=1):
        where = f"{prefix}:Mercancia {index}"
        no_id = required(el, "NoIdentificacion", where)
        where = f"{where} (NoIdentificacion {show(no_id)})"
        fraccion = attr(el, "FraccionArancelaria")
        if fraccion is None:
            raise CfdiError(
                "missing",
                f"{where} no tiene FraccionArancelaria; Sello necesita la fracción arancelaria de cada mercancía.",
                f"{where} has no FraccionArancelaria; Sello needs the tariff classification of every good.",
            )
        if not _FRACCION_RE.fullmatch(fraccion):
            raise CfdiError(
                "bad_value",
                f"{where}: FraccionArancelaria «{show(fraccion)}» debe tener 8 dígitos (TIGIE) o 10 (TIGIE + NICO).",
                f"{where}: FraccionArancelaria “{show(fraccion)}” must have 8 digits (TIGIE) or 10 (TIGIE + NICO).",
            )
        result.append(
            Mercancia(
                index=index,
                no_identificacion=no_id,
                fraccion=fraccion,
                cantidad_aduana=number(el, "CantidadAduana", where, required=False),
                unidad_aduana=attr(el, "UnidadAduana"),
                valor_unitario_aduana=number(el, "ValorUnitarioAduana", where, required=False),
                valor_dolares=req_number(el, "ValorDolares", where),
            )
        )
    return tuple(result)


def _match(conceptos: tuple[Concepto, ...], mercancias: tuple[Mercancia, ...], prefix: str) -> None:
    goods_ids = {m.no_identificacion for m in mercancias}
    concept_ids = {c.no_identificacion for c in conceptos}
    for c in conceptos:
        if c.no_identificacion not in goods_ids:
            raise CfdiError(
                "unmatched",
                f"cfdi:Concepto {c.index} (NoIdentificacion {show(c.no_identificacion)}) no tiene "
                f"{prefix}:Mercancia con el mismo NoIdentificacion, así que le falta la fracción "
                "arancelaria.",
                f"cfdi:Concepto {c.index} (NoIdentificacion {show(c.no_identificacion)}) has no "
                f"{prefix}:Mercancia with the same NoIdentificacion, so its tariff classification "
                "is missing.",
            )
    for m in mercancias:
        if m.no_identificacion not in concept_ids:
            raise CfdiError(
                "unmatched",
                f"{prefix}:Mercancia {m.index} (NoIdentificacion {show(m.no_identificacion)}) no "
                "corresponde a ningún cfdi:Concepto.",
                f"{prefix}:Mercancia {m.index} (NoIdentificacion {show(m.no_identificacion)}) "
                "matches no cfdi:Concepto.",
            )
