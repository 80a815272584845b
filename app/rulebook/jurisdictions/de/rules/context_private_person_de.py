"""Context of use under German law: the cap on a lawyer's fees for a warning sent to a
private person.

Sources: §97a(3) UrhG cap for private persons, LG Mannheim 2 S 2/19,
BGH I ZR 108/20 "Riptide II"; §104a UrhG venue, BGH I ZR 187/17 "Sportwagenfoto".

The amount itself (reference fee, tiers, ratio) belongs to the amount rules; these rules
say what in the context of use weakens the claim or its amount.
"""

from app.rulebook import registry
from app.rulebook.figures import whole_money
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

COMMERCIAL_PURPOSES = ("commercial", "advertising")


@registry.rule(
    id="DE-CONTEXT-01",
    question="context",
    title=T(
        fr="Particulier, usage non commercial : plafond du § 97a(3) UrhG",
        en="Private person, non-commercial use: § 97a(3) UrhG cap",
    ),
    jurisdictions=["DE"],
    basis=["de-urhg-97a", "de-lg-mannheim-2-s-2-19", "de-bgh-i-zr-108-20", "de-urhg-104a"],
    reads=["respondent.kind", "use.purpose", "use.monetised", "use.site_kind"],
    params=["fees.de.warning_value_cap"],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="Le client est un particulier agissant hors de toute activité "
                "commerciale : la valeur servant au calcul des honoraires d'avocat est "
                "plafonnée à {cap} par image, et seul le tribunal de son domicile est "
                "compétent.",
                en="The client is a private person acting outside any business: the value "
                "on which lawyer's fees are computed is capped at {cap} per image, and "
                "only the court of the client's residence has jurisdiction.",
            ),
            explanation=T(
                fr="Pour une personne physique qui n'utilise pas l'œuvre dans une activité "
                "commerciale ou professionnelle indépendante, la valeur de la demande de "
                "cessation retenue pour les honoraires d'avocat remboursables est plafonnée "
                "à {cap} (§ 97a(3) UrhG), sauf si ce plafond est inéquitable en l'espèce "
                "ou si le destinataire est déjà tenu par un engagement de cessation (point "
                "non vérifié ici). Le plafond s'applique par objet du litige, c'est-à-dire "
                "par photographie (LG Mannheim, 2 S 2/19, point à vérifier) ; il est "
                "conforme au droit de l'Union, et la clause d'équité ne l'écarte que si des "
                "circonstances particulières l'emportent (BGH, I ZR 108/20, « Riptide II », "
                "point à vérifier). Toute action contre ce client relève de la compétence "
                "exclusive du tribunal de son domicile (§ 104a UrhG). Réduire en conséquence "
                "les honoraires réclamés.",
                en="For a natural person not using the work in a commercial or independent "
                "professional activity, the value of the injunction claim used for the "
                "recoverable lawyer's fees is capped at {cap} (§ 97a(3) UrhG), unless "
                "the cap would be inequitable in the case or the recipient is already bound "
                "by a cease-and-desist undertaking (not checked here). The cap applies per "
                "subject-matter, i.e. per photo (LG Mannheim, 2 S 2/19, to be checked); it is compatible "
                "with EU law and the equity clause displaces it only if special "
                "circumstances outweigh the statutory criteria (BGH, I ZR 108/20 'Riptide "
                "II'). Any action against this client lies exclusively with the court of "
                "the client's residence (§ 104a UrhG). Cut the fees claimed accordingly.",
            ),
        )
    },
)
def de_private_person_cap(f, p):
    kind = f["respondent.kind"]
    if kind is None:
        return undetermined("respondent.kind")
    if kind != "individual":
        return not_applicable("the client is not a private individual")
    purpose, monetised = f["use.purpose"], f["use.monetised"]
    if purpose in COMMERCIAL_PURPOSES or monetised or f["use.site_kind"] == "online_shop":
        return not_applicable("the use is commercial")
    missing = [n for n, v in (("use.purpose", purpose), ("use.monetised", monetised)) if v is None]
    if missing:
        return undetermined(*missing)
    return applies(cap=whole_money(p["fees.de.warning_value_cap"], "EUR"))
