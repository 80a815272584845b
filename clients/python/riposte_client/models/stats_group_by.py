from enum import StrEnum


class StatsGroupBy(StrEnum):
    AGENCY = "agency"
    RIGHTS_HOLDER = "rights_holder"

    def __str__(self) -> str:
        return str(self.value)
