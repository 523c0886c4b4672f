"""Where a quote's speaker is looked for, in which order, by a reader going sentence by sentence.

Precision comes first: a quote whose speaker is unclear gets `speaker=None`, never a guess. A
quote's speaker is found, in this order, from
1. the words right after its closing mark (`"...," said X`, `"...," X told reporters`); none
   when they are an outlet's and the words before the quote name someone (`X called it a
   "passing cloud", state news agency WAM said`: X's words, or the agency's?);
2. a speech verb before it in its sentence (`X said: "..."`, `X called it "a mess"`, the
   agent of a passive one: `described by X as "..."`), or the subject before a colon (`X, the
   attorney general, made the stakes clear: "..."`); none when a nearer speech verb has a
   subject that could not be read (`X said the director-general assured her it was "..."`),
   or a person named for its subject inside the chosen verb's "that" clause (`X said that
   when Y called her "a liar"`), or when the verb is a denial and the quote a phrase inside
   what is denied (`X denied that officers were "bullying" him`: the word put to X), or when
   the words between say the quote is another's (others.py: `X denied calling it "..."`,
   `X quoted Y: "..."`);
   none when a "he" or "she" was read as someone the quote itself names (`He said: "I want
   to congratulate Max"` is not Max);
3. a clause that closes its sentence and names its speaker (`... "a pretense of diplomacy"
   ..., Price told reporters.`, `..., officials said.`; closing.py), when the words before
   the quote name no other person;
4. `according to X` (or `in the words of X`, `per the X`) in its sentence;
5. its neighbours: the quote it continues from the previous paragraph, the sentence before it
   in its paragraph (its speaker, or the organisation or statement its quotes are all given
   to: '"...," said the alert. "..."'), or, for a paragraph that is one bare quotation, a
   credit line under it
   (`- X, on ...`) or else the speaker that ends the paragraph before, or the person it
   opens with who spoke just before ("She thanked the fans."; not for a quote a
   line break cuts mid-sentence, whose attribution may follow it; past an interviewer's topic
   line between them, "About the penalty:"), or else the person the heading above it is the
   name of (`## PRIME MINISTER X`);
6. once the article is read (article.py): for a quote left open at the end of its paragraph,
   the speaker its rest names in its own sentence, or the credit line under it, in the next
   paragraph ("continued back");
   then the one speaker of the other quotes that hold the same words ("repeated"), for a
   quote still without one.
Each is named in HOW, the quote's `how`; the subject a strategy finds becomes a person in
speakers.Speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.analysis.quotes.abstentions import pronoun_names_itself, unread_before_colon
from generator.analysis.quotes.according import according, around_according, names_a_role
from generator.analysis.quotes.clauses import (
    Clause,
    progressive,
    speech_clauses,
    start_of_clause,
    verbs_in,
)
from generator.analysis.quotes.closing import closing_clause
from generator.analysis.quotes.colon_lead import colon_lead
from generator.analysis.quotes.cuts import cut
from generator.analysis.quotes.documents import mentions
from generator.analysis.quotes.handed_over import another_voice, hands_over
from generator.analysis.quotes.lines import credit_subject, topic_line
from generator.analysis.quotes.marks import Span
from generator.analysis.quotes.mentions import is_mention, is_name, named_after
from generator.analysis.quotes.names import (
    MIXED,
    Names,
    Person,
    is_name_token,
    may_be_person,
    name_runs,
    words_of,
)
from generator.analysis.quotes.others import not_theirs, quotes_another
from generator.analysis.quotes.own_subject import has_own_clause
from generator.analysis.quotes.paragraphs import MASK, Paragraph
from generator.analysis.quotes.platforms import platform_subject
from generator.analysis.quotes.pronoun_fit import is_group
from generator.analysis.quotes.speakers import Floor, Said, Sentence, Speakers
from generator.analysis.quotes.subjects import (
    Subject,
    colon_subject,
    comma_segments,
    role_like,
)
from generator.analysis.quotes.vocabulary import (
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    DOCUMENTS,
    LEADING,
    PARTICIPLES,
    PREPOSITIONS,
    SPEECH_NOUNS,
    TRAILING,
)
from generator.analysis.quotes.written_roles import (
    WORD_START,
)

HOW = {
    "after": 'the words after the quote: "...," said X / "...," X said',
    "before": 'a speech verb before it in its sentence: X said: "..." / X called it "..."',
    "sentence": 'a clause closing the sentence: ... "...", X told reporters.',
    "according to": "according to X, in the same sentence",
    "continued": "the quote it continues from the previous paragraph",
    "continued back": "the rest of the quote, in the next paragraph, names its speaker",
    "same paragraph": "the sentence before it in its paragraph",
    "follows": "the speaker at the end of the previous paragraph (a bare quotation paragraph)",
    "credit line": 'the name opening a dash line under a bare quotation: "- X, on ..."',
    "heading": 'the heading a bare quotation stands under, a name alone: "## MINISTER X"',
    "repeated": "another quote of the article, with a speaker, that holds the same words",
    "lead": "the one person the lead opens with, no one else shown speaking: a bare paragraph",
    "interview": 'the one person "interview with" names, for a bare answer under a "Q:" line',
    "none": "no speaker found",
}
# A question put to the speaker, whose words are not theirs: "Asked whether ..., she said".
_QUESTION_INTRO = re.compile(r"\s*(?:When )?(?:Asked|Responding|Questioned|Pressed)\b")
# Quotes given as examples of what was said, at the end of the words before one: "people
# made statements like "...", and "...""; whose words they are is not said.
_EXAMPLES = re.compile(
    r"\b(?:" + "|".join(sorted(SPEECH_NOUNS)) + r")\s+(?:like|such as|including)\s*"
    r"(?:[^\w\s]++\s*+(?:(?:and|or)\s++)?)*+$",  # possessive: a long masked quote, read once
    re.IGNORECASE,
)


# A denial: a phrase quoted inside what the speaker denies is often someone else's word
# ("denied that investigators were "bullying" him"); a full quote after it is theirs.
_DENIED = re.compile(r"den(?:y|ies|ied|ying)", re.IGNORECASE)
# Someone else's words named between a speech verb and the quote: "he said, in response to
# the former minister's accusation that he was "..."": the quote is the other's.
_OTHERS_WORDS = re.compile(
    r"\w['’]s\s+(?:[a-z-]+\s+)?(?:accusations?|claims?|allegations?|assertions?|suggestions?"
    r"|remarks?|comments?|statements?|criticism|charges?|words|descriptions?|warnings?"
    r"|demands?|calls?)\s+that\b"  # their content, not their subject: "Y's statements damage"
    # Their name for something: "X said Y's definition of the two Koreas as "..."".
    r"|\w['’]s\s+(?:[a-z-]+\s+)?(?:definition|description|characteri[sz]ation|portrayal"
    r"|depiction)\s+of\b[^.;:]*\bas\s*$"
)


@dataclass(slots=True)
class Found:
    """A quote as read: where it stands, its sentence, its speaker, and whether it is kept."""

    paragraph: Paragraph
    span: Span
    sentence: int  # index of its Sentence (Speakers.sentences)
    said: Said | None  # None: no attribution in its sentence
    keep: bool


class Reader:
    """Reads an article's sentences in order, attributing quotes and tracking who spoke."""

    def __init__(self, names: Names, paragraphs: list[Paragraph], statements: bool = True) -> None:
        self.speakers = Speakers(names)
        self.paragraphs = paragraphs  # for a credit line after a quote
        # False when the article may introduce no statement (documents.may_introduce): no
        # sentence of it is searched for one.
        self.statements = statements
        self.found: list[Found] = []
        # The person the last heading is the name of ("## PRIME MINISTER JANE DOE"): the
        # bare quotes under it are theirs when nothing nearer names a speaker.
        self.heading: Said | None = None

    def read(self, paragraph: Paragraph, bounds: tuple[int, int]) -> None:
        """Attribute the quotes of one sentence, then record who it shows speaking."""
        if paragraph.text.startswith("#") and bounds[0] == paragraph.bounds[0][0]:
            self.heading = self._heading_speaker(paragraph)
        record = Sentence(paragraph.index, text=paragraph.text[bounds[0] : bounds[1]])
        self.speakers.introduce(mentions(paragraph.masked, bounds) if self.statements else [])
        clauses = speech_clauses(paragraph, bounds)
        resolved: dict[int, Said] = {}
        for index, c in enumerate(clauses):
            if c.subject is None:
                continue
            earlier = self.speakers.named_earlier(paragraph, bounds, c)
            reporter = _reporter(paragraph.masked, clauses[:index], resolved, c)
            if reporter is not None and all(p is reporter for p in earlier or [reporter]):
                earlier = Floor([reporter])  # "X responded, saying he welcomed ...": X
            resolved[id(c)] = self.speakers.resolve(c.subject, "", earlier)
        _learn_genders(clauses, resolved)
        self.speakers.written_by(clauses, resolved)
        # A speaking subject that could not be resolved still stands for someone: None. So
        # does one read as an organisation ("J.T. Ricketson" read as initials): a "he" after
        # it may be that speaker, and does not reach past it to an earlier one.
        record.speakers = [
            resolved[id(c)].person
            for c in clauses
            if c.subject is not None
            and c.subject.kind in ("name", "pronoun", "role", "org", "people", "family")
        ]
        if not clauses:  # "X took to X to address it.": X speaks, with no speech verb
            record.speakers = self._on_a_platform(
                paragraph.masked[bounds[0] : bounds[1]]
            ) or self._according_to(paragraph, bounds)
        for span in (s for s in paragraph.spans if bounds[0] <= s.open < bounds[1]):
            said, keep = self._attribute(paragraph, bounds, span, clauses, resolved)
            found = Found(paragraph, span, len(self.speakers.sentences), said, keep)
            if said is None:
                found.said = self._neighbour(found)
                found.keep = keep or found.said is not None
            self.found.append(found)
            if found.said is not None and found.said.person is not None:
                record.speakers.append(found.said.person)
        record.named = self.speakers.named(paragraph, bounds, clauses, resolved)
        record.subject = self.speakers.subject(clauses, resolved)
        self.speakers.close(record)
        self.speakers.sentences.append(record)

    def _on_a_platform(self, masked_sentence: str) -> list[Person | None]:
        subject = platform_subject(masked_sentence)
        if subject is None:
            return []
        return [self.speakers.resolve(subject, "").person]

    def _according_to(self, paragraph: Paragraph, bounds: tuple[int, int]) -> list[Person | None]:
        """The person whose words a sentence with no speech verb reports by "according to X"
        ("According to X, ministers must stop travelling."): the quote under it may be theirs."""
        subject = according(paragraph, bounds)
        if subject is None or subject.kind != "name":
            return []
        person = self.speakers.resolve(subject, "").person
        if person is None or self._reports_another(paragraph, bounds, person):
            return []
        return [person]

    def _reports_another(
        self, paragraph: Paragraph, bounds: tuple[int, int], person: Person
    ) -> bool:
        """Whether the rest of an "according to X" sentence names someone other than X whose
        words a quote under it may be: "According to X, Y is furious", "..., the coach is
        unhappy", "..., he will resign"; not "According to X, ministers must stop"."""
        return any(
            self._names_another(part, person) or names_a_role(part)
            for part in around_according(paragraph, bounds)
        )

    def skip(self, paragraph: Paragraph, bounds: tuple[int, int]) -> None:
        """Pass over a sentence too far before the next quote for whom it names or shows
        speaking to matter (article._through_last_quote): an empty record keeps the count,
        and a heading still gives the person the bare quotes under it are theirs."""
        if paragraph.text.startswith("#") and bounds[0] == paragraph.bounds[0][0]:
            self.heading = self._heading_speaker(paragraph)
        self.speakers.sentences.append(Sentence(paragraph.index))

    def _attribute(
        self,
        paragraph: Paragraph,
        bounds: tuple[int, int],
        span: Span,
        clauses: list[Clause],
        resolved: dict[int, Said],
    ) -> tuple[Said | None, bool]:
        text = paragraph.text[span.begin : span.end].strip()
        full = _is_full(paragraph, span)
        if not any(char.isalpha() for char in text) or is_name(text):
            return None, False
        if (not full and is_mention(paragraph, span, text)) or named_after(paragraph.masked, span):
            return None, False
        asked = (
            not full
            and _QUESTION_INTRO.match(paragraph.masked[bounds[0] : span.open])
            and ("," not in paragraph.masked[bounds[0] : span.open])
        )
        if asked:  # the words of the question, not of whoever answers
            return Said(None, "", "none"), full and len(text.split()) >= 4
        said = self._attribution(paragraph, bounds, span, clauses, resolved)
        if said is not None and pronoun_names_itself(said.speaker, said.how, text):
            said = Said(None, "", "none")  # 'He said: "I congratulate Max"': he is not Max
        keep = said is not None and said.speaker is not None or (full and len(text.split()) >= 4)
        return said, keep

    def _attribution(
        self,
        paragraph: Paragraph,
        bounds: tuple[int, int],
        span: Span,
        clauses: list[Clause],
        resolved: dict[int, Said],
    ) -> Said | None:
        """The speaker its own sentence gives a quote, by the first of strategies 1 to 4 (see
        the module's docstring) that finds one; None when none does."""
        if _EXAMPLES.search(paragraph.masked[bounds[0] : span.open]):
            return Said(None, "", "none")  # someone's words, reported by whoever speaks here
        after = [c for c in clauses if c.start >= span.after and c.subject is not None]
        if after and _directly_after(paragraph, span, after[0]):
            if _reports(after[0].subject) and self._names_another(
                paragraph.masked[bounds[0] : span.open], None
            ):
                return Said(None, "", "none")  # 'X called it "a cloud", the agency said': X's?
            return _how(resolved[id(after[0])], "after")
        earlier = [c for c in clauses if c.end <= span.open]
        before = _governing(earlier, paragraph.masked)
        if before is not None and _unread_speaker_between(paragraph.masked, before, earlier):
            return Said(None, "", "none")  # two speakers, and the nearer one unread: unclear
        if before is not None and _other_named_inside(before, earlier):
            return Said(None, "", "none")  # "X said that when Y called her "a liar"": Y's?
        if before is not None and _OTHERS_WORDS.search(paragraph.masked, before.end, span.open):
            return Said(None, "", "none")  # "X said, in reply to Y's claim that it was "...""
        if (
            before is not None
            and _DENIED.fullmatch(paragraph.masked, before.start, before.end)
            and not _is_full(paragraph, span)
        ):
            return Said(None, "", "none")  # "X denied that they were "...": whose word, X's?
        quoted = None if _is_full(paragraph, span) else paragraph.text[span.begin : span.end]
        if before is not None and not_theirs(paragraph.masked, span.open, before, earlier, quoted):
            return Said(None, "", "none")  # "X denied calling it "..."", "X quoted Y: "...""
        if before is not None and before.subject is not None:
            return _how(resolved[id(before)], "before")
        head = paragraph.masked[start_of_clause(paragraph, bounds, span.open) : span.open].rstrip()
        if head.endswith(":") and quotes_another(head):
            return Said(None, "", "none")  # "X quoted Churchill: "..."": Churchill's words
        unread = [c.end for c in earlier if c.subject is None]
        if head.endswith(":") and unread_before_colon(unread, paragraph.masked, span.open):
            return Said(None, "", "none")  # "Speaking on ... and Presenter X said:": unread
        if head.endswith(":"):  # "X made no secret of his delight: "...""
            subject = colon_subject(words_of(head[:-1]))
            if subject is not None:
                return _how(self.speakers.resolve(subject, ""), "before")
        final = closing_clause(paragraph, bounds, span, after)
        if final is not None and (
            resolved[id(final)].person is not None
            or (final.subject is not None and final.subject.kind == "people")
        ):
            head = paragraph.masked[bounds[0] : span.open]
            if self._names_another(head, resolved[id(final)].person):
                return Said(None, "", "none")  # "X offered "a deal", Y said": X's words?
            return _how(resolved[id(final)], "sentence")
        reported = according(paragraph, bounds)
        if reported is not None and has_own_clause(paragraph.masked, span.after):
            return Said(None, "", "none")  # '"...," villagers chanted, according to X': not X
        if reported is not None:
            return _how(self.speakers.resolve(reported, ""), "according to")
        return None

    def _names_another(self, narrative: str, person: Person | None) -> bool:
        """Whether narrative before a quote names someone who may have said it other than
        `person` (None: anyone): a person of the article, or "he" or "she"."""
        words = words_of(narrative)
        if not _SUBJECT_PRONOUNS_OF_PEOPLE.isdisjoint(word.lower() for word in words):
            return True
        for run in filter(may_be_person, name_runs(words)):
            found = self.speakers.names.matches(run.name)
            if all(other is not person for other in found) and (
                len(run.name) > 1 or any(other.evidence for other in found)
            ):
                return True  # a full name, or one the article shows is a person's
        return False

    def _credit(self, index: int) -> Said | None:
        """The speaker the credit line at paragraph `index` gives the bare quote before it."""
        if index >= len(self.paragraphs):
            return None
        subject = credit_subject(self.paragraphs[index])
        said = self.speakers.resolve(subject, "credit line") if subject is not None else None
        return said if said is not None and said.speaker is not None else None

    def _heading_speaker(self, heading: Paragraph) -> Said | None:
        """The person a heading is the name of, with their roles before it and nothing else:
        "## PRIME MINISTER JANE DOE", "## Labor leader Jane Doe"; a full name the article
        gives one person, shown to be a person by the article or the heading's titles."""
        words = [
            word.title() if word.isupper() and len(word) > 1 else word
            for word in words_of(heading.text.lstrip("#").strip())
        ]
        if not 2 <= len(words) <= _HEADING_WORDS or not all(map(WORD_START.match, words)):
            return None
        runs = name_runs(words)
        if len(runs) != 1 or len(runs[0].name) < 2 or not may_be_person(runs[0]):
            return None
        run = runs[0]
        if run.stop != len(words) or run.possessive or not role_like(words[: run.start]):
            return None
        people = self.speakers.names.matches(run.name)
        # A title in the heading shows a person as well as one in the text: "LABOR LEADER".
        if len(people) != 1 or not (people[0].evidence or run.titles):
            return None
        return Said(people[0].name, people[0].description, "heading", people[0])

    def _neighbour(self, found: Found) -> Said | None:
        """The speaker of the quote an unattributed quote continues or follows, if clear:
        strategy 5, its neighbours; else, for a bare quotation, the person its heading
        names."""
        said = self._nearest_speaker(found)
        if said is not None or self.heading is None:
            return said
        paragraph, span = found.paragraph, found.span
        if (
            span.open == 0
            and bare_quotation(paragraph)
            and not cut(paragraph, span, self.paragraphs)
        ):
            return self.heading
        return None

    def _body_before(self, sentence: int) -> Said | None:
        """The organisation or statement the quotes of sentence `sentence` are all given to,
        when they are ('"...," said the alert.'): a quote after them continues its words, as
        one after a person's would. None when that sentence held no quote or shows a person."""
        quoted = [item.said for item in self.found if item.sentence == sentence]
        speakers = {said.speaker if said is not None else None for said in quoted}
        if len(speakers) != 1 or None in speakers:
            return None
        said = quoted[0]
        if said is None or said.person is not None:
            return None
        return Said(said.speaker, said.description, "")

    def _nearest_speaker(self, found: Found) -> Said | None:
        paragraph, span = found.paragraph, found.span
        previous = self.found[-1] if self.found else None
        if span.continues and previous is not None and previous.said is not None:
            return _how(previous.said, "continued") if previous.said.speaker else None
        if span.open == 0 and bare_quotation(paragraph):
            credit = self._credit(paragraph.index + 1)
            if credit is not None:
                return credit
        if not _is_full(paragraph, span) or not found.sentence:
            return None
        back = self._past_topic_line(found)
        before = self.speakers.sentences[found.sentence - back]
        speaker = before.speaker()
        said = Said(speaker.name, speaker.description, "", speaker) if speaker else None
        if said is None and not any(before.speakers):
            said = self._body_before(found.sentence - 1) or self._colon_lead(before)
        if (
            said is None
            and not before.speakers
            and not span.continued  # its rest, in the next paragraph, may name its speaker
            and self._has_the_floor(before.subject, found)
            and not hands_over(before.text)  # "She read out a letter": the letter's words?
        ):
            # 'X said she hopes ... "..." / She thanked the fans. / "..."': the one who
            # spoke just before, still the subject, goes on.
            said = Said(before.subject.name, before.subject.description, "", before.subject)
        if said is None:
            return None
        if before.paragraph == paragraph.index:
            return _how(said, "same paragraph")
        if (
            before.paragraph == paragraph.index - back
            and span.open == 0
            and bare_quotation(paragraph)
        ):
            # Not past a quote of that sentence left without a speaker: whose words go on
            # is unclear ('"...," he said, according to X.' then '"..."': not X's).
            unclear = any(
                f.keep and f.sentence == found.sentence - back and not _named(f) for f in self.found
            )
            cut_off = cut(paragraph, span, self.paragraphs)
            # 'She recalled what her coach used to tell her.' then '"..."': maybe the coach's.
            voiced = another_voice(before.text)
            return None if cut_off or unclear or voiced else _how(said, "follows")
        return None

    def _has_the_floor(self, subject: Person | None, found: Found) -> bool:
        """Whether the person a sentence opens with, which shows no one speaking, spoke in the
        sentences just before it: the quote after it goes on with their words. Not someone
        who only acted ("X shot back at the gunman. "..."": whose words, unsaid)."""
        if subject is None or is_group(subject):
            return False  # "Analysts questioned ...": several people, no one voice
        recent = self.speakers.sentences[max(0, found.sentence - _FLOOR_REACH) : found.sentence]
        return any(person is subject for record in recent for person in record.speakers)

    def _colon_lead(self, before: Sentence) -> Said | None:
        """Who the sentence before says speaks when it ends its paragraph with a colon: a
        person shown as one, or named in full ("Good news for fans:" names no "Good")."""
        subject = colon_lead(before.text, bool(self.paragraphs[before.paragraph].spans))
        said = self.speakers.resolve(subject, "") if subject is not None else None
        person = said.person if said is not None else None
        return said if person and (person.evidence or len(person.tokens) > 1) else None

    def _past_topic_line(self, found: Found) -> int:
        """How many sentences back a bare quotation's speaker is looked for: 2 past an
        interviewer's topic line right above it ("About the penalty:"), which names no
        speaker, to the quote before it; else 1."""
        index = found.paragraph.index
        if found.sentence < 2 or not index or not bare_quotation(found.paragraph):
            return 1
        above = self.paragraphs[index - 1]
        topic = (
            topic_line(above) and self.speakers.sentences[found.sentence - 1].paragraph == index - 1
        )
        return 2 if topic and not any(self.speakers.sentences[found.sentence - 1].speakers) else 1


