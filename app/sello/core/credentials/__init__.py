"""One credential: build it, sign it (`vc+jwt`, Data Integrity), check it into a `Verdict`."""

from sello.core.credentials import messages as _messages  # this package's sentences, registered before any raise

del _messages
