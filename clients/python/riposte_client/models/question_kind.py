from enum import StrEnum


class QuestionKind(StrEnum):
    DEMAND_DOCUMENT = "demand_document"
    DEMAND_DOCUMENTS_TOGETHER = "demand_documents_together"
    MISSING_FACT = "missing_fact"

    def __str__(self) -> str:
        return str(self.value)
