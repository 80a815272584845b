"""Linking, embedding and re-posting under EU law: is there a communication to a new
public?

Sources: Svensson C-466/12, BestWater C-348/13, GS Media C-160/15,
Renckhoff C-161/17, VG Bild-Kunst C-392/19, BGH I ZR 46/12 "Die Realität II".

The three EU rules decide the same point (``new_public_communication``) and are mutually
exclusive by technique (copy vs link/embed/hotlink) and by the source's lawfulness.
"""

from app.rulebook import registry
from app.rulebook.by_law import country
from app.rulebook.jurisdictions.general.rules._linking import LINKING, TECHNIQUE_EN, TECHNIQUE_FR
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined
from app.vocabulary import COMMERCIAL_PURPOSES

PROFIT_KINDS = ("company", "sole_trader")
NON_PROFIT_KINDS = ("individual", "nonprofit", "public_body")
FREE_SOURCES = ("web_search", "social_media", "rights_holder_site")

EU_EMBED_BASIS = [
    "eu-cjeu-c-466-12-svensson",
    "eu-cjeu-c-348-13-bestwater",
    "eu-cjeu-c-392-19-vg-bild-kunst",
    "de-bgh-i-zr-46-12-realitaet-ii",
]
REALITAET_II = {
    "fr": " ; BGH, 9 juill. 2015, I ZR 46/12, « Die Realität II »",
    "en": "; BGH, 9 July 2015, I ZR 46/12 'Die Realität II'",
}
"""The German judgment applying BestWater, cited under German law only."""


