"""Who a phrase before or after a speech verb says spoke: a name, a pronoun, a role, an organisation.

Read from the words before a verb ("X, the minister, said") or after it ('"...," said X'),
trimmed of the openers and adverbs around the subject; a phrase that reads as no subject gives
None, so that a quote is never given a guessed speaker.
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise
from typing import NamedTuple

from generator.analysis.quotes.abstentions import address_parts
from generator.analysis.quotes.chains import chained
from generator.analysis.quotes.constituencies import constituency
from generator.analysis.quotes.coordinated import coordinated
from generator.analysis.quotes.institutions import institution_phrase, kind_noun
from generator.analysis.quotes.named_agencies import agency_named
from generator.analysis.quotes.names import (
    POSTNOMINALS,
    Run,
    bare_role_after,
    bare_title,
    is_name_token,
    is_org,
    is_place,
    lone_letter,
    name_runs,
    singular,
    titled_initials,
)
from generator.analysis.quotes.paragraphs import MASK
from generator.analysis.quotes.possessive_orgs import possessive_org
from generator.analysis.quotes.reduced_relatives import restart
from generator.analysis.quotes.subject_edges import drop_adverbs, trim, without_brackets
from generator.analysis.quotes.vocabulary import (
    AUTHORED_NOUNS,
    AUXILIARIES,
    CALENDAR,
    CONJUNCTIONS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    DOCUMENTS,
    HONORIFICS,
    NOT_NAMES,
    OTHER_PRONOUNS,
    PARTICIPLES,
    PLACES,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLES,
    VERBS,
    word_set,
)
from generator.analysis.quotes.written_roles import (
    WORD_START,
    as_description,
    role_before_name,
    role_words,
    verb_like,
)
from generator.analysis.words import NAME_PARTICLES


class Subject(NamedTuple):
    """Who a clause says spoke: a name, a pronoun, a role or an organisation; "people" for
    several named together ("X, Y and Z said"), each with their titles; "none" for a speaker
    that is no one ("it said", "the statement said", "Tokyo said")."""

    kind: str
    words: tuple[str, ...] = ()
    description: str = ""


NOBODY = Subject("none")


SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})


def subject_of(words: list[str]) -> Subject | None:
    """Read a phrase that should be a clause's subject; None when it is not one."""
    return _subject_of(tuple(words))


# Reading a phrase is a pure function of its words, and the same phrases come back within
# an article and across a site's articles ("he", "the minister", a wire copy's sentences).
@functools.lru_cache(maxsize=1 << 13)
def _subject_of(phrase: tuple[str, ...]) -> Subject | None:
    words = trim(list(phrase))
    if len(words) > 12:
        return _long_affiliation(words)
    if not words or MASK in words:
        return None
    lowered = [word.lower() for word in words]
    if len(words) == 1 and lowered[0] in PRONOUNS:
        return Subject("pronoun", (lowered[0],))
    if _shouted_role(words, lowered):
        return _subject_of((words[0], *lowered[1:]))  # a lede's "A JUDGE has": no acronym
    if words == ["it"]:  # a statement's words, perhaps: '"...," it said' (documents.py)
        return Subject("document", ("it",))
    if len(words) == 1 and lowered[0] in OTHER_PRONOUNS:
        return NOBODY
    if any(word in AUXILIARIES for word in lowered) or "(" in words:
        return None
    if not SUBJECT_PRONOUNS.isdisjoint(lowered[1:]):
        return None  # a clause, not a phrase: "her comments came after she ..."
    runs = name_runs(words)
    if len(runs) > 1 and words[-1] in POSTNOMINALS and not runs[-1].name and runs[-2].name:
        return _postnominal(words)  # "Jane Doe MP said"
    chain = chained(words, runs)  # "Board of Inquiry Chair Captain Jane Doe", "X's First District"
    if chain is not None:
        return Subject(*chain)
    first = runs[0] if runs and runs[0].start == 0 and runs[0].name else None
    if first and first.stop < len(words) and lowered[first.stop] in ("of", "from", "at"):
        return _named(first, " ".join(words[first.stop :]))  # "Noel Francisco of Jones Day"
    if _role_then_name_of(words, runs):  # "study co-author Jane Doe of the Institute"
        return _named(runs[0], " ".join(words[: runs[0].start] + words[runs[0].stop :]))
    if found := possessive_org(words, runs):  # "the Regional Prosecutor's Office": not "Office"
        whole, head = found  # the name speaks only as the head, never as "an official at"'s
        if not head:
            return Subject("org", whole)
        return _role(words) if _belongs_to_name(head) else None  # "a spokesman for" it
    if runs and runs[-1].stop == len(words) and runs[-1].name and not runs[-1].possessive:
        run = runs[-1]
        before = words[: run.start]
        while before and before[-1] in NAME_PARTICLES:  # "von der Leyen said": the name's own
            run = run._replace(start=run.start - 1, name=(before[-1], *run.name))
            before = before[:-1]
        if coordinated(runs, words):
            return Subject("org", tuple(words))  # "Jane Doe and John Roe": both, no one alone
        if (
            before
            and before[-1].lower() in ("the", "for", "of", "at", "in", "from")
            and not run.titles
        ):
            return _role(words)  # "the Spaniard", "the APC", "former Labour MP for Vauxhall"
        if _belongs_to_name(before):
            return _role(words)  # "the office of President X", "a spokesman for X": not X
        if before and not role_like(before):
            return None
        titles = [title for title in run.titles if bare_title(title) not in HONORIFICS]
        return _named(run, as_description(role_words(role_before_name(before) + titles)))
    return _role(words)


