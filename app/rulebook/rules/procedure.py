"""Procedure and forum: which courts, which law the letter asserts, and the formal
requirements of a German warning letter (Abmahnung).

Sources: legal-notes §4.2 (Pinckney C-170/12, Hejduk C-441/13; Brussels Ia arts 4, 7(2)),
§4.3 (Rome II art. 8), §2.1 (CPI L331-1, COJ D211-6-1: 10 specialised courts), §3.1
(§ 97a(2)-(4) UrhG; a Copytrack "Berechtigungsanfrage" is not a classic Abmahnung;
§ 13e RDG; § 104a UrhG; modified undertaking), §6 (Practice Direction Pre-Action Conduct;
IPEC small claims track up to £10,000); candidates EU-JUR-01, GEN-JUR-02, FR-JUR-01,
DE-JUR-01, DE-AMOUNT-03, DE-LETTER-01, DE-COLLECTOR-01 (§11 A, E, J, K); DE-ABMAHNUNG-01
and -02 (§ 97a(2) nos. 1 and 4) and UK-PROC-01 are not numbered candidates but rest on the
same sections of the notes.

The three § 97a(2) rules decide the same point (``abmahnung_effective``) and never
disagree: each only finds a defect.
"""

from decimal import Decimal, InvalidOperation

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

DAMAGE_KINDS = frozenset({"licence_fee", "damages", "surcharge"})
COST_KINDS = frozenset({"processing_fee", "documentation_fee", "legal_fees"})
COMMERCIAL_PURPOSES = ("commercial", "advertising")
COLLECTORS = (
    "copytrack",
    "picrights",
    "pixsy",
    "getty",
    "permission_machine",
    "lapixa",
    "imagerights",
    "copyright_agent",
    "other",
)
UK_SMALL_CLAIMS_LIMIT = Decimal("10000")
ABMAHNUNG_READS = ["letter.sent_by_lawyer", "letter.agency"]
ABMAHNUNG_BASIS = ["de-urhg-97a"]

INEFFECTIVE_FR = (
    "Un avertissement qui ne respecte pas le § 97a(2) est inefficace (« unwirksam ») : "
    "ses frais ne sont pas remboursables (§ 97a(3)) et le destinataire peut réclamer les "
    "frais nécessaires à sa défense (§ 97a(4))."
)
INEFFECTIVE_EN = (
    "A warning that does not comply with § 97a(2) is ineffective ('unwirksam'): its costs "
    "cannot be recovered (§ 97a(3)) and the recipient may claim the costs of its defence "
    "(§ 97a(4))."
)


COUNTRY_NAMES = {
    "AT": ("l'Autriche", "Austria"),
    "BE": ("la Belgique", "Belgium"),
    "CH": ("la Suisse", "Switzerland"),
    "DE": ("l'Allemagne", "Germany"),
    "ES": ("l'Espagne", "Spain"),
    "FR": ("la France", "France"),
    "GB": ("le Royaume-Uni", "the United Kingdom"),
    "IE": ("l'Irlande", "Ireland"),
    "IT": ("l'Italie", "Italy"),
    "LU": ("le Luxembourg", "Luxembourg"),
    "NL": ("les Pays-Bas", "the Netherlands"),
    "PT": ("le Portugal", "Portugal"),
    "US": ("les États-Unis", "the United States"),
}


