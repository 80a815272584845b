"""The letters' sentences (one YAML file per language) and the settlement formulas per law."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from babel import Locale
from babel.numbers import format_decimal

from app.services.drafts.formats import LANGUAGES, LOCALES

HERE = Path(__file__).parent / "wording"

# Which findings each argument of a letter rests on (rule ids of the rulebook). A finding
# that favours the client but is in none of these is named in the draft's notes instead.
ARGUMENTS: dict[str, tuple[str, ...]] = {
    "mandate": ("GEN-MANDATE-01", "GEN-MANDATE-02"),
    "title": (
        "GEN-TITLE-01",
        "GEN-TITLE-02",
        "GEN-TITLE-03",
        "GEN-TITLE-04",
        "FR-PRESUMPTION-01",
        "DE-TITLE-01",
    ),
    "originality": ("FR-ORIG-01",),
    "public_domain": ("GEN-ORIG-02", "DE-ORIG-02"),
    "proof_of_use": ("GEN-PROOF-01", "FR-PROOF-01"),
    "licence": ("GEN-ORIGIN-01",),
    "own_work": ("GEN-ORIGIN-02",),
    "press_kit": ("GEN-ORIGIN-04",),
    "free_licence": ("GEN-CC-01",),
    "exception": ("DE-EXC-01", "UK-EXC-02", "US-EXC-01"),
    "linking": ("EU-EMBED-01", "EU-EMBED-02", "UK-EMBED-01", "US-EMBED-01"),
    "safe_harbour": ("US-DMCA-01",),
    "limitation": ("FR-LIMIT-01", "DE-LIMIT-01", "UK-LIMIT-01", "US-LIMIT-01"),
    "partly_barred": ("UK-LIMIT-02", "US-LIMIT-02"),
    "us_unregistered": ("US-AMOUNT-02",),
    "abmahnung_ineffective": ("DE-AMOUNT-03", "DE-ABMAHNUNG-01", "DE-ABMAHNUNG-02"),
    "foreign_law": ("GEN-JUR-02",),
    "collection_costs": ("DE-COLLECTOR-01",),
    "free_licence_value": ("DE-CC-01",),
    "good_faith": ("GEN-NOTICE-02", "US-NOTICE-02"),
    "context": (
        "DE-CONTEXT-01",
        "DE-CONTEXT-02",
        "GEN-CONTEXT-02",
        "GEN-CONTEXT-03",
        "FR-CONTEXT-01",
    ),
    "amount": (
        "GEN-AMOUNT-01",
        "GEN-AMOUNT-02",
        "GEN-AMOUNT-03",
        "GEN-AMOUNT-04",
        "DE-AMOUNT-01",
        "DE-AMOUNT-02",
        "DE-AMOUNT-04",
        "FR-AMOUNT-01",
        "UK-AMOUNT-01",
        "US-AMOUNT-01",
    ),
}
# Arguments that only reduce the amount: in a contestation they come "in the alternative".
SUBSIDIARY = ("collection_costs", "free_licence_value", "good_faith", "context", "amount")
# The documents a request for justification asks for: the question and facts that call for
# each, and the rules (beyond the question's) whose findings it rests on.
DOCUMENTS: dict[str, dict[str, Any]] = {
    "mandate": {"question": "mandate", "facts": ("mandate.produced",)},
    "title": {
        "question": "title",
        "facts": ("title.chain_produced", "title.exclusive_rights_shown"),
    },
    "originality": {"question": "originality", "facts": ("work.originality_explained",)},
    "proof_of_use": {"question": "proof_of_use", "facts": ("letter.evidence_of_use",)},
    "licence_practice": {
        "question": None,
        "facts": ("letter.licence_practice_shown",),
        "rules": ("GEN-AMOUNT-02", "GEN-AMOUNT-03", "DE-AMOUNT-01"),
    },
}
# Findings that frame a letter rather than argue it (used by the kinds that need them).
FRAMING = {"GEN-LETTER-01", "GEN-LETTER-02", "GEN-LETTER-03", "DE-LETTER-01", "EU-JUR-01"}
FRAMING |= {"FR-JUR-01", "DE-JUR-01", "UK-PROC-01"}
RULE_ARGUMENT = {rule: key for key, rules in ARGUMENTS.items() for rule in rules}


PLURAL_FORMS = frozenset({"zero", "one", "two", "few", "many", "other"})
"""CLDR's plural categories: a sentence written as ``{one: ..., other: ...}`` in the wording
agrees with the number of images the claim counts."""


@cache
def _wording(language: str) -> dict[str, Any]:
    if language not in LANGUAGES:
        raise ValueError(f"no wording for language {language!r}")
    return yaml.safe_load((HERE / f"{language}.yaml").read_text(encoding="utf-8"))


def plural_form(count: int, language: str) -> str:
    """CLDR's plural category of ``count`` in ``language`` (« 1 photographie » is `one`,
    « 2 photographies » `other`), through Babel."""
    return Locale.parse(LOCALES[language]).plural_form(count)


def _agree(node: Any, form: str) -> Any:
    """The wording with every ``{one: ..., other: ...}`` sentence resolved to ``form``
    (`other` when the language's wording has no sentence of its own for the form)."""
    if isinstance(node, dict):
        if node and set(node) <= PLURAL_FORMS and "other" in node:
            return node.get(form, node["other"])
        return {key: _agree(value, form) for key, value in node.items()}
    if isinstance(node, list):
        return [_agree(value, form) for value in node]
    return node


@cache
def sentences(language: str, images: int = 1) -> dict[str, Any]:
    """The sentences of ``language``'s letters, agreed with the number of images claimed
    (« une photographie », « les deux photographies »)."""
    return _agree(_wording(language), plural_form(max(images, 1), language))


def count_words(count: int, language: str) -> str:
    """A small number of images in words, as a letter writes it (« deux », "three"), in
    figures beyond the wording's list."""
    spelled = _wording(language).get("numbers") or {}
    return spelled.get(count) or format_decimal(count, locale=LOCALES[language])


@cache
def settlement() -> dict[str, Any]:
    return yaml.safe_load((HERE / "settlement.yaml").read_text(encoding="utf-8"))


def settlement_formula(law: str | None) -> dict[str, Any]:
    laws = settlement()["laws"]
    return laws.get(law or "", laws["default"])


def fill(template: str, values: dict[str, Any], *, capitalise: bool = True) -> str:
    """A sentence with its {names} replaced; the first letter capitalised."""
    text = template.format_map(values)
    return text[:1].upper() + text[1:] if text and capitalise else text
