"""Letters written for these tests, in every supported format, each checked exactly."""

from __future__ import annotations

import pytest
from letters_pdf import permission_machine_pdf
from letters_support import (
    FIXTURES_DIR,
    expectations,
    leaves,
    letter_block,
    own_fixture_files,
    redacted_pointers,
    sample_files,
)

from app.schemas.letters import LetterParse
from app.services.letters import parse_letter_document, parse_letter_text

OWN = expectations()["own"]


def _parse(name: str) -> LetterParse:
    path = FIXTURES_DIR / name
    return parse_letter_document(path.read_bytes(), filename=path.name, content_type=None)


def test_every_fixture_has_expectations() -> None:
    assert {p.name for p in own_fixture_files()} == set(OWN)
    assert len(OWN) >= 8


@pytest.mark.parametrize("name", sorted(OWN))
def test_own_letter_claim(name: str) -> None:
    expected = OWN[name]
    parse = _parse(name)
    assert parse.claim == expected["claim"]
    assert redacted_pointers(parse) == set(expected.get("redacted", []))
    codes = sorted({w.code for w in parse.warnings if w.code != "redacted_value"})
    assert codes == sorted(expected.get("warnings", []))
    for key, value in expected.get("extras", {}).items():
        assert parse.extras.get(key) == value, key


def _all_parses() -> list[tuple[str, LetterParse]]:
    parses = [(name, _parse(name)) for name in sorted(OWN)]
    parses += [(p.name, parse_letter_text(letter_block(p))) for p in sample_files()]
    return parses


def test_every_source_span_is_exact() -> None:
    """`excerpt` is always text[start:end], for fields, warnings and alternatives."""
    for name, parse in _all_parses():
        spans = [*parse.fields, *parse.warnings, *parse.alternatives]
        for item in spans:
            if item.start is None:
                assert item.excerpt is None
                continue
            assert item.excerpt == parse.text[item.start : item.end], (name, item)
        verbatim = ("/letter/rights_holder", "/letter/photographer", "/letter/reference",
                    "/letter/agency_name", "/use/page_url")  # fmt: skip
        for field in parse.fields:
            if field.pointer in verbatim:
                assert leaves(parse.claim)[field.pointer] == field.excerpt, (name, field)
        assert {f.pointer for f in parse.fields} >= {
            f"/{section}/{field}"
            for section, values in parse.claim.items()
            for field in values
            if field not in ("breakdown",)
        }, name


def test_every_field_has_a_confidence_and_the_schema_round_trips() -> None:
    for name, parse in _all_parses():
        assert all(0 <= f.confidence <= 1 for f in parse.fields), name
        assert LetterParse.model_validate(parse.model_dump()) == parse


def test_pdf_fixture_matches_its_generator() -> None:
    assert (FIXTURES_DIR / "permission-machine-en.pdf").read_bytes() == permission_machine_pdf()


def test_contract_example_fields_are_found_in_the_copytrack_letter() -> None:
    """The claim contract's example case, written as a letter, gives the contract's values."""
    import json

    from tests.paths import EXAMPLE_CLAIM

    contract = json.loads(EXAMPLE_CLAIM.read_text(encoding="utf-8"))
    letter = _parse("copytrack-en-trunk-archive.txt").claim["letter"]
    for field, value in letter.items():
        assert contract["letter"][field] == value, field
