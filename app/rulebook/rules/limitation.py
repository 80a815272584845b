"""Limitation: is the claim, or part of it, time-barred under the applicable law? The dates
come from ``derived.dates`` (app/rulebook/dates.py), which says what each is computed from.

Sources: art. 2224 C. civ.; Cass. 1re civ. 15 Nov. 2023, n° 22-23.266,
qualified by Cass. 1re civ., 3 Sept. 2025, n° 23-18.669 (legal review of rulebook 1.1,
defect 2: successive acts each have their own period; FR-LIMIT-02, partly barred),
§ 102 UrhG, §§ 195, 199, 852 BGB; BGH I ZR 148/13, Limitation Act 1980 s.2, 17 U.S.C. § 507(b); Nealy; § 193 BGB and FRCP 6(a) for the end of a period.
"""

from app.rulebook import registry
from app.rulebook.dates import derive_dates  # noqa: F401  (registers the dates derivation)
from app.services.rules.display import date_text
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

DATE_READS = ["derived.dates", "use.detected_on"]


def _dates(f) -> dict:
    return f["derived.dates"] or {}


def _values(d: dict) -> dict:
    basis = d.get("limitation_basis") or {"fr": "", "en": ""}
    return {
        "expiry": d.get("limitation_expiry"),
        "expiry_all": d.get("limitation_expiry_all"),
        "knowledge": d.get("knowledge_date"),
        "years": d.get("limitation_years"),
        "today": d.get("today"),
        "basis_fr": basis["fr"],
        "basis_en": basis["en"],
        "days": d.get("days_time_barred"),
        "total": d.get("days_of_use"),
        "residual": d.get("residual_claim_expiry"),
    }


RUNNING = Variant(
    outcome="neutral",
    weight=0.3,
    summary=T(
        fr="Non prescrit : l'action doit être engagée au plus tard le {expiry}.",
        en="Not time-barred: an action must be brought by {expiry}.",
    ),
    explanation=T(fr="{basis_fr}", en="{basis_en}"),
)


def _barred_or_running(f):
    """Time-barred or not, from the dates derivation (knowledge date needed)."""
    d = _dates(f)
    if d.get("limitation_expiry") is None:
        return undetermined("use.detected_on")
    return applies("barred" if d["time_barred"] else "running", **_values(d))


def _partly_barred(f, law: str):
    """Only the older acts of a continuing use are time-barred."""
    d = _dates(f)
    if d.get("law") != law or not d.get("partly_time_barred") or not d.get("days_time_barred"):
        return not_applicable("no act is time-barred, or all are")
    return applies(**_values(d))


@registry.rule(
    id="FR-LIMIT-01",
    question="limitation",
    title=T(
        fr="Prescription quinquennale (art. 2224 C. civ.)",
        en="Five-year limitation (art. 2224 Civil Code)",
    ),
    jurisdictions=["FR"],
    basis=["fr-cciv-2224", "fr-cass-civ1-2025-09-03", "fr-cass-civ1-2023-11-15"],
    reads=DATE_READS,
    role="decisive",
    variants={
        "barred": Variant(
            outcome="favours_client",
            weight=0.9,
            summary=T(
                fr="Action civile entièrement prescrite depuis le {expiry_all} : l'usage a "
                "cessé il y a plus de {years} ans et le réclamant le connaissait depuis le "
                "{knowledge}.",
                en="The civil action is wholly time-barred since {expiry_all}: the use ended "
                "more than {years} years ago and the claimant knew of it since {knowledge}.",
            ),
            explanation=T(
                fr="L'action se prescrit par {years} ans à compter du jour où le titulaire a "
                "connu ou aurait dû connaître les faits (art. 2224 C. civ.) ; lorsque "
                "l'atteinte résulte d'actes successifs, le délai court pour chacun d'eux "
                "(Cass. 1re civ., 3 sept. 2025, n° 23-18.669). Même le dernier acte "
                "d'exploitation remonte ici à plus de {years} ans. {basis_fr} Opposer la "
                "prescription : la demande est irrecevable.",
                en="The action is time-barred {years} years after the rights holder knew or "
                "should have known the facts (art. 2224 French Civil Code); where the "
                "infringement is a succession of acts, the period runs for each of them "
                "(Cass. 1re civ., 3 Sept. 2025, no. 23-18.669). Even the last act of use "
                "here is more than {years} years old. {basis_en} Raise limitation: the "
                "claim is inadmissible.",
            ),
        ),
        "running": RUNNING,
    },
    undetermined_text=T(
        fr="On ignore la date à laquelle le réclamant a eu connaissance de l'usage.",
        en="The date the claimant learned of the use is unknown.",
    ),
)
def fr_limitation(f, p):
    d = _dates(f)
    if d.get("limitation_expiry") is None:
        return undetermined("use.detected_on")
    if d.get("partly_time_barred"):
        return not_applicable("only the older acts are time-barred: see FR-LIMIT-02")
    return _barred_or_running(f)