def _postnominal(words: list[str]) -> Subject | None:
    """A name with the letters of an office or an honour after it ("Jane Doe MP", "John Roe
    QC"): the name, the letters joined to its description ("Labour MP Jane Doe MP": "Labour
    MP"). After "the" they are a role's: "the Witney MP"."""
    if words[0].lower() in DETERMINERS:
        return _role(words)  # "the Witney MP": a constituency's member, a role
    inner = subject_of(words[:-1])
    if inner is None or inner.kind != "name" or constituency(inner.words):
        return None  # "Leeds North MP said": a seat's member, not a "Leeds North"
    if words[-1] in inner.description.split():
        return inner
    return inner._replace(description=f"{inner.description} {words[-1]}".strip())


def _belongs_to_name(before: list[str]) -> bool:
    """Whether the words before a name make the phrase about someone or something of theirs:
    a common noun and "of" or "for" ("the office of French President", "a spokesman for")."""
    return len(before) >= 2 and before[-1] in ("of", "for") and before[-2].islower()


# What opens a list of the people a group's phrase names: "leaders including X, Y and Z".
_LIST_OPENERS = frozenset({"including", "namely"})


def listed_name(words: list[str], first: bool) -> list[str] | None:
    """A list item's words, its titles and a name and nothing else ("House Speaker Jane Doe");
    the first may follow the group it belongs to ("leaders including Jane Doe")."""
    if first:
        opener = max((i for i, w in enumerate(words) if w.lower() in _LIST_OPENERS), default=-1)
        words = words[opener + 1 :]
    runs = name_runs(words)
    if len(runs) != 1 or runs[0].stop != len(words) or not runs[0].name or runs[0].possessive:
        return None
    if len(runs[0].name) < 2 and not runs[0].titles:
        return None  # "Culture, Media and Sport Secretary X": a title's words, no list
    if not all(word.islower() for word in words[: runs[0].start]):
        return None
    subject = subject_of(words)
    return words if subject is not None and subject.kind == "name" else None


def name_pair(words: list[str]) -> list[list[str]] | None:
    """The two names of "X and Y", each with its titles, that end a list."""
    if "and" not in words and "&" not in words:
        return None
    at = words.index("and") if "and" in words else words.index("&")
    first, second = listed_name(words[:at], False), listed_name(words[at + 1 :], False)
    return [first, second] if first is not None and second is not None else None


def named_before_role(words: list[str]) -> Subject | None:
    """The name a closing role stands beside when the comma after it is missing: ', Jane Doe,
    the chief executive said' after a quote is Jane Doe; None for anything else."""
    segments = comma_segments(words)
    if len(segments) != 2 or segments[1][0].lower() != "the":
        return None
    role = subject_of(segments[1])
    if role is None or role.kind != "role" or not is_singular_role([*map(str.lower, role.words)]):
        return None
    name = listed_name(segments[0], False)
    if name is None or name[0].lower().endswith("ing"):
        return None  # "Echoing Jane Doe, the minister said": an opening phrase
    first = subject_of(name)
    return Subject("name", first.words, first.description or role.description) if first else None