def _names(code):
    """(French name with its article, English name) of a country code."""
    return COUNTRY_NAMES.get(code, (f"le pays {code}", code))


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
    id="EU-JUR-01",
    question="procedure",
    title=T(
        fr="Compétence : tribunal du domicile du client (Bruxelles I bis)",
        en="Jurisdiction: the courts of the client's domicile (Brussels Ia)",
    ),
    jurisdictions=["EU"],
    basis=["eu-brussels-ia", "eu-cjeu-c-170-12-pinckney", "eu-cjeu-c-441-13-hejduk"],
    reads=["respondent.country", "letter.asserted_forum", "letter.asserted_law"],
    params=["eu.member_states"],
    role="procedural",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.3,
            summary=T(
                fr="Les juridictions visées ({foreign_fr}) ne pourraient connaître que du "
                "dommage subi dans ce pays ; seules celles du domicile du client "
                "({home_fr}) connaissent de tout le litige.",
                en="The courts of {foreign_en} could only hear the damage suffered there; "
                "only the courts of the client's domicile ({home_en}) hear the whole "
                "dispute.",
            ),
            explanation=T(
                fr="Le défendeur domicilié dans un État membre est attrait devant les "
                "juridictions de cet État, qui connaissent de l'entier dommage (règlement "
                "1215/2012, art. 4). En matière délictuelle (art. 7(2)), les juridictions "
                "de chaque État membre où le site est accessible sont compétentes, mais "
                "seulement pour le dommage subi dans cet État (CJUE, Pinckney, C-170/12 ; "
                "Hejduk, C-441/13). Ici la lettre vise {foreign_fr} alors que le client est "
                "domicilié dans un autre État membre ({home_fr}) : une action devant les "
                "juridictions visées serait limitée au dommage local, en pratique minime "
                "pour un site qui ne vise pas ce pays.",
                en="A defendant domiciled in a Member State is sued in the courts of that "
                "State, which hear the whole damage (Regulation 1215/2012, art. 4). In "
                "tort (art. 7(2)), the courts of each Member State where the site is "
                "accessible have jurisdiction, but only for the damage suffered in that "
                "State (CJEU, Pinckney, C-170/12; Hejduk, C-441/13). Here the letter points "
                "to {foreign_en} while the client is domiciled in {home_en}: an action "
                "there would be limited to the local damage, in practice minimal for a "
                "site not directed at that country.",
            ),
        )
    },
)
def eu_jurisdiction_domicile(f, p):
    home = f["respondent.country"]
    foreign = f["letter.asserted_forum"] or f["letter.asserted_law"]
    if foreign is None:
        return not_applicable("the letter points to no foreign forum or law")
    if home is None:
        return undetermined("respondent.country")
    if foreign == home:
        return not_applicable("the letter points to the client's own country")
    members = p["eu.member_states"]
    if home not in members:
        return not_applicable("the client is not domiciled in a Member State")
    if foreign not in members:
        return not_applicable("the country pointed to is outside the EU")
    home_fr, home_en = _names(home)
    foreign_fr, foreign_en = _names(foreign)
    return applies(home_fr=home_fr, home_en=home_en, foreign_fr=foreign_fr, foreign_en=foreign_en)


@registry.rule(
    id="GEN-JUR-02",
    question="procedure",
    title=T(
        fr="Loi invoquée par la lettre ≠ loi applicable",
        en="Law asserted by the letter ≠ applicable law",
    ),
    jurisdictions=["EU"],
    basis=["eu-rome-ii-art8"],
    reads=["letter.asserted_law", "respondent.country", "use.targeted_countries"],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="La lettre invoque le droit de {asserted_fr}, vers laquelle le site n'est "
                "pas dirigé : c'est le droit de {country_fr} qui régit l'usage reproché.",
                en="The letter asserts the law of {asserted_en}, at which the site is not "
                "directed: the law of {country_en} governs the use complained of.",
            ),
            explanation=T(
                fr="La loi applicable à une atteinte au droit d'auteur est celle du pays pour "
                "lequel la protection est revendiquée, et les parties ne peuvent pas la "
                "choisir (règlement Rome II, art. 8(1) et 8(3)). Le site est dirigé vers "
                "{targets} ; il ne vise pas {asserted_fr}. Une réclamation fondée sur le "
                "droit de {asserted_fr} ne peut donc porter que sur un usage sur son "
                "territoire (interprétation, à vérifier) ; l'usage reproché relève du droit "
                "de {country_fr}, avec ses propres règles de preuve, d'exceptions et "
                "d'indemnisation. La réclamation est affaiblie telle qu'elle est formulée : "
                "le relever dans la réponse.",
                en="The law applicable to a copyright infringement is that of the country "
                "for which protection is claimed, and the parties cannot choose it (Rome II "
                "Regulation, art. 8(1) and 8(3)). The site is directed at {targets}; it "
                "does not target {asserted_en}. A claim framed under the law of "
                "{asserted_en} can therefore only concern use on its territory "
                "(interpretation, to be checked); the use complained of is governed by the "
                "law of {country_en}, with its own rules of proof, exceptions and damages. "
                "The claim is weakened as framed: say so in the answer.",
            ),
        )
    },
    undetermined_text=T(
        fr="La lettre invoque une loi étrangère ; il manque : {missing_list} (le site "
        "vise-t-il aussi ce pays ?).",
        en="The letter asserts a foreign law; missing: {missing_list} (is the site also "
        "directed at that country?).",
    ),
)
def asserted_law_not_applicable(f, p):
    asserted = f["letter.asserted_law"]
    if asserted is None:
        return not_applicable("the letter asserts no law")
    home = f["respondent.country"]
    if asserted == home:
        return not_applicable("the letter asserts the client's own law")
    targeted = f["use.targeted_countries"]
    if targeted is None:
        return undetermined("use.targeted_countries")
    if asserted in targeted:
        return not_applicable(f"the site is directed at {asserted}: its law governs use there")
    if targeted and home not in targeted:
        country = targeted[0]
    elif home:
        country = home
    else:
        return undetermined("respondent.country")
    asserted_fr, asserted_en = _names(asserted)
    country_fr, country_en = _names(country)
    return applies(
        asserted_fr=asserted_fr,
        asserted_en=asserted_en,
        country_fr=country_fr,
        country_en=country_en,
        targets=", ".join(targeted) if targeted else home,
    )


