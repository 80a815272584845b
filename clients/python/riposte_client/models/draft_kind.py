from enum import StrEnum


class DraftKind(StrEnum):
    CONTESTATION = "contestation"
    COUNTER_OFFER = "counter_offer"
    MODIFIED_UNDERTAKING = "modified_undertaking"
    REMOVAL_ACKNOWLEDGEMENT = "removal_acknowledgement"
    REQUEST_FOR_JUSTIFICATION = "request_for_justification"

    def __str__(self) -> str:
        return str(self.value)
