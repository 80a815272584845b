from enum import StrEnum


class MarketEvidenceKind(StrEnum):
    AGENCY_OFFER = "agency_offer"
    COURT_AWARD = "court_award"
    PRICE_LIST = "price_list"
    QUOTE = "quote"
    STOCK_PRICE = "stock_price"

    def __str__(self) -> str:
        return str(self.value)
