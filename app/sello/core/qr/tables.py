"""Frozen tables of TD1 format version 1 (see docs/td1-format.md).

Everything here is part of the byte format: a printed code made today must decode
in every later Sello. Never edit, reorder or remove an entry; a change needs a new
format version byte in `qrpayload`. The unit tests pin a SHA-256 of each table.

- `DEFLATE_DICTIONARY`: the preset dictionary for raw DEFLATE in generic mode;
  `SCHEMA_DEFLATE_DICTIONARY` (the same text plus a CBOR skeleton) in schema-aware mode;
  `TEMPLATE_DEFLATE_DICTIONARY` (typical form values) in template mode.
- `BASE_TERMS`: the base term table (schema code 0); index = CBOR code.
- `HEADER_ALGS`, `HEADER_LAYOUTS`: the compact forms of the JWS protected header.
"""

from __future__ import annotations

# --- Preset DEFLATE dictionary -------------------------------------------------
# Representative text of our vc+jwt parts: protected headers and RFC 8785 (JCS)
# credentials, whose keys come sorted. DEFLATE reaches back at most 32 KiB and a
# closer match is cheaper, so the most common pieces come last.
_DICTIONARY_PIECES: tuple[str, ...] = (
    # traceability vocabulary, less frequent
    '"billOfLadingNumber":"","bookingNumber":"","carrier":{"name":"","scac":"",'
    '"portOfDischarge":{"type":["Place"],"unLocode":"USHOU"},"portOfLoading":{"type":["Place"],'
    '"unLocode":"MXATM"},"placeOfDelivery":"","vesselNumber":"","voyageNumber":"",'
    '"transportEquipmentQuantity":"","utilizedTransportEquipment":[{"equipmentReference":"",'
    '"seals":[{"sealNumber":"","type":["Seal"]}],"type":["TransportEquipment"]}],',
    '"blanketPeriod":{"endDate":"","startDate":""},"certifier":{"role":"Exporter",'
    '"originCriterion":"B","preferenceCriterion":"","USMCACertificationOfOrigin",',
    '"invoiceNumber":"","invoiceDate":"","incoterms":"FCA","paymentTerms":"",'
    '"totalPaymentAmount":{"price":"","priceCurrency":"USD","type":["PriceSpecification"]},'
    '"items":[{"itemCount":"","lineItemTotalPrice":{"price":"","priceCurrency":"USD",'
    '"type":["PriceSpecification"]},"product":{"description":"","type":["Product"]},'
    '"type":["TradeLineItem"]}],"CommercialInvoiceCredential","CommercialInvoice",',
    '"packageQuantity":"","packagingType":"","grossVolume":{"type":["QuantitativeValue"],'
    '"unitCode":"MTQ","value":""},"PackingListCredential","PackingList",'
    '"MultiModalBillOfLadingCredential","MultiModalBillOfLading",',
    '"chemicalComposition":{"c":"","cr":"","cu":"","mn":"","mo":"","nb":"","ni":"","p":"",'
    '"s":"","si":"","type":["ChemicalComposition"],"v":""},"mechanicalProperties":{'
    '"elongation":{"type":["MeasuredValue"],"unitCode":"P1","value":""},"hardness":{'
    '"tensile":{"type":["MeasuredValue"],"unitCode":"MPA","value":""},"type":["MechanicalProperties"],'
    '"yield":{"type":["MeasuredValue"],"unitCode":"MPA","value":""}},',
    '"certificateNumber":"","certification":"EN 10204 3.1","countryOfMeltAndPour":"MX",'
    '"countryOfManufacture":"MX","heatNumber":"","inspections":[{"type":["Inspection"],'
    '"grade":"","specification":"ASTM A","SteelProduct","MillTestReportCredential","MillTestReport",',
    '"commodity":{"commodityCode":"7208.","commodityCodeType":"HS","type":["Commodity"]},'
    '"countryOfOrigin":"MX","description":"","grossWeight":{"type":["QuantitativeValue"],'
    '"unitCode":"KGM","value":""},"netWeight":{"type":["QuantitativeValue"],"unitCode":"KGM",'
    '"value":""},"weight":{"type":["QuantitativeValue"],"unitCode":"TNE","value":""},',
    '"buyer":{"consignee":{"customer":{"exporter":{"importer":{"manufacturer":{"seller":{"shipper":{',
    '"email":"","legalName":"","phoneNumber":"+52 81 ","taxId":"","url":"https://",',
    '"location":{"address":{"addressCountry":"MX","addressLocality":"Monterrey",'
    '"addressRegion":"Nuevo Le\u00f3n","postalCode":"","streetAddress":"Av. ",'
    '"type":["PostalAddress"]},"type":["Place"]},"name":"","type":["Organization"]},'
    '"addressCountry":"US","addressLocality":"Houston","addressRegion":"TX",'
    ' S.A. de C.V.',
    # VC 2.0 and Bitstring Status List, the parts of every credential
    '"credentialSchema":{"id":"","type":"JsonSchema"},"evidence":[],"termsOfUse":[],'
    '"relatedResource":[{"digestSRI":"sha384-","id":"","mediaType":"application/pdf"}],',
    '"credentialStatus":{"id":"https://","statusListCredential":"https://",'
    '"statusListIndex":"","statusPurpose":"revocation","type":"BitstringStatusListEntry"},'
    '"statusPurpose":"suspension",/status/1#',
    '"credentialSubject":{"id":"did:web:","type":[""]},"issuer":{"id":"did:web:",'
    '"name":""},"type":["VerifiableCredential",""],"validFrom":"2025-01-01T00:00:00Z",'
    '"validUntil":"2026-01-01T00:00:00Z"}',
    '{"@context":["https://www.w3.org/ns/credentials/v2","https://w3id.org/traceability/v1"],'
    '"credentialStatus":{"credentialSubject":{"id":"urn:uuid:',
    # JWS protected headers (the JCS order and the order of DESIGN §2)
    '{"alg":"EdDSA","typ":"vc+jwt","cty":"vc","kid":"did:web:',
    '{"alg":"ES384","typ":"vc+jwt","cty":"vc","kid":"did:web:',
    '{"alg":"EdDSA","cty":"vc","kid":"did:key:z6Mk',
    '{"alg":"ES384","cty":"vc","kid":"did:jwk:eyJ',
    '{"alg":"ES384","cty":"vc","kid":"did:web:',
    '#key-1","typ":"vc+jwt"}',
)

