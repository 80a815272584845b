from enum import StrEnum


class Placement(StrEnum):
    ARTICLE_BODY = "article_body"
    BACKGROUND = "background"
    GALLERY = "gallery"
    HERO = "hero"
    PRODUCT_PAGE = "product_page"
    SOCIAL_POST = "social_post"
    THUMBNAIL = "thumbnail"

    def __str__(self) -> str:
        return str(self.value)