# How many sentences back a subject's last words are looked for (_has_the_floor).
_FLOOR_REACH = 4
# A heading longer than this is a headline, not a name with its roles.
_HEADING_WORDS = 8


_SUBJECT_PRONOUNS_OF_PEOPLE = frozenset({"he", "she"})
# Words opening a relative clause after a quote: the clause is about the quoted words, and its
# subject need not be who said them ('X praised the "friendship" that he called ...').
_RELATIVES = frozenset({"that", "which", "whom"})


def _how(said: Said, how: str) -> Said:
    suffix = said.how.removeprefix(", ") if said.how.startswith(", ") else ""
    return Said(said.speaker, said.description, f"{how}, {suffix}" if suffix else how, said.person)


def _reports(subject: Subject | None) -> bool:
    """Whether a clause's subject is an outlet or a document that reports others' words
    ("state news agency WAM", "the report"), not a speaker of its own."""
    return (
        subject is not None
        and subject.kind == "org"
        and any(word.lower() in DOCUMENTS for word in subject.words)
    )


def _directly_after(paragraph: Paragraph, span: Span, clause: Clause) -> bool:
    """Whether a clause attributes the quote just before it: '"...," she said'."""
    between = words_of(paragraph.masked[span.after : clause.start])
    following = [s.open for s in paragraph.spans if s.open > clause.end]
    if following and _introduces(paragraph.masked, clause.end, following[0]):
        return False  # '"Q1?" she replies: "A1."': the clause introduces the next quote
    if _ends_a_sentence(paragraph, span) and _goes_on(paragraph.masked, clause.end):
        return False  # '"... relations." The prime minister recalled that ...': a new sentence
    if clause.inverted:
        return True
    segments = comma_segments(between)
    if not segments or MASK in between or segments[0][0].lower() in CONJUNCTIONS:
        return False
    if segments[0][0].lower() in _RELATIVES:
        return False  # '"a friendship" that he described as ...': the quote is its object
    return between[0] == "," or len(segments) == 1 or between[-1] == ","