DEFLATE_DICTIONARY: bytes = "".join(_DICTIONARY_PIECES).encode("utf-8")

# The schema-aware mode's CBOR looks nothing like JSON text, so its dictionary adds a
# CBOR skeleton after the text: the body ``[[0, 0, "did:web:"], tree]`` of this credential
# skeleton, with base-table codes (tests check the bytes against this source).
SCHEMA_SKELETON_SOURCE = (
    '{"@context":["https://www.w3.org/ns/credentials/v2","https://w3id.org/traceability/v1"],'
    '"credentialStatus":{"id":"https://","statusListCredential":"https://","statusListIndex":"",'
    '"statusPurpose":"revocation","type":"BitstringStatusListEntry"},"credentialSubject":{'
    '"commodity":{"commodityCode":"","commodityCodeType":"HS","type":["Commodity"]},'
    '"manufacturer":{"location":{"address":{"addressCountry":"MX","addressLocality":"",'
    '"addressRegion":"","postalCode":"","streetAddress":"","type":["PostalAddress"]},'
    '"type":["Place"]},"name":"","type":["Organization"]},"type":[""],"x":{"type":'
    '["QuantitativeValue"],"unitCode":"KGM","value":""},"y":{"type":["MeasuredValue"],'
    '"unitCode":"","value":""},"z":{"price":"","priceCurrency":"USD","type":["PriceSpecification"]}},'
    '"id":"urn:uuid:00000000-0000-4000-8000-000000000000","issuer":{"id":"did:web:","name":""},'
    '"type":["VerifiableCredential",""],"validFrom":"2025-01-01T00:00:00Z",'
    '"validUntil":"2026-01-01T00:00:00Z"}'
)
SCHEMA_SKELETON_CBOR: bytes = bytes.fromhex(
    "82830000686469643a7765623aa80582c606c6070da5016868747470733a2f2f126868747470733a"
    "2f2f11600fc61000c60e0ca6183ca3183e60183fc618400081c6183d1832a3181ca216a617624d58"
    "181960181a60181b601818600081c6150081c61402600081c6130081606178a30081c6181e04634b"
    "474d03606179a30081c6181f04600360617aa31822601823635553440081c6182101c75000000000"
    "00004000800000000000000009a201686469643a7765623a02600082c608600a74323032352d3031"
    "2d30315430303a30303a30305a0b74323032362d30312d30315430303a30303a30305a"
)
SCHEMA_DEFLATE_DICTIONARY: bytes = DEFLATE_DICTIONARY + SCHEMA_SKELETON_CBOR

