"""The letter corpus (tests/letters/corpus): loading each letter as a user would send it,
and scoring a parse against its ground truth, field by field.

Shared by the accuracy test and `benchmarks/letters_parse.py`.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from app.schemas.letters import LetterParse
from app.services.letters import parse_letter_document, parse_letter_text
from app.services.letters.pdf import ocr_languages
from tests.letters.letters_render import outlook_msg, scanned_pdf

CORPUS = Path(__file__).resolve().parent / "corpus"
FIELDS = (
    "agency", "agency_name", "rights_holder", "photographer", "reference", "language",
    "letter_date", "deadline", "amount_demanded", "breakdown", "licence_offer",
    "threatens_litigation", "asserted_law", "evidence_of_use", "undertaking_demanded",
)  # fmt: skip
BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01))


@dataclass(frozen=True)
class Letter:
    id: str
    split: str
    render_as: str
    truth: dict[str, Any]
    data: bytes
    filename: str

    @property
    def language(self) -> str:
        return self.truth["claim"]["letter"].get("language") or "?"

    def parse(self) -> LetterParse:
        if self.render_as == "text":
            return parse_letter_text(self.data.decode("utf-8"))
        return parse_letter_document(self.data, filename=self.filename, content_type=None)


@cache
def letters(split: str) -> tuple[Letter, ...]:
    """Every letter of a split (`dev`, `heldout` ... `heldout6`), as bytes in the form `render_as` says."""
    found = []
    for path in sorted((CORPUS / split).glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        source = path.parent / truth["file"]
        render = truth["render_as"]
        data, filename = source.read_bytes(), source.name
        if render == "scanned_pdf":
            if ocr_languages() is None:
                continue  # no Tesseract here: `make ocr` installs it
            data, filename = scanned_pdf(data.decode("utf-8")), f"{truth['id']}.pdf"
        elif render == "msg":
            data = outlook_msg(data.decode("utf-8"), truth["message"])
            filename = f"{truth['id']}.msg"
        found.append(Letter(truth["id"], split, render, truth, data, filename))
    return tuple(found)


def _same(name: str, got: Any, want: Any) -> bool:
    if name == "evidence_of_use" and got is not None and want is not None:
        return set(got) == set(want)
    return got == want


def _confidence(parse: LetterParse, name: str) -> float | None:
    pointer = f"/letter/{name}"
    exact = [f.confidence for f in parse.fields if f.pointer == pointer]
    if exact:
        return exact[0]
    parts = [f.confidence for f in parse.fields if f.pointer.startswith(pointer + "/")]
    return min(parts) if parts else None


@dataclass
class FieldResult:
    name: str
    right: bool
    invented: bool
    got: Any
    want: Any
    confidence: float | None


@dataclass
class LetterResult:
    letter: Letter
    fields: list[FieldResult]
    missing_warnings: list[str]
    seconds: float

    @property
    def fully_right(self) -> bool:
        return all(f.right for f in self.fields) and not self.missing_warnings


def score(letter: Letter, parse: LetterParse, seconds: float = 0.0) -> LetterResult:
    truth = letter.truth["claim"]["letter"]
    got = parse.claim.get("letter", {})
    results = []
    for name in FIELDS:
        want, value = truth.get(name), got.get(name)
        right = _same(name, value, want)
        invented = want is None and value is not None
        results.append(FieldResult(name, right, invented, value, want, _confidence(parse, name)))
    codes = {w.code for w in parse.warnings}
    missing = [code for code in letter.truth.get("warnings", []) if code not in codes]
    return LetterResult(letter, results, missing, seconds)


def run(split: str) -> list[LetterResult]:
    results = []
    for letter in letters(split):
        started = time.perf_counter()
        parse = letter.parse()
        results.append(score(letter, parse, time.perf_counter() - started))
    return results


@dataclass
class Summary:
    fields: int = 0
    right: int = 0
    invented: int = 0
    letters: int = 0
    fully_right: int = 0
    by_field: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    by_language: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    bands: dict[tuple[float, float], list[int]] = field(
        default_factory=lambda: {band: [0, 0] for band in BANDS}
    )
    misses: list[tuple[str, str, Any, Any]] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)
    # Per field: values given where the truth is null, and wrong values given at >= 0.9.
    invented_by_field: Counter[str] = field(default_factory=Counter)
    confident_wrong_by_field: Counter[str] = field(default_factory=Counter)

    @property
    def accuracy(self) -> float:
        return self.right / self.fields if self.fields else 0.0

    def band_rate(self, low: float) -> float | None:
        """Share right of the values given with a confidence of at least `low`."""
        counted = [v for (lo, _), v in self.bands.items() if lo >= low]
        total = sum(v[1] for v in counted)
        return sum(v[0] for v in counted) / total if total else None


def summarise(results: list[LetterResult]) -> Summary:
    summary = Summary()
    for result in results:
        summary.letters += 1
        summary.kinds[result.letter.render_as] += 1
        summary.fully_right += result.fully_right
        for item in result.fields:
            summary.fields += 1
            summary.right += item.right
            summary.invented += item.invented
            summary.invented_by_field[item.name] += item.invented
            summary.by_field[item.name][0] += item.right
            summary.by_field[item.name][1] += 1
            summary.by_language[result.letter.language][0] += item.right
            summary.by_language[result.letter.language][1] += 1
            if not item.right:
                summary.misses.append((result.letter.id, item.name, item.got, item.want))
            if item.got is not None and item.confidence is not None:
                band = next(b for b in BANDS if b[0] <= item.confidence < b[1])
                summary.bands[band][0] += item.right
                summary.bands[band][1] += 1
                if item.confidence >= 0.9 and not item.right:
                    summary.confident_wrong_by_field[item.name] += 1
    return summary
