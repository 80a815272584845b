"""The shared sample letters: accuracy against their ground truth, and nothing invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from letters_support import (
    expectations,
    leaves,
    letter_block,
    redacted_pointers,
    require_samples,
    sample_files,
    warning_codes,
)

from app.services.letters import parse_letter_text

MIN_ACCURACY = 0.95


def _score(name: str, expected: dict) -> tuple[int, int, list[str]]:
    """(correct, present, misses) for one sample: claim values, redactions, warnings."""
    parse = parse_letter_text(letter_block(_path(name)))
    got = leaves(parse.claim)
    correct, present, misses = 0, 0, []
    for pointer, value in expected.get("claim", {}).items():
        present += 1
        if got.get(pointer) == value:
            correct += 1
        else:
            misses.append(f"{name} {pointer}: expected {value!r}, got {got.get(pointer)!r}")
    redacted = redacted_pointers(parse)
    for pointer in expected.get("redacted", []):
        present += 1
        if pointer in redacted and pointer not in got:
            correct += 1
        else:
            misses.append(f"{name} {pointer}: expected reported as redacted")
    codes = warning_codes(parse)
    for code in expected.get("warnings", []):
        present += 1
        if code in codes:
            correct += 1
        else:
            misses.append(f"{name}: expected a {code} warning")
    return correct, present, misses


def _path(name: str) -> Path:
    return next(p for p in sample_files() if p.name == name)


def test_every_sample_letter_has_expectations() -> None:
    require_samples()
    names = {p.name for p in sample_files()}
    assert names == set(expectations()["samples"]), "expected.yaml and the samples disagree"


def test_sample_accuracy() -> None:
    require_samples()
    correct = present = 0
    misses: list[str] = []
    for name, expected in expectations()["samples"].items():
        c, p, m = _score(name, expected)
        correct, present, misses = correct + c, present + p, misses + m
    accuracy = correct / present
    summary = (
        f"letter parser accuracy on {len(expectations()['samples'])} sample letters: "
        f"{correct}/{present} = {accuracy:.1%}"
    )
    print(summary)
    assert accuracy >= MIN_ACCURACY, summary + "\n" + "\n".join(misses)


@pytest.mark.parametrize("name", sorted(expectations()["samples"]))
def test_sample_invents_nothing(name: str) -> None:
    """No field the letter does not state: not the ones marked absent, nor any other."""
    require_samples()
    expected = expectations()["samples"][name]
    got = leaves(parse_letter_text(letter_block(_path(name))).claim)
    for pointer in expected.get("absent", []):
        assert pointer not in got, f"{name}: {pointer} is absent from the letter: {got[pointer]!r}"
    unexpected = set(got) - set(expected.get("claim", {}))
    assert not unexpected, f"{name}: values not in the expectations: {unexpected}"
