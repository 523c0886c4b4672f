"""A deterministic benchmark corpus: N scraped-looking news articles about a few events.

Each article is about 600 words of story with YAML front matter and the web boilerplate a
scrape carries (navigation, newsletter prompts, share widgets, bylines, related-article blocks,
copyright footers), and quotations as news quotes people: '"...," X said.', 'X said: "..."', a
pronoun speaker after a named one, a quote running on into the next paragraph and a phrase
quoted inside a sentence, so that the quotation reader pays what real text costs it. Article
i depends only on the seed and i, so the first 1,000 articles of a
10,000-article corpus are the 1,000-article corpus. No network, no randomness beyond the seed.

    python benchmarks/corpus.py OUT_DIR --articles 1000 [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

WORDS_PER_ARTICLE = 600


@dataclass(frozen=True)
class _Event:
    id: str
    title: str
    date: datetime.date
    terms: tuple[str, ...]
    people: tuple[str, ...]
    places: tuple[str, ...]
    subjects: tuple[str, ...]


_EVENTS = (
    _Event(
        "flood-warning",
        "River Amber floods the lower valley",
        datetime.date(2026, 2, 3),
        ("flood", "flooding", "river levels", "evacuation", "sandbags"),
        ("Mayor Ines Calloway", "Hydrologist Pavel Drozd", "Fire Chief Amara Okafor"),
        ("Lower Valley", "Amber Bridge", "Port Halden", "Millbrook"),
        ("flood defences", "evacuation centres", "river gauges", "emergency funding"),
    ),
    _Event(
        "trade-summit",
        "Northern trade summit in Castelo",
        datetime.date(2026, 2, 10),
        ("summit", "trade deal", "tariffs", "customs union", "joint statement"),
        ("Prime Minister Lena Vaart", "President Tomas Ribeiro", "Minister Hana Sato"),
        ("Castelo", "Northern Federation", "Port Halden", "Great Hall"),
        ("steel tariffs", "customs checks", "grain exports", "shipping lanes"),
    ),
    _Event(
        "rail-strike",
        "National rail strike",
        datetime.date(2026, 2, 17),
        ("strike", "walkout", "rail union", "picket", "timetable"),
        ("Union Leader Marta Kowal", "Transport Secretary Idris Bello", "Dr. Felix Arden"),
        ("Central Station", "Eastgate", "Millbrook", "Northern Line"),
        ("pay offer", "night trains", "safety rules", "commuter fares"),
    ),
    _Event(
        "election-debate",
        "Televised leaders' debate",
        datetime.date(2026, 2, 24),
        ("debate", "televised", "polling", "moderator", "candidates"),
        ("Senator Grace Holm", "Governor Victor Lune", "Moderator Aisha Rahman"),
        ("Broadcast House", "Riverside", "Capitol Square", "Eastgate"),
        ("housing costs", "health waiting lists", "energy bills", "school funding"),
    ),
    _Event(
        "satellite-launch",
        "Weather satellite launch",
        datetime.date(2026, 3, 3),
        ("launch", "satellite", "orbit", "rocket", "countdown"),
        ("Mission Director Sofia Brandt", "Engineer Kenji Mori", "Minister Hana Sato"),
        ("Cape Lorne", "Mission Control", "Riverside", "Northern Federation"),
        ("storm forecasts", "solar panels", "ground stations", "launch window"),
    ),
    _Event(
        "museum-reopening",
        "The National Museum reopens",
        datetime.date(2026, 3, 10),
        ("reopening", "museum", "exhibition", "restoration", "curator"),
        ("Curator Lucia Ferro", "Architect Owen Blake", "Mayor Ines Calloway"),
        ("National Museum", "Capitol Square", "Old Town", "Castelo"),
        ("restored galleries", "ticket prices", "bronze collection", "visitor numbers"),
    ),
)
_OUTLETS = (
    ("The Daily Ledger", "dailyledger.example"),
    ("Valley Courier", "valleycourier.example"),
    ("Northern Times", "northerntimes.example"),
    ("World Info Wire", "worldinfowire.example"),
    ("Metro Bulletin", "metrobulletin.example"),
    ("The Evening Post", "eveningpost.example"),
    ("Capital Report", "capitalreport.example"),
    ("Harbour Herald", "harbourherald.example"),
)
_VERBS = ("said", "told reporters", "argued", "warned", "insisted", "added", "noted")
_OPINIONS = (
    "the plan would take months to deliver",
    "the decision had been rushed",
    "families deserved clearer answers",
    "the figures were better than expected",
    "more money would be needed next year",
    "local councils had not been consulted",
    "the risks had been understated",
    "talks would continue over the weekend",
    "the government had acted too slowly",
    "the agreement marked a turning point",
)
_NOUNS = (
    "residents",
    "officials",
    "analysts",
    "businesses",
    "volunteers",
    "engineers",
    "shop owners",
    "farmers",
    "teachers",
    "economists",
    "critics",
    "supporters",
)
_ACTIONS = (
    "gathered near {place} on {day} as {subject} dominated the discussion",
    "questioned whether {subject} could be delivered on time",
    "called for an independent review of {subject}",
    "welcomed the announcement on {subject} but asked for details",
    "pointed to a {number} percent rise in costs since last spring",
    "said {subject} had already changed daily life in {place}",
    "described the mood in {place} as tense but hopeful",
    "expect a decision on {subject} within {small} weeks",
)
_FACTS = (
    "About {big} people live within {small} kilometres of {place}.",
    "Spending on {subject} has grown by {number} percent over {small} years.",
    "The last comparable episode, in {year}, cost an estimated {big} million.",
    "A survey of {big} households found that {number} percent were worried about {subject}.",
    "Officials in {place} published a {small}-page report on {subject} on {day}.",
    "The {subject} programme employs roughly {big} staff across the region.",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_BOILERPLATE_TOP = (
    ("Menu", "Home | News | World | Business | Sport", "Search"),
    (
        "Subscribe to our newsletter",
        "Sign up for our morning briefing",
        "Already a subscriber? Log in",
    ),
    ("Advertisement", "ADVERTISEMENT", "Sponsored content"),
    ("Share on Facebook", "Share on X", "Copy link", "Follow us"),
)
_BOILERPLATE_BOTTOM = (
    ("Related Articles",),
    ("Read more",),
    ("Comments",),
)
_FOOTERS = (
    "© 2026 {outlet}. All rights reserved.",
    "Copyright 2026 {outlet}. All rights reserved.",
    "Terms of Use | Privacy Policy | Cookie Settings",
    "We use cookies to improve your experience. Accept all cookies",
)


def briefing_toml() -> str:
    """The corpus's briefing.toml: its events with their cue terms."""
    lines = [
        'title = "Benchmark briefing"',
        'description = "A generated corpus for benchmarks."',
        "",
    ]
    for event in _EVENTS:
        terms = ", ".join(f'"{term}"' for term in event.terms)
        lines += [
            "[[events]]",
            f'id = "{event.id}"',
            f'title = "{event.title}"',
            f"date = {event.date.isoformat()}",
            f"terms = [{terms}]",
            "",
        ]
    return "\n".join(lines)


