"""PDF letters: the text layer through pypdf, else OCR of the page images by Tesseract.

Every step is bounded: pages read, bytes a stream may decompress to, wall-clock seconds
for the text layer and for OCR. OCR needs the Debian packages `tesseract-ocr` and
`tesseract-ocr-fra`, `-deu`, `-eng` (`make ocr` installs them); without them a scanned
PDF is refused with a message saying so.
"""

from __future__ import annotations

import io
import shutil
import time
from dataclasses import dataclass, field
from functools import cache

from pypdf import PdfReader, apply_configuration

from .text import LetterUnreadable, normalise

MAX_PDF_PAGES = 60
MAX_OCR_PAGES = 12
TEXT_LAYER_SECONDS = 10.0
OCR_SECONDS = 90.0
OCR_DPI = 200
MAX_PAGE_PIXELS = 20_000_000
MAX_STREAM_BYTES = 20 * 1024 * 1024
OCR_LANGUAGES = ("fra", "deu", "eng")

# pypdf refuses a stream that inflates past these (a "zip bomb" in a 5 MiB upload).
_LIMITS = {
    "zlib_maximum_output_length": MAX_STREAM_BYTES,
    "lzw_maximum_output_length": MAX_STREAM_BYTES,
    "run_length_maximum_output_length": MAX_STREAM_BYTES,
    "maximum_declared_stream_length": MAX_STREAM_BYTES,
    "array_based_stream_maximum_output_length": MAX_STREAM_BYTES,
    "stream_decoding_work_maximum_length": 5 * MAX_STREAM_BYTES,
    "disable_legacy_handling": True,
}


@dataclass(frozen=True)
class OcrWord:
    """A word read by OCR: its offsets in the page text joined for the letter, its page
    (1-based) and its box [left, top, width, height] in pixels of the page image."""

    start: int
    end: int
    page: int
    box: tuple[int, int, int, int]


@dataclass
class OcrBudget:
    """The OCR a request may spend: pages and wall-clock seconds, shared by every scanned
    PDF of one message (the attachments of an .eml or .msg), so that three scans cost what
    one may."""

    pages: int = MAX_OCR_PAGES
    seconds: float = OCR_SECONDS
    started: float | None = None

    def remaining(self) -> float:
        if self.started is None:
            self.started = time.monotonic()
        return self.seconds - (time.monotonic() - self.started)


@dataclass
class PdfText:
    text: str
    ocr_words: list[OcrWord] = field(default_factory=list)
    ocr_pages: int = 0
    ocr_seconds: float = 0.0


def _reader(data: bytes) -> PdfReader:
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise LetterUnreadable("the PDF is password-protected")
    return reader


def pdf_text(data: bytes, *, ocr: bool = True, budget: OcrBudget | None = None) -> PdfText:
    """The letter's text: the text layer when it has one, else (when `ocr`) the OCR text
    with the page and box of each word, within `budget` (a new one when not given)."""
    started = time.monotonic()
    try:
        with apply_configuration(**_LIMITS):
            return _text_layer(data, started, ocr, budget)
    except LetterUnreadable:
        raise
    except Exception as exc:  # a malformed upload must end as "unreadable", whatever pypdf raises
        raise LetterUnreadable(f"the PDF could not be read ({type(exc).__name__})") from exc


def _text_layer(data: bytes, started: float, ocr: bool, budget: OcrBudget | None) -> PdfText:
    reader = _reader(data)
    count = len(reader.pages)
    if count > MAX_PDF_PAGES:
        raise LetterUnreadable(
            f"the PDF has {count} pages; a letter of at most {MAX_PDF_PAGES} is read"
        )
    pages = []
    for page in reader.pages:
        if time.monotonic() - started > TEXT_LAYER_SECONDS:
            raise LetterUnreadable(
                f"reading the PDF's text took over {TEXT_LAYER_SECONDS:.0f} seconds"
            )
        pages.append(page.extract_text() or "")
    text = "\n\n".join(pages)
    if text.strip():
        return PdfText(text)
    if not ocr:
        raise LetterUnreadable("the PDF has no text layer (scanned?)")
    return ocr_pdf(data, count, budget)


@cache
def ocr_languages() -> str | None:
    """'fra+deu+eng' (those installed), or None when Tesseract is not installed."""
    if shutil.which("tesseract") is None:
        return None
    import pytesseract

    try:
        installed = set(pytesseract.get_languages(config=""))
    except Exception:  # a broken installation is the same as none
        return None
    found = [lang for lang in OCR_LANGUAGES if lang in installed]
    return "+".join(found) if found else None


