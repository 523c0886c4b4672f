"""`quotes()`: an article's cleaned text read into its Quote records.

It finds the quoted spans, reads the names of the whole article, then reads the sentences in
order up to the last quote (attribution.Reader) and makes a Quote of each quote kept, one of
a quotation a line break cut mid-sentence. A quote left open at the end of its paragraph
takes the speaker its rest names. A quote kept
without a speaker takes the one speaker of the other quotes that hold the same
words (a fragment in the lede, the full quote below it). A speaker quoting their own words
("I said, 'What is going on?'") is the speaker of that inner quote too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from generator.analysis.quotes.attribution import Found, Reader, bare_quotation
from generator.analysis.quotes.descriptions import fullest, proper_words, quieter, tidy
from generator.analysis.quotes.documents import may_introduce, mentions
from generator.analysis.quotes.lead_speaker import interview_answers, lead_speaker
from generator.analysis.quotes.marks import SINGLE_MARK, may_quote, single_close
from generator.analysis.quotes.names import Names
from generator.analysis.quotes.paragraphs import Paragraph, add_sentences, paragraphs_of
from generator.analysis.quotes.speakers import Said
from generator.models import Quote


def quotes(text: str) -> tuple[Quote, ...]:
    """The direct quotations of an article's cleaned text, in order, with their speakers."""
    if not may_quote(text):
        return ()  # reading the sentences for speakers is the costly part
    paragraphs = paragraphs_of(text)
    if not any(paragraph.spans for paragraph in paragraphs):
        return ()  # its marks were apostrophes: still nothing to read
    add_sentences(paragraphs)
    statements = may_introduce(text)
    sentences = _through_last_quote(paragraphs, statements)
    reader = Reader(Names(paragraphs, _named_near(paragraphs, sentences)), paragraphs, statements)
    for (paragraph, bounds), near in sentences:
        if near:
            reader.read(paragraph, bounds)
        else:
            reader.skip(paragraph, bounds)
    _run_back(reader.found)
    _same_words(reader.found)
    lead_speaker(reader)
    interview_answers(reader)
    found_quotes: list[Quote] = []
    for parts in _wrapped_lines(reader.found):
        if any(part.keep for part in parts):
            quote = _quote(parts[0]) if len(parts) == 1 else _joined(text, parts)
            found_quotes.append(quote)
            if quote.speaker is not None and "I" in quote.text:
                found_quotes += _self_quotes(quote)
    return _described(found_quotes, _proper_on_demand(text))


def _proper_on_demand(text: str) -> Callable[[str], bool]:
    """Whether the text writes a word with a capital mid-sentence (proper_words), its words
    gathered the first time a description asks: most articles' descriptions never do."""
    gathered = functools.cache(lambda: proper_words(text))
    return lambda word: word in gathered()


def _described(found: list[Quote], proper: Callable[[str], bool]) -> tuple[Quote, ...]:
    """The quotes with their descriptions tidied (descriptions.tidy), each speaker's the
    fullest the article gives them, and role speakers written in capitals ("A JUDGE") in
    lower case."""
    # A speaker's quotes mostly carry one description: each is tidied once.
    tidy_once = functools.cache(lambda description: tidy(description, proper))
    tidied = [
        quote.speaker_description
        if quote.speaker_description.casefold() == (quote.speaker or "").casefold()
        else tidy_once(quote.speaker_description)  # not a role's own words: "One resident"
        for quote in found
    ]
    by_speaker: dict[str, list[str]] = {}
    for quote, description in zip(found, tidied, strict=True):
        if quote.speaker is not None:
            by_speaker.setdefault(quote.speaker, []).append(description)
    one = {speaker: fullest(descriptions) for speaker, descriptions in by_speaker.items()}
    named = {speaker: _monarch(quieter(speaker), one[speaker]) for speaker in one}
    return tuple(
        replace(quote, speaker=named[quote.speaker][0], speaker_description=named[quote.speaker][1])
        if quote.speaker is not None
        and named[quote.speaker] != (quote.speaker, quote.speaker_description)
        else quote
        for quote in found
    )


# A monarch's title, part of how news names them: "King Charles", "Pope Leo XIV".
_MONARCHS = frozenset(
    {"king", "queen", "pope", "prince", "princess", "emperor", "empress", "sultan", "emir"}
    | {"tsar", "czar", "shah"}
)
# A given name alone, or with its regnal number: "Charles", "Charles III".
_REGNAL_NAME = re.compile(r"[A-Z][\w’'-]*(?: [IVX]+)?")


def _monarch(speaker: str, description: str) -> tuple[str, str]:
    """A speaker named by a given name alone ("Charles", "Charles III") whose description is
    a monarch's title ("King", "Crown Prince", "British King"), with the title before the
    name as news writes it: ("King Charles", ""), ("King Charles", "British King"). Any other
    (speaker, description) as it is: "Keir Starmer", "King" is not retitled."""
    words = description.split()
    if not words or words[-1].lower() not in _MONARCHS or not _REGNAL_NAME.fullmatch(speaker):
        return speaker, description
    if all(word[:1].isupper() for word in words):  # the title as a whole: "Crown Prince"
        return f"{description} {speaker}", ""
    return f"{words[-1].title()} {speaker}", description


