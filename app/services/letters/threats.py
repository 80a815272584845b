"""What the letter asserts and threatens: litigation, law, undertaking, evidence, extras."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .lexicon import alternation, by_kind, everything
from .text import LetterText, capped, is_masked, sentence_after, sentence_before, word_matches

# --- threats, law, undertaking, evidence ------------------------------------------------

_KINDS = ("lawsuit", "partner_lawyers", "collection_agency", "statutory_damages",
          "criminal_complaint")  # fmt: skip
THREATS: dict[str, re.Pattern[str]] = {
    kind: re.compile(alternation(by_kind("threat_kinds")[kind])) for kind in _KINDS
}
# "Inkassokosten": a compound that starts with a threat word is a cost item, not a threat.
_NOT_THREAT = tuple(everything("not_threat_compounds"))
_LEXICON_THREAT = re.compile(rf"(?:{alternation(everything('litigation_threat'))})(?![a-zäöüß])")
LITIGATION_KINDS = ("lawsuit", "partner_lawyers")
NO_LITIGATION = re.compile(rf"(?:{alternation(everything('no_litigation'))})(?![a-zäöüß])")
# "Rechtliche Schritte sind derzeit nicht beabsichtigt": a threat word, then in the same
# clause a word that says it is not for now.
_THREAT_THEN_NEGATION = re.compile(
    rf"(?:{alternation(everything('litigation_threat'))})[a-zäöüß]*[^.;!?\n]{{0,40}}?"
    rf"(?<![a-zäöüß])(?:{alternation(everything('not_for_now'))})(?![a-zäöüß])"
)


def says_no_litigation(
    doc: LetterText, ruled_out: list[tuple[int, int]] | None = None
) -> tuple[int, int] | None:
    """Where the letter expressly says it will not go to court (at this stage); `ruled_out`:
    the litigation words `find_threats` found ruled out, when it has run."""
    found = word_matches(NO_LITIGATION, doc.flat, 1)
    if found:
        return found[0].span()
    for match in word_matches(_THREAT_THEN_NEGATION, doc.flat, 10):
        return match.span()
    if ruled_out is None:
        ruled_out = [m.span() for m in _threat_words(doc) if _ruled_out(doc, m.start())]
    return min(ruled_out) if ruled_out else None


# "I'm not looking to take this to court", "je n'ai pas l'intention d'engager une procédure",
# "sans engager de procédure", "no legal action is being taken": a negation a few words
# before a threat word, in the same sentence, rules it out; unless the sentence is a
# condition ("if you do not pay, we will sue") or the negation keeps the threat ("we will
# not hesitate to", "leaves us no choice but").
_NEGATIONS = re.compile(rf"(?<![\w'])(?:{alternation(everything('negations'))})(?![\w])")
_KEEPS_THREAT = re.compile(rf"(?<![\w])(?:{alternation(everything('negation_keeps_threat'))})")
_CONDITIONALS = re.compile(rf"(?<![\w])(?:{alternation(everything('conditionals'))})(?![\w])")
_CONSEQUENCE = re.compile(rf",\s*(?:{alternation(everything('consequence_verbs'))})(?![\w])")
_WORDS_BETWEEN = 5
_NEGATION_REACH = 90  # characters: five words and the negation


def _threat_words(doc: LetterText) -> list[re.Match[str]]:
    found = [m for kind in LITIGATION_KINDS for m in word_matches(THREATS[kind], doc.flat, 20)]
    found += word_matches(_LEXICON_THREAT, doc.flat, 20)
    return sorted(found, key=lambda m: m.start())


def _ruled_out(doc: LetterText, start: int) -> bool:
    # The negation stands at most a few words before: a short window is searched first,
    # the sentence read only when it holds one.
    if not _NEGATIONS.search(doc.flat, max(0, start - _NEGATION_REACH), start):
        return False
    sentence = sentence_before(doc.flat, start, 200)
    negations = list(_NEGATIONS.finditer(sentence))
    if not negations:
        return False
    negation = negations[-1]
    between = sentence[negation.end() :]
    if len(between.split()) > _WORDS_BETWEEN:
        return False
    if _KEEPS_THREAT.search(sentence[negation.start() :]) or _CONSEQUENCE.search(between):
        return False
    return not _CONDITIONALS.search(sentence)


_NEGATION = re.compile(r"(?:\bnot?|\bkeine?[nr]?|\bnicht|\bsans|\bpas de|\bwithout)\W{1,3}$")
# "without recourse to the courts", "ohne ein gerichtliches Verfahren": avoiding court is no threat.
_WITHOUT = re.compile(rf"(?<![\w])(?:{alternation(everything('avoids_court'))}) $")
_PAST_DECISION = re.compile(rf"(?<![\w])(?:{alternation(everything('past_decision'))})(?![\w])")


def _not_a_threat(doc: LetterText, start: int, end: int) -> bool:
    """Negated ("no legal action"), ruled out ("we are not looking to go to court"), avoided
    ("without recourse to the courts"), or a court in a sentence about a past decision ("par
    jugement du tribunal ... ont été allouées")."""
    before = doc.flat[max(0, start - 40) : start]
    if _NEGATION.search(before[-12:]) or _WITHOUT.search(before) or _ruled_out(doc, start):
        return True
    sentence = sentence_before(doc.low, start, 160) + sentence_after(doc.low, end, 160)
    return bool(_PAST_DECISION.search(sentence.replace("\n", " ")))


@dataclass(frozen=True)
class Threat:
    kind: str
    start: int
    end: int


def find_threats(doc: LetterText, ruled_out: list[tuple[int, int]] | None = None) -> list[Threat]:
    """The threats the letter makes; the litigation words it rules out go to `ruled_out`."""
    found: list[Threat] = []
    for kind, pattern in THREATS.items():
        for match in word_matches(pattern, doc.flat, 20):
            if doc.flat.startswith(_NOT_THREAT, match.start()):
                continue
            if _not_a_threat(doc, match.start(), match.end()):
                if ruled_out is not None and kind in LITIGATION_KINDS:
                    _note_ruled_out(doc, match, ruled_out)
                continue
            found.append(Threat(kind, match.start(), match.end()))
    taken = {(t.start, t.end) for t in found}
    for match in word_matches(_LEXICON_THREAT, doc.flat, 20):
        if match.span() in taken:
            continue
        if _not_a_threat(doc, match.start(), match.end()):
            if ruled_out is not None:
                _note_ruled_out(doc, match, ruled_out)
            continue
        found.append(Threat("lawsuit", match.start(), match.end()))
    return sorted(found, key=lambda t: t.start)


def _note_ruled_out(
    doc: LetterText, match: re.Match[str], ruled_out: list[tuple[int, int]]
) -> None:
    if _ruled_out(doc, match.start()):
        ruled_out.append(match.span())


# A statute or a country's law named; a court named alone ("IPEC", "U.S. District Court",
# "die deutschen Gerichte") asserts no law.
LAWS: list[tuple[str, re.Pattern[str]]] = [
    ("DE", re.compile(
        r"federal republic of germany|bundesrepublik deutschland|german (?:copyright )?law"
        r"|deutsche[mn]? (?:urheber)?recht|urhg(?![a-z])")),
    # Germany's, Austria's and Switzerland's statutes are all an "Urheberrechtsgesetz": named
    # alone it counts for Germany, less than a country's own abbreviation ("URG", "UrhG").
    ("DE?", re.compile(r"urheberrechtsgesetz")),
    ("FR", re.compile(
        r"code de la propriété intellectuelle|[ (]cpi(?![a-z])|article l\.? ?\d{3}-\d"
        r"|droit français|loi française|french law")),
    ("GB", re.compile(
        r"copyright,? designs and patents act|cdpa(?![a-z])|laws? of england"
        r"|english law")),
    ("US", re.compile(
        r"17 u\.?s\.?c|u\.?s\.? copyright act|copyright act of 1976|united states copyright"
        r"|federal copyright law")),
    ("CH", re.compile(
        r"schweizer(?:ischen|isches)? (?:urheberrecht|recht)|[ (]urg(?![a-z])"
        r"|loi fédérale sur le droit d'auteur|swiss (?:copyright )?law")),
    ("DK", re.compile(r"danish copyright act|ophavsretslov|dänische[snm]? urheberrecht")),
    ("AT", re.compile(r"österreichische[snm]? (?:urheber)?recht|austrian (?:copyright )?law")),
    ("BE", re.compile(r"code de droit économique|droit belge|belgian (?:copyright )?law")),
    ("AU", re.compile(r"copyright act 1968|\(cth\)|australian copyright")),
    ("IE", re.compile(r"copyright and related rights act|irish copyright law|laws? of ireland")),
    ("NL", re.compile(r"auteurswet|dutch copyright law|nederlands(?:e)? recht")),
    ("IT", re.compile(r"legge sul diritto d'autore|legge n\. ?633|l\. ?633/1941|italian copyright law")),
    ("ES", re.compile(r"ley de propiedad intelectual|spanish copyright law")),
    ("CA", re.compile(r"copyright act,? r\.?s\.?c|canadian copyright")),
]  # fmt: skip


def find_asserted_law(doc: LetterText) -> tuple[str, int, int, Counter[str]] | None:
    counts: Counter[str] = Counter()
    weights: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    for key, pattern in LAWS:
        country, weak = key.rstrip("?"), key.endswith("?")
        for match in capped(pattern.finditer(doc.flat), 20):
            counts[country] += 1
            weights[country] += 0.5 if weak else 1.0
            first.setdefault(country, match.span())
    if not counts:
        return None
    country = max(counts, key=lambda c: (weights[c], -first[c][0]))
    return country, *first[country], counts


_UNDERTAKING = re.compile(
    r"(?:strafbewehrte[n]? )?unterlassungs(?:verpflichtungs)?erklärung"
    r"|unterlassungs- und verpflichtungserklärung|cease[- ]and[- ]desist "
    r"(?:declaration|undertaking|agreement)|sign(?:ed)? (?:an? |the )?(?:written )?undertaking"
    r"|undertaking to (?:cease|refrain|stop)|déclaration d'abstention|engagement (?:écrit )?"
    r"(?:de cesser|de ne plus)|engagement de non-réitération"
)


# "Eine Unterlassungserklärung verlangen wir nicht": the refusal follows the noun.
_NOT_DEMANDED_AFTER = re.compile(
    r"[^.;!?]{0,12}?(?:verlangen wir nicht|fordern wir nicht|nicht erforderlich|nicht notwendig"
    r"|is not required|not required|we do not require|n'est pas (?:exigée?|demandée?|requise?"
    r"|nécessaire))"
    r"|[^.;!?]{0,12}?bedarf es\b[^.;!?]{0,50}?\bnicht\b"
)


def find_undertaking(doc: LetterText) -> tuple[bool, int, int] | None:
    """True when an undertaking is demanded, False when the letter says none is."""
    negated: tuple[bool, int, int] | None = None
    for match in capped(_UNDERTAKING.finditer(doc.flat), 20):
        before = sentence_before(doc.low, match.start(), 40).replace("\n", " ")
        if re.search(
            r"(?:\bkeine?[nr]?|\bno|\bnot|\bnicht|\bsans|\bpas d)\b", before
        ) or _NOT_DEMANDED_AFTER.match(doc.flat, match.end()):
            negated = negated or (False, match.start(), match.end())
            continue
        return True, match.start(), match.end()
    return negated


EVIDENCE: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile(alternation(words))) for kind, words in by_kind("evidence_kinds").items()
]


