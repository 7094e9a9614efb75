"""Widgets of the Keys page and the setup wizard: the key table model, the details
panel, passphrase fields with a strength hint, and the key dialogs."""
