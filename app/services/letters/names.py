"""A name as a letter writes it: a run of capitalised words, connectors and legal forms,
read forward from a trigger or back from a phrase that follows the name; a placeholder in
its place (`[Nom du client]`, `********`) makes the value present but redacted. Ordinary
words of the letters' languages and bare legal forms are no name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import everything, lexicons
from .text import is_masked

# Fillers that are written capitalised as common nouns (German), never as part of a name.
NOUN_FILLERS = {f.words for lx in lexicons() if lx.nouns_capitalised for f in lx.fillers}

_CONNECTORS = {"&", "and", "und", "et", "de", "du", "des", "von", "van", "der", "den", "di",
               "da", "of", "la", "le", "y", "+", "en", "im", "am", "del", "della"}  # fmt: skip
LEGAL_FORMS = {"gmbh", "mbh", "ag", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "sa", "s.a.",
                "sas", "sarl", "ab", "aps", "a/s", "bv", "b.v.", "e.v.", "kg", "co.", "corp.",
                "limited", "se", "oy", "gbr", "ug", "pty", "asa", "oyj", "nv", "bvba",
                "s.r.l.", "s.p.a.", "s.l.", "kft", "mbb", "partg", "partgmbb"}  # fmt: skip
_TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "herr", "herrn", "frau",
           "monsieur", "madame", "m.", "mme", "mme.", "fotograf", "fotografin", "fotografen",
           "photographer", "photographe", "künstler", "künstlerin", "artist"}  # fmt: skip
_TRAILING_NOUNS = {"imagery", "bildmaterial", "repräsentiertes", "repräsentierte",
                   "repräsentierten"}  # fmt: skip
_NOT_NAMES = {"we", "our", "you", "your", "sie", "ihre", "wir", "vous", "nous", "the", "this",
              "dear", "please", "in", "on", "for", "im", "am", "le", "la", "les", "un", "une",
              "ein", "eine", "copytrack", "picrights", "pixsy", "lapixa", "imagerights", "higbee",
              "license", "licence", "lizenz", "ihnen", "ihr", "unser", "unsere", "mit", "als",
              "with", "as", "to", "by", "its", "their", "his", "her", "it"}  # fmt: skip
# Short lower-case words that never start a name ("dpa Picture-Alliance" does).
_FUNCTION_WORDS = {"ist", "sind", "hat", "wird", "war", "die", "der", "das", "ein", "eine",
                   "wir", "sie", "mit", "für", "auf", "aus", "bei", "nach", "zur", "zum",
                   "is", "are", "was", "has", "had", "the", "a", "an", "to", "we", "you",
                   "est", "sont", "une", "un", "les", "des", "pour", "par", "sur", "avec",
                   "que", "qui", "dont", "nous", "vous", "il", "elle"}  # fmt: skip
_PRONOUNS = {"i", "ich", "je", "we", "wir", "nous", "you", "sie", "vous", "er", "il", "elle",
             "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "we're", "we’re"}  # fmt: skip
# "GmbH & Co. KG": a partnership's form goes on after "Co.".
_AFTER_CO = {"kg", "kg.", "kg,", "ohg", "ohg.", "kgaa", "kgaa."}
# Role nouns written capitalised after a name ("Thomas Berger und Urheber des Fotos",
# "Sarah Lindqvist Photographer"): they end it.
_ROLE_NOUNS = set(everything("not_in_names"))
# Ordinary words of the letters' languages (determiners, possessives, verbs, the common
# nouns of a claim): a candidate made only of these, or only of a legal form, is no name.
_COMMON = set(everything("common_words"))
_NOUN_SUFFIXES = tuple(everything("noun_suffixes"))
_SUFFIX_CHECKED = 8
# An elided French article inside a name ("Lumière d'Ouest", "Côte d'Opale Images").
_ELIDED = ("d'", "d’", "l'", "l’")
_STOP_CHARS = '\n,;:()"“”«»–—|/'


WRAPPED_LINE = 55
_COUNTRY_TAG = re.compile(r"\([A-Z]{2}\),?")  # "(US)", "(UK)"; not an acronym "(AFP)"
_LEGAL_FORM_AFTER_COMMA = re.compile(
    r", (?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|LLP|GmbH|AG|SA|SAS|SARL|S\.A\.|AB|ApS|A/S|plc|Limited)(?![\w])"
)


@dataclass(frozen=True)
class NameMention:
    value: str | None  # None: masked
    start: int
    end: int
    confidence: float
    role: str | None = None  # photographer or agency, when the letter says so

    @property
    def masked(self) -> bool:
        return self.value is None


_MASK_AT_START = re.compile(r"(?:\[#{1,80}\]|\*{2,40}|[Xx]{2,40}(?![A-Za-z])|\.{3,40}|_{3,40})")


def read_name(scan: str, pos: int) -> NameMention | None:
    """The name written at `pos`, a masked placeholder, or None.

    In hard-wrapped prose (a long line) a name may go on after a single line break
    ("the photographer Oliver\nHale"); a legal form after a comma belongs to the name
    ("Pacific Lens Collective, LLC")."""
    segment = scan[pos : pos + 120]
    line_start = scan.rfind("\n", max(0, pos - 200), pos) + 1
    long_line = pos + 1 - line_start + segment.find("\n") >= WRAPPED_LINE
    if (long_line or _continues_long_line(scan, line_start)) and "\n\n" not in segment[:60]:
        segment = segment.replace("\n", " ")
    offset = 0
    if segment[:2].lower() in ("l'", "d'"):
        offset = 2
    words = segment[offset:].split(" ")
    while words and (words[0].lower().rstrip(",") in _TITLES or _role_before_name(words)):
        offset += len(words.pop(0)) + 1
    mask = _MASK_AT_START.match(segment, offset)
    if mask:
        return NameMention(None, pos + mask.start(), pos + mask.end(), 0.9)
    taken: list[str] = []
    cursor = offset
    for word in segment[offset:].split(" "):
        if not word:
            break
        stop = next((i for i, ch in enumerate(word) if ch in _STOP_CHARS), None)
        if taken and _COUNTRY_TAG.fullmatch(word):
            stop = len(word) - 1 if word.endswith(",") else None  # "Getty Images (US), Inc."
        if stop is not None and word[: stop + 2].lower().rstrip(".,") in ("a/s", "i/s"):
            stop = None if len(word) <= 3 else 3
        core = word if stop is None else word[:stop]
        if core.startswith("(") and taken:
            taken.append(core)
            cursor += len(word) + 1
            if stop is not None and _LEGAL_FORM_AFTER_COMMA.match(segment, cursor - 2):
                taken[-1] = core + ","
                continue
            if stop is not None:
                break
            continue
        if core.endswith("'s") or core.endswith("’s"):
            core, stop = core[:-2], 0
        bare = core.rstrip(".'’")
        lower = core.lower()
        accepted = bool(bare) and (
            bare[0].isupper()
            or bare[0].isdigit()
            or lower in LEGAL_FORMS
            or (lower in _CONNECTORS and taken)
            or (taken and lower[:2] in _ELIDED and len(bare) > 2 and bare[2].isupper())
            or (
                not taken
                and bare.isalpha()
                and len(bare) <= 5
                and bare.islower()
                and lower not in _CONNECTORS
                and lower not in _FUNCTION_WORDS
                and lower not in _COMMON
                and _next_is_capitalised(segment, cursor + len(word) + 1)
            )
        )
        if not accepted or lower in _PRONOUNS:
            break
        if lower.rstrip(".,") in _ROLE_NOUNS:
            if not taken:
                return None  # "Urheber der Fotografie" is a role, not a name
            break
        if lower in _NOT_NAMES and not taken and not _starts_name(words):
            break
        if core.endswith(".") and lower not in LEGAL_FORMS and not _is_initial(core):
            taken.append(core[:-1])
            break
        if (
            stop == len(word) - 1
            and word[stop] == ","
            and _LEGAL_FORM_AFTER_COMMA.match(segment, cursor + stop)
        ):
            core, stop = word, None  # "Collective, LLC": the comma is part of the name
        taken.append(core)
        cursor += len(word) + 1
        if lower in LEGAL_FORMS and stop is None and _ends_line(scan, pos + cursor - 1):
            break  # "pour le compte de Photalis SAS" over the sender's line: the name ends
        if (
            core.endswith(".")
            and lower in LEGAL_FORMS
            and not (lower == "co." and _next_word(segment, cursor) in _AFTER_CO)
        ):
            break
        if stop is not None or len(taken) >= 8:
            break
    while taken and (taken[-1].lower() in _CONNECTORS or taken[-1].lower() in _TRAILING_NOUNS):
        taken.pop()
    if not taken or not any(c.isupper() for c in "".join(taken)):
        return None
    lead = 0
    while len(taken) > 1 and (
        (_plain(taken[0]) in _COMMON and taken[0] not in ("The", "the"))
        or (lead and taken[0].lower() in _TITLES)
    ):
        lead += len(taken.pop(0)) + 1  # "Mein Mandant Thomas Berger": the name follows
    if _ordinary(taken):
        return None
    offset += lead
    name = " ".join(taken)
    while name.endswith(","):
        name = name[:-1]
    if name.lower() in _NOT_NAMES or len(name) < 2 or _common_noun(name):
        return None
    start = pos + offset
    return NameMention(name, start, start + len(name), 0.8)


def _common_noun(name: str) -> bool:
    """One word shaped like a German common noun ("Durchführung", "Nachnutzungen")."""
    low = name.lower()
    return (
        " " not in name
        and len(low) >= _SUFFIX_CHECKED
        and low.isalpha()
        and low.endswith(_NOUN_SUFFIXES)
    )


def _role_before_name(words: list[str]) -> bool:
    """A role noun before a capitalised word that may start a name ("Rechtsanwalt Dr. Max
    Weber", "Geschäftsführer Jan Roth"): the role is skipped, the name read after it."""
    if len(words) < 2 or words[0].lower() not in _ROLE_NOUNS:
        return False
    following = words[1]
    plain = _plain(following)
    return (
        following[:1].isupper()
        and plain not in _COMMON
        and plain not in _ROLE_NOUNS
        and plain not in _CONNECTORS
        and plain not in LEGAL_FORMS
    )


def _ends_line(scan: str, index: int) -> bool:
    """The original text breaks the line at `index` (the name's line ends there)."""
    return scan[index : index + 1] == "\n"


def _next_word(segment: str, index: int) -> str:
    return segment[index:].split(" ", 1)[0].lower()


def _plain(word: str) -> str:
    return word.strip(".,'’()").lower()


def _ordinary(words: list[str]) -> bool:
    """Only ordinary words of the letter's language ("keine Lizenz", "Schadensersatz",
    "Mein Mandant") or only a legal form ("Inc."): vocabulary, not a name."""
    content = [
        w
        for w in words
        if _plain(w) not in _CONNECTORS
        and w.lower().rstrip(",") not in LEGAL_FORMS
        and _plain(w) not in LEGAL_FORMS
        and not _COUNTRY_TAG.fullmatch(w)
    ]
    return not content or all(_plain(w) in _COMMON for w in content)


def _continues_long_line(scan: str, line_start: int) -> bool:
    """The line is the wrapped end of a long line whose sentence goes on ("... vom
    Fotografen" over "Herrn Jens" over "Petersen mit ..."): prose, not a letterhead."""
    if line_start < 2 or scan[line_start - 2] == "\n":
        return False
    previous = scan.rfind("\n", max(0, line_start - 200), line_start - 1) + 1
    line = scan[previous : line_start - 1].rstrip()
    return len(line) >= WRAPPED_LINE and line[-1:] not in ".:!?"


def _starts_name(words: list[str]) -> bool:
    """'The Associated Press': an article followed by a capitalised word."""
    return len(words) > 1 and words[0] == "The" and words[1][:1].isupper()


def _next_is_capitalised(segment: str, index: int) -> bool:
    return index < len(segment) and segment[index].isupper()


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper()


# Legal forms written in lower case first ("Verlagsgesellschaft mbH", "Bildarchiv e.V.").
_LOWER_FORM = r"(?:mbH|gGmbH|e\.[VKU]\.|eG)"
_NAME_BEFORE = re.compile(
    r"((?:[A-ZÄÖÜ0-9][\w&'.-]{0,30}(?:,(?= (?:Inc|LLC|L\.L\.C|Ltd|LLP|Limited|GmbH|AG|SA)\b))?"
    rf"|{_LOWER_FORM}|\([A-Z]{{2}}\),?|&|and|und|et|de|du|des|von|der|of) ){{0,6}}"
    rf"(?:[A-ZÄÖÜ0-9][\w&'.-]{{0,30}}|{_LOWER_FORM})$|\[#{{1,80}}\]$|\*{{2,40}}$"
)


def name_before(scan: str, end: int) -> NameMention | None:
    """The name ending at `end` (for "<name> a confié à notre société")."""
    raw = scan[max(0, end - 100) : end]
    window = raw.rstrip(" ,")
    end -= len(raw) - len(window)
    window = window.split("\n")[-1]
    match = _NAME_BEFORE.search(window)
    if not match:
        return None
    start = end - len(window) + match.start()
    words = match.group(0).split(" ")
    while len(words) > 1 and words[0].lower() in _CONNECTORS:
        start += len(words.pop(0)) + 1
    if is_masked(match.group(0)):
        return NameMention(None, start, end, 0.85)
    while len(words) > 1 and words[0].lower() in NOUN_FILLERS:
        start += len(words.pop(0)) + 1
    titled = [i for i, word in enumerate(words[:-1]) if word.lower() in _TITLES]
    if titled:  # "im Auftrag von Frau Lena Ahrens, Fotografin": the name starts after "Frau"
        for word in words[: titled[-1] + 1]:
            start += len(word) + 1
        words = words[titled[-1] + 1 :]
    forward = read_name(scan, start)
    if forward is None or forward.value is None:
        return None
    return _lower_case_lead(scan, start, forward)


_LOWER_LEAD = re.compile(
    r"(?:^|\n|(?<![\w-])(?:die|der|den|dem|the|la|le|l'|l’) )(?P<lead>[a-z]{2,5}) $"
)


def _lower_case_lead(scan: str, start: int, found: NameMention) -> NameMention:
    """A name read backwards starts at its first capital; a brand written in lower case
    before it belongs to it ("die dpa Deutsche Presse-Agentur GmbH hat uns beauftragt"),
    when reading forward from there takes it in (not an ordinary word: "die", "von")."""
    lead = _LOWER_LEAD.search(scan, max(0, start - 10), start)
    if lead is None:
        return found
    longer = read_name(scan, lead.start("lead"))
    if longer is None or longer.value is None or longer.end != found.end:
        return found
    return longer


_CREDIT_MARK = re.compile(r"(?:©|\(c\)|copyright\b)[ \t]*", re.I)
_CREDIT_PART = re.compile(r"(?:[^\n/,;:()]|\n(?!\n)){1,40}")
_CREDIT_AGENCY_WORDS = set(everything("credit_agency_words")) | set(
    everything("organisation_words")
)


def read_credit(scan: str, pos: int) -> list[NameMention]:
    """The people a picture credit names ("© Hannah Reyes", "AP Photo/Jordan Ellis",
    "Hugo Marchal / Zeppelin Images", "dpa/Lena Kirchner"): past a copyright mark, the
    parts of an agency/person credit that are a person's name. A credit of one part is read
    as a name."""
    mark = _CREDIT_MARK.match(scan, pos)
    if mark:
        pos = mark.end()
    line_start = scan.rfind("\n", max(0, pos - 200), pos) + 1
    line_end = scan.find("\n", pos)
    wrapped = line_end != -1 and line_end - line_start >= WRAPPED_LINE
    parts = []
    cursor = pos
    while len(parts) < 3:
        part = _CREDIT_PART.match(scan, cursor)
        if part is None:
            break
        parts.append(part)
        cursor = part.end()
        if scan[cursor : cursor + 1] != "/":
            break
        cursor += 1
    if len(parts) < 2:
        single = read_name(scan, pos)
        return [single] if single is not None else []
    people = []
    for part in parts:
        text = part.group(0)
        if wrapped:
            text = text.replace("\n", " ")  # a credit wrapped over two lines of prose
        lead = len(text) - len(text.lstrip())
        mention = read_name(text, lead)
        if mention is not None and mention.value is not None and credits_person(mention.value):
            shift = part.start()
            people.append(NameMention(mention.value, mention.start + shift, mention.end + shift,
                                      mention.confidence))  # fmt: skip
    return people


def credits_person(value: str) -> bool:
    """A person's name in a credit: two or more words, none an agency's, a legal form or a
    number ("© 2026 Pixsy")."""
    words = [w.lower().strip(".,") for w in value.split()]
    return (
        len(words) >= 2
        and not value.isupper()
        and not any(c.isdigit() for c in value)
        and not any(w in _CREDIT_AGENCY_WORDS or w in LEGAL_FORMS for w in words)
    )
