"""Amount under German law: the MFM tariff, the surcharge for a missing credit, and a first
warning's lawyer fees above the § 97a(3) UrhG cap.

Sources: § 97a(3), LG Mannheim 2 S 2/19, § 13 UrhG, BGH I ZR
148/13, LG Stuttgart 17 O 872/12, AG Hamburg 36a C 54/07, OLG Hamm 4 U 34/15, BGH I ZR
266/02, I ZR 187/17, OLG Köln 6 U 10/16.
Collection costs (§ 13e RDG) are DE-COLLECTOR-01's; the cap itself is DE-CONTEXT-01's.
"""

from decimal import Decimal

import app.rulebook.amounts.derivation  # noqa: F401, I001  (registers the derivations)
from app.rulebook import registry
from app.services.rules.display import Words, money, number_text
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

MFM_BASIS = [
    "de-bgh-i-zr-266-02",
    "de-bgh-i-zr-187-17",
    "de-olg-koeln-6-u-10-16",
    "de-olg-hamm-4-u-34-15",
]
SURCHARGE_BASIS = [
    "de-urhg-13",
    "de-bgh-i-zr-148-13",
    "de-lg-stuttgart-17-o-872-12",
    "de-ag-hamburg-36a-c-54-07",
    "de-olg-hamm-4-u-34-15",
    "de-olg-brandenburg-6-u-37-08",
]


@registry.rule(
    id="DE-AMOUNT-01",
    question="amount",
    title=T(fr="Barème MFM appliqué sans factures", en="MFM tariff applied without invoices"),
    jurisdictions=["DE"],
    basis=MFM_BASIS,
    reads=[
        "letter.calculation_basis",
        "letter.licence_practice_shown",
        "work.professional",
        "work.simple_photo",
        "letter.amount_demanded",
    ],
    role="mitigating",
    variants={
        "amateur": Variant(
            outcome="favours_client",
            weight=0.7,
            summary=T(
                fr="Le barème MFM ne s'applique pas à une photographie d'amateur ou dépourvue "
                "de caractère créatif : la redevance est bien inférieure.",
                en="The MFM tariff does not apply to an amateur or simple photograph: the fee "
                "is far lower.",
            ),
            explanation=T(
                fr="Les recommandations MFM, établies par les seuls fournisseurs, ne reflètent "
                "pas les prix usuels ; pour une photographie d'amateur utilisée sur un site "
                "internet, le BGH a approuvé une redevance de 100 € au lieu des 450 € du barème "
                "MFM (BGH, 13 sept. 2018, I ZR 187/17 « Sportwagenfoto »). Le juge évalue la "
                "redevance au regard de l'ensemble des circonstances (BGH, I ZR 266/02 "
                "« Pressefotos »).",
                en="MFM recommendations, set by suppliers alone, do not reflect customary "
                "prices; for an amateur photo used on a website the BGH upheld EUR 100 instead "
                "of the MFM's EUR 450 (BGH, 13 Sept. 2018, I ZR 187/17 'Sportwagenfoto'). The "
                "court estimates the fee from all the circumstances (BGH, I ZR 266/02 "
                "'Pressefotos').",
            ),
        ),
        "no_invoices": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="Demande calculée sur le barème MFM sans factures établissant une pratique "
                "de licence comparable : le barème MFM n'est qu'un point de départ "
                "exceptionnel.",
                en="Demand computed on the MFM tariff without invoices of a comparable "
                "licensing practice: the MFM tariff is only an exceptional starting point.",
            ),
            explanation=T(
                fr="Le barème MFM ne peut servir que si une telle pratique est établie (BGH, I "
                "ZR 266/02) ; il ne constitue qu'exceptionnellement un point de départ, pour "
                "des photographies de professionnels, non reproductibles, et sur production de "
                "factures de redevances comparables (OLG Köln, 11 janv. 2019, 6 U 10/16). La "
                "pratique de licence du titulaire prime, et il lui incombe de la prouver (OLG "
                "Hamm, 4 U 34/15 : 110 €). Aucune facture n'est produite : il convient de contester la base "
                "de calcul.",
                en="The MFM tariff applies only where such a practice is established (BGH, I ZR "
                "266/02); it is only exceptionally a starting point, for professional, "
                "non-reproducible photos backed by invoices of comparable fees (OLG Köln, 11 "
                "Jan. 2019, 6 U 10/16). The rights holder's own licensing practice governs, and "
                "the rights holder must prove it (OLG Hamm, 4 U 34/15: EUR 110). No invoice is produced: "
                "dispute the basis of the calculation.",
            ),
        ),
    },
    undetermined_text=T(
        fr="La base sur laquelle la lettre calcule la redevance n'est pas connue.",
        en="On what basis the letter computes the fee is unknown.",
    ),
)
def mfm_without_invoices(f, p):
    if f["letter.amount_demanded"] is None:
        return not_applicable("no amount demanded")
    basis = f["letter.calculation_basis"]
    if basis is None:
        return undetermined("letter.calculation_basis")
    if basis != "mfm":
        return not_applicable("the demand is not computed on MFM rates")
    if f["work.professional"] is False or f["work.simple_photo"]:
        return applies("amateur")
    if f["letter.licence_practice_shown"]:
        return not_applicable("invoices of a comparable practice were produced")
    return applies("no_invoices")


