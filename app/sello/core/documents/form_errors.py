"""What validation reports: one `FieldError` per problem, collected by `ErrorCollector`,
and `InvalidDocumentError` when form data cannot become a credential."""

from __future__ import annotations

from dataclasses import dataclass

from sello.core.documents.doctypes import Section, Text
from sello.core.documents.validation_messages import Message
from sello.core.errors import InputError
from sello.core.i18n import LANGUAGES
from sello.core.i18n import Message as I18nMessage  # `Message` here is the es/en dict of a field error


@dataclass(frozen=True)
class FieldError:
    """One problem: ``path`` like "heats[1].chemistry.c" (rows counted from 0),
    ``label`` the full label ("Colada 2 › C"), ``message`` what is wrong."""

    path: str
    field_id: str
    label: dict[str, str]
    message: dict[str, str]

    def text(self, lang: str) -> str:
        return f"{self.label[lang]}: {self.message[lang]}"


class InvalidDocumentError(InputError):
    """Form data that cannot become a credential; ``errors`` lists every problem."""

    def __init__(self, errors: list[FieldError]) -> None:
        first = {lang: errors[0].text(lang) for lang in LANGUAGES}
        count = len(errors) - 1
        more = {"en": f" (and {count} more)", "es": f" (y {count} más)"} if count else ""
        super().__init__(I18nMessage("document.incomplete", first=first, more=more))
        self.errors = errors


@dataclass
class ErrorCollector:
    errors: list[FieldError]

    def add(self, path: str, field_id: str, label: list[Text | str], message: Message) -> None:
        full = {lang: " › ".join(p if isinstance(p, str) else p[lang] for p in label) for lang in ("es", "en")}
        self.errors.append(FieldError(path, field_id, full, dict(message)))


def row_label(section: Section, index: int) -> Text:
    base = section.row_label or section.label
    return Text(f"{base.es} {index + 1}", f"{base.en} {index + 1}")
