from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acquisition import Acquisition
    from ..models.letter import Letter
    from ..models.mandate import Mandate
    from ..models.market_evidence import MarketEvidence
    from ..models.respondent import Respondent
    from ..models.title import Title
    from ..models.use import Use
    from ..models.work import Work


T = TypeVar("T", bound="Claim")


@_attrs_define
class Claim:
    """A demand letter and the facts of the case, as practice software sends them.

    Attributes:
        external_ref (None | str | Unset): The matter id in the practice software.
        respondent (None | Respondent | Unset):
        letter (Letter | None | Unset):
        mandate (Mandate | None | Unset):
        title (None | Title | Unset):
        work (None | Unset | Work):
        use (None | Unset | Use):
        acquisition (Acquisition | None | Unset):
        market_evidence (list[MarketEvidence] | None | Unset):
    """

    external_ref: None | str | Unset = UNSET
    respondent: None | Respondent | Unset = UNSET
    letter: Letter | None | Unset = UNSET
    mandate: Mandate | None | Unset = UNSET
    title: None | Title | Unset = UNSET
    work: None | Unset | Work = UNSET
    use: None | Unset | Use = UNSET
    acquisition: Acquisition | None | Unset = UNSET
    market_evidence: list[MarketEvidence] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.acquisition import Acquisition  # noqa: PLC0415
        from ..models.letter import Letter  # noqa: PLC0415
        from ..models.mandate import Mandate  # noqa: PLC0415
        from ..models.respondent import Respondent  # noqa: PLC0415
        from ..models.title import Title  # noqa: PLC0415
        from ..models.use import Use  # noqa: PLC0415
        from ..models.work import Work  # noqa: PLC0415

        external_ref: None | str | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        else:
            external_ref = self.external_ref

        respondent: dict[str, Any] | None | Unset
        if isinstance(self.respondent, Unset):
            respondent = UNSET
        elif isinstance(self.respondent, Respondent):
            respondent = self.respondent.to_dict()
        else:
            respondent = self.respondent

        letter: dict[str, Any] | None | Unset
        if isinstance(self.letter, Unset):
            letter = UNSET
        elif isinstance(self.letter, Letter):
            letter = self.letter.to_dict()
        else:
            letter = self.letter

        mandate: dict[str, Any] | None | Unset
        if isinstance(self.mandate, Unset):
            mandate = UNSET
        elif isinstance(self.mandate, Mandate):
            mandate = self.mandate.to_dict()
        else:
            mandate = self.mandate

        title: dict[str, Any] | None | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        elif isinstance(self.title, Title):
            title = self.title.to_dict()
        else:
            title = self.title

        work: dict[str, Any] | None | Unset
        if isinstance(self.work, Unset):
            work = UNSET
        elif isinstance(self.work, Work):
            work = self.work.to_dict()
        else:
            work = self.work

        use: dict[str, Any] | None | Unset
        if isinstance(self.use, Unset):
            use = UNSET
        elif isinstance(self.use, Use):
            use = self.use.to_dict()
        else:
            use = self.use

        acquisition: dict[str, Any] | None | Unset
        if isinstance(self.acquisition, Unset):
            acquisition = UNSET
        elif isinstance(self.acquisition, Acquisition):
            acquisition = self.acquisition.to_dict()
        else:
            acquisition = self.acquisition

        market_evidence: list[dict[str, Any]] | None | Unset
        if isinstance(self.market_evidence, Unset):
            market_evidence = UNSET
        elif isinstance(self.market_evidence, list):
            market_evidence = []
            for market_evidence_type_0_item_data in self.market_evidence:
                market_evidence_type_0_item = market_evidence_type_0_item_data.to_dict()
                market_evidence.append(market_evidence_type_0_item)

        else:
            market_evidence = self.market_evidence

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if external_ref is not UNSET:
            field_dict["external_ref"] = external_ref
        if respondent is not UNSET:
            field_dict["respondent"] = respondent
        if letter is not UNSET:
            field_dict["letter"] = letter
        if mandate is not UNSET:
            field_dict["mandate"] = mandate
        if title is not UNSET:
            field_dict["title"] = title
        if work is not UNSET:
            field_dict["work"] = work
        if use is not UNSET:
            field_dict["use"] = use
        if acquisition is not UNSET:
            field_dict["acquisition"] = acquisition
        if market_evidence is not UNSET:
            field_dict["market_evidence"] = market_evidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acquisition import Acquisition  # noqa: PLC0415
        from ..models.letter import Letter  # noqa: PLC0415
        from ..models.mandate import Mandate  # noqa: PLC0415
        from ..models.market_evidence import MarketEvidence  # noqa: PLC0415
        from ..models.respondent import Respondent  # noqa: PLC0415
        from ..models.title import Title  # noqa: PLC0415
        from ..models.use import Use  # noqa: PLC0415
        from ..models.work import Work  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_external_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_ref = _parse_external_ref(d.pop("external_ref", UNSET))

        def _parse_respondent(data: object) -> None | Respondent | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                respondent_type_0 = Respondent.from_dict(data)

                return respondent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Respondent | Unset, data)

        respondent = _parse_respondent(d.pop("respondent", UNSET))

        def _parse_letter(data: object) -> Letter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                letter_type_0 = Letter.from_dict(data)

                return letter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Letter | None | Unset, data)

        letter = _parse_letter(d.pop("letter", UNSET))

        def _parse_mandate(data: object) -> Mandate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mandate_type_0 = Mandate.from_dict(data)

                return mandate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Mandate | None | Unset, data)

        mandate = _parse_mandate(d.pop("mandate", UNSET))

        def _parse_title(data: object) -> None | Title | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                title_type_0 = Title.from_dict(data)

                return title_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Title | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_work(data: object) -> None | Unset | Work:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                work_type_0 = Work.from_dict(data)

                return work_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Work, data)

        work = _parse_work(d.pop("work", UNSET))

        def _parse_use(data: object) -> None | Unset | Use:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                use_type_0 = Use.from_dict(data)

                return use_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Use, data)

        use = _parse_use(d.pop("use", UNSET))

        def _parse_acquisition(data: object) -> Acquisition | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                acquisition_type_0 = Acquisition.from_dict(data)

                return acquisition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Acquisition | None | Unset, data)

        acquisition = _parse_acquisition(d.pop("acquisition", UNSET))

        def _parse_market_evidence(data: object) -> list[MarketEvidence] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                market_evidence_type_0 = []
                _market_evidence_type_0 = data
                for market_evidence_type_0_item_data in _market_evidence_type_0:
                    market_evidence_type_0_item = MarketEvidence.from_dict(market_evidence_type_0_item_data)

                    market_evidence_type_0.append(market_evidence_type_0_item)

                return market_evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MarketEvidence] | None | Unset, data)

        market_evidence = _parse_market_evidence(d.pop("market_evidence", UNSET))

        claim = cls(
            external_ref=external_ref,
            respondent=respondent,
            letter=letter,
            mandate=mandate,
            title=title,
            work=work,
            use=use,
            acquisition=acquisition,
            market_evidence=market_evidence,
        )

        return claim
