"""Procedure: a German lawyer's warning letter that demands a cease-and-desist undertaking:
answering it within the deadline, and a deadline too short to be reasonable. What removal of
the image does and does not achieve is in ``procedure_german_undertaking_removal.py``.

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
from app.services.rules.display import days_words
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

UNDERTAKING_FR = (
    "En droit allemand, l'atteinte fait présumer un risque de récidive (Wiederholungsgefahr) "
    "que le retrait de l'image ne suffit pas à écarter : seul un engagement de cessation "
    "assorti d'une clause pénale (strafbewehrte Unterlassungserklärung) le fait disparaître "
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
    basis=[
        "de-bgh-i-zr-55-12",
        "de-wiederholungsgefahr-practice",
        "de-urhg-97a",
        "de-urhg-102",
        "de-bgb-199-5",
        "de-limitation-injunction-practice",
    ],
    reads=[
        "letter.sent_by_lawyer",
        "letter.agency",
        "letter.undertaking_demanded",
        "derived.dates",
        "use.removed_on",
    ],
    role="procedural",
    exception_to=["GEN-LETTER-01"],
    variants={
        "time_barred": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="L'action en cessation est elle aussi prescrite depuis le {expiry_all_fr} : "
                "aucun engagement de cessation n'est dû ; répondre dans le délai imparti "
                "({deadline_fr}) en opposant la prescription.",
                en="The injunction claim is time-barred too, since {expiry_all_en}: no "
                "undertaking is owed; within the deadline ({deadline_en}), reply raising "
                "limitation.",
            ),
            explanation=T(
                fr="La demande de cessation se prescrit comme les dommages-intérêts, par trois "
                "ans à compter de la fin de l'année où le titulaire a connu l'atteinte (§ 102 "
                "UrhG, §§ 195, 199 BGB) ; pour une obligation de ne pas faire, c'est "
                "l'infraction qui fait courir le délai (§ 199(5) BGB). Le dernier usage a "
                "cessé le {removed_fr} : la demande de cessation est prescrite depuis le "
                "{expiry_all_fr}. Souscrire un engagement de cessation créerait une obligation "
                "contractuelle nouvelle, assortie d'une clause pénale, que le réclamant ne pourrait "
                "plus obtenir en justice : ne pas le souscrire. Répondre dans le délai en "
                "opposant la prescription, qui doit être invoquée. Un avertissement fondé "
                "sur une demande prescrite n'est pas justifié : ses frais d'avocat ne sont pas "
                "dus (§ 97a(3) phrase 1 UrhG, point à vérifier). Seule subsiste la créance "
                "résiduelle d'enrichissement pour la valeur de licence (§ 852 BGB).{late_fr}",
                en="The injunction claim is time-barred like the damages claim, three years "
                "from the end of the year in which the rights holder learned of the "
                "infringement (§ 102 UrhG, §§ 195, 199 BGB); for a claim to refrain, the "
                "infringement starts the period (§ 199(5) BGB). The last use ended on "
                "{removed_en}: the injunction claim is time-barred since {expiry_all_en}. "
                "Giving an undertaking would create a new contractual obligation, backed by "
                "penalties, that the claimant could no longer obtain in court: do not give "
                "one. Reply within the deadline raising limitation, which has to be pleaded. "
                "A warning resting on a time-barred claim is not justified, so its lawyer's "
                "fees are not owed (§ 97a(3) sentence 1 UrhG, to be checked). Only the "
                "residual enrichment claim for the licence value remains (§ 852 BGB).{late_en}",
            ),
        ),
        # Read as this variant when a decisive defence defeats the claim (strategy.yaml,
        # ``recast`` of ``contest``): no infringement, so nothing to undertake.
        "no_infringement": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="Un moyen décisif écarte toute atteinte : aucun engagement de cessation "
                "n'est dû ; dans le délai imparti ({deadline_fr}), rejeter l'avertissement "
                "par écrit, motifs à l'appui.",
                en="A decisive defence rules out any infringement: no undertaking is owed; "
                "within the deadline ({deadline_en}), reject the warning in writing, with "
                "reasons.",
            ),
            explanation=T(
                fr="Le risque de récidive présumé suppose une atteinte (BGH, I ZR 55/12, point à "
                "vérifier) ; lorsqu'un moyen décisif l'écarte, il n'y a rien à cesser, et un "
                "engagement de cessation lierait le client par contrat, sous clause pénale, sans "
                "raison. Répondre néanmoins dans le délai, par écrit et motifs à l'appui, pour "
                "que le réclamant ne sollicite pas une ordonnance de référé en tirant argument "
                "du silence. Un avertissement injustifié ouvre droit au remboursement des frais "
                "de défense, sauf si son auteur ne pouvait pas savoir qu'il l'était (§ 97a(4) "
                "UrhG).{late_fr}",
                en="The presumed risk of repetition presupposes an infringement (BGH, I ZR "
                "55/12, to be checked); where a decisive defence rules it out there is nothing "
                "to refrain from, and an undertaking would bind the client by contract, with "
                "penalties, for no reason. Still answer within the deadline, in writing and "
                "with reasons, so that the claimant does not apply for a preliminary "
                "injunction on the strength of silence. An unjustified warning entitles the "
                "recipient to the costs of the defence, unless the sender could not have known "
                "it was unjustified (§ 97a(4) UrhG).{late_en}",
            ),
        ),
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
                "pression. Dans ce délai, souscrire un engagement de cessation modifié, limité à l'image "
                "et à l'utilisation en cause, donné « sans reconnaissance d'une obligation "
                "juridique, mais de manière juridiquement contraignante », et assorti d'une "
                "clause pénale dont le montant est fixé par le créancier en cas de manquement, sous le contrôle du "
                "juge (« Hamburger Brauch ») ; ou obtenir par écrit une prorogation du délai. "
                "Les demandes de paiement (dommages-intérêts, honoraires d'avocat) se "
                "discutent séparément et ne sont pas soumises à ce délai. Si un moyen décisif "
                "écarte toute atteinte (licence, intégration autorisée, exonération de "
                "l'hébergeur), il n'existe pas de risque de récidive : aucun engagement n'est "
                "dû ; rejeter alors l'avertissement par écrit, motifs à l'appui, dans le même "
                "délai ; les frais de défense exposés contre un avertissement injustifié "
                "peuvent être réclamés (§ 97a(4) UrhG).{past_fr}",
                en=UNDERTAKING_EN + " The deadline is therefore not a mere pressure tactic. "
                "Within it, send a modified undertaking: limited to the image and use at "
                "issue, given 'without recognition of a legal obligation, but legally "
                "binding', with a penalty set by the creditor in case of breach and "
                "reviewable by a court ('Hamburger Brauch'); or obtain an extension in "
                "writing. The payment demands (damages, lawyer's fees) are discussed "
                "separately and are not bound by that deadline. If a decisive defence rules "
                "out any infringement (a licence, an authorised embedding, the hosting "
                "exemption), there is no risk of repetition and no undertaking is owed: then "
                "reject the warning in writing, with reasons, within the same deadline; the "
                "defence costs of an unjustified warning can be claimed back (§ 97a(4) "
                "UrhG).{past_en}",
            ),
        ),
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
    late = {
        "late_fr": " Le délai est déjà expiré : répondre sans attendre." if past else "",
        "late_en": " The deadline has already passed: reply at once." if past else "",
    }
    if dates.get("law") == "DE" and dates.get("time_barred") is True:
        # Every day of use is barred, the last one included: so is the claim to refrain,
        # whose period runs from the infringement (§ 199(5) BGB).
        expiry = dates.get("limitation_expiry_all")
        removed = f["use.removed_on"]
        return applies(
            "time_barred",
            deadline_fr=deadline or "date non précisée",
            deadline_en=deadline or "no date stated",
            expiry_all_fr=expiry,
            expiry_all_en=expiry,
            removed_fr=removed,
            removed_en=removed,
            **late,
        )
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
        **late,
    )


SHORT_FR = (
    "Le délai imparti pour souscrire l'engagement doit laisser au destinataire le temps "
    "d'examiner la situation juridique et de consulter un conseil ; en temps normal, une "
    "semaine suffit selon la pratique (OLG Stuttgart, 31 mars 2004, 2 W 44/03, décision "
    "citée par des praticiens, non vérifiée), un délai plus bref pouvant se justifier en cas "
    "d'urgence. Un délai de {length}, inférieur à {threshold} jours, peut donc être "
    "contesté ; ce seuil est une hypothèse de travail de Riposte, non une règle de droit."
)
SHORT_EN = (
    "The deadline for the undertaking must leave the recipient time to examine the legal "
    "position and take advice; under normal circumstances one week is sufficient according "
    "to practice (OLG Stuttgart, 31 March 2004, 2 W 44/03, a decision reported by "
    "practitioners, not checked), a shorter deadline being justified in urgent cases. A "
    "deadline of {length}, under {threshold} days, may therefore be challenged; that "
    "threshold is Riposte's working assumption, not a rule of law."
)


SHORT_UNDERTAKING_DAYS = "letters.de_undertaking_deadline_days"
"""Riposte's yardstick of a short deadline for a German undertaking (working assumption)."""


