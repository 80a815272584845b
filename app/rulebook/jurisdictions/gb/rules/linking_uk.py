"""Linking and embedding in the UK: the CJEU linking case law, retained after Brexit.

Sources: CJEU, 13 Feb. 2014, Svensson, C-466/12, and 21 Oct. 2014 (order), BestWater,
C-348/13 (a link or embed of a work freely accessible with the rights holder's consent is no
communication to a new public); European Union (Withdrawal) Act 2018, s.6(3)-(4): CJEU case
law decided before 31 Dec. 2020 binds the IPEC and the High Court, and only the Court of
Appeal and the Supreme Court may depart from it (SI 2020/1525). VG Bild-Kunst (9 Mar. 2021)
is later and does not bind.
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._linking import LINKING, TECHNIQUE_EN, TECHNIQUE_FR
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="UK-EMBED-01",
    question="exceptions",
    title=T(
        fr="Lien ou intégration au Royaume-Uni : jurisprudence de la CJUE maintenue après "
        "le Brexit",
        en="Linking or embedding in the UK: retained EU case law",
    ),
    jurisdictions=["GB"],
    basis=["eu-cjeu-c-466-12-svensson", "eu-cjeu-c-348-13-bestwater", "uk-euwa-2018-s6"],
    reads=["use.technique", "use.source_authorised", "use.source_freely_accessible"],
    role="decisive",
    decides="new_public_communication",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.8,
            summary=T(
                fr="L'image n'est qu'intégrée depuis une source autorisée et librement "
                "accessible : pas de communication à un public nouveau (Svensson, "
                "BestWater), jurisprudence qui lie les juridictions de première instance.",
                en="The image is only embedded from an authorised, freely accessible source: "
                "no communication to a new public (Svensson, BestWater), case law that binds "
                "the first-instance courts.",
            ),
            explanation=T(
                fr="Dans l'Union, le lien vers une œuvre librement accessible avec l'accord du "
                "titulaire, ou son intégration, ne constitue pas une communication à un "
                "public nouveau (CJUE, Svensson, aff. C-466/12 ; BestWater, aff. C-348/13). Au "
                "Royaume-Uni, la jurisprudence de la Cour de justice antérieure au 31 "
                "décembre 2020 relève du droit assimilé (assimilated law), qui lie l'IPEC et "
                "la High Court ; seules la Court of Appeal et la Supreme Court peuvent s'en "
                "écarter (European Union (Withdrawal) Act 2018, s.6(3) et (4)). En l'espèce, "
                "le mode de diffusion est le suivant : {technique_fr}, depuis une source "
                "autorisée et librement accessible. Il convient de contester la réclamation, sous réserve "
                "d'un revirement par une juridiction d'appel.",
                en="In the EU, a link to or embedding of a work freely accessible with the "
                "rights holder's consent is not a communication to a new public (CJEU, "
                "Svensson, C-466/12; BestWater, C-348/13). In the UK, CJEU case law decided "
                "before 31 December 2020 is assimilated law that binds the IPEC and the High "
                "Court; only the Court of Appeal and the Supreme Court may depart from it "
                "(European Union (Withdrawal) Act 2018, s.6(3) and (4)). Here: "
                "{technique_en} of an authorised, freely accessible source. Contest; caveat: "
                "an appellate court could depart from that case law.",
            ),
        )
    },
)
def uk_embedding_retained_case_law(f, p):
    technique = f["use.technique"]
    if technique not in LINKING:
        return not_applicable("no link, embedding or hotlink")
    authorised, accessible = f["use.source_authorised"], f["use.source_freely_accessible"]
    if authorised is False or accessible is False:
        return not_applicable("the source is not authorised or not freely accessible")
    missing = [
        name
        for name, value in (
            ("use.source_authorised", authorised),
            ("use.source_freely_accessible", accessible),
        )
        if value is None
    ]
    if missing:
        return undetermined(*missing)
    return applies(technique_fr=TECHNIQUE_FR[technique], technique_en=TECHNIQUE_EN[technique])