def _self_quotes(quote: Quote) -> Iterator[Quote]:
    """The words a quote gives its own speaker as having said or thought, as quotes of theirs:
    "I said, 'What is going on?'"."""
    for match in _SELF_QUOTE.finditer(quote.text):
        marks = [m.start() for m in SINGLE_MARK.finditer(quote.text, match.end())]
        close = single_close(quote.text, marks)
        if close is not None and close > match.end():
            inner = quote.text[match.end() : close].rstrip(",").rstrip()
            yield replace(quote, text=inner, start=quote.start + match.end())


# Inside a quote, the speaker quoting themselves: "I said, '", "all I was thinking was, ‘".
_SELF_QUOTE = re.compile(
    r"\bI (?:[a-z]+ ){0,2}(?:said|say|says|thought|think|thinking|asked|ask|told myself"
    r"|tell myself)(?: was)?[,:] ?[‘']"
)


# Where an attribution in a quote's own sentence was found, not from its neighbours.
_OWN_SENTENCE = ("after", "before", "sentence", "according to")
# Where the rest of a quotation may have found the speaker it gives its start: its own
# sentence, the credit line under the whole quotation, or a later part.
_RUN_BACK_FROM = (*_OWN_SENTENCE, "credit line", "continued back")


def _run_back(found: list[Found]) -> None:
    """Give a quote left open at the end of its paragraph, and without a speaker, the speaker
    the rest of it names in the next paragraph: '"We are free to report. / "But we must be
    fair," he added.' is one quotation, and one person's."""
    for index in range(len(found) - 2, -1, -1):
        item, rest = found[index], found[index + 1]
        if item.said is not None and item.said.speaker is not None:
            continue
        said = rest.said
        if not (item.span.continued and rest.span.continues) or said is None or not said.speaker:
            continue
        if said.how.split(",")[0] in _RUN_BACK_FROM:
            item.said = Said(said.speaker, said.description, "continued back", said.person)
            item.keep = True


# Fewer words than this are a phrase anyone may use ("deeply concerning"), not one quote.
_REPEATED_WORDS = 4
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _same_words(found: list[Found]) -> None:
    """Give a quote kept without a speaker the one speaker of the other quotes that hold its
    words, or whose words it holds: the same words quoted twice are one person's. The quote
    that continues it into the next paragraph follows it."""
    if all(_named(item) for item in found):
        return  # every quote has its speaker, by name: no words to compare
    words = [_words(item) for item in found]
    long = [len(text.split()) >= _REPEATED_WORDS for text in words]
    for index, item in enumerate(found):
        if not item.keep or _named(item):
            continue
        if item.said is not None and item.said.speaker is not None:
            # Said by "a police spokesman", and by name elsewhere: the named one's words.
            _name_the_unnamed(item, index, found, words, long)
            continue
        previous = found[index - 1].said if index else None
        if item.span.continues and previous is not None and previous.speaker is not None:
            item.said = Said(previous.speaker, previous.description, "continued", previous.person)
            continue  # its previous part was given its speaker here: reading could not
        said = _one_speaker_of_same_words(index, found, words, long, lambda _: True)
        if said is not None:
            item.said = Said(said.speaker, said.description, "repeated", said.person)


def _named(item: Found) -> bool:
    """Whether a quote has a speaker other than an unnamed one ("a police spokesman")."""
    said = item.said
    return said is not None and said.speaker is not None and not _unnamed(said)


def _unnamed(said: Said) -> bool:
    return said.person is not None and said.person.role and said.speaker is not None


def _name_the_unnamed(
    item: Found, index: int, found: list[Found], words: list[str], long: list[bool]
) -> None:
    """Give a quote an unnamed speaker said ("a police spokesman said") the one named speaker
    of the other quotes that hold the same words: the lede's spokesman is named below."""
    if item.said is None:
        return
    said = _one_speaker_of_same_words(
        index, found, words, long, lambda other: _named(other) and other.said.person is not None
    )
    if said is not None:
        item.said = Said(said.speaker, said.description, "repeated", said.person)


def _one_speaker_of_same_words(
    index: int,
    found: list[Found],
    words: list[str],
    long: list[bool],
    eligible: Callable[[Found], bool],
) -> Said | None:
    """The one speaker of the other eligible quotes, long enough to tell, that hold the
    quote's words or whose words it holds; None if there is none, or more than one."""
    if not long[index]:
        return None
    speakers = {
        other.said.speaker: other.said
        for at, other in enumerate(found)
        if at != index
        and other.said is not None
        and other.said.speaker is not None
        and long[at]
        and eligible(other)
        and (words[at] in words[index] or words[index] in words[at])
    }
    return next(iter(speakers.values())) if len(speakers) == 1 else None