@registry.rule(
    id="FR-JUR-01",
    question="procedure",
    title=T(
        fr="Tribunaux judiciaires spécialisés en propriété littéraire et artistique",
        en="Specialised French courts for copyright",
    ),
    jurisdictions=["FR"],
    basis=["fr-cpi-l331-1", "fr-coj-d211-6-1"],
    reads=["letter.threatens_litigation"],
    role="procedural",
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.2,
            summary=T(
                fr="Une action en France relèverait de l'un des 10 tribunaux judiciaires "
                "spécialisés.",
                en="An action in France would go to one of the 10 specialised courts "
                "(tribunaux judiciaires).",
            ),
            explanation=T(
                fr="Les actions en matière de propriété littéraire et artistique relèvent "
                "exclusivement de tribunaux judiciaires spécialisés (art. L331-1 CPI ; art. "
                "D211-6-1 COJ et tableau VI) : Bordeaux, Lille, Lyon, Marseille, Nanterre, "
                "Nancy, Paris, Rennes, Strasbourg et Fort-de-France. La lettre menace d'une "
                "action : elle ne pourrait être portée que devant l'une de ces juridictions.",
                en="Copyright actions go exclusively to specialised courts (art. L331-1 CPI; "
                "art. D211-6-1 of the Code de l'organisation judiciaire and table VI): "
                "Bordeaux, Lille, Lyon, Marseille, Nanterre, Nancy, Paris, Rennes, "
                "Strasbourg and Fort-de-France. The letter threatens proceedings: they could "
                "only be brought before one of these courts.",
            ),
        )
    },
)
def fr_specialised_courts(f, p):
    if f["letter.threatens_litigation"]:
        return applies()
    return not_applicable("the letter does not threaten proceedings")


