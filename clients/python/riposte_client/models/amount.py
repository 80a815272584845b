from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount_cmi_type_0 import AmountCmiType0
    from ..models.amount_statutory_type_0 import AmountStatutoryType0
    from ..models.counter_offer import CounterOffer
    from ..models.fair_range import FairRange
    from ..models.fee_step import FeeStep
    from ..models.grid import Grid
    from ..models.price_source import PriceSource
    from ..models.tier_check import TierCheck
    from ..models.without_basis import WithoutBasis


T = TypeVar("T", bound="Amount")


@_attrs_define
class Amount:
    """Reference licence fee, recoverable part, fair range and counter-offer.

    Attributes:
        law (str): Country whose law prices the use.
        currency (None | str | Unset):
        demanded (None | str | Unset):
        reference_fee (None | str | Unset):
        reference_basis (None | str | Unset): agency_offer, market_price, grid, cc_licence_nil...
        grid_fee (None | str | Unset):
        grid (Grid | None | Unset):
        sources (list[PriceSource] | Unset):
        trace (list[FeeStep] | Unset):
        without_basis (list[WithoutBasis] | Unset):
        recoverable (None | str | Unset): The part of the demand with a legal basis; 0 when a decisive defence defeats
            the claim (recommendation contest: nothing is owed).
        recoverable_if_argued (None | str | Unset): Under contest only: the part of the demand that would have a legal
            basis if the decisive defence failed, argued in the alternative.
        ratio (None | str | Unset): Demanded / reference fee.
        time_barred (bool | None | Unset):
        legal_fees_included (None | str | Unset):
        statutory_floor (None | str | Unset): US law, statutory damages available: the least a court awards for the
            works used (17 U.S.C. § 504(c)(1)); the counter-offer is not set below it.
        counter_offer (CounterOffer | None | Unset):
        residual_only (bool | None | Unset):
        priced_from (datetime.date | None | Unset): The first day priced when it is later than the first use (the period
            still open to an action, or the day from which a host answers).
        liable_from (datetime.date | None | Unset): A host that lost its exemption only by failing to act on notice: the
            day of that notice, from which it answers for the use.
        fair_range (FairRange | None | Unset):
        tier_check (None | TierCheck | Unset):
        statutory (AmountStatutoryType0 | None | Unset): US law only: statutory damages (17 U.S.C. § 504(c)).
        cmi (AmountCmiType0 | None | Unset): US law only: removal of copyright management information.
    """

    law: str
    currency: None | str | Unset = UNSET
    demanded: None | str | Unset = UNSET
    reference_fee: None | str | Unset = UNSET
    reference_basis: None | str | Unset = UNSET
    grid_fee: None | str | Unset = UNSET
    grid: Grid | None | Unset = UNSET
    sources: list[PriceSource] | Unset = UNSET
    trace: list[FeeStep] | Unset = UNSET
    without_basis: list[WithoutBasis] | Unset = UNSET
    recoverable: None | str | Unset = UNSET
    recoverable_if_argued: None | str | Unset = UNSET
    ratio: None | str | Unset = UNSET
    time_barred: bool | None | Unset = UNSET
    legal_fees_included: None | str | Unset = UNSET
    statutory_floor: None | str | Unset = UNSET
    counter_offer: CounterOffer | None | Unset = UNSET
    residual_only: bool | None | Unset = UNSET
    priced_from: datetime.date | None | Unset = UNSET
    liable_from: datetime.date | None | Unset = UNSET
    fair_range: FairRange | None | Unset = UNSET
    tier_check: None | TierCheck | Unset = UNSET
    statutory: AmountStatutoryType0 | None | Unset = UNSET
    cmi: AmountCmiType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.amount_cmi_type_0 import AmountCmiType0  # noqa: PLC0415
        from ..models.amount_statutory_type_0 import AmountStatutoryType0  # noqa: PLC0415
        from ..models.counter_offer import CounterOffer  # noqa: PLC0415
        from ..models.fair_range import FairRange  # noqa: PLC0415
        from ..models.grid import Grid  # noqa: PLC0415
        from ..models.tier_check import TierCheck  # noqa: PLC0415

        law = self.law

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        demanded: None | str | Unset
        if isinstance(self.demanded, Unset):
            demanded = UNSET
        else:
            demanded = self.demanded

        reference_fee: None | str | Unset
        if isinstance(self.reference_fee, Unset):
            reference_fee = UNSET
        else:
            reference_fee = self.reference_fee

        reference_basis: None | str | Unset
        if isinstance(self.reference_basis, Unset):
            reference_basis = UNSET
        else:
            reference_basis = self.reference_basis

        grid_fee: None | str | Unset
        if isinstance(self.grid_fee, Unset):
            grid_fee = UNSET
        else:
            grid_fee = self.grid_fee

        grid: dict[str, Any] | None | Unset
        if isinstance(self.grid, Unset):
            grid = UNSET
        elif isinstance(self.grid, Grid):
            grid = self.grid.to_dict()
        else:
            grid = self.grid

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        trace: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trace, Unset):
            trace = []
            for trace_item_data in self.trace:
                trace_item = trace_item_data.to_dict()
                trace.append(trace_item)

        without_basis: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.without_basis, Unset):
            without_basis = []
            for without_basis_item_data in self.without_basis:
                without_basis_item = without_basis_item_data.to_dict()
                without_basis.append(without_basis_item)

        recoverable: None | str | Unset
        if isinstance(self.recoverable, Unset):
            recoverable = UNSET
        else:
            recoverable = self.recoverable

        recoverable_if_argued: None | str | Unset
        if isinstance(self.recoverable_if_argued, Unset):
            recoverable_if_argued = UNSET
        else:
            recoverable_if_argued = self.recoverable_if_argued

        ratio: None | str | Unset
        if isinstance(self.ratio, Unset):
            ratio = UNSET
        else:
            ratio = self.ratio

        time_barred: bool | None | Unset
        if isinstance(self.time_barred, Unset):
            time_barred = UNSET
        else:
            time_barred = self.time_barred

        legal_fees_included: None | str | Unset
        if isinstance(self.legal_fees_included, Unset):
            legal_fees_included = UNSET
        else:
            legal_fees_included = self.legal_fees_included

        statutory_floor: None | str | Unset
        if isinstance(self.statutory_floor, Unset):
            statutory_floor = UNSET
        else:
            statutory_floor = self.statutory_floor

        counter_offer: dict[str, Any] | None | Unset
        if isinstance(self.counter_offer, Unset):
            counter_offer = UNSET
        elif isinstance(self.counter_offer, CounterOffer):
            counter_offer = self.counter_offer.to_dict()
        else:
            counter_offer = self.counter_offer

        residual_only: bool | None | Unset
        if isinstance(self.residual_only, Unset):
            residual_only = UNSET
        else:
            residual_only = self.residual_only

        priced_from: None | str | Unset
        if isinstance(self.priced_from, Unset):
            priced_from = UNSET
        elif isinstance(self.priced_from, datetime.date):
            priced_from = self.priced_from.isoformat()
        else:
            priced_from = self.priced_from

        liable_from: None | str | Unset
        if isinstance(self.liable_from, Unset):
            liable_from = UNSET
        elif isinstance(self.liable_from, datetime.date):
            liable_from = self.liable_from.isoformat()
        else:
            liable_from = self.liable_from

        fair_range: dict[str, Any] | None | Unset
        if isinstance(self.fair_range, Unset):
            fair_range = UNSET
        elif isinstance(self.fair_range, FairRange):
            fair_range = self.fair_range.to_dict()
        else:
            fair_range = self.fair_range

        tier_check: dict[str, Any] | None | Unset
        if isinstance(self.tier_check, Unset):
            tier_check = UNSET
        elif isinstance(self.tier_check, TierCheck):
            tier_check = self.tier_check.to_dict()
        else:
            tier_check = self.tier_check

        statutory: dict[str, Any] | None | Unset
        if isinstance(self.statutory, Unset):
            statutory = UNSET
        elif isinstance(self.statutory, AmountStatutoryType0):
            statutory = self.statutory.to_dict()
        else:
            statutory = self.statutory

        cmi: dict[str, Any] | None | Unset
        if isinstance(self.cmi, Unset):
            cmi = UNSET
        elif isinstance(self.cmi, AmountCmiType0):
            cmi = self.cmi.to_dict()
        else:
            cmi = self.cmi

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "law": law,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if demanded is not UNSET:
            field_dict["demanded"] = demanded
        if reference_fee is not UNSET:
            field_dict["reference_fee"] = reference_fee
        if reference_basis is not UNSET:
            field_dict["reference_basis"] = reference_basis
        if grid_fee is not UNSET:
            field_dict["grid_fee"] = grid_fee
        if grid is not UNSET:
            field_dict["grid"] = grid
        if sources is not UNSET:
            field_dict["sources"] = sources
        if trace is not UNSET:
            field_dict["trace"] = trace
        if without_basis is not UNSET:
            field_dict["without_basis"] = without_basis
        if recoverable is not UNSET:
            field_dict["recoverable"] = recoverable
        if recoverable_if_argued is not UNSET:
            field_dict["recoverable_if_argued"] = recoverable_if_argued
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if time_barred is not UNSET:
            field_dict["time_barred"] = time_barred
        if legal_fees_included is not UNSET:
            field_dict["legal_fees_included"] = legal_fees_included
        if statutory_floor is not UNSET:
            field_dict["statutory_floor"] = statutory_floor
        if counter_offer is not UNSET:
            field_dict["counter_offer"] = counter_offer
        if residual_only is not UNSET:
            field_dict["residual_only"] = residual_only
        if priced_from is not UNSET:
            field_dict["priced_from"] = priced_from
        if liable_from is not UNSET:
            field_dict["liable_from"] = liable_from
        if fair_range is not UNSET:
            field_dict["fair_range"] = fair_range
        if tier_check is not UNSET:
            field_dict["tier_check"] = tier_check
        if statutory is not UNSET:
            field_dict["statutory"] = statutory
        if cmi is not UNSET:
            field_dict["cmi"] = cmi

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount_cmi_type_0 import AmountCmiType0  # noqa: PLC0415
        from ..models.amount_statutory_type_0 import AmountStatutoryType0  # noqa: PLC0415
        from ..models.counter_offer import CounterOffer  # noqa: PLC0415
        from ..models.fair_range import FairRange  # noqa: PLC0415
        from ..models.fee_step import FeeStep  # noqa: PLC0415
        from ..models.grid import Grid  # noqa: PLC0415
        from ..models.price_source import PriceSource  # noqa: PLC0415
        from ..models.tier_check import TierCheck  # noqa: PLC0415
        from ..models.without_basis import WithoutBasis  # noqa: PLC0415

        d = dict(src_dict)
        law = d.pop("law")

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_demanded(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        demanded = _parse_demanded(d.pop("demanded", UNSET))

        def _parse_reference_fee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_fee = _parse_reference_fee(d.pop("reference_fee", UNSET))

        def _parse_reference_basis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_basis = _parse_reference_basis(d.pop("reference_basis", UNSET))

        def _parse_grid_fee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        grid_fee = _parse_grid_fee(d.pop("grid_fee", UNSET))

        def _parse_grid(data: object) -> Grid | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grid_type_0 = Grid.from_dict(data)

                return grid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Grid | None | Unset, data)

        grid = _parse_grid(d.pop("grid", UNSET))

        _sources = d.pop("sources", UNSET)
        sources: list[PriceSource] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = PriceSource.from_dict(sources_item_data)

                sources.append(sources_item)

        _trace = d.pop("trace", UNSET)
        trace: list[FeeStep] | Unset = UNSET
        if _trace is not UNSET:
            trace = []
            for trace_item_data in _trace:
                trace_item = FeeStep.from_dict(trace_item_data)

                trace.append(trace_item)

        _without_basis = d.pop("without_basis", UNSET)
        without_basis: list[WithoutBasis] | Unset = UNSET
        if _without_basis is not UNSET:
            without_basis = []
            for without_basis_item_data in _without_basis:
                without_basis_item = WithoutBasis.from_dict(without_basis_item_data)

                without_basis.append(without_basis_item)

        def _parse_recoverable(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recoverable = _parse_recoverable(d.pop("recoverable", UNSET))

        def _parse_recoverable_if_argued(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recoverable_if_argued = _parse_recoverable_if_argued(d.pop("recoverable_if_argued", UNSET))

        def _parse_ratio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ratio = _parse_ratio(d.pop("ratio", UNSET))

        def _parse_time_barred(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        time_barred = _parse_time_barred(d.pop("time_barred", UNSET))

        def _parse_legal_fees_included(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_fees_included = _parse_legal_fees_included(d.pop("legal_fees_included", UNSET))

        def _parse_statutory_floor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        statutory_floor = _parse_statutory_floor(d.pop("statutory_floor", UNSET))

        def _parse_counter_offer(data: object) -> CounterOffer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                counter_offer_type_0 = CounterOffer.from_dict(data)

                return counter_offer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CounterOffer | None | Unset, data)

        counter_offer = _parse_counter_offer(d.pop("counter_offer", UNSET))

        def _parse_residual_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        residual_only = _parse_residual_only(d.pop("residual_only", UNSET))

        def _parse_priced_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                priced_from_type_0 = datetime.date.fromisoformat(data)

                return priced_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        priced_from = _parse_priced_from(d.pop("priced_from", UNSET))

        def _parse_liable_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                liable_from_type_0 = datetime.date.fromisoformat(data)

                return liable_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        liable_from = _parse_liable_from(d.pop("liable_from", UNSET))

        def _parse_fair_range(data: object) -> FairRange | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fair_range_type_0 = FairRange.from_dict(data)

                return fair_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FairRange | None | Unset, data)

        fair_range = _parse_fair_range(d.pop("fair_range", UNSET))

        def _parse_tier_check(data: object) -> None | TierCheck | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tier_check_type_0 = TierCheck.from_dict(data)

                return tier_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TierCheck | Unset, data)

        tier_check = _parse_tier_check(d.pop("tier_check", UNSET))

        def _parse_statutory(data: object) -> AmountStatutoryType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                statutory_type_0 = AmountStatutoryType0.from_dict(data)

                return statutory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AmountStatutoryType0 | None | Unset, data)

        statutory = _parse_statutory(d.pop("statutory", UNSET))

        def _parse_cmi(data: object) -> AmountCmiType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cmi_type_0 = AmountCmiType0.from_dict(data)

                return cmi_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AmountCmiType0 | None | Unset, data)

        cmi = _parse_cmi(d.pop("cmi", UNSET))

        amount = cls(
            law=law,
            currency=currency,
            demanded=demanded,
            reference_fee=reference_fee,
            reference_basis=reference_basis,
            grid_fee=grid_fee,
            grid=grid,
            sources=sources,
            trace=trace,
            without_basis=without_basis,
            recoverable=recoverable,
            recoverable_if_argued=recoverable_if_argued,
            ratio=ratio,
            time_barred=time_barred,
            legal_fees_included=legal_fees_included,
            statutory_floor=statutory_floor,
            counter_offer=counter_offer,
            residual_only=residual_only,
            priced_from=priced_from,
            liable_from=liable_from,
            fair_range=fair_range,
            tier_check=tier_check,
            statutory=statutory,
            cmi=cmi,
        )

        amount.additional_properties = d
        return amount

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
