"""A question put to the client does not name the client again as its subject."""

from __future__ import annotations

import re

import pytest

from app.rulebook import load
from app.services.rules.asking import LANGS, put

ADDRESSEE_TWICE = {
    "fr": re.compile(
        r"au (client|réclamant) : (?:[^?,]*? )?(?:le|votre) \1 (?:a|est|avait|détient|savait)\b|au (client|réclamant) : (?:le|votre) \2\b"
    ),
    "en": re.compile(
        r"Ask the (client|claimant): (?:\w+ )*?(?:did|does|is|had|has|was) the \1\b(?!'s)"
    ),
}


def questions() -> list[tuple[str, str, str]]:
    facts = load().facts
    return [
        (name, lang, put(info, lang))
        for name, info in facts.items()
        if info.get("question")
        for lang in LANGS
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_no_question_names_its_addressee_twice(lang: str) -> None:
    twice = [
        (n, t)
        for n, language, t in questions()
        if language == lang and ADDRESSEE_TWICE[lang].search(t)
    ]
    assert twice == []


def test_the_check_catches_the_addressee_named_twice() -> None:
    assert ADDRESSEE_TWICE["fr"].search(
        "Question à poser au client : le client a-t-il une licence ?"
    )
    assert ADDRESSEE_TWICE["en"].search("Ask the client: did the client obtain a licence?")
    assert not ADDRESSEE_TWICE["fr"].search("Question à poser au client : a-t-il une licence ?")
