"""Direct quotations in an article's cleaned text, each with its speaker when the text makes it clear.

Precision comes first: a quote whose speaker is unclear gets `speaker=None`, never a guess. A
quote's speaker is found, in this order, from
1. the words right after its closing mark (`"...," said X`, `"...," X told reporters`);
2. a speech verb before it in its sentence (`X said: "..."`, `X called it "a mess"`), or the
   subject before a colon (`X, the attorney general, made the stakes clear: "..."`);
3. a clause that closes its sentence (`... "a pretense of diplomacy" ..., Price told reporters.`);
4. `according to X` (or `in the words of X`) in its sentence;
5. its neighbours: the quote it continues from the previous paragraph, the sentence before it
   in its paragraph, or, for a paragraph that is one bare quotation, a credit line under it
   (`- X, on ...`) or else the speaker that ends the paragraph before.
A pronoun ("he said") stands for the one person of its gender the nearest earlier sentence
names, preferring the one it shows speaking (a "he" or "she" that does not speak is read the
same way, so that it names that person for the sentences after it); a definite role ("the
minister said") for the one person given that role, or else the one of those the sentence
before names. Otherwise the speaker stays None. Names are given in their fullest form in the
article. A speaker quoting their own words ("I said, 'What is going on?'") is the speaker of
that inner quote too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from generator.analysis.summary import sentences
from generator.models import Quote

HOW = {
    "after": 'the words after the quote: "...," said X / "...," X said',
    "before": 'a speech verb before it in its sentence: X said: "..." / X called it "..."',
    "sentence": 'a clause closing the sentence: ... "...", X told reporters.',
    "according to": "according to X, in the same sentence",
    "continued": "the quote it continues from the previous paragraph",
    "same paragraph": "the sentence before it in its paragraph",
    "follows": "the speaker at the end of the previous paragraph (a bare quotation paragraph)",
    "credit line": 'the name opening a dash line under a bare quotation: "- X, on ..."',
    "none": "no speaker found",
}

# ---------------------------------------------------------------------------- vocabulary


def _vocabulary(words: str) -> frozenset[str]:
    """A set of words written as one string, a few to a line."""
    return frozenset(words.split())


_SPEECH_VERBS = _vocabulary(
    """said says say tell told tells added adds asked asks answered answers replied replies
    responded responds explained explains noted notes warned warns insisted insists argued
    argues claimed claims stated states declared declares stressed stresses emphasised
    emphasized emphasises emphasizes urged urges wrote writes tweeted tweets posted
    announced announces confirmed confirms denied denies admitted admits acknowledged
    acknowledges conceded concedes suggested suggests predicted predicts promised promises
    pledged pledges vowed vows assured assures recalled recalls remarked remarks observed
    observes commented comments concluded concludes countered counters interjected
    interjects interrupted interrupts shouted exclaimed described describes called calls
    criticized criticised criticizes criticises highlighted highlights accused accuses
    alleged alleges complained complains lamented laments joked jokes quipped boasted
    reiterated reiterates repeated repeats testified mused cautioned cautions maintained
    maintains contended contends disclosed revealed wondered raised apologised apologized
    hailed hails praised praises spoke talked slammed condemned welcomed dismissed branded
    labelled labeled blasted decried denounced lauded continued averred opined charged
    asserted affirmed retorted reckoned intoned appealed advised underlined underscored
    recounted elaborated clarified reasoned bragged confessed confided cried demanded
    demands groaned grumbled hinted instructed mentioned muttered objected pleaded pleads
    proclaimed proposed protested recommended reflected reflects reminded requested sighed
    snapped thundered whispered screamed yelled chanted fumed scoffed mocked begged relayed
    agreed disagreed recalled"""
)
# Verbs a speaker's name follows in '"...," said X': the name after them is a person's.
_INVERTING = _vocabulary("""said says added adds explained wrote insisted continued stressed""")
# Participles whose subject is the main clause's: "X weighed in, saying ...".
_PARTICIPLES = _vocabulary(
    """saying adding telling noting arguing warning insisting explaining stressing describing
    calling urging claiming praising hailing"""
)
# Common verbs that may follow a subject like "the prodigy" (regular pasts end in -ed).
_VERBS = _vocabulary(
    """made went gave took met came spoke held left won lost saw got put set led ran kept began
    became brought thought felt found heard sent stood wrote explains makes takes gives says
    tells adds thanks congratulates"""
)
# Speech verbs whose object follows them, never their subject: "X, the mayor, told The
# Associated Press" is X speaking.
_TAKING_OBJECTS = _vocabulary(
    """told tells tell accused accuses called calls urged urges praised praises hailed hails
    criticized criticised criticizes criticises described describes"""
)
# Phrasal speech verbs, read as "said"; a stretch without their first words has none.
_PHRASAL_VERBS = ("went on", "goes on", "point out", "pointed out", "points out")
_PHRASAL = re.compile(r"\b(?:" + "|".join(_PHRASAL_VERBS) + r")\b")
_PHRASAL_HEADS = frozenset(phrase.split()[0] for phrase in _PHRASAL_VERBS)
_PRONOUNS = frozenset({"he", "she"})
_OTHER_PRONOUNS = frozenset({"it", "they", "we", "i", "you", "this", "that", "who", "which"})
_DETERMINERS = _vocabulary(
    """a an the one two three four several some many another other his her its their our"""
)
_INDEFINITE = _vocabulary("""a an one two three four several some many another""")
_TIME = _vocabulary(
    """on earlier later early late last this next yesterday today tonight meanwhile week month
    year morning afternoon evening night monday tuesday wednesday thursday friday saturday
    sunday"""
)
_LEADING = _TIME | _vocabulary(
    """and but while as so then yet whereas although though when however also now still
    including"""
)
_TRAILING = _TIME | _vocabulary(
    """also again has had have would will once further previously repeatedly reportedly
    recently publicly privately separately simply just quickly immediately then finally
    initially"""
)
_CONJUNCTIONS = _vocabulary("""and but while as whereas although though or nor so yet""")
_AUXILIARIES = _vocabulary(
    """was were is are be been being has had have will would did does do not that which who
    whom whose if because to than"""
)
_PREPOSITIONS = _vocabulary("""in on at for from with by to after before during about into""")
# The particles of a name: "Majed bin Mohammed al-Ansari", "Ursula von der Leyen".
_CONNECTORS = _vocabulary("""al el bin ibn de da di del della van von der den la le du dos das""")
# Titles written with a capital before a name; the name is what follows the last of them.
_TITLES = _vocabulary(
    """President President-elect Vice Prime Minister Premier Secretary Chancellor Justice Chief
    Judge General Gen Governor Gov Senator Sen Rep Representative Congressman Congresswoman
    Leader Opposition Foreign Defense Defence Deputy Ambassador Administrator Director
    Chairman Chairwoman Chair CEO King Queen Prince Princess Pope Cardinal Bishop Archbishop
    Mayor Commissioner Attorney Solicitor Speaker Spokesman Spokeswoman Spokesperson
    Professor Prof Dr Mr Mrs Ms Miss Sir Dame Lord Lady Baroness Baron Emir Crown Colonel
    Col Captain Capt Lieutenant Lt Sergeant Sgt Major Admiral Adm Commander Officer Coach
    Manager Executive Assistant Inspector Superintendent Detective Constable Marshal Sheriff
    Councillor Councilor Rabbi Imam Reverend Rev Father Sister Saint MP MEP MSP MLA Assemblyman
    Assemblywoman Alderman"""
)
_HONORIFICS = _vocabulary("""Mr Mrs Ms Miss Dr Prof Sir Dame""")
# Nouns that name a person by role: "spokesperson Ned Price", "the minister said".
_ROLE_NOUNS = _vocabulary(
    """spokesperson spokesman spokeswoman minister president premier secretary leader official
    analyst adviser advisor professor researcher scientist physicist economist expert
    director chief executive ceo chairman chairwoman chair head commander general officer
    lawyer attorney judge justice prosecutor candidate senator governor mayor ambassador
    diplomat envoy negotiator columnist reporter correspondent editor journalist presenter
    author co-author founder manager coach player captain observer activist witness resident
    source spokespeople representative member lawmaker legislator mp chancellor king queen
    prince pope cardinal bishop administrator commissioner inspector strategist historian
    frontbencher secretary-general director-general"""
)
_FEMALE = _vocabulary("""ms mrs miss dame lady baroness queen princess spokeswoman chairwoman""")
_MALE = _vocabulary("""mr sir lord baron king prince spokesman chairman""")
_GENDERED = _FEMALE | _MALE
# A speaker that is a text or an outlet, not a person: "the statement said", "Kyodo reported".
_DOCUMENTS = _vocabulary(
    """statement report reports announcement document letter memo post tweet release communique
    communiqué survey study poll message email e-mail filing notice article paper newspaper
    website agency broadcaster outlet channel network magazine daily tabloid data figures
    count"""
)
_ORG_WORDS = _vocabulary(
    """Ministry Department Office Agency Party Commission Council Committee Court Government
    Securities Group Corp Inc Ltd Company News Times Post Bank University Institute
    Association Union Organization Organisation Federation Authority Service Police Army
    Navy Forces Congress Parliament Senate House Street Kremlin Pentagon Reuters AFP Yonhap
    Xinhua Kyodo Jiji Board Foundation Fund Club League Network Press Journal Tribune Herald
    Daily Telegraph Guardian Mail Express Review Radio Television Channel Administration
    Embassy Cabinet Assembly Secretariat Bureau Coalition Alliance Movement Front Campaign
    Airlines Airways Motors Holdings Partners Capital Finance Exchange Institution
    Commission"""
)
# Places that stand for a government ("Tokyo said"): a speaker no reader can check.
_PLACES = _vocabulary(
    """Washington Beijing Moscow Tokyo Seoul Pyongyang Kyiv Kiev London Paris Berlin Brussels
    Tehran Doha Cairo Ankara Delhi Islamabad Kabul Canberra Ottawa Taipei Jerusalem Riyadh
    Caracas Havana Manila Jakarta Hanoi Bangkok Rome Madrid Lisbon Athens Warsaw Vienna
    Geneva Stockholm Oslo Helsinki Copenhagen Dublin Amsterdam Minsk Baghdad Damascus Beirut
    Amman Abuja Nairobi Pretoria Khartoum Tripoli Algiers Rabat Tunis Dhaka Kathmandu
    Colombo Singapore Wellington Mexico Brasilia Santiago Lima Bogota Quito China Japan
    Russia Ukraine Qatar Israel Iran Iraq Syria Turkey Egypt India Pakistan Afghanistan
    Australia Canada America Britain England France Germany Italy Spain Poland Korea Taiwan
    Vietnam Thailand Cambodia Laos Myanmar Philippines Indonesia Malaysia Bangladesh Nepal
    Lanka Nigeria Kenya Ethiopia Sudan Libya Algeria Morocco Tunisia Ghana Brazil Argentina
    Chile Peru Colombia Venezuela Cuba Europe Africa Asia Gaza Lebanon Jordan Yemen Oman
    Kuwait Bahrain Emirates Saudi Palestine Sweden Norway Finland Denmark Ireland
    Netherlands Belgium Austria Switzerland Greece Hungary Romania Serbia Belarus Georgia
    Armenia Azerbaijan Kazakhstan Mongolia Scotland Wales Westminster Whitehall Capitol
    Hamas Hezbollah"""
)
# Capitalised words that open sentences and are no part of a name.
_NOT_NAMES = _vocabulary(
    """The A An But And Or So Yet He She It They We I You In On At As After Before While When
    This That These Those His Her Their Its Our My Your If Although Though Since Because For
    From To Of By With Without About Asked Speaking Meanwhile However Earlier Later Last
    Next According Then There Here What Why How Who Where Which Now Still Also Even Only
    Just Many Some Most All Both Each Every Other Another Several Such No Not Yes Under Over
    Into During Following Despite Amid Among Between Across Against Through Until Unlike
    Like Once Former Back Responding Asked Pressed Questioned Separately Instead One Two
    Three Four Five"""
)
_CALENDAR = _vocabulary(
    """January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday"""
)
# Words before a quoted phrase that make it a mention, not speech: the word "lockdown".
_MENTION = re.compile(
    r"(?:\bword|\bwords|\bterm|\bterms|\bphrase|\bslogan|\btitle|\btitled|\bentitled|\bhashtag"
    r"|\blabel|\bheadline|\bso-called|\bdubbed|\bnicknamed|\bmotto|\bbanners?|\bsigns?"
    r"(?: saying| reading)?|\bknown as|\bnamed|\bbrand)\s*$",
    re.IGNORECASE,
)
# The longest phrase _MENTION finds: a mention ends the words before a quote, so only that
# much of them needs searching.
_MENTION_REACH = len("signs reading")
_QUESTION_INTRO = re.compile(r"\s*(?:When )?(?:Asked|Responding|Questioned|Pressed)\b")
_SMALL_WORDS = _vocabulary("""of and the a an in on for to with at by from or""")
_MASK = "§"


class _MaskTable(dict[int, int]):
    """A `str.translate` table that masks every character but spaces, filled in as characters
    are met: one pass over a quote, where a regex substitution replaces each character apart."""

    def __missing__(self, char: int) -> int:
        self[char] = masked = char if chr(char).isspace() else ord(_MASK)
        return masked


_MASK_TABLE = _MaskTable()

# ---------------------------------------------------------------------------- quote marks

_DOUBLE_MARK = re.compile(r"``|''|[“”„\"]")
# A mark that could open a quotation: a text with none has no quotes to read.
_MAY_QUOTE = re.compile(r"``|[“„\"‘]|(?:^|[\s(\[—–])'\w", re.MULTILINE)
_SINGLE_MARK = re.compile(r"[‘’']")
_ELISION = re.compile(r"['’](?:n['’]|em\b|tis\b|twas\b|cause\b|\d0s\b|\d\d\b)", re.IGNORECASE)


@dataclass(slots=True)
class _Span:
    """A quoted span of a paragraph: its marks at `open` and `close` (None: runs to the end)."""

    open: int
    begin: int  # first character inside the marks
    end: int  # one past the last character inside
    close: int | None
    single: bool
    after: int  # the first character after the closing mark
    continues: bool = False  # continues the open quote that ended the previous paragraph
    continued: bool = False  # runs on into the next paragraph


def _can_open(text: str, at: int, width: int) -> bool:
    before = text[at - 1] if at else " "
    after = text[at + width] if at + width < len(text) else " "
    return (before.isspace() or before in "([{—–-/:‘'“\"") and not after.isspace()


def _can_close(text: str, at: int) -> bool:
    return at > 0 and not text[at - 1].isspace()


def _double_spans(text: str, inside: bool = False) -> list[_Span]:
    """Double-quoted spans, nested curly quotes kept inside; an open quote runs to the end."""
    spans: list[_Span] = []
    opened, begin, depth = (0, 0, 0) if inside else (None, 0, 0)
    for match in _DOUBLE_MARK.finditer(text):
        mark, at, width = match.group(), match.start(), len(match.group())
        opens, closes = _can_open(text, at, width), _can_close(text, at)
        if opened is None:
            if opens and mark != "''" and not (mark == "”" and closes):
                opened, begin, depth = at, at + width, 0
        elif mark in ("“", "„", "``") and opens and not closes:
            depth += 1  # "a sprightly “cheer team” welcomed": a quote inside the quote
        elif closes or mark == '"':
            if depth:
                depth -= 1
                continue
            spans.append(_Span(opened, begin, at, at, False, at + width))
            opened = None
    if opened is not None:
        spans.append(_Span(opened, begin, len(text.rstrip()), None, False, len(text.rstrip())))
    if inside and spans:
        spans[0].continues = True
    return spans


def _single_spans(text: str, doubles: list[_Span]) -> list[_Span]:
    """British single-quoted spans outside double quotes, where the marks are unambiguous."""
    marks = [
        match.start()
        for match in _SINGLE_MARK.finditer(text)
        if not any(span.open < match.start() < span.after for span in doubles)
        and not _ELISION.match(text, match.start())
    ]
    spans: list[_Span] = []
    index = 0
    while index < len(marks):
        at = marks[index]
        if text[at] != "’" and _can_open(text, at, 1) and (at == 0 or not text[at - 1].isalnum()):
            close = _single_close(text, marks[index + 1 :])
            if close is not None:
                spans.append(_Span(at, at + 1, close, close, True, close + 1))
                index = marks.index(close) + 1
                continue
            if at == 0:  # a British quote running over paragraphs
                spans.append(_Span(at, at + 1, len(text.rstrip()), None, True, len(text.rstrip())))
                break
        index += 1
    return spans


def _single_close(text: str, marks: list[int]) -> int | None:
    """The first of `marks` that closes a single quote (not an apostrophe or a possessive)."""
    for position, at in enumerate(marks):
        if text[at] == "‘" or not _can_close(text, at):
            continue
        after = text[at + 1 : at + 3]
        if after[:1].isalnum():
            continue  # inside a word: "don't", "Takaichi’s"
        possessive = text[at - 1] == "s" and after[:1] == " " and after[1:2].islower()
        if possessive and position + 1 < len(marks):
            continue  # "the players' union"
        return at
    return None


def _spans(text: str, inside: bool) -> list[_Span]:
    """The top-level quoted spans of a paragraph, in order."""
    doubles = _double_spans(text, inside)
    singles = _single_spans(text, doubles)
    kept = [d for d in doubles if not any(s.open < d.open and d.after <= s.after for s in singles)]
    return sorted(kept + singles, key=lambda span: span.open)


def _first_mark_closes(text: str) -> bool | None:
    """Whether the paragraph's first double mark can only close a quote (None: it has none)."""
    match = _DOUBLE_MARK.search(text)
    if match is None:
        return None
    at = match.start()
    return _can_close(text, at) and not _can_open(text, at, len(match.group()))


