"""Title under UK law: the employer is the first owner of a photograph its employee took in
the course of employment (CDPA 1988, s.11(2)), so an agency's staff photographs need no
assignment from the photographer.
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._title_employee import employee_photograph
from app.services.rules.model import Text as T
from app.services.rules.model import Variant


@registry.rule(
    id="UK-TITLE-01",
    question="title",
    title=T(
        fr="Photographie d'un salarié : l'employeur est le premier titulaire (CDPA s.11(2))",
        en="An employee's photograph: the employer is first owner (CDPA s.11(2))",
    ),
    jurisdictions=["GB"],
    basis=["uk-cdpa-s11"],
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
                fr="La photographie a été prise par un salarié de {holder} : l'employeur en "
                "est le premier titulaire, sans cession du photographe ; demander la preuve "
                "du contrat de travail.",
                en="The photograph was taken by an employee of {holder}: the employer is its "
                "first owner, with no assignment from the photographer; ask for proof of the "
                "employment.",
            ),
            explanation=T(
                fr="Lorsqu'une œuvre artistique, photographie comprise, est réalisée par un "
                "salarié dans l'exercice de ses fonctions, l'employeur est le premier "
                "titulaire du droit d'auteur, sauf convention contraire (CDPA 1988, "
                "s.11(2)). En l'espèce, {holder} n'a donc pas à produire de cession du "
                "photographe, mais doit établir le lien de travail et que la photographie a "
                "été prise dans l'exercice des fonctions : un photographe indépendant, lui, "
                "reste titulaire sauf cession écrite (s.90(3)).",
                en="Where an artistic work, a photograph included, is made by an employee in "
                "the course of employment, the employer is first owner of the copyright, "
                "subject to any agreement to the contrary (CDPA 1988, s.11(2)). Here "
                "{holder} therefore need not produce an assignment from the photographer, "
                "but must show the employment and that the photograph was taken in the "
                "course of it: a freelance photographer keeps the copyright unless he "
                "assigned it in writing (s.90(3)).",
            ),
        )
    },
)
def uk_employer_first_owner(f, p):
    return employee_photograph(f)