def joined(segments: list[list[str]], last: list[str]) -> Subject | None | bool:
    """The people a list of names says spoke together ("X, Y and Z said"), when `last`, the
    phrase read before the verb, ends such a list after the comma `segments` before it: all
    of them, never the last one alone; no one when the list holds more than names ("X, the
    mayor, and Y said"). False when `last` ends no list of three or more (read as before)."""
    if last[:1] and last[0].lower() in ("and", "&"):
        tail = listed_name(trim(last[1:]), False)
        ends = [tail] if tail is not None else None
    else:
        ends = name_pair(last)
        if ends is None:
            return False
    items: list[list[str]] = []
    at, opened = len(segments), False
    while at > 0 and not opened:
        segment = trim(segments[at - 1])
        opened = not _LIST_OPENERS.isdisjoint(word.lower() for word in segment)
        item = listed_name(segment, opened)
        if item is None:
            opened = False
            break
        items.insert(0, item)
        at -= 1
    if not items:
        opening = trim(segments[-1]) if segments and last[0].lower() in ("and", "&") else []
        named = subject_of(opening) if opening else None
        if named is not None and named.kind in ("name", "role"):
            return None  # "X, the mayor of Leeds, and Y said": both, or one of them?
        return False  # "He paused, and X said": one subject
    if ends is None:
        return None
    if at > 0 and not opened:
        opening = trim(segments[at - 1])
        if opening and subject_of(opening) is not None:
            return None  # "X, the mayor, and Y": an apposition, or a clause of its own
    names = [" ".join(item) for item in items + ends]
    # One spelling with or without the serial comma, so that a briefing keys them as one.
    return Subject("people", tuple(f"{', '.join(names[:-1])} and {names[-1]}".split(" ")))


_NOT_IN_ROLE = PREPOSITIONS - {"for"}  # "Labour MP for Vauxhall" describes a name
# Capitalised words that may open a name's description: "Former prime minister X".
_NOT_NAMES_NOR_DETERMINERS = NOT_NAMES - word_set("""The A An His Her Its Their Our Former""")


def role_like(words: list[str]) -> bool:
    """Whether words before a name can be its description ("Kenya opposition leader")."""
    return not any(w.lower() in _NOT_IN_ROLE or w in _NOT_NAMES_NOR_DETERMINERS for w in words)


def _named(run: Run, description: str) -> Subject:
    if (
        (is_org(run.name) and not titled_initials(run.titles, run.name))  # "P.J. Crowley"
        or description.split()[-1:]
        and description.split()[-1].lower() in DOCUMENTS
    ):
        words = tuple((description + " " + " ".join(run.name)).split())
        return Subject("org", words)
    if is_place(run.name) or lone_letter(run.name):
        return NOBODY
    return Subject("name", run.name, description.strip(" ,").removeprefix("and ").strip())


def _role(words: list[str]) -> Subject | None:
    """A role or a group, without a name: "a top presidential adviser", "the minister"."""
    lowered = [word.lower() for word in words]
    if words[0] in NOT_NAMES and lowered[0] not in DETERMINERS:
        return None
    head = head_noun(lowered)
    if head is None or lowered[-1] in CONJUNCTIONS:
        return None  # "X stood up and": a clause the verb is joined to
    if any(verb_like(word) and after in DETERMINERS for word, after in pairwise(lowered[1:])):
        return None  # a clause, not a role: "the palace shared the picture, with the caption"
    if clause_start := restart(words):  # "a sum the city prosecutor called": the clause's subject
        return _role(words[clause_start:])
    opening = lowered[0] in DETERMINERS or is_name_token(words[0])
    if not opening and singular(head) not in ROLE_NOUNS:
        return None  # "former Labour MP for Vauxhall" reads; "reporting at the start" does not
    if head in DOCUMENTS or singular(head) in DOCUMENTS:
        return _author(words, lowered.index(head))
    verb = _verb_after_name(words)
    if verb:  # a clause, whose subject is the name: "Ishaq gave asked", "X gave detailed answers"
        return subject_of(words[:verb])
    core = words[1:] if lowered[0] in DETERMINERS else words  # "His Majesty": no name
    is_role = singular(head) in ROLE_NOUNS or bare_title(words[-1]) in TITLES
    if not is_role and (is_org(tuple(core)) or institution_phrase(words)):
        return Subject("org", tuple(words))
    if not is_role and len(core) > 1 and all(is_name_token(w) or w in NAME_PARTICLES for w in core):
        return Subject("org", tuple(words))  # "Numis Securities", "Downing Street"
    return Subject("role", tuple(words), " ".join(words))


