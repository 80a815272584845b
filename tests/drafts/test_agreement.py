"""The letters agree with the claim: with the number of images (« une photographie »,
« les trois photographies », "two photographs", „zwei Fotografien“), with the findings'
money and date forms ("EUR 1,200.00", « 1er octobre 2026 »), with French typography, and
they name a photographer who claims in his own name once, asking him for his authorship
rather than for a chain of title from himself to himself (held-out case l-48)."""

from __future__ import annotations

import copy
import re
from datetime import date

import pytest
import yaml

from app.schemas.claim import Claim
from app.services.drafts.compose import compose
from app.services.drafts.wording import count_words, sentences
from app.services.merge_patch import merge_patch
from app.services.rules.display import date_text, money_text
from tests.drafts.conftest import ABMAHNUNG_PATCH
from tests.paths import SCENARIOS
from tests.scenarios.runner import evaluator, scenario_claim

TODAY = date(2026, 11, 28)
KINDS = (
    "request_for_justification",
    "contestation",
    "counter_offer",
    "modified_undertaking",
    "removal_acknowledgement",
)
# Every singular way a letter can speak of the image, by language.
SINGULAR = {
    "fr": r"\b(une|la|cette) photographie\b|\bphotographie (en cause|originale)\b",
    "en": r"\b(a|the|this) photograph\b",
    "de": r"\b(eine|einer|die|dieser|beanstandete|angebotene) Fotografie\b",
}
SINGULAR = {lang: re.compile(pattern, re.IGNORECASE) for lang, pattern in SINGULAR.items()}
PLURAL = {"fr": "photographies", "en": "photographs", "de": "Fotografien"}
SPACES = re.compile(r"[\u202f\xa0]")
# A removal and a licence-free web source so that every kind of letter can be drafted.
REMOVED = {"use": {"removed_on": "2026-10-06"}}


def _texts(document: dict) -> list[str]:
    texts = [document["subject"]]
    for paragraph in document["paragraphs"]:
        texts.append(paragraph["text"])
        texts += [point["text"] for point in paragraph["points"]]
    if document["declaration"]:
        texts += document["declaration"]["obligations"]
    return texts


def _letters(claim: dict, language: str) -> list[dict]:
    result = evaluator().evaluate(Claim.model_validate(claim), today=TODAY).result
    letters = []
    for kind in KINDS:
        try:
            letters.append(compose(kind, language, claim, result, today=TODAY))
        except Exception as refused:  # a kind the assessment does not allow
            assert type(refused).__name__ == "DraftRefused", refused
    return letters


@pytest.fixture()
def german_claim(example_claim) -> dict:
    return merge_patch(merge_patch(copy.deepcopy(example_claim), ABMAHNUNG_PATCH), REMOVED)


@pytest.mark.parametrize("language", ("fr", "en", "de"))
@pytest.mark.parametrize("images", (1, 3, 12))
def test_every_letter_agrees_with_the_number_of_images(german_claim, language, images):
    claim = merge_patch(german_claim, {"use": {"number_of_images": images}})
    letters = _letters(claim, language)
    assert len(letters) == len(KINDS)
    for document in letters:
        text = SPACES.sub(" ", " ".join(_texts(document)))
        if images == 1:
            assert SINGULAR[language].search(text), (document["kind"], text)
            assert PLURAL[language] not in text, (document["kind"], text)
        else:
            assert not SINGULAR[language].search(text), (document["kind"], text)
            assert f"{count_words(images, language)} {PLURAL[language]}" in text, text
    # A small number is written in words, a larger one in figures.
    assert count_words(3, language) != "3" and count_words(12, language) == "12"


def _singular_sentences(one, other, singular: re.Pattern, where: str = ""):
    """(where, singular sentence, the same sentence for two images) for each sentence of the
    wording that names the image in the singular."""
    if isinstance(one, dict):
        for key in one:
            yield from _singular_sentences(one[key], other[key], singular, f"{where}.{key}")
    elif isinstance(one, str) and singular.search(one):
        yield where, one, other


def test_every_sentence_mentioning_the_image_has_a_plural():
    """A sentence of the wording that names the image in the singular is written in both
    forms (``one``/``other``), so that a new sentence cannot forget the plural."""
    for language, singular in SINGULAR.items():
        one, other = sentences(language, 1), sentences(language, 2)
        checked = list(_singular_sentences(one, other, singular))
        assert len(checked) >= 10, (language, checked)
        for where, _, b in checked:
            assert not singular.search(b), (language, where, b)


@pytest.mark.parametrize("language", ("fr", "en"))
def test_money_and_dates_are_written_as_the_findings_write_them(example_claim, language):
    claim = merge_patch(copy.deepcopy(example_claim), {"letter": {"letter_date": "2026-10-01"}})
    result = evaluator().evaluate(Claim.model_validate(claim), today=TODAY).result
    document = compose("counter_offer", language, claim, result, today=TODAY)
    text = " ".join(_texts(document))
    demanded = claim["letter"]["amount_demanded"]
    written = money_text(demanded["amount"], demanded["currency"], language)
    assert written in text
    # the findings write the demand in the same form
    assert any(written in f["summary"][language] for f in result["findings"])
    assert date_text(date(2026, 10, 1), language) in text
    if language == "en":
        assert "EUR\xa0" in text and "€" not in text
    else:
        assert "1er octobre 2026" in text


