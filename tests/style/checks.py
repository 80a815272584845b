"""The mechanical rules of docs/style-fr.md, as checks on one text in one language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from app.rulebook import load

FIELD_NAME = re.compile(
    r"\b(?:letter|use|mandate|title|work|acquisition|respondent|derived)\.[a-z_]+(?:\.[a-z_]+)*\b"
)
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
PLURAL_HACK = re.compile(r"[^\W\d_]\((?:s|e|es|x)\)")  # a letter: "jour(s)", not "§ 1504(e)"
PLACEHOLDER = re.compile(r"\{[a-zA-Z_][a-zA-Z_0-9]*(?:![rsa])?(?::[^{}]*)?\}")
LEAKED_VALUE = re.compile(r"\b(?:None|True|False|nan)\b|Decimal\(|Money\(|Words\(")
# A decimal point between digits, except a French Cour de cassation appeal number
# (« n° 23-18.669 »), a section of US regulations (« 37 C.F.R. § 201.38 ») and a licence
# version (« CC BY 4.0 »).
FR_DOT_DECIMAL = re.compile(r"(?<![-\d.])(?<!\d{2}-\d{2})\d+\.\d+(?![-\d])")
LICENCE_VERSION = re.compile(r"\b(?:CC|BY|SA|NC|ND|CC0|GPL)(?:[- ][A-Z]{2})*[ -]\d\.\d\b")
APPEAL_NUMBER = re.compile(r"\b\d{2}-\d{2}\.\d{3}\b|§ \d+\.\d+")
FR_CODE_AMOUNT = re.compile(r"\d\s?(?:EUR|GBP)\b")
EN_FR_MONEY = re.compile(r"\d,\d{2}\s?[€£]|\d\s€")
EN_CODE_AFTER_AMOUNT = re.compile(r"\d\s?(?:EUR|GBP|USD)\b")
"""English puts the ISO code before the amount ("EUR 450"), never after it ("450 EUR")."""
DOUBLED_ASK = re.compile(
    r"\b(?:demander|poser|ask|asked)\b[^.;:?!]*:\s*(?:demander|à demander|ask|to ask)\b",
    re.IGNORECASE,
)
"""An instruction to ask, then a colon, then another one: « Demander ensemble au
réclamant : Demander à l'agence… », « À demander au réclamant : demander la preuve… »."""
FR_CODE_WITHOUT_DU = re.compile(
    r"\bart\. (?:[LRD]\.? ?)?\d+(?:-\d+)*(?:,? \d+°)?(?:,? [a-e]\))?,? "
    r"(?:CPC|CPI|CPCE|COJ|C\. ?civ\.?|Code civil)\b"
)
"""« art. 9 CPC », « art. L. 122-4 CPI »: French writes « art. 9 du CPC »."""
FR_CODE_BEFORE_ARTICLE = re.compile(r"\b(?:CPC|CPI|CPCE|COJ|C\. civ\.),? art\.")
FR_ARTICLE_WITHOUT_DOT = re.compile(r"\b[LRD]\d{3}-\d")
"""« L122-4 »: a code's article is « L. 122-4 »."""
FR_C_CIV = re.compile(r"\bC\. ?civ\.")
"""« C. civ. »: written « du Code civil » in running text."""
PLAIN_SPACE_IN_FRENCH = re.compile(r" [;:!?»]|« ")
"""A breakable space where French typography wants a no-break one (checked on texts as
shown, after ``french_spacing``; authors write plain spaces)."""
FR_WORDS = {
    "jour(s)": "« jours » (or « jour » for one)",
    "licencier": "« concéder une licence »",
    "se licencie": "« fait l'objet d'une licence »",
    "licenciée": "« fait l'objet d'une licence »",
    "licenciées": "« font l'objet de licences »",
    "découvrable": "« pouvaient être connues »",
    "recouvreur": "« société de recouvrement »",
    "dommages légaux": "« dommages-intérêts forfaitaires légaux (statutory damages) »",
    "contrefacteur innocent": "« contrefacteur de bonne foi (innocent infringer) »",
    "injonction": "« mesure d'interdiction »",
    "quittance": "« protocole transactionnel valant renonciation »",
    "reprochable": "« peut donner lieu à indemnisation »",
    "lien interne": "« lien étroit »",
    "for exclusif": "« compétence territoriale exclusive »",
    "à son rythme": "a firm answer within a chosen time",
    "non monétisé": "« sans exploitation publicitaire ni revenu »",
    "l'aveu": "« un indice sérieux »",
    "de une": "« d'une »",
    "de un": "« d'un »",
    "circuit des petits litiges": "« procédure des petits litiges (small claims track) »",
    "les mfm": "« le barème MFM »",
    "plafonner": "« ne pas proposer au-delà de »",
    "est irrecevable (": "« irrecevable à agir »",
    "plaidable": "« peut être soutenu »",
    "engagement de cesser": "« engagement de cessation »",
    "déclaration de cessation": "« engagement de cessation (assorti d'une clause pénale) »",
    "dommages forfaitaires": "« dommages-intérêts forfaitaires légaux »",
    "fait tomber la réclamation": "« fait échec à la réclamation »",
    "règlement de commodité": "« transaction de pure opportunité »",
    "engagement modifié": "« engagement de cessation modifié »",
    "le safe harbor": "« l'exonération de responsabilité de l'hébergeur (safe harbor) »",
}


