from enum import StrEnum


class AskWhom(StrEnum):
    CLAIMANT = "claimant"
    CLIENT = "client"

    def __str__(self) -> str:
        return str(self.value)
