"""Links to other stories: "Related"/"Most read" blocks, runs of unrelated headlines, tag lists."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice, takewhile

from generator.analysis.boilerplate import RELATED_HEADING, TAG_HEADING
from generator.analysis.bylines import statement_signature
from generator.analysis.captions import CAPTION
from generator.analysis.excerpt_cuts import cut_by_scraper, story_runs_on
from generator.analysis.figure_rows import SHORT_LABEL, figure_row, figures
from generator.analysis.lines import (
    Doc,
    Line,
    announces_list,
    content_words,
    cut_summary,
    ends_sentence,
    headline_like,
    is_chrome_sized,
    is_prose,
    line_words,
    next_kept,
    runs_on_kept,
    sentence_like,
    speaks_to_reader,
    undecorated,
    words,
)
from generator.analysis.run_marks import marked_start

TEASER = "related-article teaser"
_QUOTING = 20  # words: a paragraph that long, with quotes, is more likely story than a summary
_SAID = re.compile(r"\bsaid\b")
_RUN = 3  # headlines in a row, with no story between them, that are not the story's
_RUN_BELOW = 2  # the same, below the story's last paragraph, of short headlines
_SHORT_TEASER = 15  # words
# "LIST: ...", "KEY LINKS: ...": a label in capitals before a link's headline.
_CAPS_LABEL = re.compile(r"^\W*[A-Z]{2,}(?:[ -][A-Z]{2,}){0,3}\s*:\s*(?=\S)")


def _is_teaser_card(text: str) -> bool:
    """A headline, or a summary without a story paragraph's quotes and attribution."""
    return headline_like(text) or (is_chrome_sized(text, 60) and '"' not in text)


def drop_related_blocks(doc: Doc) -> None:
    """A "Related"/"Most read"/"Read more" heading below some story, and its teasers."""
    kept = doc.kept()
    # The story's words above the current line, summed up only once a heading is found (most
    # pages have none) and then as the loop goes: a line's fate is settled once passed, so a
    # long page costs linear time rather than quadratic.
    story: set[str] | None = None
    prose_above = False
    for position, heading in enumerate(kept):
        # Above the story a "Related" line is a menu item, left to the navigation rules.
        if (
            not heading.reason
            and prose_above
            and words(heading.plain) <= 8
            and RELATED_HEADING.match(undecorated(heading.plain))
            and not _introduces_prose(kept, position)
        ):
            heading.reason = TEASER
            if story is None:
                story = _words_of(line for line in kept[:position] if not line.reason)
            _drop_teasers(kept, position, story)
        if not heading.reason:
            prose_above = prose_above or is_prose(heading.plain)
            if story is not None:
                story |= line_words(heading)


def _words_of(lines: Iterable[Line]) -> set[str]:
    """The content words of all `lines`."""
    found: set[str] = set()
    for line in lines:
        found |= line_words(line)
    return found


_INTRODUCING_WORDS = 3  # "Also on this date:"; "Related:", "Read more:" are labels
_INTRODUCED = 2  # paragraphs of prose right under it


def _introduces_prose(kept: list[Line], position: int) -> bool:
    """A heading of three words or more ending in a colon ("Also on this date:") right above
    two paragraphs of prose: the story's own lead-in to what follows, as a heading over a
    table of figures is (announced._introduced_tallies), not a label over links."""
    heading = kept[position]
    if heading.words < _INTRODUCING_WORDS or not heading.plain.rstrip().endswith(":"):
        return False
    below = [line for line in kept[position + 1 :] if not line.reason][:_INTRODUCED]
    return len(below) == _INTRODUCED and all(is_prose(line.plain) for line in below)


