"""Rebuild `conformance_suite.postman_collection.json` from the transcription of the upstream
W3C CCG traceability-interop conformance suite (see README.md for provenance and why).

    python tests/conformance/build_collection.py          # rewrite the collection
    python tests/conformance/build_collection.py --check  # fail if the committed file differs
    python tests/conformance/build_collection.py --compare UPSTREAM.json
        # compare with a genuine upstream copy: folders, request names, methods, URLs,
        # bodies and test/pre-request statements (blank lines and ids ignored)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


HERE = Path(__file__).resolve().parent
OUT = HERE / "conformance_suite.postman_collection.json"
ACCEPT = [{"key": "Accept", "value": "application/json", "type": "text"}]
BEARER = {"type": "bearer", "bearer": [{"key": "token", "value": "{{currentAccessToken}}", "type": "string"}]}
SERIALIZE = [
    "// Request body must be serialized before sending over the wire.",
    'pm.variables.set("requestBody", JSON.stringify(rawBody));',
]


def script(listen: str, lines: list[str]) -> dict[str, Any]:
    return {"listen": listen, "script": {"exec": lines, "type": "text/javascript"}}


def status_tests(code: int, schema: str, extra: list[str] | None = None) -> list[str]:
    return [
        f'pm.test("status code is {code}", function () {{',
        f" pm.response.to.have.status({code});",
        "});",
        "",
        'pm.test("response validates against schema", function() {',
        f' const schemaString = pm.collectionVariables.get("{schema}");',
        " pm.response.to.have.jsonSchema(JSON.parse(schemaString));",
        "});",
        "",
        *(extra or []),
    ]


def url(path: str) -> dict[str, Any]:
    return {"raw": "{{API_BASE_URL}}/" + path, "host": ["{{API_BASE_URL}}"], "path": path.split("/")}


def request(
    name: str,
    method: str,
    path: str,
    events: list[dict[str, Any]],
    *,
    body: str | None = None,
    header: list[dict[str, str]] | None = None,
    auth: dict[str, Any] | None = None,
) -> dict[str, Any]:
    req: dict[str, Any] = {}
    if auth is not None:
        req["auth"] = auth
    req["method"] = method
    req["header"] = header or []
    if body is not None:
        req["body"] = {"mode": "raw", "raw": body, "options": {"raw": {"language": "json"}}}
    req["url"] = url(path)
    return {"name": name, "event": events, "request": req, "response": []}


def folder(
    name: str,
    items: list[dict[str, Any]],
    *,
    auth: dict[str, Any] | None = None,
    prerequest: list[str] | None = None,
    test: list[str] | None = None,
    description: str | None = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "item": items}
    if description:
        out["description"] = description
    if auth is not None:
        out["auth"] = auth
    if prerequest is not None or test is not None:
        out["event"] = [
            {"listen": "prerequest", "script": {"type": "text/javascript", "exec": prerequest or [""]}},
            {"listen": "test", "script": {"type": "text/javascript", "exec": test or [""]}},
        ]
    return out


def bad_auth(
    prefix: str,
    path: str,
    scope: str,
    *,
    body: str | None = None,
    pre_body: list[str] | None = None,
    header: list[dict[str, str]] | None = None,
    noauth_request: bool = False,
) -> dict[str, Any]:
    missing = request(
        f"{prefix}:missing_auth",
        "POST",
        path,
        [script("prerequest", pre_body or [""]), script("test", status_tests(401, "responseSchema401"))],
        body=body,
        header=header,
        auth={"type": "noauth"} if noauth_request else None,
    )
    token = [f'// Obtain an access token without the required "{scope}" scope', "utils(pm).getAccessToken('');", ""] + (
        pre_body or []
    )
    scoped = request(
        f"{prefix}:missing_scope:{scope.replace(':', '_')}",
        "POST",
        path,
        [script("prerequest", token), script("test", status_tests(403, "responseSchema403"))],
        body=body,
        header=header,
        auth=BEARER,
    )
    return folder("Bad Auth", [missing, scoped], auth={"type": "noauth"}, prerequest=[""], test=[""])


def discovery() -> dict[str, Any]:
    item = request(
        "did_json", "GET", "did.json", [script("test", status_tests(200, "responseSchema200ApiConfiguration"))]
    )
    return folder("Discovery - API Configuration", [folder("Positive Testing", [item])])


def identifiers() -> dict[str, Any]:
    bad = [
        request(
            "did:invalid",
            "GET",
            "identifiers/invalid_did",
            [script("test", status_tests(400, "responseSchema400Identifiers"))],
        ),
        request(
            "did:not_found:did_web",
            "GET",
            "identifiers/did:web:example.com",
            [script("test", status_tests(404, "responseSchema404"))],
        ),
        request(
            "did:not_found:urn",
            "GET",
            "identifiers/urn:uuid:{{$randomUUID}}",
            [script("test", status_tests(404, "responseSchema404"))],
        ),
    ]
    auth = [
        request(
            "identifiers:missing_auth",
            "GET",
            "identifiers/{{ORGANIZATION_DID_WEB}}",
            [script("test", status_tests(401, "responseSchema401")), script("prerequest", [""])],
            header=ACCEPT,
            auth={"type": "noauth"},
        ),
        request(
            "identifiers:missing_scope:resolve:dids",
            "GET",
            "identifiers/{{ORGANIZATION_DID_WEB}}",
            [
                script("test", status_tests(403, "responseSchema403")),
                script(
                    "prerequest",
                    [
                        '// Obtain an access token without the required "resolve:dids" scope',
                        "utils(pm).getAccessToken('')",
                        "",
                    ],
                ),
            ],
            header=ACCEPT,
        ),
    ]
    strict = status_tests(200, "responseSchema200Identifiers")[:6] + [
        " pm.response.to.have.jsonSchema(JSON.parse(schemaString), {",
        "     strict: true,",
        "     strictSchema: true,",
        " });",
        "});",
    ]
    positive = [request("identifiers", "GET", "identifiers/{{ORGANIZATION_DID_WEB}}", [script("test", strict)])]
    return folder(
        "Identifiers - Resolve",
        [
            folder("Negative Testing", [folder("Bad Request", bad), folder("Bad Auth", auth)]),
            folder("Positive Testing", positive),
        ],
        auth=BEARER,
        prerequest=[
            '// Obtain an access token with the required "resolve:dids" scope',
            "utils(pm).getAccessToken('resolve:dids');",
            "",
        ],
    )


if __name__ == "__main__":  # pragma: no cover - the rest of the builder is in build_folders.py
    from build_folders import main

    sys.exit(main())
