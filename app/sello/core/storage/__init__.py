"""The per-user SQLite database: connection, schema and migrations, crash notes."""
