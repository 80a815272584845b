"""Exceptions the client may invoke: quotation, news reporting, parody, teaching, fair use,
and the US hosting safe harbour.

An exception helps the client only when the client claims it (``use.exception_claimed``)
or the facts point to it (a transformative use in the US, user-uploaded content on a
platform); otherwise these rules do not apply. Every rule that says whether an exception
is available decides the same point, ``exception_available``; only one exception is
claimed at a time, and a rule that finds the exception failing never overlaps with one
that finds it available.

Sources: legal-notes §2.1 (CPI L122-5 3° and 4°), §2.7 (Cass. Ass. plén. 5 Nov. 1993;
Civ. 1 22 Jan. 1991; TGI Paris 26 Apr. 2002 AFP c/ Callot), §3.6 (§§ 51, 63 UrhG; BGH I ZR
212/10), §4.1 (InfoSoc art. 5(3)), §4.2 (Painer, Spiegel Online, Deckmyn [R]), §5 (17 USC
107, Brammer v Violent Hues; 17 USC 512(c), 37 CFR 201.38), §6 (CDPA s.30); candidates
FR-EXC-01, DE-EXC-01, UK-EXC-01, UK-EXC-02, US-EXC-01, EU-EXC-01, US-DMCA-01 (§11 F, K).
The notes do not cover an EU hosting safe harbour: no rule is given for it.
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

EXCEPTION_FR = {
    "quotation": "la courte citation",
    "news_reporting": "l'information sur l'actualité",
    "parody": "la parodie",
    "teaching": "l'illustration de l'enseignement",
    "incidental": "l'inclusion fortuite",
}
EXCEPTION_EN = {
    "quotation": "quotation",
    "news_reporting": "news reporting",
    "parody": "parody",
    "teaching": "illustration for teaching",
    "incidental": "incidental inclusion",
}
COMMERCIAL_PURPOSES = ("commercial", "advertising")
BUSINESS_KINDS = ("company", "sole_trader")


@registry.rule(
    id="EU-EXC-01",
    question="exceptions",
    title=T(
        fr="Citation ou information sans nom de l'auteur ni source",
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
    reads=["use.exception_claimed", "use.attribution_shown"],
    role="info",
    decides="exception_available",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.7,
            summary=T(
                fr="L'exception de {exception_fr} échoue : ni le nom de l'auteur ni la source "
                "ne sont indiqués.",
                en="The {exception_en} exception fails: neither the author's name nor the "
                "source is indicated.",
            ),
            explanation=T(
                fr="Les exceptions de citation et d'information sur l'actualité supposent "
                "que la source, y compris le nom de l'auteur, soit indiquée, sauf "
                "impossibilité (directive 2001/29, art. 5(3)(c) et (d) ; CJUE, 1er déc. "
                "2011, Painer, C-145/10 ; CJUE, 29 juill. 2019, Spiegel Online, C-516/17) ; "
                "en France, l'art. L122-5 3° CPI exige que le nom de l'auteur et la source "
                "soient clairement indiqués ; en Allemagne, le § 63 UrhG impose "
                "l'indication de la source. Ici le client invoque {exception_fr} mais "
                "l'image est publiée sans crédit : l'exception ne peut pas être retenue.",
                en="The quotation and news-reporting exceptions require the source, "
                "including the author's name, to be indicated unless impossible (Directive "
                "2001/29, art. 5(3)(c) and (d); CJEU, 1 Dec. 2011, Painer, C-145/10; CJEU, "
                "29 July 2019, Spiegel Online, C-516/17); in France art. L122-5 3° CPI "
                "requires the author's name and the source to be clearly indicated; in "
                "Germany § 63 UrhG requires the source to be given. Here the client "
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
        exception_fr=EXCEPTION_FR[claimed], exception_en=EXCEPTION_EN[claimed], conclusion=False
    )


@registry.rule(
    id="EU-EXC-02",
    question="exceptions",
    title=T(fr="Exception d'enseignement", en="Teaching exception"),
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
                fr="L'exception d'enseignement échoue : {why_fr}.",
                en="The teaching exception fails: {why_en}.",
            ),
            explanation=T(
                fr="L'exception d'illustration de l'enseignement ne couvre que l'usage à seule "
                "fin d'illustration, dans la mesure justifiée par le but non commercial "
                "poursuivi, la source et le nom de l'auteur étant indiqués sauf "
                "impossibilité (directive 2001/29, art. 5(3)(a) ; en France, art. L122-5 3° "
                "e) CPI, dans ses limites). Ici : {why_fr}. L'exception ne peut pas être "
                "retenue.",
                en="The teaching exception covers only use for the sole purpose of "
                "illustration, to the extent justified by the non-commercial purpose, with "
                "the source and the author's name indicated unless impossible (Directive "
                "2001/29, art. 5(3)(a); in France art. L122-5 3° e) CPI, within its "
                "limits). Here: {why_en}. The exception cannot succeed.",
            ),
        ),
        "to_check": Variant(
            outcome="neutral",
            weight=0.4,
            summary=T(
                fr="Usage non commercial et crédité : l'exception d'enseignement reste à "
                "vérifier au regard de sa transposition nationale.",
                en="A non-commercial, credited use: the teaching exception remains to be "
                "checked against its national transposition.",
            ),
            explanation=T(
                fr="L'article 5(3)(a) de la directive 2001/29 permet l'usage à seule fin "
                "d'illustration de l'enseignement, pour un but non commercial et avec "
                "indication de la source et de l'auteur ; les États membres le transposent "
                "de façon plus étroite (en France, art. L122-5 3° e) CPI, dans ses "
                "limites). Les conditions vérifiables ici sont réunies ; les limites "
                "nationales (public visé, étendue) doivent encore être vérifiées.",
                en="Article 5(3)(a) of Directive 2001/29 allows use for the sole purpose of "
                "illustration for teaching, for a non-commercial purpose and with the "
                "source and author indicated; Member States transpose it more narrowly (in "
                "France art. L122-5 3° e) CPI, within its limits). The conditions that can "
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
        why_fr.append("l'usage est commercial")
        why_en.append("the use is commercial")
    if attributed is False:
        why_fr.append("ni l'auteur ni la source ne sont indiqués")
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


@registry.rule(
    id="FR-EXC-01",
    question="exceptions",
    title=T(
        fr="Reproduction intégrale : jamais une courte citation",
        en="Integral reproduction is never a short quotation",
    ),
    jurisdictions=["FR"],
    basis=["fr-cpi-l122-5", "fr-cass-ass-plen-1993-11-05", "fr-cass-civ1-1991-01-22"],
    reads=["use.exception_claimed", "use.whole_work_reproduced"],
    role="info",
    decides="exception_available",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.8,
            summary=T(
                fr="La photographie est reproduite en entier : ce n'est pas une courte citation.",
                en="The photograph is reproduced in full: that is not a short quotation.",
            ),
            explanation=T(
                fr="L'exception de courte citation (art. L122-5 3° a) CPI) ne couvre jamais "
                "la reproduction intégrale d'une œuvre, quel qu'en soit le format, même "
                "réduite (Cass. Ass. plén., 5 nov. 1993, n° 92-10.673 ; Cass. 1re civ., 22 "
                "janv. 1991, n° 89-15.617). Ici le client invoque la citation alors que "
                "l'image est reproduite en entier : l'exception échoue. Une photographie "
                "publiée en pleine image sur un site n'en relève presque jamais.",
                en="The short-quotation exception (art. L122-5 3° a) CPI) never covers the "
                "integral reproduction of a work, whatever its format, even reduced (Cass. "
                "Ass. plén., 5 Nov. 1993, no. 92-10.673; Cass. 1re civ., 22 Jan. 1991, "
                "no. 89-15.617). Here the client invokes quotation while the image is "
                "reproduced in full: the exception fails. A full-frame photograph on a "
                "website almost never qualifies.",
            ),
        )
    },
)
def fr_integral_reproduction_not_quotation(f, p):
    if f["use.exception_claimed"] != "quotation":
        return not_applicable("no quotation exception is claimed")
    whole = f["use.whole_work_reproduced"]
    if whole is None:
        return undetermined("use.whole_work_reproduced")
    if not whole:
        return not_applicable("only part of the photograph is reproduced")
    return applies(conclusion=False)


@registry.rule(
    id="FR-EXC-02",
    question="exceptions",
    title=T(fr="Exception de parodie", en="Parody exception"),
    jurisdictions=["FR"],
    basis=["fr-cpi-l122-5", "fr-tgi-paris-2002-04-26-callot", "eu-cjeu-c-201-13-deckmyn"],
    reads=["use.exception_claimed", "use.transformative"],
    role="info",
    decides="exception_available",
    variants={
        "as_such": Variant(
            outcome="favours_claimant",
            weight=0.7,
            summary=T(
                fr="La photographie est reproduite telle quelle : le moyen tiré de la parodie "
                "échoue.",
                en="The photograph is reproduced as it is: the parody plea fails.",
            ),
            explanation=T(
                fr="L'exception de parodie (art. L122-5 4° CPI) suppose le respect des « lois "
                "du genre » : intention humoristique, absence de risque de confusion, "
                "absence d'intention de nuire. Le moyen échoue lorsque les photographies "
                "sont reproduites en tant que telles (TGI Paris, 26 avr. 2002, AFP c/ "
                "Callot). Ici l'image n'a pas été transformée : l'exception ne peut pas "
                "être retenue.",
                en="The parody exception (art. L122-5 4° CPI) requires the 'laws of the "
                "genre': humorous aim, no risk of confusion, no intent to harm. The plea "
                "fails where the photographs are reproduced as such (TGI Paris, 26 Apr. "
                "2002, AFP v. Callot). Here the image was not transformed: the exception "
                "cannot succeed.",
            ),
        ),
        "possible": Variant(
            outcome="neutral",
            weight=0.4,
            summary=T(
                fr="L'image a été transformée : la parodie est plaidable si les « lois du "
                "genre » sont respectées.",
                en="The image was transformed: parody can be pleaded if the 'laws of the "
                "genre' are met.",
            ),
            explanation=T(
                fr="La parodie (art. L122-5 4° CPI) est permise « compte tenu des lois du "
                "genre » : intention humoristique, absence de risque de confusion avec "
                "l'œuvre, absence d'intention de nuire ; la parodie est une notion autonome "
                "du droit de l'Union (CJUE, Deckmyn, C-201/13, à vérifier). Ici l'image a "
                "été transformée : le moyen est plaidable, mais ces trois conditions "
                "doivent être démontrées.",
                en="Parody (art. L122-5 4° CPI) is allowed 'given the laws of the genre': a "
                "humorous aim, no risk of confusion with the work, no intent to harm; "
                "parody is an autonomous concept of EU law (CJEU, Deckmyn, C-201/13, to be "
                "checked). Here the image was transformed: the plea can be made, but these "
                "three conditions must be shown.",
            ),
        ),
    },
)
def fr_parody(f, p):
    if f["use.exception_claimed"] != "parody":
        return not_applicable("no parody exception is claimed")
    transformed = f["use.transformative"]
    if transformed is None:
        return undetermined("use.transformative")
    if transformed:
        return applies("possible")
    return applies("as_such", conclusion=False)


@registry.rule(
    id="DE-EXC-01",
    question="exceptions",
    title=T(fr="Droit de citation (§ 51 UrhG)", en="Quotation right (§ 51 UrhG)"),
    jurisdictions=["DE"],
    basis=["de-urhg-51", "de-urhg-63", "de-bgh-i-zr-212-10"],
    reads=[
        "use.exception_claimed",
        "use.work_discussed",
        "use.purpose",
        "use.attribution_shown",
    ],
    role="decisive",
    decides="exception_available",
    variants={
        "fails": Variant(
            outcome="favours_claimant",
            weight=0.8,
            summary=T(
                fr="Pas de lien interne entre l'image et le propos du client ({why_fr}) : "
                "le droit de citation du § 51 UrhG échoue.",
                en="No inner connection between the image and the client's own text "
                "({why_en}): the § 51 UrhG quotation right fails.",
            ),
            explanation=T(
                fr="Le § 51 UrhG n'autorise la citation que dans un but de citation : l'œuvre "
                "citée doit servir de support ou de point de départ à la réflexion propre "
                "de l'utilisateur (lien interne, « Belegfunktion ») ; un usage seulement "
                "illustratif ou décoratif est exclu, et la source doit être indiquée (§ 63 "
                "UrhG ; BGH, I ZR 212/10 « Blühende Landschaften »). Ici : {why_fr}. "
                "L'exception ne peut pas être retenue.",
                en="§ 51 UrhG allows quotation only for a quotation purpose: the quoted work "
                "must support or be the starting point of the user's own discussion "
                "(inner connection, 'Belegfunktion'); a merely illustrative or decorative "
                "use is excluded, and the source must be given (§ 63 UrhG; BGH, I ZR "
                "212/10 'Blühende Landschaften'). Here: {why_en}. The exception cannot "
                "succeed.",
            ),
        ),
        "holds": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="Le texte du client discute l'image et en indique la source : le droit de "
                "citation du § 51 UrhG est invocable.",
                en="The client's text discusses the image and gives its source: the § 51 "
                "UrhG quotation right can be invoked.",
            ),
            explanation=T(
                fr="Le § 51 UrhG permet de citer une œuvre publiée lorsqu'elle sert"
                " de support à la réflexion propre de "
                "l'utilisateur (lien interne) et dans la mesure justifiée par ce but, la "
                "source étant indiquée (§ 63 UrhG ; BGH, I ZR 212/10). Ici le texte discute "
                "l'image elle-même et la source est indiquée : l'usage relève de la "
                "citation ; contester, en montrant le lien entre l'image et le propos.",
                en="§ 51 UrhG allows quoting a published work where it supports"
                " the user's own discussion (inner connection) and to the extent "
                "that purpose justifies, with the source given (§ 63 UrhG; BGH, I ZR "
                "212/10). Here the text discusses the image itself and the source is given: "
                "the use is a quotation; contest, showing the link between the image and "
                "the text.",
            ),
        ),
    },
)
def de_quotation(f, p):
    if f["use.exception_claimed"] != "quotation":
        return not_applicable("no quotation exception is claimed")
    discussed, purpose = f["use.work_discussed"], f["use.purpose"]
    if purpose == "decorative":
        return applies(
            "fails",
            why_fr="l'image est utilisée à titre décoratif",
            why_en="the image is used as decoration",
            conclusion=False,
        )
    if discussed is False:
        return applies(
            "fails",
            why_fr="le texte ne discute pas l'image",
            why_en="the text does not discuss the image",
            conclusion=False,
        )
    if discussed is None:
        return undetermined("use.work_discussed")
    attributed = f["use.attribution_shown"]
    if attributed is None:
        return undetermined("use.attribution_shown")
    if not attributed:
        return not_applicable("the source is not given (see EU-EXC-01, § 63 UrhG)")
    return applies("holds", conclusion=True)


@registry.rule(
    id="UK-EXC-01",
    question="exceptions",
    title=T(
        fr="Compte rendu d'actualité : les photographies sont exclues (CDPA s.30(2))",
        en="Reporting current events: photographs are excluded (CDPA s.30(2))",
    ),
    jurisdictions=["GB"],
    basis=["uk-cdpa-s30"],
    reads=["use.exception_claimed"],
    role="info",
    decides="exception_available",
    variants={
        "default": Variant(
            outcome="favours_claimant",
            weight=0.9,
            summary=T(
                fr="L'exception de compte rendu d'actualité ne couvre pas les photographies.",
                en="The news-reporting exception does not cover photographs.",
            ),
            explanation=T(
                fr="Au Royaume-Uni, l'utilisation équitable pour rendre compte de l'actualité "
                "(CDPA 1988, s.30(2)) exclut expressément les photographies. Ici le client "
                "invoque le compte rendu d'actualité pour une photographie : l'exception ne "
                "peut pas être retenue, quelle que soit la valeur d'information de l'image.",
                en="In the UK, fair dealing for reporting current events (CDPA 1988, s.30(2)) "
                "expressly excludes photographs. Here the client invokes news reporting "
                "for a photograph: the exception cannot succeed, whatever the news value "
                "of the image.",
            ),
        )
    },
)
def uk_news_reporting_excludes_photographs(f, p):
    if f["use.exception_claimed"] != "news_reporting":
        return not_applicable("no news-reporting exception is claimed")
    return applies(conclusion=False)


@registry.rule(
    id="UK-EXC-02",
    question="exceptions",
    title=T(
        fr="Critique, compte rendu ou citation (CDPA s.30(1) et (1ZA))",
        en="Criticism, review or quotation (CDPA s.30(1) and (1ZA))",
    ),
    jurisdictions=["GB"],
    basis=["uk-cdpa-s30"],
    reads=[
        "use.exception_claimed",
        "use.work_discussed",
        "use.purpose",
        "use.attribution_shown",
    ],
    role="decisive",
    decides="exception_available",
    variants={
        "fails": Variant(
            outcome="favours_claimant",
            weight=0.75,
            summary=T(
                fr="L'utilisation équitable pour critique ou citation échoue : {why_fr}.",
                en="Fair dealing for criticism or quotation fails: {why_en}.",
            ),
            explanation=T(
                fr="La critique ou le compte rendu (CDPA s.30(1)) et la citation (s.30(1ZA)) "
                "supposent une œuvre déjà mise à la disposition du public, une utilisation "
                "équitable, une étendue limitée à ce que le but exige et une mention "
                "suffisante de l'auteur et de l'œuvre (sauf impossibilité pour la "
                "citation). Ici : {why_fr}. L'exception ne peut pas être retenue.",
                en="Criticism or review (CDPA s.30(1)) and quotation (s.30(1ZA)) require a "
                "work already made available to the public, fair dealing, an extent no "
                "greater than the purpose requires and a sufficient acknowledgement (unless "
                "impossible, for quotation). Here: {why_en}. The exception cannot "
                "succeed.",
            ),
        ),
        "holds": Variant(
            outcome="favours_client",
            weight=0.55,
            summary=T(
                fr="Le texte critique ou discute l'image, avec mention suffisante : "
                "l'utilisation équitable (s.30(1)/(1ZA)) est invocable.",
                en="The text criticises or discusses the image, with a sufficient "
                "acknowledgement: fair dealing (s.30(1)/(1ZA)) can be invoked.",
            ),
            explanation=T(
                fr="La critique ou le compte rendu d'une œuvre mise à la disposition du "
                "public, avec mention suffisante, est une utilisation équitable (CDPA "
                "s.30(1)) ; la citation l'est aussi dans la mesure exigée par son but "
                "(s.30(1ZA)). Ici le texte discute l'image elle-même et la mentionne : "
                "contester, en sachant que le caractère équitable et l'étendue de "
                "l'utilisation restent appréciés par le juge.",
                en="Criticism or review of a work made available to the public, with a "
                "sufficient acknowledgement, is fair dealing (CDPA s.30(1)); so is "
                "quotation to the extent its purpose requires (s.30(1ZA)). Here the text "
                "discusses the image itself and acknowledges it: contest, bearing in mind "
                "that fairness and extent remain for the court to assess.",
            ),
        ),
    },
)
def uk_criticism_quotation(f, p):
    if f["use.exception_claimed"] != "quotation":
        return not_applicable("no quotation or criticism exception is claimed")
    discussed, purpose = f["use.work_discussed"], f["use.purpose"]
    attributed = f["use.attribution_shown"]
    why_fr, why_en = [], []
    if discussed is False or purpose == "decorative":
        why_fr.append("l'image n'est ni critiquée ni discutée, elle illustre")
        why_en.append("the image is neither criticised nor discussed, it illustrates")
    if attributed is False:
        why_fr.append("aucune mention suffisante de l'auteur")
        why_en.append("no sufficient acknowledgement")
    if why_fr:
        return applies(
            "fails", why_fr=" ; ".join(why_fr), why_en="; ".join(why_en), conclusion=False
        )
    missing = [
        name
        for name, value in (
            ("use.work_discussed", discussed),
            ("use.attribution_shown", attributed),
        )
        if value is None
    ]
    if missing:
        return undetermined(*missing)
    return applies("holds", conclusion=True)


@registry.rule(
    id="US-EXC-01",
    question="exceptions",
    title=T(fr="Fair use (17 U.S.C. § 107)", en="Fair use (17 U.S.C. § 107)"),
    jurisdictions=["US"],
    basis=["us-17-107", "us-brammer-v-violent-hues"],
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
                fr="Fair use peu probable : usage non transformatif et {why_fr}.",
                en="Fair use unlikely: a non-transformative use and {why_en}.",
            ),
            explanation=T(
                fr="Le fair use s'apprécie selon quatre facteurs (but et caractère de "
                "l'usage, dont son caractère transformatif et commercial ; nature de "
                "l'œuvre ; part utilisée ; effet sur le marché). Une photographie recadrée "
                "sur le site d'un festival n'était pas un fair use : usage non "
                "transformatif et commercial même sans revenu direct, photo créative, cœur "
                "de l'image repris, marché des licences atteint (Brammer v. Violent Hues, "
                "922 F.3d 255 (4th Cir. 2019)). Ici l'usage n'est pas transformatif et "
                "{why_fr} : le moyen a peu de chances de prospérer.",
                en="Fair use weighs four factors (purpose and character of the use, "
                "including whether it is transformative and commercial; nature of the work; "
                "amount used; market effect). A cropped photograph on a festival website "
                "was not fair use: non-transformative and commercial even without direct "
                "revenue, a creative photo, the heart of the image taken, the licensing "
                "market harmed (Brammer v. Violent Hues, 922 F.3d 255 (4th Cir. 2019)). "
                "Here the use is not transformative and {why_en}: the defence is unlikely "
                "to succeed.",
            ),
        ),
        "likely": Variant(
            outcome="favours_client",
            weight=0.55,
            summary=T(
                fr="Usage transformatif qui commente l'image elle-même : le fair use est "
                "sérieusement invocable.",
                en="A transformative use commenting on the image itself: fair use is a "
                "serious defence.",
            ),
            explanation=T(
                fr="Le premier facteur du § 107 (but et caractère de l'usage) favorise "
                "l'usage transformatif, notamment le commentaire, la critique ou la parodie "
                "de l'œuvre elle-même ; l'arrêt Brammer v. Violent Hues (4th Cir. 2019) "
                "écarte le fair use précisément parce que l'usage n'était ni transformatif "
                "ni critique. Ici l'usage transforme l'image et la commente ({why_fr}) : "
                "contester, en développant les quatre facteurs.",
                en="The first § 107 factor (purpose and character) favours a transformative "
                "use, such as comment, criticism or parody of the work itself; Brammer v. "
                "Violent Hues (4th Cir. 2019) rejected fair use precisely because the use "
                "was neither transformative nor critical. Here the use transforms the image "
                "and comments on it ({why_en}): contest, developing the four factors.",
            ),
        ),
        "doubtful": Variant(
            outcome="neutral",
            weight=0.4,
            summary=T(
                fr="Fair use incertain : {why_fr}.",
                en="Fair use uncertain: {why_en}.",
            ),
            explanation=T(
                fr="Les quatre facteurs du § 107 ne penchent clairement dans aucun sens : "
                "{why_fr}. Le moyen peut être soulevé, sans garantie (comparer Brammer v. "
                "Violent Hues, 4th Cir. 2019).",
                en="The four § 107 factors do not clearly point either way: {why_en}. The "
                "defence can be raised, without any guarantee (compare Brammer v. Violent "
                "Hues, 4th Cir. 2019).",
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
        return applies(
            "doubtful",
            why_fr="usage transformatif qui ne commente pas l'image elle-même",
            why_en="a transformative use that does not comment on the image itself",
        )
    monetised, purpose, kind = f["use.monetised"], f["use.purpose"], f["respondent.kind"]
    commercial = bool(monetised or purpose in COMMERCIAL_PURPOSES or kind in BUSINESS_KINDS)
    market = bool(f["work.professional"] or f["letter.licence_offer"] is not None)
    if commercial or market:
        parts_fr, parts_en = [], []
        if commercial:
            parts_fr.append("commercial")
            parts_en.append("commercial")
        if market:
            parts_fr.append("l'image a un marché de licences")
            parts_en.append("the image has a licensing market")
        return applies(
            "unlikely",
            why_fr=" ; ".join(parts_fr),
            why_en="; ".join(parts_en),
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


@registry.rule(
    id="US-DMCA-01",
    question="exceptions",
    title=T(
        fr="Safe harbor de l'hébergeur (17 U.S.C. § 512(c))",
        en="Hosting safe harbor (17 U.S.C. § 512(c))",
    ),
    jurisdictions=["US"],
    basis=["us-17-512", "us-37-cfr-201-38"],
    reads=[
        "use.platform_hosts_user_content",
        "use.uploaded_by_third_party",
        "use.dmca_agent_registered",
        "use.dmca_agent_registered_on",
        "use.first_used_on",
        "use.removed_promptly_on_notice",
    ],
    role="decisive",
    decides="safe_harbour",
    variants={
        "available": Variant(
            outcome="favours_client",
            weight=0.8,
            summary=T(
                fr="Contenu mis en ligne par un utilisateur, agent DMCA désigné le "
                "{registered_on}, retrait rapide sur notification : pas de responsabilité "
                "pécuniaire.",
                en="User-uploaded content, DMCA agent designated on {registered_on}, prompt "
                "removal on notice: no monetary liability.",
            ),
            explanation=T(
                fr="L'article 512(c) protège le prestataire pour les contenus stockés à la "
                "demande de ses utilisateurs, s'il a désigné un agent auprès du Copyright "
                "Office par le système électronique (37 C.F.R. § 201.38) et retire "
                "promptement le contenu notifié ; selon des praticiens, la protection ne "
                "court qu'à compter de la désignation (à vérifier). Ici l'image a été mise "
                "en ligne par un utilisateur, "
                "l'agent était désigné depuis le {registered_on} (avant le premier usage du "
                "{first_used}) et le retrait a été rapide. Les autres conditions de "
                "l'article 512(c) restent à vérifier. Contester toute demande pécuniaire.",
                en="Section 512(c) shields a service provider for content stored at the "
                "direction of its users, if it designated an agent with the Copyright "
                "Office through the electronic system (37 C.F.R. § 201.38) and removes "
                "notified content promptly; according to practitioners the shield runs only "
                "from the designation (to be checked). Here a user uploaded the image, the "
                "agent had been designated since "
                "{registered_on} (before the first use on {first_used}) and removal was "
                "prompt. The other conditions of section 512(c) remain to be checked. "
                "Contest any monetary demand.",
            ),
        ),
        "no_agent": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="Aucun agent DMCA désigné : le safe harbor du § 512(c) est indisponible.",
                en="No DMCA agent designated: the § 512(c) safe harbor is unavailable.",
            ),
            explanation=T(
                fr="Le safe harbor suppose un agent désigné auprès du Copyright Office "
                "(17 U.S.C. § 512(c)(2) ; 37 C.F.R. § 201.38). Ici aucun agent n'est "
                "désigné : le safe harbor ne peut pas être invoqué pour les contenus de ses "
                "utilisateurs.",
                en="The safe harbor requires an agent designated with the Copyright Office "
                "(17 U.S.C. § 512(c)(2); 37 C.F.R. § 201.38). Here no agent is designated: "
                "the safe harbor cannot be invoked for its users' uploads.",
            ),
        ),
        "late_agent": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="Agent DMCA désigné le {registered_on}, après le premier usage du "
                "{first_used} : le safe harbor ne couvrirait pas la période antérieure "
                "(à vérifier).",
                en="DMCA agent designated on {registered_on}, after the first use on "
                "{first_used}: the safe harbor would not cover the earlier period "
                "(to be checked).",
            ),
            explanation=T(
                fr="Selon des praticiens, la protection du § 512(c) ne court qu'à compter de "
                "la désignation de l'agent (37 C.F.R. § 201.38 ; à vérifier). Ici l'agent a "
                "été désigné le "
                "{registered_on}, après le premier usage du {first_used} : la période "
                "antérieure n'est pas couverte.",
                en="According to practitioners, the § 512(c) shield runs only from the agent's "
                "designation (37 C.F.R. § 201.38; to be checked). Here the agent was "
                "designated on {registered_on}, after the "
                "first use on {first_used}: the earlier period is not covered.",
            ),
        ),
        "no_takedown": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="Le contenu n'a pas été retiré promptement après notification : le safe "
                "harbor est perdu.",
                en="The content was not removed promptly on notice: the safe harbor is lost.",
            ),
            explanation=T(
                fr="Le § 512(c) exige le retrait prompt du contenu notifié. Ici le retrait "
                "n'a pas été prompt : le safe harbor ne peut pas être invoqué.",
                en="Section 512(c) requires prompt removal of notified content. Here removal "
                "was not prompt: the safe harbor cannot be invoked.",
            ),
        ),
    },
)
def us_dmca_safe_harbour(f, p):
    platform, third = f["use.platform_hosts_user_content"], f["use.uploaded_by_third_party"]
    if platform is False:
        return not_applicable("the site does not host user content")
    if third is False:
        return not_applicable("the client uploaded the image itself")
    if platform is None and third is None:
        return not_applicable("nothing points to user-uploaded content")
    if platform is None:
        return undetermined("use.platform_hosts_user_content")
    if third is None:
        return undetermined("use.uploaded_by_third_party")
    registered, registered_on = f["use.dmca_agent_registered"], f["use.dmca_agent_registered_on"]
    if registered is False and registered_on is None:
        return applies("no_agent", conclusion=False)
    if registered_on is None:
        return undetermined(
            "use.dmca_agent_registered_on" if registered else "use.dmca_agent_registered"
        )
    first = f["use.first_used_on"]
    if first is None:
        return undetermined("use.first_used_on")
    dates = {"registered_on": registered_on, "first_used": first}
    if registered_on > first:
        return applies("late_agent", conclusion=False, **dates)
    prompt = f["use.removed_promptly_on_notice"]
    if prompt is False:
        return applies("no_takedown", conclusion=False, **dates)
    if prompt is None:
        return undetermined("use.removed_promptly_on_notice")
    return applies("available", conclusion=True, **dates)
