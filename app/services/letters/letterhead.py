"""The sender as its letterhead and signature block write it: a law firm's name, a lawyer
writing alone, the lines a letter starts and ends with, and the lawyer's own voice."""

from __future__ import annotations

import re

from .lexicon import alternation, everything
from .text import LetterText, capped, word_start


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_LAWYER_VOICE = _p(rf"(?:{alternation(everything('lawyer_voice'))})(?![a-zäöüß])")
_LAWYER_WORDS = _p(rf"(?:{alternation(everything('lawyer_words'))})(?![a-zäöü])")
_NOT_SENDER = _p(
    r"(?:partner|partenaire|netzwerk|network|unsere[nm]? |our |nos |keine |no )\W{0,3}$"
)
_FIRM_NAME = _p(
    r"(?:(?:[A-ZÀ-ÖØ-Þ][\w&.'-]{0,30}|&|und|and) ){1,4}(?:Rechtsanwälte(?: PartGmbB| PartG mbB| mbB"
    r"| GbR| GmbH)?|Rechtsanwaltsgesellschaft(?: mbH)?|Rechtsanwalts GmbH|PartG mbB|Avocats|Law Firm|LLP"
    r"|Solicitors|Attorneys at Law|PLLC|P\.C\.|Law Group|Law Offices|(?:&|et) (?i:associés))"
    r"|(?:[A-ZÀ-ÖØ-Þ][\w&.'-]{0,30} ){1,4}(?:LAW|Law),? (?:PLLC|LLP|P\.C\.|APC|LLC)"
    r"|Rechtsanwaltskanzlei (?:Dr\. )?[A-ZÀ-ÖØ-Þ][\w-]{1,30} [A-ZÀ-ÖØ-Þ][\w-]{1,30}"
    r"|(?:SELARL|SCP|AARPI|Kanzlei|Rechtsanwälte|Cabinet(?: d['’]avocats)?|Société d['’]avocats) "
    r"(?:[A-ZÀ-ÖØ-Þ][\w.'-]{1,30}|&|et|und)"
    r"(?: (?:[A-ZÀ-ÖØ-Þ][\w.'-]{1,30}|&|et|und)){0,4}"
)
_ARTICLES = {"Die", "Der", "Das", "Unsere", "Ihre", "Our", "The", "Les", "Nos", "Vos", "Le", "La"}


SIGNATURE_LINES = 5
LETTERHEAD_LINES = 2


ORG_NAME = _p(
    r"[A-ZÀ-ÖØ-Þ][\w&'.-]{0,30} (?:(?:[A-ZÀ-ÖØ-Þ][\w&'.-]{0,30}|&|et|und|and) ){0,4}"
    r"(?:GmbH|AG|SAS|SARL|SA|Ltd\.?|Limited|LLC|Inc\.?|Services"
    r"|e\.K\.|KG|B\.V\.|ApS|AB|plc|UG(?: \(haftungsbeschränkt\))?)"
)
SOLE_LAWYER = _p(
    r"(?:Maître|Me|Rechtsanwalt|Rechtsanwältin|RA|RAin) (?:(?:Dr|Prof)\. ){0,2}"
    r"([A-ZÀ-ÖØ-Þ][\w'-]{1,30}(?: [A-ZÀ-ÖØ-Þ][\w'-]{1,30}){1,2})"
)
# "Antoine Moreau" over "Avocat à la Cour", "Dr. Martin Kühn" over "Rechtsanwalt".
_PERSON_LINE = _p(
    r"(?:(?:Dr|Prof)\. ){0,2}([A-ZÀ-ÖØ-Þ][\w'-]{1,30}(?: [A-ZÀ-ÖØ-Þ][\w'-]{1,30}){1,2})"
)
_PROFESSION_LINE = _p(
    r"(?:Avocate?|Rechtsanw(?:ä|a)lt(?:in)?|Fachanw(?:ä|a)lt(?:in)?|Attorney at Law|Solicitor"
    r"|Barrister)(?: (?:à la Cour|au Barreau d[e'] ?[\w' -]{2,40}|für [\w ,.-]{2,60}))?"
)


