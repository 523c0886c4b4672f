"""Words around a quote that say it is not its nearest speaker's own.

A speech verb before a quote names who spoke (attribution.py), unless the words between them
say the quote is someone else's: the verb is negated or denied ("X denied calling it "...""),
the speaker quotes or cites another ("X quoted Y:", "citing his "...""), reads out or shares
another's text ("X read out Y's letter:"), asks about the phrase ("X asked about the "..."")
or is asked it ("X, asked whether it was "...", said"), or the quote is the content of a claim
that is not the speaker's ("X dismissed claims that she was "...""). Then the quote is left
unattributed: a wrong speaker is worse than none.
"""

from __future__ import annotations

import re

from generator.analysis.quotes.abstentions import in_relative_clause
from generator.analysis.quotes.clauses import Clause
from generator.analysis.quotes.names import words_of
from generator.analysis.quotes.quoted_as import quoted_as_saying

# A speech verb said not to have been used: "did not say", "never called", "denied ever
# calling", "let alone tell", "refused to call". What follows is what the subject did not say.
_NEGATED = re.compile(
    r"(?:\b(?:not|never|nor|let alone|without)|n['’]t|\bden(?:y|ies|ied|ying)"
    r"|\brefus(?:e|es|ed|ing) to)\s+(?:(?:ever|even|actually|once|publicly|directly"
    r"|specifically|explicitly|have|having|be|been)\s+)*$",
    re.IGNORECASE,
)
_NEGATION_REACH = 40  # characters before a verb that _NEGATED reads
# Someone else's words the speaker repeats: "X quoted Churchill", "X, citing the report,
# wrote", "X retweeted Y:", "X quoted Y as saying"; not "X, quoted by Reuters, said" nor "X
# was quoted as saying", whose words are X's.
_QUOTING = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\bbeing )"
    r"\b(?:quoted|quoting|quotes|cited|citing|cites|paraphrased|paraphrasing"
    r"|re-?tweeted|re-?tweeting|re-?posted|re-?posting)\b"
    r"(?!\s+(?:by|in|from)\b)(?!\s*$)",  # not right before the quote: "citing "..."" may be own
    re.IGNORECASE,
)
# A question's topic in quotes: "X asked about the "special relationship"": the phrase is
# the one the question is about, someone else's as often as the asker's.
_ASKED_ABOUT = re.compile(
    r"(?:ask|asks|asked|asking|questioned|queried|inquired|enquired|pressed)\b[^.;:!?]*"
    r"\babout\s+(?:(?:the|a|an|his|her|its|their|these|those|this|that|such)\s+)?$",
    re.IGNORECASE,
)
# A claim's content, the claimant not the speaker: "X dismissed claims that she was "..."",
# "X said reports by Y that ... were "..."" ("Y's claims that" is _OTHERS_WORDS).
_CLAIMS_THAT = re.compile(
    r"(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\btheir )(?<!\bmy )(?<!\bour )"
    r"\b(?:claims?|allegations?|accusations?|assertions?|suggestions?|charges?|reports?"
    r"|rumou?rs?|speculation)\s+(?:(?:by|from|of)\s+[^,;:.]{1,60}?\s+)?that\b",
    re.IGNORECASE,
)


