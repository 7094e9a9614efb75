"""The TD1 codec: a signed `vc+jwt` <-> the text of its QR code, losslessly (docs/td1-format.md)."""
