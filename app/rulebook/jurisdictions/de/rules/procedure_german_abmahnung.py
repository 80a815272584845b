"""Procedure: the formal requirements of a German warning letter (Abmahnung) and the
undertaking it demands.

Sources: § 97a(2)-(4) UrhG (DE-ABMAHNUNG-01 and -02 rest on § 97a(2) nos. 1 and 4). A
Copytrack "Berechtigungsanfrage" is not a classic Abmahnung; the answer to an Abmahnung is
often a modified undertaking.

The three § 97a(2) rules decide the same point (``abmahnung_effective``) and never
disagree: each only finds a defect.
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

DAMAGE_KINDS = frozenset({"licence_fee", "damages", "surcharge"})
COST_KINDS = frozenset({"processing_fee", "documentation_fee", "legal_fees"})

ABMAHNUNG_READS = ["letter.sent_by_lawyer", "letter.agency"]
ABMAHNUNG_BASIS = ["de-urhg-97a"]

INEFFECTIVE_FR = (
    "L'avertissement qui ne satisfait pas aux exigences du § 97a(2) UrhG est inefficace "
    "(unwirksam) : les frais qu'il a occasionnés ne sont pas remboursables (§ 97a(3)) et son "
    "destinataire peut réclamer le remboursement des frais nécessaires à sa défense "
    "(§ 97a(4))."
)
INEFFECTIVE_EN = (
    "A warning that does not comply with § 97a(2) is ineffective ('unwirksam'): its costs "
    "cannot be recovered (§ 97a(3)) and the recipient may claim the costs of the defence "
    "(§ 97a(4))."
)


def _lawyer_warning(f):
    """Whether the letter is a lawyer's warning letter: ``letter.sent_by_lawyer``, or a
    law firm as sender when that is not stated."""
    by_lawyer = f["letter.sent_by_lawyer"]
    if by_lawyer is None and f["letter.agency"] == "law_firm":
        return True
    return by_lawyer


def _abmahnung(f, **values):
    """Apply a § 97a(2) defect if the letter is a lawyer's Abmahnung."""
    lawyer = _lawyer_warning(f)
    if lawyer is False:
        return not_applicable(
            "not a lawyer's warning letter: a collector's payment request (e.g. Copytrack's "
            "Berechtigungsanfrage) is not a classic Abmahnung"
        )
    if lawyer is None:
        return undetermined("letter.sent_by_lawyer")
    return applies(conclusion=False, **values)


@registry.rule(
    id="DE-AMOUNT-03",
    question="procedure",
    title=T(
        fr="Abmahnung sans ventilation entre dommages-intérêts et frais (§ 97a(2) n° 3 UrhG)",
        en="Abmahnung without a damages / costs breakdown (§ 97a(2) no. 3 UrhG)",
    ),
    jurisdictions=["DE"],
    basis=ABMAHNUNG_BASIS,
    reads=[*ABMAHNUNG_READS, "letter.breakdown", "letter.amount_demanded"],
    role="mitigating",
    decides="abmahnung_effective",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="L'Abmahnung réclame {how_fr} sans distinguer les dommages-intérêts des "
                "frais : elle est inefficace.",
                en="The Abmahnung claims {how_en} without separating damages from costs: it "
                "is ineffective.",
            ),
            explanation=T(
                fr="L'avertissement (Abmahnung) doit ventiler, de manière claire et "
                "intelligible, les sommes réclamées entre dommages-intérêts et remboursement "
                "de frais (§ 97a(2) n° 3 UrhG) ; une offre forfaitaire non ventilée ne suffit "
                "pas (selon les commentaires de praticiens). " + INEFFECTIVE_FR + " En "
                "l'espèce, l'avocat réclame {how_fr} : refuser la prise en charge de ses "
                "honoraires et envisager une demande reconventionnelle en remboursement des "
                "frais de défense.",
                en="The warning must, clearly and intelligibly, break payment claims down "
                "into damages and reimbursement of costs (§ 97a(2) no. 3 UrhG); a lump-sum "
                "offer without a breakdown is not enough (practitioner commentary). "
                + INEFFECTIVE_EN
                + " Here the lawyer claims {how_en}: refuse the legal "
                "costs and consider the counter-claim.",
            ),
        )
    },
)
def de_abmahnung_no_breakdown(f, p):
    breakdown = f["letter.breakdown"]
    if breakdown is None:
        if f["letter.amount_demanded"] is None:
            return not_applicable("no payment claim is known")
        if _lawyer_warning(f) is False:
            return not_applicable("not a lawyer's warning letter")
        return undetermined("letter.breakdown")
    if breakdown:
        kinds = {item["kind"] for item in breakdown}
        if kinds & (DAMAGE_KINDS | COST_KINDS):
            return not_applicable("the payment claim is itemised")
        how = ("des sommes dont la nature n'est pas précisée", "unqualified items")
    else:
        if f["letter.amount_demanded"] is None:
            return not_applicable("no payment claim is known")
        how = ("une somme forfaitaire", "a lump sum")
    return _abmahnung(f, how_fr=how[0], how_en=how[1])


