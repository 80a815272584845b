"""Proof of the infringing use: what the claimant offers to show the image was used.

Sources: France: art. 9 CPC (each party proves the facts it relies on); use is a legal fact
proved by any means and freely weighed by the court, so a screenshot's probative value is
open to dispute (CA Paris, 2 July 2010), and even a bailiff's report is worth only its
protocol (CA Paris, 12 Jan. 2016, RG 2014/14431; standard NF Z67-147, CA Paris, 27 Feb.
2013); CA Paris, 28 Jan. 2020, n° 18/02939 could not be found and is marked unverified.
Germany: § 286 ZPO (free assessment of evidence; recalled, not verified). When the client's
own facts date the use, FR-PROOF-01 says so and weighs little (legal review of rulebook 1.1,
defect 10).

All three rules deciding ``use_proven`` have disjoint conditions (no evidence; screenshots
or tracking reports only; an independent capture), so they never conflict.
"""

from app.rulebook import registry
from app.services.rules.display import Words, date_text
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

WEAK_EVIDENCE = ("screenshot", "tracking_report")
EVIDENCE_LABELS = {
    "screenshot": ("capture d'écran", "screenshot"),
    "tracking_report": ("rapport de détection", "tracking report"),
    "timestamped_capture": ("capture horodatée", "timestamped capture"),
    "bailiff_report": ("constat de commissaire de justice", "bailiff's report"),
    "web_archive": ("archive du web", "web archive"),
}
EVIDENCE_UNDETERMINED = T(
    fr="On ne sait pas quelle preuve de l'usage le réclamant produit.",
    en="What evidence of the use the claimant offers is unknown.",
)


def _admitted(first, removed):
    """The client's own dates of the use, in words for each language."""
    parts = {"fr": [], "en": []}
    for lang in ("fr", "en"):
        if first:
            label = "usage depuis le" if lang == "fr" else "used from"
            parts[lang].append(f"{label} {date_text(first, lang)}")
        if removed:
            label = "retrait le" if lang == "fr" else "removed on"
            parts[lang].append(f"{label} {date_text(removed, lang)}")
    return {"admitted_fr": ", ".join(parts["fr"]), "admitted_en": ", ".join(parts["en"])}


def _labels(evidence):
    return {
        "evidence_fr": ", ".join(EVIDENCE_LABELS[e][0] for e in evidence),
        "evidence_en": ", ".join(EVIDENCE_LABELS[e][1] for e in evidence),
    }


@registry.rule(
    id="GEN-PROOF-01",
    question="proof_of_use",
    title=T(fr="Aucune preuve de l'usage", en="No evidence of the use"),
    jurisdictions=["ALL"],
    basis=["fr-cpc-9", "de-zpo-286"],
    reads=["letter.evidence_of_use", "derived.law"],
    role="mitigating",
    decides="use_proven",
    variants={
        "default": Variant(
            outcome="favours_client",
            weight=0.7,
            summary=T(
                fr="Le réclamant ne produit aucune preuve de l'usage qu'il reproche.",
                en="The claimant offers no evidence of the use it complains of.",
            ),
            explanation=T(
                fr="Celui qui réclame doit prouver les faits sur lesquels il fonde sa "
                "demande ({burden}). En l'espèce, la lettre n'est accompagnée d'aucune "
                "capture, d'aucun rapport ni d'aucun constat : il convient de demander la "
                "preuve de l'usage (adresse de la page, date, capture) avant toute "
                "réponse sur le fond.",
                en="Whoever claims must prove the facts its claim rests on ({burden}). Here "
                "the letter comes with no capture, report or constat: ask for evidence of "
                "the use (page address, date, capture) before any answer on the merits.",
            ),
        )
    },
    undetermined_text=EVIDENCE_UNDETERMINED,
)
def no_evidence_of_use(f, p):
    evidence = f["letter.evidence_of_use"]
    if evidence is None:
        return undetermined("letter.evidence_of_use")
    if evidence:
        return not_applicable("some evidence of the use is offered")
    law = (f["derived.law"] or {}).get("country")
    return applies(burden=Words(BURDEN.get(law, BURDEN[None])), conclusion=False)


BURDEN = {
    "FR": {"fr": "art. 9 CPC", "en": "art. 9 CPC"},
    "DE": {
        "fr": "en droit allemand, chaque partie prouve les faits qui lui sont favorables, "
        "que le juge apprécie librement, § 286 ZPO",
        "en": "under German law each party proves the facts in its favour, which the court "
        "weighs freely, § 286 ZPO",
    },
    None: {
        "fr": "règle générale de la charge de la preuve",
        "en": "the general rule on the burden of proof",
    },
}
"""Who proves the use, by the applicable law (the general rule where no text is cited)."""


