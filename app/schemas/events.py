"""The change events Riposte emits (outbox, webhooks): one vocabulary for the whole API."""

from app.schemas.enums import EVENT_TYPES, EventType

__all__ = ["EVENT_TYPES", "EventType"]
