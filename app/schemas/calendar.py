"""The calendar feed contract."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field

from app.schemas.common import Input


class CalendarFeedIn(Input):
    label: str | None = Field(
        default=None, max_length=200, description="What the feed is for, e.g. whose calendar."
    )


class CalendarFeed(BaseModel):
    id: uuid.UUID
    label: str | None = None
    created_at: datetime


class CalendarFeedCreated(CalendarFeed):
    url: str = Field(
        description="The feed's address, token included (shown on creation only): "
        "subscribe to it in a calendar app. Absolute when the server has a public base "
        "URL, otherwise a path.",
        examples=["https://riposte.example.com/calendar/ripcal_3q0J….ics"],
    )


class CalendarFeedList(BaseModel):
    items: list[CalendarFeed]
