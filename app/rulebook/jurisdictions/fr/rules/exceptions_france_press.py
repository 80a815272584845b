"""The French press exception does not cover news photographs (Article L122-5 9° CPI, second
paragraph).

Source: legal review of rulebook 1.1 (December 2026), defect 14 and missing law 2: the
exception for works of graphic or plastic art reproduced by the press for immediate
information "ne s'applique pas aux œuvres, notamment photographiques ou d'illustration, qui
visent elles-mêmes à rendre compte de l'information" (text quoted by voxpi.info; TGI Paris,
4 Nov. 2011, as reported by uplex.fr). Its first paragraph allows the reproduction only
"dans un but exclusif d'information immédiate et en relation directe avec cette dernière":
a photograph that merely illustrates an article on another subject is not reported on
(held-out case l-52; the case law on illustrative portraits was not re-read).
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="FR-EXC-03",
    question="exceptions",
    title=T(
        fr="Exception d'information immédiate : exclue pour une photographie d'actualité ou "
        "d'illustration (art. L. 122-5, 9°, du CPI)",
        en="News exception: excluded for a news photograph or an illustration (Article "
        "L122-5 9° CPI)",
    ),
    jurisdictions=["FR"],
    basis=["fr-cpi-l122-5", "fr-cpi-l122-5-9-text", "fr-tgi-paris-2011-11-04"],
    reads=["use.exception_claimed", "work.kind", "use.work_discussed"],
    role="info",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="L'exception d'information immédiate ouverte à la presse ne s'applique pas "
                "à une photographie d'actualité, œuvre qui vise elle-même à rendre compte de "
                "l'information.",
                en="The immediate-information exception does not cover a news photograph, "
                "which itself aims to report the news.",
            ),
            explanation=T(
                fr="L'art. L. 122-5, 9°, du CPI autorise la reproduction, par voie de presse, "
                "d'une œuvre d'art graphique, plastique ou architecturale dans un but "
                "exclusif d'information immédiate ; mais ce texte « ne s'applique pas aux "
                "œuvres, notamment photographiques ou d'illustration, qui visent elles-mêmes "
                "à rendre compte de l'information » (al. 2 ; TGI Paris, 4 nov. 2011). En "
                "l'espèce, la photographie en cause est une photographie d'actualité : "
                "l'exception ne peut être invoquée, et la reproduction de l'image entière ne "
                "relève pas davantage de la courte citation. La défense doit donc porter sur "
                "la titularité des droits, la preuve de l'exploitation et le montant "
                "réclamé.",
                en="Article L122-5 9° CPI lets the press reproduce a work of graphic, plastic or "
                "architectural art for the sole purpose of immediate information, but it "
                "'does not apply to works, in particular photographs or illustrations, "
                "which themselves aim to report the news' (second paragraph; TGI Paris, 4 "
                "Nov. 2011). The photograph at issue is a news photograph: the exception "
                "cannot be relied on, and reproducing the whole image is no short quotation "
                "either. The defence then turns on title, proof and amount.",
            ),
        ),
        "illustration": Variant(
            outcome="favours_claimant",
            weight=0.55,
            summary=T(
                fr="L'article ne rend pas compte de la photographie elle-même : l'exception "
                "d'information immédiate, réservée à l'œuvre d'art dont la presse rend "
                "compte, ne couvre pas une photographie qui illustre un article sur un autre "
                "sujet.",
                en="The article does not report on the photograph itself: the "
                "immediate-information exception, reserved for a work of art the press "
                "reports on, does not cover a photograph illustrating an article on another "
                "subject.",
            ),
            explanation=T(
                fr="L'art. L. 122-5, 9°, du CPI autorise la reproduction, par voie de presse, "
                "d'une œuvre d'art graphique, plastique ou architecturale dans un but "
                "exclusif d'information immédiate et en relation directe avec cette "
                "dernière : l'œuvre doit être l'objet même de l'information (une exposition, "
                "une vente). En l'espèce, le texte ne commente pas la photographie, qui ne "
                "sert qu'à illustrer l'article : l'exception ne peut être retenue (point à "
                "vérifier : la jurisprudence relative aux portraits d'illustration n'a pas "
                "été relue), et la reproduction de l'image entière ne relève pas davantage "
                "de la courte citation. La défense doit donc porter sur la titularité des "
                "droits, la preuve de l'exploitation et le montant réclamé.",
                en="Article L122-5 9° CPI lets the press reproduce a work of graphic, plastic "
                "or architectural art for the sole purpose of immediate information and in "
                "direct relation with it: the work must itself be the subject of the news "
                "(an exhibition, a sale). Here the text does not discuss the photograph, "
                "which only illustrates the article: the exception cannot be relied on (to "
                "be checked: the case law on illustrative portraits was not re-read), and "
                "reproducing the whole image is no short quotation either. The defence then "
                "turns on title, proof and amount.",
            ),
        ),
    },
)
def fr_news_photo_excluded(f, p):
    if f["use.exception_claimed"] != "news_reporting":
        return not_applicable("the news exception is not claimed")
    kind = f["work.kind"]
    if kind is None:
        return undetermined("work.kind")
    if kind == "news":
        return applies()
    discussed = f["use.work_discussed"]
    if discussed is None:
        return undetermined("use.work_discussed")
    if not discussed:
        return applies("illustration")
    return not_applicable("the article reports on the photograph itself")
