"""Sending documents to partners: the Enviar… dialog, the outbox on the Documents page."""