def article(seed: int, index: int) -> tuple[str, str]:
    """The file name and text of article `index`; the same seed and index give the same article."""
    rng = random.Random(f"{seed}-{index}")
    event = rng.choice(_EVENTS)
    outlet, host = rng.choice(_OUTLETS)
    person = rng.choice(event.people)
    subject = rng.choice(event.subjects)
    place = rng.choice(event.places)
    title = rng.choice(
        (
            f"{person.split()[-1]} defends {subject} as {place} waits",
            f"{subject.capitalize()} in focus after {event.terms[0]} in {place}",
            f"What the {event.terms[0]} means for {place}",
            f"{person} under pressure over {subject}",
        )
    )
    published = event.date + datetime.timedelta(days=rng.randint(-2, 4))
    slug = f"{index:05d}-{event.id}"
    front = [
        "---",
        f'title: "{title} ({index})"',
        f'url: "https://www.{host}/news/{slug}"',
        f'outlet: "{outlet}"',
    ]
    front.append(
        f"published: {published.isoformat()}"
        if rng.random() < 0.9
        else 'published_note: "Undated page."'
    )
    front.append("---")

    lines = [line for group in _BOILERPLATE_TOP if rng.random() < 0.8 for line in group]
    lines += [f"{title} ({index})", f"By {rng.choice(_NAMES)}", f"{rng.randint(2, 9)} min read", ""]
    # The quotations come from a generator of their own, so the story around them is the
    # one the corpus had before they were added (the other figures stay comparable).
    quoting = random.Random(f"{seed}-{index}-quotes")
    lines += _with_quotations(_story(rng, event, person, subject, place), quoting, event, place)
    for group in _BOILERPLATE_BOTTOM:
        if rng.random() < 0.6:
            lines += [group[0], ""]
            lines += [f"{rng.choice(_OUTLETS)[0]}: {rng.choice(_OPINIONS).capitalize()}", ""]
    lines += [rng.choice(_FOOTERS).format(outlet=outlet)]
    body = "\n\n".join(line for line in lines if line) + "\n"
    return f"{slug}.md", "\n".join(front) + "\n" + body