# A text of someone else's that the quote is from: "X shared Y's post:", "X read out a letter
# from Y:". Not an outlet's report, which quotes its speaker ("X told the BBC's programme").
_TEXTS = r"(?:statement|letter|memo|post|tweet|message|e-?mail|note|communiqu[eé]|release)s?"
_OTHERS_TEXT = re.compile(
    rf"(?:\b[A-Z][\w-]*['’]s\s+(?:[a-z-]+\s+)?{_TEXTS}"
    rf"|\b{_TEXTS}\s+(?:from|by|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*)+)"
    r"(?:\s+(?:on|in|at|to|last|this)\s+[\w ]{1,25}?)?\s*[:,]\s*$"  # it opens the quote
)
# A relative clause between a speech verb and a one-word quote puts the word in a clause of
# its own ('X said the way in which they were "dealt with" ...'): a scare quote, or a word of
# whoever the clause is about, more likely than the speaker's. Its opener: the relative word,
# after a comma or dash (with its preposition: ", in which", ", all of whom") when set off.
_RELATIVE = re.compile(
    r"(?P<set_off>[,\u2013\u2014]\s*(?:(?:\w+\s+)?(?:of|in|on|at|by|for|to|from|with|under"
    r"|during|after|before|through|against|about)\s+)?)?\b(?:which|whom|whose)\b",
    re.IGNORECASE,
)
_CLAUSE_CLOSE = re.compile(r"[,\u2013\u2014]")


def _inside_relative(between: str) -> bool:
    """Whether the words before a quote end inside a relative clause: one that is not set off
    runs on to the quote ('the way in which they were'); one set off by a comma or dash is
    closed by the next one ('the deal, which took months, was "historic"': the speaker's)."""
    openers = list(_RELATIVE.finditer(between))
    if not openers:
        return False
    last = openers[-1]
    return last["set_off"] is None or not _CLAUSE_CLOSE.search(between, last.end())


# Asked, not asking: "X, asked whether ...", "when questioned about ...".
_QUESTION_VERBS = frozenset({"asked", "questioned", "pressed"})
_ASKED = re.compile(r"(?:,|\bwhen|\bwas|\bwere|\bbeing|\bif|\bonce)\s*$", re.IGNORECASE)


def not_theirs(
    masked: str, quote_open: int, governing: Clause, earlier: list[Clause], quoted: str | None
) -> bool:
    """Whether the words of the governing speech verb's clause say that the quote is not its
    subject's words: a verb between it and the quote is negated or denied, its subject quotes
    or cites someone else, asks about the quoted phrase, or the quote is the content of a claim
    no owner of which is the speaker, or a quoted word stands in a relative clause still open.
    `quoted`: the quote's words, None for a full quotation."""
    full = quoted is None
    for clause in earlier:
        if clause.start < governing.start:
            continue
        if _NEGATED.search(masked, max(0, clause.start - _NEGATION_REACH), clause.start):
            return True
    between = masked[governing.start : quote_open]
    if _QUOTING.search(between) or _CLAIMS_THAT.search(between) or _OTHERS_TEXT.search(between):
        return True
    if quoted is not None and len(quoted.split()) == 1 and _inside_relative(between):
        return True
    if (
        quoted is not None
        and governing.inverted
        and in_relative_clause(masked, governing.end, quote_open)
    ):
        return True  # 'said X, who made a "pair" on debut': the narrator's word about X
    verb = masked[governing.start : governing.end].lower()
    if (
        verb in _QUESTION_VERBS
        and "," not in masked[governing.end : quote_open]
        and _ASKED.search(masked, max(0, governing.start - 12), governing.start)
    ):
        return True  # "X, asked whether it was "...", said no": the question's words
    as_saying = re.search(r"\bas\s+$", masked[max(0, governing.start - 5) : governing.start])
    if as_saying and _QUOTING.search(masked, max(0, governing.start - 80), governing.start):
        # "X quoted Y as saying "..."": Y's words, as X reports them; the clause's subject
        # is Y when the words read so (quoted_as.py), and then the words are theirs.
        quoted = quoted_as_saying(words_of(masked[max(0, governing.start - 80) : governing.start]))
        return quoted is None or quoted.kind == "none"
    return not full and bool(_ASKED_ABOUT.match(between))


def quotes_another(head: str) -> bool:
    """Whether the words before a colon that opens a quote say whose words it repeats: "X
    quoted Churchill:", "X read out a letter from Y:"."""
    return bool(_QUOTING.search(head) or _OTHERS_TEXT.search(head))
