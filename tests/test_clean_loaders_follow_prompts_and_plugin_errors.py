"""Leftovers a new user found kept as story lines on sites the cleaner never saw: a widget's
loader ("Loading …" and what it loads), a prompt to follow a person or the site on a social
network (also set in emphasis, with a handle, or a name of five words), a plugin's configuration
error where its embed should be, and the site's terms of use. Each goes wherever it stands on
the page; a story line of near shape stays. Made-up lines, not the development sets'."""

from __future__ import annotations

import pytest

from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page

_PLACES = ("over the lead", "between paragraphs", "under the last paragraph")


def _inserted(line: str, place: str) -> str:
    """The council story with `line` at `place`."""
    at = {"over the lead": 0, "between paragraphs": 2, "under the last paragraph": 4}[place]
    return page(*COUNCIL_STORY[:at], line, *COUNCIL_STORY[at:])


def _reason(line: str, place: str = "between paragraphs", title: str = COUNCIL_TITLE) -> str:
    """Why the cleaner drops `line` put at `place` in the council story ("" if it keeps it)."""
    return dropped(_inserted(line, place), title).get(line, "")


@pytest.mark.parametrize("place", _PLACES)
@pytest.mark.parametrize(
    "loader",
    [
        "Loading tide data",
        "Loading the harbour map...",
        "Loading live scores…",
        "Loading share prices",
        "Loading your results...",
    ],
)
def test_a_widgets_loader_is_a_page_widget_wherever_it_stands(loader: str, place: str) -> None:
    assert _reason(loader, place) == "page widget"


@pytest.mark.parametrize(
    "subheading", ["Loading docks reopen", "Loading bays closed to lorries after the flood"]
)
def test_a_subheading_opening_on_loading_with_its_verb_stays(subheading: str) -> None:
    assert _reason(subheading) == ""


@pytest.mark.parametrize("place", _PLACES)
@pytest.mark.parametrize(
    "prompt",
    [
        "*Follow Ann Example on Twitter.*",
        "**Follow the Wexmoor Gazette on Instagram**",
        "Follow Ann Example (@annexample) on X.",
        "Follow @wexmoorgazette on Threads for updates.",
        "Follow The Wexmoor Harbour Gazette Newsroom on Facebook.",
        "Follow Ann Example on Mastodon.",
        "Follow Ann Example on [X](https://x.example/annexample).",
    ],
)
def test_a_prompt_to_follow_an_account_on_a_social_network_goes(prompt: str, place: str) -> None:
    assert _reason(prompt, place) == "call to action"


@pytest.mark.parametrize(
    "sentence",
    [
        "Like thousands of other users on Facebook, the harbour master shared a photo of the "
        "flooded pier.",
        "Follow the work on the terminal on the council's website, the harbour board said.",
    ],
)
def test_a_story_sentence_opening_like_a_follow_prompt_stays(sentence: str) -> None:
    assert _reason(sentence) == ""


@pytest.mark.parametrize("place", _PLACES)
@pytest.mark.parametrize(
    "error",
    [
        "TIDEGIF App Key not set. Please check settings",
        "Harbour Maps API key not set. Please check settings",
        "Invalid API key. Please check plugin settings.",
        "Error: access token not configured",
        "Widget ID missing",
    ],
)
def test_a_plugins_configuration_error_is_a_page_widget(error: str, place: str) -> None:
    assert _reason(error, place) == "page widget"


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry app's API key was not set, which let anyone read the passenger list, the "
        "council said.",
        "Engineers found the booking system's access token missing from the new servers.",
    ],
)
def test_a_story_sentence_about_a_missing_key_stays(sentence: str) -> None:
    assert _reason(sentence) == ""


@pytest.mark.parametrize("place", _PLACES)
@pytest.mark.parametrize(
    "terms",
    [
        "By using this site you agree to our Terms of Use.",
        "By continuing to use this website, you agree to the Terms and Conditions.",
        "Your use of this site constitutes acceptance of our User Agreement.",
    ],
)
def test_the_sites_terms_of_use_are_a_disclaimer(terms: str, place: str) -> None:
    assert _reason(terms, place) == "disclaimer"


def test_the_terms_glued_to_other_page_chrome_go_with_it() -> None:
    glued = "By using this site you agree to our Terms of Use.Loading tide data"
    assert _reason(glued) == "disclaimer"


def test_a_story_sentence_on_what_users_agree_to_stays() -> None:
    sentence = (
        "By using the ferry app, passengers agree to share their location with the operator, "
        "the board said."
    )
    assert _reason(sentence) == ""


@pytest.mark.parametrize(
    "line", ["Loading tide data", "*Follow Ann Example on Twitter.*", "Widget ID missing"]
)
def test_the_leftovers_go_on_a_page_that_gives_no_title(line: str) -> None:
    assert _reason(line, title="") != ""
