"""The counter-offer's reasons, in French and English, built from ``derived.amount``."""

from __future__ import annotations

from typing import Any

from app.rulebook.amounts.evidence import KIND_TEXT as EVIDENCE_TEXT
from app.rulebook.amounts.grid import KIND_TEXT, TIER_TEXT
from app.rulebook.amounts.money import dec, s2
from app.rulebook.amounts.recoverable import KIND_TEXT as PART_TEXT
from app.services.rules.display import money_text, number_text, percent_text


def rationale(
    a: dict[str, Any], chosen: dict[str, Any] | None, damages_text: Any = None
) -> dict[str, str]:
    """``damages_text``: the applicable law's ``Jurisdiction.damages_text``."""
    cur = a["currency"]
    counter = a["counter_offer"]["amount"]

    def m(value: Any, lang: str, currency: str = cur) -> str:
        return money_text(value, currency, lang)

    if counter is None:
        why = _missing(a["grid"]["missing"])
        return {
            "fr": f"Aucune redevance de référence n'a pu être calculée : {why[0]}.",
            "en": f"No reference fee could be computed: {why[1]}.",
        }
    fr: list[str] = []
    en: list[str] = []
    if a["time_barred"]:
        fr.append(
            "L'action paraît prescrite : aucune somme n'est due ; la redevance de référence "
            f"({m(a['reference_fee'], 'fr')}) n'est utile que si le point est discuté."
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
    elif a.get("statutory_floor") and dec(counter) >= dec(a["statutory_floor"]) > dec(
        a["reference_fee"]
    ):
        fr.append(
            f"Contre-proposition : {m(counter, 'fr')}, soit le minimum des dommages-intérêts "
            "forfaitaires légaux pour les œuvres exploitées (17 U.S.C. § 504(c)(1)), que le "
            "tribunal alloue au moins si le titulaire les choisit : une offre fondée sur la "
            "seule redevance serait sans portée. La redevance de référence est de "
            f"{m(a['reference_fee'], 'fr')}."
        )
        en.append(
            f"Counter-offer: {m(counter, 'en')}, the statutory damages minimum for the works "
            "used (17 U.S.C. § 504(c)(1)), which a court awards at least if the owner elects "
            "them: an offer on the licence fee alone would carry no weight. The reference fee "
            f"is {m(a['reference_fee'], 'en')}."
        )
    else:
        fees = " et les frais d'avocat dus" if a.get("legal_fees_included") else ""
        fees_en = " and the lawyer's fees owed" if a.get("legal_fees_included") else ""
        fr.append(
            f"Contre-proposition : {m(counter, 'fr')}, soit la redevance qu'un licencié "
            f"raisonnable aurait payée pour cet usage{fees}."
        )
        en.append(
            f"Counter-offer: {m(counter, 'en')}, the fee a reasonable licensee would have "
            f"paid for this use{fees_en}."
        )
    if a.get("legal_fees_included"):
        fees_owed = a["legal_fees_included"]
        fr.append(
            f"Elle comprend {m(fees_owed, 'fr')} de frais d'avocat : ceux d'un avertissement "
            "justifié et régulier sont dus (§ 97a(3) UrhG), dans la limite du plafond "
            "applicable."
        )
        en.append(
            f"It includes {m(fees_owed, 'en')} of lawyer's fees: those of a justified and "
            "compliant warning are owed (§ 97a(3) UrhG), within any applicable cap."
        )
    basis = a["reference_basis"]
    if basis == "cc_licence_nil":
        fr.append(
            "Licence Creative Commons : valeur objective de licence nulle selon l'OLG Köln "
            "(6 W 72/16), solution discutée (en sens contraire, LG Hamburg, 310 O 62/20)."
        )
        en.append(
            "Creative Commons licence: objective licence value nil on the OLG Köln line "
            "(6 W 72/16), a disputed point (contra LG Hamburg, 310 O 62/20)."
        )
    elif basis == "agency_offer":
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
        kind = EVIDENCE_TEXT.get((chosen or {}).get("kind"), ("prix", "price"))
        named = (chosen or {}).get("description")
        fr.append(
            f"Elle repose sur un prix documenté pour le même usage ({kind[0]}"
            + (f" : « {named} »" if named else "")
            + ")."
        )
        en.append(
            f"It rests on a documented price for the same use ({kind[1]}"
            + (f": '{named}'" if named else "")
            + ")."
        )
    else:
        kfr, ken = KIND_TEXT[a["grid"]["use_kind"]]
        tfr, ten = TIER_TEXT[a["grid"]["tier"]]
        if any(e.get("basis") == "anecdotal_price" and e.get("applied") for e in a["trace"]):
            fr.append(
                "Le prix de base de cette grille est une estimation tirée de prix "
                "rapportés (source anecdotique), non un tarif publié."
            )
            en.append(
                "This grid's base price is an estimate drawn from reported prices (an "
                "anecdotal source), not a published rate."
            )
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
    fees = a.get("legal_fees_included")
    if a["ratio"] is not None and fees and a["demanded"] is not None:
        claimed = s2(dec(a["demanded"]) - dec(fees))
        fr.append(
            f"Hors les honoraires d'avocat dus ({m(fees, 'fr')}), la demande "
            f"({m(claimed, 'fr')}) représente {number_text(a['ratio'], 'fr')} fois la "
            "redevance de référence."
        )
        en.append(
            f"Leaving aside the lawyer's fees owed ({m(fees, 'en')}), the demand "
            f"({m(claimed, 'en')}) is {number_text(a['ratio'], 'en')} times the reference fee."
        )
    elif a["ratio"] is not None:
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
    law_text = damages_text(a) if callable(damages_text) else damages_text
    if law_text:
        fr.append(law_text[0])
        en.append(law_text[1])
    return {"fr": " ".join(fr), "en": " ".join(en)}


def _missing(why: str | None) -> tuple[str, str]:
    """Why the grid gave no fee (``grid.missing``, kept in English for clients), in words."""
    if why is None:
        return "données insuffisantes", "not enough data"
    if why.startswith("no exchange rate "):
        pair = why.removeprefix("no exchange rate ").split(" ", 1)[0]
        return f"aucun taux de change {pair} n'est connu à la date de l'évaluation", why
    if why.startswith("no fee grid"):
        return "aucune grille tarifaire n'est en vigueur à la date de l'évaluation", why
    return "données insuffisantes", why
