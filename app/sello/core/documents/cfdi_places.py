"""Places in a CFDI: SAT's country and state keys, and the Domicilio nodes that use them."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from sello.core.documents import refdata
from sello.core.documents.cfdi_xml import attr

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
COUNTRY_BY_ALPHA3 = {pair[:3]: pair[3:] for pair in _ALPHA3.split()}

# c_Estado keys for Mexico (ISO 3166-2:MX); DIF is the key Mexico City had before 2016.
ESTADOS_MX = {
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


@dataclass(frozen=True)
class Address:
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2; None when the SAT key is unknown
    sat_country: str | None = None  # c_Pais as written (alpha-3)
    city_keys: str | None = None  # SAT catalogue keys that stand for the city (Mexico)


def alpha2(sat_country: str | None) -> str | None:
    code = COUNTRY_BY_ALPHA3.get(sat_country or "")
    return code if code and refdata.is_country(code) else None


def address(dom: ET.Element | None) -> Address | None:
    if dom is None:
        return None
    calle, number, inner = attr(dom, "Calle"), attr(dom, "NumeroExterior"), attr(dom, "NumeroInterior")
    colonia, localidad = attr(dom, "Colonia"), attr(dom, "Localidad")
    municipio, estado = attr(dom, "Municipio"), attr(dom, "Estado")
    sat_country = attr(dom, "Pais")
    country = alpha2(sat_country)
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
            region=ESTADOS_MX.get(estado or "", estado),
            postal_code=attr(dom, "CodigoPostal"),
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
        postal_code=attr(dom, "CodigoPostal"),
        country=country,
        sat_country=sat_country,
    )
