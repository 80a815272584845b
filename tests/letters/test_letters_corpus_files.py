"""The letter corpus is well formed: one truth per letter, valid against the claim contract.

This checks the data only; the parser's accuracy on the corpus is measured elsewhere.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from app.schemas.claim import Letter

CORPUS = Path(__file__).parent / "corpus"
SPLITS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")
HELD_OUT = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")
RENDERINGS = {"text": ".txt", "eml": ".eml", "html": ".html", "scanned_pdf": ".txt", "msg": ".txt"}
TRUTHS = sorted(p for split in SPLITS for p in (CORPUS / split).glob("*.json"))


def test_corpus_size_and_split() -> None:
    counts = {split: len(list((CORPUS / split).glob("*.json"))) for split in SPLITS}
    assert sum(counts.values()) >= 60
    assert all(counts[split] >= 25 for split in HELD_OUT), counts
    assert sum(counts[split] for split in HELD_OUT) * 4 >= sum(counts.values()), counts


def test_every_letter_has_a_truth() -> None:
    for split in SPLITS:
        letters = {p.stem for p in (CORPUS / split).iterdir() if p.suffix != ".json"}
        truths = {p.stem for p in (CORPUS / split).glob("*.json")}
        assert letters == truths, split


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.stem)
def test_truth_is_a_valid_letter(path: Path) -> None:
    truth = json.loads(path.read_text(encoding="utf-8"))
    assert truth["id"] == path.stem
    assert Path(truth["file"]).suffix == RENDERINGS[truth["render_as"]]
    assert (path.parent / truth["file"]).is_file()
    assert ("message" in truth) == (truth["render_as"] == "msg")
    letter = truth["claim"]["letter"]
    assert set(letter) <= set(Letter.model_fields)
    Letter.model_validate(letter)
    for pointer in truth["redacted"]:
        assert letter[pointer.removeprefix("/letter/")] is None, pointer
    if letter["breakdown"]:
        total = sum(Decimal(item["amount"]["amount"]) for item in letter["breakdown"])
        assert total == Decimal(letter["amount_demanded"]["amount"])
