from enum import StrEnum


class Verdict(StrEnum):
    CROP_OR_DERIVATIVE = "crop_or_derivative"
    DIFFERENT = "different"
    SAME = "same"

    def __str__(self) -> str:
        return str(self.value)
