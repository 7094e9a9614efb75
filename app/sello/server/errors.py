"""Error answers in the specification's shape (`schemas/Error.yml`, `responses/*.yml`):
`{"code": N, "message": "...", "details": ...}` with the exact messages the
conformance suite checks, and `details` saying what was wrong in words."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse

MESSAGES = {
    400: "Bad Request: Your request body does not conform to the required schema",
    401: "Unauthorized: This endpoint requires an OAuth2 bearer token",
    403: "Forbidden: OAuth2 bearer token does not have the required scope",
    404: "Not Found: The requested resource could not be found",
    405: "Method Not Allowed: This endpoint does not accept that method",
    409: "Conflict: The resource already exists",
    413: "Payload Too Large: The request body exceeds the server's limit",
    415: "Unsupported Media Type: Send the request body as application/json",
    429: "Too Many Requests: Slow down and retry later",
    500: "Internal Server Error: The request could not be completed",
}
INVALID_DID = "Bad Request: Invalid DID"


class ApiError(Exception):
    """Raised anywhere in a request; turned into the error answer by the app."""

    def __init__(
        self, status: int, details: Any = None, *, message: str | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message or MESSAGES.get(status, "Error"))
        self.status = status
        self.message = message or MESSAGES.get(status, "Error")
        self.details = details
        self.headers = headers or {}


def error_response(error: ApiError) -> JSONResponse:
    body: dict[str, Any] = {"code": error.status, "message": error.message}
    if error.details is not None:
        body["details"] = error.details if isinstance(error.details, (str, list, dict)) else str(error.details)
    return JSONResponse(body, status_code=error.status, headers=error.headers)
