"""The rights holder and the photographer named in a letter.

A trigger phrase ("on behalf of", "im Auftrag", "unsere Mandantin, die", "pour le compte de",
"Mon client,") is followed by a name; a few phrases ("... a confié à notre société",
"... hat uns beauftragt") have the name before them. A name is a run of capitalised words,
connectors and legal forms; a placeholder in its place (`[Nom du client]`, `********`)
makes the value present but redacted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import alternation, everything, lexicons, phrase_pattern
from .text import LetterText, is_masked, sentence_after, word_matches

Triggers = list[tuple[re.Pattern[str], float]]

_FILLER_ROLES: dict[str, str] = {}
for _lexicon in lexicons():
    for _filler in _lexicon.fillers:
        _FILLER_ROLES.setdefault(_filler.words, _filler.role)
_FILLERS = alternation(_FILLER_ROLES)
_FILLER_PATTERNS = [
    (re.compile(rf"(?<![\w'’]){phrase_pattern(words)}"), role)
    for words, role in _FILLER_ROLES.items()
    if role in ("photographer", "agency")
]
_FILLER_RE = re.compile(rf"(?:{_FILLERS})(?=[ ,:])")
# Fillers that are written capitalised as common nouns (German), never as part of a name.
_NOUN_FILLERS = {f.words for lx in lexicons() if lx.nouns_capitalised for f in lx.fillers}
_FILL = rf"(?P<fill>(?:(?:{_FILLERS})[ ,:\n]{{1,3}}){{0,3}})"


def _forward(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(phrases)})[ ,:\n]{{1,3}}{_FILL}")


_ACTS_FOR = _forward(everything("acts_for"))
_WHEN_FOLLOWED = [
    (_forward((phrase,)), followed)
    for lexicon in lexicons()
    for phrase, followed in lexicon.acts_for_when_followed
]
_PRINCIPAL_BEFORE = re.compile(rf"[ ,]{{0,2}}(?:{alternation(everything('principal_before'))})")
_BETWEEN = [
    (re.compile(phrase_pattern(before) + " "), after)
    for lexicon in lexicons()
    for before, after in lexicon.principal_between
]
_PHOTOGRAPHER_AFTER = re.compile(
    rf"(?:{alternation(everything('photographer_after'))})[:,]?[ \n](?:(?:mr|mrs|ms)\.? )?"
)
_PHOTOGRAPHER_NOUNS = re.compile(
    rf", (?:{alternation(everything('photographer_nouns'))})(?![a-zäöüß])"
)
_PHOTOGRAPHER_WORD = alternation(n for n in everything("photographer_nouns") if " " not in n)
# ", a professional travel photographer": a few words, then the noun, right after a name.
_PHOTOGRAPHER_APPOSITION = re.compile(
    rf",[ \n](?:[\w-]{{1,20}} ){{0,4}}(?:{_PHOTOGRAPHER_WORD})(?![a-zäöüß])"
)
_POSSESSIVE = re.compile(r"(?:mrs?|ms)\.? (?=\S{1,40}'s (?:images?|photo|photographs?|work))")
_PHOTOGRAPHER_WORDS = {n for n in everything("photographer_nouns") if " " not in n}
_PHOTOGRAPHER_WORD_RE = re.compile(rf"(?<![\w])(?:{alternation(_PHOTOGRAPHER_WORDS)})(?![\w])")
_FILLER_ROLE_ORDER = ("photographer", "agency", "client", "person")


def _role(fill: str) -> str | None:
    """The strongest role the words between the trigger and the name give the party."""
    if not fill:
        return None
    found = {role for pattern, role in _FILLER_PATTERNS if pattern.search(fill)}
    return next((r for r in _FILLER_ROLE_ORDER[:2] if r in found), None)


_CONNECTORS = {"&", "and", "und", "et", "de", "du", "des", "von", "van", "der", "den", "di",
               "da", "of", "la", "le", "y", "+"}  # fmt: skip
_LEGAL_FORMS = {"gmbh", "mbh", "ag", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "sa", "s.a.",
                "sas", "sarl", "ab", "aps", "a/s", "bv", "b.v.", "e.v.", "kg", "co.", "corp.",
                "limited", "se", "oy", "gbr", "ug"}  # fmt: skip
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
_PRONOUNS = {"i", "ich", "je", "we", "wir", "nous", "you", "sie", "vous", "er", "il", "elle"}
# Role nouns written capitalised after a name ("Thomas Berger und Urheber des Fotos",
# "Sarah Lindqvist Photographer"): they end it.
_ROLE_NOUNS = set(everything("not_in_names"))
# Ordinary words of the letters' languages (determiners, possessives, verbs, the common
# nouns of a claim): a candidate made only of these, or only of a legal form, is no name.
_COMMON = set(everything("common_words"))
_STOP_CHARS = '\n,;:()"“”«»–—|/'


_WRAPPED_LINE = 55
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
    long_line = pos + 1 - line_start + segment.find("\n") >= _WRAPPED_LINE
    if (long_line or _continues_long_line(scan, line_start)) and "\n\n" not in segment[:60]:
        segment = segment.replace("\n", " ")
    offset = 0
    if segment[:2].lower() in ("l'", "d'"):
        offset = 2
    words = segment[offset:].split(" ")
    while words and words[0].lower().rstrip(",") in _TITLES:
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
            or lower in _LEGAL_FORMS
            or (lower in _CONNECTORS and taken)
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
        if core.endswith(".") and lower not in _LEGAL_FORMS and not _is_initial(core):
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
        if stop is not None or len(taken) >= 8 or (core.endswith(".") and lower in _LEGAL_FORMS):
            break
    while taken and (taken[-1].lower() in _CONNECTORS or taken[-1].lower() in _TRAILING_NOUNS):
        taken.pop()
    if not taken or not any(c.isupper() for c in "".join(taken)):
        return None
    lead = 0
    while len(taken) > 1 and _plain(taken[0]) in _COMMON and taken[0] not in ("The", "the"):
        lead += len(taken.pop(0)) + 1  # "Mein Mandant Thomas Berger": the name follows
    if _ordinary(taken):
        return None
    offset += lead
    name = " ".join(taken)
    while name.endswith(","):
        name = name[:-1]
    if name.lower() in _NOT_NAMES or len(name) < 2:
        return None
    start = pos + offset
    return NameMention(name, start, start + len(name), 0.8)


def _plain(word: str) -> str:
    return word.strip(".,'’()").lower()


def _ordinary(words: list[str]) -> bool:
    """Only ordinary words of the letter's language ("keine Lizenz", "Schadensersatz",
    "Mein Mandant") or only a legal form ("Inc."): vocabulary, not a name."""
    content = [
        w
        for w in words
        if _plain(w) not in _CONNECTORS
        and w.lower().rstrip(",") not in _LEGAL_FORMS
        and _plain(w) not in _LEGAL_FORMS
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
    return len(line) >= _WRAPPED_LINE and line[-1:] not in ".:!?"


def _starts_name(words: list[str]) -> bool:
    """'The Associated Press': an article followed by a capitalised word."""
    return len(words) > 1 and words[0] == "The" and words[1][:1].isupper()


def _next_is_capitalised(segment: str, index: int) -> bool:
    return index < len(segment) and segment[index].isupper()


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper()


_NAME_BEFORE = re.compile(
    r"((?:[A-ZÄÖÜ0-9][\w&'.-]{0,30}|\([A-Z]{2}\),?|&|and|und|et|de|du|des|von|der|of) ){0,6}"
    r"[A-ZÄÖÜ0-9][\w&'.-]{0,30}$|\[#{1,80}\]$|\*{2,40}$"
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
    while len(words) > 1 and words[0].lower() in _NOUN_FILLERS:
        start += len(words.pop(0)) + 1
    forward = read_name(scan, start)
    if forward is None or forward.value is None:
        return None
    return forward


def _with(mention: NameMention, confidence: float, role: str | None = None) -> NameMention:
    return NameMention(mention.value, mention.start, mention.end, confidence, role)


def _named_role(doc: LetterText, mention: NameMention, role: str | None) -> str | None:
    """ ", photographe" or ", Fotograf" right after the name says it is a photographer."""
    if role is None and _PHOTOGRAPHER_APPOSITION.match(doc.low, mention.end):
        return "photographer"
    return role


def _name_start(doc: LetterText, match: re.Match[str]) -> int:
    """Where the name starts: after the fillers, unless a filler is capitalised mid-sentence
    and so belongs to the name ("pour le compte de l'Agence France-Presse")."""
    for filler in _FILLER_RE.finditer(doc.low, match.start("fill"), match.end("fill")):
        words = filler.group(0)
        if words in _NOUN_FILLERS:
            noun = filler.end() - len(words.rsplit(" ", 1)[-1])
            if doc.scan[noun : noun + 1].isupper() and _company(read_name(doc.scan, noun)):
                return noun  # "der Bildagentur Alpenblick GmbH": the noun is in the name
            continue
        head = filler.start() + (len(words) - len(words.lstrip("ld'’ ")) if "'" in words else 0)
        word = words[head - filler.start() :]
        if (
            words not in _NOUN_FILLERS
            and doc.scan[head : head + 1].isupper()
            and _FILLER_ROLES.get(words) in ("agency", "client")
            and (len(word) > 3 or word == "the")
        ):
            return head
    return match.end()


def _company(mention: NameMention | None) -> bool:
    """A name that ends with a legal form ("... GmbH", "... Ltd")."""
    if mention is None or not mention.value:
        return False
    return mention.value.rsplit(" ", 1)[-1].lower().rstrip(",") in _LEGAL_FORMS


def _person(value: str) -> bool:
    """Could be a photographer's name: not an acronym ("AFP"), not a company."""
    words = value.split()
    if len(words) == 1 and (value.isupper() or len(value) < 3):
        return False
    return words[-1].lower().rstrip(",") not in _LEGAL_FORMS