@registry.rule(
    id="DE-LETTER-04",
    question="procedure",
    title=T(
        fr="Délai bref pour l'engagement de cessation : demander une prorogation raisonnable",
        en="Short deadline for the undertaking: ask for a reasonable extension",
    ),
    jurisdictions=["DE"],
    basis=["de-abmahnung-deadline-practice", "de-abmahnung-extension-practice", "de-urhg-97a"],
    reads=[
        "letter.sent_by_lawyer",
        "letter.agency",
        "letter.undertaking_demanded",
        "letter.deadline",
        "letter.deadline_days",
        "letter.received_on",
        "letter.letter_date",
        "derived.dates",
    ],
    params=[SHORT_UNDERTAKING_DAYS],
    role="procedural",
    variants={
        "short": Variant(
            outcome="favours_client",
            weight=0.3,
            summary=T(
                fr="Délai de {length} {from_fr} pour souscrire l'engagement de cessation : il "
                "peut être trop bref pour être raisonnable ; demander aussitôt par écrit une "
                "prorogation raisonnable, et répondre dans le délai tant qu'elle n'est pas "
                "accordée.",
                en="A deadline of {length} {from_en} for the undertaking may be too short to "
                "be reasonable: ask at once, in writing, for a reasonable extension, and "
                "answer within the deadline until it is granted.",
            ),
            explanation=T(
                fr=SHORT_FR + " Demander sans attendre à l'avocat du réclamant, par écrit et "
                "motifs à l'appui, une prorogation raisonnable : le créancier qui refuse une "
                "demande compréhensible s'expose à supporter les frais d'une procédure "
                "engagée trop tôt (selon la pratique, point à vérifier). Tant que la "
                "prorogation n'est pas accordée par écrit, répondre dans le délai fixé, pour "
                "ne pas exposer le client à une ordonnance de référé.",
                en=SHORT_EN + " Ask the claimant's lawyer at once, in writing and with "
                "reasons, for a reasonable extension: a creditor who refuses a comprehensible "
                "request risks bearing the costs of proceedings brought too early (according "
                "to practice, to be checked). Until an extension is granted in writing, "
                "answer within the deadline set, so as not to expose the client to a "
                "preliminary injunction.",
            ),
        ),
        "short_past": Variant(
            outcome="favours_client",
            weight=0.3,
            summary=T(
                fr="Le délai de {length} {from_fr} laissé pour l'engagement de cessation "
                "pouvait être trop bref pour être raisonnable ; il est expiré : répondre sans "
                "attendre, en le relevant.",
                en="The deadline of {length} {from_en} for the undertaking may have been too "
                "short to be reasonable; it has passed: answer at once, pointing this out.",
            ),
            explanation=T(
                fr=SHORT_FR + " Le délai étant expiré, répondre sans attendre (engagement "
                "de cessation modifié ou rejet motivé) en relevant sa brièveté, qui pèsera sur la charge "
                "des frais si le réclamant a saisi le juge sans laisser un délai raisonnable "
                "(selon la pratique, point à vérifier).",
                en=SHORT_EN + " The deadline having passed, answer at once (a modified "
                "undertaking or a reasoned rejection), pointing out how short it was, which "
                "will weigh on costs if the claimant went to court without allowing a "
                "reasonable time (according to practice, to be checked).",
            ),
        ),
    },
)
def de_short_undertaking_deadline(f, p):
    if f["letter.undertaking_demanded"] is not True:
        return not_applicable("no cease-and-desist undertaking is known to be demanded")
    lawyer = _lawyer_warning(f)
    if lawyer is False:
        return not_applicable("not a lawyer's warning letter")
    if lawyer is None:
        return undetermined("letter.sent_by_lawyer")
    dates = f["derived.dates"] if isinstance(f["derived.dates"], dict) else {}
    past = dates.get("response_deadline_past") is True
    deadline, relative = f["letter.deadline"], f["letter.deadline_days"]
    received = f["letter.received_on"]
    start = received or f["letter.letter_date"]
    if deadline is not None and start is not None:
        days = max((deadline - start).days, 0)
        from_fr = "à compter de la réception" if received else "à compter de la lettre"
        from_en = "from receipt" if received else "from the letter's date"
    elif relative is not None:
        days = relative
        from_fr, from_en = "à compter de la lettre", "from the letter's date"
    else:
        return not_applicable("the deadline's length is unknown")
    threshold = p[SHORT_UNDERTAKING_DAYS]
    if days >= threshold:
        return not_applicable("the deadline is not shorter than the yardstick")
    return applies(
        "short_past" if past else "short",
        length=days_words(days),
        from_fr=from_fr,
        from_en=from_en,
        threshold=threshold,
    )