def find_evidence(doc: LetterText) -> list[tuple[str, int, int]]:
    found = []
    for kind, pattern in EVIDENCE:
        match = pattern.search(doc.flat)
        if match:
            found.append((kind, match.start(), match.end()))
    return found


_REMOVAL = re.compile(
    r"remove (?:the|these|this|those|all) (?:images?|photos?|photographs?|pictures?)"
    r"|take down|retirer|entfernen sie|zu entfernen|löschen sie"
)
_PER_IMAGE = re.compile(r"per (?:image|photo|picture)|pro (?:bild|foto)|par (?:image|photo)")
_VAT = re.compile(
    r"(?<![a-z])(?:ttc|ht|hors taxes?|toutes taxes comprises|zzgl\.? (?:mwst|ust)\.?"
    r"|inkl\.? (?:mwst|ust)\.?|zuzüglich (?:mehrwertsteuer|umsatzsteuer)|incl(?:\.|uding)? vat"
    r"|plus vat|excl(?:\.|uding)? vat|irish vat|(?:mwst|ust|tva|vat))(?![a-z])"
)
_PASSWORD = re.compile(r"(?:mot de passe|password|passwort|kennwort)[ \t]{0,3}:?[ \t]{0,3}")
_LICENCE_TYPE = re.compile(r"licen[cs]e type[ \t]{0,3}:[ \t]{0,3}")


