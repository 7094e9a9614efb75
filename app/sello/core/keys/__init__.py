"""Signing keys, the stores that hold their secrets, DIDs, and company profiles."""
