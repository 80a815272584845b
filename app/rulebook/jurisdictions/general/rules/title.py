"""Title: does the claimant prove that it holds the rights it enforces?

Sources: Article L113-5 CPI and the exploiter's presumption (case law); TGI Paris, 18 Nov. 2016,
Magnum Photos; standing under German law (Aktivlegitimation; § 10 UrhG; BGH
"CT-Paradies"); CDPA ss.92 and 101; 17 U.S.C. § 501(b). No chain of title
is asked of a rights holder who is the photographer (legal review of rulebook 1.1, defect
9: the author owns from creation, Article L111-1 CPI, § 7 UrhG).
"""

from app.rulebook import registry
from app.rulebook.by_law import by_law, country, is_uncovered, to_be_checked
from app.services.rules.display import Words
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

EMPLOYER_OWNS = {"GB": "CDPA s.11(2)", "US": "17 U.S.C. § 201(b)"}

WHO_MAY_SUE = {
    "FR": (
        "seuls l'auteur et ceux à qui il a cédé ses droits ont qualité pour agir en leur nom "
        "(TGI Paris, 18 nov. 2016, Magnum Photos) ; l'agence qui n'est que mandataire "
        "n'agit qu'au nom du titulaire des droits, qu'elle doit désigner : le mandat ne lui "
        "donne aucune qualité pour agir en son propre nom (nul ne plaide par procureur)",
        "only the author and those to whom the author assigned the rights have standing to "
        "sue in their own name (TGI Paris, 18 Nov. 2016, Magnum Photos); an agency that is "
        "only the rights holder's agent acts solely in the rights holder's name, which it "
        "must give: a mandate gives it no standing to sue in its own name",
    ),
    "DE": (
        "seuls l'auteur et le titulaire d'un droit d'utilisation exclusif ont "
        "l'Aktivlegitimation (LG Köln, 15 mai 2014, 14 O 287/13) ; l'agence qui n'est que "
        "mandatée réclame au nom du titulaire des droits, et ne peut agir en son propre nom "
        "que si elle y est autorisée et y a un intérêt propre (gewillkürte "
        "Prozessstandschaft, point à vérifier)",
        "only the author and the holder of an exclusive right of use have Aktivlegitimation "
        "(LG Köln, 15 May 2014, 14 O 287/13); an agency that is only mandated claims in the "
        "rights holder's name, and may sue in its own name only if authorised to and with an "
        "interest of its own (gewillkürte Prozessstandschaft, to be verified)",
    ),
    "GB": (
        "seuls le titulaire du droit d'auteur et le licencié exclusif peuvent agir (CDPA "
        "1988, ss.96 et 101 ; la licence exclusive doit être constatée par un écrit signé, "
        "s.92) ; l'agence qui n'est que mandataire, sans licence exclusive, ne peut agir en "
        "son propre nom",
        "only the copyright owner and an exclusive licensee may sue (CDPA 1988, ss.96 and "
        "101; an exclusive licence must be in writing signed by the owner, s.92); an agency "
        "that is only the owner's agent, without an exclusive licence, cannot sue in its own "
        "name",
    ),
    "US": (
        "seul le titulaire, légal ou bénéficiaire, d'un droit exclusif peut agir (17 U.S.C. "
        "§ 501(b)) ; l'agence qui n'a reçu qu'un mandat ou le simple droit d'agir, sans droit "
        "exclusif, ne le peut pas (Righthaven LLC v. Hoehn, 9th Cir. 2013)",
        "only the legal or beneficial owner of an exclusive right may sue (17 U.S.C. "
        "§ 501(b)); an agency given only a mandate or a bare right to sue, without an "
        "exclusive right, cannot (Righthaven LLC v. Hoehn, 9th Cir. 2013)",
    ),
}
"""Who may sue, by the applicable law, with its authorities: the owner of the rights (and,
where the law allows, an exclusive licensee), never an agent as such. A mandate lets an
agency claim in the rights holder's name; it gives no standing of its own (CDPA ss.96 and
101; 17 U.S.C. § 501(b); in France the agent acts only in the name of the rights holder; in
Germany only Prozessstandschaft lets an authorised agent sue in its own name)."""
NO_STANDING = {
    "FR": ("le réclamant est irrecevable à agir, faute de qualité", "the claimant has no standing"),
    "DE": (
        "la demande est mal fondée faute d'Aktivlegitimation, la qualité pour agir étant en "
        "droit allemand une condition de fond",
        "the claim fails for want of Aktivlegitimation, standing being a condition of the "
        "claim itself under German law",
    ),
}
"""What a want of standing entails: in French law a plea of inadmissibility (art. 122 du
CPC), in German law a claim unfounded on the merits (Aktivlegitimation is a condition of
the claim, not of the action); elsewhere only that the claimant lacks standing."""
NO_STANDING_OTHERWISE = ("le réclamant n'a pas qualité pour agir", "the claimant has no standing")


