"""Server-rendered pages (Jinja2, autoescaped): the review pages and the PDF report."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from app.services.assessment_records import Stored
from app.services.drafts.render import to_pdf
from app.services.review import labels, view

TEMPLATES = Path(__file__).resolve().parents[1] / "templates" / "web"
STATIC = Path(__file__).resolve().parents[1] / "static"


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def render(name: str, language: str, **context: Any) -> str:
    return environment().get_template(name).render(t=labels(language), lang=language, **context)


def stylesheet() -> str:
    return (STATIC / "app.css").read_text(encoding="utf-8")


def report_pdf(stored: Stored, language: str, *, facts: dict, question_order: list[str]) -> bytes:
    """The whole assessment as a note for the client file."""
    page = view(stored, language, facts=facts, question_order=question_order)
    html = render("report.html", language, a=page, css=stylesheet(), today=date.today().isoformat())
    return to_pdf(html)
