"""Notices, restrictions and metadata: what the client could see when it took the image,
and what that means for good faith.

Sources: civil infringement needs no fault; Cass. 1re civ., 3 Apr. 2001,
n° 99-15.767 replaces the notes' 29 May 2001, not found, 504(c)(2) innocent infringer; 401(d); 17 USC 1202, CDPA
s.97(1), GEN-NOTICE-02 and -03; Google's image licence metadata.
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

VISIBLE = (
    ("acquisition.visible_at_retrieval.watermark", "un filigrane", "a watermark"),
    (
        "acquisition.visible_at_retrieval.copyright_notice",
        "une mention de copyright",
        "a copyright notice",
    ),
    (
        "acquisition.visible_at_retrieval.licence_terms",
        "des conditions de licence",
        "licence terms",
    ),
)
OWN_TERMS_SOURCES = ("own_licence", "stock_licence", "press_kit", "creative_commons")

GOOD_FAITH_READS = [
    "acquisition.source",
    "acquisition.source_presented_as_free",
    "acquisition.visible_at_retrieval.watermark",
    "acquisition.visible_at_retrieval.copyright_notice",
    "acquisition.visible_at_retrieval.licence_terms",
]


def _good_faith(f):
    """("applies" | "no" | reason, missing): whether the image looked free to take."""
    if f["acquisition.source"] in OWN_TERMS_SOURCES:
        return "own_terms", ()
    shown = [fact for fact, _, _ in VISIBLE if f[fact]]
    if shown:
        return "restrictions_visible", ()
    free = f["acquisition.source_presented_as_free"]
    if free is False:
        return "not_presented_as_free", ()
    unknown = tuple(fact for fact, _, _ in VISIBLE if f[fact] is None)
    if free is None:
        return None, ("acquisition.source_presented_as_free",) + unknown
    if unknown:
        return None, unknown
    return "applies", ()


@registry.rule(
    id="GEN-NOTICE-02",
    question="restrictions",
    title=T(
        fr="Aucune restriction visible, image présentée comme libre",
        en="No visible restriction, image presented as free",
    ),
    jurisdictions=["ALL"],
    basis=["fr-cass-civ1-2001-04-03", "de-urhg-97", "uk-cdpa-s97", "us-17-504"],
    reads=GOOD_FAITH_READS,
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.4,
            summary=T(
                fr="Bonne foi : l'image était présentée comme libre de droits, sans "
                "filigrane, mention de copyright ni conditions. Cela n'efface pas la "
                "contrefaçon, mais peut justifier une réduction du montant.",
                en="Good faith: the image was presented as free, with no watermark, "
                "copyright notice or terms. That does not cancel the infringement but may "
                "reduce the amount.",
            ),
            explanation=T(
                fr="La bonne foi n'exclut pas la contrefaçon : en matière civile, l'acte "
                "matériel suffit (Cass. 1re civ., 3 avr. 2001, n° 99-15.767) ; en "
                "Allemagne, la cessation ne suppose aucune faute, mais les dommages-intérêts "
                "en supposent une, appréciée sévèrement (§ 97 UrhG) ; au Royaume-Uni, les "
                "dommages-intérêts ne sont écartés que si le défendeur ignorait que l'œuvre "
                "était protégée et n'avait aucune raison de le croire (CDPA s.97(1)) ; aux "
                "États-Unis, le contrefacteur de bonne foi (innocent infringer) qui le prouve "
                "peut voir les dommages-intérêts forfaitaires légaux (statutory damages) "
                "réduits à 200 $US (17 U.S.C. § 504(c)(2)). En l'espèce, l'image était "
                "présentée comme libre de droits et ne portait aucune restriction visible : "
                "c'est un argument de modération du montant, non un moyen de défense au "
                "fond. Conserver la capture d'écran de la source.",
                en="Good faith does not exclude infringement: in French civil law the "
                "material act suffices (Cass. 1re civ., 3 Apr. 2001, no. 99-15.767); in "
                "Germany an injunction needs no fault and damages need fault, judged "
                "strictly (§ 97 UrhG); in the UK no damages are due only if the defendant "
                "did not know and had no reason to believe copyright subsisted (CDPA "
                "s.97(1)); in the US an innocent infringer who proves it may see statutory "
                "damages reduced to USD 200 (17 U.S.C. § 504(c)(2)). Here the image was "
                "presented as free and carried no visible restriction: an argument to "
                "reduce the amount, not a defence on the merits. Keep a capture of the "
                "source.",
            ),
        )
    },
    undetermined_text=T(
        fr="Argument de bonne foi non tranché : les éléments manquent pour conclure.",
        en="Good-faith argument not decided: facts are missing to conclude.",
    ),
)
def presented_as_free(f, p):
    status, missing = _good_faith(f)
    if missing:
        return undetermined(*missing)
    if status != "applies":
        return not_applicable(status.replace("_", " "))
    return applies()


@registry.rule(
    id="US-NOTICE-02",
    question="restrictions",
    title=T(
        fr="Contrefacteur de bonne foi (innocent infringer, 17 U.S.C. § 504(c)(2))",
        en="Innocent infringer (17 U.S.C. § 504(c)(2))",
    ),
    jurisdictions=["US"],
    basis=["us-17-504", "us-17-401"],
    reads=GOOD_FAITH_READS,
    role="mitigating",
    variants={
        "available": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="Aucune mention de copyright sur l'image récupérée : si des "
                "dommages-intérêts forfaitaires légaux sont encourus, le plancher de 200 $US "
                "applicable au contrefacteur de bonne foi peut être plaidé.",
                en="No copyright notice on the copy retrieved: if statutory damages are in "
                "play, the USD 200 innocent-infringer floor can be argued.",
            ),
            explanation=T(
                fr="Le contrefacteur qui prouve qu'il ignorait que ses actes constituaient une "
                "contrefaçon et n'avait aucune raison de le croire peut voir les "
                "dommages-intérêts forfaitaires légaux (statutory damages) réduits jusqu'à "
                "200 $US (17 U.S.C. § 504(c)(2)) ; cette réduction est exclue si une mention "
                "de copyright régulière figurait sur les copies auxquelles il a eu accès "
                "(§ 401(d)). En l'espèce, l'image, présentée comme libre de droits, ne portait "
                "ni mention ni filigrane. L'argument ne joue que si des dommages-intérêts "
                "forfaitaires légaux peuvent être alloués (enregistrement en temps utile, "
                "17 U.S.C. § 412).",
                en="An infringer who proves it was not aware and had no reason to believe "
                "its acts infringed may see statutory damages reduced to USD 200 (17 U.S.C. "
                "§ 504(c)(2)); the reduction is unavailable where a proper copyright notice "
                "appeared on the copies it accessed (§ 401(d)). Here the image, presented "
                "as free, carried neither notice nor watermark. This matters only if "
                "statutory damages are available (timely registration, 17 U.S.C. § 412).",
            ),
        ),
        "barred": Variant(
            outcome="favours_claimant",
            weight=0.5,
            summary=T(
                fr="Une mention de copyright figurait sur l'image récupérée : le plancher de "
                "200 $US applicable au contrefacteur de bonne foi ne peut être invoqué.",
                en="A copyright notice appeared on the copy retrieved: the "
                "innocent-infringer floor (USD 200) is unavailable.",
            ),
            explanation=T(
                fr="Une mention de copyright régulière sur les copies consultées par le "
                "défendeur exclut la réduction accordée au contrefacteur de bonne foi (17 "
                "U.S.C. § 401(d) ; § 504(c)(2)). En l'espèce, une mention figurait sur "
                "l'image récupérée : ne pas plaider la bonne foi sur ce fondement.",
                en="A proper copyright notice on the copies the defendant accessed rules "
                "out the innocent-infringement reduction (17 U.S.C. § 401(d); "
                "§ 504(c)(2)). Here a notice appeared on the copy retrieved: do not plead "
                "innocence.",
            ),
        ),
    },
)
def us_innocent_infringer(f, p):
    if f["acquisition.visible_at_retrieval.copyright_notice"]:
        return applies("barred")
    status, missing = _good_faith(f)
    if missing:
        return undetermined(*missing)
    if status != "applies":
        return not_applicable(status.replace("_", " "))
    return applies("available")


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
    ],
    role="aggravating",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="Lors de la récupération, l'image portait {shown_fr} : la bonne foi ne "
                "peut pas être plaidée.",
                en="When the image was taken it carried {shown_en}: good faith cannot be argued.",
            ),
            explanation=T(
                fr="Des restrictions visibles montrent que l'image n'était pas libre. La "
                "bonne foi ne supprime déjà pas la contrefaçon en droit civil français "
                "(Cass. 1re civ., 3 avr. 2001, n° 99-15.767) ; ici elle ne peut pas non "
                "plus modérer le montant : au Royaume-Uni le défendeur avait raison de "
                "croire l'œuvre protégée (CDPA s.97(1)) ; en Allemagne la faute est "
                "caractérisée (§ 97 UrhG) ; aux États-Unis une mention régulière exclut la "
                "réduction pour contrefaçon innocente (17 U.S.C. § 401(d)). En l'espèce : "
                "{shown_fr}. Concentrer la défense sur le titre, la preuve et le montant.",
                en="Visible restrictions show the image was not free. Good faith already "
                "does not remove infringement in French civil law (Cass. 1re civ., 3 Apr. "
                "2001, no. 99-15.767); here it cannot reduce the amount either: in the UK "
                "the defendant had reason to believe copyright subsisted (CDPA s.97(1)); in "
                "Germany fault is made out (§ 97 UrhG); in the US a proper notice rules out "
                "the innocent-infringement reduction (17 U.S.C. § 401(d)). Here: "
                "{shown_en}. Focus the defence on title, proof and amount.",
            ),
        )
    },
    undetermined_text=T(
        fr="On ignore ce que montrait l'image lorsqu'elle a été récupérée.",
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
                "ne sont pas visibles sur la page, ce qui limite leur poids, mais "
                "montrent que le titulaire signalait ses droits ; aux États-Unis, ce sont "
                "des informations protégées contre la suppression (17 U.S.C. § 1202). "
                "Vérifier si les métadonnées sont encore dans le fichier publié par le "
                "client.",
                en="Rights statements written in the metadata (IPTC fields 'Copyright "
                "Notice', 'Web Statement of Rights', 'Licensor URL') are shown by Google "
                "Images with the 'Licensable' badge (Google's documentation on image "
                "licence metadata). They are not visible on the page, which limits their "
                "weight, but show the holder flagged its rights; in the US they are "
                "information protected against removal (17 U.S.C. § 1202). Check whether "
                "the metadata is still in the file the client published.",
            ),
        )
    },
    undetermined_text=T(
        fr="La bonne foi est invoquée : on ne sait pas si les métadonnées de l'image "
        "indiquaient le titulaire des droits.",
        en="Good faith is argued: whether the image metadata stated the rights holder is unknown.",
    ),
)
def metadata_copyright(f, p):
    present = f["acquisition.visible_at_retrieval.metadata_copyright"]
    if present:
        return applies()
    if present is None and f["acquisition.source_presented_as_free"]:
        return undetermined("acquisition.visible_at_retrieval.metadata_copyright")
    if present is None:
        return not_applicable("metadata unknown; it matters only against a good-faith plea")
    return not_applicable("the metadata carried no rights statement")
