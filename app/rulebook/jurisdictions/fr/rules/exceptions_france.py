"""Exceptions under French law: an integral reproduction is never a short quotation;
parody.

Sources: Article L122-5 3° and 4° CPI, Cass. Ass. plén. 5 Nov. 1993;
Civ. 1 22 Jan. 1991; TGI Paris 26 Apr. 2002 AFP c/ Callot, Deckmyn [R]. How the exception rules fit together: see ``general/rules/_exceptions.py``.
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="FR-EXC-01",
    question="exceptions",
    title=T(
        fr="Reproduction intégrale de l'œuvre : l'exception de courte citation est exclue",
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
                fr="La photographie est reproduite dans son intégralité : l'exception de courte "
                "citation ne peut être invoquée.",
                en="The photograph is reproduced in full: that is not a short quotation.",
            ),
            explanation=T(
                fr="L'exception de courte citation (art. L. 122-5, 3°, a), du CPI) ne s'étend "
                "jamais à la reproduction intégrale d'une œuvre, quel qu'en soit le format, "
                "fût-il réduit (Cass. ass. plén., 5 nov. 1993, n° 92-10.673 ; Cass. 1re civ., "
                "22 janv. 1991, n° 89-15.617). En l'espèce, le client se prévaut de cette "
                "exception alors que la photographie est reproduite dans son intégralité : le "
                "moyen ne peut prospérer. Une photographie publiée en pleine page sur un site "
                "internet n'en relève pratiquement jamais.",
                en="The short-quotation exception (Article L122-5 3° a) CPI) never covers the "
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
    title=T(fr="Exception de parodie (art. L. 122-5, 4°, du CPI)", en="Parody exception"),
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
                fr="La photographie est reproduite telle quelle : le moyen tiré de l'exception "
                "de parodie ne peut prospérer.",
                en="The photograph is reproduced as it is: the parody plea fails.",
            ),
            explanation=T(
                fr="L'exception de parodie (art. L. 122-5, 4°, du CPI) n'est admise que "
                "« compte tenu des lois du genre » : intention humoristique, absence de "
                "risque de confusion avec l'œuvre parodiée, absence d'intention de nuire. Le "
                "moyen est écarté lorsque les photographies sont reproduites en tant que "
                "telles (TGI Paris, 26 avr. 2002, AFP c/ Callot). En l'espèce, la photographie "
                "n'a subi aucune transformation : l'exception ne peut être retenue.",
                en="The parody exception (Article L122-5 4° CPI) requires the 'laws of the "
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
                fr="La photographie a été transformée : l'exception de parodie peut être "
                "soutenue, sous réserve du respect des « lois du genre ».",
                en="The image was transformed: parody can be pleaded if the 'laws of the "
                "genre' are met.",
            ),
            explanation=T(
                fr="La parodie est licite « compte tenu des lois du genre » (art. L. 122-5, "
                "4°, du CPI) : intention humoristique, absence de risque de confusion avec "
                "l'œuvre parodiée, absence d'intention de nuire ; elle constitue une notion "
                "autonome du droit de l'Union (CJUE, gde ch., 3 sept. 2014, Deckmyn, "
                "aff. C-201/13). En l'espèce, la photographie a été transformée : le moyen peut "
                "être soutenu, à charge pour le client d'établir ces trois conditions.",
                en="Parody (Article L122-5 4° CPI) is allowed 'given the laws of the genre': a "
                "humorous aim, no risk of confusion with the work, no intent to harm; "
                "parody is an autonomous concept of EU law (CJEU (GC), 3 Sept. 2014, Deckmyn, "
                "C-201/13). Here the image was transformed: the plea can be made, but these "
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
