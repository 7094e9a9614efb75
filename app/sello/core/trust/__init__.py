"""Revocation status, trust lists, trust bundles, the website kit, and did:web over HTTPS."""

from sello.core.trust import messages as _messages  # the sentences of web fetching and did:web, registered first

del _messages