def test_french_letters_follow_french_typography(example_claim):
    result = evaluator().evaluate(Claim.model_validate(example_claim), today=TODAY).result
    document = compose("request_for_justification", "fr", example_claim, result, today=TODAY)
    text = " ".join(_texts(document))
    assert " :" not in text and " ;" not in text
    assert "\xa0:" in text and "\u202f;" in text
    english = compose("request_for_justification", "en", example_claim, result, today=TODAY)
    assert "\xa0:" not in " ".join(_texts(english))


def test_a_photographer_claiming_in_his_own_name_is_asked_for_his_authorship():
    case = SCENARIOS / "lawyer" / "l-48-de-company-abmahnung-two-product-photos.yaml"
    claim = scenario_claim(yaml.safe_load(case.read_text(encoding="utf-8")))
    assert claim["letter"]["photographer"] == claim["letter"]["rights_holder"]
    name = claim["letter"]["photographer"]
    respaced = merge_patch(copy.deepcopy(claim), {"letter": {"photographer": " markus  VOGEL"}})
    for language, case_claim in (("fr", claim), ("en", claim), ("de", claim), ("fr", respaced)):
        for document in _letters(case_claim, language):
            text = " ".join(_texts(document))
            assert f"({name})" not in document["subject"], document["subject"]
            assert not re.search(rf"{name}\W+(jusqu'à|to|bis zu) {name}", text), text
            # the letter spells the name as the rights holder does, spaces collapsed
            assert "markus" not in text and "VOGEL" not in text and "  " not in text, text


def test_a_contestation_of_the_amount_alone_says_so():
    """With no principal argument (l-48: only the amount is disputed), the letter disputes
    the amount and puts no « À titre subsidiaire » under a principal case it does not make."""
    case = SCENARIOS / "lawyer" / "l-48-de-company-abmahnung-two-product-photos.yaml"
    claim = scenario_claim(yaml.safe_load(case.read_text(encoding="utf-8")))
    result = evaluator().evaluate(Claim.model_validate(claim), today=TODAY).result
    for language, lead in (("fr", "conteste le montant"), ("en", "disputes the amount")):
        document = compose("contestation", language, claim, result, today=TODAY)
        keys = [p["key"] for p in document["paragraphs"]]
        assert "subsidiary" not in keys, keys
        first = next(p for p in document["paragraphs"] if p["key"] == "lead")
        assert lead in first["text"] and first["points"], first
    # with a principal argument, the amount comes in the alternative
    assert "subsidiary" in [
        p["key"]
        for p in compose("contestation", "fr", _example(), _result(_example()), today=TODAY)[
            "paragraphs"
        ]
    ]


def _example() -> dict:
    import json

    from tests.conftest import EXAMPLE_CLAIM

    return json.loads(EXAMPLE_CLAIM.read_text(encoding="utf-8"))


def _result(claim: dict) -> dict:
    return evaluator().evaluate(Claim.model_validate(claim), today=TODAY).result


def test_french_letters_elide_before_a_vowel():
    """« au nom d'Agence France-Presse », never « au nom de Agence France-Presse » (l-01)."""
    case = SCENARIOS / "lawyer" / "l-01-fr-picrights-afp-ongoing-partly-barred.yaml"
    claim = scenario_claim(yaml.safe_load(case.read_text(encoding="utf-8")))
    assert claim["letter"]["rights_holder"] == "Agence France-Presse"
    for document in _letters(claim, "fr"):
        text = " ".join(_texts(document))
        assert not re.search(r"\b(de|que) Agence", text), text
        assert "d'Agence France-Presse" in text, text


PARTY = re.compile(r"\{(?:client|rights_holder)\}")
NEUTER = re.compile(r"\b(?:its|itself)\b", re.IGNORECASE)


def _english_sentences(node, where: str = ""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _english_sentences(value, f"{where}.{key}")
    elif isinstance(node, str):
        yield where, node


def test_english_letters_do_not_call_a_party_it():
    """The client and the rights holder may be persons (a photographer, a blogger): no
    English sentence refers back to either as "its" or "itself" ("sets at its reasonable
    discretion", "claim its own defence costs"). A pronoun before the party's name refers
    to something else (« of your claim or of its amount; all of {client}'s rights »)."""
    wording = sentences("en", 1), sentences("en", 2)
    checked = 0
    for where, text in (item for w in wording for item in _english_sentences(w)):
        parties = list(PARTY.finditer(text))
        if not parties:
            continue
        checked += 1
        after = text[parties[0].end() :]
        assert not NEUTER.search(after), (where, text)
    assert checked >= 20, checked


def test_the_penalty_is_set_by_the_rights_holder_at_reasonable_discretion(german_claim):
    """The modified undertaking's penalty clause follows the „Hamburger Brauch“ in every
    language: the amount is left to the rights holder's reasonable discretion (§ 315 BGB)
    and reviewable by the competent court; in English without calling a person "it"."""
    claim = merge_patch(german_claim, {"letter": {"rights_holder": "Sarah Jones"}})
    expected = {
        "en": (
            "to be set by Sarah Jones at reasonable discretion",
            "reviewed by the competent court",
        ),
        "fr": ("fixé par Sarah Jones selon une appréciation équitable", "juridiction compétente"),
        "de": ("Sarah Jones nach billigem Ermessen bestimmt", "zuständigen Gericht überprüft"),
    }
    result = evaluator().evaluate(Claim.model_validate(claim), today=TODAY).result
    for language, phrases in expected.items():
        document = compose("modified_undertaking", language, claim, result, today=TODAY)
        (penalty,) = [o for o in document["declaration"]["obligations"] if "Sarah Jones" in o]
        penalty = SPACES.sub(" ", penalty)
        for phrase in phrases:
            assert phrase in penalty, (language, penalty)
        assert not NEUTER.search(penalty), penalty
