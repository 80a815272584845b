"""Reads a normalised letter into a claim draft: the order of the steps and the choices."""

from __future__ import annotations

from typing import Any

from app.schemas.letters import LetterParse

from . import deadlines, facts, threats
from .agencies import AgencyFinding, detect_agency
from .amounts import BREAKDOWN_KIND, Candidate, classify, decide
from .dates import (
    find_dates,
)
from .draft import Draft, money_dict
from .language import detect_language
from .names import NameMention
from .numbers import MoneyMatch, find_money
from .outside_senders import self_sender, sender_name, writes_for_itself
from .parties import PartyChoice, find_parties, unnamed_principal
from .photographers import credited
from .sender import LIBRARIES, is_author, sender_owns, signer
from .text import LetterText, sentence_after, sentence_before


def analyse(
    doc: LetterText,
    *,
    sender_host: str | None = None,
    email: dict[str, str] | None = None,
) -> LetterParse:
    draft = Draft(doc)
    if doc.truncated:
        draft.warn(
            "text_truncated",
            f"The text is {len(doc.text)} characters long; only the first {len(doc.scan)} "
            "were read.",
        )
    language, language_confidence = detect_language(doc.scan[doc.body_start :])
    links = facts.find_links(doc)
    rights, photographer = find_parties(doc)
    agency = detect_agency(doc, links.hosts, sender_host, rights.spans)
    agency = self_sender(doc, agency, rights.chosen.value if rights.chosen else None,
                         (email or {}).get("from"))  # fmt: skip
    agency = sender_name(doc, agency, (email or {}).get("from"),
                         rights.chosen.value if rights.chosen else None)  # fmt: skip
    if (rights.chosen is None and writes_for_itself(doc, agency) and agency.name_span
            and not _trades_as_signer(doc, agency)):  # fmt: skip
        itself = NameMention(agency.name, *agency.name_span, 0.75)
        rights = PartyChoice(itself, None, [], [agency.name_span])
        agency = AgencyFinding("rights_holder", span=agency.name_span, confidence=0.75,
                               evidence=[f"'{agency.name}' writes about its own work"])  # fmt: skip
    if rights.chosen is None and rights.masked is None:
        rights, photographer, agency = _sender_owns(doc, agency, photographer)
    if rights.chosen is None and rights.masked is None and not unnamed_principal(doc):
        rights = _photographer_represented(doc, agency, photographer)

    draft.set("/letter/agency", agency.agency, agency.span, agency.confidence)
    if agency.inferred:
        draft.warn(
            "agency_inferred",
            f"The sender is not named; '{agency.agency}' was inferred from its template.",
            "/letter/agency",
            agency.span,
        )
    if agency.agency == "other" and not agency.evidence:
        draft.warn("unknown_agency", "The letter does not say who sent it.", "/letter/agency")
    if agency.name:
        draft.set("/letter/agency_name", agency.name, agency.name_span, agency.confidence)
    _party(draft, "/letter/rights_holder", "rights holder", rights)
    _party(draft, "/letter/photographer", "photographer", photographer)
    _reference(draft, doc, agency.agency)
    if language:
        draft.set("/letter/language", language, None, language_confidence)

    dates = find_dates(doc.low, language)
    letter_date = deadlines.letter_date(draft, doc, dates)
    if letter_date is None:
        letter_date = deadlines.letter_date_with_period(draft, doc)
    deadlines.deadline(draft, doc, dates, letter_date,
                       country=deadlines.sender_country(doc, language, agency.agency),
                       email_date=deadlines.email_date(email))  # fmt: skip
    money = find_money(doc.scan)
    _amounts(draft, doc, money)
    _threats_and_law(draft, doc, money)
    _evidence(draft, doc)
    if links.page_url:
        url, start, end = links.page_url
        draft.set("/use/page_url", url, (start, end), 0.8)
    elif links.masked_use:
        draft.redacted("/use/page_url", "address of the page of use", links.masked_use)
    deadlines.detected_on(draft, doc, dates)

    extras = draft.extras
    extras["agency_evidence"] = agency.evidence
    for name in ("use_urls", "portal_urls", "payment_urls", "agency_urls", "other_urls",
                 "emails"):  # fmt: skip
        values = getattr(links, name)
        if values:
            extras[name] = values
    extras.update(threats.find_flags(doc, [(m.start, m.end) for m in money]))
    if email:
        extras["email"] = email
    return LetterParse(
        claim=draft.claim(),
        fields=draft.fields,
        alternatives=draft.alternatives,
        warnings=draft.warnings,
        language=language,
        text=doc.text,
        extras=extras,
    )


