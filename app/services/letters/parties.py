"""The rights holder and the photographer named in a letter.

A trigger phrase ("on behalf of", "im Auftrag", "unsere Mandantin, die", "pour le compte de",
"Mon client,") is followed by a name; a few phrases ("... a confié à notre société",
"... hat uns beauftragt") have the name before them. How a name is read (and what is no
name) is `names.py`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import alternation, everything
from .names import LEGAL_FORMS, NOUN_FILLERS, NameMention, name_before, read_name
from .photographers import UNSURE_CREDIT, photographer_mentions
from .role_patterns import (
    ACTS_FOR,
    ADJECTIVES_THEN_NOUN,
    APPOSITION,
    BEFORE_FOLLOWED,
    BEFORE_WHEN_FOLLOWED,
    BETWEEN,
    BETWEEN_AFTER,
    DEFINITE,
    FILLER_PATTERNS,
    FILLER_RE,
    FILLER_ROLE_ORDER,
    FILLER_ROLES,
    FOLLOWED,
    GENITIVE,
    INDEFINITE,
    LINKS,
    OPEN_APPOSITION,
    PHOTOGRAPHER_APPOSITION,
    PHOTOGRAPHER_WORD_RE,
    PHOTOGRAPHER_WORDS,
    PRINCIPAL_BEFORE,
    RELATIVE,
    REPRESENTED_BY,
    ROLE_WORDS,
    WHEN_FOLLOWED,
    phrase_key,
)
from .text import LetterText, sentence_after, word_matches


def _role(fill: str) -> str | None:
    """The strongest role the words between the trigger and the name give the party."""
    if not fill:
        return None
    found = {role for pattern, role in FILLER_PATTERNS if pattern.search(fill)}
    return next((r for r in FILLER_ROLE_ORDER[:2] if r in found), None)


def _with(mention: NameMention, confidence: float, role: str | None = None) -> NameMention:
    return NameMention(mention.value, mention.start, mention.end, confidence, role)


def _named_role(doc: LetterText, mention: NameMention, role: str | None) -> str | None:
    """ ", photographe" or ", Fotograf" right after the name says it is a photographer."""
    if role is None:
        found = PHOTOGRAPHER_APPOSITION.match(doc.low, mention.end)
        words = found.group(0).strip(", \n").split()[:-1] if found else []
        if (
            found
            and not any(w in ROLE_WORDS or w in LINKS for w in words)
            and not any(w in GENITIVE for w in words[1:])
        ):
            return "photographer"  # not "X, the agency for the photographer Y", not
            # "X, ausschließliche Lizenznehmerin der Fotografin Y"
    return role


def _past_adjectives(doc: LetterText, start: int) -> tuple[int, str | None]:
    """ "the Scottish picture library Glenmore Archive": the name starts after the
    adjectives and the role noun, which gives its role; "Alpenblick Bildagentur GmbH" is a
    company named with the noun and is kept whole."""
    ahead = ADJECTIVES_THEN_NOUN.match(doc.low, start)
    if not ahead or not doc.scan[ahead.end() : ahead.end() + 1].isupper():
        return start, None
    if _company(read_name(doc.scan, start)):
        return start, None
    noun = ahead.group(0).rstrip(" ,:\n").rsplit(" ", 1)[-1]
    role = next((r for w, r in FILLER_ROLES.items() if w.endswith(noun)), None)
    return ahead.end(), role if role in ("agency", "photographer") else None


def _name_start(doc: LetterText, match: re.Match[str]) -> int:
    """Where the name starts: after the fillers, unless a filler is capitalised mid-sentence
    and so belongs to the name ("pour le compte de l'Agence France-Presse")."""
    for filler in FILLER_RE.finditer(doc.low, match.start("fill"), match.end("fill")):
        words = filler.group(0)
        if words in NOUN_FILLERS:
            noun = filler.end() - len(words.rsplit(" ", 1)[-1])
            if (
                FILLER_ROLES.get(words) == "agency"
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
            and FILLER_ROLES.get(words) in ("agency", "client")
            and (len(word) > 3 or word == "the")
        ):
            return head
    return match.end()


def _company(mention: NameMention | None) -> bool:
    """A name that ends with a legal form ("... GmbH", "... Ltd")."""
    if mention is None or not mention.value:
        return False
    return mention.value.rsplit(" ", 1)[-1].lower().rstrip(",") in LEGAL_FORMS


_DESCRIBED = re.compile(rf"(?:{alternation(INDEFINITE)})[ \n]")


def self_named(doc: LetterText) -> NameMention | None:
    """A sender that names itself at the start of a sentence, before the phrase that says
    whom it acts for ("RightsGuard acts on behalf of ...", "Lensright Compliance has been
    appointed by ...")."""
    for match in word_matches(ACTS_FOR, doc.low, 30):
        verb = _SELF_VERB.search(doc.low, max(0, match.start() - 30), match.start())
        start = verb.start() if verb else match.start()
        mention = name_before(doc.scan, start)
        if mention is None or mention.value is None or _starter(mention.value.split()[0]):
            continue
        opening = doc.scan[max(0, mention.start - 2) : mention.start]
        if mention.start == doc.body_start or opening.endswith(("\n", ". ", "! ", "? ")):
            return mention
    return None


# "RightsGuard acts on behalf of", "X has been appointed by", "X agit pour le compte de".
_SELF_VERB = re.compile(rf"(?: (?:{alternation(everything('self_verbs'))}))* ?$")
_STARTERS = frozenset(everything("sentence_starters"))


def _starter(word: str) -> bool:
    """A capitalised word that opens a sentence ("We", "Nous", "Wir"), not a name."""
    return word == word.capitalize() and word.lower() in _STARTERS


def unnamed_principal(doc: LetterText) -> bool:
    """The letter describes its principal without naming it ("Our client, a well-known
    photo agency, ...", "unsere Mandantin, eine renommierte Bildagentur"): a photographer it
    names is then not the principal."""
    for match in word_matches(ACTS_FOR, doc.low, 30):
        if _DESCRIBED.match(doc.low, match.end()):
            return True
        fill = match.group("fill").strip(" ,:\n")
        if FILLER_ROLES.get(fill) == "client" and " " in fill:
            after = doc.scan[match.end() : match.end() + 3]
            if after[:1].islower() or read_name(doc.scan, match.end()) is None:
                return True  # "on behalf of the copyright owner of the photograph ..."
    return False


# "Re: Redfern Images Ltd v Coastal Kitchen Ltd", "Bildagentur Isarlicht GmbH ./. Café
# Sonnenhof GmbH", "Objet : X c/ Y": a case caption on a line of its own, claimant first.
_CAPTION_LABEL = re.compile(
    rf"[ \t]*(?:(?:{alternation(everything('subject_labels'))})[ \t]*:[ \t]*)?"
)
_ADVERSE_LINK = re.compile(rf" (?:{alternation(everything('adverse_links'))}) (?=\S)")
_CAPTION_LINES = 40


def _caption_mentions(doc: LetterText) -> list[NameMention]:
    """The claimant a case caption names, in the letter's first lines (the principal when
    the letter names none in its text: a caption may name the claimant more loosely)."""
    found: list[NameMention] = []
    cursor = doc.body_start
    for _ in range(_CAPTION_LINES):
        line_end = doc.low.find("\n", cursor)
        line_end = len(doc.low) if line_end == -1 else line_end
        label = _CAPTION_LABEL.match(doc.low, cursor, line_end)
        start = label.end() if label else cursor
        if _ADVERSE_LINK.search(doc.low, start, line_end):
            mention = read_name(doc.scan, start)
            if mention and mention.value and _ADVERSE_LINK.match(doc.low, mention.end, line_end):
                found.append(_with(mention, 0.75, _named_role(doc, mention, None)))
        if line_end >= len(doc.low):
            break
        cursor = line_end + 1
    return found


def principal_mentions(doc: LetterText) -> list[NameMention]:
    """Every party the sender says it acts for, with the role the letter gives it."""
    found: list[NameMention] = []
    for match in word_matches(ACTS_FOR, doc.low, 30):
        start, noun_role = _past_adjectives(doc, _name_start(doc, match))
        mention = read_name(doc.scan, start)
        if mention:
            role = _named_role(doc, mention, noun_role or _role(match.group("fill")))
            found.append(_with(mention, 0.85, role))
    for match in word_matches(WHEN_FOLLOWED, doc.low, 40):
        followed = FOLLOWED.get(phrase_key(match.group("phrase")), ())
        mention = read_name(doc.scan, _name_start(doc, match))
        if mention:
            tail = sentence_after(doc.low, mention.end, 200).replace("\n", " ")
            if any(word in tail for word in followed):
                role = _named_role(doc, mention, _role(match.group("fill")))
                if role is None and not _company(mention) and PHOTOGRAPHER_WORD_RE.search(tail):
                    role = "photographer"
                found.append(_with(mention, 0.8, role))
    for match in word_matches(PRINCIPAL_BEFORE, doc.low, 20):
        mention, role = _principal_before(doc, match.start())
        if mention:
            found.append(_with(mention, 0.85, _named_role(doc, mention, role)))
    for match in word_matches(BEFORE_WHEN_FOLLOWED, doc.low, 20):
        tail = sentence_after(doc.low, match.end(), 200).replace("\n", " ")
        if not any(
            word in tail for word in BEFORE_FOLLOWED.get(phrase_key(match.group("phrase")), ())
        ):
            continue
        mention, role = _principal_before(doc, match.start())
        if mention:
            found.append(_with(mention, 0.8, _named_role(doc, mention, role)))
    for match in word_matches(BETWEEN, doc.low, 10) if BETWEEN else ():
        after = BETWEEN_AFTER.get(phrase_key(match.group("phrase")), ())
        mention = read_name(doc.scan, match.end())
        if mention and mention.value and doc.low.startswith(after, mention.end + 1):
            found.append(_with(mention, 0.85, "agency"))
    return found or _caption_mentions(doc)  # a caption only when nothing else names one


def _principal_before(doc: LetterText, end: int) -> tuple[NameMention | None, str | None]:
    """The name before a phrase that follows it ("X hat uns beauftragt"), past a relative
    pronoun (", qui nous a confié") or an apposition (", Berufsfotograf aus Leipzig, hat
    mich ..."), which may say the party is a photographer."""
    origin = max(0, end - 120)
    window = doc.scan[origin:end]
    if "," in doc.scan[end : end + 2]:
        window += ","  # the phrase's match starts at the comma closing an apposition
    role = None
    relative = RELATIVE.search(window.lower())
    if relative:
        window = window[: relative.start()]
        end = origin + len(window)
    apposition = APPOSITION.search(window)
    if apposition is None:
        opened = OPEN_APPOSITION.search(window)  # ends with the phrase, not with a name
        if opened and name_before(window, len(window)) is None:
            apposition = opened
    if apposition and _describes(apposition.group(1)) and not _ends_with_name(apposition.group(1)):
        if _head_noun(apposition.group(1)) in PHOTOGRAPHER_WORDS:
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
    if len(split) > 1 and split[0] in DEFINITE | INDEFINITE:
        return split[1]
    return split[0] if split else ""


def _ends_with_name(words: str) -> bool:
    """ "Le photographe Marc Olivier": the role noun, then the party's own name."""
    split = words.split(" ")
    skip = 1 + (len(split) > 1 and split[0].lower() in DEFINITE | INDEFINITE)
    head = split[skip - 1].lower()
    if head not in ROLE_WORDS and head not in PHOTOGRAPHER_WORDS:
        return False
    rest = " ".join(split[skip:])
    mention = read_name(rest, 0) if rest else None
    return mention is not None and mention.value is not None and mention.end >= len(rest) - 1


def _describes(words: str) -> bool:
    """An apposition describing a party ("Berufsfotograf aus Leipzig", "a wildlife
    photographer", "the agency for the photographer X", "représentée par son gérant"), not a
    clause or a name of its own."""
    split = words.split()
    head = _head_noun(words)
    return len(split) <= 8 and (
        split[0].lower() in INDEFINITE
        or PHOTOGRAPHER_WORD_RE.fullmatch(head) is not None
        or head in ROLE_WORDS
        or REPRESENTED_BY.match(words.lower()) is not None
    )


def _role_noun_before(doc: LetterText, start: int) -> str | None:
    """ "la photographe Aurélie Besson a confié": the noun right before a name read backwards."""
    before = doc.low[max(0, start - 40) : start]
    for pattern, role in FILLER_PATTERNS:
        found = list(pattern.finditer(before))
        if found and found[-1].end() >= len(before) - 1:
            return role
    return None


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
    return not (
        len(key.split(" ")) >= 2
        and rest
        and all(w in _STUDIO_WORDS and w.rstrip(".,") not in LEGAL_FORMS for w in rest)
    )


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
    mentioned = photographer_mentions(doc)
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
    unsure = {_key(m.value) for m in candidates if m.value and m.confidence == UNSURE_CREDIT}
    if len(unsure) > 1 and all(m.confidence == UNSURE_CREDIT for m in candidates if m.value):
        return rights, PartyChoice(None, None, [], [])  # "A Visuals / B Haddad": no guess
    photographer = _choose(candidates, AGENCY_NAMES)
    return rights, photographer