# --- Base term table (schema code 0) ---------------------------------------------
# Object keys and string values (type names, context URLs) that become integers.
# CBOR stores 0..23 in one byte, 24..255 in two: the most frequent terms come first.
BASE_TERMS: tuple[str, ...] = (
    # 0..23: one byte
    "type",
    "id",
    "name",
    "value",
    "unitCode",
    "@context",
    "https://www.w3.org/ns/credentials/v2",
    "https://w3id.org/traceability/v1",
    "VerifiableCredential",
    "issuer",
    "validFrom",
    "validUntil",
    "credentialSubject",
    "credentialStatus",
    "BitstringStatusListEntry",
    "statusPurpose",
    "revocation",
    "statusListIndex",
    "statusListCredential",
    "Organization",
    "Place",
    "PostalAddress",
    "address",
    "addressCountry",
    # 24..: two bytes
    "streetAddress",
    "addressLocality",
    "addressRegion",
    "postalCode",
    "location",
    "description",
    "QuantitativeValue",
    "MeasuredValue",
    "Product",
    "PriceSpecification",
    "price",
    "priceCurrency",
    "weight",
    "grossWeight",
    "netWeight",
    "quantity",
    "identifier",
    "taxId",
    "legalName",
    "email",
    "phoneNumber",
    "faxNumber",
    "url",
    "date",
    "product",
    "products",
    "manufacturer",
    "seller",
    "buyer",
    "consignee",
    "consignor",
    "shipper",
    "exporter",
    "importer",
    "customer",
    "countryOfOrigin",
    "commodity",
    "Commodity",
    "commodityCode",
    "commodityCodeType",
    "HS",
    "htsCode",
    "batchNumber",
    "sku",
    "gtin",
    "heatNumber",
    "grade",
    "specification",
    "SteelProduct",
    "unLocode",
    "portOfLoading",
    "portOfDischarge",
    "Person",
    "comment",
    "remarks",
    "items",
    "TradeLineItem",
    "ConsignmentItem",
    "Entity",
    "itemCount",
    "packageQuantity",
    "purchaseOrderNumber",
    "invoiceNumber",
    "suspension",
    "statusSize",
    "statusMessage",
    "message",
    "status",
    "credentialSchema",
    "JsonSchema",
    "termsOfUse",
    "evidence",
    "relatedResource",
    "digestSRI",
    "digestMultibase",
    "mediaType",
    "EnvelopedVerifiableCredential",
    "https://www.w3.org/ns/credentials/examples/v2",
    "MillTestReportCredential",
    "CommercialInvoiceCredential",
    "USMCACertificationOfOrigin",
    "PackingListCredential",
    "MultiModalBillOfLadingCredential",
    "MillTestReport",
    "CommercialInvoice",
    "PackingList",
    "MultiModalBillOfLading",
    "CertificationOfOrigin",
)

