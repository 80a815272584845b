"""Request counters of the rate limit, shared by every replica (one row per key and window)."""

from sqlmodel import Field, SQLModel


class RateLimitWindow(SQLModel, table=True):
    __tablename__ = "rate_limit_window"

    key: str = Field(primary_key=True, max_length=200)
    hits: int = Field(default=0)
    expires_at: float = Field(description="Unix time when the window's count resets.")
