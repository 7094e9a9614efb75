"""The per-user SQLite database: connection, schema and migrations, crash notes."""

from sello.core.storage import messages as _messages  # this package's sentences, registered before any raise

del _messages
