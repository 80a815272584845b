from enum import StrEnum


class StoredEvidenceKind(StrEnum):
    BAILIFF_REPORT = "bailiff_report"
    CLAIMANT_CAPTURE = "claimant_capture"
    CLIENT_IMAGE = "client_image"
    COMPARISON_OVERLAY = "comparison_overlay"
    CORRESPONDENCE = "correspondence"
    INVOICE = "invoice"
    LICENCE = "licence"
    MANDATE = "mandate"
    OTHER = "other"
    PRESS_KIT_TERMS = "press_kit_terms"
    TITLE_DOCUMENT = "title_document"

    def __str__(self) -> str:
        return str(self.value)
