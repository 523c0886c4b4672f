"""The speech verbs of a sentence, each with the subject the text gives it: a clause.

A verb's subject is read after it when it follows a quote ('"...," said X'), else before it
("X said", "X weighed in, saying"); a word that reads as a noun ("his comments") is no verb.
A family is a subject of its own ("his family said"), and "quoted X as saying" is X's.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from generator.analysis.quotes.abstentions import cut_by_a_line, legal_sense
from generator.analysis.quotes.families import family_subject
from generator.analysis.quotes.inverted import inverted_subject
from generator.analysis.quotes.names import is_name_token, singular, words_of
from generator.analysis.quotes.paragraphs import MASK, Paragraph
from generator.analysis.quotes.quoted_as import quoted_as_saying, quoted_to_have
from generator.analysis.quotes.subject_edges import drop_adverbs
from generator.analysis.quotes.subjects import (
    NOBODY,
    REGULAR_PAST,
    Subject,
    head_noun,
    leading_subject,
    named_before_role,
    subject_before,
    subject_of,
)
from generator.analysis.quotes.vocabulary import (
    CALENDAR,
    CONJUNCTIONS,
    DOCUMENT_VERBS,
    DOCUMENTS,
    INVERTING,
    PARTICIPLES,
    PHRASAL,
    PHRASAL_HEADS,
    PREPOSITIONS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TAKING_OBJECTS,
    TRAILING,
    VERBS,
)


class Clause(NamedTuple):
    """A speech verb of a sentence's narrative, with the subject the text gives it."""

    start: int  # the verb's offsets in the paragraph
    end: int
    subject: Subject | None
    inverted: bool  # '"...," said X': the subject comes after the verb


_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|its|their|our|these|those|such|any|no|some|many|several|recent"
    r"|earlier|latest|new|similar|further|public|written|opening|closing)\s+$",
    re.IGNORECASE,
)


_LETTERS = re.compile(r"[A-Za-z]+")
_VERB_FORMS = SPEECH_VERBS | PARTICIPLES | DOCUMENT_VERBS


# A possessive right before a word: "the opposition's continued boycott", "X's stated aim";
# not a pronoun's "has" or "is" ("he's said", "it's claimed").
_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w’'])(?!(?:he|she|it|that|there|who|what|where|here)['’]s\b)\w+['’]s\s+$",
    re.IGNORECASE,
)


def _after_possessive(before: str) -> bool:
    # The pattern only where the words before end as a possessive does: few verbs follow one.
    return before.rstrip().endswith(("'s", "’s")) and bool(_POSSESSIVE_BEFORE.search(before))


# Forms that are never nouns: after "earlier" they are verbs ("Trump earlier said").
_ONLY_VERBS = frozenset({"said", "says", "told", "tells"})


# Words before a speech verb that are adverbs when a past form follows: "he further stated",
# "she earlier claimed"; adjectives before a noun: "further comments", "earlier claims".
_ADVERBS_TOO = ("earlier", "further")


def _is_noun(masked: str, at: int, form: str) -> bool:
    """Whether the word at `at` reads as a noun from the word before it ("his comments"), or
    as a noun or an adjective after a possessive ("the opposition's continued boycott")."""
    if form not in _ONLY_VERBS and _after_possessive(masked[max(0, at - 40) : at]):
        return True
    found = _NOUN_BEFORE.search(masked[max(0, at - 12) : at])
    return found is not None and not (
        (form in _ONLY_VERBS or form.endswith("ed"))
        and found.group().lower().startswith(_ADVERBS_TOO)
    )


@functools.cache  # one for each speech verb form
def _verb_form(form: str) -> re.Pattern[str]:
    """A form of a speech verb written in any case, as a whole word of _LETTERS."""
    return re.compile(rf"(?<![A-Za-z]){re.escape(form)}(?![A-Za-z])", re.IGNORECASE | re.ASCII)


