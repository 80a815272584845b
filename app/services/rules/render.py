"""Turning rule runs into findings and trace entries (plain, JSON-ready dicts).

Texts are kept in both languages so that a stored assessment can be shown in either,
exactly as it was computed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from app.services.rules.asking import lower_first, put
from app.services.rules.assessor import Pass
from app.services.rules.display import Words
from app.services.rules.model import Applies, RuleRun, Text, Undetermined
from app.services.rules.rulebook import Rulebook

SHOWN_IN_ASSESSMENT = {"derived.amount", "derived.dates"}
"""Derived facts the assessment shows in full (``amount``, ``dates``): the trace points to
them instead of repeating them."""

GENERIC_UNDETERMINED = Text(
    fr="Point non tranché : une information manque pour conclure.",
    en="Not decided: a fact needed to conclude is missing.",
)
UNNAMED_FACT = {"fr": "une information du dossier", "en": "a fact of the file"}


_LEAVES = frozenset({str, int, float, bool, type(None)})
"""Types :func:`jsonable` returns as they are, tested by exact type (most of an amount's
values): the walk descends only into containers."""


def jsonable(value: Any) -> Any:
    """A copy of ``value`` that JSON can hold: dates in ISO form, decimals as strings,
    tuples as lists."""
    kind = type(value)
    if kind in _LEAVES:
        return value
    if kind is dict:
        return {k: v if type(v) in _LEAVES else jsonable(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [v if type(v) in _LEAVES else jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def citation_title(entry: dict[str, Any]) -> dict[str, str]:
    """A source as each reader cites it: ``title`` is the English form (or the source's
    own, for a German statute), ``title_fr`` the French one (« CJUE, 13 févr. 2014,
    Svensson, aff. C-466/12 »); an entry without ``title_fr`` is cited alike in both.
    Every text picks its language from this pair (``pick``, the drafts' composer)."""
    title = entry["title"]
    return {"fr": entry.get("title_fr") or title, "en": title}


def citation(rulebook: Rulebook, cid: str) -> dict[str, Any]:
    entry = rulebook.citations[cid]
    return {
        "id": cid,
        "title": citation_title(entry),
        "url": entry.get("url"),
        "jurisdiction": entry.get("jurisdiction"),
        "verified": bool(entry.get("verified", False)),
    }


def basis_for(rulebook: Rulebook, spec, jurisdictions: frozenset[str]) -> list[str]:
    """The rule's citations that belong to the applicable law, and only those: a finding
    never cites another country's law as its basis. A country's own rule keeps all its
    citations (an English rule may rest on CJEU case law that binds English courts)."""
    if len(spec.jurisdictions) == 1 and spec.jurisdictions[0] not in ("ALL", "EU"):
        return list(spec.basis)
    return [
        c
        for c in spec.basis
        if rulebook.citations[c].get("jurisdiction") in jurisdictions
        or rulebook.citations[c].get("jurisdiction") in (None, "ALL")
    ]


def finding(
    rulebook: Rulebook,
    run: RuleRun,
    conflicts: dict[str, str],
    jurisdictions: frozenset[str] = frozenset({"ALL"}),
    recast: dict[str, str] | None = None,
) -> dict[str, Any]:
    spec = run.rule
    if isinstance(run.result, Applies):
        variant_name = run.result.variant
        if recast and spec.id in recast:
            # The recommendation reads this finding as another of its variants (the
            # policy's ``recast``: one variant, or one for each variant the rule gave),
            # with the values the rule gave.
            target = recast[spec.id]
            if isinstance(target, dict):
                target = target.get(variant_name)
            variant_name = target or variant_name
        variant = spec.variants[variant_name]
        values = run.result.values
        outcome = variant.outcome
        weight = (
            run.result.weight
            if run.result.weight is not None and variant_name == run.result.variant
            else variant.weight
        )
        summary = variant.summary.render(values)
        explanation = variant.explanation.render(values)
        missing: tuple[str, ...] = ()
    else:
        assert isinstance(run.result, Undetermined)
        missing = run.result.missing
        outcome = "undetermined"
        weight = max(v.weight for v in spec.variants.values())
        summary, explanation = _undetermined_texts(rulebook, spec, missing)
        variant_name = None
    return {
        "rule_id": spec.id,
        "question": spec.question,
        "role": spec.role,
        "outcome": outcome,
        "variant": variant_name,
        "weight": round(float(weight), 2),
        "title": {"fr": spec.title.fr, "en": spec.title.en},
        "summary": summary,
        "explanation": explanation,
        "legal_basis": _legal_basis(rulebook, spec, jurisdictions),
        "facts_used": run.facts_read,
        "parameters_used": run.params_read,
        "missing_facts": list(missing),
        "conflict_with": conflicts.get(spec.id),
    }


def _legal_basis(rulebook: Rulebook, spec, jurisdictions: frozenset[str]) -> list[dict]:
    """A finding's citations under the applicable law, built once per (rule, law): they
    depend only on the rulebook (the citation entries are shared by the findings)."""
    key = ("legal_basis", spec.id, jurisdictions)
    found = rulebook.memo.get(key)
    if found is None:
        found = rulebook.memo[key] = tuple(
            citation(rulebook, c) for c in basis_for(rulebook, spec, jurisdictions)
        )
    return list(found)


def _undetermined_texts(
    rulebook: Rulebook, spec, missing: tuple[str, ...]
) -> tuple[dict[str, str], dict[str, str]]:
    """The summary and explanation of a rule left undetermined for want of ``missing``:
    they depend only on the rulebook, so they are written once per (rule, missing facts)."""
    key = ("undetermined", spec.id, missing)
    found = rulebook.memo.get(key)
    if found is None:
        text = spec.undetermined_text or GENERIC_UNDETERMINED
        summary = text.render({"missing_list": Words(_unknowns(rulebook, missing))})
        asks = _asks(rulebook, missing)
        explanation = {
            lang: " ".join([f"{spec.title.by_lang(lang)} — {summary[lang]}", *asks[lang]])
            for lang in summary
        }
        found = rulebook.memo[key] = (summary, explanation)
    return dict(found[0]), dict(found[1])


def _question(rulebook: Rulebook, name: str, lang: str) -> str | None:
    """What would settle the fact: what is demanded (a request) or the question."""
    info = rulebook.facts.get(name) or {}
    return (info.get("request") or info.get("question") or {}).get(lang)


def _unknowns(rulebook: Rulebook, missing: tuple[str, ...]) -> dict[str, str]:
    """What is unknown, in words: the questions that would settle it."""
    out = {}
    for lang in ("fr", "en"):
        words = [lower_first(_question(rulebook, n, lang) or UNNAMED_FACT[lang]) for n in missing]
        out[lang] = (" ; " if lang == "fr" else "; ").join(dict.fromkeys(words))
    return out


def _asks(rulebook: Rulebook, missing: tuple[str, ...]) -> dict[str, list[str]]:
    """Whom to ask, and what: one sentence per missing fact the catalogue knows
    (« Question à poser au client : … ? », « Demander au réclamant … »)."""
    out: dict[str, list[str]] = {"fr": [], "en": []}
    for name in dict.fromkeys(missing):
        info = rulebook.facts.get(name)
        if not info or not info.get("question"):
            continue
        for lang in out:
            out[lang].append(put(info, lang))
    return out


def findings(
    rulebook: Rulebook, current: Pass, recast: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """The findings of a pass; ``recast`` maps rule ids to the variant the chosen
    recommendation reads them as (a policy's ``recast``)."""
    conflicts: dict[str, str] = {}
    for conflict in current.evaluation.conflicts:
        for rid in conflict.rules:
            conflicts[rid] = ", ".join(r for r in conflict.rules if r != rid)
    jurisdictions = current.law.jurisdictions
    rendered = [
        finding(rulebook, run, conflicts, jurisdictions, recast)
        for run in current.evaluation.effective
    ]
    order = {q: i for i, q in enumerate(rulebook.question_order)}
    rendered.sort(
        key=lambda f: (
            order.get(f["question"], len(order)),
            f["outcome"] == "undetermined",
            -f["weight"],
        )
    )
    return rendered


def trace(current: Pass) -> dict[str, Any]:
    return {
        "evaluated_on": current.on.isoformat(),
        "applicable_law": {
            "country": current.law.country,
            "jurisdictions": sorted(current.law.jurisdictions),
            "facts_read": current.law.facts_read,
        },
        "derivations": [
            {
                "name": run.spec.name,
                "facts_read": run.facts_read,
                "parameters_read": run.params_read,
                "outputs": {
                    name: {"see": "assessment", "field": name.split(".", 1)[-1]}
                    if name in SHOWN_IN_ASSESSMENT
                    else value
                    for name, value in run.outputs.items()
                },
            }
            for run in current.derivations
        ],
        "rules": [_rule_entry(run) for run in current.evaluation.runs],
        "conflicts": [
            {
                "decides": c.decides,
                "rules": list(c.rules),
                "conclusions": list(c.conclusions),
            }
            for c in current.evaluation.conflicts
        ],
    }


NOT_RUN = frozenset({"not_in_force", "out_of_jurisdiction"})
_NOT_RUN_ENTRIES: dict[int, tuple[RuleRun, dict[str, Any]]] = {}
"""The trace entries of the rules that did not run (out of force or of jurisdiction), by
the run's ``id()``: those runs are made once per (law, date) and shared by every pass
(``Engine.plan``), so their entry is written once and copied."""


def _rule_entry(run: RuleRun) -> dict[str, Any]:
    if run.status in NOT_RUN:
        found = _NOT_RUN_ENTRIES.get(id(run))
        if found is None or found[0] is not run:
            if len(_NOT_RUN_ENTRIES) >= 65536:
                _NOT_RUN_ENTRIES.clear()
            found = _NOT_RUN_ENTRIES[id(run)] = (run, _written(run))
        entry = found[1].copy()
        entry["missing_facts"] = []
        return entry
    return _written(run)


def _written(run: RuleRun) -> dict[str, Any]:
    return {
        "rule_id": run.rule.id,
        "question": run.rule.question,
        "status": run.status,
        "reason": run.reason,
        "variant": run.result.variant if isinstance(run.result, Applies) else None,
        "facts_read": run.facts_read,
        "parameters_read": run.params_read,
        "missing_facts": list(run.missing),
        "overridden_by": run.overridden_by,
    }
