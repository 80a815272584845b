"""A letter's Markdown as HTML (markdown-it), DOCX (python-docx) and PDF (WeasyPrint).

One Markdown text drives every format, so a firm's template shapes all four. Raw HTML in
the Markdown is not rendered, and WeasyPrint is given a URL fetcher that fetches nothing:
a letter never reaches out to the network or the file system.
"""

from __future__ import annotations

import io
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

LETTER_CSS = """
@page { size: A4; margin: 22mm 20mm 24mm 22mm;
        @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
body { font-family: "DejaVu Serif", Georgia, serif; font-size: 10.5pt; line-height: 1.45;
       color: #111; max-width: 46em; margin: 0 auto; }
p { margin: 0 0 0.7em; text-align: justify; }
ul, ol { margin: 0 0 0.8em 1.2em; padding: 0; }
li { margin-bottom: 0.4em; text-align: justify; }
li p { margin: 0; }
h2 { font-size: 12pt; margin: 1.2em 0 0.6em; }
hr { border: 0; border-top: 1px solid #999; margin: 1.6em 0; page-break-after: always; }
em { color: #333; }
"""


def markdown() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False})


def to_html(text: str, *, title: str, language: str) -> str:
    body = markdown().render(text)
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(language)}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{LETTER_CSS}</style></head>"
        f"<body>{body}</body></html>"
    )


def refuse_fetch(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """WeasyPrint's URL fetcher for letters: nothing is fetched, whatever the URL."""
    raise ValueError(f"letters load no external resources ({url[:80]})")


def to_pdf(html: str) -> bytes:
    from PIL import ImageFile
    from weasyprint import HTML  # imported on use: it loads Pango when first imported

    # Importing WeasyPrint sets Pillow's process-wide LOAD_TRUNCATED_IMAGES; letters hold no
    # images, and the evidence checks rely on Pillow refusing truncated files: undo it.
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    return HTML(string=html, url_fetcher=refuse_fetch, base_url=None).write_pdf()


def to_docx(text: str, *, title: str) -> bytes:
    """A Word document a lawyer edits: paragraphs, bold and italics, lists, headings."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.core_properties.title = title
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(11)
    _write_tokens(document, markdown().parse(text))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _write_tokens(document, tokens: list[Token]) -> None:
    lists: list[str] = []
    style = None
    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            lists.append("List Bullet" if token.type == "bullet_list_open" else "List Number")
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif token.type == "heading_open":
            style = f"Heading {min(int(token.tag[1]), 3)}"
        elif token.type == "hr":
            document.add_page_break()
        elif token.type == "inline":
            if style and style.startswith("Heading"):
                paragraph = document.add_heading(level=int(style[-1]))
            else:
                paragraph = document.add_paragraph(style=lists[-1] if lists else None)
            _write_inline(paragraph, token.children or [])
            style = None


def _write_inline(paragraph, children: list[Token]) -> None:
    bold = italic = False
    for child in children:
        if child.type == "strong_open":
            bold = True
        elif child.type == "strong_close":
            bold = False
        elif child.type == "em_open":
            italic = True
        elif child.type == "em_close":
            italic = False
        elif child.type == "hardbreak":
            paragraph.add_run().add_break()
        elif child.type == "softbreak":
            paragraph.add_run(" ")
        elif child.type in ("text", "code_inline"):
            run = paragraph.add_run(child.content)
            run.bold, run.italic = bold or None, italic or None
