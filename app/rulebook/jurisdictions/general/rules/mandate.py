"""Mandate: does the agency that writes show its authority from the rights holder?

Sources: an agency's standing (TGI Paris, 18 Nov. 2016, Magnum Photos); § 97a(2) no. 1
UrhG; 17 U.S.C. § 501(b).

A lawyer's letter is not an agency's (legal review of rulebook 1.1, defect 6): a French
avocat need not prove the mandate (Article 416 CPC), and § 174 BGB does not apply to an
Abmahnung that offers an undertaking contract (BGH 19 May 2010, I ZR 140/08). For a lawyer
the question is only for whom it acts (GEN-MANDATE-03 here; FR-MANDATE-01 and DE-MANDATE-01 in their packages),
an informational finding that does not drive the strategy.
"""

from app.rulebook import registry
from app.rulebook.by_law import by_law, country
from app.services.rules.display import Words
from app.services.rules.model import Applies, Variant
from app.services.rules.model import Text as T
from app.services.rules.registry import applies, not_applicable, undetermined

LAW_FIRMS = frozenset({"law_firm", "higbee"})
# Codes that name a kind of sender, not a sender: never shown to the reader as a name.
GENERIC_AGENCIES = frozenset({"copyright_agent", "other"})


def is_lawyer_letter(f) -> bool:
    return bool(f["letter.sent_by_lawyer"]) or f["letter.agency"] in LAW_FIRMS


@registry.rule(
    id="GEN-MANDATE-01",
    question="mandate",
    title=T(
        fr="Mandat de l'agence non produit",
        en="Agency's mandate not produced",
    ),
    jurisdictions=["ALL"],
    basis=[
        "fr-cpc-9",
        "fr-tgi-paris-2016-11-18-magnum",
        "de-lg-koeln-14-o-287-13",
        "de-urhg-97a",
        "uk-cdpa-s96",
        "uk-cdpa-s101",
        "us-17-501",
        "us-righthaven-v-hoehn",
    ],
    reads=[
        "letter.agency",
        "letter.agency_name",
        "letter.sent_by_lawyer",
        "letter.rights_holder",
        "mandate.produced",
        "derived.law",
    ],
    role="burden",
    decides="mandate_shown",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.8,
            summary=T(
                fr="{agency} ne produit aucun mandat du titulaire des droits : en l'état, son "
                "pouvoir d'agir n'est pas établi.",
                en="{agency} produces no mandate from the rights holder: as it stands, its "
                "authority to claim is not established.",
            ),
            explanation=T(
                fr="Celui qui réclame pour le compte d'autrui doit justifier de son pouvoir : "
                "{authority}. En l'espèce, la lettre n'est accompagnée d'aucun mandat. Le "
                "demander avant toute discussion du montant.",
                en="Whoever claims on another's behalf must prove the authority to do so: "
                "{authority}. Here the letter comes with no mandate. Ask for it before any "
                "discussion of the amount.",
            ),
        )
    },
    undetermined_text=T(
        fr="On ignore si l'agence a produit un mandat du titulaire des droits.",
        en="Whether the agency has produced a mandate from the rights holder is unknown.",
    ),
)
def mandate_not_produced(f, p):
    if f["letter.agency"] == "rights_holder":
        return not_applicable("the rights holder writes in its own name")
    if claims_in_own_name(f):
        return not_applicable("the agency claims in its own name: its title is the question")
    if is_lawyer_letter(f):
        return not_applicable("a lawyer writes: see GEN-MANDATE-03")
    produced = f["mandate.produced"]
    if produced is None:
        return undetermined("mandate.produced")
    if produced:
        return not_applicable("a mandate was produced")
    code = f["letter.agency"]
    agency = (
        f["letter.agency_name"]
        or (code if code not in GENERIC_AGENCIES else None)
        or Words({"fr": "L'agence", "en": "The agency"})
    )
    return applies(
        agency=agency,
        authority=by_law(AGENCY_AUTHORITY, country(f["derived.law"])),
        conclusion=False,
    )


NAMED_AGENCIES = frozenset(
    {"copytrack", "picrights", "pixsy", "getty", "permission_machine", "lapixa", "imagerights"}
)


def claims_in_own_name(f) -> bool:
    """The agency names itself as the rights holder (Getty claiming for Getty Images): it
    needs no mandate from itself; whether it holds the rights is GEN-TITLE-01's question."""
    holder = (f["letter.rights_holder"] or "").casefold()
    if not holder:
        return False
    agency, name = f["letter.agency"], (f["letter.agency_name"] or "").casefold()
    if agency in NAMED_AGENCIES and agency.replace("_", " ") in holder:
        return True
    first = name.split()[0] if name.split() else ""
    return bool(first) and holder.split()[0] == first


