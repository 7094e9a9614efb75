"""The verdict's details as HTML for a QTextBrowser: the checks with their evidence, then
the signed document field by field. Everything from the credential is escaped (it is
whatever the document's author wrote). Built from `sello.core.verification.view`, the same
records the PDF report prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from sello.core.verification.view import CheckView, DocumentContent

OUTCOME_STYLE = {  # mark, colour
    "passed": ("✔", "#2e8b57"),
    "failed": ("✘", "#c0392b"),
    "warning": ("!", "#b07400"),
    "skipped": ("–", "#777777"),
    "unavailable": ("?", "#3b6ea8"),
}
FAILED_BACKGROUND = "#fdeceb"
EMPHASIS_BACKGROUND = "#fff3c4"


@dataclass(frozen=True)
class DetailsHeadings:
    """The few words the page adds, already translated by the widget."""

    checks: str
    document: str  # "Document: {doc}"
    emphasis_note: str
    unconfirmed_note: str  # a red verdict: these values are what the code says, not what the issuer signed


def details_html(
    checks: list[CheckView], document: DocumentContent | None, headings: DetailsHeadings, *, confirmed: bool = True
) -> str:
    parts = [f"<h3>{escape(headings.checks)}</h3>", _checks_table(checks)]
    if document is not None:
        parts.append(f"<h3>{escape(headings.document.format(doc=document.type_name))}</h3>")
        if not confirmed:
            colour = OUTCOME_STYLE["failed"][1]
            parts.append(f'<p style="color:{colour}"><b>{escape(headings.unconfirmed_note)}</b></p>')
        if document.emphasized:
            parts.append(
                f'<p><span style="background-color:{EMPHASIS_BACKGROUND}">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
                f"&nbsp;{escape(headings.emphasis_note)}</p>"
            )
        parts.append(_document_table(document))
    return "".join(parts)


COLOR_HEX = {"green": "#2e8b57", "amber": "#b07400", "blue": "#3b6ea8", "red": "#c0392b"}


def presentation_html(
    holder_checks: list[CheckView],
    documents: list[tuple[str, str, str, str, str]],
    documents_heading: str,
    holder_heading: str,
) -> str:
    """A presentation: a numbered list of the documents it carries (colour, what and from
    whom, one sentence), the holder's own checks, then each document's details.
    `documents`: (colour, headline, title, summary, details html) per document."""
    items = "".join(
        f'<li><span style="color:{COLOR_HEX.get(color, "#000000")}; font-weight:bold">● {escape(headline)}</span>'
        f"<br><b>{escape(title)}</b> — {escape(summary)}</li>"
        for color, headline, title, summary, _ in documents
    )
    parts = [
        f"<h3>{escape(documents_heading)}</h3><ol>{items}</ol>",
        f"<h3>{escape(holder_heading)}</h3>",
        _checks_table(holder_checks),
    ]
    for index, (color, headline, title, _summary, html) in enumerate(documents, 1):
        parts.append(
            f'<hr><h2 style="color:{COLOR_HEX.get(color, "#000000")}">{index}. {escape(headline)}</h2>'
            f"<p><b>{escape(title)}</b></p>"
        )
        parts.append(html)
    return "".join(parts)


def tips_html(title: str, tips: list[str]) -> str:
    """What the empty panel shows before the first scan."""
    items = "".join(f"<li>{escape(tip)}</li>" for tip in tips)
    return f'<h3>{escape(title)}</h3><ul style="margin-left:-20px">{items}</ul>'


def _checks_table(checks: list[CheckView]) -> str:
    rows = []
    for check in checks:
        mark, colour = OUTCOME_STYLE.get(check.outcome, ("", "#000000"))
        background = f' bgcolor="{FAILED_BACKGROUND}"' if check.outcome == "failed" else ""
        evidence = "<br>".join(f"{escape(line.label)}: {escape(shortened(line.value))}" for line in check.evidence)
        evidence_html = f'<br><span style="color:#555555; font-size:small">{evidence}</span>' if evidence else ""
        rows.append(
            f'<tr{background}><td width="22" style="color:{colour}; font-weight:bold">{mark}</td>'
            f'<td><b>{escape(check.title)}</b> · <span style="color:{colour}">{escape(check.outcome_label)}</span>'
            f"<br>{escape(check.message)}{evidence_html}</td></tr>"
        )
    return f'<table width="100%" cellspacing="0" cellpadding="4">{"".join(rows)}</table>'


def shortened(value: str, limit: int = 72) -> str:
    """A long identifier (a did:key, a key id) with its middle elided; the JSON export keeps it whole."""
    if len(value) <= limit or " " in value:
        return value
    return value[: limit - 22] + "…" + value[-20:]


def _spaced(value: str) -> str:
    """Escaped, with runs of spaces kept (a pedimento reads "26  24  3420  6001234", as on paper)."""
    return escape(value).replace("  ", "&nbsp; ")


def _document_table(document: DocumentContent) -> str:
    rows = []
    for section in document.sections:
        rows.append(f'<tr><td colspan="2" style="padding-top:8px"><b>{escape(section.title)}</b></td></tr>')
        for row in section.rows:
            if row.emphasize:
                rows.append(
                    f'<tr bgcolor="{EMPHASIS_BACKGROUND}"><td width="42%">{escape(row.label)}</td>'
                    f"<td><b>{_spaced(row.value)}</b></td></tr>"
                )
            else:
                rows.append(f'<tr><td width="42%">{escape(row.label)}</td><td>{escape(row.value)}</td></tr>')
    return f'<table width="100%" cellspacing="0" cellpadding="3">{"".join(rows)}</table>'
