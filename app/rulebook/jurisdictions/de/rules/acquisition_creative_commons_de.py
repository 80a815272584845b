"""Origin of the image under German law: a free licence's nil licence value.

Sources: OLG Köln, 29 June 2016, 6 W 72/16 (a licence allowing commercial use: objective
licence value nil) and 31 Oct. 2014, 6 U 60/14 (non-commercial use of a CC-BY-NC image);
contra LG Hamburg, 10 Dec. 2020, 310 O 62/20 and OLG Köln 6 U 131/17 (the credit may have
economic value); § 97(2) UrhG; CC BY 4.0 legal code, § 6(b).
"""

from app.rulebook import registry
from app.rulebook.figures import period
from app.rulebook.jurisdictions.general.rules._creative_commons import (
    CC_READS,
    attribution_gap,
    cc_attribution,
    cc_commercial,
    cc_name,
)
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="DE-CC-01",
    question="acquisition",
    title=T(
        fr="Licence libre : valeur de licence nulle (droit allemand)",
        en="Free licence: licence value nil (German law)",
    ),
    jurisdictions=["DE"],
    basis=[
        "de-olg-koeln-6-w-72-16",
        "de-olg-koeln-6-u-60-14",
        "de-urhg-97",
        "de-lg-hamburg-310-o-62-20",
        "de-olg-koeln-6-u-131-17",
        "cc-by-4-0-s6b",
    ],
    reads=CC_READS,
    params=["licences.cc_4_0_cure_days"],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.7,
            summary=T(
                fr="Image offerte sous licence {licence} autorisant l'usage commercial : selon "
                "l'OLG Köln, sa valeur objective de licence est nulle et aucune redevance "
                "n'est due ; la solution est discutée.",
                en="Image offered under a {licence} licence allowing commercial use: on the "
                "OLG Köln line its objective licence value is nil and no licence fee is "
                "due; the point is disputed.",
            ),
            explanation=T(
                fr="Lorsqu'une photographie est offerte sous une licence Creative Commons "
                "autorisant l'usage commercial, sa valeur objective de licence est nulle : "
                "aucune indemnité calculée selon la méthode de l'analogie de licence "
                "(Lizenzanalogie, § 97(2) UrhG) n'est due ; seules la cessation et les "
                "frais d'avertissement restent en jeu (OLG Köln, 29 juin 2016, 6 W 72/16). "
                "La solution n'est pas unanime : le LG Hamburg a alloué des "
                "dommages-intérêts pour une photographie sous licence CC (10 déc. 2020, 310 "
                "O 62/20), et l'OLG Köln lui-même a admis que la mention du nom peut avoir "
                "une valeur économique (6 U 131/17). En l'espèce, {gap_fr} ; la licence {licence} "
                "autorisait toutefois l'usage commercial : {fix_fr} sans délai (une licence CC 4.0 est rétablie si le manquement est "
                "réparé dans les {cure} de sa découverte), ne rien offrir au titre de la "
                "redevance et discuter la cessation et les frais d'avertissement.",
                en="Where a photo is offered under a Creative Commons licence allowing "
                "commercial use, its objective licence value is EUR 0: no damages "
                "calculated by licence analogy (§ 97(2) UrhG) are due, only the injunction "
                "and the warning costs remain at stake (OLG Köln, 29 June 2016, 6 W 72/16). "
                "The line is not unanimous: LG Hamburg awarded damages for a CC-licensed "
                "photo (10 Dec. 2020, 310 O 62/20), and OLG Köln itself accepted that the "
                "name credit may have economic value (6 U 131/17). Here {gap_en}; "
                "the {licence} licence did allow commercial use: {fix_en} at once (a CC 4.0 licence is reinstated if the breach is cured "
                "within {cure} of discovery), offer nothing as a licence fee and discuss "
                "the injunction and the warning costs.",
            ),
        ),
        "non_commercial_use": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="Image sous licence {licence} (non commerciale) utilisée sans but "
                "commercial : aucune indemnité de licence n'est due ; {gap_fr}.",
                en="Image under a {licence} (non-commercial) licence put to a "
                "non-commercial use: no licence damages; {gap_en}.",
            ),
            explanation=T(
                fr="L'OLG Köln a refusé toute indemnité de licence pour l'utilisation non "
                "commerciale d'une image sous licence CC-BY-NC, tout en ordonnant la "
                "cessation parce que le recadrage avait supprimé le crédit (31 oct. 2014, "
                "6 U 60/14 ; voir aussi 6 W 72/16). En l'espèce, l'utilisation ne procure "
                "aucun revenu et n'a aucun caractère promotionnel : {fix_fr} et ne "
                "discuter que la cessation et les frais.",
                en="OLG Köln refused any licence damages for the non-commercial use of an "
                "image under a CC-BY-NC licence, while granting an injunction because the "
                "crop had removed the credit (31 Oct. 2014, 6 U 60/14; see also 6 W "
                "72/16). Here the use is neither monetised nor promotional: {fix_en} "
                "and discuss only the injunction and the costs.",
            ),
        ),
    },
)
def de_cc_licence_value_nil(f, p):
    if f["acquisition.source"] != "creative_commons":
        return not_applicable("the image is not under a Creative Commons licence")
    attribution = cc_attribution(f)
    if attribution == "met":
        return not_applicable("the licence's attribution condition was met")
    commercial = cc_commercial(f)
    if commercial == "breach":
        return not_applicable("a commercial use of a non-commercial licence")
    missing = () if attribution == "breach" else (attribution,)
    if isinstance(commercial, tuple):
        missing += commercial
    if missing:
        return undetermined(*missing)
    gap = attribution_gap(f)
    words = {k: gap[k] for k in ("gap_fr", "gap_en", "fix_fr", "fix_en")}
    if commercial == "arguable":
        return applies("non_commercial_use", licence=cc_name(f), **words)
    cure = period(p["licences.cc_4_0_cure_days"], "days")
    return applies(licence=cc_name(f), cure=cure, **words)
