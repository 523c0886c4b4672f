"""What the site asks of its readers under the story: their news tips, or their advertising."""

from __future__ import annotations

import re

from generator.analysis.lines import Line, is_phone_number

# The site asking for its readers' news, with where to send it: "Send your news stories to
# desk@example.com", "Share your photos with us on WhatsApp". A story's sentence that reports
# such a request says who made it ("..., the mayor told residents"), which `reported` catches.
_TIP_REQUEST = re.compile(
    r"(?i)^(?:please\s+)?(?:send|share|submit|email|e-mail|whatsapp|forward)\s+(?:us\s+)?"
    r"(?:your|any)\s+(?:\w+\s+){0,2}(?:news|stories|story|tips?|photos|pictures|videos|"
    r"press releases?|reports?|letters?|story ideas)\b"
)
# Where the tip goes: an e-mail address, a messaging app, a telephone number.
_WHERE_TO = re.compile(r"(?i)[\w.+-]+@[\w-]+\.\w|\b(?:whatsapp|telegram|signal|viber)\b")
_TIP_WORDS = 30

# The site selling its own space: "Advertise here", "Advertise with us", "Advertise on this site".
_ADVERTISING_OFFER = re.compile(
    r"(?i)^(?:advertise|advertising)\s+(?:here|with us|on (?:this|our) (?:site|page|website))\W*$"
)


def is_tip_request(line: Line) -> bool:
    """An appeal for readers' news that says where to send it, the site's, not reported."""
    if line.words > _TIP_WORDS or line.reported or not _TIP_REQUEST.match(line.plain):
        return False
    return bool(_WHERE_TO.search(line.plain)) or _has_phone_number(line.plain)


def _has_phone_number(text: str) -> bool:
    return any(is_phone_number(token) for token in re.findall(r"\+?[\d() .-]{7,}", text))


def is_advertising_offer(line: Line) -> bool:
    """The site's own "Advertise here" link, alone on its line."""
    return line.words <= 5 and bool(_ADVERTISING_OFFER.match(line.plain))
