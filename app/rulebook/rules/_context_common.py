"""Shared by the context rules: what counts as a small audience or a short use."""

# Heuristic thresholds, not law: legal-notes §11 D 18 gives "<1,000 views" as an example
# of low visibility; a use of a month or less is treated as short. Candidates for dated
# parameters if the firm wants to tune them.
LOW_AUDIENCE_MONTHLY = 1000
SHORT_USE_DAYS = 30
