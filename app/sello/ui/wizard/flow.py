"""The first-run setup flow as data, with no widgets (STYLE 2; Electrum's `wizard.py`).

`STEPS` declares every step and the rule that picks the next one from the user's
`SetupChoices`; the Qt wizard (`sello.ui.setup_wizard`) only renders them. Adding a
step is adding an entry here and a page class there.

    welcome -> company -> signing_key -> (file_store, only without a working keyring)
            -> create_key -> backup -> done
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

WELCOME = "welcome"
COMPANY = "company"
SIGNING_KEY = "signing_key"
FILE_STORE = "file_store"
CREATE_KEY = "create_key"
BACKUP = "backup"
DONE = "done"

KEYRING = "keyring"
FILE = "file"


@dataclass
class SetupChoices:
    """What the user chose so far, and what the wizard has created (public data only)."""

    legal_name: str = ""
    rfc: str = ""
    address: dict[str, str] = field(default_factory=dict)  # schema.org PostalAddress field names
    web_domain: str = ""
    algorithm: str = "ES384"  # "ES384" | "EdDSA"
    did_method: str = "key"  # "web" | "key"
    storage: str | None = None  # KEYRING | FILE; None until the keyring was probed
    storage_description: str = ""  # "Secret Service (GNOME Keyring)", or why the keyring failed
    file_store: Any | None = None  # an unlocked EncryptedFileStore that already existed
    profile_id: str | None = None
    key_id: str | None = None
    backup_path: Path | None = None

    @property
    def key_domain(self) -> str | None:
        return self.web_domain if self.did_method == "web" else None


NextRule = Callable[[SetupChoices], "str | None"]


@dataclass(frozen=True)
class Step:
    id: str
    next: NextRule
    commits: Callable[[SetupChoices], bool] = lambda _choices: False  # leaving it creates things: no way back


def _always(step_id: str | None) -> NextRule:
    return lambda _choices: step_id


def _after_signing_key(choices: SetupChoices) -> str:
    return CREATE_KEY if choices.storage == KEYRING else FILE_STORE


STEPS: tuple[Step, ...] = (
    Step(WELCOME, _always(COMPANY)),
    Step(COMPANY, _always(SIGNING_KEY)),
    Step(SIGNING_KEY, _after_signing_key, commits=lambda choices: _after_signing_key(choices) == CREATE_KEY),
    Step(FILE_STORE, _always(CREATE_KEY), commits=lambda _choices: True),
    Step(CREATE_KEY, _always(BACKUP)),
    Step(BACKUP, _always(DONE)),
    Step(DONE, _always(None)),
)
STEP_IDS: tuple[str, ...] = tuple(step.id for step in STEPS)
FIRST_STEP = WELCOME


def step(step_id: str) -> Step:
    for candidate in STEPS:
        if candidate.id == step_id:
            return candidate
    raise KeyError(step_id)


def next_step(step_id: str, choices: SetupChoices) -> str | None:
    return step(step_id).next(choices)


def path(choices: SetupChoices) -> list[str]:
    """Every step the user walks through with these choices, in order."""
    steps, current = [], FIRST_STEP
    while current is not None:
        steps.append(current)
        current = next_step(current, choices)
    return steps
