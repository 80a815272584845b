"""The rulebook's own hygiene: version and changelog, generated docs, sources, texts."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from app.rulebook import ROOT, VERSION, load
from app.services.rules.parameters import ParameterError
from app.services.rules.rulebook import content_digest
from app.tools.rulebook_docs import render
from app.tools.rulebook_lock import LOCK, read_lock, version_key
from app.vocabulary import QUESTIONS, ROLES

DOCS = ROOT.parents[1] / "docs" / "rulebook.md"
URL = re.compile(r"^https://[\w.-]+/\S*$")


def test_content_change_needs_a_version_bump():
    locked = read_lock()
    assert VERSION in locked, f"rulebook {VERSION} is not locked: run `make rulebook-lock`"
    assert locked[VERSION] == content_digest(ROOT), (
        f"the rulebook's content changed but its version is still {VERSION}: bump VERSION in "
        "app/rulebook/__init__.py, add a CHANGELOG.md entry, then run `make rulebook-lock`"
    )


def test_versions_compare_as_numbers_not_as_text():
    assert version_key("2.9.2") < version_key("2.9.10") < version_key("2.10.0")
    assert sorted(["2.9.10", "2.10.0", "2.9.2"], key=version_key) == ["2.9.2", "2.9.10", "2.10.0"]


def test_the_lock_lists_versions_in_version_order_and_ends_with_the_current_one():
    """``make rulebook-lock`` sorts by parsed version (as text, 2.9.10 came before 2.9.2);
    the version in force is the newest locked."""
    listed = [line.split(":")[0] for line in LOCK.read_text(encoding="utf-8").splitlines()[1:]]
    assert listed == sorted(listed, key=version_key)
    assert listed == list(read_lock())
    assert listed[-1] == VERSION


def test_changelog_has_an_entry_for_the_version():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {VERSION}" in changelog


def test_generated_rulebook_docs_are_current():
    assert DOCS.read_text(encoding="utf-8") == render(), "run `make rulebook-docs`"


def test_every_citation_is_well_formed():
    rb = load()
    for cid, cite in rb.citations.items():
        assert cite.get("title"), cid
        assert cite.get("jurisdiction") in {"FR", "DE", "GB", "US", "EU", "ALL", "CH"}, cid
        assert cite.get("confidence") in {"V", "V2", "A", "R"}, cid
        assert cite.get("verified") is (cite["confidence"] != "R"), (
            f"{cid}: verified must be false exactly where the notes say [R]"
        )
        if cite.get("url"):
            assert URL.match(cite["url"]), cid


def test_every_rule_is_well_declared():
    rb = load()
    codes = {j["code"] for j in rb.jurisdictions_covered}
    for rule in rb.rules:
        assert rule.question in QUESTIONS, rule.id
        assert rule.role in ROLES, rule.id
        assert rule.basis, f"{rule.id} cites nothing"
        assert set(rule.jurisdictions) <= codes, rule.id
        for variant in rule.variants.values():
            for text in (variant.summary, variant.explanation):
                assert text.fr.strip() and text.en.strip(), rule.id
                assert text.fr != text.en, f"{rule.id}: French and English are identical"


def test_every_cited_source_is_used_and_every_fact_catalogued_is_read():
    rb = load()
    cited = {c for rule in rb.rules for c in rule.basis}
    read = {f for rule in rb.rules for f in rule.reads}
    read |= {f for deriv in rb.derivations for f in deriv.reads}
    unused = set(rb.citations) - cited - {"eu-rome-ii-art8"}
    assert not unused, f"citations no rule cites: {sorted(unused)}"
    orphans = set(rb.facts) - read
    assert not orphans, f"catalogued facts no rule reads: {sorted(orphans)}"


GRID = [date(year, month, 1) for year in range(2015, 2028) for month in (1, 4, 7, 10)]
KNOWN_GAPS = {
    # ECB reference rates are recorded from the first TARGET business day of 2015; before
    # it, money.read converts nothing (no rate in force).
    "fx.eur_usd": date(2015, 1, 2),
    "fx.eur_gbp": date(2015, 1, 2),
}


def test_every_parameter_read_in_force_has_a_value_on_a_grid_of_dates():
    """Every parameter a rule in force reads, and every parameter a derivation reads (they
    run on every date), has a value on every date of the grid from 2015 to 2027."""
    rb = load()
    missing = []
    for on in GRID:
        readers = [(r.id, r.params) for r in rb.rules if r.in_force(on)]
        readers += [(d.name, d.params) for d in rb.derivations]
        for reader, names in readers:
            for name in sorted(names):
                try:
                    rb.params[name].at(on)
                except ParameterError:
                    if on >= KNOWN_GAPS.get(name, GRID[0]):
                        missing.append(f"{name} ({reader}) on {on}")
    assert not missing, "\n".join(missing[:20])


def test_the_grid_check_catches_a_period_that_starts_too_late(monkeypatch):
    rb = load()
    param = rb.params["limitation.fr_years"]
    late = [replace(v, start=date(2027, 1, 1)) for v in param.values]
    monkeypatch.setattr(param, "values", late)
    monkeypatch.setattr(param, "_starts", [v.start for v in late])
    with pytest.raises(AssertionError, match="limitation.fr_years"):
        test_every_parameter_read_in_force_has_a_value_on_a_grid_of_dates()
