"""Exceptions under UK law beyond s.30: incidental inclusion (CDPA s.31), caricature, parody
or pastiche (s.30A) and illustration for instruction (s.32).

Sources: Copyright, Designs and Patents Act 1988, ss.30A, 31 and 32 (ss.30A and 32 in their
wording since 1 October 2014); Football Association Premier League v Panini [2003] EWCA Civ
995 (why the work was included decides whether it is incidental); CJEU (GC), 3 Sept. 2014,
Deckmyn, C-201/13 (parody), decided before 2021 and so binding on the IPEC and the High
Court (EU (Withdrawal) Act 2018 s.6). How the exception rules fit together: see
``general/rules/_exceptions.py``.
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._exceptions import COMMERCIAL_PURPOSES
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="UK-EXC-03",
    question="exceptions",
    title=T(
        fr="Inclusion fortuite (CDPA s.31)",
        en="Incidental inclusion (CDPA s.31)",
    ),
    jurisdictions=["GB"],
    basis=["uk-cdpa-s31", "uk-fapl-v-panini"],
    reads=["use.exception_claimed", "use.work_in_background", "use.purpose", "use.monetised"],
    role="decisive",
    decides="exception_available",
    variants={
        "fails": Variant(
            outcome="favours_claimant",
            weight=0.8,
            summary=T(
                fr="La photographie constitue elle-même le sujet de la page : l'exception "
                "d'inclusion fortuite (s.31) ne peut être invoquée.",
                en="The photograph is itself the subject of the page: incidental inclusion "
                "(s.31) cannot be relied on.",
            ),
            explanation=T(
                fr="L'article 31 du CDPA 1988 ne vise que l'inclusion fortuite d'une œuvre "
                "dans une autre œuvre artistique, un enregistrement sonore, un film ou une "
                "émission, telle une affiche visible à l'arrière-plan d'une vidéo. Le "
                "caractère fortuit s'apprécie au regard des raisons pour lesquelles l'œuvre "
                "a été incluse, y compris commerciales (Football Association Premier League "
                "v Panini [2003] EWCA Civ 995). En l'espèce, la photographie est reproduite "
                "pour elle-même : l'exception ne peut être retenue.",
                en="Section 31 of the CDPA 1988 covers only the incidental inclusion of a work "
                "in another artistic work, sound recording, film or broadcast, such as a "
                "poster visible in the background of a video. Whether the inclusion is "
                "incidental turns on why the work was included, commercial reasons included "
                "(Football Association Premier League v Panini [2003] EWCA Civ 995). Here the "
                "photograph is reproduced for its own sake: the exception cannot succeed.",
            ),
        ),
        "possible": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="La photographie n'apparaît qu'à l'arrière-plan d'une image du client : "
                "l'exception d'inclusion fortuite (s.31) peut être invoquée.",
                en="The photograph appears only in the background of the client's own image: "
                "incidental inclusion (s.31) can be relied on.",
            ),
            explanation=T(
                fr="L'inclusion fortuite d'une œuvre dans une œuvre artistique, un film ou une "
                "émission ne constitue pas une atteinte au droit d'auteur (CDPA 1988, s.31). "
                "En l'espèce, la photographie n'apparaît qu'à l'arrière-plan d'une image du "
                "client, dont elle n'est pas le sujet, et l'utilisation n'est pas "
                "commerciale : il convient de contester la réclamation en expliquant "
                "pourquoi la photographie se trouvait dans le champ ; une inclusion "
                "recherchée pour sa valeur commerciale ou esthétique ne serait pas fortuite "
                "(Football Association Premier League v Panini [2003] EWCA Civ 995).",
                en="Copyright is not infringed by the incidental inclusion of a work in an "
                "artistic work, film or broadcast (CDPA 1988, s.31). Here the photograph "
                "appears only in the background of the client's own image, not as its "
                "subject, in a non-commercial use: contest, explaining why it was in the "
                "frame; an inclusion chosen for its commercial or aesthetic value would not "
                "be incidental (Football Association Premier League v Panini [2003] EWCA Civ "
                "995).",
            ),
        ),
        "doubtful": Variant(
            outcome="neutral",
            weight=0.35,
            summary=T(
                fr="La photographie apparaît à l'arrière-plan d'une image exploitée à des fins "
                "commerciales : le caractère fortuit de son inclusion (s.31) est discutable.",
                en="The photograph appears in the background of an image used commercially: "
                "whether its inclusion is incidental (s.31) is debatable.",
            ),
            explanation=T(
                fr="L'inclusion d'une œuvre à l'arrière-plan n'est fortuite que si elle n'a "
                "pas été recherchée ; celle qui sert la valeur commerciale de l'image ne "
                "l'est pas (Football Association Premier League v Panini [2003] EWCA Civ "
                "995, rendu sur le CDPA 1988, s.31). En l'espèce, l'image du client poursuit "
                "un but commercial : le moyen peut être soulevé, mais son succès est "
                "incertain.",
                en="A work in the background is incidentally included only if its inclusion "
                "was not sought; an inclusion that serves the commercial value of the image "
                "is not incidental (Football Association Premier League v Panini [2003] EWCA "
                "Civ 995, on CDPA 1988, s.31). Here the client's image serves a commercial "
                "purpose: the defence can be raised, without any assurance.",
            ),
        ),
    },
)
def uk_incidental_inclusion(f, p):
    if f["use.exception_claimed"] != "incidental":
        return not_applicable("no incidental inclusion is claimed")
    background = f["use.work_in_background"]
    if background is None:
        return undetermined("use.work_in_background")
    if not background:
        return applies("fails", conclusion=False)
    if f["use.monetised"] or f["use.purpose"] in COMMERCIAL_PURPOSES:
        return applies("doubtful")
    return applies("possible", conclusion=True)


@registry.rule(
    id="UK-EXC-04",
    question="exceptions",
    title=T(
        fr="Caricature, parodie ou pastiche (CDPA s.30A)",
        en="Caricature, parody or pastiche (CDPA s.30A)",
    ),
    jurisdictions=["GB"],
    basis=["uk-cdpa-s30a", "eu-cjeu-c-201-13-deckmyn"],
    reads=["use.exception_claimed", "use.transformative"],
    role="decisive",
    decides="exception_available",
    variants={
        "as_such": Variant(
            outcome="favours_claimant",
            weight=0.75,
            summary=T(
                fr="La photographie est reproduite telle quelle : l'exception de parodie "
                "(s.30A) ne peut être invoquée.",
                en="The photograph is reproduced as it is: parody (s.30A) cannot be relied on.",
            ),
            explanation=T(
                fr="Le fair dealing à des fins de caricature, de parodie ou de pastiche (CDPA "
                "1988, s.30A) suppose une œuvre qui évoque l'œuvre existante tout en "
                "présentant avec elle des différences perceptibles, et qui constitue une "
                "manifestation d'humour ou une raillerie (CJUE, gde ch., 3 sept. 2014, "
                "Deckmyn, aff. C-201/13, arrêt antérieur à 2021 qui lie l'IPEC et la High Court). "
                "En l'espèce, la photographie n'a subi aucune transformation : l'exception "
                "ne peut être retenue (texte de la s.30A non revérifié : point à vérifier "
                "dans sa version en vigueur).",
                en="Fair dealing for the purposes of caricature, parody or pastiche (CDPA "
                "1988, s.30A) requires a work that evokes the existing work while being "
                "noticeably different from it, and expresses mockery or humour (CJEU (GC), "
                "3 Sept. 2014, Deckmyn, C-201/13, decided before 2021 and binding on the IPEC "
                "and the High Court). Here the image was not transformed: the exception "
                "cannot succeed (s.30A recalled, its text to be checked in the version in "
                "force).",
            ),
        ),
        "possible": Variant(
            outcome="neutral",
            weight=0.4,
            summary=T(
                fr="La photographie a été transformée : l'exception de parodie (s.30A) peut "
                "être soutenue si l'œuvre nouvelle raille ou amuse et si l'utilisation "
                "demeure équitable.",
                en="The image was transformed: parody (s.30A) can be pleaded if it mocks or "
                "amuses and the dealing remains fair.",
            ),
            explanation=T(
                fr="L'article 30A du CDPA 1988 autorise le fair dealing d'une œuvre à des "
                "fins de caricature, de parodie ou de pastiche. La parodie évoque une œuvre "
                "existante tout en présentant avec elle des différences perceptibles, et "
                "constitue une manifestation d'humour ou une raillerie (CJUE, gde ch., 3 "
                "sept. 2014, Deckmyn, aff. C-201/13). En l'espèce, la photographie a été "
                "transformée : le moyen peut être soutenu, mais il appartiendra au client "
                "d'établir l'intention parodique et le caractère équitable de l'utilisation, "
                "au regard de l'étendue de l'emprunt et de la concurrence faite à l'œuvre "
                "(texte de la s.30A non revérifié : point à vérifier dans sa version en "
                "vigueur).",
                en="Section 30A of the CDPA 1988 allows fair dealing with a work for the "
                "purposes of caricature, parody or pastiche. A parody evokes the work while "
                "being noticeably different from it and expresses mockery or humour (CJEU "
                "(GC), 3 Sept. 2014, Deckmyn, C-201/13). Here the image was transformed: the "
                "plea can be made, but the parodic aim and the fairness of the dealing "
                "(extent taken, competition with the work) must be shown (s.30A recalled, its "
                "text to be checked in the version in force).",
            ),
        ),
    },
)
def uk_parody(f, p):
    if f["use.exception_claimed"] != "parody":
        return not_applicable("no parody exception is claimed")
    transformed = f["use.transformative"]
    if transformed is None:
        return undetermined("use.transformative")
    if transformed:
        return applies("possible")
    return applies("as_such", conclusion=False)


@registry.rule(
    id="UK-EXC-05",
    question="exceptions",
    title=T(
        fr="Illustration à des fins d'enseignement (CDPA s.32)",
        en="Illustration for instruction (CDPA s.32)",
    ),
    jurisdictions=["GB"],
    basis=["uk-cdpa-s32"],
    reads=["use.exception_claimed", "use.purpose", "use.monetised", "use.attribution_shown"],
    role="decisive",
    decides="exception_available",
    variants={
        "fails": Variant(
            outcome="favours_claimant",
            weight=0.75,
            summary=T(
                fr="L'exception d'illustration à des fins d'enseignement (s.32) ne peut être "
                "retenue : {why_fr}.",
                en="The illustration-for-instruction exception (s.32) fails: {why_en}.",
            ),
            explanation=T(
                fr="L'article 32 du CDPA 1988 ne couvre que le fair dealing à seule fin "
                "d'illustration dans le cadre d'un enseignement, dans un but non commercial, "
                "par une personne qui dispense ou reçoit cet enseignement, avec une mention "
                "suffisante de l'auteur et de l'œuvre, sauf impossibilité. En l'espèce, "
                "{why_fr} : l'exception ne peut être retenue (texte de la s.32 non "
                "revérifié : point à vérifier dans sa version en vigueur).",
                en="Section 32 of the CDPA 1988 covers only fair dealing for the sole purpose "
                "of illustration for instruction, for a non-commercial purpose, by a person "
                "giving or receiving instruction, with a sufficient acknowledgement unless "
                "impossible. Here: {why_en}. The exception cannot succeed (s.32 recalled, its "
                "text to be checked in the version in force).",
            ),
        ),
        "possible": Variant(
            outcome="favours_client",
            weight=0.45,
            summary=T(
                fr="Utilisation pédagogique, non commerciale et créditée : l'exception de "
                "l'article 32 du CDPA peut être invoquée.",
                en="A teaching use, non-commercial and credited: the s.32 CDPA exception can "
                "be relied on.",
            ),
            explanation=T(
                fr="Le fair dealing d'une œuvre à seule fin d'illustration dans le cadre d'un "
                "enseignement, dans un but non commercial, par celui qui dispense ou reçoit "
                "cet enseignement et avec une mention suffisante, ne porte pas atteinte au "
                "droit d'auteur (CDPA 1988, s.32). En l'espèce, ces conditions paraissent "
                "réunies : il convient de contester la réclamation en établissant le cadre "
                "pédagogique et le caractère équitable de l'utilisation ; une photographie "
                "reproduite en entier et mise en ligne sans restriction d'accès s'y prête "
                "mal (texte de la s.32 non revérifié : point à vérifier dans sa version en "
                "vigueur).",
                en="Fair dealing with a work for the sole purpose of illustration for "
                "instruction, non-commercial, by a person giving or receiving instruction "
                "and with a sufficient acknowledgement, does not infringe copyright (CDPA "
                "1988, s.32). Here these conditions appear to be met: contest, showing the "
                "teaching context and the fairness of the dealing (a whole photograph put "
                "online without access restriction fits it poorly; s.32 recalled, its text to "
                "be checked in the version in force).",
            ),
        ),
    },
)
def uk_illustration_for_instruction(f, p):
    if f["use.exception_claimed"] != "teaching":
        return not_applicable("no teaching exception is claimed")
    purpose, monetised = f["use.purpose"], f["use.monetised"]
    attributed = f["use.attribution_shown"]
    why_fr, why_en = [], []
    if monetised or purpose in COMMERCIAL_PURPOSES:
        why_fr.append("l'utilisation poursuit un but commercial")
        why_en.append("the use is commercial")
    elif purpose is not None and purpose != "teaching":
        why_fr.append("la photographie n'illustre aucun enseignement")
        why_en.append("the image does not illustrate instruction")
    if attributed is False:
        why_fr.append("l'auteur n'est pas mentionné de manière suffisante")
        why_en.append("no sufficient acknowledgement")
    if why_fr:
        return applies(
            "fails", why_fr=" ; ".join(why_fr), why_en="; ".join(why_en), conclusion=False
        )
    missing = [
        name
        for name, value in (
            ("use.purpose", purpose),
            ("use.monetised", monetised),
            ("use.attribution_shown", attributed),
        )
        if value is None
    ]
    if missing:
        return undetermined(*missing)
    return applies("possible", conclusion=True)
