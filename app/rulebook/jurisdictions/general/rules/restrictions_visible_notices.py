"""Notices, restrictions and metadata the client could see when it took the image: a
watermark, a copyright notice, licence terms, rights stated in the metadata.

Sources: civil infringement needs no fault; CDPA s.97(1); Google's image licence
metadata.
"""

from app.rulebook import registry
from app.rulebook.by_law import aside_by_law, by_law, country
from app.rulebook.jurisdictions.general.rules._notices import (
    VISIBLE,
)
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

NO_GOOD_FAITH = {
    "FR": (
        "la bonne foi n'écarte pas la contrefaçon en droit civil (Cass. 1re civ., 3 avr. 2001, "
        "n° 99-15.767), et ne peut pas davantage, dans ce cas, modérer le montant",
        "good faith does not remove infringement in civil law (Cass. 1re civ., 3 Apr. 2001, "
        "no. 99-15.767), nor can it here reduce the amount",
    ),
    "DE": (
        "la bonne foi ne peut modérer le montant : la faute est caractérisée (§ 97 UrhG)",
        "good faith cannot reduce the amount: fault is made out (§ 97 UrhG)",
    ),
    "GB": (
        "la bonne foi ne peut modérer le montant : le défendeur avait des raisons de croire "
        "l'œuvre protégée (CDPA s.97(1))",
        "good faith cannot reduce the amount: the defendant had reason to believe copyright "
        "subsisted (CDPA s.97(1))",
    ),
    "US": (
        "une mention régulière exclut la réduction accordée au contrefacteur de bonne foi "
        "(17 U.S.C. § 401(d))",
        "a proper notice rules out the innocent-infringement reduction (17 U.S.C. § 401(d))",
    ),
}
"""Why good faith is of no help once restrictions were visible, by the applicable law."""
RIGHTS_INFORMATION_PROTECTED = {
    "US": (
        "ce sont des informations protégées contre la suppression, 17 U.S.C. § 1202",
        "they are information protected against removal, 17 U.S.C. § 1202",
    ),
}
"""Where the law protects rights metadata against removal in the rule's sources."""


@registry.rule(
    id="GEN-NOTICE-04",
    question="restrictions",
    title=T(
        fr="Restrictions visibles lors de la récupération",
        en="Restrictions visible at retrieval",
    ),
    jurisdictions=["ALL"],
    basis=["fr-cass-civ1-2001-04-03", "de-urhg-97", "uk-cdpa-s97", "us-17-401"],
    reads=[
        *(fact for fact, _, _ in VISIBLE),
        "acquisition.licence.held",
        "acquisition.licence.covers_use",
        "derived.law",
    ],
    role="aggravating",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="Lors de sa récupération, l'image portait {shown_fr} : la bonne foi ne peut "
                "être invoquée.",
                en="When the image was taken it carried {shown_en}: good faith cannot be argued.",
            ),
            explanation=T(
                fr="Des restrictions visibles révèlent que l'image n'était pas libre de droits : "
                "{no_good_faith}. En l'espèce : {shown_fr}. Concentrer la défense sur la titularité des droits, "
                "la preuve et le montant.",
                en="Visible restrictions show the image was not free: {no_good_faith}. Here: "
                "{shown_en}. Focus the defence on title, proof and amount.",
            ),
        )
    },
    undetermined_text=T(
        fr="Ce que montrait l'image lors de sa récupération n'est pas connu.",
        en="What the image showed when it was taken is unknown.",
    ),
)
def restrictions_visible(f, p):
    if f["acquisition.licence.held"] and f["acquisition.licence.covers_use"]:
        # Legal review, defect 22: good faith is beside the point for a licensed use.
        return not_applicable("the use is licensed: what the image showed does not matter")
    shown = [(fr, en) for fact, fr, en in VISIBLE if f[fact]]
    if shown:
        return applies(
            no_good_faith=by_law(NO_GOOD_FAITH, country(f["derived.law"])),
            shown_fr=", ".join(fr for fr, _ in shown),
            shown_en=", ".join(en for _, en in shown),
        )
    unknown = [fact for fact, _, _ in VISIBLE if f[fact] is None]
    if unknown:
        return undetermined(*unknown)
    return not_applicable("no watermark, notice or licence terms were visible")


@registry.rule(
    id="GEN-NOTICE-03",
    question="restrictions",
    title=T(
        fr="Droits indiqués dans les métadonnées de l'image",
        en="Rights stated in the image metadata",
    ),
    jurisdictions=["ALL"],
    basis=["google-image-license-metadata", "us-17-1202"],
    reads=[
        "acquisition.visible_at_retrieval.metadata_copyright",
        "acquisition.source_presented_as_free",
        "derived.law",
    ],
    role="aggravating",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.4,
            summary=T(
                fr="Les métadonnées IPTC/XMP de l'image indiquaient le titulaire des "
                "droits : les conditions de licence pouvaient être connues, ce qui affaiblit "
                "l'argument de bonne foi.",
                en="The image's IPTC/XMP metadata stated the rights holder: the licence "
                "terms could be found, which weakens good faith.",
            ),
            explanation=T(
                fr="Les mentions de droits inscrites dans les métadonnées (champs IPTC "
                "« Copyright Notice », « Web Statement of Rights », « Licensor URL ») sont "
                "affichées par Google Images avec le badge « Licence disponible » "
                "(documentation Google sur les métadonnées de licence des images). Elles "
                "ne sont pas visibles sur la page, ce qui limite leur portée, mais attestent "
                "que le titulaire faisait état de ses droits{protected}. Vérifier "
                "si les métadonnées figurent encore dans le fichier publié par le client.",
                en="Rights statements written in the metadata (IPTC fields 'Copyright "
                "Notice', 'Web Statement of Rights', 'Licensor URL') are shown by Google "
                "Images with the 'Licensable' badge (Google's documentation on image "
                "licence metadata). They are not visible on the page, which limits their "
                "weight, but show that the holder asserted the rights{protected}. Check whether "
                "the metadata is still in the file the client published.",
            ),
        )
    },
    undetermined_text=T(
        fr="La bonne foi est invoquée : il n'est pas établi que les métadonnées de l'image "
        "indiquaient le titulaire des droits.",
        en="Good faith is argued: whether the image metadata stated the rights holder is unknown.",
    ),
)
def metadata_copyright(f, p):
    present = f["acquisition.visible_at_retrieval.metadata_copyright"]
    if present:
        return applies(
            protected=aside_by_law(RIGHTS_INFORMATION_PROTECTED, country(f["derived.law"]))
        )
    if present is None and f["acquisition.source_presented_as_free"]:
        return undetermined("acquisition.visible_at_retrieval.metadata_copyright")
    if present is None:
        return not_applicable("metadata unknown; it matters only against a good-faith plea")
    return not_applicable("the metadata carried no rights statement")