def find_flags(doc: LetterText, money: list[tuple[int, int]]) -> dict[str, object]:
    """Small facts for `extras`: removal demanded, per-image pricing, VAT terms next to an
    amount, portal password, licence type."""
    flags: dict[str, object] = {}
    if _REMOVAL.search(doc.low):
        flags["removal_demanded"] = True
    if _PER_IMAGE.search(doc.low):
        flags["per_image"] = True
    vat: set[str] = set()
    for start, end in money[:100]:
        window = doc.low[max(0, start - 25) : end + 30]
        vat.update(m.group(0).upper() for m in _VAT.finditer(window))
    if vat:
        flags["vat"] = sorted(vat)
    password = _PASSWORD.search(doc.low)
    if password:
        value = doc.scan[password.end() : password.end() + 40].split()
        if value:
            flags["portal_password"] = "redacted" if is_masked(value[0]) else value[0]
    licence = _LICENCE_TYPE.search(doc.low)
    if licence:
        value = doc.scan[licence.end() : licence.end() + 20].split()
        if value:
            flags["licence_type"] = value[0]
    return flags


def around(doc: LetterText, start: int, end: int) -> str:
    """The sentence around a span, for threat excerpts."""
    before = sentence_before(doc.text, start, 160)
    after = sentence_after(doc.text, end, 160)
    return (before + doc.text[start:end] + after).strip()