def principal_mentions(doc: LetterText) -> list[NameMention]:
    """Every party the sender says it acts for, with the role the letter gives it."""
    found: list[NameMention] = []
    for match in word_matches(_ACTS_FOR, doc.low, 30):
        mention = read_name(doc.scan, _name_start(doc, match))
        if mention:
            role = _named_role(doc, mention, _role(match.group("fill")))
            found.append(_with(mention, 0.85, role))
    for pattern, followed in _WHEN_FOLLOWED:
        for match in word_matches(pattern, doc.low, 10):
            mention = read_name(doc.scan, _name_start(doc, match))
            if not mention:
                continue
            tail = sentence_after(doc.low, mention.end, 100).replace("\n", " ")
            if any(word in tail for word in followed):
                role = _named_role(doc, mention, _role(match.group("fill")))
                if role is None and not _company(mention) and _PHOTOGRAPHER_WORD_RE.search(tail):
                    role = "photographer"
                found.append(_with(mention, 0.8, role))
    for match in word_matches(_PRINCIPAL_BEFORE, doc.low, 20):
        mention = name_before(doc.scan, match.start())
        if mention:
            found.append(_with(mention, 0.85, _named_role(doc, mention, None)))
    for pattern, after in _BETWEEN:
        for match in word_matches(pattern, doc.low, 10):
            mention = read_name(doc.scan, match.end())
            if mention and mention.value and doc.low.startswith(after, mention.end + 1):
                found.append(_with(mention, 0.85, "agency"))
    return found


