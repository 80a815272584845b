from enum import StrEnum


class OutcomeKind(StrEnum):
    CLAIM_WITHDRAWN = "claim_withdrawn"
    LITIGATED = "litigated"
    NO_REPLY_FROM_CLAIMANT = "no_reply_from_claimant"
    PAID_IN_FULL = "paid_in_full"
    SETTLED = "settled"

    def __str__(self) -> str:
        return str(self.value)
