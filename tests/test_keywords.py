"""Keywords: five to ten distinct, non-overlapping phrases per article, one spelling each."""

from __future__ import annotations

import pickle
from itertools import combinations
from pathlib import Path

import pytest

from generator.analysis import keyword_prose, keywords, yake_ranks
from generator.analysis.keyword_names import briefing_topics, canonical_key, unify_spellings
from generator.analysis.keywords import extract_keywords
from tests.conftest import HASH_SEEDS, fixed_ranking, run_python, seed_files, seed_text

FIXTURES = Path(__file__).parent / "fixtures" / "keywords"
STORY_FILES = sorted(FIXTURES.glob("*.md"))
SEED_FILES = seed_files()

BOILERPLATE = {
    "advertisement", "click", "comment", "comments", "copyright", "cookie", "email", "getty",
    "image", "images", "newsletter", "photo", "share", "subscribe",
}  # fmt: skip
FUNCTION_WORDS = {
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "said", "says",
    "that", "the", "to", "with",
}  # fmt: skip


def read_story(path: Path) -> tuple[str, str]:
    """A fixture story: the title on the first line, a blank line, then the cleaned Markdown."""
    title, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    return title, body


def read_article(path: Path) -> tuple[str, str]:
    """A fixture story, or a raw seed (no separate title) as a rough stand-in for cleaned text."""
    return read_story(path) if path.suffix == ".md" else ("", seed_text(path.name))


def overlapping_pairs(found: tuple[str, ...]) -> list[tuple[str, str]]:
    """Pairs breaking the rule: one keyword's words all inside the other's, or two words shared."""
    pairs = []
    for first, second in combinations(found, 2):
        a, b = set(canonical_key(first).split()), set(canonical_key(second).split())
        if a <= b or b <= a or len(a & b) >= 2:
            pairs.append((first, second))
    return pairs


ARTICLES = [pytest.param(path, id=path.stem) for path in STORY_FILES] + [
    pytest.param(path, id=f"seed-{path.stem[:3]}") for path in SEED_FILES
]


def test_fixture_stories_are_present() -> None:
    assert len(STORY_FILES) >= 4


@pytest.mark.parametrize("path", ARTICLES)
def test_an_article_gets_five_to_ten_keywords(path: Path) -> None:
    assert 5 <= len(extract_keywords(*read_article(path))) <= 10


@pytest.mark.parametrize("path", ARTICLES)
def test_no_two_keywords_overlap(path: Path) -> None:
    found = extract_keywords(*read_article(path))
    assert overlapping_pairs(found) == []
    assert len({canonical_key(keyword) for keyword in found}) == len(found)


def test_the_overlap_check_catches_what_raw_yake_proposes() -> None:
    raw = ("Lee Jae Myung", "Jae Myung Visits", "President Lee Jae", "Lee Jae-myung", "China")
    assert overlapping_pairs(raw) == [
        ("Lee Jae Myung", "Jae Myung Visits"),
        ("Lee Jae Myung", "President Lee Jae"),
        ("Lee Jae Myung", "Lee Jae-myung"),
        ("Jae Myung Visits", "Lee Jae-myung"),
        ("President Lee Jae", "Lee Jae-myung"),
    ]
    assert overlapping_pairs(("President Lee", "Lee Jae Myung", "South Korea")) == []


@pytest.mark.parametrize("path", ARTICLES)
def test_keywords_are_phrases_the_body_uses(path: Path) -> None:
    # So nothing forms across the headline and the body ("Tensions South Korea").
    title, body = read_article(path)
    flat_body = " ".join(body.split())
    for keyword in extract_keywords(title, body):
        assert keyword in flat_body


@pytest.mark.parametrize("path", ARTICLES)
def test_keywords_are_not_boilerplate_numbers_or_function_words(path: Path) -> None:
    for keyword in extract_keywords(*read_article(path)):
        words = canonical_key(keyword).split()
        assert not BOILERPLATE.intersection(words), keyword
        assert words[0] not in FUNCTION_WORDS and words[-1] not in FUNCTION_WORDS, keyword
        assert any(char.isalpha() for char in keyword) and len(keyword) > 1, keyword


