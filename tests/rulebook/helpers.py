"""Running the rulebook's derivations on a claim, without the rest of the assessment."""

from __future__ import annotations

import copy
import json
from datetime import date
from functools import lru_cache
from typing import Any

from app.rulebook import load
from app.schemas.claim import Claim
from app.services.rules.facts import flatten
from app.services.rules.views import FactView, ParamView
from tests.paths import EXAMPLE_CLAIM

TODAY = date(2026, 11, 28)


@lru_cache(maxsize=1)
def _example() -> dict[str, Any]:
    return json.loads(EXAMPLE_CLAIM.read_text(encoding="utf-8"))


def example() -> dict[str, Any]:
    return copy.deepcopy(_example())


def derive(claim: dict[str, Any], today: date = TODAY) -> dict[str, Any]:
    """The facts of ``claim`` after the derivations (``derived.dates``, ``derived.amount``),
    with the parameters read by each under ``derived.params``."""
    rb = load()
    facts = flatten(Claim.model_validate(claim).model_dump())
    facts["derived.today"] = today
    on = facts.get("letter.letter_date") or today
    reads = {}
    for spec in rb.derivations:
        view = ParamView(rb.params, spec.params, spec.name, on)
        facts.update(spec.compute(FactView(facts, spec.reads, spec.name), view, rb.context))
        reads[spec.name] = view.read
    facts["derived.params"] = reads
    return facts


def amount(claim: dict[str, Any], today: date = TODAY) -> dict[str, Any]:
    return derive(claim, today)["derived.amount"]


def dates(claim: dict[str, Any], today: date = TODAY) -> dict[str, Any]:
    return derive(claim, today)["derived.dates"]
