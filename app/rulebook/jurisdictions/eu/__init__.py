"""The European Union: rules common to every Member State (directives as the CJEU reads
them, Rome II). They apply wherever the law of a Member State governs (parameter
``eu.member_states``)."""

from pathlib import Path

from app.rulebook.jurisdictions import Jurisdiction

JURISDICTION = Jurisdiction(
    code="EU",
    name={"fr": "Union européenne (règles communes)", "en": "European Union (common rules)"},
    detail="eu_wide",
    folder=Path(__file__).resolve().parent,
    listed=5,
)
