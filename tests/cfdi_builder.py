"""Build CFDI 4.0 export invoices (with the Comercio Exterior complement) for tests.

The element and attribute names, their order and the catalogue keys follow SAT's
schemas cfdv40.xsd, ComercioExterior20.xsd / ComercioExterior11.xsd and
TimbreFiscalDigitalv11.xsd. Amounts are computed the way SAT validates them:
Importe = Cantidad × ValorUnitario, SubTotal = Σ Importe, IVA at 0 % on exports,
ValorDolares = CantidadAduana × ValorUnitarioAduana, TotalUSD = Σ ValorDolares.

``steel_export()`` is a realistic shipment from a Monterrey mill to a Houston buyer
(hot-rolled coil, rebar, welded pipe); ``build_tree`` gives the XML tree so a test can
break it, ``to_bytes`` serializes it, ``build_cfdi`` does both.
"""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CFDI = "http://www.sat.gob.mx/cfd/4"
CCE20 = "http://www.sat.gob.mx/ComercioExterior20"
CCE11 = "http://www.sat.gob.mx/ComercioExterior11"
TFD = "http://www.sat.gob.mx/TimbreFiscalDigital"
XSI = "http://www.w3.org/2001/XMLSchema-instance"

for _prefix, _uri in (("cfdi", CFDI), ("cce20", CCE20), ("cce11", CCE11), ("tfd", TFD), ("xsi", XSI)):
    ET.register_namespace(_prefix, _uri)

_SCHEMAS = {
    CFDI: "http://www.sat.gob.mx/sitio_internet/cfd/4/cfdv40.xsd",
    CCE20: "http://www.sat.gob.mx/sitio_internet/cfd/ComercioExterior20/ComercioExterior20.xsd",
    CCE11: "http://www.sat.gob.mx/sitio_internet/cfd/ComercioExterior11/ComercioExterior11.xsd",
    TFD: "http://www.sat.gob.mx/sitio_internet/cfd/TimbreFiscalDigital/TimbreFiscalDigitalv11.xsd",
}


@dataclass
class Domicilio:
    calle: str
    numero_exterior: str | None
    estado: str
    pais: str
    codigo_postal: str
    colonia: str | None = None
    localidad: str | None = None
    municipio: str | None = None
    numero_interior: str | None = None


@dataclass
class Concepto:
    """One invoice line and the customs data of its Mercancia."""

    no_identificacion: str
    descripcion: str
    cantidad: Decimal
    clave_unidad: str  # c_ClaveUnidad (UN/CEFACT Rec. 20)
    unidad: str
    valor_unitario: Decimal  # in the invoice's currency
    fraccion: str  # c_FraccionArancelaria: 8 digits + 2 of NICO (cce 2.0)
    kilos: Decimal  # CantidadAduana in UnidadAduana 01 (kilo)
    clave_prod_serv: str = "30102203"
    descuento: Decimal | None = None


