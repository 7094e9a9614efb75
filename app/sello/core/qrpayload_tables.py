"""Frozen tables of TD1 format version 1 (see docs/td1-format.md).

Everything here is part of the byte format: a printed code made today must decode
in every later Sello. Never edit, reorder or remove an entry; a change needs a new
format version byte in `qrpayload`. The unit tests pin a SHA-256 of each table.

- `DEFLATE_DICTIONARY`: the preset dictionary for raw DEFLATE in generic mode;
  `SCHEMA_DEFLATE_DICTIONARY` (the same text plus a CBOR skeleton) in schema-aware mode.
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
