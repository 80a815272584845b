"""Title under French law: the presumption of ownership of the legal person that exploits
the work under its own name.

Sources: the presumption is case law — Cass. 1re civ., 24 Mar. 1993, n° 91-16.543 (Aréo;
reference recalled, not verified) — built beside Article L113-5 CPI, which lays it down for
collective works only; it needs peaceful and unequivocal exploitation shown by external
evidence and does not run against the author (Cass. 1re civ., 4 May 2012, n° 11-13.116;
10 July 2014, n° 13-16.465, the latter not found by the December 2026 review).
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._title_employee import same_person
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

FR_BASIS = [
    "fr-cass-civ1-1993-03-24-areo",
    "fr-cpi-l113-5",
    "fr-cass-civ1-2012-05-04",
    "fr-cass-civ1-2014-07-10",
]
FR_READS = [
    "letter.rights_holder",
    "letter.photographer",
    "title.chain_produced",
    "title.presumption_relied_on",
    "title.exploitation_evidence_external",
    "title.author_disputes",
]


def _presumption_facts(f):
    """(relied on, external evidence, author disputes), or None when no chain is missing or
    the photographer claims himself (the author needs no presumption of the exploiter)."""
    if f["title.chain_produced"]:
        return None
    holder, photographer = f["letter.rights_holder"], f["letter.photographer"]
    if holder and photographer and same_person(holder, photographer):
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
        fr="Présomption de titularité de l'exploitant inapplicable",
        en="The exploiter's presumption of ownership not available",
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
                fr="La personne morale qui exploite une œuvre sous son nom est présumée, à "
                "l'égard des tiers poursuivis en contrefaçon, titulaire des droits de "
                "l'auteur : cette présomption est d'origine jurisprudentielle (arrêt Aréo, "
                "Cass. 1re civ., 24 mars 1993, n° 91-16.543, référence à vérifier), l'art. "
                "L. 113-5 du CPI ne la posant que pour l'œuvre collective. Elle suppose une "
                "exploitation paisible et non équivoque, établie par des éléments extérieurs, "
                "et ne peut être opposée à l'auteur (Cass. 1re civ., 4 mai 2012, "
                "n° 11-13.116 ; 10 juill. 2014, n° 13-16.465, à vérifier). En l'espèce : "
                "{why_fr}. Le réclamant doit donc prouver la cession des droits.",
                en="A legal person that exploits a work under its own name is presumed, as "
                "against an alleged infringer, to hold the author's rights: the presumption "
                "is case law (the Aréo judgment, Cass. 1re civ., 24 Mar. 1993, "
                "no. 91-16.543, reference to be checked), Article L113-5 CPI laying it down for "
                "collective works only. It requires peaceful and unequivocal exploitation, "
                "proven by external evidence, and does not run against the author (Cass. 1re "
                "civ., 4 May 2012, no. 11-13.116; 10 July 2014, no. 13-16.465, to be "
                "checked). Here: {why_en}. The claimant must therefore prove the assignment "
                "of rights.",
            ),
        )
    },
)
def fr_presumption_unavailable(f, p):
    facts = _presumption_facts(f)
    if facts is None:
        return not_applicable("a chain of title was produced, or the photographer claims himself")
    relied, external, disputes = facts
    if relied is None:
        return undetermined("title.presumption_relied_on")
    if not relied:
        return not_applicable("the claimant does not rely on a presumption")
    if disputes:
        return applies(
            why_fr="le photographe conteste les droits du réclamant",
            why_en="the photographer disputes the claimant's rights",
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
        fr="Présomption de titularité de l'exploitant applicable",
        en="The exploiter's presumption of ownership available",
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
                en="The claimant exploits the image under the claimant's own name, with "
                "external evidence, and the author does not dispute it: the presumption of ownership "
                "runs against the client.",
            ),
            explanation=T(
                fr="À l'égard du tiers poursuivi en contrefaçon, l'exploitation paisible et "
                "non équivoque de l'œuvre sous son nom fait présumer le réclamant titulaire "
                "des droits de l'auteur ; cette présomption est jurisprudentielle (arrêt "
                "Aréo, Cass. 1re civ., 24 mars 1993, n° 91-16.543 ; Cass. 1re civ., 10 juill. "
                "2014, n° 13-16.465 : références à vérifier), l'art. L. 113-5 du CPI ne visant que "
                "l'œuvre collective. Ces conditions sont réunies en l'espèce : l'absence de "
                "chaîne des droits ne suffit plus à contester la titularité.",
                en="Against an alleged infringer, peaceful and unequivocal exploitation "
                "under its own name makes the claimant presumed owner of the author's "
                "rights; the presumption is case law (the Aréo judgment, Cass. 1re civ., "
                "24 Mar. 1993, no. 91-16.543; Cass. 1re civ., 10 July 2014, no. 13-16.465: "
                "references to be checked), Article L113-5 CPI covering collective works only. "
                "The conditions are met here: the missing chain of title no longer suffices "
                "to contest ownership.",
            ),
        )
    },
)
def fr_presumption_available(f, p):
    facts = _presumption_facts(f)
    if facts is None:
        return not_applicable("a chain of title was produced, or the photographer claims himself")
    relied, external, disputes = facts
    if relied and external and disputes is False:
        return applies(conclusion=True)
    return not_applicable("the presumption's conditions are not all shown")