def _named(found: Found) -> bool:
    return found.said is not None and found.said.speaker is not None


def _ends_a_sentence(paragraph: Paragraph, span: Span) -> bool:
    """Whether the quoted words end with a full stop: the quote closes its sentence."""
    return paragraph.text[span.begin : span.end].rstrip().endswith(".")


_ATTRIBUTION_TAIL = 4  # words after the verb of a plain attribution: "told reporters on Monday"
_CLAUSE_END = re.compile(r"[.!?;:]")


def _goes_on(masked: str, verb_end: int) -> bool:
    """Whether the clause goes on past its verb as a sentence of its own does ("recalled that
    investment was small"), where an attribution stops ("Smith said.")."""
    rest = _CLAUSE_END.split(masked[verb_end:], maxsplit=1)[0]
    following = rest.split()
    return bool(following) and (
        following[0].lower() == "that" or len(following) > _ATTRIBUTION_TAIL
    )


def _introduces(masked: str, verb_end: int, quote_open: int) -> bool:
    """Whether the verb ending at `verb_end` introduces the quote at `quote_open` with a colon,
    rather than a verb after it: '"Q1," she said, adding: "Q2."'"""
    if not masked[verb_end:quote_open].rstrip().endswith(":"):
        return False
    return not verbs_in(masked, verb_end, quote_open)


