from enum import StrEnum


class BreakdownKind(StrEnum):
    DAMAGES = "damages"
    DOCUMENTATION_FEE = "documentation_fee"
    INTEREST = "interest"
    LEGAL_FEES = "legal_fees"
    LICENCE_FEE = "licence_fee"
    OTHER = "other"
    PROCESSING_FEE = "processing_fee"
    SURCHARGE = "surcharge"

    def __str__(self) -> str:
        return str(self.value)
