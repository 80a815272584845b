"""The dates derivation (``derived.dates``): response deadlines and limitation under each
law, across year ends, leap days, weekends and German public holidays (§ 193 BGB)."""

from __future__ import annotations

from datetime import date

import pytest

from app.rulebook.calendar import _holiday_dates, add_months, add_years, next_working_day
from tests.rulebook.helpers import dates, example

TODAY = date(2026, 11, 28)


def claim_in(country: str, subdivision: str | None = None, **use) -> dict:
    claim = example()
    claim["respondent"].update(country=country, subdivision=subdivision)
    claim["letter"]["asserted_law"] = None
    claim["use"].update(use)
    return claim


# --- calendar arithmetic -------------------------------------------------------------


def test_add_years_from_a_leap_day():
    assert add_years(date(2024, 2, 29), 5) == date(2029, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert add_years(date(2023, 12, 31), 3) == date(2026, 12, 31)


def test_add_months_to_a_shorter_month():
    assert add_months(date(2023, 1, 31), 3) == date(2023, 4, 30)
    assert add_months(date(2023, 11, 30), 3) == date(2024, 2, 29)
    assert add_months(date(2022, 11, 30), 3) == date(2023, 2, 28)
    assert add_months(date(2023, 10, 15), 3) == date(2024, 1, 15)


def test_next_working_day_skips_weekends_and_german_holidays():
    assert next_working_day(date(2026, 12, 25), "DE", None)[0] == date(2026, 12, 28)
    assert next_working_day(date(2022, 12, 31), "DE", None)[0] == date(2023, 1, 2)
    assert next_working_day(date(2026, 12, 23), "DE", None) == (date(2026, 12, 23), [], True)


def test_regional_holidays_depend_on_the_subdivision():
    # 6 January 2027 (Wednesday): Epiphany is a holiday in Bavaria, not in Berlin.
    assert next_working_day(date(2027, 1, 6), "DE", "BY")[0] == date(2027, 1, 7)
    assert next_working_day(date(2027, 1, 6), "DE", "BE")[0] == date(2027, 1, 6)


def test_unknown_subdivision_falls_back_to_national_holidays():
    day, skipped, known = next_working_day(date(2026, 12, 25), "DE", "XX")
    assert day == date(2026, 12, 28) and skipped and known is False


def test_holiday_calendars_are_cached():
    _holiday_dates.cache_clear()
    for _ in range(3):
        next_working_day(date(2026, 12, 25), "DE", "BY")
    info = _holiday_dates.cache_info()
    assert info.misses == 1 and info.hits >= 2


# --- response deadline ---------------------------------------------------------------


def test_deadline_set_in_the_letter():
    d = dates(example())
    assert d["response_deadline"] == date(2026, 10, 16)
    assert "Date set in the letter" in d["response_deadline_basis"]["en"]
    assert "not moved to the next working day" in d["response_deadline_basis"]["en"]


def test_relative_deadline_from_the_letter_date():
    claim = example()
    claim["letter"].update(deadline=None, deadline_days=10)
    d = dates(claim)
    assert d["response_deadline"] == date(2026, 10, 12)
    assert "from the letter date (2 October 2026)" in d["response_deadline_basis"]["en"]


def test_relative_deadline_from_receipt_without_a_letter_date():
    claim = example()
    claim["letter"].update(deadline=None, deadline_days=10, letter_date=None)
    d = dates(claim)
    assert d["response_deadline"] == date(2026, 10, 15)
    assert "date of receipt" in d["response_deadline_basis"]["en"]


def test_relative_deadline_without_any_date():
    claim = example()
    claim["letter"].update(deadline=None, deadline_days=10, letter_date=None, received_on=None)
    d = dates(claim)
    assert d["response_deadline"] is None
    assert "neither its date nor receipt" in d["response_deadline_basis"]["en"]


def test_german_deadline_on_a_saturday_moves_to_monday():
    claim = claim_in("DE")
    claim["letter"]["deadline"] = "2026-10-17"
    d = dates(claim)
    assert d["response_deadline"] == date(2026, 10, 19)
    assert "§ 193 BGB" in d["response_deadline_basis"]["en"]


def test_french_deadline_on_a_saturday_is_not_moved():
    claim = example()
    claim["letter"]["deadline"] = "2026-10-17"
    assert dates(claim)["response_deadline"] == date(2026, 10, 17)


# --- France --------------------------------------------------------------------------


def test_france_five_years_from_knowledge_even_on_a_saturday():
    d = dates(example())
    assert d["law"] == "FR"
    assert d["limitation_expiry"] == date(2031, 9, 20)  # a Saturday: no shift in FR
    assert date(2031, 9, 20).weekday() == 5
    assert "not moved to the next working day" in d["limitation_basis"]["en"]
    assert "20 September 2026" in d["limitation_basis"]["en"]
    assert d["time_barred"] is False


def test_france_time_barred_the_day_after_expiry():
    claim = claim_in(
        "FR", first_used_on="2021-01-10", detected_on="2021-11-27", removed_on="2021-11-27"
    )
    assert dates(claim, today=date(2026, 11, 27))["time_barred"] is False
    assert dates(claim, today=date(2026, 11, 28))["time_barred"] is True


def test_france_continuing_use_is_never_wholly_barred():
    """Cass. 1re civ., 3 Sept. 2025, n° 23-18.669: each act runs its own period."""
    claim = claim_in("FR", first_used_on="2018-01-15", detected_on="2019-06-03", removed_on=None)
    d = dates(claim, today=date(2026, 11, 28))
    assert d["time_barred"] is False and d["partly_time_barred"] is True
    assert d["limitation_expiry_all"] is None
    assert d["actionable_from"] == date(2021, 11, 28)
    assert d["days_time_barred"] == (date(2021, 11, 28) - date(2018, 1, 15)).days
    assert "23-18.669" in d["limitation_basis"]["fr"]


def test_france_use_ended_within_five_years_is_only_partly_barred():
    claim = claim_in(
        "FR", first_used_on="2018-01-15", detected_on="2019-06-03", removed_on="2026-10-06"
    )
    d = dates(claim, today=date(2026, 11, 28))
    assert d["time_barred"] is False and d["partly_time_barred"] is True
    assert d["limitation_expiry_all"] == date(2031, 10, 6)


def test_france_leap_day_knowledge():
    d = dates(claim_in("FR", detected_on="2024-02-29"))
    assert d["limitation_expiry"] == date(2029, 2, 28)


def test_france_unknown_knowledge_says_so():
    d = dates(claim_in("FR", detected_on=None))
    assert d["limitation_expiry"] is None and d["time_barred"] is None
    assert "unknown" in d["limitation_basis"]["en"]
    assert "2 October 2031" in d["limitation_basis"]["en"]  # at the latest: letter + 5 years


# --- Germany -------------------------------------------------------------------------


def test_germany_end_of_year_of_knowledge():
    d = dates(claim_in("DE", detected_on="2026-09-20"))
    assert d["limitation_expiry"] == date(2029, 12, 31)  # a Monday


def test_germany_year_end_on_a_sunday_moves_past_new_year():
    # Knowledge in 2025: 31 Dec 2028 is a Sunday, 1 Jan 2029 a holiday.
    claim = claim_in(
        "DE", first_used_on="2025-01-10", detected_on="2025-03-01", removed_on="2025-06-30"
    )
    d = dates(claim)
    assert d["limitation_expiry"] == date(2029, 1, 2)
    assert "moved to 2 January 2029" in d["limitation_basis"]["en"]


def test_germany_days_split_by_year():
    claim = claim_in("DE", first_used_on="2019-03-01", detected_on="2021-05-10")
    d = dates(claim)
    assert d["limitation_expiry"] == date(2024, 12, 31)
    assert d["days_time_barred"] == 1402  # 1 Mar 2019 - 31 Dec 2022
    assert d["partly_time_barred"] is True and d["time_barred"] is False
    assert d["residual_claim_expiry"] == date(2036, 10, 6)


def test_germany_residual_claim_on_a_weekend_moves():
    # Removed on 6 Oct 2019: ten years end on Saturday 6 Oct 2029 -> Monday 8 Oct 2029.
    claim = claim_in(
        "DE", first_used_on="2019-01-05", detected_on="2019-02-01", removed_on="2019-10-06"
    )
    d = dates(claim)
    assert d["residual_claim_expiry"] == date(2029, 10, 8)
    assert d["time_barred"] is True  # damages: every day expired on 31 Dec 2022 (2 Jan 2023)


def test_germany_continuing_use_has_no_final_expiry():
    claim = claim_in("DE", removed_on=None)
    d = dates(claim)
    assert d["limitation_expiry_all"] is None and d["time_barred"] is False
    assert "ongoing" in d["limitation_basis"]["en"]


# --- England and Wales ---------------------------------------------------------------


def test_england_six_years_per_act():
    claim = claim_in("GB", first_used_on="2018-01-01", removed_on="2026-10-06")
    d = dates(claim)
    assert d["limitation_expiry"] == date(2024, 1, 1)
    assert d["limitation_expiry_all"] == date(2032, 10, 6)
    assert d["days_time_barred"] == 1062
    assert d["partly_time_barred"] is True


def test_england_wholly_time_barred():
    claim = claim_in("GB", first_used_on="2015-01-10", removed_on="2019-06-30")
    assert dates(claim)["time_barred"] is True


def test_england_first_use_unknown():
    d = dates(claim_in("GB", first_used_on=None))
    assert d["limitation_expiry"] is None and "unknown" in d["limitation_basis"]["en"]


# --- United States -------------------------------------------------------------------


def test_us_three_years_from_discovery_moved_past_independence_day():
    claim = claim_in(
        "US", "CA", first_used_on="2023-01-10", detected_on="2023-07-04", removed_on="2023-07-20"
    )
    d = dates(claim, today=date(2026, 7, 5))
    assert d["limitation_expiry"] == date(2026, 7, 6)
    assert "FRCP 6(a)(1)(C)" in d["limitation_basis"]["en"]
    assert d["time_barred"] is False and d["partly_time_barred"] is False
    later = dates(claim, today=date(2026, 7, 7))
    assert later["partly_time_barred"] is True and later["time_barred"] is False
    assert dates(claim, today=date(2026, 7, 21))["time_barred"] is True


def test_us_later_acts_run_from_their_own_date():
    claim = claim_in(
        "US", first_used_on="2020-01-01", detected_on="2021-01-04", removed_on="2026-10-06"
    )
    d = dates(claim)
    assert d["limitation_expiry"] == date(2024, 1, 4)
    assert d["limitation_expiry_all"] == date(2029, 10, 9)  # Sat, Sun, Columbus Day
    assert d["partly_time_barred"] is True and d["days_time_barred"] > 0


def test_law_not_covered():
    d = dates(claim_in("BE"))
    assert d["law"] == "BE" and d["limitation_expiry"] is None
    assert "not modelled" in d["limitation_basis"]["en"]


@pytest.mark.parametrize("country", ["FR", "DE", "GB", "US"])
def test_every_covered_law_gives_an_expiry_for_the_example(country):
    d = dates(claim_in(country))
    assert d["law"] == country and d["limitation_expiry"] is not None
    assert d["limitation_basis"]["fr"] and d["limitation_basis"]["en"]
    assert d["today"] == TODAY
