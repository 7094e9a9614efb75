"""Revocation status, trust lists, trust bundles, the website kit, and did:web over HTTPS."""
