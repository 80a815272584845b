"""Per-language word lists of the letter parser (one YAML file per language).

The files hold plain phrases; this module turns them into patterns. Adding a language
(Dutch, Italian) is adding `nl.yaml` with the same keys; nothing else changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path

from app.core.yamlfile import load_unique_yaml

_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Filler:
    words: str
    role: str  # client | agency | photographer | person


@dataclass(frozen=True)
class Lexicon:
    language: str
    acts_for: tuple[str, ...]
    fillers: tuple[Filler, ...]
    acts_for_when_followed: tuple[tuple[str, tuple[str, ...]], ...]
    principal_before: tuple[str, ...]
    principal_between: tuple[tuple[str, tuple[str, ...]], ...]
    principal_before_when_followed: tuple[tuple[str, tuple[str, ...]], ...]
    photographer_after: tuple[str, ...]
    photographer_with_civility: tuple[str, ...]
    photographer_nouns: tuple[str, ...]
    lawyer_voice: tuple[str, ...]
    reference_labels: tuple[tuple[int, tuple[str, ...]], ...]
    deadline_anchor: dict[str, tuple[str, ...]]
    anchor_date_words: tuple[str, ...]
    not_demand_before: tuple[str, ...]
    not_demand_after: tuple[str, ...]
    litigation_threat: tuple[str, ...]
    no_litigation: tuple[str, ...]
    not_for_now: tuple[str, ...]
    not_in_names: tuple[str, ...]
    past_decision: tuple[str, ...]
    avoids_court: tuple[str, ...]
    own_work: tuple[str, ...]
    own_work_singular: tuple[str, ...] = ()
    closings: tuple[str, ...] = ()
    common_words: tuple[str, ...] = ()
    nouns_capitalised: bool = False
    abbreviations: tuple[str, ...] = ()
    early_payment: tuple[str, ...] = ()
    work_nouns: tuple[str, ...] = ()
    by_author: tuple[str, ...] = ()
    job_titles: tuple[str, ...] = ()
    organisation_words: tuple[str, ...] = ()
    credit_agency_words: tuple[str, ...] = ()
    own_collection: tuple[str, ...] = ()
    self_verbs: tuple[str, ...] = ()
    sentence_starters: tuple[str, ...] = ()
    indefinite_articles: tuple[str, ...] = ()
    definite_articles: tuple[str, ...] = ()
    role_articles: tuple[str, ...] = ()
    genitive_articles: tuple[str, ...] = ()
    name_links: tuple[str, ...] = ()
    civilities: tuple[str, ...] = ()
    represented_by: tuple[str, ...] = ()
    weekdays: tuple[tuple[str, ...], ...] = ()
    next_weekday: tuple[str, ...] = ()
    deadline_before: tuple[str, ...] = ()
    time_of_day: tuple[str, ...] = ()
    team_before: tuple[str, ...] = ()
    team_after: tuple[str, ...] = ()
    team_functions: tuple[str, ...] = ()
    date_labels: tuple[str, ...] = ()
    detection_words: tuple[str, ...] = ()
    forwarded_markers: tuple[str, ...] = ()
    threat_kinds: tuple[tuple[str, tuple[str, ...]], ...] = ()
    not_threat_compounds: tuple[str, ...] = ()
    evidence_kinds: tuple[tuple[str, tuple[str, ...]], ...] = ()
    amount_roles: tuple[tuple[str, tuple[str, ...]], ...] = ()
    amount_role_words: tuple[tuple[str, tuple[str, ...]], ...] = ()
    alternatively: tuple[str, ...] = ()
    licence_stems: tuple[str, ...] = ()
    number_words: tuple[tuple[str, int], ...] = ()
    period_units: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fixed_periods: tuple[tuple[str, int], ...] = ()
    lawyer_words: tuple[str, ...] = ()
    use_context: tuple[str, ...] = ()
    use_labels: tuple[str, ...] = ()
    payment_words: tuple[str, ...] = ()
    writes_as_author: tuple[str, ...] = ()
    owner_subjects: tuple[str, ...] = ()
    owner_verbs: tuple[str, ...] = ()
    subject_labels: tuple[str, ...] = ()
    adverse_links: tuple[str, ...] = ()
    threat_amount_words: tuple[str, ...] = ()
    threat_amount_before: tuple[str, ...] = ()
    item_links: tuple[str, ...] = ()
    next_item_links: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()
    negation_keeps_threat: tuple[str, ...] = ()
    conditionals: tuple[str, ...] = ()
    consequence_verbs: tuple[str, ...] = ()
    noun_suffixes: tuple[str, ...] = ()
    principal_claim: tuple[str, ...] = ()
    option_markers: tuple[str, ...] = ()


def _strings(value: object) -> tuple[str, ...]:
    """Phrases as written; YAML reads an unquoted `off`, `no` or `on` as a boolean, which
    would silently become the phrase "false", so anything but text is refused."""
    phrases = tuple(value or [])  # type: ignore[call-overload]
    for phrase in phrases:
        if not isinstance(phrase, str):
            raise TypeError(f"lexicon phrase {phrase!r} is not text: quote it in the YAML file")
    return tuple(phrase.lower() for phrase in phrases)


def _kinds(value: object) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A mapping of kind -> phrases (`threat_kinds: {lawsuit: [...]}`), in the file's order."""
    return tuple((str(kind), _strings(words)) for kind, words in (value or {}).items())  # type: ignore[attr-defined]