def ocr_pdf(data: bytes, page_count: int, budget: OcrBudget | None = None) -> PdfText:
    """Render each page (pypdfium2) and read it with Tesseract, within the page and time
    limits of `budget`, which this PDF's pages and seconds are taken from."""
    budget = budget or OcrBudget()
    languages = ocr_languages()
    if languages is None:
        raise LetterUnreadable(
            "the PDF has no text layer and OCR is not available on this server (install the "
            "Debian packages tesseract-ocr, tesseract-ocr-fra, tesseract-ocr-deu and "
            "tesseract-ocr-eng)"
        )
    if page_count > budget.pages:
        raise LetterUnreadable(
            f"the scanned PDF has {page_count} pages; at most {budget.pages} are read by OCR"
            + ("" if budget.pages == MAX_OCR_PAGES else " for what is left of this message")
        )
    import pypdfium2
    import pytesseract

    started = time.monotonic()
    parts: list[str] = []
    words: list[OcrWord] = []
    offset = 0
    try:
        document = pypdfium2.PdfDocument(data)
    except Exception as exc:
        raise LetterUnreadable(f"the PDF could not be rendered ({type(exc).__name__})") from exc
    pages = len(document)
    try:
        for index in range(pages):
            remaining = budget.remaining()
            if remaining <= 1 or budget.pages <= 0:
                raise LetterUnreadable(
                    f"OCR of the scanned PDF took over {budget.seconds:.0f} s"
                    if remaining <= 1
                    else f"at most {MAX_OCR_PAGES} pages are read by OCR per letter"
                )
            budget.pages -= 1
            page = document[index]
            width, height = page.get_size()
            scale = OCR_DPI / 72
            if width * height * scale * scale > MAX_PAGE_PIXELS:
                scale = (MAX_PAGE_PIXELS / (width * height)) ** 0.5
            image = page.render(scale=scale, grayscale=True).to_pil()
            try:
                table = pytesseract.image_to_data(
                    image, lang=languages, timeout=remaining, output_type=pytesseract.Output.DICT
                )
            except RuntimeError as exc:  # pytesseract's time-out
                raise LetterUnreadable(
                    f"OCR of the scanned PDF took over {budget.seconds:.0f} s"
                ) from exc
            if parts:
                parts.append("\n\n")
                offset += 2
            page_text, page_words = _page_text(table, index + 1, offset)
            parts.append(page_text)
            words.extend(page_words)
            offset += len(page_text)
    finally:
        document.close()
    text = "".join(parts)
    if not text.strip():
        raise LetterUnreadable("the scanned PDF holds no text OCR could read")
    return PdfText(text, words, pages, round(time.monotonic() - started, 2))


def _page_text(table: dict[str, list], page: int, offset: int) -> tuple[str, list[OcrWord]]:
    """Tesseract's words joined as lines and paragraphs, already in the parser's normal
    form, so offsets into it stay offsets into the letter's text. A paragraph starts where
    Tesseract starts one (unless a sentence runs on) and where the layout leaves a blank
    line: a step down the page well over the page's usual line pitch."""
    rows: list[tuple[tuple[int, int, int], list[tuple[str, tuple[int, int, int, int]]]]] = []
    for i, raw in enumerate(table["text"]):
        word = normalise(str(raw)).replace("\n", " ")
        if not word or float(table["conf"][i]) < 0:
            continue
        this = (table["block_num"][i], table["par_num"][i], table["line_num"][i])
        box = (table["left"][i], table["top"][i], table["width"][i], table["height"][i])
        if not rows or rows[-1][0] != this:
            rows.append((this, []))
        rows[-1][1].append((word, box))
    tops = [min(box[1] for _, box in row) for _, row in rows]
    steps = sorted(b - a for a, b in zip(tops, tops[1:], strict=False) if b > a)
    pitch = steps[len(steps) // 2] if len(steps) >= 2 else None
    lines: list[str] = []
    words: list[OcrWord] = []
    position = offset
    for index, (key, row) in enumerate(rows):
        if index:
            previous_key = rows[index - 1][0]
            new_paragraph = key[:2] != previous_key[:2] and not _wrapped_sentence(
                lines[-1], row[0][0]
            )
            blank = pitch is not None and tops[index] - tops[index - 1] > 1.6 * pitch
            position += 1
            if new_paragraph or blank:
                lines.append("")
                position += 1
        start = position
        for word, box in row:
            words.append(OcrWord(start, start + len(word), page, box))
            start += len(word) + 1
        lines.append(" ".join(word for word, _ in row))
        position += len(lines[-1])
    return "\n".join(lines), words


def _wrapped_sentence(previous: str, word: str) -> bool:
    """Tesseract starts a new block or paragraph inside a sentence ("... moyennant le
    règlement d'une" / "indemnité transactionnelle ..."): no paragraph break is written
    when the line ends without punctuation and the next one goes on in lower case."""
    return bool(previous) and previous[-1] not in '.:;!?»)"”' and word[:1].islower()


def locate(words: list[OcrWord], start: int, end: int) -> tuple[int, list[int]] | None:
    """The page and the box around the OCR words a text span covers."""
    covered = [w for w in words if w.start < end and start < w.end]
    if not covered:
        return None
    page = covered[0].page
    same = [w for w in covered if w.page == page]
    left = min(w.box[0] for w in same)
    top = min(w.box[1] for w in same)
    right = max(w.box[0] + w.box[2] for w in same)
    bottom = max(w.box[1] + w.box[3] for w in same)
    return page, [left, top, right - left, bottom - top]
