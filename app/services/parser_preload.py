"""Imported by the letter-parsing pool's forkserver before it forks any worker: the parser
and its language models are loaded once there, and every worker starts with them."""

from __future__ import annotations

from app.services import intake

intake.warm_up()
