"""Evidence fixtures made in the tests: photographs drawn with Pillow, metadata written with
pyexiv2, crops and re-compressions of them, PDFs written by hand or by pypdf."""

from __future__ import annotations

import io
import random
import struct
import zlib

import pyexiv2
from PIL import Image, ImageDraw, ImageFilter
from pypdf import PdfReader, PdfWriter

from tests.letters.letters_pdf import minimal_pdf


def photo(seed: int = 1, size: tuple[int, int] = (1200, 800)) -> Image.Image:
    """A textured picture with enough corners for keypoint matching."""
    rnd = random.Random(seed)
    image = Image.new("RGB", size, (rnd.randrange(256),) * 3)
    draw = ImageDraw.Draw(image)
    for _ in range(300):
        x, y = rnd.randrange(size[0]), rnd.randrange(size[1])
        w, h = rnd.randrange(10, 200), rnd.randrange(10, 200)
        colour = tuple(rnd.randrange(256) for _ in range(3))
        shape = draw.ellipse if rnd.random() < 0.5 else draw.rectangle
        shape([x, y, x + w, y + h], fill=colour, outline=(0, 0, 0))
    return image.filter(ImageFilter.GaussianBlur(0.6))


def encode(image: Image.Image, fmt: str = "JPEG", **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def with_metadata(data: bytes, iptc=None, xmp=None, exif=None) -> bytes:
    with pyexiv2.ImageData(data) as image:
        if iptc:
            image.modify_iptc(iptc)
        if xmp:
            image.modify_xmp(xmp)
        if exif:
            image.modify_exif(exif)
        return image.get_bytes()


def trunk_archive_image(seed: int = 1) -> bytes:
    """The client's copy: IPTC and XMP say © Trunk Archive."""
    return with_metadata(
        encode(photo(seed), quality=90),
        iptc={
            "Iptc.Application2.Copyright": "© Trunk Archive",
            "Iptc.Application2.Byline": ["Jane Doe"],
            "Iptc.Application2.Credit": "Trunk Archive",
        },
        xmp={
            "Xmp.xmpRights.WebStatement": "https://trunkarchive.example/licensing",
            "Xmp.xmpRights.UsageTerms": "Licence required for any use",
            "Xmp.plus.LicensorURL": "https://trunkarchive.example",
            "Xmp.plus.ImageSupplierImageID": "TA-2291",
            "Xmp.iptcExt.DigitalSourceType": (
                "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"
            ),
        },
    )


def cropped_capture(seed: int = 1) -> bytes:
    """The claimant's capture: a crop of the picture, resized and re-compressed."""
    crop = photo(seed).crop((200, 150, 900, 650)).resize((560, 400))
    return encode(crop, quality=55)


def png_bomb(width: int = 20000, height: int = 20000) -> bytes:
    """A small PNG declaring an enormous picture (a decompression bomb)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (width + 1) * 64, 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


def truncated_jpeg() -> bytes:
    data = encode(photo(3, (400, 300)))
    return data[: len(data) // 2]


def pdf(lines: list[str]) -> bytes:
    return minimal_pdf(lines)


def encrypted_pdf(lines: list[str]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(minimal_pdf(lines))))
    writer.encrypt("secret", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def many_pages_pdf(count: int) -> bytes:
    writer = PdfWriter()
    for _ in range(count):
        writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


MANDATE_LINES = [
    "MANDATE / VOLLMACHT",
    "",
    "Trunk Archive Ltd, London, hereby instructs COPYTRACK GmbH, Berlin,",
    "to collect and enforce, in its own name or in ours, all claims for the",
    "unlicensed use of the images of its collection.",
    "",
    "London, 12 January 2026",
    "Trunk Archive Ltd",
]
INVOICE_LINES = [
    "Adobe Stock - Invoice",
    "Invoice date: 3 March 2023",
    "Asset ID: 448812277",
    "Standard License, royalty-free",
    "Licensee: Blog Example SARL",
]
BAILIFF_LINES = [
    "PROCES-VERBAL DE CONSTAT",
    "Maitre Dupont, commissaire de justice a Paris,",
    "certifie avoir constate le 20 septembre 2026 la page suivante.",
]
PRESS_KIT_LINES = ["Press kit - Spring collection", "Images for editorial use only."]
