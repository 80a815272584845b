from enum import StrEnum


class AuditActor(StrEnum):
    API_KEY = "api_key"
    CALENDAR_FEED = "calendar_feed"
    OPERATOR = "operator"
    WEB_SESSION = "web_session"

    def __str__(self) -> str:
        return str(self.value)
