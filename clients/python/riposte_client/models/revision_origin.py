from enum import StrEnum


class RevisionOrigin(StrEnum):
    CREATE = "create"
    LETTER = "letter"
    PATCH = "patch"
    REEVALUATE = "reevaluate"

    def __str__(self) -> str:
        return str(self.value)