def _no_standing(law: str | None) -> Words:
    fr, en = NO_STANDING.get(law or "", NO_STANDING_OTHERWISE)
    return Words({"fr": fr, "en": en})


def _who_may_sue(law: str | None) -> Words:
    if is_uncovered(law):
        # No other country's rule on standing: the general point, and the law to check.
        check = to_be_checked(law or "").by_lang
        return Words(
            {
                "fr": "le réclamant doit justifier des droits qu'il invoque, et le mandat "
                f"d'une agence ne lui donne pas ces droits ({check['fr']})",
                "en": "the claimant must prove the rights asserted, and an agency's mandate "
                f"does not give it those rights ({check['en']})",
            }
        )
    return by_law(WHO_MAY_SUE, law)


EXCLUSIVE = {
    "DE": ("LG Köln, 15 mai 2014, 14 O 287/13", "LG Köln, 15 May 2014, 14 O 287/13"),
    "GB": (
        "le licencié exclusif, CDPA s.92 et s.101",
        "the exclusive licensee, CDPA ss.92 and 101",
    ),
    "US": ("17 U.S.C. § 501(b)", "17 U.S.C. § 501(b)"),
}
NON_EXCLUSIVE = {
    "FR": (
        "le réclamant doit justifier des droits qu'il invoque (TGI Paris, 18 nov. 2016, "
        "Magnum Photos)",
        "the claimant must prove the rights asserted (TGI Paris, 18 Nov. 2016, Magnum Photos)",
    ),
    "DE": (
        "seul l'auteur ou un licencié exclusif peut réclamer des dommages-intérêts (LG Köln, "
        "14 O 287/13)",
        "only the author or an exclusive licensee may claim damages (LG Köln, 14 O 287/13)",
    ),
    "GB": (
        "seul le titulaire des droits ou le licencié exclusif peut agir (CDPA s.92 et s.101)",
        "only the copyright owner or the exclusive licensee may sue (CDPA ss.92 and 101)",
    ),
    "US": (
        "seul le titulaire d'un droit exclusif peut agir (17 U.S.C. § 501(b))",
        "only the owner of an exclusive right may sue (17 U.S.C. § 501(b))",
    ),
}
"""What a non-exclusive licence means for the claimant's standing, by the applicable law."""


"""Laws under which the employer is first owner of an employee's photograph (see UK-TITLE-01
and US-TITLE-01); in French and German law the employee remains the author and owner (CPI
L111-1 paragraph 3; § 43 UrhG), so a chain is still needed."""


