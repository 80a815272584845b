"""The rights holder and the photographer named in a letter.

A trigger phrase ("on behalf of", "im Auftrag", "unsere Mandantin, die", "pour le compte de",
"Mon client,") is followed by a name; a few phrases ("... a confié à notre société",
"... hat uns beauftragt") have the name before them. How a name is read (and what is no
name) is `names.py`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import alternation, everything, lexicons, phrase_pattern
from .names import LEGAL_FORMS, NOUN_FILLERS, WRAPPED_LINE, NameMention, name_before, read_name
from .text import LetterText, sentence_after, word_matches

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
_FILL = rf"(?P<fill>(?:(?:{_FILLERS})[ ,:\n]{{1,3}}){{0,3}})"


# After the phrase: a space, comma or colon, or the gap to the next cell of a table row
# ("| Our client      | Saltmarsh Photography Ltd |", "Rechteinhaber   Agentur Focus GmbH").
_GAP = r"(?:[ \t]*[|:][ \t]*\n?[ \t]*|[ ,\n]{1,3}[ \t]{0,30})"


def _forward(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(phrases)}){_GAP}{_FILL}")


_ACTS_FOR = _forward(everything("acts_for"))


def _phrase_table(pairs: object) -> dict[str, tuple[str, ...]]:
    """Phrase -> the words that must follow it, merged over the languages."""
    table: dict[str, tuple[str, ...]] = {}
    for phrase, words in pairs:  # type: ignore[attr-defined]
        table[phrase] = table.get(phrase, ()) + tuple(words)
    return table


def _key(matched: str) -> str:
    return " ".join(matched.split()).replace("’", "'")


# One pattern per kind of phrase (not one per phrase): each scan of the letter costs.
_FOLLOWED = _phrase_table(p for lx in lexicons() for p in lx.acts_for_when_followed)
_WHEN_FOLLOWED = re.compile(rf"(?P<phrase>{alternation(_FOLLOWED)}){_GAP}{_FILL}")
_PRINCIPAL_BEFORE = re.compile(rf"[ ,]{{0,2}}(?:{alternation(everything('principal_before'))})")
_BEFORE_FOLLOWED = _phrase_table(p for lx in lexicons() for p in lx.principal_before_when_followed)
_BEFORE_WHEN_FOLLOWED = re.compile(
    rf"[ ,]{{0,2}}(?P<phrase>{alternation(_BEFORE_FOLLOWED)})(?![\w])"
)
# ", qui" / ", which" / ", der" between a name and the phrase about it.
_RELATIVE = re.compile(r",[ \n](?:qui|which|who|that|der|die|das|welche[rs]?)[ \n]?$")
# ", Berufsfotograf aus Leipzig," / ", a wildlife photographer," between a name and the phrase.
_APPOSITION = re.compile(r",[ \n]([^,\n]{2,80}),[ \n]?$")
# "Clearwater Stock, a picture agency we represent": the phrase inside the apposition.
_OPEN_APPOSITION = re.compile(r",[ \n]([^,\n]{2,60})$")
_BETWEEN_AFTER = _phrase_table(p for lx in lexicons() for p in lx.principal_between)
_BETWEEN = re.compile(rf"(?P<phrase>{alternation(_BETWEEN_AFTER)}) ") if _BETWEEN_AFTER else None
_CIVILITY = r"(?:mr|mrs|ms|m|mme|monsieur|madame|herrn?|frau)\.?"
_PHOTOGRAPHER_AFTER = re.compile(
    rf"(?:{alternation(everything('photographer_after'))})(?:[ \t]*[|:][ \t]*|[ \t]{{2,30}}"
    rf"|,?[ \n])(?:{_CIVILITY} )?"
)
# "des photographies de M. Henri Delaunay": a phrase naming a person only with a civility.
_PHOTOGRAPHER_WITH_CIVILITY = re.compile(
    rf"(?:{alternation(everything('photographer_with_civility'))})[ \n]{_CIVILITY}[ \n]"
)
# "the Scottish picture library Glenmore Archive": adjectives, then the role noun, then the name.
_ARTICLES = ("the", "l'", "la", "le", "der", "die", "den", "des", "dem")
_ROLE_NOUNS_AHEAD = alternation(
    w
    for w, role in _FILLER_ROLES.items()
    if role in ("agency", "photographer") and w.split(" ", 1)[0] not in _ARTICLES
)
_ADJECTIVES_THEN_NOUN = re.compile(
    rf"(?:[\w-]{{3,20}} ){{1,2}}(?:{_ROLE_NOUNS_AHEAD})[ ,:\n]{{1,3}}"
)
_PHOTOGRAPHER_NOUNS = re.compile(
    rf", (?:{alternation(everything('photographer_nouns'))})(?![a-zäöüß])"
)
_PHOTOGRAPHER_WORD = alternation(n for n in everything("photographer_nouns") if " " not in n)
# ", a professional travel photographer": a few words, then the noun, right after a name.
_PHOTOGRAPHER_APPOSITION = re.compile(
    rf",[ \n](?:[\w-]{{1,20}} ){{0,4}}(?:{_PHOTOGRAPHER_WORD})(?![a-zäöüß])"
)
_TITLED_WORK_BY = re.compile(
    rf"(?:{alternation(everything('work_nouns'))})[ \n][«\"“„‚][^\"”»“\n]{{1,80}}[»\"”“‘][ \n]"
    rf"(?:{alternation(everything('by_author'))})[ \n](?:{_CIVILITY} )?"
)
_POSSESSIVE = re.compile(r"(?:mrs?|ms)\.? (?=\S{1,40}'s (?:images?|photo|photographs?|work))")
_PHOTOGRAPHER_WORDS = {n for n in everything("photographer_nouns") if " " not in n}
_PHOTOGRAPHER_WORD_RE = re.compile(rf"(?<![\w])(?:{alternation(_PHOTOGRAPHER_WORDS)})(?![\w])")
_FILLER_ROLE_ORDER = ("photographer", "agency", "client", "person")
_INDEFINITE = {"a", "an", "un", "une", "ein", "eine", "einer", "eines"}
_DEFINITE = {"the", "le", "la", "l'", "der", "die", "das"}
_LINKS = {
    "for",
    "of",
    "de",
    "du",
    "des",
    "d'",
    "von",
    "vom",
    "pour",
    "representing",
    "représentant",
}
_ROLE_WORDS = set(everything("not_in_names")) | {
    w.split(" ")[-1] for w, role in _FILLER_ROLES.items() if role in ("agency", "photographer")
}


def _role(fill: str) -> str | None:
    """The strongest role the words between the trigger and the name give the party."""
    if not fill:
        return None
    found = {role for pattern, role in _FILLER_PATTERNS if pattern.search(fill)}
    return next((r for r in _FILLER_ROLE_ORDER[:2] if r in found), None)


def _with(mention: NameMention, confidence: float, role: str | None = None) -> NameMention:
    return NameMention(mention.value, mention.start, mention.end, confidence, role)


def _named_role(doc: LetterText, mention: NameMention, role: str | None) -> str | None:
    """ ", photographe" or ", Fotograf" right after the name says it is a photographer."""
    if role is None:
        found = _PHOTOGRAPHER_APPOSITION.match(doc.low, mention.end)
        words = found.group(0).strip(", \n").split()[:-1] if found else []
        if found and not any(w in _ROLE_WORDS or w in _LINKS for w in words):
            return "photographer"  # not "X, the agency for the photographer Y"
    return role


def _past_adjectives(doc: LetterText, start: int) -> tuple[int, str | None]:
    """ "the Scottish picture library Glenmore Archive": the name starts after the
    adjectives and the role noun, which gives its role; "Alpenblick Bildagentur GmbH" is a
    company named with the noun and is kept whole."""
    ahead = _ADJECTIVES_THEN_NOUN.match(doc.low, start)
    if not ahead or not doc.scan[ahead.end() : ahead.end() + 1].isupper():
        return start, None
    if _company(read_name(doc.scan, start)):
        return start, None
    noun = ahead.group(0).rstrip(" ,:\n").rsplit(" ", 1)[-1]
    role = next((r for w, r in _FILLER_ROLES.items() if w.endswith(noun)), None)
    return ahead.end(), role if role in ("agency", "photographer") else None


def _name_start(doc: LetterText, match: re.Match[str]) -> int:
    """Where the name starts: after the fillers, unless a filler is capitalised mid-sentence
    and so belongs to the name ("pour le compte de l'Agence France-Presse")."""
    for filler in _FILLER_RE.finditer(doc.low, match.start("fill"), match.end("fill")):
        words = filler.group(0)
        if words in NOUN_FILLERS:
            noun = filler.end() - len(words.rsplit(" ", 1)[-1])
            if (
                _FILLER_ROLES.get(words) == "agency"
                and doc.scan[noun : noun + 1].isupper()
                and _company(read_name(doc.scan, noun))
            ):
                return noun  # "der Bildagentur Alpenblick GmbH": the noun is in the name
            continue
        head = filler.start() + (len(words) - len(words.lstrip("ld'’ ")) if "'" in words else 0)
        word = words[head - filler.start() :]
        if (
            words not in NOUN_FILLERS
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
    return mention.value.rsplit(" ", 1)[-1].lower().rstrip(",") in LEGAL_FORMS


def _person(value: str) -> bool:
    """Could be a photographer's name: not an acronym ("AFP"), not a company."""
    words = value.split()
    if len(words) == 1 and (value.isupper() or len(value) < 3):
        return False
    return words[-1].lower().rstrip(",") not in LEGAL_FORMS


