"""The person a subject stands for, and who each sentence read so far shows speaking.

A name stands for the person the article names by it, in the fullest form the article gives
(no one when it fits several). A pronoun ("he said") stands for the one person of its gender
the nearest earlier sentence names, preferring the one it shows speaking (a "he" or "she" that
does not speak is read the same way, so that it names that person for the sentences after
it), or, when it names several, the one it opens with as its subject while the others stand
in phrases of their own ("X, who has met Y, believes"); unless that sentence only names
them and another of that gender spoke just before (not one a "she said" was read as, for a
"he"). A name after "in" or "at" that the article never shows to be a person's is a place
("a home in Mount Olive"), and no one a pronoun may stand for. Names in the words a closing
"he said" reports ("It was not his job to correct X, he said") are not who "he" is. A
definite role ("the minister said", "the attorney for the family said", read up to its noun)
stands for the one person given that role, before the name or in apposition ("the attorney, Ben
Crump"), or else the one of those the sentence before names; an epithet ("the Spaniard") no
role fits for the one person the sentence before shows speaking, unless its own sentence
mentions someone before it ("X asked the defendant why he lied, and the man said") or the
sentences before introduce someone by its noun ("a nurse asked me"). A sentence opening with a
definite role and its verb ("The new Prime Minister shook hands") opens with the one recent
speaker given that role, for the "he" after it. A role of an office one person holds apart
from any other ("The King said:", "the judge added") is no one the article gives another
office, and, when no one holds it by name, the role itself ("The King"). A family
("his family said") is the one family the article named (families.py); a "he" or "she"
opening a relative clause ("Y, who he said was ...") is not Y, and when the sentence names
one other person before it, that person. Otherwise the speaker stays None.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.analysis.quotes.ages import aged, epithet_age, mentions_of_age
from generator.analysis.quotes.before_pronoun import (
    Floor,
    given_the_floor,
    relative_antecedent,
    up_to_pronoun,
)
from generator.analysis.quotes.clauses import Clause
from generator.analysis.quotes.documents import Document
from generator.analysis.quotes.families import family_named
from generator.analysis.quotes.institutions import (
    institution_meant,
    institution_shorthand,
    kind_noun,
    lower_case_name_meant,
)
from generator.analysis.quotes.kin_of import kin_of_a_name
from generator.analysis.quotes.lines import past_quotation
from generator.analysis.quotes.names import (
    MIXED,
    Names,
    Person,
    Run,
    bare_title,
    contains,
    is_acronym,
    name_key,
    singular,
    words_of,
)
from generator.analysis.quotes.other_referent import another_of_gender
from generator.analysis.quotes.paragraphs import Paragraph
from generator.analysis.quotes.positions import (
    before_subject,
    closes_reported_words,
    continues_as_subject,
    not_modifiers,
    not_places,
    opens_described,
    role_between,
    subordinate,
)
from generator.analysis.quotes.pronoun_fit import PRONOUN_OF, is_group, may_be, only_one
from generator.analysis.quotes.role_shapes import joint_names, reread_role
from generator.analysis.quotes.roles import (
    epithet,
    holders_named,
    holds_another_office,
    normal_role,
    office_of_an_organisation,
    plural,
    role_words,
    roles_named,
    sole_office,
    titled_before_name,
)
from generator.analysis.quotes.subject_orgs import previous_subject
from generator.analysis.quotes.subjects import Subject, is_singular_role
from generator.analysis.quotes.surnames import main_bearer
from generator.analysis.quotes.unnamed_roles import said_before, unnamed_role
from generator.analysis.quotes.vocabulary import (
    DETERMINERS,
    HONORIFICS,
    INDEFINITE,
    ORG_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
)


@dataclass(slots=True)
class Said:
    """A resolved attribution: the speaker (None when unclear) and how it was found."""

    speaker: str | None
    description: str
    how: str
    person: Person | None = None


# Words for a person already in the sentence, whom an epithet after them may stand for.
_PERSON_WORDS = frozenset({"he", "she", "him", "her"})

# How many sentences back a speaker is remembered as another reading of "he" or "she".
_SPEAKERS_REMEMBERED = 4


@dataclass(slots=True)
class Sentence:
    """Who a sentence shows speaking and whom it names, for the pronouns that follow."""

    paragraph: int
    speakers: list[Person | None] = field(default_factory=list)
    named: list[Person | None] = field(default_factory=list)
    # The person the sentence opens with as its subject ("X, who ..., believes", "He was
    # speaking"): the one a "he" after it continues with when it names several.
    subject: Person | None = None
    # The statement the sentence introduced or quoted, alone: whom an "it said" after it is.
    document: Document | None = None
    # Its words, quotes included: someone it introduces ("a nurse asked me") is whom an
    # epithet after it ("the nurse") stands for, not its speaker.
    text: str = ""

    def speaker(self) -> Person | None:
        distinct = {id(person): person for person in self.speakers}
        return next(iter(distinct.values())) if len(distinct) == 1 else None


class Speakers:
    """Who the sentences read so far show speaking and whom they name, and the person a subject
    (a name, a pronoun, a role) stands for."""

    def __init__(self, names: Names) -> None:
        self.names = names
        self.sentences: list[Sentence] = []
        self.roles: dict[str, Person] = {}
        self.families: list[str] = []  # the families named in full as speakers, in order
        self.documents: list[Document] = []  # the statements introduced so far, in order
        self.current: list[Document] = []  # those the sentence being read introduces
        self.quoted: Document | None = None  # the one a clause of that sentence stands for

    def named_earlier(
        self, paragraph: Paragraph, bounds: tuple[int, int], clause: Clause
    ) -> list[Person | None] | None:
        """For a pronoun's clause, the people its sentence names before it, past prepositions
        (None for a name that fits several); for a role's, everyone it mentions before it, a
        "he" or a role noun as None; None for any other clause."""
        if clause.subject is None or clause.subject.kind not in ("pronoun", "role"):
            return None
        before = words_of(paragraph.masked[bounds[0] : clause.start])
        if clause.subject.kind == "role":
            mentioned = self._mentioned(before_subject(before, clause.subject.words))
            # "In response, the mayor wrote": someone other than who spoke before, unnamed.
            return [*mentioned, None] if _RESPONSE.match(" ".join(before)) else mentioned
        if closes_reported_words(before):
            return None  # "X was wrong, he said": the words he reports, not who he is
        before = up_to_pronoun(before, clause.subject.words[0])
        about = relative_antecedent(before)
        runs = self._named_runs(len(self.sentences), len(before))
        named = self._people_named(run for run in runs if run.stop != about)
        if about is not None and len(named) == 1 and named[0] is not None:
            return Floor(named)  # "X mourned Y, who he said was ...": X, whoever spoke before
        # Someone named by a role alone is another the "he" may be: "X met the President in
        # Paris, where he said ...".
        roles = roles_named(before, [word.lower() for word in before]) if named else 0
        if given_the_floor(before) and not roles:
            return Floor(named)
        return named + [None] * roles

    def _mentioned(self, before: list[str]) -> list[Person | None]:
        """The people the words before a role's clause name, and a None for each "he", "she",
        "him", "her" or role noun among them: "X asked the defendant why he lied, and the man
        said" may mean the defendant. Not in an opening phrase set off by a comma, which is
        about the subject itself: "Speaking to X, the secretary said"."""
        start = len(before) - before[::-1].index(",") if "," in before else 0
        lowered = [word.lower() for word in before[start:]]
        others = sum(word in _PERSON_WORDS or word in ROLE_NOUNS for word in lowered)
        index = len(self.sentences)
        named = [run for run in self._named_runs(index, len(before)) if run.start >= start]
        return self._people_named(named) + [None] * others

    def _named_up_to(self, index: int, reach: int) -> list[Person | None]:
        """The people sentence `index` names in its first `reach` words, past prepositions."""
        return self._people_named(self._named_runs(index, reach))

    def _named_runs(self, index: int, reach: int) -> list[Run]:
        """The name runs in sentence `index`'s first `reach` words, past prepositions."""
        words = self.names.sentences[index]
        # Not a name after a preposition: "Asked by Morgan, she replied" is not about Morgan.
        return [
            run
            for run in self.names.runs[index]
            if run.stop <= reach
            and not (run.start and words[run.start - 1].lower() in PREPOSITIONS)
        ]

    def _people_named(self, runs: Iterable[Run]) -> list[Person | None]:
        """The person each run names; None for one that several people fit, or that may be a
        person ("Goldman Sachs"); runs naming no one the article shows to be a person are left
        out."""
        named: list[Person | None] = []
        for run in runs:
            found = self.names.matches(run.name)
            if len(found) == 1 and found[0].evidence:
                named.append(found[0])
            elif len(found) > 1 or (found and len(run.name) > 1):
                named.append(None)
        return named

    def resolve(
        self, subject: Subject, how: str, named_earlier: list[Person | None] | None = None
    ) -> Said:
        """The speaker a subject stands for, or None when it is unclear.

        `named_earlier`: for a pronoun, the people its own sentence names before it. "Jane
        Doe paid tribute, saying she ..." is about Jane Doe when the sentence before names no
        one else; when it does, or when the sentence names two people before "he", he is
        unclear."""
        if subject.kind == "role":
            subject = reread_role(subject.words) or subject
        if subject.kind == "org" and {"and", "&"} & set(subject.words):
            together = joint_names(subject.words)
            if together is not None:
                return Said(together or None, "", how)
        if subject.kind == "name":
            person = (
                self.names.fullest(subject.words)
                or self._titled_before(subject.words)
                or main_bearer(self.names, subject.words, self.sentences)
            )
            if person is None:
                return Said(None, "", how)
            return Said(person.name, subject.description or person.description, how, person)
        if subject.kind == "org":
            named = self._organisation(subject.words)
            holder = self._office_holder(subject.words, named)
            if holder is not None:  # "said the AG": the one Attorney General the article names
                return Said(holder.name, holder.description, f"{how}, role", holder)
            return Said(named, "", how)
        if subject.kind == "people":  # "X, Y and Z": together, as written
            return Said(" ".join(subject.words), "", how)
        if subject.kind == "pronoun":
            gender = "f" if subject.words[0] == "she" else "m"
            person = self._antecedent(gender)
            if named_earlier:  # the sentence's own names first; two readings that differ: unclear
                earlier = only_one(named_earlier, gender)
                if isinstance(named_earlier, Floor):
                    person = earlier  # "When it was X's turn to speak, he said": X
                else:
                    person = earlier if person is None or person is earlier else None
            if person is None:
                return Said(None, "", how)
            return Said(person.name, person.description, f"{how}, pronoun", person)
        if subject.kind == "role":
            return self._role(subject, how, named_earlier)
        if subject.kind == "document":
            return self._document(subject.words, how)
        if subject.kind == "family":  # "his family said": the one family named before
            texts = (record.text for record in self.sentences)
            return Said(family_named(subject, self.families, texts), "", how)
        return Said(None, "", how)

    def statement(self, words: tuple[str, ...]) -> Document | None:
        """The statement "the statement" (or "it") stands for: the one the article introduced
        with that noun, when it introduced one; "a statement", the one its own sentence
        introduces ('"...," said a statement from X'); "it", the one the sentence being read
        or the one before introduced or quoted."""
        if words == ("it",):
            if len(self.current) == 1:
                return self.current[0]
            return self.sentences[-1].document if self.sentences else None
        earlier = self.documents if words[0] == "the" else []
        same = [d for d in earlier + self.current if d.noun == words[-1]]
        return same[0] if len(same) == 1 else None

    def _document(self, words: tuple[str, ...], how: str) -> Said:
        """The author of the statement a text's subject stands for ("the statement said"); no
        person of the article's, so that no "he" after it is read as them."""
        document = self.statement(words)
        if document is None or document.speaker is None:
            return Said(None, "", how)
        self.quoted = document
        return Said(*document.speaker, how)

    def introduce(self, documents: list[Document]) -> None:
        """The statements the sentence about to be read introduces, their authors read."""
        self.current, self.quoted = documents, None
        for document in documents:
            if document.author is not None:
                said = self.resolve(document.author, "")
                if said.speaker is not None:
                    document.speaker = (said.speaker, said.description)

    def written_by(self, clauses: list[Clause], resolved: dict[int, Said]) -> None:
        """The author of a statement the sentence introduces after a speech verb, the verb's
        speaker: "X said in a statement", "X warned in a statement"."""
        for document in self.current:
            if document.speaker is not None or document.in_statement < 0:
                continue
            verbs = [c for c in clauses if c.end <= document.in_statement and c.subject]
            said = resolved.get(id(verbs[-1])) if verbs else None
            if said is not None and said.speaker is not None:
                document.speaker = (said.speaker, said.description)

    def close(self, record: Sentence) -> None:
        """Keep the statements the sentence introduced, and the one it stands for."""
        self.documents += self.current
        record.document = self.current[0] if len(self.current) == 1 else self.quoted
        self.current, self.quoted = [], None

    def _titled_before(self, surname: tuple[str, ...]) -> Person | None:
        """The one person a surname the article gives several people stands for: the one the
        nearest earlier sentence that uses it calls by it with a title that fits them alone
        ("President Trump praised the deal. "...," Trump stated." beside a Melania Trump)."""
        if len(surname) != 1:
            return None
        key = name_key(surname)
        people = self.names.matches(surname)
        start = len(self.sentences)
        for index in range(start - 1, max(-1, start - _TITLED_REACH - 1), -1):
            uses = [run for run in self.names.runs[index] if name_key(run.name) == key]
            if not uses:
                continue
            fitting = {id(p): p for run in uses for p in people if _titled_as(p, run.titles)}
            if len(fitting) != 1 or not all(run.titles for run in uses):
                return None  # used bare, or with a title several fit: unclear
            return next(iter(fitting.values()))
        return None

    def _organisation(self, words: tuple[str, ...]) -> str:
        if words[0].lower() == "the":
            words = words[1:]
        if len(words) == 1 and is_acronym(words[0]):
            return self.names.expand(words[0])
        return " ".join(words)

    def _office_holder(self, words: tuple[str, ...], expanded: str) -> Person | None:
        """The one person named holding the office an acronym after "the" spells out ("the AG"
        for an "Attorney General" the article names); none when it spells no office."""
        if len(words) != 2 or words[0].lower() != "the" or expanded == words[1]:
            return None
        office = expanded.lower().split()
        if singular(office[-1]) not in ROLE_NOUNS:
            return None  # an organisation: "the APC" for "All Progressives Congress"
        holders = self._role_holders(normal_role(" ".join(office)))
        return holders[0] if len(holders) == 1 and not holders[0].role else None

    def _role(
        self, subject: Subject, how: str, mentioned: list[Person | None] | None = None
    ) -> Said:
        lowered = [word.lower() for word in subject.words]
        if lowered[0] not in DETERMINERS and is_singular_role(lowered):
            lowered = ["the", *lowered]  # "Brexit secretary says ...": a headline's "the"
        if lowered[0] in INDEFINITE and self._named_holder(lowered[1:]):
            return Said(None, "", how)  # "A judge has described" after "Judge X": X, or another?
        if lowered[0] in INDEFINITE or lowered[0] not in DETERMINERS:
            return self._role_itself(subject, how)
        if lowered[0] != "the":
            return Said(None, "", how)
        role = normal_role(" ".join(role_words(lowered[1:])))
        if plural(lowered[-1]):
            return Said(None, "", how)  # a group, no one person: "the Hawks" is not their spokesman
        if len(lowered) == 2 and (
            lowered[1].title() in ORG_WORDS
            or kind_noun(lowered)
            or institution_shorthand(self.names.sentences, subject.words)
        ):
            # "the palace said", "the Elysee said": the institution the article means by it;
            # unclear when the sentence before has another speak ("X says ... The bank says").
            sentences, index = self.names.sentences, len(self.sentences)
            noun = subject.words[1].islower()  # not a name's shorthand: "the Elysee"
            named = institution_meant(sentences, index, subject.words)
            speaking = previous_subject(sentences, index) if noun else None
            if speaking is not None and named != speaking:
                return Said(None, "", how)  # it and the one named so: either may be meant
            return Said(named, "", f"{how}, role")
        age = epithet_age(subject.words)
        if age is not None:  # "the 45-year-old said": the one person the article gives 45
            given = aged(self.names.sentences, age)
            people = {id(p): p for n in given for p in self.names.matches(n)}
            # Not when the article gives that age another way too ("a 45-year-old neighbour"):
            # the epithet may be either of them, or anyone else so described.
            if people and mentions_of_age(self.names.sentences, age) > len(given):
                return Said(None, "", how)
            if len(people) == 1:
                person = next(iter(people.values()))
                return Said(person.name, person.description, f"{how}, role", person)
        if kin_of_a_name(subject.words, self.names.sentences, self.names.people):
            return self._role_itself(subject, how)  # "the widow of X said": she, unnamed
        named = lower_case_name_meant(self.names.sentences, len(self.sentences), subject.words)
        if named is not None:  # "the coast guard said": the "US Coast Guard" named before
            return Said(named, "", f"{how}, role")
        person = self._by_role(role) or self._named_before(role)
        # "the Spaniard", "the 24-year-old": the one who spoke just before, like "he"; but a
        # role the article gives several people ("the prime minister" of a story on a prime
        # minister and a former one) is none of them by being named last.
        # Not when its own sentence mentions someone before it: "X asked the defendant why he
        # lied, and the man said" may mean the defendant as well as the one who spoke before.
        if (
            person is None
            and epithet(lowered)
            and not self._role_holders(role)
            and not mentioned
            and not self._introduced(lowered[-1])
        ):
            person = self._speaking_antecedent(lowered[-1])
            if person is not None and person.role and lowered[-1] not in person.name.split():
                # "the deputy replied" after "the dispatcher asked": another role brought in
                read = len(self.sentences)
                person = None if said_before(subject.words, self.names.sentences, read) else person
        if person is not None and holds_another_office(lowered[-1], person.description):
            person = None  # "The King said:" after the Kenyan President spoke: not him
        office = sole_office(lowered[-1]) or office_of_an_organisation(subject.words)
        if person is None and office and not titled_before_name(self.names.sentences, office):
            # The one holder of an office the article names by it alone: "The King" speaks,
            # never someone who spoke before.
            return self._role_itself(subject, how)
        if person is None and not mentioned and self._unnamed(subject):
            # "the neighbour said" of a neighbour the article never names: the role speaks.
            return self._role_itself(subject._replace(description=" ".join(lowered)), how)
        if person is None:
            return Said(None, "", how)
        return Said(person.name, person.description, f"{how}, role", person)

    def _named_holder(self, role_words_: list[str]) -> bool:
        """Whether a person the article names holds the role an indefinite article gives."""
        role = normal_role(" ".join(role_words(role_words_)))
        return bool(role) and any(
            p.evidence and role in normal_role(p.description) for p in self.names.people
        )

    def _unnamed(self, subject: Subject) -> bool:
        sentences = self.names.sentences
        return unnamed_role(subject.words, sentences, len(self.sentences), self.names.people)

    def _role_itself(self, subject: Subject, how: str) -> Said:
        """A role as the speaker, in its own words: "a senior official", "The King"."""
        person = self.roles.setdefault(
            subject.description,
            Person((subject.description,), subject.description, True, role=True),
        )
        return Said(person.name, person.description, how, person)

    def _by_role(self, role: str) -> Person | None:
        """The one person the article gives `role`: the last speaker first, then anyone."""

        def fits(person: Person | None) -> bool:
            return person is not None and role in normal_role(person.description)

        last = next((s for s in reversed(self.sentences[-5:]) if s.speakers), None)
        if last is not None and len({id(p) for p in last.speakers if fits(p)}) == 1:
            return next(p for p in last.speakers if fits(p))
        holders = self._role_holders(role)
        return holders[0] if len(holders) == 1 else None

    def _role_holders(self, role: str) -> list[Person]:
        """The people the article gives `role` (each once, in their fullest name), and the
        unnamed speakers described by it ("a senior official")."""
        people = [p for p in self.names.people if p.evidence and role in normal_role(p.description)]
        people = [
            p
            for p in people
            if not any(
                q is not p and contains(name_key(q.tokens), name_key(p.tokens)) for q in people
            )
        ]
        roles = [p for p in self.roles.values() if normal_role(p.description).endswith(role)]
        return people + roles

    def _named_before(self, role: str) -> Person | None:
        """The one person given `role` among those the nearest earlier sentence that names
        anyone names ("Gorsuch cut in. ... the justice said", though the article has nine
        justices)."""
        fitting = [p for p in self._nearest_named() if role in normal_role(p.description)]
        return fitting[0] if len(fitting) == 1 else None

    def _speaking_antecedent(self, noun: str) -> Person | None:
        """The one person the nearest earlier sentence that names anyone shows speaking, else
        the subject it opens with; none when it names people without showing them speak or
        opening with them ("X beat Y." before "the champion said": either may be the
        champion). `noun`: the epithet's last word."""
        for record in reversed(self.sentences[-2:]):
            if record.speakers or record.named:
                if record.speakers:
                    one = only_one(record.speakers, "")  # one person: not "Officials"
                    return None if one is not None and is_group(one) else one
                # Else the subject it opens with, the others it names in phrases of their
                # own: "X led the charge against Y's budget. The Witney MP said" is X; not
                # one given another role of that noun ("the Deputy Majority Leader" is not
                # "the Minority Leader").
                subject = record.subject
                if subject is None or noun in subject.description.lower().split():
                    return None
                return subject
        return None

    def _introduced(self, noun: str) -> bool:
        """Whether the sentences an epithet may look back to introduce someone by its noun
        ("A nurse asked me ..." before "the nurse said"): the epithet is that one, whom no
        name tells."""
        texts = [record.text.lower() for record in self.sentences[-2:]]
        if not any(noun in text for text in texts):
            return False  # no pattern to make: the noun is in neither sentence
        pattern = re.compile(rf"\b(?:a|an|another|one)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\b")
        return any(pattern.search(text) for text in texts)

    def _antecedent(self, gender: str) -> Person | None:
        """The one possible speaker of the nearest earlier sentence that names anyone, if
        their gender does not rule them out; none when that sentence only names them and
        someone else of their gender spoke just before ("X said ... . Polls favour Y. "...,"
        he said": X or Y)."""
        record = self._nearest_record(gender)
        if record is None:
            return None
        person = only_one(self._candidates(record), gender)
        if person is None and record.subject is not None and may_be(record.subject, gender):
            # "X, who has heard Y, believes ... . He said": the pronoun keeps to the subject
            # of the sentence before, not to the people named inside it.
            person = record.subject
        if person is not None and another_of_gender(record.text, gender):
            return None  # "X, who travelled with him, said ... . He said": X, or "him"?
        if person is None or record.speakers or person is record.subject:
            return person  # the subject the sentence opens with: "X, the mayor, left. He said"
        for earlier in self.sentences[-_SPEAKERS_REMEMBERED:]:
            if any(
                other is not None
                and other is not person
                and not other.role
                and may_be(other, gender)
                and other.spoke_as in ("", MIXED, PRONOUN_OF[gender])
                for other in earlier.speakers
            ):
                return None
        return person

    def _nearest_record(self, gender: str = "") -> Sentence | None:
        """The nearest earlier sentence (two back at most, past a quote's own paragraphs)
        that names anyone of `gender`. "She" passes over a sentence that names only men."""
        for record in reversed(past_quotation(self.sentences)[-2:]):
            candidates = record.speakers or record.named
            if any(person is None or may_be(person, gender) for person in candidates):
                return record
        return None

    @staticmethod
    def _candidates(record: Sentence) -> list[Person]:
        """Whom a sentence shows speaking, else whom it names, each once; none when it names
        someone it could not tell."""
        candidates = record.speakers or record.named
        if any(person is None for person in candidates):
            return []
        return list({id(person): person for person in candidates}.values())

    def _nearest_named(self, gender: str = "") -> list[Person]:
        """Who the nearest earlier sentence (two back at most) that names anyone of `gender`
        shows speaking, else whom it names, each once; none when it names someone it could not
        tell."""
        record = self._nearest_record(gender)
        return self._candidates(record) if record is not None else []

    def named(
        self,
        paragraph: Paragraph,
        bounds: tuple[int, int],
        clauses: list[Clause],
        resolved: dict[int, Said],
    ) -> list[Person | None]:
        """The people a sentence's narrative names, and those its "he" and "she" stand for;
        None for a name or a pronoun that fits several."""
        index = len(self.sentences)
        words = self.names.sentences[index]
        runs = not_places(words, self.names.runs[index], self._a_place)
        named = self._people_named(not_modifiers(words, runs))
        # A "he" the sentence resolved stands for the same person at each of its uses.
        resolved_pronouns = {
            c.subject.words[0]
            for c in clauses
            if c.subject is not None and c.subject.kind == "pronoun" and resolved[id(c)].person
        }
        lowered = " ".join(words).lower().split(" ")
        others = PRONOUNS - resolved_pronouns
        if not others.isdisjoint(lowered):
            named += [
                self._pronoun(index, at, pronoun)
                for at, pronoun in enumerate(lowered)
                if pronoun in others
            ]
        return named + holders_named(words, lowered, self._by_role)

    def _a_place(self, run: Run) -> bool:
        """Whether a name the article never shows to be a person's may be a place."""
        return not run.titles and not any(p.evidence for p in self.names.matches(run.name))

    def subject(self, clauses: list[Clause], resolved: dict[int, Said]) -> Person | None:
        """The person the sentence being read opens with as its subject: a name that starts
        it and is followed by its verb or by an apposition or relative clause ("Obama spoke
        after ...", "X, who ..., believes"), or a "he" or "she" that starts it and stands for
        one person. None otherwise: "X and Y met", "X's aide said", "After X left, ..."."""
        index = len(self.sentences)
        words = self.names.sentences[index]
        runs = self.names.runs[index]
        if not words:
            return None
        opening = words[0].lower() in PRONOUNS
        titled = len(runs) > 1 and role_between(words, runs[0], runs[1])
        if titled:
            runs = runs[1:]  # "Tory leader David Cameron led ...": the name after its role
        if not all(subordinate(words, run, runs) for run in (runs if opening else runs[1:])):
            return None  # "X met Y", "He met Y": Y may be the "he" after it
        if opening:
            for clause in clauses:
                if clause.subject is not None and clause.subject.words[:1] == (words[0].lower(),):
                    return resolved[id(clause)].person
            return self._pronoun(index, 0, words[0].lower())
        if words[0].lower() == "the":  # "The new prime minister shook hands": by the role
            return self._role_opening(words, runs)
        run = runs[0] if runs else None
        if run is None or run.possessive:
            return None
        if not (titled or run.start == 0 or opens_described(words, run)):
            return None
        following = words[run.stop : run.stop + 2]
        if not following or not continues_as_subject(following):
            return None
        named = self._people_named([run])
        return named[0] if len(named) == 1 else None

    def _role_opening(self, words: list[str], runs: list[Run]) -> Person | None:
        """The person a sentence opening with a definite role and its verb stands for ("The
        new Prime Minister shook hands ..."): the one person given that role who spoke in the
        sentences just before, or the one the article gives it (see _by_role); none when the
        sentence goes on to name someone who may be a person in a verb's object place ("waiting
        Labour supporters" names no one)."""
        lowered = [word.lower() for word in words[:_ROLE_OPENING_WORDS]]
        noun = next((i for i, word in enumerate(lowered) if i and word in ROLE_NOUNS), None)
        if noun is None or "," in lowered[:noun] or plural(lowered[noun]):
            return None
        following = words[noun + 1 : noun + 3]
        if not following or following[0] == "," or not continues_as_subject(following):
            return None
        objects = [run for run in runs if run.start > noun and not subordinate(words, run, runs)]
        if self._people_named(objects):
            return None  # "The minister met X": X may be the "he" after it
        modifiers = [word for word in lowered[1:noun] if word in _NEUTRAL_MODIFIERS]
        kept = [word for word in lowered[1 : noun + 1] if word not in modifiers]
        return self._by_role(normal_role(" ".join(kept)))

    def _pronoun(self, index: int, at: int, pronoun: str) -> Person | None:
        """Whom the "he" or "she" at word `at` of sentence `index` stands for, by the rules of a
        speaking one: "Hassan had feared she would break." names Hassan once, so that the
        "she said" after it is Hassan too."""
        earlier = self._named_up_to(index, at)
        return self.resolve(Subject("pronoun", (pronoun,)), "", earlier).person


# How far into a sentence opening with "The" its role noun is looked for: "The new Prime
# Minister"; and the words before it that leave the role as it was ("the new president" is
# the president, "the former president" is not).
_ROLE_OPENING_WORDS = 5
_NEUTRAL_MODIFIERS = frozenset({"new"})

# How many sentences back a surname several people share is looked for with a title.
_TITLED_REACH = 2


# A sentence opening as an answer to what was said before: its speaker is another.
_RESPONSE = re.compile(r"(?:In (?:response|reply)|Responding|Replying|Hitting back)\b")


def _titled_as(person: Person, titles: tuple[str, ...]) -> bool:
    """Whether a person's description holds every title of a mention ("President Trump"),
    honorifics left aside; a mention with no title but an honorific fits no one."""
    offices = [bare_title(t).lower() for t in titles if bare_title(t) not in HONORIFICS]
    described = person.description.lower().split()
    return bool(offices) and all(office in described for office in offices)