def _same_person(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


@registry.rule(
    id="GEN-TITLE-01",
    question="title",
    title=T(fr="Chaîne des droits non établie", en="Chain of title not shown"),
    jurisdictions=["ALL"],
    basis=[
        "fr-cpi-l113-5",
        "fr-tgi-paris-2016-11-18-magnum",
        "de-lg-koeln-14-o-287-13",
        "uk-cdpa-s92",
        "uk-cdpa-s96",
        "uk-cdpa-s101",
        "us-17-501",
        "us-righthaven-v-hoehn",
    ],
    reads=[
        "letter.agency",
        "letter.rights_holder",
        "letter.photographer",
        "title.chain_produced",
        "work.made_by_employee",
        "derived.law",
    ],
    role="burden",
    decides="title_shown",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.8,
            summary=T(
                fr="Aucune pièce n'établit la chaîne des droits du photographe à {holder}.",
                en="No chain of title from the photographer to {holder} is produced.",
            ),
            explanation=T(
                fr="Qualité pour agir : {who_may_sue}. En l'espèce, aucune pièce ne relie le "
                "photographe à {holder} ; faute de ce titre, {no_standing}. Il convient de demander l'acte de cession "
                "ou le contrat de licence exclusive ; le mandat d'une agence, à demander "
                "aussi, montre seulement au nom de qui elle réclame.",
                en="Standing: {who_may_sue}. Here no document links the photographer to "
                "{holder}; without that title, {no_standing}. "
                "Ask for the assignment or exclusive licence; an agency's mandate, to be "
                "asked for as well, shows only in whose name it claims.",
            ),
        )
    },
)
def chain_of_title_not_shown(f, p):
    holder, photographer = f["letter.rights_holder"], f["letter.photographer"]
    if holder and photographer and _same_person(holder, photographer):
        # The author owns from creation: no chain to show (Article L111-1 CPI; § 7 UrhG).
        return not_applicable("the rights holder is the photographer: no chain of title")
    chain = f["title.chain_produced"]
    if chain is None:
        return undetermined("title.chain_produced")
    if chain:
        return not_applicable("a chain of title was produced")
    law = country(f["derived.law"])
    if law in EMPLOYER_OWNS and f["work.made_by_employee"]:
        return not_applicable(
            f"an employee's photograph: the employer owns it ({EMPLOYER_OWNS[law]})"
        )
    holder = (
        f["letter.rights_holder"]
        or f["letter.agency"]
        or Words({"fr": "le réclamant", "en": "the claimant"})
    )
    return applies(
        holder=holder,
        who_may_sue=_who_may_sue(law),
        no_standing=_no_standing(law),
        conclusion=False,
    )


@registry.rule(
    id="GEN-TITLE-02",
    question="title",
    title=T(fr="Exclusivité des droits non établie", en="Exclusive rights not shown"),
    jurisdictions=["DE", "GB", "US"],
    basis=[
        "de-lg-koeln-14-o-287-13",
        "uk-cdpa-s101",
        "uk-cdpa-s92",
        "us-17-501",
        "us-righthaven-v-hoehn",
    ],
    reads=[
        "title.exclusive_rights_shown",
        "letter.rights_holder",
        "letter.photographer",
        "derived.law",
    ],
    role="burden",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.7,
            summary=T(
                fr="Le réclamant ne justifie d'aucun droit exclusif : seul l'auteur ou un "
                "licencié exclusif peut réclamer des dommages-intérêts.",
                en="The claimant shows no exclusive rights: only the author or an exclusive "
                "licensee may claim damages.",
            ),
            explanation=T(
                fr="Seul l'auteur ou le titulaire de droits exclusifs peut réclamer des "
                "dommages-intérêts ({authorities}). En l'espèce, l'exclusivité n'est pas "
                "établie : la preuve en incombe au réclamant.",
                en="Only the author or the holder of exclusive rights may claim damages "
                "({authorities}). Here exclusivity is not shown: the claimant "
                "must prove it.",
            ),
        )
    },
)
def exclusivity_not_shown(f, p):
    holder, photographer = f["letter.rights_holder"], f["letter.photographer"]
    if holder and photographer and _same_person(holder, photographer):
        # The author claims in his own name: the exclusive rights are his from creation
        # (§ 7 UrhG, CDPA s.11(1), 17 U.S.C. § 201(a)); only the author or an exclusive
        # licensee may claim, and the author does. Whether he has since granted them away is
        # a matter of title (GEN-TITLE-03, DE-TITLE-01), not of exclusivity to prove.
        return not_applicable("the rights holder is the photographer: the author's own rights")
    shown = f["title.exclusive_rights_shown"]
    if shown is None:
        return undetermined("title.exclusive_rights_shown")
    if shown:
        return not_applicable("exclusive rights were shown")
    return applies(authorities=by_law(EXCLUSIVE, country(f["derived.law"])))


