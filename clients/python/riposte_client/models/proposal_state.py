from enum import StrEnum


class ProposalState(StrEnum):
    ACCEPTED = "accepted"
    PROPOSED = "proposed"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
