"""Origin of the image: a Creative Commons licence, complied with or breached, its cure
and, outside Germany, the nil licence value as an argument.

Sources: the Creative Commons licences (CC BY 4.0 legal code, § 6(b): reinstatement when the
violation is cured within 30 days of discovery); the consent rule of the applicable law
(Article L122-4 CPI; §§ 15 ff. UrhG; CDPA s.16(2); 17 U.S.C. § 106); OLG Köln, 31 Oct. 2014,
6 U 60/14 and 29 June 2016, 6 W 72/16. The German rule on the nil licence value is in
``jurisdictions/de/rules/acquisition_creative_commons_de.py``.

A use within the licence's conditions is an exception to every rule that finds a source of
authorisation wanting (``decides="use_authorised"``, see ``general/rules/_acquisition.py``).
"""

from datetime import timedelta

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._acquisition import NO_AUTHORISATION
from app.rulebook.jurisdictions.general.rules._creative_commons import (
    CC_BASIS,
    CC_LAW_READS,
    CC_READS,
    attribution_gap,
    cc_attribution,
    cc_commercial,
    cc_conditions,
    cc_name,
    consent_basis,
    german_example,
    law_of,
)
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="GEN-CC-01",
    question="acquisition",
    title=T(
        fr="Image sous licence Creative Commons utilisée conformément à la licence",
        en="Creative Commons image used within the licence",
    ),
    jurisdictions=["ALL"],
    basis=CC_BASIS,
    reads=CC_LAW_READS,
    role="decisive",
    decides="use_authorised",
    exception_to=NO_AUTHORISATION,
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.85,
            summary=T(
                fr="L'image est diffusée sous licence {licence} et l'utilisation en respecte "
                "les conditions : elle est autorisée.",
                en="The image is under a {licence} licence and the use meets its "
                "conditions: it is authorised.",
            ),
            explanation=T(
                fr="La licence Creative Commons est une autorisation consentie à tous sous "
                "conditions (attribution et, le cas échéant, usage non commercial) ; "
                "l'utilisation qui les respecte n'est pas faite sans consentement "
                "({consent}). En l'espèce, les conditions de la licence {licence} sont "
                "respectées. Produire la page source faisant apparaître la licence à la date "
                "où l'image a été récupérée, et vérifier que le concédant était bien "
                "titulaire des droits.",
                en="A Creative Commons licence is a permission given to all on conditions "
                "(attribution and, where stated, non-commercial use); a use meeting them is "
                "not made without consent ({consent}). Here the conditions of the {licence} licence are met. "
                "Produce the source page showing the licence at the time of retrieval, and "
                "check that whoever granted it did own the rights.",
            ),
        ),
        "non_commercial_arguable": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="L'image est diffusée sous licence {licence} (usage non commercial) ; "
                "l'utilisation, sans revenu ni caractère promotionnel, en respecte a priori "
                "les conditions.",
                en="The image is under a {licence} licence (non-commercial); the use, "
                "neither monetised nor promotional, arguably meets its conditions.",
            ),
            explanation=T(
                fr="L'utilisation conforme à une licence Creative Commons est autorisée "
                "({consent}). La clause « non commercial » s'interprète au cas par cas "
                "(l'OLG Köln a ainsi jugé non commerciale l'utilisation par une radio "
                "publique, 31 oct. 2014, 6 U 60/14). En l'espèce, l'utilisation ne procure "
                "aucun revenu, n'a aucun caractère promotionnel et l'attribution est "
                "respectée : l'argument est sérieux, mais discutable.",
                en="A use that complies with a Creative Commons licence is authorised ({consent}). "
                "The 'non-commercial' condition is read case by case (OLG Köln thus held a "
                "public broadcaster's use not commercial, 31 Oct. 2014, 6 U 60/14). Here the use "
                "is neither monetised nor promotional and attribution is given: the "
                "argument is sound but debatable.",
            ),
        ),
    },
    undetermined_text=T(
        fr="Image sous licence Creative Commons : les éléments du dossier ne permettent pas "
        "de vérifier le respect de ses conditions.",
        en="Creative Commons image: whether the licence's conditions were met cannot be "
        "checked yet.",
    ),
)
def cc_within_licence(f, p):
    if f["acquisition.source"] != "creative_commons":
        return not_applicable("the image is not under a Creative Commons licence")
    breaches, arguable, missing = cc_conditions(f)
    if breaches:
        return not_applicable("the use breaks the licence's conditions")
    if missing:
        return undetermined(*missing)
    variant = "non_commercial_arguable" if arguable else "default"
    return applies(variant, licence=cc_name(f), consent=consent_basis(f), conclusion=True)