def _drop_teasers(kept: list[Line], position: int, story: set[str]) -> None:
    """The teasers under the related-articles heading at `position`."""

    def rest() -> Iterator[Line]:
        return (kept[i] for i in range(position + 1, len(kept)) if not kept[i].reason)

    def off_topic(line: Line) -> bool:
        found = line_words(line)
        return headline_like(line.plain) or len(found & story) < 0.25 * max(1, len(found))

    first = list(islice(rest(), 5))
    short = len(first) <= 4 and all(_is_teaser_card(line.plain) for line in first)
    # A paragraph with quotes right under the heading (or under a caption there): the story goes
    # on (the link the heading announced was lost), and the teasers, if any, come later.
    resumes = any(line.words >= _QUOTING and '"' in line.plain for line in first[:2])
    if not resumes and (short or all(off_topic(line) for line in rest())):
        teasers = list(rest())
    else:  # More story follows: only the headlines right under the heading are teasers.
        teasers = list(takewhile(lambda line: headline_like(line.plain), rest()))
    for line in teasers:
        line.reason = TEASER


def drop_tag_blocks(doc: Doc) -> None:
    """A "Topics:"/"In this article:" heading and the short items listed under it."""
    kept, index = doc.kept(), 0
    while index < len(kept):
        heading = kept[index]
        index += 1
        if heading.words > 8 or not TAG_HEADING.match(undecorated(heading.plain)):
            continue
        heading.reason = "tags"
        while index < len(kept) and _is_tag(kept[index]):
            kept[index].reason = "tags"
            index += 1


def _is_tag(line: Line) -> bool:
    """A short item of a tag list; a "More on this story" below it starts another block."""
    short = line.words <= 4 and not ends_sentence(line.plain)
    return short and not RELATED_HEADING.match(undecorated(line.plain))


def drop_summary_runs(doc: Doc) -> None:
    """Teaser cards giving the first words of other stories: lines cut short on "…", in a
    row or each under its headline. A story may end one paragraph on an ellipsis, or quote one
    trailing off; three such cards (two with no story after them) are a list of links."""
    kept = doc.kept()
    summaries = [cut_summary(line) for line in kept]
    prose = [i for i, line in enumerate(kept) if is_prose(line.plain) and not summaries[i]]
    story_end = prose[-1] if prose else -1
    run: list[int] = []
    for index, line in enumerate([*kept, None]):
        if line is not None and (summaries[index] or _is_run_item(line)):
            run.append(index)
            continue
        cards = [item for item in run if summaries[item]]
        if len(cards) >= _RUN or (len(cards) >= _RUN_BELOW and cards[0] > story_end):
            # From the first card's headline (the line above it) to the last card.
            first = max(run[0], cards[0] - 1)
            last = cards[-1] + (2 if _closing_card(kept, run[0], cards[-1]) else 0)
            for item in range(first, last + 1):
                kept[item].reason = TEASER
        run = []


_WHOLE_SUMMARY = 40  # words: a card's summary short enough for the site to leave it whole
_CARD_TAIL = re.compile(r"\s[–—|-]\s([^–—|]{4,40})$")  # " – December 21st, 2020", " | Sport"


def _closing_card(kept: list[Line], first: int, last_card: int) -> bool:
    """The list's last card, at the page's foot: a headline ending as the run's headlines do
    ("... – December 21st, 2020") over a summary short enough that the site left it whole,
    with nothing kept after them. A story's subheading and closing paragraph carry no tail."""
    if last_card + 3 != len(kept):
        return False
    headline, summary = kept[last_card + 1], kept[last_card + 2]
    tail = _CARD_TAIL.search(headline.plain)
    if not (tail and _is_run_item(headline)) or summary.words > _WHOLE_SUMMARY:
        return False
    tails = (_CARD_TAIL.search(line.plain) for line in kept[first : last_card + 1])
    return not summary.reported and any(t and t[1] == tail[1] for t in tails)


def _is_run_item(line: Line) -> bool:
    """A headline: speech reported in the past ("said") is a story's sentence cut short, and a
    line that runs on into the next is a sentence broken (lines.Line.runs_on)."""
    # A sentence the scraper broke across lines goes on in the next one: no headline does.
    return _headline_shaped(line) and not line.runs_on


def _headline_shaped(line: Line) -> bool:
    """_is_run_item, whether or not the line runs on into the next. A line of two sentences,
    the last left without its stop ("... continue to work. People whose homes ..."), is a
    paragraph: a headline is one sentence."""
    headline = line.kind in ("para", "heading") and headline_like(line.plain, 3)
    return (
        headline and not _two_sentences(line) and not (line.reported and _SAID.search(line.lower))
    )


