"""Letters as a user would upload them: scanned PDFs (Pillow pages, no text layer) and
Outlook .msg files, made from the corpus texts marked `render_as`."""

from __future__ import annotations

import io
import textwrap
from datetime import datetime
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from tests.letters.letters_msg import build_msg

PAGE = (1654, 2339)  # A4 at 200 dpi
MARGIN = 150
LINE_HEIGHT = 40
WRAP = 78
_FONTS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
)


@cache
def _font() -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in _FONTS:
        if path.is_file():
            return ImageFont.truetype(str(path), 30)
    return ImageFont.load_default(size=30)


def page_images(text: str) -> list[Image.Image]:
    """The letter typed on A4 pages, black on white, as a scanner would give them."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(textwrap.wrap(paragraph, WRAP) or [""])
    per_page = (PAGE[1] - 2 * MARGIN) // LINE_HEIGHT
    pages = []
    for first in range(0, max(len(lines), 1), per_page):
        image = Image.new("L", PAGE, 255)
        draw = ImageDraw.Draw(image)
        for row, line in enumerate(lines[first : first + per_page]):
            draw.text((MARGIN, MARGIN + row * LINE_HEIGHT), line, fill=0, font=_font())
        pages.append(image)
    return pages


def scanned_pdf(text: str) -> bytes:
    """An image-only PDF of the letter (no text layer)."""
    images = page_images(text)
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=200, save_all=True, append_images=images[1:])
    return out.getvalue()


def blank_scanned_pdf(pages: int) -> bytes:
    """`pages` small blank page images in one PDF (a hostile "500-page scan")."""
    image = Image.new("L", (85, 120), 255)
    out = io.BytesIO()
    image.save(out, "PDF", resolution=10, save_all=True, append_images=[image] * (pages - 1))
    return out.getvalue()


def outlook_msg(text: str, message: dict[str, str]) -> bytes:
    """The letter as the body of an Outlook message with the corpus' sender, subject, date."""
    sent = datetime.fromisoformat(message["date"]) if message.get("date") else None
    return build_msg(
        text,
        subject=message.get("subject", ""),
        sender=message.get("sender", ""),
        sent=sent,
    )
