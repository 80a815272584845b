from enum import StrEnum


class EvidenceOfUse(StrEnum):
    BAILIFF_REPORT = "bailiff_report"
    SCREENSHOT = "screenshot"
    TIMESTAMPED_CAPTURE = "timestamped_capture"
    TRACKING_REPORT = "tracking_report"
    WEB_ARCHIVE = "web_archive"

    def __str__(self) -> str:
        return str(self.value)