_NAMES = ("Maria Lopez", "James Carter", "Yuki Tanaka", "Omar Haddad", "Elena Petrova", "Sam Reed")
# Local voices and places vary from article to article, as they do in real coverage, so a
# large briefing has thousands of distinct keywords and keyword pages.
_FIRST = [
    "Anna",
    "Ben",
    "Carla",
    "Dev",
    "Emil",
    "Farah",
    "Gita",
    "Hugo",
    "Ilse",
    "Jonas",
    "Kira",
    "Leo",
    "Mina",
    "Nils",
    "Olga",
    "Pia",
    "Quinn",
    "Rosa",
    "Sven",
    "Tara",
    "Uma",
    "Vera",
    "Wim",
    "Xena",
    "Yara",
    "Zane",
    "Alba",
    "Bruno",
    "Chloe",
    "Dario",
    "Eva",
    "Finn",
    "Greta",
    "Hans",
    "Iris",
    "Joel",
]
_LAST = [
    "Aalto",
    "Berg",
    "Costa",
    "Dahl",
    "Eklund",
    "Fischer",
    "Gray",
    "Holt",
    "Ivanov",
    "Jansen",
    "Keller",
    "Lind",
    "Moreau",
    "Novak",
    "Ortiz",
    "Park",
    "Quist",
    "Rossi",
    "Silva",
    "Thorne",
    "Ueda",
    "Varga",
    "Weber",
    "Young",
    "Zeller",
    "Abbott",
    "Brandt",
    "Cruz",
    "Dietz",
]
_TOWN_START = [
    "Ash",
    "Bel",
    "Cold",
    "Dun",
    "Elm",
    "Fair",
    "Glen",
    "High",
    "Iron",
    "King",
    "Long",
    "Mill",
    "New",
    "Oak",
    "Red",
    "Stone",
]
_TOWN_END = ["brook", "ford", "ham", "haven", "mouth", "port", "stead", "ton", "wick", "worth"]
_ROLES = (
    "a shopkeeper",
    "a nurse",
    "a retired teacher",
    "a councillor",
    "a student",
    "an economist",
)
_ADJECTIVES = [
    "regional",
    "rural",
    "coastal",
    "urban",
    "temporary",
    "national",
    "emergency",
    "public",
    "private",
    "local",
]
_THINGS = [
    "housing",
    "budgets",
    "transport",
    "schools",
    "clinics",
    "water",
    "supplies",
    "roads",
    "markets",
    "harbours",
    "wages",
]


def _story(rng: random.Random, event: _Event, person: str, subject: str, place: str) -> list[str]:
    """About WORDS_PER_ARTICLE words of paragraphs, with a subheading or two."""
    paragraphs: list[str] = []
    words = 0
    while words < WORDS_PER_ARTICLE:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            sentences.append(_sentence(rng, event, person, subject, place))
        paragraph = " ".join(sentences)
        words += len(paragraph.split())
        paragraphs.append(paragraph)
        if rng.random() < 0.12:
            paragraphs.append(
                f"## {rng.choice(event.subjects).capitalize()} and {rng.choice(event.places)}"
            )
        if rng.random() < 0.1:
            paragraphs.append("Advertisement")
    return paragraphs


# Paragraphs of quotations an article carries: real coverage quotes a few people, several
# times each (the labelled eval texts hold about six quotes an article).
_QUOTE_PARAGRAPHS = (2, 6)
_QUOTE_VERBS = ("said", "added", "told reporters", "warned", "insisted")
_PRONOUNS = ("he", "she")
_PHRASES = (
    "a turning point",
    "deeply worrying",
    "not good enough",
    "a step in the right direction",
    "long overdue",
    "simply unacceptable",
)