@registry.rule(
    id="DE-ABMAHNUNG-01",
    question="procedure",
    title=T(
        fr="Abmahnung ne désignant pas la partie lésée (§ 97a(2) n° 1 UrhG)",
        en="Abmahnung not naming the injured party (§ 97a(2) no. 1 UrhG)",
    ),
    jurisdictions=["DE"],
    basis=ABMAHNUNG_BASIS,
    reads=[*ABMAHNUNG_READS, "letter.injured_party_named", "letter.rights_holder"],
    role="mitigating",
    decides="abmahnung_effective",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="L'Abmahnung de l'avocat ne désigne pas la partie lésée : elle est inefficace.",
                en="The lawyer's Abmahnung does not name the injured party: it is ineffective.",
            ),
            explanation=T(
                fr="L'avertissement (Abmahnung) adressé par un représentant doit désigner la "
                "partie lésée (§ 97a(2) n° 1 UrhG). " + INEFFECTIVE_FR + " En l'espèce, la "
                "lettre ne désigne pas le titulaire des droits pour le compte duquel elle est "
                "envoyée : refuser les frais et demander l'identité du mandant.",
                en="Where a representative sends the warning, it must name the injured party "
                "(§ 97a(2) no. 1 UrhG). " + INEFFECTIVE_EN + " Here the letter does not "
                "name the rights holder on whose behalf it is sent: refuse the costs and "
                "ask who the principal is.",
            ),
        )
    },
)
def de_abmahnung_injured_party(f, p):
    if f["letter.rights_holder"]:
        return not_applicable("the letter names the rights holder")
    named = f["letter.injured_party_named"]
    if named:
        return not_applicable("the injured party is named")
    if named is None:
        if _lawyer_warning(f) is False:
            return not_applicable("not a lawyer's warning letter")
        return undetermined("letter.injured_party_named")
    return _abmahnung(f)


