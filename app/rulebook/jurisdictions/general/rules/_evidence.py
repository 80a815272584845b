"""Shared by the proof-of-use rules: the kinds of evidence a claimant offers, and which are
weak.

All three rules deciding ``use_proven`` have disjoint conditions (no evidence; screenshots
or tracking reports only; an independent capture), so they never conflict.
"""

from app.services.rules.model import Text as T

WEAK_EVIDENCE = ("screenshot", "tracking_report")
EVIDENCE_LABELS = {
    "screenshot": ("capture d'écran", "screenshot"),
    "tracking_report": ("rapport de détection", "tracking report"),
    "timestamped_capture": ("capture horodatée", "timestamped capture"),
    "bailiff_report": ("constat de commissaire de justice", "bailiff's report"),
    "web_archive": ("archive du web", "web archive"),
}
EVIDENCE_UNDETERMINED = T(
    fr="Les pièces par lesquelles le réclamant entend prouver l'usage ne sont pas connues.",
    en="What evidence of the use the claimant offers is unknown.",
)


def _labels(evidence):
    return {
        "evidence_fr": ", ".join(EVIDENCE_LABELS[e][0] for e in evidence),
        "evidence_en": ", ".join(EVIDENCE_LABELS[e][1] for e in evidence),
    }
