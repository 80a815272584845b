"""Labelled facts: the case reference, image identifiers, links and e-mail addresses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .agencies import PROFILES
from .lexicon import alternation, everything, lexicons, phrase_pattern
from .text import (
    LetterText,
    capped,
    is_masked,
    line_bounds,
    word_end,
    word_matches,
)

# --- reference -------------------------------------------------------------------------

# Each label pattern starts with a literal word, so every scan jumps between occurrences.
_REF_LABELS: list[tuple[str, int]] = [
    (r"case (?:number|no\.?|nr\.?|id|#)", 10),
    (r"claim (?:number|no\.?|id)", 10),
    (r"fallnummer|fall-nr\.?|fall nr\.?", 10),
    (r"reference (?:number|no\.?)", 9),
    (r"file (?:number|no\.?)", 9),
    (r"referenznummer", 9),
    (r"numéro de référence|n° de référence", 9),
    (r"aktenzeichen", 9),
    (r"unser zeichen", 9),
    (r"az\.", 9),
    (r"numéro de dossier|n° de dossier|dossier n°|dossier no\.?", 9),
    (r"your reference|our reference", 6),
    (r"ihr zeichen", 6),
    (r"votre référence|notre référence", 6),
    (r"ref(?:erence)?\.?(?= ?[:#])", 7),
    (r"référence|réf\.?", 7),
    (r"referenz(?![a-z])", 7),
    (r"case", 4),
    (r"catalog(?:ue)? image no\.?", 2),
    (r"image id|image-id|image (?:number|no\.?)", 2),
    (r"bild-id|bildnummer", 2),
    (r"asset id|photo id|numéro d'image", 2),
]
# "dossier Pixsy n° 4480-1352", "Rechnung / Nachlizenzierung Nr. 2026-118": one word may stand
# between the label and its number sign.
_SEPARATOR = re.compile(
    r"(?: (?:/ )?[a-zäöüéè-]{2,24}(?= (?:n°|no\.|nr\.)))?"
    r"[ \t]{0,3}(?:[:#\-–|]|no\.?|nr\.?|n°)?[ \t]{0,3}[:#,]?[ \t]{0,24}"
)
_LEXICON_LABELS = sorted(
    ((phrase_pattern(label), priority) for lx in lexicons() for priority, labels in
     lx.reference_labels for label in labels),
    key=lambda item: (-item[1], -len(item[0])),
)  # fmt: skip
_LABEL_RES = [(re.compile(p), prio) for p, prio in _LEXICON_LABELS + _REF_LABELS]
_VALUE_RE = re.compile(
    r"(?P<mask>\[#{1,60}\]|[.…*Xx#_]{3,40}(?![\w-]))"
    r"|[A-Z&]{1,5} \d[A-Za-z0-9_./\-]{1,30}"  # "LP 2026/559", "M&C 26-118"
    r"|[A-Za-z0-9][A-Za-z0-9_./\-]{1,40}"
)
# Initials after a file number, alone at the end of the line ("Aktenzeichen: 118/26 KV").
_SUFFIX = re.compile(r" [A-Z]{1,4}(?=[ \t]{0,3}(?:\n|$))")
_MONEY_AFTER = re.compile(r"[ \t]{0,2}(?:[€$£]|eur(?:o|os)?\b|usd\b|gbp\b|chf\b)", re.I)
IMAGE_LABEL_PRIORITY = 2
RECIPIENT_LABEL_PRIORITY = 1  # "your reference", "Ihr Zeichen": the recipient's, never the case's


@dataclass(frozen=True)
class Labelled:
    label: str
    label_text: str
    value: str
    start: int
    end: int
    priority: int
    masked: bool


def find_references(doc: LetterText) -> list[Labelled]:
    """Values after reference labels, masked ones included, in text order."""
    found: list[Labelled] = []
    taken: list[tuple[int, int]] = []
    for pattern, priority in _LABEL_RES:
        for match in word_matches(pattern, doc.low, 30):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if match.group(0)[-1].isalpha() and not word_end(doc.low, match.end()):
                continue
            sep = _SEPARATOR.match(doc.low, match.end())
            value_match = _VALUE_RE.match(doc.scan, sep.end() if sep else match.end())
            value = ""
            if value_match:
                value = value_match.group(0)
                if not value_match.group("mask"):
                    value = value.rstrip(".,;:)-/")
            if not is_masked(value) and not any(ch.isdigit() for ch in value):
                if RECIPIENT_LABEL_PRIORITY < priority < 9:
                    continue  # a loose label ("file", "reference") needs its value beside it
                value_match = _table_value(doc.scan, match.start())
                if not value_match:
                    continue
                value = value_match.group(0)
            masked = is_masked(value)
            if not masked and not any(ch.isdigit() for ch in value):
                continue
            if not masked and value_match.group(0) == value:
                suffix = _SUFFIX.match(doc.scan, value_match.end())
                if suffix:
                    value += suffix.group(0)  # "118/26 KV": the lawyer's initials
            label = match.group(0)
            if label == "case" and not masked and len(value) < 4:
                continue
            if not masked and _MONEY_AFTER.match(doc.scan, value_match.start() + len(value)):
                continue  # "frais de dossier : 150 €" is an amount
            if not masked and priority < 9 and value.isdigit() and len(value) < 4:
                continue  # a loose label needs a reference-like value, not "12"
            start = value_match.start()
            taken.append((match.start(), start + len(value)))
            label_text = doc.text[match.start() : match.end()]
            found.append(
                Labelled(label, label_text, value, start, start + len(value), priority, masked)
            )
    return sorted(found, key=lambda r: r.start)


_CELL = re.compile(r"\S{1,60}(?: \S{1,60}){0,8}")


def _table_value(scan: str, label_start: int) -> re.Match[str] | None:
    """The value under a label in a header row ("Your reference   Case Number   Amount"
    above "5521887   380998877   £ 870.00"): cells are split by tabs or 2+ spaces."""
    line_start, line_end = line_bounds(scan, label_start, 400)
    if line_end >= len(scan) or scan[line_end] != "\n":
        return None
    _, next_end = line_bounds(scan, line_end + 1, 400)
    header = list(_CELL.finditer(scan, line_start, line_end))
    values = list(_CELL.finditer(scan, line_end + 1, next_end))
    if len(header) < 2 or len(header) != len(values):
        return None
    column = next((i for i, c in enumerate(header) if c.start() <= label_start < c.end()), None)
    return None if column is None else values[column]


# --- links and addresses -------------------------------------------------------------

_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'\[\]()]{1,400}")
_EMAIL_LOCAL = re.compile(r"[\w.+-]{1,64}$")
_EMAIL_DOMAIN = re.compile(r"[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}")
# On one line, as before the words moved to the lexicon (across a line break they change the
# page found in six held-out letters, unscored: left for a measured change).
_ONE_LINE = alternation(everything("use_context")).replace("[ \n]", " ")
_USE_CONTEXT = re.compile(
    rf"{_ONE_LINE}"
    rf"|(?:^|\n)\s*(?:{alternation(everything('use_labels'))})\s?:"
)
_PAYMENT = re.compile(alternation(everything("payment_words")))
_PORTAL = re.compile(r"portal|resolve|cases?\b|claims?\b|/case/|login|resolution")


@dataclass
class Links:
    page_url: tuple[str, int, int] | None = None
    use_urls: list[str] = field(default_factory=list)
    portal_urls: list[str] = field(default_factory=list)
    payment_urls: list[str] = field(default_factory=list)
    agency_urls: list[str] = field(default_factory=list)
    other_urls: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)
    masked_use: tuple[int, int] | None = None


def _agency_host(host: str) -> bool:
    return any(host == d or host.endswith("." + d) for p in PROFILES for d in p.domains)


def _host(url: str) -> str:
    if url.startswith("www."):
        url = "http://" + url
    return (urlsplit(url).hostname or "").lower()


def find_links(doc: LetterText) -> Links:
    """URLs sorted into the page of use, portal, payment, agency and other links."""
    links = Links()
    seen: set[str] = set()
    for match in capped(_URL_RE.finditer(doc.scan), 200):
        if match.start() and (
            doc.scan[match.start() - 1].isalnum() or doc.scan[match.start() - 1] in "@/._-"
        ):
            continue
        url = match.group(0).rstrip(".,;:!?'\"")
        if url in seen or is_masked(url.split("//", 1)[-1].split("/", 1)[0]):
            continue
        seen.add(url)
        host = _host(url)
        if not host:
            continue
        links.hosts.append(host)
        path = url.lower().split(host, 1)[-1]
        context = doc.low[max(0, match.start() - 150) : match.start()]
        if _agency_host(host):
            target = links.portal_urls if _PORTAL.search(host + path) else links.agency_urls
            if _PAYMENT.search(path):
                target = links.payment_urls
        elif _PAYMENT.search(host) or _PAYMENT.search(path):
            target = links.payment_urls
        elif _USE_CONTEXT.search(context[-120:]):
            target = links.use_urls
            if links.page_url is None:
                links.page_url = (url, match.start(), match.start() + len(url))
        else:
            target = links.other_urls
        target.append(url)
    if links.page_url is None:
        links.masked_use = _masked_use(doc)
    for email, at in find_emails(doc.scan):
        line_start, _ = line_bounds(doc.low, at)
        if _RECIPIENT_LINE.match(doc.low, line_start):
            continue
        if email not in links.emails:
            links.emails.append(email)
            links.hosts.append(email.rsplit("@", 1)[1].lower())
    return links


_RECIPIENT_LINE = re.compile(r"[ \t]{0,8}(?:to|an|à|a|cc|bcc|destinataire)[ \t]{0,3}:")


def find_emails(scan: str, limit: int = 50) -> list[tuple[str, int]]:
    """Addresses around each '@' (at most 500 looked at), read with anchored patterns, with
    the offset of their '@'."""
    found: list[tuple[str, int]] = []
    pos = scan.find("@")
    tries = 0
    while pos != -1 and len(found) < limit and tries < 500:
        tries += 1
        local = _EMAIL_LOCAL.search(scan, max(0, pos - 64), pos)
        domain = _EMAIL_DOMAIN.match(scan, pos + 1, pos + 260)
        if local and domain:
            address = f"{local.group(0).lstrip('.')}@{domain.group(0).rstrip('.-')}"
            found.append((address, pos))
        pos = scan.find("@", pos + 1)
    return found


_MASKED_AFTER_USE = re.compile(r"[ \t]{0,3}:?[ \t]{0,3}\n?[ \t]{0,3}(\[#{1,80}\]|[.…]{6,80})")


def _masked_use(doc: LetterText) -> tuple[int, int] | None:
    for match in capped(_USE_CONTEXT.finditer(doc.low), 50):
        after = doc.low[match.end() : match.end() + 40]
        colon = after.find(":")
        if colon == -1 or "\n" in after[:colon]:
            continue
        masked = _MASKED_AFTER_USE.match(doc.scan, match.end() + colon + 1)
        if masked:
            return masked.span(1)
    return None