@registry.rule(
    id="EU-EMBED-01",
    question="exceptions",
    title=T(
        fr="Lien ou intégration d'une source autorisée et librement accessible",
        en="Link to or embedding of an authorised, freely accessible source",
    ),
    jurisdictions=["EU"],
    basis=EU_EMBED_BASIS,
    reads=[
        "use.technique",
        "use.source_authorised",
        "use.source_freely_accessible",
        "use.framing_protection_circumvented",
        "derived.law",
    ],
    role="decisive",
    decides="new_public_communication",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.85,
            summary=T(
                fr="L'image n'est pas reproduite sur le site du client, qui la diffuse depuis "
                "une source autorisée et librement accessible, selon le mode suivant : "
                "{technique_fr}. Faute de communication à un public nouveau, il n'y a pas de "
                "contrefaçon.",
                en="The image is only shown through {technique_en} of an authorised, freely "
                "accessible source: no communication to a new public, hence no "
                "infringement.",
            ),
            explanation=T(
                fr="Le lien vers une œuvre librement accessible avec l'accord du titulaire ne "
                "constitue pas une communication à un public nouveau (CJUE, 13 févr. 2014, "
                "Svensson, aff. C-466/12) ; il en va de même de l'intégration par transclusion, "
                "ou framing (CJUE, ord., 21 oct. 2014, BestWater, aff. C-348/13{realitaet_fr}), sauf si elle contourne des mesures "
                "de protection contre la transclusion adoptées par le titulaire (CJUE, gde "
                "ch., 9 mars 2021, VG Bild-Kunst, aff. C-392/19). En l'espèce, le mode de "
                "diffusion est le suivant : {technique_fr} ; la source a été publiée avec "
                "l'accord du titulaire, elle est librement accessible et aucune mesure de "
                "protection n'a été contournée. Le client se borne à signaler l'œuvre à un public qui y avait "
                "déjà accès : la réclamation est dépourvue de fondement et doit être "
                "contestée.",
                en="A link to a work freely accessible with the rights holder's consent is "
                "not a communication to a new public (CJEU, 13 Feb. 2014, Svensson, "
                "C-466/12); the same goes for embedding by framing (CJEU, order of 21 Oct. "
                "2014, BestWater, C-348/13{realitaet_en}), unless it circumvents technological measures against framing that "
                "the rights holder adopted (CJEU, Grand Chamber, 9 Mar. 2021, VG Bild-Kunst, "
                "C-392/19). Here: {technique_en}; the source was posted with the rights "
                "holder's consent, it is freely accessible and no protection measure was "
                "circumvented. The client merely directs to the work a public that already "
                "had access to it: the claim has no basis; contest it.",
            ),
        ),
        "restricted": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="La source n'était pas librement accessible : le lien met l'œuvre à la "
                "disposition d'un public nouveau.",
                en="The source was not freely accessible: the link opens it to a new public.",
            ),
            explanation=T(
                fr="L'arrêt Svensson (CJUE, aff. C-466/12) ne vise que les œuvres librement "
                "accessibles : le lien qui permet de contourner des mesures de restriction "
                "d'accès (abonnement, accès réservé) communique l'œuvre à un public nouveau. "
                "En l'espèce, la source n'était pas librement accessible et le mode de "
                "diffusion est le suivant : {technique_fr}. L'argument tiré du simple lien ne "
                "peut donc prospérer.",
                en="Svensson (CJEU, C-466/12) covers only freely accessible works: a link "
                "that circumvents access restrictions (subscription, restricted access) "
                "communicates the work to a new public. Here the source was not freely "
                "accessible ({technique_en}): the 'mere link' argument fails.",
            ),
        ),
        "circumvented": Variant(
            outcome="favours_claimant",
            weight=0.7,
            summary=T(
                fr="L'intégration contourne une mesure de protection contre la transclusion "
                "(framing) : il y a communication à un public nouveau.",
                en="The embedding circumvents a technological measure against framing: "
                "communication to a new public.",
            ),
            explanation=T(
                fr="La transclusion (framing) d'une œuvre librement accessible constitue une "
                "communication à un public nouveau lorsqu'elle contourne des mesures de "
                "protection efficaces contre la transclusion, adoptées ou imposées par le "
                "titulaire (CJUE, gde ch., 9 mars 2021, VG Bild-Kunst, aff. C-392/19). Tel est le "
                "cas en l'espèce : l'autorisation du titulaire est requise.",
                en="Framing a freely accessible work becomes a communication to a new public "
                "where it circumvents effective technological measures against framing "
                "adopted or imposed by the rights holder (CJEU, Grand Chamber, 9 Mar. "
                "2021, VG Bild-Kunst, C-392/19). That is the case here: the rights "
                "holder's authorisation is needed.",
            ),
        ),
    },
    undetermined_text=T(
        fr="Lien ou intégration : les éléments du dossier ne permettent pas de conclure. Si "
        "l'image n'est que liée ou intégrée depuis une source autorisée et librement "
        "accessible, la réclamation est dépourvue de fondement.",
        en="Linking or embedding: facts are missing to conclude. If the image is only linked "
        "or embedded from an authorised, freely accessible source, the claim fails.",
    ),
)
def eu_embedding_authorised_source(f, p):
    technique = f["use.technique"]
    if technique is None:
        return undetermined("use.technique")
    if technique not in LINKING:
        return not_applicable("the file was copied to the client's own server")
    authorised = f["use.source_authorised"]
    if authorised is False:
        return not_applicable("the source is not authorised (see EU-EMBED-02)")
    labels = {"technique_fr": TECHNIQUE_FR[technique], "technique_en": TECHNIQUE_EN[technique]}
    free = f["use.source_freely_accessible"]
    if free is False:
        return applies("restricted", conclusion=True, **labels)
    checks = [("use.source_authorised", authorised), ("use.source_freely_accessible", free)]
    if technique != "link":
        # Anti-framing measures matter for framing and inline display, not a plain link.
        circumvented = f["use.framing_protection_circumvented"]
        if circumvented:
            return applies("circumvented", conclusion=True, **labels)
        checks.append(("use.framing_protection_circumvented", circumvented))
    missing = [name for name, value in checks if value is None]
    if missing:
        return undetermined(*missing)
    german = country(f["derived.law"]) == "DE"
    return applies(
        conclusion=False,
        realitaet_fr=REALITAET_II["fr"] if german else "",
        realitaet_en=REALITAET_II["en"] if german else "",
        **labels,
    )