@registry.rule(
    id="DE-AMOUNT-02",
    question="amount",
    title=T(
        fr="Majoration pour défaut de crédit contestable",
        en="Surcharge for a missing credit open to dispute",
    ),
    jurisdictions=["DE"],
    basis=SURCHARGE_BASIS,
    reads=["letter.breakdown", "use.attribution_shown", "derived.amount"],
    role="mitigating",
    variants={
        "credited": Variant(
            outcome="favours_client",
            weight=0.7,
            summary=T(
                fr="Le photographe était crédité : la majoration de {amount} est sans objet.",
                en="The photographer was credited: the {amount} surcharge has no basis.",
            ),
            explanation=T(
                fr="La majoration de la redevance répare l'atteinte au droit d'être nommé "
                "(§ 13 UrhG ; BGH, 15 janv. 2015, I ZR 148/13 « Motorradteile ») ; elle suppose "
                "donc un défaut de crédit. Le nom du photographe figurait en l'espèce : la "
                "majoration réclamée ({amount}{percent}) est sans fondement.",
                en="The surcharge on the fee makes good the infringement of the right to be "
                "named (§ 13 UrhG; BGH, 15 Jan. 2015, I ZR 148/13 'Motorradteile'); it requires "
                "a missing credit. The photographer was named here: the surcharge claimed "
                "({amount}{percent}) has no basis.",
            ),
        ),
        "not_automatic": Variant(
            outcome="favours_client",
            weight=0.4,
            summary=T(
                fr="Majoration de {amount}{percent} pour défaut de crédit : elle n'est pas "
                "automatique (de 0 à 100 % selon les juridictions).",
                en="A {amount}{percent} surcharge for the missing credit: it is not automatic "
                "(0 to 100% in the case law).",
            ),
            explanation=T(
                fr="Le défaut de crédit peut justifier une majoration de la redevance (BGH, I ZR "
                "148/13), souvent de 100 % (OLG Brandenburg, 6 U 37/08), mais non "
                "automatiquement : 50 % pour des photographies de faible qualité sur un site "
                "non commercial (AG Hamburg, 36a C 54/07), 0 % lorsque la mention n'a aucune "
                "valeur publicitaire (LG Stuttgart, 17 O 872/12) ; un taux de 100 % n'est "
                "qu'« en principe usuel » (OLG Hamm, 4 U 34/15). Discuter le taux, surtout pour une image "
                "d'agence dont la mention a peu de valeur publicitaire.",
                en="A missing credit can justify a surcharge on the fee (BGH, I ZR 148/13), "
                "often 100% (OLG Brandenburg, 6 U 37/08), but not automatically: 50% for "
                "low-quality photos on a non-commercial site (AG Hamburg, 36a C 54/07), 0% "
                "where the credit has no advertising value (LG Stuttgart, 17 O 872/12); 100% is "
                "only 'customary in principle' (OLG Hamm, 4 U 34/15). Dispute the rate, above "
                "all for an agency image whose credit has little advertising value.",
            ),
        ),
        "time_barred": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="Majoration de {amount}{percent} pour défaut de crédit : des "
                "dommages-intérêts, prescrits ; seule reste la valeur de licence (§ 852 BGB).",
                en="A {amount}{percent} surcharge for the missing credit: damages, and "
                "time-barred; only the licence value remains (§ 852 BGB).",
            ),
            explanation=T(
                fr="La majoration pour défaut de crédit répare l'atteinte au droit d'être nommé "
                "(§ 13 UrhG ; BGH, I ZR 148/13) : elle relève des dommages-intérêts (§ 97(2) "
                "UrhG), prescrits en l'espèce (§ 102 UrhG, §§ 195, 199 BGB). L'action "
                "résiduelle en restitution de l'enrichissement (§ 102 phrase 2 UrhG, § 852 BGB) "
                "ne porte que sur la valeur de licence obtenue : la majoration réclamée "
                "({amount}{percent}) est sans objet.",
                en="The surcharge for a missing credit makes good the infringement of the right "
                "to be named (§ 13 UrhG; BGH, I ZR 148/13): it is damages (§ 97(2) UrhG), "
                "time-barred here (§ 102 UrhG, §§ 195, 199 BGB). The residual enrichment claim "
                "(§ 102 sentence 2 UrhG, § 852 BGB) reaches only the licence value obtained: the "
                "surcharge claimed ({amount}{percent}) falls away.",
            ),
        ),
    },
)
def surcharge_not_justified(f, p):
    items = [i for i in f["letter.breakdown"] or [] if i["kind"] == "surcharge"]
    if not items:
        return not_applicable("no surcharge is claimed")
    a = f["derived.amount"] or {}
    amount = sum(Decimal(i["amount"]["amount"]) for i in items)
    pct = next((i.get("percent") for i in items if i.get("percent")), None)
    percent = (
        Words({"fr": f", {number_text(pct, 'fr')} %", "en": f", {number_text(pct, 'en')}%"})
        if pct
        else ""
    )
    currency = a.get("currency") or items[0]["amount"]["currency"]
    values = {"amount": money(amount, currency), "currency": currency, "percent": percent}
    shown = f["use.attribution_shown"]
    if shown:
        return applies("credited", **values)
    if a.get("residual_only"):
        # Every day of use is time-barred for damages: the amount lists the surcharge as
        # falling away (§ 852 BGB reaches the licence value only), and so does the finding.
        return applies("time_barred", **values)
    if shown is None:
        return undetermined("use.attribution_shown")
    return applies("not_automatic", **values)


