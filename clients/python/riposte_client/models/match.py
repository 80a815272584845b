from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verdict import Verdict
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.region import Region


T = TypeVar("T", bound="Match")


@_attrs_define
class Match:
    """
    Attributes:
        against (str):
        verdict (Verdict): How two images compare.
        score (float):
        phash_distance (int):
        inliers (int):
        region_in_client (None | Region | Unset):
        region_in_capture (None | Region | Unset):
        coverage (float | None | Unset):
        scale (float | None | Unset): Capture pixels per client pixel.
        overlay_evidence_id (None | str | Unset):
    """

    against: str
    verdict: Verdict
    score: float
    phash_distance: int
    inliers: int
    region_in_client: None | Region | Unset = UNSET
    region_in_capture: None | Region | Unset = UNSET
    coverage: float | None | Unset = UNSET
    scale: float | None | Unset = UNSET
    overlay_evidence_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.region import Region  # noqa: PLC0415

        against = self.against

        verdict = self.verdict.value

        score = self.score

        phash_distance = self.phash_distance

        inliers = self.inliers

        region_in_client: dict[str, Any] | None | Unset
        if isinstance(self.region_in_client, Unset):
            region_in_client = UNSET
        elif isinstance(self.region_in_client, Region):
            region_in_client = self.region_in_client.to_dict()
        else:
            region_in_client = self.region_in_client

        region_in_capture: dict[str, Any] | None | Unset
        if isinstance(self.region_in_capture, Unset):
            region_in_capture = UNSET
        elif isinstance(self.region_in_capture, Region):
            region_in_capture = self.region_in_capture.to_dict()
        else:
            region_in_capture = self.region_in_capture

        coverage: float | None | Unset
        if isinstance(self.coverage, Unset):
            coverage = UNSET
        else:
            coverage = self.coverage

        scale: float | None | Unset
        if isinstance(self.scale, Unset):
            scale = UNSET
        else:
            scale = self.scale

        overlay_evidence_id: None | str | Unset
        if isinstance(self.overlay_evidence_id, Unset):
            overlay_evidence_id = UNSET
        else:
            overlay_evidence_id = self.overlay_evidence_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "against": against,
                "verdict": verdict,
                "score": score,
                "phash_distance": phash_distance,
                "inliers": inliers,
            }
        )
        if region_in_client is not UNSET:
            field_dict["region_in_client"] = region_in_client
        if region_in_capture is not UNSET:
            field_dict["region_in_capture"] = region_in_capture
        if coverage is not UNSET:
            field_dict["coverage"] = coverage
        if scale is not UNSET:
            field_dict["scale"] = scale
        if overlay_evidence_id is not UNSET:
            field_dict["overlay_evidence_id"] = overlay_evidence_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.region import Region  # noqa: PLC0415

        d = dict(src_dict)
        against = d.pop("against")

        verdict = Verdict(d.pop("verdict"))

        score = d.pop("score")

        phash_distance = d.pop("phash_distance")

        inliers = d.pop("inliers")

        def _parse_region_in_client(data: object) -> None | Region | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                region_in_client_type_0 = Region.from_dict(data)

                return region_in_client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Region | Unset, data)

        region_in_client = _parse_region_in_client(d.pop("region_in_client", UNSET))

        def _parse_region_in_capture(data: object) -> None | Region | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                region_in_capture_type_0 = Region.from_dict(data)

                return region_in_capture_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Region | Unset, data)

        region_in_capture = _parse_region_in_capture(d.pop("region_in_capture", UNSET))

        def _parse_coverage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        coverage = _parse_coverage(d.pop("coverage", UNSET))

        def _parse_scale(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        scale = _parse_scale(d.pop("scale", UNSET))

        def _parse_overlay_evidence_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        overlay_evidence_id = _parse_overlay_evidence_id(d.pop("overlay_evidence_id", UNSET))

        match = cls(
            against=against,
            verdict=verdict,
            score=score,
            phash_distance=phash_distance,
            inliers=inliers,
            region_in_client=region_in_client,
            region_in_capture=region_in_capture,
            coverage=coverage,
            scale=scale,
            overlay_evidence_id=overlay_evidence_id,
        )

        match.additional_properties = d
        return match

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