def _governing(clauses: list[Clause], masked: str) -> Clause | None:
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


def _other_named_inside(chosen: Clause, clauses: list[Clause]) -> bool:
    """Whether a speech verb nearer the quote, inside the chosen clause's "that" clause, has a
    person of its own named for its subject: "X said that when Y called her "a liar", she
    laughed" may give Y's word as well as X's."""
    nearest = [c for c in clauses if c.subject is not None][-1]
    if nearest is chosen or nearest.subject is None or nearest.subject.kind != "name":
        return False
    named = chosen.subject.words if chosen.subject and chosen.subject.kind == "name" else ()
    return set(named).isdisjoint(nearest.subject.words)


# Where the subject of a speech verb starts, read back from the verb: after "that", a comma,
# a colon or a quote.
_SUBJECT_START = re.compile(f"\\bthat\\b|[,:;{MASK}]")


def _unread_speaker_between(masked: str, chosen: Clause, clauses: list[Clause]) -> bool:
    """Whether a speech verb nearer the quote than the chosen clause has a subject of its own
    that could not be read: "A minister said the director-general has assured her it is
    "..."", "he claimed that the members had in fact condemned "..."". The quote may be that
    other speaker's words. A verb joined to the chosen one ("and said", "adding") is not."""
    nearest = clauses[-1]
    if nearest is chosen or nearest.subject is not None or nearest.start < chosen.end:
        return False
    between = masked[chosen.end : nearest.start]
    if masked[nearest.start : nearest.end].lower() in PARTICIPLES and not progressive(
        words_of(between)
    ):
        return False  # "X said, adding": X's participle; "its sources were describing" is not
    starts = [match.end() for match in _SUBJECT_START.finditer(between)]
    words = words_of(between[starts[-1] if starts else 0 :])
    while words and not words[0][:1].isalnum():
        words = words[1:]  # a quote's closing mark: "...," but critics called it
    named = chosen.subject.words if chosen.subject and chosen.subject.kind == "name" else ()
    if not set(named).isdisjoint(words):
        return False  # the same speaker named again: "..., which Mr Johnson said were"
    if words and words[0].lower() in CONJUNCTIONS:
        return _subject_after_conjunction(words[1:])
    if not words or words[0].lower() in LEADING:
        return False
    return any(
        is_name_token(word) or word.lower() in DETERMINERS or _bare_plural(word) for word in words
    )