@registry.rule(
    id="GEN-CC-02",
    question="acquisition",
    title=T(
        fr="Conditions de la licence Creative Commons non respectées",
        en="Creative Commons licence conditions not met",
    ),
    jurisdictions=["ALL"],
    basis=CC_BASIS,
    reads=CC_LAW_READS,
    role="info",
    decides="use_authorised",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="L'image est diffusée sous licence {licence}, mais l'utilisation n'en "
                "respecte pas les conditions ({breach_fr}) : elle n'est pas couverte.",
                en="The image is under a {licence} licence, but the use breaks its "
                "conditions ({breach_en}): it is not covered.",
            ),
            explanation=T(
                fr="La licence Creative Commons n'autorise que l'utilisation conforme à ses "
                "conditions ; au-delà, l'utilisation est faite sans consentement "
                "({consent}).{example} En l'espèce : {breach_fr}. Mettre sans délai "
                "l'utilisation en conformité ; le montant reste discutable.",
                en="A Creative Commons licence authorises only a use that meets its "
                "conditions; outside them the use is made without consent "
                "({consent}).{example} Here: {breach_en}. Bring the use into line at once; "
                "the amount remains open to dispute.",
            ),
        )
    },
)
def cc_breached(f, p):
    if f["acquisition.source"] != "creative_commons":
        return not_applicable("the image is not under a Creative Commons licence")
    breaches, _, _ = cc_conditions(f)
    if not breaches:
        return not_applicable("no breach of the licence's conditions is known")
    gap = attribution_gap(f)
    fr = {"attribution": gap["breach_fr"], "non_commercial": "usage commercial"}
    en = {"attribution": gap["breach_en"], "non_commercial": "commercial use"}
    return applies(
        licence=cc_name(f),
        breach_fr=" ; ".join(fr[b] for b in breaches),
        breach_en="; ".join(en[b] for b in breaches),
        consent=consent_basis(f),
        example=german_example(f),
        conclusion=False,
    )


@registry.rule(
    id="GEN-CC-03",
    question="acquisition",
    title=T(
        fr="Licence libre non respectée : hors d'Allemagne, la valeur de licence nulle n'est "
        "qu'un argument",
        en="Free licence breached: a nil value is only an argument outside Germany",
    ),
    jurisdictions=["FR", "GB", "US"],
    basis=["de-olg-koeln-6-w-72-16"],
    reads=CC_LAW_READS,
    role="info",
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="L'image était offerte sous licence {licence} ; la jurisprudence "
                "allemande (valeur de licence nulle) n'a ici qu'une valeur persuasive.",
                en="The image was offered under a {licence} licence; the German case law "
                "(licence value nil) is only a persuasive argument here.",
            ),
            explanation=T(
                fr="À titre de comparaison, en Allemagne, l'image offerte sous une licence "
                "libre autorisant l'usage commercial a une valeur de licence nulle (OLG Köln, "
                "29 juin 2016, 6 W 72/16). {local_fr} L'argument demeure utile pour ramener le montant au coût "
                "réel de l'utilisation, qui était gratuite.",
                en="For comparison only, in Germany an image offered under a free licence "
                "allowing commercial use has a nil licence value (OLG Köln, 29 June 2016, 6 W 72/16). "
                "{local_en} The argument still helps to bring the amount down to the real "
                "cost of the use, which was free.",
            ),
        )
    },
)
def cc_nil_value_persuasive(f, p):
    if f["acquisition.source"] != "creative_commons":
        return not_applicable("the image is not under a Creative Commons licence")
    if cc_attribution(f) != "breach" or cc_commercial(f) not in ("allowed", "arguable"):
        return not_applicable("no attribution-only breach of a free licence is known")
    local_fr, local_en = LOCAL_VIEW.get(law_of(f), LOCAL_VIEW[None])
    return applies(licence=cc_name(f), local_fr=local_fr, local_en=local_en)


LOCAL_VIEW = {
    "FR": (
        "Aucune décision française équivalente n'a été trouvée.",
        "No equivalent French decision was found.",
    ),
    "GB": (
        "Aucune décision anglaise équivalente n'a été trouvée.",
        "No equivalent English decision was found.",
    ),
    "US": (
        "Les juridictions américaines pourraient traiter la violation d'une licence CC "
        "comme une contrefaçon (point à vérifier).",
        "US courts may treat a breach of a CC licence as infringement (to be checked).",
    ),
    None: (
        "Aucune décision équivalente n'a été trouvée hors d'Allemagne (point à vérifier au "
        "regard de la loi applicable).",
        "No equivalent decision was found outside Germany (to be checked for the applicable law).",
    ),
}