def verbs_in(masked: str, start: int, end: int) -> list[tuple[int, int, str]]:
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
            if capitalised_inside or legal_sense(masked, form, start + match.end()):
                continue  # "Asked by ..." inside a sentence; "charged with theft"
            if not _is_noun(masked, start + match.start(), form):
                found.append((start + match.start(), start + match.end(), form))
    if not PHRASAL_HEADS.isdisjoint(forms):
        found += [(m.start(), m.end(), "said") for m in PHRASAL.finditer(masked, start, end)]
    return sorted(found)


def start_of_clause(paragraph: Paragraph, sentence: tuple[int, int], at: int) -> int:
    """Where the clause ending at `at` begins: after the last quote, semicolon or dash."""
    start = sentence[0]
    for span in paragraph.spans:
        if sentence[0] <= span.after <= at:
            start = max(start, span.after)
    for mark in (";", " — ", " – "):
        found = paragraph.masked.rfind(mark, start, at)
        start = max(start, found + len(mark)) if found >= 0 else start
    return start


def speech_clauses(paragraph: Paragraph, sentence: tuple[int, int]) -> list[Clause]:
    """The speech verbs of a sentence of a paragraph, each with its subject, in order; "read"
    only with a statement for its subject ('"...," the statement read')."""
    found = _speech_clauses(paragraph, sentence)
    if not any(paragraph.masked[c.start : c.end].lower() in DOCUMENT_VERBS for c in found):
        return found
    return [
        clause
        for clause in found
        if paragraph.masked[clause.start : clause.end].lower() not in DOCUMENT_VERBS
        or (clause.subject is not None and clause.subject.kind == "document")
    ]


def _speech_clauses(paragraph: Paragraph, sentence: tuple[int, int]) -> list[Clause]:
    masked = paragraph.masked
    found = []
    for start, end, verb in verbs_in(masked, *sentence):
        clause_start = start_of_clause(paragraph, sentence, start)
        before = words_of(masked[clause_start:start])
        agent = _passive_agent(before, masked, end)
        if agent is not None:  # "the plan, described by X as": X speaks
            # An agent that cannot be read is still someone else: "X was asked by those present:".
            agent_subject = inverted_subject(masked[agent : sentence[1]]) or NOBODY
            found.append(Clause(start, end, agent_subject, False))
            continue
        if _passive(before, verb) and MASK in masked[end : sentence[1]]:
            # "X was told: "..."": X heard the words; who said them is not named.
            found.append(Clause(start, end, NOBODY, False))
            continue
        opening = _opening_inversion(masked, sentence, start, end, verb)
        if opening is not None:  # 'Says the minister, "..."': the subject after the verb
            found.append(Clause(start, end, opening, False))
            continue
        after_quote = clause_start > sentence[0] and all(w in ",.?!—–" for w in before)
        if (after_quote or (before and before[-1] == "," and verb not in PARTICIPLES)) and (
            verb not in TAKING_OBJECTS
        ):
            inverted = inverted_subject(masked[end : sentence[1]])
            if inverted is not None and cut_by_a_line(masked, sentence[1], inverted.words):
                inverted = NOBODY  # '"...," said NASA's Associate' / 'Administrator X.': cut
            if inverted is not None and (after_quote or _speaks(inverted)):
                found.append(Clause(start, end, inverted, True))  # '"...," said X', '..., said X.'
                continue
        if after_quote:  # 'X, who called him a "brat," called ...': the sentence's subject
            opening = words_of(masked[sentence[0] : start])
            subject = leading_subject(opening) or _named_before(opening)
        elif verb in PARTICIPLES and (quoted := quoted_as_saying(before)) is not None:
            subject = quoted  # "the paper quoted him as saying": his words
        elif (quoted := quoted_to_have(before)) is not None:
            subject = quoted  # "X was quoted to have said": X's words
        elif (
            verb in PARTICIPLES
            and (absolute := _absolute_subject(before, masked[end : sentence[1]])) is not None
        ):
            subject = absolute  # "..., with MPs telling X that": the MPs, not the sentence's
        elif verb in PARTICIPLES and progressive(before):
            subject = subject_before(before[:-1])  # "X said its sources were describing"
        elif verb in PARTICIPLES and _someone_elses(before):
            subject = NOBODY  # "X recalled Y saying", "X accused Y of calling it": Y's words
        elif verb in PARTICIPLES or _joined(before):
            subject = leading_subject(before)
        elif (family := family_subject(before)) is not None:
            subject = family  # "his family said": no role of one person
        else:
            subject = subject_before(_reported(masked, found, clause_start, start) or before)
            subject = subject or _clause_after_and(before)
            if (
                subject is not None
                and subject.kind == "role"
                and clause_start > sentence[0]
                and not masked[end : sentence[1]].lstrip().startswith(",")
            ):  # '"...," Jane Doe, the chief executive said.'
                subject = named_before_role(before) or subject
        found.append(Clause(start, end, subject, False))
    return found


