"""Signing keys, the stores that hold their secrets, DIDs, and company profiles."""

from sello.core.keys import messages as _messages  # the sentences of keys and key stores, registered first

del _messages