def sole_lawyer(lines: list[tuple[str, int]]) -> tuple[str, int] | None:
    """A lawyer's own name where a line says "Rechtsanwalt Dr. X" or a name line stands over
    the profession line: (name, offset of its line)."""
    for index, (line, offset) in enumerate(lines):
        match = SOLE_LAWYER.fullmatch(line)
        if match:
            return match.group(1), offset + match.start(1)
        if index and _PROFESSION_LINE.fullmatch(line):
            above, above_offset = lines[index - 1]
            person = _PERSON_LINE.fullmatch(above)
            if person:
                return person.group(1), above_offset + person.start(1)
    return None


def lawyer_evidence(doc: LetterText) -> tuple[float, tuple[int, int] | None, list[str]]:
    score = 0.0
    span: tuple[int, int] | None = None
    notes: list[str] = []
    head = letterhead_firm(doc)
    sole = None if head else sole_lawyer(head_lines(doc)) or sole_lawyer(signature_lines(doc)[::-1])
    if head:
        score, span = 2.0, head
        notes.append(f"letterhead of a law firm '{doc.text[head[0] : head[1]]}'")
    elif sole:
        score, span = 2.0, (sole[1], sole[1] + len(sole[0]))
        notes.append(f"a lawyer heads or signs the letter: '{sole[0]}'")
    for pattern, weight in ((_LAWYER_VOICE, 2.0), (_LAWYER_WORDS, 1.0)):
        seen: set[str] = set()
        for match in capped(pattern.finditer(doc.low), 50):
            if not word_start(doc.low, match.start()):
                continue
            if _NOT_SENDER.search(doc.low[max(0, match.start() - 20) : match.start()]):
                continue
            word = match.group(0)
            if word in seen:
                continue
            seen.add(word)
            score += weight
            span = span or match.span()
            notes.append(f"lawyer's wording '{doc.text[match.start() : match.end()]}'")
    return score, span, notes


def letterhead_firm(doc: LetterText) -> tuple[int, int] | None:
    """A law firm's name alone on one of the letter's first lines ("Marlowe & Chen LLP") or
    of its signature block."""
    for line, offset in head_lines(doc) + signature_lines(doc):
        if _FIRM_NAME.fullmatch(line) or (
            line.isupper() and _FIRM_NAME.fullmatch(_capitalised(line))
        ):
            start = doc.scan.index(line, offset)
            return start, start + len(line)
    return None


def _capitalised(line: str) -> str:
    """ "CABINET LEMAIRE AVOCATS" as "Cabinet Lemaire Avocats", to read a letterhead in capitals
    with the patterns of mixed-case names (legal forms such as "LLP" stay as they are)."""
    return " ".join(w if len(w) <= 4 else w.capitalize() for w in line.split(" "))


def head_lines(doc: LetterText) -> list[tuple[str, int]]:
    """The letter's first three lines, with their offsets."""
    lines: list[tuple[str, int]] = []
    start = doc.body_start
    for _ in range(3):
        end = doc.scan.find("\n", start, start + 200)
        end = end if end != -1 else min(len(doc.scan), start + 200)
        lines.append((doc.scan[start:end].strip(), start))
        start = end + 1
    return lines


# A letterhead line that gives only the profession and the legal form, under the names.
_FORM_LINE = _p(
    r"(?:Rechtsanwälte|Rechtsanwaltsgesellschaft|Avocats|Solicitors|Attorneys at Law)"
    r"(?: (?:PartGmbB|PartG mbB|mbB|GbR|mbH|Partnerschaft(?:sgesellschaft)?(?: mbB)?|LLP))?"
)
_NAMES_LINE = _p(r"[A-ZÀ-ÖØ-Þ][\w.'-]{1,30}(?: (?:&|und|and|et|[A-ZÀ-ÖØ-Þ][\w.'-]{1,30})){1,4}")


