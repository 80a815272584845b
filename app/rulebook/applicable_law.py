"""Which country's law governs the claim: the law of the country for which protection is
claimed (lex loci protectionis, Rome II art. 8(1)); for a website, the country the use is
directed at, by default the respondent's own. The law a letter asserts is assessed by the
rules (GEN-JUR-02), never obeyed here."""

from __future__ import annotations

from typing import Any

from babel import Locale

from app.rulebook import registry
from app.services.rules.parameters import ParameterError

READS = ("respondent.country", "use.targeted_countries", "letter.asserted_law")

LAW_NAMES = {
    "FR": ("le droit français", "French law"),
    "DE": ("le droit allemand", "German law"),
    "GB": ("le droit anglais", "English law"),
    "US": ("le droit américain", "US law"),
}
"""How a lawyer names the laws the rulebook covers; other laws are named by their country."""


def country_name(code: str, lang: str) -> str:
    """The country's name in the reader's language (Babel territory names)."""
    return Locale(lang).territories.get(code, code)


def law_name(code: str, lang: str) -> str:
    """« le droit allemand », "German law"; « le droit de l'État concerné (Belgique) »,
    "the law of Belgium" for a law without a usual name here."""
    if code in LAW_NAMES:
        return LAW_NAMES[code][0 if lang == "fr" else 1]
    name = country_name(code, lang)
    return f"le droit de l'État concerné ({name})" if lang == "fr" else f"the law of {name}"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def countries(codes: list[str], lang: str) -> str:
    names = [country_name(c, lang) for c in codes]
    if len(names) == 1:
        return names[0]
    joiner = " et " if lang == "fr" else " and "
    return ", ".join(names[:-1]) + joiner + names[-1]


@registry.derivation(
    name="law",
    reads=READS,
    provides=["derived.law"],
    params=["eu.member_states"],
    context=True,
)
def derive_law(f, p, jurisdictions) -> dict[str, Any]:
    """``derived.law``: the governing country, the rule sets in play (its own, ``EU`` for a
    Member State, ``ALL``) and whether the registry of jurisdictions covers it in detail."""
    read = {name: f[name] for name in READS}
    home = read["respondent.country"]
    targeted = read["use.targeted_countries"] or []
    if home and (not targeted or home in targeted):
        country = home
        reasons = {
            "fr": [
                f"{capitalised(law_name(country, 'fr'))} s'applique : c'est la loi du pays pour "
                f"lequel la protection est revendiquée (Rome II, art. 8(1)), l'usage en ligne "
                f"étant dirigé vers le pays du client ({country_name(country, 'fr')})."
            ],
            "en": [
                f"{capitalised(law_name(country, 'en'))} applies: the law of the country for "
                f"which protection is claimed (Rome II, art. 8(1)), the online use being "
                f"directed at the client's country ({country_name(country, 'en')})."
            ],
        }
    elif targeted:
        country = targeted[0]
        reasons = {
            "fr": [
                f"L'usage est dirigé vers {countries(targeted, 'fr')} ; "
                f"{law_name(country, 'fr')}, celui du premier pays visé, est retenu."
            ],
            "en": [
                f"The use is directed at {countries(targeted, 'en')}; "
                f"{law_name(country, 'en')}, that of the first country targeted, applies."
            ],
        }
    else:
        country = "ZZ"
        reasons = {
            "fr": ["Pays du client inconnu : seules les règles générales sont appliquées."],
            "en": ["The client's country is unknown: only the general rules are applied."],
        }
    try:
        members = set(p["eu.member_states"])
    except ParameterError:
        members = set()
    in_play = {"ALL", country}
    if country in members:
        in_play.add("EU")
    detailed = country in jurisdictions.covered_in_detail()
    if country != "ZZ" and not detailed:
        scope = (
            "les règles de l'UE et les règles générales"
            if "EU" in in_play
            else ("les règles générales")
        )
        scope_en = "EU-wide and general rules" if "EU" in in_play else "general rules"
        reasons["fr"].append(
            f"{capitalised(law_name(country, 'fr'))} n'est pas couvert en détail : seules "
            f"{scope} sont appliquées."
        )
        reasons["en"].append(
            f"{capitalised(law_name(country, 'en'))} is not covered in detail: only {scope_en} "
            f"are applied."
        )
    asserted = read["letter.asserted_law"]
    if asserted and asserted != country:
        reasons["fr"].append(
            f"La lettre invoque {law_name(asserted, 'fr')} ; ce choix ne lie pas le client "
            f"(Rome II, art. 8(3) exclut le choix de loi)."
        )
        reasons["en"].append(
            f"The letter asserts {law_name(asserted, 'en')}; that choice does not bind the "
            f"client (Rome II, art. 8(3) excludes a choice of law)."
        )
    return {
        "derived.law": {
            "country": country,
            "jurisdictions": sorted(in_play),
            "covered_in_detail": detailed,
            "reasons": reasons,
        }
    }
