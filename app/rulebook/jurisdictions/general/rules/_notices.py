"""Shared by the notice rules: what was removed from the image (watermark, metadata), and
whether the image looked free to take when the client took it.
"""

REMOVAL_READS = [
    "acquisition.watermark_removed",
    "acquisition.metadata_stripped",
    "acquisition.visible_at_retrieval.watermark",
    "acquisition.visible_at_retrieval.metadata_copyright",
]


def _removal(f):
    """(what was removed: list of "watermark"/"metadata", the unknown facts worth asking)."""
    removed, missing = [], []
    for kind, fact, present in (
        (
            "watermark",
            "acquisition.watermark_removed",
            "acquisition.visible_at_retrieval.watermark",
        ),
        (
            "metadata",
            "acquisition.metadata_stripped",
            "acquisition.visible_at_retrieval.metadata_copyright",
        ),
    ):
        value = f[fact]
        if value:
            removed.append(kind)
        elif value is None and f[present]:
            missing.append(fact)
    return removed, missing


def _removal_values(removed):
    fr = {
        "watermark": "filigrane supprimé ou rogné par recadrage",
        "metadata": "métadonnées effacées",
    }
    en = {"watermark": "watermark removed or cropped out", "metadata": "metadata stripped"}
    return {
        "removed_fr": " et ".join(fr[r] for r in removed),
        "removed_en": " and ".join(en[r] for r in removed),
    }


VISIBLE = (
    ("acquisition.visible_at_retrieval.watermark", "un filigrane", "a watermark"),
    (
        "acquisition.visible_at_retrieval.copyright_notice",
        "une mention de copyright",
        "a copyright notice",
    ),
    (
        "acquisition.visible_at_retrieval.licence_terms",
        "des conditions de licence",
        "licence terms",
    ),
)
OWN_TERMS_SOURCES = ("own_licence", "stock_licence", "press_kit", "creative_commons")

GOOD_FAITH_READS = [
    "acquisition.source",
    "acquisition.source_presented_as_free",
    "acquisition.visible_at_retrieval.watermark",
    "acquisition.visible_at_retrieval.copyright_notice",
    "acquisition.visible_at_retrieval.licence_terms",
]


def _good_faith(f):
    """("applies" | "no" | reason, missing): whether the image looked free to take."""
    if f["acquisition.source"] in OWN_TERMS_SOURCES:
        return "own_terms", ()
    shown = [fact for fact, _, _ in VISIBLE if f[fact]]
    if shown:
        return "restrictions_visible", ()
    free = f["acquisition.source_presented_as_free"]
    if free is False:
        return "not_presented_as_free", ()
    unknown = tuple(fact for fact, _, _ in VISIBLE if f[fact] is None)
    if free is None:
        return None, ("acquisition.source_presented_as_free",) + unknown
    if unknown:
        return None, unknown
    return "applies", ()