@registry.rule(
    id="GEN-TITLE-03",
    question="title",
    title=T(fr="Preuve de titularité émanant du seul réclamant", en="Self-issued proof of title"),
    jurisdictions=["ALL"],
    basis=["fr-cciv-1363", "de-zpo-286", "fr-cpc-9"],
    reads=["title.self_issued_only", "title.chain_produced"],
    role="burden",
    decides="title_shown",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="La « preuve » de titularité émane du réclamant lui-même : elle n'établit "
                "pas une cession consentie par l'auteur.",
                en="The 'proof' of title comes from the claimant alone: it does not prove "
                "an assignment from the author.",
            ),
            explanation=T(
                fr="La déclaration rédigée ou signée par le réclamant, ou par son propre "
                "mandant, n'établit pas la cession des droits par l'auteur : nul ne peut se "
                "constituer de titre à soi-même (art. 1363 du Code civil ; § 286 ZPO ; règle "
                "générale de preuve, point à vérifier). Demander l'acte de cession signé par "
                "le photographe.",
                en="A statement written or signed by the claimant or by the claimant's own client does "
                "not prove an assignment by the author: no one can make their own proof "
                "(general rule of evidence, to be checked: Article 1363 of the French Civil Code; "
                "§ 286 ZPO). Ask for the assignment signed by the photographer.",
            ),
        )
    },
)
def self_issued_proof(f, p):
    self_issued = f["title.self_issued_only"]
    if self_issued:
        return applies(conclusion=False)
    if self_issued is False:
        return not_applicable("the proof of title does not come from the claimant alone")
    if f["title.chain_produced"]:
        return undetermined("title.self_issued_only")
    return not_applicable("no proof of title was produced to examine")


@registry.rule(
    id="GEN-TITLE-04",
    question="title",
    title=T(
        fr="Image proposée par d'autres banques d'images",
        en="Image offered by other stock sites",
    ),
    jurisdictions=["ALL"],
    basis=[
        "fr-tgi-paris-2016-11-18-magnum",
        "de-lg-koeln-14-o-287-13",
        "uk-cdpa-s92",
        "uk-cdpa-s101",
        "us-17-501",
    ],
    reads=["title.image_on_other_stock_sites", "derived.law"],
    role="burden",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="L'image est commercialisée par d'autres banques d'images : le réclamant "
                "n'est vraisemblablement pas titulaire de droits exclusifs.",
                en="The image is sold by other stock sites: the claimant is probably not an "
                "exclusive rights holder.",
            ),
            explanation=T(
                fr="Une image proposée par plusieurs agences sans lien entre elles fait en "
                "général l'objet de licences non exclusives ; or {standing}. Vérifier la qualité à agir du réclamant, et rechercher "
                "si la licence du client n'a pas été obtenue par un autre canal.",
                en="An image offered by several unrelated agencies is usually licensed "
                "non-exclusively, while {standing}. Check standing, and "
                "whether the client's licence came through another channel.",
            ),
        )
    },
)
def image_on_other_stock_sites(f, p):
    other = f["title.image_on_other_stock_sites"]
    if other is None:
        return undetermined("title.image_on_other_stock_sites")
    if not other:
        return not_applicable("the image is not offered elsewhere")
    law = country(f["derived.law"])
    standing = by_law(NON_EXCLUSIVE, law, when_unknown=("DE", "US"))
    if is_uncovered(law):
        # No other country's rule on standing: the general point, and the law to check.
        check = to_be_checked(law).by_lang
        standing = Words(
            {
                "fr": f"le réclamant doit justifier des droits qu'il invoque ({check['fr']})",
                "en": f"the claimant must prove the rights asserted ({check['en']})",
            }
        )
    return applies(standing=standing)
