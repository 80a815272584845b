"""The US hosting safe harbour for content uploaded by users (17 U.S.C. § 512(c)).

Sources: 17 USC 512(c), 37 CFR 201.38.
Whether the site hosts user content and whether removal was expeditious are read from the
claim's own facts where they decide it (legal review of rulebook 1.1, defect 17; 17 U.S.C.
§ 512(c)(1)(C)); the client is asked only when they do not.
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._hosting import (
    EXPEDITIOUS_DAYS,
    HOSTING_READS,
    REMOVAL_READS,
    hosts_user_content,
    removed_expeditiously,
    since_notice,
)
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined


@registry.rule(
    id="US-DMCA-01",
    question="exceptions",
    title=T(
        fr="Exonération de responsabilité de l'hébergeur (safe harbor, 17 U.S.C. § 512(c))",
        en="Hosting safe harbor (17 U.S.C. § 512(c))",
    ),
    jurisdictions=["US"],
    basis=["us-17-512", "us-37-cfr-201-38"],
    reads=[
        *HOSTING_READS,
        *REMOVAL_READS,
        "use.dmca_agent_registered",
        "use.dmca_agent_registered_on",
        "use.first_used_on",
    ],
    params=[EXPEDITIOUS_DAYS],
    role="decisive",
    decides="safe_harbour",
    variants={
        "available": Variant(
            outcome="favours_client",
            weight=0.8,
            summary=T(
                fr="Image mise en ligne par un utilisateur, agent DMCA désigné depuis le "
                "{registered_on}, retrait prompt après notification : l'hébergeur n'encourt "
                "aucune condamnation pécuniaire.",
                en="User-uploaded content, DMCA agent designated on {registered_on}, prompt "
                "removal on notice: no monetary liability.",
            ),
            explanation=T(
                fr="Le § 512(c) protège le prestataire pour les contenus stockés à la "
                "demande de ses utilisateurs, s'il a désigné un agent auprès du Copyright "
                "Office par le système électronique (37 C.F.R. § 201.38) et retire "
                "promptement le contenu notifié ; selon des praticiens, la protection ne "
                "court qu'à compter de la désignation (point à vérifier). En l'espèce, l'image a été mise "
                "en ligne par un utilisateur, "
                "l'agent était désigné depuis le {registered_on} (avant le premier usage du "
                "{first_used}) et le retrait a été prompt. Les autres conditions du "
                "§ 512(c) restent à vérifier. Contester toute demande pécuniaire.",
                en="Section 512(c) shields a service provider for content stored at the "
                "direction of its users, if it designated an agent with the Copyright "
                "Office through the electronic system (37 C.F.R. § 201.38) and removes "
                "notified content promptly; according to practitioners the shield runs only "
                "from the designation (to be checked). Here a user uploaded the image, the "
                "agent had been designated since "
                "{registered_on} (before the first use on {first_used}) and removal was "
                "prompt. The other conditions of section 512(c) remain to be checked. "
                "Contest any monetary demand.",
            ),
        ),
        "no_agent": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="Aucun agent DMCA désigné : l'exonération du § 512(c) ne peut être invoquée.",
                en="No DMCA agent designated: the § 512(c) safe harbor is unavailable.",
            ),
            explanation=T(
                fr="L'exonération de l'hébergeur (safe harbor) suppose un agent désigné auprès du Copyright Office "
                "(17 U.S.C. § 512(c)(2) ; 37 C.F.R. § 201.38). En l'espèce, aucun agent n'est "
                "désigné : l'exonération de l'hébergeur ne peut être invoquée pour les contenus de ses "
                "utilisateurs.",
                en="The safe harbor requires an agent designated with the Copyright Office "
                "(17 U.S.C. § 512(c)(2); 37 C.F.R. § 201.38). Here no agent is designated: "
                "the safe harbor cannot be invoked for its users' uploads.",
            ),
        ),
        "late_agent": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="Agent DMCA désigné le {registered_on}, après le premier usage du "
                "{first_used} : l'exonération de l'hébergeur ne couvrirait pas la période antérieure "
                "(point à vérifier).",
                en="DMCA agent designated on {registered_on}, after the first use on "
                "{first_used}: the safe harbor would not cover the earlier period "
                "(to be checked).",
            ),
            explanation=T(
                fr="Selon des praticiens, la protection du § 512(c) ne court qu'à compter de "
                "la désignation de l'agent (37 C.F.R. § 201.38 ; point à vérifier). En l'espèce, l'agent a "
                "été désigné le "
                "{registered_on}, après le premier usage du {first_used} : la période "
                "antérieure n'est pas couverte.",
                en="According to practitioners, the § 512(c) shield runs only from the agent's "
                "designation (37 C.F.R. § 201.38; to be checked). Here the agent was "
                "designated on {registered_on}, after the "
                "first use on {first_used}: the earlier period is not covered.",
            ),
        ),
        "no_takedown": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="Le contenu n'a pas été retiré promptement après notification : "
                "l'exonération de l'hébergeur (safe harbor) est perdue.",
                en="The content was not removed promptly on notice: the safe harbor is lost.",
            ),
            explanation=T(
                fr="Le § 512(c) exige le retrait prompt du contenu notifié. En l'espèce, le retrait "
                "n'a pas été prompt : l'exonération de l'hébergeur ne peut être invoquée."
                "{since_fr}",
                en="Section 512(c) requires prompt removal of notified content. Here removal "
                "was not prompt: the safe harbor cannot be invoked.{since_en}",
            ),
        ),
    },
)
def us_dmca_safe_harbour(f, p):
    platform, third = hosts_user_content(f), f["use.uploaded_by_third_party"]
    if platform is False:
        return not_applicable("the site does not host user content")
    if third is False:
        return not_applicable("the client uploaded the image itself")
    if platform is None and third is None:
        return not_applicable("nothing points to user-uploaded content")
    if platform is None:
        return undetermined("use.platform_hosts_user_content")
    if third is None:
        return undetermined("use.uploaded_by_third_party")
    registered, registered_on = f["use.dmca_agent_registered"], f["use.dmca_agent_registered_on"]
    if registered is False and registered_on is None:
        return applies("no_agent", conclusion=False)
    if registered_on is None:
        return undetermined(
            "use.dmca_agent_registered_on" if registered else "use.dmca_agent_registered"
        )
    first = f["use.first_used_on"]
    if first is None:
        return undetermined("use.first_used_on")
    dates = {"registered_on": registered_on, "first_used": first}
    if registered_on > first:
        return applies("late_agent", conclusion=False, **dates)
    if f["use.uploader_under_client_control"]:
        return not_applicable("the uploader acted under the client's authority or control")
    prompt = removed_expeditiously(f, p)
    if prompt is False:
        return applies("no_takedown", conclusion=False, **dates, **since_notice(f, p))
    if prompt is None:
        return undetermined("use.removed_promptly_on_notice")
    return applies("available", conclusion=True, **dates)