@dataclass
class CfdiSpec:
    serie: str | None = "FEX"
    folio: str | None = "912"
    fecha: str = "2024-03-14T10:22:05"
    moneda: str = "USD"
    tipo_cambio: Decimal | None = Decimal("17.0512")  # MXN per unit of Moneda
    tipo_cambio_usd: Decimal = Decimal("17.0512")  # MXN per USD (complement)
    condiciones_pago: str | None = "Neto 30 días"
    lugar_expedicion: str = "66062"
    exportacion: str = "02"
    tipo_comprobante: str = "I"
    version: str = "4.0"
    emisor_rfc: str = "ANO850312QK7"
    emisor_nombre: str = "ACEROS DEL NORTE"
    emisor_domicilio: Domicilio | None = field(
        default_factory=lambda: Domicilio(
            calle="Av. Industrial Regiomontana",
            numero_exterior="1450",
            colonia="0412",
            localidad="07",
            municipio="021",
            estado="NLE",
            pais="MEX",
            codigo_postal="66062",
        )
    )
    receptor_nombre: str = "Lone Star Steel Fabricators LLC"
    receptor_rfc: str = "XEXX010101000"
    receptor_residencia: str = "USA"
    receptor_num_reg_id_trib: str | None = "742987651"
    receptor_domicilio: Domicilio | None = field(
        default_factory=lambda: Domicilio(
            calle="Clinton Dr",
            numero_exterior="8100",
            localidad="Houston",
            municipio="Harris County",
            estado="TX",
            pais="USA",
            codigo_postal="77029",
        )
    )
    destinatarios: list[tuple[str, Domicilio]] = field(
        default_factory=lambda: [
            (
                "Lone Star Steel Fabricators LLC - Yard 2",
                Domicilio(
                    calle="Old Laredo Rd",
                    numero_exterior="12400",
                    localidad="Laredo",
                    municipio="Webb County",
                    estado="TX",
                    pais="USA",
                    codigo_postal="78045",
                ),
            )
        ]
    )
    conceptos: list[Concepto] = field(default_factory=list)
    cce_version: str = "2.0"
    incoterm: str | None = "DAP"
    certificado_origen: str = "0"
    num_certificado_origen: str | None = None
    unidad_aduana: str = "01"
    uuid: str | None = "5F3C1E2A-9B47-4D8E-A1C6-7E2B0D94F613"

    def replace(self, **changes: object) -> CfdiSpec:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def steel_conceptos(moneda: str = "USD", rate: Decimal = Decimal("17.0512")) -> list[Concepto]:
    """Three steel lines priced in USD, converted to MXN when ``moneda`` is MXN."""

    def price(usd: str) -> Decimal:
        value = Decimal(usd) if moneda == "USD" else Decimal(usd) * rate
        return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    return [
        Concepto(
            no_identificacion="HRC-A1011-3.4",
            descripcion="Lámina rolada en caliente en rollo ASTM A1011 CS Tipo B, 3.4 mm x 1219 mm",
            cantidad=Decimal("48.215"),
            clave_unidad="TNE",
            unidad="Tonelada",
            valor_unitario=price("905.00"),
            fraccion="7208380101",
            kilos=Decimal("48215"),
        ),
        Concepto(
            no_identificacion="VAR-A615-5",
            descripcion="Varilla corrugada ASTM A615 Gr. 60, #5 (5/8 in) x 20 ft",
            cantidad=Decimal("24480"),
            clave_unidad="KGM",
            unidad="Kilogramo",
            valor_unitario=price("0.78"),
            fraccion="7214200100",
            kilos=Decimal("24480"),
            clave_prod_serv="30102403",
        ),
        Concepto(
            no_identificacion="TUB-A53-4-40",
            descripcion="Tubo de acero al carbono soldado ASTM A53 Gr. B, 4 in céd. 40, 6.4 m",
            cantidad=Decimal("180"),
            clave_unidad="H87",
            unidad="Pieza",
            valor_unitario=price("96.50"),
            fraccion="7306309901",
            kilos=Decimal("18512.64"),
            clave_prod_serv="40142008",
        ),
    ]


def steel_export(moneda: str = "USD", **changes: object) -> CfdiSpec:
    """The realistic three-line export; ``moneda`` "USD" or "MXN"."""
    spec = CfdiSpec(
        moneda=moneda, conceptos=steel_conceptos(moneda), tipo_cambio=Decimal("17.0512") if moneda == "USD" else None
    )
    return spec.replace(**changes) if changes else spec


# -- XML ---------------------------------------------------------------------------------


def _money(value: Decimal, places: str = "0.01") -> Decimal:
    return value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def _domicilio(parent: ET.Element, ns: str, dom: Domicilio) -> None:
    ET.SubElement(
        parent,
        f"{{{ns}}}Domicilio",
        _attrs(
            Calle=dom.calle,
            NumeroExterior=dom.numero_exterior,
            NumeroInterior=dom.numero_interior,
            Colonia=dom.colonia,
            Localidad=dom.localidad,
            Municipio=dom.municipio,
            Estado=dom.estado,
            Pais=dom.pais,
            CodigoPostal=dom.codigo_postal,
        ),
    )


