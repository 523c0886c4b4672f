"""The page's own controls, alone on their lines: share and page widgets, counters, buttons, an
advertisement's label, an icon set spelled out, a stray word. Each reads one line's text."""

from __future__ import annotations

import re

from generator.analysis.boilerplate import (
    AD_LABEL,
    AD_SHORT_LABEL,
    AD_WORD,
    CONTACT,
    CONTROL_ACTIONS,
    CONTROL_OBJECTS,
    COUNTER,
    COUNTER_WORDS,
    PAGE_CONTROL,
    PAGE_NOTICE,
    READ_COUNT,
    SHARE_CORE,
    SHARE_WORDS,
    SOCIAL_COUNT,
    STRAY_WORD,
    TIME_WORDS,
    TOKEN_LINE,
    VIEWER_CONTROL,
    WEB_ADDRESS,
    hint,
)
from generator.analysis.lines import WORD_OR_NUMBER, ends_sentence, undecorated, words
from generator.analysis.summary import quick_sentences

_SHARE_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")  # "e-mail"; a word of any script
_DOMAIN = re.compile(r"\.(?:com|net|org|co|io|news|tv|info)\b")
_COUNTER_BAR_WORDS = TIME_WORDS | COUNTER_WORDS
_CONTROL_LENGTH = 60  # characters: a player's or a feedback box's button is shorter
_COUNTED = hint("view", "read", "comment", "share", "like")
_WIDGET_WORDS = hint(
    "listen",
    "audio",
    "narration",
    "voice",
    "summary",
    "question",
    "ask",
    "version",
    "browser",
    "javascript",
)


def is_stray_word(text: str) -> bool:
    """A file name's or menu item's word in lower case, or a tracking code, alone on a line."""
    return bool(STRAY_WORD.match(text) or TOKEN_LINE.match(text))


def is_advertisement(text: str) -> bool:
    label = undecorated(text)
    by_word = AD_WORD.search(label) and words(label) <= 6
    return bool(
        AD_LABEL.match(label) or by_word or (AD_SHORT_LABEL.search(label) and words(label) <= 2)
    )


def is_share_widget(text: str) -> bool:
    bare = text.lower()
    if "@" in bare or "." in bare:  # handles and addresses ("Share this @site.com"): left out
        bare = " ".join(t for t in bare.split() if "@" not in t and not _DOMAIN.search(t))
    tokens = set(_SHARE_TOKEN.findall(bare))
    if SOCIAL_COUNT.match(text) or WEB_ADDRESS.match(text):
        return True
    if CONTACT.match(text):
        return False  # "Email: jane@paper.com": the author's address, a byline
    return 0 < len(tokens) <= 12 and tokens <= SHARE_WORDS and bool(tokens & SHARE_CORE)


def is_page_widget(text: str) -> bool:
    """Text size, listen and reaction buttons, counters: the page's controls, not the story."""
    if PAGE_CONTROL.match(text) or COUNTER.match(text) or READ_COUNT.match(text):
        return True
    if len(text) <= _CONTROL_LENGTH and VIEWER_CONTROL.match(text):
        return True
    if _WIDGET_WORDS.search(text.lower()) and PAGE_NOTICE.search(text):
        return True
    lower = text.lower()
    if not _COUNTED.search(lower):
        return False
    tokens = set(WORD_OR_NUMBER.findall(lower))  # "2 hours ago 5,682 Views No Comments"
    counted = tokens & {"views", "reads", "comments", "shares", "likes"}
    named = {token for token in tokens if not token.isdigit()}
    numbered = "no" in tokens or len(named) < len(tokens)
    return bool(counted) and numbered and named <= _COUNTER_BAR_WORDS


_CONTROL_BAR_WORDS = 5


_ANSWERS = frozenset({"yes", "no"})


def is_control_bar(text: str) -> bool:
    """Buttons alone on their line, whatever the site calls them: every word a verb of using
    the page or what it acts on ("Listen 4:32", "Next article »", "Download PDF"), or the two
    answers of a feedback box ("Yes No"). A line ending as a sentence is the story's."""
    if ends_sentence(text):
        return False
    tokens = WORD_OR_NUMBER.findall(text.lower())
    named = [token for token in tokens if not token.isdigit()]
    if not named or len(named) > _CONTROL_BAR_WORDS:
        return False
    if set(named) == _ANSWERS:
        return True
    return bool(set(named) & CONTROL_ACTIONS) and set(named) <= CONTROL_ACTIONS | CONTROL_OBJECTS


# An icon's text alternative, which a scraper prints with the icon's name: "Calendar An icon
# of a desk calendar.", "Search Icon A magnifying glass icon that is used to ...".
_ICON_ALT = re.compile(r"(?i)\ban icon\b|\b(?:a|an) [\w-]+(?: [\w-]+)? icon\b")


_ICON_SENTENCES = 3


def is_icon_labels(text: str) -> bool:
    """A page's icon set spelled out: three sentences or more that describe an icon, and at
    least half the line's sentences. A story about a logo names one icon, not a set."""
    if "icon" not in text.lower():
        return False
    sentences = quick_sentences(text)
    icons = sum(1 for sentence in sentences if _ICON_ALT.search(sentence))
    return icons >= _ICON_SENTENCES and 2 * icons >= len(sentences)
