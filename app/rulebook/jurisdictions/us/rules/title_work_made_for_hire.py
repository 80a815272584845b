"""Title under US law: a photograph an employee took within the scope of employment is a
work made for hire, whose author is the employer (17 U.S.C. §§ 101 and 201(b)).
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._title_employee import employee_photograph
from app.services.rules.model import Text as T
from app.services.rules.model import Variant


@registry.rule(
    id="US-TITLE-01",
    question="title",
    title=T(
        fr="Photographie d'un salarié : œuvre créée dans le cadre de l'emploi (work made for "
        "hire, 17 U.S.C. § 201(b))",
        en="An employee's photograph: a work made for hire (17 U.S.C. § 201(b))",
    ),
    jurisdictions=["US"],
    basis=["us-17-201"],
    reads=[
        "letter.rights_holder",
        "letter.photographer",
        "title.chain_produced",
        "work.made_by_employee",
    ],
    role="info",
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.4,
            summary=T(
                fr="La photographie a été prise par un salarié de {holder} : c'est une "
                "œuvre réalisée dans le cadre de l'emploi (work made for hire), dont "
                "l'employeur est l'auteur ; demander la preuve du lien de travail.",
                en="The photograph was taken by an employee of {holder}: it is a work made "
                "for hire, whose author is the employer; ask for proof of the employment.",
            ),
            explanation=T(
                fr="L'œuvre réalisée par un salarié dans le cadre de son emploi est une « work "
                "made for hire » (17 U.S.C. § 101) dont l'employeur est réputé l'auteur et "
                "titulaire de tous les droits, sauf accord écrit contraire (§ 201(b)). En "
                "l'espèce, {holder} n'a donc pas à produire de cession du photographe, mais "
                "doit établir le lien de travail et le cadre de l'emploi : une commande à un "
                "photographe indépendant n'est une work made for hire que dans les "
                "catégories du § 101 et par un écrit signé.",
                en="A work prepared by an employee within the scope of employment is a work "
                "made for hire (17 U.S.C. § 101), whose employer is considered the author "
                "and owns all the rights unless otherwise agreed in writing (§ 201(b)). "
                "Here {holder} therefore need not produce an assignment from the "
                "photographer, but must show the employment and its scope: a commission to "
                "a freelance photographer is a work made for hire only in the categories "
                "of § 101 and by a signed writing.",
            ),
        )
    },
)
def us_work_made_for_hire(f, p):
    return employee_photograph(f)