def _trades_as_signer(doc: LetterText, agency: AgencyFinding) -> bool:
    """The sender's name is its signer's own with a trade word ("Sophie Ardell Photography"
    under "Sophie Ardell"): the person writes for herself, as under her own letterhead."""
    signed = signer(doc)
    return bool(
        signed
        and signed.value
        and agency.name
        and agency.name.lower().startswith(signed.value.lower() + " ")
    )


def _sender_owns(
    doc: LetterText, agency: AgencyFinding, photographer: PartyChoice
) -> tuple[PartyChoice, PartyChoice, AgencyFinding]:
    """No principal named: the sender that writes of the work as its own holds the rights;
    a person who says "my photograph" is also its photographer."""
    owner = sender_owns(doc, agency)
    if owner is None:
        return PartyChoice(None, None, [], []), photographer, agency
    rights = PartyChoice(owner, None, [], [(owner.start, owner.end)])
    if agency.agency in ("other", "rights_holder"):
        agency = AgencyFinding("rights_holder", span=(owner.start, owner.end),
                               confidence=owner.confidence,
                               evidence=[f"'{owner.value}' signs and writes of its own work"])  # fmt: skip
        if photographer.chosen is None and photographer.masked is None and is_author(doc, owner):
            photographer = PartyChoice(owner, None, [], [(owner.start, owner.end)])
    return rights, photographer, agency


def _photographer_represented(
    doc: LetterText, agency: AgencyFinding, photographer: PartyChoice
) -> PartyChoice:
    """A sender that names no principal but a photographer ("we manage the rights of the
    photographer X", "le photographe X, que nous représentons") acts for that photographer,
    who then holds the rights; not a picture library, which licenses its own collection."""
    found = photographer.chosen
    if found is None or not found.value or agency.agency in LIBRARIES:
        return PartyChoice(None, None, [], [])
    if all(credited(doc, start) for start, _ in photographer.spans):
        return PartyChoice(None, None, [], [])  # named in a picture credit only
    guess = NameMention(found.value, found.start, found.end, min(found.confidence, 0.6), found.role)
    return PartyChoice(guess, None, [], [(found.start, found.end)])


def _party(draft: Draft, pointer: str, what: str, choice: PartyChoice) -> None:
    if choice.chosen and choice.chosen.value:
        mention = choice.chosen
        draft.set(pointer, mention.value, (mention.start, mention.end), mention.confidence)
        if choice.others:
            draft.extras[f"{pointer.rsplit('/', 1)[1]}_candidates"] = choice.others
    elif choice.masked:
        draft.redacted(pointer, what, (choice.masked.start, choice.masked.end))


def _reference(draft: Draft, doc: LetterText, agency: str) -> None:
    found = facts.find_references(doc)
    images = [r for r in found if r.priority == facts.IMAGE_LABEL_PRIORITY and not r.masked]
    if images:
        draft.extras["image_ids"] = [
            {"label": r.label_text, "value": r.value} for r in _unique(images)
        ]
    theirs = [r for r in found if r.priority == facts.RECIPIENT_LABEL_PRIORITY and not r.masked]
    if theirs:
        draft.extras["recipient_references"] = [r.value for r in _unique(theirs)]
    usable = [
        r
        for r in found
        if r.priority > facts.IMAGE_LABEL_PRIORITY
        or (agency == "imagerights" and r.priority == facts.IMAGE_LABEL_PRIORITY)
    ]
    named = [r for r in usable if not r.masked]
    if named:
        top = max(r.priority for r in named)
        best = [r for r in named if r.priority == top]
        chosen = best[0]
        confidence = 0.9 if top >= 6 else 0.7
        draft.set("/letter/reference", chosen.value, (chosen.start, chosen.end), confidence)
        others = [r.value for r in _unique(named) if r.value != chosen.value]
        if len({r.value for r in best}) > 1:
            draft.warn(
                "contradictory_values",
                "The letter gives more than one case reference; the first one was taken.",
                "/letter/reference",
                (chosen.start, chosen.end),
            )
        if others:
            draft.extras["other_references"] = others
    elif usable:
        masked = usable[0]
        draft.redacted("/letter/reference", "case reference", (masked.start, masked.end))