# A sentence's stop inside the line, after a word in lower case and before a capital ("work.
# People"): "U.S.", "St. Louis", "Dr. Jane" stop after a capital.
_SENTENCE_INSIDE = re.compile(r"[a-z]{3,}[.!?] (?=[A-Z][a-z])")
_LAST_SENTENCE_WORDS = 8  # a teaser's second sentence is a prompt: "Here's what to know"


def _two_sentences(line: Line) -> bool:
    if not headline_like(line.plain) or line.words < 2 * _LAST_SENTENCE_WORDS:
        return False
    stops = list(_SENTENCE_INSIDE.finditer(line.plain))
    return bool(stops) and len(line.plain[stops[-1].end() :].split()) >= _LAST_SENTENCE_WORDS


def drop_teaser_runs(doc: Doc) -> None:
    """Headlines in a row, with no paragraph between them: links to other stories.

    A story's subheading stands alone above its paragraphs. Inside the story, three headlines
    in a row whose words the story mostly does not use are a block of links; below its last
    paragraph, two are; and two anywhere below its first if neither shares half its words with
    the story.
    """
    kept = doc.kept()
    signed = statement_signature(doc)  # a statement's signatory, office and date: no links
    signed |= _live_entries(kept)  # a live blog's posts under their times: the story's own
    story: set[str] = set()
    last = -1  # the story's last sentence, perhaps one the scraper cut short
    for index, line in enumerate(kept):
        prose = is_prose(line.plain)
        if prose:
            story |= line_words(line)
        if prose or (line.words >= 10 and sentence_like(line.plain)):
            last = index
    # A broken sentence runs on into the next kept line: the line below it in the page may be
    # one a rule dropped, and a second cleaning, seeing only the kept lines, must agree.
    broken = runs_on_kept(kept)
    run: list[Line] = []
    start = 0  # where the run began
    begun = False  # above the story, headlines in a row are the page's menus and titles
    for index, line in enumerate([*kept, None]):
        begun = begun or (line is not None and is_prose(line.plain))
        item = line is not None and _headline_shaped(line) and id(line) not in broken
        if item and begun and id(line) not in signed:
            start = start if run else index
            run.append(line)
            continue
        if line is not None and run and line.words <= 4 and not ends_sentence(line.plain):
            continue  # a label between two cards ("World", "2 hours ago") does not end the run
        if run and line is not None and _retold_below(run[-1], line):
            run = run[:-1]  # the subheading of the paragraph under it, not a link
        if run and line is None and story_runs_on(doc, kept, start):
            run = []  # the story's last sentences, cut off where the page ends
        if 2 * sum(map(figure_row, run)) >= len(run):
            run = []  # the story's own figures under their labels, and its subheadings
        if run and start and _introduces_list(kept[start - 1]):
            run = []  # the story's own list, its items' markers lost: "The demands include:"
        below_story = start > last and all(item.words <= _SHORT_TEASER for item in run)
        # Two headlines in a row, inside the story, none of them about it: a pair of links.
        pair = len(run) >= _RUN_BELOW and _all_off_topic(run, story)
        off_topic = len(run) >= _RUN and _off_topic(run, story)
        if below_story and len(run) >= _RUN_BELOW or off_topic or pair:
            for item in run:
                item.reason = TEASER
        run = []


_RETOLD_WORDS = 10  # words of the paragraph under a subheading
_RETOLD_TERMS = 2


def _retold_below(item: Line, below: Line) -> bool:
    """A subheading whose words, most of them, the paragraph right under it uses ("Xi for
    further expansion of relations" over "Xi spoke out in favor of further expanding
    relations ..."): it heads that paragraph. A link's headline seldom sums up the next line."""
    if below.words < _RETOLD_WORDS or not sentence_like(below.plain):
        return False
    found = _topic_terms(item)
    shared = found & _topic_terms(below)
    return len(shared) >= _RETOLD_TERMS and 2 * len(shared) >= len(found)