@registry.rule(
    id="FR-PROOF-01",
    question="proof_of_use",
    title=T(
        fr="Preuve de l'usage par simples captures d'écran",
        en="Use shown by screenshots only",
    ),
    jurisdictions=["FR"],
    basis=[
        "fr-cpc-9",
        "fr-ca-paris-2010-07-02",
        "fr-ca-paris-2016-01-12",
        "fr-ca-paris-2020-01-28",
        "fr-afnor-nf-z67-147",
    ],
    reads=["letter.evidence_of_use", "use.first_used_on", "use.removed_on"],
    role="mitigating",
    decides="use_proven",
    variants={
        "use_admitted": Variant(
            outcome="favours_client",
            weight=0.2,
            summary=T(
                fr="La preuve de l'usage se limite à : {evidence_fr} ; mais les éléments "
                "donnés par le client ({admitted_fr}) confirment l'usage, qui ne doit pas être nié.",
                en="The evidence of use is only: {evidence_en}; but the client's own facts "
                "({admitted_en}) confirm the use: do not deny it.",
            ),
            explanation=T(
                fr="L'usage est un fait juridique qui se prouve par tout moyen, et le juge "
                "apprécie librement la force probante d'une capture d'écran (art. 9 CPC). "
                "En l'espèce, le client lui-même situe l'usage ({admitted_fr}) : contester "
                "la valeur probante des captures ne servirait qu'à obtenir du réclamant la "
                "date et l'étendue exactes de l'usage, et nier l'usage nuirait à la "
                "crédibilité de la réponse. L'argument ne pèse donc guère dans la "
                "discussion.",
                en="Use is a legal fact that may be proved by any means, and the court "
                "freely weighs a screenshot (art. 9 CPC). Here the client itself places the "
                "use ({admitted_en}): disputing the screenshots' probative value would only "
                "serve to make the claimant state the exact dates and extent of the use, "
                "and denying the use would harm the reply's credibility. The point "
                "therefore carries little weight.",
            ),
        ),
        "default": Variant(
            outcome="favours_client",
            weight=0.6,
            summary=T(
                fr="La preuve de l'usage se limite à : {evidence_fr}. Sans constat d'un "
                "tiers indépendant, sa valeur probante est discutable.",
                en="The evidence of use is only: {evidence_en}. Without a report by an "
                "independent third party its probative value is open to dispute.",
            ),
            explanation=T(
                fr="Chaque partie prouve les faits nécessaires au succès de sa prétention "
                "(art. 9 CPC). L'usage est un fait juridique qui se prouve par tout moyen, "
                "et le juge apprécie librement la force probante d'une capture d'écran ; "
                "faite sans commissaire de justice ni autre tiers indépendant, elle est "
                "aisément discutée (CA Paris, 2 juill. 2010 ; une décision de la CA Paris "
                "du 28 janv. 2020, n° 18/02939, n'a pu être retrouvée : à vérifier) ; même un constat n'a de valeur que si le protocole "
                "technique a été suivi (CA Paris, 12 janv. 2016, RG 2014/14431 ; norme NF "
                "Z67-147). En l'espèce : {evidence_fr}. Contester la valeur probante et demander "
                "un constat ; si le client reconnaît l'usage, l'argument perd son "
                "intérêt.",
                en="Each party proves the facts its claim needs (art. 9 CPC). Use is a legal "
                "fact that may be proved by any means, and the court freely weighs a "
                "screenshot; made without a bailiff or another independent third party, it "
                "is easily disputed (CA Paris, 2 July 2010; a CA Paris judgment of 28 Jan. "
                "2020, no. 18/02939, could not be found: to be checked); even a bailiff's report has value only "
                "if the technical protocol was followed (CA Paris, 12 Jan. 2016, RG "
                "2014/14431; standard NF Z67-147). Here: {evidence_en}. Dispute its "
                "probative value and ask for a proper report; if the client admits the "
                "use, the point loses its interest.",
            ),
        ),
    },
    undetermined_text=EVIDENCE_UNDETERMINED,
)
def fr_screenshots_only(f, p):
    evidence = f["letter.evidence_of_use"]
    if evidence is None:
        return undetermined("letter.evidence_of_use")
    if not evidence:
        return not_applicable("no evidence at all (GEN-PROOF-01)")
    if any(e not in WEAK_EVIDENCE for e in evidence):
        return not_applicable("an independent capture is offered")
    first, removed = f["use.first_used_on"], f["use.removed_on"]
    if first or removed:
        return applies(
            "use_admitted",
            **_labels(evidence),
            **_admitted(first, removed),
            conclusion=False,
        )
    return applies(**_labels(evidence), conclusion=False)


