"""Take the web boilerplate out of a scraped article body and return the story as Markdown.

The cleaner is an ordered list of named rules (RULES). Each looks at the lines the rules above
it kept and drops some, giving each a reason; no rule edits a line. The rules that test one
line at a time are here; those that read a line's neighbours and its place on the page have a
module each: bylines.py, captions.py, cards.py, comments.py, teasers.py and story.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from generator.analysis.agency_tags import drop_agency_tags
from generator.analysis.announced import announced_lines
from generator.analysis.appeal_sections import drop_appeal_sections
from generator.analysis.boilerplate import (
    AI_HINT,
    AI_MADE,
    APP_PROMO,
    BRACKET_LABEL,
    BROWSER_NOTICE,
    CALL_TO_ACTION,
    CALL_TO_ACTION_HINT,
    COMMENT_FORM,
    COMMENT_FORM_HINT,
    CONFIG_LINE,
    COOKIE_HINT,
    COOKIE_NOTICE,
    COPYRIGHT_FOOTER,
    COPYRIGHT_HINT,
    DATE_STAMP,
    DISCLAIMER_HINT,
    EMBED_CHROME,
    EMBED_LABEL,
    EMBED_SIGNATURE,
    GLUED_WORDS,
    ICON_ALT_TEXT,
    MENU_SEPARATOR,
    NAV_SEPARATOR,
    NAV_WORDS,
    PAYWALL,
    PAYWALL_HINT,
    PROMPT_START,
    PROSE_WORD,
    READER_ADDRESS,
    READER_OFFER,
    SCRIPT_CODE,
    SELF_REFERENCE,
    SITE_DISCLAIMER,
    SITE_PROMO,
    SITE_VOICE,
    SYNDICATION_NOTICE,
    TAG_LIST,
    TEASER_LABEL,
    UI_PHRASE,
    UI_WORDS,
    WIDGET_ERROR,
    hint,
    inline_teaser,
)
from generator.analysis.bylines import (
    EDITOR_INITIALS,
    drop_author_notes,
    drop_meta_lines,
    drop_stamped_datelines,
    trailing_initials,
)
from generator.analysis.captions import CAPTION, credited_caption, drop_captions, signed_story
from generator.analysis.cards import (
    DOUBLED,
    drop_cut_cards,
    drop_header_controls,
    is_doubled_headline,
)
from generator.analysis.comment_lists import drop_numbered_comments
from generator.analysis.comments import drop_reader_comments
from generator.analysis.editor_lines import matching
from generator.analysis.embedded_posts import introduces_post
from generator.analysis.glued_pieces import cut_off, found_glued, glued_piece, glued_sentences
from generator.analysis.headline_variants import drop_reworded_headlines
from generator.analysis.leftovers import drop_leftovers
from generator.analysis.lines import (
    INVISIBLE,
    Doc,
    Line,
    Rule,
    each_line,
    ends_sentence,
    headline_like,
    is_prose,
    matches,
    nav_tokens,
    plain,
    prompts,
    sentence_like,
    speaks_to_reader,
    split_lines,
    words,
)
from generator.analysis.markup import drop_html
from generator.analysis.menu_rows import drop_menu_rows
from generator.analysis.newsletter_prompts import is_newsletter_prompt
from generator.analysis.page_notes import drop_page_notes
from generator.analysis.picture_blocks import (
    drop_byline_over_picture,
    drop_credited_captions,
    drop_pictured_names,
)
from generator.analysis.picture_stories import drop_photo_credits
from generator.analysis.pictures import (
    CREDIT_ABROAD_HINT,
    LONE_AGENCY,
    PHOTO_CREDIT,
    PHOTO_CREDIT_ABROAD,
    PHOTO_CREDIT_HINT,
    PICTURE_CONTROL,
    REPORTED_VIA,
    is_credit_items,
)
from generator.analysis.promos import (
    drop_journalism_pitch,
    drop_link_footers,
    drop_offer_perks,
    drop_promo_boxes,
    drop_repeated_summaries,
    drop_truncated_repeats,
    drop_update_notices,
    where_to_watch,
)
from generator.analysis.reader_prompts import drop_reader_prompts
from generator.analysis.repeats import drop_repeated_lines
from generator.analysis.rewrap import join_wrapped_lines
from generator.analysis.site_controls import drop_site_controls
from generator.analysis.site_notices import drop_shot_lists, drop_site_notices
from generator.analysis.site_requests import is_advertising_offer, is_tip_request
from generator.analysis.source_credits import drop_bracketed_credits, drop_story_after_source
from generator.analysis.spaced_meta_lines import drop_spaced_meta_lines
from generator.analysis.story import (
    HEADLINE_FROM_LEAD,
    drop_labels_over_chrome,
    drop_lines_outside_story,
    drop_sandwiched_labels,
    headline_from_lead,
    take_headline,
)
from generator.analysis.summary import DATELINE, quick_sentences, story_start
from generator.analysis.teasers import (
    FOOTER,
    TEASER,
    drop_capital_teasers,
    drop_dated_cards,
    drop_headline_lists,
    drop_headlines_below_footer,
    drop_labelled_headlines,
    drop_labelled_links,
    drop_lone_headlines,
    drop_next_articles,
    drop_off_topic_tail,
    drop_related_blocks,
    drop_summary_runs,
    drop_tag_blocks,
    drop_teaser_runs,
    keep_lead,
)
from generator.analysis.templates import Template, is_candidate
from generator.analysis.titled_bylines import drop_titled_bylines
from generator.analysis.unwrap import join_word_lines
from generator.analysis.video_teasers import is_counted_card, is_video_teaser
from generator.analysis.widgets import (
    is_advertisement,
    is_control_bar,
    is_icon_labels,
    is_page_widget,
    is_share_widget,
    is_stray_word,
)
from generator.analysis.wire_captions import drop_wire_captions
from generator.models import CleanedArticle, RemovedLine

__all__ = ["AI_GENERATED", "EDITOR_DROP", "HEADLINE_FROM_LEAD", "RULES", "Rule", "clean"]

AI_GENERATED = "ai-generated"
EDITOR_DROP = "drop: in front matter"  # the reason of a line the editor's `drop` names
_INVISIBLE = INVISIBLE  # the characters the cleaner drops, as tests/test_properties.py reads them
_IS_PHOTO_CREDIT = matches(PHOTO_CREDIT, 60, PHOTO_CREDIT_HINT)
_IS_CREDIT_ABROAD = matches(PHOTO_CREDIT_ABROAD, 60, CREDIT_ABROAD_HINT)
_CONTROL_WORDS = 6
_CARD_WORDS = 60  # a headline twice over, and a pager's words between
# Strings the patterns of some rules need one of: looked for first, as most lines have none.
_FEED = hint("edited", "generated", "feed")
_APPS = hint(
    "google play",
    "play store",
    "playstore",
    "app store",
    "appstore",
    "follow us",
    "join us",
    "join our",
    "the link",
    "for the latest",
    "visit ",
    "whatsapp",
    "telegram",
    "instagram",
    "tiktok",
    "youtube",
    "facebook",
    "twitter",
    "linkedin",
    "threads",
    "bluesky",
    "mastodon",
    "pinterest",
    "snapchat",
    "reddit",
    "twitch",
    "weibo",
    " on x",
    " on [x",  # a network's name as a Markdown link
    " app",
)
_OFFER = hint(
    "contribut", "donation", "help us", "your support", "readers like", "access", "free", "unlock",
    "subscri", "exclusive", "register", "sign up", "log in", "continue reading", "got a", "us your",
    "have a", "edition", "replica", "paper", "gift", "preferred", "alerts", "like this", "podcast",
)  # fmt: skip
_BROWSER = hint("javascript", "notification")
# What every match of AI_HINT holds, case and all: a cheap test before the pattern.
_AI_MARKS = ("AI", "A.I", "ai", "rtificial", "anguage model", "LLM", "ChatGPT", "enerative")
_APP_PROMO = matches(APP_PROMO, 30, _APPS)


# -- Tests of one line ------------------------------------------------------------------------
def _is_photo_credit(line: Line) -> bool:
    """A credit line; not a paragraph of the story that a copyright mark signs off."""
    if line.words <= 4 and LONE_AGENCY.match(line.plain):
        return True
    if line.words <= _CONTROL_WORDS and PICTURE_CONTROL.match(line.plain):
        return True
    credit = _IS_PHOTO_CREDIT(line) or _IS_CREDIT_ABROAD(line)
    return (
        credit
        and not line.runs_on  # a dateline's "(City/AFP)" in a sentence broken across lines
        and not signed_story(line)
        and not _credited_dateline(line)
        and not _sourced_sentence(line)
    )


def _sourced_sentence(line: Line) -> bool:
    """A sentence of the story that names the wire it reports from ("..., Report informs via
    Reuters."), and no picture credit besides: its "via" follows a verb of reporting."""
    if not REPORTED_VIA.search(line.plain) or not ends_sentence(line.plain):
        return False
    rest = REPORTED_VIA.sub(" ", line.plain)
    return not (PHOTO_CREDIT.search(rest) or PHOTO_CREDIT_ABROAD.search(rest))


_DATELINE_STORY_WORDS = 8  # words after a dateline: a sentence of the story, not a caption's


def _credited_dateline(line: Line) -> bool:
    """A story's first paragraph after a dateline crediting its sources ("TAMPA, Fla. (WFLA/AP)
    - A deputy ..."): the credit is the dateline's, and no picture's credit follows it."""
    start = story_start(line.plain, DATELINE)
    if not start or "(" not in line.plain[:start]:
        return False
    rest = line.plain[start:]
    return words(rest) >= _DATELINE_STORY_WORDS and not PHOTO_CREDIT.search(rest)


def _is_code(line: Line) -> bool:
    """Script or style source, not a story sentence that quotes a brace or a semicolon."""
    text = line.plain
    if ":" in text and CONFIG_LINE.match(text):
        return True  # "maxItemsPerPage: 10": a template's settings
    if line.source.startswith("| ") and line.source.endswith("|"):
        return False  # a listing the story sets in a table, as code highlighters do; no script
    marks = ("{", "}", ";", "=", "function", "window.", "document.")  # cheap before the pattern
    return (
        any(mark in text for mark in marks)
        and bool(SCRIPT_CODE.search(text))
        and not _reads_as_prose(line)
    )


def _reads_as_prose(line: Line) -> bool:
    """Mostly words, several of them, ending on . ! ? or reporting speech: a sentence, not code.

    Unlike ends_sentence, a ";" does not count: JavaScript statements end with one, and a
    block of code that quotes "said" still ends with a brace or a semicolon.
    """
    tokens = line.plain.split()
    count = sum(1 for token in tokens if PROSE_WORD.fullmatch(token))
    last = line.plain.rstrip("\"')]»")[-1:]
    ends = last in (".", "!", "?", "…") or (line.reported and last not in ("{", "}", ";"))
    return count >= 6 and 4 * count >= 3 * len(tokens) and ends


def _is_ai_disclaimer(line: Line) -> bool:
    if line.words > 80 or line.reported or not any(mark in line.plain for mark in _AI_MARKS):
        return False
    if not AI_HINT.search(line.plain):
        return False
    return bool(SELF_REFERENCE.search(line.plain) and AI_MADE.search(line.plain))


def _is_cookie_notice(line: Line) -> bool:
    if line.words > 70 or line.reported or not COOKIE_HINT.search(line.folded):
        return False
    label = line.words <= 4 and not line.plain.endswith(".")
    speaks = label or READER_ADDRESS.search(line.plain) or SITE_VOICE.search(line.plain)
    return bool(speaks and COOKIE_NOTICE.search(line.plain))


def _is_embed_signature(line: Line) -> bool:
    """The line under an embedded post ("— Jane Doe (@janedoe) May 4, 2025"), the post with its
    signature glued on, and the frame's own words around it. A post's text with only its
    picture's link ("... are silent. pic.twitter.com/x"), no signed date, is what the story
    quotes: it stays."""
    text = line.plain
    if line.words <= 20 and EMBED_CHROME.match(text):
        return True  # "View this post on Instagram", "A post shared by Jane Doe (@janedoe)"
    if line.words <= 80 and EMBED_LABEL.match(text):
        return True  # "#WATCH | The mayor leads ...": an agency's post, as embedded
    signed = line.words <= 80 and "(@" in text and bool(EMBED_SIGNATURE.search(text))
    return signed and not introduces_post(text)


def _is_inline_teaser(line: Line) -> bool:
    """ "Read also: ...", "See also  Other headline - Outlet": a link to another story."""
    if line.words <= 40 and not line.reported and inline_teaser(line.plain):
        return True
    label = TEASER_LABEL.match(line.plain)
    return bool(label) and line.words <= 30 and headline_like(line.plain[label.end() :], 3)


def _is_navigation(text: str) -> bool:
    """Only navigation words, glued or separated or with a UI word; or a menu of short items."""
    count = words(text)
    items = MENU_SEPARATOR.split(text) if any(mark in text for mark in "|•·∙›»") else []
    # "Jane Doe | Afp | Getty Images": a picture's credit, its agency last, is no menu.
    credit = is_credit_items(items)
    if len(items) >= 3 and all(0 < words(item) <= 4 for item in items) and not credit:
        return True
    if count <= 8 and UI_PHRASE.search(text):
        return True
    if count <= 40 and not ends_sentence(text) and len(GLUED_WORDS.findall(text)) >= 3:
        return True  # "WorldBusinessMarketsSport": a menu whose spaces were lost
    tokens = nav_tokens(text) if count <= 12 else set()
    nav_only = 0 < len(tokens) <= 12 and tokens <= NAV_WORDS
    return nav_only and bool(NAV_SEPARATOR.search(text) or tokens & UI_WORDS)


# -- Rules that find boilerplate by one sentence of it ----------------------------------------
# Each drops a line it finds boilerplate in, unless a sentence of the story is glued onto it.
_SENTENCE_TESTS: dict[str, Callable[[Line], bool]] = {
    "ai_disclaimer": _is_ai_disclaimer,
    "syndication": matches(SYNDICATION_NOTICE, 40, _FEED),
    "site_disclaimer": matches(SITE_DISCLAIMER, 60, DISCLAIMER_HINT),
    "comment_form": matches(COMMENT_FORM, 30, COMMENT_FORM_HINT),
    "cookie_notice": _is_cookie_notice,
    "newsletter": is_newsletter_prompt,
    "call_to_action": prompts(CALL_TO_ACTION, folded_hint=CALL_TO_ACTION_HINT),
    "reader_offer": prompts(READER_OFFER, _OFFER),
    "site_promo": matches(SITE_PROMO, 25),
    "paywall": matches(PAYWALL, 40, PAYWALL_HINT),
    "app_promo": lambda line: _APP_PROMO(line) and not where_to_watch(line),
    "browser_notice": matches(BROWSER_NOTICE, 80, _BROWSER),
    "copyright": matches(COPYRIGHT_FOOTER, 40, COPYRIGHT_HINT),
}


def _sentence_rule(name: str, reason: str, flag: str = "") -> Rule:
    """The rule `name` of _SENTENCE_TESTS, dropping the lines with no story sentence glued to
    their boilerplate. A line with one keeps it: the boilerplate at its start or end is cut off
    it when the removed lines are listed ("... our Terms and Privacy Policy.The council voted
    ...", glued_pieces.py); one between two of the story's sentences stays, as boilerplate left
    in costs a reader less than a lost sentence."""
    test = _SENTENCE_TESTS[name]

    def apply(doc: Doc) -> None:
        for line in doc.lines:
            if line.reason:
                continue
            if test(line):
                whole = not _story_glued_on(line, test)
            elif found_glued(line, test):
                whole = False  # only a glued piece may go: the line as a whole is the story's
            else:
                continue
            if whole:
                line.reason = reason
            elif not (piece := glued_piece(line, test, reason)):
                continue  # kept whole: the site's sentence sits between two of the story's
            else:
                cuts = doc.glued.get(id(line), ())
                if any(cut.at_start == piece.at_start for cut in cuts):
                    continue  # that end is cut already, by a rule above
                doc.glued[id(line)] = (*cuts, piece)
            doc.flags.update({flag} - {""})

    return Rule(name, apply)


def _story_glued_on(line: Line, test: Callable[[Line], bool]) -> bool:
    """A sentence of the story glued, with no space, before or after the pieces `test` finds
    boilerplate in: two elements of the page the scraper ran together. A notice whose sentences
    a space parts is one paragraph, its other sentences explaining it, and goes whole."""
    pieces = glued_sentences(line.plain)
    if not pieces:
        return False
    found = [index for index, piece in enumerate(pieces) if test(piece)]
    others = (piece for index, piece in enumerate(pieces) if index not in found)
    sentences = (split_lines(text)[0] for piece in others for text in quick_sentences(piece.plain))
    return bool(found) and any(map(_story_sentence, sentences))


def _story_sentence(part: Line) -> bool:
    """A whole sentence that neither speaks to the reader nor holds any rule's boilerplate."""
    return (
        is_prose(part.plain)
        and sentence_like(part.plain)
        and not speaks_to_reader(part)
        and not PROMPT_START.match(part.plain)
        and not any(test(part) for test in _SENTENCE_TESTS.values())
    )


# -- Rules that look at more than one line ----------------------------------------------------
def _is_menu_word(line: Line) -> bool:
    tokens = nav_tokens(line.plain)
    return bool(tokens) and tokens <= NAV_WORDS


def _drop_menu_lists(doc: Doc) -> None:
    """A list of one- to three-word items, mostly menu entries already dropped: the rest too."""
    run: list[Line] = []
    for line in [*doc.lines, None]:
        if line is not None and line.kind == "bullet" and line.words <= 3:
            run.append(line)
            continue
        menu = sum(item.reason == "navigation" or _is_menu_word(item) for item in run)
        if len(run) >= 4 and 2 * menu >= len(run):
            for item in run:
                item.reason = item.reason or "navigation"
        run = []


# The cleaner, in order: each rule sees only the lines that the rules above it kept.
RULES: tuple[Rule, ...] = (
    Rule("html", drop_html),
    Rule("script_code", each_line("HTML markup", _is_code)),
    Rule("decoration", each_line("decoration", lambda line: not line.key)),
    _sentence_rule("ai_disclaimer", "AI-generated disclaimer", AI_GENERATED),
    _sentence_rule("syndication", "disclaimer"),
    _sentence_rule("site_disclaimer", "disclaimer"),
    _sentence_rule("comment_form", "comment form"),
    Rule("reader_comments", drop_reader_comments),  # needs the comment section's heading
    _sentence_rule("cookie_notice", "cookie notice"),
    _sentence_rule("newsletter", "newsletter prompt"),
    _sentence_rule("call_to_action", "call to action"),
    _sentence_rule("reader_offer", "call to action"),
    _sentence_rule("site_promo", "call to action"),
    _sentence_rule("paywall", "paywall"),
    Rule("advertisement", each_line("advertisement", plain(is_advertisement, 12))),
    Rule("advertising_offer", each_line("advertisement", is_advertising_offer)),
    Rule("share_widget", each_line("share widget", plain(is_share_widget, 12))),
    Rule("reader_prompts", drop_reader_prompts),  # prompts, credits and labels by their shape
    Rule("site_notices", drop_site_notices),  # the site's trademark, its radio, its pointers
    Rule("shot_lists", drop_shot_lists),
    _sentence_rule("app_promo", "call to action"),
    Rule("tip_request", each_line("call to action", is_tip_request)),  # with where to send it
    Rule("page_widget", each_line("page widget", plain(is_page_widget, 14))),
    _sentence_rule("browser_notice", "page widget"),
    Rule("widget_error", each_line("page widget", plain(WIDGET_ERROR.match, 6))),
    Rule("site_controls", drop_site_controls),  # a player's, a loader's, a sign-in box's
    Rule("page_notes", drop_page_notes),
    Rule("icon_alt_text", each_line("icon alt text", plain(ICON_ALT_TEXT.match, 3))),
    Rule("stray_word", each_line("stray word", plain(is_stray_word, 1))),
    Rule("label", each_line("label", plain(BRACKET_LABEL.match, 4))),
    Rule("byline", drop_meta_lines),
    Rule("titled_byline", drop_titled_bylines),  # "By Europe correspondent Jane Doe"
    Rule("dateline", drop_stamped_datelines),
    Rule("spaced_meta", drop_spaced_meta_lines),  # "2 min read . Updated: 14 Oct 2024"
    Rule("control_bar", each_line("page widget", plain(is_control_bar, 8))),  # after reading times
    Rule("icon_labels", each_line("page widget", plain(is_icon_labels))),
    Rule("navigation", each_line("navigation", plain(_is_navigation, 40))),
    Rule("menu_list", _drop_menu_lists),
    Rule("menu_rows", drop_menu_rows),  # before the headline: a menu row is never it
    Rule("photo_credit", lambda doc: drop_photo_credits(doc, _is_photo_credit)),
    _sentence_rule("copyright", FOOTER),
    Rule("embed", each_line("embedded post", _is_embed_signature)),
    Rule("tags", each_line("tags", matches(TAG_LIST, 40))),
    Rule("tag_block", drop_tag_blocks),
    Rule("inline_teaser", each_line(TEASER, _is_inline_teaser)),
    Rule("video_teaser", each_line(TEASER, is_video_teaser)),
    Rule("counted_card", each_line(TEASER, is_counted_card)),
    Rule("related_block", drop_related_blocks),
    Rule("summary_runs", drop_summary_runs),
    Rule("labelled_links", drop_labelled_links),
    # A card's link and title glued: after the blocks, which name most of them as teasers.
    Rule("doubled_headline", each_line(DOUBLED, plain(is_doubled_headline, _CARD_WORDS))),
    # Repeats go before the headline is looked for, so that the headline rule sees the lines a
    # second cleaning would see: cleaning the cleaned text again changes nothing.
    Rule("repeated_lines", drop_repeated_lines),
    Rule("truncated_repeats", drop_truncated_repeats),
    Rule("repeated_summaries", drop_repeated_summaries),
    Rule("headline", take_headline),
    Rule("leftovers", drop_leftovers),  # after the headline: a summary line may repeat it
    Rule("next_articles", drop_next_articles),  # needs the repeats of their headlines dropped
    Rule("byline_over_picture", drop_byline_over_picture),  # a header's author and caption
    Rule("credited_captions", drop_credited_captions),  # before the titles over them are read
    Rule("captions", drop_captions),  # after the headline: a caption may repeat it
    Rule("wire_captions", drop_wire_captions),  # the wires' own shapes the captions left
    Rule("bracketed_credits", drop_bracketed_credits),  # a picture's credit without its caption
    Rule("pictured_names", drop_pictured_names),  # needs the page's captions found
    Rule("reworded_headlines", drop_reworded_headlines),  # a picture's title is a caption's
    Rule("off_topic_tail", drop_off_topic_tail),  # whole cards, before their headlines go
    Rule("below_footer", drop_headlines_below_footer),
    Rule("teaser_runs", drop_teaser_runs),
    Rule("headline_lists", drop_headline_lists),
    Rule("labelled_headlines", drop_labelled_headlines),
    Rule("sandwiched", drop_sandwiched_labels),  # before lone headlines: one may sit over it
    Rule("labels_over_chrome", drop_labels_over_chrome),
    Rule("lone_headlines", drop_lone_headlines),
    Rule("capital_teasers", drop_capital_teasers),
    Rule("dated_cards", drop_dated_cards),  # after the runs, which take whole lists of cards
    Rule("cut_cards", drop_cut_cards),  # a lone card: a headline over a summary cut short
    Rule("link_footers", drop_link_footers),  # before the notes: a link may sit under one
    Rule("story_after_source", drop_story_after_source),  # before the notes: it ends the story
    Rule("numbered_comments", drop_numbered_comments),  # at the page's foot, teasers gone
    Rule("author_notes", drop_author_notes),  # at the foot of the story, teasers gone
    Rule("agency_tags", drop_agency_tags),  # the agency's initials under the story
    Rule("journalism_pitch", drop_journalism_pitch),  # before the boxes: it is a prompt
    Rule("appeal_sections", drop_appeal_sections),  # an appeal under its heading, to the end
    Rule("promo_boxes", drop_promo_boxes),
    Rule("offer_perks", drop_offer_perks),  # a pitch and its list, under the story
    Rule("update_notice", drop_update_notices),  # before the lead is kept: it would be the lead
    Rule("lead_kept", keep_lead),  # before the story's bounds are read: the lead is in them
    Rule("header_controls", drop_header_controls),  # before the story's bounds are read
    Rule("outside_story", drop_lines_outside_story),  # it needs the story's final bounds
    Rule("headline_from_lead", headline_from_lead),  # last: only the story is left to read
)


def _render(lines: list[Line], as_written: frozenset[int] = frozenset()) -> str:
    """Markdown: one block per line, list items grouped, plain subheadings marked "## ".

    The lines whose id() is in `as_written` (the editor's `keep`) are never made subheadings,
    nor those above the story's first paragraph: a subheading parts the story, and a line
    over all of it is a standfirst or a caption ("The collapse led to turmoil" over the lead).
    """
    kinds = [line.kind for line in lines]
    first_paragraph = next((i for i, line in enumerate(lines) if is_prose(line.plain)), len(lines))
    for index in range(len(lines) - 2, first_paragraph, -1):  # a subheading needs one after
        text, following = lines[index].text, lines[index + 1].text
        fits = words(text) <= 14 and len(following) > len(text) and not text.endswith("#")
        fits = fits and id(lines[index]) not in as_written
        if kinds[index] == kinds[index + 1] == "para" and fits and headline_like(text):
            kinds[index] = "subheading"
    blocks: list[str] = []
    for index, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        text = ("## " if kind == "subheading" else line.marker) + line.text
        if kind in ("bullet", "number") and index and kinds[index - 1] == kind:
            blocks[-1] += "\n" + text
        else:
            blocks.append(text)
    return "\n\n".join(blocks)


def clean(
    raw: str,
    title: str = "",
    keep: Sequence[str] = (),
    drop: Sequence[str] = (),
    template: Template = (),
    rules: Sequence[Rule] = RULES,
) -> CleanedArticle:
    """The story in `raw` as Markdown, with each dropped line and the reason it was dropped.

    `keep` and `drop` are the editor's last word (front matter): a line matching a `keep`
    entry is never dropped, one matching a `drop` entry always is, and `keep` wins over
    `drop`. A line matches an entry when the line (whitespace runs made one space), with or
    without its Markdown marks ("- ", "## ", emphasis), starts with the entry, with or without
    the entry's own marks (editor_lines.py); case counts.
    `template` gives, with its reason, each line that recurs in the site's other articles
    (templates.py): dropped after the rules, so that a line a rule knows keeps that rule's reason.
    `rules` replaces RULES to measure another cleaner (eval/cleaning.py --classifier).
    """
    # A page hard-wrapped at every word, or at a fixed width: its paragraphs joined back.
    doc = Doc(split_lines(join_wrapped_lines(join_word_lines(raw), title)), title)
    protected, keep_unmatched = matching(doc.lines, keep)
    dropped, drop_unmatched = matching(doc.lines, drop)
    as_written = frozenset(map(id, protected))
    for line in dropped:
        if id(line) not in as_written:
            line.reason = EDITOR_DROP  # before the rules, so that each of them sees it gone
    # The story's own tables, details and contacts, which rules for short lines would take for
    # links and time stamps, and the subheadings of the rendering for headings.
    tallies = [line for line in announced_lines(doc.lines) if line.reason != EDITOR_DROP]
    as_written |= frozenset(map(id, tallies))
    fixed = frozenset(map(id, (*protected, *tallies)))
    _apply(doc, rules, fixed)
    if not (title or doc.headline):
        # Only a page that gave no headline can clean differently a second time: the search
        # for it stops at the story's first sentences, which a later rule may drop as captions.
        _settle(doc, rules, title, as_written, fixed)
    candidates = tuple(line.source for line in doc.kept() if is_candidate(line))
    _drop_template(doc, dict(template), as_written)
    removed = tuple(_removals(doc, fixed))
    unmatched = tuple(("keep", entry) for entry in keep_unmatched) + tuple(
        ("drop", entry) for entry in drop_unmatched
    )
    text = _render(doc.kept(), as_written | doc.as_written)
    flags = tuple(sorted(doc.flags))
    return CleanedArticle(text, removed, flags, doc.headline, unmatched, candidates)


def _apply(doc: Doc, rules: Sequence[Rule], fixed: frozenset[int]) -> None:
    pinned = [line for line in doc.lines if id(line) in fixed]
    for rule in rules:
        rule.apply(doc)
        # After every rule, not once at the end: the rules below see the line as kept.
        for line in pinned:
            line.reason = ""


_SETTLE_PASSES = 2


def _settle(
    doc: Doc, rules: Sequence[Rule], title: str, as_written: frozenset[int], fixed: frozenset[int]
) -> None:
    """Clean the cleaned text again, as a reader of digest's output may, and drop here what that
    drops: a rule may rest on a line a later rule drops (the story's first paragraph, dropped
    as a caption, bounds the headline's search), and the text must not change a second time."""
    for _ in range(_SETTLE_PASSES):
        kept = doc.kept()
        again = Doc(split_lines(_render(kept, as_written)), title or doc.headline)
        if len(again.lines) != len(kept):
            return  # no line for line match: leave the first cleaning as it is
        pinned = frozenset(
            id(new) for old, new in zip(kept, again.lines, strict=True) if id(old) in fixed
        )
        _apply(again, rules, pinned)
        changed = [(old, new) for old, new in zip(kept, again.lines, strict=True) if new.reason]
        if not changed:
            return
        for old, new in changed:
            old.reason = new.reason
        if not doc.headline and again.headline:  # the line it dropped as the headline is one
            doc.headline = again.headline
            doc.flags |= again.flags


STAMP = "machine date stamp"


def _removals(doc: Doc, fixed: frozenset[int]) -> Iterator[RemovedLine]:
    """Each dropped line, in order; and the date stamp a scraper put before a kept line ("date
    2024-05-11 The minister said ..."), and a caption with its bracketed credit run on after a
    paragraph ("... The mayor at the port. [Jane Doe, Daily Post]"), and an editor's initials
    after the last sentence, cut off it: no part of the story, they would otherwise open the
    article's lead or close its paragraphs. The site's sentence glued to a kept line is cut off
    it too (glued_pieces.py), unless the editor keeps the line as written."""
    lines = doc.lines
    last = next((line for line in reversed(lines) if not line.reason), None)
    for line in lines:
        if line.reason:
            yield RemovedLine(line.source, line.reason)
            continue
        for piece in doc.glued.get(id(line), ()) if id(line) not in fixed else ():
            yield RemovedLine(piece.text, piece.reason)
            cut_off(line, piece)
        initials = trailing_initials(line.text) if line is last else None
        if initials is not None:  # only under the story's last sentence: a signature
            yield RemovedLine(line.text[initials:].strip(), EDITOR_INITIALS)
            line.text = line.text[:initials]
        if line.stamp and (stamp := DATE_STAMP.match(line.text)):
            line.text = line.text[stamp.end() :]
            yield RemovedLine(stamp.group().strip(), STAMP)
        if caption := credited_caption(line.text):
            yield RemovedLine(line.text[caption:], CAPTION)
            line.text = line.text[:caption].rstrip()


def _drop_template(doc: Doc, template: dict[str, str], as_written: frozenset[int]) -> None:
    """Drop the kept lines that are the site's template, unless the editor keeps them."""
    for line in doc.kept():
        if line.source in template and id(line) not in as_written:
            line.reason = template[line.source]
