from enum import StrEnum


class TemplateSource(StrEnum):
    BUILTIN = "builtin"
    FIRM = "firm"

    def __str__(self) -> str:
        return str(self.value)
