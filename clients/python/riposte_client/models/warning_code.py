from enum import StrEnum


class WarningCode(StrEnum):
    AGENCY_INFERRED = "agency_inferred"
    AMBIGUOUS_DATE = "ambiguous_date"
    AMOUNT_COMPUTED = "amount_computed"
    BREAKDOWN_MISMATCH = "breakdown_mismatch"
    CONTRADICTORY_VALUES = "contradictory_values"
    DEADLINE_RESOLVED = "deadline_resolved"
    DEADLINE_UNRESOLVED = "deadline_unresolved"
    REDACTED_VALUE = "redacted_value"
    TEXT_TRUNCATED = "text_truncated"
    UNKNOWN_AGENCY = "unknown_agency"

    def __str__(self) -> str:
        return str(self.value)
