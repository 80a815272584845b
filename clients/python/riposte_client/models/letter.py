from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.agency import Agency
from ..models.country_code import CountryCode
from ..models.evidence_of_use import EvidenceOfUse
from ..models.language_code import LanguageCode
from ..models.letter_calculation_basis_type_0 import LetterCalculationBasisType0
from ..models.letter_collector_status_type_0 import LetterCollectorStatusType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.breakdown_item import BreakdownItem
    from ..models.money import Money


T = TypeVar("T", bound="Letter")


@_attrs_define
class Letter:
    """
    Attributes:
        agency (Agency | None | Unset):
        agency_name (None | str | Unset):
        rights_holder (None | str | Unset):
        photographer (None | str | Unset):
        reference (None | str | Unset):
        language (LanguageCode | None | Unset):
        letter_date (datetime.date | None | Unset):
        received_on (datetime.date | None | Unset):
        deadline (datetime.date | None | Unset):
        deadline_days (int | None | Unset): A relative deadline: days from the letter.
        amount_demanded (Money | None | Unset):
        breakdown (list[BreakdownItem] | None | Unset):
        licence_offer (Money | None | Unset):
        threatens_litigation (bool | None | Unset):
        asserted_law (CountryCode | None | Unset):
        asserted_forum (CountryCode | None | Unset):
        evidence_of_use (list[EvidenceOfUse] | None | Unset):
        undertaking_demanded (bool | None | Unset):
        sent_by_lawyer (bool | None | Unset): A lawyer's warning letter (Abmahnung) rather than an agency's.
        undertaking_broader_than_infringement (bool | None | Unset):
        statutory_maximum_quoted (bool | None | Unset): Quotes a statutory maximum (e.g. $150,000) without the minimum.
        calculation_basis (LetterCalculationBasisType0 | None | Unset):
        licence_practice_shown (bool | None | Unset): Invoices or licences showing the usual fee were produced.
        release_offered (bool | None | Unset):
        release_signed_by_rights_holder (bool | None | Unset):
        release_covers_past_use (bool | None | Unset):
        collector_status (LetterCollectorStatusType0 | None | Unset):
        disputed_before_lawyer (bool | None | Unset): The client disputed the claim after the collection agency's letter
            and before a lawyer took the claim over (§ 13f sentence 3 RDG).
        injured_party_named (bool | None | Unset): The letter names the injured party it is sent for (§ 97a(2) no. 1
            UrhG).
        undertaking_excess_stated (bool | None | Unset): The letter states how far the undertaking demanded goes beyond
            the infringement (§ 97a(2) no. 4 UrhG).
    """

    agency: Agency | None | Unset = UNSET
    agency_name: None | str | Unset = UNSET
    rights_holder: None | str | Unset = UNSET
    photographer: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    language: LanguageCode | None | Unset = UNSET
    letter_date: datetime.date | None | Unset = UNSET
    received_on: datetime.date | None | Unset = UNSET
    deadline: datetime.date | None | Unset = UNSET
    deadline_days: int | None | Unset = UNSET
    amount_demanded: Money | None | Unset = UNSET
    breakdown: list[BreakdownItem] | None | Unset = UNSET
    licence_offer: Money | None | Unset = UNSET
    threatens_litigation: bool | None | Unset = UNSET
    asserted_law: CountryCode | None | Unset = UNSET
    asserted_forum: CountryCode | None | Unset = UNSET
    evidence_of_use: list[EvidenceOfUse] | None | Unset = UNSET
    undertaking_demanded: bool | None | Unset = UNSET
    sent_by_lawyer: bool | None | Unset = UNSET
    undertaking_broader_than_infringement: bool | None | Unset = UNSET
    statutory_maximum_quoted: bool | None | Unset = UNSET
    calculation_basis: LetterCalculationBasisType0 | None | Unset = UNSET
    licence_practice_shown: bool | None | Unset = UNSET
    release_offered: bool | None | Unset = UNSET
    release_signed_by_rights_holder: bool | None | Unset = UNSET
    release_covers_past_use: bool | None | Unset = UNSET
    collector_status: LetterCollectorStatusType0 | None | Unset = UNSET
    disputed_before_lawyer: bool | None | Unset = UNSET
    injured_party_named: bool | None | Unset = UNSET
    undertaking_excess_stated: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.money import Money  # noqa: PLC0415

        agency: None | str | Unset
        if isinstance(self.agency, Unset):
            agency = UNSET
        elif isinstance(self.agency, Agency):
            agency = self.agency.value
        else:
            agency = self.agency

        agency_name: None | str | Unset
        if isinstance(self.agency_name, Unset):
            agency_name = UNSET
        else:
            agency_name = self.agency_name

        rights_holder: None | str | Unset
        if isinstance(self.rights_holder, Unset):
            rights_holder = UNSET
        else:
            rights_holder = self.rights_holder

        photographer: None | str | Unset
        if isinstance(self.photographer, Unset):
            photographer = UNSET
        else:
            photographer = self.photographer

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, LanguageCode):
            language = self.language.value
        else:
            language = self.language

        letter_date: None | str | Unset
        if isinstance(self.letter_date, Unset):
            letter_date = UNSET
        elif isinstance(self.letter_date, datetime.date):
            letter_date = self.letter_date.isoformat()
        else:
            letter_date = self.letter_date

        received_on: None | str | Unset
        if isinstance(self.received_on, Unset):
            received_on = UNSET
        elif isinstance(self.received_on, datetime.date):
            received_on = self.received_on.isoformat()
        else:
            received_on = self.received_on

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.date):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        deadline_days: int | None | Unset
        if isinstance(self.deadline_days, Unset):
            deadline_days = UNSET
        else:
            deadline_days = self.deadline_days

        amount_demanded: dict[str, Any] | None | Unset
        if isinstance(self.amount_demanded, Unset):
            amount_demanded = UNSET
        elif isinstance(self.amount_demanded, Money):
            amount_demanded = self.amount_demanded.to_dict()
        else:
            amount_demanded = self.amount_demanded

        breakdown: list[dict[str, Any]] | None | Unset
        if isinstance(self.breakdown, Unset):
            breakdown = UNSET
        elif isinstance(self.breakdown, list):
            breakdown = []
            for breakdown_type_0_item_data in self.breakdown:
                breakdown_type_0_item = breakdown_type_0_item_data.to_dict()
                breakdown.append(breakdown_type_0_item)

        else:
            breakdown = self.breakdown

        licence_offer: dict[str, Any] | None | Unset
        if isinstance(self.licence_offer, Unset):
            licence_offer = UNSET
        elif isinstance(self.licence_offer, Money):
            licence_offer = self.licence_offer.to_dict()
        else:
            licence_offer = self.licence_offer

        threatens_litigation: bool | None | Unset
        if isinstance(self.threatens_litigation, Unset):
            threatens_litigation = UNSET
        else:
            threatens_litigation = self.threatens_litigation

        asserted_law: None | str | Unset
        if isinstance(self.asserted_law, Unset):
            asserted_law = UNSET
        elif isinstance(self.asserted_law, CountryCode):
            asserted_law = self.asserted_law.value
        else:
            asserted_law = self.asserted_law

        asserted_forum: None | str | Unset
        if isinstance(self.asserted_forum, Unset):
            asserted_forum = UNSET
        elif isinstance(self.asserted_forum, CountryCode):
            asserted_forum = self.asserted_forum.value
        else:
            asserted_forum = self.asserted_forum

        evidence_of_use: list[str] | None | Unset
        if isinstance(self.evidence_of_use, Unset):
            evidence_of_use = UNSET
        elif isinstance(self.evidence_of_use, list):
            evidence_of_use = []
            for evidence_of_use_type_0_item_data in self.evidence_of_use:
                evidence_of_use_type_0_item = evidence_of_use_type_0_item_data.value
                evidence_of_use.append(evidence_of_use_type_0_item)

        else:
            evidence_of_use = self.evidence_of_use

        undertaking_demanded: bool | None | Unset
        if isinstance(self.undertaking_demanded, Unset):
            undertaking_demanded = UNSET
        else:
            undertaking_demanded = self.undertaking_demanded

        sent_by_lawyer: bool | None | Unset
        if isinstance(self.sent_by_lawyer, Unset):
            sent_by_lawyer = UNSET
        else:
            sent_by_lawyer = self.sent_by_lawyer

        undertaking_broader_than_infringement: bool | None | Unset
        if isinstance(self.undertaking_broader_than_infringement, Unset):
            undertaking_broader_than_infringement = UNSET
        else:
            undertaking_broader_than_infringement = self.undertaking_broader_than_infringement

        statutory_maximum_quoted: bool | None | Unset
        if isinstance(self.statutory_maximum_quoted, Unset):
            statutory_maximum_quoted = UNSET
        else:
            statutory_maximum_quoted = self.statutory_maximum_quoted

        calculation_basis: None | str | Unset
        if isinstance(self.calculation_basis, Unset):
            calculation_basis = UNSET
        elif isinstance(self.calculation_basis, LetterCalculationBasisType0):
            calculation_basis = self.calculation_basis.value
        else:
            calculation_basis = self.calculation_basis

        licence_practice_shown: bool | None | Unset
        if isinstance(self.licence_practice_shown, Unset):
            licence_practice_shown = UNSET
        else:
            licence_practice_shown = self.licence_practice_shown

        release_offered: bool | None | Unset
        if isinstance(self.release_offered, Unset):
            release_offered = UNSET
        else:
            release_offered = self.release_offered

        release_signed_by_rights_holder: bool | None | Unset
        if isinstance(self.release_signed_by_rights_holder, Unset):
            release_signed_by_rights_holder = UNSET
        else:
            release_signed_by_rights_holder = self.release_signed_by_rights_holder

        release_covers_past_use: bool | None | Unset
        if isinstance(self.release_covers_past_use, Unset):
            release_covers_past_use = UNSET
        else:
            release_covers_past_use = self.release_covers_past_use

        collector_status: None | str | Unset
        if isinstance(self.collector_status, Unset):
            collector_status = UNSET
        elif isinstance(self.collector_status, LetterCollectorStatusType0):
            collector_status = self.collector_status.value
        else:
            collector_status = self.collector_status

        disputed_before_lawyer: bool | None | Unset
        if isinstance(self.disputed_before_lawyer, Unset):
            disputed_before_lawyer = UNSET
        else:
            disputed_before_lawyer = self.disputed_before_lawyer

        injured_party_named: bool | None | Unset
        if isinstance(self.injured_party_named, Unset):
            injured_party_named = UNSET
        else:
            injured_party_named = self.injured_party_named

        undertaking_excess_stated: bool | None | Unset
        if isinstance(self.undertaking_excess_stated, Unset):
            undertaking_excess_stated = UNSET
        else:
            undertaking_excess_stated = self.undertaking_excess_stated

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if agency is not UNSET:
            field_dict["agency"] = agency
        if agency_name is not UNSET:
            field_dict["agency_name"] = agency_name
        if rights_holder is not UNSET:
            field_dict["rights_holder"] = rights_holder
        if photographer is not UNSET:
            field_dict["photographer"] = photographer
        if reference is not UNSET:
            field_dict["reference"] = reference
        if language is not UNSET:
            field_dict["language"] = language
        if letter_date is not UNSET:
            field_dict["letter_date"] = letter_date
        if received_on is not UNSET:
            field_dict["received_on"] = received_on
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if deadline_days is not UNSET:
            field_dict["deadline_days"] = deadline_days
        if amount_demanded is not UNSET:
            field_dict["amount_demanded"] = amount_demanded
        if breakdown is not UNSET:
            field_dict["breakdown"] = breakdown
        if licence_offer is not UNSET:
            field_dict["licence_offer"] = licence_offer
        if threatens_litigation is not UNSET:
            field_dict["threatens_litigation"] = threatens_litigation
        if asserted_law is not UNSET:
            field_dict["asserted_law"] = asserted_law
        if asserted_forum is not UNSET:
            field_dict["asserted_forum"] = asserted_forum
        if evidence_of_use is not UNSET:
            field_dict["evidence_of_use"] = evidence_of_use
        if undertaking_demanded is not UNSET:
            field_dict["undertaking_demanded"] = undertaking_demanded
        if sent_by_lawyer is not UNSET:
            field_dict["sent_by_lawyer"] = sent_by_lawyer
        if undertaking_broader_than_infringement is not UNSET:
            field_dict["undertaking_broader_than_infringement"] = undertaking_broader_than_infringement
        if statutory_maximum_quoted is not UNSET:
            field_dict["statutory_maximum_quoted"] = statutory_maximum_quoted
        if calculation_basis is not UNSET:
            field_dict["calculation_basis"] = calculation_basis
        if licence_practice_shown is not UNSET:
            field_dict["licence_practice_shown"] = licence_practice_shown
        if release_offered is not UNSET:
            field_dict["release_offered"] = release_offered
        if release_signed_by_rights_holder is not UNSET:
            field_dict["release_signed_by_rights_holder"] = release_signed_by_rights_holder
        if release_covers_past_use is not UNSET:
            field_dict["release_covers_past_use"] = release_covers_past_use
        if collector_status is not UNSET:
            field_dict["collector_status"] = collector_status
        if disputed_before_lawyer is not UNSET:
            field_dict["disputed_before_lawyer"] = disputed_before_lawyer
        if injured_party_named is not UNSET:
            field_dict["injured_party_named"] = injured_party_named
        if undertaking_excess_stated is not UNSET:
            field_dict["undertaking_excess_stated"] = undertaking_excess_stated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.breakdown_item import BreakdownItem  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_agency(data: object) -> Agency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agency_type_0 = Agency(data)

                return agency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Agency | None | Unset, data)

        agency = _parse_agency(d.pop("agency", UNSET))

        def _parse_agency_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agency_name = _parse_agency_name(d.pop("agency_name", UNSET))

        def _parse_rights_holder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rights_holder = _parse_rights_holder(d.pop("rights_holder", UNSET))

        def _parse_photographer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        photographer = _parse_photographer(d.pop("photographer", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_language(data: object) -> LanguageCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = LanguageCode(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LanguageCode | None | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_letter_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                letter_date_type_0 = datetime.date.fromisoformat(data)

                return letter_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        letter_date = _parse_letter_date(d.pop("letter_date", UNSET))

        def _parse_received_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_on_type_0 = datetime.date.fromisoformat(data)

                return received_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        received_on = _parse_received_on(d.pop("received_on", UNSET))

        def _parse_deadline(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_type_0 = datetime.date.fromisoformat(data)

                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        deadline = _parse_deadline(d.pop("deadline", UNSET))

        def _parse_deadline_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        deadline_days = _parse_deadline_days(d.pop("deadline_days", UNSET))

        def _parse_amount_demanded(data: object) -> Money | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                amount_demanded_type_0 = Money.from_dict(data)

                return amount_demanded_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None | Unset, data)

        amount_demanded = _parse_amount_demanded(d.pop("amount_demanded", UNSET))

        def _parse_breakdown(data: object) -> list[BreakdownItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                breakdown_type_0 = []
                _breakdown_type_0 = data
                for breakdown_type_0_item_data in _breakdown_type_0:
                    breakdown_type_0_item = BreakdownItem.from_dict(breakdown_type_0_item_data)

                    breakdown_type_0.append(breakdown_type_0_item)

                return breakdown_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BreakdownItem] | None | Unset, data)

        breakdown = _parse_breakdown(d.pop("breakdown", UNSET))

        def _parse_licence_offer(data: object) -> Money | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                licence_offer_type_0 = Money.from_dict(data)

                return licence_offer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None | Unset, data)

        licence_offer = _parse_licence_offer(d.pop("licence_offer", UNSET))

        def _parse_threatens_litigation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        threatens_litigation = _parse_threatens_litigation(d.pop("threatens_litigation", UNSET))

        def _parse_asserted_law(data: object) -> CountryCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                asserted_law_type_0 = CountryCode(data)

                return asserted_law_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountryCode | None | Unset, data)

        asserted_law = _parse_asserted_law(d.pop("asserted_law", UNSET))

        def _parse_asserted_forum(data: object) -> CountryCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                asserted_forum_type_0 = CountryCode(data)

                return asserted_forum_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountryCode | None | Unset, data)

        asserted_forum = _parse_asserted_forum(d.pop("asserted_forum", UNSET))

        def _parse_evidence_of_use(data: object) -> list[EvidenceOfUse] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                evidence_of_use_type_0 = []
                _evidence_of_use_type_0 = data
                for evidence_of_use_type_0_item_data in _evidence_of_use_type_0:
                    evidence_of_use_type_0_item = EvidenceOfUse(evidence_of_use_type_0_item_data)

                    evidence_of_use_type_0.append(evidence_of_use_type_0_item)

                return evidence_of_use_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EvidenceOfUse] | None | Unset, data)

        evidence_of_use = _parse_evidence_of_use(d.pop("evidence_of_use", UNSET))

        def _parse_undertaking_demanded(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        undertaking_demanded = _parse_undertaking_demanded(d.pop("undertaking_demanded", UNSET))

        def _parse_sent_by_lawyer(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sent_by_lawyer = _parse_sent_by_lawyer(d.pop("sent_by_lawyer", UNSET))

        def _parse_undertaking_broader_than_infringement(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        undertaking_broader_than_infringement = _parse_undertaking_broader_than_infringement(
            d.pop("undertaking_broader_than_infringement", UNSET)
        )

        def _parse_statutory_maximum_quoted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        statutory_maximum_quoted = _parse_statutory_maximum_quoted(d.pop("statutory_maximum_quoted", UNSET))

        def _parse_calculation_basis(data: object) -> LetterCalculationBasisType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                calculation_basis_type_0 = LetterCalculationBasisType0(data)

                return calculation_basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LetterCalculationBasisType0 | None | Unset, data)

        calculation_basis = _parse_calculation_basis(d.pop("calculation_basis", UNSET))

        def _parse_licence_practice_shown(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        licence_practice_shown = _parse_licence_practice_shown(d.pop("licence_practice_shown", UNSET))

        def _parse_release_offered(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        release_offered = _parse_release_offered(d.pop("release_offered", UNSET))

        def _parse_release_signed_by_rights_holder(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        release_signed_by_rights_holder = _parse_release_signed_by_rights_holder(
            d.pop("release_signed_by_rights_holder", UNSET)
        )

        def _parse_release_covers_past_use(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        release_covers_past_use = _parse_release_covers_past_use(d.pop("release_covers_past_use", UNSET))

        def _parse_collector_status(data: object) -> LetterCollectorStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                collector_status_type_0 = LetterCollectorStatusType0(data)

                return collector_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LetterCollectorStatusType0 | None | Unset, data)

        collector_status = _parse_collector_status(d.pop("collector_status", UNSET))

        def _parse_disputed_before_lawyer(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disputed_before_lawyer = _parse_disputed_before_lawyer(d.pop("disputed_before_lawyer", UNSET))

        def _parse_injured_party_named(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        injured_party_named = _parse_injured_party_named(d.pop("injured_party_named", UNSET))

        def _parse_undertaking_excess_stated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        undertaking_excess_stated = _parse_undertaking_excess_stated(d.pop("undertaking_excess_stated", UNSET))

        letter = cls(
            agency=agency,
            agency_name=agency_name,
            rights_holder=rights_holder,
            photographer=photographer,
            reference=reference,
            language=language,
            letter_date=letter_date,
            received_on=received_on,
            deadline=deadline,
            deadline_days=deadline_days,
            amount_demanded=amount_demanded,
            breakdown=breakdown,
            licence_offer=licence_offer,
            threatens_litigation=threatens_litigation,
            asserted_law=asserted_law,
            asserted_forum=asserted_forum,
            evidence_of_use=evidence_of_use,
            undertaking_demanded=undertaking_demanded,
            sent_by_lawyer=sent_by_lawyer,
            undertaking_broader_than_infringement=undertaking_broader_than_infringement,
            statutory_maximum_quoted=statutory_maximum_quoted,
            calculation_basis=calculation_basis,
            licence_practice_shown=licence_practice_shown,
            release_offered=release_offered,
            release_signed_by_rights_holder=release_signed_by_rights_holder,
            release_covers_past_use=release_covers_past_use,
            collector_status=collector_status,
            disputed_before_lawyer=disputed_before_lawyer,
            injured_party_named=injured_party_named,
            undertaking_excess_stated=undertaking_excess_stated,
        )

        return letter