def _name_over_form(doc: LetterText) -> tuple[str, tuple[int, int]] | None:
    """ "Brenner & Vogt" over "Rechtsanwälte PartG mbB": one name on two letterhead lines."""
    lines = head_lines(doc)
    for (above, offset), (below, _) in zip(lines, lines[1:], strict=False):
        if (
            _NAMES_LINE.fullmatch(above)
            and not _FIRM_NAME.fullmatch(above)
            and _FORM_LINE.fullmatch(below)
        ):
            start = doc.scan.index(above, offset)
            end = doc.scan.index(below, start + len(above)) + len(below)
            return f"{above} {below}", (start, end)
    return None


def firm_name(doc: LetterText) -> tuple[str | None, tuple[int, int] | None]:
    """The law firm's fullest name, written in mixed case where the letter does."""
    joined = _name_over_form(doc)
    if joined:
        return joined
    matches = list(capped(_FIRM_NAME.finditer(doc.scan), 20))
    if not matches:
        head = letterhead_firm(doc)
        if head and doc.text[head[0] : head[1]].isupper():
            return doc.text[head[0] : head[1]], head  # only in capitals: as written
    matches.sort(key=lambda m: (m.group(0).isupper(), -len(m.group(0)), m.start()))
    for match in matches:
        start, end = match.span()
        words = match.group(0).split(" ")
        while words and (words[0] in _ARTICLES or not words[0]):
            start += len(words.pop(0)) + 1
        while words and words[-1] in ("&", "et", "und", "and", ""):
            end -= len(words.pop()) + 1
        if len(words) >= 2:
            return doc.text[start:end], (start, end)
    return None, None


_CLOSING = _p(rf"(?:{alternation(everything('closings'))})(?![a-zäöüß])")
_JOB_TITLE = _p(rf"(?<![\w])(?:{alternation(everything('job_titles'))})(?![\w])")
_ORGANISATION_WORD = _p(rf"(?:{alternation(everything('organisation_words'))})")
_CAMEL = _p(r"[A-ZÀ-ÖØ-Þ][a-zäöüßé]+[A-ZÀ-ÖØ-Þ][a-zäöüßé]+")
_ORG_LINE = _p(
    r"(?:[A-ZÀ-ÖØ-Þ][\w&'.-]{0,30}|&|et|und|and|de|des|du)(?: (?:[A-ZÀ-ÖØ-Þ][\w&'.-]{0,30}|&|et|und|and|de|des|du)){0,5}"
)
_SIGNATURE_TAIL = 400
# "Imagevia – regularisation@imagevia.fr": an e-mail or web address after the organisation's
# name on its line.
_CONTACT_AFTER = _p(r"(?:[ \t]*[-–—·|,][ \t]*(?:[\w.+-]+@[\w.-]+|(?:https?://|www\.)\S+))+$")


def signature_organisation(doc: LetterText, exclude: str | None) -> tuple[str, int] | None:
    """The organisation a signature block names after the closing formula: the line under
    the signer's name and title ("Mark Evans" / "Licensing Manager" / "PhotoClaim
    Recovery"), or the only line when it names an organisation ("ClearLicense",
    "Coastline Licensing"); not a job title, not the rights holder's name."""
    tail_start = max(doc.body_start, len(doc.scan) - _SIGNATURE_TAIL)
    closings = list(capped(_CLOSING.finditer(doc.low, tail_start), 20))
    if not closings:
        return None
    cursor = closings[-1].end()
    lines: list[tuple[str, int]] = []
    for raw in doc.scan[cursor:].split("\n"):
        line = raw.strip(" ,")
        if line:
            lines.append((line, cursor + raw.find(line)))
        cursor += len(raw) + 1
        if len(lines) >= 5:
            break
    lines = [(line, offset) for line, offset in lines if not _JOB_TITLE.search(line.lower())]
    if not lines:
        return None
    candidates = lines[1:] if len(lines) > 1 else lines
    for line, offset in candidates:
        line = _CONTACT_AFTER.sub("", line)
        team, start, end = _team(line)
        if team:  # "L'équipe Photoveille" names it; "Claims Team" is a function
            if start is not None and end is not None:
                return line[start:end], offset + start
            continue
        if not _ORG_LINE.fullmatch(line) or len(line) > 60:
            continue
        if exclude and (line.lower() in exclude.lower() or exclude.lower() in line.lower()):
            continue
        organisation = _ORGANISATION_WORD.search(line.lower()) or _CAMEL.search(line)
        if len(lines) > 1 or organisation:
            return line, offset
    return None


