from enum import StrEnum


class Agency(StrEnum):
    COPYRIGHT_AGENT = "copyright_agent"
    COPYTRACK = "copytrack"
    GETTY = "getty"
    HIGBEE = "higbee"
    IMAGERIGHTS = "imagerights"
    LAPIXA = "lapixa"
    LAW_FIRM = "law_firm"
    OTHER = "other"
    PERMISSION_MACHINE = "permission_machine"
    PICRIGHTS = "picrights"
    PIXSY = "pixsy"
    RIGHTS_HOLDER = "rights_holder"

    def __str__(self) -> str:
        return str(self.value)