_LONE_WORDS = 5  # a subheading may be shorter; another story's headline seldom is
_LONE_TERMS = 3  # words of substance: "What the two sides say" has one, a story's headline more
_STEM = 5  # letters: "closes" and "closed" are one word to a reader comparing topics
# "PAP", "NHS": a story's actors, too short to be words. Two to six capitals between word
# boundaries, written to open on a capital so that re looks only where one is.
_ACRONYM = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{1,5}(?!\w)")
_OPEN_END = ('"', "“", ",")  # a sentence the scraper broke across lines, not a headline


def _topic_terms(line: Line) -> set[str]:
    """The line's content words cut to their stems, and its acronyms."""
    return {word[:_STEM] for word in line_words(line)} | set(_ACRONYM.findall(line.plain))


def drop_lone_headlines(doc: Doc) -> None:
    """A headline right under the story's last paragraph that uses none of the story's words:
    a link to another story set into the page. One shorter than five words, or with fewer
    than three words of substance, is left alone (a closing subheading such as "What comes
    next"); so is the page's last line right under the last paragraph, which may be the
    story's next sentence cut off by the scraper. Between paragraphs a subheading may share
    no word with the story around it (tried: it cost story lines), so only the foot counts;
    the story's last sentence cut off by the scraper is one of its paragraphs."""
    kept = doc.kept()
    prose = [i for i, line in enumerate(kept) if is_prose(line.plain) or cut_by_scraper(doc, line)]
    if not prose:
        return
    story: set[str] | None = None  # the story's terms, worked out once a line may need them
    for index in range(prose[-1] + 1, len(kept)):  # only below the last paragraph
        line, above = kept[index], kept[index - 1]
        if not is_prose(above.plain) or not _lone_headline(line):
            continue
        if line is doc.lines[-1] and above is doc.lines[-2]:
            continue
        found = _topic_terms(line)
        if story is None:
            story = set().union(*(_topic_terms(kept[i]) for i in prose))
        if len(found) >= _LONE_TERMS and not found & story:
            line.reason = TEASER


_CAPITAL_TEASER_WORDS = 6  # a subheading in capitals is shorter: "ATTACK ON FUEL TRAIN"
_CAPITAL_TEASERS = 2


def drop_capital_teasers(doc: Doc) -> None:
    """Between two paragraphs written in lower case, whole headlines in capitals that use under
    half of the story's words ("TORRENTIAL RAINFALL DAMAGES RAILROAD TRACKS ACROSS MAINE"):
    links to other stories set into this one. A subheading in capitals is shorter, or speaks
    of what the story does; a story written in capitals has its paragraphs so too."""
    kept = doc.kept()
    found = [
        line
        for above, line, below in zip(kept, kept[1:], kept[2:], strict=False)
        if _capital_headline(line) and _lower_case_prose(above) and _lower_case_prose(below)
    ]
    # Two or more: the site's way of setting links in. One alone may be a subheading that
    # names what the next paragraphs turn to.
    if len(found) < _CAPITAL_TEASERS:
        return
    story: set[str] = set()
    for line in kept:
        if _lower_case_prose(line):
            story |= {word[:_STEM] for word in line_words(line)}
    # A long one goes on the topic test too: a subheading in capitals may be as long as a
    # headline ("POLICE SAY THE HARBOUR FIRE WAS STARTED ON PURPOSE") and is the story's.
    teasers = [line for line in found if _uses_other_words(line, story)]
    for line in teasers if len(teasers) >= _CAPITAL_TEASERS else ():
        line.reason = TEASER


def _uses_other_words(line: Line, story: set[str]) -> bool:
    terms = {word[:_STEM] for word in line_words(line)}
    return len(terms) >= _LONE_TERMS and 2 * len(terms & story) < len(terms)


def _capital_headline(line: Line) -> bool:
    return (
        line.kind == "para"
        and line.words >= _CAPITAL_TEASER_WORDS
        and not ends_sentence(line.plain)
        and _in_capitals(line.plain)
    )


def _in_capitals(text: str) -> bool:
    """Every cased letter a capital, and some cased letters (a line in Chinese has none)."""
    return text == text.upper() and text != text.lower()


def _lower_case_prose(line: Line) -> bool:
    return is_prose(line.plain) and not _in_capitals(line.plain)


