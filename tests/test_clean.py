"""Tests for generator.analysis.clean: the boilerplate goes, every story line stays, verbatim and in order."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.analysis.clean import AI_GENERATED, HEADLINE_FROM_LEAD, RULES, clean
from generator.models import CleanedArticle, RemovedLine
from tests.conftest import seed_text, story_lines

FIXTURES = Path(__file__).parent / "fixtures" / "clean"
# The cleaner's rules and the vocabulary they test: neither may name one site's exact words.
CLEANER_MODULES = [
    Path(__file__).parents[1] / "generator" / "analysis" / name
    for name in (
        "clean.py", "boilerplate.py", "lines.py", "bylines.py", "captions.py", "teasers.py",
        "story.py",
    )
]  # fmt: skip

# Fixture name -> the title front matter would give ("": the cleaner must find the headline).
# Each fixture imitates a kind of site the seed articles do not come from.
TITLES = {
    "ads_share_copyright": "Scientists map the deep sea floor near the Azores",
    "ai_disclaimer_footer": "Central bank holds interest rates steady",
    "blog_platform_chrome": "",
    "bbc_like_page": "Seoul and Tokyo agree to restart shuttle diplomacy",
    "bullet_list": "New rules for tenants",
    "caption_repeats_subheading": "City Museum Reopens After Five-Year Renovation",
    "crlf_bom_invisible_whitespace": "Port strike enters second week",
    "glued_navigation_and_menus": "Opposition leader calls for early election",
    "headline_repeated_twice": "",
    "markdown_headings_input": "Volcano Erupts Near Island Airport",
    "mid_article_read_more": "Train drivers announce new strike dates",
    "numbered_list": "Five steps against heatstroke",
    "prompts_and_story_keywords": "Streaming service gains subscribers despite price rise",
    "quotes_with_us_abbreviation": "Envoy says U.S. and EU will coordinate on chip export rules",
    "related_sentence_teasers_at_end": "Wildfire near coastal town forces hundreds to evacuate",
    "script_block_across_lines": "Farmers count the cost of a late frost",
    "subheading_before_a_short_last_paragraph": "",
    # The wire story's closing "(Reporting by ...; Editing by ...)" is dropped with the byline:
    # it credits the staff who produced the copy and reports nothing about the event itself.
    "wire_story_byline_and_credits": "Asian shares slip as investors await US inflation data",
    "wordpress_comment_form": "",
}
# Headlines the cleaner must find in the body when no title is given.
INFERRED_HEADLINES = {
    "headline_repeated_twice": 'Rescuers Reach Miners Trapped in "Flooded" Shaft',
    "wordpress_comment_form": "Local Council Approves New Cycle Lanes",
    "subheading_before_a_short_last_paragraph": "Kenya's parliament passes finance bill amid protests",
    "blog_platform_chrome": "Why the Port of Halden strike matters for Europe's supply chains",
}


def read_raw(path: Path) -> str:
    """The file exactly as scraped: no newline translation, BOM kept."""
    return path.read_bytes().decode("utf-8")


def squash(text: str) -> str:
    """Text with only the differences the cleaner may make taken out: whitespace, invisibles."""
    spaced = (" " if ch.isspace() and ch not in "\x1c\x1d\x1e\x1f" else ch for ch in text)
    return " ".join("".join(ch for ch in spaced if ch == " " or ch.isprintable()).split())


def assert_invents_nothing(raw: str, result: CleanedArticle) -> None:
    source = squash(raw)
    for line in story_lines(result):
        assert squash(line) in source, f"not in the input: {line!r}"


def test_every_fixture_has_a_title_entry() -> None:
    names = {path.stem for path in FIXTURES.glob("*.txt")}
    assert names == set(TITLES)
    assert all((FIXTURES / f"{name}.expected.md").is_file() for name in names)


@pytest.mark.parametrize("name", sorted(TITLES))
def test_fixture_cleans_to_expected_markdown(name: str) -> None:
    expected = (FIXTURES / f"{name}.expected.md").read_text(encoding="utf-8").rstrip("\n")
    assert clean(read_raw(FIXTURES / f"{name}.txt"), TITLES[name]).text == expected


@pytest.mark.parametrize("name", sorted(TITLES))
def test_fixture_headline_is_title_or_found_in_body(name: str) -> None:
    result = clean(read_raw(FIXTURES / f"{name}.txt"), TITLES[name])
    assert result.headline == (TITLES[name] or INFERRED_HEADLINES[name])


@pytest.mark.parametrize("name", sorted(TITLES))
def test_fixture_is_idempotent_and_invents_nothing(name: str) -> None:
    raw, title = read_raw(FIXTURES / f"{name}.txt"), TITLES[name] or "A title"
    once = clean(raw, title)
    assert clean(once.text, title).text == once.text
    assert_invents_nothing(raw, once)


@pytest.mark.parametrize("name", sorted(TITLES))
def test_fixture_removed_lines_are_input_lines_in_order(name: str) -> None:
    raw = read_raw(FIXTURES / f"{name}.txt")
    result = clean(raw, TITLES[name])
    source = [squash(line) for line in re.split(r"\r\n?|\n", raw) if squash(line)]
    positions = [source.index(squash(removed.line)) for removed in result.removed]
    assert positions == sorted(positions)
    assert all(removed.reason for removed in result.removed)


def test_removed_lines_are_recorded_in_order_with_reasons() -> None:
    result = clean(read_raw(FIXTURES / "wordpress_comment_form.txt"))
    assert result.removed == (
        RemovedLine("Local Council Approves New Cycle Lanes", "headline"),
        RemovedLine("Posted on March 3, 2025 by admin", "byline"),
        RemovedLine("Share this:", "share widget"),
        RemovedLine("Twitter", "share widget"),
        RemovedLine("Facebook", "share widget"),
        RemovedLine("WhatsApp", "share widget"),
        RemovedLine("Like this:", "share widget"),
        RemovedLine("Like Loading...", "share widget"),
        RemovedLine("Related", "related-article teaser"),
        RemovedLine("Posted in Local News", "tags"),
        RemovedLine("Tags: cycling, transport, council", "tags"),
        RemovedLine("3 Comments", "comment form"),
        RemovedLine("Leave a Reply Cancel reply", "comment form"),
        RemovedLine(
            "Your email address will not be published. Required fields are marked *",
            "comment form",
        ),
        RemovedLine("Comment *", "comment form"),
        RemovedLine("Name *", "comment form"),
        RemovedLine("Email *", "comment form"),
        RemovedLine("Website", "comment form"),
        RemovedLine(
            "Save my name, email, and website in this browser for the next time I comment.",
            "comment form",
        ),
        RemovedLine("Post Comment", "comment form"),
        RemovedLine(
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
            "comment form",
        ),
        RemovedLine("© 2025 Riverside Gazette. All rights reserved.", "copyright footer"),
    )


def test_ai_disclaimer_is_removed_and_flagged() -> None:
    result = clean(read_raw(FIXTURES / "ai_disclaimer_footer.txt"))
    assert result.flags == (AI_GENERATED,)
    assert result.removed[-1].reason == "AI-generated disclaimer"
    assert "assistance of AI" not in result.text


def test_story_about_ai_generated_images_is_not_flagged() -> None:
    raw = (
        "Officials said the photos were AI-generated and had been shared 40,000 times.\n"
        "The images, created with generative tools, showed a flooded stadium that does not exist."
    )
    result = clean(raw, "Fake flood photos")
    assert result.flags == ()
    assert result.text == raw.replace("\n", "\n\n")


def test_headline_is_found_removed_and_its_repeats_dropped_when_no_title() -> None:
    result = clean(read_raw(FIXTURES / "headline_repeated_twice.txt"))
    reasons = [(removed.line, removed.reason) for removed in result.removed]
    assert reasons == [
        ("World", "navigation"),
        ('Rescuers Reach Miners Trapped in "Flooded" Shaft', "headline"),
        ("Rescuers Reach Miners Trapped in “Flooded” Shaft", "repeated headline"),
        ("RESCUERS REACH MINERS TRAPPED IN FLOODED SHAFT", "repeated headline"),
    ]


def test_the_headline_again_after_a_short_label_is_a_repeat_but_a_sentence_ending_on_it_is_not() -> (
    None
):
    headline = "Rescuers reach miners trapped in flooded shaft"
    repeats = [f"Live{headline}", f"Article image: {headline}", f"Top News {headline}"]
    sentence = f"It was the day that the rescuers, all of them volunteers, {headline.lower()}"
    raw = "\n".join([*repeats, STORY_BEFORE, sentence, STORY_AFTER])
    result = clean(raw, headline)
    assert [removed.line for removed in result.removed] == repeats
    assert sentence in result.text


@pytest.mark.parametrize(
    "headline",
    [
        "Budget Talks: What Did the Council and the Mayor Agree On?",  # a question
        "Ruto-Tinubu Talks: What Kenya and Nigeria Agreed",  # read alone, a byline's shape
    ],
)
def test_the_headline_repeated_above_the_story_is_dropped_as_its_repeat(headline: str) -> None:
    result = clean("\n".join([headline, STORY_BEFORE, STORY_AFTER]), headline)
    assert [(removed.line, removed.reason) for removed in result.removed] == [
        (headline, "repeated headline")
    ]
    assert result.text.startswith(STORY_BEFORE)


def test_a_question_in_a_headlines_capitals_opening_the_page_is_its_headline() -> None:
    headline = "Budget Talks: What Did the Council and the Mayor Agree On?"
    result = clean("\n".join([headline, STORY_BEFORE, STORY_AFTER]))
    assert [(removed.line, removed.reason) for removed in result.removed] == [
        (headline, "headline")
    ]
    asked = "Will the new bridge open to traffic before the summer holidays?"
    assert clean("\n".join([asked, STORY_BEFORE, STORY_AFTER])).removed == ()  # the story's


def test_no_headline_is_taken_from_a_body_that_starts_with_the_story() -> None:
    raw = "The council met on Monday to discuss the budget for next year.\nBudget details\n"
    raw += "Spending on schools will rise by 3% under the plan approved by councillors."
    result = clean(raw)
    assert result.removed == ()  # the story keeps its first sentence
    assert result.text.split("\n\n")[:2] == [raw.split("\n")[0], "## Budget details"]
    # The headline is then the lead's first sentence, flagged so that the build can say so.
    assert result.headline == "The council met on Monday to discuss the budget for next year"
    assert result.flags == (HEADLINE_FROM_LEAD,)


def test_empty_and_blank_input() -> None:
    assert clean("") == CleanedArticle(text="")
    assert clean(" \r\n\t\u00a0\ufeff\n", "Title") == CleanedArticle(text="", headline="Title")


def test_rule_names_are_unique_and_rules_name_no_seed_strings() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    source = "\n".join(path.read_text(encoding="utf-8") for path in CLEANER_MODULES).lower()
    for seed_string in (
        "viral stories", "we don't spam", "share this post", "mail icon", "latestnewsworld",
        "profitableratecpm", "your email address will not be published", "leave a reply",
        "required fields are marked", "related articles", "errors may occur", "source articles",
        "strive for accuracy", "written by", "image source: getty", "lee jae", "korea",
    ):  # fmt: skip
        assert seed_string not in source


# -- Lines that must go, and lines that must stay, on sites we have not seen -------------------

STORY_BEFORE = "The ministry confirmed on Tuesday that the new bridge will open to traffic in May."
STORY_AFTER = "Engineers said the final inspections had found no faults in the steel structure."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Skip to main content", "navigation"),
        ("Home | World | Business | Sport | Culture", "navigation"),
        ("HomeNewsPolitics", "navigation"),
        ("News › Europe › Germany", "navigation"),
        ("Close menu", "navigation"),
        ("Sign up to our daily newsletter", "newsletter prompt"),
        ("Get our best stories in your inbox every Friday.", "newsletter prompt"),
        ("Subscribe", "newsletter prompt"),
        ("We never share your email with third parties. No spam, ever.", "newsletter prompt"),
        ("Already have an account? Sign in", "call to action"),
        ("Download the Daily Post app", "call to action"),
        ("Support independent journalism – donate today.", "call to action"),
        ("Fund independent journalism with £5 per month", "call to action"),
        (
            "This website uses cookies to give you the best experience. "
            "Read our cookie policy.",
            "cookie notice",
        ),
        ("Manage consent", "cookie notice"),
        ("Advertisement - Scroll to continue", "advertisement"),
        ("*** Sponsored ***", "advertisement"),
        ("AD", "advertisement"),
        ("Partner content", "advertisement"),
        ("Share this article", "share widget"),
        ("Facebook Twitter LinkedIn WhatsApp Email", "share widget"),
        ("Follow us on Telegram", "share widget"),
        ("Print", "share widget"),
        ("WhatsApp logo", "icon alt text"),
        ("Search icon", "icon alt text"),
        ("By Maria Gonzalez", "byline"),
        ("By JOHN SMITH and ANNA LEE, Associated Press", "byline"),
        ("By Jane Doe | Updated 10:42 GMT, 5 March 2025", "byline"),
        ("Author: Peter Hall", "byline"),
        ("Peter Hall, Senior Correspondent", "byline"),
        ("(Additional reporting by Kim Lee in Busan)", "byline"),
        ("Updated 3 hours ago", "timestamp"),
        ("Published: 5 March 2025, 09:14 GMT", "timestamp"),
        ("Mon 3 Mar 2025 14.30 GMT", "timestamp"),
        ("5 min read", "reading time"),
        ("Reading time: 4 minutes", "reading time"),
        ("Photo: Reuters/Kim Hong-Ji", "photo credit"),
        ("Picture: Getty Images", "photo credit"),
        ("Credit: Jane Doe for The Daily Post", "photo credit"),
        ("Workers on the bridge in April. (Photo by Tom Reed/AFP via Getty Images)", "photo credit"),
        ("File photo of the bridge under construction", "photo credit"),
        ("Getty Images", "photo credit"),
        ("Leave a comment", "comment form"),
        ("12 Comments", "comment form"),
        ("Comments are closed.", "comment form"),
        ("View 45 comments", "comment form"),
        ("Copyright 2025 Daily Post Media. All rights reserved.", "copyright footer"),
        ("© The Daily Post", "copyright footer"),
        ("Why you can trust The Daily Post", "copyright footer"),
        (
            "Firefighter Jane Doe, left, and engineer John Roe watch as the bridge burns on "
            "Saturday. The fire destroyed two spans, officials said.",
            "photo caption",
        ),
        ("To continue reading, please subscribe:", "paywall"),
        ("$1 for the first 4 weeks*", "paywall"),
        ("$4.75/week*", "paywall"),
        ("*Billed as $19 plus tax every four weeks. Cancel any time.", "paywall"),
        ("[Phone] 02-398-8585", "byline"),
        ("Tel: +44 20 7946 0958", "byline"),
        ("The old harbour in the early 20th century / Courtesy of Jane Doe Collection", "photo caption"),
        ("The mayor speaks at the bridge on Monday / Joint Press Corps", "photo caption"),
        ("Photo/Illustration Commuters wait for buses at the closed bridge on Monday.", "photo caption"),
        (
            "[Copyright holder (c) KXYZ Unauthorized reproduction, redistribution prohibited]",
            "copyright footer",
        ),
        ("Reproduction and redistribution prohibited.", "copyright footer"),
        ("<저작권자 ⓒ 데일리포스트, 무단 전재 및 재배포 금지>", "copyright footer"),
        ("This material may not be published, broadcast, rewritten or redistributed.", "copyright footer"),
        ("Read more: City plans second bridge over the river", "related-article teaser"),
        ("Also read: How the bridge was financed", "related-article teaser"),
        ("RELATED: Residents divided over toll plan", "related-article teaser"),
        ("Tags: bridges, transport", "tags"),
        ("This summary was written by an AI model and checked by editors.", "AI-generated disclaimer"),
        ("Disclaimer: this story was produced with the help of AI tools.", "AI-generated disclaimer"),
        ("<div class=\"ad-slot\"></div>", "HTML markup"),
        ("<img src=\"bridge.jpg\" alt=\"\">", "HTML markup"),
        ("googletag.cmd.push(function() { googletag.display('ad-1'); });", "HTML markup"),
        ("• • •", "decoration"),
        ("Ad Feedback", "advertisement"),
        ("Sponsored by Acme Bank", "advertisement"),
        ("Link Copied!", "share widget"),
        ("list 2 of 4", "navigation"),
        ("Back to top", "navigation"),
        ("Privacy ∙ Terms ∙ Contact", "navigation"),
        ("[Read more: City plans second bridge]", "related-article teaser"),
        ("Source: Daily Post and news agencies", "byline"),
        ("Daily Post's Kim Lee contributed reporting.", "byline"),
        ("#bridges #transport #city", "tags"),
        ("Image caption, Workers on the bridge in April", "photo credit"),
        ("World 3 hours ago", "timestamp"),
        ("Save articles to read later and create your own reading list.", "call to action"),
        ("Thanks for reading! Subscribe for free to receive new posts.", "newsletter prompt"),
        ("Please enter your comment!", "comment form"),
        ("Time limit is exhausted. Please reload CAPTCHA.", "comment form"),
        ("This report by The Daily Post was first published May 6, 2025.", "copyright footer"),
        ("Read the full article here…", "related-article teaser"),
        ("KEY LINKS: Bridge tolls | Ferry timetable | Road closures", "navigation"),
        ("View all 25 updates ›", "navigation"),
        ("No thanks", "navigation"),
        ("Exit mobile version", "navigation"),
        ("This news has been read 10,941 times!", "page widget"),
        ("x7f3k9q2m8p4l1z6r5t04418", "stray word"),
        (", jane.doe@dailypost.example", "byline"),
        ("Click to comment", "comment form"),
        ("If you want more news and videos, click on this link", "call to action"),
        ("AdvertisementAdvertise with the Daily Post.", "advertisement"),
        ("In partnership with", "advertisement"),
        ("Premium content is available to subscribers only. Please log in to read on.", "paywall"),
        ("WorldBusinessMarketsSportCultureTravel", "navigation"),
        ("[Video]", "label"),
        ("maxItemsPerPage: 10", "HTML markup"),
        ("Larger font size", "page widget"),
        ("New: You can now listen to articles.", "page widget"),
        ("Short URL: https://example.org/?p=2650", "share widget"),
        ("Looking for a job? Download the Daily Post Jobs app from Google Play", "call to action"),
        ("Western Bridge.jpeg", "image"),
        ("(Jane Doe/The Daily Post)", "photo credit"),
        ("Updated: 5 March 2025 14:02 | Input: 5 March 2025 09:10", "timestamp"),
        ("Jane Doe 5 March 2025 10:18 IST", "byline"),
        ("By JANE DOE - Wed March 5, 2025", "byline"),
        ("Posted by Daily Post Bridges on Sunday, 2 March 2025", "byline"),
        ("Thu, 6 Mar 2025 Source: Daily Post", "byline"),
        ("By KXYZ staff", "byline"),
        ("-- NEWSWIRE", "byline"),
        ("(With inputs from agencies)", "byline"),
        ("Email: jane.doe@dailypost.example", "byline"),
        ("Updated", "timestamp"),
        ("About The Daily Post", "navigation"),
        ("Gift this article", "share widget"),
        ("Listen · 4 min", "page widget"),
        ("WATCH: Crews at the bridge", "related-article teaser"),
        # The same labels on sites in other languages
        ("Baca juga: Jembatan baru dibuka bulan Mei", "related-article teaser"),
        ("Lire aussi : Le pont rouvre en mai", "related-article teaser"),
        ("Lesen Sie auch: Brücke wird im Mai eröffnet", "related-article teaser"),
        ("Читайте также: Мост откроют в мае", "related-article teaser"),
        ("Publicidad", "advertisement"),
        ("Anzeige", "advertisement"),
        ("Follow City News on Twitter HERE:", "call to action"),
        ("Join City News on Telegram", "call to action"),
        ("Buy a Photo", "call to action"),
        ("Editor:", "byline"),
        ("from City News https://example.com/3s20ZUV", "share widget"),
        ("Ukuran Font: - +", "page widget"),
        ("Night Buses Return Previous post Tram Fares To Rise Next post", "related-article teaser"),
        ("The mayor walks across the bridge during its opening on Monday (Jane Doe/PA)", "photo caption"),
        ("Lea además: El puente abrirá al tráfico en mayo", "related-article teaser"),
        ("Baca: Jembatan baru dibuka bulan Mei", "related-article teaser"),
        ("No comments yet...", "comment form"),
        ("Legal Disclaimer:", "disclaimer"),
        ("The information on this website is for general information purposes only.", "disclaimer"),
        ("The views expressed in this article are those of the author alone.", "disclaimer"),
        # A caption's sentence is short: a copyright mark after it credits the picture.
        ("The mayor and the chief engineer walk across the bridge on Monday. (c)AFP/Jane DOE", "photo credit"),
    ],
)  # fmt: skip
def test_boilerplate_line_is_dropped(line: str, reason: str) -> None:
    raw = f"{STORY_BEFORE}\n{line}\n{STORY_AFTER}"
    result = clean(raw, "Bridge to open in May")
    assert result.text == f"{STORY_BEFORE}\n\n{STORY_AFTER}"
    assert result.removed == (RemovedLine(line, reason),)


@pytest.mark.parametrize(
    "line",
    [
        "Netflix said subscribers rose 5% in the quarter, the company's newsletter reported.",
        "Customers who subscribe before June will pay the old price, the operator said.",
        "The agency's advertisement budget doubled to 3 million euros last year.",
        "By the end of the week, more than 2,000 people had signed the petition.",
        "By Tuesday, the river had fallen below the warning level.",
        "Share prices of the construction firm rose 4% after the announcement.",
        "Follow-up checks will take place every six months.",
        "Cookies and cakes from a local bakery were handed out at the opening ceremony.",
        "“We don't want your money, we want your vote,” the mayor told the crowd.",
        "Residents can sign up for guided tours on the city website, officials said.",
        "The photo by a local resident was shared thousands of times online.",
        "Reuters reported that the contract was worth 80 million euros.",
        "Comments from residents were mostly positive, according to a survey.",
        "Updated figures will be published in the spring.",
        "Read the full report on the ministry's website from Monday, a spokesman said.",
        "Copyright rules for the bridge's design remain with the architect, who won a 2019 contest.",
        "The report, written with the help of AI tools, contained errors, the ministry said.",
        "He declined to comment.",
        "Back in March, the council voted to fund local journalism training at the college.",
        "Sponsored by the UN, the talks began on Monday in Geneva.",
        "Sign language interpreters will attend every session.",
        "Our correspondent reports from Kyiv, where residents queued for water.",
        "Advertising revenue fell 10% at the broadcaster.",
        "Save the Children called for a ceasefire.",
        "Q: What did you discuss with the president?",
        "January 4: the president arrives in Beijing for talks.",
        "The app, which has 5 million users, will be updated next week.",
        "Latest figures show a 2% rise.",
        "Register of interests shows gifts worth £3,000.",
        "Video footage showed the bridge swaying.",
        "Most of the 40 victims were children.",
        "We don't spam our customers, the company insisted in its statement.",
        "Officials said the site would be 'ad-free' for the first month.",
        "Photos, videos and messages flooded social media after the quake.",
        "Lire aussi le rapport du ministère, publié mardi, qui détaille les coûts du chantier.",
        # Numbers in a paragraph of another script do not make it a date line; a paragraph
        # written without spaces is not a one-word label.
        "市当局によると、橋の工事は2025年5月に始まり、総工費は約80億円に上る見込みだという。",
        "据市政府介绍，这座大桥将于5月1日正式通车，全长约12公里，总投资超过30亿元。",
        "시 관계자는 다리가 5월 1일 개통되며 하루 3만 대의 차량이 이용할 것으로 내다봤다.",
        "เจ้าหน้าที่กล่าวว่าสะพานแห่งนี้จะเปิดใช้ในวันที่ 1 พฤษภาคม และรองรับรถได้ 30,000 คันต่อวัน",
        "وقال مسؤولون إن الجسر سيفتتح في الأول من مايو وسيستوعب 30 ألف سيارة يوميا.",
        # A word in another script is no share button, counter or menu entry.
        "시장은 Facebook 에 글을 올려 다리가 5월에 개통된다고 밝혔다.",
        "市長はFacebookで、橋は5月に開通すると発表した。",
        "Мэр написал в Facebook, что мост откроют в мае.",
        "시민 5000명이 comments 를 남겼다.",
        # A story's last paragraph signed with a copyright mark, as some wire sites end stories.
        "The bridge, which took six years to build and cost 80 million euros, is expected to carry "
        "some 30,000 vehicles a day once it opens to traffic in May. (c)AFP/Jane DOE",
        "橋は6年の歳月をかけて建設され、開通後は1日およそ3万台の車両が通行する見通しで、"
        "地元の経済にも大きな効果をもたらすと期待されている。(c)AFP/Jane DOE",
        "She returned to her previous post at the ministry in March, after the bridge opened.",
        "The contractor delivered the steel without any warranty on its coatings, court papers show.",
        # A sentence ending on a full date, as wire captions do, but telling when ("of Friday").
        "The first crack in the span appeared on the evening of Friday, June 6, 2025.",
        "Households pay $19 per month for the service, and more for the first 4 weeks.",
        "Commuters can cancel any time before the bridge reopens.",
        "Customers were billed monthly for the ferry pass until the bridge reopened.",
        "Voters on the left, and many in the centre, backed the plan to rebuild the bridge.",
        "The mayor, right after the vote, said the bridge would reopen in May.",
        "The ratio of cars to buses on the bridge was 3 / 4 before it closed.",
        "Call the council's helpline on 0800 123 4567 for updates on the closure, officials said.",
        "Section 4(c) of the act lets the council close the bridge without a vote.",
        "Police said the unauthorized use of the bridge by trucks had caused the cracks.",
        # A partner's story closed by its source after the last paragraph's sentences.
        "On July 1, the police also arrested three people and busted a ring that moved workers "
        "across the border river at the village. The case has been transferred to the provincial "
        "police. VOV/Dtinews",
    ],
)
def test_story_line_with_boilerplate_words_or_numbers_is_kept(line: str) -> None:
    raw = f"{STORY_BEFORE}\n{line}\n{STORY_AFTER}"
    result = clean(raw, "Bridge to open in May")
    assert result.text == f"{STORY_BEFORE}\n\n{line}\n\n{STORY_AFTER}"
    assert result.removed == ()


@pytest.mark.parametrize(
    ("line", "is_code"),
    [
        ("The ministry's website showed the placeholder {{ 7*7 }} instead of the figures for hours, officials said.", False),
        ("The error page printed {{ total_votes }} where the count of ballots should have appeared.", False),
        ("window.dataLayer = window.dataLayer || [];", True),
        (".ad-slot { display: none; }", True),
        ("googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });", True),
        ("if (blocked) { alert(\"The page failed to load, the server said.\"); }", True),
    ],
)  # fmt: skip
def test_code_is_dropped_but_a_sentence_quoting_braces_is_kept(line: str, is_code: bool) -> None:
    result = clean(f"{STORY_BEFORE}\n{line}\n{STORY_AFTER}", "Bridge to open in May")
    if is_code:
        assert result.text == f"{STORY_BEFORE}\n\n{STORY_AFTER}"
        assert result.removed == (RemovedLine(line, "HTML markup"),)
    else:
        assert result.text == f"{STORY_BEFORE}\n\n{line}\n\n{STORY_AFTER}"
        assert result.removed == ()


@pytest.mark.parametrize(
    "heading",
    ["Context", "Trade, AI, and K-Pop on the Agenda", "2026 Outlook", "“Irreversible” ties"],
)
def test_story_subheading_is_kept_as_heading(heading: str) -> None:
    raw = f"{STORY_BEFORE}\n{heading}\n{STORY_AFTER}"
    assert clean(raw, "Bridge to open in May").text == (
        f"{STORY_BEFORE}\n\n## {heading}\n\n{STORY_AFTER}"
    )


@pytest.mark.parametrize(
    "line",
    [
        "He said it was “a great day.”",  # closing quote after the full stop
        "What comes next?",
        "Officials listed three reasons:",
        "the talks were described as frank",  # starts lower case
    ],
)
def test_line_with_sentence_end_or_lowercase_start_is_not_a_heading(line: str) -> None:
    raw = f"{STORY_BEFORE}\n{line}\n{STORY_AFTER}"
    assert "## " not in clean(raw, "Bridge to open in May").text


def test_short_line_followed_by_shorter_line_is_not_a_heading() -> None:
    raw = f"{STORY_BEFORE}\nA short line here\nShort."
    assert "## " not in clean(raw, "Bridge").text


def test_related_block_of_headlines_drops_only_the_headlines_when_story_continues() -> None:
    tail = "\n".join(
        f"Paragraph {n} says the bridge works went well, the ministry said." for n in range(6)
    )
    raw = f"{STORY_BEFORE}\nMost Read\nCity bans cars from old town\nTram fares to rise\n{tail}"
    result = clean(raw, "Bridge to open in May")
    assert [removed.line for removed in result.removed] == [
        "Most Read",
        "City bans cars from old town",
        "Tram fares to rise",
    ]
    assert result.text.count("Paragraph") == 6


@pytest.mark.parametrize("credit", ["AP", "AFP/Getty Images", "EPA-EFE", "Reuters"])
def test_agency_alone_on_a_line_is_a_credit_and_the_sentence_above_it_a_caption(
    credit: str,
) -> None:
    caption = "Workers inspect the steel cables of the new bridge ahead of its opening"
    raw = f"{STORY_BEFORE}\n{caption}\n{credit}\n{STORY_AFTER}"
    assert clean(raw, "Bridge").removed == (
        RemovedLine(caption, "photo caption"),
        RemovedLine(credit, "photo credit"),
    )


def test_story_sentence_above_a_credit_is_kept() -> None:
    """A paragraph ends its sentence; a short line above a picture is a subheading."""
    for line in (STORY_AFTER, "Traffic plans for the opening week"):
        raw = f"{STORY_BEFORE}\n{line}\nAP\nThe mayor will cut the ribbon at noon, her office said."
        assert [removed.line for removed in clean(raw, "Bridge").removed] == ["AP"]


def test_run_of_summaries_cut_short_is_teasers_but_a_paragraph_trailing_off_is_story() -> None:
    cards = [
        "The city council has voted to extend the night bus service to all districts from…",
        "Police in the northern province have arrested two men after a series of thefts at…",
        "A new museum dedicated to the history of the railway will open its doors next…",
    ]
    raw = "\n".join([STORY_BEFORE, STORY_AFTER, *cards])
    assert [removed.line for removed in clean(raw, "Bridge").removed] == cards
    titles = [
        "Night Buses Extended To All Districts",
        "Two Held Over Thefts",
        "Railway Museum To Open",
    ]
    headed = [line for pair in zip(titles, cards, strict=True) for line in pair]
    raw = "\n".join([STORY_BEFORE, STORY_AFTER, *headed])
    assert clean(raw, "Bridge").removed == tuple(
        RemovedLine(line, "related-article teaser") for line in headed
    )
    trailing = "The engineer paused, then added that the steel had been tested twice and…"
    raw = "\n".join([STORY_BEFORE, trailing, STORY_AFTER])
    assert clean(raw, "Bridge").removed == ()


def test_cards_about_other_stories_below_the_story_are_teasers_but_its_own_sections_stay() -> None:
    story = [
        "The ministry confirmed on Tuesday that the new bridge over the river will open in May.",
        "Engineers said the final inspections of the bridge had found no faults in the steel.",
        "The bridge, which cost 40 million euros, links the old town with the harbour district.",
        "Traffic on the bridge will be limited to buses and bicycles for the first month.",
    ]
    cards = [
        "Farmers Protest Against Milk Prices",
        "Hundreds of tractors blocked the motorway near the capital for several hours.",
        "Football Club Signs New Goalkeeper",
        "2 hours ago",
        "Orchestra Announces Summer Concert Season",
    ]
    raw = "\n".join([*story, *cards])
    result = clean(raw, "Bridge over the river to open in May")
    assert [removed.line for removed in result.removed] == cards
    # The story's own last section shares its words: a subheading, not a teaser card.
    own = ["Bridge Opening Ceremony", "The mayor will open the bridge to traffic in a ceremony."]
    raw = "\n".join([*story, *own, *cards[2:]])
    result = clean(raw, "Bridge over the river to open in May")
    assert [removed.line for removed in result.removed] == cards[2:]


def test_headlines_below_the_footer_that_signs_the_story_off_are_teasers() -> None:
    story = [
        "The ministry confirmed on Tuesday that the new bridge over the river will open in May.",
        "Engineers said the final inspections of the bridge had found no faults in the steel.",
        "The bridge, which cost 40 million euros, links the old town with the harbour district.",
    ]
    footer = "This article was first published in the Daily Post"
    # On the story's subject, and long enough to pass for its last sentences cut short.
    links = [
        "Ministry confirmed inspections of the new bridge found no faults in the steel",
        "New bridge over the river links the old town with the harbour district in May",
    ]
    result = clean("\n".join([*story, footer, *links]), "Bridge over the river to open in May")
    assert story_lines(result) == story
    assert [removed.reason for removed in result.removed] == [
        "copyright footer",
        "related-article teaser",
        "related-article teaser",
    ]


def test_section_word_between_paragraphs_is_a_subheading_not_navigation() -> None:
    raw = f"{STORY_BEFORE}\nPolitics\n{STORY_AFTER}"
    assert clean(raw, "Bridge").text == f"{STORY_BEFORE}\n\n## Politics\n\n{STORY_AFTER}"


def test_story_advice_given_as_a_list_is_kept() -> None:
    raw = f"{STORY_BEFORE}\nApplicants must:\n- register online before June\n- sign in with a bank ID\n"
    assert clean(raw + STORY_AFTER, "Bridge").removed == ()


@pytest.mark.parametrize(
    "raw",
    [
        "a" + "!" * 200_000 + "b",  # one word wrapped in a long run of punctuation
        "<!--" * 50_000,  # comments that never close
        "<div\n" * 20_000,  # tags that never close
        "(photo by " * 20_000,
        "... read more" + "!" * 200_000 + "a",
        "Posted on " + "by " * 50_000,
        ("Read more\nA Headline Here\n" + STORY_BEFORE + "\n") * 2_000,
        "A" + " -" * 100_000 + " 2020",  # a title of many parts
        "Jane Doe\nJane Doe, the mayor, spoke.\n" * 5_000,  # images' text above captions
        "x" + " (A" * 50_000 + ")",
    ],
    ids=[
        "punctuation",
        "comments",
        "tags",
        "credits",
        "teaser",
        "bylines",
        "related",
        "separators",
        "captions",
        "brackets",
    ],  # fmt: skip
)
def test_pathological_input_is_cleaned_in_linear_time(raw: str) -> None:
    started = time.perf_counter()
    clean(raw, "Title")
    assert time.perf_counter() - started < 10  # a quadratic pattern takes minutes here


# -- Any input --------------------------------------------------------------------------------

_FRAGMENTS = [
    "Home", "Menu", "News | World", "Share", "Advertisement", "– Advertisement –", "By Jane Doe",
    "5 min read", "Related Articles", "Read more: Something else", "Leave a Reply",
    "This content is AI-generated.", "<script>", "var x = 1;", "</script>", "<!--", "-->", "<div",
    'class="x">', "© 2025", "# Heading", "## Heading ##", "### Sub", "- item", "• item", "1. one",
    "2) two", "* * *", "-", "#", "1.", "A", "a.", "Context", "Politics",
    "The minister said the plan would cost 2 million euros.",
    "“Quote with U.S. inside,” she said.", "Short Headline Here",
    "A longer paragraph that explains what happened in some detail and ends properly.",
    "Sign up for our newsletter", "We use cookies.", "Photo: AFP", "12 Comments",
    # Shapes that the rules reading a line's neighbours and place look for:
    "From left, Jane Doe and Kim Lee pose for a photo.", "(Jane Doe/The Daily Post)", "Jane Doe",
    "Jane Doe, the mayor, spoke.", "- Jane Doe", "Listen", "0", "In this article:", "Top Stories",
    "2025-05-06 Storm closes ferry routes", "Home » World » Storm closes ferry routes",
    "Traders are working on the floor on Wednesday.", "Why olive oil keeps climbing",
    "Five hiking trails to try this summer", "The old keeper...on his last night...",
]  # fmt: skip
_SEPARATORS = ["\n", "\r\n", "\n\n", "\r", "\u2028", " \u00a0\n", "\t\n\u200b"]
_ARTICLES = st.lists(
    st.tuples(st.sampled_from(_FRAGMENTS), st.sampled_from(_SEPARATORS)), max_size=25
).map(lambda pairs: "".join(fragment + separator for fragment, separator in pairs))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_ARTICLES, st.text(max_size=300)), st.sampled_from(["", "Short Headline Here"]))
# A headline and a summary cut short, the page's only lines once a menu word between them is
# gone: its own excerpt, not a teaser card (cards.drop_cut_cards).
@example(
    raw="Why olive oil keeps climbing\nHome\nThe old keeper...on his last night...\n",
    title="Short Headline Here",
)
# Markup left beside them, no sentence of a story, makes no card of them either (cards.py).
@example(
    raw='class="x">\nWhy olive oil keeps climbing\nPolitics\nThe old keeper...on his last night...\n',
    title="Short Headline Here",
)
def test_any_input_cleans_without_error_idempotently_and_inventing_nothing(
    raw: str, title: str
) -> None:
    result = clean(raw, title)
    assert result.flags == tuple(sorted(result.flags))
    assert_invents_nothing(raw, result)
    if title:
        assert clean(result.text, title).text == result.text


# -- The seed articles ------------------------------------------------------------------------

# The headline front matter will give each seed, and the opening words of every block of
# story the cleaned text must hold, in order: nothing more (no boilerplate), nothing less.
SEED_STORY = {
    "000_8451e265bbcb7627.txt": (
        "President Lee Jae-myung Stresses Dialogue With China After U.S. Talks",
        [
            "South Korean President Lee Jae-myung has underlined",
            "## Balancing regional strategy as Lee pushes",
            "President Lee stressed that South Korea must",
            "This message also reflects concerns about rising",
            "## Growing U.S. cooperation sparks fresh urgency",
            "Lee’s recent dialogue with American officials covered",
            "This balanced tone aims to protect South",
            "## Staying open to cooperation while preparing",
            "Lee argued that South Korea can expand",
            "As geopolitical competition intensifies across Northeast Asia,",
        ],
    ),
    "001_56bf9781b76ec8e3.txt": (
        "Lee Jae-myung China Visit 2026: Navigating the US-China Rivalry",
        [
            "South Korean President Lee Jae-myung emphasizes balancing",
            "It's a diplomatic tightrope walk where the",
            "## Lee Jae-myung China Visit 2026: Balancing",
            "In an interview with Chinese state broadcaster",
            "The president's remarks suggest a desire to",
            "## A Push for Routine High-Level Dialogue",
            "To stabilize the relationship, Lee proposed more",
        ],
    ),
    "002_77345354ff28eb02.txt": (
        "South Korea's President Lee Jae Myung Seeks Strategic Cooperative Partnership With China",
        [
            "South Korean President Lee Jae Myung emphasized",
            "## Summit Focuses on Irreversible Strategic Cooperation",
            "In his opening remarks, President Lee highlighted",
            "Analysts note that the summit reflects Seoul’s",
            "## Context: South Korea-China Relations",
            "Relations between South Korea and China have",
            "President Lee’s approach underscores a long-term vision",
            "## Key Areas of Cooperation",
            "While official details of the discussions were",
            "- Trade and economic collaboration, including technology,",
            "- Cultural exchanges, aimed at restoring mutual",
            "- Regional security coordination, to address shared",
            "- Diplomatic dialogue to reduce tensions and",
            "By emphasizing an irreversible trend of strategic",
            "## Implications for Regional Diplomacy",
            "The summit marks a key milestone in",
            "As Seoul and Beijing move forward with",
        ],
    ),
    "003_c1cbc3802c2125c7.txt": (
        "South Korean President Lee Jae Myung Visits China to Strengthen Trade and Ease Regional "
        "Tensions",
        [
            "South Korea’s President Lee Jae Myung has",
            "Accompanied by a high-profile delegation of business",
            "Just hours before his departure, South Korea’s",
            "Seoul has historically walked a careful line",
            "“China views South Korea as the weakest",
            "President Lee has skillfully avoided taking sides",
            "## Trade, AI, and K-Pop on the",
            "Lee’s visit has a strong economic focus.",
            "The itinerary includes a summit with President",
            "Lee’s engagement with China is not only",
            "“This trip reflects a careful, pragmatic approach,”",
            "Ultimately, Lee’s visit highlights South Korea’s delicate",
        ],
    ),
    "004_071aeb18122fc6f2.txt": (
        "China and South Korea Reinforce Strategic Dialogue as Xi Jinping Hosts President Lee Jae "
        "Myung in Beijing",
        [
            "Beijing – China and South Korea are",
            "The visit reflects a shared intent to",
            "This high-level engagement comes at a moment",
            "For President Lee, the visit represents a",
            "The unusually short gap between meetings of",
            "China’s invitation ahead of Lee’s planned visit",
            "Both sides are expected to emphasize dialogue",
            "President Lee has openly expressed admiration for",
            "Such remarks reflect Seoul’s broader effort to",
            "Economic cooperation is expected to take center",
            "China remains South Korea’s largest trading partner,",
            "The visit also reinforces mutual interest in",
            "South Korea’s current leadership has articulated a",
            "This approach positions Seoul as a bridge-builder",
            "Security considerations are likely to feature in",
            "China’s role as a key regional actor",
            "President Lee’s engagement with Beijing is also",
            "In parallel, cooperation on supply chains and",
            "South Korea’s reliance on China for rare",
            "Both governments have recently signaled their intent",
            "Green industries and clean technology are also",
            "The visit reflects a mutual understanding that",
            "As Asia continues to play a defining",
            "This diplomatic engagement underscores the value of",
        ],
    ),
}


@pytest.mark.parametrize("with_title", [True, False], ids=["title", "no-title"])
@pytest.mark.parametrize("name", sorted(SEED_STORY))
def test_seed_keeps_every_story_line_and_no_boilerplate(name: str, with_title: bool) -> None:
    headline, openings = SEED_STORY[name]
    raw = seed_text(name)
    result = clean(raw, headline if with_title else "")
    lines = [line for line in result.text.split("\n") if line]
    assert len(lines) == len(openings), "\n".join(lines)
    for line, opening in zip(lines, openings, strict=True):
        assert line.startswith(opening)
    bare = (
        re.sub(r"^(?:#{1,6}|[•·▪●–—*-]|\d{1,3}[.)]) ", "", squash(ln)) for ln in raw.splitlines()
    )
    whole_source_lines = set(bare)
    assert all(squash(line) in whole_source_lines for line in story_lines(result))  # uncut
    assert _key(result.headline) == _key(headline)


@pytest.mark.parametrize("name", sorted(SEED_STORY))
def test_seed_is_idempotent_and_invents_nothing(name: str) -> None:
    raw, title = seed_text(name), SEED_STORY[name][0]
    once = clean(raw, title)
    assert clean(once.text, title).text == once.text
    assert_invents_nothing(raw, once)


def test_seed_notes_for_the_cleaner_are_honoured() -> None:
    flags = {name: clean(seed_text(name)).flags for name in SEED_STORY}
    assert flags == {name: ((AI_GENERATED,) if name.startswith("001") else ()) for name in flags}
    reasons = {name: [r.reason for r in clean(seed_text(name)).removed] for name in SEED_STORY}
    assert reasons["001_56bf9781b76ec8e3.txt"][-5:] == ["related-article teaser"] * 5
    assert "HTML markup" in reasons["000_8451e265bbcb7627.txt"]
    assert "repeated line" in reasons["000_8451e265bbcb7627.txt"]  # caption = subheading
    assert reasons["000_8451e265bbcb7627.txt"].count("repeated headline") == 1
    assert reasons["003_c1cbc3802c2125c7.txt"].count("repeated headline") == 1
    assert reasons["004_071aeb18122fc6f2.txt"][0] == "navigation"


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())
