from enum import StrEnum


class TitleAuthorshipEvidenceType0(StrEnum):
    COMPANY_LOGO_ONLY = "company_logo_only"
    NAME_CREDIT = "name_credit"
    NONE = "none"
    RAW_FILES = "raw_files"

    def __str__(self) -> str:
        return str(self.value)
