"""The roles an issuer can have on a trust list, named in the UI language."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication


def role_name(role: str) -> str:
    names = {
        "mill": QCoreApplication.translate("TrustRoles", "Mill"),
        "broker": QCoreApplication.translate("TrustRoles", "Customs broker"),
        "carrier": QCoreApplication.translate("TrustRoles", "Carrier"),
    }
    return names.get(role, role)


def roles_text(roles: Iterable[str]) -> str:
    return ", ".join(role_name(r) for r in roles)
