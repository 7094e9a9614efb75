"""The TD1 codec: a signed `vc+jwt` <-> the text of its QR code, losslessly (docs/td1-format.md)."""

from sello.core.qr import messages as _messages  # the codec's sentences, registered before any raise

del _messages
