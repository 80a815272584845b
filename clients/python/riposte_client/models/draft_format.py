from enum import StrEnum


class DraftFormat(StrEnum):
    DOCX = "docx"
    HTML = "html"
    JSON = "json"
    MD = "md"
    PDF = "pdf"

    def __str__(self) -> str:
        return str(self.value)