@registry.rule(
    id="DE-AMOUNT-04",
    question="amount",
    title=T(
        fr="Frais d'avocat au-delà du plafond du § 97a(3) UrhG",
        en="Lawyer's fees above the § 97a(3) UrhG cap",
    ),
    jurisdictions=["DE"],
    basis=["de-urhg-97a", "de-rvg-anlage-2"],
    reads=["derived.amount"],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="Honoraires d'avocat réclamés au-delà du plafond : {excess} ne sont pas dus.",
                en="Lawyer's fees claimed above the cap: {excess} is not owed.",
            ),
            explanation=T(
                fr="{reason_fr} Retirer {excess} de la demande.",
                en="{reason_en} Take {excess} off the demand.",
            ),
        ),
        "time_barred": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="Honoraires d'avocat d'un avertissement fondé sur une demande de cessation "
                "prescrite : {excess} ne sont pas dus.",
                en="Lawyer's fees of a warning resting on a time-barred claim to refrain: "
                "{excess} is not owed.",
            ),
            explanation=T(
                fr="{reason_fr} Retirer {excess} de la demande.",
                en="{reason_en} Take {excess} off the demand.",
            ),
        ),
    },
)
def lawyer_fees_above_cap(f, p):
    a = f["derived.amount"] or {}
    items = [w for w in a.get("without_basis") or [] if w["kind"] == "legal_fees"]
    if a.get("law") != "DE" or not items:
        return not_applicable("no lawyer's fees above the § 97a(3) cap")
    # Under limitation the warning's whole fees are listed (the claim to refrain being barred
    # too), after any excess over the § 97a(3) cap: the summary says so and sums them.
    barred = bool(a.get("residual_only"))
    item = items[-1] if barred else items[0]
    total = sum(Decimal(str(w["amount"])) for w in items) if barred else item["amount"]
    return applies(
        "time_barred" if barred else "default",
        excess=money(total, a["currency"]),
        currency=a["currency"],
        reason_fr=item["reason"]["fr"],
        reason_en=item["reason"]["en"],
    )
