"""Embedding under US law: is there a display? The server test.

Sources: Perfect 10 v. Amazon, 508 F.3d 1146 (9th Cir. 2007) and Hunley v. Instagram,
No. 22-15293 (9th Cir. 17 July 2023) (server test); McGucken v. Valnet (9th Cir. 2024;
certiorari denied in 2025, not found by the December 2026 review, marked unverified);
contra Goldman v. Breitbart, 302 F. Supp. 3d 585 (S.D.N.Y. 2018).
"""

from app.rulebook import registry
from app.rulebook.jurisdictions.general.rules._linking import TECHNIQUE_EN, TECHNIQUE_FR
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, not_applicable, undetermined

NINTH = ("9th", "9", "ninth", "9th cir", "9th cir.", "9th circuit")
SECOND = ("2nd", "2", "second", "2d", "2nd cir", "2nd cir.", "2d cir.", "2nd circuit")


@registry.rule(
    id="US-EMBED-01",
    question="exceptions",
    title=T(fr="Intégration : le « server test » américain", en="Embedding: the US server test"),
    jurisdictions=["US"],
    basis=[
        "us-perfect-10-v-amazon",
        "us-hunley-v-instagram",
        "us-mcgucken-v-valnet",
        "us-goldman-v-breitbart",
    ],
    reads=["use.technique", "use.us_circuit"],
    role="decisive",
    decides="display_right",
    variants={
        "ninth_circuit": Variant(
            outcome="favours_client",
            weight=0.85,
            summary=T(
                fr="9e Circuit : l'image n'étant pas servie depuis le serveur du client, "
                "celui-ci ne l'« affiche » pas (server test).",
                en="Ninth Circuit: the image is not served from the client's server, so the "
                "client does not 'display' it (server test).",
            ),
            explanation=T(
                fr="Dans le ressort du 9e Circuit, un site n'« affiche » (display) une image que "
                "s'il en sert une copie depuis son propre serveur ; l'image intégrée ou liée "
                "en ligne n'est pas affichée par le site qui l'intègre (Perfect 10 v. Amazon, "
                "508 F.3d 1146 (9th Cir. 2007) ; Hunley v. Instagram (9th Cir. 2023) ; "
                "McGucken v. Valnet (9th Cir. 2024), certiorari refusé en 2025, point à "
                "vérifier). En l'espèce, le litige relève du 9e Circuit et le mode de diffusion est le "
                "suivant : {technique_fr}. Le droit d'affichage n'est pas atteint : la "
                "réclamation doit être contestée.",
                en="In the Ninth Circuit a site 'displays' an image only if it serves a copy "
                "from its own server; an embedded or in-line linked image is not displayed "
                "by the embedding site (Perfect 10 v. Amazon, 508 F.3d 1146 (9th Cir. "
                "2007); Hunley v. Instagram (9th Cir. 2023); McGucken v. Valnet (9th Cir. "
                "2024), certiorari denied in 2025, to be checked). Here: {technique_en}, within the Ninth "
                "Circuit. The display right is not infringed: contest.",
            ),
        ),
        "second_circuit": Variant(
            outcome="favours_claimant",
            weight=0.5,
            summary=T(
                fr="2e Circuit : une juridiction de New York a jugé que l'intégration constitue "
                "un affichage ; le server test n'y est pas acquis.",
                en="Second Circuit: a New York court held that embedding is a display; the "
                "server test cannot be relied on there.",
            ),
            explanation=T(
                fr="Le server test n'est sûr que dans le ressort du 9e Circuit. Le Southern "
                "District of New York a jugé que l'intégration d'un tweet contenant une "
                "photographie constituait un « affichage » (Goldman v. Breitbart, 302 F. "
                "Supp. 3d 585 (S.D.N.Y. 2018)). En l'espèce, le litige relève du 2e Circuit "
                "et le mode de diffusion est le suivant : {technique_fr}. L'argument peut être soutenu, mais "
                "il est risqué : ne pas en faire le seul moyen de défense.",
                en="The server test is reliable only in the Ninth Circuit. In the Southern "
                "District of New York, embedding a tweet containing a photo was held to be "
                "a 'display' (Goldman v. Breitbart, 302 F. Supp. 3d 585 (S.D.N.Y. 2018)). "
                "Here: {technique_en}, within the Second Circuit. The argument can be made "
                "but is risky; do not rely on it alone.",
            ),
        ),
        "other_circuit": Variant(
            outcome="neutral",
            weight=0.4,
            summary=T(
                fr="Circuit {circuit} : le server test n'y est pas consacré ; l'issue est "
                "incertaine.",
                en="Circuit {circuit}: the server test is not established there; the outcome "
                "is uncertain.",
            ),
            explanation=T(
                fr="Le server test (Perfect 10 v. Amazon ; Hunley v. Instagram ; McGucken v. "
                "Valnet) ne lie que le 9e Circuit ; à New York, Goldman v. Breitbart "
                "(S.D.N.Y. 2018) a jugé en sens contraire. En l'espèce, le litige relève du "
                "circuit {circuit} et le mode de diffusion est le suivant : {technique_fr}. L'argument peut "
                "être soutenu, sans garantie de succès.",
                en="The server test (Perfect 10 v. Amazon; Hunley v. Instagram; McGucken v. "
                "Valnet) binds only the Ninth Circuit; in New York, Goldman v. Breitbart "
                "(S.D.N.Y. 2018) held the opposite. Here: {technique_en}, circuit "
                "{circuit}. The argument can be made, without any guarantee.",
            ),
        ),
    },
    undetermined_text=T(
        fr="Le circuit fédéral compétent n'est pas connu : l'intégration n'échappe avec "
        "certitude à la qualification d'affichage (display) que dans le ressort du 9e "
        "Circuit (server test).",
        en="The competent federal circuit is unknown: embedding is safely not a display only "
        "in the Ninth Circuit (server test).",
    ),
)
def us_server_test(f, p):
    technique = f["use.technique"]
    if technique is None:
        return undetermined("use.technique")
    if technique not in ("embed", "hotlink"):
        return not_applicable("the image is not embedded or in-line linked")
    raw = f["use.us_circuit"]
    if raw is None:
        return undetermined("use.us_circuit")
    circuit = raw.strip().lower()
    labels = {"technique_fr": TECHNIQUE_FR[technique], "technique_en": TECHNIQUE_EN[technique]}
    if circuit in NINTH:
        return applies("ninth_circuit", conclusion=False, **labels)
    if circuit in SECOND:
        return applies("second_circuit", conclusion=True, **labels)
    return applies("other_circuit", circuit=raw.strip(), **labels)
