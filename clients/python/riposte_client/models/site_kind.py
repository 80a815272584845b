from enum import StrEnum


class SiteKind(StrEnum):
    BLOG = "blog"
    COMPANY_SITE = "company_site"
    FORUM = "forum"
    NEWS_SITE = "news_site"
    NONPROFIT_SITE = "nonprofit_site"
    ONLINE_SHOP = "online_shop"
    OTHER = "other"
    PERSONAL_SITE = "personal_site"
    SOCIAL_MEDIA = "social_media"

    def __str__(self) -> str:
        return str(self.value)
