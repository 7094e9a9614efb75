"""Transcription of the "Credentials - Verify" requests of the upstream conformance suite
(w3c-ccg/traceability-interop, tests/conformance_suite.postman_collection.json at commit
9eea49694aa60a58fcfa1d2c875878997ac1cb3c): names, bodies and mutations, in upstream order.
Used by build_collection.py; see README.md for why the file is rebuilt rather than copied."""

from __future__ import annotations

from typing import Any

JWS = "eyJhbGciOiJFZERTQSIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19.."
KEY = "did:key:z6MkgVHZNqLBqoQAoGxRiSJP5gLgVEDCJJzT5ZsGEabKtfyn"
V1 = "https://www.w3.org/2018/credentials/v1"
VOCAB = {"@vocab": "https://www.w3.org/2018/credentials/v1/#"}
MISSING = object()
SIG = {
    "V5": "V5PnQzCWxrPiCYT-WAyKAnypebgwYeD7lX_hyIjFa_lbJje23pZAfFdgnlqBnXLd19Ksa8fZpCE9TN7kAjzxDA",
    "zF1": "zF1sQbNclnV5pE5MfuXqMaTVBquwie4ctwzSdbC_LJ1Lx5qRK6V-y9wl5oTvN_GpuOvMIvlG3kQdjgqL3GBKDw",
    "Cs": "Csadnd3P2WqJLxAeXMkyx4nkvXvSEssOQriVuwYK0_6zyssqkkuAcKpkUFh8rf4J5JVpng9yvb_2263dLMLZCw",
    "iom": "iom-sOLAz9-9FhadLRpqOYXXBhx4Rgwa3I3w1oh087xFQqIMhVTzcSpHCGdGWu2QT1KwrrgVAXPeTT2EthmxBg",
    "xft": "xftqB9cBFsSe226cWEZ4wr5sfxlAOJYYo6yjwPCVeHDdk6OoWGjZQGO7xXpSidrrr6e1imP18LiFK34xtRWADQ",
    "ZqV": "ZqV-qqLOh_Kb4vAdXKBfmFdNyv3FzXJAIYV9JltcYGDAefU3OUOnoaAU2WSEufkuYkvczxfRLhrMKgkoVoIRAA",
    "5J": "5J-iTBtI5WNIe9L3kLF22cjjDx6iQuJAgl6yYYoIGMC-X_crKNlSlB5bRJsrb2MV-NDlWMtHe0grtMqRG1N0Bw",
    "pq8": "pq8DsjUrDW8TnVRuS8CwfW5Y4dnqYcGsGryNh1gi-BW7vK0_f3gcnDpwJ0HTiHuNm_AyIVWJUPC2ZQHeiCB6CA",
    "x7a": "x7a3s_8HfmUqGT6SDkktN-jeRmBR2xQ_9tOhJx4kEG3SCsRTySfDxya9yy57LNv__qbY1eMkm9SNrwdYiqlBAA",
    "mMa": "mMaPSvG48oEf3bv0t-6eLR3zvU3_BKoRIkgzkuZfm8zvjqbI7iy05D8k1mTeoSZEw3xYV-_sH1rChqGmmp7KDQ",
    "rAV": "rAVfo-Gnj0vUX6yDAr7pslI6XAAyF2LHTXpiZEmnH5Hb4RsKcmDZZawaLSCg931y1cBUgZ1PQvGbJEdb094ZDQ",
    "BEC": "BECBu6If6NVwC5rval2DG_n1znlYEyuy8m-akfpYk2JLDVw5zV_d62YTgwyA0q5zzmWDep8TALuV5n5sSdJFCw",
    "vv4": "vv4qa5LGRlgeMxW5G5VjEKDfjKKosQnvpx6oapYDlfUSWVagQsDoDcRmkotKzFHDcTh-opjGLp__agL6_d4OCw",
    "TTw": "TTwcmWS6_0_t8XPlAGXbzWVSL_dL7OeYojY0FZz1WXCFvDfeAQtMh3dcIxuCeDqON6St3PODGfxluO_q1vWCDw",
    "wpk": "wpkNYYEOCjKMWm9xTYNn0J7IgXZQbbkEoohMQbloz_Zxb15UVu6DqiqsENotAeHvlRWd7RH2O9v4FwWBeqvPDw",
    "bHJ": "bHJmwuqqXWMdd298m7RCTGyGoAzsCx1y9tewaHukqaJJoPn2-TLDCQuXvlnFeAYAE_Cy3j1UScfoVx5k-eclAQ",
    "QU1": "QU131f8dSzen-Dpxf0_p8mCPqhRA6wTO_1rRT4HbsYg0OuRNx_b4x8UtsOoeyuA38K5aL9p7xKeRYf19mmbZDw",
    "OzK": "OzKfWk00QpV3_FJru3xJ3_ktwlU4O68prZWWCmdy3mQTbCz2lPFRl2sB4AkdD3AZUFMAnwxhscd9B0UnqxTZCw",
    "1W7": "1W7WM5cXb0daWooGxEOYn_zm72mkmpF_tu8Fij39luQwNGDgK7h4nZGBFcS80HTVqiBKxzlhGq1yNnpUlLG-Ag",
    "dki": "dkiU2sStrvQWiNFK8cKmCbAcRGsC9kbDdKyr-NRlPc9ORQczitwUEymjviemIi1Oot23VohpyMcSFvgFIKIFDA",
    "pNI": "pNIbeUn6DL71QxEWTF1wQTqKfAJET5JB9FlmoLXk4-rv1owG68DqQY6qwcPx6fUbMijsWsXlvaFvzND0jAg1AA",
    "Z0P": "Z0P0ndVABJRB7mCsv4C-EgB-1SxgnfrU2uQBDSwKm2KfB1jBnzsEzY9enxOn7V1lBAPNxELTEaxPCAK7_n3bBg",
    "Pbh": "PbhlE_UhX8MVQULs7DoRe-QWk8PcmupGNRf8qCZbMwRE6bP7wyTCcJBQ-XD3Erp2cW9EjVHihTA_VsHi-02WAA",
    "IXa": "IXaPbANtKFiA3Sh28esCkg9kdwpHScJg3bOCF7Phmb5n9RC981EeIobgDnMzWIjP4v0S92FDEcZqA_XbW43GDA",
    "iM5": "iM5Xr2lBqwFIQhq9RI7Dv4K0dzdQ0z7i5YN4ELsstv9vDC9xA-GY2Ft-PsfubsbgVyQsQYjchCv23GULmhauCg",
    "GBc": "GBcSurXcOJcVinhthkmqvV40OS1rN2fY57Kad0HMLUuykp14JJCtNw_gmtf6SwZxhB860OVsUmuNbZXsMCi-DQ",
    "VWo": "VWowmcXQAjabeJENG3aOcLzQ9HrvmSIs2pOWcaEMLdJtvJfP7oWohIBiqp94-eo1pd4Ocgk3hT0cLvS5qKBYAg",
    "awe": "-awe55AAvkjymZEpagD4fdSQk0uCGFfjyFwg7upmg_CISWk12JfezKe-N3hjTwYKCSCjScynLGvlH2x4iSgbDg",
    "NDw": "NDwZvVUWw-xG0zU8VsWhiXPWrYycgK_zwN8zZts05DTw23rOTd9IOXQxqhEMzo_X0c25jzowIbpDfEFxqfmnAA",
    "y_7": "y_7VEjN1ENYoedOrj2jsIqgL7FSYelxGgFZD5ckqKvSDM5BVEWiEctD24BWppCndRR7WR9_1ByBm2F1yBSaoCA",
    "mvb": "mvbcalofPOi7o7nxByyxXCuSOKXuGFM7_W9a8N62-EERarrH4p4T_0c2ZfGnGLiHOvY6Q-dyy38t9HPvXy-MBg",
}
YTQ = JWS + "YtqjEYnFENT7fNW-COD0HAACxeuQxPKAmp4nIl8jYAu__6IH2FpSxv81w-l5PvE1og50tS9tH8WyXMlXyo45CA"
VM_EXAMPLE = "did:example:123#z6MksHh7qHWvybLg5QTPPdG2DgEjjduBDArV9EF9mRiRzMBN"
UUID = "urn:uuid:07aa969e-b40d-4c1b-ab46-ded252003ded"


