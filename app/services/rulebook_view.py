"""The rulebook as lawyers read it: rules with their metadata, parameters with history."""

from __future__ import annotations

from typing import Any

from app.core.errors import NotFound
from app.services.rules.model import RuleSpec
from app.services.rules.render import citation, jsonable
from app.services.rules.rulebook import Rulebook


def rule_entry(rb: Rulebook, spec: RuleSpec, *, detail: bool = False) -> dict[str, Any]:
    entry = {
        "id": spec.id,
        "question": spec.question,
        "title": {"fr": spec.title.fr, "en": spec.title.en},
        "jurisdictions": list(spec.jurisdictions),
        "role": spec.role,
        "legal_basis": [citation(rb, c) for c in spec.basis],
        "valid_from": spec.valid_from.isoformat() if spec.valid_from else None,
        "valid_to": spec.valid_to.isoformat() if spec.valid_to else None,
        "exception_to": list(spec.exception_to),
        "decides": spec.decides,
    }
    if detail:
        entry["reads"] = sorted(spec.reads)
        entry["parameters"] = sorted(spec.params)
        entry["module"] = spec.module
        entry["variants"] = [
            {
                "name": name,
                "outcome": v.outcome,
                "weight": v.weight,
                "summary": {"fr": v.summary.fr, "en": v.summary.en},
                "explanation": {"fr": v.explanation.fr, "en": v.explanation.en},
            }
            for name, v in spec.variants.items()
        ]
    return entry


def overview(rb: Rulebook) -> dict[str, Any]:
    return {
        "version": rb.version,
        "digest": rb.digest,
        "jurisdictions": [
            {"code": j["code"], "name": j["name"], "detail": j["detail"]}
            for j in rb.jurisdictions_covered
        ],
        "rules": [rule_entry(rb, spec) for spec in rb.rules],
        "parameters": sorted(rb.params),
    }


def rule_detail(rb: Rulebook, rule_id: str) -> dict[str, Any]:
    spec = rb.rule(rule_id)
    if spec is None:
        raise NotFound(f"No rule {rule_id!r} in rulebook {rb.version}.")
    return rule_entry(rb, spec, detail=True)


def parameter_detail(rb: Rulebook, name: str) -> dict[str, Any]:
    param = rb.params.get(name)
    if param is None:
        raise NotFound(f"No parameter {name!r} in rulebook {rb.version}.")
    return {
        "name": param.name,
        "description": param.description,
        "label": param.label or None,
        "metadata": jsonable(param.metadata),
        "last_value_still_valid_on": param.last_value_still_valid_on,
        "values": [
            {
                "from": v.start.isoformat(),
                "value": jsonable(v.value),
                "reference": jsonable(v.reference),
                "note": v.note,
            }
            for v in param.values
        ],
    }