def _lone_headline(line: Line) -> bool:
    return line.words >= _LONE_WORDS and _is_run_item(line) and not line.plain.endswith(_OPEN_END)


def _all_off_topic(run: list[Line], story: set[str]) -> bool:
    """Every headline of the run shares under half its words with the story, and none is a
    sentence the scraper broke across lines (ending on a comma or an opening quote)."""
    for line in run:
        found = line_words(line)
        if line.words < 4 or not found or line.plain.endswith(_OPEN_END):
            return False
        if len(found & story) >= 0.5 * len(found):
            return False
    return True


def _off_topic(run: list[Line], story: set[str]) -> bool:
    """Most of the run's headlines share less than half their words with the story."""
    shares = []
    for line in run:
        found = line_words(line)
        shares.append(len(found & story) / len(found) if found else 0.0)
    return sum(share < 0.5 for share in shares) * 2 > len(shares)


def drop_labelled_links(doc: Doc) -> None:
    """Inside the story, a headline after a label in capitals ("LIST: Ten laws signed"): a link
    to another story. A paragraph after such a label ("ENERGY: Crude rose 2%.") is a sentence,
    and the story's last line may be one cut short, so only lines between paragraphs count."""
    kept = doc.kept()
    prose = [index for index, line in enumerate(kept) if is_prose(line.plain)]
    if len(prose) < 2:
        return
    for line in kept[prose[0] + 1 : prose[-1]]:
        label = _CAPS_LABEL.match(line.plain)
        if label and not line.reported and headline_like(line.plain[label.end() :], 3):
            line.reason = TEASER


def drop_labelled_headlines(doc: Doc) -> None:
    """Between the story's paragraphs, a headline after a short label in any words and any
    language ("Also read: ...", "Lea además: ..."), about another story: a link. Run after the
    runs of headlines, which take such lines with their neighbours."""
    kept = doc.kept()
    prose = [index for index, line in enumerate(kept) if is_prose(line.plain)]
    if len(prose) < 2:
        return
    story: set[str] = set()
    for index in prose:
        story |= line_words(kept[index])
    for line in kept[prose[0] + 1 : prose[-1]]:
        if not line.reported and _labelled_headline(line.plain, story):
            line.reason = TEASER


def _labelled_headline(text: str, story: set[str]) -> bool:
    """A headline after a label of one to three words, sharing under half its words with the
    story around it: another story's. "Analysis: what the vote means" is the story's own."""
    label = SHORT_LABEL.match(text)
    if not label or not headline_like(text[label.end() :], 3) or figures(text[label.end() :]):
        return False  # a label and its figures is a row of the story's table
    found = content_words(text[label.end() :])
    return len(found) >= 2 and len(found & story) < 0.5 * len(found)


_CARD_SUMMARY_WORDS = 45  # a teaser's summary is a sentence or two; a longer line is a story's
_HEAD_PARAGRAPHS = 3  # the headline and the first paragraphs say what the story is about
_OFF_TOPIC_SHARE = 0.25


def drop_off_topic_tail(doc: Doc) -> None:
    """Below the story, teaser cards about other stories: each a headline, perhaps with one
    summary line, none sharing much with what the headline and the lead are about."""
    kept = doc.kept()
    prose = [i for i, line in enumerate(kept) if is_prose(line.plain)]
    if len(prose) < _HEAD_PARAGRAPHS + 1:
        return
    topic = content_words(doc.headline)
    for index in prose[:_HEAD_PARAGRAPHS]:
        topic |= line_words(kept[index])
    cards: list[int] = []
    tail_start, summary = len(kept), False
    live = _live_entries(kept)
    for index in range(len(kept) - 1, prose[_HEAD_PARAGRAPHS], -1):
        line = kept[index]
        if id(line) in live:
            break  # a live blog's own post, under its time, however far from the headline
        found = line_words(line)
        share = len(found & topic) / len(found) if found else 0.0
        # Another story's headline, a few words, may share one or two with this story (a
        # country, an office): under half of them. Its summary, longer, shares under a quarter.
        if _is_run_item(line) and share < 0.5:
            cards, tail_start, summary = [*cards, index], index, False
        elif (
            not summary
            and line.words <= _CARD_SUMMARY_WORDS
            and share < _OFF_TOPIC_SHARE
            and not line.reported
        ):
            summary = True  # the summary under the headline above it
        elif _is_card_label(line):
            continue
        else:
            break
    if len(cards) < 2 or story_runs_on(doc, kept, tail_start):
        return
    if announces_list(kept[tail_start - 1]):
        return  # "The firms shortlisted are:" over their names: the story's own list
    signed = statement_signature(doc)  # the signatory, office and date closing a statement
    if any(id(line) in signed for line in kept[tail_start:]):
        return
    tail_start = marked_start(doc, kept, tail_start)
    if sum(index >= tail_start for index in cards) >= 2:
        for line in kept[tail_start:]:
            line.reason = TEASER