def _attrs(**values: object) -> dict[str, str]:
    return {k: str(v) for k, v in values.items() if v is not None}


def build_tree(spec: CfdiSpec) -> ET.Element:
    """The cfdi:Comprobante element for ``spec``."""
    cce_ns = CCE20 if spec.cce_version == "2.0" else CCE11
    rate_usd = spec.tipo_cambio_usd
    lines = []
    for c in spec.conceptos:
        importe = _money(c.cantidad * c.valor_unitario)
        net = importe - (c.descuento or Decimal(0))
        usd = net if spec.moneda == "USD" else _money(net / rate_usd)
        vua = (usd / c.kilos).quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP)
        valor_dolares = _money(c.kilos * vua)
        lines.append((c, importe, net, vua, valor_dolares))
    subtotal = sum((line[1] for line in lines), Decimal(0))
    descuento = sum((c.descuento or Decimal(0) for c in spec.conceptos), Decimal(0))
    total = subtotal - descuento
    total_usd = sum((line[4] for line in lines), Decimal(0))

    schema_location = " ".join(f"{ns} {_SCHEMAS[ns]}" for ns in (CFDI, cce_ns, TFD))
    root = ET.Element(
        f"{{{CFDI}}}Comprobante",
        _attrs(
            **{
                f"{{{XSI}}}schemaLocation": schema_location,
                "Version": spec.version,
                "Serie": spec.serie,
                "Folio": spec.folio,
                "Fecha": spec.fecha,
                "Sello": "kZ3c8Q0mFv7yXr2pA1d9LwTn4Eo6HsBg5JuVxCiY0RqMzPaNbKfOtUeSlWhDjG==",
                "FormaPago": "99",
                "NoCertificado": "30001000000500003416",
                "Certificado": "MIIFuzCCA6OgAwIBAgIUMzAwMDEwMDAwMDA1MDAwMDM0MTYwDQYJKoZIhvcNAQEL",
                "CondicionesDePago": spec.condiciones_pago,
                "SubTotal": subtotal,
                "Descuento": descuento or None,
                "Moneda": spec.moneda,
                "TipoCambio": spec.tipo_cambio,
                "Total": total,
                "TipoDeComprobante": spec.tipo_comprobante,
                "Exportacion": spec.exportacion,
                "MetodoPago": "PPD",
                "LugarExpedicion": spec.lugar_expedicion,
            }
        ),
    )
    ET.SubElement(
        root, f"{{{CFDI}}}Emisor", _attrs(Rfc=spec.emisor_rfc, Nombre=spec.emisor_nombre, RegimenFiscal="601")
    )
    ET.SubElement(
        root,
        f"{{{CFDI}}}Receptor",
        _attrs(
            Rfc=spec.receptor_rfc,
            Nombre=spec.receptor_nombre,
            DomicilioFiscalReceptor=spec.lugar_expedicion,
            ResidenciaFiscal=spec.receptor_residencia,
            NumRegIdTrib=spec.receptor_num_reg_id_trib,
            RegimenFiscalReceptor="616",
            UsoCFDI="S01",
        ),
    )
    conceptos = ET.SubElement(root, f"{{{CFDI}}}Conceptos")
    for c, importe, net, _vua, _usd in lines:
        concepto = ET.SubElement(
            conceptos,
            f"{{{CFDI}}}Concepto",
            _attrs(
                ClaveProdServ=c.clave_prod_serv,
                NoIdentificacion=c.no_identificacion,
                Cantidad=c.cantidad,
                ClaveUnidad=c.clave_unidad,
                Unidad=c.unidad,
                Descripcion=c.descripcion,
                ValorUnitario=c.valor_unitario,
                Importe=importe,
                Descuento=c.descuento,
                ObjetoImp="02",
            ),
        )
        traslados = ET.SubElement(ET.SubElement(concepto, f"{{{CFDI}}}Impuestos"), f"{{{CFDI}}}Traslados")
        ET.SubElement(
            traslados,
            f"{{{CFDI}}}Traslado",
            _attrs(Base=net, Impuesto="002", TipoFactor="Tasa", TasaOCuota="0.000000", Importe="0.00"),
        )
    impuestos = ET.SubElement(root, f"{{{CFDI}}}Impuestos", TotalImpuestosTrasladados="0.00")
    ET.SubElement(
        ET.SubElement(impuestos, f"{{{CFDI}}}Traslados"),
        f"{{{CFDI}}}Traslado",
        _attrs(Base=total, Impuesto="002", TipoFactor="Tasa", TasaOCuota="0.000000", Importe="0.00"),
    )

    complemento = ET.SubElement(root, f"{{{CFDI}}}Complemento")
    cce = ET.SubElement(
        complemento,
        f"{{{cce_ns}}}ComercioExterior",
        _attrs(
            Version=spec.cce_version,
            TipoOperacion="2" if spec.cce_version == "1.1" else None,
            ClaveDePedimento="A1",
            CertificadoOrigen=spec.certificado_origen,
            NumCertificadoOrigen=spec.num_certificado_origen,
            Incoterm=spec.incoterm,
            Subdivision="0" if spec.cce_version == "1.1" else None,
            TipoCambioUSD=rate_usd,
            TotalUSD=total_usd,
        ),
    )
    if spec.emisor_domicilio is not None:
        _domicilio(ET.SubElement(cce, f"{{{cce_ns}}}Emisor"), cce_ns, spec.emisor_domicilio)
    if spec.receptor_domicilio is not None:
        _domicilio(ET.SubElement(cce, f"{{{cce_ns}}}Receptor"), cce_ns, spec.receptor_domicilio)
    for nombre, dom in spec.destinatarios:
        _domicilio(
            ET.SubElement(
                cce, f"{{{cce_ns}}}Destinatario", _attrs(NumRegIdTrib=spec.receptor_num_reg_id_trib, Nombre=nombre)
            ),
            cce_ns,
            dom,
        )
    mercancias = ET.SubElement(cce, f"{{{cce_ns}}}Mercancias")
    for c, _importe, _net, vua, valor_dolares in lines:
        fraccion = c.fraccion if spec.cce_version == "2.0" else c.fraccion[:8]
        ET.SubElement(
            mercancias,
            f"{{{cce_ns}}}Mercancia",
            _attrs(
                NoIdentificacion=c.no_identificacion,
                FraccionArancelaria=fraccion,
                CantidadAduana=c.kilos,
                UnidadAduana=spec.unidad_aduana,
                ValorUnitarioAduana=vua,
                ValorDolares=valor_dolares,
            ),
        )
    if spec.uuid is not None:
        ET.SubElement(
            complemento,
            f"{{{TFD}}}TimbreFiscalDigital",
            _attrs(
                **{
                    f"{{{XSI}}}schemaLocation": f"{TFD} {_SCHEMAS[TFD]}",
                    "Version": "1.1",
                    "UUID": spec.uuid,
                    "FechaTimbrado": spec.fecha,
                    "RfcProvCertif": "SAT970701NN3",
                    "SelloCFD": "kZ3c8Q0mFv7yXr2pA1d9LwTn4Eo6HsBg5JuVxCiY0RqMzPaNbKfOtUeSlWhDjG==",
                    "NoCertificadoSAT": "30001000000500003456",
                    "SelloSAT": "Jm4yTq8ZcR1xWv5nKp0sLd7fHg2aEb9oUi3MtNjY6BkPcGwXzVeQrSlAhDuFoI==",
                }
            ),
        )
    return root


def to_bytes(root: ET.Element) -> bytes:
    """UTF-8 with an XML declaration, as SAT's providers deliver CFDIs."""
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def build_cfdi(spec: CfdiSpec | None = None) -> bytes:
    return to_bytes(build_tree(spec or steel_export()))


def find(root: ET.Element, path: str) -> ET.Element:
    """The element at ``path`` written with prefixes, e.g. "cce20:ComercioExterior"."""
    namespaces = {"cfdi": CFDI, "cce20": CCE20, "cce11": CCE11, "tfd": TFD}
    found = root.find(path, namespaces)
    assert found is not None, path
    return found
