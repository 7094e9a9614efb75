"""The Documents page's parts: records and file work (no Qt), the table model and its
filter, the filter bar, the details panel with the activity view, the revoke dialog."""
