"""Linking and embedding in the UK: the CJEU linking case law, retained after Brexit.

Sources: legal-notes §4.2 (Svensson C-466/12, BestWater C-348/13), §12 item 11 (UK
post-Brexit status of the CJEU linking case law: [R]).
"""

from app.rulebook import registry
from app.rulebook.rules._linking_common import LINKING, TECHNIQUE_EN, TECHNIQUE_FR
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable


@registry.rule(
    id="UK-EMBED-01",
    question="exceptions",
    title=T(
        fr="Lien ou intégration au Royaume-Uni : jurisprudence européenne conservée",
        en="Linking or embedding in the UK: retained EU case law",
    ),
    jurisdictions=["GB"],
    basis=["eu-cjeu-c-466-12-svensson", "eu-cjeu-c-348-13-bestwater"],
    reads=["use.technique", "use.source_authorised", "use.source_freely_accessible"],
    role="info",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.4,
            summary=T(
                fr="Image seulement intégrée depuis une source autorisée et libre d'accès : "
                "argument Svensson/BestWater, dont la portée post-Brexit est à vérifier.",
                en="The image is only embedded from an authorised, freely accessible source: "
                "the Svensson/BestWater argument, whose post-Brexit standing is to be "
                "checked.",
            ),
            explanation=T(
                fr="Dans l'Union, un lien ou une intégration d'une œuvre librement accessible "
                "avec l'accord du titulaire n'est pas une communication à un public nouveau "
                "(CJUE, Svensson, C-466/12 ; BestWater, C-348/13). Au Royaume-Uni, ces arrêts "
                "seraient du droit de l'UE conservé dont la Court of Appeal peut s'écarter "
                "(à vérifier : non confirmé dans nos sources). En l'espèce : {technique_fr} d'une "
                "source autorisée et librement accessible. L'argument est sérieux mais son "
                "statut doit être vérifié avant de s'y fier.",
                en="In the EU, a link to or embedding of a work freely accessible with the "
                "rights holder's consent is not a communication to a new public (CJEU, "
                "Svensson, C-466/12; BestWater, C-348/13). In the UK these judgments would "
                "be retained EU case law from which the Court of Appeal may depart (to be "
                "checked: not confirmed in our sources). Here: {technique_en} of an "
                "authorised, freely accessible source. The argument is serious but its "
                "standing must be checked before relying on it.",
            ),
        )
    },
)
def uk_embedding_retained_case_law(f, p):
    technique = f["use.technique"]
    if technique not in LINKING:
        return not_applicable("no link, embedding or hotlink")
    if f["use.source_authorised"] and f["use.source_freely_accessible"]:
        return applies(technique_fr=TECHNIQUE_FR[technique], technique_en=TECHNIQUE_EN[technique])
    return not_applicable("the source is not shown to be authorised and freely accessible")
