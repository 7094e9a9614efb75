"""The API end to end in process: discovery, tokens, issue → read → verify → revoke → verify,
presentations received once and kept, prove → verify."""

from __future__ import annotations

import uuid

from sello.core.exchange.inbox import InboxRepository
from tests.server.conftest import BASE_URL, Api

DID = "did:web:127.0.0.1%3A8443"


def _credential(**over: object) -> dict[str, object]:
    cred: dict[str, object] = {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "type": ["VerifiableCredential"],
        "issuer": DID,
        "issuanceDate": "2006-01-02T15:04:05Z",
        "credentialSubject": {},
    }
    cred.update(over)
    return cred


def test_did_json_names_the_api_service(api: Api) -> None:
    for path in ("/did.json", "/.well-known/did.json"):
        doc = api.client.get(path).json()
        assert doc["id"] == DID
        assert doc["service"] == [
            {"id": DID + "#traceability-api", "type": ["TraceabilityAPI"], "serviceEndpoint": BASE_URL}
        ]
        assert doc["assertionMethod"]


def test_identifiers_resolves_own_did_and_refuses_non_dids(api: Api) -> None:
    headers = api.auth("resolve:dids")
    answer = api.client.get(f"/identifiers/{DID}", headers=headers)
    assert answer.status_code == 200
    body = answer.json()
    # the schema the suite means (its responseSchema200Identifiers is itself invalid, see test_conformance_suite)
    assert set(body) == {"didDocument", "didResolutionMetadata", "didDocumentMetadata"}
    services = body["didDocument"]["service"]
    assert services and all(isinstance(s["serviceEndpoint"], str) and s["type"] for s in services)
    assert services[0]["type"] == ["TraceabilityAPI"]
    bad = api.client.get("/identifiers/invalid_did", headers=headers)
    assert bad.status_code == 400 and bad.json()["message"] == "Bad Request: Invalid DID"
    assert api.client.get(f"/identifiers/urn:uuid:{uuid.uuid4()}", headers=headers).status_code == 404
    assert api.client.get(f"/identifiers/{DID}").status_code == 401
    assert api.client.get(f"/identifiers/{DID}", headers=api.auth("")).status_code == 403


def test_issue_read_verify_revoke(api: Api) -> None:
    headers = api.auth()
    answer = api.client.post(
        "/credentials/issue",
        headers=headers,
        json={
            "credential": _credential(credentialSubject={"id": "did:example:123"}),
            "options": {"type": "Ed25519Signature2018"},
        },
    )
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["issuer"] == DID and body["issuanceDate"] == "2006-01-02T15:04:05Z"
    assert body["credentialSubject"] == {"id": "did:example:123"}
    assert [(e["type"], e["statusPurpose"]) for e in body["credentialStatus"]] == [
        ("BitstringStatusListEntry", "revocation"),
        ("BitstringStatusListEntry", "suspension"),
    ]
    assert body["proof"]["type"] == "jwt_vc" and body["proof"]["jws"].count(".") == 2
    credential_id = body["id"]

    read = api.client.get(f"/credentials/{credential_id}", headers=headers)
    assert read.status_code == 200 and read.json()["proof"]["jws"] == body["proof"]["jws"]
    assert api.client.get(f"/credentials/urn:uuid:{uuid.uuid4()}", headers=headers).status_code == 404

    verified = api.client.post("/credentials/verify", headers=headers, json={"verifiableCredential": body}).json()
    assert verified["verified"] is True, verified
    assert {v["title"] for v in verified["verifications"]} >= {"Proof", "Activation", "Expired", "Revocation"}

    tampered = dict(body, credentialSubject={"id": "did:example:evil"})
    assert (
        api.client.post("/credentials/verify", headers=headers, json={"verifiableCredential": tampered}).json()[
            "verified"
        ]
        is False
    )

    status = api.client.post(
        "/credentials/status",
        headers=headers,
        json={"credentialId": credential_id, "credentialStatus": [{"type": "StatusList2021Entry", "status": "1"}]},
    )
    assert status.status_code == 200, status.text
    after = api.client.post("/credentials/verify", headers=headers, json={"verifiableCredential": body}).json()
    assert after["verified"] is False
    assert {"title": "Revocation", "status": "bad"}.items() <= next(
        v for v in after["verifications"] if v["title"] == "Revocation"
    ).items()
    undo = api.client.post(
        "/credentials/status",
        headers=headers,
        json={"credentialId": credential_id, "credentialStatus": [{"type": "StatusList2021Entry", "status": "0"}]},
    )
    assert undo.status_code == 400
    assert [e.action for e in api.db.audit_entries(subject=credential_id)] == ["issue", "revoke"]


