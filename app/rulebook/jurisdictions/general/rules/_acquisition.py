"""Shared by the acquisition rules: which rules find a source of authorisation wanting.

Whether the use was authorised is decided by several rules (``decides="use_authorised"``).
Any one authorisation suffices, so every rule that finds an authorisation (licence, press
kit, Creative Commons licence complied with) is an exception to every rule that finds a
source of authorisation wanting: consistent facts never give a conflict.
"""

from datetime import date

NO_AUTHORISATION = ["GEN-ORIGIN-06", "GEN-ORIGIN-07", "GEN-CC-02"]

LICENCE_TERM_READS = [
    "acquisition.licence.held",
    "acquisition.licence.covers_use",
    "acquisition.licence.valid_until",
]


def licensed_until(f) -> date | None:
    """The last day a licence the client held covered the use (a licence for a term that
    ended), or None when no such licence is known. The use up to that day is no
    infringement: the amount is priced, and GEN-LETTER-03 counts the period of use, from the
    next day (GEN-ORIGIN-06, variant ``expired``)."""
    if not f["acquisition.licence.held"] or f["acquisition.licence.covers_use"] is False:
        return None
    return f["acquisition.licence.valid_until"]


WITHOUT_CONSENT = {
    "FR": ("art. L. 122-4 du CPI", "Article L122-4 CPI"),
    "DE": ("§§ 15 s. UrhG", "§§ 15 ff. UrhG"),
    "GB": ("CDPA s.16(2)", "CDPA s.16(2)"),
    "US": ("17 U.S.C. § 106", "17 U.S.C. § 106"),
}
"""Where the applicable law says that only an act done without the right holder's consent
infringes (every law, each named, while it is unknown)."""
