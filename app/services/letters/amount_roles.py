"""The role of each amount in a letter, read from the words around it.

Each amount is labelled by the words before it in its sentence ("Schadensersatz:",
"a retroactive licence for"), by its own table row or list item, else by the words right
after it ("£750.00 settlement payment"), else by the closest label earlier in its paragraph
(an "Option 1 - Retroactive licence" heading). Price lists, discounts, statutory maxima and
superseded figures are told apart here; `amounts.py` decides what is demanded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .lexicon import alternation, by_kind, everything
from .numbers import MoneyMatch
from .text import LetterText, sentence_after, sentence_before

_ORDER = ("total", "licence_offer", "documentation_fee", "processing_fee", "legal_fees",
          "interest", "surcharge", "collection_fee", "damages", "licence_fee", "vat")  # fmt: skip
# "Alternatively, ... a licence": the licence offered beside the demand, in the sentence.
_ALTERNATIVELY = (
    rf"(?:{alternation(everything('alternatively'))})\b(?:[^.;\n]|\n(?!\n)){{0,120}}?"
    rf"(?:{alternation(everything('licence_stems'))})"
)


def _role_pattern(role: str) -> re.Pattern[str]:
    """A role's phrases (anywhere, even inside a word) and whole words."""
    parts = []
    if role == "licence_offer":
        parts.append(_ALTERNATIVELY)
    phrases = by_kind("amount_roles").get(role, ())
    if phrases:
        parts.append(alternation(phrases))
    words = by_kind("amount_role_words").get(role, ())
    if words:
        parts.append(rf"(?<![a-zà-ÿ])(?:{alternation(words)})(?![a-zà-ÿ])")
    return re.compile("|".join(parts))


ROLES: list[tuple[str, re.Pattern[str]]] = [(role, _role_pattern(role)) for role in _ORDER]

BREAKDOWN_KIND = {
    "licence_fee": "licence_fee",
    "damages": "damages",
    "surcharge": "surcharge",
    "processing_fee": "processing_fee",
    "documentation_fee": "documentation_fee",
    "legal_fees": "legal_fees",
    "interest": "interest",
    "collection_fee": "processing_fee",
}
LABELS = {
    "total": "total",
    "licence_offer": "retroactive licence",
    "documentation_fee": "documentation fee",
    "processing_fee": "processing fee",
    "legal_fees": "legal fees",
    "interest": "interest",
    "surcharge": "surcharge",
    "collection_fee": "collection costs",
    "damages": "damages",
    "licence_fee": "licence fee",
    "amount": "amount",
}
_THREAT_SENTENCE = re.compile(alternation(everything("threat_amount_words")))
_THREAT_BEFORE = re.compile(rf"(?:{alternation(everything('threat_amount_before'))})\W{{0,3}}$")
_ASIDE_BEFORE = re.compile(
    rf"(?<![a-zà-ÿ])(?:{alternation(everything('not_demand_before'))})\W{{0,3}}$"
)
_ASIDE_AFTER = re.compile(
    rf"\W{{0,3}}(?:{alternation(everything('not_demand_after'))})(?![a-zäöüß])"
)
_SUPERSEDED = re.compile(
    r"(?:instead of|statt|anstelle von|au lieu de|originally|ursprünglich|initialement"
    r"|previously|zuvor)\W{0,3}$"
    r"|(?:reduc|reduzier|ermäßig|rédui|ramen|lower)[^.]{0,90}(?:from|von|de|figure of|of) ?$"
)


@dataclass(frozen=True)
class Candidate:
    money: MoneyMatch
    role: str
    label: str

    @property
    def value(self) -> Decimal:
        assert self.money.amount is not None
        return self.money.amount


def _earliest_role(window: str) -> tuple[str, str] | None:
    best: tuple[int, str, str] | None = None
    for role, pattern in ROLES:
        match = pattern.search(window)
        # The earliest label; of two at one place the longer ("indemnité de licence" over
        # "indemnité", "fixed-sum compensation" over "compensation").
        if match and (
            best is None
            or match.start() < best[0]
            or (match.start() == best[0] and len(match.group(0)) > len(best[2]))
        ):
            best = (match.start(), role, match.group(0))
    return (best[1], best[2]) if best else None


def _closest_role(window: str) -> tuple[str, str] | None:
    best: tuple[int, str, str] | None = None
    for role, pattern in ROLES:
        for match in pattern.finditer(window):
            if best is None or match.end() > best[0]:
                best = (match.end(), role, match.group(0))
    return (best[1], best[2]) if best else None


# A bare licence noun labels an amount only when nothing more specific does ("Lizenz
# 950,00 EUR", "a subsequent licence for EUR 560.00"); not after a negation ("no licence").
_GENERIC_LICENCE = re.compile(
    r"(?<!no )(?<!without a )(?<!keine )(?<!ohne )(?<!sans )(?<!aucune )(?:licen[cs]e|lizenz)"
    rf"|(?<![a-zà-ÿ])(?:{alternation(everything('principal_claim'))})(?![a-zà-ÿ])"
)
# The words after an amount label it only up to the next item's start ("EUR 560.00 plus a
# processing fee of EUR 80.00": "processing fee" is the next amount's label).
_LINKS = alternation(everything("item_links"))
_NEXT_ITEM = re.compile(rf"[,;)]|\s(?:{_LINKS}|{alternation(everything('next_item_links'))}|\+)\s")
# What joins two items of a list ("£600.00 by way of damages and £250.00 towards costs").
_JOINED = re.compile(rf"[,;]|\s(?:{_LINKS}|\+)\s")
# A table row or list item: the label, then a colon, a column gap or dot leaders, then the
# amount.
_LABEL_CELL = re.compile(r"[^\n]{2,70}?(?:[ \t]*:[ \t]*|[ \t]{2,}|[ \t]*(?:\.{3,}|…+)[ \t]*)")


