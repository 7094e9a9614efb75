"""Document types as data, the forms' rules, issuing and printing a shipment's documents."""

from sello.core.documents import messages as _messages  # sentences of files, batches, drafts
from sello.core.documents import td1 as _td1

_td1.install()  # the TD1 codec's default term tables and templates (see sello.core.qr.installed)

del _messages