def _verb_after_name(words: list[str]) -> int:
    """Where a common verb follows the capitalised words that open a phrase (0: none): the
    phrase is then a clause, read as a role only by mistake ("Ishaq gave asked")."""
    index = 0
    while index < len(words) and is_name_token(words[index]):
        index += 1
    return index if 0 < index < len(words) and words[index] in VERBS else 0


def _author(words: list[str], head: int) -> Subject:
    """Who speaks through a document: its author, named after "from" or "by" ("a statement
    from the Police Federation"); for a statement on its own ("the statement said"), the
    author of the one the article introduced (a "document" subject, read in documents.py);
    no one for another document on its own ("the report said")."""
    if head + 2 < len(words) and words[head + 1].lower() in ("from", "by"):
        author = subject_of(words[head + 2 :])
        if author is not None and author.kind in ("name", "org", "people"):
            return author
    noun = words[head].lower()
    lowered = [word.lower() for word in words]
    if lowered[0] == "the" and 1 < head == len(words) - 1 and noun in AUTHORED_NOUNS:
        named = words[1:head]  # "the UNDSS advisory", "the White House statement": theirs
        author = subject_of(named) if all(map(is_name_token, named)) else None
        if author is not None and author.kind in ("name", "org"):
            return author
    if lowered[-1:] == [noun] and noun in DOCUMENT_NOUNS and lowered[:-1] in (["the"], ["a"]):
        return Subject("document", tuple(lowered))  # not "Y's statement": Y's
    agency = agency_named(words)  # "the official XNA agency said": the state's agency
    if agency is not None:
        return Subject("org", agency)
    return Subject("role", tuple(words), " ".join(words)) if kind_noun(lowered) else NOBODY


# Words that follow the head of a role phrase: "officials close to the talks", "a source who".
_AFTER_HEAD = PREPOSITIONS | {"of", "close", "briefed", "familiar", "who", "involved"}
_PLAIN_WORD = re.compile(r"[^\W_][\w-]*")  # "élysée" too


def head_noun(lowered: list[str]) -> str | None:
    """The noun a role phrase is about: the last word before its first preposition."""
    cut = next((i for i, word in enumerate(lowered) if word in _AFTER_HEAD and i > 0), len(lowered))
    head = lowered[cut - 1]
    if head in DETERMINERS or head in AUXILIARIES or head in CONJUNCTIONS or head.isdigit():
        return None
    return head if _PLAIN_WORD.fullmatch(head) else None


def is_singular_role(lowered: list[str]) -> bool:
    """Whether a role phrase is about one person: "Brexit secretary", not "protesters"."""
    head = head_noun(lowered)
    return head is not None and singular(head) == head and head in ROLE_NOUNS


def comma_segments(words: list[str]) -> list[list[str]]:
    """The words between commas, empty stretches left out."""
    segments: list[list[str]] = [[]]
    for word in words:
        if word == ",":
            segments.append([])
        else:
            segments[-1].append(word)
    return [segment for segment in segments if segment]


def leading_subject(words: list[str]) -> Subject | None:
    """The subject opening the nearest clause before a verb: "X weighed in, saying ..."."""
    segments = comma_segments(words)
    for index in range(len(segments) - 1, -1, -1):
        segment = trim(segments[index])
        if not segment or segment[0].lower() in ("who", "which", "whose", "where"):
            continue
        if segment[0].lower() in PRONOUNS:
            return Subject("pronoun", (segment[0].lower(),))
        if segment[0].lower() in OTHER_PRONOUNS:
            return NOBODY
        end = _phrase_end(segment)
        if not end or segment[end].lower() in ("who", "which", "that", "whose"):
            continue  # no verb follows: "Alcaraz, a champion who never stops dreaming:"
        subject = subject_of(segment[:end])
        if subject is not None and index:
            raw = segments[index]
            listed = joined(segments[:index], [*raw[: raw.index(segment[0])], *segment[:end]])
            subject = subject if listed is False else listed
        if subject is not None:
            return subject
    return None