def literal_vc(sig: str, **fields: Any) -> dict[str, Any]:
    """The upstream literal test credential with `fields` replaced (MISSING drops one; `id` goes after type)."""
    vc: dict[str, Any] = {
        "@context": [V1],
        "credentialSubject": {"id": "did:example:123"},
        "issuanceDate": "2006-01-02T15:04:05Z",
        "issuer": KEY,
        "type": ["VerifiableCredential"],
    }
    ident = fields.pop("id", MISSING)
    for name, value in fields.items():
        vc[name] = value
    vc = {k: v for k, v in vc.items() if v is not MISSING}
    if ident is not MISSING:
        vc["id"] = ident
    vc["proof"] = {
        "created": "2006-01-02T15:04:05Z",
        "verificationMethod": f"{KEY}#{KEY.split(':')[-1]}",
        "proofPurpose": "assertionMethod",
        "type": "Ed25519Signature2018",
        "jws": JWS + SIG[sig],
    }
    return vc


# The Bad Request items in upstream order. Each is ("literal", name, body-credential) or
# ("mutation", name, comment, js-statement) applied to the folder's valid_vc, or ("raw", name, raw-body).
def bad_request_items() -> list[tuple[Any, ...]]:
    lit = literal_vc
    ctx = "// credential.@context must be an array of strings"
    typ = "// credential.type must be an array of strings"
    prf = "// credential.proof is required to be an object for embedded proof VCs"
    ptype = "// credential.proof.type is required to be a specific string"
    crt = "// credential.proof.created is required to be a string"
    vm = "// credential.proof.verificationMethod is required to be a string"
    jws = "// credential.proof.jws is required to be a string"
    pp = '// credential.proof.proofPurpose is required to be the string "assertionMethod".'
    v = "credentials_verify:"
    return [
        ("raw", v + "vc:missing", "{}"),
        ("raw", v + "vc:string", '{\n    "verifiableCredential": "string"\n}'),
        ("raw", v + "vc:null", '{\n    "verifiableCredential": null\n}'),
        ("raw", v + "vc:integer", '{\n    "verifiableCredential": 123\n}'),
        ("raw", v + "vc:boolean", '{\n    "verifiableCredential": true\n}'),
        ("raw", v + "vc:array", '{\n    "verifiableCredential": []\n}'),
        ("literal", v + "vc:@context:missing", lit("V5", **{"@context": MISSING})),
        ("mutation", v + "vc:@context:boolean", ctx, 'rawBody["@context"] = true;'),
        ("mutation", v + "vc:@context:integer", ctx, 'rawBody["@context"] = 123;'),
        ("mutation", v + "vc:@context:null", ctx, 'rawBody["@context"] = null;'),
        ("literal", v + "vc:@context:object", lit("zF1", **{"@context": VOCAB})),
        ("literal", v + "vc:@context:string", lit("Cs", **{"@context": V1})),
        ("mutation", v + "vc:@context:item:array", ctx, f'rawBody["@context"] = ["{V1}", ["array item"]];'),
        ("mutation", v + "vc:@context:item:boolean", ctx, f'rawBody["@context"] = ["{V1}", true];'),
        ("mutation", v + "vc:@context:item:integer", ctx, f'rawBody["@context"] = ["{V1}", 123];'),
        ("mutation", v + "vc:@context:item:null", ctx, f'rawBody["@context"] = ["{V1}", null];'),
        ("literal", v + "vc:@context:item:object", lit("Cs", **{"@context": [V1, VOCAB]})),
        ("literal", v + "vc:id:array", lit("iom", id=[UUID])),
        ("literal", v + "vc:id:boolean", lit("xft", id=False)),
        ("literal", v + "vc:id:integer", lit("ZqV", id=123)),
        ("literal", v + "vc:id:null", lit("Cs", id=None)),
        ("literal", v + "vc:id:object", lit("5J", id={"key": UUID})),
        ("literal", v + "vc:type:missing", lit("V5", type=MISSING)),
        ("mutation", v + "vc:type:boolean", typ, 'rawBody["type"] = true;'),
        ("mutation", v + "vc:type:integer", typ, 'rawBody["type"] = 123;'),
        ("mutation", v + "vc:type:null", typ, 'rawBody["type"] = null;'),
        ("mutation", v + "vc:type:object", typ, 'rawBody["type"] = {"key": "VerifiableCredential"};'),
        ("literal", v + "vc:type:string", lit("Cs", type="VerifiableCredential")),
        ("mutation", v + "vc:type:item:array", typ, 'rawBody.type = ["VerifiableCredential", ["array item"]];'),
        ("mutation", v + "vc:type:item:boolean", typ, 'rawBody.type = ["VerifiableCredential", true];'),
        ("mutation", v + "vc:type:item:integer", typ, 'rawBody.type = ["VerifiableCredential", 123];'),
        ("mutation", v + "vc:type:item:null", typ, 'rawBody.type = ["VerifiableCredential", null];'),
        (
            "mutation",
            v + "vc:type:item:object",
            typ,
            'rawBody.type = ["VerifiableCredential", {"key": "VerifiableCredential"}];',
        ),
        ("literal", v + "vc:issuer:missing", lit("pq8", issuer=MISSING)),
        ("literal", v + "vc:issuer:array", lit("x7a", issuer=["did:example:123"])),
        ("literal", v + "vc:issuer:boolean", lit("mMa", issuer=False)),
        ("literal", v + "vc:issuer:integer", lit("rAV", issuer=123)),
        ("literal", v + "vc:issuer:null", lit("pq8", issuer=None)),
        ("literal", v + "vc:issuer:id:missing", lit("BEC", issuer={})),
        ("literal", v + "vc:issuer:id:array", lit("vv4", issuer={"id": ["did:example:123"]})),
        ("literal", v + "vc:issuer:id:boolean", lit("TTw", issuer={"id": False})),
        ("literal", v + "vc:issuer:id:integer", lit("wpk", issuer={"id": 123})),
        ("literal", v + "vc:issuer:id:null", lit("BEC", issuer={"id": None})),
        ("literal", v + "vc:issuer:id:object", lit("bHJ", issuer={"id": {"key": "did:example:123"}})),
        ("literal", v + "vc:issuanceDate:missing", lit("QU1", issuanceDate=MISSING)),
        ("literal", v + "vc:issuanceDate:array", lit("OzK", issuanceDate=["2010-01-01T19:23:24Z"])),
        ("literal", v + "vc:issuanceDate:boolean", lit("1W7", issuanceDate=False)),
        ("literal", v + "vc:issuanceDate:integer", lit("dki", issuanceDate=123)),
        ("literal", v + "vc:issuanceDate:null", lit("QU1", issuanceDate=None)),
        ("literal", v + "vc:issuanceDate:object", lit("pNI", issuanceDate={"key": "2010-01-01T19:23:24Z"})),
        ("literal", v + "vc:issuanceDate:string", lit("Z0P", issuanceDate="not a valid XML Date Time string")),
        ("literal", v + "vc:credentialSubject:missing", lit("Pbh", credentialSubject=MISSING)),
        ("literal", v + "vc:credentialSubject:array", lit("Cs", credentialSubject=["did:example:123"])),
        ("literal", v + "vc:credentialSubject:boolean", lit("IXa", credentialSubject=False)),
        ("literal", v + "vc:credentialSubject:integer", lit("iM5", credentialSubject=123)),
        ("literal", v + "vc:credentialSubject:null", lit("Pbh", credentialSubject=None)),
        ("literal", v + "vc:credentialSubject:string", lit("Cs", credentialSubject="did:example:123")),
        ("literal", v + "vc:credentialSubject:id:array", lit("GBc", credentialSubject={"id": ["did:example:123"]})),
        ("literal", v + "vc:credentialSubject:id:boolean", lit("VWo", credentialSubject={"id": False})),
        ("literal", v + "vc:credentialSubject:id:integer", lit("awe", credentialSubject={"id": 123})),
        ("literal", v + "vc:credentialSubject:id:null", lit("NDw", credentialSubject={"id": None})),
        (
            "literal",
            v + "vc:credentialSubject:id:object",
            lit("y_7", credentialSubject={"id": {"key": "did:example:123"}}),
        ),
        (
            "mutation",
            v + "proof:missing",
            "// credential.proof is required for embedded proof VCs",
            "delete rawBody.proof",
        ),
        ("mutation", v + "proof:array", prf, "rawBody.proof = [];"),
        ("mutation", v + "proof:boolean", prf, "rawBody.proof = true;"),
        ("mutation", v + "proof:integer", prf, "rawBody.proof = 10;"),
        ("mutation", v + "proof:null", prf, "rawBody.proof = null;"),
        ("mutation", v + "proof:string", prf, 'rawBody.proof = "string";'),
        ("mutation", v + "proof:type:array", ptype, 'rawBody.proof.type = ["Ed25519Signature2018"];'),
        ("mutation", v + "proof:type:boolean", ptype, "rawBody.proof.type = true;"),
        ("mutation", v + "proof:type:integer", ptype, "rawBody.proof.type = 123;"),
        ("mutation", v + "proof:type:null", ptype, "rawBody.proof.type = null;"),
        ("mutation", v + "proof:type:object", ptype, 'rawBody.proof.type = {"key": "Ed25519Signature2018"};'),
        ("mutation", v + "proof:type:string", ptype, 'rawBody.proof.type = "not one of the valid values";'),
        ("mutation", v + "proof:created:array", crt, 'rawBody.proof.created = ["2020-04-02T18:28:08Z"];'),
        ("mutation", v + "proof:created:boolean", crt, "rawBody.proof.created = true;"),
        ("mutation", v + "proof:created:integer", crt, "rawBody.proof.created = 123;"),
        ("mutation", v + "proof:created:null", crt, "rawBody.proof.created = null;"),
        ("mutation", v + "proof:created:object", crt, 'rawBody.proof.created = {"key": "2020-04-02T18:28:08Z"};'),
        ("mutation", v + "proof:verificationMethod:array", vm, f'rawBody.proof.verificationMethod = ["{VM_EXAMPLE}"];'),
        ("mutation", v + "proof:verificationMethod:boolean", vm, "rawBody.proof.verificationMethod = true;"),
        ("mutation", v + "proof:verificationMethod:integer", vm, "rawBody.proof.verificationMethod = 123;"),
        ("mutation", v + "proof:verificationMethod:null", vm, "rawBody.proof.verificationMethod = null;"),
        (
            "mutation",
            v + "proof:verificationMethod:object",
            vm,
            f'rawBody.proof.verificationMethod = {{"key": "{VM_EXAMPLE}"}};',
        ),
        ("mutation", v + "proof:jws:array", jws, f'rawBody.proof.jws = ["{YTQ}"];'),
        ("mutation", v + "proof:jws:boolean", jws, "rawBody.proof.jws = true;"),
        ("mutation", v + "proof:jws:integer", jws, "rawBody.proof.jws = 123;"),
        ("mutation", v + "proof:jws:null", jws, "rawBody.proof.jws = null;"),
        ("mutation", v + "proof:jws:object", jws, f'rawBody.proof.jws = {{"key": "{YTQ}"}};'),
        ("mutation", v + "proof:proofPurpose:array", pp, 'rawBody.proof.proofPurpose = ["assertionMethod"];'),
        ("mutation", v + "proof:proofPurpose:boolean", pp, "rawBody.proof.proofPurpose = true;"),
        ("mutation", v + "proof:proofPurpose:integer", pp, "rawBody.proof.proofPurpose = 123;"),
        ("mutation", v + "proof:proofPurpose:null", pp, "rawBody.proof.proofPurpose = null;"),
        ("mutation", v + "proof:proofPurpose:object", pp, 'rawBody.proof.proofPurpose = {"key": "assertionMethod"};'),
        ("mutation", v + "proof:proofPurpose:string", pp, 'rawBody.proof.proofPurpose = "not a valid value";'),
    ]


