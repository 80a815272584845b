"""The ``amount`` derivation: ``derived.amount``, a JSON-ready account of the demand, the
reference licence fee and its trace, the fair range, the ratio, what has no legal basis,
and a counter-offer with its reasons (docs/amounts.md)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from app.rulebook import registry
from app.rulebook.amounts import evidence, grid, recoverable
from app.rulebook.amounts.labels import described, stated, step_label
from app.rulebook.amounts.money import ONE, ZERO, dec, money, q2, read, s2
from app.rulebook.amounts.texts import rationale
from app.rulebook.dates import derive_dates  # noqa: F401  (registers ``dates``)
from app.rulebook.jurisdictions.general.rules._acquisition import (
    licensed_until as licensed_until_of,
)
from app.rulebook.jurisdictions.general.rules._hosting import EXPEDITIOUS_DAYS, LIABILITY_READS
from app.services.rules.display import money_text, percent_text

READS = (
    "letter.amount_demanded",
    "letter.breakdown",
    "letter.licence_offer",
    "letter.agency",
    "letter.rights_holder",
    "letter.photographer",
    "market_evidence",
    "use.purpose",
    "use.site_kind",
    "use.placement",
    "use.medium",
    "use.audience_monthly",
    "use.display_width_px",
    "use.first_used_on",
    "use.removed_on",
    "use.attribution_shown",
    "use.licence_notice_shown",
    "use.monetised",
    "use.number_of_images",
    "work.kind",
    "work.professional",
    "work.simple_photo",
    "work.published_on",
    "respondent.kind",
    "respondent.size",
    "acquisition.watermark_removed",
    "acquisition.metadata_stripped",
    "title.us_registration.registered",
    "title.us_registration.effective_date",
    "derived.dates",
    "derived.today",
    "letter.sent_by_lawyer",
    "letter.injured_party_named",
    "letter.undertaking_demanded",
    "letter.undertaking_broader_than_infringement",
    "letter.undertaking_excess_stated",
    "acquisition.source",
    "acquisition.licence.held",
    "acquisition.licence.covers_use",
    "acquisition.licence.valid_until",
    "acquisition.creative_commons.licence",
    "acquisition.creative_commons.commercial_allowed",
    "acquisition.creative_commons.attribution_required",
    "history.outcomes",
    "history.median_paid_ratio",
    *LIABILITY_READS,
    "use.dmca_agent_registered_on",
)
PARAMS = (
    *grid.BASE_PARAMS,
    *grid.FACTOR_PARAMS,
    "fees.range.low_factor",
    "fees.range.high_factor",
    "fx.eur_usd",
    "fx.eur_gbp",
    "fees.history.min_outcomes",
    "fees.tier_check.other_use_tolerance",
    EXPEDITIOUS_DAYS,
)
EDITORIAL_KINDS = ("web_editorial", "print")


@registry.derivation(
    name="amount", reads=READS, provides=["derived.amount"], params=PARAMS, context=True
)
def derive_amount(f, p, jurisdictions) -> dict[str, Any]:
    dates = f["derived.dates"] or {}
    law = dates.get("law", "ZZ")
    j = jurisdictions.get(law)
    demanded = money(f["letter.amount_demanded"])
    offer = money(f["letter.licence_offer"])
    home = (j.currency if j is not None else None) or "EUR"
    currency = (demanded or offer or (None, home))[1]
    first_used, priced_from = f["use.first_used_on"], None
    open_from = dates.get("actionable_from")
    if first_used is not None and open_from is not None and open_from > first_used:
        # Partly time-barred: only the period still open is priced (legal review, defect 2).
        first_used = priced_from = open_from
    licensed_until = licensed_until_of(f)
    if first_used is not None and licensed_until is not None and licensed_until >= first_used:
        # The client's licence covered the use until it ended: only the later use is priced
        # (GEN-ORIGIN-06, variant expired).
        first_used = priced_from = licensed_until + timedelta(days=1)
    liable = j.liable_from(f, p) if j is not None and j.liable_from is not None else None
    if first_used is not None and liable is not None and liable > first_used:
        # A host answers only from the notice it failed to act on (DSA art. 6(1)(b)).
        first_used = priced_from = liable
    use = grid.UseFacts(
        purpose=f["use.purpose"],
        site_kind=f["use.site_kind"],
        placement=f["use.placement"],
        medium=f["use.medium"],
        work_kind=f["work.kind"],
        professional=f["work.professional"],
        simple_photo=f["work.simple_photo"],
        audience=f["use.audience_monthly"],
        width_px=f["use.display_width_px"],
        respondent_kind=f["respondent.kind"],
        respondent_size=f["respondent.size"],
        first_used_on=first_used,
        ended_on=f["use.removed_on"] or f["derived.today"] or p.on,
    )
    computed = grid.compute(use, p, currency)
    images = f["use.number_of_images"] or 1
    if images > 1 and computed.fee is not None:
        computed.entries.append(_images_entry(images))
        computed.fee *= images
    duration = next((e for e in computed.entries if e["name"] == "duration"), None)
    found = evidence.select(f["letter.licence_offer"], f["market_evidence"], p, currency, duration)
    if found.fee is not None and found.basis == "market_price" and images > 1:
        found.entries.append(_images_entry(images))
        found.fee *= images
    if found.fee is not None:
        reference, basis = found.fee, found.basis
        for e in computed.entries:
            e["applied"] = False
        trace = found.entries + computed.entries
    else:
        reference, basis, trace = (
            computed.fee,
            "grid" if computed.fee is not None else None,
            (computed.entries),
        )
    if j is not None and j.licence_value_nil is not None and j.licence_value_nil(f):
        reference, basis = ZERO, "cc_licence_nil"
    context = _context(f, law, j)
    statutory = j.statutory_damages(context, p) if j and j.statutory_damages else None
    without = recoverable.without_basis(
        context,
        p,
        statutory["available"] if statutory else None,
        j.recoverable if j is not None else None,
    )
    barred, residual_only = _barred(dates, j)
    if residual_only:
        without += j.residual_claim(context, without)
    result: dict[str, Any] = {
        "law": law,
        "currency": currency,
        "demanded": s2(demanded[0]) if demanded else None,
        "reference_fee": s2(reference),
        "reference_basis": basis,
        "grid_fee": s2(computed.fee),
        "grid": {
            "use_kind": computed.kind,
            "tier": computed.tier,
            "days_of_use": computed.days,
            "missing": computed.missing,
        },
        "sources": found.sources,
        "trace": trace,
        "without_basis": without,
    }
    fees_owed = ZERO
    if j is not None and j.fees_owed is not None and not barred and not residual_only:
        fees_owed = j.fees_owed(f, without)
    floor = _statutory_floor(statutory, currency, images)
    _demand_figures(result, demanded, reference, without, barred, fees_owed, floor)
    result["residual_only"] = residual_only
    result["priced_from"] = priced_from.isoformat() if priced_from else None
    result["liable_from"] = liable.isoformat() if liable else None
    result["fair_range"] = _fair_range(p, reference, j, context)
    tolerance = read(p, "fees.tier_check.other_use_tolerance")
    result["tier_check"] = _tier_check(
        computed, f["letter.breakdown"], demanded, found, currency, tolerance
    )
    if statutory is not None:
        result["statutory"] = statutory
    if j is not None and j.cmi_exposure is not None:
        result["cmi"] = j.cmi_exposure(context, p)
    _firm_history(result, f, p, demanded)
    result["counter_offer"]["rationale"] = rationale(
        result, found.chosen, j.damages_text if j is not None else None
    )
    return {"derived.amount": result}


def _firm_history(result: dict, f, p, demanded) -> None:
    """With enough recorded outcomes for the same agency, the firm's own median of paid /
    demanded may lower the counter-offer (never below the fair range's low end, never
    above the reference-based counter-offer); the counter-offer's own trace says so either
    way (the fee trace stays the factors of the reference fee)."""
    count = f["history.outcomes"]
    ratio = f["history.median_paid_ratio"]
    needed = read(p, "fees.history.min_outcomes")
    counter = result["counter_offer"]["amount"]
    entry: dict[str, Any] = {
        "name": "firm_history",
        "label": step_label("firm_history"),
        "role": "anchor",
        "parameter": "fees.history.min_outcomes",
        "value": {"outcomes": count or 0, "median_paid_ratio": ratio},
        "in_force_from": needed[1]["in_force_from"] if needed else None,
        "source": described(needed[1]["reference"]) if needed else None,
        "estimate": True,
        "applied": False,
        "factor": None,
        "amount": None,
        "basis": None,
    }
    enough = needed is not None and count is not None and count >= int(needed[0])
    if not enough or ratio is None or demanded is None or counter is None:
        closed = count or 0
        threshold = f" de {needed[0]}" if needed else ""
        threshold_en = f" of {needed[0]}" if needed else ""
        files = {0: "aucun dossier clos", 1: "1 dossier clos"}.get(
            closed, f"{closed} dossiers clos"
        )
        entry["effect"] = {
            "fr": f"Historique du cabinet avec cette agence : {files}, en deçà du seuil"
            f"{threshold} ; non utilisé.",
            "en": "The firm's history with this agency: "
            f"{closed} {'closed matter' if closed == 1 else 'closed matters'}, below the "
            f"threshold{threshold_en}; not used.",
        }
        result["counter_offer"]["trace"] = [entry]
        return
    anchored = q2(demanded[0] * dec(ratio))
    low = dec(result["fair_range"]["low"]) if result.get("fair_range") else ZERO
    proposal = min(dec(counter), max(anchored, low))
    entry["applied"] = proposal < dec(counter)
    entry["amount"] = s2(anchored)
    entry["effect"] = {
        "fr": f"Historique du cabinet : {count} dossiers clos avec cette agence, réglés en "
        f"médiane à {percent_text(ratio, 'fr')} du montant réclamé, soit "
        f"{money_text(anchored, result['currency'], 'fr')} en l'espèce ; "
        + (
            "contre-proposition abaissée à ce niveau (sans descendre sous la fourchette)."
            if entry["applied"]
            else "la contre-proposition fondée sur la redevance est déjà plus basse : inchangée."
        ),
        "en": f"The firm's history: {count} closed matters with this agency, paid at a "
        f"median {percent_text(ratio, 'en')} of the demand, i.e. "
        f"{money_text(anchored, result['currency'], 'en')} here; "
        + (
            "counter-offer lowered to that level (not below the fair range)."
            if entry["applied"]
            else "the fee-based counter-offer is already lower: unchanged."
        ),
    }
    result["counter_offer"]["trace"] = [entry]
    result["counter_offer"]["amount"] = s2(proposal)
    if entry["applied"]:
        result["counter_offer"]["history"] = {"outcomes": count, "median_paid_ratio": ratio}


def _barred(dates: dict, j) -> tuple[bool, bool]:
    """(wholly time-barred, only a residual claim left, such as German enrichment)."""
    if dates.get("time_barred") is not True:
        return False, False
    residual, today = dates.get("residual_claim_expiry"), dates.get("today")
    has_residual = j is not None and j.residual_claim is not None
    if has_residual and (residual is None or today is None or today <= residual):
        return False, True
    return True, False


def _context(f, law: str, j) -> recoverable.Context:
    """The facts the applicable law's recovery rules need, and only those (so that facts
    another law would need are neither read nor asked)."""
    c: dict[str, Any] = {"law": law, "breakdown": f["letter.breakdown"] or []}
    if j is not None and j.recovery_facts is not None:
        c.update(j.recovery_facts(f))
    return recoverable.Context(**c)


def _images_entry(images: int) -> dict[str, Any]:
    return {
        "name": "number_of_images",
        "label": step_label("number_of_images"),
        "role": "factor",
        "parameter": None,
        "value": images,
        "factor": str(images),
        "amount": None,
        "in_force_from": None,
        "source": stated(
            None,
            "le nombre d'images exploitées indiqué au dossier",
            "the number of images used, as stated in the file",
        ),
        "estimate": False,
        "basis": None,
        "applied": True,
        "effect": {
            "fr": f"{images} images : prix unitaire × {images}.",
            "en": f"{images} images: unit price × {images}.",
        },
    }


def _statutory_floor(statutory: dict | None, currency: str, images: int) -> Decimal | None:
    """The least a court awards per work when the owner elects statutory damages (17 U.S.C.
    § 504(c)(1)), where they are available (a timely registration, § 412) and the demand is
    in their currency; None otherwise. A proven innocent infringer may obtain less (§
    504(c)(2)): that is its burden, so the ordinary minimum is the floor."""
    if not statutory or statutory.get("available") is not True:
        return None
    if statutory.get("statutory_min") is None or statutory.get("currency") != currency:
        return None
    return dec(statutory["statutory_min"]) * images


def _demand_figures(
    result: dict,
    demanded,
    reference,
    without: list,
    time_barred: bool,
    fees_owed=ZERO,
    floor: Decimal | None = None,
) -> None:
    excluded = sum((dec(w["amount"]) for w in without), ZERO)
    recoverable_amount = max(demanded[0] - excluded, ZERO) if demanded else None
    result["recoverable"] = s2(recoverable_amount)
    # The lawyer's fees owed (a justified, compliant German Abmahnung) are a head of their
    # own, not part of the price of the use: the ratio compares the rest with the fee.
    claimed = demanded[0] - fees_owed if demanded else None
    result["ratio"] = s2(claimed / reference) if claimed is not None and reference else None
    if reference is None:
        counter = None
    elif time_barred:
        counter = ZERO
    else:
        counter = q2(reference + fees_owed)
        if floor is not None and counter < floor:
            # A court awards at least the statutory minimum: an offer below it has no pull.
            counter = q2(floor)
        if recoverable_amount is not None:
            counter = min(counter, recoverable_amount)
    result["time_barred"] = time_barred
    result["legal_fees_included"] = s2(fees_owed) if fees_owed else None
    result["statutory_floor"] = s2(floor) if floor is not None else None
    result["counter_offer"] = {"amount": s2(counter)}


def _fair_range(p, reference: Decimal | None, j, context) -> dict[str, Any] | None:
    if reference is None:
        return None
    low, high = read(p, "fees.range.low_factor"), read(p, "fees.range.high_factor")
    low_f = dec(low[0]) if low else ONE
    high_f = dec(high[0]) if high else ONE
    why = ("Incertitude de l'estimation.", "Uncertainty of the estimate.")
    widened = j.fair_range_high(p, context) if j and j.fair_range_high else None
    if widened is not None and widened[0] > high_f:
        high_f, why = widened
    return {
        "low": s2(min(reference * low_f, reference)),
        "high": s2(max(reference * high_f, reference)),
        "factors": {"low": str(low_f), "high": str(high_f)},
        "note": {"fr": why[0], "en": why[1]},
    }


def _tier_check(computed: grid.Grid, breakdown, demanded, found, currency, tolerance) -> dict:
    """Whether an editorial use is priced at a commercial tier (GEN-AMOUNT-04)."""
    parts = [i for i in breakdown or [] if i["kind"] in ("licence_fee", "damages")]
    licence_part = (
        sum((dec(i["amount"]["amount"]) for i in parts), ZERO)
        if parts
        else demanded[0]
        if demanded
        else None
    )
    out: dict[str, Any] = {
        "use_kind": computed.kind,
        "editorial": computed.kind in EDITORIAL_KINDS,
        "demanded_licence_part": s2(licence_part),
        "commercial_equivalent": s2(computed.commercial),
        "other_use_price": None,
    }
    for source in found.sources:
        converted = source["converted"]
        if (
            source["covers_use"] is False
            and converted
            and licence_part
            and tolerance
            and abs(dec(converted) - licence_part) <= dec(converted) * dec(tolerance[0])
        ):
            out["other_use_price"] = {
                "amount": converted,
                "currency": currency,
                "description": source["description"],
            }
            break
    return out