# A live blog's post opens with its time ("3.45pm: Starmer speaks", "15:45 Polls close"); a
# page of two or more such posts is a live blog, whose last posts drift from its headline.
_LIVE_ENTRY = re.compile(r"(?i)^\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*[:\-–—]?\s+\S")
_LIVE_ENTRIES = 2


def _live_entries(kept: list[Line]) -> set[int]:
    """The id() of each post heading of a live blog, if the page is one."""
    posts = {id(line) for line in kept if _LIVE_ENTRY.match(line.plain)}
    return posts if len(posts) >= _LIVE_ENTRIES else set()


def _is_card_label(line: Line) -> bool:
    return line.words <= 4 and not ends_sentence(line.plain)


FOOTER = "copyright footer"  # the reason of the line that signs a story off (clean.py)
_STORY_ABOVE_FOOTER = 3  # paragraphs of prose above a footer that ends the story


# What closes an article besides its copyright line: its tags, its share bar, the comment box,
# the site's prompts, a block of links. Below the story's last paragraph, one of them ends it.
_FOOT = frozenset(
    {
        "tags",
        "share widget",
        "comment form",
        "reader comment",
        "newsletter prompt",
        "call to action",
        TEASER,
    }
)


def drop_headlines_below_footer(doc: Doc) -> None:
    """Below the footer that signs the story off ("This article was first published in ...",
    "© 2025 Daily Post"), or below a share bar, tags or a prompt under the story's last
    paragraph, headlines that are not sentences: links to other stories, however close to the
    story's subject."""
    # The story's last sentence, perhaps one the scraper cut short (as story.py reads it).
    last = next(
        (
            index
            for index in range(len(doc.lines) - 1, -1, -1)
            if not doc.lines[index].reason and _ends_story(doc.lines[index])
        ),
        len(doc.lines),
    )
    prose = 0
    below = False
    for index, line in enumerate(doc.lines):
        signed_off = line.reason == FOOTER and prose >= _STORY_ABOVE_FOOTER
        if signed_off or (line.reason in _FOOT and index > last):
            below = True
        elif not line.reason and below and _is_run_item(line):
            line.reason = TEASER
        elif not line.reason and is_prose(line.plain):
            prose += 1


def _ends_story(line: Line) -> bool:
    return is_prose(line.plain) or (line.words >= 10 and sentence_like(line.plain))


_DATED = frozenset({"timestamp", "reading time"})  # what a card's meta line is dropped as


def drop_dated_cards(doc: Doc) -> None:
    """Inside or below the story, a headline right above its own date ("Ferry fares to rise" /
    "2 hours ago") with no paragraph after: a card linking to another story. A subheading is
    followed by its paragraph, a live report's entry by its text."""
    lines = doc.lines
    dated = [index for index in range(1, len(lines)) if lines[index].reason in _DATED]
    if not dated:
        return
    begun = next(
        (i for i, line in enumerate(lines) if not line.reason and is_prose(line.plain)), None
    )
    for index in dated:
        line = lines[index - 1]
        if begun is None or index - 1 <= begun or line.reason or not _is_run_item(line):
            continue
        after = next_kept(lines, index)
        if after is None or not is_prose(after.plain):
            line.reason = TEASER


_NEXT_ARTICLES = 2  # article headers below the story: a feed of the site's next articles


