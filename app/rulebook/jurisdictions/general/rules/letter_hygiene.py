"""Letter hygiene and pressure tactics: short deadlines, statutory maxima quoted without
their floor, payment without a proper release, removal after notice.

Sources: agencies' letters set deadlines of 3 to 21 days and quote "$150,000"; 17 U.S.C.
§ 504(c) ($750-$30,000, $200 innocent, $150,000 wilful); PicRights' releases are signed by
an officer of the copyright holder; LG Köln, 14 O 327/21 (conduct after the infringement
does not undo it).

The threshold of a short deadline (the ``letters.short_deadline_days`` parameter) is a
practical yardstick for a pressure deadline, not a rule of law: a deadline set by a claimant
has no legal effect in itself; the US figures quoted are the ``damages.us.*`` parameters. The deadline length is
a plain date difference; legal deadlines are computed elsewhere.
"""

from app.rulebook import registry
from app.rulebook.by_law import country, is_uncovered, to_be_checked
from app.rulebook.figures import whole_money
from app.services.rules.display import Words, days_text, days_words
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

SHORT_DEADLINE_DAYS = "letters.short_deadline_days"
US_FIGURES = {
    "wilful_max": "damages.us.wilful_max",
    "statutory_min": "damages.us.statutory_min",
    "innocent_min": "damages.us.innocent_min",
}

DEADLINE_FR = (
    "Le délai fixé par la lettre est un délai unilatéral : ce n'est pas un délai légal, et il "
    "ne lie pas le destinataire en soi ; il vise à obtenir un paiement avant tout examen de "
    "la demande."
)
DEADLINE_EN = (
    "The deadline set by the letter is a unilateral one: it is not a statutory time limit "
    "and does not bind the recipient in itself; it aims at obtaining payment before the "
    "claim is examined."
)
MAXIMUM_FR = (
    "Citer un plafond légal sans son plancher est un procédé de pression : les lettres "
    "américaines qui brandissent {wilful_max} (contrefaçon délibérée, que le titulaire doit "
    "prouver) passent sous silence le minimum de {statutory_min} par œuvre et les "
    "{innocent_min} en cas de "
    "contrefaçon de bonne foi (17 U.S.C. § 504(c))."
)
MAXIMUM_EN = (
    "Quoting a statutory maximum without its floor is a pressure tactic: US letters that "
    "brandish {wilful_max} (wilful infringement, which the owner must prove) leave out the "
    "{statutory_min} minimum per work and the {innocent_min} for innocent infringement "
    "(17 U.S.C. § 504(c))."
)