# A relative clause giving a thing's words, which the colon then opens: "a sign that read",
# "a banner which simply said".
_WORDS_OF_A_THING = re.compile(
    r"\b(?:that|which) (?:[a-z]+ly )?(?:read|reads|said|says|stated|states|declared)$"
)


def colon_subject(words: list[str]) -> Subject | None:
    """Who speaks in the words before a colon that opens a quote: the subject of their last
    clause ("X made no secret of his delight:"), a name set off by its roles before a verb
    ("X, the state's attorney general, made clear the stakes:"), or a name alone or with
    appositives, as headlines write it ("X:", "X, a champion who never stops dreaming:")."""
    if words[:1] == ["["] and "]" not in words:
        return None  # an editor's note, not a speaker: "[Translation: "..."]"
    if _WORDS_OF_A_THING.search(" ".join(words)):
        return None  # "X pointed to a sign that read:": the sign's words, not X's
    subject = leading_subject(words)
    if subject is not None:
        return subject
    segments = [trim(segment) for segment in comma_segments(words)]
    if not 0 < len(segments) <= 4 or not all(segments):
        return None
    if len(segments) == 1 and "on" in segments[0][2:]:
        return _speaking_on(segments[0])
    if all(segment[0].lower() in ("a", "an", "the") for segment in segments[1:]):
        first = subject_of(segments[0])
        return first if first is not None and first.kind == "name" else None
    if not _is_predicate(segments[-1]):
        return None
    # The segments before the verb: one name and its roles, each readable.
    leading = segments[:-1]
    parsed = [subject_of(segment) for segment in leading]
    if any(s is None or s.kind not in ("name", "role") for s in parsed):
        return None
    return subject_before([word for segment in leading for word in [*segment, ","]])


def _speaking_on(words: list[str]) -> Subject | None:
    """A full name and its roles, then what they speak on, before the colon that opens their
    words: "former ISRO scientist Jane Doe on the launch:"; the topic holds no verb."""
    at = words.index("on", 2)
    topic = [word.lower() for word in words[at + 1 :]]
    if not topic or any(word in VERB_AFTER_SUBJECT or word in VERBS for word in topic):
        return None
    subject = subject_of(words[:at])
    return (
        subject
        if subject is not None and subject.kind == "name" and len(subject.words) > 1
        else None
    )


def _is_predicate(segment: list[str]) -> bool:
    """Whether a comma segment opens with its verb (or an adverb before it), no subject of its
    own: "made clear the stakes", "further stoked fears"."""
    first = segment[0]
    return (
        first.islower()
        and first not in DETERMINERS
        and first not in PRONOUNS
        and first not in OTHER_PRONOUNS
        and first not in CONJUNCTIONS
        and first not in PREPOSITIONS
        and first not in ("of", "according")
    )


# Words that read as the verb after a subject.
VERB_AFTER_SUBJECT = SPEECH_VERBS | PARTICIPLES | AUXILIARIES
REGULAR_PAST = re.compile(r"[a-z]+ed")


def _phrase_end(words: list[str]) -> int:
    """Where the noun phrase that opens `words` ends: before the first word that reads as its
    verb, a lower-case word after a person's name or a role noun (0: none found)."""
    determined = words[0].lower() in DETERMINERS
    for index, word in enumerate(words[:12]):
        lowered = word.lower()
        if index and lowered in VERB_AFTER_SUBJECT:
            return index
        if index and determined and (lowered in VERBS or REGULAR_PAST.fullmatch(word)):
            return index  # "The El Palmar prodigy made ...", "the Spaniard explained ..."
        if index and lowered == "on" and index + 1 < len(words) and words[index + 1] in CALENDAR:
            return index  # a date between subject and verb: "X on Thursday rejected ..."
        if lowered in PREPOSITIONS or not WORD_START.match(word):
            return 0
        if (
            index
            and not determined
            and word[:1].islower()
            and lowered not in NAME_PARTICLES
            and lowered not in ("of", "and")  # "the Culture, Media and Sport Committee"
            and singular(lowered) not in ROLE_NOUNS  # "Top Iranian diplomats reacted"
        ):
            previous = words[index - 1]
            if singular(previous.lower()) in ROLE_NOUNS or (
                is_name_token(previous)
                and previous not in NOT_NAMES  # "Former prime minister X" goes on
                and previous.rstrip(".") not in TITLES  # so does "Foreign ministry ..."
                and not is_org((previous,))
                and previous not in PLACES
            ):
                return index
    return 0


