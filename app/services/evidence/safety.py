"""Opening untrusted files safely: images through Pillow with one explicit format and a
pixel limit, PDFs through pypdf with page and time limits. Nothing is executed or fetched.
"""

from __future__ import annotations

import io
import time
import warnings
from dataclasses import dataclass

from PIL import Image, ImageFile

from app.services.evidence.sniff import HEIC, FileType

ImageFile.LOAD_TRUNCATED_IMAGES = False


class Hostile(Exception):
    """The file cannot be read safely (bomb, truncated, encrypted, too many pages...)."""


def _register_heif() -> bool:
    try:
        from pillow_heif import register_heif_opener
    except ImportError:  # HEIC is then stored but not analysed
        return False
    register_heif_opener()
    return True


HEIF_READABLE = _register_heif()


def open_image(data: bytes, file_type: FileType, max_pixels: int) -> Image.Image:
    """The decoded image, or ``Hostile``: the declared size is checked before any pixel is
    decoded, so a decompression bomb never reaches memory."""
    if file_type.image_format is None or (file_type is HEIC and not HEIF_READABLE):
        raise Hostile("not a readable image format")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[file_type.image_format])
            width, height = image.size
            if width * height > max_pixels:
                raise Hostile(
                    f"the image declares {width}×{height} pixels, more than the limit of "
                    f"{max_pixels}"
                )
            image.load()
    except Hostile:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise Hostile("the image exceeds the pixel limit") from exc
    except Exception as exc:  # whatever a malformed image makes Pillow raise
        raise Hostile(f"the image cannot be decoded ({type(exc).__name__})") from exc
    return image


@dataclass(slots=True)
class PdfText:
    pages: list[str]
    page_count: int
    complete: bool  # False when the time limit stopped the reading


def check_pdf(data: bytes, max_pages: int):
    """The pypdf reader of a PDF Riposte can read, or ``Hostile``."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise Hostile("the PDF is encrypted; send an unprotected copy")
        count = len(reader.pages)
    except Hostile:
        raise
    except Exception as exc:
        raise Hostile(f"the PDF cannot be read ({type(exc).__name__})") from exc
    if count > max_pages:
        raise Hostile(f"the PDF has {count} pages, more than the limit of {max_pages}")
    return reader


def pdf_text(data: bytes, max_pages: int, seconds: float) -> PdfText:
    """The text layer page by page, stopping when the time budget is spent."""
    reader = check_pdf(data, max_pages)
    deadline = time.monotonic() + seconds
    pages: list[str] = []
    for page in reader.pages:
        if time.monotonic() > deadline:
            return PdfText(pages, len(reader.pages), complete=False)
        try:
            pages.append(page.extract_text() or "")
        except Exception:  # one unreadable page does not hide the others
            pages.append("")
    return PdfText(pages, len(reader.pages), complete=True)
