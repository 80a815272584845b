"""The United States: title 17 of the U.S. Code and the federal rules."""

from pathlib import Path

from app.rulebook.jurisdictions import Jurisdiction

JURISDICTION = Jurisdiction(
    code="US",
    name={"fr": "États-Unis", "en": "United States"},
    detail="full",
    folder=Path(__file__).resolve().parent,
    listed=4,
    currency="USD",
)
