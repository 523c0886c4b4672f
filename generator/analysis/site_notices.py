"""Lines in which a site speaks of itself among the story's: its trademark notice, where to hear
or watch it, a video's shot list, its pointer to where the story goes on, and the banner a
government's sites share."""

from __future__ import annotations

import re

from generator.analysis.lines import Doc, Line
from generator.analysis.promos import PROMO

SITE_NOTICE = "site notice"
SHOT_LIST = "video shot list"
STORY_POINTER = "pointer to the full story"  # kept in `removed`: provenance reads its outlet

_NOTICE_WORDS = 40  # a notice is a sentence or two; a longer line is the story's

# The site's owner and its trademark: "The Daily Post is a trademark registered in the U.S. for
# the Daily Post Foundation, a nonprofit organization." A story names a mark in a sentence of
# its own ("The logo is a registered trademark, the court said"), or goes on after the owner
# with a clause of its own ("... of Acme, which sued the company in March").
_TRADEMARK = re.compile(
    r"^(?:The )?[A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,5} (?:is|are) (?:a |the )?"
    r"(?:registered )?(?:trademarks?|service marks?)\b(?: registered)? (?:in|of|owned by|for)\b"
)
_CLAUSE_AFTER = re.compile(
    r"(?:,\s*|\s)(?:which|who|whose|where|when|while|after|before|because|although|since|but)\b|"
    r",\s*(?:and|that)\b"
)
# Where the site's coverage goes on the air: "Listen to WXYZ online and on the radio at 99.5 FM
# for our team coverage.", "Tune in to KXYZ live on the app."
_LISTEN = re.compile(
    r"^(?:Listen|Tune in)(?: live)? to [A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,3} "
    r"(?:live |online |on (?:the )?(?:radio|air|app)\b)"
)
# A video's pointer with no video left: "Watch drone footage of the damage here", "Watch the
# video below." A story's sentence says who watched what.
_WATCH_HERE = re.compile(
    r"(?i)^watch (?:the |our |this )?(?:[\w-]+ ){0,3}(?:video|footage|clip|livestream)\b"
    r"[^.!?]{0,60}\b(?:here|below|above)\W*$"
)
# "The story continues at The Daily Post: <its headline or address>": the copy's pointer to the
# outlet whose story it is.
_CONTINUES_AT = re.compile(
    r"^(?:The|This|Read the) (?:rest of the )?(?:full )?(?:story|article|report) "
    r"(?:continues|goes on) (?:at|on) [A-Z][^:]{1,60}:"
)


# The banner over every page of a government's sites ("An official website of the United States
# government", "Here's how you know", "Official websites use .gov", "Secure .gov websites use
# HTTPS", "A lock ( ) or https:// means you've safely connected to the .gov website. ...").
_GOV_BANNER = re.compile(
    r"(?i)^(?:an official website of the .{2,40} government|here's how you know|official "
    r"websites use \.gov|secure \.gov websites use https|an? \.gov website belongs to an official "
    r"government organization\b.*|an? lock \(.{0,20}\) or https:// means\b.*)\W*$"
)
_BANNER_LINES = 2  # "Here's how you know" alone may be a story's subheading


def drop_site_notices(doc: Doc) -> None:
    """Drop each line of the site speaking of itself (see the patterns above), however placed:
    its shape alone, short and unreported, tells it from the story's sentences."""
    banner = [line for line in doc.kept() if _GOV_BANNER.match(line.plain)]
    for line in banner if len(banner) >= _BANNER_LINES else ():
        line.reason = SITE_NOTICE
    for line in doc.kept():
        if line.words > _NOTICE_WORDS or line.reported:
            continue
        if _trademark_notice(line.plain):
            line.reason = SITE_NOTICE
        elif _LISTEN.match(line.plain) or _WATCH_HERE.match(line.plain):
            line.reason = PROMO
        elif _CONTINUES_AT.match(line.plain) or _READ_ORIGINAL.match(line.plain):
            line.reason = STORY_POINTER


# An aggregator's pointer to the story it copied: "Read original article here.", "Read the
# original story at The Daily Post".
_READ_ORIGINAL = re.compile(
    r"(?i)^read (?:the )?original (?:article|story|report|post)(?: (?:here|at|on|in) ?.{0,60})?\W*$"
)


def _trademark_notice(text: str) -> bool:
    """The site's trademark notice, ending on its owner: no clause of the story's after it."""
    found = _TRADEMARK.match(text)
    return bool(found) and not _CLAUSE_AFTER.search(text, found.end())


# A wire video's shot list: "STORY: :: A timelapse shows ...", ":: June 12, 2024", ":: Baltimore,
# Maryland". Each shot opens on "::"; a shot's description broken over lines goes on below it.
_SHOT = re.compile(r"^(?:[A-Z]{3,12}:\s*)?::\s*\S")
_LEAST_SHOTS = 2
_SHOT_GAP = 2  # lines at most between two shots: a shot's description broken by the scraper


def drop_shot_lists(doc: Doc) -> None:
    """Drop a video's shot list: two or more lines opening on "::", near each other, and the
    pieces of their descriptions between them."""
    kept = doc.kept()
    shots = [index for index, line in enumerate(kept) if _SHOT.match(line.plain)]
    if len(shots) < _LEAST_SHOTS:
        return
    run = [shots[0]]
    for index in shots[1:]:
        if index - run[-1] > _SHOT_GAP + 1:
            _drop_run(kept, run)
            run = []
        run.append(index)
    _drop_run(kept, run)


def _drop_run(kept: list[Line], run: list[int]) -> None:
    if len(run) < _LEAST_SHOTS:
        return
    for line in kept[run[0] : run[-1] + 1]:
        line.reason = SHOT_LIST