# ---------------------------------------------------------------------------- paragraphs


@dataclass(slots=True)
class _Paragraph:
    index: int
    start: int  # offset in the article's text
    text: str
    spans: list[_Span]
    masked: str = ""  # the text with each quote's words masked, to read the narrative alone
    bounds: list[tuple[int, int]] = field(default_factory=list)  # its sentences


# A block: from a non-space to a blank line. Lines are taken whole ([^\n]+), not a character
# at a time: far fewer steps for the regex engine.
_BLOCK = re.compile(r"\S(?:[^\n]+|\n(?![ \t]*\n))*")


def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text quotes someone: (start, end) of each quoted passage, marks excluded.

    Cheap (no sentences are read): copy detection uses it to tell a report's own words from
    the statements every report of an event quotes.
    """
    return tuple(
        (paragraph.start + span.begin, paragraph.start + span.end)
        for paragraph in _blocks(text)
        for span in paragraph.spans
    )


def _add_sentences(paragraphs: list[_Paragraph]) -> None:
    """Each paragraph's text with its quotes masked, and the sentences of what is left."""
    for paragraph in paragraphs:
        paragraph.masked = _mask(paragraph.text, paragraph.spans)
        paragraph.bounds = _sentence_bounds(paragraph.masked)


def _blocks(text: str) -> list[_Paragraph]:
    """The blank-line-separated blocks of `text` with their quoted spans, a quote that runs
    on from one block into the next marked on both."""
    blocks = [(match.start(), match.group().rstrip()) for match in _BLOCK.finditer(text)]
    found: list[_Paragraph] = []
    for index, (start, block) in enumerate(blocks):
        inside = bool(found) and _runs_on(found[-1], [b for _, b in blocks[index : index + 6]])
        spans = [] if block.startswith("#") else _spans(block, inside)
        paragraph = _Paragraph(index, start, block, spans)
        if found and spans and spans[0].open == 0 and _open_at_end(found[-1], spans[0].single):
            spans[0].continues = True
        if found and spans and spans[0].continues:
            found[-1].spans[-1].continued = True
        found.append(paragraph)
    return found


def _open_at_end(paragraph: _Paragraph, single: bool) -> bool:
    last = paragraph.spans[-1] if paragraph.spans else None
    return last is not None and last.close is None and last.single == single


def _runs_on(previous: _Paragraph, following: list[str]) -> bool:
    """Whether an open double quote runs on into paragraphs without an opening mark, up to
    one whose first mark closes it (some sites drop the marks of continued paragraphs)."""
    if not _open_at_end(previous, single=False) or _DOUBLE_MARK.match(following[0]):
        return False
    for text in following:
        closes = _first_mark_closes(text)
        if closes is not None:
            return closes
    return False


