"""The mechanical style rules of docs/style-fr.md hold for every text Riposte shows: every
text every rule declares, the catalogue's questions and labels, the strategy's texts, and
every rendered text of the assessments of all scenarios, in French and in English."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from app.rulebook import ROOT, load
from app.schemas.claim import Claim
from app.services import drafts
from app.services.evaluation import pick
from app.services.rules.render import citation_title
from tests.paths import SCENARIOS
from tests.scenarios.runner import evaluator, scenario_claim
from tests.style.checks import (
    FR_CITATION_FORMS,
    PLAIN_SPACE_IN_FRENCH,
    problems,
    rule_templates,
    texts,
)

NNBSP, NBSP = "\u202f", "\u00a0"


def _report(found: list[tuple[str, str, str, list[str]]]) -> str:
    return "\n".join(
        f"{where} [{lang}]: {'; '.join(p)}\n    {text[:240]}" for where, lang, text, p in found
    )


def _failures(items, template: bool = False) -> list[tuple[str, str, str, list[str]]]:
    return [(w, lang, t, p) for w, lang, t in items if (p := problems(t, lang, template))]


@lru_cache(maxsize=1)
def _assessments() -> list[tuple[str, dict]]:
    results = []
    for path in sorted(SCENARIOS.rglob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        claim = Claim.model_validate(scenario_claim(spec))
        today = date.fromisoformat(str(spec["today"])) if spec.get("today") else date(2026, 11, 28)
        results.append((path.stem, evaluator().evaluate(claim, today=today).result))
    return results


def test_the_checks_catch_what_the_style_forbids():
    assert problems("il manque mandate.produced", "en")
    assert problems("au plus tard le 2031-09-20", "fr")
    assert problems("un délai de 11 jour(s)", "fr")
    assert problems("soit 1200.00 €", "fr")
    assert problems("soit 300 EUR", "fr")
    assert problems("pour {amount}", "en")
    assert problems("value None", "en")
    assert problems("offre de licencier l'usage", "fr")
    assert problems("Demander ensemble au réclamant : Demander à l'agence son mandat.", "fr")
    assert problems("À demander au réclamant : demander la preuve de l'usage.", "fr")
    assert problems("Ask the claimant for all of these together: Ask for the mandate.", "en")
    assert problems("la charge de la preuve (art. 9 CPC)", "fr")
    assert problems("le consentement (art. L122-4 CPI)", "fr")
    assert problems("le consentement (art. L. 122-4 CPI)", "fr")
    assert problems("Prescription (art. 2224 C. civ.)", "fr")
    assert problems("CPI art. L. 122-5", "fr")
    assert not problems(
        "art. 9 du CPC ; art. L. 122-5, 3°, a), du CPI ; art. 2224 du Code civil", "fr"
    )
    assert problems("each party proves its facts (art. 9 CPC)", "en")
    assert not problems("each party proves its facts (Article 9 CPC)", "en")
    assert not problems("Demander au réclamant, en une seule fois : le mandat ; la preuve.", "fr")
    assert not problems("Question à poser au client : la source était-elle libre ?", "fr")
    assert not problems(f"soit 1{NNBSP}200,00{NBSP}€ le 20 septembre 2031", "fr")
    assert not problems("Cass. 1re civ., 3 sept. 2025, n° 23-18.669 ; licence CC BY 4.0", "fr")
    assert not problems(f"EUR{NBSP}1,200.00 by 20 September 2031", "en")
    # a party that may be a person is never "it" (second legal polish, item 3)
    assert problems("an unauthorised use is established if the claimant proves its rights", "en")
    assert problems(
        "ask for which rights holder it acts, as the avocat need not prove its mandate", "en"
    )
    assert problems("Here the client itself places the use", "en")
    assert problems("the recipient may claim the costs of its defence", "en")
    assert not problems("the recipient was not acting under its authority or control", "en")
    assert problems("Whoever claims on another's behalf must prove its authority", "en")
    assert problems("ask the supplier for the licence and call on its contractual warranty", "en")
    assert problems("the user must be able to show its own chain of licences", "en")
    assert not problems(
        "Whoever claims on another's behalf must prove the authority to do so", "en"
    )
    assert not problems("An agency that is only the owner's agent cannot sue in its own name", "en")
    assert not problems("the claimant proves title; the client's residence", "en")
    assert problems("instead of the table's 450 EUR", "en")
    assert not problems("instead of the table's EUR 450", "en")


def test_every_rule_text_follows_the_style_in_both_languages():
    found = _failures(rule_templates(), template=True)
    assert not found, _report(found)


def test_catalogue_questions_labels_and_strategy_follow_the_style():
    rb = load()
    items = []
    for name, info in rb.facts.items():
        for lang in ("fr", "en"):
            items.append((f"facts.{name}.question", lang, info["question"][lang]))
            for value, labels in (info.get("value_labels") or {}).items():
                items.append((f"facts.{name}.{value}", lang, labels[lang]))
    for rec, labels in rb.labels.items():
        items += [(f"labels.{rec}", lang, labels[lang]) for lang in ("fr", "en")]
    items += [(f"strategy.{w}", lang, t) for w, lang, t in texts(rb.policy.recommendations)]
    found = _failures(items)
    assert not found, _report(found)


def test_every_rendered_text_of_every_scenario_follows_the_style():
    found = []
    for name, result in _assessments():
        found += [(f"{name}: {w}", lang, t, p) for w, lang, t, p in _failures(texts(result))]
    assert not found, _report(found[:40]) + f"\n({len(found)} in all)"


def _shown_french(raw, shown, where=""):
    """Each French text as a reader gets it (``pick``), beside where it sits in the result."""
    if isinstance(raw, dict):
        if raw.keys() == {"fr", "en"}:
            for text in shown if isinstance(shown, list) else [shown]:
                if isinstance(text, str):
                    yield where, text
            return
        for key, value in raw.items():
            yield from _shown_french(value, shown[key], f"{where}.{key}")
    elif isinstance(raw, list):
        for i, value in enumerate(raw):
            yield from _shown_french(value, shown[i], f"{where}[{i}]")


def test_every_french_text_shown_keeps_signs_off_the_start_of_a_line():
    """No plain (breakable) space before « ; : ! ? » or inside guillemets in any French text
    of any scenario's answer: the reader's line never starts with the sign."""
    found = []
    for name, result in _assessments():
        for where, text in _shown_french(result, pick(result, "fr")):
            plain = PLAIN_SPACE_IN_FRENCH.search(text)
            if plain:
                found.append(f"{name}{where}: {plain.group()!r} in {text[:160]!r}")
    assert not found, "\n".join(found[:20]) + f"\n({len(found)} in all)"


FIGURE_IN_TITLE = re.compile(
    r"(?i)\b(?:\d+|deux|trois|cinq|six|dix|two|three|five|ten)[ -](?:jours?|mois|ans?|days?|"
    r"months?|years?)\b|\b(?:quinquennale|triennale|décennale|sexennale)\b"
)


def test_a_rule_title_names_the_rule_and_states_no_figure():
    """Periods come from parameters, in the texts; a title (« Prescription de l'action en
    contrefaçon ») names the rule and does not change with the law's figures."""
    assert FIGURE_IN_TITLE.search("Prescription de six ans")
    assert FIGURE_IN_TITLE.search("Snapshot: 50-year protection expired")
    assert not FIGURE_IN_TITLE.search("Licence CC 4.0 : rétablissement (§ 6(b))")
    found = [
        (spec.id, lang, text)
        for spec in load().rules
        for lang, text in (("fr", spec.title.fr), ("en", spec.title.en))
        if FIGURE_IN_TITLE.search(text)
    ]
    assert not found, found


