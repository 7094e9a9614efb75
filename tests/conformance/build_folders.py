"""The credential and presentation folders of the rebuilt conformance collection, and the
command line of build_collection.py (split to keep each file readable)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from build_collection import (
    ACCEPT,
    BEARER,
    OUT,
    SERIALIZE,
    bad_auth,
    discovery,
    folder,
    identifiers,
    request,
    script,
    status_tests,
)
from upstream_collection_parts import UTILS_SCRIPT, VARIABLES
from upstream_verify_items import VALID_VC_SCRIPT, bad_request_items, positive_items

ISSUE_MUTATIONS = [  # (name, comment lines, statement, trailing blank line)
    ("credentials_issue:credential:missing", ["// credential is required"], "delete rawBody.credential", False),
    (
        "credentials_issue:credential.@context:missing",
        ["// credential.@context is required"],
        'delete rawBody.credential["@context"]',
        False,
    ),
    (
        "credentials_issue:credential.@context:wrong_type",
        ["// credential.@context must be an array"],
        'rawBody.credential["@context"] = 42;',
        False,
    ),
    (
        "credentials_issue:credential.@context.members:wrong_type",
        ["// credential.@context array must contain only strings"],
        'rawBody.credential["@context"] = [1, 2, 3];',
        False,
    ),
    (
        "credentials_issue:credential.id:wrong_type",
        ["// credential.id must be string when present"],
        "rawBody.credential.id = [1, 2, 3];",
        False,
    ),
    (
        "credentials_issue:credential.type:missing",
        ["// credential.type is required"],
        "delete rawBody.credential.type",
        False,
    ),
    (
        "credentials_issue:credential.type:wrong_type",
        ["// credential.type must be an array"],
        "rawBody.credential.type = 42;",
        False,
    ),
    (
        "credentials_issue:credential.type.members:wrong_type",
        ["// credential.type array must contain only strings"],
        "rawBody.credential.type = [1, 2, 3];",
        False,
    ),
    (
        "credentials_issue:credential.issuer:missing",
        ["// credential.issuer is required"],
        "delete rawBody.credential.issuer",
        False,
    ),
    (
        "credentials_issue:credential.issuer:wrong_type",
        ["// credential.issuer must be a string or an object"],
        'rawBody.credential.issuer = ["arrays are invalid"];',
        False,
    ),
    (
        "credentials_issue.credential.issuer:invalid_value",
        ["// credential.issuer must be a URI when it is a string value."],
        'rawBody.credential.issuer = "not.a.uri";',
        True,
    ),
    (
        "credentials_issue.credential.issuer:unknown",
        ["// credential.issuer must be known to the endpoint."],
        'rawBody.credential.issuer = "urn:uuid:{{$randomUUID}}";',
        True,
    ),
    (
        "credentials_issue:credential.issuer.id:missing",
        ["// credential.issuer.id is required when issuer is in object format"],
        "rawBody.credential.issuer = {};",
        False,
    ),
    (
        "credentials_issue:credential.issuer.id:wrong_type",
        ["// credential.issuer.id must be a string."],
        'rawBody.credential.issuer = {"id": ["arrays are invalid"]};',
        False,
    ),
    (
        "credentials_issue.credential.issuer.id:invalid_value",
        ["// credential.issuer.id string must be a URI."],
        'rawBody.credential.issuer = {"id": "not.a.uri"};',
        True,
    ),
    (
        "credentials_issue.credential.issuer.id:unknown",
        ["// credential.issuer.id string must be known to the implementation."],
        'rawBody.credential.issuer = {"id": "urn:uuid:{{$randomUUID}}"};',
        True,
    ),
    (
        "credentials_issue:credential.issuanceDate.missing",
        ["// credential.issuanceDate is required"],
        "delete rawBody.credential.issuanceDate",
        False,
    ),
    (
        "credentials_issue:credential.issuanceDate:wrong_type",
        ["// credential.issuanceDate must be a string"],
        'rawBody.credential.issuanceDate = ["arrays are invalid"];',
        False,
    ),
    (
        "credentials_issue:credential.issuanceDate:invalid_value",
        ["// credential.issuanceDate must be an XML Date Time String"],
        'rawBody.credential.issuanceDate = "not an xml date time string";',
        False,
    ),
    (
        "credentials_issue:credential.credentialSubject:missing",
        ["// credential.credentialSubject is required"],
        "delete rawBody.credential.credentialSubject",
        False,
    ),
    (
        "credentials_issue:credential.credentialSubject:wrong_type",
        ["// credential.credentialSubject must be an object"],
        'rawBody.credential.credentialSubject = "did:example:1234";',
        False,
    ),
    (
        "credentials_issue:credential.credentialSubject.id:wrong_type",
        [
            '// credential.credentialSubject can be an object with an optional "id"',
            "// property that must be a string when present.",
        ],
        'rawBody.credential.credentialSubject = {"id": ["did:example:1234"]};',
        False,
    ),
    ("credentials_issue:options:missing", ["// options is required"], "delete rawBody.options", False),
    (
        "credentials_issue:options:wrong_type",
        ["// options must be an object"],
        'rawBody.options = ["array", "element"];',
        False,
    ),
    ("credentials_issue:options.type:missing", ["// options.type is required"], "delete rawBody.options.type", False),
    (
        "credentials_issue:options.type:wrong_type",
        ["// options.type must be a string"],
        'rawBody.options.type = ["an", "array"];',
        False,
    ),
    (
        "credentials_issue:options.type:invalid_value",
        ["// options.type must be valid"],
        'rawBody.options.type = "invalid value";',
        False,
    ),
    (
        "credentials_issue:options.created:wrong_type",
        ["// options.created must be a string when present"],
        'rawBody.options.created = ["an", "array"];',
        False,
    ),
    (
        "credentials_issue:options.credentialStatus:wrong_type",
        ["// options.credentialStatus must be an object when present"],
        'rawBody.options.credentialStatus = "a string";',
        False,
    ),
    (
        "credentials_issue:options.credentialStatus.type:wrong_type",
        ["// options.credentialStatus.type must be a string when present"],
        'rawBody.options.credentialStatus = {"type": {"foo": 42}};',
        False,
    ),
    (
        "credentials_issue:options.credentialStatus.type:invalid_value",
        ["// options.credentialStatus.type must be valid"],
        'rawBody.options.credentialStatus = {"type": "invalid value"};',
        False,
    ),
]
ISSUE_POSITIVE = [  # (name, comment, statement, extra assertions)
    (
        "credentials_issue:credential:opt.id",
        "// credential.id is optional",
        'rawBody.credential.id = pm.variables.get("credential_id");',
        [],
    ),
    (
        "credentials_issue:credential:alt.issuer.object",
        "// credential.issuer can be an object with required 'id' element",
        'rawBody.credential.issuer = {"id": pm.variables.get("credential_issuer_id") };',
        [
            'pm.test("response issuer matches request credential.issuer.id", function() {',
            " const { issuer } = pm.response.json();",
            ' // Implementations may reduce object with just "id" property to a bare string',
            " if (typeof issuer === 'string') {",
            '  pm.expect(issuer).to.equal(pm.variables.get("credential_issuer_id"))',
            " } else {",
            '  pm.expect(issuer.id).to.equal(pm.variables.get("credential_issuer_id"))',
            " }",
            "});",
            "",
        ],
    ),
    (
        "credentials_issue:credential:alt.credentialSubject.object:opt.id",
        "// credential.credentialSubject can be an object with optional 'id' element",
        'rawBody.credential.credentialSubject = {"id": pm.variables.get("credential_subject") };',
        [
            'pm.test("response credentialSubject.id matches request credential.credentialSubject.id", function() {',
            " const { credentialSubject } = pm.response.json();",
            ' pm.expect(credentialSubject.id).to.equal(pm.variables.get("credential_subject"))',
            "});",
            "",
        ],
    ),
    (
        "credentials_issue:options:opt.created",
        "// options.created can be an optional string value",
        'rawBody.options.created = "an arbitrary string";',
        [],
    ),
    (
        "credentials_issue:options:opt.credentialStatus",
        "// options.credentialStatus can be an optional object",
        "rawBody.options.credentialStatus = {};",
        [],
    ),
    (
        "credentials_issue:options:opt.credentialStatus.type",
        "// options.credentialStatus.type can specific string",
        'rawBody.options.credentialStatus = {"type": "RevocationList2020Status"};',
        [],
    ),
]
ISSUE_FOLDER_SCRIPT = [
    "// Raw body should exclude all optional items and should contain",
    "// first alternate version of any 'oneOf' elements defined in the",
    "// OpenAPI schema.",
    "",
    "pm.variables.set('issuance_date', '2006-01-02T15:04:05Z');",
    "",
    'pm.variables.set("rawBody", {',
    '    "credential": {',
    '        "@context": [',
    '            "https://www.w3.org/2018/credentials/v1"',
    "        ],",
    '        "type": [',
    '            "VerifiableCredential"',
    "        ],",
    '        "issuer": "{{credential_issuer_id}}",',
    '        "issuanceDate": "{{issuance_date}}",',
    '        "credentialSubject": {}',
    "    },",
    '    "options": {',
    '        "type": "Ed25519Signature2018",',
    '        "created": "2020-04-02T18:48:36Z"',
    "    }",
    "});",
    "",
    '// Obtain an access token with the required "issue:credentials" scope',
    "utils(pm).getAccessToken('issue:credentials');",
    "",
    "// Obtain the credential issuer ID via did:web resolution",
    "utils(pm).getIssuerId();",
    "",
    "// Set the credential subject to use for testing",
    "if (!pm.variables.get('credential_subject')) {",
    "    pm.variables.set('credential_subject', 'did:example:123')",
    "}",
    "",
    "// Set the credential id to use for testing",
    "if (!pm.variables.get('credential_id')) {",
    "    pm.variables.set('credential_id', \"urn:uuid:{{$randomUUID}}\")",
    "}",
    "",
]
RAW = 'let rawBody = pm.variables.get("rawBody");'
VC_BODY = '{\n    "verifiableCredential": {{requestBody}}\n}'


def credentials_create() -> dict[str, Any]:
    bad = []
    for name, comments, statement, trailing in ISSUE_MUTATIONS:
        pre = [RAW, "", *comments, statement, "", *SERIALIZE] + ([""] if trailing else [])
        tests = status_tests(400, "responseSchema400") + [""]
        if name == "credentials_issue:options.credentialStatus.type:invalid_value":
            tests = status_tests(400, "responseSchema400")[:-1]
        auth = (
            {"type": "bearer", "bearer": [{"key": "token", "value": "{{access_token}}", "type": "string"}]}
            if name == "credentials_issue:options.created:wrong_type"
            else None
        )
        bad.append(
            request(
                name,
                "POST",
                "credentials/issue",
                [script("test", tests), script("prerequest", pre)],
                body="{{requestBody}}",
                header=ACCEPT,
                auth=auth,
            )
        )
    serialize_raw = [
        "// Request body must be serialized before sending over the wire.",
        'pm.variables.set("requestBody", JSON.stringify(pm.variables.get("rawBody")));',
    ]
    auth = bad_auth(
        "credentials_issue",
        "credentials/issue",
        "issue:credentials",
        body="{{requestBody}}",
        pre_body=serialize_raw,
        header=ACCEPT,
        noauth_request=True,
    )
    first = status_tests(
        201,
        "responseSchema201CredentialsIssue",
        [
            'pm.test("response issuer matches request credential.issuer", function() {',
            " const { issuer } = pm.response.json();",
            ' pm.expect(issuer).to.equal(pm.variables.get("credential_issuer_id"))',
            "});",
            "",
            'pm.test("response credentialSubject matches request credential.credentialSubject", function() {',
            " const { credentialSubject } = pm.response.json();",
            " pm.expect(credentialSubject).to.be.empty;",
            "});",
            "",
            'pm.test("response issuanceDate matches request credential.issuanceDate", function() {',
            " const { issuanceDate } = pm.response.json();",
            ' pm.expect(issuanceDate).to.equal(pm.variables.get("issuance_date"))',
            "});",
            "",
        ],
    )
    positive = [
        request(
            "credentials_issue",
            "POST",
            "credentials/issue",
            [script("test", first), script("prerequest", [RAW, "", *SERIALIZE])],
            body="{{requestBody}}",
            header=ACCEPT,
        )
    ]
    for name, comment, statement, extra in ISSUE_POSITIVE:
        positive.append(
            request(
                name,
                "POST",
                "credentials/issue",
                [
                    script("test", status_tests(201, "responseSchema201CredentialsIssue", extra)),
                    script("prerequest", [RAW, "", comment, statement, "", *SERIALIZE]),
                ],
                body="{{requestBody}}",
                header=ACCEPT,
            )
        )
    described = (
        "This folder contains requests which mutate a valid request body in a way that should provoke a "
        '"400 Bad Request" response from the server.'
    )
    negative = folder(
        "Negative Testing", [folder("Bad Request", bad, description=described), auth], prerequest=[""], test=[""]
    )
    return folder(
        "Credentials - Create",
        [negative, folder("Positive Testing", positive, prerequest=[""], test=[""])],
        auth=BEARER,
        prerequest=ISSUE_FOLDER_SCRIPT,
    )


def credentials_status() -> dict[str, Any]:
    auth = bad_auth("credentials_status", "credentials/status", "update:credentials")
    return folder(
        "Credentials - Update Status",
        [folder("Negative Testing", [auth])],
        auth=BEARER,
        prerequest=[
            '// Obtain an access token with the required "update:credentials" scope',
            "utils(pm).getAccessToken('update:credentials');",
            "",
        ],
    )


def credentials_verify() -> dict[str, Any]:
    bad = []
    for kind, name, *rest in bad_request_items():
        if kind == "raw":
            bad.append(request(name, "POST", "credentials/verify", [script("test", [""])], body=rest[0]))
        elif kind == "literal":
            body = json.dumps({"verifiableCredential": rest[0]}, indent=4)
            bad.append(
                request(
                    name, "POST", "credentials/verify", [script("prerequest", [""]), script("test", [""])], body=body
                )
            )
        else:
            pre = ['let rawBody = pm.variables.get("valid_vc");', "", rest[0], rest[1], "", *SERIALIZE]
            bad.append(
                request(
                    name, "POST", "credentials/verify", [script("prerequest", pre), script("test", [""])], body=VC_BODY
                )
            )
    serialize_vc = [
        "// Request body must be serialized before sending over the wire.",
        'pm.variables.set("requestBody", JSON.stringify(pm.variables.get("valid_vc")));',
    ]
    auth = bad_auth(
        "credentials_verify", "credentials/verify", "verify:credentials", body=VC_BODY, pre_body=serialize_vc
    )
    positive = [
        request(
            name,
            "POST",
            "credentials/verify",
            [script("test", status_tests(200, "responseSchema200CredentialsVerify")), script("prerequest", [""])],
            body=json.dumps({"verifiableCredential": vc}, indent=4),
            header=ACCEPT,
        )
        for name, vc in positive_items()
    ]
    negative = folder(
        "Negative Testing",
        [folder("Bad Request", bad, prerequest=[""], test=status_tests(400, "responseSchema400")), auth],
    )
    return folder(
        "Credentials - Verify",
        [negative, folder("Positive Testing", positive)],
        auth=BEARER,
        prerequest=VALID_VC_SCRIPT,
    )


def presentations(name: str, prefix: str, path: str, scope: str, folder_auth: dict[str, Any]) -> dict[str, Any]:
    auth = bad_auth(prefix, path, scope)
    token = [f'// Obtain an access token with the required "{scope}" scope', f"utils(pm).getAccessToken('{scope}');"]
    if scope == "submit:presentations":
        token.append("")
    return folder(name, [folder("Negative Testing", [auth])], auth=folder_auth, prerequest=token)


def build() -> dict[str, Any]:
    items = [
        discovery(),
        identifiers(),
        credentials_create(),
        credentials_status(),
        credentials_verify(),
        presentations("Presentations - Present", "presentations", "presentations", "submit:presentations", BEARER),
        presentations(
            "Presentations - Create",
            "presentations_prove",
            "presentations/prove",
            "prove:presentations",
            {"type": "bearer"},
        ),
        presentations(
            "Presentations - Verify",
            "presentations_verify",
            "presentations/verify",
            "verify:presentations",
            {"type": "bearer"},
        ),
        {"name": "Presentations - Notify", "item": []},
        {"name": "Presentations - Submit", "item": []},
    ]
    return {
        "info": {
            "_postman_id": "691a6d66-244e-4521-a0e5-6768dd6cf6f4",
            "name": "Conformance Suite",
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
            "_exporter_id": "4338127",
        },
        "item": items,
        "event": [
            {"listen": "prerequest", "script": {"type": "text/javascript", "exec": UTILS_SCRIPT}},
            {"listen": "test", "script": {"type": "text/javascript", "exec": [""]}},
        ],
        "variable": [{"key": k, "value": v, "type": "string"} for k, v in VARIABLES.items()],
    }


def _requests(node: dict[str, Any], trail: tuple[str, ...] = ()) -> list[tuple[Any, ...]]:
    """(folder path, name, method, url, body, statements) per request; blank script lines ignored."""
    out: list[tuple[Any, ...]] = []
    for child in node.get("item", []):
        if "request" in child:
            req = child["request"]
            lines = tuple(
                sorted(
                    (e["listen"], tuple(x for x in e["script"]["exec"] if x.strip())) for e in child.get("event", [])
                )
            )
            body = (req.get("body") or {}).get("raw")
            out.append((trail, child["name"], req["method"], req["url"]["raw"], body, lines))
        else:
            out.extend(_requests(child, (*trail, child["name"])))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description="Rebuild the conformance collection from its transcription.")
    parser.add_argument("--check", action="store_true", help="fail if the committed collection differs")
    parser.add_argument("--compare", metavar="UPSTREAM_JSON", help="compare requests with a genuine upstream copy")
    args = parser.parse_args()
    text = json.dumps(build(), indent="\t", ensure_ascii=False) + "\n"
    if args.compare:
        with open(args.compare, encoding="utf-8") as handle:
            upstream = _requests(json.load(handle))
        ours = _requests(json.loads(text))
        differ = [a[:2] for a, b in zip(upstream, ours, strict=False) if a != b] + (
            ["count"] if len(upstream) != len(ours) else []
        )
        print(f"{len(ours)} requests rebuilt, {len(upstream)} upstream; differing: {differ or 'none'}")
        return 1 if differ else 0
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print("collection up to date" if same else "collection differs from its transcription: rebuild it")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(_requests(json.loads(text)))} requests)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
