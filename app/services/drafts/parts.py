"""What every reply letter is made of: the parties, dates and amounts written for the
language, paragraphs resting on findings with their citations, and the parts the kinds of
letter share (introduction, reserve, arguments, notes, subject)."""

from __future__ import annotations

from datetime import date
from string import Formatter
from typing import Any

from app.services.drafts import formats
from app.services.drafts.wording import (
    ARGUMENTS,
    FRAMING,
    RULE_ARGUMENT,
    SUBSIDIARY,
    count_words,
    fill,
    sentences,
)
from app.services.evaluation import pick


class LetterParts:
    """The shared parts of one letter of one kind and language for one assessment revision."""

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
        # The sentences agree with the number of images claimed (« les deux photographies »).
        self.images = (claim.get("use") or {}).get("number_of_images") or 1
        self.words = sentences(language, self.images)
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
            "images": count_words(self.images, lang),
            "client": client_name or self.words["client"],
            "rights_holder": letter.get("rights_holder") or blanks["rights_holder"],
            "agency": letter.get("agency_name") or letter.get("agency"),
            "photographer": self.photographer_name(),
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
        wording = "title_author" if key == "title" and self.holder_is_photographer() else key
        text = self._with_parts(self.words["arguments"][wording], parts)
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

    def photographer_name(self) -> str | None:
        """The photographer's name as a letter writes it: its spaces collapsed, and spelt as
        the rights holder's when the photographer claims in his own name (' markus  VOGEL'
        claiming as Markus Vogel is Markus Vogel, l-48)."""
        letter = self.claim.get("letter") or {}
        photographer = letter.get("photographer")
        if not photographer or not photographer.strip():
            return None
        if self.holder_is_photographer():
            return " ".join(letter["rights_holder"].split())
        return " ".join(photographer.split())

    def holder_is_photographer(self) -> bool:
        """The photographer claims in his own name: there is no chain of title to show, and
        the subject names him once (the same test as the title rules: case and spacing
        aside)."""
        letter = self.claim.get("letter") or {}
        holder, photographer = letter.get("rights_holder"), letter.get("photographer")
        if not (holder and photographer):
            return False
        return " ".join(holder.casefold().split()) == " ".join(photographer.casefold().split())

    def subject(self) -> str:
        parts = dict(self.words["subject_parts"])
        if (
            not (self.claim.get("letter") or {}).get("rights_holder")
            or self.holder_is_photographer()
        ):
            parts["holder"] = ""
        return self._with_parts(self.words["subject"], parts)