def _mask(text: str, spans: list[_Span]) -> str:
    """Quote contents replaced by a mask (spaces and a final stop kept), so that sentences
    and clauses are read from the narrative alone."""
    pieces, cursor = [], 0
    for span in spans:
        inside = text[span.begin : span.end]
        final = inside[-1:] if inside[-1:] in (".", "!", "?", ",") else ""
        pieces += [
            text[cursor : span.begin],
            inside[: len(inside) - len(final)].translate(_MASK_TABLE),
            final,
        ]
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces)


# Where segtok (summary.sentences) may end a sentence: a terminal, closing marks, a space.
# A paragraph with none is one sentence, and segtok, the costly part, is not asked.
_MAY_END = re.compile(
    "[.!?\u203c\u203d\u2047-\u2049\u3002\ufe52\ufe57\uff01\uff0e\uff1f\uff61]"
    r"['’\"”]?[\])]*\s"
)


def _sentence_bounds(masked: str) -> list[tuple[int, int]]:
    if not _MAY_END.search(masked):
        stripped = masked.strip()
        start = masked.find(stripped)
        return [(start, start + len(stripped))] if stripped else [(0, len(masked))]
    bounds: list[tuple[int, int]] = []
    cursor = 0
    for sentence in sentences(masked):
        start = masked.find(sentence, cursor)
        if bounds and _attributes_the_question(masked[slice(*bounds[-1])], sentence):
            bounds[-1] = (bounds[-1][0], start + len(sentence))
        else:
            bounds.append((start, start + len(sentence)))
        cursor = start + len(sentence)
    return bounds or [(0, len(masked))]


# A sentence that is a quoted question or exclamation alone: '"Is it over?"'.
_QUOTED_QUESTION = re.compile(f"[“\"‘']{_MASK}[{_MASK}\\s]*[?!][”\"’']")


def _attributes_the_question(previous: str, sentence: str) -> bool:
    """Whether a sentence gives the speaker of the quoted question before it, which the
    sentence splitter cut off at its "?": '"Is it over?" Smith asked.'"""
    if not _QUOTED_QUESTION.fullmatch(previous):
        return False
    opening = sentence.split(maxsplit=7)[:7]
    return not _SPEECH_VERBS.isdisjoint(word.lower().strip(",.") for word in opening)


# ---------------------------------------------------------------------------- words and names

_TOKEN = re.compile(
    r"(?=[A-Z])(?:"  # only a capital opens an abbreviation: most words skip these tries
    r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Sen|Gen|Gov|Rep|St|Jr|Sr|Lt|Col|Capt|Sgt|Adm|[A-Z])\."
    r")|[\w’'-]+|[^\w\s]"
)
_NAME_TOKEN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'.-]*|(?:al|el|as|ad|an|ar|ash|at|az)-[A-Z][\w’'-]*")


# A masked quote: its mask characters and the spaces between them.
_MASKED_QUOTE = re.compile(f"{_MASK}(?:\\s*{_MASK})*")


def _words(text: str) -> list[str]:
    """The tokens of a piece of narrative; a masked quote becomes one _MASK token."""
    if _MASK in text:  # one token for the quote, not one for each of its characters
        text = _MASKED_QUOTE.sub(_MASK, text)
    return _TOKEN.findall(text)


@functools.lru_cache(maxsize=1 << 16)  # called for every token, and tokens repeat
def _is_name_token(token: str) -> bool:
    return bool(_NAME_TOKEN.fullmatch(token))


def _is_acronym(token: str) -> bool:
    letters = token.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def _bare_title(token: str) -> str:
    return token.rstrip(".")


_POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")


def _without_possessive(token: str) -> str:
    """A token without its possessive ending: "Takaichi’s" -> "Takaichi"."""
    for ending in _POSSESSIVE_ENDINGS:
        if token.endswith(ending):
            return token[: -len(ending)]
    return token


