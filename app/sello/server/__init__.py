"""`sello serve`: the W3C CCG Traceability Interoperability API over HTTPS (ASGI: Starlette +
uvicorn). The server calls the core (`sello.core.exchange`, the verifier, the key manager);
it never imports the desktop UI or the CLI, and the core never imports it.
"""
