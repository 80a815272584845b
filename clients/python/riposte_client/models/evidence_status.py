from enum import StrEnum


class EvidenceStatus(StrEnum):
    ANALYSED = "analysed"
    ANALYSING = "analysing"
    FAILED = "failed"

    def __str__(self) -> str:
        return str(self.value)