@functools.lru_cache(maxsize=1 << 14)  # each person's name is compared with every name read
def _key(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A name's tokens for comparison: case-folded, hyphens split, possessive dropped."""
    parts: list[str] = []
    for token in tokens:
        token = _without_possessive(token)
        parts.extend(part for part in token.casefold().split("-") if part)
    return tuple(parts)


def _contains(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether a name contains another; a one-word name must be its first or last word."""
    if not part or len(part) > len(whole):
        return False
    if len(part) == 1:
        return part[0] in (whole[0], whole[-1])
    return any(whole[i : i + len(part)] == part for i in range(len(whole) - len(part) + 1))


class _Run(NamedTuple):  # a tuple: made for every capitalised word, and cheaper to make
    """Capitalised words of the narrative, split into the titles and the name after them."""

    start: int  # token indexes
    stop: int
    titles: tuple[str, ...]
    name: tuple[str, ...]  # () when the run is only titles ("Prime Minister")
    possessive: bool


def _runs(words: list[str]) -> list[_Run]:
    # Called for every sentence: a list, not a generator, and the checks for a possessive
    # and a title written out rather than called.
    is_name = list(map(_is_name_token, words))
    count = len(words)
    runs: list[_Run] = []
    index = 0
    while True:
        try:  # straight to the next capitalised word: most words are not
            index = is_name.index(True, index)
        except ValueError:
            return runs
        word = words[index]
        if word in _NOT_NAMES and word not in _HONORIFICS:
            index += 1
            continue
        stop = index + 1
        while stop < count and not words[stop - 1].endswith(_POSSESSIVE_ENDINGS):
            if is_name[stop]:
                stop += 1
            elif words[stop] in _CONNECTORS and stop + 1 < count:
                if not is_name[stop + 1]:
                    break
                stop += 2
            else:
                break
        runs.append(_make_run(words, index, stop))
        index = stop


def _make_run(words: list[str], start: int, stop: int) -> _Run:
    if stop - start == 1:  # most runs are one word: "Smith", "Reuters", "Monday"
        word = words[start]
        if word.rstrip(".") in _TITLES:
            return _Run(start, stop, (word,), (), False)
        possessive = word.endswith(_POSSESSIVE_ENDINGS)
        return _Run(
            start, stop, (), (_without_possessive(word) if possessive else word,), possessive
        )
    run = words[start:stop]
    cut = 0
    for index, word in enumerate(run, 1):
        if word.rstrip(".") in _TITLES:
            cut = index
    name = tuple(run[cut:])
    possessive = bool(name) and name[-1].endswith(_POSSESSIVE_ENDINGS)
    if possessive:
        name = name[:-1] + (_without_possessive(name[-1]),)
    return _Run(start, stop, tuple(run[:cut]), name, possessive)


def _may_be_person(run: _Run) -> bool:
    return bool(run.name) and not _is_org(run.name) and not _is_place(run.name)


@functools.lru_cache(maxsize=1 << 14)  # a name recurs through an article
def _is_org(name: tuple[str, ...]) -> bool:
    return any(word in _ORG_WORDS or _is_acronym(word) for word in name)


@functools.lru_cache(maxsize=1 << 14)
def _is_place(name: tuple[str, ...]) -> bool:
    return " ".join(name) in _PLACES or all(word in _PLACES for word in name)


@dataclass(slots=True)
class _Person:
    """Someone the article names (or a role standing in for a name: "an official")."""

    tokens: tuple[str, ...]
    description: str = ""
    evidence: bool = False  # a title, role, appositive or speech verb shows it is a person
    gender: str = ""
    role: bool = False

    @property
    def name(self) -> str:
        return " ".join(self.tokens)


class _Names:
    """The people an article names, found in a first pass, and the fullest form of a name."""

    def __init__(self, paragraphs: list[_Paragraph]) -> None:
        self.people: list[_Person] = []
        self._by_tokens: dict[tuple[str, ...], _Person] = {}
        # Each sentence's narrative words and the runs that may name people, in reading
        # order: the reader reads them again, and acronyms are expanded from them.
        self.sentences: list[list[str]] = []
        self.runs: list[list[_Run]] = []
        for paragraph in paragraphs:
            # A heading's capitals run into names that are none: "## Jane Doe Visit 2026".
            heading = paragraph.text.startswith("#")
            for start, end in paragraph.bounds:
                words = _words(paragraph.masked[start:end])
                self.sentences.append(words)
                runs = [] if heading else list(filter(_may_be_person, _runs(words)))
                self.runs.append(runs)
                self._read(words, runs)
        self._by_word: dict[str, list[int]] = {}  # key word -> indexes into self.people
        for index, person in enumerate(self.people):
            for word in set(_key(person.tokens)):
                self._by_word.setdefault(word, []).append(index)
        self._merged: dict[tuple[str, ...], tuple[list[_Person], list[tuple[_Person, int]]]] = {}
        # "Mr Dowden told Times Radio" shows that "Oliver Dowden", named before, is a person:
        # what a short form shows passes to the full names that hold it before any is read.
        for person in self.people:
            if len(person.tokens) == 1 and (person.evidence or person.gender):
                self.matches(person.tokens)

    def _read(self, words: list[str], runs: list[_Run]) -> None:
        for run in runs:
            if run.name[0] in _CALENDAR or (run.start and words[run.start - 1].lower() == "the"):
                continue
            person = self._by_tokens.get(run.name)
            if person is None:
                person = self._by_tokens[run.name] = _Person(run.name)
                self.people.append(person)
            # What is known of a person is kept: most names recur, and are not read again.
            before = words[run.start - 1].lower() if run.start else ""
            person.evidence = person.evidence or _shown_person(words, run, before)
            person.description = person.description or _description(words, run)
            gender = _gender_of(run.titles + (before,))
            if gender:
                person.gender = _with_gender(person.gender, gender)

    def matches(self, tokens: tuple[str, ...]) -> list[_Person]:
        """The people whose name contains `tokens`, merged when one name holds another."""
        key = _key(tokens)
        if key not in self._merged:
            self._merged[key] = self._merge(key)
        merged, absorbed = self._merged[key]
        for person, kept_before in absorbed:  # "Mr Stayt" tells "Charlie Stayt"'s gender
            for kept in merged[:kept_before]:
                if person.gender:
                    kept.gender = _with_gender(kept.gender, person.gender)
                kept.description = kept.description or person.description
                # "El-Rufai said" shows that "Nassir El-Rufai" is a person too.
                kept.evidence = kept.evidence or person.evidence
        return list(merged)

    def _merge(self, key: tuple[str, ...]) -> tuple[list[_Person], list[tuple[_Person, int]]]:
        """The people whose name contains `key`, longest first: those no other holds, and
        those another holds, each with how many kept ones its gender and role pass to."""
        # A name that contains the key contains its first word.
        indexes = self._by_word.get(key[0], []) if key else []
        found = [self.people[i] for i in indexes if _contains(_key(self.people[i].tokens), key)]
        merged: list[_Person] = []
        absorbed: list[tuple[_Person, int]] = []
        for person in sorted(found, key=lambda p: -len(p.tokens)):
            if any(_contains(_key(kept.tokens), _key(person.tokens)) for kept in merged):
                absorbed.append((person, len(merged)))
            else:
                merged.append(person)
        return merged, absorbed

    def fullest(self, tokens: tuple[str, ...]) -> _Person | None:
        """The one person `tokens` names, in the fullest form; None when several fit."""
        found = self.matches(tokens)
        if len(found) == 1:
            return found[0]
        return _Person(tokens) if not found else None

    def expand(self, acronym: str) -> str:
        """An organisation's full name for its acronym ("APC"), when the article gives it."""
        for words in self.sentences:
            for start, word in enumerate(words):
                if word[:1].isupper() and word[0] == acronym[0] and word != acronym:
                    initials = ""
                    for stop in range(start, min(len(words), start + 2 * len(acronym))):
                        if words[stop][:1].isupper():
                            initials += words[stop][0]
                        elif words[stop] not in ("of", "and", "for", "the", "de"):
                            break
                        if initials == acronym:
                            return " ".join(words[start : stop + 1])
                        if not acronym.startswith(initials):
                            break
        return acronym


# Words after which a name is a person's: "spokesperson Ned Price", '"...," said Ned Price'.
_PERSON_AFTER = _ROLE_NOUNS | _INVERTING


def _shown_person(words: list[str], run: _Run, before: str) -> bool:
    """Whether a title, a role, a speech verb or an appositive shows that a run of a sentence
    names a person; `before` is the word before it, in lower case."""
    if run.titles or before in _PERSON_AFTER:
        return True
    if before == "," and run.start >= 2 and _singular(words[run.start - 2].lower()) in _ROLE_NOUNS:
        return True  # in apposition to a role: "according to the attorney, Ben Crump"
    after = words[run.stop : run.stop + 3]
    if after and after[0].lower() in _SPEECH_VERBS:
        return True
    if len(after) == 3 and after[0] == "," and after[1].isdigit() and after[2] == ",":
        return True  # an age: "Jane Doe, 45, lost her son"
    after = after[:2]
    return len(after) == 2 and after[0] == "," and after[1].lower() in ("a", "an", "the", "who")


# The gender of someone the article gives titles of both ("spokesman" in a photo caption,
# "spokeswoman" in the text): unknown, whatever is read later.
_MIXED = "?"


def _with_gender(known: str, found: str) -> str:
    """A person's gender once `found` is read too; evidence that disagrees leaves it unknown."""
    if not found or known == found:
        return known
    return _MIXED if known else found


def _gender_of(words: tuple[str, ...] | list[str]) -> str:
    if len(words) == 1 and words[0].rstrip(".").lower() not in _GENDERED:
        return ""  # no title, and a word before the name that tells nothing: most names
    lowered = {_bare_title(word).lower() for word in words}
    return "f" if lowered & _FEMALE else "m" if lowered & _MALE else ""


# Words that end a role read back from a name: "..., as State Department spokesperson X".
_BEFORE_ROLE = _SPEECH_VERBS | _PREPOSITIONS | _CONJUNCTIONS | _AUXILIARIES | {"as", "when"}
_NOT_NAMES_NOR_ARTICLES = _NOT_NAMES - {"The", "A", "An"}
_WORD_START = re.compile(r"\w")


def _description(words: list[str], run: _Run) -> str:
    """The role written before a name ("State Department spokesperson") or after it."""
    before: list[str] = []
    for word in reversed(words[max(0, run.start - 6) : run.start]):
        lowered = word.lower()
        if not _WORD_START.match(word) or lowered in _BEFORE_ROLE:
            break
        if word in _NOT_NAMES_NOR_ARTICLES:
            break
        before.insert(0, word)
        if lowered in ("a", "an", "the"):
            break
    titles = [title for title in run.titles if _bare_title(title) not in _HONORIFICS]
    if (before and before[-1].lower() in _ROLE_NOUNS) or titles:
        return " ".join(before + titles)
    return _opening_role(words, run) or _appositive(words[run.stop :])


def _opening_role(words: list[str], run: _Run) -> str:
    """A role that opens the sentence, set off by a comma before the name: "Minority Leader
    in Parliament, Mr Osei Kyei-Mensah-Bonsu said"."""
    if run.start < 2 or words[run.start - 1] != ",":
        return ""
    phrase = words[: run.start - 1]
    if len(phrase) > 6 or not any(word.lower() in _ROLE_NOUNS for word in phrase):
        return ""
    if all(word[:1].isupper() or word in _SMALL_WORDS for word in phrase):
        return " ".join(phrase)
    return ""


def _appositive(words: list[str]) -> str:
    """', a Johns Hopkins physicist who led the study' after a name, as its description."""
    if len(words) < 2 or words[0] != "," or words[1].lower() not in ("a", "an", "the"):
        return ""
    kept = []
    for word in words[1:]:
        if word in (",", ".", ";", ":", _MASK) or len(kept) == 15:
            break
        kept.append(word)
    return " ".join(kept)


# ---------------------------------------------------------------------------- subjects


class _Subject(NamedTuple):
    """Who a clause says spoke: a name, a pronoun, a role or an organisation; "none" for a
    speaker that is no one ("it said", "the statement said", "Tokyo said")."""

    kind: str
    words: tuple[str, ...] = ()
    description: str = ""


_NOBODY = _Subject("none")


def _trim(words: list[str]) -> list[str]:
    """Drop the openers before a subject and the adverbs between it and its verb."""
    while words and (words[0].lower() in _LEADING or words[0] in ",;:—–" or words[0].isdigit()):
        words = words[1:]
    while words and (words[-1].lower() in _TRAILING or words[-1] in ",;:—–"):
        words = words[:-1]
    if words and words[-1] == ")" and "(" in words:  # "Jane Doe (Labour) said"
        words = _trim(words[: len(words) - words[::-1].index("(") - 1])
    return words if _CAPITAL_ARTICLES.isdisjoint(words) else words[_restart(words) :]


_JOINING = _PREPOSITIONS | _CONNECTORS | {"of", "and", "&"}
_CAPITAL_ARTICLES = frozenset({"The", "A", "An"})


def _restart(words: list[str]) -> int:
    """Where a phrase starts again at a capitalised article that nothing joins to the words
    before it, left over from a dateline or a missed sentence end: "date 2021-04-20 The
    attorney" is "The attorney"; "Jane Doe of The Times" is whole."""
    for index in range(len(words) - 1, 0, -1):
        if words[index] in _CAPITAL_ARTICLES and words[index - 1].lower() not in _JOINING:
            return index
    return 0


_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})


def _subject(words: list[str]) -> _Subject | None:
    """Read a phrase that should be a clause's subject; None when it is not one."""
    words = _trim(words)
    if not words or len(words) > 12 or _MASK in words:
        return None
    lowered = [word.lower() for word in words]
    if len(words) == 1 and lowered[0] in _PRONOUNS:
        return _Subject("pronoun", (lowered[0],))
    if len(words) == 1 and lowered[0] in _OTHER_PRONOUNS:
        return _NOBODY
    if any(word in _AUXILIARIES for word in lowered) or "(" in words:
        return None
    if not _SUBJECT_PRONOUNS.isdisjoint(lowered[1:]):
        return None  # a clause, not a phrase: "her comments came after she ..."
    runs = _runs(words)
    first = runs[0] if runs and runs[0].start == 0 and runs[0].name else None
    if first and first.stop < len(words) and lowered[first.stop] in ("of", "from", "at"):
        return _named(first, " ".join(words[first.stop :]))  # "Noel Francisco of Jones Day"
    if runs and runs[-1].stop == len(words) and runs[-1].name and not runs[-1].possessive:
        run = runs[-1]
        before = words[: run.start]
        if _coordinated(runs, words):
            return _Subject("org", tuple(words))  # "Jane Doe and John Roe": both, no one alone
        if (
            before
            and before[-1].lower() in ("the", "for", "of", "at", "in", "from")
            and not run.titles
        ):
            return _role(words)  # "the Spaniard", "the APC", "former Labour MP for Vauxhall"
        if before and not _role_like(before):
            return None
        titles = [title for title in run.titles if _bare_title(title) not in _HONORIFICS]
        return _named(run, " ".join(before + titles))
    return _role(words)


def _coordinated(runs: list[_Run], words: list[str]) -> bool:
    """Whether a phrase names two people joined by "and" ("Jane Doe and Prime Minister John
    Roe"), not a title that holds an "and" ("Culture, Media and Sport Secretary X")."""
    if len(runs) < 2 or runs[-2].stop != runs[-1].start - 1:
        return False
    if words[runs[-2].stop].lower() not in ("and", "&"):
        return False
    return all(_bare_title(title) in _TITLES for title in runs[-1].titles)


_NOT_IN_ROLE = _PREPOSITIONS - {"for"}  # "Labour MP for Vauxhall" describes a name
# Capitalised words that may open a name's description: "Former prime minister X".
_NOT_NAMES_NOR_DETERMINERS = _NOT_NAMES - _vocabulary("""The A An His Her Its Their Our Former""")


def _role_like(words: list[str]) -> bool:
    """Whether words before a name can be its description ("Kenya opposition leader")."""
    return not any(w.lower() in _NOT_IN_ROLE or w in _NOT_NAMES_NOR_DETERMINERS for w in words)


