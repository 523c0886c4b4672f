"""Where a subject read back from a verb starts again inside a reduced relative clause.

"The losses came to 5 million euros, a sum the city prosecutor called "unprecedented"": the
words before "called" are a noun ("a sum") and the relative clause that describes it, whose
relative pronoun English leaves out ("[that] the city prosecutor called ..."). The clause's
subject, and so the speaker, is the noun phrase its own article opens: "the city prosecutor".
"""

from __future__ import annotations

from generator.analysis.quotes.vocabulary import CONJUNCTIONS, PREPOSITIONS, word_set

# The words that open a noun phrase of their own; numbers are left out, as they go on the
# phrase before them ("the top two officials", "the first three candidates").
_OPENERS = word_set("""the a an his her its their our my your""")
# Words that may stand right before an article inside one phrase: "of the", "all the", "half
# the", "such a", "and the": no new phrase starts there.
_JOINING = (
    PREPOSITIONS
    | CONJUNCTIONS
    | word_set("""of all both half such what quite rather twice many per via than like""")
)


def restart(words: list[str]) -> int:
    """The index of the article that opens a reduced relative clause's subject in a phrase
    read before a verb ("a sum the city prosecutor": 2); 0 when there is none. The word before
    that article must be a common noun in lower case that nothing joins to it: "the head of
    the committee" and "Jane Doe the actress" stay whole."""
    for index in range(len(words) - 2, 1, -1):
        previous = words[index - 1]
        if (
            words[index].lower() in _OPENERS
            and previous.isalpha()
            and previous.islower()
            and previous not in _JOINING
            and previous not in _OPENERS
        ):
            return index
    return 0
