"""Outlook .msg files made in the tests, with extract-msg's own OLE writer.

Only the streams a reader needs: message class, subject, sender, submit time, plain body
(or HTML body) and attachments with their file names and bytes.
"""

from __future__ import annotations

import io
import struct
from datetime import UTC, datetime

from extract_msg.ole_writer import OleWriter

_PT_UNICODE = "001F"
_PT_BINARY = "0102"
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)


def _text(value: str) -> bytes:
    return value.encode("utf-16-le")


def _filetime(moment: datetime) -> int:
    return int((moment - _FILETIME_EPOCH).total_seconds() * 10_000_000)


def _top_properties(sent: datetime | None, attachments: int) -> bytes:
    header = struct.pack("<8xIIII8x", 0, attachments, 0, attachments)
    entries = b""
    if sent is not None:
        # PR_CLIENT_SUBMIT_TIME (0x0039, PT_SYSTIME) and PR_MESSAGE_DELIVERY_TIME (0x0E06)
        for prop in (0x0039, 0x0E06):
            entries += struct.pack("<IIQ", (prop << 16) | 0x0040, 6, _filetime(sent))
    return header + entries


def build_msg(
    body: str | None,
    *,
    subject: str = "Copyright claim",
    sender: str = "Claims <claims@example.com>",
    sent: datetime | None = None,
    html: str | None = None,
    attachments: list[tuple[str, bytes]] | None = None,
) -> bytes:
    writer = OleWriter()
    attachments = attachments or []
    name, _, address = sender.partition("<")
    streams = {
        "__substg1.0_001A001F": _text("IPM.Note"),
        "__substg1.0_0037001F": _text(subject),
        "__substg1.0_0C1A001F": _text(name.strip()),
        "__substg1.0_0C1F001F": _text(address.rstrip(">").strip()),
        "__substg1.0_0065001F": _text(address.rstrip(">").strip()),
        "__substg1.0_0042001F": _text(name.strip()),
    }
    if body is not None:
        streams["__substg1.0_1000001F"] = _text(body)
    if html is not None:
        streams["__substg1.0_10130102"] = html.encode("utf-8")
    writer.addEntry("__nameid_version1.0", storage=True)
    for stream in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
        writer.addEntry(f"__nameid_version1.0/{stream}", b"")
    writer.addEntry("__properties_version1.0", _top_properties(sent, len(attachments)))
    for path, data in streams.items():
        writer.addEntry(path, data)
    for index, (filename, data) in enumerate(attachments):
        folder = f"__attach_version1.0_#{index:08X}"
        writer.addEntry(folder, storage=True)
        # PR_ATTACH_METHOD (0x3705, PT_LONG) = 1: attached by value
        props = struct.pack("<8x") + struct.pack("<IIQ", (0x3705 << 16) | 0x0003, 6, 1)
        writer.addEntry(f"{folder}/__properties_version1.0", props)
        writer.addEntry(f"{folder}/__substg1.0_3707{_PT_UNICODE}", _text(filename))
        writer.addEntry(f"{folder}/__substg1.0_3704{_PT_UNICODE}", _text(filename[:8]))
        writer.addEntry(f"{folder}/__substg1.0_3701{_PT_BINARY}", data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