def _words(item: Found) -> str:
    """A quote's words in lower case, one space around each, to find one inside another."""
    text = item.paragraph.text[item.span.begin : item.span.end].lower()
    return f" {' '.join(_WORD.findall(text))} "


# How many sentences before a quote's are read for it: as far back as any rule looks for
# who spoke or was named (speakers.py: the speaker a role was given, five sentences back).
READ_BEFORE = 5


def _through_last_quote(
    paragraphs: list[Paragraph], statements: bool = True
) -> list[tuple[tuple[Paragraph, tuple[int, int]], bool]]:
    """The article's sentences, each with its paragraph, up to the last that holds a quote,
    and whether the reader reads it: one that holds a quote, one of the READ_BEFORE
    sentences before such a one, one that introduces a statement (whom "the statement
    said" stands for, however far below; `statements` False: the article may introduce none).

    Reading a sentence attributes its own quotes and tells the later ones who spoke: the
    sentences after the last quote can change nothing, and are not read; nor is whom a
    sentence further from the next quote names or shows speaking (most of a long
    article's sentences)."""
    every = [(paragraph, bounds) for paragraph in paragraphs for bounds in paragraph.bounds]
    quoting: list[int] = []
    index = 0
    for paragraph in paragraphs:  # only the sentences of paragraphs that quote are looked at
        opens = [span.open for span in paragraph.spans]
        if opens:
            quoting += [
                index + at
                for at, (start, end) in enumerate(paragraph.bounds)
                if any(start <= open_at < end for open_at in opens)
            ]
        index += len(paragraph.bounds)
    if not quoting:
        return []
    near = [False] * (quoting[-1] + 1)
    for index in quoting:
        first = max(0, index - READ_BEFORE)
        near[first : index + 1] = [True] * (index + 1 - first)
    for index, (paragraph, bounds) in enumerate(every[: len(near)] if statements else []):
        near[index] = near[index] or bool(mentions(paragraph.masked, bounds))
    return list(zip(every[: len(near)], near, strict=True))


def _named_near(
    paragraphs: list[Paragraph], sentences: list[tuple[tuple[Paragraph, tuple[int, int]], bool]]
) -> list[bool]:
    """For each sentence of the article, whether the names pass reads it whatever it names:
    those the reader reads, headings (the person a heading names speaks the bare quotes
    under it), and the paragraph after a bare quote (a credit line names its speaker)."""
    near = [flag for _, flag in sentences]
    flags: list[bool] = []
    for paragraph in paragraphs:
        previous = paragraphs[paragraph.index - 1] if paragraph.index else None
        always = paragraph.text.startswith("#") or (
            previous is not None and bool(previous.spans) and bare_quotation(previous)
        )
        for _ in paragraph.bounds:
            flags.append(always or (len(flags) < len(near) and near[len(flags)]))
    return flags


def _wrapped_lines(found: list[Found]) -> Iterator[list[Found]]:
    """The quotes in order, those a line break cut mid-sentence together: "build on the
    strong" / "foundation established by X," said Y' is one quotation typed over two lines
    that the text's line breaks made two paragraphs."""
    parts: list[Found] = []
    for item in found:
        if parts and not _cut_mid_sentence(parts[-1], item):
            yield parts
            parts = []
        parts.append(item)
    if parts:
        yield parts


def _cut_mid_sentence(item: Found, rest: Found) -> bool:
    """Whether a quote runs on into the next paragraph mid-sentence, with no mark opening
    the rest: a wrapped line, not a new paragraph of the quotation."""
    words = item.paragraph.text[item.span.begin : item.span.end].rstrip()
    return (
        item.span.continued
        and rest.span.continues
        and rest.span.begin == 0
        and (words[-1:].isalnum() or words.endswith(","))
    )


def _joined(text: str, parts: list[Found]) -> Quote:
    """One quote of the parts a line break cut, with the first speaker any of them has."""
    first, last = _quote(parts[0]), _quote(parts[-1])
    end = last.start + len(last.text)
    said = next((part for part in parts if part.said is not None and part.said.speaker), None)
    speaker = _quote(said) if said is not None else first
    return replace(
        speaker, text=text[first.start : end], paragraph=first.paragraph, start=first.start
    )


def _quote(found: Found) -> Quote:
    paragraph, span, said = found.paragraph, found.span, found.said
    raw = paragraph.text[span.begin : span.end]
    stripped = raw.strip().rstrip(",").rstrip()
    offset = paragraph.start + span.begin + raw.find(stripped)
    if said is None or said.speaker is None:
        return Quote(stripped, None, "", paragraph.index, offset, "none")
    return Quote(stripped, said.speaker, said.description, paragraph.index, offset, said.how)