def from_organisation(doc: LetterText, heads: list[tuple[str, int]]) -> tuple[str, int] | None:
    """The display name of a From line pasted in the letter ("Von: Bildrecht Service
    <service@...>") when it names an organisation."""
    for line, offset in heads:
        if offset >= len(doc.scan) or not _FROM_LABEL.match(doc.scan, _line_start(doc, offset)):
            continue
        if _ORG_LINE.fullmatch(line) and _ORGANISATION_WORD.search(line.lower()):
            return line, offset
    return None


def _line_start(doc: LetterText, offset: int) -> int:
    return doc.scan.rfind("\n", 0, offset) + 1


_FROM_LABEL = _p(r"(?:From|De|Von|Absender|Expéditeur) ?: ?")


def without_from_label(line: str, offset: int) -> tuple[str, int]:
    """'De : Service juridique - Photonéa SAS <juridique@...>' (a forwarded message's From
    line pasted in the body) read as 'Service juridique - Photonéa SAS'."""
    label = _FROM_LABEL.match(line)
    if not label:
        return line, offset
    return line[label.end() :].split("<", 1)[0].strip(), offset + label.end()


def signature_lines(doc: LetterText) -> list[tuple[str, int]]:
    """The last lines of the letter (the signature block), with their offsets."""
    lines: list[tuple[str, int]] = []
    end = len(doc.scan)
    while len(lines) < SIGNATURE_LINES + 1 and end > doc.body_start:
        start = doc.scan.rfind("\n", doc.body_start, end) + 1
        start = max(start, doc.body_start, end - 200)
        line = doc.scan[start:end].strip()
        if line:
            lines.append((line, start))
        end = start - 1
    return lines


# "fotoclaim.co.uk | Image licensing compliance": a sender named only by its web address.
_DOMAIN = _p(r"(?:www\.)?[a-z0-9][a-z0-9-]{1,40}(?:\.[a-z0-9-]{2,20}){0,2}\.[a-z]{2,6}")
_DOMAIN_ENDS = _p(r"$|[ \t]+[-–·|][ \t]")


def domain_name(lines: list[tuple[str, int]]) -> tuple[str, int] | None:
    """The web address a letterhead or signature line starts with, standing alone or before
    a separator, when the letter gives the sender no other name."""
    for line, offset in lines:
        match = _DOMAIN.match(line) if line else None
        if match and _DOMAIN_ENDS.match(line, match.end()) and "@" not in line[: match.end() + 1]:
            return match.group(0), offset
    return None


_TEAM_NAME = r"[\w&'.-]{2,30}(?: [\w&'.-]{2,30}){0,2}"
_TEAM_LINE = _p(
    rf"(?:(?:{alternation(everything('team_before'))}) )?(?P<after>{_TEAM_NAME})(?: |(?=-))"
    rf"(?:{alternation(everything('team_after'))})"
    rf"|(?:{alternation(everything('team_before'))})(?:(?<=['’])| )(?P<before>{_TEAM_NAME})"
)
_TEAM_FUNCTIONS = frozenset(everything("team_functions"))


def _team(line: str) -> tuple[bool, int | None, int | None]:
    """Whether the line names a team, and where the sender's name stands in it: none for a
    function ("Le service régularisation", "Claims Team")."""
    match = _TEAM_LINE.fullmatch(line.lower()) if len(line) <= 60 else None
    if not match:
        return False, None, None
    start, end = match.span("before" if match.group("before") else "after")
    name = line[start:end]
    if name.lower() in _TEAM_FUNCTIONS or not (name[0].isupper() or "." in name):
        return True, None, None
    return True, start, end


def team_name(lines: list[tuple[str, int]]) -> tuple[str, int] | None:
    """The sender named in a signature by its team ("L'équipe Photoveille", "The ClaimLens
    Team", "Ihr Team von Bildfair")."""
    for line, offset in lines:
        _, start, end = _team(line) if line else (False, None, None)
        if start is not None and end is not None:
            return line[start:end], offset + start
    return None