FR_CITATION_FORMS = (FR_CODE_WITHOUT_DU, FR_CODE_BEFORE_ARTICLE, FR_ARTICLE_WITHOUT_DOT, FR_C_CIV)

EN_MONTHS = (
    r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|January|February|March|April|"
    r"May|June|July|August|September|October|November|December"
)
EN_ONLY_FORMS = {
    "CJEU": re.compile(r"\bCJEU\b|\bGrand Chamber\b|\bCourt of Justice\b"),
    "English date": re.compile(rf"\b\d{{1,2}} (?:{EN_MONTHS})(?!\w)|\b(?:{EN_MONTHS}) \d{{4}}\b"),
    "German date": re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b"),
    "English act name": re.compile(r"/EC\b|\((?:EC|EU)\) No\b"),
    "case number without « aff. »": re.compile(r"(?<!aff\. )(?<!et )\bC-\d+/\d{2}\b"),
    "English note": re.compile(
        r"\b(?:not found by|as reported|as quoted|as cited|text read at|recalled, not)\b"
    ),
}
"""Forms a French text or citation never shows: « CJEU », "13 Feb. 2014", "15.05.2014",
"Directive 2001/29/EC", "(as reported)". French writes « CJUE, 13 févr. 2014 »,
« 15 mai 2014 », « directive 2001/29/CE », « tel que rapporté » (the English article form
"Article L122-4 CPI" is caught by ``FR_CITATION_FORMS``)."""


FR_CODES = r"(?:CPI|CPC|CPCE|COJ)"
FR_FORMS_IN_ENGLISH = {
    "French article form": re.compile(
        rf"\b[Aa]rts?\. (?:[LRD]\.? ?)?\d[^;:()]{{0,24}}?\b(?:{FR_CODES}|(?:French )?Civil Code)\b"
        r"|\b[LRD]\. \d{3}-\d"
    ),
    "code before its article": re.compile(rf"\b{FR_CODES},? (?:arts?\. )?[LRD]?\.? ?\d"),
    "French words": re.compile(
        r"\bdu (?:CPI|CPC|Code)\b|\bCode (?:de la propriété|civil\b|de procédure|des procédures"
        r"|de l'organisation)|\bCJUE\b|\bn° ?\d"
    ),
    "French date": re.compile(
        r"\b\d{1,2}(?:er)? (?:janv|févr|mars|avr|mai|juin|juill?|août|sept|oct|nov|déc)\b"
    ),
    "German date": EN_ONLY_FORMS["German date"],
}
"""Forms an English text never shows: "art. L331-1-3 CPI", "art. L. 122-4 du CPI",
"CPI L331-1-3", « n° 23-18.669 », « 3 sept. 2025 », « CJUE ». English cites a French code
"Article L331-1-3 CPI" (the acronym expanded in the source's title: "French Intellectual
Property Code (CPI), Article L331-1-3"), a decision "Cass. 1re civ., 3 Sept. 2025,
no. 23-18.669" (docs/style-fr.md, « English »)."""


PARTY_AS_IT = re.compile(
    r"\b(?:client|claimant|rights holder|photographer|avocat|lawyer|recipient)\s+"
    r"(?:itself|himself|herself)\b"
    r"|\b(?:client|claimant|rights holder|photographer|avocat|lawyer|recipient|party|user|"
    r"supplier)\b"
    r"(?:\s+[\w']+){0,6}?\s+its\s+(?:rights?|mandate|residence|defence|licence|consent|own|"
    r"claim|chain|contractual|warranty)\b"
    r"|\bwhoever\b(?:\s+[\w']+){0,6}?\s+its\b",
    re.IGNORECASE,
)
"""A party of the dispute called "it" in English: the client, the claimant, the rights
holder may be persons (a blogger, a photographer), an avocat is one. Write "the claimant
proves title", "the court of the client's residence", "the costs of the defence", "for which
rights holder the avocat acts"; never "the claimant proves its rights", "the client
itself". Whoever claims, a party, the user of an image and a supplier (a web designer) may be
persons too: "whoever claims on another's behalf must prove the authority to do so", "the
supplier's contractual warranty"."""


CAVEAT_FIRST = re.compile(
    r"^\W*(?:\(|\[|not found|introuvable|unverified|non vérifié|to be checked|(?:point )?à "
    r"vérifier|recalled|rappelé|unsure|incertain|text not read|texte non lu|as cited|cité par)",
    re.IGNORECASE,
)