@registry.rule(
    id="DE-JUR-01",
    question="procedure",
    title=T(
        fr="For exclusif au domicile d'un particulier (§ 104a UrhG)",
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
                "le 9 oct. 2013). Ici le client est un particulier et l'usage n'est ni "
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


@registry.rule(
    id="DE-AMOUNT-03",
    question="procedure",
    title=T(
        fr="Abmahnung sans ventilation dommages / frais (§ 97a(2) n° 3 UrhG)",
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
                fr="L'Abmahnung réclame {how_fr} sans distinguer dommages-intérêts et frais : "
                "elle est inefficace.",
                en="The Abmahnung claims {how_en} without separating damages from costs: it "
                "is ineffective.",
            ),
            explanation=T(
                fr="L'avertissement doit, de façon claire et compréhensible, ventiler les "
                "sommes réclamées entre dommages-intérêts et remboursement de frais (§ 97a(2) "
                "n° 3 UrhG) ; une offre forfaitaire sans ventilation ne suffit pas (doctrine "
                "praticienne). " + INEFFECTIVE_FR + " Ici l'avocat réclame {how_fr} : "
                "refuser les frais d'avocat et envisager la demande reconventionnelle.",
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
        how = ("des postes non qualifiés", "unqualified items")
    else:
        if f["letter.amount_demanded"] is None:
            return not_applicable("no payment claim is known")
        how = ("une somme forfaitaire", "a lump sum")
    return _abmahnung(f, how_fr=how[0], how_en=how[1])


@registry.rule(
    id="DE-ABMAHNUNG-01",
    question="procedure",
    title=T(
        fr="Abmahnung ne nommant pas la partie lésée (§ 97a(2) n° 1 UrhG)",
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
                fr="L'Abmahnung de l'avocat ne nomme pas la partie lésée : elle est inefficace.",
                en="The lawyer's Abmahnung does not name the injured party: it is ineffective.",
            ),
            explanation=T(
                fr="Lorsqu'un représentant envoie l'avertissement, il doit nommer la partie "
                "lésée (§ 97a(2) n° 1 UrhG). " + INEFFECTIVE_FR + " Ici la lettre ne "
                "désigne pas le titulaire des droits au nom duquel elle est envoyée : "
                "refuser les frais et demander l'identité du mandant.",
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
        fr="Engagement de cesser plus large que l'atteinte, sans le dire (§ 97a(2) n° 4)",
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
                fr="L'engagement de cesser exigé va au-delà de l'atteinte sans que la lettre "
                "le précise : l'Abmahnung est inefficace.",
                en="The undertaking demanded goes beyond the infringement and the letter does "
                "not say so: the Abmahnung is ineffective.",
            ),
            explanation=T(
                fr="Si l'avertissement exige un engagement de cesser, il doit indiquer dans "
                "quelle mesure cet engagement va au-delà de l'atteinte reprochée (§ 97a(2) "
                "n° 4 UrhG). " + INEFFECTIVE_FR + " Ici l'engagement pré-rédigé dépasse "
                "l'atteinte et la lettre ne le signale pas.",
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
        fr="Ne pas signer l'engagement de cesser pré-rédigé",
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
                fr="L'engagement de cesser pré-rédigé va au-delà de l'atteinte : ne pas le "
                "signer tel quel ; proposer un engagement modifié.",
                en="The pre-formulated undertaking goes beyond the infringement: do not sign "
                "it as it stands; offer a modified undertaking.",
            ),
            explanation=T(
                fr="Rien n'oblige à signer le texte pré-rédigé joint à l'Abmahnung, souvent "
                "trop large ; un engagement modifié suffit s'il écarte le risque de "
                "récidive, par exemple limité à l'image et à l'usage en cause, avec une "
                "pénalité raisonnable fixée par le créancier et contrôlable par le juge "
                "(« Hamburger Brauch », à vérifier). Le § 97a(2) n° 4 UrhG oblige d'ailleurs "
                "l'auteur de l'avertissement à dire en quoi l'engagement dépasse l'atteinte. "
                "Ici l'engagement demandé dépasse l'atteinte reprochée.",
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


def _money(value):
    try:
        return Decimal(value["amount"]), value["currency"]
    except (InvalidOperation, KeyError, TypeError):
        return None, None


@registry.rule(
    id="DE-COLLECTOR-01",
    question="procedure",
    title=T(
        fr="Frais de recouvrement plafonnés au niveau RVG (§ 13e RDG)",
        en="Collection costs capped at RVG level (§ 13e RDG)",
    ),
    jurisdictions=["DE"],
    basis=["de-rdg-13e", "de-rechtsdienstleistungsregister"],
    reads=[
        "letter.breakdown",
        "letter.sent_by_lawyer",
        "letter.collector_status",
        "letter.agency",
        "letter.agency_name",
    ],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.4,
            summary=T(
                fr="Des frais de traitement de {fees} sont réclamés par un recouvreur : ils ne "
                "sont remboursables qu'au niveau des honoraires d'avocat (RVG), et souvent "
                "pas du tout si la créance est contestée.",
                en="Processing fees of {fees} are claimed by a collector: they are "
                "recoverable at most at the level of a lawyer's fees (RVG), and often not at "
                "all if the claim is disputed.",
            ),
            explanation=T(
                fr="Depuis la réforme du recouvrement de 2021, les frais d'un prestataire de "
                "recouvrement ne sont remboursables que dans la limite de ce qu'un avocat "
                "pourrait facturer selon le RVG (§ 13e RDG) ; de nombreuses juridictions "
                "refusent leur remboursement lorsque le débiteur a contesté la créance. "
                "Ici {sender_fr} réclame {fees} de frais de traitement ({status_fr}). Contester "
                "ces frais et vérifier l'inscription du recouvreur au registre "
                "rechtsdienstleistungsregister.de.",
                en="Since the 2021 debt-collection reform, a collection service's costs are "
                "recoverable only up to what a lawyer could charge under the RVG (§ 13e "
                "RDG); many courts refuse them where the debtor disputed the claim. Here "
                "{sender_en} claims {fees} in processing fees ({status_en}). Dispute these "
                "fees and check the collector's entry in the register at "
                "rechtsdienstleistungsregister.de.",
            ),
        )
    },
)
def de_collection_costs(f, p):
    status = f["letter.collector_status"]
    if status == "lawyer" or f["letter.sent_by_lawyer"]:
        return not_applicable("the letter comes from a lawyer (RVG fees, see § 97a)")
    agency = f["letter.agency"]
    breakdown = f["letter.breakdown"]
    if breakdown is None:
        if agency in COLLECTORS:
            return undetermined("letter.breakdown")
        return not_applicable("no itemised claim and no collector known")
    total, currency = Decimal(0), None
    for item in breakdown:
        if item["kind"] == "processing_fee":
            amount, currency = _money(item["amount"])
            total += amount or 0
    if currency is None:
        return not_applicable("no processing or collection fee is claimed")
    if status is None and agency not in COLLECTORS:
        return undetermined("letter.collector_status")
    status_fr = {
        "registered_collector": "recouvreur inscrit",
        "unknown": "statut au registre inconnu",
    }.get(status, "recouvreur")
    status_en = {
        "registered_collector": "a registered collector",
        "unknown": "register status unknown",
    }.get(status, "a collector")
    return applies(
        fees=f"{total:.2f} {currency}",
        sender_fr=f["letter.agency_name"] or agency or "le recouvreur",
        sender_en=f["letter.agency_name"] or agency or "the collector",
        status_fr=status_fr,
        status_en=status_en,
    )


@registry.rule(
    id="UK-PROC-01",
    question="procedure",
    title=T(
        fr="Avant tout procès : conduite pré-contentieuse et petits litiges de l'IPEC",
        en="Before any claim: pre-action conduct and the IPEC small claims track",
    ),
    jurisdictions=["GB"],
    basis=["uk-pd-pre-action-conduct", "uk-ipec-small-claims"],
    reads=["letter.threatens_litigation", "letter.amount_demanded"],
    role="procedural",
    variants={
        "small_claims": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Une demande de {amount} relèverait du circuit des petits litiges de "
                "l'IPEC (jusqu'à 10 000 £), où les frais recouvrables sont très limités.",
                en="A claim of {amount} would belong in the IPEC small claims track (up to "
                "£10,000), where recoverable costs are highly restricted.",
            ),
            explanation=T(
                fr="Le circuit des petits litiges de l'Intellectual Property Enterprise Court "
                "traite les demandes jusqu'à 10 000 £, avec des frais de procédure "
                "recouvrables très limités : ni l'une ni l'autre partie ne court de risque "
                "de frais important. Avant d'agir, le demandeur doit en outre respecter la "
                "Practice Direction – Pre-Action Conduct (lettre avant action). Ici la "
                "demande s'élève à {amount} : les menaces de frais de justice élevés sont "
                "sans objet.",
                en="The small claims track of the Intellectual Property Enterprise Court "
                "hears claims up to £10,000, with highly restricted recoverable costs: "
                "neither party runs a significant costs risk. Before suing, the claimant "
                "must also follow the Practice Direction – Pre-Action Conduct (letter "
                "before claim). Here the demand is {amount}: threats of heavy legal costs "
                "are beside the point.",
            ),
        ),
        "default": Variant(
            outcome="neutral",
            weight=0.2,
            summary=T(
                fr="Avant toute action, une lettre avant action est attendue (Practice "
                "Direction – Pre-Action Conduct).",
                en="Before any claim, a letter before claim is expected (Practice Direction – "
                "Pre-Action Conduct).",
            ),
            explanation=T(
                fr="En Angleterre et au pays de Galles, la Practice Direction – Pre-Action "
                "Conduct attend du demandeur une lettre avant action exposant la demande "
                "avant toute procédure. La lettre menace d'une action : vérifier si elle "
                "vaut lettre avant action et y répondre sur le fond dans un délai "
                "raisonnable.",
                en="In England and Wales, the Practice Direction – Pre-Action Conduct expects "
                "the claimant to send a letter before claim setting out the claim before "
                "proceedings. The letter threatens proceedings: check whether it is a "
                "letter before claim and answer on the merits within a reasonable time.",
            ),
        ),
    },
)
def uk_pre_action(f, p):
    demanded = f["letter.amount_demanded"]
    if demanded is not None:
        amount, currency = _money(demanded)
        if currency == "GBP" and amount is not None and amount <= UK_SMALL_CLAIMS_LIMIT:
            return applies("small_claims", amount=f"£{amount:,.2f}")
    if f["letter.threatens_litigation"]:
        return applies()
    return not_applicable("no threat of proceedings and no small claim in pounds")
