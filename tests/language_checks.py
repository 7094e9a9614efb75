"""Is this text an English sentence? The check behind the "no English in the Spanish UI" tests.

A text counts as English when it has at least two words and one of them is a common
English word that Spanish never uses ("the", "is", "of", "cannot", "every"...). Names,
codes, file paths, URLs, DIDs and single words ("Sello", "TD1", "vc+jwt") are not
sentences and pass. Spanish text passes: none of these words is Spanish.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Common English words that are not Spanish words (so "a", "no", "me", "de"... are left out).
ENGLISH_WORDS = frozenset(
    """
    the is are was were be been being this that these those with without your you
    cannot can't could would should will must has have had does did not don't doesn't
    of and to for from by on in at or an it its into onto than then there their they
    which what when where who whom why how here every each any some all only also
    please try again check choose select open save cancel close create delete
    while after before because about above below between over under
    file files key keys document documents company website code page settings
    new old show hide copy import export print send receive verify sign signed
    update updates week day days hour hours minute minutes none yet
    """.split()
)
# Tokens that look like words but are names, codes or technical terms shown as they are.
_TECHNICAL = re.compile(
    r"(https?://\S+|did:[a-z0-9]+:\S+|urn:\S+|[\w.+-]+@[\w.-]+|~?/[\w./-]+|\w+\.(?:json|csv|pdf|xml|jwt|sello-key)\b)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ']+")


def english_words(text: str) -> list[str]:
    """The English-only words of `text` (empty for Spanish text, names and codes)."""
    cleaned = _TECHNICAL.sub(" ", text.replace("&", ""))
    words = [w.lower() for w in _WORD.findall(cleaned)]
    if len(words) < 2:
        return []
    return [w for w in words if w in ENGLISH_WORDS]


def is_english(text: str) -> bool:
    return bool(english_words(text))


def english_sentences(texts: Iterable[str]) -> list[str]:
    return sorted({t for t in texts if t and is_english(t)})
