from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="RetentionIn")


@_attrs_define
class RetentionIn:
    """
    Attributes:
        period (None | str): ISO 8601 period after a matter's last activity before the retention purge erases it (years,
            months, weeks, days: P3Y, P18M, P90D), at least a day and at most 100 years; null returns to the default (P3Y).
    """

    period: None | str

    def to_dict(self) -> dict[str, Any]:
        period: None | str
        period = self.period

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "period": period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_period(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        period = _parse_period(d.pop("period"))

        retention_in = cls(
            period=period,
        )

        return retention_in
