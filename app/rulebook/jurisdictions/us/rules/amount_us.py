"""Amount under US law: statutory damages need timely registration (17 U.S.C. § 412), a US
work needs registration before suit (§ 411(a)), and the statutory range a letter should not
overstate (§ 504(c)).

Sources: 17 U.S.C. §§ 411(a), 412, 504; Fourth Estate Public Benefit Corp.
v. Wall-Street.com (2019); McDermott v. Kalita Mukul Creative (E.D.N.Y. 2024). Removal of copyright management information (§ 1202) is
US-NOTICE-01's; ``derived.amount`` still shows its range under ``cmi``.
"""

import app.rulebook.amounts.derivation  # noqa: F401, I001  (registers the derivations)
from app.rulebook import registry
from app.rulebook.figures import period, whole_money
from app.services.rules.display import money
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


def _statutory(f) -> dict | None:
    a = f["derived.amount"] or {}
    return a.get("statutory")


def _range(s: dict) -> dict:
    """The statutory damages figures, in dollars, for the texts."""
    names = {"min": "statutory_min", "max": "statutory_max", "innocent": "innocent_min"}
    names["wilful"] = "wilful_max"
    return {k: money(s[v], "USD") for k, v in names.items()}


@registry.rule(
    id="US-AMOUNT-01",
    question="amount",
    title=T(
        fr="Pas de dommages-intérêts forfaitaires sans enregistrement à temps",
        en="No statutory damages without timely registration",
    ),
    jurisdictions=["US"],
    basis=["us-17-412", "us-17-504"],
    reads=[
        "derived.amount",
        "title.us_registration.registered",
        "title.us_registration.effective_date",
        "work.published_on",
        "use.first_used_on",
    ],
    params=["damages.us.registration_grace_months"],
    role="mitigating",
    variants={
        "unavailable": Variant(
            outcome="favours_client",
            weight=0.8,
            summary=T(
                fr="Ni dommages-intérêts forfaitaires légaux ni remboursement des honoraires "
                "d'avocat : le risque se limite à la redevance ({reference}) et aux profits "
                "éventuels.",
                en="Neither statutory damages nor attorney's fees: the exposure is the licence "
                "fee ({reference}) and any profits.",
            ),
            explanation=T(
                fr="Aucune indemnité forfaitaire ni aucun honoraire d'avocat ne peut être "
                "alloué pour une contrefaçon commencée avant l'enregistrement, sauf "
                "enregistrement dans les {grace} de la première publication (17 U.S.C. "
                "§ 412). {reason_fr} Restent le préjudice réel, c'est-à-dire la redevance, et "
                "les profits (§ 504(b)) : la menace de {wilful_whole} est sans portée.",
                en="No statutory damages and no attorney's fees may be awarded for an "
                "infringement commenced before registration, unless the work was registered "
                "within {grace} of first publication (17 U.S.C. § 412). {reason_en} What "
                "remains is actual damages, i.e. the licence fee, and profits (§ 504(b)): a "
                "{wilful_whole} threat is empty.",
            ),
        ),
        "available": Variant(
            outcome="favours_claimant",
            weight=0.5,
            summary=T(
                fr="Enregistrement en temps utile : des dommages-intérêts forfaitaires sont "
                "possibles ({min} à {max} par œuvre).",
                en="Timely registration: statutory damages are available ({min} to {max} "
                "per work).",
            ),
            explanation=T(
                fr="{reason_fr} Le titulaire peut donc choisir des dommages-intérêts "
                "forfaitaires de {min} à {max} par œuvre (17 U.S.C. § 504(c)), ramenés à "
                "{innocent} si le client prouve sa bonne foi, portés jusqu'à {wilful} "
                "si le titulaire prouve une contrefaçon délibérée.",
                en="{reason_en} The owner may therefore elect statutory damages of {min} to "
                "{max} per work (17 U.S.C. § 504(c)), down to {innocent} if the client "
                "proves innocence, up to {wilful} if the owner proves wilfulness.",
            ),
        ),
    },
    undetermined_text=T(
        fr="On ne sait pas si l'œuvre a été enregistrée à temps.",
        en="Whether the work was registered in time is unknown.",
    ),
)
def no_statutory_damages(f, p):
    s = _statutory(f)
    if s is None:
        return not_applicable("US law does not apply")
    a = f["derived.amount"]
    values = {
        "reference": money(a["reference_fee"], a["currency"]),
        "currency": a["currency"],
        "reason_fr": s["reason"]["fr"],
        "reason_en": s["reason"]["en"],
        **_range(s),
        "wilful_whole": whole_money(s["wilful_max"], "USD"),
        "grace": period(p["damages.us.registration_grace_months"], "months", in_words=True),
    }
    if s["available"] is None:
        return undetermined(*s["missing"])
    return applies("available" if s["available"] else "unavailable", **values)


