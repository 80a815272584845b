"""Whom to ask, and how it is written: the words that put a fact's question or demand to
the client or to the claimant.

The facts catalogue gives, for each fact, either a ``question`` (« Le mandat produit
désigne-t-il nommément le titulaire des droits ? ») or a ``request``: what is demanded of
the claimant, as a noun phrase (« le mandat que lui a confié le titulaire des droits »).
The instruction is written here, once, so that it never doubles: « Demander au réclamant
le mandat… », « Question à poser au réclamant : le mandat produit… ? », « Demander au
réclamant, en une seule fois : le mandat… ; la chaîne des droits… ».
"""

from __future__ import annotations

from typing import Any

from app.services.rules.model import RuleDefinitionError

LANGS = ("fr", "en")

QUESTION_TO = {
    "client": {"fr": "Question à poser au client : ", "en": "Ask the client: "},
    "claimant": {"fr": "Question à poser au réclamant : ", "en": "Ask the claimant: "},
}
"""Before a question (lowercased after the colon)."""

DEMAND_OF = {
    "client": {"fr": "Demander au client ", "en": "Ask the client for "},
    "claimant": {"fr": "Demander au réclamant ", "en": "Ask the claimant for "},
}
"""Before a request (a noun phrase): one instruction, one addressee."""

DEMAND_TOGETHER = {
    "fr": "Demander au réclamant, en une seule fois : ",
    "en": "Ask the claimant, in a single request, for: ",
}
"""Before the requests made together, joined as a list."""

LIST_SEP = {"fr": " ; ", "en": "; "}


def lower_first(text: str) -> str:
    """``text`` with its first letter lowercased, unless it opens an acronym (« US », "IPTC")."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def demand(request: str, ask: str, lang: str) -> str:
    """The instruction to demand ``request`` of whoever ``ask`` names."""
    return DEMAND_OF.get(ask, DEMAND_OF["claimant"])[lang] + request.rstrip(".") + "."


def demand_together(requests: list[str], lang: str) -> str:
    """The instruction to demand every one of ``requests`` of the claimant at once."""
    items = [r.rstrip(".") for r in requests]
    return DEMAND_TOGETHER[lang] + LIST_SEP[lang].join(items) + "."


def put(info: dict[str, Any], lang: str) -> str:
    """A fact's question or demand, with whom to ask: « Question à poser au client : … ? »
    or « Demander au réclamant … »."""
    ask = info.get("ask", "client")
    if info.get("request"):
        return demand(info["request"][lang], ask, lang)
    prefix = QUESTION_TO.get(ask, QUESTION_TO["client"])[lang]
    return prefix + lower_first(info["question"][lang])


def with_questions(facts: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The catalogue with each fact's ``question`` in both languages: a fact given by its
    ``request`` gets the demand as its question (« Demander au réclamant … »). A fact has a
    question or a request, never both."""
    out = {}
    for name, info in facts.items():
        has_question, has_request = bool(info.get("question")), bool(info.get("request"))
        if has_question and has_request:
            raise RuleDefinitionError(f"fact {name}: give a question or a request, not both")
        if has_request:
            ask = info.get("ask", "client")
            info = {
                **info,
                "question": {lang: demand(info["request"][lang], ask, lang) for lang in LANGS},
            }
        out[name] = info
    return out
