"""Citations in the reader's language (docs/style-fr.md, « Citations »): a French text
cites « CJUE, 13 févr. 2014, Svensson, aff. C-466/12 », never "CJEU, 13 Feb. 2014"; every
source has its French form, and every French reader is shown it."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from app.rulebook import load
from app.schemas.claim import Claim
from app.services.drafts.compose import compose
from app.services.evaluation import pick
from app.services.merge_patch import merge_patch
from app.services.rules.render import citation_title
from tests.drafts.conftest import ABMAHNUNG_PATCH
from tests.scenarios.runner import evaluator
from tests.style.checks import caveat_before_title, problems
from tests.style.test_texts import _assessments


def _plain(text: str) -> str:
    """A title with French typography's no-break spaces made plain."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_the_checks_catch_english_forms_in_a_french_citation():
    for bad in (
        "CJEU, 13 Feb. 2014, Svensson, C-466/12 (links to freely accessible works)",
        "CJUE (Grand Chamber), 9 mars 2021, VG Bild-Kunst",
        "Cass. 1re civ., 3 Apr. 2001",
        "McDermott v. Kalita Mukul Creative (E.D.N.Y. 15 November 2024)",
        "BGH, 18.09.2014, I ZR 76/13",
        "la courte citation (Art. L122-5 CPI)",
        "Article L331-1-3 CPI",
        "Directive 2001/29/EC (InfoSoc), art. 7",
        "Règlement (EC) No 864/2007",
        "TGI Paris, 4 nov. 2011 (exception d'actualité écartée), as reported",
        "CJUE, 7 août 2018, Renckhoff, C-161/17",
    ):
        assert problems(bad, "fr"), bad
    for good in (
        "CJUE, 13 févr. 2014, Svensson, aff. C-466/12 (liens vers des œuvres accessibles)",
        "CJUE, gde ch., 29 juill. 2019, Spiegel Online, aff. C-516/17",
        "CJUE, 22 juin 2021, YouTube et Cyando, aff. C-682/18 et C-683/18",
        "BGH, 12 mai 2010, I ZR 121/08 ; OLG Köln, 1er oct. 2014, 6 U 60/14",
        "Righthaven LLC v. Hoehn, 716 F.3d 1166 (9th Cir. 2013) ; CDPA s.97(2)",
        "Hoffman v Drug Abuse Resistance Education (UK) Ltd [2012] EWPCC 2",
        "directive 2001/29/CE, art. 5, § 3, c) ; règlement (CE) n° 864/2007 (Rome II)",
        "l'article L. 122-4 du code de la propriété intellectuelle",
    ):
        assert not problems(good, "fr"), (good, problems(good, "fr"))


def test_the_checks_catch_french_forms_in_an_english_text():
    for bad in (
        "the heads of harm of art. L331-1-3 CPI are minimal",
        "damages make good the loss (CPI L331-1-3)",
        "consent (CPI art. L122-4)",
        "Code de la propriété intellectuelle, art. L. 122-4",
        "the presumption of art. L. 113-5 du CPI",
        "each party proves its facts (art. 9 CPC)",
        "limitation (art. 2224 Civil Code)",
        "Art. 2224 French Civil Code: five years",
        "Cass. 1re civ., 3 sept. 2025, n° 23-18.669",
        "CJUE, 13 févr. 2014, Svensson",
        "BGH, 18.09.2014, I ZR 76/13",
    ):
        assert problems(bad, "en"), bad
    for good in (
        "the heads of harm of Article L331-1-3 CPI are minimal",
        "Articles L331-11 and L335-3-2 CPI; Article 9 CPC; Article D211-6-1 COJ",
        "French Intellectual Property Code (CPI), Article L122-5 3° a)",
        "limitation (Article 2224 of the Civil Code)",
        "Cass. 1re civ., 3 Sept. 2025, no. 23-18.669; CJEU, 13 Feb. 2014, Svensson, C-466/12",
        "Directive 2001/29, art. 5(3)(a); § 97a(3) UrhG; CDPA s.97(2); 17 U.S.C. § 504(c)",
        "BGH, 18 Sept. 2014, I ZR 76/13 „CT-Paradies“; RVG § 13, version of 1 June 2025",
    ):
        assert not problems(good, "en"), (good, problems(good, "en"))


