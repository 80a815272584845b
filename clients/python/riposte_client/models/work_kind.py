from enum import StrEnum


class WorkKind(StrEnum):
    ARTWORK_REPRODUCTION = "artwork_reproduction"
    CELEBRITY = "celebrity"
    FASHION = "fashion"
    GENERIC_STOCK = "generic_stock"
    LANDSCAPE = "landscape"
    NEWS = "news"
    OTHER = "other"
    PORTRAIT = "portrait"
    PRODUCT = "product"

    def __str__(self) -> str:
        return str(self.value)
