"""Content-addressed storage of evidence files, one namespace per tenant.

A blob is named by the SHA-256 of its content under the tenant's id, so the same file
uploaded twice by a firm is stored once, and two firms never share a blob. The database
(``evidence_blob``) says which blobs exist; the store only holds bytes.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Protocol
from urllib.parse import urlparse

CHUNK = 64 * 1024


class BlobStore(Protocol):
    def put(self, tenant_id: uuid.UUID, sha256: str, source: BinaryIO) -> None:
        """Store the content of ``source`` (read from its start) under its digest."""

    def open(self, tenant_id: uuid.UUID, sha256: str) -> Iterator[bytes]:
        """The content, in chunks."""

    def read(self, tenant_id: uuid.UUID, sha256: str) -> bytes: ...

    def exists(self, tenant_id: uuid.UUID, sha256: str) -> bool: ...

    def delete(self, tenant_id: uuid.UUID, sha256: str) -> None:
        """Remove the blob; removing a missing blob is not an error."""


def _check_digest(sha256: str) -> str:
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError("not a SHA-256 hex digest")
    return sha256


class FileStore:
    """Blobs as files ``<root>/<tenant>/<aa>/<digest>``, written atomically."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def _path(self, tenant_id: uuid.UUID, sha256: str) -> Path:
        digest = _check_digest(sha256)
        return self.root / str(uuid.UUID(str(tenant_id))) / digest[:2] / digest

    def put(self, tenant_id: uuid.UUID, sha256: str, source: BinaryIO) -> None:
        target = self._path(tenant_id, sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        source.seek(0)
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := source.read(CHUNK):
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def open(self, tenant_id: uuid.UUID, sha256: str) -> Iterator[bytes]:
        with self._path(tenant_id, sha256).open("rb") as handle:
            while chunk := handle.read(CHUNK):
                yield chunk

    def read(self, tenant_id: uuid.UUID, sha256: str) -> bytes:
        return self._path(tenant_id, sha256).read_bytes()

    def exists(self, tenant_id: uuid.UUID, sha256: str) -> bool:
        return self._path(tenant_id, sha256).is_file()

    def delete(self, tenant_id: uuid.UUID, sha256: str) -> None:
        self._path(tenant_id, sha256).unlink(missing_ok=True)


class S3Store:
    """Blobs as objects ``<prefix>/<tenant>/<digest>`` in an S3-compatible bucket."""

    def __init__(
        self,
        bucket: str,
        prefix: str = "",
        *,
        endpoint_url: str | None = None,
        region: str | None = None,
        client=None,
    ) -> None:
        import boto3

        self.bucket = bucket
        self.prefix = prefix.strip("/")
        self.client = client or boto3.client("s3", endpoint_url=endpoint_url, region_name=region)

    def _key(self, tenant_id: uuid.UUID, sha256: str) -> str:
        name = f"{uuid.UUID(str(tenant_id))}/{_check_digest(sha256)}"
        return f"{self.prefix}/{name}" if self.prefix else name

    def put(self, tenant_id: uuid.UUID, sha256: str, source: BinaryIO) -> None:
        source.seek(0)
        self.client.upload_fileobj(source, self.bucket, self._key(tenant_id, sha256))

    def open(self, tenant_id: uuid.UUID, sha256: str) -> Iterator[bytes]:
        response = self.client.get_object(Bucket=self.bucket, Key=self._key(tenant_id, sha256))
        yield from response["Body"].iter_chunks(CHUNK)

    def read(self, tenant_id: uuid.UUID, sha256: str) -> bytes:
        response = self.client.get_object(Bucket=self.bucket, Key=self._key(tenant_id, sha256))
        return response["Body"].read()

    def exists(self, tenant_id: uuid.UUID, sha256: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=self._key(tenant_id, sha256))
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return False
            raise
        return True

    def delete(self, tenant_id: uuid.UUID, sha256: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self._key(tenant_id, sha256))


def open_store(url: str, *, endpoint_url: str | None = None, region: str | None = None):
    """The store a ``RIPOSTE_EVIDENCE_STORE`` URL names: ``file:///abs``, ``file://./rel``
    or ``s3://bucket/prefix``."""
    parsed = urlparse(url)
    if parsed.scheme == "file":
        path = (parsed.netloc + parsed.path) if parsed.netloc else parsed.path
        if not path:
            raise ValueError("a file:// evidence store needs a path")
        return FileStore(path)
    if parsed.scheme == "s3":
        if not parsed.netloc:
            raise ValueError("an s3:// evidence store needs a bucket")
        return S3Store(parsed.netloc, parsed.path, endpoint_url=endpoint_url, region=region)
    raise ValueError(f"unknown evidence store scheme {parsed.scheme!r} (file:// or s3://)")