def test_web_furniture_left_in_by_the_cleaner_is_not_a_keyword() -> None:
    # Without the stop list YAKE ranks "Getty Images" first in this story.
    found = extract_keywords(*read_story(FIXTURES / "boilerplate_left_in.md"))
    assert found
    for keyword in found:
        assert not BOILERPLATE.intersection(canonical_key(keyword).split()), keyword
        assert "rights reserved" not in canonical_key(keyword)


def test_an_adverb_and_a_time_zone_are_no_keywords() -> None:
    text = (
        "The probe successfully entered lunar orbit at 7 pm IST on Saturday, the agency said. "
        "The probe will descend to a slightly lower orbit next week, the agency said. "
        "Engineers said the probe landed successfully in orbit and the probe is healthy."
    )

    def ranked(_: str, top: int) -> list[str]:  # as YAKE ranked this story
        ranked = ["successfully", "slightly lower", "landed successfully", "IST", "lunar orbit"]
        return [*ranked, "probe", "agency"][:top]

    found = extract_keywords("Probe enters lunar orbit", text, rank=ranked)
    assert "lunar orbit" in found
    assert not {"successfully", "slightly lower", "landed successfully", "IST"} & set(found)


def test_a_name_and_its_verb_or_a_quotation_mark_are_no_part_of_a_keyword() -> None:
    text = (
        "The Vikram lander continues its descent, the agency said. Vikram continues to send "
        "data. The prime minister hailed the \u2018Amrit Kaal\u2019 of the nation, and the "
        "\u2018Amrit Kaal\u2019 became the phrase of the day."
    )

    def ranked(_: str, top: int) -> list[str]:  # as YAKE ranked this story
        return ["Vikram continues", "Amrit Kaal\u2019", "Vikram lander", "agency", "nation"][:top]

    found = extract_keywords("Lander continues its descent", text, rank=ranked)
    assert "Amrit Kaal" in found and "Vikram lander" in found
    assert "Vikram continues" not in found and "Amrit Kaal\u2019" not in found


def test_no_piece_of_a_name_with_particles_or_a_number_is_a_keyword() -> None:
    text = (
        "Ursula von der Leyen met Emmanuel Macron in Paris. Von der Leyen said the storm, a "
        "Category 5 hurricane when it formed, had weakened to Category 3 near Rio de Janeiro."
    )

    def ranked(_: str, top: int) -> list[str]:  # as YAKE ranks such a story
        return ["Leyen", "von der", "Ursula", "Category", "Janeiro", "Emmanuel Macron", "Paris"]

    found = extract_keywords("Leaders meet in Paris", text, rank=ranked)
    assert "Emmanuel Macron" in found and "Paris" in found
    assert not {"Leyen", "von der", "Ursula", "Category", "Janeiro"} & set(found)


def test_the_limit_caps_the_count() -> None:
    title, body = read_story(FIXTURES / "tech_earnings.md")
    assert len(extract_keywords(title, body, limit=3)) == 3
    assert 5 <= len(extract_keywords(title, body, limit=7)) <= 7
    assert extract_keywords(title, body, limit=0) == ()