def positive_items() -> list[tuple[str, dict[str, Any]]]:
    return [
        ("credentials_verify", literal_vc("Cs")),
        ("credentials_verify:id", literal_vc("mvb", id=UUID)),
        ("credentials_verify:issuer:object", literal_vc("Cs", issuer={"id": KEY})),
    ]


VALID_VC_SCRIPT = [
    '// Obtain an access token with the required "verify:credentials" scope',
    "utils(pm).getAccessToken('verify:credentials');",
    "",
    "// Dummy VC issued for testing",
    'pm.variables.set("valid_vc", {',
    '    "@context": [',
    '        "https://www.w3.org/2018/credentials/v1"',
    "    ],",
    '    "credentialSubject": {',
    '        "id": "did:example:123"',
    "    },",
    '    "issuanceDate": "2006-01-02T15:04:05Z",',
    '    "issuer": "did:key:z6Mkf5p6p73kd57TRr2zWC1NuMUt3SjtYNANn9qjYXZPAYJV",',
    '    "proof": {',
    '        "created": "2020-04-02T18:48:36Z",',
    (
        '        "jws": "eyJhbGciOiJFZERTQSIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19..R618vVfGIF2jTe5dVkzMqQYIFKoIkyK_3_35z15tp'
        '_aFzew_4ruQt2DcaxdtkwsRff7bFsrVfigTl_XeE3tPDA",'
    ),
    '        "proofPurpose": "assertionMethod",',
    '        "type": "Ed25519Signature2018",',
    (
        '        "verificationMethod": "did:key:z6Mkf5p6p73kd57TRr2zWC1NuMUt3SjtYNANn9qjYXZPAYJV#z6Mkf5p6p73kd57TRr2zWC1N'
        'uMUt3SjtYNANn9qjYXZPAYJV"'
    ),
    "    },",
    '    "type": "VerifiableCredential"',
    "});",
    "",
]
