"""The rulebook's own hygiene: version and changelog, generated docs, sources, texts."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.rulebook import ROOT, VERSION, load
from app.services.rules.rulebook import content_digest
from app.tools.rulebook_docs import render
from app.tools.rulebook_lock import read_lock

DOCS = ROOT.parents[1] / "docs" / "rulebook.md"
URL = re.compile(r"^https://[\w.-]+/\S*$")


def test_content_change_needs_a_version_bump():
    locked = read_lock()
    assert VERSION in locked, f"rulebook {VERSION} is not locked: run `make rulebook-lock`"
    assert locked[VERSION] == content_digest(ROOT), (
        f"the rulebook's content changed but its version is still {VERSION}: bump VERSION in "
        "app/rulebook/__init__.py, add a CHANGELOG.md entry, then run `make rulebook-lock`"
    )


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
    questions = {
        "mandate",
        "title",
        "originality",
        "proof_of_use",
        "acquisition",
        "restrictions",
        "context",
        "exceptions",
        "limitation",
        "procedure",
        "amount",
    }
    roles = {"decisive", "burden", "mitigating", "aggravating", "procedural", "info"}
    for rule in rb.rules:
        assert rule.question in questions, rule.id
        assert rule.role in roles, rule.id
        assert rule.basis, f"{rule.id} cites nothing"
        assert set(rule.jurisdictions) <= {"FR", "DE", "GB", "US", "EU", "ALL"}, rule.id
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


@pytest.mark.parametrize("year", range(2015, 2028))
def test_every_parameter_has_a_value_for_recent_years(year):
    rb = load()
    on = date(year, 6, 30)
    for param in rb.params.values():
        if param.values[0].start <= on:
            assert param.at(on) is not None
