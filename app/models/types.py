"""Column types shared by the tables."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import zstandard
from sqlalchemy import JSON, DateTime, LargeBinary
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeDecorator

from app.core.jsonutil import dumps_bytes, loads

JSONDoc = JSON().with_variant(JSONB(), "postgresql")
Timestamp = DateTime(timezone=True)

DICTIONARY_DIR = Path(__file__).resolve().parent / "dictionaries"
"""zstd dictionaries, ``NNNN.zdict``; the newest compresses, every one stays to read."""
COMPRESSION_LEVEL = 3
"""zstd's default: with the dictionary, higher levels save a few hundred bytes per
revision and cost ten times the time."""


@cache
def shipped_dictionaries() -> list[zstandard.ZstdCompressionDict]:
    """Every shipped dictionary, oldest first; the newest is prepared for compression once
    (digesting a dictionary costs more than compressing a revision with it)."""
    shipped = [
        zstandard.ZstdCompressionDict(path.read_bytes())
        for path in sorted(DICTIONARY_DIR.glob("*.zdict"))
    ]
    if shipped:
        shipped[-1].precompute_compress(level=COMPRESSION_LEVEL)
    return shipped


@cache
def dictionaries() -> dict[int, zstandard.ZstdCompressionDict]:
    """The dictionaries by the id their frames carry."""
    return {dictionary.dict_id(): dictionary for dictionary in shipped_dictionaries()}


def current_dictionary() -> zstandard.ZstdCompressionDict | None:
    shipped = shipped_dictionaries()
    return shipped[-1] if shipped else None


_per_thread = threading.local()
"""zstd compressors and decompressors are reusable but not thread-safe: one per thread."""


def _compressor() -> zstandard.ZstdCompressor:
    compressor = getattr(_per_thread, "compressor", None)
    if compressor is None:
        compressor = zstandard.ZstdCompressor(
            level=COMPRESSION_LEVEL, dict_data=current_dictionary()
        )
        _per_thread.compressor = compressor
    return compressor


def _decompressor(dict_id: int) -> zstandard.ZstdDecompressor:
    cached = getattr(_per_thread, "decompressors", None)
    if cached is None:
        cached = _per_thread.decompressors = {}
    decompressor = cached.get(dict_id)
    if decompressor is None:
        dictionary = dictionaries()[dict_id] if dict_id else None
        decompressor = cached[dict_id] = zstandard.ZstdDecompressor(dict_data=dictionary)
    return decompressor


def compress_document(value: Any) -> bytes:
    """The orjson bytes of a document, as one zstd frame naming its dictionary."""
    return _compressor().compress(dumps_bytes(value))


class Compressed(bytes):
    """A document already compressed by :func:`compress_document`, written as it is: a
    batch compresses each document as soon as it is computed and keeps only the bytes."""


def compressed(value: Any) -> Compressed:
    return Compressed(compress_document(value))


def compressed_bytes(data: bytes) -> Compressed:
    """:func:`compressed` of a document already written by ``dumps_bytes``: the same frame."""
    return Compressed(_compressor().compress(data))


def expand_document(data: bytes) -> Any:
    dict_id = zstandard.get_frame_parameters(data).dict_id
    return loads(_decompressor(dict_id).decompress(data))


class CompressedJSON(TypeDecorator):
    """A JSON document stored as zstd-compressed orjson bytes (bytea, BLOB).

    Revisions are read whole and never queried inside, so a compressed document gives
    back exactly what was written (the same keys in the same order, which JSONB does not
    keep) at a fraction of the size: the assessment texts come from the rulebook, which
    the dictionary has already seen.
    """

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: Any, dialect) -> bytes | None:
        if value is None:
            return None
        if isinstance(value, Compressed):
            return bytes(value)
        return compress_document(value)

    def process_result_value(self, value: bytes | None, dialect) -> Any:
        return None if value is None else expand_document(bytes(value))


def utcnow() -> datetime:
    return datetime.now(UTC)
