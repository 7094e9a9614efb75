"""Transcription of the collection-level parts of the upstream conformance suite (same
repository, path and commit as upstream_verify_items.py): the `utils` pre-request script
every folder uses for OAuth tokens, and the response schemas kept as collection variables."""

from __future__ import annotations

UTILS_SCRIPT = [
    "// The pm variable is not available inside global methods.",
    "utils = (pm) => {",
    "    // Local variables do not persist across requests, but globals do.",
    "    let tokenCache = {};",
    '    if (pm.globals.has("tokenCache")) {',
    '        tokenCache = JSON.parse(pm.globals.get("tokenCache"))',
    "    }",
    "    return {",
    "        getAccessToken: (scope) => {",
    "            const accessTokenRequest = {",
    '                url: pm.environment.get("TOKEN_ENDPOINT"),',
    "                method: 'POST',",
    "                body: {",
    "                    mode: 'urlencoded',",
    "                    urlencoded: [",
    '                        {key: "client_id", value: pm.environment.get("CLIENT_ID")},',
    '                        {key: "client_secret", value: pm.environment.get("CLIENT_SECRET")},',
    '                        {key: "audience", value: pm.environment.get("TOKEN_AUDIENCE")},',
    '                        {key: "grant_type", value: "client_credentials" },',
    '                        {key: "scope", value: scope},',
    "                    ],",
    "                }",
    "            };",
    "            if (tokenCache[scope]) {",
    "                pm.variables.set('currentAccessToken', tokenCache[scope])",
    "            } else {",
    "                // NB: The main Postman request will not be sent until the pre-request script",
    "                //     is determined to be finished with all callbacks, including sendRequest.",
    "                pm.sendRequest(accessTokenRequest, (err, res) => {",
    "                    pm.expect(err).to.be.null;",
    "                    tokenCache[scope] = res.json().access_token;",
    '                    pm.globals.set("tokenCache", JSON.stringify(tokenCache));',
    '                    pm.variables.set("currentAccessToken", tokenCache[scope]);',
    "                });",
    "            }",
    "        },",
    "        getIssuerId: () => {",
    "            const request = {",
    '                url: pm.environment.get("API_BASE_URL") + "/did.json",',
    "                method: 'GET',",
    "            };",
    "            pm.sendRequest(request, (err, res) => {",
    "                pm.expect(err).to.be.null;",
    "                const { id } = res.json();",
    '                pm.variables.set("credential_issuer_id", id);',
    "            });",
    "        },",
    "    };",
    "};",
]

_DETAILS = (
    '{"message":{"type":"string"},"details":{"oneOf":[{"type":"string"},{"type":"array","items":'
    '{"type":"string"}},{"type":"object","additionalProperties":true}]}}'
)
_ERROR = '{"type":"object","required":["message"],"properties":' + _DETAILS + "}"


def _coded(code: int, message: str) -> str:
    return (
        '{"allOf":['
        + _ERROR
        + ',{"type":"object","properties":{"code":{"enum":['
        + str(code)
        + ']},"message":{"enum":["'
        + message
        + '"]}}}]}'
    )


_BAD = _coded(400, "Bad Request: Your request body does not conform to the required schema")
_PROOF = (
    '{"title":"Credential Linked Data Proof","allOf":[{"title":"Linked Data Proof","type":"object",'
    '"description":"A JSON-LD Linked Data proof.","properties":{"type":{"type":"string","description":'
    '"Linked Data Signature Suite used to produce proof.","enum":["Ed25519Signature2018",'
    '"JsonWebSignature2020","jwt_vc"]},"created":{"type":"string","description":"Date the proof was created."},'
    '"verificationMethod":{"type":"string","description":"Verification Method used to verify proof."},'
    '"jws":{"type":"string","description":"Detached JSON Web Signature"}}},{"type":"object","properties":'
    '{"proofPurpose":{"type":"string","description":"Credentials rely on assertionMethod proof purpose.",'
    '"enum":["assertionMethod"]}}}]}'
)
_CREDENTIAL = (
    '{"type":"object","required":["@context","type","issuer","issuanceDate","credentialSubject"],'
    '"properties":{"@context":{"description":"This JSON-LD Context defining all terms in the Credential.",'
    '"type":"array","items":{"type":"string"}},"id":{"description":"The IRI identifying the Credential",'
    '"type":"string"},"type":{"description":"The Type of the Credential","type":"array","items":'
    '{"type":"string"}},"issuer":{"description":"This value MUST match the assertionMethod used to create '
    'the Verifiable Credential.","oneOf":[{"type":"string"},{"type":"object","required":["id"],'
    '"properties":{"id":{"description":"The IRI identifying the Issuer","type":"string"}}}]},'
    '"issuanceDate":{"description":"This value MUST be an XML Date Time String","type":"string"},'
    '"credentialSubject":{"type":"object","properties":{"id":{"description":"The IRI identifying the '
    'Subject","type":"string"}}}}}'
)

VARIABLES = {
    "responseSchema201CredentialsIssue": (
        '{"title":"Serialized Verifiable Credential","oneOf":[{"title":"Verifiable Credential","type":"object",'
        '"allOf":['
        + _CREDENTIAL
        + ',{"type":"object","required":["proof"],"properties":{"proof":'
        + _PROOF
        + '}}]},{"title":"VC JWT","type":"string"}]}'
    ),
    "responseSchema400": _BAD,
    "responseSchema401": _coded(401, "Unauthorized: This endpoint requires an OAuth2 bearer token"),
    "responseSchema403": _coded(403, "Forbidden: OAuth2 bearer token does not have the required scope"),
    "responseSchema404": _coded(404, "Not Found: The requested resource could not be found"),
    "responseSchema500": _ERROR,
    "responseSchema200Identifiers": (
        '{"type":"object","required":["didDocument"],"properties":{"didDocument":{"type":"object","required":'
        '["service"],"properties":{"service":{"type":"array","minItems":1,"items":{"type":"object","required":'
        '["type","serviceEndpoint"],"properties":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":'
        '"string"}}],"serviceEndpoint":{"type":"string"}}}}}},"didResolutionMetadata":{"type":"object"},'
        '"didDocumentMetadata":{"type":"object"}}}'
    ),
    "responseSchema400Identifiers": (
        '{"allOf":[{"description":"Bad Request","content":{"application/json":{"schema":' + _BAD + "}}},"
        '{"type":"object","properties":{"message":{"enum":["Bad Request: Invalid DID"]}}}]}'
    ),
    "responseSchema200ApiConfiguration": (
        '{"title":"Traceability API DID Web Document","type":"object","properties":{"@context":{"oneOf":[{"type":'
        '"string"},{"type":"array","uniqueItems":true,"items":{"oneOf":[{"type":"string"},{"type":"object"}]}}]},'
        '"id":{"type":"string"},"service":{"type":"array","items":{"type":"object","properties":{"id":{"type":'
        '"string"},"type":{"type":"array","items":{"type":"string"}},"serviceEndpoint":{"type":"string"}}}}}}'
    ),
    "responseSchema200CredentialsVerify": (
        '{"title":"Verification Result","type":"object","properties":{"verified":{"type":"boolean"},'
        '"verifications":{"type":"array","items":{"title":"Verification","type":"object","properties":{"title":'
        '{"type":"string","enum":["Proof","Activation","Expired","Revocation"]},"status":{"type":"string","enum":'
        '["good","bad"]},"description":{"type":"string"}},"required":["title","status"]}}},"required":'
        '["verified"]}'
    ),
}
