"""The kinds of reply letter, each from the shared parts (``parts.py``): a request for
justification, a contestation, a counter-offer, a modified undertaking (German law) and a
removal acknowledgement. A kind the assessment does not allow is refused."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.core.errors import Conflict
from app.services.drafts import formats
from app.services.drafts.parts import LetterParts
from app.services.drafts.wording import DOCUMENTS, fill, settlement, settlement_formula


class DraftRefused(Conflict):
    """The assessment does not allow this kind of letter (e.g. an offer in a contest case)."""


class LetterKinds(LetterParts):
    """The body of each kind of letter (a method named after the kind)."""

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
            # The photographer claiming in his own name shows authorship, not a chain.
            wording = "title_author" if key == "title" and self.holder_is_photographer() else key
            text = self._with_parts(
                words["documents"][wording], {"photographer_name": " {photographer}"}
            )
            items.append(self.paragraph(key, text, sorted(set(rules))))
        body = [*self.intro(), self.reserve()]
        body.append(self.paragraph("documents", fill(words["lead"], self.values), points=items))
        body.append(self.paragraph("close", fill(words["close"], self.values)))
        return body

    def contestation(self) -> list[dict[str, Any]]:
        words = self.words["contestation"]
        principal, subsidiary = self.arguments()
        if not principal and not subsidiary:
            raise DraftRefused(
                "No finding of the assessment favours the client: nothing to contest."
            )
        body = [*self.intro(), self.reserve()]
        if not principal:
            # Only the amount is disputed: the letter says so, with no "in the alternative"
            # under a principal case it does not make.
            lead = fill(words["lead_amount"], self.values)
            body.append(self.paragraph("lead", lead, points=subsidiary))
            body.append(self.paragraph("conclusion", fill(words["conclusion_amount"], self.values)))
            return body
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
        fees = amount.get("legal_fees_included")
        if fees:
            # The warning's fees owed are a head of their own: the offer adds them to the
            # fee, and the ratio compares the rest of the demand with the fee (amount.ratio).
            currency = amount.get("currency")
            reasons += " " + fill(
                words["fees_included"],
                {"fees": formats.money(fees, currency, self.language)},
            )
        if self.values["ratio"] and self.values["demanded"] and self.values["reference_fee"]:
            if fees:
                demanded = Decimal((self.claim.get("letter") or {})["amount_demanded"]["amount"])
                claimed = formats.money(demanded - Decimal(fees), currency, self.language)
                reasons += " " + fill(words["ratio_use"], {**self.values, "claimed": claimed})
            else:
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
