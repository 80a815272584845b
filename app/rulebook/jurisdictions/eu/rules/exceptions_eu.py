"""Exceptions under EU law: quotation and news reporting need the author's name and the
source; the teaching exception.

Sources: Directive 2001/29, art. 5(3)(a), (c) and (d); CJEU, 1 Dec. 2011, Painer, C-145/10;
CJEU, 29 July 2019, Spiegel Online, C-516/17; their national rules: Article L122-5 3° CPI
(France), § 63 UrhG (Germany). How the exception rules fit together: see
``general/rules/_exceptions.py``; the hosting safe harbour is in ``exceptions_hosting_eu``.
"""

from app.rulebook import registry
from app.rulebook.by_law import by_law, country
from app.rulebook.jurisdictions.general.rules._exceptions import COMMERCIAL_PURPOSES
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

EXCEPTION_FR = {
    "quotation": "de courte citation",
    "news_reporting": "d'information sur l'actualité",
    "parody": "de parodie",
    "teaching": "d'illustration de l'enseignement",
    "incidental": "d'inclusion fortuite",
}
"""The exception's name after « l'exception »: « l'exception de courte citation »."""
EXCEPTION_EN = {
    "quotation": "quotation",
    "news_reporting": "news reporting",
    "parody": "parody",
    "teaching": "illustration for teaching",
    "incidental": "incidental inclusion",
}


@registry.rule(
    id="EU-EXC-01",
    question="exceptions",
    title=T(
        fr="Citation ou information d'actualité sans mention de l'auteur ni de la source",
        en="Quotation or news reporting without the author's name and source",
    ),
    jurisdictions=["EU"],
    basis=[
        "eu-infosoc-art5-3",
        "fr-cpi-l122-5",
        "de-urhg-63",
        "eu-cjeu-c-145-10-painer",
        "eu-cjeu-c-516-17-spiegel-online",
    ],
    reads=["use.exception_claimed", "use.attribution_shown", "derived.law"],
    role="info",
    decides="exception_available",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.7,
            summary=T(
                fr="L'exception {exception_fr} ne peut être retenue : ni le nom de l'auteur "
                "ni la source ne sont mentionnés.",
                en="The {exception_en} exception fails: neither the author's name nor the "
                "source is indicated.",
            ),
            explanation=T(
                fr="Les exceptions de citation et d'information sur l'actualité sont "
                "subordonnées à l'indication de la source, y compris du nom de l'auteur, à "
                "moins que cela ne s'avère impossible (directive 2001/29/CE, art. 5, § 3, c) "
                "et d) ; CJUE, 1er déc. 2011, Painer, aff. C-145/10 ; CJUE, 29 juill. 2019, "
                "Spiegel Online, aff. C-516/17) ; {national}. En l'espèce, le client se prévaut "
                "de l'exception {exception_fr}, mais la photographie est publiée sans "
                "crédit : l'exception ne peut être utilement invoquée.",
                en="The quotation and news-reporting exceptions require the source, "
                "including the author's name, to be indicated unless impossible (Directive "
                "2001/29, art. 5(3)(c) and (d); CJEU, 1 Dec. 2011, Painer, C-145/10; CJEU, "
                "29 July 2019, Spiegel Online, C-516/17); {national}. Here the client "
                "invokes {exception_en} but the image is published without credit: the "
                "exception cannot succeed.",
            ),
        )
    },
)
def eu_exception_without_attribution(f, p):
    claimed = f["use.exception_claimed"]
    if claimed not in ("quotation", "news_reporting"):
        return not_applicable("no quotation or news-reporting exception is claimed")
    attributed = f["use.attribution_shown"]
    if attributed is None:
        return undetermined("use.attribution_shown")
    if attributed:
        return not_applicable("the author and source are credited")
    return applies(
        exception_fr=EXCEPTION_FR[claimed],
        exception_en=EXCEPTION_EN[claimed],
        national=by_law(NATIONAL_ATTRIBUTION, country(f["derived.law"])),
        conclusion=False,
    )


NATIONAL_ATTRIBUTION = {
    "FR": (
        "l'art. L. 122-5, 3°, du CPI exige que soient indiqués clairement le nom de l'auteur et "
        "la source",
        "Article L122-5 3° CPI requires the author's name and the source to be clearly indicated",
    ),
    "DE": (
        "le § 63 UrhG impose l'indication de la source",
        "§ 63 UrhG requires the source to be given",
    ),
}