def caveat_before_title(title: str) -> str | None:
    """The caveat a citation's title opens with, if it does: a lawyer reads the source
    first (« CA Paris, 29 janv. 2025, n° 22/19766 (...) ; introuvable lors de la revue »),
    never « (introuvable lors de la revue) CA Paris... »."""
    found = CAVEAT_FIRST.search(title)
    return title[: found.end() + 30] if found else None


def _whole(word: str) -> str:
    """``word`` as a whole word (no letter glued before it, nor after a final letter)."""
    after = r"(?!\w)" if word[-1].isalnum() else ""
    return r"(?<![\w'])" + re.escape(word) + after


def problems(text: str, lang: str, template: bool = False) -> list[str]:
    """What breaks the mechanical style rules in ``text`` (empty when it is clean); a
    ``template`` may hold placeholders, filled when it is rendered."""
    found = []
    if FIELD_NAME.search(text):
        found.append(f"field name {FIELD_NAME.search(text).group()!r}")
    if ISO_DATE.search(text):
        found.append(f"ISO date {ISO_DATE.search(text).group()!r}")
    if PLURAL_HACK.search(text):
        found.append(f"template plural {PLURAL_HACK.search(text).group()!r}")
    if not template and PLACEHOLDER.search(text):
        found.append(f"unfilled placeholder {PLACEHOLDER.search(text).group()!r}")
    if LEAKED_VALUE.search(text):
        found.append(f"leaked value {LEAKED_VALUE.search(text).group()!r}")
    if DOUBLED_ASK.search(text):
        found.append(f"doubled instruction {DOUBLED_ASK.search(text).group()!r}")
    if lang == "fr":
        plain = APPEAL_NUMBER.sub("", LICENCE_VERSION.sub("", text))
        if FR_DOT_DECIMAL.search(plain):
            found.append(f"decimal point {FR_DOT_DECIMAL.search(plain).group()!r}")
        if FR_CODE_AMOUNT.search(text):
            found.append(f"currency code after an amount {FR_CODE_AMOUNT.search(text).group()!r}")
        found += [
            f"citation {pattern.search(text).group()!r}: write « art. 9 du CPC », "
            "« art. L. 122-4 du CPI », « art. 2224 du Code civil »"
            for pattern in FR_CITATION_FORMS
            if pattern.search(text)
        ]
        found += [
            f"{form} {pattern.search(text).group()!r} in a French text: write « CJUE, "
            "13 févr. 2014, Svensson, aff. C-466/12 », « BGH, 15 mai 2014 »"
            for form, pattern in EN_ONLY_FORMS.items()
            if pattern.search(text)
        ]
        lowered = text.lower()
        found += [
            f"{word!r}: write {better}"
            for word, better in FR_WORDS.items()
            if re.search(_whole(word), lowered)
        ]
    else:
        if PARTY_AS_IT.search(text):
            found.append(f"a party called 'it' {PARTY_AS_IT.search(text).group()!r}")
        if EN_CODE_AFTER_AMOUNT.search(text):
            found.append(
                f"currency code after an amount {EN_CODE_AFTER_AMOUNT.search(text).group()!r}"
            )
        if EN_FR_MONEY.search(text):
            found.append(f"French money format {EN_FR_MONEY.search(text).group()!r}")
        found += [
            f"{form} {pattern.search(text).group()!r} in an English text: write "
            '"Article L331-1-3 CPI", "Cass. 1re civ., 3 Sept. 2025, no. 23-18.669"'
            for form, pattern in FR_FORMS_IN_ENGLISH.items()
            if pattern.search(text)
        ]
    return found


def texts(node: Any, where: str = "") -> Iterator[tuple[str, str, str]]:
    """Every text of a rendered result: (where, language, text) for each ``{"fr", "en"}``."""
    if isinstance(node, dict):
        if isinstance(node.get("fr"), str) and isinstance(node.get("en"), str):
            yield where, "fr", node["fr"]
            yield where, "en", node["en"]
        for key, value in node.items():
            if key not in ("fr", "en"):
                yield from texts(value, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            label = value.get("rule_id") if isinstance(value, dict) else None
            yield from texts(value, f"{where}[{label or i}]")


def rule_templates() -> Iterator[tuple[str, str, str]]:
    """Every text every rule declares, in both languages (titles, variants, undetermined)."""
    for spec in load().rules:
        parts = {"title": spec.title}
        for name, variant in spec.variants.items():
            parts[f"{name}.summary"] = variant.summary
            parts[f"{name}.explanation"] = variant.explanation
        if spec.undetermined_text:
            parts["undetermined"] = spec.undetermined_text
        for part, text in parts.items():
            yield f"{spec.id}.{part}", "fr", text.fr
            yield f"{spec.id}.{part}", "en", text.en
