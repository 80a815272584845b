"""Origin of the image: a Creative Commons licence, complied with or breached, and the nil
licence value of a free licence.

Sources: legal-notes §9 (defence 9, free-use sources such as CC), §3.3 (free licences: OLG
Köln 6 W 72/16 and 6 U 60/14); candidate DE-CC-01 (§11 B).

A use within the licence's conditions is an exception to every rule that finds a source of
authorisation wanting (``decides="use_authorised"``, see ``_acquisition_common``).
"""

from app.rulebook import registry
from app.rulebook.rules._acquisition_common import NO_AUTHORISATION
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

CC_READS = [
    "acquisition.source",
    "acquisition.creative_commons.licence",
    "acquisition.creative_commons.commercial_allowed",
    "acquisition.creative_commons.attribution_required",
    "use.attribution_shown",
    "use.purpose",
    "use.monetised",
]
CC_BASIS = ["fr-cpi-l122-4", "de-urhg-15", "uk-cdpa-s16", "us-17-106", "de-olg-koeln-6-u-60-14"]
COMMERCIAL_PURPOSES = ("commercial", "advertising")


def _cc_attribution(f):
    """ "met", "breach", or the unknown fact's name."""
    required = f["acquisition.creative_commons.attribution_required"]
    if required is None:
        return "acquisition.creative_commons.attribution_required"
    if not required:
        return "met"
    shown = f["use.attribution_shown"]
    if shown is None:
        return "use.attribution_shown"
    return "met" if shown else "breach"


def _cc_commercial(f):
    """ "allowed", "arguable" (non-commercial licence, non-commercial use), "breach", or
    the unknown facts' names."""
    allowed = f["acquisition.creative_commons.commercial_allowed"]
    if allowed is None:
        return ("acquisition.creative_commons.commercial_allowed",)
    if allowed:
        return "allowed"
    purpose, monetised = f["use.purpose"], f["use.monetised"]
    if purpose in COMMERCIAL_PURPOSES or monetised:
        return "breach"
    if purpose is None or monetised is None:
        return tuple(
            n for n, v in (("use.purpose", purpose), ("use.monetised", monetised)) if v is None
        )
    return "arguable"


def _cc(f):
    """(breaches, arguable_nc, missing): the licence conditions the use broke, whether the
    non-commercial condition is met only on an arguable reading, the unknown facts."""
    breaches, missing = [], []
    attribution, commercial = _cc_attribution(f), _cc_commercial(f)
    if attribution == "breach":
        breaches.append("attribution")
    elif attribution != "met":
        missing.append(attribution)
    if commercial == "breach":
        breaches.append("non_commercial")
    elif isinstance(commercial, tuple):
        missing.extend(commercial)
    return breaches, commercial == "arguable", missing


def _cc_name(f):
    return f["acquisition.creative_commons.licence"] or "Creative Commons"


@registry.rule(
    id="GEN-CC-01",
    question="acquisition",
    title=T(
        fr="Image sous licence Creative Commons utilisée dans ses conditions",
        en="Creative Commons image used within the licence",
    ),
    jurisdictions=["ALL"],
    basis=CC_BASIS,
    reads=CC_READS,
    role="decisive",
    decides="use_authorised",
    exception_to=NO_AUTHORISATION,
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.85,
            summary=T(
                fr="L'image est sous licence {licence} et l'usage en respecte les "
                "conditions : il est autorisé.",
                en="The image is under a {licence} licence and the use meets its "
                "conditions: it is authorised.",
            ),
            explanation=T(
                fr="Une licence Creative Commons est une autorisation donnée à tous sous "
                "conditions (attribution, et le cas échéant usage non commercial) ; l'usage "
                "qui les respecte n'est pas fait sans consentement (art. L122-4 CPI ; §§ 15 "
                "s. UrhG ; CDPA s.16(2) ; 17 U.S.C. § 106). En l'espèce, les conditions de la "
                "licence {licence} sont respectées. Produire la page source montrant la "
                "licence au moment de la récupération, et vérifier que celui qui l'a "
                "accordée était bien titulaire des droits.",
                en="A Creative Commons licence is a permission given to all on conditions "
                "(attribution and, where stated, non-commercial use); a use meeting them is "
                "not made without consent (art. L122-4 CPI; §§ 15 ff. UrhG; CDPA s.16(2); "
                "17 U.S.C. § 106). Here the conditions of the {licence} licence are met. "
                "Produce the source page showing the licence at the time of retrieval, and "
                "check that whoever granted it did own the rights.",
            ),
        ),
        "non_commercial_arguable": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="L'image est sous licence {licence} (usage non commercial) ; l'usage, sans "
                "revenu ni caractère promotionnel, en respecte a priori les conditions.",
                en="The image is under a {licence} licence (non-commercial); the use, "
                "neither monetised nor promotional, arguably meets its conditions.",
            ),
            explanation=T(
                fr="L'usage conforme à une licence Creative Commons est autorisé (art. "
                "L122-4 CPI ; §§ 15 s. UrhG ; CDPA s.16(2) ; 17 U.S.C. § 106). La clause "
                "« non commercial » s'interprète au cas par cas : l'OLG Köln a jugé que "
                "l'usage par une radio publique n'était pas commercial (31 oct. 2014, 6 U "
                "60/14). En l'espèce, l'usage ne procure aucun revenu et n'a aucun caractère promotionnel et l'attribution est "
                "respectée : l'argument est solide mais discutable.",
                en="A use that complies with a Creative Commons licence is authorised (art. "
                "L122-4 CPI; §§ 15 ff. UrhG; CDPA s.16(2); 17 U.S.C. § 106). The "
                "'non-commercial' condition is read case by case: OLG Köln held a public "
                "broadcaster's use not commercial (31 Oct. 2014, 6 U 60/14). Here the use "
                "is neither monetised nor promotional and attribution is given: the "
                "argument is sound but debatable.",
            ),
        ),
    },
    undetermined_text=T(
        fr="Image sous licence Creative Commons : les éléments manquent pour vérifier le "
        "respect de ses conditions.",
        en="Creative Commons image: whether the licence's conditions were met cannot be "
        "checked yet.",
    ),
)
def cc_within_licence(f, p):
    if f["acquisition.source"] != "creative_commons":
        return not_applicable("the image is not under a Creative Commons licence")
    breaches, arguable, missing = _cc(f)
    if breaches:
        return not_applicable("the use breaks the licence's conditions")
    if missing:
        return undetermined(*missing)
    variant = "non_commercial_arguable" if arguable else "default"
    return applies(variant, licence=_cc_name(f), conclusion=True)