def _numbers(value: object) -> tuple[tuple[str, int], ...]:
    """A mapping of phrase -> number (`number_words: {zwei: 2}`)."""
    return tuple((str(k).lower(), int(v)) for k, v in (value or {}).items())  # type: ignore[attr-defined]


_FIELDS = {f.name for f in fields(Lexicon)}


def _load(path: Path) -> Lexicon:
    """One language's file; a key given twice (two `acts_for:` lists, one silently lost)
    raises DuplicateKeyError."""
    raw = load_unique_yaml(path.read_text(encoding="utf-8"), str(path))
    unknown = set(raw) - _FIELDS
    if unknown:  # a key no field reads would be silently ignored
        raise KeyError(f"{path.name}: unknown lexicon keys {sorted(unknown)}")
    return Lexicon(
        language=raw["language"],
        acts_for=_strings(raw.get("acts_for")),
        fillers=tuple(Filler(f["words"].lower(), f["role"]) for f in raw.get("fillers") or []),
        acts_for_when_followed=tuple(
            (e["phrase"].lower(), _strings(e["followed_by"]))
            for e in raw.get("acts_for_when_followed") or []
        ),
        principal_before=_strings(raw.get("principal_before")),
        principal_between=tuple(
            (e["before"].lower(), _strings(e["after"])) for e in raw.get("principal_between") or []
        ),
        principal_before_when_followed=tuple(
            (e["phrase"].lower(), _strings(e["followed_by"]))
            for e in raw.get("principal_before_when_followed") or []
        ),
        photographer_after=_strings(raw.get("photographer_after")),
        photographer_with_civility=_strings(raw.get("photographer_with_civility")),
        photographer_nouns=_strings(raw.get("photographer_nouns")),
        lawyer_voice=_strings(raw.get("lawyer_voice")),
        reference_labels=tuple(
            (int(priority), _strings(labels))
            for priority, labels in (raw.get("reference_labels") or {}).items()
        ),
        deadline_anchor={k: _strings(v) for k, v in (raw.get("deadline_anchor") or {}).items()},
        anchor_date_words=_strings(raw.get("anchor_date_words")),
        not_demand_before=_strings(raw.get("not_demand_before")),
        not_demand_after=_strings(raw.get("not_demand_after")),
        litigation_threat=_strings(raw.get("litigation_threat")),
        no_litigation=_strings(raw.get("no_litigation")),
        not_for_now=_strings(raw.get("not_for_now")),
        not_in_names=_strings(raw.get("not_in_names")),
        past_decision=_strings(raw.get("past_decision")),
        avoids_court=_strings(raw.get("avoids_court")),
        own_work=_strings(raw.get("own_work")),
        own_work_singular=_strings(raw.get("own_work_singular")),
        closings=_strings(raw.get("closings")),
        common_words=_strings(raw.get("common_words")),
        nouns_capitalised=bool(raw.get("nouns_capitalised")),
        abbreviations=_strings(raw.get("abbreviations")),
        early_payment=_strings(raw.get("early_payment")),
        work_nouns=_strings(raw.get("work_nouns")),
        by_author=_strings(raw.get("by_author")),
        job_titles=_strings(raw.get("job_titles")),
        organisation_words=_strings(raw.get("organisation_words")),
        credit_agency_words=_strings(raw.get("credit_agency_words")),
        own_collection=_strings(raw.get("own_collection")),
        self_verbs=_strings(raw.get("self_verbs")),
        sentence_starters=_strings(raw.get("sentence_starters")),
        indefinite_articles=_strings(raw.get("indefinite_articles")),
        definite_articles=_strings(raw.get("definite_articles")),
        role_articles=_strings(raw.get("role_articles")),
        genitive_articles=_strings(raw.get("genitive_articles")),
        name_links=_strings(raw.get("name_links")),
        civilities=_strings(raw.get("civilities")),
        represented_by=_strings(raw.get("represented_by")),
        weekdays=tuple(_strings(names) for names in raw.get("weekdays") or []),
        next_weekday=_strings(raw.get("next_weekday")),
        deadline_before=_strings(raw.get("deadline_before")),
        time_of_day=_strings(raw.get("time_of_day")),
        team_before=_strings(raw.get("team_before")),
        team_after=_strings(raw.get("team_after")),
        team_functions=_strings(raw.get("team_functions")),
        date_labels=_strings(raw.get("date_labels")),
        detection_words=_strings(raw.get("detection_words")),
        forwarded_markers=_strings(raw.get("forwarded_markers")),
        threat_kinds=_kinds(raw.get("threat_kinds")),
        not_threat_compounds=_strings(raw.get("not_threat_compounds")),
        evidence_kinds=_kinds(raw.get("evidence_kinds")),
        amount_roles=_kinds(raw.get("amount_roles")),
        amount_role_words=_kinds(raw.get("amount_role_words")),
        alternatively=_strings(raw.get("alternatively")),
        licence_stems=_strings(raw.get("licence_stems")),
        number_words=_numbers(raw.get("number_words")),
        period_units=_kinds(raw.get("period_units")),
        fixed_periods=_numbers(raw.get("fixed_periods")),
        lawyer_words=_strings(raw.get("lawyer_words")),
        use_context=_strings(raw.get("use_context")),
        use_labels=_strings(raw.get("use_labels")),
        payment_words=_strings(raw.get("payment_words")),
        writes_as_author=_strings(raw.get("writes_as_author")),
        owner_subjects=_strings(raw.get("owner_subjects")),
        owner_verbs=_strings(raw.get("owner_verbs")),
        subject_labels=_strings(raw.get("subject_labels")),
        adverse_links=_strings(raw.get("adverse_links")),
        threat_amount_words=_strings(raw.get("threat_amount_words")),
        threat_amount_before=_strings(raw.get("threat_amount_before")),
        item_links=_strings(raw.get("item_links")),
        next_item_links=_strings(raw.get("next_item_links")),
        negations=_strings(raw.get("negations")),
        negation_keeps_threat=_strings(raw.get("negation_keeps_threat")),
        conditionals=_strings(raw.get("conditionals")),
        consequence_verbs=_strings(raw.get("consequence_verbs")),
        noun_suffixes=_strings(raw.get("noun_suffixes")),
        principal_claim=_strings(raw.get("principal_claim")),
        option_markers=_strings(raw.get("option_markers")),
    )


