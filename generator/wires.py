"""News agencies, and the names texts give them: a wire's name in a credit says where a story
came from, never who published the page it is on. Both the outlet a page is inferred to come
from (content) and the origin of a group of copies (briefing) read this one list, and the
outlets page (site) splits an outlet's name from the agency it credits with it here."""

from __future__ import annotations

import re

from generator.patterns import lazy_compile
from generator.places import is_place_name

WIRE_AGENCIES = {
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AP": ("AP", "Associated Press"),
    "Yonhap": ("Yonhap",),
    "Xinhua": ("Xinhua",),
    "Kyodo": ("Kyodo News", "Kyodo"),
    "Jiji Press": ("Jiji Press", "Jiji"),
    "Anadolu Agency": ("Anadolu Agency", "Anadolu", "AA"),
    "PA Media": ("PA Media", "Press Association", "PA"),
    "dpa": ("dpa", "DPA"),
    "Bloomberg": ("Bloomberg",),
    "AAP": ("AAP", "Australian Associated Press"),
    "EFE": ("EFE",),
    "ANSA": ("ANSA",),
    "TASS": ("TASS",),
    "Bernama": ("Bernama",),
    "ANI": ("ANI",),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "UPI": ("UPI", "United Press International"),
    "The Canadian Press": ("The Canadian Press", "Canadian Press"),
}

# Agencies, and the broadcasters whose reports others carry under their name, with the names
# texts give them: what a credit, a dateline or an outlet's bracket names as a report's origin.
AGENCIES = {
    **WIRE_AGENCIES,
    "CNN": ("CNN",),
    "BBC": ("BBC",),
    "CNBC": ("CNBC",),
    "Fox News": ("Fox News",),
    "USA Today": ("USA Today", "USA TODAY"),
}
AGENCY_NAMES = {name: agency for agency, names in AGENCIES.items() for name in names}
# Any agency's name, longest first so that "Associated Press" wins over "AP" (not compiled).
AGENCY_PATTERN = "|".join(sorted(map(re.escape, AGENCY_NAMES), key=len, reverse=True))
_AGENCY_NAMED = lazy_compile(rf"\b(?:{AGENCY_PATTERN})\b")
# "Gazette (New York Post)": the bracket that ends an outlet's name.
BRACKETED_AT_END = lazy_compile(r"\(([^()]*\w[^()]*)\)\s*$")
# A bracket that says where an outlet is by its shape: a place and its state or country ("New
# Haven, CT", "Ikeja, Lagos"); a place alone is read against the list of places.
_PLACE_LIKE = lazy_compile(r".+,\s*.+")
# A bracket of lower-case words names the outlet's own kind ("blog", "print edition"): a
# credit names someone, and names are capitalised (an agency's lower-case "dpa" is found first).
_OWN_KIND = lazy_compile(r"[a-z][a-z -]*")
# Words that name a kind of news outlet ("Harbour Courier", "Fox News", "The Independent"): a
# short line of capitalised words with one, at the top of a page, is its masthead
# (content/infer.py).
NEWS_WORDS = frozenset(
    {"times", "herald", "news", "post", "daily", "journal", "tribune", "press", "gazette"}
    | {"observer", "express", "star", "mail", "telegraph", "chronicle", "standard", "guardian"}
    | {"independent", "review", "today", "insider", "monitor", "sun", "record", "courier"}
    | {"register", "examiner", "mirror", "inquirer", "radio", "tv", "television", "network"}
    | {"broadcasting", "agency", "magazine", "report", "reporter", "weekly", "bulletin"}
    | {"dispatch", "globe", "nation", "week", "online", "media", "newspaper", "wire"}
)


def names_agency(text: str) -> bool:
    """Whether a text names a news agency ("Agence France-Presse", "AP"): a byline's part
    that does names no reporter."""
    return bool(_AGENCY_NAMED.search(text))


def outlet_and_credit(name: str) -> tuple[str, str]:
    """An outlet's name without the credit in brackets that closes it, and that credit:
    ("Newser", "AP") from "Newser (AP)", (name, "") for a name with none. A bracket saying
    where the outlet is belongs to its name: "Daily Herald (UT)", "Courant (New Haven, CT)",
    "The Standard (Kenya)"."""
    match = BRACKETED_AT_END.search(name)
    bare = name[: match.start()].strip() if match else ""
    if not match or not bare or _says_where(match[1].strip()):
        return name.strip(), ""
    return bare, match[1].strip()


def _says_where(bracket: str) -> bool:
    """Whether an outlet's bracket says where it is ("Kenya", "Hong Kong", "UT", "New Haven,
    CT") or what kind it is ("blog"), words of its name either way, not whose the report is:
    what names no known place credits, be it an agency ("AP"), another outlet ("Axios",
    "NBC") or anything else."""
    if names_agency(bracket):
        return False
    return (
        is_place_name(bracket)
        or bool(_PLACE_LIKE.fullmatch(bracket))
        or bool(_OWN_KIND.fullmatch(bracket))
    )