@registry.rule(
    id="GEN-LETTER-01",
    question="procedure",
    title=T(
        fr="Délai et procédés de pression de la lettre",
        en="The letter's deadline and pressure tactics",
    ),
    jurisdictions=["ALL"],
    basis=["us-17-504"],
    reads=[
        "letter.letter_date",
        "letter.received_on",
        "letter.deadline",
        "letter.deadline_days",
        "letter.statutory_maximum_quoted",
        "letter.sent_by_lawyer",
        "letter.undertaking_demanded",
        "derived.law",
    ],
    params=[SHORT_DEADLINE_DAYS, *US_FIGURES.values()],
    role="info",
    variants={
        "short_deadline": Variant(
            outcome="favours_client",
            weight=0.3,
            summary=T(
                fr="Délai de {length} {from_fr} : délai unilatéral, non contraignant en soi ; "
                "répondre utilement sans se laisser imposer le calendrier.",
                en="A deadline of {length} {from_en}: a unilateral deadline, not binding in "
                "itself; answer properly without letting the claimant set the timetable.",
            ),
            explanation=T(
                fr="La lettre laisse {length} {from_fr}, soit moins de {threshold} jours. "
                + DEADLINE_FR
                + " Répondre sur le fond une fois les éléments réunis (mandat, titre, "
                "preuve de l'usage, licence), sans se laisser imposer le calendrier.",
                en="The letter allows {length} {from_en}, less than {threshold} days. "
                + DEADLINE_EN
                + " Answer on the merits once the evidence is gathered (mandate, title, "
                "proof of use, licence), without letting the claimant set the timetable.",
            ),
        ),
        "undertaking_uncovered_law": Variant(
            outcome="neutral",
            weight=0.4,
            summary=T(
                fr="Lettre d'avocat exigeant un engagement de cessation, régie par un droit que "
                "Riposte ne couvre pas en détail : répondre dans le délai ({deadline}), sans "
                "reconnaissance de responsabilité, ou obtenir par écrit une prolongation.",
                en="A lawyer's letter demanding an undertaking to cease, under a law Riposte "
                "does not cover in detail: answer within the deadline ({deadline}), "
                "without admission, or obtain an extension in writing.",
            ),
            explanation=T(
                fr="Un délai fixé par le réclamant ne lie pas en soi ; mais lorsqu'un avocat "
                "exige un engagement de cessation, le silence peut être suivi d'une demande "
                "de mesure d'interdiction en référé, et certains droits présument le risque "
                "de réitération jusqu'à ce qu'un engagement assorti d'une clause pénale soit "
                "souscrit ; {law_check}. Par prudence, répondre dans le "
                "délai, sans reconnaissance de responsabilité, ou obtenir par écrit une "
                "prolongation, et ne pas signer le modèle pré-rédigé sans l'avoir fait "
                "vérifier au regard de ce droit.",
                en="A deadline set by the claimant does not bind in itself; but when a lawyer "
                "demands an undertaking to cease, silence may be followed by an application "
                "for an interim injunction, and some laws presume a risk of repetition until "
                "an undertaking backed by a contractual penalty is given; {law_check}. To be safe, answer within the deadline, without admission of "
                "liability, or obtain an extension in writing, and do not sign the "
                "pre-formulated text before it is checked under that law.",
            ),
        ),
        "statutory_maximum": Variant(
            outcome="favours_client",
            weight=0.3,
            summary=T(
                fr="La lettre cite un plafond légal sans son minimum : procédé de pression.",
                en="The letter quotes a statutory maximum without the minimum: a pressure tactic.",
            ),
            explanation=T(
                fr=MAXIMUM_FR + " En l'espèce, la lettre cite le plafond sans le plancher : "
                "rétablir dans la réponse l'échelle réelle des sommes encourues.",
                en=MAXIMUM_EN + " Here the letter quotes the maximum without the floor: "
                "restore the real scale in the answer.",
            ),
        ),
        "both": Variant(
            outcome="favours_client",
            weight=0.35,
            summary=T(
                fr="Délai de {length} et plafond légal cité sans son minimum : procédés de pression.",
                en="A deadline of {length} and a statutory maximum quoted without the minimum: "
                "pressure tactics.",
            ),
            explanation=T(
                fr="La lettre laisse {length} {from_fr}, soit moins de {threshold} jours. "
                + DEADLINE_FR
                + " "
                + MAXIMUM_FR
                + " Répondre sur le fond sans se laisser imposer le calendrier, en "
                "rétablissant l'échelle réelle des sommes encourues.",
                en="The letter allows {length} {from_en}, less than {threshold} days. "
                + DEADLINE_EN
                + " "
                + MAXIMUM_EN
                + " Answer on the merits without letting the claimant set the timetable, "
                "restoring the real scale.",
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
    law = country(f["derived.law"])
    if (
        f["letter.sent_by_lawyer"]
        and f["letter.undertaking_demanded"]
        and is_uncovered(law)
        and (deadline is not None or relative is not None)
    ):
        # Under a law without a package, the pressure-tactic advice would tell the client to
        # take its time over a demand that may be followed by an injunction (case l-55).
        return applies(
            "undertaking_uncovered_law",
            law_check=to_be_checked(law),
            **_deadline_words(deadline, start, relative),
        )
    threshold = p[SHORT_DEADLINE_DAYS]
    short = days is not None and days < threshold
    figures = {k: whole_money(p[name], "USD") for k, name in US_FIGURES.items()} if maximum else {}
    if short:
        values = {
            "days": days,
            "length": days_words(days),
            "from_fr": from_fr,
            "from_en": from_en,
            "threshold": threshold,
            **figures,
        }
        return applies("both" if maximum else "short_deadline", **values)
    if maximum:
        return applies("statutory_maximum", **figures)
    if days is None and maximum is None:
        return not_applicable("neither a deadline nor a statutory threat is known")
    return not_applicable("no short deadline and no statutory maximum quoted")


def _deadline_words(deadline, start, relative) -> dict:
    """The deadline as a date (« 12 octobre 2026 »), or as days from the letter."""
    if deadline is not None:
        return {"deadline": deadline}
    return {
        "deadline": Words(
            {
                "fr": f"{days_text(relative, 'fr')} à compter de la lettre",
                "en": f"{days_text(relative, 'en')} from the letter's date",
            }
        )
    }


@registry.rule(
    id="GEN-LETTER-02",
    question="procedure",
    title=T(
        fr="Ne payer que contre un protocole transactionnel signé par le titulaire, valant "
        "renonciation pour l'usage passé",
        en="Pay only against a settlement signed by the rights holder, releasing the past use",
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
                fr="Aucun protocole transactionnel n'est proposé : ne rien payer sans une "
                "renonciation signée par le titulaire des droits et couvrant l'usage passé.",
                en="No settlement agreement is offered: pay nothing without a release signed "
                "by the rights holder and covering the past use.",
            ),
            explanation=T(
                fr="Un paiement entre les mains d'un intermédiaire ne libère le client que si "
                "le titulaire des droits renonce lui-même à toute réclamation pour l'usage "
                "passé ; à défaut, le photographe ou une autre agence pourrait réclamer à "
                "nouveau. PicRights indique d'ailleurs que ses accords transactionnels sont "
                "signés par un représentant du titulaire. En l'espèce, aucun protocole n'est "
                "proposé : subordonner tout paiement à une transaction écrite, signée par le "
                "titulaire et couvrant l'usage passé.",
                en="A payment to an intermediary discharges the client only if the rights "
                "holder, not the intermediary alone, releases all claims for the past use; otherwise the "
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
                fr="Le protocole proposé est insuffisant ({why_fr}) : ne pas payer en l'état.",
                en="The release offered is insufficient ({why_en}): do not pay as it stands.",
            ),
            explanation=T(
                fr="Un paiement ne libère le client que si le titulaire des droits renonce "
                "lui-même à toute réclamation pour l'usage passé (pratique de PicRights : "
                "accord signé par un représentant du titulaire). En l'espèce : {why_fr}. "
                "Exiger, avant tout paiement, un protocole transactionnel signé par le "
                "titulaire et valant renonciation pour l'usage passé.",
                en="A payment discharges the client only if the rights holder, not the agency alone, "
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
        why_fr.append("il n'est pas signé par le titulaire des droits")
        why_en.append("it is not signed by the rights holder")
    if covers is False:
        why_fr.append("il ne couvre pas l'usage passé")
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
