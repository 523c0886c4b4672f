"""A sentence that hands the quotation after it to a text or to another voice.

A bare quotation after a sentence opening with the one person who spoke just before goes on
with their words (attribution.py), unless that sentence brings in something else that carries
words: a text she reads out or points to ("She read out a letter a resident had sent", "She
pointed to a banner the fans had hung"), someone else's words she recalls ("She recalled what
her first coach used to tell her"), or a question put to her ("She was asked about ...").
Then the quotation may be the text, the other voice or the answer: whose it is, unclear.
"""

from __future__ import annotations

import re

# Things that carry words, after a determiner and up to two modifiers ("a handwritten
# letter", "the fans' banner"): the quotation under them may be their words. The determiner
# keeps verbs out ("she will sign", "to post").
_WORD_CARRIERS = (
    r"letters?|notes?|banners?|signs?|placards?|posters?|posts?|tweets?|messages?|e-?mails?"
    r"|texts?|notices?|slogans?|mottos?|poems?|prayers?|verses?|lyrics|songs?|chants?"
    r"|headlines?|captions?|inscriptions?|petitions?|memos?|diary|diaries|cards?|graffiti"
    r"|scripts?|transcripts?|quotes?|quotations?|passages?|proverbs?|sayings?|questions?"
)
# Not a modifier of the noun after it ("the post match press conference"): the carrier ends
# its phrase, or a clause or phrase about it follows ("a letter a resident had sent", "a
# banner the fans had hung", "a note from her son", "a sign reading").
_PHRASE_END = (
    r"(?=\s*(?:[.,;:!?()\u2013\u2014\"“”‘’']|$)|\s+(?:the|a|an|from|by|of|to|that|which|who"
    r"|she|he|they|it|we|i|her|his|their|its|in|on|at|with|about|and|for|[a-z]+(?:ed|ing|en))\b)"
)
_CARRIER = re.compile(
    r"\b(?:a|an|the|her|his|their|its|one|this|that|these|those|[\w-]+['’]s?)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}(?:{_WORD_CARRIERS})\b{_PHRASE_END}",
    re.IGNORECASE,
)
# Reading or repeating words not her own, or being put a question: "read out", "recited",
# "quoted", "was asked", "asked her".
_REPEATING = re.compile(
    r"\b(?:read(?:s|ing)?\s+(?:out|aloud|from)|recit(?:e|es|ed|ing)|quot(?:e|es|ed|ing)"
    r"|(?:was|were|is|are|been|being)\s+(?:also\s+|then\s+|later\s+)?(?:asked|questioned"
    r"|pressed)|asked\s+(?:her|him|them)\b)",
    re.IGNORECASE,
)
# Another voice's words, brought in: "what her coach used to tell her", "the words her
# mother had said", "how a teacher once told him".
_OTHER_VOICE = re.compile(
    r"\b(?:what|how|words)\s+(?:her|his|their|my|our|a|an|the|one)\s+[^.;:!?,]{1,50}?"
    r"\b(?:told|tell|tells|said|say|says|wrote|write|writes|called|shouted|whispered)\b",
    re.IGNORECASE,
)  # the other voice is the clause's own subject: not "what changed, he said"


def hands_over(sentence: str) -> bool:
    """Whether a sentence brings in a text, another voice or a question to its subject, so
    that a bare quotation after it need not be its subject's words."""
    return bool(
        _CARRIER.search(sentence) or _REPEATING.search(sentence) or _OTHER_VOICE.search(sentence)
    )


def another_voice(sentence: str) -> bool:
    """Whether a sentence brings in someone else's words as what its speaker recalls or
    reports ("She recalled what her first coach used to tell her"): a bare quotation after it
    may be theirs."""
    return bool(_OTHER_VOICE.search(sentence))
