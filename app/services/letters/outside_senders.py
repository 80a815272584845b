"""A sender outside the agency vocabulary: what it is called (its letterhead, signature block,
team or web address; a lawyer writing alone), and whether it writes for itself - the rights
holder signing in its own name, or speaking of the work or the collection as its own."""

from __future__ import annotations

import re

from .agencies import AgencyFinding
from .letterhead import (
    LETTERHEAD_LINES,
    ORG_NAME,
    SIGNATURE_LINES,
    SOLE_LAWYER,
    domain_name,
    from_organisation,
    head_lines,
    signature_lines,
    signature_organisation,
    sole_lawyer,
    team_name,
    without_from_label,
)
from .lexicon import alternation, everything
from .parties import self_named
from .text import LetterText, word_matches


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


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