def _joined(before: list[str]) -> bool:
    """Whether the verb is joined to the clause before it, an adverb or none between: "X stood
    and briefly replied" is X's."""
    words = drop_adverbs(before)
    return bool(words) and words[-1].lower() in ("and", "but", "then")


def _clause_after_and(before: list[str]) -> Subject | None:
    """The name opening a clause that "and" joins to one with a verb of its own: "Fiji lost
    the opener and Fuli says" is Fuli's. Not "X and Y say" (both speak), nor a name after
    words with no verb ("the mayor and X say")."""
    at = len(before) - 1 - before[::-1].index("and") if "and" in before else -1
    if at < 1 or not any(_a_verb(word) for word in before[:at]):
        return None
    subject = subject_of(before[at + 1 :])
    return subject if subject is not None and subject.kind == "name" else None


def _a_verb(word: str) -> bool:
    return word.islower() and (
        word in VERBS or word in SPEECH_VERBS or REGULAR_PAST.fullmatch(word) is not None
    )


# An inverted clause opening its sentence and introducing the quote after its comma.
_INVERSION_THEN_QUOTE = re.compile(rf"\s+[^,.;:!?{MASK}]+,[^\w{MASK}]*{MASK}")


def _opening_inversion(
    masked: str, sentence: tuple[int, int], start: int, end: int, verb: str
) -> Subject | None:
    """The subject of a speech verb that opens its sentence before its subject and the quote
    it introduces ('Says the FAA administrator, "..."'); None for any other verb."""
    if verb not in INVERTING or masked[sentence[0] : start].strip():
        return None
    if _INVERSION_THEN_QUOTE.match(masked, end, sentence[1]) is None:
        return None
    return inverted_subject(masked[end : sentence[1]])


# The forms of "be" that make a participle after them a verb of its own ("were describing").
_PROGRESSIVE = frozenset({"is", "are", "was", "were", "am", "been", "be"})


def progressive(before: list[str]) -> bool:
    """Whether a participle is the verb of a progressive tense ("its sources were describing",
    "X was saying"), whose subject is written right before it, not the sentence's subject."""
    return bool(before) and before[-1].lower() in _PROGRESSIVE


# Words joining two verbs of one subject.
_JOINS = CONJUNCTIONS | {"then"}


def _reported(masked: str, found: list[Clause], clause_start: int, start: int) -> list[str]:
    """The words between the speech verb before this one and this one, when nothing but words
    stands between them: the subject of a reported clause ("X said critics had described"),
    not the sentence's. Empty when there is no such verb, or a comma ("X, who said ...,
    told") or a conjunction ("X praised it and told") comes between."""
    if not found or found[-1].end <= clause_start:
        return []
    between = masked[found[-1].end : start]
    words = words_of(between)
    if "," in between or MASK in between or any(word.lower() in _JOINS for word in words):
        return []  # "X praised the plan and later told": the verbs share their subject
    return words


