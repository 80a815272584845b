from enum import StrEnum


class AuditActor(StrEnum):
    API_KEY = "api_key"
    OPERATOR = "operator"
    WEB_SESSION = "web_session"

    def __str__(self) -> str:
        return str(self.value)
