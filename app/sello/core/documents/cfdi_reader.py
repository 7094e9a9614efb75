"""Read a Mexican export invoice, a CFDI 4.0 with the Comercio Exterior complement
(2.0, or 1.1 from the transition period), into records that keep SAT's names.

The XML comes from outside, so reading is defensive: at most ``MAX_BYTES``, UTF-8
only (SAT requires it), no DOCTYPE or ENTITY declaration at all (a CFDI never has one,
and refusing them before the standard library's parser sees the text rules out entity
expansion and external entities), at most ``MAX_DEPTH`` levels of nesting. Every failure is a
``CfdiError`` naming what is wrong or missing, in Spanish and English.

Structure and names: SAT's cfdv40.xsd, ComercioExterior20.xsd / ComercioExterior11.xsd
and TimbreFiscalDigitalv11.xsd. ``sello.core.documents.cfdi`` maps the records to form data.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import cast

from sello.core.documents import refdata
from sello.core.errors import InputError, one_line
from sello.core.i18n import Bilingual

Message = dict[str, str]

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 64
CFDI_NS = "http://www.sat.gob.mx/cfd/4"
CCE_NAMESPACES = {
    "http://www.sat.gob.mx/ComercioExterior20": "2.0",
    "http://www.sat.gob.mx/ComercioExterior11": "1.1",
}
TFD_NS = "http://www.sat.gob.mx/TimbreFiscalDigital"

_CFDI_OLD_NS = {"http://www.sat.gob.mx/cfd/3": "3.x", "http://www.sat.gob.mx/cfd/2": "2.x"}
_GENERIC_RFCS = {"XEXX010101000", "XAXX010101000"}
_DTD_RE = re.compile(r"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_NUMBER_RE = re.compile(r"\d{1,20}(\.\d{1,10})?")
_FECHA_RE = re.compile(r"(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}")
_FRACCION_RE = re.compile(r"\d{8}(\d{2})?")
_CHUNK = 64 * 1024

# c_Pais (ISO 3166-1 alpha-3) -> alpha-2, from Debian's iso-codes (iso_3166-1.json), the
# same source as resources/data/countries.json.
_ALPHA3 = (
    "ABWAW AFGAF AGOAO AIAAI ALAAX ALBAL ANDAD AREAE ARGAR ARMAM ASMAS ATAAQ ATFTF ATGAG AUSAU "
    "AUTAT AZEAZ BDIBI BELBE BENBJ BESBQ BFABF BGDBD BGRBG BHRBH BHSBS BIHBA BLMBL BLRBY BLZBZ "
    "BMUBM BOLBO BRABR BRBBB BRNBN BTNBT BVTBV BWABW CAFCF CANCA CCKCC CHECH CHLCL CHNCN CIVCI "
    "CMRCM CODCD COGCG COKCK COLCO COMKM CPVCV CRICR CUBCU CUWCW CXRCX CYMKY CYPCY CZECZ DEUDE "
    "DJIDJ DMADM DNKDK DOMDO DZADZ ECUEC EGYEG ERIER ESHEH ESPES ESTEE ETHET FINFI FJIFJ FLKFK "
    "FRAFR FROFO FSMFM GABGA GBRGB GEOGE GGYGG GHAGH GIBGI GINGN GLPGP GMBGM GNBGW GNQGQ GRCGR "
    "GRDGD GRLGL GTMGT GUFGF GUMGU GUYGY HKGHK HMDHM HNDHN HRVHR HTIHT HUNHU IDNID IMNIM INDIN "
    "IOTIO IRLIE IRNIR IRQIQ ISLIS ISRIL ITAIT JAMJM JEYJE JORJO JPNJP KAZKZ KENKE KGZKG KHMKH "
    "KIRKI KNAKN KORKR KWTKW LAOLA LBNLB LBRLR LBYLY LCALC LIELI LKALK LSOLS LTULT LUXLU LVALV "
    "MACMO MAFMF MARMA MCOMC MDAMD MDGMG MDVMV MEXMX MHLMH MKDMK MLIML MLTMT MMRMM MNEME MNGMN "
    "MNPMP MOZMZ MRTMR MSRMS MTQMQ MUSMU MWIMW MYSMY MYTYT NAMNA NCLNC NERNE NFKNF NGANG NICNI "
    "NIUNU NLDNL NORNO NPLNP NRUNR NZLNZ OMNOM PAKPK PANPA PCNPN PERPE PHLPH PLWPW PNGPG POLPL "
    "PRIPR PRKKP PRTPT PRYPY PSEPS PYFPF QATQA REURE ROURO RUSRU RWARW SAUSA SDNSD SENSN SGPSG "
    "SGSGS SHNSH SJMSJ SLBSB SLESL SLVSV SMRSM SOMSO SPMPM SRBRS SSDSS STPST SURSR SVKSK SVNSI "
    "SWESE SWZSZ SXMSX SYCSC SYRSY TCATC TCDTD TGOTG THATH TJKTJ TKLTK TKMTM TLSTL TONTO TTOTT "
    "TUNTN TURTR TUVTV TWNTW TZATZ UGAUG UKRUA UMIUM URYUY USAUS UZBUZ VATVA VCTVC VENVE VGBVG "
    "VIRVI VNMVN VUTVU WLFWF WSMWS YEMYE ZAFZA ZMBZM ZWEZW"
)
_COUNTRY_BY_ALPHA3 = {pair[:3]: pair[3:] for pair in _ALPHA3.split()}

# c_Estado keys for Mexico (ISO 3166-2:MX); DIF is the key Mexico City had before 2016.
_ESTADOS_MX = {
    "AGU": "Aguascalientes",
    "BCN": "Baja California",
    "BCS": "Baja California Sur",
    "CAM": "Campeche",
    "CHP": "Chiapas",
    "CHH": "Chihuahua",
    "CMX": "Ciudad de México",
    "DIF": "Ciudad de México",
    "COA": "Coahuila",
    "COL": "Colima",
    "DUR": "Durango",
    "GUA": "Guanajuato",
    "GRO": "Guerrero",
    "HID": "Hidalgo",
    "JAL": "Jalisco",
    "MEX": "Estado de México",
    "MIC": "Michoacán",
    "MOR": "Morelos",
    "NAY": "Nayarit",
    "NLE": "Nuevo León",
    "OAX": "Oaxaca",
    "PUE": "Puebla",
    "QUE": "Querétaro",
    "ROO": "Quintana Roo",
    "SLP": "San Luis Potosí",
    "SIN": "Sinaloa",
    "SON": "Sonora",
    "TAB": "Tabasco",
    "TAM": "Tamaulipas",
    "TLA": "Tlaxcala",
    "VER": "Veracruz",
    "YUC": "Yucatán",
    "ZAC": "Zacatecas",
}


# c_UnidadAduana (Anexo 22, apéndice 7): key -> (name, UN/CEFACT Rec. 20 code or None).
class CfdiError(InputError):
    """A file that cannot be imported as an export CFDI.

    ``message`` (and ``str()``) is the English sentence, ``message_es`` the Spanish one,
    ``messages`` both as ``{"es": ..., "en": ...}`` like validation messages; ``reason`` is
    a stable code: too_large, empty, encoding, dtd, malformed, too_deep, not_cfdi, version,
    kind, not_export, no_complement, missing, bad_value, unmatched, unreadable,
    unsupported_doctype.
    """

    def __init__(self, reason: str, es: str, en: str) -> None:
        super().__init__(Bilingual({"es": es, "en": en}))
        self.reason = reason
        self.messages: Message = {"es": es, "en": en}

    @property
    def message_es(self) -> str:
        return self.messages["es"]


# -- records --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Address:
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2; None when the SAT key is unknown
    sat_country: str | None = None  # c_Pais as written (alpha-3)
    city_keys: str | None = None  # SAT catalogue keys that stand for the city (Mexico)


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


# -- safe XML -----------------------------------------------------------------------------


def _parse(xml: bytes) -> ET.Element:
    if len(xml) > MAX_BYTES:
        raise too_large(len(xml))
    data = bytes(xml).removeprefix(b"\xef\xbb\xbf")
    if not data.strip():
        raise CfdiError("empty", "El archivo está vacío.", "The file is empty.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CfdiError(
            "encoding",
            "El archivo no es texto UTF-8, así que no es un CFDI (el SAT exige UTF-8).",
            "The file is not UTF-8 text, so it is not a CFDI (SAT requires UTF-8).",
        ) from None
    if _DTD_RE.search(text):
        raise CfdiError(
            "dtd",
            "El XML declara un DOCTYPE o una ENTITY; un CFDI nunca los tiene y Sello los rechaza por seguridad.",
            "The XML declares a DOCTYPE or an ENTITY; a CFDI never has one, and Sello refuses them for safety.",
        )
    parser: ET.XMLPullParser = ET.XMLPullParser(events=("start", "end"))
    root: ET.Element | None = None
    depth = 0
    try:
        for start in range(0, len(text), _CHUNK):
            parser.feed(text[start : start + _CHUNK])
            root, depth = _follow(parser, root, depth)
        parser.close()
        root, depth = _follow(parser, root, depth)
    except ET.ParseError as exc:
        line, column = exc.position
        raise CfdiError(
            "malformed",
            f"El archivo no es XML bien formado (línea {line}, columna {column + 1}).",
            f"The file is not well-formed XML ({_expat_reason(exc)}, line {line}, column {column + 1}).",
        ) from None
    if root is None:  # pragma: no cover - expat reports a document without elements
        raise CfdiError("malformed", "El archivo no contiene elementos XML.", "The file contains no XML element.")
    return root


def too_large(size: int) -> CfdiError:
    """The refusal of a file of ``size`` bytes (over ``MAX_BYTES``)."""
    mb = f"{size / (1024 * 1024):.1f}"
    return CfdiError(
        "too_large",
        f"El archivo pesa {mb} MB; Sello lee CFDI de hasta 5 MB.",
        f"The file is {mb} MB; Sello reads CFDI files of up to 5 MB.",
    )


def _follow(parser: ET.XMLPullParser, root: ET.Element | None, depth: int) -> tuple[ET.Element | None, int]:
    # events=("start", "end") only: each item is (event, Element); the stubs allow namespace tuples too
    for event, elem in cast("Iterator[tuple[str, ET.Element]]", parser.read_events()):
        if event == "start":
            depth += 1
            if depth > MAX_DEPTH:
                raise CfdiError(
                    "too_deep",
                    f"El XML anida más de {MAX_DEPTH} niveles; un CFDI nunca lo hace.",
                    f"The XML is nested more than {MAX_DEPTH} levels deep; a CFDI never is.",
                )
            if root is None:
                root = elem
        else:
            depth -= 1
    return root, depth


def _expat_reason(exc: ET.ParseError) -> str:
    return str(exc).split(":")[0]


# -- reading helpers ----------------------------------------------------------------------


def _q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


def _child(elem: ET.Element, ns: str, name: str) -> ET.Element | None:
    return elem.find(_q(ns, name))


def _attr(elem: ET.Element, name: str) -> str | None:
    """An attribute with XSD whiteSpace=collapse applied; None when absent or blank."""
    value = elem.get(name)
    if value is None:
        return None
    return " ".join(value.split()) or None


def show(value: str) -> str:
    """``value`` cut to 40 characters for a message, control characters shown as "�"."""
    value = one_line(value)
    return value if len(value) <= 40 else value[:37] + "..."


def _missing(where: str, what: str, *, attribute: bool = True) -> CfdiError:
    if attribute:
        return CfdiError("missing", f"{where} no tiene el atributo {what}.", f"{where} has no {what} attribute.")
    return CfdiError("missing", f"{where} no tiene el nodo {what}.", f"{where} has no {what} node.")


def _required(elem: ET.Element, name: str, where: str) -> str:
    value = _attr(elem, name)
    if value is None:
        raise _missing(where, name)
    return value


def _number(elem: ET.Element, name: str, where: str, *, required: bool) -> Decimal | None:
    raw = _attr(elem, name)
    if raw is None:
        if required:
            raise _missing(where, name)
        return None
    if not _NUMBER_RE.fullmatch(raw):
        raise CfdiError(
            "bad_value",
            f"{where}: {name} «{show(raw)}» no es un número.",
            f"{where}: {name} “{show(raw)}” is not a number.",
        )
    return Decimal(raw)


def _req_number(elem: ET.Element, name: str, where: str) -> Decimal:
    value = _number(elem, name, where, required=True)
    assert value is not None
    return value


def _alpha2(sat_country: str | None) -> str | None:
    code = _COUNTRY_BY_ALPHA3.get(sat_country or "")
    return code if code and refdata.is_country(code) else None


def _address(dom: ET.Element | None) -> Address | None:
    if dom is None:
        return None
    calle, number, inner = _attr(dom, "Calle"), _attr(dom, "NumeroExterior"), _attr(dom, "NumeroInterior")
    colonia, localidad = _attr(dom, "Colonia"), _attr(dom, "Localidad")
    municipio, estado = _attr(dom, "Municipio"), _attr(dom, "Estado")
    sat_country = _attr(dom, "Pais")
    country = _alpha2(sat_country)
    if country in ("US", "CA"):
        street = " ".join(p for p in (number, calle) if p) + (f" #{inner}" if inner else "")
    else:
        street = " ".join(p for p in (calle, number) if p) + (f" Int. {inner}" if inner else "")
    if sat_country == "MEX":  # Mexican addresses use SAT catalogue keys, not names
        keys = ", ".join(
            f"{label} {value}"
            for label, value in (("Municipio", municipio), ("Localidad", localidad), ("Colonia", colonia))
            if value
        )
        return Address(
            street=street or None,
            region=_ESTADOS_MX.get(estado or "", estado),
            postal_code=_attr(dom, "CodigoPostal"),
            country=country,
            sat_country=sat_country,
            city_keys=keys or None,
        )
    if colonia:
        street = f"{street}, {colonia}" if street else colonia
    return Address(
        street=street or None,
        city=localidad or municipio,
        region=estado,
        postal_code=_attr(dom, "CodigoPostal"),
        country=country,
        sat_country=sat_country,
    )


# -- reading ------------------------------------------------------------------------------


def read_cfdi(xml: bytes) -> ExportInvoice:
    """The export invoice in ``xml``; raises CfdiError naming what is wrong or missing."""
    root = _parse(xml)
    _check_comprobante(root)
    cce, cce_ns = _complement(root)
    cce_version = CCE_NAMESPACES[cce_ns]
    prefix = "cce20" if cce_version == "2.0" else "cce11"

    emisor_el = _child(root, CFDI_NS, "Emisor")
    receptor_el = _child(root, CFDI_NS, "Receptor")
    if emisor_el is None:
        raise _missing("cfdi:Comprobante", "cfdi:Emisor", attribute=False)
    if receptor_el is None:
        raise _missing("cfdi:Comprobante", "cfdi:Receptor", attribute=False)
    cce_emisor = _child(cce, cce_ns, "Emisor")
    cce_receptor = _child(cce, cce_ns, "Receptor")
    emisor = Party(
        name=_required(emisor_el, "Nombre", "cfdi:Emisor"),
        tax_id=_required(emisor_el, "Rfc", "cfdi:Emisor"),
        address=None if cce_emisor is None else _address(_child(cce_emisor, cce_ns, "Domicilio")),
    )
    receptor = _receptor(receptor_el, cce_receptor, cce_ns)
    destinatarios = tuple(
        Party(
            name=_attr(d, "Nombre"), tax_id=_attr(d, "NumRegIdTrib"), address=_address(_child(d, cce_ns, "Domicilio"))
        )
        for d in cce.findall(_q(cce_ns, "Destinatario"))
    )

    conceptos = _conceptos(root)
    mercancias = _mercancias(cce, cce_ns, prefix)
    _match(conceptos, mercancias, prefix)

    fecha = _required(root, "Fecha", "cfdi:Comprobante")
    if not _is_fecha(fecha):
        raise CfdiError(
            "bad_value",
            f"cfdi:Comprobante: Fecha «{show(fecha)}» no es una fecha y hora AAAA-MM-DDThh:mm:ss.",
            f"cfdi:Comprobante: Fecha “{show(fecha)}” is not a date and time YYYY-MM-DDThh:mm:ss.",
        )
    tfd = _timbre(root)
    return ExportInvoice(
        cce_version=cce_version,
        kind=_attr(root, "TipoDeComprobante") or "",
        serie=_attr(root, "Serie"),
        folio=_attr(root, "Folio"),
        fecha=fecha,
        moneda=_required(root, "Moneda", "cfdi:Comprobante"),
        tipo_cambio=_number(root, "TipoCambio", "cfdi:Comprobante", required=False),
        subtotal=_req_number(root, "SubTotal", "cfdi:Comprobante"),
        total=_req_number(root, "Total", "cfdi:Comprobante"),
        condiciones_pago=_attr(root, "CondicionesDePago"),
        uuid=None if tfd is None else _attr(tfd, "UUID"),
        emisor=emisor,
        receptor=receptor,
        destinatarios=destinatarios,
        conceptos=conceptos,
        mercancias=mercancias,
        incoterm=_attr(cce, "Incoterm"),
        certificado_origen=_attr(cce, "CertificadoOrigen") == "1",
        num_certificado_origen=_attr(cce, "NumCertificadoOrigen"),
        tipo_cambio_usd=_number(cce, "TipoCambioUSD", f"{prefix}:ComercioExterior", required=False),
        total_usd=_number(cce, "TotalUSD", f"{prefix}:ComercioExterior", required=False),
    )


def _is_fecha(fecha: str) -> bool:
    match = _FECHA_RE.fullmatch(fecha)
    try:
        return match is not None and bool(dt.date.fromisoformat(match.group(1)))
    except ValueError:
        return False


def _check_comprobante(root: ET.Element) -> None:
    ns, _, local = root.tag[1:].partition("}") if root.tag.startswith("{") else ("", "", root.tag)
    if local == "Comprobante" and ns in _CFDI_OLD_NS:
        old_version = root.get("Version") or root.get("version") or _CFDI_OLD_NS[ns]
        raise CfdiError(
            "version",
            f"Este es un CFDI {show(old_version)}; Sello importa solo CFDI 4.0.",
            f"This is a CFDI {show(old_version)}; Sello imports CFDI 4.0 only.",
        )
    if ns != CFDI_NS or local != "Comprobante":
        shown = show(f"{local} ({ns})" if ns else local)
        raise CfdiError(
            "not_cfdi",
            f"El archivo no es un CFDI: su elemento raíz es {shown}, no cfdi:Comprobante ({CFDI_NS}).",
            f"The file is not a CFDI: its root element is {shown}, not cfdi:Comprobante ({CFDI_NS}).",
        )
    version = _attr(root, "Version")
    if version != "4.0":
        shown = "sin Version" if version is None else f"Version «{show(version)}»"
        shown_en = "no Version" if version is None else f"Version “{show(version)}”"
        raise CfdiError(
            "version",
            f"El CFDI tiene {shown}; Sello importa solo CFDI 4.0.",
            f"The CFDI has {shown_en}; Sello imports CFDI 4.0 only.",
        )
    kind = _attr(root, "TipoDeComprobante")
    if kind not in ("I", "T"):
        es = "no tiene TipoDeComprobante" if kind is None else f"es de TipoDeComprobante «{show(kind)}»"
        en = "has no TipoDeComprobante" if kind is None else f"is of TipoDeComprobante “{show(kind)}”"
        raise CfdiError(
            "kind",
            f"El CFDI {es}; solo los de ingreso (I) o traslado (T) llevan el complemento de Comercio Exterior.",
            f"The CFDI {en}; only ingreso (I) or traslado (T) CFDIs carry the Comercio Exterior complement.",
        )
    exportacion = _attr(root, "Exportacion")
    if exportacion != "02":
        es = "no tiene el atributo Exportacion" if exportacion is None else f"tiene Exportacion «{show(exportacion)}»"
        en = "has no Exportacion attribute" if exportacion is None else f"has Exportacion “{show(exportacion)}”"
        raise CfdiError(
            "not_export",
            f"El CFDI no es una factura de exportación definitiva: {es}; debe ser «02».",
            f"The CFDI is not a definitive export invoice: it {en}; it must be “02”.",
        )


def _complement(root: ET.Element) -> tuple[ET.Element, str]:
    for complemento in root.findall(_q(CFDI_NS, "Complemento")):
        for ns in CCE_NAMESPACES:
            cce = _child(complemento, ns, "ComercioExterior")
            if cce is not None:
                return cce, ns
    raise CfdiError(
        "no_complement",
        "El CFDI no tiene el complemento de Comercio Exterior (cce20:ComercioExterior), así que "
        "no describe una exportación.",
        "The CFDI has no Comercio Exterior complement (cce20:ComercioExterior), so it does not describe an export.",
    )


def _timbre(root: ET.Element) -> ET.Element | None:
    for complemento in root.findall(_q(CFDI_NS, "Complemento")):
        tfd = _child(complemento, TFD_NS, "TimbreFiscalDigital")
        if tfd is not None:
            return tfd
    return None


def _receptor(receptor_el: ET.Element, cce_receptor: ET.Element | None, cce_ns: str) -> Party:
    rfc = _attr(receptor_el, "Rfc")
    tax_id = _attr(receptor_el, "NumRegIdTrib")
    if tax_id is None and cce_receptor is not None:
        tax_id = _attr(cce_receptor, "NumRegIdTrib")
    if tax_id is None and rfc not in _GENERIC_RFCS:
        tax_id = rfc
    address = None if cce_receptor is None else _address(_child(cce_receptor, cce_ns, "Domicilio"))
    return Party(
        name=_required(receptor_el, "Nombre", "cfdi:Receptor"),
        tax_id=tax_id,
        address=address,
        residence=_alpha2(_attr(receptor_el, "ResidenciaFiscal")),
    )


def _conceptos(root: ET.Element) -> tuple[Concepto, ...]:
    container = _child(root, CFDI_NS, "Conceptos")
    if container is None:
        raise _missing("cfdi:Comprobante", "cfdi:Conceptos", attribute=False)
    elements = container.findall(_q(CFDI_NS, "Concepto"))
    if not elements:
        raise _missing("cfdi:Conceptos", "cfdi:Concepto", attribute=False)
    result = []
    for index, el in enumerate(elements, start=1):
        where = f"cfdi:Concepto {index}"
        no_id = _attr(el, "NoIdentificacion")
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
                descripcion=_required(el, "Descripcion", where),
                cantidad=_req_number(el, "Cantidad", where),
                clave_unidad=_attr(el, "ClaveUnidad"),
                valor_unitario=_req_number(el, "ValorUnitario", where),
                importe=_req_number(el, "Importe", where),
                descuento=_number(el, "Descuento", where, required=False) or Decimal(0),
            )
        )
    return tuple(result)


def _mercancias(cce: ET.Element, ns: str, prefix: str) -> tuple[Mercancia, ...]:
    container = _child(cce, ns, "Mercancias")
    if container is None:
        raise _missing(f"{prefix}:ComercioExterior", f"{prefix}:Mercancias", attribute=False)
    elements = container.findall(_q(ns, "Mercancia"))
    if not elements:
        raise _missing(f"{prefix}:Mercancias", f"{prefix}:Mercancia", attribute=False)
    result = []
    for index, el in enumerate(elements, start=1):
        where = f"{prefix}:Mercancia {index}"
        no_id = _required(el, "NoIdentificacion", where)
        where = f"{where} (NoIdentificacion {show(no_id)})"
        fraccion = _attr(el, "FraccionArancelaria")
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
                cantidad_aduana=_number(el, "CantidadAduana", where, required=False),
                unidad_aduana=_attr(el, "UnidadAduana"),
                valor_unitario_aduana=_number(el, "ValorUnitarioAduana", where, required=False),
                valor_dolares=_req_number(el, "ValorDolares", where),
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