# --- Compact JWS protected header ----------------------------------------------------
# A header made only of these members, with these exact values for typ and cty, in one
# of these key orders, is stored as [alg code, layout code, kid].
HEADER_ALGS: tuple[str, ...] = (
    "ES384",
    "EdDSA",
    "Ed25519",
    "ES256",
    "ES512",
    "ES256K",
    "RS256",
    "PS256",
)
HEADER_FIXED_VALUES: dict[str, str] = {"typ": "vc+jwt", "cty": "vc"}
HEADER_LAYOUTS: tuple[tuple[str, ...], ...] = (
    ("alg", "cty", "kid", "typ"),  # VC-JOSE header in JCS (sorted) order
    ("alg", "typ", "cty", "kid"),  # the order written in DESIGN §2
    ("alg", "kid", "typ"),
    ("alg", "typ", "kid"),
    ("alg", "kid"),
)

# --- Template mode (mode 2) dictionary ---------------------------------------------------
# Typical form values of Mexican steel export documents, each written as the value
# stream holds it: UTF-8 text ended by the byte 0xFF. Neighbours in this list are
# neighbours in a form (city, region, postal code...), so a run of fields can match
# at once. Generic vocabulary only: places, units, codes, product and trade words of
# the industry, never one company's data. The most common values come last.
_TEMPLATE_WORDS: tuple[str, ...] = (
    # countries (ISO 3166-1), trade partners
    "DE", "ES", "IT", "FR", "GB", "NL", "BR", "AR", "CL", "CO", "PE", "GT", "CR", "PA", "JP",
    "KR", "CN", "TW", "IN", "VN", "TR", "CA",
    # UN/LOCODEs of the border and the main ports
    "USOTM", "USNOG", "USDRT", "USEGP", "USBRO", "USHDG", "USELP", "MXCJS", "MXTIJ", "MXNOG",
    "MXREX", "MXMAM", "MXNLD", "MXSLT", "MXGDL", "MXMEX", "MXLZC", "MXVER", "MXATM", "MXTAM",
    "MXZLO", "MXMTY", "USCRP", "USMOB", "USCHI", "USDET", "USLAX", "USLGB", "USDAL", "USSAT",
    "USHOU", "CATOR", "CAHAM", "CAMTR", "USLRD",
    # currencies, Incoterms 2020, UN/CEFACT units
    "EUR", "CAD", "MXN", "USD", "EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB",
    "CFR", "CIF", "LBR", "STN", "MTR", "MMT", "INH", "FOT", "MTK", "MTQ", "PCE", "NAR", "KGM", "TNE",
    # trade words
    "Contado", "Pago anticipado", "Neto 60 días / Net 60 days", "Neto 45 días", "Net 30 days",
    "Neto 30 días / Net 30 days", "Carta de crédito", "Prepaid", "Collect",
    "Gerente de Comercio Exterior", "Export Manager", "Director General", "Representante Legal",
    "Gerente de Calidad", "Quality Manager", "Jefe de Aseguramiento de Calidad",
    "Jefa de Aseguramiento de Calidad", "Metalurgista", "Ing. ", "Lic. ", "C.P. ",
    "Planta ", "Patio ", "Bodega ", "Almacén ", "Yard ", "Warehouse ", "Plant ",
    "tractocamión", "caja seca", "plataforma", "flatbed", "trailer", "Transportes ",
    "atados", "rollos", "paquetes", "piezas", "tarimas", "bundles", "coils", "pieces",
    "Material libre de contaminación radiactiva.", "Material free of radioactive contamination.",
    "Acero fundido y vaciado en México.", "Melted and poured in Mexico.",
    "Melted and manufactured in Mexico.", "Hecho en México", "Made in Mexico",
    # products and specifications
    "Varilla corrugada", "Alambrón", "Perfil estructural", "Viga IPR", "Ángulo de acero",
    "Canal de acero", "Tubo de acero", "Lámina galvanizada", "Lámina rolada en frío",
    "Lámina rolada en caliente", " en rollo", "Rollo de acero laminado en caliente",
    "Hot-rolled steel coil", "Hot-rolled carbon steel plate", "Cold-rolled steel sheet",
    "Galvanized steel sheet", "Rebar", "Wire rod", "Structural beam",
    "Normalizado", "Templado y revenido", "Laminado en frío", "Laminado en caliente (as rolled)",
    "As rolled", "Normalized", "Quenched and tempered",
    "Placa de acero al carbono laminada en caliente",
    "Placa de acero al carbono ", "Placa de acero ", "laminada en caliente, ", ", espesor ", " mm",
    "CS Tipo B", "ASTM A1018", "ASTM A1011", "ASTM A615/A615M-22", "ASTM A992/A992M-22",
    "ASTM A516/A516M-17", "ASTM A36/A36M-19", "ASTM A572/A572M-21", "ASTM A36", "ASTM A572",
    "SAE J403", "EN 10025-2", "S355J2", "S275JR", "Gr. 50", "Grado 50", "60", "36", "50",
    " × 1219 × 2438 mm", " × 1524 × 3048 mm", " × 2438 × 6096 mm", " × 2438 × 12192 mm",
    "7209.16.0090", "7210.49.0090", "7213.91.3011", "7214.20.0000", "7216.33.0090",
    "7225.40.5090", "7208.38.0015", "7208.39.0015", "7208.52.0000", "7208.51.0030",
    "7208.51.0045", "7208.51.0060", "7208.38", "7208.39", "7208.51",
    # places: Mexico (Nuevo León, Coahuila, the border) and the United States
    "Ciudad de México", "CDMX", "Guadalajara", "Jalisco", "Querétaro", "San Luis Potosí",
    "Puebla", "Lázaro Cárdenas", "Michoacán", "Veracruz", "Altamira", "Tampico", "Reynosa",
    "Matamoros", "Tamaulipas", "Nuevo Laredo", "Tamaulipas", "Ciudad Juárez", "Chihuahua",
    "Piedras Negras", "Monclova", "Coahuila", "Ramos Arizpe", "Coahuila", "Saltillo", "Coahuila",
    "Apodaca", "Nuevo León", "Guadalupe", "Nuevo León", "Santa Catarina", "Nuevo León",
    "San Pedro Garza García", "Nuevo León", "General Escobedo", "Nuevo León",
    "San Nicolás de los Garza", "Nuevo León", "66",
    "Chicago", "IL", "Detroit", "MI", "Los Angeles", "CA", "Phoenix", "AZ", "Tulsa", "OK",
    "Corpus Christi", "TX", "Dallas", "TX", "75", "San Antonio", "TX", "78", "El Paso", "TX", "79",
    "McAllen", "TX", "78", "Brownsville", "TX", "78", "Eagle Pass", "TX", "78", "Laredo", "TX", "780",
    "Houston", "TX", "770",
    "Parque Industrial ", "Zona Industrial", "Carretera a ", "Blvd. ", "Calle ", "Col. Centro",
    "Av. Industrial ", "Av. ", "Industrial Park", "Highway ", " Road", " Rd", " Street", " St",
    " Ave", " Blvd", " Dr", "Suite ", "+1 956 ", "+1 210 ", "+1 713 ", "+52 844 ", "+52 55 ",
    "@gmail.com", "@hotmail.com", "ventas@", "calidad@", "embarques@", "exportaciones@",
    "logistica@", "sales@", "receiving@", "shipping@", ".com", ".com.mx",
    " LLC", " Inc.", " Corp.", " Co.", " Steel", " Metals", " S. de R.L. de C.V.",
    "Aceros ", "Acero ", "Steel ", "Industrias ", "Corporación ", "Grupo ", "Siderúrgica ",
    # the most common last
    "MX", "US", "+52 81 ", "Monterrey", "Nuevo León", "64", " S.A. de C.V.", "HBW", "-20",
    "EAF", "MX", "MX",
)
TEMPLATE_DEFLATE_DICTIONARY: bytes = b"".join(word.encode("utf-8") + b"\xff" for word in _TEMPLATE_WORDS)
