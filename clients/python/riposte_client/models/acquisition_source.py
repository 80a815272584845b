from enum import StrEnum


class AcquisitionSource(StrEnum):
    CREATIVE_COMMONS = "creative_commons"
    OWN_LICENCE = "own_licence"
    PARTNER_OR_CONTRACTOR = "partner_or_contractor"
    PRESS_KIT = "press_kit"
    RIGHTS_HOLDER_SITE = "rights_holder_site"
    SOCIAL_MEDIA = "social_media"
    STOCK_LICENCE = "stock_licence"
    UNKNOWN = "unknown"
    WEB_SEARCH = "web_search"

    def __str__(self) -> str:
        return str(self.value)
