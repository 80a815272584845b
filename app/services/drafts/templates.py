"""Letter templates: Jinja2 in a sandbox, the built-in one and the firm's own.

A template writes Markdown from three variables: ``draft`` (the composed letter),
``letterhead`` and ``signature`` (the firm's settings). Every value printed is escaped for
Markdown. A firm's template is checked on upload: syntax, variables other than those three,
attributes starting with an underscore, includes, and a trial render of a sample letter of
its kind; each error names its line.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, meta, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

from app.core.errors import InvalidInput
from app.services.drafts.compose import compose

BUILTIN = Path(__file__).resolve().parents[2] / "templates" / "drafts" / "letter.md.j2"
VARIABLES = ("draft", "letterhead", "signature")
TEMPLATE_NAME = "<template>"
MAX_SOURCE = 100_000
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape_markdown(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        return MARKDOWN_SPECIAL.sub(r"\\\1", value)
    return value


@cache
def environment() -> ImmutableSandboxedEnvironment:
    return ImmutableSandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        finalize=escape_markdown,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def builtin_source() -> str:
    return BUILTIN.read_text(encoding="utf-8")


def render(source: str, context: dict[str, Any]) -> str:
    """The Markdown of a letter; a template that fails is reported with its line."""
    try:
        template = environment().from_string(source)
        return template.render(**context)
    except TemplateSyntaxError as exc:
        raise invalid([error(exc.lineno, exc.message or str(exc))]) from exc
    except TemplateError as exc:
        raise invalid([error(_template_line(exc), str(exc))]) from exc


def validate(source: str, kind: str) -> None:
    """Reject a firm's template that would fail or escape the sandbox, naming the line."""
    if len(source) > MAX_SOURCE:
        raise invalid([error(None, f"the template is longer than {MAX_SOURCE} characters")])
    env = environment()
    try:
        tree = env.parse(source)
    except TemplateSyntaxError as exc:
        raise invalid([error(exc.lineno, exc.message or str(exc))]) from exc
    errors = _static_errors(tree, env)
    if errors:
        raise invalid(errors)
    for language in ("fr", "en", "de"):
        render(source, sample_context(kind, language))


def _static_errors(tree: nodes.Template, env: ImmutableSandboxedEnvironment) -> list[dict]:
    errors = []
    unknown = meta.find_undeclared_variables(tree) - set(VARIABLES) - set(env.globals)
    for node in tree.find_all(nodes.Name):
        if node.ctx == "load" and node.name in unknown:
            errors.append(
                error(
                    node.lineno,
                    f"undefined variable '{node.name}' (a template sees {', '.join(VARIABLES)})",
                )
            )
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        name = node.attr if isinstance(node, nodes.Getattr) else _constant(node.arg)
        if isinstance(name, str) and name.startswith("_"):
            errors.append(error(node.lineno, f"access to '{name}' is not allowed"))
    for node in tree.find_all((nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)):
        errors.append(error(node.lineno, "a letter template cannot load other templates"))
    return sorted(errors, key=lambda e: e["line"] or 0)


def _constant(node: nodes.Node) -> Any:
    return node.value if isinstance(node, nodes.Const) else None


def _template_line(exc: BaseException) -> int | None:
    line, tb = None, exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == TEMPLATE_NAME:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def error(line: int | None, detail: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"pointer": "/source", "detail": detail}
    entry["line"] = line
    return entry


def invalid(errors: list[dict[str, Any]]) -> InvalidInput:
    lines = [e["line"] for e in errors if e.get("line")]
    where = f" (line {lines[0]})" if lines else ""
    return InvalidInput(f"The letter template is not valid{where}.", errors=errors)


# -- a sample letter of each kind, composed by the real composer, for trial renders ------
SAMPLE_CLAIM = {
    "external_ref": "MAT-0001",
    "letter": {
        "agency_name": "Agence",
        "rights_holder": "Titulaire",
        "photographer": "Photographe",
        "reference": "REF-1",
        "letter_date": "2026-01-05",
        "received_on": "2026-01-07",
        "amount_demanded": {"amount": "500.00", "currency": "EUR"},
        "undertaking_demanded": True,
    },
    "use": {"page_url": "https://example.org/page", "removed_on": "2026-01-10"},
}


def _sample_result(kind: str) -> dict[str, Any]:
    law = "DE" if kind == "modified_undertaking" else "FR"
    basis = [{"id": "sample", "title": "Source", "url": "https://example.org", "verified": True}]
    finding = {
        "rule_id": "GEN-MANDATE-01",
        "question": "mandate",
        "role": "burden",
        "outcome": "favours_client",
        "legal_basis": basis,
    }
    return {
        "applicable_law": {"country": law},
        "findings": [finding, {**finding, "rule_id": "DE-LETTER-01", "role": "procedural"}],
        "questions": [],
        "strategy": {"recommendation": "negotiate"},
        "amount": {
            "currency": "EUR",
            "demanded": "500.00",
            "reference_fee": "100.00",
            "ratio": "5",
            "counter_offer": {"amount": "100.00"},
        },
        "dates": {"response_deadline": "2026-01-20"},
    }


def sample_context(kind: str, language: str) -> dict[str, Any]:
    document = compose(kind, language, SAMPLE_CLAIM, _sample_result(kind), today=date(2026, 1, 8))
    return {
        "draft": document,
        "letterhead": {"name": "Cabinet", "lines": ["1 rue de l'Exemple", "75001 Paris"]},
        "signature": {"name": "Maître Exemple", "title": "Avocat", "lines": []},
    }
