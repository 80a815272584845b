from enum import StrEnum


class FindingOutcome(StrEnum):
    FAVOURS_CLAIMANT = "favours_claimant"
    FAVOURS_CLIENT = "favours_client"
    NEUTRAL = "neutral"
    UNDETERMINED = "undetermined"

    def __str__(self) -> str:
        return str(self.value)
