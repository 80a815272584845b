"""Words chosen by the applicable law (app/rulebook/by_law.py): under a law the rulebook has
no package for, no other country's authority is given (held-out case l-46, an Italian
client), while an unknown law still names every law's."""

from app.rulebook.by_law import aside_by_law, by_law, in_eu, is_uncovered, uncovered_consent

TABLE = {
    "FR": ("art. L. 122-4 du CPI", "art. L122-4 CPI"),
    "DE": ("§ 15 UrhG", "§ 15 UrhG"),
}


def test_a_covered_law_gets_its_own_words():
    assert by_law(TABLE, "DE").by_lang == {"fr": "§ 15 UrhG", "en": "§ 15 UrhG"}


def test_an_unknown_law_gets_every_law_named():
    words = by_law(TABLE, "ZZ").by_lang["en"]
    assert words == "in France, art. L122-4 CPI; in Germany, § 15 UrhG"
    assert by_law(TABLE, None).by_lang["en"] == words


def test_a_law_without_a_package_gets_no_other_countrys_words():
    words = by_law(TABLE, "IT").by_lang
    assert "CPI" not in words["en"] and "UrhG" not in words["en"]
    assert "CPI" not in words["fr"] and "UrhG" not in words["fr"]
    assert words["en"] == (
        "what the law of Italy provides, which Riposte does not cover in detail, is to be checked"
    )
    assert "(Italie)" in words["fr"] and "à vérifier" in words["fr"]


def test_an_aside_is_left_out_under_a_law_without_a_package():
    assert aside_by_law(TABLE, "ES").by_lang == {"fr": "", "en": ""}
    assert "CPI" in aside_by_law(TABLE, "ZZ").by_lang["en"]


def test_which_laws_are_uncovered():
    assert [is_uncovered(c) for c in ("FR", "DE", "GB", "US")] == [False] * 4
    assert is_uncovered("IT") and is_uncovered("CH")
    assert not is_uncovered("ZZ") and not is_uncovered(None)


def test_the_consent_rule_in_a_member_state_without_a_package_is_the_infosoc_directive():
    italy = {"country": "IT", "jurisdictions": ["ALL", "EU", "IT"]}
    switzerland = {"country": "CH", "jurisdictions": ["ALL", "CH"]}
    assert in_eu(italy) and not in_eu(switzerland)
    assert uncovered_consent(italy).by_lang["en"] == "Directive 2001/29/EC, arts 2 and 3(1)"
    assert "2001/29" not in uncovered_consent(switzerland).by_lang["en"]
    assert "Switzerland" in uncovered_consent(switzerland).by_lang["en"]
    assert uncovered_consent({"country": "FR", "jurisdictions": ["ALL", "EU", "FR"]}) is None
    assert uncovered_consent({"country": "ZZ", "jurisdictions": ["ALL"]}) is None


def test_an_unknown_law_names_the_english_package_as_england_and_wales():
    # The GB package states the law of England and Wales (courts, CPR, Limitation Act 1980;
    # Scotland differs on procedure): a list never calls it "the United Kingdom".
    words = by_law({"GB": ("CDPA s.96", "CDPA s.96")}, "ZZ").by_lang
    assert words == {
        "fr": "en Angleterre et au pays de Galles, CDPA s.96",
        "en": "in England and Wales, CDPA s.96",
    }
