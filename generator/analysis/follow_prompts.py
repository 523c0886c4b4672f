"""The prompt to follow, like or join an account on a social network, as a regular expression
that boilerplate.APP_PROMO holds: the whole line is the prompt, or the rest is the site's."""

from __future__ import annotations

_NETWORKS = (
    "(?:facebook|twitter|x|instagram|tiktok|youtube|threads|linkedin|telegram|whatsapp|bluesky|"
    "mastodon|pinterest|snapchat|reddit|twitch|weibo)"
)
_LINK = r"(?:\]\([^)\s]*\))?"  # the network as a Markdown link: "on [X](https://x.com/...)"
# After the network: more networks, the handle or address, what following brings ("for
# updates", "to ..."), another prompt ("and like us on Facebook"); then the line's end, or
# another sentence of the site's, in its voice or prompting ("Follow us on X. Sign up for our
# newsletter."). "Follow the money on Twitter and you find ..." goes on as a story's sentence,
# and so does one after the prompt's stop: the line then stays whole, as the sentence must.
_TAIL = (
    rf"{_LINK}(?:(?:,? (?:and|&|or) |, ?)\[?{_NETWORKS}\b{_LINK})*"
    r"(?:\s*[(:|–—-]?\s*(?:at\s+)?(?:@[\w.]+|https?://\S+|(?:www\.)?[\w-]+\.[a-z]{2,4}/\S*)\)?)?"
    r"(?: (?:here|today|now|(?:for|to) [^.!?]{0,60}))?"
    r"(?:(?:,? (?:and|or|&) |, )(?:like|follow|join|find|subscribe|check out|visit|watch)\b"
    r"[^.!?]{0,80})?"
    r"(?:[\W_]*$|[.!?][*_]{0,2}\s+(?=[^.!?]*\b(?:you|your|we|our|us)\b|(?:subscribe|sign|join|"
    r"get|click|tap|download|follow|like|stay|keep|visit|share)\b))"
)
# "Follow Global News on Twitter HERE:", "Like us on Facebook", "*Follow Jane Doe (@janedoe) on
# X.*": the site's or its writer's accounts, named by up to six words or a handle, the line
# perhaps in emphasis or a quote. "Like thousands of users on Facebook, she ..." opens a
# story's sentence: the tail has no clause for it. Case is ignored (APP_PROMO's "(?i)").
FOLLOW_PROMPT = (
    rf"^[\W_]*follow (?:[\w'’&.@-]+ |\(@\w+\) ){{1,6}}on \[?{_NETWORKS}\b{_TAIL}|"
    rf"^[\W_]*(?:like|join|find) (?:[\w'’&.-]+ ){{1,4}}on \[?{_NETWORKS}\b{_TAIL}"
)