@registry.rule(
    id="DE-ABMAHNUNG-02",
    question="procedure",
    title=T(
        fr="Engagement de cessation plus large que l'atteinte, sans que la lettre le précise "
        "(§ 97a(2) n° 4 UrhG)",
        en="Undertaking broader than the infringement, unstated (§ 97a(2) no. 4)",
    ),
    jurisdictions=["DE"],
    basis=ABMAHNUNG_BASIS,
    reads=[
        *ABMAHNUNG_READS,
        "letter.undertaking_demanded",
        "letter.undertaking_broader_than_infringement",
        "letter.undertaking_excess_stated",
    ],
    role="mitigating",
    decides="abmahnung_effective",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="L'engagement de cessation exigé excède l'atteinte reprochée sans que la "
                "lettre le précise : l'Abmahnung est inefficace.",
                en="The undertaking demanded goes beyond the infringement and the letter does "
                "not say so: the Abmahnung is ineffective.",
            ),
            explanation=T(
                fr="L'avertissement (Abmahnung) qui exige un engagement de cessation doit "
                "préciser dans quelle mesure celui-ci excède l'atteinte reprochée (§ 97a(2) "
                "n° 4 UrhG). " + INEFFECTIVE_FR + " En l'espèce, l'engagement pré-rédigé "
                "excède l'atteinte et la lettre ne le signale pas.",
                en="If the warning demands a cease-and-desist undertaking, it must state how "
                "far the undertaking goes beyond the alleged infringement (§ 97a(2) no. 4 "
                "UrhG). " + INEFFECTIVE_EN + " Here the pre-formulated undertaking goes "
                "beyond the infringement and the letter does not say so.",
            ),
        )
    },
)
def de_abmahnung_undertaking_scope(f, p):
    if f["letter.undertaking_demanded"] is not True:
        return not_applicable("no cease-and-desist undertaking is known to be demanded")
    broader = f["letter.undertaking_broader_than_infringement"]
    if broader is False:
        return not_applicable("the undertaking does not go beyond the infringement")
    stated = f["letter.undertaking_excess_stated"]
    if stated:
        return not_applicable("the letter states how far the undertaking goes beyond")
    missing = [
        name
        for name, value in (
            ("letter.undertaking_broader_than_infringement", broader),
            ("letter.undertaking_excess_stated", stated),
        )
        if value is None
    ]
    if missing:
        if _lawyer_warning(f) is False:
            return not_applicable("not a lawyer's warning letter")
        return undetermined(*missing)
    return _abmahnung(f)


@registry.rule(
    id="DE-LETTER-01",
    question="procedure",
    title=T(
        fr="Ne pas signer l'engagement de cessation pré-rédigé",
        en="Do not sign the pre-formulated undertaking",
    ),
    jurisdictions=["DE"],
    basis=["de-urhg-97a"],
    reads=["letter.undertaking_demanded", "letter.undertaking_broader_than_infringement"],
    role="procedural",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.4,
            summary=T(
                fr="L'engagement de cessation pré-rédigé excède l'atteinte : ne pas le signer "
                "en l'état et proposer un engagement de cessation modifié.",
                en="The pre-formulated undertaking goes beyond the infringement: do not sign "
                "it as it stands; offer a modified undertaking.",
            ),
            explanation=T(
                fr="Rien n'oblige à signer le modèle joint à l'Abmahnung, souvent trop large ; "
                "un engagement de cessation modifié suffit s'il écarte le risque de récidive, par exemple "
                "limité à l'image et à l'utilisation en cause et assorti d'une clause pénale "
                "d'un montant raisonnable fixé par le créancier sous le contrôle du juge (« Hamburger "
                "Brauch », point à vérifier). Le § 97a(2) n° 4 UrhG impose d'ailleurs à "
                "l'auteur de l'avertissement d'indiquer en quoi l'engagement excède "
                "l'atteinte. En l'espèce, l'engagement demandé excède l'atteinte reprochée.",
                en="There is no duty to sign the pre-formulated text attached to the "
                "Abmahnung, which often goes too far; a modified undertaking is enough if "
                "it removes the risk of repetition, e.g. limited to the image and use at "
                "issue, with a reasonable penalty set by the creditor and reviewable by a "
                "court ('Hamburger Brauch', to be checked). § 97a(2) no. 4 UrhG moreover "
                "obliges the sender to state how far the undertaking exceeds the "
                "infringement. Here the undertaking demanded goes beyond the alleged "
                "infringement.",
            ),
        )
    },
)
def de_modified_undertaking(f, p):
    if f["letter.undertaking_demanded"] is not True:
        return not_applicable("no cease-and-desist undertaking is known to be demanded")
    broader = f["letter.undertaking_broader_than_infringement"]
    if broader is None:
        return undetermined("letter.undertaking_broader_than_infringement")
    if not broader:
        return not_applicable("the undertaking does not go beyond the infringement")
    return applies()
