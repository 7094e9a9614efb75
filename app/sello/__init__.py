"""Sello: sign trade documents as W3C Verifiable Credentials, verify them offline."""

__version__ = "0.1.0"
