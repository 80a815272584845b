"""The rulebook's YAML: a key given twice is an error (YAML alone keeps the last one), and
a text in both languages has exactly its ``fr`` and ``en`` (an unquoted comma in a flow
mapping would split it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.rulebook import ROOT
from app.services.rules.parameters import ParameterError, load_parameter, load_yaml


def test_a_date_given_twice_in_a_parameter_file_is_rejected(tmp_path: Path):
    path = tmp_path / "years.yaml"
    path.write_text(
        "values:\n"
        '  "2010-01-01": {value: 3, reference: {title: A}}\n'
        '  "2010-01-01": {value: 4, reference: {title: B}}\n',
        encoding="utf-8",
    )
    with pytest.raises(ParameterError, match="given twice"):
        load_parameter(path, "limitation.years")


def test_a_key_given_twice_anywhere_is_rejected():
    with pytest.raises(ParameterError, match="'fr' is given twice"):
        load_yaml("label: {fr: un, fr: deux}")


def _texts(value, where):
    if isinstance(value, dict):
        if {"fr", "en"} <= set(value):
            yield where, set(value)
        for key, inner in value.items():
            yield from _texts(inner, f"{where}/{key}")
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from _texts(inner, f"{where}[{i}]")


def test_bilingual_texts_have_exactly_fr_and_en():
    odd = []
    for path in sorted(ROOT.rglob("*.yaml")):
        data = load_yaml(path.read_text(encoding="utf-8"), str(path))
        odd += [
            (path.name, where, keys) for where, keys in _texts(data, "") if keys != {"fr", "en"}
        ]
    assert not odd
