from enum import StrEnum


class Role(StrEnum):
    AGGRAVATING = "aggravating"
    BURDEN = "burden"
    DECISIVE = "decisive"
    INFO = "info"
    MITIGATING = "mitigating"
    PROCEDURAL = "procedural"

    def __str__(self) -> str:
        return str(self.value)
