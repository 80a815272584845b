"""Presumptions of authorship and ownership (France L113-5, Germany §10 UrhG).

Sources: legal-notes §2.4 (L113-5: unequivocal exploitation under the claimant's own name,
proven by external evidence; not available against the author: Cass. 1re civ. 4 May 2012,
10 July 2014), §3.4 (§10 UrhG only for a natural person's name: BGH I ZR 76/13
"CT-Paradies"; RAW files as circumstantial evidence: LG Köln 14 O 111/16); candidates
FR-PRESUMPTION-01 and DE-PROOF-01.
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

FR_BASIS = ["fr-cpi-l113-5", "fr-cass-civ1-2012-05-04", "fr-cass-civ1-2014-07-10"]
FR_READS = [
    "title.chain_produced",
    "title.presumption_relied_on",
    "title.exploitation_evidence_external",
    "title.author_disputes",
]


def _presumption_facts(f):
    """(relied on, external evidence, author disputes), or None when no chain is missing."""
    if f["title.chain_produced"]:
        return None
    return (
        f["title.presumption_relied_on"],
        f["title.exploitation_evidence_external"],
        f["title.author_disputes"],
    )


@registry.rule(
    id="FR-PRESUMPTION-01",
    question="title",
    title=T(
        fr="Présomption de titularité (art. L113-5 CPI) non applicable",
        en="Presumption of ownership (art. L113-5 CPI) not available",
    ),
    jurisdictions=["FR"],
    basis=FR_BASIS,
    reads=FR_READS,
    role="burden",
    decides="title_shown",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.7,
            summary=T(
                fr="Le réclamant ne peut se prévaloir de la présomption de titularité : "
                "{why_fr}. Il lui incombe de prouver la cession.",
                en="The claimant cannot rely on the presumption of ownership: {why_en}. It "
                "must prove the assignment.",
            ),
            explanation=T(
                fr="La présomption de l'art. L113-5 CPI suppose une exploitation paisible et "
                "non équivoque sous le nom du réclamant, établie par des éléments extérieurs, "
                "et elle ne peut être opposée à l'auteur (Cass. 1re civ., 4 mai 2012, "
                "n° 11-13.116 ; 10 juill. 2014, n° 13-16.465). En l'espèce : {why_fr}. Le "
                "réclamant doit donc prouver la cession des droits.",
                en="The presumption of art. L113-5 CPI requires peaceful and unequivocal "
                "exploitation under the claimant's own name, proven by external evidence, "
                "and it does not run against the author (Cass. 1re civ., 4 May 2012, "
                "no. 11-13.116; 10 July 2014, no. 13-16.465). Here: {why_en}. The claimant "
                "must therefore prove the assignment of rights.",
            ),
        )
    },
)
def fr_presumption_unavailable(f, p):
    facts = _presumption_facts(f)
    if facts is None:
        return not_applicable("a chain of title was produced")
    relied, external, disputes = facts
    if relied is None:
        return undetermined("title.presumption_relied_on")
    if not relied:
        return not_applicable("the claimant does not rely on a presumption")
    if disputes:
        return applies(
            why_fr="le photographe conteste ses droits",
            why_en="the photographer disputes its rights",
            conclusion=False,
        )
    if external is False:
        return applies(
            why_fr="aucun élément extérieur n'établit une exploitation sous son nom",
            why_en="no external evidence of exploitation under its own name",
            conclusion=False,
        )
    missing = [
        n
        for n, v in (
            ("title.exploitation_evidence_external", external),
            ("title.author_disputes", disputes),
        )
        if v is None
    ]
    if missing:
        return undetermined(*missing)
    return not_applicable("the presumption's conditions are met")


@registry.rule(
    id="FR-PRESUMPTION-02",
    question="title",
    title=T(
        fr="Présomption de titularité (art. L113-5 CPI) applicable",
        en="Presumption of ownership (art. L113-5 CPI) available",
    ),
    jurisdictions=["FR"],
    basis=FR_BASIS,
    reads=FR_READS,
    role="aggravating",
    exception_to=["GEN-TITLE-01"],
    decides="title_shown",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="Le réclamant exploite l'image sous son nom, éléments extérieurs à l'appui, "
                "sans contestation de l'auteur : la présomption de titularité peut être "
                "opposée au client.",
                en="The claimant exploits the image under its own name, with external "
                "evidence, and the author does not dispute it: the presumption of ownership "
                "runs against the client.",
            ),
            explanation=T(
                fr="À l'égard du tiers poursuivi en contrefaçon, l'exploitation paisible et "
                "non équivoque de l'œuvre sous son nom fait présumer le réclamant titulaire "
                "des droits (art. L113-5 CPI ; Cass. 1re civ., 10 juill. 2014, n° 13-16.465). "
                "Ces conditions sont réunies en l'espèce : l'absence de chaîne des droits ne "
                "suffit plus à contester la titularité.",
                en="Against an alleged infringer, peaceful and unequivocal exploitation "
                "under its own name makes the claimant presumed owner of the rights (art. "
                "L113-5 CPI; Cass. 1re civ., 10 July 2014, no. 13-16.465). The conditions "
                "are met here: the missing chain of title no longer suffices to contest "
                "ownership.",
            ),
        )
    },
)
def fr_presumption_available(f, p):
    facts = _presumption_facts(f)
    if facts is None:
        return not_applicable("a chain of title was produced")
    relied, external, disputes = facts
    if relied and external and disputes is False:
        return applies(conclusion=True)
    return not_applicable("the presumption's conditions are not all shown")


@registry.rule(
    id="DE-TITLE-01",
    question="title",
    title=T(
        fr="Présomption d'auteur du § 10 UrhG",
        en="Presumption of authorship under § 10 UrhG",
    ),
    jurisdictions=["DE"],
    basis=["de-urhg-10", "de-bgh-i-zr-76-13", "de-lg-koeln-14-o-111-16"],
    reads=["title.authorship_evidence"],
    role="burden",
    variants={
        "not_triggered": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="La présomption du § 10 UrhG ne joue pas ({evidence_fr}) : il incombe au "
                "réclamant de prouver la qualité d'auteur et ses droits.",
                en="The § 10 UrhG presumption is not triggered ({evidence_en}): the claimant "
                "must prove authorship and its rights.",
            ),
            explanation=T(
                fr="Le § 10 UrhG présume auteur la personne physique désignée comme telle à "
                "l'endroit habituel ; un nom de société ou un logo ne fait pas jouer la "
                "présomption (BGH, 18 sept. 2014, I ZR 76/13 « CT-Paradies »). En l'espèce : "
                "{evidence_fr}.",
                en="§ 10 UrhG presumes the natural person named in the usual place to be "
                "the author; a company name or logo does not trigger it (BGH, 18 Sept. "
                "2014, I ZR 76/13 'CT-Paradies'). Here: {evidence_en}.",
            ),
        ),
        "triggered": Variant(
            outcome="favours_claimant",
            weight=0.5,
            summary=T(
                fr="La qualité d'auteur est étayée ({evidence_fr}).",
                en="Authorship is supported ({evidence_en}).",
            ),
            explanation=T(
                fr="Un crédit nominatif fait jouer la présomption du § 10 UrhG ; la production "
                "des fichiers originaux (RAW) constitue un indice sérieux de la qualité "
                "d'auteur (LG Köln, 14 O 111/16, dans la ligne de CT-Paradies). En l'espèce : "
                "{evidence_fr}.",
                en="A name credit triggers the § 10 UrhG presumption; producing the original "
                "(RAW) files is strong circumstantial evidence of authorship (LG Köln, 14 O "
                "111/16, following CT-Paradies). Here: {evidence_en}.",
            ),
        ),
    },
)
def de_authorship_presumption(f, p):
    evidence = f["title.authorship_evidence"]
    if evidence is None:
        return undetermined("title.authorship_evidence")
    if evidence in ("company_logo_only", "none"):
        fr = "seul un logo de société" if evidence == "company_logo_only" else "aucun crédit"
        en = "only a company logo" if evidence == "company_logo_only" else "no credit at all"
        return applies("not_triggered", evidence_fr=fr, evidence_en=en)
    fr = "crédit nominatif" if evidence == "name_credit" else "fichiers originaux (RAW) produits"
    en = "a name credit" if evidence == "name_credit" else "RAW files produced"
    return applies("triggered", evidence_fr=fr, evidence_en=en)
