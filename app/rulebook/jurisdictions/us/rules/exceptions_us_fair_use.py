"""Exceptions under US law: fair use (17 U.S.C. § 107).

Sources: 17 U.S.C. § 107; Andy Warhol Found. for the Visual Arts v. Goldsmith, 598 U.S. 508
(2023) (the first factor: a commercial use with substantially the same purpose as the
photograph weighs against fair use, whatever new meaning it adds; commentary that targets
the original has a stronger justification); Brammer v. Violent Hues, 922 F.3d 255 (4th Cir.
2019). How the exception rules fit together: see ``general/rules/_exceptions.py``.
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._exceptions import COMMERCIAL_PURPOSES
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

BUSINESS_KINDS = ("company", "sole_trader")


def is_commercial(f) -> bool:
    """Monetised, for a commercial purpose, or by a business."""
    return bool(
        f["use.monetised"]
        or f["use.purpose"] in COMMERCIAL_PURPOSES
        or f["respondent.kind"] in BUSINESS_KINDS
    )


@registry.rule(
    id="US-EXC-01",
    question="exceptions",
    title=T(fr="Fair use (17 U.S.C. § 107)", en="Fair use (17 U.S.C. § 107)"),
    jurisdictions=["US"],
    basis=["us-17-107", "us-warhol-v-goldsmith", "us-brammer-v-violent-hues"],
    reads=[
        "use.exception_claimed",
        "use.transformative",
        "use.work_discussed",
        "use.purpose",
        "use.monetised",
        "respondent.kind",
        "work.professional",
        "letter.licence_offer",
    ],
    role="decisive",
    decides="exception_available",
    variants={
        "unlikely": Variant(
            outcome="favours_claimant",
            weight=0.75,
            summary=T(
                fr="Le fair use a peu de chances d'être retenu : {why_fr}.",
                en="Fair use unlikely: {why_en}.",
            ),
            explanation=T(
                fr="Le fair use s'apprécie selon quatre facteurs (but et caractère de "
                "l'usage, dont son caractère transformatif et commercial ; nature de "
                "l'œuvre ; part utilisée ; effet sur le marché). Une photographie recadrée "
                "sur le site d'un festival n'était pas un fair use : usage non "
                "transformatif et commercial même sans revenu direct, photographie créative, cœur "
                "de l'image repris, marché des licences atteint (Brammer v. Violent Hues, "
                "922 F.3d 255 (4th Cir. 2019)). Depuis l'arrêt Andy Warhol Foundation v. "
                "Goldsmith, 598 U.S. 508 (2023), le premier facteur s'apprécie au regard de "
                "l'usage litigieux lui-même : un usage commercial qui poursuit en substance "
                "le même but que la photographie ne le satisfait pas, quel que soit le sens "
                "nouveau qu'il lui prête. En l'espèce, {why_fr} : le moyen a peu de chances "
                "de prospérer.",
                en="Fair use weighs four factors (purpose and character of the use, "
                "including whether it is transformative and commercial; nature of the work; "
                "amount used; market effect). A cropped photograph on a festival website "
                "was not fair use: non-transformative and commercial even without direct "
                "revenue, a creative photo, the heart of the image taken, the licensing "
                "market harmed (Brammer v. Violent Hues, 922 F.3d 255 (4th Cir. 2019)). "
                "Since Andy Warhol Foundation v. Goldsmith, 598 U.S. 508 (2023), the first "
                "factor looks at the specific use complained of: a commercial use that "
                "serves substantially the same purpose as the photograph does not favour "
                "fair use, whatever new meaning it adds. Here {why_en}: the defence is "
                "unlikely to succeed.",
            ),
        ),
        "likely": Variant(
            outcome="favours_client",
            weight=0.55,
            summary=T(
                fr="Usage transformatif qui commente l'image elle-même : le fair use peut "
                "être sérieusement soutenu.",
                en="A transformative use commenting on the image itself: fair use is a "
                "serious defence.",
            ),
            explanation=T(
                fr="Le premier facteur du § 107 (but et caractère de l'usage) favorise "
                "l'usage qui poursuit un but distinct de celui de l'œuvre ; le commentaire, "
                "la critique ou la parodie qui visent l'œuvre elle-même justifient "
                "particulièrement l'emprunt, car ils ont besoin de l'évoquer (Andy Warhol "
                "Foundation v. Goldsmith, 598 U.S. 508 (2023)) ; l'arrêt Brammer v. Violent "
                "Hues (4th Cir. 2019) écarte le fair use précisément parce que l'usage "
                "n'était ni transformatif ni critique. En l'espèce, l'usage transforme "
                "l'image et la commente ({why_fr}) : il convient de contester, en développant les quatre "
                "facteurs.",
                en="The first § 107 factor (purpose and character) favours a use whose "
                "purpose is distinct from the work's; comment, criticism or parody that "
                "targets the work itself has a particular justification for borrowing, "
                "since it needs to conjure up the original (Andy Warhol Foundation v. "
                "Goldsmith, 598 U.S. 508 (2023)); Brammer v. Violent Hues (4th Cir. 2019) "
                "rejected fair use precisely because the use was neither transformative nor "
                "critical. Here the use transforms the image and comments on it "
                "({why_en}): contest, developing the four factors.",
            ),
        ),
        "doubtful": Variant(
            outcome="neutral",
            weight=0.4,
            summary=T(
                fr="Issue incertaine du fair use : {why_fr}.",
                en="Fair use uncertain: {why_en}.",
            ),
            explanation=T(
                fr="Les quatre facteurs du § 107 ne penchent clairement dans aucun sens : "
                "{why_fr}. Le moyen peut être soutenu, sans certitude (comparer Andy Warhol "
                "Foundation v. Goldsmith, 598 U.S. 508 (2023), et Brammer v. Violent Hues, "
                "4th Cir. 2019).",
                en="The four § 107 factors do not clearly point either way: {why_en}. The "
                "defence can be raised, without any guarantee (compare Andy Warhol "
                "Foundation v. Goldsmith, 598 U.S. 508 (2023), and Brammer v. Violent Hues, "
                "4th Cir. 2019).",
            ),
        ),
    },
)
def us_fair_use(f, p):
    claimed, transformative = f["use.exception_claimed"], f["use.transformative"]
    if claimed is None and transformative is not True:
        return not_applicable("no fair-use argument is raised and the use is not transformative")
    if transformative is None:
        return undetermined("use.transformative")
    if transformative:
        discussed = f["use.work_discussed"]
        if discussed or claimed == "parody":
            why = ("parodie", "parody") if claimed == "parody" else ("commentaire", "commentary")
            return applies("likely", why_fr=why[0], why_en=why[1], conclusion=True)
        if discussed is None:
            return undetermined("use.work_discussed")
        if is_commercial(f):
            return applies(
                "unlikely",
                why_fr="l'usage, commercial, ne commente pas la photographie : il en "
                "poursuit en substance le même but d'illustration, et le sens nouveau qu'il "
                "lui prête ne suffit pas",
                why_en="the use is commercial and does not comment on the photograph: it "
                "serves substantially the same illustrative purpose, and the new meaning it "
                "adds is not enough",
                conclusion=False,
            )
        return applies(
            "doubtful",
            why_fr="usage transformatif qui ne commente pas l'image elle-même",
            why_en="a transformative use that does not comment on the image itself",
        )
    monetised, purpose = f["use.monetised"], f["use.purpose"]
    commercial = is_commercial(f)
    market = bool(f["work.professional"] or f["letter.licence_offer"] is not None)
    if commercial or market:
        parts_fr, parts_en = ["l'usage n'est pas transformatif"], ["the use is not transformative"]
        if commercial:
            parts_fr.append("il est commercial")
            parts_en.append("it is commercial")
        if market:
            parts_fr.append("l'image fait l'objet d'un marché de licences")
            parts_en.append("the image has a licensing market")
        return applies(
            "unlikely",
            why_fr=", ".join(parts_fr[:-1]) + " et " + parts_fr[-1],
            why_en=", ".join(parts_en[:-1]) + " and " + parts_en[-1],
            conclusion=False,
        )
    missing = [
        name
        for name, value in (
            ("use.monetised", monetised),
            ("use.purpose", purpose),
            ("work.professional", f["work.professional"]),
        )
        if value is None
    ]
    if missing:
        return undetermined(*missing)
    return applies(
        "doubtful",
        why_fr="usage non transformatif mais non commercial",
        why_en="a non-transformative but non-commercial use",
    )
