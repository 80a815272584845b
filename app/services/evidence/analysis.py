"""From a stored file to facts, notes and proposals: a pure function of the file, its kind,
the current claim and the case's other images, so that analysing during the upload or in
the background gives the same result.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from app.services.evidence import documents
from app.services.evidence.compare import Match, compare
from app.services.evidence.image_facts import is_ai_source, read_c2pa, read_metadata
from app.services.evidence.safety import Hostile, open_image, pdf_text
from app.services.evidence.sniff import EML, MSG, PDF, TEXT, FileType
from app.services.letters.decode import decode_text, email_letter, msg_letter
from app.services.letters.pdf import ocr_languages, ocr_pdf
from app.services.letters.text import LetterUnreadable

IMAGE_KINDS = ("client_image", "claimant_capture")
OCR_DONE, NEEDS_OCR, OCR_FAILED = "done", "needs_ocr", "failed"
"""``facts.ocr`` of a PDF without a text layer: read by OCR, waiting for an OCR engine on
the server (Tesseract is not installed), or unreadable by OCR (with ``ocr_failure``)."""
NOTICE_FIELDS = ("copyright_notice", "credit_line", "web_statement", "usage_terms", "licensor_url")


@dataclass(slots=True)
class Limits:
    max_pixels: int
    pdf_pages: int
    pdf_seconds: float


@dataclass(slots=True)
class Counterpart:
    """Another image of the case, compared with the one analysed."""

    evidence_id: str
    kind: str
    data: bytes
    file_type: FileType


@dataclass(slots=True)
class Analysis:
    facts: dict[str, Any] = field(default_factory=dict)
    notes: list[dict[str, str]] = field(default_factory=list)
    proposals: list[dict[str, Any]] = field(default_factory=list)
    match: dict[str, Any] | None = None
    overlay: bytes | None = None

    def propose(self, fact: str, value: Any, confidence: float, source: dict[str, Any], note=None):
        self.proposals.append(
            {
                "id": str(uuid.uuid4()),
                "fact": fact,
                "value": value,
                "source": {k: v for k, v in source.items() if v is not None},
                "confidence": confidence,
                "state": "proposed",
                "note": note,
            }
        )


def analyse(
    evidence_id: str,
    kind: str,
    data: bytes,
    file_type: FileType,
    claim: dict[str, Any],
    counterparts: list[Counterpart],
    limits: Limits,
) -> Analysis:
    result = Analysis()
    source = {"evidence_id": evidence_id}
    if file_type.image_format:
        _image(result, source, kind, data, file_type, claim, counterparts, limits)
    else:
        pages = _pages(result, data, file_type, limits)
        if pages is not None:
            _document(result, source, kind, pages, claim)
    return result


def _pages(result: Analysis, data: bytes, file_type: FileType, limits: Limits):
    if file_type is PDF:
        text = pdf_text(data, limits.pdf_pages, limits.pdf_seconds)
        result.facts["pages"] = text.page_count
        result.facts["text_layer"] = any(p.strip() for p in text.pages)
        if not text.complete:
            result.notes.append(
                {
                    "fr": f"Lecture arrêtée après {len(text.pages)} pages (limite de temps).",
                    "en": f"Reading stopped after {len(text.pages)} pages (time limit).",
                }
            )
        if not result.facts["text_layer"] and text.complete:
            return _ocr(result, data, text.page_count) or text.pages
        return text.pages
    if file_type in (EML, MSG):
        try:
            mail = email_letter(data) if file_type is EML else msg_letter(data)
        except LetterUnreadable as exc:
            raise Hostile(f"the message cannot be read: {exc}") from exc
        return [f"{mail.header}\n\n{mail.body}"]
    if file_type is TEXT:
        return [decode_text(data)]
    result.notes.append(
        {
            "fr": "Le contenu de ce format n'est pas lu (fichier conservé tel quel).",
            "en": "The content of this format is not read (the file is kept as it is).",
        }
    )
    return None


def needs_ocr(file_type: FileType, text_layer: bool) -> bool:
    """Whether reading the file means OCR here (slow: the upload queues it as a job)."""
    return file_type is PDF and not text_layer and ocr_languages() is not None


def _ocr(result: Analysis, data: bytes, page_count: int) -> list[str] | None:
    """The pages of a scan as Tesseract reads them (the letters' OCR, with its page and
    time limits), or None with the reason in ``facts`` and a note."""
    if ocr_languages() is None:
        result.facts["ocr"] = NEEDS_OCR
        result.notes.append(
            {
                "fr": "Le PDF n'a pas de couche texte (document numérisé) et la reconnaissance "
                "de texte (OCR, Tesseract) n'est pas installée sur ce serveur : aucun fait "
                "n'en est tiré. Installer Tesseract (make ocr) puis déposer le fichier à "
                "nouveau, ou saisir les faits.",
                "en": "The PDF has no text layer (a scan) and text recognition (OCR, "
                "Tesseract) is not installed on this server: no facts are drawn from it. "
                "Install Tesseract (make ocr) and upload the file again, or enter the facts.",
            }
        )
        return None
    try:
        read = ocr_pdf(data, page_count)
    except LetterUnreadable as exc:
        result.facts["ocr"] = OCR_FAILED
        result.facts["ocr_failure"] = str(exc)[:300]
        result.notes.append(
            {
                "fr": "Le PDF n'a pas de couche texte et la reconnaissance de texte (OCR) n'a "
                "pas pu le lire : aucun fait n'en est tiré.",
                "en": "The PDF has no text layer and text recognition (OCR) could not read "
                "it: no facts are drawn from it.",
            }
        )
        return None
    result.facts["ocr"] = OCR_DONE
    result.facts["ocr_pages"] = read.ocr_pages
    result.notes.append(
        {
            "fr": "Texte lu par reconnaissance de caractères (OCR) : à relire sur le document.",
            "en": "Text read by optical character recognition (OCR): check it on the document.",
        }
    )
    return _ocr_page_texts(read, page_count)


def _ocr_page_texts(read, page_count: int) -> list[str]:
    """The OCR text split back into pages (each word knows its page and its offsets)."""
    spans: dict[int, tuple[int, int]] = {}
    for word in read.ocr_words:
        start, end = spans.get(word.page, (word.start, word.end))
        spans[word.page] = (min(start, word.start), max(end, word.end))
    return [
        read.text[spans[n][0] : spans[n][1]] if n in spans else "" for n in range(1, page_count + 1)
    ]


def _document(result, source, kind, pages, claim) -> None:
    findings: list[documents.Finding] = []
    if kind == "mandate":
        findings = documents.mandate_findings(pages, claim)
        result.facts["names_agency"] = documents.agency_named(pages, claim)
    elif kind in ("licence", "invoice"):
        findings, facts = documents.licence_findings(pages)
        result.facts.update(facts)
    elif kind == "title_document":
        findings = documents.title_findings(pages)
    elif kind == "press_kit_terms":
        findings = documents.press_kit_findings(pages)
    if kind in ("bailiff_report", "other", "correspondence"):
        findings += documents.bailiff_findings(pages, claim)
    for f in findings:
        where = {**source, "page": f.page, "excerpt": f.excerpt}
        if f.page is None and f.excerpt is None:
            where["basis"] = f"the file was filed as {kind}"
        result.propose(f.fact, f.value, f.confidence, where, f.note)


def _image(result, source, kind, data, file_type, claim, counterparts, limits) -> None:
    image = open_image(data, file_type, limits.max_pixels)
    result.facts["width"], result.facts["height"] = image.size
    metadata = read_metadata(data)
    result.facts["metadata"] = metadata
    c2pa = read_c2pa(data, file_type.media_type)
    result.facts["c2pa"] = c2pa
    if kind == "client_image":
        _rights_notice(result, source, metadata, claim)
    _provenance_notes(result, metadata, c2pa)
    if kind in IMAGE_KINDS:
        _compare(result, source, kind, image, counterparts, limits)


def _rights_notice(result, source, metadata, claim) -> None:
    notice = next((metadata[f] for f in NOTICE_FIELDS if f in metadata), None)
    if notice:
        value = notice["value"]
        result.propose(
            "acquisition.visible_at_retrieval.metadata_copyright",
            True,
            0.85,
            {**source, "tag": notice["tag"], "excerpt": value},
            {
                "fr": f"Le fichier indique « {value} » : une mention de droits figurait dans "
                "ses métadonnées. À vérifier : le client a-t-il reçu le fichier ainsi ?",
                "en": f"The file says “{value}”: a rights notice was in its metadata. To "
                "check: did the client receive the file like this?",
            },
        )
    creator = metadata.get("creator")
    named = (claim.get("letter") or {}).get("photographer")
    if creator and named and creator["value"].casefold() != named.strip().casefold():
        result.notes.append(
            {
                "fr": f"Les métadonnées nomment « {creator['value']} » comme auteur, la lettre "
                f"« {named} ».",
                "en": f"The metadata names “{creator['value']}” as the creator, the letter "
                f"“{named}”.",
            }
        )


def _provenance_notes(result, metadata, c2pa) -> None:
    source_type = (metadata.get("digital_source_type") or {}).get("value")
    if is_ai_source(source_type) or (c2pa and c2pa.get("ai_generated")):
        result.notes.append(
            {
                "fr": "Le fichier se déclare généré par une IA (type de source numérique "
                "IPTC ou assertion C2PA) : la protection de l'image est à examiner.",
                "en": "The file declares itself AI-generated (IPTC digital source type or "
                "C2PA assertion): whether the image is protected needs examining.",
            }
        )


def _compare(result, source, kind, image, counterparts, limits) -> None:
    others = [c for c in counterparts if c.kind in IMAGE_KINDS and c.kind != kind]
    best: tuple[Match, Counterpart] | None = None
    for other in others:
        try:
            other_image = open_image(other.data, other.file_type, limits.max_pixels)
        except Hostile:
            continue
        client, capture = (image, other_image) if kind == "client_image" else (other_image, image)
        match = compare(client, capture)
        if best is None or (match.verdict != "different", match.score) > (
            best[0].verdict != "different",
            best[0].score,
        ):
            best = (match, other)
    if best is None:
        return
    match, other = best
    result.match = {"against": other.evidence_id, **match.as_json()}
    result.overlay = match.overlay
    where = {**source, "against": other.evidence_id, "region": match.region_in_client}
    if match.verdict == "different":
        result.notes.append(
            {
                "fr": "La capture ne montre pas l'image du client : demander quelle image est "
                "réclamée.",
                "en": "The capture does not show the client's image: ask which image is claimed.",
            }
        )
        return
    share = round((match.coverage or 1.0) * 100)
    if match.verdict == "same":
        note = {
            "fr": "La capture montre l'image du client en entier (éventuellement "
            "redimensionnée ou recompressée).",
            "en": "The capture shows the client's whole image (possibly resized or re-compressed).",
        }
    else:
        note = {
            "fr": f"La capture montre une partie (environ {share} %) ou une version de l'image "
            "du client : vérifier sur la page si l'image était affichée recadrée ou si "
            "seule la capture la coupe.",
            "en": f"The capture shows part (about {share}%) or a version of the client's "
            "image: check on the page whether the image was displayed cropped or only the "
            "screenshot cuts it.",
        }
    confidence = 0.6 if match.verdict == "same" else 0.4
    result.propose("use.whole_work_reproduced", match.verdict == "same", confidence, where, note)
    if match.scale and match.scale > 1.1:
        result.notes.append(
            {
                "fr": f"L'image du réclamant a une résolution plus élevée que la copie du client "
                f"(×{match.scale:.1f}) : produire des originaux en plus haute résolution est un "
                "indice de la qualité d'auteur (LG Köln, 24.08.2017, 14 O 111/16).",
                "en": f"The claimant's image has a higher resolution than the client's copy "
                f"(×{match.scale:.1f}): producing higher-resolution originals is circumstantial "
                "evidence of authorship (LG Köln, 24.08.2017, 14 O 111/16).",
            }
        )
