from enum import StrEnum


class LetterCollectorStatusType0(StrEnum):
    LAWYER = "lawyer"
    REGISTERED_COLLECTOR = "registered_collector"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
