"""The corpus scoring the benchmark prints: per field, the invented values and the wrong
values given at a confidence of 0.9 or more are counted apart from plain misses."""

from __future__ import annotations

from tests.letters.letters_corpus import FieldResult, Letter, LetterResult, summarise


def _letter() -> Letter:
    truth = {"claim": {"letter": {"language": "en"}}}
    return Letter("x-en-01", "dev", "text", truth, b"", "x-en-01.txt")


def _result(*fields: FieldResult) -> LetterResult:
    return LetterResult(_letter(), list(fields), [], 0.0)


def test_invented_and_confident_wrong_are_counted_per_field() -> None:
    results = [
        _result(
            FieldResult("deadline", False, True, "2026-12-01", None, 0.95),  # invented, sure
            FieldResult("reference", False, False, "A1", "B2", 0.8),  # wrong, unsure
            FieldResult("agency", True, False, "getty", "getty", 0.99),
        ),
        _result(
            FieldResult("deadline", False, False, None, "2026-12-02", None),  # missed
            FieldResult("reference", False, False, "C3", "B2", 0.9),  # wrong at 0.9
            FieldResult("agency", True, False, "getty", "getty", 0.95),
        ),
    ]
    summary = summarise(results)
    assert summary.invented == 1
    assert dict(summary.invented_by_field) == {"deadline": 1, "reference": 0, "agency": 0}
    assert summary.confident_wrong_by_field["deadline"] == 1
    assert summary.confident_wrong_by_field["reference"] == 1  # 0.9 counts, 0.8 does not
    assert summary.confident_wrong_by_field["agency"] == 0
    assert summary.band_rate(0.9) == 2 / 4