def subject_before(words: list[str]) -> Subject | None:
    """The subject written before a verb: "X said", "X, who leads ..., said"."""
    return _subject_before(tuple(words))


@functools.lru_cache(maxsize=1 << 13)  # a pure function of the words, as _subject_of
def _subject_before(phrase: tuple[str, ...]) -> Subject | None:
    words = drop_adverbs(without_brackets(list(phrase)))
    segments = comma_segments(words)
    if not segments:
        return None
    if trim(segments[-1])[:1] in (["who"], ["which"]) and len(trim(segments[-1])) == 1:
        return _relative(segments[:-1])  # "Baroness Hoey, former MP, who wrote"
    if words[-1].lower() in PRONOUNS:  # "the presenters who he accused of ..."
        return Subject("pronoun", (words[-1].lower(),))
    if words[-1] != ",":
        last = segments[-1]
        if len(segments) > 1 and last[0].lower() in PREPOSITIONS:
            # "The governor, Jane Doe, in her speech said": the phrase is no subject.
            return subject_before(words[: len(words) - len(last)])
        listed = joined(segments[:-1], last) if len(segments) > 1 else False
        if listed is not False:
            return listed
        subject = subject_of(last) or _subordinate_subject(last) or _named_before_who(last)
        if len(segments) == 2 and subject is not None and subject.kind == "role":
            # "X, head coach of Y commented": an apposition whose closing comma is missing.
            first = subject_of(segments[0])
            if first is not None and first.kind == "name" and bare_role_after([",", *last], 0):
                return Subject("name", first.words, first.description or " ".join(last))
        return subject
    # "X, a spokesman, said" or "a spokesman, X, said": the name, else the first that reads.
    places = address_parts(segments, [_bare_name(segment) for segment in segments])
    segments = [segment for index, segment in enumerate(segments) if index not in places]
    parsed = [(segment, subject_of(segment)) for segment in segments[:3]]
    readable = [(segment, subject) for segment, subject in parsed if subject is not None]
    if len(segments) > 2 and all(subject.kind != "name" for _, subject in readable):
        # Read back from the verb: "..., and after X, a bank, said" is X, not a role before.
        nearest = _apposed(segments)
        if any(subject.kind in ("name", "org") for _, subject in nearest):
            readable = nearest
        elif (
            readable
            and readable[0][1].kind == "role"
            and _predicate_after(segments, readable[0][0])
        ):
            return None  # "X, a lender, failed, and ... said": the role is X's, not the speaker's
    for index, (_, subject) in enumerate(readable):
        if subject.kind == "name":
            roles = [s.description for _, s in readable[:index] if s.kind == "role"]
            return Subject("name", subject.words, subject.description or " ".join(roles))
    return readable[0][1] if readable else None


def _long_affiliation(words: list[str]) -> Subject | None:
    """A phrase too long for a subject unless it is a name and where they work, the place's
    name long: "study co-author Jane Doe of the Observatories of the Carnegie Institution"."""
    at = next((i for i, word in enumerate(words[:12]) if word in ("of", "from", "at")), None)
    if not at or not words[at - 1][:1].isupper():
        return None  # no name right before "of": "the leader of ...", a clause
    tail = [word.lower() for word in words[at:]]
    if MASK in tail or not SUBJECT_PRONOUNS.isdisjoint(tail) or any(w in AUXILIARIES for w in tail):
        return None
    head = _subject_of((*words[:at], *words[at : at + 3])[:12])  # the name and its "of the X"
    if head is None or head.kind != "name":
        return None
    return Subject("name", head.words, " ".join([*words[: at - len(head.words)], *words[at:]]))


