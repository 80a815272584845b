from enum import StrEnum


class UseMediumType0(StrEnum):
    PRINT = "print"
    WEB = "web"

    def __str__(self) -> str:
        return str(self.value)
