"""Which country's law governs the claim: the law of the country for which protection is
claimed (lex loci protectionis, Rome II art. 8(1)); for a website, the country the use is
directed at, by default the respondent's own. The law a letter asserts is assessed by the
rules (GEN-JUR-02), never obeyed here."""

from __future__ import annotations

from typing import Any

from app.rulebook import registry
from app.services.rules.parameters import ParameterError

READS = ("respondent.country", "use.targeted_countries", "letter.asserted_law")


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
                f"Loi du pays pour lequel la protection est revendiquée (Rome II, art. 8(1)) : "
                f"l'usage en ligne est dirigé vers le pays du client ({country})."
            ],
            "en": [
                f"Law of the country for which protection is claimed (Rome II, art. 8(1)): "
                f"the online use is directed at the client's country ({country})."
            ],
        }
    elif targeted:
        country = targeted[0]
        reasons = {
            "fr": [f"L'usage est dirigé vers {', '.join(targeted)} ; loi de {country} retenue."],
            "en": [f"The use is directed at {', '.join(targeted)}; the law of {country} applies."],
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
            f"Le droit de {country} n'est pas couvert en détail : seules {scope} sont appliquées."
        )
        reasons["en"].append(
            f"The law of {country} is not covered in detail: only {scope_en} are applied."
        )
    asserted = read["letter.asserted_law"]
    if asserted and asserted != country:
        reasons["fr"].append(
            f"La lettre invoque le droit de {asserted} ; ce choix ne lie pas le client "
            f"(Rome II, art. 8(3) exclut le choix de loi)."
        )
        reasons["en"].append(
            f"The letter asserts the law of {asserted}; that choice does not bind the client "
            f"(Rome II, art. 8(3) excludes a choice of law)."
        )
    return {
        "derived.law": {
            "country": country,
            "jurisdictions": sorted(in_play),
            "covered_in_detail": detailed,
            "reasons": reasons,
        }
    }