def _bare_plural(word: str) -> bool:
    """A plural noun with no determiner, a subject of its own: "critics", "residents"."""
    return (
        word.isalpha()
        and word.islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in _JOINING_WORDS
    )


# Words that may stand between a conjunction and a verb joined to the chosen one: "and
# then said", "but has also called".
_JOINING_WORDS = LEADING | TRAILING | AUXILIARIES


def _subject_after_conjunction(words: list[str]) -> bool:
    """Whether the words between a conjunction and a speech verb are a subject of their own
    ("but rights groups have called it "..."") rather than none ("and said", "but in a
    statement called it")."""
    content = [word for word in words if word.lower() not in _JOINING_WORDS]
    return bool(content) and content[0].lower() not in PREPOSITIONS and content[0].isalpha()


def _is_full(paragraph: Paragraph, span: Span) -> bool:
    """Whether a quote stands as a sentence of its own rather than as a phrase inside one."""
    before = paragraph.masked[: span.open].rstrip()
    if not before or before[-1] in ".!?:”\"’'":
        return True
    text = paragraph.text[span.begin : span.end].strip()
    return before[-1] == "," and text[:1].isupper() and len(text.split()) >= 5


def bare_quotation(paragraph: Paragraph) -> bool:
    """A paragraph that is quotation only, with no narrative of its own."""
    return _WORD_CHARACTER.search(paragraph.masked) is None  # the mask is no word character