@registry.rule(
    id="GEN-PROOF-03",
    question="proof_of_use",
    title=T(
        fr="Usage établi par une capture indépendante",
        en="Use shown by an independent capture",
    ),
    jurisdictions=["ALL"],
    basis=["fr-ca-paris-2016-01-12", "fr-afnor-nf-z67-147", "fr-ca-paris-2013-02-27"],
    reads=["letter.evidence_of_use"],
    role="info",
    decides="use_proven",
    variants={
        "bailiff": Variant(
            outcome="favours_claimant",
            weight=0.6,
            summary=T(
                fr="L'usage est établi par un constat de commissaire de justice : ne pas "
                "contester l'usage lui-même, sauf vice du protocole.",
                en="The use is shown by a bailiff's report: do not dispute the use itself, "
                "unless the protocol was flawed.",
            ),
            explanation=T(
                fr="Un constat dressé par un commissaire de justice (huissier) est la "
                "preuve de référence de l'usage en ligne. En France, il n'a toutefois de "
                "valeur que si le protocole a été suivi (matériel, navigateur, absence de "
                "proxy, adresses DNS et IP, horloge, cache vidé : CA Paris, 12 janv. "
                "2016, RG 2014/14431) ; la norme NF Z67-147 guide ce contrôle, sans être "
                "une règle de droit (CA Paris, 27 févr. 2013). Preuves produites : "
                "{evidence_fr}. Relire le constat sur ces points.",
                en="A report drawn up by a bailiff (commissaire de justice) is the "
                "reference proof of online use. In France it has value only if the "
                "protocol was followed (hardware, browser, no proxy, DNS and IP addresses, "
                "clock, cleared cache: CA Paris, 12 Jan. 2016, RG 2014/14431); standard NF "
                "Z67-147 guides that check without being a rule of law (CA Paris, 27 Feb. "
                "2013). Evidence offered: {evidence_en}. Read the report on those points.",
            ),
        ),
        "third_party": Variant(
            outcome="favours_claimant",
            weight=0.4,
            summary=T(
                fr="L'usage est étayé par une capture de tiers ({evidence_fr}) : preuve "
                "plus solide qu'une simple capture d'écran.",
                en="The use is supported by a third-party capture ({evidence_en}): "
                "stronger than a mere screenshot.",
            ),
            explanation=T(
                fr="Une capture horodatée ou une archive du web émane d'un tiers et "
                "offre plus de garanties qu'une capture d'écran de l'agence. Les sources "
                "consultées ne tranchent pas sa valeur face à l'exigence française d'un "
                "tiers indépendant et objectif (CA Paris, 12 janv. 2016, RG 2014/14431) : "
                "à apprécier au cas par cas. Preuves produites : {evidence_fr}.",
                en="A timestamped capture or a web archive comes from a third party and "
                "offers more guarantees than the agency's own screenshot. The sources "
                "consulted do not settle its weight against the French requirement of an "
                "independent and objective third party (CA Paris, 12 Jan. 2016, RG "
                "2014/14431): assess it case by case. Evidence offered: {evidence_en}.",
            ),
        ),
    },
    undetermined_text=EVIDENCE_UNDETERMINED,
)
def independent_capture(f, p):
    evidence = f["letter.evidence_of_use"]
    if evidence is None:
        return not_applicable("the evidence offered is unknown (see GEN-PROOF-01)")
    if "bailiff_report" in evidence:
        return applies("bailiff", **_labels(evidence), conclusion=True)
    if any(e not in WEAK_EVIDENCE for e in evidence):
        return applies("third_party", **_labels(evidence), conclusion=True)
    return not_applicable("no independent capture is offered")


@registry.rule(
    id="DE-PROOF-02",
    question="proof_of_use",
    title=T(
        fr="Captures d'écran : preuve librement appréciée (droit allemand)",
        en="Screenshots: evidence freely assessed (German law)",
    ),
    jurisdictions=["DE"],
    basis=["de-zpo-286"],
    reads=["letter.evidence_of_use"],
    role="info",
    variants={
        "default": Variant(
            outcome="neutral",
            weight=0.3,
            summary=T(
                fr="Preuve de l'usage : {evidence_fr}. Le droit allemand n'exige pas de "
                "constat ; le juge apprécie librement ces pièces.",
                en="Evidence of the use: {evidence_en}. German law requires no bailiff's "
                "report; the court weighs these documents freely.",
            ),
            explanation=T(
                fr="Contrairement à la France, les sources consultées ne relèvent en "
                "Allemagne aucune exigence d'un constat par un tiers : le juge apprécie "
                "librement la valeur des preuves (§ 286 ZPO, à vérifier). Une capture "
                "d'écran est plus faible qu'un constat mais recevable. Le réclamant doit "
                "toujours prouver l'usage : si le client le conteste (date, page, image "
                "différente), le dire précisément ; sinon l'argument de preuve est "
                "inutile. En l'espèce : {evidence_fr}.",
                en="Unlike France, the sources consulted record no requirement in Germany "
                "of a report by a third party: the court weighs the evidence freely "
                "(§ 286 ZPO, to be checked). A screenshot is weaker than a bailiff's report "
                "but admissible. The claimant must still prove the use: if the client "
                "disputes it (date, page, a different image), say so precisely; otherwise "
                "the evidence point is of no use. Here: {evidence_en}.",
            ),
        )
    },
)
def de_screenshots(f, p):
    evidence = f["letter.evidence_of_use"]
    if not evidence or any(e not in WEAK_EVIDENCE for e in evidence):
        return not_applicable("not a case of screenshots or tracking reports only")
    return applies(**_labels(evidence))
