"""Properties of the cleaner over generated articles: it never raises, never invents text and is
idempotent. Articles mix story sentences, web boilerplate, blank lines, bullets, subheadings,
HTML fragments, CRLF line ends and arbitrary unicode.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.analysis.clean import _INVISIBLE, clean
from tests.conftest import story_lines

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_WORDS = [
    "the",
    "council",
    "harbour",
    "bridge",
    "minister",
    "officials",
    "talks",
    "Beijing",
    "Seoul",
    "ferry",
    "budget",
    "engineers",
    "cables",
    "summit",
    "trade",
    "president",
    "visit",
    "reporters",
    "commuters",
    "delays",
    "weather",
    "police",
    "court",
]
_BOILERPLATE = [
    "Advertisement",
    "ADVERTISEMENT",
    "Share on Facebook",
    "Share this article",
    "Sign up for our newsletter",
    "Subscribe to our daily briefing",
    "Accept all cookies",
    "We use cookies to improve your experience.",
    "© 2025 Example News. All rights reserved.",
    "By Jane Doe",
    "By Jane Doe and John Smith, Seoul correspondent",
    "Updated 3 hours ago",
    "5 min read",
    "Home | News | World | Politics",
    "Related Articles",
    "Most Read",
    "Read more: Ferry timetable changes next month",
    "Photo: Reuters/Kim Hong-Ji",
    "Getty Images",
    "Leave a comment",
    "Click here to download our app",
    "Tags: politics, trade",
    "This article was generated with the help of AI and reviewed by our editors.",
    "(Reporting by Jane Doe; Editing by John Smith)",
    "<script>window.dataLayer = window.dataLayer || [];</script>",
    "<div class='ad-slot'>",
    "</div>",
    "<!-- tracking pixel -->",
    "var x = 1;",
    "{{ 7*7 }}",
    "World",
    "Menu",
]
_HTML = ["<b>", "</b>", "<a href='https://x.example'>", "</a>", "<br>", "&amp;", "&nbsp;", "<p>"]
_SPACES = [" ", "  ", "\t", "\u00a0", "\u2009", "\u3000"]
_INVISIBLES = ["\u200b", "\ufeff", "\u00ad"]

words = st.sampled_from(_WORDS) | st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1, max_size=8
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A story sentence, often with attribution, sometimes with markup or odd spacing inside."""
    parts = draw(st.lists(words, min_size=3, max_size=30))
    if draw(st.booleans()):
        parts.insert(draw(st.integers(0, len(parts))), "said")
    if draw(st.integers(0, 4)) == 0:
        parts.insert(draw(st.integers(0, len(parts))), draw(st.sampled_from(_HTML)))
    space = draw(st.sampled_from(_SPACES)) if draw(st.integers(0, 5)) == 0 else " "
    text = space.join(parts)
    if draw(st.integers(0, 6)) == 0:
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(_INVISIBLES)) + text[at:]
    end = draw(st.sampled_from([".", ".", ".", "?", "!", ":", "", ".\u201d", '."']))
    return text[:1].upper() + text[1:] + end


@st.composite
def lines(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 9))
    if kind <= 3:
        return draw(sentences())
    if kind == 4:
        return draw(st.sampled_from(_BOILERPLATE))
    if kind == 5:
        return ""
    if kind == 6:
        marker = draw(st.sampled_from(["- ", "* ", "• ", "1. ", "2) ", "– "]))
        return marker + draw(sentences())
    if kind == 7:
        heading = " ".join(draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6)))
        return draw(st.sampled_from(["", "## ", "### ", "# "])) + heading.capitalize()
    if kind == 8:
        return draw(st.sampled_from(_HTML)) + draw(sentences()) + draw(st.sampled_from(_HTML))
    return draw(st.text(max_size=60))  # anything at all


@st.composite
def articles(draw: st.DrawFn) -> str:
    body = draw(st.lists(lines(), max_size=25))
    newline = draw(st.sampled_from(["\n", "\n", "\r\n", "\r", "\n\n"]))
    return newline.join(body)


titles = st.one_of(
    st.just(""),
    st.lists(st.sampled_from(_WORDS), min_size=2, max_size=8).map(lambda w: " ".join(w).title()),
    st.text(max_size=30),
)


def normalise(text: str) -> str:
    """Text as the cleaner compares it: invisible characters gone, whitespace runs one space."""
    return " ".join(_INVISIBLE.sub("", text).split())


@SETTINGS
@given(raw=st.text(max_size=400) | articles(), title=titles)
def test_the_cleaner_never_raises(raw: str, title: str) -> None:
    cleaned = clean(raw, title)
    assert isinstance(cleaned.text, str)


@SETTINGS
@given(raw=articles(), title=titles)
@example(raw="Report\n\n<b>Café</b> talks said\u00a0 went well.\r\n- one\r\n- two", title="")
def test_the_cleaner_never_invents_text(raw: str, title: str) -> None:
    source = normalise(raw)
    for line in story_lines(clean(raw, title)):
        assert normalise(line) in source, (line, raw)


@SETTINGS
@given(raw=articles(), title=titles)
# A page whose only text left is a headline-like line: kept, cleaned once or twice.
@example(
    raw="\u200bthe the 0 0 talks the 0 the the 0 0.\n<b>\u200bthe the 0 0 talks the 0 the the 0 0.<b>"
    "\nThe the the",
    title="",
)
@example(raw="\u200b<b> the the the.\n\u200b<b> the the the the the the the the?", title="")
# A line rewording the headline below the line the headline was taken from: the story's.
@example(
    raw="\u200bthe the the the the council harbour bridge.\nSaid <b> council harbour bridge",
    title="",
)
# A question in a headline's capitals opening a page with no title: the headline, both times.
@example(raw="The the the the the the the »?\n<b> the the the.", title="")
# A line above the lead rewording it, the headline taken from the lead: the story's, both times.
@example(raw="Council said harbour bridge\nThe the the the the council harbour bridge.", title="")
# A colon label over only a picture's caption at the foot: over nothing kept, gone both times.
@example(raw="The the the:\n\u00ba\n\u00ba", title="0")
def test_cleaning_the_cleaned_text_again_changes_nothing(raw: str, title: str) -> None:
    once = clean(raw, title)
    # Without a title the cleaner takes the headline from the text; the second pass gets it.
    twice = clean(once.text, title or once.headline)
    assert twice.text == once.text, [r for r in twice.removed]
