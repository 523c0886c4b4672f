"""Titles, which stand before a name without being part of it: "President", a company's or a
board's officers, the initials of a government's offices, and titles of two words."""

from generator.analysis.words import TITLE_ABBREVIATIONS

# "CTO Ada Morrow" is Ada Morrow; "CTO" alone names no one in particular. ("Chair" is a thing
# too, "electric chair": ROLE_TITLES, a title only before a name.) So are
# "PM Ana Duarte" (Prime Minister) and "NSA Ana Duarte" (National Security Adviser): "NSA"
# alone is the agency, which keeps it where no name follows.
OFFICER_TITLES = frozenset(
    {"cto", "cio", "cmo", "ciso", "chairwoman", "chairperson"} | {"pm", "nsa"}
)
# Words that stand before a name without being part of it: "Lee Jae-myung" after "President"
# is a name of its own, while "Korean President" after "South" is a piece of a longer one.
TITLES = OFFICER_TITLES | {
    "admiral",
    "alderman",
    "ambassador",
    "assemblyman",
    "assemblywoman",
    "captain",
    "ceo",
    "cfo",
    "chairman",
    "chancellor",
    "coach",
    "colonel",
    "congressman",
    "congresswoman",
    "councilman",
    "councilwoman",
    "councillor",
    "councilor",
    "czar",
    "commander",
    "coo",
    "deputy",
    "dr",
    "envoy",
    "general",
    "governor",
    "judge",
    "king",
    "lieutenant",
    "manager",
    "minister",
    "mayor",
    "monarch",
    "mr",
    "mrs",
    "ms",
    "officer",
    "premier",
    "president",
    "prince",
    "princess",
    "professor",
    "queen",
    "secretary",
    "senator",
    "sergeant",
    "sir",
    "speaker",
}
# Roles that are titles only before a name ("Prosecutor Creighton Waters", "Commissioner Ana
# Ruiz"); alone, the role is a keyword as any noun is ("prosecutor").
ROLE_TITLES = frozenset(
    {"prosecutor", "detective", "sheriff", "chair", "commissioner", "correspondent"}
)
TITLES_AND_ROLES = TITLES | ROLE_TITLES
# Titles of two words: a keyword neither starts nor ends inside one ("Lady Melania Trump" of
# "First Lady Melania Trump"), though their second word alone is no title ("Lady Gaga").
TITLE_PHRASES = frozenset(
    {"first lady", "first gentleman", "crown prince", "crown princess", "prime minister"}
    | {"first minister", "chief minister", "foreign minister", "vice president", "chief justice"}
    | {"chief executive", "foreign secretary", "home secretary", "attorney general"}
    | {"secretary general", "queen consort", "prince consort", "queen mother"}
)
# Words before a name that show it is a person's: titles, and those of the peerage.
HONORIFICS = TITLES | {"dame", "lady", "lord"} | ROLE_TITLES
# Titles shortened, which count as titles only with their full stop: "Sen. John McCain" (while
# "Gen Z" is no general's name).
SHORT_TITLES = frozenset(title.casefold() for title in TITLE_ABBREVIATIONS)


def is_abbreviated_title(word: str) -> bool:
    """Whether a word, as written, is a title shortened with its full stop: "Sen.", "Gen.";
    not "Sen" or "Gen"."""
    return word.endswith(".") and word[:-1].casefold() in SHORT_TITLES


# The last and first words of those titles: most words are neither, and a set says so at once.
TITLE_ENDS = frozenset(phrase.split()[-1] for phrase in TITLE_PHRASES)
TITLE_OPENERS = frozenset(phrase.split()[0] for phrase in TITLE_PHRASES)