def test_every_source_has_an_english_form():
    """Each citation as an English text shows it: a French source in English ("French
    Intellectual Property Code (CPI), Article L122-4"), never in its French form."""
    found = [
        (cid, titles["en"], found)
        for cid, entry in load().citations.items()
        if (found := problems((titles := citation_title(entry))["en"], "en"))
    ]
    assert not found, "\n".join(map(str, found))


def test_every_source_has_a_french_form():
    """Each citation as a French text shows it follows the French style (a German
    statute's heading, a US or UK case name, keep their own form)."""
    found = [
        (cid, titles["fr"], found)
        for cid, entry in load().citations.items()
        if (found := problems((titles := citation_title(entry))["fr"], "fr"))
    ]
    assert not found, "\n".join(map(str, found))


def test_the_check_catches_a_caveat_placed_before_the_source():
    for bad in (
        "(introuvable lors de la revue juridique de déc. 2026) CA Paris, 29 janv. 2025",
        "(not found by the legal review of Dec. 2026) CA Paris, 29 Jan. 2025",
        "[unverified] BGH, I ZR 108/20",
        "Non vérifié : LG Mannheim, 2 S 2/19",
        "Recalled: Limitation Act 1980, s.2",
    ):
        assert caveat_before_title(bad), bad
    for good in (
        "CA Paris, pôle 5 ch. 1, 29 janv. 2025, n° 22/19766 (photos de commande promotionnelles"
        " non originales) ; introuvable lors de la revue juridique de déc. 2026",
        "LG Mannheim, 2 S 2/19 (the § 97a(3) UrhG cap applied per photograph); not found by the"
        " legal review of Dec. 2026",
        "17 U.S.C. § 107 (fair use)",
    ):
        assert caveat_before_title(good) is None, good


def test_no_source_opens_with_a_caveat():
    """A lawyer reads the decision first: a caveat on a source (not found, unverified,
    known from a commentary) follows its title, in both languages."""
    found = [
        (cid, lang, caveat)
        for cid, entry in load().citations.items()
        for lang, title in citation_title(entry).items()
        if (caveat := caveat_before_title(title))
    ]
    assert not found, "\n".join(map(str, found))


def test_a_french_reader_is_shown_the_french_form_of_every_source():
    """The answer holds both forms; ``pick`` gives each reader theirs, everywhere a
    finding's legal basis is shown (the assessment and the drafted letters)."""
    citations = load().citations
    shown = 0
    for _, result in _assessments():
        for lang in ("fr", "en"):
            for finding in pick(result, lang)["findings"]:
                for basis in finding["legal_basis"]:
                    entry = citations[basis["id"]]
                    expected = entry.get("title_fr") if lang == "fr" else None
                    assert _plain(basis["title"]) == _plain(expected or entry["title"]), (
                        lang,
                        basis["id"],
                    )
                    shown += expected is not None
    assert shown > 0


@pytest.mark.parametrize("patch", [{}, ABMAHNUNG_PATCH], ids=["example", "abmahnung"])
def test_a_letter_cites_each_source_in_its_language(example_claim, patch):
    """A French letter cites « BGH, 18 sept. 2014 … », an English one the source's title:
    the composer picks the language for every source."""
    claim = merge_patch(copy.deepcopy(example_claim), patch)
    result = evaluator().evaluate(Claim.model_validate(claim), today=date(2026, 11, 28)).result
    citations = load().citations
    translated = 0
    for lang in ("fr", "en", "de"):
        for kind in ("request_for_justification", "contestation"):
            document = compose(kind, lang, claim, result)
            for paragraph in document["paragraphs"]:
                for item in [paragraph, *paragraph["points"]]:
                    for cited in item["citations"]:
                        entry = citations[cited["id"]]
                        wanted = entry.get("title_fr") if lang == "fr" else None
                        assert _plain(cited["title"]) == _plain(wanted or entry["title"])
                        translated += wanted is not None
    assert translated > 0