# Words right before a participle that make it another's act: "accused Y of calling", "praised
# Y for saying"; a verb of hearing or remembering before its object: "recalled him saying".
_GERUND_AFTER = frozenset({"of", "for"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
_PERCEIVING = frozenset(
    {"recalled", "recalls", "recalling", "remembered", "remembers", "remembering", "heard"}
    | {"hears", "overheard", "saw", "sees", "watched", "imagined", "quoted", "cited"}
)


def _someone_elses(before: list[str]) -> bool:
    """Whether the words before a participle make it the act of someone the sentence names
    after its subject: "X accused Y of calling it", "X recalled Jane Doe saying", "heard him
    saying", "X posted a video of Y saying"; not "X praised Y saying", where the saying is
    X's."""
    if not before:
        return False
    if before[-1].lower() in _GERUND_AFTER:
        return True
    if _perceived_relative(before):
        return True
    start = len(before) - 1
    if before[-1].lower() not in _OBJECT_PRONOUNS:
        while start > 0 and is_name_token(before[start - 1]) and before[start - 1] not in CALENDAR:
            start -= 1
        if start == len(before) - 1 and not is_name_token(before[-1]):
            return False
    # "heard Y saying"; "a video of Y saying", "footage of Y telling": Y's words either way.
    return start > 0 and before[start - 1].lower() in _PERCEIVING | {"of"}


_POSSESSIVES = frozenset({"his", "her", "their", "my", "our"})


def _perceived_relative(before: list[str]) -> bool:
    """Whether a participle is the act of someone a verb of hearing or remembering names by
    a possessive: "X remembers her mother saying", "X recalled his late coach telling him"."""
    lowered = [word.lower() for word in before[-4:]]
    for at, word in enumerate(lowered[:-1]):
        if word in _POSSESSIVES and at and lowered[at - 1] in _PERCEIVING:
            return all(w.isalpha() for w in lowered[at + 1 :])
    return False


def _absolute_subject(before: list[str], after: str) -> Subject | None:
    """The subject of a participle in a "with" phrase of its own ("..., with MPs telling
    reporters that", "with Jane Doe saying"): those people, not the sentence's subject; a
    group is no one speaker. None when the words after "with" are no such subject: "responded
    with a statement saying" is the sentence's subject speaking, as is "met with X telling
    him" (the phrase is the verb's object)."""
    lowered = [word.lower() for word in before]
    if "with" not in lowered:
        return None
    at = len(lowered) - 1 - lowered[::-1].index("with")
    if _object_of_with(lowered[:at], after):
        return None
    group = before[at + 1 :]
    if len(group) > _ABSOLUTE_WORDS and "," not in group:
        return _described_name(group)  # "with former Leeds skipper Ann Roe tweeting"
    if not 1 <= len(group) <= _ABSOLUTE_WORDS or "," in group:
        return None
    if any(word.lower() in DOCUMENTS for word in group):
        return None
    last = group[-1]
    if last[:1].isupper() and not (last.endswith("s") and last[:-1].isupper()):  # not "MPs"
        subject = subject_before(group)
        return subject if subject is not None and subject.kind == "name" else NOBODY
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return NOBODY if plural or last[:1].isupper() else None


# Verbs whose object "with" brings ("met with X", "sided with X"), besides the speech verbs
# and common verbs: the person after "with" is whom the subject acted with, not a speaker.
_VERBS_BEFORE_WITH = (
    SPEECH_VERBS
    | VERBS
    | frozenset(
        {"meeting", "sided", "sides", "siding", "clashed", "clashes", "clashing", "sat", "sits"}
        | {"talks", "talking", "speaking", "agrees", "agreeing", "teamed", "partnered"}
        | {"consulted", "conferred", "negotiated", "worked", "works", "joined"}
    )
)


def _object_of_with(preceding: list[str], after: str) -> bool:
    """Whether a "with" phrase not set off by a comma is the object of the words before it,
    so that the participle after it is the sentence's subject's act: "X met with Y telling
    him", "X spoke with club chairman Y urging him", "X sat down with Y telling her"; not
    "..., with Y telling reporters" nor a sentence opening "With Y saying"."""
    if not preceding or preceding[-1] == ",":
        return False
    if preceding[-1] in _VERBS_BEFORE_WITH:
        return True
    # "telling him": someone the sentence named before, the person after "with" as a rule.
    return any(word.lower() in _OBJECT_PRONOUNS for word in words_of(after)[:1])


# The longest subject of a "with" phrase read: "with senior Tory MPs telling".
_ABSOLUTE_WORDS = 3
# The longest "with" phrase read as a name and the role before it.
_DESCRIBED_WORDS = 8


def _described_name(group: list[str]) -> Subject | None:
    """A person named with their role before the name, all the words of a "with" phrase
    ("with former Leeds skipper Ann Roe tweeting"): that person. None for anything else, as
    "with the backing of party leader Ann Roe saying" (whose words they are is not read)."""
    if len(group) > _DESCRIBED_WORDS or not group[-1][:1].isupper():
        return None
    subject = subject_before(group)
    if subject is None or subject.kind != "name" or not subject.description:
        return None
    role = group[: len(group) - len(subject.words)]
    if role != subject.description.split() or group[-len(subject.words) :] != list(subject.words):
        return None
    return None if any(word.lower() in _NOT_A_ROLE for word in role) else subject


# Words that make the words before a name in a "with" phrase something other than its role.
_NOT_A_ROLE = PREPOSITIONS | DOCUMENTS | {"a", "an", "the", "and", "&"}


def _named_before(words: list[str]) -> Subject | None:
    """The person a sentence opens with before a phrase of its own that holds a quote: "X,
    stating he was proud to be called the "...," said"; no one unless a name reads so."""
    words = [word for word in words if word not in _QUOTED]
    if not words or words[-1] != ",":
        return None
    subject = subject_before(words)
    return subject if subject is not None and subject.kind == "name" else None


# A quote's marks and masked words, left out of the words a subject is read from.
_QUOTED = frozenset({MASK, *"\"“”„‘’'`"})


# "by" and the agent of a passive speech verb: not "responded by calling".
_BY_AGENT = re.compile(r"\s+by\s+(?![a-z]+ing\b)")
_BEING = frozenset({"was", "were", "is", "are", "been", "being", "be", ","})


def _passive_agent(before: list[str], masked: str, verb_end: int) -> int | None:
    """Where the agent of a passive speech verb starts, the words after "by" ("was described
    by X as", "the plan, branded by X"): the words before the verb are what was said, not who
    said it. None for a verb that is not passive. With no "was" before it, the verb is passive
    when someone named follows "by" ("a result welcomed by X"), not a means ("said by phone")."""
    if not before:
        return None
    by = _BY_AGENT.match(masked, verb_end)
    if by is None:
        return None
    if before[-1].lower() in _BEING:
        return by.end()
    participle = not masked[:verb_end].endswith("ing")  # "quoted as saying by Reuters"
    return by.end() if participle and _NAMED_AGENT.match(masked, by.end()) else None


# The forms of "be" before a passive speech verb; adverbs (TRAILING) may stand between.
_BE_FORMS = frozenset({"was", "were", "is", "are", "been", "being", "be", "am"})


def _passive(before: list[str], verb: str) -> bool:
    """Whether a speech verb is passive with no agent ("X was asked", "X has also been told",
    "she was warned"): its subject is whom the words were put to or said of, not their
    speaker. "X was heard saying" keeps the participle's subject."""
    if verb in PARTICIPLES:
        return False
    words = [word.lower() for word in before]
    while words and words[-1] in TRAILING and words[-1] not in _BE_FORMS:
        words.pop()
    return bool(words) and words[-1] in _BE_FORMS


# Someone named after "by": a name or a determined noun phrase, not "by phone".
_NAMED_AGENT = re.compile(r"(?:[A-Z]|(?:the|a|an|his|her|its|their)\s)")


def _speaks(subject: Subject) -> bool:
    """Whether a subject read after its verb is someone who speaks, not the verb's object."""
    if subject.kind == "role":
        return singular(head_noun([w.lower() for w in subject.words]) or "") in ROLE_NOUNS
    return subject.kind in ("name", "org", "people")