def _ends_short_line(low: str, match: re.Match[str]) -> bool:
    """The phrase ends a short line (a letterhead or a signature), not hard-wrapped prose:
    the next line is not the name's continuation."""
    if not match.group(0).endswith("\n") or low[match.end() - 2 : match.end() - 1] == ":":
        return False
    line_start = low.rfind("\n", 0, match.end() - 1) + 1
    return match.end() - line_start < _WRAPPED_LINE


def _photographer_mentions(doc: LetterText) -> list[NameMention]:
    found: list[NameMention] = []
    for pattern in (_PHOTOGRAPHER_AFTER, _POSSESSIVE):
        for match in word_matches(pattern, doc.low, 20):
            if _ends_short_line(doc.low, match):
                continue  # "Julien Marchetti - Photographe" over "Marseille, le ...": a letterhead
            mention = read_name(doc.scan, match.end())
            if mention and (mention.value is None or _person(mention.value)):
                labelled = ":" in match.group(0)  # "Photo: X", "Bildnachweis: X"
                found.append(_with(mention, 0.85 if labelled else 0.8, "photographer"))
    for match in word_matches(_PHOTOGRAPHER_NOUNS, doc.low, 20):
        mention = name_before(doc.scan, match.start())
        if mention and (mention.value is None or _person(mention.value)):
            found.append(_with(mention, 0.8, "photographer"))
    return found


