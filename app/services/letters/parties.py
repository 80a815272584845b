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

from .text import LetterText, is_masked, word_matches

_OUR_CLIENT = (
    r"(?:(?:our|its|their) (?:client|member|customer|principal)s?,? (?:namely )?"
    r"|the (?:photographer|copyright (?:owner|holder)|rights? ?holder),? )?"
)
# Every trigger starts with a literal word: the regex engine then jumps from one occurrence
# of that word to the next instead of testing each position of the text.
_FORWARD = [
    (rf"on behalf of {_OUR_CLIENT}", 0.85),
    (rf"acting on behalf of {_OUR_CLIENT}", 0.85),
    (rf"acting for {_OUR_CLIENT}", 0.85),
    (rf"we represent {_OUR_CLIENT}", 0.8),
    (r"represents (?:the )?(?:photographer |artist |agency )?", 0.8),
    (r"(?:its|their) client,? ", 0.75),
    (r"wir vertreten (?:die |den |das )?", 0.8),
    (r"représente (?:le |la |l')?(?:photographe |agence )?", 0.8),
    (rf"we act for {_OUR_CLIENT}", 0.8),
    (r"our client,? ", 0.75),
    (r"unlicen[cs]ed use of (?=\S{1,40} [^\n]{0,60}imagery)", 0.7),
    (r"unauthori[sz]ed use of (?=\S{1,40} [^\n]{0,60}imagery)", 0.7),
    (r"licen[cs]e inquiry for ", 0.8),
    (r"represented (?:exclusively )?by ", 0.75),
    (r"owned by ", 0.7),
    (r"belonging to ", 0.7),
    (
        r"im auftrag (?:unser(?:es|er) (?:kunden|kundin|mandantin|mandanten),? )?"
        r"(?:der |des |von )?",
        0.85,
    ),
    (
        r"im namen (?:von |der |des |unser(?:er|es) (?:mandantin|mandanten|kunden"
        r"|kundin),? (?:der |des )?)",
        0.85,
    ),
    (
        r"namens und in vollmacht (?:unser(?:er|es) (?:mandantin|mandanten),? )?"
        r"(?:der |des |die )?",
        0.9,
    ),
    (r"unsere? mandant(?:in)?,? (?:die |der )?", 0.9),
    (r"unser(?:e)? kund(?:e|in),? (?:die |der )?", 0.8),
    (r"bildlizenz für ", 0.75),
    (r"rechteinhaber(?:in)?:? (?:ist )?(?:die |der )?", 0.8),
    (r"pour le compte (?:de |d')(?:notre client(?:e)?,? |la société )?", 0.85),
    (r"au nom (?:de |d')(?:notre client(?:e)?,? |la société )?", 0.8),
    (r"mon client(?:e)?,? (?:la société |monsieur |madame )?", 0.8),
    (r"notre client(?:e)?,? (?:la société |monsieur |madame )?", 0.8),
    (r"ma cliente,? (?:la société |madame )?", 0.8),
    (r"appartenant à ", 0.7),
    (r"von (?=(?:\S{1,30} ){1,5}repräsentiert)", 0.7),
    (r"my name is (?=[^.\n]{1,80}(?:photographer|author|copyright))", 0.75),
    (r"mein name ist (?=[^.\n]{1,80}(?:fotograf|urheber))", 0.75),
    (r"je m'appelle (?=[^.\n]{1,80}(?:photographe|auteur))", 0.75),
]
_BACKWARD = [
    (r"has (?:exclusively )?(?:commissioned|mandated|instructed) us", 0.85),
    (r"have (?:exclusively )?(?:commissioned|mandated|instructed) us", 0.85),
    (r"holds (?:the )?exclusive (?:rights|licen[cs]e)", 0.85),
    (r"owns (?:the )?exclusive (?:rights|licen[cs]e)", 0.85),
    (r"has (?:the )?exclusive (?:rights|licen[cs]e)", 0.85),
    (r"a confié à notre société", 0.85),
    (r"nous a (?:confié|mandaté)", 0.85),
    (r"hat uns (?:exklusiv |ausschließlich )?(?:beauftragt|mandatiert)", 0.85),
]
_PHOTOGRAPHER_FORWARD = [
    (r"photographer[:,]? (?:mr\.? |mrs\.? |ms\.? )?", 0.8),
    (r"photo(?:graph(?:ed)?)? by (?:mr\.? |mrs\.? |ms\.? )?", 0.8),
    (r"image by ", 0.8),
    (r"credit[:,]? ", 0.7),
    (r"fotograf(?:en|in)?[:,]? (?:herr |frau )?", 0.8),
    (r"bildautor(?:in)?[:,]? (?:herr |frau )?", 0.8),
    (r"urheber(?:in)?[:,]? (?:herr |frau )?", 0.8),
    (r"photographe[:,]? (?:monsieur |madame )?", 0.8),
    (r"auteur[:,]? (?:monsieur |madame )?", 0.8),
    (r"mrs?\.? (?=\S{1,40}'s (?:images?|photo|photographs?|work))", 0.75),
    (r"ms\.? (?=\S{1,40}'s (?:images?|photo|photographs?|work))", 0.75),
    (r"my name is (?=[^.\n]{1,80}photographer)", 0.75),
    (r"mein name ist (?=[^.\n]{1,80}fotograf)", 0.75),
    (r"je m'appelle (?=[^.\n]{1,80}photographe)", 0.75),
]
_PHOTOGRAPHER_BACKWARD = [
    (
        r", (?:a |an |un |une |ein |eine )?(?:professional )?(?:photographer|photographe"
        r"|fotograf)",
        0.8,
    ),
]