_DESCRIBED = re.compile(rf"(?:{alternation(_INDEFINITE)})[ \n]")


def unnamed_principal(doc: LetterText) -> bool:
    """The letter describes its principal without naming it ("Our client, a well-known
    photo agency, ...", "unsere Mandantin, eine renommierte Bildagentur"): a photographer it
    names is then not the principal."""
    for match in word_matches(_ACTS_FOR, doc.low, 30):
        if _DESCRIBED.match(doc.low, match.end()):
            return True
        fill = match.group("fill").strip(" ,:\n")
        if _FILLER_ROLES.get(fill) == "client" and " " in fill:
            after = doc.scan[match.end() : match.end() + 3]
            if after[:1].islower() or read_name(doc.scan, match.end()) is None:
                return True  # "on behalf of the copyright owner of the photograph ..."
    return False


def principal_mentions(doc: LetterText) -> list[NameMention]:
    """Every party the sender says it acts for, with the role the letter gives it."""
    found: list[NameMention] = []
    for match in word_matches(_ACTS_FOR, doc.low, 30):
        start, noun_role = _past_adjectives(doc, _name_start(doc, match))
        mention = read_name(doc.scan, start)
        if mention:
            role = _named_role(doc, mention, noun_role or _role(match.group("fill")))
            found.append(_with(mention, 0.85, role))
    for match in word_matches(_WHEN_FOLLOWED, doc.low, 40):
        followed = _FOLLOWED.get(_key(match.group("phrase")), ())
        mention = read_name(doc.scan, _name_start(doc, match))
        if mention:
            tail = sentence_after(doc.low, mention.end, 200).replace("\n", " ")
            if any(word in tail for word in followed):
                role = _named_role(doc, mention, _role(match.group("fill")))
                if role is None and not _company(mention) and _PHOTOGRAPHER_WORD_RE.search(tail):
                    role = "photographer"
                found.append(_with(mention, 0.8, role))
    for match in word_matches(_PRINCIPAL_BEFORE, doc.low, 20):
        mention, role = _principal_before(doc, match.start())
        if mention:
            found.append(_with(mention, 0.85, _named_role(doc, mention, role)))
    for match in word_matches(_BEFORE_WHEN_FOLLOWED, doc.low, 20):
        tail = sentence_after(doc.low, match.end(), 200).replace("\n", " ")
        if not any(word in tail for word in _BEFORE_FOLLOWED.get(_key(match.group("phrase")), ())):
            continue
        mention, role = _principal_before(doc, match.start())
        if mention:
            found.append(_with(mention, 0.8, _named_role(doc, mention, role)))
    for match in word_matches(_BETWEEN, doc.low, 10) if _BETWEEN else ():
        after = _BETWEEN_AFTER.get(_key(match.group("phrase")), ())
        mention = read_name(doc.scan, match.end())
        if mention and mention.value and doc.low.startswith(after, mention.end + 1):
            found.append(_with(mention, 0.85, "agency"))
    return found