@cache
def lexicons() -> tuple[Lexicon, ...]:
    """Every language's word lists, in file-name order."""
    return tuple(_load(path) for path in sorted(_DIR.glob("*.yaml")))


def phrase_pattern(phrase: str) -> str:
    """A plain phrase as a regex: escaped, a space or a line break (hard-wrapped prose)
    between words, apostrophes straight or curly."""
    words = [re.escape(w) for w in phrase.split()]
    body = "[ \n]".join(words)
    return body.replace("'", "['’]")


def _units(phrase: str) -> tuple[str, ...]:
    """A phrase as the regex of each of its characters, as `phrase_pattern` writes them."""
    return tuple(
        "[ \n]" if c == " " else "['’]" if c == "'" else re.escape(c)
        for c in " ".join(phrase.split())
    )


def _trie_pattern(node: dict[str, dict], ends: bool) -> str:  # type: ignore[type-arg]
    """A trie as a regex; a node where a phrase ends makes its longer phrases optional
    (tried first), so a longer phrase still wins over its own prefix."""
    branches = []
    for unit, child in node.items():
        branches.append(unit + _trie_pattern(child[""], bool(child.get("end"))))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if ends:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


def alternation(phrases: object) -> str:
    """The phrases as one pattern, longest first, so a longer phrase wins over its own
    prefix; shared beginnings are written once (a trie), which the regex engine scans far
    faster than a flat alternation of hundreds of phrases."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in {p for p in phrases}:  # type: ignore[attr-defined]
        units = _units(phrase)
        if not units:
            continue
        node = root
        for i, unit in enumerate(units):
            child = node.setdefault(unit, {"": {}})
            if i == len(units) - 1:
                child["end"] = True
            node = child[""]
    return _trie_pattern(root, False)


def everything(attribute: str) -> tuple[str, ...]:
    """One list from all languages' files (letters mix languages in quotes and footers)."""
    merged: list[str] = []
    for lexicon in lexicons():
        merged.extend(getattr(lexicon, attribute))
    return tuple(merged)


def by_kind(attribute: str) -> dict[str, tuple[str, ...]]:
    """A kind -> phrases mapping merged over all languages' files, kinds in first-seen order."""
    merged: dict[str, tuple[str, ...]] = {}
    for lexicon in lexicons():
        for kind, words in getattr(lexicon, attribute):
            merged[kind] = merged.get(kind, ()) + words
    return merged