def _role_then_name_of(words: list[str], runs: list[Run]) -> bool:
    """Whether a phrase is a lower-case role, a person's name, then where they work: "study
    co-author Jane Doe of the Institute"; the role's noun last before the name."""
    if not runs or not runs[0].name or runs[0].start == 0 or runs[0].stop >= len(words):
        return False
    before = words[: runs[0].start]
    return (
        all(word.islower() for word in before)
        and singular(before[-1]) in ROLE_NOUNS
        and role_like(before)
        and words[runs[0].stop].lower() in ("of", "from", "at")
    )


def _shouted_role(words: list[str], lowered: list[str]) -> bool:
    """Whether a phrase is an article and a role noun written in capitals ("A JUDGE")."""
    return (
        len(words) >= 2
        and lowered[0] in ("a", "an", "the")
        and all(word.isupper() and word.isalpha() for word in words[1:])
        and singular(lowered[-1]) in ROLE_NOUNS
    )


def _bare_name(segment: list[str]) -> bool:
    """Whether a comma segment is a short name and nothing else ("Pasadena")."""
    subject = subject_of(segment) if len(segment) <= 3 else None
    return subject is not None and subject.kind == "name" and not subject.description


def _predicate_after(segments: list[list[str]], segment: list[str]) -> bool:
    """Whether a segment after `segment` opens with a verb of its own ("became the first")."""
    at = next(index for index, each in enumerate(segments) if each is segment)
    return any(_is_predicate(words) for words in map(trim, segments[at + 1 :]) if words)


def _apposed(segments: list[list[str]]) -> list[tuple[list[str], Subject]]:
    """The segments nearest the verb that read as its subject, in order: the appositions
    closing the sentence and, before them, the name a conjunction's clause opens with ("It
    came after X failed, and after Y, another bank, said" is Y, never X's "a farm lender")."""
    readable: list[tuple[list[str], Subject]] = []
    for segment in reversed(segments):
        subject = subject_of(segment)
        if subject is None:
            subject = _subordinate_subject([*segment, ","])
            if subject is not None and subject.kind in ("name", "org"):
                readable.insert(0, (segment, subject))
            return readable
        readable.insert(0, (segment, subject))
    return readable


# Conjunctions that open a clause of its own inside a sentence ("as" and "that" are left
# out: "such as", "the one that").
_SUBORDINATORS = word_set(
    """after before when while because since until once although though whereas if"""
)


def _subordinate_subject(words: list[str]) -> Subject | None:
    """The subject of a clause a conjunction opens: "It came after X said ..." is X."""
    starts = [i for i, word in enumerate(words[:-1]) if word.lower() in _SUBORDINATORS]
    return subject_of(words[starts[-1] + 1 :]) if starts else None


def _relative(segments: list[list[str]]) -> Subject | None:
    """The name a relative "who" stands for: the nearest before it, past its roles."""
    roles: list[str] = []
    for segment in reversed(segments):
        # "X responded to Y, who had said", "X hit back at Y, who said": the nearest, Y.
        subject = _closing_name(segment) if not roles else None
        subject = subject or subject_of(segment)
        if subject is None or subject.kind not in ("name", "role"):
            return None
        if subject.kind == "name":
            return Subject("name", subject.words, subject.description or " ".join(roles))
        roles.insert(0, subject.description)
    return None


def _named_before_who(words: list[str]) -> Subject | None:
    """The name a "who" right after it stands for, past a lower-case word but "of" ("to
    silence X who said:"; "the wife of X who said" may be the wife)."""
    runs = name_runs(words[:-1]) if len(words) > 2 and words[-1].lower() == "who" else []
    if not runs or runs[-1].stop != len(words) - 1 or runs[-1].possessive:
        return None
    before = words[runs[-1].start - 1] if runs[-1].start else ""
    subject = subject_of(list(runs[-1].name)) if before.islower() and before != "of" else None
    return subject if subject is not None and subject.kind == "name" else None


def _closing_name(words: list[str]) -> Subject | None:
    """The full name that ends a clause, after a preposition or a verb in lower case, which a
    relative "who" after it stands for: "X agreed with Jane Doe, who said"."""
    runs = name_runs(words)
    if not runs or runs[-1].stop != len(words) or runs[-1].possessive or runs[-1].start < 2:
        return None
    run = runs[-1]
    if len(run.name) < 2 or not words[run.start - 1].islower():
        return None
    subject = subject_of(list(run.name))
    return subject if subject is not None and subject.kind == "name" else None
