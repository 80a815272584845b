"""Who sent the letter: the agency vocabulary value, the sender's name, and the evidence.

Evidence is weighed: the e-mail sender's domain, the legal entity ("COPYTRACK GmbH"),
links and addresses on the agency's domain, plain mentions, and last template phrases
that only one agency uses ("Unauthorized Use Report" is Pixsy's). A lawyer's own voice
("unsere Mandantin", "Mon client", "namens und in Vollmacht") makes the sender a law firm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .letterhead import (
    LETTERHEAD_LINES,
    ORG_NAME,
    SIGNATURE_LINES,
    SOLE_LAWYER,
    domain_name,
    firm_name,
    from_organisation,
    head_lines,
    lawyer_evidence,
    signature_lines,
    signature_organisation,
    sole_lawyer,
    team_name,
    without_from_label,
)
from .lexicon import alternation, everything
from .parties import self_named
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
    r"(?:i am the (?:photographer|author|copyright owner)|my (?:photograph|photo|image)s?"
    r" (?:is|are|was|were|has|have)|ich bin (?:der |die )?(?:fotograf|urheber)|je suis (?:le |la |l'|l’)?"
    r"(?:photographe|auteur|autrice))"
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


def self_sender(
    doc: LetterText,
    finding: AgencyFinding,
    rights_holder: str | None,
    sender: str | None,
) -> AgencyFinding:
    """A sender the vocabulary does not know that signs, heads or sends the letter in the
    rights holder's own name writes for itself: `rights_holder` (Hawthorne Archive Ltd
    owns the copyright... Yours faithfully, Hawthorne Archive Ltd)."""
    if finding.agency != "other" or finding.name or not rights_holder:
        return finding
    body = doc.low[doc.body_start :]
    lines = [line for line in body.split("\n") if line.strip()]
    edges = lines[:LETTERHEAD_LINES] + lines[-SIGNATURE_LINES:]
    key = rights_holder.lower()
    signed = any(
        line.strip(" ,.-").startswith(key) and len(line.strip()) <= len(key) + 25 for line in edges
    ) or (sender is not None and key in sender.lower())
    if not signed:
        return finding
    return AgencyFinding(
        "rights_holder",
        span=None,
        confidence=0.75,
        evidence=[f"the rights holder '{rights_holder}' heads, signs or sends the letter"],
    )


def sender_name(
    doc: LetterText, finding: AgencyFinding, sender: str | None, rights_holder: str | None = None
) -> AgencyFinding:
    """The name of a sender outside the vocabulary, or of a lawyer writing alone, where the
    letterhead, the signature block or the e-mail's From gives it ("Bildrecht Inkasso Süd
    GmbH", "Maître Sophie Garnier" is Sophie Garnier); never the rights holder's name."""
    if finding.name or finding.agency not in ("other", "law_firm"):
        return finding
    held = (rights_holder or "").lower()
    heads = [without_from_label(line, offset) for line, offset in head_lines(doc)]
    heads += signature_lines(doc)[::-1]  # in the order of the text
    header_from = doc.scan.find("From: ", 0, doc.body_start) if doc.body_start else -1
    if header_from != -1:
        end = doc.scan.find("\n", header_from)
        heads.insert(0, (doc.scan[header_from + 6 : end].split("<")[0].strip(), header_from + 6))
    if finding.agency == "law_firm":
        sole = sole_lawyer([(line, offset) for line, offset in heads if line])
        if sole:
            begin = doc.scan.index(sole[0], sole[1])
            finding.name, finding.name_span = sole[0], (begin, begin + len(sole[0]))
            return finding
    pattern = SOLE_LAWYER if finding.agency == "law_firm" else ORG_NAME
    group = 1 if finding.agency == "law_firm" else 0
    found: list[tuple[str, int]] = []
    for line, offset in heads:
        if not line:
            continue
        match = pattern.search(line)
        if not match or (held and match.group(group).lower() in held):
            continue
        if finding.agency == "law_firm" or _ENDS_NAME.match(line, match.end()):
            found.append((match.group(group), doc.scan.index(line, offset) + match.start(group)))
    if not found and finding.agency == "law_firm":
        # A firm that is a company ("Solicitor, Calder IP Limited"): its name with the form.
        for line, offset in heads:
            match = ORG_NAME.search(line) if line else None
            if match and not (held and match.group(0).lower() in held):
                if _ENDS_NAME.match(line, match.end()):
                    found.append((match.group(0), doc.scan.index(line, offset) + match.start()))
    if not found and finding.agency == "other":
        named = self_named(doc)
        if named and named.value and named.value.lower() not in held:
            found.append((named.value, named.start))
        else:
            signed = signature_organisation(doc, rights_holder) or from_organisation(doc, heads)
            signed = signed or team_name(signature_lines(doc)) or domain_name(heads)
            if signed:
                found.append(signed)
    if found:
        # The name as written in mixed case where the letter has both ("RECOUVRA FRANCE SAS"
        # heading, "Recouvra France SAS" signing).
        name, begin = min(found, key=lambda item: item[0].isupper())
        finding.name, finding.name_span = name, (begin, begin + len(name))
    return finding


# An organisation's name ends its line or runs into its address ("Recouvra Droits SAS - 14 rue
# de Lyon").
_ENDS_NAME = _p(r"$|[ \t]*[-–·|,][ \t]")
_OWN_WORK = _p(rf"(?:{alternation(everything('own_work'))})(?![a-zäöüß])")
_OWN_COLLECTION = _p(rf"(?:{alternation(everything('own_collection'))})(?![a-zäöüß])")


def writes_for_itself(doc: LetterText, finding: AgencyFinding) -> bool:
    """A named sender outside the vocabulary that speaks of the work as its own ("aus
    unserem Haus", "our photograph") or of its own collection ("our picture library") is
    the rights holder writing for itself."""
    return (
        finding.agency == "other"
        and finding.name is not None
        and bool(word_matches(_OWN_WORK, doc.low, 1) or word_matches(_OWN_COLLECTION, doc.low, 1))
    )
