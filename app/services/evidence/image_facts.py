"""What an image file says about itself: IPTC, XMP and EXIF rights fields (read by exiv2
through pyexiv2) and a C2PA manifest where there is one (c2pa-python).

Each value keeps the tag it was read from, so a proposal can cite it. exiv2's own log is
silenced: metadata never reaches the logs.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pyexiv2

pyexiv2.set_log_level(4)

# field -> tags, in the order they are preferred
FIELDS: dict[str, tuple[str, ...]] = {
    "creator": ("Iptc.Application2.Byline", "Xmp.dc.creator", "Exif.Image.Artist"),
    "copyright_notice": ("Iptc.Application2.Copyright", "Xmp.dc.rights", "Exif.Image.Copyright"),
    "credit_line": ("Iptc.Application2.Credit", "Xmp.photoshop.Credit"),
    "web_statement": ("Xmp.xmpRights.WebStatement",),
    "licensor_url": ("Xmp.plus.Licensor[1]/plus:LicensorURL", "Xmp.plus.LicensorURL"),
    "usage_terms": ("Xmp.xmpRights.UsageTerms",),
    "plus_licence_id": ("Xmp.plus.LicenseID", "Xmp.plus.ImageSupplierImageID"),
    "digital_source_type": ("Xmp.iptcExt.DigitalSourceType",),
}
AI_SOURCE_TYPES = ("trainedAlgorithmicMedia", "compositeSynthetic", "algorithmicMedia")


def _text(value: Any) -> str | None:
    if isinstance(value, dict):  # XMP language alternatives
        value = value.get('lang="x-default"') or next(iter(value.values()), None)
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value if v)
    if value is None:
        return None
    text = str(value).strip()
    return text[:500] or None


def read_metadata(data: bytes) -> dict[str, dict[str, str]]:
    """``{field: {"value": ..., "tag": ...}}`` for each rights field found."""
    try:
        with pyexiv2.ImageData(data) as image:
            tags: dict[str, Any] = {}
            for reader in (image.read_iptc, image.read_xmp, image.read_exif):
                try:
                    tags.update(reader())
                except Exception:  # a damaged block does not hide the others
                    continue
    except Exception:
        return {}
    found: dict[str, dict[str, str]] = {}
    for field, names in FIELDS.items():
        for name in names:
            value = _text(tags.get(name))
            if value:
                found[field] = {"value": value, "tag": name}
                break
    return found


def is_ai_source(digital_source_type: str | None) -> bool:
    return bool(digital_source_type) and any(
        digital_source_type.rstrip("/").endswith(t) for t in AI_SOURCE_TYPES
    )


def _c2pa_context():
    """Reader settings that never fetch a remote manifest or an OCSP response."""
    import c2pa

    settings = c2pa.Settings.from_dict(
        {"verify": {"remote_manifest_fetch": False, "ocsp_fetch": False}}
    )
    return c2pa.Context(settings)


def read_c2pa(data: bytes, media_type: str) -> dict[str, Any] | None:
    """The active C2PA manifest's issuer, validity, claim generator and AI assertions, or
    None when the file has no manifest (or c2pa-python is not installed)."""
    try:
        import c2pa
    except ImportError:
        return None
    try:
        with c2pa.Reader(media_type, io.BytesIO(data), context=_c2pa_context()) as reader:
            store = json.loads(reader.json())
            state = reader.get_validation_state()
    except Exception:  # no manifest, or one that cannot be parsed
        return None
    active = store.get("manifests", {}).get(store.get("active_manifest") or "", {})
    if not active:
        return None
    signature = active.get("signature_info") or {}
    generator = active.get("claim_generator") or _generator(active)
    ai = sorted({t for t in _source_types(active) if is_ai_source(t)})
    return {
        "issuer": signature.get("issuer"),
        "signed_at": signature.get("time"),
        "validation_state": str(state) if state else None,
        "valid": str(state).lower() in ("valid", "trusted") if state else False,
        "claim_generator": generator,
        "ai_generated": bool(ai),
        "digital_source_types": ai,
        "title": active.get("title"),
    }


def _generator(manifest: dict[str, Any]) -> str | None:
    info = manifest.get("claim_generator_info") or []
    if info and isinstance(info[0], dict):
        name, version = info[0].get("name"), info[0].get("version")
        return f"{name} {version}".strip() if name else None
    return None


def _source_types(manifest: dict[str, Any]):
    for assertion in manifest.get("assertions") or []:
        data = assertion.get("data") or {}
        for action in data.get("actions") or []:
            if action.get("digitalSourceType"):
                yield action["digitalSourceType"]
