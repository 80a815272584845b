"""The per-language word lists: read with the loader that refuses a key given twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.yamlfile import DuplicateKeyError
from app.services.letters.lexicon import _load, lexicons


def test_every_language_file_loads() -> None:
    assert {lexicon.language for lexicon in lexicons()} >= {"fr", "de", "en"}


def test_a_key_given_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "xx.yaml"
    path.write_text("language: xx\nacts_for: [on behalf of]\nacts_for: [for]\n", "utf-8")
    with pytest.raises(DuplicateKeyError, match="'acts_for' is given twice"):
        _load(path)


def test_a_priority_given_twice_in_the_reference_labels_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "xx.yaml"
    path.write_text("language: xx\nreference_labels:\n  10: [case]\n  10: [claim]\n", "utf-8")
    with pytest.raises(DuplicateKeyError, match="given twice"):
        _load(path)


def test_an_unquoted_yaml_boolean_is_refused_not_read_as_false(tmp_path: Path) -> None:
    path = tmp_path / "xx.yaml"
    path.write_text("language: xx\nnot_demand_after: [discount, off]\n", "utf-8")
    with pytest.raises(TypeError, match="False is not text"):
        _load(path)


def test_off_after_an_amount_is_a_discount_word() -> None:
    english = next(lexicon for lexicon in lexicons() if lexicon.language == "en")
    assert "off" in english.not_demand_after
    assert "false" not in english.not_demand_after


def test_a_key_no_field_reads_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "xx.yaml"
    path.write_text("language: xx\noption_marker: [option]\n", "utf-8")
    with pytest.raises(KeyError, match="option_marker"):
        _load(path)
