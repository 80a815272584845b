"""Exceptions under German law beyond quotation: unessential accessory (§ 57 UrhG),
caricature, parody and pastiche (§ 51a UrhG) and reporting on current events (§ 50 UrhG).

Sources: UrhG §§ 50, 51a (inserted by the Act of 31 May 2021 adapting copyright to the
digital single market) and 57; CJEU (GC), 3 Sept. 2014, Deckmyn, C-201/13 (parody, an
autonomous concept of EU law). How the exception rules fit together: see
``general/rules/_exceptions.py``.
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="DE-EXC-02",
    question="exceptions",
    title=T(
        fr="Accessoire non essentiel (§ 57 UrhG)",
        en="Unessential accessory (§ 57 UrhG)",
    ),
    jurisdictions=["DE"],
    basis=["de-urhg-57"],
    reads=["use.exception_claimed", "use.work_in_background"],
    role="decisive",
    decides="exception_available",
    variants={
        "fails": Variant(
            outcome="favours_claimant",
            weight=0.8,
            summary=T(
                fr="La photographie est elle-même l'objet de la reproduction : elle n'est pas "
                "un accessoire non essentiel (§ 57 UrhG).",
                en="The photograph is itself the subject of the reproduction: it is not an "
                "unessential accessory (§ 57 UrhG).",
            ),
            explanation=T(
                fr="Le § 57 UrhG permet la reproduction et la communication d'une œuvre "
                "lorsqu'elle n'est qu'un accessoire non essentiel (« unwesentliches "
                "Beiwerk ») à côté de l'objet véritable de la reproduction. La jurisprudence "
                "l'entend strictement : l'œuvre doit pouvoir être retirée ou remplacée sans "
                "que l'observateur moyen le remarque ni que l'effet d'ensemble en soit "
                "modifié. En l'espèce, la photographie est reproduite pour elle-même : "
                "l'exception ne peut pas être retenue.",
                en="§ 57 UrhG allows reproducing and communicating a work that is merely an "
                "unessential accessory ('unwesentliches Beiwerk') beside the actual subject "
                "of the reproduction. Courts read it strictly: the work must be capable of "
                "being left out or replaced without the average viewer noticing and without "
                "any change to the overall effect. Here the photograph is reproduced for its "
                "own sake: the exception cannot succeed.",
            ),
        ),
        "possible": Variant(
            outcome="neutral",
            weight=0.4,
            summary=T(
                fr="La photographie n'apparaît qu'à l'arrière-plan d'une image du client : le "
                "§ 57 UrhG peut être soutenu, sous une appréciation stricte.",
                en="The photograph appears only in the background of the client's own image: "
                "§ 57 UrhG can be pleaded, under a strict test.",
            ),
            explanation=T(
                fr="Une œuvre qui n'est qu'un accessoire non essentiel de l'objet véritable "
                "de la reproduction peut être reproduite sans autorisation (§ 57 UrhG). "
                "L'accessoire doit toutefois être dépourvu de tout lien, même ténu, avec "
                "l'objet principal, et pouvoir être remplacé sans que l'effet d'ensemble "
                "change ; une œuvre choisie pour l'ambiance ou le style de l'image n'est plus "
                "un accessoire. En l'espèce, la photographie n'apparaît qu'à l'arrière-plan : "
                "le moyen peut être soutenu, en montrant son caractère fortuit et interchangeable.",
                en="A work that is merely an unessential accessory to the actual subject of "
                "the reproduction may be reproduced without consent (§ 57 UrhG). The "
                "accessory must however have no connection, however slight, with the main "
                "subject, and be replaceable without changing the overall effect; a work "
                "chosen for the mood or style of the image is no longer an accessory. Here "
                "the photograph appears only in the background: the plea can be made, "
                "showing that it is random and interchangeable.",
            ),
        ),
    },
)
def de_unessential_accessory(f, p):
    if f["use.exception_claimed"] != "incidental":
        return not_applicable("no incidental inclusion is claimed")
    background = f["use.work_in_background"]
    if background is None:
        return undetermined("use.work_in_background")
    if not background:
        return applies("fails", conclusion=False)
    return applies("possible")


@registry.rule(
    id="DE-EXC-03",
    question="exceptions",
    title=T(
        fr="Caricature, parodie et pastiche (§ 51a UrhG)",
        en="Caricature, parody and pastiche (§ 51a UrhG)",
    ),
    jurisdictions=["DE"],
    basis=["de-urhg-51a", "eu-cjeu-c-201-13-deckmyn"],
    reads=["use.exception_claimed", "use.transformative"],
    role="decisive",
    decides="exception_available",
    variants={
        "as_such": Variant(
            outcome="favours_claimant",
            weight=0.75,
            summary=T(
                fr="La photographie est reproduite telle quelle : le § 51a UrhG ne peut être "
                "invoqué.",
                en="The photograph is reproduced as it is: § 51a UrhG cannot be relied on.",
            ),
            explanation=T(
                fr="Le § 51a UrhG, issu de la loi du 31 mai 2021, permet d'utiliser une œuvre "
                "publiée à des fins de caricature, de parodie ou de pastiche. La parodie "
                "évoque l'œuvre tout en s'en distinguant de manière perceptible et exprime "
                "une raillerie ou un trait d'humour (CJUE, gde ch., 3 sept. 2014, Deckmyn, "
                "aff. C-201/13). En l'espèce, l'image n'a pas été transformée : l'exception ne "
                "peut pas être retenue.",
                en="§ 51a UrhG, inserted by the Act of 31 May 2021, allows using a published "
                "work for the purposes of caricature, parody or pastiche. A parody evokes "
                "the work while being noticeably different from it and expresses mockery or "
                "humour (CJEU (GC), 3 Sept. 2014, Deckmyn, C-201/13). Here the image was not "
                "transformed: the exception cannot succeed.",
            ),
        ),
        "possible": Variant(
            outcome="neutral",
            weight=0.4,
            summary=T(
                fr="L'image a été transformée : le § 51a UrhG peut être soutenu si la "
                "transformation raille, amuse ou dialogue avec l'œuvre.",
                en="The image was transformed: § 51a UrhG can be pleaded if the "
                "transformation mocks, amuses or engages with the work.",
            ),
            explanation=T(
                fr="Le § 51a UrhG permet la reproduction et la communication d'une œuvre "
                "publiée à des fins de caricature, de parodie ou de pastiche ; la parodie "
                "est une notion autonome du droit de l'Union (CJUE, gde ch., 3 sept. 2014, "
                "Deckmyn, aff. C-201/13), et la portée du pastiche reste discutée. En l'espèce, "
                "l'image a été transformée : le moyen peut être soutenu, mais la distance "
                "perceptible avec l'œuvre et le but de caricature, de parodie ou de pastiche "
                "doivent être démontrés, et la mise en balance des intérêts peut l'écarter.",
                en="§ 51a UrhG allows reproducing and communicating a published work for the "
                "purposes of caricature, parody or pastiche; parody is an autonomous concept "
                "of EU law (CJEU (GC), 3 Sept. 2014, Deckmyn, C-201/13), and the reach of "
                "pastiche is still debated. Here the image was transformed: the plea can be "
                "made, but the noticeable distance from the work and the aim of caricature, "
                "parody or pastiche must be shown, and the balancing of interests may defeat "
                "it.",
            ),
        ),
    },
)
def de_parody(f, p):
    if f["use.exception_claimed"] != "parody":
        return not_applicable("no parody exception is claimed")
    transformed = f["use.transformative"]
    if transformed is None:
        return undetermined("use.transformative")
    if transformed:
        return applies("possible")
    return applies("as_such", conclusion=False)


@registry.rule(
    id="DE-EXC-04",
    question="exceptions",
    title=T(
        fr="Compte rendu d'événements d'actualité (§ 50 UrhG)",
        en="Reporting on current events (§ 50 UrhG)",
    ),
    jurisdictions=["DE"],
    basis=["de-urhg-50", "de-urhg-63"],
    reads=[
        "use.exception_claimed",
        "use.work_perceptible_at_event",
        "use.attribution_shown",
        "work.kind",
    ],
    role="decisive",
    decides="exception_available",
    variants={
        "fails": Variant(
            outcome="favours_claimant",
            weight=0.75,
            summary=T(
                fr="La photographie illustre l'événement au lieu d'y avoir été montrée : le "
                "§ 50 UrhG ne la couvre pas.",
                en="The photograph illustrates the event rather than having been shown at "
                "it: § 50 UrhG does not cover it.",
            ),
            explanation=T(
                fr="Le § 50 UrhG permet, pour rendre compte d'un événement d'actualité, de "
                "reproduire les œuvres qui deviennent perceptibles au cours de cet événement "
                "(par exemple un tableau montré lors du vernissage dont on rend compte), "
                "dans la mesure commandée par ce but. Il ne permet pas de reprendre la "
                "photographie d'un tiers pour illustrer le compte rendu. En l'espèce, la "
                "photographie n'a pas été montrée lors de l'événement : l'exception ne peut "
                "pas être retenue (texte rappelé, point à vérifier dans sa version en vigueur).",
                en="§ 50 UrhG allows, for reporting on a current event, reproducing the works "
                "that become perceptible in the course of that event (such as a painting "
                "shown at the opening being reported), to the extent the purpose requires. "
                "It does not allow taking a third party's photograph to illustrate the "
                "report. Here the photograph was not shown at the event: the exception "
                "cannot succeed (text recalled, to be checked in its version in force).",
            ),
        ),
        "possible": Variant(
            outcome="favours_client",
            weight=0.45,
            summary=T(
                fr="La photographie a été montrée lors de l'événement rapporté : le § 50 "
                "UrhG peut être invoqué, dans la mesure commandée par le compte rendu.",
                en="The photograph was shown at the event reported: § 50 UrhG can be relied "
                "on, to the extent the report requires.",
            ),
            explanation=T(
                fr="Une œuvre qui devient perceptible au cours de l'événement d'actualité "
                "rapporté peut être reproduite dans la mesure commandée par le compte rendu, "
                "la source étant indiquée (§§ 50 et 63 UrhG). En l'espèce, la photographie a "
                "été montrée lors de l'événement et la source est indiquée : il convient de contester, en "
                "montrant le lien avec l'actualité et la mesure de la reprise (texte "
                "rappelé, point à vérifier dans sa version en vigueur).",
                en="A work that becomes perceptible in the course of the current event "
                "reported may be reproduced to the extent the report requires, with the "
                "source given (§§ 50 and 63 UrhG). Here the photograph was shown at the event "
                "and the source is given: contest, showing the link with the news and the "
                "extent taken (text recalled, to be checked in its version in force).",
            ),
        ),
    },
)
def de_reporting_current_events(f, p):
    if f["use.exception_claimed"] != "news_reporting":
        return not_applicable("no news-reporting exception is claimed")
    shown = f["use.work_perceptible_at_event"]
    if shown is None and f["work.kind"] == "news":
        shown = False
    if shown is None:
        return undetermined("use.work_perceptible_at_event")
    if not shown:
        return applies("fails", conclusion=False)
    attributed = f["use.attribution_shown"]
    if attributed is None:
        return undetermined("use.attribution_shown")
    if not attributed:
        return not_applicable("the source is not given (see EU-EXC-01, § 63 UrhG)")
    return applies("possible", conclusion=True)