AGENCY_AUTHORITY = {
    "FR": (
        "il incombe à chaque partie de prouver les faits nécessaires au succès de sa "
        "prétention (art. 9 du CPC) ; l'agence qui réclame au nom du titulaire des droits doit "
        "justifier du mandat qu'il lui a donné, et, sans cession, elle n'a pas qualité pour "
        "agir en son propre nom (TGI Paris, 18 nov. 2016, Magnum Photos)",
        "each party must prove the facts needed for the claim to succeed (Article 9 CPC); an agency "
        "claiming in the rights holder's name must prove the mandate it was given, and "
        "without an assignment it has no standing to sue in its own name (TGI Paris, "
        "18 Nov. 2016, Magnum Photos)",
    ),
    "DE": (
        "seuls l'auteur ou le titulaire d'un droit exclusif peuvent réclamer des "
        "dommages-intérêts, et l'agence doit établir ses droits ou son mandat (LG Köln, "
        "15 mai 2014, 14 O 287/13) ; l'avertissement adressé par un représentant doit "
        "désigner la partie lésée (§ 97a(2) n° 1 UrhG)",
        "only the author or an exclusive licensee may claim damages, and an agency must show "
        "its rights or its mandate (LG Köln, 15 May 2014, 14 O 287/13); a warning sent by a "
        "representative must name the injured party (§ 97a(2) no. 1 UrhG)",
    ),
    "GB": (
        "seuls le titulaire du droit d'auteur ou un licencié exclusif peuvent agir (CDPA "
        "1988, ss.96 et 101) ; l'agent qui n'est ni l'un ni l'autre doit justifier du pouvoir "
        "que lui a donné le titulaire",
        "only the copyright owner or an exclusive licensee may sue (CDPA 1988, ss.96 and 101); "
        "an agent that is neither must show the authority the owner gave it",
    ),
    "US": (
        "seul le titulaire, légal ou bénéficiaire, d'un droit exclusif peut agir (17 U.S.C. "
        "§ 501(b)), et un simple droit d'agir cédé ne suffit pas (Righthaven v. Hoehn, 9th "
        "Cir. 2013)",
        "only the legal or beneficial owner of an exclusive right may sue (17 U.S.C. "
        "§ 501(b)), and a bare right to sue is not enough (Righthaven v. Hoehn, 9th Cir. 2013)",
    ),
}
"""What an agency writing for a rights holder must show, by the applicable law; every
law's, each named, while the law is unknown."""


@registry.rule(
    id="GEN-MANDATE-02",
    question="mandate",
    title=T(
        fr="Portée du mandat produit",
        en="Scope of the mandate produced",
    ),
    jurisdictions=["ALL"],
    basis=["fr-cpc-9", "fr-tgi-paris-2016-11-18-magnum", "de-urhg-97a", "us-17-501"],
    reads=[
        "mandate.produced",
        "mandate.names_rights_holder",
        "mandate.covers_collection",
        "derived.law",
    ],
    role="burden",
    decides="mandate_shown",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="Le mandat produit ne suffit pas : {gap_fr}.",
                en="The mandate produced is not enough: {gap_en}.",
            ),
            explanation=T(
                fr="Un mandat ne confère le pouvoir d'agir que s'il émane du titulaire des "
                "droits et couvre le recouvrement ({authorities}). En l'espèce, le mandat "
                "produit est lacunaire : {gap_fr}. Il convient de demander un mandat complet.",
                en="A mandate gives authority only if it comes from the rights holder and "
                "covers collection ({authorities}). The mandate produced "
                "here falls short: {gap_en}. Ask for a complete mandate.",
            ),
        ),
        "sufficient": Variant(
            outcome="favours_claimant",
            weight=0.5,
            summary=T(
                fr="Le mandat produit désigne le titulaire et couvre le recouvrement.",
                en="The mandate produced names the rights holder and covers collection.",
            ),
            explanation=T(
                fr="Le mandat produit émane du titulaire désigné et couvre le recouvrement : "
                "le pouvoir d'agir de l'agence est établi sur ce point.",
                en="The mandate produced names the rights holder and covers collection: the "
                "agency's authority is established on this point.",
            ),
        ),
    },
)
def mandate_insufficient(f, p):
    if f["mandate.produced"] is not True:
        return not_applicable("no mandate was produced to examine")
    names, covers = f["mandate.names_rights_holder"], f["mandate.covers_collection"]
    if names is False or covers is False:
        gaps_fr, gaps_en = [], []
        if names is False:
            gaps_fr.append("il ne désigne pas le titulaire des droits")
            gaps_en.append("it does not name the rights holder")
        if covers is False:
            gaps_fr.append("il ne couvre pas le recouvrement")
            gaps_en.append("it does not cover collection")
        return applies(
            gap_fr=" ; ".join(gaps_fr),
            gap_en="; ".join(gaps_en),
            authorities=by_law(MANDATE_AUTHORITIES, country(f["derived.law"])),
            conclusion=False,
        )
    missing = [
        n
        for n, v in (("mandate.names_rights_holder", names), ("mandate.covers_collection", covers))
        if v is None
    ]
    if missing:
        return undetermined(*missing)
    return applies("sufficient", conclusion=True)