@registry.rule(
    id="FR-LIMIT-02",
    question="limitation",
    title=T(
        fr="Prescription partielle : seuls les actes anciens sont prescrits",
        en="Partly time-barred: only the older acts are barred",
    ),
    jurisdictions=["FR"],
    basis=["fr-cciv-2224", "fr-cass-civ1-2025-09-03", "fr-cass-civ1-2023-11-15"],
    reads=["derived.dates"],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="Action prescrite pour les actes antérieurs au {actionable_from} "
                "({days} des {total} jours d'usage) ; l'usage postérieur reste actionnable "
                "et seul il peut être indemnisé.",
                en="The action is time-barred for the acts before {actionable_from} ({days} "
                "of the {total} days of use); the later use remains actionable and alone can "
                "be compensated.",
            ),
            explanation=T(
                fr="Lorsque la contrefaçon résulte d'une succession d'actes distincts de "
                "reproduction, de représentation ou de diffusion, la prescription de "
                "l'art. 2224 C. civ. court pour chacun d'eux à compter du jour où l'auteur "
                "l'a connu ou aurait dû le connaître (Cass. 1re civ., 3 sept. 2025, "
                "n° 23-18.669) : les actes des {years} années précédant l'assignation "
                "restent actionnables. Opposer la prescription pour les actes antérieurs au "
                "{actionable_from}, et ne discuter l'indemnité que pour la période non "
                "prescrite. Pour la période ancienne, on peut encore soutenir qu'une mise en "
                "ligne continue est un acte unique prolongé, prescrit dans son entier à "
                "compter de sa connaissance (Cass. 1re civ., 15 nov. 2023, n° 22-23.266, "
                "œuvre exposée de façon continue) ; la question n'est pas tranchée pour "
                "internet. {basis_fr}",
                en="Where the infringement is a succession of distinct acts of "
                "reproduction, communication or distribution, the art. 2224 limitation "
                "period runs for each from the day the author knew or should have known of "
                "it (Cass. 1re civ., 3 Sept. 2025, no. 23-18.669): the acts of the {years} "
                "years before suit remain actionable. Raise limitation for the acts before "
                "{actionable_from}, and discuss compensation for the period not barred only. "
                "For the older period one may still argue that continuous online display is "
                "a single prolonged act, barred as a whole from knowledge (Cass. 1re civ., 15 "
                "Nov. 2023, no. 22-23.266, a work exhibited continuously); the point is not "
                "settled for the internet. {basis_en}",
            ),
        )
    },
)
def fr_partly_barred(f, p):
    d = _dates(f)
    if d.get("law") != "FR" or not d.get("partly_time_barred"):
        return not_applicable("no act is time-barred, or all are")
    return applies(actionable_from=d.get("actionable_from"), **_values(d))