@dataclass(frozen=True)
class PartyChoice:
    chosen: NameMention | None
    masked: NameMention | None
    others: list[str]
    spans: list[tuple[int, int]]


def _choose(mentions: list[NameMention], exclude: set[str]) -> PartyChoice:
    named = [m for m in mentions if m.value and _key(m.value) not in exclude]
    masked = next((m for m in sorted(mentions, key=lambda m: m.start) if m.masked), None)
    if not named:
        return PartyChoice(None, masked, [], [])
    groups: dict[str, list[NameMention]] = {}
    for mention in named:
        assert mention.value is not None
        key = _key(mention.value)
        target = next((k for k in groups if key in k or k in key), key)
        groups.setdefault(target, []).append(mention)
        if len(key) > len(target):
            groups[key] = groups.pop(target)
    ranked = sorted(
        groups.values(),
        key=lambda ms: (-len(ms), -max(m.confidence for m in ms), min(m.start for m in ms)),
    )
    best = ranked[0]
    longest = max(best, key=lambda m: (len(m.value or ""), m.confidence, -m.start))
    confidence = min(0.97, max(m.confidence for m in best) + 0.05 * (len(best) - 1))
    if len(ranked) > 1 and len(ranked[1]) == len(best):
        confidence = min(confidence, 0.6)
    role = next((m.role for m in best if m.role), None)
    chosen = NameMention(longest.value, longest.start, longest.end, confidence, role)
    others = [max(g, key=lambda m: len(m.value or "")).value or "" for g in ranked[1:]]
    spans = [(m.start, m.end) for m in named]
    return PartyChoice(chosen, masked, others, spans)


def _part_of_any(mention: NameMention, longer: list[NameMention]) -> bool:
    """'Brandt' after 'des Fotografen Herrn Markus Brandt': the same person, said shorter."""
    if not mention.value:
        return False
    key = _key(mention.value)
    return any(m.value and key != _key(m.value) and key in _key(m.value).split(" ") for m in longer)


def _within(key: str, named: str) -> bool:
    """'reuters' within 'reuters news & media ltd': the rights holder, not a photographer."""
    return key == named or set(key.split(" ")) <= set(named.split(" "))


def _key(name: str) -> str:
    key = name.lower()
    return key[4:] if key.startswith("the ") else key


AGENCY_NAMES = {"copytrack", "copytrack gmbh", "picrights", "pixsy", "lapixa", "imagerights",
                "higbee & associates", "permission machine", "copyright agent",
                "higbee and associates", "pixsy inc", "lapixa gmbh"}  # fmt: skip


def find_parties(doc: LetterText) -> tuple[PartyChoice, PartyChoice]:
    """(rights holder, photographer).

    The party the sender acts for is the rights holder. When the letter names both an
    agency or company and, further up the chain, the photographer ("acts for X, which has
    been appointed by the photographer Y"), X is the rights holder and Y the photographer;
    when the only principal is a photographer, the photographer is the rights holder too.
    """
    principals = principal_mentions(doc)
    photographers = [m for m in principals if m.role == "photographer"]
    others = [
        m for m in principals if m.role != "photographer" and not _part_of_any(m, photographers)
    ]
    rights = _choose(others or photographers, AGENCY_NAMES)
    if rights.chosen is None and others and photographers:
        rights = _choose(photographers, AGENCY_NAMES)
    named = rights.chosen.value if rights.chosen and rights.chosen.role != "photographer" else None
    mentioned = _photographer_mentions(doc)
    said_photographer = photographers + (
        [] if rights.chosen is None or rights.chosen.role == "agency" else mentioned
    )
    if named and any(m.value and _key(m.value) == _key(named) for m in said_photographer):
        named = None  # the letter also calls the rights holder a photographer
    candidates = [
        m
        for m in photographers + mentioned
        if not (named and m.value and _within(_key(m.value), _key(named)))
    ]
    photographer = _choose(candidates, AGENCY_NAMES)
    return rights, photographer
