"""Exchange with partners over the Traceability API: who may call us (`api_clients`),
what they sent us (`inbox`), how a presentation is read and checked (`presentations`),
and the API's issuing and status operations (`api_issue`).

The server (`sello.server`) and, later, the desktop inbox call these modules; the SQL of
each table lives only in its owner module (`api_clients`, `inbox`).
"""

from sello.core.exchange import messages as _messages  # this package's sentences, registered before any raise

del _messages
