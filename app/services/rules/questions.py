"""Which unknown facts are worth asking, found by re-evaluating with each fact set each
way (never by a hand-written list), ranked by how much they could change the strategy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.services.rules.asking import demand_together, lower_first
from app.services.rules.assessor import Assessor, Pass, ProbeBase
from app.services.rules.display import localise
from app.services.rules.facts import pointer

YES_NO = {True: {"fr": "oui", "en": "yes"}, False: {"fr": "non", "en": "no"}}


@dataclass(slots=True)
class Probe:
    scenario: dict[str, Any]
    recommendation: str
    changed_rules: list[str]


def probes_for(name: str, info: dict[str, Any]) -> list[dict[str, Any]]:
    if "probes" in info:
        return [dict(p) for p in info["probes"]]
    if info.get("type", "bool") == "bool":
        return [{name: True}, {name: False}]
    return [{name: value} for value in info.get("values", [])]


def value_label(info: dict[str, Any], value: Any, lang: str) -> str:
    if isinstance(value, bool):
        return YES_NO[value][lang]
    if isinstance(value, (list, tuple)):
        if not value:
            return {"fr": "aucun", "en": "none"}[lang]
        return ", ".join(value_label(info, v, lang) for v in value)
    labels = info.get("value_labels", {}).get(value)
    if labels:
        return labels[lang]
    shown = localise(_as_date(value), lang)
    return shown if isinstance(shown, str) else str(shown)


def _as_date(value: Any) -> Any:
    """A probe's ISO date string as a date, so that it is shown in words."""
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value


def compute_questions(assessor: Assessor, current: Pass) -> list[dict[str, Any]]:
    rb = assessor.rulebook
    policy = rb.policy
    base_rank = policy.rank(current.choice.recommendation)
    tally = assessor.tally(current)
    questions = []
    candidates = [(n, False) for n in assessor.unknown_facts(current)]
    candidates += [(n, True) for n in assessor.documents_to_demand(current)]
    for name, known_missing in candidates:
        info = rb.facts[name]
        probes = []
        if known_missing:
            scenarios = [dict(info.get("demand_probe") or {name: True})]
        else:
            scenarios = probes_for(name, info)
        if not scenarios:
            continue
        for scenario in scenarios:
            recommendation, changed = assessor.probe_outcome(current, scenario, tally)
            probes.append(Probe(scenario, recommendation, changed))
        impact = max(abs(policy.rank(p.recommendation) - base_rank) for p in probes)
        touched = sorted({rid for p in probes for rid in p.changed_rules})
        if impact == 0 and not touched:
            continue
        question = _question(rb, name, info, current, probes, impact, touched)
        question["kind"] = "demand_document" if known_missing else "missing_fact"
        questions.append(question)
    demanded = [q for q in questions if q["kind"] == "demand_document"]
    if len(demanded) > 1:
        questions.append(_all_documents(assessor, current, demanded, base_rank, tally))
    questions.sort(key=lambda q: (-q["impact"], -len(q["affects"]), -q["priority"], q["fact"]))
    for rank, question in enumerate(questions, start=1):
        question["rank"] = rank
    return questions


