"""Controls of the page left as text, whole lines no story writes: a video player's countdown and
empty playlist, a loader's placeholder, a plugin's configuration error, a sign-in box's fields,
a blog's comment buttons and its note on moderation, the comment section's heading and house
rules, a post's meta bar, an audio clip's shortcode, the site saying it uses cookies."""

from __future__ import annotations

import re

from generator.analysis.lines import Doc, Line

_CONTROL_WORDS = 10  # a control's label is short; a longer line may be the story's sentence
# A player's next-video countdown ("Autoplay in... 6 (Cancel)", "Up next in 5"): a count and a
# button, which no story line ends on; and the notice of a playlist played out.
_PLAYER = re.compile(
    r"(?i)^\W*(?:autoplay|up next|next video|playing next)\b(?:\s*in)?\W*\d{1,2}\b\W*(?:\(?cancel\)?)?"
    r"\W*$|\bno more videos\b|\bplaylist is empty\b"
)
# A widget's loader, alone on its line: "Loading" and what it loads, ending on a part of the
# page or the data a widget shows ("Loading article content", "Loading the comments...",
# "Loading weather data", "Loading live scores"), or on an ellipsis, the mark of a task under
# way ("Loading your results..."), after at most two words, none of them a past verb: "Loading
# the trucks took hours…" is a story's sentence trailing off. "Loading docks reopen" ends on its
# verb, and stays.
_LOADED = (
    "article|story|stories|page|post|posts|video|videos|player|comments?|more|results|content|text|"
    "body|articles|data|weather|forecast|maps?|charts?|graphs?|scores|quotes|prices|feed|widget|"
    "gallery|images|photos|audio|podcast|poll|form|ads?|tweets?|timeline|recommendations"
)
_LOADER = re.compile(
    rf"(?i)^[\W_]*loading (?:the |your )?(?:[\w-]+ ){{0,3}}(?:{_LOADED})(?:\.\.\.|…)?[\W_]*$|"
    r"^[\W_]*loading (?:[\w-]+ )?(?![\w-]*ed\b)[\w-]+ ?(?:\.\.\.|…)[\W_]*$"
)
# A plugin's configuration error, shown where its embed should be: "GIPHY App Key not set.
# Please check settings", "Invalid API key", "Widget ID missing". The key, token or id in the
# site's telegraphic wording, opening the line after at most the product's name ("Google Maps");
# a story says whose key leaked, in a sentence ("The app's API key was not set, ..."). The error
# is telegraphic to its end: nothing follows it but its one instruction ("Please check
# settings"), where "No API key was needed to ..." goes on as a story's sentence.
_SETTING = (
    r"(?:(?:app|api|access|client|developer|license|licence) ?(?:key|token|id|secret)|(?:widget|"
    r"embed|feed|plugin|gallery|map) ?(?:id|key|code|token|url))s?"
)
_INSTRUCTION = r"(?:please|check|contact|enter|add|set|update|go to|visit|see|configure)\b[^.!?]*"
_ERROR_END = rf"(?:[\W_]*$|[.!:;]\s*{_INSTRUCTION}[.!]?\s*$)"
_CONFIG_ERROR = re.compile(
    rf"(?i)^[\W_]*(?:error:? )?(?:(?-i:[A-Z])[\w.-]* ){{0,2}}{_SETTING} (?:is )?(?:not (?:set|"
    rf"found|configured|provided|valid)|missing|invalid|expired|required|empty){_ERROR_END}|"
    rf"^[\W_]*(?:error:? )?(?:invalid|missing|no) {_SETTING}"
    rf"(?: (?:provided|specified|supplied|given|found|set|configured))?{_ERROR_END}"
)
_ERROR_WORDS = 14  # the error and its one instruction
# A sign-in box's fields, each alone on its line: no story line is only "Remember me".
_SIGN_IN = re.compile(
    r"(?i)^(?:forgot(?:ten)? (?:your |my )?(?:password|username|login)|lost your password|"
    r"remember me|keep me (?:signed|logged) in|stay (?:signed|logged) in|existing users?|"
    r"new users?|returning users?)\W*$"
)
# A sign-in box's greeting, opening on what the reader may do there ("Access your account,
# submit a petition & check its progress."): the site's voice to its user, no story's.
_ACCOUNT_PROMPT = re.compile(r"(?i)^(?:access|manage|view|update) your (?:account|profile)\b")
_PROMPT_WORDS = 16
# A blog's buttons under each reader's comment, run together by the scraper ("ReplyDelete",
# "Reply Delete Replies"): a comment platform's, never a story's.
_COMMENT_BUTTONS = re.compile(r"(?i)^(?:reply ?delete|delete ?reply)(?: ?replies)?(?: ?reply)?$")
# A post's meta bar run together: its author and its sections, listed with commas in capitals,
# then the comment link ("Editor Front Page, News Leave a Comment", "Jane Doe Local, Politics
# No Comments"). A subheading has no list of sections; a sentence ends with a stop.
_META_BAR = re.compile(
    r"^(?=[^,]+,)(?:[A-Z][\w&'’.-]*,? ){1,8}(?i:leave a (?:comment|reply)|no comments|comments? off)$"
)
# The comment box's note on moderation: "Comments will appear once they have been moderated.",
# "Your comment is awaiting moderation." A story reports who moderates, not when yours appears.
_MODERATION = re.compile(
    r"(?i)\bcomments? (?:will|may|must) (?:only )?(?:appear|be (?:published|shown|visible|posted|"
    r"displayed))\b[^.!?]{0,40}\b(?:moderat|approv)|\byour comment is awaiting moderation\b"
)
# The comment section's heading, alone on its line, naming whose comments they are: "Your
# Comments", "Readers' Comments", "User Comments (12)". The bare "Comments" is the comment form
# rule's (boilerplate.COMMENT_FORM); a story's subheading names its subject. "Recent Comments"
# heads a sidebar of other posts' titles, which the teaser rules take with it.
_COMMENTS_HEADING = re.compile(
    r"(?i)^\W*(?:your|readers?['’]?|users?['’]?|visitors?['’]?|members?['’]?|"
    r"(?:what )?our readers(?: say)?) (?:comments?|reactions|responses|replies|views)"
    r"(?:\s*[(\[]\d*[)\]])?\W*$"
)
# The house rules of a comment section or forum, in the site's voice: "We reserve the right to
# remove any content at any time from this Community", "... to edit or delete comments". A story
# quoting a company's terms reports them ("..., the company said"), which the rule leaves. The
# rule names the comments or the community it keeps: "We reserve the right to remove content
# that breaks the law from our platform" is a company's policy a story may quote, not the
# comment section's.
_HOUSE_RULES = re.compile(
    r"(?i)^\W*we reserve the right to (?:remove|delete|edit|moderate|reject|refuse|block|ban|close)"
    r"\b[^.!?]{0,80}\b(?:comments?|commenters?|community|forum|discussion|threads?)\b"
)
_NOTICE_WORDS = 60  # the moderation note with the reason for it; a story's paragraph is longer
# An audio or video clip's shortcode, opened and closed on one line ("[audio:clip.mp3]The
# mayor on the vote[/audio]"): the player's title, which the page shows beside the story.
_SHORTCODE = re.compile(r"^\[(audio|video|embed|playlist)\b[^\]]*\].*\[/\1\]\s*$", re.IGNORECASE)
# The site saying it sets cookies, with no "we" or "you" for the cookie rule to know it by:
# "This website is using cookies." A story about cookies names whose site it means.
_SITE_COOKIES = re.compile(r"(?i)^this (?:web ?)?site (?:is using|uses|use) cookies\b")


def _reason(line: Line) -> str:
    """Why `line` is a control of the page, or "" when it may be the story's."""
    text = line.plain
    if _SHORTCODE.match(text):
        return "audio clip"
    if line.reported:
        return ""
    if line.words <= _NOTICE_WORDS and (_MODERATION.search(text) or _HOUSE_RULES.match(text)):
        return "comment form"
    if line.words <= _PROMPT_WORDS and _ACCOUNT_PROMPT.match(text):
        return "page widget"
    if line.words <= _ERROR_WORDS and _CONFIG_ERROR.search(text):
        return "page widget"
    if line.words > _CONTROL_WORDS:
        return ""
    if _PLAYER.search(text) or _LOADER.match(text) or _SIGN_IN.match(text):
        return "page widget"
    if _COMMENT_BUTTONS.match(text) or _META_BAR.match(text) or _COMMENTS_HEADING.match(text):
        return "comment form"
    if _SITE_COOKIES.match(text):
        return "cookie notice"
    return ""


def drop_site_controls(doc: Doc) -> None:
    """Drop each kept line that is one of the page's controls (_reason)."""
    for line in doc.lines:
        if not line.reason:
            line.reason = _reason(line)
