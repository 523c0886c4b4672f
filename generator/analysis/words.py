"""Word lists the cleaner, the keyword filter and the quotation reader share (kept apart from their regexes, which a
warm build never compiles), and the one way their words lose their accents."""

from __future__ import annotations

import unicodedata

# Dashes in a regex character class, the escaped hyphen first so the set can go anywhere in one.
DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


def unaccented(text: str) -> str:
    """The text without accents ("Vučić" -> "Vucic", "Đurić" -> "Duric", "Orbán" -> "Orban"):
    outlets spell one name both ways, with and without them."""
    plain = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(char for char in plain if not unicodedata.combining(char))


MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december"}
)
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Common verbs, past and present, that stand next to a name or a role without being part of
# it: after a subject ("Xi said", "Vikram continues", "the prodigy made") or before an object
# ("jurors found former president X", "the king will host US President X").
COMMON_VERBS = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "tell",
        "wrote",
        "spoke",
        "explains",
        "adds",
        "thanks",
        "congratulates",
        "came",
        "comes",
        "found",
        "gave",
        "gives",
        "got",
        "gets",
        "held",
        "holds",
        "kept",
        "led",
        "lost",
        "made",
        "makes",
        "paid",
        "saw",
        "sees",
        "see",
        "sent",
        "threw",
        "took",
        "takes",
        "went",
        "goes",
        "won",
        "wins",
        "met",
        "meets",
        "meet",
        "ran",
        "put",
        "set",
        "hit",
        "let",
        "beat",
        "left",
        "leaves",
        "began",
        "begins",
        "became",
        "becomes",
        "brought",
        "thought",
        "felt",
        "heard",
        "stood",
        "continues",
        "remains",
        "visits",
        "calls",
        "call",
        "wants",
        "needs",
        "seems",
        "plans",
        "hopes",
        "urges",
        "urge",
        "warns",
        "vows",
        "faces",
        "arrives",
        "returns",
        "host",
        "hosts",
        "welcome",
        "welcomes",
        "join",
        "joins",
        "include",
        "includes",
        "thank",
        "name",
        "names",
        "praise",
        "praises",
        "ask",
        "asks",
        "quote",
        "quotes",
        "accuse",
        "accuses",
        "blame",
        "blames",
    ]
)
# Titles written short before a name ("Sen. Warren", "Coun. Rick Webber", "Det. Supt. Hill"):
# their full stop never ends a sentence. ("Jr." and "St." may: "said Martin Luther King Jr.")
TITLE_ABBREVIATIONS = (
    "Adm",
    "Adv",
    "Ald",
    "Amb",
    "Atty",
    "Brig",
    "Capt",
    "Cllr",
    "Cmdr",
    "Col",
    "Coun",
    "Cpl",
    "Det",
    "Dr",
    "Engr",
    "Fr",
    "Gen",
    "Gov",
    "Govs",
    "Hon",
    "Insp",
    "Lt",
    "Maj",
    "Mr",
    "Mrs",
    "Ms",
    "Msgr",
    "Pres",
    "Prof",
    "Pvt",
    "Rep",
    "Reps",
    "Rev",
    "Sen",
    "Sens",
    "Sgt",
    "Supt",
)
# The particles of a name, written in lower case between its capitalised words: "Majed bin
# Mohammed al-Ansari", "Ursula von der Leyen", "Rio de Janeiro".
NAME_PARTICLES = frozenset(
    [
        "al",
        "el",
        "bin",
        "ibn",
        "de",
        "da",
        "di",
        "del",
        "della",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "du",
        "des",
        "dos",
        "das",
    ]
)
