"""Build CFDI 4.0 documents with the Carta Porte 3.1 complement for tests.

Element and attribute names, their order and the catalogue keys follow SAT's schema
CartaPorte31.xsd (namespace http://www.sat.gob.mx/CartaPorte31, published at
http://www.sat.gob.mx/sitio_internet/cfd/CartaPorte/CartaPorte31.xsd) and its cadena
original stylesheet CartaPorte31.xslt (the copy in odoo/odoo,
enterprise/l10n_mx_edi/data/4.0/xslt/CartaPorte31.xslt, lists every node and attribute
with "Requerido"/"Opcional"): CartaPorte(Version, IdCCP, TranspInternac,
EntradaSalidaMerc, PaisOrigenDestino, ViaEntradaSalida, TotalDistRec) > RegimenesAduaneros >
Ubicaciones > Mercancias(PesoBrutoTotal, UnidadPeso, NumTotalMercancias) > Mercancia >
DocumentacionAduanera(TipoDocumento, NumPedimento) ... > Autotransporte(PermSCT,
NumPermisoSCT) > IdentificacionVehicular, Seguros, Remolques > FiguraTransporte > TiposFigura.
Catalogue keys: c_TipoPermiso TPAF01 (general federal cargo), c_ConfigAutotransporte
T3S2, c_SubTipoRem CTR004 (semi-trailer), c_DocumentoAduanero 01 (pedimento),
c_FiguraTransporte 01 (operador), c_RegimenAduanero EXD (definitive export), and the
pedimento written with two spaces between its groups.

``steel_trip()`` is a truck taking three bundles of plate from a Monterrey mill to
Laredo, Texas, through Nuevo Laredo, billed by the trucking company (an ingreso CFDI).
"""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

CFDI = "http://www.sat.gob.mx/cfd/4"
CP31 = "http://www.sat.gob.mx/CartaPorte31"
TFD = "http://www.sat.gob.mx/TimbreFiscalDigital"
XSI = "http://www.w3.org/2001/XMLSchema-instance"

for _prefix, _uri in (("cfdi", CFDI), ("cartaporte31", CP31), ("tfd", TFD), ("xsi", XSI)):
    ET.register_namespace(_prefix, _uri)


@dataclass
class Good:
    descripcion: str
    cantidad: str
    clave_unidad: str
    peso_kg: str
    fraccion: str | None = "7208510100"
    pedimentos: tuple[str, ...] = ("24  24  3420  4001234",)
    uuid_comercio_ext: str | None = "5FB2822E-396D-4725-8521-CDC4BDD20CCF"


@dataclass
class TripSpec:
    kind: str = "I"
    version: str = "3.1"
    namespace: str = CP31
    id_ccp: str = "CCCB7C2A-0A4E-4B5D-9E26-2C35D3F1A9B0"
    transp_internac: str = "Sí"
    entrada_salida: str | None = "Salida"
    pais: str | None = "USA"
    uuid: str = "9A1D2C3B-4E5F-4A6B-8C7D-0E1F2A3B4C5D"
    carrier_rfc: str = "TRG990514HB3"
    carrier_name: str = "TRANSPORTES REGIOMONTANOS DEL GOLFO"
    goods: list[Good] = field(
        default_factory=lambda: [Good("Placa de acero al carbono A572 Gr. 50 (3 atados)", "3", "XBE", "89035")]
    )
    with_truck: bool = True
    with_destination: bool = True

    def replace(self, **changes: object) -> TripSpec:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def steel_trip() -> TripSpec:
    return TripSpec()


def _sub(parent: ET.Element, ns: str, name: str, **attributes: str | None) -> ET.Element:
    return ET.SubElement(parent, f"{{{ns}}}{name}", {k: v for k, v in attributes.items() if v is not None})


