"""Who sent the letter: the agency vocabulary value, the agency's name, and the evidence.

Evidence is weighed: the e-mail sender's domain, the legal entity ("COPYTRACK GmbH"),
links and addresses on the agency's domain, plain mentions, and last template phrases
that only one agency uses ("Unauthorized Use Report" is Pixsy's). A lawyer's own voice
("unsere Mandantin", "Mon client", "namens und in Vollmacht") makes the sender a law firm.
Who a sender outside the vocabulary is, and what it is called, is `outside_senders.py`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .letterhead import firm_name, lawyer_evidence
from .lexicon import alternation, everything
from .text import LetterText, capped, find_word, word_matches


@dataclass(frozen=True)
class AgencyProfile:
    key: str
    names: tuple[str, ...]  # whole words, on the lower-cased view
    domains: tuple[str, ...]
    entity: re.Pattern[str] | None  # legal entity, on the case-preserving view
    signatures: tuple[tuple[re.Pattern[str], ...], ...] = ()  # all parts must match
    library: bool = False  # a picture library that licenses its own collection


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


PROFILES: tuple[AgencyProfile, ...] = (
    AgencyProfile(
        "copytrack",
        ("copytrack", "rd legal gmbh", "pixlegal"),
        ("copytrack.com", "copytrack.de", "copytrack.fr"),
        _p(r"(?:COPYTRACK|Copytrack|RD Legal|Pixlegal) GmbH"),
        ((_p(r"berechtigungsanfrage"),),),
    ),
    AgencyProfile(
        "picrights",
        ("picrights",),
        ("picrights.com",),
        _p(r"PicRights(?: (?:International|Europe|Austria|UK))? (?:Inc\.|GmbH|Ltd\.?|Limited)"),
        ((_p(r"anfrage zum nachweis einer gültigen bildlizenz"),),),
    ),
    AgencyProfile(
        "pixsy",
        ("pixsy",),
        ("pixsy.com",),
        _p(r"Pixsy,? (?:Inc\.?|Ltd\.?|Pty Ltd)"),
        ((_p(r"unauthori[sz]ed use report"),),),
    ),
    AgencyProfile(
        "getty",
        ("getty images", "gettyimages", "istock", "istockphoto", "license compliance services"),
        (
            "gettyimages.com",
            "gettyimages.co.uk",
            "gettyimages.de",
            "gettyimages.fr",
            "gettyimages.ch",
            "gettyimages.ie",
            "istockphoto.com",
        ),
        _p(
            r"Getty Images(?: \(US\)| \(UK\)| International| Deutschland| France)?(?:,? Inc\.| Ltd\.?"
            r"| GmbH| Limited| SARL)?|License Compliance Services(?:,? Inc\.?)?"
        ),
        ((_p(r"to resolve this matter"), _p(r"case number:? ?\(?\d{9}(?!\d)")),),
        library=True,
    ),
    AgencyProfile(
        "permission_machine",
        ("permission machine", "permissionmachine"),
        ("permissionmachine.com",),
        _p(r"Permission Machine(?: Ltd\.?| Limited| AB| Oy)?"),
    ),
    AgencyProfile(
        "lapixa",
        ("lapixa",),
        ("lapixa.com", "lapixa.de"),
        _p(r"LAPIXA GmbH|Lapixa GmbH"),
    ),
    AgencyProfile(
        "imagerights",
        ("imagerights",),
        ("imagerights.com",),
        _p(r"ImageRights International,? Inc\.?|ImageRights"),
    ),
    AgencyProfile(
        "copyright_agent",
        ("copyrightagent", "copyright agent"),
        ("copyrightagent.com", "copyrightagent.dk"),
        _p(r"Copyright Agent(?: ApS| A/S| AB)?(?![a-z])"),
    ),
    AgencyProfile(
        "higbee",
        ("higbee",),
        ("higbeeassociates.com", "higbee.law", "higbeeandassociates.com"),
        _p(r"Higbee (?:&|and) Associates(?:,? APC)?"),
    ),
)

# Senders outside the vocabulary that are known: reported as `other` without a warning.
KNOWN_OTHERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_p(r"Atradius(?: Collections)?(?: B\.V\.| Ltd\.?)?"), "collection agency"),
    (_p(r"Pixways|PixTrakk|Pixtrakk"), "PixTrakk tracking platform"),
)

_FIRST_PERSON_OWNER = _p(
    rf"(?:{alternation(everything('writes_as_author'))}"
    rf"|(?:{alternation(everything('owner_subjects'))}) (?:{alternation(everything('owner_verbs'))}))"
)


@dataclass
class AgencyFinding:
    agency: str
    name: str | None = None
    name_span: tuple[int, int] | None = None
    span: tuple[int, int] | None = None
    confidence: float = 0.5
    inferred: bool = False
    evidence: list[str] = field(default_factory=list)


def _domain_hits(hosts: list[str], domains: tuple[str, ...]) -> int:
    return sum(1 for host in hosts if any(host == d or host.endswith("." + d) for d in domains))


def detect_agency(
    doc: LetterText,
    hosts: list[str],
    sender_host: str | None,
    excluded: list[tuple[int, int]],
) -> AgencyFinding:
    """Weigh the evidence for each agency; `excluded` spans (the rights holder's name) do
    not count as mentions of the sender."""
    scores: dict[str, float] = {}
    spans: dict[str, tuple[int, int]] = {}
    evidence: dict[str, list[str]] = {}
    strong: dict[str, bool] = {}

    def outside(start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in excluded)

    for profile in PROFILES:
        score = 0.0
        notes: list[str] = []
        if sender_host and _domain_hits([sender_host], profile.domains):
            score += 4
            notes.append(f"sender domain {sender_host}")
        hits = _domain_hits(hosts, profile.domains)
        if hits:
            score += 2
            notes.append("links or addresses on the agency's domain")
        mentions = [
            m
            for name in profile.names
            for m in find_word(doc.low, name)
            if outside(*m) and not _in_address(doc.low, *m)
        ]
        if mentions and profile.entity:
            entity = next(
                (m for m in capped(profile.entity.finditer(doc.scan), 50) if outside(*m.span())),
                None,
            )
            if entity:
                score += 2
                spans.setdefault(profile.key, entity.span())
                notes.append(f"names the entity '{entity.group(0)}'")
        if mentions:
            mentions.sort()
            score += min(len(mentions), 3)
            spans.setdefault(profile.key, mentions[0])
            notes.append(f"mentioned {len(mentions)} time(s)")
        strong[profile.key] = score > 0
        for parts in profile.signatures:
            found = [part.search(doc.low) for part in parts]
            if all(found):
                score += 1.5
                first = found[0]
                assert first is not None
                spans.setdefault(profile.key, first.span())
                notes.append(f"template phrase '{doc.text[first.start() : first.end()]}'")
        if score:
            scores[profile.key] = score
            evidence[profile.key] = notes

    lawyer_score, lawyer_span, lawyer_notes = lawyer_evidence(doc)
    best = max(scores, key=lambda k: scores[k], default=None)
    other = _known_other(doc, excluded)
    other_wins = other is not None and (best is None or other[1] >= scores[best])

    clear = best == "higbee" or (best and scores[best] >= lawyer_score + 2 and strong[best])
    if best and clear and not other_wins:
        return _vocabulary_finding(doc, best, scores[best], spans, evidence, strong)
    if lawyer_score >= 2:
        name, name_span = firm_name(doc)
        return AgencyFinding(
            "law_firm",
            name=name,
            name_span=name_span,
            span=lawyer_span,
            confidence=min(0.95, 0.55 + 0.1 * lawyer_score),
            evidence=lawyer_notes,
        )
    if other is not None and other_wins:
        return other[0]
    if best:
        return _vocabulary_finding(doc, best, scores[best], spans, evidence, strong)
    owners = word_matches(_FIRST_PERSON_OWNER, doc.low, 1)
    if owners:
        owner = owners[0]
        return AgencyFinding(
            "rights_holder", span=owner.span(), confidence=0.6, evidence=["writes as the author"]
        )
    return AgencyFinding("other", confidence=0.3, evidence=[])


def _in_address(low: str, start: int, end: int) -> bool:
    """A name inside an e-mail address or a host name counts as a domain, not a mention."""
    return (start > 0 and low[start - 1] in "@./") or low.startswith(".", end)


def _known_other(
    doc: LetterText, excluded: list[tuple[int, int]]
) -> tuple[AgencyFinding, float] | None:
    for pattern, what in KNOWN_OTHERS:
        found = [
            m
            for m in capped(pattern.finditer(doc.scan), 20)
            if not any(m.start() < e and s < m.end() for s, e in excluded)
        ]
        if found:
            first = found[0]
            finding = AgencyFinding(
                "other",
                name=first.group(0),
                name_span=first.span(),
                span=first.span(),
                confidence=0.8,
                evidence=[f"{what} '{first.group(0)}' (not in the agency vocabulary)"],
            )
            return finding, 2 + min(len(found), 3)
    return None


_ANY_FORM = (
    r",? (?:GmbH|AG|Inc\.|Inc|LLC|Ltd\.|Ltd|Limited|Pte\. Ltd\.|Pty Ltd|Oy|AB|ApS|A/S|SAS|SARL|SA"
    r"|B\.V\.|S\.L\.|S\.r\.l\.)(?![\w])"
)


@cache
def _entity_with_any_form(profile: AgencyProfile) -> re.Pattern[str]:
    """The agency's name, in any case, with a legal form ("COPYTRACK Pte. Ltd.")."""
    names = alternation(n for n in profile.names if " " not in n)
    return _p(rf"(?i:{names}){_ANY_FORM}")


def _vocabulary_finding(
    doc: LetterText,
    key: str,
    score: float,
    spans: dict[str, tuple[int, int]],
    evidence: dict[str, list[str]],
    strong: dict[str, bool],
) -> AgencyFinding:
    profile = next(p for p in PROFILES if p.key == key)
    name: str | None = None
    name_span: tuple[int, int] | None = None
    mentions = sorted(
        m for n in profile.names for m in find_word(doc.low, n) if not _in_address(doc.low, *m)
    )
    entity = None
    if profile.entity and mentions:
        found = [
            m
            for pattern in (profile.entity, _entity_with_any_form(profile))
            for m in capped(pattern.finditer(doc.scan), 30)
            if not m.group(0).isupper()
        ]
        entity = max(found, key=lambda m: (len(m.group(0)), -m.start()), default=None)
    if entity:
        name, name_span = entity.group(0), entity.span()
    elif strong[key] and mentions:
        name_span = mentions[0]
        name = doc.text[name_span[0] : name_span[1]]
    inferred = not strong[key]
    confidence = 0.55 if inferred else min(0.98, 0.6 + 0.08 * score)
    return AgencyFinding(
        key,
        name=name,
        name_span=name_span,
        span=spans.get(key),
        confidence=confidence,
        inferred=inferred,
        evidence=evidence.get(key, []),
    )