@registry.rule(
    id="GEN-CC-02",
    question="acquisition",
    title=T(
        fr="Conditions de la licence Creative Commons non respectées",
        en="Creative Commons licence conditions not met",
    ),
    jurisdictions=["ALL"],
    basis=CC_BASIS,
    reads=CC_READS,
    role="info",
    decides="use_authorised",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="L'image est sous licence {licence}, mais l'usage n'en respecte pas les "
                "conditions ({breach_fr}) : il n'est pas couvert.",
                en="The image is under a {licence} licence, but the use breaks its "
                "conditions ({breach_en}): it is not covered.",
            ),
            explanation=T(
                fr="La licence Creative Commons n'autorise que l'usage conforme à ses "
                "conditions ; hors de celles-ci l'usage est fait sans consentement (art. "
                "L122-4 CPI ; §§ 15 s. UrhG ; CDPA s.16(2) ; 17 U.S.C. § 106). L'OLG Köln "
                "a ainsi accordé la cessation d'un usage dont le recadrage avait supprimé "
                "le crédit (31 oct. 2014, 6 U 60/14). En l'espèce : {breach_fr}. Rétablir "
                "immédiatement le crédit conforme ; le montant reste discutable (voir "
                "DE-CC-01 pour l'Allemagne).",
                en="A Creative Commons licence authorises only a use that meets its "
                "conditions; outside them the use is made without consent (art. L122-4 "
                "CPI; §§ 15 ff. UrhG; CDPA s.16(2); 17 U.S.C. § 106). OLG Köln thus granted "
                "an injunction where a crop had removed the credit (31 Oct. 2014, 6 U "
                "60/14). Here: {breach_en}. Restore a compliant credit at once; the amount "
                "remains open to dispute (see DE-CC-01 for Germany).",
            ),
        )
    },
)
def cc_breached(f, p):
    if f["acquisition.source"] != "creative_commons":
        return not_applicable("the image is not under a Creative Commons licence")
    breaches, _, _ = _cc(f)
    if not breaches:
        return not_applicable("no breach of the licence's conditions is known")
    fr = {"attribution": "crédit de l'auteur absent", "non_commercial": "usage commercial"}
    en = {"attribution": "no author credit", "non_commercial": "commercial use"}
    return applies(
        licence=_cc_name(f),
        breach_fr=" ; ".join(fr[b] for b in breaches),
        breach_en="; ".join(en[b] for b in breaches),
        conclusion=False,
    )


