"""Procedure: a German lawyer's warning letter that demands a cease-and-desist undertaking,
and what removal of the image does and does not achieve in German law.

Sources: legal review of rulebook 1.1 (December 2026), defects 3 and 11 and missing law 4:
after an infringement the risk of repetition (Wiederholungsgefahr) is presumed; removal of
the image does not end it, only a penalty-backed undertaking (strafbewehrte
Unterlassungserklärung) does; failing one, the claimant may seek a preliminary injunction
(BGH I ZR 55/12, as cited by the review). These rules override the general advice of
GEN-LETTER-01 (a claimant's deadline has no effect of its own) and GEN-LETTER-03 (removal
lowers the risk of an order) where German law governs.
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.de.rules.procedure_german_abmahnung import _lawyer_warning
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

UNDERTAKING_FR = (
    "En droit allemand, l'atteinte fait présumer un risque de récidive (Wiederholungsgefahr) "
    "que le retrait de l'image ne suffit pas à écarter : seule une déclaration de cessation "
    "assortie d'une clause pénale (strafbewehrte Unterlassungserklärung) le fait disparaître "
    "(BGH, I ZR 55/12, point à vérifier). À défaut, le réclamant peut solliciter une "
    "ordonnance de référé (einstweilige Verfügung), à un coût bien supérieur."
)
UNDERTAKING_EN = (
    "In German law an infringement raises a presumed risk of repetition "
    "(Wiederholungsgefahr) that removal of the image does not end: only a cease-and-desist "
    "declaration backed by a contractual penalty (strafbewehrte Unterlassungserklärung) "
    "removes it (BGH, I ZR 55/12, to be checked). Failing that, the claimant may apply for a preliminary "
    "injunction (einstweilige Verfügung), at far higher cost."
)


@registry.rule(
    id="DE-LETTER-02",
    question="procedure",
    title=T(
        fr="Avertissement d'un avocat exigeant un engagement de cessation : répondre dans le "
        "délai imparti",
        en="A lawyer's Abmahnung demanding an undertaking: answer within the deadline",
    ),
    jurisdictions=["DE"],
    basis=["de-bgh-i-zr-55-12", "de-wiederholungsgefahr-practice", "de-urhg-97a"],
    reads=[
        "letter.sent_by_lawyer",
        "letter.agency",
        "letter.undertaking_demanded",
        "derived.dates",
    ],
    role="procedural",
    exception_to=["GEN-LETTER-01"],
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.6,
            summary=T(
                fr="Dans le délai imparti ({deadline_fr}), souscrire un engagement de cessation "
                "modifié, assorti d'une clause pénale et sans reconnaissance de "
                "responsabilité, ou obtenir par écrit une prorogation du délai.",
                en="A lawyer's Abmahnung demanding an undertaking: within the deadline "
                "({deadline_en}), send a modified penalty-backed undertaking without admission, "
                "or obtain an extension in writing.",
            ),
            explanation=T(
                fr=UNDERTAKING_FR + " Le délai fixé n'est donc pas un simple moyen de "
                "pression. Dans ce délai, souscrire un engagement modifié, limité à l'image "
                "et à l'utilisation en cause, donné « sans reconnaissance d'une obligation "
                "juridique, mais de manière juridiquement contraignante », et assorti d'une "
                "pénalité fixée par le créancier en cas de manquement, sous le contrôle du "
                "juge (« Hamburger Brauch ») ; ou obtenir par écrit une prorogation du délai. "
                "Les demandes de paiement (dommages-intérêts, honoraires d'avocat) se "
                "discutent séparément et ne sont pas soumises à ce délai.{past_fr}",
                en=UNDERTAKING_EN + " The deadline is therefore not a mere pressure tactic. "
                "Within it, send a modified undertaking: limited to the image and use at "
                "issue, given 'without recognition of a legal obligation, but legally "
                "binding', with a penalty set by the creditor in case of breach and "
                "reviewable by a court ('Hamburger Brauch'); or obtain an extension in "
                "writing. The payment demands (damages, lawyer's fees) are discussed "
                "separately and are not bound by that deadline.{past_en}",
            ),
        )
    },
)
def de_undertaking_within_deadline(f, p):
    if f["letter.undertaking_demanded"] is not True:
        return not_applicable("no cease-and-desist undertaking is known to be demanded")
    lawyer = _lawyer_warning(f)
    if lawyer is False:
        return not_applicable("not a lawyer's warning letter")
    if lawyer is None:
        return undetermined("letter.sent_by_lawyer")
    dates = f["derived.dates"] if isinstance(f["derived.dates"], dict) else {}
    deadline = dates.get("response_deadline")
    past = dates.get("response_deadline_past") is True
    return applies(
        deadline_fr=deadline or "date non précisée",
        deadline_en=deadline or "no date stated",
        past_fr=" Le délai est déjà expiré : agir sans attendre (engagement ou demande de "
        "prorogation le jour même)."
        if past
        else "",
        past_en=" The deadline has already passed: act at once (undertaking or request for "
        "an extension the same day)."
        if past
        else "",
    )


@registry.rule(
    id="DE-LETTER-03",
    question="procedure",
    title=T(
        fr="Retrait de l'image : il borne la période d'exploitation sans écarter le risque de "
        "récidive",
        en="Removal of the image: caps the period, does not end the risk of repetition",
    ),
    jurisdictions=["DE"],
    basis=["de-bgh-i-zr-55-12", "de-lg-koeln-14-o-327-21"],
    reads=["use.removed_on", "use.first_used_on"],
    role="info",
    exception_to=["GEN-LETTER-03"],
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Image retirée le {removed} : la période d'exploitation est bornée, mais "
                "le risque de récidive demeure tant qu'aucun engagement de cessation assorti "
                "d'une clause pénale n'a été souscrit.",
                en="Image removed on {removed}: the period of use is capped, but the risk of "
                "repetition remains until a penalty-backed undertaking is given.",
            ),
            explanation=T(
                fr="Le retrait n'efface pas l'atteinte passée (LG Köln, 14 O 327/21) ; il "
                "borne la période sur laquelle l'indemnité est calculée. " + UNDERTAKING_FR + " "
                "Conserver la preuve de la date du retrait et, si un engagement est exigé, "
                "y répondre dans le délai imparti.",
                en="Removal does not erase the past infringement (LG Köln, 14 O 327/21); it "
                "caps the period on which damages are computed. " + UNDERTAKING_EN + " Keep "
                "evidence of the removal date and, if an undertaking is demanded, answer "
                "within the deadline.",
            ),
        )
    },
)
def de_removal_and_repetition(f, p):
    removed = f["use.removed_on"]
    if removed is None:
        return not_applicable("no removal date is known")
    return applies(removed=removed)
