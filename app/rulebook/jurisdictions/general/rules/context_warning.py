"""Context of use: an image kept online after an earlier notice.

Sources: CDPA s.97(2) (additional damages for flagrancy); 17 U.S.C. § 504(c) (up to
$150,000 if wilful); § 97 UrhG (damages need intent or negligence). Removing the image on
notice is a point for the client. Whether it was removed promptly is read from the dates
when the claim gives them (the earlier notice's date, the removal or, failing it, this
letter), on the yardstick of ``hosting.expeditious_removal_days`` (Riposte's working
assumption, not a rule of law); otherwise it is asked.
"""

from app.rulebook import registry
from app.rulebook.by_law import by_law, country
from app.rulebook.figures import whole_money
from app.rulebook.jurisdictions.general.rules._hosting import EXPEDITIOUS_DAYS
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

DELIBERATE = {
    "FR": (
        "la bonne foi, déjà sans effet sur la contrefaçon en matière civile (Cass. 1re civ., "
        "3 avr. 2001, n° 99-15.767), ne peut plus servir à modérer le montant",
        "good faith, already no answer to infringement in civil proceedings (Cass. 1re civ., "
        "3 Apr. 2001, no. 99-15.767), can no longer reduce the amount",
    ),
    "GB": (
        "c'est un indice de contrefaçon flagrante ouvrant droit à des dommages-intérêts "
        "additionnels (CDPA s.97(2))",
        "it points to flagrancy and additional damages (CDPA s.97(2))",
    ),
    "US": (
        "le caractère délibéré (que le titulaire doit prouver) porte les dommages-intérêts "
        "forfaitaires légaux (statutory damages) jusqu'à {wilful_max} (17 U.S.C. § 504(c))",
        "wilfulness (which the owner must prove) raises statutory damages up to {wilful_max} "
        "(17 U.S.C. § 504(c))",
    ),
    "DE": (
        "la faute, au moins de négligence, est caractérisée (§ 97 UrhG)",
        "fault, at least negligence, is made out (§ 97 UrhG)",
    ),
}
"""What keeping the image up after a notice means, by the applicable law."""
DELIBERATE_UNKNOWN_LAW = ("GB", "US", "DE")


@registry.rule(
    id="GEN-CONTEXT-04",
    question="context",
    title=T(
        fr="Usage maintenu après un précédent avertissement",
        en="Use kept up after an earlier notice",
    ),
    jurisdictions=["ALL"],
    basis=["fr-cass-civ1-2001-04-03", "uk-cdpa-s97", "us-17-504", "de-urhg-97"],
    params=["damages.us.wilful_max", EXPEDITIOUS_DAYS],
    reads=[
        "use.notified_before",
        "use.notified_on",
        "use.removed_on",
        "letter.received_on",
        "letter.letter_date",
        "use.removed_promptly_on_notice",
        "use.uploaded_by_third_party",
        "derived.law",
    ],
    role="aggravating",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="Le client avait déjà été averti et n'a pas retiré l'image rapidement : "
                "l'usage est devenu délibéré.",
                en="The client had been notified before and did not take the image down "
                "promptly: the use became deliberate.",
            ),
            explanation=T(
                fr="Maintenir une image après avoir été averti de la revendication exclut "
                "toute bonne foi pour la période postérieure : {deliberate}. Retirer "
                "l'image sans attendre et conserver la preuve de la date du retrait.",
                en="Keeping an image up after being notified of the claim rules out good "
                "faith for the later period: {deliberate}. Take the "
                "image down at once and record the date.",
            ),
        )
    },
    undetermined_text=T(
        fr="On ignore si le client avait déjà été averti, ou s'il a retiré l'image sans délai.",
        en="Whether the client had been warned before, or removed the image promptly, is unknown.",
    ),
)
def earlier_notice_ignored(f, p):
    notified = f["use.notified_before"]
    if notified is None:
        if f["use.uploaded_by_third_party"]:
            return undetermined("use.notified_before")
        return not_applicable("no earlier notice is known")
    if not notified:
        return not_applicable("the client was not notified before")
    promptly = f["use.removed_promptly_on_notice"]
    if promptly is None:
        promptly = removed_within_yardstick(f, p)
    if promptly is None:
        return undetermined("use.removed_promptly_on_notice")
    if promptly:
        return not_applicable("the image was removed promptly on notice")
    wilful_max = whole_money(p["damages.us.wilful_max"], "USD").by_lang
    table = {
        law: (
            fr.replace("{wilful_max}", wilful_max["fr"]),
            en.replace("{wilful_max}", wilful_max["en"]),
        )
        for law, (fr, en) in DELIBERATE.items()
    }
    deliberate = by_law(table, country(f["derived.law"]), when_unknown=DELIBERATE_UNKNOWN_LAW)
    return applies(deliberate=deliberate)


def removed_within_yardstick(f, p) -> bool | None:
    """From the dates: the image came down within the yardstick's days of the earlier
    notice, or it was still online longer (until its removal or, when it was not removed,
    at least until this letter). Unknown without the notice's date."""
    notified_on = f["use.notified_on"]
    online_until = f["use.removed_on"] or f["letter.received_on"] or f["letter.letter_date"]
    if notified_on is None or online_until is None:
        return None
    return (online_until - notified_on).days <= p[EXPEDITIOUS_DAYS]
