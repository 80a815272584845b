from enum import StrEnum


class Question(StrEnum):
    ACQUISITION = "acquisition"
    AMOUNT = "amount"
    CONTEXT = "context"
    EXCEPTIONS = "exceptions"
    LIMITATION = "limitation"
    MANDATE = "mandate"
    ORIGINALITY = "originality"
    PROCEDURE = "procedure"
    PROOF_OF_USE = "proof_of_use"
    RESTRICTIONS = "restrictions"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
