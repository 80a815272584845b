"""Rules that hold whichever law governs (``jurisdictions=["ALL"]``), the parameters of the
reference fee grid and exchange rates, and the citations shared by several laws."""

from pathlib import Path

from app.rulebook.jurisdictions import Jurisdiction

JURISDICTION = Jurisdiction(
    code="ALL",
    name={"fr": "Règles générales", "en": "General rules"},
    detail="general",
    folder=Path(__file__).resolve().parent,
    listed=6,
)
