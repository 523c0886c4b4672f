"""Direct quotations in an article's cleaned text, each with its speaker when the text makes it clear.

Precision comes first: a quote whose speaker is unclear gets `speaker=None`, never a guess.
The modules, each using only those listed before it:

- vocabulary: the word lists the rules consult (speech verbs, titles, role nouns, places);
- abstentions: shapes in which a reading abstains (a title a hard-wrapped line cuts, "charged
  with", a phrase quoted in a relative clause about the speaker, a city and region read as
  a speaker, a colon after a speech verb whose subject was unread);
- marks: quotation marks, and the quoted spans of a paragraph;
- paragraphs: the article's blocks with their spans, their narrative with the quotes masked,
  and its sentences;
- tokens: a narrative's tokens, and what a token is (a name's word, an acronym, a title);
- written_roles: the role an article writes around a name (before it, in apposition after
  it, opening its sentence), kept as the person's description;
- names: the capitalised runs that may name people, the people the article names;
- subject_edges: the words at a subject's edges that are no part of it (openers, adverbs
  before the verb, an aside in brackets closing it);
- coordinated: a subject naming two people joined by "and", or one office whose name holds it;
- reduced_relatives: where a subject read before a verb starts again inside a relative clause
  with no "that" ("a sum the city prosecutor called");
- possessive_orgs: an organisation's name that holds a possessive ("the Governor's Office");
- named_agencies: a news agency named inside its phrase ("the official XNA agency");
- subjects: who the words before or after a speech verb say spoke;
- inverted: who the words after a verb that follows a quote name ('"...," said X');
- families: a family as a speaker ("The family of X said", "his family said");
- quoted_as: whose words "quoted X as saying" gives (X's);
- clauses: the speech verbs of a sentence, each with its subject;
- roles: what a sentence's role words say (people named by role alone, an epithet, a role's
  words for comparing);
- institutions: the institution "the palace" or "the Elysee" stands for;
- positions: where a name stands in a sentence (after a place word, as a subject);
- before_pronoun: the words before a speaking "he" (one given the floor, one told);
- unnamed_roles: a role the article never names ("the neighbour said"), which speaks as itself;
- lines: the lines around a bare quotation that say whose it is (a credit line under it, a
  topic line above it), and the sentences before a quote run over paragraphs;
- ages: a speaker named by their age ("the 45-year-old"), the one person of that age;
- pronoun_fit: whether a "he" or "she" may stand for a person (not a group, nor a place);
- other_referent: a relative clause about a sentence's subject that speaks of another person
  of a pronoun's gender ("X, who travelled with him, said"), so that a "he" after it is unclear;
- kin_of: a relative named only by their tie to a named person ("the widow of X said");
- speakers: the person a subject stands for (a name, a pronoun, a role);
- others: the words between a speech verb and a quote that say it is someone else's;
- mentions: quoted words that name or mention something (a title, a term) rather than say it;
- participle_tail: the comma before a closing speech clause that ", adding that ..." follows;
- own_subject: whether the words after a quote give it a subject and verb of its own
  ('"...," villagers chanted'), so that an "according to" names its reporter, not its speaker;
- closing: a clause closing its sentence that names the speaker of a phrase quoted before it
  ('..., Price told reporters.', '..., officials said.');
- colon_lead: the speaker a paragraph ending with a colon gives the quotation under it ("X
  had this to say:");
- cuts: whether a bare quotation's attribution may still come after it;
- platforms: who "took to X" in a sentence with no speech verb;
- attribution: where a quote's speaker is looked for, in which order (HOW);
- descriptions: a speaker's description tidied, and the fullest of several;
- lead_speaker: the one person a lead shows giving their words, for the bare paragraphs
  under it, and the interviewee a standfirst names, for the answers under "Q:" lines;
- article: `quotes()`, reading the sentences in order into Quote records;
- listing: `listed()`, the quotes a listing shows (none the text's end cuts off, none another
  quote of the same speaker holds, no short phrase the next quote of its speaker goes on
  from after "that").
"""

from generator.analysis.quotes.article import quotes
from generator.analysis.quotes.attribution import HOW
from generator.analysis.quotes.listing import listed
from generator.analysis.quotes.paragraphs import quoted_spans
from generator.models import Quote

__all__ = ["HOW", "Quote", "listed", "quoted_spans", "quotes"]