@registry.rule(
    id="US-AMOUNT-02",
    question="amount",
    title=T(
        fr="Œuvre américaine non enregistrée : pas d'action possible",
        en="Unregistered US work: no suit possible",
    ),
    jurisdictions=["US"],
    basis=["us-17-411", "us-fourth-estate"],
    reads=["title.us_registration.registered", "work.country_of_origin"],
    role="procedural",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="Œuvre américaine non enregistrée : aucune action en contrefaçon n'est "
                "possible avant l'enregistrement.",
                en="Unregistered US work: no infringement suit is possible before registration.",
            ),
            explanation=T(
                fr="Aucune action civile en contrefaçon d'une œuvre américaine n'est recevable "
                "avant son enregistrement, ou son refus (17 U.S.C. § 411(a)), et "
                "l'enregistrement doit être achevé avant l'action (Fourth Estate v. "
                "Wall-Street.com, 2019). La menace de procès suppose donc d'abord un "
                "enregistrement, qui ne rouvrira pas les dommages-intérêts forfaitaires légaux pour cette "
                "contrefaçon déjà commencée (§ 412).",
                en="No civil action for infringement of a United States work lies before "
                "registration, or its refusal (17 U.S.C. § 411(a)), and registration must be "
                "completed before suit (Fourth Estate v. Wall-Street.com, 2019). A threat of "
                "suit therefore first needs a registration, which will not reopen statutory "
                "damages for an infringement already under way (§ 412).",
            ),
        )
    },
)
def us_work_unregistered(f, p):
    registered = f["title.us_registration.registered"]
    if registered:
        return not_applicable("the work is registered")
    origin = f["work.country_of_origin"]
    if origin is not None and origin != "US":
        return not_applicable("a foreign work is exempt from § 411(a)")
    missing = [
        n
        for n, v in (
            ("title.us_registration.registered", registered),
            ("work.country_of_origin", origin),
        )
        if v is None
    ]
    if missing:
        return undetermined(*missing)
    return applies()


@registry.rule(
    id="US-AMOUNT-03",
    question="amount",
    title=T(fr="Fourchette des dommages-intérêts forfaitaires", en="Range of statutory damages"),
    jurisdictions=["US"],
    basis=["us-17-504", "us-mcdermott-v-kalita"],
    reads=["derived.amount", "letter.statutory_maximum_quoted"],
    role="info",
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Dommages-intérêts forfaitaires légaux (statutory damages) : {min} à {max} par œuvre ; {wilful} "
                "seulement pour une contrefaçon délibérée prouvée{quoted_fr}.",
                en="Statutory damages: {min} to {max} per work; {wilful} only for "
                "proven wilful infringement{quoted_en}.",
            ),
            explanation=T(
                fr="Le titulaire peut choisir des dommages-intérêts forfaitaires légaux de {min} à {max} "
                "par œuvre ; le plafond de {wilful} suppose qu'il prouve une contrefaçon "
                "délibérée, et le plancher est ramené à {innocent} si le client prouve sa bonne "
                "foi (17 U.S.C. § 504(c)). Pour une photographie en ligne peu vue, les décisions récentes "
                "restent près du minimum (McDermott v. Kalita, 2024 : 940 $US). Une lettre qui "
                "cite {wilful_whole} sans le plancher surestime le risque encouru.",
                en="The owner may elect statutory damages of {min} to {max} per work; the "
                "{wilful} ceiling needs proof of wilful infringement, and the floor drops "
                "to {innocent} if the client proves innocence (17 U.S.C. § 504(c)). For a "
                "little-seen web photo recent awards stay near the minimum (McDermott v. "
                "Kalita, 2024: USD 940). A letter quoting {wilful_whole} without the floor "
                "overstates the exposure.",
            ),
        )
    },
)
def statutory_range(f, p):
    s = _statutory(f)
    if s is None:
        return not_applicable("US law does not apply")
    if s["available"] is False:
        return not_applicable("statutory damages are unavailable (US-AMOUNT-01)")
    quoted = f["letter.statutory_maximum_quoted"]
    return applies(
        **_range(s),
        wilful_whole=whole_money(s["wilful_max"], "USD"),
        quoted_fr=" ; la lettre cite le maximum sans le minimum" if quoted else "",
        quoted_en="; the letter quotes the maximum without the minimum" if quoted else "",
    )
