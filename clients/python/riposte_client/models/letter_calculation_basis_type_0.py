from enum import StrEnum


class LetterCalculationBasisType0(StrEnum):
    AGENCY_PRICE_LIST = "agency_price_list"
    MFM = "mfm"
    OWN_LICENCES = "own_licences"
    UNSTATED = "unstated"

    def __str__(self) -> str:
        return str(self.value)