def _for_profit(f):
    """(True/False/None, facts that would decide it) — GS Media's 'for profit' test, read
    from the site's monetisation, its purpose and the kind of respondent."""
    monetised, purpose, kind = f["use.monetised"], f["use.purpose"], f["respondent.kind"]
    if monetised or purpose in COMMERCIAL_PURPOSES or kind in PROFIT_KINDS:
        return True, ()
    if monetised is False and purpose is not None and kind in NON_PROFIT_KINDS:
        return False, ()
    missing = [
        name
        for name, value in (
            ("use.monetised", monetised),
            ("use.purpose", purpose),
            ("respondent.kind", kind),
        )
        if value is None
    ]
    return None, tuple(missing)


@registry.rule(
    id="EU-EMBED-02",
    question="exceptions",
    title=T(
        fr="Lien vers une source illicite (GS Media)",
        en="Link to an unlawful source (GS Media)",
    ),
    jurisdictions=["EU"],
    basis=["eu-cjeu-c-160-15-gs-media", "de-bgh-i-zr-46-12-realitaet-ii"],
    reads=[
        "use.technique",
        "use.source_authorised",
        "use.knew_source_unlawful",
        "use.monetised",
        "use.purpose",
        "respondent.kind",
    ],
    role="decisive",
    decides="new_public_communication",
    variants={
        "no_knowledge": Variant(
            outcome="favours_client",
            weight=0.7,
            summary=T(
                fr="Lien placé sans but lucratif vers une source illicite, dans l'ignorance de "
                "son caractère illicite : pas de communication au public.",
                en="A non-profit link to an unlawful source, without knowledge of the "
                "illegality: no communication to the public.",
            ),
            explanation=T(
                fr="Le placement d'un lien vers une œuvre mise en ligne sans l'accord du "
                "titulaire ne constitue pas une communication au public lorsqu'il est le "
                "fait, sans but lucratif, d'une personne qui ne savait pas ni ne pouvait "
                "raisonnablement savoir que la source était illicite (CJUE, 8 sept. 2016, GS "
                "Media, aff. C-160/15). En l'espèce, le client agit sans but lucratif et ignorait "
                "le caractère illicite de la source : il convient de contester la "
                "réclamation. La notification du titulaire pourrait toutefois établir cette "
                "connaissance pour l'avenir (point à vérifier) : retirer le lien dès "
                "réception de la lettre.",
                en="A link to a work posted without the rights holder's consent is not a "
                "communication to the public when it is posted not for profit by a person "
                "who did not know, and could not reasonably have known, that the source was "
                "unlawful (CJEU, 8 Sept. 2016, GS Media, C-160/15). Here the client acts "
                "not for profit and did not know: contest. A notification from the rights "
                "holder could establish knowledge from then on (to be checked): remove the "
                "link once the letter is received.",
            ),
        ),
        "for_profit": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="Lien placé dans un but lucratif vers une source illicite : la connaissance "
                "de son caractère illicite est présumée.",
                en="A for-profit link to an unlawful source: knowledge of the illegality is "
                "presumed.",
            ),
            explanation=T(
                fr="Lorsque le lien vers une œuvre mise en ligne sans autorisation est placé "
                "dans un but lucratif, la connaissance du caractère illicite de la source est "
                "présumée (CJUE, 8 sept. 2016, GS Media, aff. C-160/15) ; cette présomption est "
                "simple, mais il incombe au client de démontrer qu'il a procédé aux "
                "vérifications nécessaires. En l'espèce, l'utilisation poursuit un but "
                "lucratif ({profit_fr}) : en l'état, l'intégration n'exclut pas la "
                "contrefaçon.",
                en="Where the link to a work posted without authorisation is provided for "
                "profit, knowledge of the source's illegality is presumed (CJEU, 8 Sept. "
                "2016, GS Media, C-160/15); the presumption is rebuttable, but the client "
                "must show it carried out the necessary checks. Here the use is for profit "
                "({profit_en}): embedding does not rule out infringement as things stand.",
            ),
        ),
        "knew": Variant(
            outcome="favours_claimant",
            weight=0.7,
            summary=T(
                fr="Le client savait que la source était illicite : le lien constitue une "
                "communication au public.",
                en="The client knew the source was unlawful: the link is a communication to "
                "the public.",
            ),
            explanation=T(
                fr="Celui qui place un lien vers une œuvre en sachant qu'elle a été mise en "
                "ligne sans autorisation procède à une communication au public (CJUE, 8 "
                "sept. 2016, GS Media, aff. C-160/15). Tel est le cas en l'espèce : l'autorisation "
                "du titulaire était requise.",
                en="Whoever links to a work knowing that it was posted without authorisation "
                "communicates it to the public (CJEU, 8 Sept. 2016, GS Media, C-160/15). "
                "That is the case here: the rights holder's authorisation was needed.",
            ),
        ),
    },
)
def eu_link_unlawful_source(f, p):
    technique = f["use.technique"]
    if technique not in LINKING:
        return not_applicable("no link, embedding or hotlink")
    if f["use.source_authorised"] is not False:
        return not_applicable("the source is not known to be unauthorised")
    knew = f["use.knew_source_unlawful"]
    profit, missing = _for_profit(f)
    if knew:
        return applies("knew", conclusion=True)
    if profit:
        return applies(
            "for_profit",
            conclusion=True,
            profit_fr="site générant des revenus, finalité commerciale ou exploitant professionnel",
            profit_en="monetised site, commercial use or business operator",
        )
    if profit is None:
        return undetermined(*missing, *(("use.knew_source_unlawful",) if knew is None else ()))
    if knew is None:
        return undetermined("use.knew_source_unlawful")
    return applies("no_knowledge", conclusion=False)


