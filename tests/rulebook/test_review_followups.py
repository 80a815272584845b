"""Rows of the December 2026 legal review whose fix is a parameter or a text rather than
an outcome a scenario shows (docs/legal-decisions.md, the defect → rule → test table)."""

from __future__ import annotations

from datetime import date

from app.rulebook import load
from app.services.rules.views import ParamView


def _param(name: str, on: date):
    view = ParamView(load().params, [name], "test", on)
    return view[name]


def test_gb_leaves_the_member_states_at_the_end_of_the_transition_period():
    # Defect 23: EU law applied to the UK until 31 Dec. 2020 (Withdrawal Agreement
    # art. 126-127), not only until the withdrawal on 1 Feb. 2020.
    assert "GB" in _param("eu.member_states", date(2020, 12, 31))
    assert "GB" not in _param("eu.member_states", date(2021, 1, 1))


def test_ozz_is_not_read_as_a_ceiling():
    # Defect 21: C-367/15 held that art. 13 does not preclude a double fee; it set no
    # maximum. Neither the parameter's sources nor GEN-AMOUNT-01 say "at most" or "up to".
    rule = load().rule("GEN-AMOUNT-01")
    for variant in rule.variants.values():
        assert "jusqu'au double" not in variant.explanation.fr
        assert "at most twice" not in variant.explanation.en
    # The OZZ sentence is given wherever EU law governs the damages (not under US law).
    from app.rulebook.jurisdictions.general.rules.amount import EU_ROYALTY

    text = rule.variants["disproportionate"].explanation
    assert "{eu_fr}" in text.fr and "{eu_en}" in text.en
    fr, en = EU_ROYALTY
    assert "sans fixer de plafond" in fr and "set no ceiling" in en
    assert "jusqu'au double" not in fr and "at most twice" not in en