def test_suspend_then_lift(api: Api) -> None:
    headers = api.auth()
    body = api.client.post(
        "/credentials/issue",
        headers=headers,
        json={"credential": _credential(), "options": {"type": "Ed25519Signature2018"}},
    ).json()

    def status(value: str) -> int:
        return int(
            api.client.post(
                "/credentials/status",
                headers=headers,
                json={
                    "credentialId": body["id"],
                    "credentialStatus": [
                        {"type": "StatusList2021Entry", "statusPurpose": "suspension", "status": value}
                    ],
                },
            ).status_code
        )

    def verified() -> bool:
        return bool(
            api.client.post("/credentials/verify", headers=headers, json={"verifiableCredential": body}).json()[
                "verified"
            ]
        )

    assert verified()
    assert status("1") == 200 and not verified()
    assert status("0") == 200 and verified()
    assert [e.action for e in api.db.audit_entries(subject=body["id"])] == ["issue", "suspend", "unsuspend"]
    assert (
        api.client.post(
            "/credentials/status",
            headers=headers,
            json={"credentialId": f"urn:uuid:{uuid.uuid4()}", "credentialStatus": [{"status": "1"}]},
        ).status_code
        == 404
    )


def test_presentation_is_stored_once(api: Api) -> None:
    headers = api.auth()
    issued = api.client.post(
        "/credentials/issue",
        headers=headers,
        json={"credential": _credential(), "options": {"type": "Ed25519Signature2018"}},
    ).json()
    presentation = {
        "@context": ["https://www.w3.org/2018/credentials/v1", "https://w3id.org/traceability/v1"],
        "type": ["VerifiablePresentation", "TraceablePresentation"],
        "id": f"urn:uuid:{uuid.uuid4()}",
        "holder": DID,
        "workflow": {"definition": ["https://w3id.org/traceability#us-cbp-entry"], "instance": ["urn:uuid:1234"]},
        "verifiableCredential": [issued["proof"]["jws"]],
    }
    first = api.client.post("/presentations", headers=headers, json=presentation)
    assert first.status_code == 200, first.text
    assert first.json()["credentials"][0]["verified"] is True
    again = api.client.post("/presentations", headers=headers, json=presentation)
    assert again.status_code == 409
    inbox = InboxRepository(api.db, api.state.profile_id)
    [entry] = inbox.list()
    assert entry.id == presentation["id"] and entry.workflow_instance == ("urn:uuid:1234",)
    assert entry.sender_client == api.client_id and entry.credentials[0].verdict in ("green", "amber")
    assert inbox.count_unread() == 1


def test_tutorial_exchange_available_prove_submissions(api: Api) -> None:
    headers = api.auth()
    issued = api.client.post(
        "/credentials/issue",
        headers=headers,
        json={"credential": _credential(), "options": {"type": "Ed25519Signature2018"}},
    ).json()
    start = api.client.post("/presentations/available", headers=headers, json={"query": [{"type": "QueryByExample"}]})
    assert start.status_code == 200 and start.json()["domain"] == "127.0.0.1:8443" and start.json()["challenge"]
    proved = api.client.post(
        "/presentations/prove",
        headers=headers,
        json={
            "presentation": {
                "@context": ["https://www.w3.org/2018/credentials/v1"],
                "type": ["VerifiablePresentation"],
                "holder": DID,
                "verifiableCredential": [issued],
            },
            "options": {"domain": start.json()["domain"], "challenge": start.json()["challenge"]},
        },
    ).json()
    done = api.client.post("/presentations/submissions", headers=headers, json=proved)
    assert done.status_code == 200, done.text
    assert done.json()["verified"] is True and done.json()["verdict"] in ("green", "amber")
    assert "Signed by its holder" in done.json()["holderProof"]["en"]


def test_prove_then_verify_presentation(api: Api) -> None:
    headers = api.auth()
    issued = api.client.post(
        "/credentials/issue",
        headers=headers,
        json={"credential": _credential(), "options": {"type": "Ed25519Signature2018"}},
    ).json()
    proved = api.client.post(
        "/presentations/prove",
        headers=headers,
        json={
            "presentation": {
                "@context": ["https://www.w3.org/2018/credentials/v1"],
                "type": ["VerifiablePresentation"],
                "verifiableCredential": [issued["proof"]["jws"]],
            },
            "options": {},
        },
    )
    assert proved.status_code == 201, proved.text
    vp_jwt = proved.json()
    answer = api.client.post("/presentations/verify", headers=headers, json={"verifiablePresentation": vp_jwt})
    assert answer.status_code == 200, answer.text
    assert answer.json()["verified"] is True, answer.json()
    assert answer.json()["verifications"][0]["status"] == "good"
