"""The counter-offer's reasons, in French and English, built from ``derived.amount``."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.rulebook.amounts.grid import KIND_TEXT, TIER_TEXT
from app.rulebook.amounts.recoverable import KIND_TEXT as PART_TEXT
from app.services.rules.display import money_text, number_text, percent_text

LAW_TEXT = {
    "FR": (
        "En droit français, les dommages-intérêts se calculent à partir des redevances qui "
        "auraient été dues (CPI L331-1-3), sans caractère punitif.",
        "Under French law, damages are measured on the royalties that would have been due "
        "(CPI L331-1-3), with no punitive element.",
    ),
    "DE": (
        "En droit allemand, le dommage se calcule par analogie de licence (§ 97(2) UrhG) ; "
        "le barème MFM n'est qu'un point de départ exceptionnel, et la majoration pour défaut "
        "de crédit n'est pas automatique.",
        "Under German law, damages follow the licence analogy (§ 97(2) UrhG); the MFM tariff "
        "is only an exceptional starting point, and a surcharge for a missing credit is not "
        "automatic.",
    ),
    "GB": (
        "En droit anglais, la réparation suit le « user principle » (la redevance dont des "
        "parties raisonnables seraient convenues) ; des dommages-intérêts additionnels "
        "supposent une contrefaçon flagrante (CDPA s.97(2)).",
        "Under English law, damages follow the user principle (the fee willing parties would "
        "have agreed); additional damages require flagrancy (CDPA s.97(2)).",
    ),
    "US": (
        "En droit américain, faute d'enregistrement en temps utile, seuls le préjudice réel (la "
        "redevance) et les profits peuvent être alloués (17 U.S.C. §§ 412, 504(b)).",
        "Under US law, without timely registration only actual damages (the licence fee) and "
        "profits are available (17 U.S.C. §§ 412, 504(b)).",
    ),
}
US_STATUTORY = (
    "En droit américain, les dommages-intérêts forfaitaires légaux (statutory damages{figures}) "
    "supposent un enregistrement en temps utile (17 U.S.C. §§ 412, 504(c)) ; à défaut, seuls le "
    "préjudice réel et les profits peuvent être alloués.",
    "Under US law, statutory damages{figures} require timely registration (17 U.S.C. §§ 412, "
    "504(c)); otherwise only actual damages and profits are available.",
)


def _whole(amount: str, separator: str) -> str:
    return f"{int(Decimal(amount)):,}".replace(",", separator)


def us_statutory(statutory: dict[str, Any]) -> tuple[str, str]:
    """The US statutory-damages sentence, its figures read from the parameters in force
    (``damages.us.*`` as the amount derivation reported them)."""
    low, high, innocent = (
        statutory.get(k) for k in ("statutory_min", "statutory_max", "innocent_min")
    )
    if None in (low, high, innocent):
        return US_STATUTORY[0].format(figures=""), US_STATUTORY[1].format(figures="")
    fr = (
        f" : de {_whole(low, ' ')} à {_whole(high, ' ')} $US par œuvre, {_whole(innocent, ' ')} "
        "$US en cas de bonne foi prouvée"
    )
    en = (
        f" (USD {_whole(low, ',')} to {_whole(high, ',')} per work, USD {_whole(innocent, ',')} "
        "for a proven innocent infringer)"
    )
    return US_STATUTORY[0].format(figures=fr), US_STATUTORY[1].format(figures=en)


def rationale(a: dict[str, Any], chosen: dict[str, Any] | None) -> dict[str, str]:
    cur = a["currency"]
    counter = a["counter_offer"]["amount"]

    def m(value: Any, lang: str, currency: str = cur) -> str:
        return money_text(value, currency, lang)

    if counter is None:
        return {
            "fr": "Aucune redevance de référence n'a pu être calculée : "
            f"{a['grid']['missing'] or 'données insuffisantes'}.",
            "en": "No reference fee could be computed: "
            f"{a['grid']['missing'] or 'not enough data'}.",
        }
    fr: list[str] = []
    en: list[str] = []
    if a["time_barred"]:
        fr.append(
            "L'action paraît prescrite : rien n'est dû ; la redevance de référence "
            f"({m(a['reference_fee'], 'fr')}) ne sert qu'en cas de discussion."
        )
        en.append(
            "The claim appears time-barred: nothing is owed; the reference fee "
            f"({m(a['reference_fee'], 'en')}) matters only if the point is argued."
        )
    elif a.get("residual_only"):
        fr.append(
            f"Contre-proposition : {m(counter, 'fr')}. Le droit à dommages-intérêts est "
            "prescrit ; seule reste due, au titre de l'enrichissement (§ 852 BGB), la "
            "valeur de licence de l'usage."
        )
        en.append(
            f"Counter-offer: {m(counter, 'en')}. The damages claim is time-barred; only the "
            "licence value of the use remains owed, as enrichment (§ 852 BGB)."
        )
    else:
        fr.append(
            f"Contre-proposition : {m(counter, 'fr')}, soit la redevance qu'un licencié "
            "raisonnable aurait payée pour cet usage."
        )
        en.append(
            f"Counter-offer: {m(counter, 'en')}, the fee a reasonable licensee would have "
            "paid for this use."
        )
    basis = a["reference_basis"]
    if basis == "agency_offer":
        shown = {
            lang: f" ({m(chosen['amount'], lang, chosen['currency'])})" if chosen else ""
            for lang in ("fr", "en")
        }
        fr.append(
            f"Elle reprend l'offre de licence rétroactive du réclamant lui-même{shown['fr']}, "
            "indice sérieux de la valeur de marché de l'usage passé."
        )
        en.append(
            f"It takes the claimant's own retroactive licence offer{shown['en']}, strong "
            "evidence of the market value of the past use."
        )
    elif basis == "market_price":
        what = (chosen or {}).get("description") or (chosen or {}).get("kind")
        fr.append(f"Elle repose sur un prix documenté pour le même usage ({what}).")
        en.append(f"It rests on a documented price for the same use ({what}).")
    else:
        kfr, ken = KIND_TEXT[a["grid"]["use_kind"]]
        tfr, ten = TIER_TEXT[a["grid"]["tier"]]
        fr.append(
            f"Elle résulte de la grille de référence ({kfr}, {tfr}) et des facteurs "
            "d'usage (durée, emplacement, taille, audience, client) ; plusieurs "
            "coefficients sont des estimations calibrées, et non des prix publiés."
        )
        en.append(
            f"It results from the reference grid ({ken}, {ten}) and the use factors "
            "(duration, placement, size, audience, client); several coefficients are "
            "calibrated estimates, not published prices."
        )
    if a["without_basis"]:
        names = [
            (PART_TEXT.get(w["kind"], (w["kind"], w["kind"])), w["amount"])
            for w in a["without_basis"]
        ]
        items_fr = ", ".join(f"{n[0]} ({m(amount, 'fr')})" for n, amount in names)
        items_en = ", ".join(f"{n[1]} ({m(amount, 'en')})" for n, amount in names)
        fr.append(f"Sont exclus, faute de fondement légal : {items_fr}.")
        en.append(f"Excluded for want of a legal basis: {items_en}.")
    if a["ratio"] is not None:
        fr.append(
            f"La demande ({m(a['demanded'], 'fr')}) représente "
            f"{number_text(a['ratio'], 'fr')} fois la redevance de référence."
        )
        en.append(
            f"The demand ({m(a['demanded'], 'en')}) is {number_text(a['ratio'], 'en')} times "
            "the reference fee."
        )
        if a["demanded"] is not None and float(a["ratio"]) < 1:
            fr.append("La demande est inférieure à la redevance de référence.")
            en.append("The demand is below the reference fee.")
    history = a["counter_offer"].get("history")
    if history:
        share = history["median_paid_ratio"]
        fr.append(
            f"L'historique du cabinet avec cette agence ({history['outcomes']} dossiers "
            f"clos, réglés en médiane à {percent_text(share, 'fr')} du montant réclamé) a "
            "servi de point d'ancrage, sans descendre sous la fourchette."
        )
        en.append(
            f"The firm's history with this agency ({history['outcomes']} closed "
            f"matters, paid at a median {percent_text(share, 'en')} of the demand) "
            "served as an anchor, not below the fair range."
        )
    law_text = LAW_TEXT.get(a["law"])
    if a["law"] == "US" and (a.get("statutory") or {}).get("available") is not False:
        law_text = us_statutory(a.get("statutory") or {})
    if law_text:
        fr.append(law_text[0])
        en.append(law_text[1])
    return {"fr": " ".join(fr), "en": " ".join(en)}
