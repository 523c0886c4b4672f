"""Keywords: five to ten distinct, non-overlapping phrases per article, one spelling each."""

from __future__ import annotations

import pickle
from itertools import combinations
from pathlib import Path

import pytest

from generator.analysis import keywords
from generator.analysis.keywords import canonical_key, extract_keywords, unify_spellings
from tests.conftest import HASH_SEEDS, run_python, seed_files, seed_text

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


def test_the_limit_caps_the_count() -> None:
    title, body = read_story(FIXTURES / "tech_earnings.md")
    assert len(extract_keywords(title, body, limit=3)) == 3
    assert 5 <= len(extract_keywords(title, body, limit=7)) <= 7
    assert extract_keywords(title, body, limit=0) == ()


def test_a_larger_candidate_list_is_tried_when_too_few_survive(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    title, body = read_story(FIXTURES / "boilerplate_left_in.md")
    monkeypatch.setattr(keywords, "_YAKE_TOPS", (6,))
    assert len(extract_keywords(title, body)) < 5  # six candidates, several of them boilerplate
    monkeypatch.setattr(keywords, "_YAKE_TOPS", (6, 200))
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
