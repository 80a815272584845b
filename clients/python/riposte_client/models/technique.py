from enum import StrEnum


class Technique(StrEnum):
    COPY = "copy"
    EMBED = "embed"
    HOTLINK = "hotlink"
    LINK = "link"

    def __str__(self) -> str:
        return str(self.value)
