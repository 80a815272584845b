from enum import StrEnum


class ExceptionClaimed(StrEnum):
    INCIDENTAL = "incidental"
    NEWS_REPORTING = "news_reporting"
    PARODY = "parody"
    QUOTATION = "quotation"
    TEACHING = "teaching"

    def __str__(self) -> str:
        return str(self.value)