@registry.rule(
    id="EU-REPOST-01",
    question="exceptions",
    title=T(
        fr="Copie d'une image librement accessible : nouvelle communication au public (Renckhoff)",
        en="Copy of a freely accessible image: a new communication (Renckhoff)",
    ),
    jurisdictions=["EU"],
    basis=["eu-cjeu-c-161-17-renckhoff"],
    reads=["use.technique", "use.source_freely_accessible", "acquisition.source"],
    role="info",
    decides="new_public_communication",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.5,
            summary=T(
                fr="L'image a été copiée sur le site du client : la circonstance qu'elle était "
                "librement accessible ailleurs ne constitue pas un moyen de défense.",
                en="The image was copied onto the client's site: that it was freely "
                "accessible elsewhere is no defence.",
            ),
            explanation=T(
                fr="Copier une photographie librement accessible sur un site internet pour la "
                "mettre en ligne sur un autre site constitue une communication à un public "
                "nouveau, soumise à une autorisation distincte ; la solution diffère de celle "
                "retenue pour les liens (CJUE, 7 août 2018, Renckhoff, aff. C-161/17). En "
                "l'espèce, le fichier est hébergé par le client ({origin_fr}) : l'argument "
                "tiré du libre accès à l'image n'écarte pas la contrefaçon. Les moyens de "
                "défense utiles sont ailleurs : mandat, titularité des droits, preuve de "
                "l'exploitation, montant.",
                en="Copying a photograph freely accessible on another site and posting it on "
                "one's own site is a communication to a new public that needs a separate "
                "authorisation; links are treated differently (CJEU, 7 Aug. 2018, "
                "Renckhoff, C-161/17). Here the file is hosted by the client "
                "({origin_en}): the 'it was freely available' argument does not rule out "
                "infringement. The useful defences lie elsewhere (mandate, title, proof, "
                "amount).",
            ),
        )
    },
)
def eu_repost_is_new_communication(f, p):
    if f["use.technique"] != "copy":
        return not_applicable("the image was not copied onto the client's server")
    free = f["use.source_freely_accessible"]
    source = f["acquisition.source"]
    if free:
        return applies(
            conclusion=True,
            origin_fr="copie d'une image librement accessible",
            origin_en="a copy of a freely accessible image",
        )
    if source in FREE_SOURCES:
        return applies(
            conclusion=True,
            origin_fr="image trouvée sur internet puis copiée",
            origin_en="an image found online and copied",
        )
    return not_applicable("nothing suggests a freely accessible source")