MANDATE_AUTHORITIES = {
    "FR": (
        "art. 9 du CPC ; TGI Paris, 18 nov. 2016, Magnum Photos",
        "Article 9 CPC; TGI Paris, 18 Nov. 2016, Magnum Photos",
    ),
    "DE": ("§ 97a(2) n° 1 UrhG", "§ 97a(2) no. 1 UrhG"),
    "US": ("17 U.S.C. § 501(b)", "17 U.S.C. § 501(b)"),
}
"""The authorities on a mandate's scope, by the applicable law; all of them, each law
named, where the law is unknown or has none of its own here."""
LAWYER_READS = [
    "letter.agency",
    "letter.agency_name",
    "letter.sent_by_lawyer",
    "letter.rights_holder",
]


def _lawyer_acts_for(f):
    if not is_lawyer_letter(f):
        return not_applicable("the letter does not come from a lawyer")
    holder = f["letter.rights_holder"]
    return applies(
        sender=f["letter.agency_name"] or "Le cabinet",
        sender_en=f["letter.agency_name"] or "The law firm",
        holder_fr=holder or "un client qu'elle ne nomme pas",
        holder_en=holder or "a client it does not name",
    )


@registry.rule(
    id="GEN-MANDATE-03",
    question="mandate",
    title=T(
        fr="Lettre d'avocat : pour qui agit-il ?", en="A lawyer's letter: for whom does it act?"
    ),
    jurisdictions=["ALL"],
    basis=["uk-cdpa-s96", "uk-cdpa-s101", "us-17-501"],
    reads=[*LAWYER_READS, "derived.law"],
    role="info",
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.2,
            summary=T(
                fr="{sender} écrit pour {holder_fr} : vérifier que ce client est bien "
                "titulaire des droits invoqués.",
                en="{sender_en} writes for {holder_en}: check that this client does hold "
                "the rights asserted.",
            ),
            explanation=T(
                fr="Un avocat n'a pas à justifier de son mandat comme une agence ; la "
                "question utile est de savoir pour qui il agit et si ce client est "
                "titulaire d'un droit exclusif sur la photographie ({holder_law}). Demander "
                "l'identité du client et le fondement de ses droits, sans en faire un "
                "préalable à toute discussion.",
                en="A lawyer need not prove the mandate as an agency must; the useful "
                "question is for whom the lawyer acts and whether that client holds an exclusive "
                "right in the photograph ({holder_law}). Ask who the client is and on what that client's "
                "rights rest, without making it a precondition of any discussion.",
            ),
        )
    },
)
def lawyer_acts_for(f, p):
    found = _lawyer_acts_for(f)
    if not isinstance(found, Applies):
        return found
    holder_law = by_law(LAWYER_CLIENT_AUTHORITY, country(f["derived.law"]))
    return applies(**found.values, holder_law=holder_law)


LAWYER_CLIENT_AUTHORITY = {
    "GB": (
        "seuls le titulaire ou un licencié exclusif peuvent agir : CDPA 1988, ss.96 et 101",
        "only the owner or an exclusive licensee may sue: CDPA 1988, ss.96 and 101",
    ),
    "US": (
        "seul le titulaire d'un droit exclusif peut agir : 17 U.S.C. § 501(b)",
        "only the owner of an exclusive right may sue: 17 U.S.C. § 501(b)",
    ),
}
"""Who may sue, for the laws whose lawyers' letters GEN-MANDATE-03 answers (French and
German lawyers' letters have their own rules); both while the law is unknown."""
