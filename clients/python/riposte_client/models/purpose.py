from enum import StrEnum


class Purpose(StrEnum):
    ADVERTISING = "advertising"
    COMMERCIAL = "commercial"
    DECORATIVE = "decorative"
    EDITORIAL = "editorial"
    NONPROFIT = "nonprofit"
    PERSONAL = "personal"
    TEACHING = "teaching"

    def __str__(self) -> str:
        return str(self.value)
