from enum import StrEnum


class AcquisitionPressKitTermsType0(StrEnum):
    ANY_USE = "any_use"
    EDITORIAL_ONLY = "editorial_only"
    NONE_STATED = "none_stated"

    def __str__(self) -> str:
        return str(self.value)