def _with_quotations(
    paragraphs: list[str], rng: random.Random, event: _Event, place: str
) -> list[str]:
    """The story with paragraphs of quotations put in after its lead, in the shapes news
    writes them, each speaker named in full first and by surname or pronoun after."""
    count = rng.randint(*_QUOTE_PARAGRAPHS)
    while count > 0:
        quotation = _quotation(rng, event, place)  # its paragraphs together: one runs on
        at = rng.randint(1, len(paragraphs))
        paragraphs[at:at] = quotation
        count -= len(quotation)
    return paragraphs


def _quotation(rng: random.Random, event: _Event, place: str) -> list[str]:
    """One or two paragraphs quoting one speaker."""
    speaker = rng.choice(event.people)
    surname = speaker.split()[-1]
    subject = rng.choice(event.subjects)
    first, second, third = (_quoted_sentence(rng, event) for _ in range(3))
    verb = rng.choice(_QUOTE_VERBS)
    shape = rng.randrange(6)
    if shape == 0:  # '"...," X said. "..."' then a pronoun: '"...," she said.'
        return [
            f'"{first}," {speaker} {verb}. "{second}."',
            f'"{third}," {rng.choice(_PRONOUNS)} said.',
        ]
    if shape == 1:  # 'X said: "..."'
        return [f'{speaker} said on {rng.choice(_DAYS)}: "{first}. {second}."']
    if shape == 2:  # a quote running on into the next paragraph
        return [f'"{first}. {second}.', f'"{third}," {surname} {verb}.']
    if shape == 3:  # a phrase quoted inside a sentence
        phrase = rng.choice(_PHRASES)
        return [f'{speaker} called the {subject} "{phrase}" and said talks would go on.']
    if shape == 4:  # '"...," said a local voice, with an appositive'
        local = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        return [f'"{first}," said {local}, {rng.choice(_ROLES)} from {place}.']
    return [f'"{first}," {surname} {verb}, adding that {rng.choice(_OPINIONS)}.']


def _quoted_sentence(rng: random.Random, event: _Event) -> str:
    opinion = rng.choice(_OPINIONS)
    return f"{opinion[0].upper()}{opinion[1:]} and {rng.choice(event.subjects)} cannot wait"


def _sentence(rng: random.Random, event: _Event, person: str, subject: str, place: str) -> str:
    values = {
        "place": rng.choice(event.places + (place,)),
        "subject": rng.choice(event.subjects + (subject,)),
        "day": rng.choice(_DAYS),
        "number": rng.randint(2, 60),
        "small": rng.randint(2, 12),
        "big": rng.randint(120, 9000),
        "year": rng.randint(1990, 2024),
    }
    kind = rng.random()
    if kind < 0.15:
        local = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        town = rng.choice(_TOWN_START) + rng.choice(_TOWN_END)
        thing = f"{rng.choice(_ADJECTIVES)} {rng.choice(_THINGS)}"
        return (
            f"{local}, {rng.choice(_ROLES)} from {town}, {rng.choice(_VERBS)} that "
            f"{thing} in {town} {rng.choice(('were under strain', 'had improved', 'mattered more than ever'))}."
        )
    if kind < 0.4:
        speaker = rng.choice(event.people + (person,))
        return f"{speaker} {rng.choice(_VERBS)} that {rng.choice(_OPINIONS)} and that {rng.choice(event.terms)} talks were continuing."
    if kind < 0.7:
        return f"{rng.choice(_NOUNS).capitalize()} {rng.choice(_ACTIONS).format(**values)}."
    return rng.choice(_FACTS).format(**values)


def write_corpus(folder: Path, articles: int, seed: int = 7) -> Path:
    """Write a content folder (briefing.toml + articles/) with `articles` articles; returns it."""
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "articles").mkdir(parents=True)
    (folder / "briefing.toml").write_text(briefing_toml(), encoding="utf-8")
    for index in range(articles):
        name, text = article(seed, index)
        (folder / "articles" / name).write_text(text, encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description="Write a deterministic benchmark corpus.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write_corpus(args.folder, args.articles, args.seed)


if __name__ == "__main__":
    main()
