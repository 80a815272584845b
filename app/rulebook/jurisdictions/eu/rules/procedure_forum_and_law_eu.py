"""Procedure under EU law: which courts hear the dispute (Brussels Ia) and which law governs
it (Rome II), whatever law the letter asserts.

Sources: Regulation 1215/2012 (Brussels Ia) arts 4 and 7(2); CJEU, 3 Oct. 2013, Pinckney,
C-170/12, and 22 Jan. 2015, Hejduk, C-441/13 (jurisdiction limited to the local damage);
Regulation 864/2007 (Rome II) art. 8(1) and (3) (the law of the country for which
protection is claimed, which the parties cannot choose).
"""

from babel import Locale

from app.rulebook import registry
from app.rulebook.applicable_law import law_name
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

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


"""Countries a letter commonly points to, with the article French needs; any other
country is named by Babel's territory name."""


def _names(code):
    """(French name with its article, English name) of a country code."""
    if code in COUNTRY_NAMES:
        return COUNTRY_NAMES[code]
    return Locale("fr").territories.get(code, code), Locale("en").territories.get(code, code)


def _listed(names, joiner):
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + joiner + names[-1]


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
                "seulement pour le dommage subi dans cet État (CJUE, Pinckney, aff. C-170/12 ; "
                "Hejduk, aff. C-441/13). En l'espèce, la lettre vise {foreign_fr} alors que le client est "
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
        fr="La loi invoquée par la lettre n'est pas la loi applicable",
        en="The law the letter asserts is not the applicable law",
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
                fr="La lettre invoque {asserted_law_fr}, alors que le site ne vise pas "
                "{asserted_fr} : l'usage reproché est régi par {country_law_fr}.",
                en="The letter asserts {asserted_law_en}, but the site is not directed at "
                "{asserted_en}: {country_law_en} governs the use complained of.",
            ),
            explanation=T(
                fr="La loi applicable à une atteinte au droit d'auteur est celle du pays pour "
                "lequel la protection est revendiquée, et les parties ne peuvent pas la "
                "choisir (règlement Rome II, art. 8(1) et 8(3)). Le site est dirigé vers "
                "{targets_fr} ; il ne vise pas {asserted_fr}. Une réclamation fondée sur "
                "{asserted_law_fr} ne peut donc porter que sur un usage sur le territoire "
                "de cet État (interprétation, point à vérifier) ; l'usage reproché est régi par "
                "{country_law_fr}, avec ses propres règles de preuve, d'exceptions et "
                "d'indemnisation. La réclamation est affaiblie telle qu'elle est formulée : "
                "le relever dans la réponse.",
                en="The law applicable to a copyright infringement is that of the country "
                "for which protection is claimed, and the parties cannot choose it (Rome II "
                "Regulation, art. 8(1) and 8(3)). The site is directed at {targets_en}; it "
                "does not target {asserted_en}. A claim framed under {asserted_law_en} can "
                "therefore only concern use on that State's territory (interpretation, to "
                "be checked); the use complained of is governed by {country_law_en}, with "
                "its own rules of proof, exceptions and damages. "
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
    targets = targeted or [home]
    return applies(
        asserted_fr=asserted_fr,
        asserted_en=asserted_en,
        asserted_law_fr=law_name(asserted, "fr"),
        asserted_law_en=law_name(asserted, "en"),
        country_law_fr=law_name(country, "fr"),
        country_law_en=law_name(country, "en"),
        targets_fr=_listed([_names(c)[0] for c in targets], " et "),
        targets_en=_listed([_names(c)[1] for c in targets], " and "),
    )
