"""How a reader takes an article's lines before its keywords are looked for: a dateline without
the credit of the agencies filing, a name without the nickname inside it."""

from __future__ import annotations

import functools
import re

from generator.analysis.words import DASHES

# A dateline, with the credit of the agencies filing: "KENNEDY SPACE CENTER, Fla. (AP) —",
# "WHITE SANDS, N.M. (NBC, KYMA/KECY) -", "Cape Canaveral, Florida (Reuters) -", "LONDON —".
_CAPITALS_PLACE = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*)*"
_PLACE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*"
_CREDIT = r"\([A-Z][\w.&]*(?:[ ,/]+[A-Z][\w.&]*)*\)"
_MONTH_DAY = r"[A-Z][a-z]{2,8}\.? \d{1,2}"
_DATELINE = re.compile(
    f"^\\s*(?:{_CREDIT} )?(?:(?P<capitals>{_CAPITALS_PLACE})(?P<state>, {_PLACE})?"
    f"(?P<date>,? {_MONTH_DAY})?(?: {_CREDIT})?"
    f"|(?P<place>{_PLACE}(?:, {_PLACE})? )?{_CREDIT}) ?(?P<dash>[{DASHES}]+ +)"
    "(?=[\"“‘']?[A-Z0-9])"
)
# A nickname in quotes or brackets between the words of a name: "Barry “Butch” Wilmore",
# "Barry (Butch) Wilmore"; not "Boeing (BA) Starliner".
# The capital opens the pattern and the check that no word runs into it comes after it, so
# that the engine can skip to capitals: a look-behind first made it try every character.
_NICKNAME = re.compile(
    r"([A-Z](?<![\w'’][A-Z])[^\W\d_]+) [\"“‘'(]([A-Z](?:(?![A-Z])[^\W\d_])+)[\"”’')] "
    r"(?=([A-Z][^\W\d_]+))"
)


def readable(text: str) -> str:
    """A block's lines as a reader takes their words: a dateline without its credit, which
    names the agencies filing, not what the article is about, and its place not in capitals
    ("KENNEDY SPACE CENTER, Fla. (AP) —" reads "Kennedy Space Center, Fla. —"); a name
    without the nickname in quotes or brackets inside it ("Barry “Butch” Wilmore" reads
    "Barry Wilmore")."""
    return "\n".join(
        _without_nickname(_DATELINE.sub(_place_alone, line)) for line in text.split("\n")
    )


def dateline_place(text: str) -> str:
    """The place of the dateline opening a text, as a reader takes it ("LONDON (Reuters) -"
    gives "London", "SALEM, Ore. —" "Salem"); "" where the text opens with none."""
    first = text.lstrip().partition("\n")[0]
    dateline = _DATELINE.match(first)
    if dateline is None:
        return ""
    if dateline["capitals"]:
        return " ".join(word.capitalize() for word in dateline["capitals"].split())
    return (dateline["place"] or "").partition(",")[0].strip()


def dateline_credits(text: str) -> tuple[str, ...]:
    """The names in the credits of the text's datelines, which a reader does not take (see
    readable): ("AP",) of "KENNEDY SPACE CENTER, Fla. (AP) —", ("NBC", "KYMA", "KECY")."""
    credits = []
    for line in text.split("\n"):
        dateline = _DATELINE.match(line)
        for bracket in re.findall(r"\(([^()]*)\)", dateline.group() if dateline else ""):
            credits.extend(name for name in re.split(r"[ ,/]+", bracket) if name)
    return tuple(credits)


def _without_nickname(line: str) -> str:
    """The line without the nicknames inside names (see readable)."""
    # Most lines have none, and a search tells so in half the time of a substitution.
    return _NICKNAME.sub(r"\1 ", line) if _NICKNAME.search(line) else line


# Every build of a briefing reads every text's nicknames again (keyword_names.unify_spellings);
# watch mode's builds share one process and mostly the same texts. Callers must not change it.
@functools.lru_cache(maxsize=1 << 14)
def nicknames(text: str) -> dict[str, str]:
    """Each name in the text called by its nickname, with the name: {"butch wilmore": "barry
    wilmore"} from "Barry “Butch” Wilmore", lowercased."""
    return {
        f"{nickname} {last}".lower(): f"{first} {last}".lower()
        for first, nickname, last in _NICKNAME.findall(text)
    }


def _place_alone(dateline: re.Match[str]) -> str:
    """A dateline without its credit, its place in capitals recased: "LONDON (Reuters) -"
    gives "London -". (Taking the place out too cost 500N-KPCrowd's crowd keys, which often
    hold it: see eval/README.md.)"""
    if dateline["capitals"]:
        place = " ".join(word.capitalize() for word in dateline["capitals"].split())
        return f"{place}{dateline['state'] or ''}{dateline['date'] or ''} {dateline['dash']}"
    return f"{dateline['place'] or ''}{dateline['dash']}"
