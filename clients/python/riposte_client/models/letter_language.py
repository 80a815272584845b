from enum import StrEnum


class LetterLanguage(StrEnum):
    DE = "de"
    EN = "en"
    FR = "fr"

    def __str__(self) -> str:
        return str(self.value)
