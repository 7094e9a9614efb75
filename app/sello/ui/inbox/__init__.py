"""The Inbox page's parts: received presentations as a table, their credentials."""