@registry.rule(
    id="DE-CC-01",
    question="acquisition",
    title=T(
        fr="Licence libre : valeur de licence nulle (droit allemand)",
        en="Free licence: licence value nil (German law)",
    ),
    jurisdictions=["DE"],
    basis=["de-olg-koeln-6-w-72-16", "de-olg-koeln-6-u-60-14", "de-urhg-97"],
    reads=CC_READS,
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.7,
            summary=T(
                fr="Image offerte sous licence {licence} permettant l'usage commercial : sa "
                "valeur de licence objective est nulle, aucun dommage-intérêt par analogie "
                "de licence n'est dû.",
                en="Image offered under a {licence} licence allowing commercial use: its "
                "objective licence value is nil, no licence-analogy damages are due.",
            ),
            explanation=T(
                fr="Lorsqu'une photo est offerte sous une licence Creative Commons "
                "autorisant l'usage commercial, sa valeur objective de licence est nulle "
                "(0 €) : aucun dommage-intérêt calculé par analogie de licence (§ 97(2) "
                "UrhG) n'est dû, seuls la cessation et les frais d'avertissement restent "
                "en jeu (OLG Köln, 29 juin 2016, 6 W 72/16). En l'espèce, le crédit manque, mais "
                "la licence {licence} permettait l'usage commercial : ne rien payer au "
                "titre de la licence, rétablir le crédit et discuter seulement la "
                "cessation et les frais.",
                en="Where a photo is offered under a Creative Commons licence allowing "
                "commercial use, its objective licence value is EUR 0: no damages "
                "calculated by licence analogy (§ 97(2) UrhG) are due, only the injunction "
                "and the warning costs remain at stake (OLG Köln, 29 June 2016, 6 W 72/16). "
                "Here the credit is missing, but the {licence} licence allowed commercial "
                "use: pay nothing as a licence fee, restore the credit and discuss only the "
                "injunction and the costs.",
            ),
        ),
        "non_commercial_use": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="Image sous licence {licence} (non commerciale) utilisée sans but "
                "commercial : pas de dommages-intérêts de licence, seul le crédit manque.",
                en="Image under a {licence} (non-commercial) licence put to a "
                "non-commercial use: no licence damages, only the credit is missing.",
            ),
            explanation=T(
                fr="L'OLG Köln a refusé tout dommage-intérêt de licence pour l'usage non "
                "commercial d'une image sous licence CC-BY-NC, tout en accordant la "
                "cessation parce que le recadrage avait supprimé le crédit (31 oct. 2014, "
                "6 U 60/14 ; voir aussi 6 W 72/16). En l'espèce, l'usage ne procure aucun revenu et "
                "n'a aucun caractère promotionnel : rétablir le crédit et ne discuter que la cessation et les "
                "frais.",
                en="OLG Köln refused any licence damages for the non-commercial use of an "
                "image under a CC-BY-NC licence, while granting an injunction because the "
                "crop had removed the credit (31 Oct. 2014, 6 U 60/14; see also 6 W "
                "72/16). Here the use is neither monetised nor promotional: restore the "
                "credit and discuss only the injunction and the costs.",
            ),
        ),
    },
)
def de_cc_licence_value_nil(f, p):
    if f["acquisition.source"] != "creative_commons":
        return not_applicable("the image is not under a Creative Commons licence")
    attribution = _cc_attribution(f)
    if attribution == "met":
        return not_applicable("the licence's attribution condition was met")
    commercial = _cc_commercial(f)
    if commercial == "breach":
        return not_applicable("a commercial use of a non-commercial licence")
    missing = () if attribution == "breach" else (attribution,)
    if isinstance(commercial, tuple):
        missing += commercial
    if missing:
        return undetermined(*missing)
    if commercial == "arguable":
        return applies("non_commercial_use", licence=_cc_name(f))
    return applies(licence=_cc_name(f))


@registry.rule(
    id="GEN-CC-03",
    question="acquisition",
    title=T(
        fr="Licence libre non respectée : la valeur nulle n'est qu'un argument hors d'Allemagne",
        en="Free licence breached: a nil value is only an argument outside Germany",
    ),
    jurisdictions=["FR", "GB", "US"],
    basis=["de-olg-koeln-6-w-72-16"],
    reads=CC_READS,
    role="info",
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="L'image était offerte sous licence {licence} ; la jurisprudence "
                "allemande (valeur de licence nulle) n'est ici qu'un argument de "
                "persuasion.",
                en="The image was offered under a {licence} licence; the German case law "
                "(licence value nil) is only a persuasive argument here.",
            ),
            explanation=T(
                fr="En Allemagne, une image offerte sous licence libre autorisant l'usage "
                "commercial a une valeur de licence nulle (OLG Köln, 29 juin 2016, 6 W "
                "72/16). Aucune décision équivalente n'a été trouvée pour la France ou le "
                "Royaume-Uni ; aux États-Unis, des juridictions pourraient traiter la "
                "violation d'une licence CC comme une contrefaçon (à vérifier). "
                "L'argument reste utile pour ramener le montant au coût réel de l'usage, "
                "qui était gratuit.",
                en="In Germany an image offered under a free licence allowing commercial "
                "use has a nil licence value (OLG Köln, 29 June 2016, 6 W 72/16). No "
                "equivalent decision was found for France or the UK; in the US courts may "
                "treat a breach of a CC licence as infringement (to be checked). The "
                "argument still helps to bring the amount down to the real cost of the "
                "use, which was free.",
            ),
        )
    },
)
def cc_nil_value_persuasive(f, p):
    if f["acquisition.source"] != "creative_commons":
        return not_applicable("the image is not under a Creative Commons licence")
    if _cc_attribution(f) != "breach" or _cc_commercial(f) not in ("allowed", "arguable"):
        return not_applicable("no attribution-only breach of a free licence is known")
    return applies(licence=_cc_name(f))
