"""Story lines (and headlines) the cleaner's newer rules took for page chrome: a sentence about a
missing key, about a service's terms, about the site's house rules, a loader-like sentence, a
section on funding the press, a roundup's items signed by their agency, a follow prompt glued to
a story sentence, and a headline naming a paper. Each stays, while the chrome it resembles still
goes. Made-up lines, not the development sets'."""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page


def _reason(line: str, title: str = COUNCIL_TITLE) -> str:
    """Why the cleaner drops `line` put between the council story's paragraphs ("" if kept)."""
    return dropped(page(*COUNCIL_STORY[:2], line, *COUNCIL_STORY[2:]), title).get(line, "")


@pytest.mark.parametrize(
    "sentence",
    [
        "No API key was needed to open the harbour board's leaked booking records.",
        "Missing access tokens let the intruders into the ferry company's ticket system.",
        "Invalid licence keys were sold to forty schools.",
    ],
)
def test_a_story_sentence_opening_on_a_missing_key_stays(sentence: str) -> None:
    assert _reason(sentence) == ""


@pytest.mark.parametrize(
    "error",
    [
        "No API key provided. Please check the plugin settings.",
        "Missing access tokens",
        "No widget ID",
    ],
)
def test_a_telegraphic_configuration_error_still_goes(error: str) -> None:
    assert _reason(error) == "page widget"


def test_a_story_sentence_going_on_after_a_services_terms_stays() -> None:
    sentence = (
        "By using this service you accept its terms, which let the ferry company share your "
        "journeys with advertisers."
    )
    assert _reason(sentence) == ""


@pytest.mark.parametrize(
    "terms",
    [
        "By using this site you agree to our Terms of Use and Privacy Policy.",
        "By continuing to use this website you accept the terms and conditions",
    ],
)
def test_the_sites_terms_ending_on_their_name_still_go(terms: str) -> None:
    assert _reason(terms) == "disclaimer"


def test_a_story_section_on_funding_the_press_under_an_appeal_like_heading_stays() -> None:
    section = (
        "## Fund local journalism",
        "The bill would give independent newsrooms a tax credit for each reporter they keep.",
        "Critics argue public money could make the news less objective over the years.",
    )
    removed = dropped(page(*COUNCIL_STORY, *section), COUNCIL_TITLE)
    assert not set(section[1:]) & set(removed)


def test_a_roundups_items_each_signed_by_their_agency_stay() -> None:
    items = (
        "Police detained two men in Ghent on Monday after a bakery was set on fire. — AFP",
        "Storms cut power to 15,000 homes on the Dutch coast overnight, officials said. — Reuters",
        "Portugal's parliament passed a rent bill on Thursday by a margin of six votes. — AFP",
        "Austria's rail operator announced new night trains to three cities for the winter.",
    )
    removed = dropped(page(*items), "")
    assert items[2] not in removed


def test_a_caption_in_the_pictures_present_signed_by_its_agency_still_goes() -> None:
    caption = "A man walks past the flooded shops of the old town. — AFP"
    assert _reason(caption) == "photo caption"


def test_a_companys_policy_naming_no_comments_or_community_stays() -> None:
    policy = "We reserve the right to remove content that breaks the law from our servers at once."
    assert _reason(policy) == ""


@pytest.mark.parametrize(
    "sentence", ["Loading the ferries took hours…", "Loading lorries stopped..."]
)
def test_a_story_sentence_opening_on_loading_and_trailing_off_stays(sentence: str) -> None:
    assert _reason(sentence) == ""


@pytest.mark.parametrize("loader", ["Loading your results...", "Loading tides…", "Loading..."])
def test_a_loader_trailing_off_still_goes(loader: str) -> None:
    assert _reason(loader) == "page widget"


@pytest.mark.parametrize(
    "sentence",
    [
        "Follow the money on Facebook and you find the same two shell companies behind the ads.",
        "Join a channel on Telegram and within a day you are offered fake ferry tickets.",
    ],
)
def test_a_story_sentence_opening_like_a_follow_prompt_and_going_on_stays(sentence: str) -> None:
    assert _reason(sentence) == ""


def test_a_story_sentence_after_a_follow_prompt_on_its_line_stays() -> None:
    line = (
        "*Follow Ann Example (@annexample) on X.* Work on the new quay will start in the spring "
        "and last two years."
    )
    assert _reason(line) == ""


@pytest.mark.parametrize(
    "prompt",
    [
        "Follow the Wexmoor Gazette on Facebook, Instagram and X",
        "Follow @wexmoorgazette on Threads for the latest news on the terminal.",
        "Follow Ann Example on Instagram (@annexample)",
        "Follow Ann Example on Threads and find her on Bluesky",
        "Follow Ann Example on Mastodon. Like the Wexmoor Gazette on Facebook.",
    ],
)
def test_a_follow_prompt_that_is_the_whole_line_still_goes(prompt: str) -> None:
    assert _reason(prompt) == "call to action"


@pytest.mark.parametrize(
    "headline",
    [
        "Wexmoor Regatta Week",
        "Derby Festival Today",
        "Evening Times Apology",
        "Morning Herald Correction",
        "Herald Sun Blaze",
    ],
)
def test_a_headline_naming_a_paper_over_the_story_on_a_page_with_no_title_stays(
    headline: str,
) -> None:
    assert clean(page(headline, *COUNCIL_STORY)).headline == headline


def test_a_papers_name_then_a_word_over_the_pages_real_headline_goes() -> None:
    removed = dropped(page("Wexmoor News Wave", COUNCIL_TITLE, *COUNCIL_STORY), "")
    assert removed.get("Wexmoor News Wave") == "masthead"


@pytest.mark.parametrize(
    ("story", "site"),
    [
        (
            "The ferry will run again on Monday and the harbour master said it was safe.",
            "By using this site you agree to our Terms of Use.",
        ),
        (
            "The ferry will run again from the new terminal on Monday.",
            "Follow Ann Example on X.",
        ),
    ],
)
def test_the_sites_sentence_glued_after_a_story_sentence_is_cut_off_it(
    story: str, site: str
) -> None:
    line = f"{story}{site}"
    result = clean(page(*COUNCIL_STORY[:2], line, *COUNCIL_STORY[2:]), COUNCIL_TITLE)
    assert story in result.text.split("\n")
    assert site in {removed.line for removed in result.removed}


def test_the_sites_terms_glued_before_a_reported_story_sentence_are_cut_off_it() -> None:
    story = "The ferry will run again on Monday, the harbour master said."
    line = f"By using this site you agree to our Terms of Use.{story}"
    result = clean(page(*COUNCIL_STORY[:2], line, *COUNCIL_STORY[2:]), COUNCIL_TITLE)
    assert story in result.text.split("\n")
