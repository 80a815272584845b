"""Procedure and forum: which courts hear the dispute, and which law the letter asserts.

Sources: legal-notes §4.2 (Pinckney C-170/12, Hejduk C-441/13; Brussels Ia arts 4, 7(2)),
§4.3 (Rome II art. 8), §2.1 (CPI L331-1, COJ D211-6-1: 10 specialised courts), §3.1
(§ 104a UrhG); candidates EU-JUR-01, GEN-JUR-02, FR-JUR-01, DE-JUR-01 (§11 J).
"""

from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined
from app.vocabulary import COMMERCIAL_PURPOSES

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
                fr="Les juridictions de l'État visé par la lettre ({foreign_fr}) ne pourraient "
                "connaître que du dommage subi dans cet État ; seules celles du domicile du "
                "client ({home_fr}) connaissent de l'entier litige.",
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
                "Hejduk, C-441/13). En l'espèce, la lettre vise {foreign_fr} alors que le client est "
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
        fr="La lettre invoque une loi étrangère : reste à savoir si le site vise aussi le "
        "public de ce pays.",
        en="The letter asserts a foreign law: whether the site is also directed at that "
        "country's public remains to be known.",
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