@registry.rule(
    id="DE-LIMIT-01",
    question="limitation",
    title=T(
        fr="Prescription par jour d'usage (§ 102 UrhG, §§ 195, 199 BGB)",
        en="Limitation per day of use (§ 102 UrhG, §§ 195, 199 BGB)",
    ),
    jurisdictions=["DE"],
    basis=[
        "de-urhg-102",
        "de-bgb-195",
        "de-bgb-199",
        "de-bgb-852",
        "de-bgh-i-zr-148-13",
        "de-bgb-193",
    ],
    reads=[*DATE_READS, "use.first_used_on"],
    role="mitigating",
    variants={
        "some_days": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="Dommages-intérêts prescrits pour {days} des {total} jours d'usage ; seule "
                "reste, pour ces jours, la créance résiduelle d'enrichissement (§ 852 BGB).",
                en="Damages time-barred for {days} of the {total} days of use; for those days "
                "only the residual enrichment claim remains (§ 852 BGB).",
            ),
            explanation=T(
                fr="Le droit à dommages-intérêts se prescrit par {years} ans à compter de la fin "
                "de l'année de connaissance (§ 102 UrhG, §§ 195, 199 BGB), jour d'usage par "
                "jour d'usage (BGH, I ZR 148/13 « Motorradteile »). {basis_fr} Pour les jours "
                "prescrits, seule la valeur de licence économisée reste due au titre de "
                "l'enrichissement (§ 852 BGB, 10 ans), sans majoration.",
                en="The damages claim is time-barred {years} years from the end of the year of "
                "knowledge (§ 102 UrhG, §§ 195, 199 BGB), day of use by day of use (BGH, I ZR "
                "148/13 'Motorradteile'). {basis_en} For the barred days only the licence value "
                "saved remains owed as enrichment (§ 852 BGB, 10 years), without surcharge.",
            ),
        ),
        "all_days": Variant(
            outcome="favours_client",
            weight=0.7,
            summary=T(
                fr="Dommages-intérêts prescrits pour tous les jours d'usage depuis le "
                "{expiry_all} ; reste la créance résiduelle d'enrichissement jusqu'au "
                "{residual}.",
                en="Damages time-barred for every day of use since {expiry_all}; the residual "
                "enrichment claim remains until {residual}.",
            ),
            explanation=T(
                fr="Tous les jours d'usage sont prescrits au titre des dommages-intérêts (§ 102 "
                "UrhG, §§ 195, 199 BGB ; BGH, I ZR 148/13). {basis_fr} Seule reste la valeur de "
                "licence économisée, au titre de l'enrichissement (§ 852 BGB) : ni majoration "
                "ni frais.",
                en="Every day of use is time-barred as to damages (§ 102 UrhG, §§ 195, 199 BGB; "
                "BGH, I ZR 148/13). {basis_en} Only the licence value saved remains, as "
                "enrichment (§ 852 BGB): no surcharge, no costs.",
            ),
        ),
        "running": RUNNING,
    },
    undetermined_text=T(
        fr="On ignore la date à laquelle le réclamant a eu connaissance de l'usage.",
        en="The date the claimant learned of the use is unknown.",
    ),
)
def de_limitation(f, p):
    d = _dates(f)
    if d.get("limitation_expiry") is None:
        return undetermined("use.detected_on")
    if d["time_barred"]:
        return applies("all_days", **_values(d))
    if d.get("days_time_barred"):
        return applies("some_days", **_values(d))
    return applies("running", **_values(d))


@registry.rule(
    id="UK-LIMIT-01",
    question="limitation",
    title=T(
        fr="Prescription de six ans (Limitation Act 1980, s.2)",
        en="Six-year limitation (Limitation Act 1980, s.2)",
    ),
    jurisdictions=["GB"],
    basis=["uk-limitation-act-1980-s2"],
    reads=["derived.dates", "use.first_used_on", "use.removed_on"],
    role="decisive",
    variants={
        "barred": Variant(
            outcome="favours_client",
            weight=0.9,
            summary=T(
                fr="Tous les actes ont plus de {years} ans : action prescrite depuis le "
                "{expiry_all}.",
                en="Every act is more than {years} years old: the action is time-barred since "
                "{expiry_all}.",
            ),
            explanation=T(
                fr="Une action fondée sur un tort se prescrit par {years} ans à compter de "
                "chaque acte (Limitation Act 1980, s.2 ; son application au droit d'auteur est "
                "à vérifier). {basis_fr}",
                en="An action founded on tort must be brought within {years} years of each act "
                "(Limitation Act 1980, s.2; its application to copyright is to be checked). "
                "{basis_en}",
            ),
        ),
        "running": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Prescription non entièrement acquise : l'usage le plus récent peut encore "
                "être poursuivi {until_fr}.",
                en="Not wholly time-barred: the latest use remains actionable {until_en}.",
            ),
            explanation=T(fr="{basis_fr}", en="{basis_en}"),
        ),
    },
    undetermined_text=T(
        fr="On ignore la date de la première utilisation de l'image.",
        en="The date the image was first used is unknown.",
    ),
)
def uk_limitation(f, p):
    d = _dates(f)
    if d.get("limitation_expiry") is None:
        return undetermined("use.first_used_on")
    values = _values(d)
    if d["time_barred"]:
        return applies("barred", **values)
    until = d.get("limitation_expiry_all")
    return applies(
        "running",
        until_fr=f"jusqu'au {date_text(until, 'fr')}" if until else "(usage en cours)",
        until_en=f"until {date_text(until, 'en')}" if until else "(use ongoing)",
        **values,
    )