def _principal_before(doc: LetterText, end: int) -> tuple[NameMention | None, str | None]:
    """The name before a phrase that follows it ("X hat uns beauftragt"), past a relative
    pronoun (", qui nous a confié") or an apposition (", Berufsfotograf aus Leipzig, hat
    mich ..."), which may say the party is a photographer."""
    origin = max(0, end - 120)
    window = doc.scan[origin:end]
    if "," in doc.scan[end : end + 2]:
        window += ","  # the phrase's match starts at the comma closing an apposition
    role = None
    relative = _RELATIVE.search(window.lower())
    if relative:
        window = window[: relative.start()]
        end = origin + len(window)
    apposition = _APPOSITION.search(window)
    if apposition is None:
        opened = _OPEN_APPOSITION.search(window)  # ends with the phrase, not with a name
        if opened and name_before(window, len(window)) is None:
            apposition = opened
    if apposition and _describes(apposition.group(1)) and not _ends_with_name(apposition.group(1)):
        if _head_noun(apposition.group(1)) in _PHOTOGRAPHER_WORDS:
            role = "photographer"
        end = origin + apposition.start()
    mention = name_before(doc.scan, end)
    if mention is None or mention.value is None:
        return mention, None
    if _role_noun_before(doc, mention.start) == "photographer":
        role = "photographer"
    return mention, role


