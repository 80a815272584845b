"""Shared by the exception rules: quotation, news reporting, parody, teaching, fair use and
the US hosting safe harbour.

An exception helps the client only when the client claims it (``use.exception_claimed``)
or the facts point to it (a transformative use in the US, user-uploaded content on a
platform); otherwise these rules do not apply. Every rule that says whether an exception
is available decides the same point, ``exception_available``; only one exception is
claimed at a time, and a rule that finds the exception failing never overlaps with one
that finds it available.
"""

from app.vocabulary import COMMERCIAL_PURPOSES  # noqa: F401  (imported by the rules)