def drop_next_articles(doc: Doc) -> None:
    """Below the story's first paragraph, the headers of other articles the page loads under it
    (an endless scroll): each a headline, the same headline again (the card's link and its
    title) and its date or share line, dropped as chrome. From the first of two such headers
    to the end of the page, the lines are those articles', not the story's."""
    lines = doc.lines
    begun = next(
        (i for i, line in enumerate(lines) if not line.reason and is_prose(line.plain)), None
    )
    if begun is None:
        return
    headers = [
        index
        for index in range(begun + 1, len(lines) - 2)
        if not lines[index].reason
        and _is_run_item(lines[index])
        and lines[index + 1].reason
        and lines[index + 1].key == lines[index].key
        and lines[index + 2].reason
        and not is_prose(lines[index + 2].plain)
    ]
    if len(headers) < _NEXT_ARTICLES:
        return
    for line in lines[headers[0] :]:
        line.reason = line.reason or TEASER


_LIST_KINDS = ("bullet", "number")
_INTRO_WORDS = 5  # "The measures include:" introduces the story's own list; "Read also:" is a label


def drop_headline_lists(doc: Doc) -> None:
    """Below the story's first paragraph, a list of two headlines or more, most of them about
    other stories (sharing under half their words with the story's prose): a block of links,
    however the site heads it. A list the story introduces with a sentence of its own ("The
    demands include:") is the story's, on its topic or not."""
    kept = doc.kept()
    summaries = [cut_summary(line) for line in kept]
    prose = [i for i, line in enumerate(kept) if is_prose(line.plain) and not summaries[i]]
    if not prose:
        return
    story: set[str] = set()
    for index in prose:
        story |= line_words(kept[index])
    index = prose[0] + 1
    while index < len(kept):
        if kept[index].kind not in _LIST_KINDS:
            index += 1
            continue
        end = index
        while end < len(kept) and kept[end].kind in _LIST_KINDS:
            end += 1
        items, above = kept[index:end], kept[index - 1]
        introduced = _introduces_list(above)
        headlines = all(headline_like(item.plain, 3) and not item.reported for item in items)
        if len(items) >= _RUN_BELOW and headlines and not introduced and _off_topic(items, story):
            for item in items:
                item.reason = TEASER
        index = end


def _introduces_list(line: Line) -> bool:
    """A sentence of the story that ends on a colon: "The union's demands include:". A block
    of links is headed by a label ("Read also:") or speaks to the reader ("You may also like:")."""
    return line.plain.endswith(":") and line.words >= _INTRO_WORDS and not speaks_to_reader(line)


_HEADLINES = ("headline", "repeated headline")  # story.take_headline's reasons for the headline


def keep_lead(doc: Doc) -> None:
    """A page's story is never emptied by the rules for teasers and captions: when they have
    dropped every paragraph, the first of them below the headline is the story's lead, and
    stays. A stub page (a headline, its lead cut short on "…", "Redirecting to full
    article...") has the shape of a teaser card, but a card links to a story the page holds
    besides. A page with no headline (a gallery of captions, a list of links) has no story."""
    if not doc.headline or any(map(_story_paragraph, doc.kept())):
        return
    lines = doc.lines
    start = next((i for i, line in enumerate(lines) if line.reason in _HEADLINES), 0)
    lead = next(
        (
            index
            for index in range(start, len(lines))
            if lines[index].reason in (TEASER, CAPTION) and is_prose(lines[index].plain)
        ),
        None,
    )
    if lead is None:
        return
    # The removal record lists only what the page loses: not the lead, nor the line dropped as
    # the headline of the card the lead was taken for (a headline worded unlike the title), or
    # as the title of the picture the lead was taken for the caption of: cleaning the cleaned
    # text again would find the line above no picture.
    lines[lead].reason = ""
    if lead and lines[lead - 1].reason in (TEASER, CAPTION) and not is_prose(lines[lead - 1].plain):
        lines[lead - 1].reason = ""


def _story_paragraph(line: Line) -> bool:
    """A paragraph of prose, or a sentence the scraper cut off too long for a headline."""
    return is_prose(line.plain) or (_ends_story(line) and not headline_like(line.plain))