def build_tree(spec: TripSpec) -> ET.Element:
    root = ET.Element(
        f"{{{CFDI}}}Comprobante",
        {
            "Version": "4.0",
            "Serie": "CP",
            "Folio": "ADN-240315-01",
            "Fecha": "2024-03-15T06:10:00",
            "SubTotal": "18500.00" if spec.kind == "I" else "0",
            "Moneda": "MXN" if spec.kind == "I" else "XXX",
            "Total": "21460.00" if spec.kind == "I" else "0",
            "TipoDeComprobante": spec.kind,
            "Exportacion": "01",
            "LugarExpedicion": "66062",
        },
    )
    _sub(root, CFDI, "Emisor", Rfc=spec.carrier_rfc, Nombre=spec.carrier_name, RegimenFiscal="601")
    _sub(root, CFDI, "Receptor", Rfc="ANO850312QK7", Nombre="ACEROS DEL NORTE", DomicilioFiscalReceptor="66062",
         RegimenFiscalReceptor="601", UsoCFDI="G03")  # fmt: skip
    conceptos = _sub(root, CFDI, "Conceptos")
    _sub(conceptos, CFDI, "Concepto", ClaveProdServ="78101802", Cantidad="1", ClaveUnidad="E48",
         Descripcion="Flete Monterrey - Laredo, TX", ValorUnitario="18500.00", Importe="18500.00", ObjetoImp="02")  # fmt: skip
    complemento = _sub(root, CFDI, "Complemento")
    cp = _sub(complemento, spec.namespace, "CartaPorte", Version=spec.version, IdCCP=spec.id_ccp,
              TranspInternac=spec.transp_internac, EntradaSalidaMerc=spec.entrada_salida,
              PaisOrigenDestino=spec.pais, ViaEntradaSalida="01", TotalDistRec="235")  # fmt: skip
    regimenes = _sub(cp, spec.namespace, "RegimenesAduaneros")
    _sub(regimenes, spec.namespace, "RegimenAduaneroCCP", RegimenAduanero="EXD")
    ubicaciones = _sub(cp, spec.namespace, "Ubicaciones")
    origen = _sub(ubicaciones, spec.namespace, "Ubicacion", TipoUbicacion="Origen", IDUbicacion="OR000001",
                  RFCRemitenteDestinatario="ANO850312QK7", NombreRemitenteDestinatario="ACEROS DEL NORTE",
                  FechaHoraSalidaLlegada="2024-03-15T06:30:00")  # fmt: skip
    _sub(origen, spec.namespace, "Domicilio", Calle="Av. Industrial Regiomontana", NumeroExterior="1450",
         Municipio="021", Estado="NLE", Pais="MEX", CodigoPostal="66062")  # fmt: skip
    if spec.with_destination:
        destino = _sub(ubicaciones, spec.namespace, "Ubicacion", TipoUbicacion="Destino", IDUbicacion="DE000002",
                       RFCRemitenteDestinatario="XEXX010101000", NombreRemitenteDestinatario="Lone Star Steel Fabricators LLC",
                       NumRegIdTrib="742987651", ResidenciaFiscal="USA",
                       FechaHoraSalidaLlegada="2024-03-15T14:00:00", DistanciaRecorrida="235")  # fmt: skip
        _sub(destino, spec.namespace, "Domicilio", Calle="Old Laredo Rd", NumeroExterior="12400", Localidad="Laredo",
             Municipio="Webb County", Estado="TX", Pais="USA", CodigoPostal="78045")  # fmt: skip
    mercancias = _sub(cp, spec.namespace, "Mercancias", PesoBrutoTotal=str(sum(float(g.peso_kg) for g in spec.goods)),
                      UnidadPeso="KGM", NumTotalMercancias=str(len(spec.goods)))  # fmt: skip
    for good in spec.goods:
        mercancia = _sub(mercancias, spec.namespace, "Mercancia", BienesTransp="30102203", Descripcion=good.descripcion,
                         Cantidad=good.cantidad, ClaveUnidad=good.clave_unidad, PesoEnKg=good.peso_kg,
                         FraccionArancelaria=good.fraccion, UUIDComercioExt=good.uuid_comercio_ext)  # fmt: skip
        for pedimento in good.pedimentos:
            _sub(mercancia, spec.namespace, "DocumentacionAduanera", TipoDocumento="01", NumPedimento=pedimento)
    if spec.with_truck:
        auto = _sub(mercancias, spec.namespace, "Autotransporte", PermSCT="TPAF01", NumPermisoSCT="0345821")
        _sub(auto, spec.namespace, "IdentificacionVehicular", ConfigVehicular="T3S2", PesoBrutoVehicular="17.5",
             PlacaVM="NL87AK3", AnioModeloVM="2021")  # fmt: skip
        _sub(auto, spec.namespace, "Seguros", AseguraRespCivil="Seguros del Norte", PolizaRespCivil="RC-55812")
        remolques = _sub(auto, spec.namespace, "Remolques")
        _sub(remolques, spec.namespace, "Remolque", SubTipoRem="CTR004", Placa="45UJ9P")
    figuras = _sub(cp, spec.namespace, "FiguraTransporte")
    _sub(figuras, spec.namespace, "TiposFigura", TipoFigura="01", RFCFigura="MARJ800101AB1", NumLicencia="NLE0012345",
         NombreFigura="José Luis Martínez Rodríguez")  # fmt: skip
    _sub(complemento, TFD, "TimbreFiscalDigital", Version="1.1", UUID=spec.uuid, FechaTimbrado="2024-03-15T06:11:02",
         RfcProvCertif="SAT970701NN3", SelloCFD="AAAA", NoCertificadoSAT="00001000000504465028", SelloSAT="BBBB")  # fmt: skip
    return root


def to_bytes(root: ET.Element) -> bytes:
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8")


def build_carta_porte(spec: TripSpec | None = None) -> bytes:
    return to_bytes(build_tree(spec or steel_trip()))
