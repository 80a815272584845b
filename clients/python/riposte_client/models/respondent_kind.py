from enum import StrEnum


class RespondentKind(StrEnum):
    COMPANY = "company"
    INDIVIDUAL = "individual"
    NONPROFIT = "nonprofit"
    PUBLIC_BODY = "public_body"
    SOLE_TRADER = "sole_trader"

    def __str__(self) -> str:
        return str(self.value)