# The head of a list item that offers one of several choices ("Option 1 –", "Choice B:",
# « Possibilité 2 : »).
_OPTION_ITEM = re.compile(
    rf"[ \t>*•·-]{{0,4}}(?:{alternation(everything('option_markers'))})"
    r"[ \t]*(?:\d{1,2}|[a-d]|[ivx]{1,3})?[ \t]*[:–—.)-]"
)


def _in_option_item(low: str, start: int, prev_end: int) -> bool:
    """Whether the amount stands in a list item offered as one choice among others: its
    line, or an earlier line of the same paragraph after the previous amount, opens with
    an option heading."""
    reach = max(prev_end, start - 300)
    line_start = low.rfind("\n", 0, start) + 1
    while line_start >= reach:
        if _OPTION_ITEM.match(low, line_start):
            return True
        if line_start == 0 or low[line_start - 2 : line_start] == "\n\n":
            return False
        line_start = low.rfind("\n", 0, line_start - 1) + 1
    return False


def _label_before_bracket(low: str, before: str, start: int) -> tuple[str, str] | None:
    """ "Rechtsanwaltskosten (1,3 Geschäftsgebühr aus ... zzgl. Auslagenpauschale) 627,13":
    the label stands before the bracket that closes right before the amount, however the
    bracket is broken across lines."""
    if ")" not in before or "(" in before:
        return None
    close = low.rfind(")", 0, start)
    opening = low.rfind("(", max(0, close - 300), close)
    if opening == -1:
        return None
    line_start = low.rfind("\n", 0, opening) + 1
    return _earliest_role(low[line_start:opening])


def _label_on_line(low: str, start: int, prev_end: int) -> tuple[str, str] | None:
    """The label of an amount written in a table row or list item ("Additional damages (s.
    97(2) CDPA)      £310.00"): the row's own text, even when an abbreviation's full stop
    would cut the sentence."""
    line_start = low.rfind("\n", 0, start) + 1
    if line_start < prev_end:
        return None
    cell = low[line_start:start]
    if not _LABEL_CELL.fullmatch(cell):
        return None
    # "Licence pour l'utilisation constatée ...... 540,00 €": the row's own licence noun
    # labels it before a list heading above it ("Montant réclamé :").
    return _earliest_role(cell) or (
        ("licence_fee", "licence fee") if _GENERIC_LICENCE.search(cell) else None
    )


def classify(doc: LetterText, money: list[MoneyMatch]) -> list[Candidate]:
    """Give every amount a role from the words around it."""
    found: list[Candidate] = []
    prev_end = 0  # end of the last amount that may be part of the demand
    for index, item in enumerate(money):
        next_start = money[index + 1].start if index + 1 < len(money) else len(doc.low)
        before = sentence_before(doc.low, item.start, 160)
        if item.start - len(before) < prev_end:
            before = doc.low[prev_end : item.start]
            joined = list(_JOINED.finditer(before))
            if joined:  # "£600.00 by way of damages and £250.00": the words before "and"
                before = before[joined[-1].end() :]  # belong to the first amount
        after = sentence_after(doc.low, item.end, 60)[: max(0, next_start - item.end)]
        cut = _NEXT_ITEM.search(after)
        own_after = after[: cut.start()] if cut else after
        if not cut and item.end + len(after) >= next_start - 3:
            own_after = ""  # "$1,400.00 (licence fee of $1,000.00": the next amount's label
        if _THREAT_SENTENCE.search(before + " " + after) or _THREAT_BEFORE.search(before):
            found.append(Candidate(item, "threat", "threat"))
            continue
        if _ASIDE_BEFORE.search(before[-40:]) or _ASIDE_AFTER.match(after):
            found.append(Candidate(item, "aside", "price list, discount or other aside"))
            continue
        prev_end = item.end
        if _SUPERSEDED.search(before[-60:]):
            found.append(Candidate(item, "superseded", "superseded amount"))
            continue
        role = (
            _label_on_line(doc.low, item.start, money[index - 1].end if index else 0)
            or _earliest_role(before)
            or _earliest_role(own_after)
            or _label_before_bracket(doc.low, before, item.start)
        )
        if role is None and _GENERIC_LICENCE.search(before):
            role = ("licence_fee", "licence fee")
        if role is None:
            reach = max(money[index - 1].end if index else 0, item.start - 250)
            paragraph_start = doc.low.rfind("\n\n", reach, item.start) + 2
            window = doc.low[max(reach, paragraph_start) : item.start]
            role = _closest_role(window)
        name, label = role if role else ("amount", "amount")
        previous_end = money[index - 1].end if index else 0
        if name == "licence_fee" and _in_option_item(doc.low, item.start, previous_end):
            name = "licence_offer"  # "Option 1 – Nachlizenzierung ...": a choice, not a line
        found.append(Candidate(item, name, LABELS.get(name, label)))
    return found