@registry.rule(
    id="UK-LIMIT-02",
    question="limitation",
    title=T(fr="Actes de plus de six ans prescrits", en="Acts older than six years time-barred"),
    jurisdictions=["GB"],
    basis=["uk-limitation-act-1980-s2"],
    reads=["derived.dates"],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="{days} des {total} jours d'usage ont plus de {years} ans : prescrits.",
                en="{days} of the {total} days of use are more than {years} years old: "
                "time-barred.",
            ),
            explanation=T(
                fr="Chaque acte se prescrit par {years} ans (Limitation Act 1980, s.2 ; "
                "application au droit d'auteur à vérifier) : la redevance ne couvre que la "
                "période non prescrite. {basis_fr}",
                en="Each act is time-barred after {years} years (Limitation Act 1980, s.2; "
                "application to copyright to be checked): the fee covers only the period not "
                "barred. {basis_en}",
            ),
        )
    },
)
def uk_partly_barred(f, p):
    return _partly_barred(f, "GB")


@registry.rule(
    id="US-LIMIT-01",
    question="limitation",
    title=T(
        fr="Prescription de trois ans (17 U.S.C. § 507(b))",
        en="Three-year limitation (17 U.S.C. § 507(b))",
    ),
    jurisdictions=["US"],
    basis=["us-17-507", "us-nealy", "us-frcp-6a"],
    reads=DATE_READS,
    role="decisive",
    variants={
        "barred": Variant(
            outcome="favours_client",
            weight=0.9,
            summary=T(
                fr="Action prescrite depuis le {expiry_all} (découverte le {knowledge}).",
                en="The action is time-barred since {expiry_all} (discovered on {knowledge}).",
            ),
            explanation=T(
                fr="Une action civile doit être engagée dans les {years} ans de la naissance "
                "du droit (17 U.S.C. § 507(b)), la plupart des circuits retenant la découverte. "
                "{basis_fr}",
                en="A civil action must be commenced within {years} years after the claim "
                "accrued (17 U.S.C. § 507(b)), most circuits applying a discovery rule. "
                "{basis_en}",
            ),
        ),
        "running": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Non prescrit avant le {expiry} ; une action dans le délai n'a pas de "
                "plafond de dommages sur trois ans (Nealy).",
                en="Not time-barred before {expiry}; a timely action has no three-year damages "
                "cap (Nealy).",
            ),
            explanation=T(
                fr="{basis_fr} Pour une action dans le délai, les dommages ne sont pas limités "
                "aux trois années précédant l'action (Warner Chappell v. Nealy, 2024).",
                en="{basis_en} For a timely action, damages are not limited to the three years "
                "before suit (Warner Chappell v. Nealy, 2024).",
            ),
        ),
    },
    undetermined_text=T(
        fr="On ignore la date à laquelle le réclamant a découvert l'usage.",
        en="The date the claimant discovered the use is unknown.",
    ),
)
def us_limitation(f, p):
    return _barred_or_running(f)


@registry.rule(
    id="US-LIMIT-02",
    question="limitation",
    title=T(fr="Actes antérieurs prescrits", en="Earlier acts time-barred"),
    jurisdictions=["US"],
    basis=["us-17-507"],
    reads=["derived.dates"],
    role="mitigating",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.5,
            summary=T(
                fr="{days} des {total} jours d'usage sont prescrits ; l'usage postérieur peut "
                "encore être poursuivi.",
                en="{days} of the {total} days of use are time-barred; the later use remains "
                "actionable.",
            ),
            explanation=T(
                fr="Les actes découverts depuis plus de {years} ans sont prescrits (17 U.S.C. "
                "§ 507(b)) ; la redevance ne couvre que la période non prescrite. {basis_fr}",
                en="Acts discovered more than {years} years ago are time-barred (17 U.S.C. "
                "§ 507(b)); the fee covers only the period not barred. {basis_en}",
            ),
        )
    },
)
def us_partly_barred(f, p):
    return _partly_barred(f, "US")