Triggers = list[tuple[re.Pattern[str], float]]


def _compiled(patterns: list[tuple[str, float]]) -> Triggers:
    return [(re.compile(p), c) for p, c in patterns]


_FORWARD_RE = _compiled(_FORWARD)
_BACKWARD_RE = _compiled(_BACKWARD)
_PHOTOGRAPHER_FORWARD_RE = _compiled(_PHOTOGRAPHER_FORWARD)
_PHOTOGRAPHER_BACKWARD_RE = _compiled(_PHOTOGRAPHER_BACKWARD)

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
_STOP_CHARS = '\n,;:()"“”«»–—|/'


@dataclass(frozen=True)
class NameMention:
    value: str | None  # None: masked
    start: int
    end: int
    confidence: float

    @property
    def masked(self) -> bool:
        return self.value is None


_MASK_AT_START = re.compile(r"(?:\[#{1,80}\]|\*{2,40}|[Xx]{2,40}(?![A-Za-z])|\.{3,40}|_{3,40})")


def read_name(scan: str, pos: int) -> NameMention | None:
    """The name written at `pos`, a masked placeholder, or None."""
    segment = scan[pos : pos + 120]
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
        core = word if stop is None else word[:stop]
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
                and _next_is_capitalised(segment, cursor + len(word) + 1)
            )
        )
        if not accepted or lower in _PRONOUNS:
            break
        if lower in _NOT_NAMES and not taken and not _starts_name(words):
            break
        if core.endswith(".") and lower not in _LEGAL_FORMS and not _is_initial(core):
            taken.append(core[:-1])
            break
        taken.append(core)
        cursor += len(word) + 1
        if stop is not None or len(taken) >= 8 or (core.endswith(".") and lower in _LEGAL_FORMS):
            break
    while taken and (taken[-1].lower() in _CONNECTORS or taken[-1].lower() in _TRAILING_NOUNS):
        taken.pop()
    if not taken or not any(c.isupper() for c in "".join(taken)):
        return None
    name = " ".join(taken)
    if name.lower() in _NOT_NAMES or len(name) < 2:
        return None
    start = pos + offset
    return NameMention(name, start, start + len(name), 0.8)


def _starts_name(words: list[str]) -> bool:
    """'The Associated Press': an article followed by a capitalised word."""
    return len(words) > 1 and words[0] == "The" and words[1][:1].isupper()


def _next_is_capitalised(segment: str, index: int) -> bool:
    return index < len(segment) and segment[index].isupper()


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper()


_NAME_BEFORE = re.compile(
    r"((?:[A-ZÄÖÜ0-9][\w&'.-]{0,30}|&|and|und|et|de|du|des|von|der|of) ){0,6}"
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
    forward = read_name(scan, start)
    if forward is None or forward.value is None:
        return None
    return forward


def _mentions(doc: LetterText, forward: Triggers, backward: Triggers) -> list[NameMention]:
    found: list[NameMention] = []
    for pattern, confidence in forward:
        for match in word_matches(pattern, doc.low, 20):
            mention = read_name(doc.scan, match.end())
            if mention:
                found.append(_with_confidence(mention, confidence))
    for pattern, confidence in backward:
        for match in word_matches(pattern, doc.low, 20):
            mention = name_before(doc.scan, match.start())
            if mention:
                found.append(_with_confidence(mention, confidence))
    return found


def _with_confidence(mention: NameMention, confidence: float) -> NameMention:
    return NameMention(mention.value, mention.start, mention.end, confidence)


@dataclass(frozen=True)
class PartyChoice:
    chosen: NameMention | None
    masked: NameMention | None
    others: list[str]
    spans: list[tuple[int, int]]


def _choose(mentions: list[NameMention], exclude: set[str]) -> PartyChoice:
    named = [m for m in mentions if m.value and m.value.lower() not in exclude]
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
    chosen = NameMention(longest.value, longest.start, longest.end, confidence)
    others = [max(g, key=lambda m: len(m.value or "")).value or "" for g in ranked[1:]]
    spans = [(m.start, m.end) for m in named]
    return PartyChoice(chosen, masked, others, spans)


def _key(name: str) -> str:
    key = name.lower()
    return key[4:] if key.startswith("the ") else key


AGENCY_NAMES = {"copytrack", "copytrack gmbh", "picrights", "pixsy", "lapixa", "imagerights",
                "higbee & associates", "permission machine", "copyright agent"}  # fmt: skip


def find_rights_holder(doc: LetterText) -> PartyChoice:
    return _choose(_mentions(doc, _FORWARD_RE, _BACKWARD_RE), AGENCY_NAMES)


def find_photographer(doc: LetterText) -> PartyChoice:
    mentions = _mentions(doc, _PHOTOGRAPHER_FORWARD_RE, _PHOTOGRAPHER_BACKWARD_RE)
    return _choose(mentions, AGENCY_NAMES)
