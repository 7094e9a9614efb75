"""Run the upstream conformance suite (tests/conformance) with newman against a `sello serve`
subprocess, and summarise newman's JSON report per top-level folder."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.server.process import REPO, ServerProcess

SUITE = REPO / "tests" / "conformance"
NEWMAN = SUITE / "node_modules" / ".bin" / "newman"


def newman_missing_reason() -> str | None:
    if shutil.which("node") is None:
        return "node is not installed (./dev.sh install puts nodejs and npm in place)"
    if not NEWMAN.exists():
        return "newman is not installed: run `npm ci` in tests/conformance (./dev.sh install does)"
    return None


@dataclass
class FolderResult:
    requests: int = 0
    assertions: int = 0
    passed: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (request, assertion, message)


def environment(server: ServerProcess) -> dict[str, Any]:
    template = json.loads((SUITE / "conformance_suite.postman_environment.json").read_text(encoding="utf-8"))
    values = {
        "API_BASE_URL": server.base_url,
        "CLIENT_ID": server.client_id,
        "CLIENT_SECRET": server.client_secret,
        "ORGANIZATION_DID_WEB": server.did,
        "TOKEN_AUDIENCE": server.base_url,
        "TOKEN_ENDPOINT": server.base_url + "/oauth/token",
    }
    for entry in template["values"]:
        entry["value"] = values[entry["key"]]
    return template


def run_newman(server: ServerProcess, workdir: Path) -> dict[str, Any]:
    env_file = workdir / "environment.json"
    env_file.write_text(json.dumps(environment(server)), encoding="utf-8")
    report = workdir / "newman-report.json"
    subprocess.run(
        [
            str(NEWMAN),
            "run",
            str(SUITE / "conformance_suite.postman_collection.json"),
            "--environment",
            str(env_file),
            "--ssl-extra-ca-certs",
            str(server.ca.ca_pem),
            "--reporters",
            "json",
            "--reporter-json-export",
            str(report),
            "--timeout-request",
            "30000",
            "--color",
            "off",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    return json.loads(report.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _folders(collection: dict[str, Any]) -> dict[str, str]:
    """request id -> top-level folder name."""
    out: dict[str, str] = {}

    def walk(node: dict[str, Any], top: str) -> None:
        for child in node.get("item", []):
            if "request" in child:
                out[child["id"]] = top
            else:
                walk(child, top or child["name"])

    walk(collection, "")
    return out


def summarise(report: dict[str, Any]) -> dict[str, FolderResult]:
    run = report["run"]
    folder_of = _folders(report["collection"])
    results: dict[str, FolderResult] = defaultdict(FolderResult)
    # newman's JSON report repeats an execution when a pre-request script calls pm.sendRequest
    # (the token fetch): keep the last record of each request
    unique = {execution["item"]["id"]: execution for execution in run["executions"]}
    for execution in unique.values():
        item = execution["item"]
        folder = results[folder_of.get(item["id"], "?")]
        folder.requests += 1
        for assertion in execution.get("assertions", []):
            folder.assertions += 1
            error = assertion.get("error")
            if error is None:
                folder.passed += 1
            else:
                folder.failures.append((item["name"], assertion["assertion"], str(error.get("message", ""))[:300]))
    return dict(results)


def table(results: dict[str, FolderResult]) -> str:
    lines = [f"{'folder':34} {'requests':>8} {'assertions':>10} {'passed':>7}"]
    for name, r in results.items():
        lines.append(f"{name:34} {r.requests:8} {r.assertions:10} {r.passed:7}")
    total = FolderResult(
        sum(r.requests for r in results.values()),
        sum(r.assertions for r in results.values()),
        sum(r.passed for r in results.values()),
    )
    lines.append(f"{'total':34} {total.requests:8} {total.assertions:10} {total.passed:7}")
    for name, r in results.items():
        for request, assertion, message in r.failures:
            lines.append(f"FAILED {name} / {request} / {assertion}: {message}")
    return "\n".join(lines)
