"""Composing a reply letter from an assessment: which paragraphs, on which findings.

The composer reads the structured assessment (rule ids, outcomes, citations, amounts,
dates, the claim's parties) and writes its own sentences (``wording/``); it never reads the
findings' texts. Each paragraph keeps the rule ids it rests on and their citations.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from string import Formatter
from typing import Any

from app.core.errors import Conflict
from app.services.drafts import formats
from app.services.drafts.wording import (
    ARGUMENTS,
    DOCUMENTS,
    FRAMING,
    RULE_ARGUMENT,
    SUBSIDIARY,
    fill,
    sentences,
    settlement,
    settlement_formula,
)
from app.services.evaluation import pick

KINDS = (
    "request_for_justification",
    "contestation",
    "counter_offer",
    "modified_undertaking",
    "removal_acknowledgement",
)


class DraftRefused(Conflict):
    """The assessment does not allow this kind of letter (e.g. an offer in a contest case)."""


class Composer:
    """One letter of one kind and language for one assessment revision."""

    def __init__(
        self,
        kind: str,
        language: str,
        claim: dict[str, Any],
        result: dict[str, Any],
        *,
        client_name: str | None = None,
        today: date | None = None,
    ) -> None:
        self.kind, self.language = kind, language
        self.claim, self.result = claim, result
        self.words = sentences(language)
        self.today = today or date.today()
        self.law = (result.get("applicable_law") or {}).get("country")
        self.findings = {f["rule_id"]: f for f in result.get("findings", [])}
        self.values = self._values(client_name)

    # -- the parties, dates and amounts, written for the language -------------------
    def _values(self, client_name: str | None) -> dict[str, Any]:
        letter = self.claim.get("letter") or {}
        use = self.claim.get("use") or {}
        dates = self.result.get("dates") or {}
        amount = self.result.get("amount") or {}
        demand = letter.get("amount_demanded") or {}
        lang, blanks = self.language, self.words["blanks"]
        return {
            "client": client_name or self.words["client"],
            "rights_holder": letter.get("rights_holder") or blanks["rights_holder"],
            "agency": letter.get("agency_name") or letter.get("agency"),
            "photographer": letter.get("photographer"),
            "reference": letter.get("reference"),
            "letter_date": formats.long_date(letter.get("letter_date"), lang),
            "page_url": use.get("page_url") or blanks["page_url"],
            "amount": formats.money(demand.get("amount"), demand.get("currency"), lang),
            "demanded": formats.money(demand.get("amount"), demand.get("currency"), lang),
            "deadline": formats.long_date(
                dates.get("response_deadline") or letter.get("deadline"), lang
            ),
            "removed_on": formats.long_date(use.get("removed_on"), lang),
            "limitation_expiry": formats.long_date(dates.get("limitation_expiry"), lang),
            "years": dates.get("limitation_years"),
            "days_time_barred": dates.get("days_time_barred"),
            "ratio": formats.number(amount.get("ratio"), lang),
            "reference_fee": formats.money(
                amount.get("reference_fee"), amount.get("currency"), lang
            ),
            "country": formats.country(self.law, lang),
            "asserted_law": formats.country(letter.get("asserted_law"), lang),
        }

    def _with_parts(self, template: str, parts: dict[str, str], capitalise: bool = True) -> str:
        """Fill a sentence whose optional parts are dropped when a value they name is
        unknown."""
        values = dict(self.values)
        for name, part in parts.items():
            fields = [field for _, field, _, _ in Formatter().parse(part) if field]
            known = all(self.values.get(f) not in (None, "") for f in fields)
            values[name] = part.format_map(self.values) if known else ""
        return fill(template, values, capitalise=capitalise)

    # -- findings and their citations -------------------------------------------------
    def favouring(self, rules: tuple[str, ...] | set[str]) -> list[str]:
        return [r for r in rules if self.findings.get(r, {}).get("outcome") == "favours_client"]

    def citations(self, rules: list[str]) -> list[dict[str, Any]]:
        seen: dict[str, dict[str, Any]] = {}
        for rule in rules:
            for basis in self.findings.get(rule, {}).get("legal_basis", []):
                seen.setdefault(
                    basis["id"],
                    {
                        "id": basis["id"],
                        # the title is a pair (fr, en), or one text in older revisions;
                        # a German letter cites the source's own or English form
                        "title": pick(basis.get("title"), "fr" if self.language == "fr" else "en"),
                        "url": basis.get("url"),
                        "verified": basis.get("verified"),
                    },
                )
        return list(seen.values())

    def paragraph(
        self, key: str, text: str, rules: list[str] | None = None, **extra: Any
    ) -> dict[str, Any]:
        rules = rules or []
        return {
            "key": key,
            "text": text,
            "rests_on": rules,
            "citations": self.citations(rules),
            "points": extra.pop("points", []),
            **extra,
        }

    # -- the parts every letter shares ------------------------------------------------
    def intro(self) -> list[dict[str, Any]]:
        intro = self.words["intro"]
        parts = {k: intro[k] for k in ("letter_date", "reference", "photographer", "page")}
        parts["page"] = intro["page"] if self.claim.get("use", {}).get("page_url") else ""
        out = [self.paragraph("intro", self._with_parts(intro["sentence"], parts))]
        if self.values["amount"]:
            holder = intro["holder"] if self.claim.get("letter", {}).get("rights_holder") else ""
            out[0]["text"] += " " + self._with_parts(intro["demand"], {"holder": holder})
        return out

    def reserve(self) -> dict[str, Any]:
        return self.paragraph("reserve", fill(self.words["reserve"], self.values))

    def argument(self, key: str, rules: list[str]) -> dict[str, Any] | None:
        parts = {
            "photographer_name": " {photographer}",
            "limitation_years": self.words["parts"]["limitation_years"],
        }
        if key == "limitation" and not self.values["limitation_expiry"]:
            return None
        if key == "foreign_law" and not (self.values["country"] and self.values["asserted_law"]):
            return None
        text = self._with_parts(self.words["arguments"][key], parts)
        if key == "amount":
            if not self.values["demanded"]:
                return None
            extra = self.without_basis()
            if extra:
                text += " " + extra
        return self.paragraph(key, text, rules)

    def without_basis(self) -> str:
        items = (self.result.get("amount") or {}).get("without_basis") or []
        if not items:
            return ""
        names = self.words["breakdown"]
        currency = (self.result.get("amount") or {}).get("currency")
        listed = [
            f"{names.get(i['kind'], i['kind'])} ({formats.money(i['amount'], currency, self.language)})"
            for i in items
        ]
        return fill(self.words["arguments"]["without_basis"], {"items": ", ".join(listed)})

    def arguments(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The principal and the subsidiary arguments, each on its findings."""
        principal, subsidiary = [], []
        for key, rules in ARGUMENTS.items():
            favouring = self.favouring(rules)
            if not favouring:
                continue
            paragraph = self.argument(key, favouring)
            if paragraph:
                (subsidiary if key in SUBSIDIARY else principal).append(paragraph)
        return principal, subsidiary

    def unworded(self) -> list[str]:
        """Findings that favour the client and that no sentence of the letters covers."""
        return [
            f["rule_id"]
            for f in self.findings.values()
            if f["outcome"] == "favours_client"
            and f["role"] not in ("info",)
            and f["rule_id"] not in RULE_ARGUMENT
            and f["rule_id"] not in FRAMING
        ]

    def notes(self) -> list[str]:
        notes = []
        deadline = (self.result.get("dates") or {}).get("response_deadline")
        if deadline and date.fromisoformat(deadline) < self.today:
            notes.append(fill(self.words["notes"]["deadline_passed"], self.values))
        missing = self.unworded()
        if missing:
            notes.append(fill(self.words["notes"]["unworded"], {"rules": ", ".join(missing)}))
        letter = self.claim.get("letter") or {}
        if (
            self.law == "DE"
            and letter.get("undertaking_demanded")
            and self.kind != "modified_undertaking"
        ):
            notes.append(self.words["notes"]["undertaking_separate"])
        if self.law == "DE" and self.kind == "removal_acknowledgement":
            notes.append(self.words["notes"]["removal_de"])
        return notes

    # -- the kinds --------------------------------------------------------------------
    def request_for_justification(self) -> list[dict[str, Any]]:
        words = self.words["justification"]
        asked = {
            fact
            for q in self.result.get("questions", [])
            if q.get("ask") == "claimant"
            for fact in (q.get("facts") or [q["fact"]])
        }
        items = []
        for key, spec in DOCUMENTS.items():
            # A document is asked for when a finding of its question favours the client, or
            # is undetermined and the claimant is asked for it; never on a question alone.
            rules = [
                r
                for r, f in self.findings.items()
                if spec["question"]
                and f["question"] == spec["question"]
                and (
                    f["outcome"] == "favours_client"
                    or (f["outcome"] == "undetermined" and asked.intersection(spec["facts"]))
                )
            ]
            rules += [r for r in spec.get("rules", ()) if r in self.findings]
            if not rules:
                continue
            text = self._with_parts(
                words["documents"][key], {"photographer_name": " {photographer}"}
            )
            items.append(self.paragraph(key, text, sorted(set(rules))))
        body = [*self.intro(), self.reserve()]
        body.append(self.paragraph("documents", fill(words["lead"], self.values), points=items))
        body.append(self.paragraph("close", fill(words["close"], self.values)))
        return body

    def contestation(self) -> list[dict[str, Any]]:
        words = self.words["contestation"]
        principal, subsidiary = self.arguments()
        body = [*self.intro(), self.reserve()]
        body.append(self.paragraph("lead", fill(words["lead"], self.values), points=principal))
        if subsidiary:
            body.append(
                self.paragraph(
                    "subsidiary", fill(words["subsidiary"], self.values), points=subsidiary
                )
            )
        body.append(self.paragraph("conclusion", fill(words["conclusion"], self.values)))
        return body

    def offer(self) -> dict[str, Any]:
        """The sum offered: the counter-offer, never more (and never more than demanded)."""
        recommendation = self.result["strategy"]["recommendation"]
        if recommendation == "contest":
            raise DraftRefused(
                "The assessment recommends contesting the claim: a letter offering money "
                "is not drafted for it."
            )
        amount = self.result.get("amount") or {}
        counter = (amount.get("counter_offer") or {}).get("amount")
        if counter is None or Decimal(counter) <= 0:
            raise DraftRefused("The assessment has no counter-offer to make.")
        offered = Decimal(counter)
        demanded = amount.get("demanded")
        if demanded is not None:
            offered = min(offered, Decimal(demanded))
        currency = amount.get("currency")
        return {
            "amount": f"{offered:.2f}",
            "currency": currency,
            "text": formats.money(offered, currency, self.language),
        }

    def counter_offer(self) -> list[dict[str, Any]]:
        offer = self.offer()
        formula = settlement_formula(self.law)
        words = self.words["counter_offer"]
        amount = self.result.get("amount") or {}
        amount_rules = sorted(r for r, f in self.findings.items() if f["question"] == "amount")
        reference = (
            words["reference_agency_offer"]
            if amount.get("reference_basis") == "agency_offer"
            else ""
        )
        reasons = fill(words["reasons"], {**self.values, "reference": reference})
        if self.values["ratio"] and self.values["demanded"] and self.values["reference_fee"]:
            reasons += " " + fill(words["ratio"], self.values)
        extra = self.without_basis()
        body = [*self.intro()]
        body.append(
            self.paragraph(
                "offer",
                fill(formula["offer"][self.language], {**self.values, "offer": offer["text"]}),
                amount_rules,
                sources=formula["sources"],
            )
        )
        body.append(self.paragraph("reasons", f"{reasons} {extra}".strip(), amount_rules))
        release = [r for r in ("GEN-LETTER-02",) if r in self.findings]
        body.append(self.paragraph("conditions", fill(words["conditions"], self.values), release))
        body.append(self.paragraph("lapse", fill(words["lapse"], self.values)))
        return body

    def modified_undertaking(self) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        if self.law != "DE":
            raise DraftRefused(
                "A modified cease-and-desist undertaking is a German-law reply (§ 97a UrhG); "
                f"this assessment applies the law of {self.law or 'an unknown country'}."
            )
        words = self.words["undertaking"]
        rules = [r for r in ("DE-LETTER-01", "DE-ABMAHNUNG-02") if r in self.findings]
        cover = self._with_parts(words["cover"], {"deadline": words["deadline"]})
        narrowed = words["narrowed"] if "DE-LETTER-01" in self.findings else words["narrowed_plain"]
        body = [*self.intro()]
        body.append(self.paragraph("cover", cover, rules))
        body.append(self.paragraph("narrowed", fill(narrowed, self.values), rules))
        body.append(self.paragraph("no_payment", fill(words["no_payment"], self.values)))
        parts = {
            "photographer": self.words["intro"]["photographer"],
            "reference": words["reference"],
        }
        declaration = {
            "title": words["title"],
            "party": fill(words["party"], self.values),
            "obligations": [
                self._with_parts(words["cease"], parts, capitalise=False),
                fill(words["penalty"], self.values, capitalise=False),
            ],
            "sign_by": (
                fill(words["sign_by"], self.values, capitalise=False)
                if self.values["deadline"]
                else None
            ),
            "sources": settlement()["undertaking"]["sources"],
            "rests_on": rules,
        }
        return body, declaration

    def removal_acknowledgement(self) -> list[dict[str, Any]]:
        use = self.claim.get("use") or {}
        if not use.get("removed_on"):
            raise DraftRefused("The claim records no removal date (use.removed_on).")
        words = self.words["removal"]
        received = (self.claim.get("letter") or {}).get("received_on") or (
            self.claim.get("letter") or {}
        ).get("letter_date")
        before = received and use["removed_on"] < received
        text = self._with_parts(
            words["removed"], {"before_letter": words["before_letter"] if before else ""}
        )
        rules = [r for r in ("GEN-LETTER-03",) if r in self.findings]
        return [
            *self.intro(),
            self.paragraph("removed", text, rules),
            self.paragraph("no_admission", fill(words["no_admission"], self.values)),
            self.paragraph("close", fill(words["close"], self.values)),
        ]

    def subject(self) -> str:
        parts = dict(self.words["subject_parts"])
        if not (self.claim.get("letter") or {}).get("rights_holder"):
            parts["holder"] = ""
        return self._with_parts(self.words["subject"], parts)

    def compose(self) -> dict[str, Any]:
        declaration = None
        if self.kind == "modified_undertaking":
            body, declaration = self.modified_undertaking()
        else:
            body = getattr(self, self.kind)()
        heading = None
        offer = None
        if self.kind == "counter_offer":
            heading = settlement_formula(self.law)["heading"][self.language]
            offer = self.offer()
        letter = self.claim.get("letter") or {}
        return {
            "kind": self.kind,
            "language": self.language,
            "law": self.law,
            "date": self.today.isoformat(),
            "date_text": formats.long_date(self.today, self.language),
            "labels": self.words["labels"],
            "title": self.words["labels"]["kinds"][self.kind],
            "references": {
                "theirs": letter.get("reference"),
                "ours": self.claim.get("external_ref"),
            },
            "parties": {
                "client": self.values["client"],
                "recipient": self.values["agency"] or self.values["rights_holder"],
                "rights_holder": letter.get("rights_holder"),
                "photographer": letter.get("photographer"),
            },
            "subject": self.subject(),
            "heading": heading,
            "salutation": self.words["salutation"],
            "paragraphs": body,
            "declaration": declaration,
            "closing": self.words["closing"],
            "offer": offer,
            "deadline": self.values["deadline"],
            "notes": self.notes(),
        }


def compose(
    kind: str,
    language: str,
    claim: dict[str, Any],
    result: dict[str, Any],
    *,
    client_name: str | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """The letter's structure: every paragraph with the findings it rests on."""
    return Composer(kind, language, claim, result, client_name=client_name, today=today).compose()


def rests_on(document: dict[str, Any]) -> list[str]:
    """Every rule id the letter rests on, in order of first use."""
    seen: list[str] = []
    for paragraph in document["paragraphs"]:
        for item in [paragraph, *paragraph.get("points", [])]:
            seen += [r for r in item["rests_on"] if r not in seen]
    for rule in (document.get("declaration") or {}).get("rests_on", []):
        if rule not in seen:
            seen.append(rule)
    return seen