_WORD_CHARACTER = re.compile(r"\w")


# A "he" or "she" right after a speech verb, or its "that": the subject of the verb it reports.
_REPORTED_PRONOUN = re.compile(r"\s*(?:that\s+)?(?:he|she)\s+(?:[a-z]+ly\s+)?", re.IGNORECASE)


def _reporter(
    masked: str, earlier: list[Clause], resolved: dict[int, Said], clause: Clause
) -> Person | None:
    """The person a pronoun's speech clause reports the words of: the one a name opening the
    speech clause just before it stands for, when nothing but "that" comes between ("Sir X
    responded with a statement saying he welcomed ...", "X said that she had told ..."). A
    sentence naming anyone else before the pronoun leaves it to the usual reading."""
    if clause.subject is None or clause.subject.kind != "pronoun" or not earlier:
        return None
    previous = earlier[-1]
    if previous.subject is None or previous.subject.kind not in ("name", "role"):
        return None  # "The deputy said he called ...": the deputy, as a name's would be
    if not _REPORTED_PRONOUN.fullmatch(masked, previous.end, clause.start):
        return None
    return resolved[id(previous)].person


def _learn_genders(clauses: list[Clause], resolved: dict[int, Said]) -> None:
    """The pronoun a speaker was read by ("she said"): "Sheikh Hasina ... she said. X rejected
    it. "...," he said" is X, not Hasina, whose gender no title told."""
    for clause in clauses:
        if clause.subject is None or clause.subject.kind != "pronoun":
            continue
        person = resolved[id(clause)].person
        pronoun = clause.subject.words[0]
        if person is not None and not person.role:
            person.spoke_as = pronoun if person.spoke_as in ("", pronoun) else MIXED
