"""The patterns the parties are read with, built from the lexicon's word lists: the phrases
that introduce a principal (before or after its name), the fillers between a phrase and a
name and the role they give, and the words and phrases that name a photographer."""

from __future__ import annotations

import re

from .lexicon import alternation, everything, lexicons, phrase_pattern

FILLER_ROLES: dict[str, str] = {}
for _lexicon in lexicons():
    for _filler in _lexicon.fillers:
        FILLER_ROLES.setdefault(_filler.words, _filler.role)
FILLERS = alternation(FILLER_ROLES)
FILLER_PATTERNS = [
    (re.compile(rf"(?<![\w'’]){phrase_pattern(words)}"), role)
    for words, role in FILLER_ROLES.items()
    if role in ("photographer", "agency")
]
FILLER_RE = re.compile(rf"(?:{FILLERS})(?=[ ,:])")
FILL = rf"(?P<fill>(?:(?:{FILLERS})[ ,:\n]{{1,3}}){{0,3}})"


# After the phrase: a space, comma or colon, or the gap to the next cell of a table row
# ("| Our client      | Saltmarsh Photography Ltd |", "Rechteinhaber   Agentur Focus GmbH").
GAP = r"(?:[ \t]*[|:][ \t]*\n?[ \t]*|[ ,\n]{1,3}[ \t]{0,30})"


def forward(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(phrases)}){GAP}{FILL}")


ACTS_FOR = forward(everything("acts_for"))


def phrase_table(pairs: object) -> dict[str, tuple[str, ...]]:
    """Phrase -> the words that must follow it, merged over the languages."""
    table: dict[str, tuple[str, ...]] = {}
    for phrase, words in pairs:  # type: ignore[attr-defined]
        table[phrase] = table.get(phrase, ()) + tuple(words)
    return table


def phrase_key(matched: str) -> str:
    """A matched phrase as the lexicon writes it (one space, straight apostrophes)."""
    return " ".join(matched.split()).replace("’", "'")


# One pattern per kind of phrase (not one per phrase): each scan of the letter costs.
FOLLOWED = phrase_table(p for lx in lexicons() for p in lx.acts_for_when_followed)
WHEN_FOLLOWED = re.compile(rf"(?P<phrase>{alternation(FOLLOWED)}){GAP}{FILL}")
PRINCIPAL_BEFORE = re.compile(rf"[ ,]{{0,2}}(?:{alternation(everything('principal_before'))})")
BEFORE_FOLLOWED = phrase_table(p for lx in lexicons() for p in lx.principal_before_when_followed)
BEFORE_WHEN_FOLLOWED = re.compile(rf"[ ,]{{0,2}}(?P<phrase>{alternation(BEFORE_FOLLOWED)})(?![\w])")
# ", qui" / ", which" / ", der" between a name and the phrase about it.
RELATIVE = re.compile(r",[ \n](?:qui|which|who|that|der|die|das|welche[rs]?)[ \n]?$")
# ", Berufsfotograf aus Leipzig," / ", a wildlife photographer," between a name and the phrase.
APPOSITION = re.compile(r",[ \n]([^,\n]{2,80}),[ \n]?$")
# "Clearwater Stock, a picture agency we represent": the phrase inside the apposition.
OPEN_APPOSITION = re.compile(r",[ \n]([^,\n]{2,60})$")
# ", représentée par son gérant," / ", vertreten durch den Geschäftsführer,": who speaks for it.
REPRESENTED_BY = re.compile(rf"(?:{alternation(everything('represented_by'))})(?![\w])")
BETWEEN_AFTER = phrase_table(p for lx in lexicons() for p in lx.principal_between)
BETWEEN = re.compile(rf"(?P<phrase>{alternation(BETWEEN_AFTER)}) ") if BETWEEN_AFTER else None
CIVILITY = rf"(?:{alternation(everything('civilities'))})\.?"
PHOTOGRAPHER_AFTER = re.compile(
    rf"(?:{alternation(everything('photographer_after'))})(?:[ \t]*[|:][ \t]*|[ \t]{{2,30}}"
    rf"|,?[ \n])(?:{CIVILITY} )?"
)
# "des photographies de M. Henri Delaunay": a phrase naming a person only with a civility.
PHOTOGRAPHER_WITH_CIVILITY = re.compile(
    rf"(?:{alternation(everything('photographer_with_civility'))})[ \n]{CIVILITY}[ \n]"
)
# "the Scottish picture library Glenmore Archive": adjectives, then the role noun, then the name.
ARTICLES = frozenset(everything("role_articles"))
ROLE_NOUNS_AHEAD = alternation(
    w
    for w, role in FILLER_ROLES.items()
    if role in ("agency", "photographer") and w.split(" ", 1)[0] not in ARTICLES
)
ADJECTIVES_THEN_NOUN = re.compile(rf"(?:[\w-]{{3,20}} ){{1,2}}(?:{ROLE_NOUNS_AHEAD})[ ,:\n]{{1,3}}")
PHOTOGRAPHER_NOUNS = re.compile(
    rf", (?:{alternation(everything('photographer_nouns'))})(?![a-zäöüß])"
)
PHOTOGRAPHER_WORD = alternation(n for n in everything("photographer_nouns") if " " not in n)
# ", a professional travel photographer": a few words, then the noun, right after a name.
PHOTOGRAPHER_APPOSITION = re.compile(
    rf",[ \n](?:[\w-]{{1,20}} ){{0,4}}(?:{PHOTOGRAPHER_WORD})(?![a-zäöüß])"
)
TITLED_WORK_BY = re.compile(
    rf"(?:{alternation(everything('work_nouns'))})[ \n][«\"“„‚][^\"”»“\n]{{1,80}}[»\"”“‘][ \n]"
    rf"(?:{alternation(everything('by_author'))})[ \n](?:{CIVILITY} )?"
)
POSSESSIVE = re.compile(r"(?:mrs?|ms)\.? (?=\S{1,40}'s (?:images?|photo|photographs?|work))")
PHOTOGRAPHER_WORDS = {n for n in everything("photographer_nouns") if " " not in n}
PHOTOGRAPHER_WORD_RE = re.compile(rf"(?<![\w])(?:{alternation(PHOTOGRAPHER_WORDS)})(?![\w])")
FILLER_ROLE_ORDER = ("photographer", "agency", "client", "person")
INDEFINITE = set(everything("indefinite_articles"))
DEFINITE = set(everything("definite_articles"))
# Inside an apposition, a genitive article ties the role noun to someone else.
GENITIVE = set(everything("genitive_articles"))
LINKS = set(everything("name_links"))
ROLE_WORDS = set(everything("not_in_names")) | {
    w.split(" ")[-1] for w, role in FILLER_ROLES.items() if role in ("agency", "photographer")
}

# A picture credit's label, then a copyright mark or an agency's part ("AP Photo/"), right
# before a name.
_CREDIT_LABELS = alternation(
    p.rstrip(" :") for p in everything("photographer_after") if p.endswith(":")
)
CREDIT_BEFORE = re.compile(
    rf"(?:(?:{_CREDIT_LABELS})[ \t]*[:|][ \t]*|©[ \t]*|\(c\)[ \t]*)"
    rf"(?:©[ \t]*|\(c\)[ \t]*)?(?:[^\n/]{{1,30}}/[ \t]*)?$"
)
