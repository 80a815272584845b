"""Shared by the hosting rules (EU-HOST-01, UK-HOST-01, US-DMCA-01) and GEN-ORIGIN-03:
whether the image is a user's upload stored by a host, and whether the host removed it
expeditiously once notified, decided from the facts the claim already carries.

"Expeditious" is not defined by DSA art. 6, reg. 19 of the 2002 Regulations or 17 U.S.C.
§ 512(c). The yardstick (a removal within the days of the ``hosting.expeditious_removal_days``
parameter of receiving the letter) is Riposte's working assumption, not a rule of law; a
longer delay is put to the client as a question instead of being decided.
"""

from datetime import date

from app.services.rules.display import date_text
from app.services.rules.model import Text as T
from app.services.rules.registry import applies, not_applicable, undetermined

HOSTING_SITE_KINDS = frozenset({"forum", "social_media"})
MAYBE_HOSTING_SITE_KINDS = frozenset({"online_shop", "other"})
"""Sites that may store their users' content (a marketplace's sellers' listings, a shop's
customer reviews with pictures): whether this one does is asked, not assumed either way."""
EXPEDITIOUS_DAYS = "hosting.expeditious_removal_days"
"""The parameter the rules deciding whether a removal was expeditious declare and read."""

HOSTING_READS = [
    "use.uploaded_by_third_party",
    "use.site_kind",
    "use.platform_hosts_user_content",
    "use.uploader_under_client_control",
]
REMOVAL_READS = [
    "use.notified_before",
    "use.notified_on",
    "letter.received_on",
    "letter.letter_date",
    "use.removed_on",
    "use.removed_promptly_on_notice",
]


def hosts_user_content(f) -> bool | None:
    """The site stores content its users upload: stated, or shown by the kind of site."""
    stated = f["use.platform_hosts_user_content"]
    if stated is not None:
        return stated
    kind = f["use.site_kind"]
    if kind in HOSTING_SITE_KINDS:
        return True
    return None if kind is None or kind in MAYBE_HOSTING_SITE_KINDS else False


def is_user_upload_on_host(f) -> bool | None:
    """A user, not the client, uploaded the image to a site that hosts user content."""
    uploaded = f["use.uploaded_by_third_party"]
    if uploaded is False:
        return False
    hosts = hosts_user_content(f)
    if hosts is False:
        return False
    if uploaded is None or hosts is None:
        return None
    return True


def removal_delay(f) -> int | None:
    """Days from receipt of the letter (or its date) to the removal, when both are known."""
    notice: date | None = f["letter.received_on"] or f["letter.letter_date"]
    removed: date | None = f["use.removed_on"]
    if notice is None or removed is None:
        return None
    return (removed - notice).days


def removed_expeditiously(f, p) -> bool | None:
    """Removed promptly once notified: the client's own answer or, when this letter was the
    first notice, the dates (within the yardstick; a removal before the letter counts)."""
    stated = f["use.removed_promptly_on_notice"]
    if stated is not None or f["use.notified_before"]:
        return stated
    delay = removal_delay(f)
    if delay is not None and delay <= p[EXPEDITIOUS_DAYS]:
        return True
    return None


READS = [*HOSTING_READS, *REMOVAL_READS]
LIABILITY_READS = READS
"""The facts ``liable_from`` reads (the amount derivation declares them)."""


def liable_from(f, p) -> date | None:
    """The day from which a host answers for a user's upload when it lost the exemption
    only by failing to act on notice: the earlier notice (``use.notified_on``) or, when this
    letter was the first, its receipt (or date). Before that day it had no knowledge and
    stays exempt (DSA art. 6(1)(a)-(b), formerly Dir. 2000/31 art. 14; reg. 19(a) of the
    2002 Regulations; 17 U.S.C. § 512(c)(1)(A)(iii) and (C)). None when the exemption is
    not lost that way, or when the day of the notice is unknown (the use is then priced
    from its first day, and the finding says from when the host answers)."""
    if is_user_upload_on_host(f) is not True or f["use.uploader_under_client_control"] is not False:
        return None
    if removed_expeditiously(f, p) is not False:
        return None
    notified = f["use.notified_before"]
    if notified:
        return f["use.notified_on"]
    if notified is False:
        return f["letter.received_on"] or f["letter.letter_date"]
    return None


def _delay_words(f) -> dict[str, str]:
    delay = removal_delay(f)
    if delay is None:
        return {"delay_fr": "promptement", "delay_en": "promptly"}
    if delay < 0:
        return {"delay_fr": "avant même la lettre", "delay_en": "even before the letter"}
    if delay == 0:
        return {"delay_fr": "le jour même de la lettre", "delay_en": "on the day of the letter"}
    if delay == 1:
        return {"delay_fr": "le lendemain de la lettre", "delay_en": "the day after the letter"}
    return {
        "delay_fr": f"{delay} jours après la lettre",
        "delay_en": f"{delay} days after the letter",
    }


def since_notice(f, p) -> dict[str, str]:
    """The sentence of a lost exemption saying from when the host answers: from the notice
    it failed to act on, whose date bounds the period to be compensated."""
    start = liable_from(f, p)
    if start is not None:
        return {
            "since_fr": " Le client n'avait pas connaissance de l'image avant le premier "
            f"avertissement, reçu le {date_text(start, 'fr')} : l'indemnisation ne porte que "
            "sur la période qui suit.",
            "since_en": " The client had no knowledge of the image before the first notice, "
            f"received on {date_text(start, 'en')}: compensation covers only the period after "
            "it.",
        }
    if f["use.notified_before"] and f["use.notified_on"] is None:
        return {
            "since_fr": " La date du premier avertissement, qui ouvre la période "
            "indemnisable, est à demander au client.",
            "since_en": " The date of the first notice, which opens the period to be "
            "compensated, is to be asked of the client.",
        }
    return {"since_fr": "", "since_en": ""}


def hosting_exemption(f, p):
    """The answer shared by the EU and UK rules (same conditions, different texts)."""
    upload = is_user_upload_on_host(f)
    if upload is False:
        return not_applicable("not a user's upload stored on a hosting service")
    if upload is None:
        if f["use.uploaded_by_third_party"] is None:
            return not_applicable("nothing points to a user's upload")
        return undetermined("use.platform_hosts_user_content")
    control = f["use.uploader_under_client_control"]
    if control is None:
        return undetermined("use.uploader_under_client_control")
    if control:
        return applies("under_control", conclusion=False)
    notified = f["use.notified_before"]
    if notified is None:
        return undetermined("use.notified_before")
    prompt = removed_expeditiously(f, p)
    if prompt is False:
        return applies("knowledge_not_acted", conclusion=False, **since_notice(f, p))
    if prompt is None:
        if f["use.removed_on"] is None and not notified:
            return applies("remove_now", conclusion=None)
        return undetermined("use.removed_promptly_on_notice")
    return applies("available", conclusion=True, **_delay_words(f))


HOSTING_UNDETERMINED = T(
    fr="À vérifier pour l'exonération de l'hébergeur : l'image a-t-elle été mise en ligne par "
    "un simple utilisateur du service, et le client l'a-t-il retirée promptement dès qu'il en "
    "a eu connaissance ? Interroger le client.",
    en="To check for the hosting exemption: was the image uploaded by an ordinary user of "
    "the service, and did the client remove it promptly once it knew of it? Ask the client.",
)