def _strings(node, where=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, f"{where}[{i}]")
    elif isinstance(node, str):
        yield where, node


def test_the_drafts_wording_follows_the_style():
    """The letters Riposte drafts use the rules' vocabulary (« engagement de cessation
    assorti d'une clause pénale », never « engagement de cesser »)."""
    wording = Path(drafts.__file__).parent / "wording"
    found = []
    for lang in ("fr", "en"):
        data = yaml.safe_load((wording / f"{lang}.yaml").read_text(encoding="utf-8"))
        items = [(f"{lang}.yaml:{w}", lang, t) for w, t in _strings(data)]
        found += _failures(items, template=True)
    assert not found, _report(found)
    assert problems("un engagement de cesser modifié", "fr")


def test_french_sources_are_cited_in_the_french_form():
    """The titles of French sources: « Code de la propriété intellectuelle, art. L. 122-4 »,
    never « CPI art. L122-4 »."""
    found = [
        (cid, french)
        for cid, entry in load().citations.items()
        if entry.get("jurisdiction") == "FR"
        and any(p.search(french := citation_title(entry)["fr"]) for p in FR_CITATION_FORMS)
    ]
    assert not found, found


def test_the_catalogue_asks_a_question_or_names_what_is_demanded():
    """A fact's ``question`` is a question; a document to demand is given by its ``request``,
    a noun phrase the engine puts into one instruction (never « Demander… » twice)."""
    raw = {}
    for path in sorted((ROOT / "facts").glob("*.yaml")):
        raw.update(yaml.safe_load(path.read_text(encoding="utf-8")))
    for name, info in raw.items():
        demanded = info.get("demand") or "demand_probe" in info
        if demanded:
            assert "request" in info and "question" not in info, name
        for lang in ("fr", "en"):
            if "request" in info:
                request = info["request"][lang]
                assert not re.match(r"(?i)(demander|ask|faire|obtenir)\b", request), (name, lang)
                assert not request.endswith((".", "?")), (name, lang)
            elif "question" in info:
                assert info["question"][lang].rstrip().endswith("?"), (name, lang)


def test_undetermined_findings_say_whom_to_ask():
    rb = load()
    seen = 0
    for _, result in _assessments():
        for finding in result["findings"]:
            if finding["outcome"] != "undetermined":
                continue
            asked = [n for n in finding["missing_facts"] if n in rb.facts]
            if not asked:
                continue
            seen += 1
            fr, en = finding["explanation"]["fr"], finding["explanation"]["en"]
            assert "client" in fr or "réclamant" in fr or "Demander" in fr, fr
            assert "client" in en or "claimant" in en or "Ask" in en, en
    assert seen > 0
