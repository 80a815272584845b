"""What the review page and the report show of an assessment, in the reader's language.

Built from the stored revision only (no law here): the summary line, the strategy, the
findings by question, the amount and its factors, the dates, the questions with the answers
they can take, and the drafts.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from app.models import Draft
from app.services.assessment_etags import etag
from app.services.assessment_records import Stored, represent
from app.services.drafts.formats import long_date, money
from app.services.evaluation import pick

LABELS = Path(__file__).with_name("review_labels.yaml")
UI_LANGUAGES = ("fr", "en")


@cache
def labels(language: str) -> dict[str, Any]:
    return yaml.safe_load(LABELS.read_text(encoding="utf-8"))[language]


def view(
    stored: Stored,
    language: str,
    *,
    facts: dict[str, Any],
    question_order: list[str],
    drafts: list[Draft] = (),
    today: date | None = None,
) -> dict[str, Any]:
    words = labels(language)
    body = pick(represent(stored), language)
    findings = body["findings"]
    by_id = {f["rule_id"]: f for f in findings}
    groups = [
        {"question": q, "label": words["questions_names"].get(q, q), "findings": found}
        for q in question_order
        if (found := [f for f in findings if f["question"] == q])
    ]
    strategy = body["strategy"]
    return {
        "id": body["id"],
        "etag": etag(stored.assessment),
        "revision": body["revision"],
        "external_ref": body.get("external_ref"),
        "claim": body["claim"],
        "summary": summary(body, words, language, today or date.today()),
        "strategy": {
            **strategy,
            "reasons": [
                {"rule_id": r, "title": by_id[r]["title"] if r in by_id else r}
                for r in strategy["reasons"]
            ],
        },
        "groups": groups,
        "amount": amount(body.get("amount"), language),
        "dates": dates(body.get("dates") or {}, language),
        "questions": [question(q, words, facts, language) for q in body["questions"]],
        "drafts": [
            {
                "id": str(d.id),
                "kind": words["kinds"].get(d.kind, d.kind),
                "language": words["languages"].get(d.language, d.language),
                "revision": d.revision,
                "created": long_date(d.created_at.date(), language),
            }
            for d in drafts
        ],
    }


def summary(body: dict[str, Any], words: dict[str, Any], language: str, today: date) -> dict:
    amount = body.get("amount") or {}
    currency = amount.get("currency")
    fair = amount.get("fair_range") or {}
    deadline = (body.get("dates") or {}).get("response_deadline")
    if deadline:
        days = (date.fromisoformat(deadline) - today).days
        due = (words["reply_within"] if days >= 0 else words["reply_overdue"]).format(
            days=abs(days)
        )
    else:
        due = words["no_deadline"]
    return {
        "recommendation": body["strategy"]["label"],
        "code": body["strategy"]["recommendation"],
        "demanded": money(amount.get("demanded"), currency, language),
        "fair_low": money(fair.get("low"), currency, language),
        "fair_high": money(fair.get("high"), currency, language),
        "due": due,
    }


def amount(data: dict[str, Any] | None, language: str) -> dict[str, Any] | None:
    if not data:
        return None
    currency = data.get("currency")
    counter = data.get("counter_offer") or {}
    return {
        "demanded": money(data.get("demanded"), currency, language),
        "reference_fee": money(data.get("reference_fee"), currency, language),
        "counter_offer": money(counter.get("amount"), currency, language),
        "rationale": counter.get("rationale"),
        "factors": [
            {"effect": step.get("effect"), "applied": step.get("applied", True)}
            for step in data.get("trace") or []
            if step.get("effect")
        ],
        "without_basis": [
            {"amount": money(i.get("amount"), currency, language), "reason": i.get("reason")}
            for i in data.get("without_basis") or []
        ],
    }


def dates(data: dict[str, Any], language: str) -> dict[str, Any]:
    return {
        "response_deadline": long_date(data.get("response_deadline"), language),
        "response_basis": data.get("response_deadline_basis"),
        "limitation_expiry": long_date(data.get("limitation_expiry"), language),
        "limitation_basis": data.get("limitation_basis"),
        "time_barred": data.get("time_barred"),
    }


def question(q: dict[str, Any], words: dict, facts: dict, language: str) -> dict[str, Any]:
    options = [
        {"index": i, "label": option_label(o["if"], words, facts, language)}
        for i, o in enumerate(q.get("outcomes") or [])
    ]
    return {
        "rank": q["rank"],
        "text": q["question"],
        "reason": q.get("reason"),
        "ask": words["ask_client"] if q.get("ask") == "client" else words["ask_claimant"],
        "options": options,
    }


def option_label(values: dict[str, Any], words: dict, facts: dict, language: str) -> str:
    if len(values) > 1 and all(v is True or isinstance(v, list) for v in values.values()):
        return words["all_produced"]
    parts = []
    for fact, value in values.items():
        parts.append(value_label(fact, value, words, facts, language))
    return " ; ".join(parts) if language == "fr" else "; ".join(parts)


def value_label(fact: str, value: Any, words: dict, facts: dict, language: str) -> str:
    if value is True:
        return words["yes"]
    if value is False:
        return words["no"]
    known = (facts.get(fact) or {}).get("value_labels") or {}
    for key, label in known.items():
        if str(key) == str(value):
            return label.get(language, str(value)) if isinstance(label, dict) else str(label)
    if isinstance(value, list):
        return ", ".join(value_label(fact, v, words, facts, language) for v in value)
    return str(value)


def answer_patch(stored: Stored, rank: int, option: int) -> dict[str, Any] | None:
    """The merge patch of one answer: the facts of the chosen outcome of question ``rank``
    in this revision (the browser sends a choice, never facts)."""
    for q in stored.revision.result.get("questions", []):
        if q["rank"] == rank and 0 <= option < len(q.get("outcomes") or []):
            patch: dict[str, Any] = {}
            for dotted, value in q["outcomes"][option]["if"].items():
                node = patch
                *parents, leaf = dotted.split(".")
                for name in parents:
                    node = node.setdefault(name, {})
                node[leaf] = value
            return patch
    return None


def evidence(items: list[dict[str, Any]], language: str, facts: dict) -> list[dict[str, Any]]:
    """The case's files with their proposals, labelled for the reader (``items`` as the
    evidence API represents them)."""
    words = labels(language)
    shown = []
    for item in pick(items, language):
        proposals = []
        for p in item.get("proposals") or []:
            question = (facts.get(p["fact"]) or {}).get("question") or {}
            proposals.append(
                {
                    **p,
                    "label": question.get(language) if isinstance(question, dict) else None,
                    "value_label": value_label(p["fact"], p["value"], words, facts, language),
                }
            )
        shown.append({**item, "proposals": proposals})
    return shown
