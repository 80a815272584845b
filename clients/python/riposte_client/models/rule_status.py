from enum import StrEnum


class RuleStatus(StrEnum):
    APPLIES = "applies"
    NOT_APPLICABLE = "not_applicable"
    UNDETERMINED = "undetermined"

    def __str__(self) -> str:
        return str(self.value)
