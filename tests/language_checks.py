"""Is this text an English sentence? The check behind the "no English in the Spanish UI" tests.

A text counts as English when at least two of its words are common English words that
Spanish never uses ("the", "is", "of", "cannot", "every"...): one alone may be a unit
symbol or a code ("in — pulgada", "IT — Italia"). Names,
codes, file paths, URLs, DIDs and single words ("Sello", "TD1", "vc+jwt") are not
sentences and pass. Spanish text passes: none of these words is Spanish.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Common English words that are not Spanish words (so "a", "no", "me", "de"... are left out;
# so is "did", which is also the DID of did:web).
ENGLISH_WORDS = frozenset(
    """
    the is are was were be been being this that these those with without your you
    cannot can't could would should will must has have had does not don't doesn't
    of and to for from by on in at or an it its into onto than then there their they
    which what when where who whom why how here every each any some all only also
    please try again check choose select open save cancel close create delete
    while after before because about above below between over under
    file files key keys document documents company website code page settings
    new old show hide copy import export print send receive verify sign signed
    update updates week day days hour hours minute minutes none yet
    signature valid invalid issuer trust list credential verified encrypted missing
    unknown wrong saved found read written
    """.split()
)
# Tokens that look like words but are names, codes or technical terms shown as they are.
_TECHNICAL = re.compile(
    r"(Qt for Python|did:[a-z0-9]+\b|--[\w-]+|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+(?:=\S+)?|https?://\S+|did:[a-z0-9]+:\S+|urn:\S+|[\w.+-]+@[\w.-]+|~?/[\w./-]+|\w+\.(?:json|csv|pdf|xml|jwt|sello-key)\b)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ']+")


def english_words(text: str) -> list[str]:
    """The English-only words of `text` (empty for Spanish text, names and codes)."""
    cleaned = _TECHNICAL.sub(" ", text.replace("&", ""))
    words = [w.lower() for w in _WORD.findall(cleaned)]
    english = [w for w in words if w in ENGLISH_WORDS]
    return english if len(english) >= 2 else []


def is_english(text: str) -> bool:
    return bool(english_words(text))


def english_sentences(texts: Iterable[str]) -> list[str]:
    return sorted({t for t in texts if t and is_english(t)})
