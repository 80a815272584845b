"""Procedure under German law: the exclusive venue at a private person's residence.

Source: § 104a UrhG (in force since 9 October 2013).
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined
from app.vocabulary import COMMERCIAL_PURPOSES


@registry.rule(
    id="DE-JUR-01",
    question="procedure",
    title=T(
        fr="Compétence territoriale exclusive du tribunal du domicile d'un particulier "
        "(§ 104a UrhG)",
        en="Exclusive venue at a private person's residence (§ 104a UrhG)",
    ),
    jurisdictions=["DE"],
    basis=["de-urhg-104a"],
    reads=["respondent.kind", "use.purpose", "use.monetised"],
    role="procedural",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.3,
            summary=T(
                fr="Le client est un particulier qui n'agit pas à titre professionnel : seul "
                "le tribunal de son domicile est compétent.",
                en="The client is a private person not acting commercially: only the court "
                "of its residence has jurisdiction.",
            ),
            explanation=T(
                fr="Les actions contre une personne physique qui n'utilise pas l'œuvre pour "
                "son activité commerciale ou professionnelle indépendante relèvent "
                "exclusivement du tribunal de son domicile (§ 104a UrhG, en vigueur depuis "
                "le 9 oct. 2013). En l'espèce, le client est un particulier et l'usage n'est ni "
                "commercial ni monétisé : le réclamant ne peut pas choisir un tribunal qui "
                "lui est favorable.",
                en="Actions against a natural person who does not use the work for a "
                "commercial or independent professional activity go exclusively to the "
                "court of that person's residence (§ 104a UrhG, in force since 9 Oct. "
                "2013). Here the client is a private person and the use is neither "
                "commercial nor monetised: the claimant cannot pick a favourable court.",
            ),
        )
    },
)
def de_private_person_venue(f, p):
    kind = f["respondent.kind"]
    if kind is None:
        return undetermined("respondent.kind")
    if kind != "individual":
        return not_applicable("the client is not a private individual")
    monetised, purpose = f["use.monetised"], f["use.purpose"]
    if monetised or purpose in COMMERCIAL_PURPOSES:
        return not_applicable("the use serves a commercial activity")
    if monetised is None:
        return undetermined("use.monetised")
    return applies()