def _named(run: _Run, description: str) -> _Subject:
    if (
        _is_org(run.name)
        or description.split()[-1:]
        and description.split()[-1].lower() in _DOCUMENTS
    ):
        words = tuple((description + " " + " ".join(run.name)).split())
        return _Subject("org", words)
    if _is_place(run.name):
        return _NOBODY
    return _Subject("name", run.name, description.strip(" ,").removeprefix("and ").strip())


def _role(words: list[str]) -> _Subject | None:
    """A role or a group, without a name: "a top presidential adviser", "the minister"."""
    lowered = [word.lower() for word in words]
    if words[0] in _NOT_NAMES and lowered[0] not in _DETERMINERS:
        return None
    head = _head(lowered)
    if head is None:
        return None
    opening = lowered[0] in _DETERMINERS or _is_name_token(words[0])
    if not opening and _singular(head) not in _ROLE_NOUNS:
        return None  # "former Labour MP for Vauxhall" reads; "reporting at the start" does not
    if head in _DOCUMENTS or _singular(head) in _DOCUMENTS:
        return _author(words, lowered.index(head))
    core = words[1:] if lowered[0] in ("the", "a", "an") else words
    is_role = _singular(head) in _ROLE_NOUNS or _bare_title(words[-1]) in _TITLES
    if not is_role and _is_org(tuple(core)):
        return _Subject("org", tuple(words))
    if not is_role and len(core) > 1 and all(_is_name_token(w) or w in _CONNECTORS for w in core):
        return _Subject("org", tuple(words))  # "Numis Securities", "Downing Street"
    return _Subject("role", tuple(words), " ".join(words))


def _author(words: list[str], head: int) -> _Subject:
    """Who speaks through a document: its author, named after "from" or "by" ("a statement
    from the Police Federation"); no one for a document on its own ("the report said")."""
    if head + 2 < len(words) and words[head + 1].lower() in ("from", "by"):
        author = _subject(words[head + 2 :])
        if author is not None and author.kind in ("name", "org"):
            return author
    return _NOBODY


# Words that follow the head of a role phrase: "officials close to the talks", "a source who".
_AFTER_HEAD = _PREPOSITIONS | {"of", "close", "briefed", "familiar", "who", "involved"}
_PLAIN_WORD = re.compile(r"[a-z0-9][a-z0-9-]*")


def _head(lowered: list[str]) -> str | None:
    """The noun a role phrase is about: the last word before its first preposition."""
    cut = next((i for i, word in enumerate(lowered) if word in _AFTER_HEAD and i > 0), len(lowered))
    head = lowered[cut - 1]
    if head in _DETERMINERS or head in _AUXILIARIES or head in _CONJUNCTIONS or head.isdigit():
        return None
    return head if _PLAIN_WORD.fullmatch(head) else None


def _is_singular_role(lowered: list[str]) -> bool:
    """Whether a role phrase is about one person: "Brexit secretary", not "protesters"."""
    head = _head(lowered)
    return head is not None and _singular(head) == head and head in _ROLE_NOUNS


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _comma_segments(words: list[str]) -> list[list[str]]:
    segments: list[list[str]] = [[]]
    for word in words:
        if word == ",":
            segments.append([])
        else:
            segments[-1].append(word)
    return [segment for segment in segments if segment]


def _leading_subject(words: list[str]) -> _Subject | None:
    """The subject opening the nearest clause before a verb: "X weighed in, saying ..."."""
    for segment in reversed(_comma_segments(words)):
        segment = _trim(segment)
        if not segment or segment[0].lower() in ("who", "which", "whose", "where"):
            continue
        if segment[0].lower() in _PRONOUNS:
            return _Subject("pronoun", (segment[0].lower(),))
        if segment[0].lower() in _OTHER_PRONOUNS:
            return _NOBODY
        end = _phrase_end(segment)
        if not end or segment[end].lower() in ("who", "which", "that", "whose"):
            continue  # no verb follows: "Alcaraz, a champion who never stops dreaming:"
        subject = _subject(segment[:end])
        if subject is not None:
            return subject
    return None


def _colon_subject(words: list[str]) -> _Subject | None:
    """Who speaks in the words before a colon that opens a quote: the subject of their last
    clause ("X made no secret of his delight:"), a name set off by its roles before a verb
    ("X, the state's attorney general, made clear the stakes:"), or a name alone or with
    appositives, as headlines write it ("X:", "X, a champion who never stops dreaming:")."""
    subject = _leading_subject(words)
    if subject is not None:
        return subject
    segments = [_trim(segment) for segment in _comma_segments(words)]
    if not 0 < len(segments) <= 4 or not all(segments):
        return None
    if all(segment[0].lower() in ("a", "an", "the") for segment in segments[1:]):
        first = _subject(segments[0])
        return first if first is not None and first.kind == "name" else None
    if not _is_predicate(segments[-1]):
        return None
    # The segments before the verb: one name and its roles, each readable.
    leading = segments[:-1]
    parsed = [_subject(segment) for segment in leading]
    if any(s is None or s.kind not in ("name", "role") for s in parsed):
        return None
    return _subject_before([word for segment in leading for word in [*segment, ","]])


def _is_predicate(segment: list[str]) -> bool:
    """Whether a comma segment opens with its verb (or an adverb before it), no subject of its
    own: "made clear the stakes", "further stoked fears"."""
    first = segment[0]
    return (
        first.islower()
        and first not in _DETERMINERS
        and first not in _PRONOUNS
        and first not in _OTHER_PRONOUNS
        and first not in _CONJUNCTIONS
        and first not in _PREPOSITIONS
        and first not in ("of", "according")
    )


# Words that read as the verb after a subject.
_VERB_AFTER_SUBJECT = _SPEECH_VERBS | _PARTICIPLES | _AUXILIARIES
_REGULAR_PAST = re.compile(r"[a-z]+ed")


def _phrase_end(words: list[str]) -> int:
    """Where the noun phrase that opens `words` ends: before the first word that reads as its
    verb, a lower-case word after a person's name or a role noun (0: none found)."""
    determined = words[0].lower() in _DETERMINERS
    for index, word in enumerate(words[:12]):
        lowered = word.lower()
        if index and lowered in _VERB_AFTER_SUBJECT:
            return index
        if index and determined and (lowered in _VERBS or _REGULAR_PAST.fullmatch(word)):
            return index  # "The El Palmar prodigy made ...", "the Spaniard explained ..."
        if lowered in _PREPOSITIONS or not _WORD_START.match(word):
            return 0
        if (
            index
            and not determined
            and word[:1].islower()
            and lowered not in _CONNECTORS
            and lowered not in ("of", "and")  # "the Culture, Media and Sport Committee"
            and _singular(lowered) not in _ROLE_NOUNS  # "Top Iranian diplomats reacted"
        ):
            previous = words[index - 1]
            if _singular(previous.lower()) in _ROLE_NOUNS or (
                _is_name_token(previous)
                and previous not in _NOT_NAMES  # "Former prime minister X" goes on
                and previous.rstrip(".") not in _TITLES  # so does "Foreign ministry ..."
                and not _is_org((previous,))
                and previous not in _PLACES
            ):
                return index
    return 0


# ---------------------------------------------------------------------------- clauses


class _Clause(NamedTuple):
    """A speech verb of a sentence's narrative, with the subject the text gives it."""

    start: int  # the verb's offsets in the paragraph
    end: int
    subject: _Subject | None
    inverted: bool  # '"...," said X': the subject comes after the verb


_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|its|their|our|these|those|such|any|no|some|many|several|recent"
    r"|earlier|latest|new|similar|further|public|written|opening|closing)\s+$",
    re.IGNORECASE,
)


_LETTERS = re.compile(r"[A-Za-z]+")
_VERB_FORMS = _SPEECH_VERBS | _PARTICIPLES


# Forms that are never nouns: after "earlier" they are verbs ("Trump earlier said").
_ONLY_VERBS = frozenset({"said", "says", "told", "tells"})


def _is_noun(masked: str, at: int, form: str) -> bool:
    """Whether the word at `at` reads as a noun from the word before it ("his comments")."""
    found = _NOUN_BEFORE.search(masked[max(0, at - 12) : at])
    return found is not None and not (
        form in _ONLY_VERBS and found.group().lower().startswith("earlier")
    )


@functools.cache  # one for each speech verb form
def _verb_form(form: str) -> re.Pattern[str]:
    """A form of a speech verb written in any case, as a whole word of _LETTERS."""
    return re.compile(rf"(?<![A-Za-z]){re.escape(form)}(?![A-Za-z])", re.IGNORECASE | re.ASCII)


