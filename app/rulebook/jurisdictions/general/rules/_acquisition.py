"""Shared by the acquisition rules: which rules find a source of authorisation wanting.

Whether the use was authorised is decided by several rules (``decides="use_authorised"``).
Any one authorisation suffices, so every rule that finds an authorisation (licence, press
kit, Creative Commons licence complied with) is an exception to every rule that finds a
source of authorisation wanting: consistent facts never give a conflict.
"""

NO_AUTHORISATION = ["GEN-ORIGIN-06", "GEN-ORIGIN-07", "GEN-CC-02"]