@registry.rule(
    id="GEN-CC-04",
    question="acquisition",
    title=T(
        fr="Licence CC 4.0 : rétablissement de la licence par la régularisation (§ 6(b))",
        en="Creative Commons 4.0 licence: reinstatement on cure (§ 6(b))",
    ),
    jurisdictions=["ALL"],
    basis=["cc-by-4-0-s6b"],
    reads=[*CC_READS, "letter.received_on"],
    params=["licences.cc_4_0_cure_days"],
    role="procedural",
    variants={
        "dated": Variant(
            outcome="neutral",
            weight=0.5,
            summary=T(
                fr="Régulariser l'utilisation ({cure_fr}) au plus tard le {deadline} : la "
                "licence {licence} est alors rétablie de plein droit pour l'avenir.",
                en="Cure the use ({cure_en}) by {deadline} at the latest: the {licence} "
                "licence is then reinstated automatically for the future.",
            ),
            explanation=T(
                fr="La violation d'une licence Creative Commons (CC 4.0) y met fin, mais la "
                "licence est rétablie de plein droit si la violation est réparée dans les "
                "{days} jours suivant sa découverte par le licencié (licence CC 4.0, "
                "§ 6(b)(1)). La lettre, reçue le {received}, vaut découverte au plus tard. "
                "Le rétablissement ne vaut que pour l'avenir : le concédant conserve ses "
                "recours pour les violations passées (§ 6(b), dernier alinéa), dont le "
                "montant se discute par ailleurs.",
                en="A breach of a Creative Commons 4.0 licence terminates it, but the "
                "licence is reinstated automatically if the violation is cured within "
                "{days} days of the licensee discovering it (CC 4.0 licence, § 6(b)(1)). "
                "The letter, received on {received}, is the discovery at the latest. "
                "Reinstatement works only for the future: the licensor keeps its remedies "
                "for past violations (§ 6(b), last paragraph), whose amount is discussed "
                "elsewhere.",
            ),
        ),
        "undated": Variant(
            outcome="neutral",
            weight=0.5,
            summary=T(
                fr="Régulariser l'utilisation ({cure_fr}) dans les {days} jours suivant la "
                "découverte du manquement : la licence {licence} est alors rétablie de "
                "plein droit pour l'avenir.",
                en="Cure the use ({cure_en}) within {days} days of discovering the breach: "
                "the {licence} licence is then reinstated automatically for the future.",
            ),
            explanation=T(
                fr="La licence Creative Commons (CC 4.0) est rétablie de plein droit si la "
                "violation est réparée dans les {days} jours suivant sa découverte (licence "
                "CC 4.0, § 6(b)(1)) ; la date de réception de la lettre, qui vaut "
                "découverte au plus tard, n'est pas connue. Le concédant conserve ses "
                "recours pour les violations passées (§ 6(b), dernier alinéa).",
                en="A Creative Commons 4.0 licence is reinstated automatically if the "
                "violation is cured within {days} days of its discovery (CC 4.0 licence, "
                "§ 6(b)(1)); the letter's date of receipt, the discovery at the latest, is "
                "not known. The licensor keeps its remedies for past violations (§ 6(b), "
                "last paragraph).",
            ),
        ),
    },
)
def cc_cure_within_30_days(f, p):
    if f["acquisition.source"] != "creative_commons":
        return not_applicable("the image is not under a Creative Commons licence")
    licence = f["acquisition.creative_commons.licence"]
    if licence is None:
        return undetermined("acquisition.creative_commons.licence")
    if "4.0" not in licence:
        return not_applicable("only the 4.0 licences provide for reinstatement on cure")
    breaches, _, _ = cc_conditions(f)
    if not breaches:
        return not_applicable("no breach of the licence's conditions is known")
    gap = attribution_gap(f)
    fr = {"attribution": gap["fix_fr"], "non_commercial": "cesser l'usage commercial"}
    en = {"attribution": gap["fix_en"], "non_commercial": "end the commercial use"}
    days = p["licences.cc_4_0_cure_days"]
    words = {
        "licence": licence,
        "cure_fr": " et ".join(fr[b] for b in breaches),
        "cure_en": " and ".join(en[b] for b in breaches),
        "days": days,
    }
    received = f["letter.received_on"]
    if received is None:
        return applies("undated", **words)
    return applies("dated", received=received, deadline=received + timedelta(days=days), **words)
