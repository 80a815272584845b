from enum import StrEnum


class Recommendation(StrEnum):
    CONTEST = "contest"
    NEGOTIATE = "negotiate"
    REQUEST_JUSTIFICATION = "request_justification"
    SETTLE = "settle"

    def __str__(self) -> str:
        return str(self.value)
