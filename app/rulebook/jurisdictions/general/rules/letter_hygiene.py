"""Letter hygiene and pressure tactics: short deadlines, statutory maxima quoted without
their floor, payment without a proper release, removal after notice.

Sources: legal-notes §1.2 (deadlines of 3 to 21 days; "$150,000" threats), §5 (17 USC
504(c): $750-$30,000, $200 innocent, $150,000 wilful), §1.1 (PicRights: releases signed by
an officer of the copyright holder), §9 item 10 (LG Köln 14 O 327/21: conduct after the
infringement does not undo it); candidates GEN-LETTER-01 to -03 (§11 K).

The 14-day threshold is the notes' practical yardstick for a pressure deadline, not a rule
of law: a deadline set by a claimant has no legal effect in itself. The deadline length is
a plain date difference; legal deadlines are computed elsewhere.
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

SHORT_DEADLINE_DAYS = 14

DEADLINE_FR = (
    "Le délai fixé par la lettre n'est pas un délai légal et n'a pas d'effet juridique "
    "propre ; il sert à presser le destinataire de payer avant d'examiner la demande."
)
DEADLINE_EN = (
    "The deadline set by the letter is not a statutory time limit and has no legal effect "
    "of its own; it serves to push the recipient into paying before examining the claim."
)
MAXIMUM_FR = (
    "Citer un plafond légal sans son plancher est un procédé de pression : les lettres "
    "américaines qui brandissent 150 000 $ (contrefaçon délibérée, que le titulaire doit "
    "prouver) taisent le minimum de 750 $ par œuvre et les 200 $ en cas de contrefaçon de "
    "bonne foi (17 U.S.C. § 504(c))."
)
MAXIMUM_EN = (
    "Quoting a statutory maximum without its floor is a pressure tactic: US letters that "
    "brandish $150,000 (wilful infringement, which the owner must prove) leave out the $750 "
    "minimum per work and the $200 for innocent infringement (17 U.S.C. § 504(c))."
)


@registry.rule(
    id="GEN-LETTER-01",
    question="procedure",
    title=T(fr="Procédés de pression de la lettre", en="Pressure tactics in the letter"),
    jurisdictions=["ALL"],
    basis=["us-17-504"],
    reads=[
        "letter.letter_date",
        "letter.received_on",
        "letter.deadline",
        "letter.deadline_days",
        "letter.statutory_maximum_quoted",
    ],
    role="info",
    variants={
        "short_deadline": Variant(
            outcome="favours_client",
            weight=0.3,
            summary=T(
                fr="Délai de {days} jour(s) {from_fr} : procédé de pression sans effet "
                "juridique ; répondre sur le fond, à son rythme.",
                en="A deadline of {days} day(s) {from_en}: a pressure tactic with no legal "
                "effect; answer on the merits, at the client's own pace.",
            ),
            explanation=T(
                fr="La lettre laisse {days} jour(s) {from_fr}, moins de {threshold} jours. "
                + DEADLINE_FR
                + " Répondre sur le fond après avoir réuni les éléments (mandat, titre, "
                "preuve, licence), sans se laisser dicter le calendrier.",
                en="The letter allows {days} day(s) {from_en}, less than {threshold} days. "
                + DEADLINE_EN
                + " Answer on the merits once the evidence is gathered (mandate, title, "
                "proof, licence), without letting the claimant set the pace.",
            ),
        ),
        "statutory_maximum": Variant(
            outcome="favours_client",
            weight=0.3,
            summary=T(
                fr="La lettre cite un plafond légal sans le minimum : procédé de pression.",
                en="The letter quotes a statutory maximum without the minimum: a pressure tactic.",
            ),
            explanation=T(
                fr=MAXIMUM_FR + " Ici la lettre cite le plafond sans le plancher : "
                "rétablir l'échelle réelle dans la réponse.",
                en=MAXIMUM_EN + " Here the letter quotes the maximum without the floor: "
                "restore the real scale in the answer.",
            ),
        ),
        "both": Variant(
            outcome="favours_client",
            weight=0.35,
            summary=T(
                fr="Délai de {days} jour(s) et plafond légal cité sans le minimum : procédés "
                "de pression.",
                en="A deadline of {days} day(s) and a statutory maximum quoted without the "
                "minimum: pressure tactics.",
            ),
            explanation=T(
                fr="La lettre laisse {days} jour(s) {from_fr}, moins de {threshold} jours. "
                + DEADLINE_FR
                + " "
                + MAXIMUM_FR
                + " Répondre sur le fond, à son rythme, en rétablissant l'échelle réelle.",
                en="The letter allows {days} day(s) {from_en}, less than {threshold} days. "
                + DEADLINE_EN
                + " "
                + MAXIMUM_EN
                + " Answer on the merits, at the client's own pace, restoring the real "
                "scale.",
            ),
        ),
    },
)
def pressure_tactics(f, p):
    deadline, relative = f["letter.deadline"], f["letter.deadline_days"]
    received = f["letter.received_on"]
    start = received or f["letter.letter_date"]
    days = None
    if deadline is not None and start is not None:
        days = max((deadline - start).days, 0)
        from_fr = "à compter de la réception" if received else "à compter de la lettre"
        from_en = "from receipt" if received else "from the letter's date"
    elif relative is not None:
        days = relative
        from_fr, from_en = "à compter de la lettre", "from the letter's date"
    maximum = f["letter.statutory_maximum_quoted"]
    short = days is not None and days < SHORT_DEADLINE_DAYS
    if short:
        values = {
            "days": days,
            "from_fr": from_fr,
            "from_en": from_en,
            "threshold": SHORT_DEADLINE_DAYS,
        }
        return applies("both" if maximum else "short_deadline", **values)
    if maximum:
        return applies("statutory_maximum")
    if days is None and maximum is None:
        return not_applicable("neither a deadline nor a statutory threat is known")
    return not_applicable("no short deadline and no statutory maximum quoted")


@registry.rule(
    id="GEN-LETTER-02",
    question="procedure",
    title=T(
        fr="Ne payer que contre une quittance du véritable titulaire",
        en="Pay only against a release from the actual rights holder",
    ),
    jurisdictions=["ALL"],
    basis=["gen-picrights-release-practice"],
    reads=[
        "letter.release_offered",
        "letter.release_signed_by_rights_holder",
        "letter.release_covers_past_use",
    ],
    role="procedural",
    variants={
        "no_release": Variant(
            outcome="favours_client",
            weight=0.4,
            summary=T(
                fr="Aucune quittance n'est proposée : ne rien payer sans une renonciation "
                "signée par le titulaire des droits couvrant l'usage passé.",
                en="No release is offered: pay nothing without a release signed by the "
                "rights holder covering the past use.",
            ),
            explanation=T(
                fr="Un paiement à un intermédiaire ne libère le client que si le titulaire "
                "des droits renonce lui-même à toute réclamation pour l'usage passé ; à "
                "défaut, le photographe ou une autre agence pourrait réclamer à nouveau. "
                "PicRights indique d'ailleurs que ses accords de règlement sont signés par "
                "un représentant du titulaire. Ici aucune quittance n'est proposée : "
                "subordonner tout paiement à une transaction écrite, signée par le "
                "titulaire, couvrant l'usage passé.",
                en="A payment to an intermediary discharges the client only if the rights "
                "holder itself releases all claims for the past use; otherwise the "
                "photographer or another agency could claim again. PicRights itself states "
                "that its settlement agreements are signed by an officer of the rights "
                "holder. Here no release is offered: make any payment conditional on a "
                "written settlement, signed by the rights holder, covering the past use.",
            ),
        ),
        "defective": Variant(
            outcome="favours_client",
            weight=0.4,
            summary=T(
                fr="La quittance proposée est insuffisante ({why_fr}) : ne pas payer en l'état.",
                en="The release offered is insufficient ({why_en}): do not pay as it stands.",
            ),
            explanation=T(
                fr="Un paiement ne libère le client que si le titulaire des droits renonce "
                "lui-même à toute réclamation pour l'usage passé (pratique de PicRights : "
                "accord signé par un représentant du titulaire). Ici : {why_fr}. Exiger une "
                "quittance signée par le titulaire et couvrant l'usage passé avant tout "
                "paiement.",
                en="A payment discharges the client only if the rights holder itself "
                "releases all claims for the past use (PicRights' practice: agreement "
                "signed by an officer of the rights holder). Here: {why_en}. Require a "
                "release signed by the rights holder and covering the past use before any "
                "payment.",
            ),
        ),
    },
)
def release_before_payment(f, p):
    offered = f["letter.release_offered"]
    if offered is None:
        return not_applicable("nothing is known of a release")
    if offered is False:
        return applies("no_release")
    signed = f["letter.release_signed_by_rights_holder"]
    covers = f["letter.release_covers_past_use"]
    why_fr, why_en = [], []
    if signed is False:
        why_fr.append("elle n'est pas signée par le titulaire des droits")
        why_en.append("it is not signed by the rights holder")
    if covers is False:
        why_fr.append("elle ne couvre pas l'usage passé")
        why_en.append("it does not cover the past use")
    if why_fr:
        return applies("defective", why_fr=" ; ".join(why_fr), why_en="; ".join(why_en))
    missing = [
        name
        for name, value in (
            ("letter.release_signed_by_rights_holder", signed),
            ("letter.release_covers_past_use", covers),
        )
        if value is None
    ]
    if missing:
        return undetermined(*missing)
    return not_applicable("the release is signed by the rights holder and covers past use")


@registry.rule(
    id="GEN-LETTER-03",
    question="procedure",
    title=T(
        fr="Retrait après la lettre : n'efface pas le passé, borne la période",
        en="Removal after the letter: does not erase the past, caps the period",
    ),
    jurisdictions=["ALL"],
    basis=["de-lg-koeln-14-o-327-21"],
    reads=["use.removed_on", "use.first_used_on", "letter.received_on", "letter.letter_date"],
    role="info",
    variants={
        "after_notice": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Image retirée le {removed}, après la lettre : l'usage passé reste "
                "reprochable, mais la période d'usage est bornée ({period_fr}).",
                en="Image removed on {removed}, after the letter: the past use can still be "
                "claimed, but the period of use is capped ({period_en}).",
            ),
            explanation=T(
                fr="Retirer l'image après réception de la lettre n'efface pas l'atteinte "
                "passée : le comportement postérieur ne la neutralise pas (LG Köln, 14 O "
                "327/21) ; les agences le rappellent (« le retrait ne règle pas la "
                "question »). Mais le retrait borne la durée d'usage sur laquelle se "
                "calcule l'indemnité et réduit le risque d'injonction. Ici l'image a été "
                "retirée le {removed} ({period_fr}) : conserver la preuve du retrait et "
                "calculer toute offre sur cette seule période.",
                en="Removing the image after receiving the letter does not erase the past "
                "infringement: later conduct does not neutralise it (LG Köln, 14 O "
                "327/21); the agencies say so too ('removal alone will not resolve this'). "
                "But removal caps the period of use on which damages are computed and "
                "reduces the injunction risk. Here the image was removed on {removed} "
                "({period_en}): keep evidence of the removal and base any offer on that "
                "period only.",
            ),
        ),
        "before_notice": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Image retirée le {removed}, avant la lettre : l'usage passé reste "
                "reprochable, la période est close ({period_fr}).",
                en="Image removed on {removed}, before the letter: the past use can still be "
                "claimed, the period is closed ({period_en}).",
            ),
            explanation=T(
                fr="Le retrait n'efface pas l'atteinte passée (LG Köln, 14 O 327/21), mais "
                "l'usage avait déjà cessé le {removed}, avant la lettre ({period_fr}) : "
                "l'indemnité ne peut porter que sur cette période, et le risque de "
                "récidive qui fonde une injonction est faible. Conserver la preuve de la "
                "date du retrait.",
                en="Removal does not erase the past infringement (LG Köln, 14 O 327/21), but "
                "the use had already ended on {removed}, before the letter ({period_en}): "
                "damages can only cover that period, and the risk of repetition on which "
                "an injunction rests is low. Keep evidence of the removal date.",
            ),
        ),
    },
)
def removal_after_notice(f, p):
    removed = f["use.removed_on"]
    if removed is None:
        return not_applicable("no removal date is known")
    first = f["use.first_used_on"]
    if first is not None and first <= removed:
        days = (removed - first).days
        period_fr = f"usage du {first.isoformat()} au {removed.isoformat()}, {days} jours"
        period_en = f"use from {first.isoformat()} to {removed.isoformat()}, {days} days"
    else:
        period_fr = "début de l'usage inconnu"
        period_en = "start of the use unknown"
    notice = f["letter.received_on"] or f["letter.letter_date"]
    if notice is None:
        return undetermined("letter.received_on")
    variant = "before_notice" if removed < notice else "after_notice"
    return applies(variant, removed=removed, period_fr=period_fr, period_en=period_en)
