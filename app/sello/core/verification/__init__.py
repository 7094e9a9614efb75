"""From any input (QR text, scanner keystrokes, file, photo, PDF) to one verdict, and what a desk keeps of it."""

from sello.core.verification import messages as _messages  # the sentences about a desk's input, registered first

del _messages