def _head_noun(words: str) -> str:
    """The first word of an apposition past its article ("the agency for ..." -> agency)."""
    split = words.lower().split()
    if len(split) > 1 and split[0] in _DEFINITE | _INDEFINITE:
        return split[1]
    return split[0] if split else ""


def _ends_with_name(words: str) -> bool:
    """ "Le photographe Marc Olivier": the role noun, then the party's own name."""
    split = words.split(" ")
    skip = 1 + (len(split) > 1 and split[0].lower() in _DEFINITE | _INDEFINITE)
    head = split[skip - 1].lower()
    if head not in _ROLE_WORDS and head not in _PHOTOGRAPHER_WORDS:
        return False
    rest = " ".join(split[skip:])
    mention = read_name(rest, 0) if rest else None
    return mention is not None and mention.value is not None and mention.end >= len(rest) - 1


def _describes(words: str) -> bool:
    """An apposition describing a party ("Berufsfotograf aus Leipzig", "a wildlife
    photographer", "the agency for the photographer X"), not a clause or a name of its own."""
    split = words.split()
    head = _head_noun(words)
    return len(split) <= 8 and (
        split[0].lower() in _INDEFINITE
        or _PHOTOGRAPHER_WORD_RE.fullmatch(head) is not None
        or head in _ROLE_WORDS
    )


def _role_noun_before(doc: LetterText, start: int) -> str | None:
    """ "la photographe Aurélie Besson a confié": the noun right before a name read backwards."""
    before = doc.low[max(0, start - 40) : start]
    for pattern, role in _FILLER_PATTERNS:
        found = list(pattern.finditer(before))
        if found and found[-1].end() >= len(before) - 1:
            return role
    return None


def _ends_short_line(low: str, match: re.Match[str]) -> bool:
    """The phrase ends a short line (a letterhead or a signature), not hard-wrapped prose:
    the next line is not the name's continuation."""
    if not match.group(0).endswith("\n") or low[match.end() - 2 : match.end() - 1] == ":":
        return False
    line_start = low.rfind("\n", 0, match.end() - 1) + 1
    return match.end() - line_start < WRAPPED_LINE


def _photographer_mentions(doc: LetterText) -> list[NameMention]:
    found: list[NameMention] = []
    for pattern in (_PHOTOGRAPHER_AFTER, _POSSESSIVE, _PHOTOGRAPHER_WITH_CIVILITY, _TITLED_WORK_BY):
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


_STUDIO_WORDS = set(everything("organisation_words"))


def _within(key: str, named: str) -> bool:
    """'reuters' within 'reuters news & media ltd': the rights holder, not a photographer;
    but 'ysaline dupré' of 'galerie ysaline dupré' is the person the gallery is named after."""
    if key == named:
        return True
    if not set(key.split(" ")) <= set(named.split(" ")):
        return False
    rest = [w for w in named.split(" ") if w not in key.split(" ")]
    return not (len(key.split(" ")) >= 2 and rest and all(w in _STUDIO_WORDS for w in rest))


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