def _verbs(masked: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The speech verbs of a stretch of narrative, with their offsets; a word preceded by
    "the" or "his" is a noun ("his comments", "the remarks"), and a capitalised one too
    unless it opens the sentence ("Asked by ...")."""
    stretch = masked[start:end]  # a slice, so that a word cut at either end stays cut
    forms = " ".join(_LETTERS.findall(stretch)).lower().split()  # its words in lower case
    found = []
    # Most sentences have no speech verb, and most that have one have one form of it: only
    # those forms are looked for, not every word read again.
    for form in _VERB_FORMS.intersection(forms):
        for match in _verb_form(form).finditer(stretch):
            capitalised_inside = not match.group().islower() and stretch[: match.start()].strip()
            if not capitalised_inside and not _is_noun(masked, start + match.start(), form):
                found.append((start + match.start(), start + match.end(), form))
    if not _PHRASAL_HEADS.isdisjoint(forms):
        found += [(m.start(), m.end(), "said") for m in _PHRASAL.finditer(masked, start, end)]
    return sorted(found)


def _clause_start(paragraph: _Paragraph, sentence: tuple[int, int], at: int) -> int:
    """Where the clause ending at `at` begins: after the last quote, semicolon or dash."""
    start = sentence[0]
    for span in paragraph.spans:
        if sentence[0] <= span.after <= at:
            start = max(start, span.after)
    for mark in (";", " — ", " – "):
        found = paragraph.masked.rfind(mark, start, at)
        start = max(start, found + len(mark)) if found >= 0 else start
    return start


def _clauses(paragraph: _Paragraph, sentence: tuple[int, int]) -> list[_Clause]:
    masked = paragraph.masked
    found = []
    for start, end, verb in _verbs(masked, *sentence):
        clause_start = _clause_start(paragraph, sentence, start)
        before = _words(masked[clause_start:start])
        after_quote = clause_start > sentence[0] and all(w in ",.?!—–" for w in before)
        if (after_quote or (before and before[-1] == "," and verb not in _PARTICIPLES)) and (
            verb not in _TAKING_OBJECTS
        ):
            inverted = _inverted(masked[end : sentence[1]])
            if inverted is not None and (after_quote or _speaks(inverted)):
                found.append(_Clause(start, end, inverted, True))  # '"...," said X', '..., said X.'
                continue
        if after_quote:  # 'X, who called him a "brat," called ...': the sentence's subject
            subject = _leading_subject(_words(masked[sentence[0] : start]))
        elif verb in _PARTICIPLES or (before and before[-1].lower() in ("and", "but", "then")):
            subject = _leading_subject(before)
        else:
            subject = _subject_before(before)
        found.append(_Clause(start, end, subject, False))
    return found


def _speaks(subject: _Subject) -> bool:
    """Whether a subject read after its verb is someone who speaks, not the verb's object."""
    if subject.kind == "role":
        return _singular(_head([w.lower() for w in subject.words]) or "") in _ROLE_NOUNS
    return subject.kind in ("name", "org")


def _subject_before(words: list[str]) -> _Subject | None:
    """The subject written before a verb: "X said", "X, who leads ..., said"."""
    while words and words[-1].lower() in _TRAILING:
        words = words[:-1]
    segments = _comma_segments(words)
    if not segments:
        return None
    if _trim(segments[-1])[:1] in (["who"], ["which"]) and len(_trim(segments[-1])) == 1:
        return _relative(segments[:-1])  # "Baroness Hoey, former MP, who wrote"
    if words[-1].lower() in _PRONOUNS:  # "the presenters who he accused of ..."
        return _Subject("pronoun", (words[-1].lower(),))
    if words[-1] != ",":
        last = segments[-1]
        if len(segments) > 1 and last[0].lower() in _PREPOSITIONS:
            # "The governor, Jane Doe, in her speech said": the phrase is no subject.
            return _subject_before(words[: len(words) - len(last)])
        return _subject(last) or _subordinate_subject(last)
    # "X, a spokesman, said" or "a spokesman, X, said": the name, else the first that reads.
    parsed = [(segment, _subject(segment)) for segment in segments[:3]]
    readable = [(segment, subject) for segment, subject in parsed if subject is not None]
    for index, (_, subject) in enumerate(readable):
        if subject.kind == "name":
            roles = [s.description for _, s in readable[:index] if s.kind == "role"]
            return _Subject("name", subject.words, subject.description or " ".join(roles))
    return readable[0][1] if readable else None


# Conjunctions that open a clause of its own inside a sentence ("as" and "that" are left
# out: "such as", "the one that").
_SUBORDINATORS = _vocabulary(
    """after before when while because since until once although though whereas if"""
)


def _subordinate_subject(words: list[str]) -> _Subject | None:
    """The subject of a clause a conjunction opens: "It came after X said ..." is X."""
    starts = [i for i, word in enumerate(words[:-1]) if word.lower() in _SUBORDINATORS]
    return _subject(words[starts[-1] + 1 :]) if starts else None


def _relative(segments: list[list[str]]) -> _Subject | None:
    """The name a relative "who" stands for: the nearest before it, past its roles."""
    roles: list[str] = []
    for segment in reversed(segments):
        subject = _subject(segment)
        if subject is None or subject.kind not in ("name", "role"):
            return None
        if subject.kind == "name":
            return _Subject("name", subject.words, subject.description or " ".join(roles))
        roles.insert(0, subject.description)
    return None


_INVERTED_STOPS = _PREPOSITIONS | {
    "when",
    "while",
    "as",
    "adding",
    "referring",
    "according",
    "who",
    "which",
}


def _phrase(words: list[str]) -> list[str]:
    """The words up to the first punctuation or word that ends a subject read after its verb."""
    kept: list[str] = []
    for word in words:
        if word in (",", ".", ";", ":", "!", "?", _MASK, "(") or word.lower() in _INVERTED_STOPS:
            break
        kept.append(word)
    return kept


# What a role read after its verb opens with: '"...," said the minister', not 'said his aide'.
_ROLE_OPENERS_AFTER_VERB = _DETERMINERS - {"his", "her", "its", "their", "our"}


def _inverted(tail: str) -> _Subject | None:
    """The subject after a verb that follows a quote: 'said Pierre Heidmann, a physicist',
    'said the state's attorney general, Jane Doe'."""
    words = _words(tail)
    kept = _phrase(words)
    subject = _subject(kept) if kept else None
    if subject is None or (
        subject.kind == "role" and kept[0].lower() not in _ROLE_OPENERS_AFTER_VERB
    ):
        return None
    if subject.kind == "pronoun":
        return None
    rest = words[len(kept) :]
    if subject.kind == "role" and rest[:1] == [","]:
        named = _subject(_phrase(rest[1:]))  # the role's name in apposition: that is who spoke
        if named is not None and named.kind == "name" and not named.description:
            return _Subject("name", named.words, subject.description)
    if subject.kind == "name" and not subject.description:
        subject = _Subject("name", subject.words, _appositive(rest))
    return subject


# ---------------------------------------------------------------------------- speakers


@dataclass(slots=True)
class _Said:
    """A resolved attribution: the speaker (None when unclear) and how it was found."""

    speaker: str | None
    description: str
    how: str
    person: _Person | None = None


def _only_one(people: Sequence[_Person | None], gender: str) -> _Person | None:
    """The one person in `people` whose gender does not rule them out ("" for any): "she"
    after "Mr Davie met Lucy Frazer" is Lucy Frazer. Someone the text could not tell (None)
    may be of either gender."""
    distinct = {
        id(person): person for person in people if person is None or _may_be(person, gender)
    }
    return next(iter(distinct.values())) if len(distinct) == 1 else None


def _may_be(person: _Person, gender: str) -> bool:
    return not gender or person.gender in ("", _MIXED, gender)


@dataclass(slots=True)
class _Sentence:
    """Who a sentence shows speaking and whom it names, for the pronouns that follow."""

    paragraph: int
    speakers: list[_Person | None] = field(default_factory=list)
    named: list[_Person | None] = field(default_factory=list)

    def speaker(self) -> _Person | None:
        distinct = {id(person): person for person in self.speakers}
        return next(iter(distinct.values())) if len(distinct) == 1 else None


@dataclass(slots=True)
class _Found:
    paragraph: _Paragraph
    span: _Span
    sentence: int  # index of its _Sentence
    said: _Said | None  # None: no attribution in its sentence
    keep: bool


class _Reader:
    """Reads an article's sentences in order, attributing quotes and tracking who spoke."""

    def __init__(self, names: _Names, paragraphs: list[_Paragraph]) -> None:
        self.names = names
        self.paragraphs = paragraphs  # for a credit line after a quote
        self.sentences: list[_Sentence] = []
        self.found: list[_Found] = []
        self.roles: dict[str, _Person] = {}

    def read(self, paragraph: _Paragraph, bounds: tuple[int, int]) -> None:
        """Attribute the quotes of one sentence, then record who it shows speaking."""
        record = _Sentence(paragraph.index)
        clauses = _clauses(paragraph, bounds)
        resolved = {
            id(c): self.resolve(c.subject, "", self._named_earlier(paragraph, bounds, c))
            for c in clauses
            if c.subject is not None
        }
        # A speaking subject that could not be resolved still stands for someone: None.
        record.speakers = [
            resolved[id(c)].person
            for c in clauses
            if c.subject is not None and c.subject.kind in ("name", "pronoun", "role")
        ]
        for span in (s for s in paragraph.spans if bounds[0] <= s.open < bounds[1]):
            said, keep = self._attribute(paragraph, bounds, span, clauses, resolved)
            found = _Found(paragraph, span, len(self.sentences), said, keep)
            if said is None:
                found.said = self._neighbour(found)
                found.keep = keep or found.said is not None
            self.found.append(found)
            if found.said is not None and found.said.person is not None:
                record.speakers.append(found.said.person)
        record.named = self._named(paragraph, bounds, clauses, resolved)
        self.sentences.append(record)

    def _attribute(
        self,
        paragraph: _Paragraph,
        bounds: tuple[int, int],
        span: _Span,
        clauses: list[_Clause],
        resolved: dict[int, _Said],
    ) -> tuple[_Said | None, bool]:
        text = paragraph.text[span.begin : span.end].strip()
        full = _is_full(paragraph, span)
        if not any(char.isalpha() for char in text) or (
            not full and _is_mention(paragraph, span, text)
        ):
            return None, False
        asked = (
            not full
            and _QUESTION_INTRO.match(paragraph.masked[bounds[0] : span.open])
            and ("," not in paragraph.masked[bounds[0] : span.open])
        )
        if asked:  # the words of the question, not of whoever answers
            return _Said(None, "", "none"), full and len(text.split()) >= 4
        said = self._attribution(paragraph, bounds, span, clauses, resolved)
        keep = said is not None and said.speaker is not None or (full and len(text.split()) >= 4)
        return said, keep

    def _attribution(
        self,
        paragraph: _Paragraph,
        bounds: tuple[int, int],
        span: _Span,
        clauses: list[_Clause],
        resolved: dict[int, _Said],
    ) -> _Said | None:
        after = [c for c in clauses if c.start >= span.after and c.subject is not None]
        if after and _directly_after(paragraph, span, after[0]):
            return _how(resolved[id(after[0])], "after")
        before = _governing([c for c in clauses if c.end <= span.open], paragraph.masked)
        if before is not None and before.subject is not None:
            return _how(resolved[id(before)], "before")
        head = paragraph.masked[_clause_start(paragraph, bounds, span.open) : span.open].rstrip()
        if head.endswith(":"):  # "X made no secret of his delight: "...""
            subject = _colon_subject(_words(head[:-1]))
            if subject is not None:
                return _how(self.resolve(subject, ""), "before")
        final = _closing_clause(paragraph, bounds, span, after)
        if final is not None and resolved[id(final)].person is not None:
            return _how(resolved[id(final)], "sentence")
        according = _according(paragraph, bounds)
        if according is not None:
            return _how(self.resolve(according, ""), "according to")
        return None

    def _named_earlier(
        self, paragraph: _Paragraph, bounds: tuple[int, int], clause: _Clause
    ) -> list[_Person | None] | None:
        """For a pronoun's clause, the people its sentence names before it, past prepositions
        (None for a name that fits several); None for any other clause."""
        if clause.subject is None or clause.subject.kind != "pronoun":
            return None
        reach = len(_words(paragraph.masked[bounds[0] : clause.start]))
        return self._named_up_to(len(self.sentences), reach)

    def _named_up_to(self, index: int, reach: int) -> list[_Person | None]:
        """The people sentence `index` names in its first `reach` words, past prepositions."""
        words = self.names.sentences[index]
        # Not a name after a preposition: "Asked by Morgan, she replied" is not about Morgan.
        return self._people_named(
            run
            for run in self.names.runs[index]
            if run.stop <= reach
            and not (run.start and words[run.start - 1].lower() in _PREPOSITIONS)
        )

    def _people_named(self, runs: Iterable[_Run]) -> list[_Person | None]:
        """The person each run names; None for one that several people fit, or that may be a
        person ("Goldman Sachs"); runs naming no one the article shows to be a person are left
        out."""
        named: list[_Person | None] = []
        for run in runs:
            found = self.names.matches(run.name)
            if len(found) == 1 and found[0].evidence:
                named.append(found[0])
            elif len(found) > 1 or (found and len(run.name) > 1):
                named.append(None)
        return named

    def resolve(
        self, subject: _Subject, how: str, named_earlier: list[_Person | None] | None = None
    ) -> _Said:
        """The speaker a subject stands for, or None when it is unclear.

        `named_earlier`: for a pronoun, the people its own sentence names before it. "Jane
        Doe paid tribute, saying she ..." is about Jane Doe when the sentence before names no
        one else; when it does, or when the sentence names two people before "he", he is
        unclear."""
        if subject.kind == "name":
            person = self.names.fullest(subject.words)
            if person is None:
                return _Said(None, "", how)
            return _Said(person.name, subject.description or person.description, how, person)
        if subject.kind == "org":
            return _Said(self._organisation(subject.words), "", how)
        if subject.kind == "pronoun":
            gender = "f" if subject.words[0] == "she" else "m"
            person = self._antecedent(gender)
            if named_earlier:  # the sentence's own names first; two readings that differ: unclear
                earlier = _only_one(named_earlier, gender)
                person = earlier if person is None or person is earlier else None
            if person is None:
                return _Said(None, "", how)
            return _Said(person.name, person.description, f"{how}, pronoun", person)
        if subject.kind == "role":
            return self._role(subject, how)
        return _Said(None, "", how)

    def _organisation(self, words: tuple[str, ...]) -> str:
        if words[0].lower() == "the":
            words = words[1:]
        if len(words) == 1 and _is_acronym(words[0]):
            return self.names.expand(words[0])
        return " ".join(words)

    def _role(self, subject: _Subject, how: str) -> _Said:
        lowered = [word.lower() for word in subject.words]
        if lowered[0] not in _DETERMINERS and _is_singular_role(lowered):
            lowered = ["the", *lowered]  # "Brexit secretary says ...": a headline's "the"
        if lowered[0] in _INDEFINITE or lowered[0] not in _DETERMINERS:
            person = self.roles.setdefault(
                subject.description,
                _Person((subject.description,), subject.description, True, role=True),
            )
            return _Said(person.name, person.description, how, person)
        if lowered[0] != "the":
            return _Said(None, "", how)
        role = _normal_role(" ".join(lowered[1:]))
        person = self._by_role(role) or self._named_before(role)
        # "the Spaniard", "the 24-year-old": like "he"; but "the police union" is no person.
        if person is None and not lowered[-1].endswith("s") and not _is_org((lowered[-1].title(),)):
            person = self._antecedent("")
        if person is None:
            return _Said(None, "", how)
        return _Said(person.name, person.description, f"{how}, role", person)

    def _by_role(self, role: str) -> _Person | None:
        """The one person the article gives `role`: the last speaker first, then anyone."""

        def fits(person: _Person | None) -> bool:
            return person is not None and role in _normal_role(person.description)

        last = next((s for s in reversed(self.sentences[-5:]) if s.speakers), None)
        if last is not None and len({id(p) for p in last.speakers if fits(p)}) == 1:
            return next(p for p in last.speakers if fits(p))
        people = [p for p in self.names.people if p.evidence and fits(p)]
        people = [
            p
            for p in people
            if not any(q is not p and _contains(_key(q.tokens), _key(p.tokens)) for q in people)
        ]
        roles = [p for p in self.roles.values() if _normal_role(p.description).endswith(role)]
        return (people + roles)[0] if len(people + roles) == 1 else None

    def _named_before(self, role: str) -> _Person | None:
        """The one person given `role` among those the nearest earlier sentence that names
        anyone names ("Gorsuch cut in. ... the justice said", though the article has nine
        justices)."""
        fitting = [p for p in self._nearest_named() if role in _normal_role(p.description)]
        return fitting[0] if len(fitting) == 1 else None

    def _antecedent(self, gender: str) -> _Person | None:
        """The one possible speaker of the nearest earlier sentence that names anyone, if
        their gender does not rule them out."""
        return _only_one(self._nearest_named(gender), gender)

    def _nearest_named(self, gender: str = "") -> list[_Person]:
        """Who the nearest earlier sentence (two back at most) that names anyone of `gender`
        shows speaking, else whom it names, each once; none when it names someone it could not
        tell. "She" passes over a sentence that names only men."""
        for record in reversed(self.sentences[-2:]):
            candidates = record.speakers or record.named
            if not any(person is None or _may_be(person, gender) for person in candidates):
                continue
            if any(person is None for person in candidates):
                return []
            return list({id(person): person for person in candidates}.values())
        return []

    def _named(
        self,
        paragraph: _Paragraph,
        bounds: tuple[int, int],
        clauses: list[_Clause],
        resolved: dict[int, _Said],
    ) -> list[_Person | None]:
        """The people a sentence's narrative names, and those its "he" and "she" stand for;
        None for a name or a pronoun that fits several."""
        index = len(self.sentences)
        words = self.names.sentences[index]
        named = self._people_named(self.names.runs[index])
        # A "he" the sentence resolved stands for the same person at each of its uses.
        resolved_pronouns = {
            c.subject.words[0]
            for c in clauses
            if c.subject is not None and c.subject.kind == "pronoun" and resolved[id(c)].person
        }
        lowered = " ".join(words).lower().split(" ")
        others = _PRONOUNS - resolved_pronouns
        if not others.isdisjoint(lowered):
            named += [
                self._pronoun(index, at, pronoun)
                for at, pronoun in enumerate(lowered)
                if pronoun in others
            ]
        return named + [None] * _roles_named(words, lowered)

    def _pronoun(self, index: int, at: int, pronoun: str) -> _Person | None:
        """Whom the "he" or "she" at word `at` of sentence `index` stands for, by the rules of a
        speaking one: "Hassan had feared she would break." names Hassan once, so that the
        "she said" after it is Hassan too."""
        earlier = self._named_up_to(index, at)
        return self.resolve(_Subject("pronoun", (pronoun,)), "", earlier).person

    def _credit(self, index: int) -> _Said | None:
        """The speaker the credit line at paragraph `index` gives the bare quote before it."""
        if index >= len(self.paragraphs):
            return None
        subject = _credit_subject(self.paragraphs[index])
        said = self.resolve(subject, "credit line") if subject is not None else None
        return said if said is not None and said.speaker is not None else None

    def _neighbour(self, found: _Found) -> _Said | None:
        """The speaker of the quote an unattributed quote continues or follows, if clear."""
        paragraph, span = found.paragraph, found.span
        previous = self.found[-1] if self.found else None
        if span.continues and previous is not None and previous.said is not None:
            return _how(previous.said, "continued") if previous.said.speaker else None
        if span.open == 0 and _bare(paragraph):
            credit = self._credit(paragraph.index + 1)
            if credit is not None:
                return credit
        if not _is_full(paragraph, span) or not found.sentence:
            return None
        before = self.sentences[found.sentence - 1]
        speaker = before.speaker()
        if speaker is None:
            return None
        said = _Said(speaker.name, speaker.description, "", speaker)
        if before.paragraph == paragraph.index:
            return _how(said, "same paragraph")
        if before.paragraph == paragraph.index - 1 and span.open == 0 and _bare(paragraph):
            quoted = paragraph.text[span.begin : span.end].rstrip()
            # Its attribution is missing: cut off with the excerpt, or after the comma. A new
            # speaker is named by the end of the quote's first sentence: an excerpt that
            # cuts a quote after that has shown there is none.
            cut = span.close is None and not span.continued and not _holds_a_sentence(quoted)
            return None if cut or quoted.endswith(",") else _how(said, "follows")
        return None


# A sentence ending inside a quote, and the next one starting: "... the mud. The chairman".
_SENTENCE_END = re.compile(r"(\w+)([.!?])[’'\"”]?\s+[‘'\"“]?[A-Z0-9]")


def _holds_a_sentence(quoted: str) -> bool:
    """Whether a quote holds a whole sentence and the start of another ("Mr. Smith" does not)."""
    for match in _SENTENCE_END.finditer(quoted):
        word, mark = match.groups()
        if mark != "." or not (_is_name_token(word) and len(word) <= 3):
            return True  # not "Mr.", "Dr.", "U.S."
    return False


# A paragraph opening with a dash: the credit line under a quotation ("— Jane Doe, on ...").
_CREDIT_DASH = re.compile(r"[-–—]\s+(?=\w)")


def _credit_subject(paragraph: _Paragraph) -> _Subject | None:
    """The person a credit line names first, by a full name after nothing but their roles:
    "- Cancer patient Jane Doe, talking to ...", "— Jane Doe reflects on ..."."""
    dash = _CREDIT_DASH.match(paragraph.masked)
    if dash is None:
        return None
    words = _words(paragraph.masked[dash.end() : dash.end() + 200])
    for run in _runs(words):
        before = words[: run.start]
        if any(not _WORD_START.match(word) for word in before) or not _role_like(before):
            return None
        after = words[run.stop] if run.stop < len(words) else "."
        # The name is the line's subject: a verb or a comma follows it, not a noun it
        # qualifies ("- Launching Chisholm candidate Jane Doe's campaign").
        if len(run.name) > 1 and _may_be_person(run) and _reads_as_verb(after):
            return _Subject("name", run.name, " ".join(before))
    return None


def _reads_as_verb(word: str) -> bool:
    """Whether a word after a name reads as its verb, or ends the name's phrase."""
    lowered = word.lower()
    return (
        word in (",", ".", ";", ":", "—", "–")
        or lowered in _VERB_AFTER_SUBJECT
        or lowered in _VERBS
        or (word.islower() and (lowered.endswith("s") or bool(_REGULAR_PAST.fullmatch(word))))
    )


def _roles_named(words: list[str], lowered: list[str]) -> int:
    """How many people a sentence names by role alone ("the minister met his counterpart"):
    a singular role noun after a determiner, neither beside a name nor in apposition to one."""
    if _ROLE_NOUNS.isdisjoint(lowered):
        return 0
    count = 0
    for index, word in enumerate(lowered):
        if word not in _ROLE_NOUNS or _named_beside(words, index):
            continue
        start = next(
            (i for i in range(index - 1, max(-1, index - 5), -1) if lowered[i] in _DETERMINERS),
            None,
        )
        if start is not None and not (start and words[start - 1] == ","):
            count += 1
    return count


def _named_beside(words: list[str], index: int) -> bool:
    """Whether a name follows the role noun at `index`: "minister Jane Doe", or in apposition,
    "the attorney, Ben Crump"."""
    following = words[index + 1 : index + 3]
    if following[:1] == [","]:
        following = following[1:]
    return bool(following) and _is_name_token(following[0])


def _how(said: _Said, how: str) -> _Said:
    suffix = said.how.removeprefix(", ") if said.how.startswith(", ") else ""
    return _Said(said.speaker, said.description, f"{how}, {suffix}" if suffix else how, said.person)


_SPOKES = re.compile(r"spokes(?:man|woman|person)")


@functools.lru_cache(maxsize=1 << 12)  # each person's description, for each role looked up
def _normal_role(text: str) -> str:
    return _SPOKES.sub("spokes*", text.lower())


def _directly_after(paragraph: _Paragraph, span: _Span, clause: _Clause) -> bool:
    """Whether a clause attributes the quote just before it: '"...," she said'."""
    between = _words(paragraph.masked[span.after : clause.start])
    following = [s.open for s in paragraph.spans if s.open > clause.end]
    if following and _introduces(paragraph.masked, clause.end, following[0]):
        return False  # '"Q1?" she replies: "A1."': the clause introduces the next quote
    if clause.inverted:
        return True
    segments = _comma_segments(between)
    if not segments or _MASK in between or segments[0][0].lower() in _CONJUNCTIONS:
        return False
    return between[0] == "," or len(segments) == 1 or between[-1] == ","


def _introduces(masked: str, verb_end: int, quote_open: int) -> bool:
    """Whether the verb ending at `verb_end` introduces the quote at `quote_open` with a colon,
    rather than a verb after it: '"Q1," she said, adding: "Q2."'"""
    if not masked[verb_end:quote_open].rstrip().endswith(":"):
        return False
    return not _verbs(masked, verb_end, quote_open)


def _governing(clauses: list[_Clause], masked: str) -> _Clause | None:
    """The clause a quote belongs to among those before it: the nearest, unless that one
    sits inside an earlier one's "that" clause ("Mao claimed that Beijing had reiterated ...")."""
    readable = [c for c in clauses if c.subject is not None]
    if not readable:
        return None
    chosen = readable[-1]
    for earlier in reversed(readable[:-1]):
        between = masked[earlier.end : chosen.start]
        if " that " in f" {between} " and not re.search(r"\bwhile\b|\bbut\b|;", between):
            chosen = earlier
    return chosen


def _closing_clause(
    paragraph: _Paragraph, bounds: tuple[int, int], span: _Span, after: list[_Clause]
) -> _Clause | None:
    """A clause after the sentence's last comma: '..., Price told reporters.'"""
    comma = paragraph.masked.rfind(",", span.after, bounds[1])
    if comma < 0 or any(s.open > comma for s in paragraph.spans if s.open < bounds[1]):
        return None
    for clause in after:
        if clause.start > comma and clause.subject is not None:
            return clause if clause.subject.kind in ("name", "pronoun") else None
    return None


# "According to X," opens a sentence as often as "..., according to X" closes one; "in the
# words of X" says the same.
_ACCORDING = re.compile(
    r"\b(?:[Aa]ccording to|[Ii]n the words of) ((?:[\w’'.-]+ ?){1,8}?)(?=[,.;:]|$| \W)"
)


_OBJECT_PRONOUNS = {"him": "he", "her": "she"}


def _according(paragraph: _Paragraph, bounds: tuple[int, int]) -> _Subject | None:
    match = _ACCORDING.search(paragraph.masked, bounds[0], bounds[1])
    if not match:
        return None
    words = _words(match.group(1).rstrip(".,;: "))
    if len(words) == 1 and words[0].lower() in _OBJECT_PRONOUNS:  # "according to him"
        return _Subject("pronoun", (_OBJECT_PRONOUNS[words[0].lower()],))
    if words and words[0].lower() in ("his", "her", "their", "its"):
        return _NOBODY
    return _subject(words)


def _is_full(paragraph: _Paragraph, span: _Span) -> bool:
    """Whether a quote stands as a sentence of its own rather than as a phrase inside one."""
    before = paragraph.masked[: span.open].rstrip()
    if not before or before[-1] in ".!?:”\"’'":
        return True
    text = paragraph.text[span.begin : span.end].strip()
    return before[-1] == "," and text[:1].isupper() and len(text.split()) >= 5


# Words after a short quoted phrase that show it is not a modifier of the noun after it.
_LINK_WORDS = _PREPOSITIONS | _CONJUNCTIONS | {"of"}
# Words that open a phrase of their own, no noun the quote could modify: 'the "only way" the
# country could ...', 'the "best deal" he had seen'.
_NOT_MODIFIED = _LINK_WORDS | _DETERMINERS | _SUBJECT_PRONOUNS


def _is_mention(paragraph: _Paragraph, span: _Span, text: str) -> bool:
    """A title or a word talked about, not speech: 'the word "lockdown"', "Vision of Prosperity",
    'the "freedom" narrative'."""
    words_end = len(paragraph.masked[: span.open].rstrip())
    if _MENTION.search(paragraph.masked, max(0, words_end - _MENTION_REACH), span.open):
        return True
    before = _words(paragraph.masked[max(0, span.open - 20) : span.open])
    after = _words(paragraph.masked[span.after : span.after + 20])
    modifier = len(text.split()) <= 3 and text[-1:] not in ",.!?"  # 'a "brat," said X'
    if modifier and before and before[-1].lower() in _DETERMINERS and after:
        follower = after[0]
        if follower[:1].islower() and follower not in _NOT_MODIFIED:
            return True  # a modifier of the noun after it
    words = re.findall(r"[\w’'-]+", text)
    capitalised = [w for w in words if w.lower() not in _SMALL_WORDS]
    return len(capitalised) >= 2 and all(w[:1].isupper() for w in capitalised)


def _bare(paragraph: _Paragraph) -> bool:
    """A paragraph that is quotation only, with no narrative of its own."""
    return not re.search(r"\w", paragraph.masked.replace(_MASK, ""))


# ---------------------------------------------------------------------------- the article


def quotes(text: str) -> tuple[Quote, ...]:
    """The direct quotations of an article's cleaned text, in order, with their speakers."""
    if not _MAY_QUOTE.search(text):
        return ()  # reading the sentences for speakers is the costly part
    paragraphs = _blocks(text)
    if not any(paragraph.spans for paragraph in paragraphs):
        return ()  # its marks were apostrophes: still nothing to read
    _add_sentences(paragraphs)
    reader = _Reader(_Names(paragraphs), paragraphs)
    for paragraph, bounds in _through_last_quote(paragraphs):
        reader.read(paragraph, bounds)
    found_quotes: list[Quote] = []
    for found in reader.found:
        if found.keep:
            quote = _quote(found)
            found_quotes.append(quote)
            if quote.speaker is not None and "I" in quote.text:
                found_quotes += _self_quotes(quote)
    return tuple(found_quotes)


def _self_quotes(quote: Quote) -> Iterator[Quote]:
    """The words a quote gives its own speaker as having said or thought, as quotes of theirs:
    "I said, 'What is going on?'"."""
    for match in _SELF_QUOTE.finditer(quote.text):
        marks = [m.start() for m in _SINGLE_MARK.finditer(quote.text, match.end())]
        close = _single_close(quote.text, marks)
        if close is not None and close > match.end():
            inner = quote.text[match.end() : close].rstrip(",").rstrip()
            yield replace(quote, text=inner, start=quote.start + match.end())


# Inside a quote, the speaker quoting themselves: "I said, '", "all I was thinking was, ‘".
_SELF_QUOTE = re.compile(
    r"\bI (?:[a-z]+ ){0,2}(?:said|say|says|thought|think|thinking|asked|ask|told myself"
    r"|tell myself)(?: was)?[,:] ?[‘']"
)


def _through_last_quote(paragraphs: list[_Paragraph]) -> list[tuple[_Paragraph, tuple[int, int]]]:
    """The article's sentences, each with its paragraph, up to the last that holds a quote.

    Reading a sentence attributes its own quotes and tells the later ones who spoke: the
    sentences after the last quote can change nothing, and are not read."""
    every = [(paragraph, bounds) for paragraph in paragraphs for bounds in paragraph.bounds]
    quoting = [
        index
        for index, (paragraph, (start, end)) in enumerate(every)
        if any(start <= span.open < end for span in paragraph.spans)
    ]
    return every[: quoting[-1] + 1] if quoting else []


def _quote(found: _Found) -> Quote:
    paragraph, span, said = found.paragraph, found.span, found.said
    raw = paragraph.text[span.begin : span.end]
    stripped = raw.strip().rstrip(",").rstrip()
    offset = paragraph.start + span.begin + raw.find(stripped)
    if said is None or said.speaker is None:
        return Quote(stripped, None, "", paragraph.index, offset, "none")
    return Quote(stripped, said.speaker, said.description, paragraph.index, offset, said.how)