def _all_documents(
    assessor: Assessor,
    current: Pass,
    demanded: list[dict[str, Any]],
    base_rank: int,
    tally: ProbeBase,
) -> dict[str, Any]:
    """The documents to demand, produced together: what the claim would look like once the
    claimant has shown everything it must."""
    rb = assessor.rulebook
    scenario: dict[str, Any] = {}
    for question in demanded:
        scenario.update(question["outcomes"][0]["if"])
    rec, changed = assessor.probe_outcome(current, scenario, tally)
    stays = rec == current.choice.recommendation
    reason = {
        lang: (
            {
                "fr": "s'ils sont tous produits, la recommandation {v} « {r} »",
                "en": "if they are all produced, the recommendation {v} '{r}'",
            }[lang].format(
                v={
                    ("fr", True): "reste",
                    ("fr", False): "devient",
                    ("en", True): "stays",
                    ("en", False): "becomes",
                }[(lang, stays)],
                r=rb.labels[rec][lang],
            )
            + "."
        )
        for lang in ("fr", "en")
    }
    names = [q["fact"] for q in demanded]
    return {
        "fact": names[0],
        "facts": names,
        "pointer": demanded[0]["pointer"],
        "ask": "claimant",
        "kind": "demand_documents_together",
        "question": {
            lang: demand_together([_request(rb, q["fact"], q, lang) for q in demanded], lang)
            for lang in ("fr", "en")
        },
        "reason": reason,
        "outcomes": [{"if": scenario, "recommendation": rec, "changes": changed}],
        "impact": abs(rb.policy.rank(rec) - base_rank),
        "affects": changed,
        "priority": max(q["priority"] for q in demanded) + 1,
    }


def _request(rb, name: str, question: dict[str, Any], lang: str) -> str:
    """What is demanded of the claimant for ``name``, as a noun phrase (its question when the
    catalogue gives no request)."""
    request = rb.facts[name].get("request")
    return request[lang] if request else lower_first(question["question"][lang])


IF_PRODUCED = {
    "fr": "s'il est produit, la recommandation {verb} « {r} »",
    "en": "if it is produced, the recommendation {verb} '{r}'",
}
VERB = {
    ("fr", True): "reste",
    ("fr", False): "devient",
    ("en", True): "stays",
    ("en", False): "becomes",
}
IF_VALUE = {
    ("fr", True): "si {v} : la recommandation reste « {r} »",
    ("en", True): "if {v}: the recommendation stays '{r}'",
    ("fr", False): "si {v} : la recommandation devient « {r} »",
    ("en", False): "if {v}: the recommendation becomes '{r}'",
}
"""The reason's clause for one probe, by language and whether the recommendation stays."""
SEPARATOR = {"fr": " ; ", "en": "; "}


def _reason(labels, name, info, probes, base, kind_demand) -> dict[str, str]:
    reason = {}
    for lang in ("fr", "en"):
        parts = []
        for p in probes:
            rec = labels[p.recommendation][lang]
            stays = p.recommendation == base
            if kind_demand:
                parts.append(IF_PRODUCED[lang].format(verb=VERB[(lang, stays)], r=rec))
            else:
                value = value_label(info, p.scenario.get(name), lang)
                parts.append(IF_VALUE[(lang, stays)].format(v=value, r=rec))
        reason[lang] = SEPARATOR[lang].join(parts) + "."
    return reason


def _question(rb, name, info, current, probes, impact, touched) -> dict[str, Any]:
    labels = rb.labels
    kind_demand = current.facts.get(name) is False or (
        "demand_probe" in info and current.facts.get(name) is not None
    )
    base = current.choice.recommendation
    # The reason depends only on the rulebook, the fact, the base recommendation and each
    # probe's value and recommendation (values from the facts catalogue): written once.
    key = (
        "question_reason",
        name,
        kind_demand,
        base,
        tuple((p.recommendation, None if kind_demand else p.scenario.get(name)) for p in probes),
    )
    try:
        written = rb.memo.get(key)
    except TypeError:  # a value that is not hashable (a list): written each time
        key, written = None, None
    if written is None:
        written = _reason(labels, name, info, probes, base, kind_demand)
        if key is not None:
            rb.memo[key] = written
    reason = dict(written)
    return {
        "fact": name,
        "pointer": pointer(name),
        "ask": info.get("ask", "client"),
        "question": {"fr": info["question"]["fr"], "en": info["question"]["en"]},
        "reason": reason,
        "outcomes": [
            {"if": p.scenario, "recommendation": p.recommendation, "changes": p.changed_rules}
            for p in probes
        ],
        "impact": impact,
        "affects": touched,
        "priority": int(info.get("priority", 0)),
    }
