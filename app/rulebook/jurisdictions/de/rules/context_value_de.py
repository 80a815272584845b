"""Context of use under German law: what the use of an amateur photo is worth.

Sources: MFM: BGH I ZR 266/02 "Pressefotos", BGH I ZR 187/17
"Sportwagenfoto", OLG Köln 6 U 10/16.

The amount itself (reference fee, tiers, ratio) belongs to the amount rules; these rules
say what in the context of use weakens the claim or its amount.
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="DE-CONTEXT-02",
    question="context",
    title=T(
        fr="Photographie d'amateur ou simple cliché : barème MFM inapplicable",
        en="Amateur photo or snapshot: MFM rates do not apply",
    ),
    jurisdictions=["DE"],
    basis=["de-bgh-i-zr-187-17", "de-olg-koeln-6-u-10-16", "de-bgh-i-zr-266-02"],
    reads=["work.professional", "work.simple_photo", "letter.calculation_basis"],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="Le barème MFM ne s'applique pas à {photo_fr} : la redevance doit être "
                "évaluée bien en deçà.{mfm_fr}",
                en="The MFM rates do not apply to {photo_en}: the fee must be estimated "
                "far lower.{mfm_en}",
            ),
            explanation=T(
                fr="Le barème MFM ne peut servir que si une telle pratique tarifaire est "
                "établie (BGH, 6 oct. 2005, I ZR 266/02 « Pressefotos »), et seulement à "
                "titre exceptionnel, pour des photographies de professionnels, non reproductibles, "
                "avec factures à l'appui (OLG Köln, 11 janv. 2019, 6 U 10/16). Pour une "
                "photographie d'amateur utilisée sur internet, le BGH a approuvé une estimation de "
                "100 € au lieu des 450 € du barème (13 sept. 2018, I ZR 187/17 "
                "« Sportwagenfoto »). En l'espèce : {photo_fr}.{mfm_fr}",
                en="The MFM rates may be used only where such a pricing practice is "
                "established (BGH, 6 Oct. 2005, I ZR 266/02 'Pressefotos'), and only "
                "exceptionally, for professional, non-reproducible photos backed by "
                "invoices (OLG Köln, 11 Jan. 2019, 6 U 10/16). For an amateur photo used on "
                "the web the BGH upheld an estimate of EUR 100 instead of the table's EUR "
                "450 (13 Sept. 2018, I ZR 187/17 'Sportwagenfoto'). Here: {photo_en}.{mfm_en}",
            ),
        )
    },
    undetermined_text=T(
        fr="Il n'est pas établi que la photographie soit l'œuvre d'un professionnel.",
        en="Whether the photograph is a professional's work is unknown.",
    ),
)
def de_amateur_photo(f, p):
    professional, simple = f["work.professional"], f["work.simple_photo"]
    if professional is False:
        photo = ("une photographie d'amateur", "an amateur photo")
    elif simple:
        photo = ("un simple cliché sans choix créatifs", "a snapshot without creative choices")
    elif professional is None:
        return undetermined("work.professional")
    else:
        return not_applicable("a professional photo with creative choices")
    mfm = f["letter.calculation_basis"] == "mfm"
    return applies(
        photo_fr=photo[0],
        photo_en=photo[1],
        mfm_fr=" La demande repose précisément sur le barème MFM." if mfm else "",
        mfm_en=" The demand rests precisely on the MFM table." if mfm else "",
    )
