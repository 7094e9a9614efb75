"""Forms generated from the document-type definitions (``resources/doctypes/*.json``).

`FormView` builds one document's form: its sections as group boxes, repeatable
sections (heats, line items) as rows that can be added, duplicated, deleted and
moved, one `FieldRow` per field with the right editor for its type, inline
validation as the user types, and `ErrorSummary` listing every problem before issuing.
"""

from sello.ui.forms.error_summary import ErrorSummary
from sello.ui.forms.form_view import FormView

__all__ = ["ErrorSummary", "FormView"]
