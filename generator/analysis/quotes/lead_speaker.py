"""The one person an article's lead sentence opens with, as the speaker of its bare quoted
paragraphs, when the article shows no one else speaking nor names another person as one.

A match report or a profile often names its one speaker in the lead ("Jane Doe gave her
verdict on the defeat.") and then runs their words as bare paragraphs, with no "she said".
"""

from __future__ import annotations

import re

from generator.analysis.quotes.attribution import Found, Reader, bare_quotation
from generator.analysis.quotes.cuts import cut
from generator.analysis.quotes.names import Person
from generator.analysis.quotes.positions import continues_as_subject
from generator.analysis.quotes.speakers import Said

# A lead that says its person speaks, by what they give: "X gave his honest assessment of the
# defeat", "X shared her thoughts on ...". One who only acted ("X walked onto the pitch") is
# not shown speaking, and the quote under it may be anyone's.
_GIVES_WORDS = re.compile(
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:assessment|verdict|views?|reaction|thoughts"
    r"|message|warning|account|explanation|response|appraisal|analysis|tribute|apology|opinion"
    r"|take)\b",
    re.IGNORECASE,
)


def lead_speaker(reader: Reader) -> None:
    """Give the lead's person the bare quotations left without a speaker, when the article
    shows no one else speaking and names no other person shown as one."""
    person = _lead_person(reader)
    if person is None or not _alone(reader, person):
        return
    lead_paragraph = next(r.paragraph for r in reader.speakers.sentences if r.text)
    said = Said(person.name, person.description, "lead", person)
    for index, item in enumerate(reader.found):
        if item.said is not None and item.said.speaker is not None:
            continue
        if not item.keep or item.paragraph.index <= lead_paragraph:
            continue  # a quote not kept is no quotation ('' or a lone mark)
        if _bare(item, reader.found[:index]) and not cut(
            item.paragraph, item.span, reader.paragraphs
        ):
            item.said = said


def _lead_person(reader: Reader) -> Person | None:
    """The person the article's first sentence opens with, by a full name followed by its
    verb, giving their words ("Jane Doe gave her verdict on ..."); None when that name is no
    one person's."""
    first = next((i for i, record in enumerate(reader.speakers.sentences) if record.text), None)
    if first is None:
        return None
    words, runs = reader.speakers.names.sentences[first], reader.speakers.names.runs[first]
    if not runs or runs[0].start != 0 or len(runs[0].name) < 2 or runs[0].possessive:
        return None
    if not _GIVES_WORDS.search(reader.speakers.sentences[first].text):
        return None
    following = words[runs[0].stop : runs[0].stop + 2]
    if not following or not continues_as_subject(following):
        return None
    people = reader.speakers.names.matches(runs[0].name)
    return people[0] if len(people) == 1 and not people[0].role else None


def _alone(reader: Reader, person: Person) -> bool:
    """Whether no one but `person` is shown speaking, nor named as a person, in the article."""
    for record in reader.speakers.sentences:
        if any(other is not None and other is not person for other in record.speakers):
            return False
    if any(p.evidence and p is not person for p in reader.speakers.names.people):
        return False
    return all(item.said is None or item.said.person in (None, person) for item in reader.found)


def _bare(item: Found, before: list[Found]) -> bool:
    """A quotation that is its paragraph's whole text, or the rest of one run on from the
    paragraph before."""
    if item.span.open == 0 and bare_quotation(item.paragraph):
        return True
    return item.span.continues and bool(before) and before[-1].said is not None


# An interview written as questions and answers: "Q:" lines put the questions, the quoted
# paragraphs under each are the answers of the one person the standfirst says was
# interviewed ("... interview with Alaska Airlines Chairman Jane Doe.").
_QUESTION_LINE = re.compile(r"(?:Q|Question)\s*[:.]\s")
_INTERVIEW_WITH = re.compile(r"\binterview(?:ed)?\s+with\s+([^.;:?!]+)", re.IGNORECASE)


def interview_answers(reader: Reader) -> None:
    """Give the one interviewee the standfirst names the bare quoted answers under "Q:" lines
    left without a speaker."""
    paragraphs = reader.paragraphs
    questions = [p.index for p in paragraphs if _QUESTION_LINE.match(p.text)]
    if not questions:
        return
    person = _interviewee(reader, paragraphs[: questions[0]])
    if person is None:
        return
    said = Said(person.name, person.description, "interview", person)
    for item in reader.found:
        unattributed = item.said is None or item.said.speaker is None
        if item.keep and unattributed and _answers(item, paragraphs, set(questions)):
            item.said = said


def _interviewee(reader: Reader, standfirst: list) -> Person | None:
    """The one person the words after "interview with" name, before the first question."""
    found = [m.group(1) for p in standfirst for m in _INTERVIEW_WITH.finditer(p.text)]
    if len(found) != 1:
        return None
    people = reader.speakers.names.people
    # A full name: "Alaska" in "Alaska Airlines Chairman Jane Doe" is no one.
    named = [p for p in people if not p.role and len(p.tokens) > 1 and p.name in found[0]]
    return named[0] if len(named) == 1 else None


def _answers(item: Found, paragraphs: list, questions: set[int]) -> bool:
    """Whether a quote is a bare paragraph in the run of bare paragraphs under a question."""
    if item.span.open != 0 or not bare_quotation(item.paragraph):
        return False
    index = item.paragraph.index - 1
    while index >= 0 and index not in questions and bare_quotation(paragraphs[index]):
        index -= 1
    return index in questions