def test_a_larger_candidate_list_is_tried_when_too_few_survive(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    title, body = read_story(FIXTURES / "boilerplate_left_in.md")
    monkeypatch.setattr(keywords, "YAKE_TOPS", (6,))
    assert len(extract_keywords(title, body)) < 5  # six candidates, several of them boilerplate
    monkeypatch.setattr(keywords, "YAKE_TOPS", (6, 200))
    assert len(extract_keywords(title, body)) >= 5


def test_empty_article_has_no_keywords() -> None:
    assert extract_keywords("", "") == ()
    assert extract_keywords("", "\n\n## \n\n") == ()


def test_a_phrase_lowercase_mid_sentence_stays_lowercase() -> None:
    title = "Carbon Tax Plan Splits Parliament"
    body = (
        "Carbon tax supporters rallied outside parliament on Monday as lawmakers began debating "
        "the government's plan.\n\n"
        "The finance minister, Eva Lindqvist, said the carbon tax would raise 4 billion kronor "
        "a year and that every krona would be returned to households.\n\n"
        "Opponents say a carbon tax hurts rural drivers. The Centre Party wants the carbon tax "
        "delayed until 2028, while the Greens want it doubled.\n\n"
        "Lindqvist said the vote would take place in March. Parliament has rejected a carbon tax "
        "twice before."
    )
    found = extract_keywords(title, body)
    by_key = {canonical_key(keyword): keyword for keyword in found}
    assert by_key.get("carbon tax") == "carbon tax"
    assert by_key.get("eva lindqvist") == "Eva Lindqvist"


def test_spelling_variants_in_one_article_give_one_keyword_in_the_commoner_spelling() -> None:
    # YAKE proposes "Jean Luc Moreau" and "Jean-Luc Moreau" as two candidates.
    title = "Moreau Named Finance Minister"
    body = (
        "President Claire Dubois named Jean-Luc Moreau finance minister on Friday. "
        "Jean-Luc Moreau, a former central banker, replaces Paul Girard.\n\n"
        "Some outlets spelled the name Jean Luc Moreau. He said the budget deficit "
        "would fall below 3% by 2027, a target Jean-Luc Moreau called realistic.\n\n"
        "Girard resigned after the budget deficit reached 5.8% last year. "
        "Jean Luc Moreau starts on Monday."
    )
    found = extract_keywords(title, body)
    assert [k for k in found if canonical_key(k) == "jean luc moreau"] == ["Jean-Luc Moreau"]


def test_keywords_do_not_depend_on_hash_randomisation() -> None:
    """Every article's keywords, from fresh interpreters whose sets of strings iterate in other
    orders, are the ones this process finds."""
    articles = [read_article(path) for path in STORY_FILES + SEED_FILES]
    script = """
        import pickle, sys
        from generator.analysis.keywords import extract_keywords
        for title, body in pickle.load(sys.stdin.buffer):
            print(repr(extract_keywords(title, body)))
        """
    stdin = pickle.dumps(articles)
    outputs = {run_python(script, hash_seed=seed, stdin=stdin) for seed in HASH_SEEDS}
    assert outputs == {"".join(f"{extract_keywords(*a)!r}\n" for a in articles)}


def test_importing_the_module_does_not_import_yake() -> None:
    run_python("import sys, generator.analysis.keywords; assert 'yake' not in sys.modules")


@pytest.mark.parametrize(
    ("keyword", "key"),
    [
        ("Lee Jae-myung", "lee jae myung"),
        ("Lee Jae Myung", "lee jae myung"),
        ("LEE JAE-MYUNG", "lee jae myung"),
        ("Lee  Jae\u2013myung", "lee jae myung"),  # en dash, doubled space
        ("Korea\u2014China  ties", "korea china ties"),  # em dash
        ("Xi\u2019s visit", "xi visit"),  # curly apostrophe, possessive
        ("Xi's visit", "xi visit"),
        ("O\u2019Brien", "o'brien"),  # an apostrophe that is not a possessive stays
        ("Straße", "strasse"),  # casefold, not lower
        ("  U.S. Senate ", "u.s. senate"),
    ],
)
def test_canonical_key(keyword: str, key: str) -> None:
    assert canonical_key(keyword) == key


def test_unify_picks_the_spelling_the_texts_use_most() -> None:
    texts = [
        "Lee Jae-myung met Xi. Lee Jae-myung smiled.",
        "Lee Jae Myung arrived in Beijing. Later, Lee Jae-myung spoke.",
    ]
    lists = [("Lee Jae-myung", "Xi"), ("Lee Jae Myung", "Beijing")]
    assert unify_spellings(lists, texts) == [("Lee Jae-myung", "Xi"), ("Lee Jae-myung", "Beijing")]


def test_unify_counts_case_sensitively_and_breaks_ties_alphabetically() -> None:
    texts = ["The Carbon Tax passed.", "A carbon tax, then another carbon tax."]
    assert unify_spellings([("Carbon Tax",), ("carbon tax",)], texts) == [
        ("carbon tax",),
        ("carbon tax",),
    ]
    assert unify_spellings([("carbon tax",), ("Carbon Tax",)], ["Carbon Tax or carbon tax"]) == [
        ("Carbon Tax",),
        ("Carbon Tax",),
    ]
    tied = ["Lee Jae Myung spoke.", "Lee Jae-myung spoke."]
    assert unify_spellings([("Lee Jae-myung",), ("Lee Jae Myung",)], tied) == [
        ("Lee Jae Myung",),
        ("Lee Jae Myung",),
    ]


def test_a_surname_keyword_takes_the_one_full_name_of_the_briefing() -> None:
    lists = [("Modi", "Moon"), ("Narendra Modi", "ISRO"), ("Trump",), ("Donald Trump",)]
    lists += [("Melania Trump",), ("Paris",), ("Greater Paris",)]
    unified = unify_spellings(lists, [""] * len(lists))
    assert unified[0] == ("Narendra Modi", "Moon")
    assert unified[2] == ("Trump",)  # two full names end in it: left as written
    assert unified[5] == ("Paris",)  # a place is no one's surname


def test_a_name_spelled_with_and_without_accents_is_one_keyword_with_its_full_name() -> None:
    lists = [("Vučić", "Orban"), ("Vucic", "Orbán"), ("Aleksandar Vucic", "Đurić"), ("Duric",)]
    texts = ["Vučić met Orban. Vučić spoke.", "Vucic met Orbán.", "Aleksandar Vucic", "Đurić"]
    unified = unify_spellings(lists, texts)
    assert unified[:2] == [("Aleksandar Vucic", "Orban"), ("Aleksandar Vucic", "Orban")]
    assert unified[2][1] == unified[3][0] == "Đurić"


def test_unify_keeps_order_and_drops_repeats() -> None:
    lists = [("Seoul", "Lee Jae Myung", "Beijing", "Lee Jae-myung")]
    texts = ["Lee Jae-myung left Seoul for Beijing; Lee Jae-myung returned."]
    assert unify_spellings(lists, texts) == [("Seoul", "Lee Jae-myung", "Beijing")]
    assert unify_spellings([], []) == []


def test_unify_across_two_extracted_articles_leaves_one_spelling_per_keyword() -> None:
    first = (
        "Lee Jae-myung Heads to Beijing",
        "South Korean President Lee Jae-myung left Seoul for Beijing on Sunday. "
        "Lee Jae-myung will meet Xi Jinping on Monday.\n\n"
        "Officials said Lee Jae-myung hopes to expand trade with China.",
    )
    second = (
        "Lee Jae Myung Meets Xi",
        "Xi Jinping welcomed Lee Jae Myung at the Great Hall of the People. "
        "The two leaders discussed trade, tourism and North Korea.\n\n"
        "Analysts said the summit marked a thaw after years of strained ties.",
    )
    lists = [extract_keywords(*first), extract_keywords(*second)]
    unified = unify_spellings(lists, [first[1], second[1]])
    spellings: dict[str, set[str]] = {}
    for found in unified:
        for keyword in found:
            spellings.setdefault(canonical_key(keyword), set()).add(keyword)
    assert all(len(forms) == 1 for forms in spellings.values()), spellings
    assert spellings.get("lee jae myung") == {"Lee Jae-myung"}  # three uses against one


NAME_STORY = """\
Prime Minister Ana Duarte opened the new Lisbon metro line on Friday, calling it the start of a decade of rail investment.

Duarte argued that the line would take forty thousand cars off the road each day. Critics said the project ran two years late and far over budget.

## Costs questioned

Minister Duarte said the overruns came from flooded tunnels under the old port. Engineers from the metro company confirmed the tunnel flooding in a report to parliament.

Passengers crowded the first trains, and the metro company said ridership on the line would be measured weekly. Prime Minister Ana Duarte rode the first train to the airport.
"""


def test_a_title_with_part_of_a_kept_name_is_the_same_keyword() -> None:
    found = extract_keywords("Duarte opens Lisbon metro line", NAME_STORY)
    duarte = [k for k in found if "duarte" in canonical_key(k)]
    assert len(duarte) == 1, found


def test_a_name_followed_by_its_verb_or_a_bare_title_is_not_a_keyword() -> None:
    found = {
        canonical_key(k) for k in extract_keywords("Duarte opens Lisbon metro line", NAME_STORY)
    }
    assert not found & {"duarte argued", "minister duarte said", "minister", "prime minister"}


PLASTIC_STORY = """\
Winegrowers in the Languedoc now sell wine in plastic bottles. They say people want lighter \
bottles, and sales rose 12 percent. Pascal Fernandez runs the Pepieux cooperative.

Fernandez said British retailers pay less to ship plastic than glass. The regional council \
gives grants. Many people buy plastic, and plastic travels well; plastic is cheap, and in plastic \
the wine costs less. Fermoplast makes the plastic bottles for the Pepieux cooperative.
"""


def test_a_common_word_alone_comes_after_every_other_candidate() -> None:
    rank = fixed_ranking(
        "people", "Languedoc", "percent", "Pascal Fernandez", "glass", "British retailers",
        "Pepieux cooperative", "grants", "Fermoplast", "winegrowers",
    )  # fmt: skip
    found = extract_keywords("", PLASTIC_STORY, limit=7, rank=rank)
    assert found == (
        "Languedoc", "Pascal Fernandez", "British retailers", "Pepieux cooperative", "grants",
        "Fermoplast", "Winegrowers",
    )  # fmt: skip


def test_common_words_make_up_the_minimum_when_nothing_better_exists() -> None:
    rank = fixed_ranking("people", "Languedoc", "percent", "Pascal Fernandez", "glass")
    found = extract_keywords("", PLASTIC_STORY, rank=rank)
    assert found == ("Languedoc", "Pascal Fernandez", "people", "percent", "glass")


def test_past_the_minimum_only_a_common_word_the_article_is_about_is_kept() -> None:
    # "wine" (twice in 70 words) is 500 times as common as in English at large; "people"
    # (twice) 20 times. "regional" is an adjective, however often it is used.
    rank = fixed_ranking(
        "regional", "people", "wine", "Languedoc", "Pascal Fernandez",
        "British retailers", "Pepieux cooperative", "Fermoplast", "grants",
    )  # fmt: skip
    found = extract_keywords("", PLASTIC_STORY.replace("regional", "regional regional"), rank=rank)
    assert found[:6] == (
        "Languedoc", "Pascal Fernandez", "British retailers", "Pepieux cooperative",
        "Fermoplast", "grants",
    )  # fmt: skip
    assert found[6:] == ("wine",)


def test_a_story_with_better_candidates_has_no_common_word_alone() -> None:
    from generator.analysis.common_words import common_word_rank

    found = extract_keywords(*read_story(FIXTURES / "common_words.md"))
    lone_common = [k for k in found if " " not in k and common_word_rank(k.lower())]
    assert lone_common == [], found


def test_the_common_word_list_ranks_the_most_common_first() -> None:
    from generator.analysis.common_words import common_word_rank

    assert common_word_rank("the") == 1
    assert common_word_rank("people") < common_word_rank("percent") < 3000
    assert common_word_rank("winegrowers") is None
    assert common_word_rank("Percent") is None  # keys are lowercase


@pytest.mark.parametrize(
    ("candidate", "name"),
    [
        ("President Xi Jinping", "Xi Jinping"),
        ("Prime Minister Ana Duarte", "Ana Duarte"),
        ("actress Emily Blunt", "Emily Blunt"),
    ],
)
def test_a_name_is_given_in_full_without_the_words_that_describe_it(
    candidate: str, name: str
) -> None:
    body = (
        f"{candidate} arrived on Monday. Later {name} met reporters, and {name} spoke.\n\n"
        "The visit ended with a dinner at the harbour and a concert in the old town hall."
    )
    rank = fixed_ranking(candidate, name, name.split()[-1], "harbour", "concert", "dinner")
    found = extract_keywords("", body, rank=rank)
    assert found[0] == name
    assert [k for k in found if name.split()[-1] in k] == [name]


def test_plural_and_people_forms_of_a_keyword_are_one_keyword() -> None:
    body = (
        "Silk shirts sell out. A silk shirt costs more, and South Korean buyers want silk "
        "shirts from South Korea.\n\nRetailers in Seoul say demand for cotton has fallen. "
        "China buys Chinese silk."
    )
    rank = fixed_ranking(
        "silk shirts", "silk shirt", "South Korea", "South Korean", "Seoul", "China",
        "Chinese", "cotton",
    )  # fmt: skip
    assert extract_keywords("", body, rank=rank) == (
        "silk shirts", "South Korea", "Seoul", "China", "cotton",
    )  # fmt: skip


def test_pieces_of_sentences_are_not_keywords() -> None:
    body = (
        "Ashton Kutcher and Justin Bieber joined the show. The economy added jobs, and "
        "supply kept pace with demand. The South Korean president spoke to the Bank of England "
        "about the market traders scratching their heads.\n\n"
        "The Bank of England said the jobs report was strong; Kutcher and Bieber agreed. "
        "Sharapova made the final. The market traders stayed calm."
    )
    rank = fixed_ranking(
        "Kutcher and Bieber", "economy added", "pace with demand", "South Korean president",
        "Sharapova made", "market traders scratching", "Bank of England", "jobs report",
        "Ashton Kutcher", "Justin Bieber", "market traders",
    )  # fmt: skip
    assert extract_keywords("", body, rank=rank) == (
        "Bank of England", "jobs report", "Ashton Kutcher", "Justin Bieber", "market traders",
    )  # fmt: skip


@pytest.mark.parametrize("path", ARTICLES)
def test_the_plain_search_finds_what_the_case_insensitive_pattern_finds(path: Path) -> None:
    # Lines that plain lowercasing serves are searched without compiling the pattern; both
    # read a line without its accents (one character for each), as keys are written.
    title, body = read_article(path)
    document = keyword_prose.Document(title, body)
    words = {word for line in document.prose for word in line.split()}
    keys = {canonical_key(c) for c in yake_ranks.yake_ranking(document.plain, 40)}
    keys |= {canonical_key(word) for word in words} | {"korea china", "lee jae myung"}
    for key in sorted(k for k in keys if k):
        pattern = keyword_prose.surface_pattern(key)
        assert list(document._spans(key)) == [
            (number, *match.span())
            for number, line in enumerate(document.prose)
            for match in pattern.finditer(keyword_prose._folded(line))
        ], key


def test_briefing_topics_are_the_keywords_nearly_every_article_carries() -> None:
    lists = [
        ("Lee Jae-myung", "China", "Beijing", "visit"),
        ("China", "Lee Jae-myung", "Seoul"),
        ("LEE JAE-MYUNG", "China", "Beijing"),
        ("China", "Xi Jinping", "Lee Jae-myung"),
        ("China", "tariffs"),
    ]
    assert briefing_topics(lists) == ("China", "Lee Jae-myung")  # 5 and 4 of 5
    assert briefing_topics(lists, share=0.5) == ("China", "Lee Jae-myung")  # Beijing: 2 of 5
    assert briefing_topics(lists, share=1.0) == ("China",)


@pytest.mark.parametrize("count", [1, 2, 3])
def test_a_small_briefing_does_not_make_every_keyword_a_topic(count: int) -> None:
    lists = [("China", "Beijing", f"story {n}") for n in range(count)]
    assert briefing_topics(lists) == (("China", "Beijing") if count == 3 else ())
    shared_by_two = [("China", "Beijing"), ("China", "Beijing"), ("Seoul",)]
    assert briefing_topics(shared_by_two) == ()
    assert briefing_topics([]) == ()