def _unique(items: list[facts.Labelled]) -> list[facts.Labelled]:
    seen: set[str] = set()
    kept = []
    for item in items:
        if item.value not in seen:
            seen.add(item.value)
            kept.append(item)
    return kept


def _amounts(draft: Draft, doc: LetterText, money: list[MoneyMatch]) -> None:
    candidates = classify(doc, money)
    decision = decide(doc, candidates)
    pointer = "/letter/amount_demanded"
    if decision.demand:
        money = decision.demand.money
        draft.set(pointer, money_dict(money), (money.start, money.end), decision.demand_confidence)
    elif decision.computed:
        summed, currency = decision.computed
        draft.set(pointer, {"amount": str(summed), "currency": currency}, None,
                  decision.demand_confidence)  # fmt: skip
    elif decision.masked_demand:
        draft.redacted(pointer, "amount demanded", decision.masked_demand)
    if len(decision.breakdown) >= 2:
        items = []
        for index, part in enumerate(decision.breakdown):
            kind = BREAKDOWN_KIND.get(part.role, part.role)
            items.append({"kind": kind, "amount": money_dict(part.money)})
            draft.source(f"/letter/breakdown/{index}", (part.money.start, part.money.end), 0.85)
        draft.values["/letter/breakdown"] = items
    if decision.licence_offer:
        money = decision.licence_offer.money
        draft.set("/letter/licence_offer", money_dict(money), (money.start, money.end), 0.85)
    for choice in decision.choices:
        draft.alternative(pointer, choice.candidate.label, choice.candidate.money, choice.chosen,
                          choice.reason)  # fmt: skip
    for code, warn_pointer, message, span in decision.warnings:
        draft.warn(code, message, warn_pointer, span)
    if candidates:
        draft.extras["amounts_found"] = [_amount_extra(doc, c) for c in candidates[:30]]


def _amount_extra(doc: LetterText, candidate: Candidate) -> dict[str, Any]:
    money = candidate.money
    return {
        "role": candidate.role,
        "amount": None if money.amount is None else str(money.amount),
        "currency": money.currency,
        "excerpt": doc.text[money.start : money.end],
    }


def _threats_and_law(draft: Draft, doc: LetterText, money: list[MoneyMatch]) -> None:
    ruled_out: list[tuple[int, int]] = []
    found_threats = threats.find_threats(doc, ruled_out)
    statutory = [m for m in money if _in_statutory_sentence(doc, m.start)]
    listed = []
    for threat in found_threats[:12]:
        entry: dict[str, Any] = {
            "kind": threat.kind,
            "excerpt": threats.around(doc, threat.start, threat.end)[:300],
            "start": threat.start,
            "end": threat.end,
        }
        if threat.kind == "statutory_damages" and statutory:
            entry["amount"] = money_dict(statutory[0])
        listed.append(entry)
    if listed:
        draft.extras["threats"] = listed
    litigation = next((t for t in found_threats if t.kind in threats.LITIGATION_KINDS), None)
    refused = threats.says_no_litigation(doc, ruled_out)
    if refused:
        draft.set("/letter/threatens_litigation", False, refused, 0.85)
    elif litigation:
        draft.set("/letter/threatens_litigation", True, (litigation.start, litigation.end), 0.85)
    law = threats.find_asserted_law(doc)
    if law:
        country, start, end, counts = law
        draft.set("/letter/asserted_law", country, (start, end), 0.85 if len(counts) == 1 else 0.6)
        if len(counts) > 1:
            draft.extras["asserted_law_mentions"] = dict(counts)
    undertaking = threats.find_undertaking(doc)
    if undertaking:
        value, start, end = undertaking
        draft.set("/letter/undertaking_demanded", value, (start, end), 0.85)


def _in_statutory_sentence(doc: LetterText, start: int) -> bool:
    sentence = sentence_before(doc.low, start, 120) + sentence_after(doc.low, start, 80)
    return "statutory damages" in sentence and start > 0


def _evidence(draft: Draft, doc: LetterText) -> None:
    found = threats.find_evidence(doc)
    if found:
        draft.set("/letter/evidence_of_use", [kind for kind, _, _ in found], None, 0.8)
        for index, (_, start, end) in enumerate(found):
            draft.source(f"/letter/evidence_of_use/{index}", (start, end), 0.8)
