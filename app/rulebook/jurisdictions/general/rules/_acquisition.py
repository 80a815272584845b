"""Shared by the acquisition rules: which rules find a source of authorisation wanting.

Whether the use was authorised is decided by several rules (``decides="use_authorised"``).
Any one authorisation suffices, so every rule that finds an authorisation (licence, press
kit, Creative Commons licence complied with) is an exception to every rule that finds a
source of authorisation wanting: consistent facts never give a conflict.
"""

NO_AUTHORISATION = ["GEN-ORIGIN-06", "GEN-ORIGIN-07", "GEN-CC-02"]

WITHOUT_CONSENT = {
    "FR": ("art. L. 122-4 du CPI", "Article L122-4 CPI"),
    "DE": ("§§ 15 s. UrhG", "§§ 15 ff. UrhG"),
    "GB": ("CDPA s.16(2)", "CDPA s.16(2)"),
    "US": ("17 U.S.C. § 106", "17 U.S.C. § 106"),
}
"""Where the applicable law says that only an act done without the right holder's consent
infringes (every law, each named, while it is unknown)."""