@registry.rule(
    id="EU-EXC-02",
    question="exceptions",
    title=T(fr="Exception d'illustration de l'enseignement", en="Teaching exception"),
    jurisdictions=["EU"],
    basis=["eu-infosoc-art5-3", "fr-cpi-l122-5"],
    reads=["use.exception_claimed", "use.purpose", "use.monetised", "use.attribution_shown"],
    role="info",
    decides="exception_available",
    variants={
        "fails": Variant(
            outcome="favours_claimant",
            weight=0.7,
            summary=T(
                fr="L'exception d'illustration de l'enseignement ne peut être retenue : {why_fr}.",
                en="The teaching exception fails: {why_en}.",
            ),
            explanation=T(
                fr="L'exception d'illustration de l'enseignement ne couvre que l'utilisation "
                "à des fins exclusives d'illustration, dans la mesure justifiée par le but "
                "non commercial poursuivi, sous réserve d'indiquer la source, y compris le "
                "nom de l'auteur, à moins que cela ne s'avère impossible (directive "
                "2001/29/CE, art. 5, § 3, a) ; en droit français, art. L. 122-5, 3°, e), du "
                "CPI, dans ses limites propres). En l'espèce, {why_fr} : l'exception ne peut "
                "être retenue.",
                en="The teaching exception covers only use for the sole purpose of "
                "illustration, to the extent justified by the non-commercial purpose, with "
                "the source and the author's name indicated unless impossible (Directive "
                "2001/29, art. 5(3)(a); in France Article L122-5 3° e) CPI, within its "
                "limits). Here: {why_en}. The exception cannot succeed.",
            ),
        ),
        "to_check": Variant(
            outcome="neutral",
            weight=0.4,
            summary=T(
                fr="Utilisation non commerciale et créditée : le bénéfice de l'exception "
                "d'illustration de l'enseignement dépend encore des conditions posées par "
                "la loi nationale.",
                en="A non-commercial, credited use: the teaching exception remains to be "
                "checked against its national transposition.",
            ),
            explanation=T(
                fr="L'article 5, § 3, a), de la directive 2001/29/CE autorise l'utilisation "
                "à des fins exclusives d'illustration dans le cadre de l'enseignement, dans "
                "un but non commercial et sous réserve d'indiquer la source et le nom de "
                "l'auteur ; les États membres l'ont transposé plus strictement (en droit "
                "français, art. L. 122-5, 3°, e), du CPI, dans ses limites propres). En "
                "l'espèce, les conditions que le dossier permet de vérifier sont réunies ; "
                "restent à vérifier les limites posées par la loi nationale (public "
                "destinataire, étendue de l'extrait).",
                en="Article 5(3)(a) of Directive 2001/29 allows use for the sole purpose of "
                "illustration for teaching, for a non-commercial purpose and with the "
                "source and author indicated; Member States transpose it more narrowly (in "
                "France Article L122-5 3° e) CPI, within its limits). The conditions that can "
                "be checked here are met; the national limits (audience, extent) must "
                "still be checked.",
            ),
        ),
    },
)
def eu_teaching_exception(f, p):
    if f["use.exception_claimed"] != "teaching":
        return not_applicable("no teaching exception is claimed")
    purpose, monetised = f["use.purpose"], f["use.monetised"]
    attributed = f["use.attribution_shown"]
    why_fr, why_en = [], []
    if monetised or purpose in COMMERCIAL_PURPOSES:
        why_fr.append("l'utilisation poursuit un but commercial")
        why_en.append("the use is commercial")
    if attributed is False:
        why_fr.append("ni le nom de l'auteur ni la source ne sont mentionnés")
        why_en.append("neither the author nor the source is indicated")
    if why_fr:
        return applies(
            "fails", why_fr=" ; ".join(why_fr), why_en="; ".join(why_en), conclusion=False
        )
    missing = [
        name
        for name, value in (("use.monetised", monetised), ("use.attribution_shown", attributed))
        if value is None
    ]
    if missing:
        return undetermined(*missing)
    return applies("to_check")
