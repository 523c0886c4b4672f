"""What web boilerplate looks like: the vocabulary and line shapes the cleaner's rules test."""

from __future__ import annotations

import re

from generator.analysis.follow_prompts import FOLLOW_PROMPT
from generator.analysis.words import MONTHS, WEEKDAYS
from generator.patterns import lazy_compile


def _vocab(words: str) -> frozenset[str]:
    return frozenset(words.split())


def hint(*strings: str) -> re.Pattern[str]:
    """Plain strings, one of which every match of a pattern holds: a cheap test to run first."""
    return re.compile("|".join(re.escape(string) for string in strings))


def any_of(words: str) -> str:
    """A regex group matching any of the space-separated alternatives ("_" is a space)."""
    return "(?:" + "|".join(word.replace("_", " ") for word in words.split()) + ")"


# -- Who is speaking: the story's sources, the site, or the reader being addressed ------------
_SPEECH = (
    "said says told according_to reported announced added noted insisted stated claimed warned "
    "argued explained wrote"
)
# Reported speech, in lower case: a story sentence, whatever it holds. One alternation behind
# one lookbehind: the pattern runs on every line, and the lookbehind is tried at each character.
ATTRIBUTION = lazy_compile(rf"(?<![a-z]){any_of(_SPEECH)}\b")
AI_HINT = lazy_compile(r"AI|A\.I|\bai\b|[Aa]rtificial|[Ll]anguage model|LLM|ChatGPT|[Gg]enerative")
SITE_VOICE = lazy_compile(
    r"\b(?i:we|we're|we'll|we've|our|thanks for reading)\b|\b[Uu]s\b"
)  # not "US"
READER_ADDRESS = lazy_compile(r"(?i)\b(?:you|your|yours|you're|you'll)\b")
PROMPT_START = lazy_compile(  # how prompts open: "Subscribe ...", "Already a member? ..."
    rf"(?i)^{any_of('subscribe sign log register join get enter click tap download follow stay keep')}\b|"
    rf"^{any_of('never try start unlock create want enjoy support fund back donate become already thanks')}\b"
)
# Too common to tell whether a teaser is about the story above it.
STOPWORDS = _vocab(
    "that this with from have has had were been will would could should their there they them "
    "then than what when where which while about after before into over under also more most "
    "such only other some just very said says"
)


# -- What boilerplate looks like: vocabulary and shapes, never one site's exact words ---------
_BLOCK_TAGS = "script style iframe noscript svg template object form select textarea figure video"
BLOCK_TAG_OPEN = lazy_compile(rf"(?i)^<({any_of(_BLOCK_TAGS)})\b")
BLOCK_TAG_CLOSE = {tag: lazy_compile(rf"(?i)</{tag}\s*>") for tag in _BLOCK_TAGS.split()}
HTML_COMMENT_CLOSE = lazy_compile("-->")
TAG_CLOSE = lazy_compile(">")
TAG_START = lazy_compile("^</?[a-z]")
SCRIPT_CODE = lazy_compile(
    r"[{}]|\w\([^()]*\)\s*;$|=>|\bfunction\s*\(|^(?:var|let|const)\s+[\w$]+\s*=|"
    r"^(?:window|document)\.\w|^[a-z-]+\s*:\s*[^;]{1,60};$"
)
# A word as prose writes it, perhaps with quotes or punctuation around it: not "a.b(c)" or "7*7".
PROSE_WORD = lazy_compile(r"[\"'(\[]*[^\W\d_][\w'-]*[,.;:!?\"')\]]*")
_AI = r"(?:\bA\.?I\b\.?|artificial intelligence|language models?|\bLLMs?\b|chatgpt|generative)"
AI_MADE = lazy_compile(
    rf"(?i){_AI}[\s-]*{any_of('generated written assisted produced created powered aided')}|"
    rf"{any_of('generated written produced created drafted summarized translated assisted')}"
    rf"\s+(?:[\w-]+\s+){{0,6}}?{any_of('by with using')}\s+(?:[\w-]+\s+){{0,4}}?{_AI}"
)
SELF_REFERENCE = lazy_compile(  # a disclaimer speaks of the page itself, not of the story's subject
    r"(?i)^(?:disclaimer|note|editor's note|transparency)\b|\b(?:this|the following|the above|"
    rf"our) (?:[\w-]+ )?{any_of('content article story post summary text report piece page')}\b|"
    rf"\b{any_of('errors inaccuracies mistakes reviewed fact-checked editors? editorial original')}\b"
)
COOKIE_NOTICE = lazy_compile(
    r"(?i)\bcookies?\b|\bconsent\b|\bprivacy (?:settings|preferences|choices|policy|cent(?:er|re))|"
    r"\bdo not sell\b|\b(?:accept|reject) all\b|\btracking technologies\b|\bmanage (?:preferences|"
    r"settings|options|choices)\b"
)
NEWSLETTER_PROMPT = lazy_compile(
    r"(?i)\b(?:newsletters?|subscrib(?:e|ed|ing)|subscriptions?|sign(?:ing)?[ -]?up|inbox|spam|"
    r"unsubscribe|mailing list|e-?mail (?:updates|alerts))\b"
)
# The words of COOKIE_NOTICE, one of which each of its matches holds, in lower case.
COOKIE_HINT = hint(
    "cookie", "consent", "privacy ", "do not sell", "accept all", "reject all",
    "tracking technologies", "manage ",
)  # fmt: skip
# The words of NEWSLETTER_PROMPT, one of which each of its matches holds, in lower case.
NEWSLETTER_HINT = hint("newsletter", "subscri", "sign", "inbox", "spam", "mailing list", "mail ")
CALL_TO_ACTION = lazy_compile(
    r"(?i)\b(?:(?:sign|log)[ -]?(?:in|on|out)|create (?:an? )?(?:free )?account|my account|register "
    r"(?:now|here|today|for free)|forgot (?:your )?password|already (?:a )?(?:subscriber|member)|"
    r"(?:download|get|install) (?:the|our) (?:[\w-]+ ){0,3}app|(?:click|tap) (?:here|on (?:this|"
    r"the) link)|donate|(?:support|fund|back) (?:(?:our|independent|quality|local) )+journalism|"
    r"become a (?:member|supporter)|listen to (?:this|the) (?:article|story)|google news|whatsapp "
    r"channel|send (?:us )?tips?|save (?:this|articles|stories|for later)|reading list|buy (?:a|this) "
    r"(?:photo|print|picture))\b"
)
# The words of CALL_TO_ACTION, one of which each of its matches holds, in lower case: " app"
# follows a word and its space, as "tips?" holds "tip".
CALL_TO_ACTION_HINT = hint(
    "sign", "log", "account", "register", "password", "already", " app", "click", "tap",
    "donate", "journalism", "become a", "listen to", "google news", "whatsapp", "tip", "save",
    "reading list", "buy",
)  # fmt: skip
# The site pointing its reader elsewhere: to more of the site ("Discover more from Daily Post",
# "For more news and analysis about Kenya follow X"), or to a player on the page ("Watch live
# coverage in the video player above", "See the video below"), to all its news ("(Catch all the
# Business News ... on Daily Post.)"), or to its paper ("The Daily Post newspaper is available
# online now."). Whole lines, short (clean.py).
SITE_PROMO = lazy_compile(
    r"(?i)^\W*(?:discover|explore|get|read|see) more (?:from|of|at) [\w.'’&-]+(?: [\w.'’&-]+){0,3}"
    r"\W*$|^\W*for (?:more|the latest|all the latest|further)\b.{0,80}?\b(?:follow|visit|subscribe "
    r"to|download|join|like|check out|go to|log on to|stay tuned to)\b|^\W*(?:watch|see|view|stream|"
    r"follow)\b.{0,60}?\b(?:in|on|with|using) (?:the|our) (?:video |media |live |audio )?player "
    r"(?:above|below)\b|^\W*(?:watch|see|view|play|listen to) (?:the |this |our )?(?:full |live "
    r")?(?:video|clip|footage|report|interview|livestream|live stream|audio|coverage)s? (?:above|"
    r"below)\b|^\W*catch all the (?:latest )?\w+ news\b.{0,160}? (?:on|at) (?:the )?[A-Z][\w.'’&-]*"
    r"(?: [A-Z][\w.'’&-]*){0,3}\W*$|^(?:the )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3} (?:daily |"
    r"weekly |sunday |print )?(?:newspaper|e-?paper|magazine) is (?:now )?available (?:online|"
    r"digitally)\b"
)
# What a site asks of its readers besides a newsletter: money, a subscription to read on, a tip,
# its paper edition. Only where the line speaks to the reader (clean.py): a story about a
# museum's "free access" or a firm's "free trial" does not.
READER_OFFER = lazy_compile(
    r"(?i)\b(?:(?:make|give) a (?:contribution|donation)|contribute (?:now|today)|help us (?:keep|"
    r"continue)|your support (?:helps|makes|means|keeps|allows)|readers like you|(?:free|"
    r"unlimited|full|digital|premium) access|free trial|try (?:\d+|one|a) (?:months?|weeks?) "
    r"(?:for )?free|unlock (?:this|the|all|full|premium|unlimited)|(?:for|to) subscribers only|"
    r"subscribers? (?:only|exclusive)|exclusive (?:to|for) (?:subscribers|members)|(?:register|"
    r"sign up|log in|subscribe) to (?:read|continue|keep reading|unlock)|continue reading with|"
    r"free articles?|got a (?:news )?(?:tip|story)|(?:send|share|tell) us your (?:story|news|"
    r"tips?)|have a (?:news )?(?:story|tip) (?:to share|for us)|(?:digital|print|electronic) "
    r"(?:edition|replica)|e-?paper|e-?edition|today's paper|gift subscriptions?|give the gift "
    r"of|preferred source|breaking news alerts|stories like this\?|(?:listen|subscribe) to our "
    r"podcast)\b"
)
AD_LABEL = lazy_compile(
    r"(?i)^(?:advertisements?|advertisments?|advertising|advert|ads?|sponsored|promoted|(?:sponsored|promoted|"
    r"paid|partner) (?:content|post|links?|stories|partnership)|(?:sponsored|promoted|presented) "
    r"by [^,.;:]{1,30}|(?:advertisement\s*)?advertise with (?:us|[A-Z][\w&'’ -]{0,30})\.?|in partnership with|(?:story|article|content) continues (?:below|after)\b.*|"
    r"continue reading below|scroll (?:down )?to continue\b.*|(?:report|close|skip) (?:this )?ad|"
    # The same label in other languages, alone on its line.
    r"publicidad|publicidade|anuncio|publicité|pubblicità|anzeige|werbung|advertentie|reklam|"
    r"reklama|реклама|iklan|quảng cáo)$"
)
AD_WORD = lazy_compile(r"(?i)\badvertisements?\b|\bsponsored\b")
AD_SHORT_LABEL = lazy_compile(
    r"(?i)\bads?\b|\badchoices\b"
)  # "Ad Feedback", in a line of two words
SHARE_CORE = _vocab(
    "share shares sharing tweet retweet pin follow facebook twitter x linkedin whatsapp telegram "
    "reddit pinterest instagram youtube tiktok threads bluesky mastodon flipboard messenger tumblr "
    "snapchat weibo wechat print email e-mail mail copy bookmark save like reuse link connect gift "
    "addthis sharethis addtoany"  # the share widgets' own names, left as their buttons' text
)
SHARE_WORDS = SHARE_CORE | _vocab(
    "this post article story page on via to with it us link url the a an and or your friend "
    "friends news google here options loading copied content topic topics"
)
ICON_ALT_TEXT = lazy_compile(
    r"(?i)^(?!(?:the|a|an|new|our|its|their|his|her)\b)(?:[\w-]+ ){0,2}(?:icon|logo|avatar)s?$"
)
UI_WORDS = _vocab(
    "menu search home homepage skip navigation nav toggle close back loading login sitemap see "
    "view show load all"
)
NAV_WORDS = UI_WORDS | _vocab(
    "news world politics business economy markets money tech technology science health sport "
    "sports football entertainment culture arts lifestyle life style travel food opinion analysis "
    "features video videos live latest breaking trending top stories local national international "
    "us uk asia europe africa americas australia china india middle east pacific weather climate "
    "environment education podcasts photos pictures gallery newsletters games puzzles books music "
    "film movies tv fashion beauty cars property jobs obituaries editorials columnists blogs "
    "topics region regions nation metro global investigations reviews shopping deals more to "
    "content main open account about contact privacy policy terms conditions service use of "
    "careers advertise faq help accessibility rss apps subscribe sections section"
)
# "LatestNews" -> Latest, News; a word of another script is one token, which no menu has.
NAV_TOKEN = lazy_compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|\d+|[^\W\d_a-zA-Z]+")
NAV_SEPARATOR = lazy_compile(r"[|/>»›·•]|[a-z][A-Z][a-z]")
MENU_SEPARATOR = lazy_compile(r"\s*[|•·∙›»]\s*")
UI_PHRASE = lazy_compile(  # screen-reader and page-control text
    r"(?i)^(?:(?:list|item|slide|image|photo) \d+ of \d+|list of \d+ items|end of list)$|\b(?:back "
    r"to (?:the )?(?:home ?page|home|top)|skip to (?:the )?(?:main )?(?:content|navigation)|"
    r"^(?:open|continue|read) in (?:the )?app$|^available in (?:other|\d+|several|many) languages$)\b|"
    # "About the Daily Post", "Go to Daily Post": links to the outlet's own pages
    r"^(?:about|go to|more from) (?:the )?(?-i:[A-Z][\w.&'’-]*)(?: (?-i:[A-Z][\w.&'’-]*)){0,3}$|"
    r"^(?:view|see|show|load) (?:all|more)(?: \d+)?(?: [a-z]+){0,2}\W*$|"
    r"^(?:no,? thanks|not now|maybe later)\W*$|"  # the buttons that close a box over the page
    r"^exit mobile version$"  # the link at the foot of a blog's mobile page
)
SOCIAL_COUNT = lazy_compile(  # "1.2K Followers", "340 likes": counters beside share buttons
    r"(?i)^\d[\d.,]*\s?[km]?\+?\s+(?:followers?|subscribers?|likes?|shares?|claps?|views?|"
    r"reactions?|reposts?|retweets?)$"
)
BYLINE = lazy_compile(  # "By Jane Doe", "Video by Jane Doe", glued as scrapers leave it: "ByJane Doe"
    rf"(?i)^(?:{any_of('written posted reported edited compiled produced photographs photos story')}"
    rf"(?: and \w+)? |{any_of('video videos graphics illustration')} )?by(?:\b|(?=(?-i:[A-Z]))):?\s*(.*)$"
)
STAFF_SUFFIX = lazy_compile(r"(?i)\s+(?:staff|reporters?|news ?desk|newsroom|desk|wire|team)$")
DATE_LABEL = lazy_compile(
    r"(?i)^(?:(?:last |first )?(?:published|updated|modified|posted|written|input|edited)|date|"
    r"date (?:published|updated|modified|posted))\s*:?$"
)
# A wire story's sign-off on a line of its own: "-- AGENCY", "(AGENCY)", "(With inputs from X)",
# with or without its brackets; or the desk's initials of who wrote and edited it ("AB/CDE/FG"),
# three or more, which no story line is made of.
SIGN_OFF = lazy_compile(
    r"^[-–—]+\s*[A-Z][A-Z.&']+(?: [A-Z][A-Z.&']+){0,2}\s*[-–—]*$|^\([A-Z]{2,10}\)$|"
    r"^[A-Z]{2,4}(?:/[A-Z]{2,4}){2,5}$|"
    r"(?i:^\(with (?:inputs|reporting) from [^()]{1,40}\)$|^with (?:inputs|reporting) from "
    r"[^()]{1,40}\.?$)"
)
CONTACT = lazy_compile(  # an e-mail address, or a telephone number under its label: "[Phone] 02-398-8585"
    r"(?i)^[,;|•·-]?\s*(?:(?:e-?mail|contact|write to)\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^[\[(]?(?:phone|tel|"
    r"telephone|fax|hotline|call us)[\])]?\s*[:.]?\s*\+?\d[\d ().-]{6,}$"
)
CREDITED_BY = lazy_compile(r"^[A-Z][a-z]+ed by:?\s+([A-Z].*)$")  # "Compiled by Jane Doe"
DATED_BYLINE = lazy_compile(r"(?i)^(.+?) by (.+)$")  # "Posted on 3 March 2025 by admin"
BARE_BYLINE_LABEL = lazy_compile(
    r"(?i)^(?:[a-z]+ )?by:?$|^(?:authors?|reporters?|writers?|editors?|penulis|redaktur|"
    r"photographers?)\s*:?$"
)
AUTHOR_LABEL = lazy_compile(r"(?i)^(?:author|reporter|writer|contributor|editor)s?\s*:\s*\S")
_STAFF = "(?:correspondent|reporter|writer|columnist|editor|journalist|contributor)s?"
# A note on the author at the foot of a story: "Jane Doe is a senior reporter at the Daily
# Post", "Editor of the North West Star since 2016."
AUTHOR_BIO = lazy_compile(
    r"^(?:[A-Z][\w'’.-]+ ){1,3}(?:is|has been|joined \S+ as)(?: \w+){0,5} "
    rf"(?i:{_STAFF}|producer|freelancer|photographer)\b|^(?i:(?:[\w'-]+ ){{0,2}}{_STAFF}) (?:of|at|for) "
    r"(?:the )?[A-Z]"
)
# An author's card under the story: the name on its own line, then a note opening on the name
# or the first name alone, perhaps after where they work ("Based in Oslo, Jane is ..."), and
# saying what they cover or what they are at the paper.
AUTHOR_CARD_PLACE = lazy_compile(r"^Based (?:in|out of) [^,]{2,40}(?:, [^,]{2,40})?, ")
AUTHOR_CARD_ROLE = lazy_compile(
    rf"^(?:covers|writes (?:about|on|for)|reports (?:on|for)|edits)\b|^(?:is|has been|was)(?: [\w'-]+)"
    rf"{{0,5}} (?i:{_STAFF}|producer|analyst|photographer|freelancer)\b"
)
# The date under a statement's signatory: "Issued on 3rd May, 2024", "Signed at Lagos this 4th
# day of May 2024", "Dated: 4 May 2024".
STATEMENT_DATE = lazy_compile(
    r"(?i)^(?:issued|signed|dated|released|done)\b[^\d]{0,40}\b\d{1,2}(?:st|nd|rd|th)?\b.*\b(?:19|20)\d\d\W*$"
)
STAFF_ROLE = lazy_compile(
    # "Jane Doe, Senior Correspondent", "Seoul correspondent" on its own line, or the role
    # before the outlet: "Editor, the North West Star"
    rf"(?i)(?:^|[,|–—-]\s*)(?:[\w'-]+ ){{0,3}}{_STAFF}$|^(?:[\w'-]+ ){{0,2}}{_STAFF},\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w'’&.-]*)(?:\s+(?-i:[A-Z][\w'’&.-]*)){0,4}$"
)
# Wire copy ends with "(Reporting by X; Editing by Y)": staff credits that say who produced the
# text, not what happened, so they go with the byline rather than the story.
STAFF_CREDIT = lazy_compile(
    r"(?i)^[(\[]?(?:additional )?(?:reporting|writing|editing|research|graphics|compiled|"
    r"translat(?:ed|ion)|fact-checking)(?: (?:and|&) \w+)? by\b|^(?:sources?|contributing)\s*:|"
    r"\bcontributed "
    r"(?:reporting|to (?:this|the) (?:report|story|article))\b"
)
NAME_GLUE = _vocab("and & in for of the with de del da van von der al bin la le")
CALENDAR = (
    MONTHS
    | WEEKDAYS
    | _vocab(
        "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun"
    )
)
TIME_WORDS = CALENDAR | _vocab(
    "am pm a m gmt utc bst est edt cst cdt pst pdt et pt ct cet cest eet kst jst ist hkt sgt aest "
    # more zones' abbreviations, none of them an English word ("cat", "west", "gst" are left out)
    "mst mdt hst akst akdt eest msk pkt mvt ict wib wita pht myt awst acst acdt aedt nzst nzdt "
    "updated update published publish posted last first modified created written input edited date "
    "on at "
    "ago just now today "
    "yesterday hour hours hr hrs minute minutes min mins second seconds day days week weeks month "
    "months year years h s st nd rd th local time "
    # The same in East Asian date lines ("2025年1月5日", "입력 2025.01.05 10:30").
    "年 月 日 時 分 秒 时 午前 午後 上午 下午 更新 发布 發布 년 월 일 시 분 초 오전 오후 입력 수정 승인"
)
READING_TIME = lazy_compile(
    r"(?i)^(?:(?:estimated )?read(?:ing)? time\s*:?\s*)?(?:about |~\s*)?\d+(?:\s*[-–]\s*\d+)?\s*"
    r"(?:min(?:ute)?s?|m)\b\.?(?: (?:read|reading|listen))?$|^(?:estimated )?read(?:ing)? time\b"
)
META_SEPARATOR = lazy_compile(r"\s+[|·•—–-]\s+|\s*\|\s*")
COMMENT_FORM = lazy_compile(
    r"(?i)^(?:(?:click|tap) (?:here )?to )?(?:leave|post|submit|add|write|view|show|hide|load|read|"
    r"see|join|cancel) (?:a |the |your |all |more |new |\d+ )?(?:reply|replies|comments?|responses?|"
    r"conversation|discussion)\b|^(?:click|tap) (?:here )?to (?:comment|reply)\W*$|"
    r"^(?:\d+|no|one) (?:comments?|replies|responses)(?: yet)?\s*[:.»…]*$|"
    r"^(?:comments?|replies|responses?|discussion)(?:\s*[(\[]\d*[)\]]| (?:about|on) (?:this|the) (?:post|article|story))?$|"
    r"\be-?mail\b.*\b(?:not|never) be (?:published|shared|displayed|shown)\b|\brequired fields?\b"
    r"|\bmarked (?:with )?(?:an? )?\*|\bsave my name\b|\bnotify me of\b|\bcancel reply\b|"
    r"\buse the comment form below\b|\bbe "
    r"the first to comment\b|\b(?:log|sign) in to (?:comment|reply)\b|\bcomments? (?:are|is) "
    r"closed\b|\bakismet\b|^(?:name|e-?mail|website|url|comment|message)\s*\*?\s*:?\s*\*?$|\bplease "
    r"enter your (?:comment|name|e-?mail|website)\b|\bcaptcha\b|\bfeed for (?:the )?comments\b|"
    # Who may comment: "Note: Only a member of this blog may post a comment."
    r"\bonly (?:a )?(?:registered )?(?:members?|users?) (?:of this (?:blog|site|forum) )?(?:may|can) "
    r"(?:post )?(?:a )?comments?\b"
)
# Who wrote a reader's comment, above it: "Anonymous said...", "Jane Doe says:", "Kim on 4 May
# 2020 at 3:12 pm said:". A story's "The minister said:" before a quote has no such shape.
COMMENTER = lazy_compile(
    r"^[A-Z][\w.'’-]*(?: [\w.'’-]+){0,3} (?:said ?(?:\.\.\.|…)|says\s*:|wrote\s*:)$|"
    r"^[A-Z][\w.'’-]*(?: [\w.'’-]+){0,3} (?:on|at) [\w ,:./-]*\d[\w ,:./-]* (?:said|says|wrote)\s*:$"
)
COMMENT_FORM_HINT = hint(
    "comment",
    "repl",
    "respons",
    "discussion",
    "conversation",
    "mail",
    "required",
    "marked",
    "save my",
    "notify",
    "akismet",
    "name",
    "website",
    "url",
    "message",
    "please enter",
    "captcha",
)
COPYRIGHT_FOOTER = lazy_compile(
    r"(?i)©|\(c\) ?(?:\d{4}|copyright)|\bcopyright (?:© ?)?(?:\d{4}|\(c\))|\ball rights reserved\b|"
    r"\bmay not be (?:published|reproduced|redistributed|rewritten)\b|^our (?:editorial )?"
    r"(?:standards|principles|ethics|policies)\b|^this (?:report|story|article) (?:by .{1,40} )?was "
    r"(?:first )?published\b|^why you can trust\b|"
    # a syndicated story's note on where it ran first: "This article originally appeared on ..."
    r"^(?:this|the) (?:report|story|article|post) (?:was |has been )?(?:originally|first) "
    r"(?:appeared|published|ran|posted) (?:on|in|at|by)\b|"
    # the footer a blog's feed adds to each post it syndicates: "The post <title> appeared first
    # on <site>." The site is a name or an address, and nothing follows it.
    r"^the post .{3,300} appeared first on (?:(?-i:[A-Z0-9])[\w.&'’-]*(?: (?-i:[A-Z0-9&])"
    r"[\w.&'’-]*){0,5}|[\w-]+(?:\.[\w-]+)+)\.?$|"
    # "Unauthorized reproduction and redistribution prohibited", as many Asian news sites
    # close every story, in English or in their own words; "(c) YTN"
    r"\bunauthori[sz]ed (?:reproduction|redistribution|copying|use)\b|(?:reproduction|"
    r"redistribution) (?:is |are )?(?:strictly )?prohibited\b|(?:^|[\[<]|holder )\(c\) ?(?-i:[A-Z]{2,})|무단 ?전재|"
    r"재배포 ?금지|無断転載|禁止转载|版权所有|未经授权|"
    # an aggregator's note on whose its copies are, ending on them: "Copyright for syndicated
    # content belongs to the linked source." A story says whose, by name, and goes on.
    r"^copyright (?:for|of|in|on) (?:[\w-]+ ){0,3}(?:content|articles?|stories|materials?|"
    r"images?|photos?) (?:belongs?|rests?|remains?|lies) (?:to|with) (?:the |their )?(?:linked |"
    r"original |respective )*(?:sources?|publishers?|authors?|owners?|sites?)\W*$"
)
COPYRIGHT_HINT = hint(
    "why you can trust",
    "©",
    "(c",
    "copyright",
    "rights reserved",
    "may not be",
    "our ",
    "published",
    "appeared",
    "unauthori",
    "prohibited",
    "무단",
    "재배포",
    "無断",
    "转载",
    "版权",
    "未经",
)
TAG_LIST = lazy_compile(
    r"(?i)^(?:(?:tags?|topics?|categor(?:y|ies)|keywords)\s*:|(?:posted|filed) (?:in|under)\b)|"
    r"^#\w+.*\s#\w|"  # a row of #hashtags
    r"^#[^\W\d_]\w*$"  # or one alone on its line, the page's topic: "#GovZAupdates"
)
_RELATED_KINDS = (
    "articles? stories story posts? news content coverage reading links? topics videos?"
)
INLINE_TEASER = lazy_compile(
    rf"(?i)^(?:[\W_]*(?:(?:read|see)(?: more| also| next| this)?|also read|further reading|related(?: "
    rf"{any_of(_RELATED_KINDS)})?|recommended|must read|don't miss|more on (?:this|that)(?: story)?"
    r"|more from [^:]{1,40}|"
    # "Read also" in other languages
    r"baca(?: juga)?|(?:à )?lire aussi|lesen sie (?:auch|mehr)|mehr zum thema|leer (?:más|también)|lea "
    r"(?:también|además)|puede leer|(?:le )?puede interesar|vea (?:también|además)|leia (?:mais|também)|veja também|leggi anche|читайте также|см\. также|xem thêm|đọc "
    r"thêm|lees ook|läs också|les også|czytaj (?:też|także|więcej)|ayrıca (?:bakınız|okuyun))"
    r"\s*[:|–—>»-]\s*\S|read more (?:about|on|of)\b|(?:key|quick|useful|related|"
    r"more) links?\s*:|(?:watch|video|listen|podcast)\s*[:|–—]\s*\S|(?:watch|see|play) (?:the |our )?(?:full )?"
    r"video\b|read the (?:full|whole|complete|original|rest of the) (?:article|story|report|"
    r"post)\b|(?:full|original|source) (?:link|article|story)\b)"
)
# The same after a summary cut short, and a blog's links to its neighbours ("... Previous post
# Other headline Next post ..."): apart, as they may stand anywhere in the line, and each is
# looked for only where its plain string is (inline_teaser).
_READ_MORE_AFTER_CUT = lazy_compile(r"(?i)(?:…|\.\.\.)\s*(?:read more|continue reading)\W*$")
_NEIGHBOUR_LINK = lazy_compile(r"\b(?:Previous|Next) (?:post|article|story)\s*:?\s*[A-Z]")


def inline_teaser(text: str) -> bool:
    """ "Read also: ...", "Related stories: ...", "... Read more", "Next post: ...": a link."""
    return bool(
        INLINE_TEASER.match(text)
        or (("…" in text or "..." in text) and _READ_MORE_AFTER_CUT.search(text))
        or (("Previous " in text or "Next " in text) and _NEIGHBOUR_LINK.search(text))
    )


# The same headings in other languages: "À lire aussi", "Noticias relacionadas", "Baca juga".
_RELATED_ABROAD = (
    r"(?:à )?lire aussi|articles (?:similaires|liés|connexes)|sur le même sujet|dans la même rubrique|les plus lus|autres (?:articles|"
    r"vidéos|actualités)|vous aimerez aussi|(?:también )?te puede interesar|(?:noticias|artículos) "
    r"relacionad[oa]s|lo más (?:leído|visto)|más noticias|otras noticias|lee también|leia também|"
    r"(?:notícias|matérias) relacionadas|mais lidas|veja também|mehr zum thema|das könnte sie auch "
    r"interessieren|ähnliche artikel|meistgelesen|weitere artikel|lesen sie auch|leggi anche|"
    r"articoli correlati|potrebbe interessarti|i più letti|altre notizie|baca juga|(?:berita|"
    r"artikel) (?:terkait|lainnya)|terpopuler|lees ook|meer nieuws|читайте также|похожие новости|"
    r"другие новости|tin liên quan|xem thêm|tin khác|ilgili haberler|diğer haberler|관련 ?기사|"
    r"関連記事|相[关關](?:新[闻聞]|[阅閱]读)|延伸[阅閱][读讀]"
)
RELATED_HEADING = lazy_compile(
    rf"(?i)^(?:{_RELATED_ABROAD}|(?:you may have|in case you) missed(?: it)?|icymi|other "
    r"(?:stories|articles|news)|(?:top|our) picks|featured (?:stories|articles|news|posts|videos)|"
    r"suggested (?:reading|articles|stories|for you)|further coverage|read this next|keep "
    r"exploring|stories you (?:may|might) (?:like|enjoy)|more to explore|from our partners|"
    r"around the (?:network|site)|also (?:see|on .{1,40}|in .{1,40})|"
    rf"related(?: {any_of(_RELATED_KINDS)})?|read (?:more|next|also)|also read|see also|"
    r"further reading|keep reading|up next|what to read next|more (?:from|on|in|about) .{1,40}|"
    r"more (?:stories|news|articles|headlines|to read|like this|for you|coverage)|most "
    r"(?:viewed|read|popular|shared|watched|commented|recent|liked)(?: (?:articles|stories))?|"
    r"you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in)|recommended(?: (?:for "
    r"you|stories|articles|reading|videos)| from .{1,40})?|(?:trending|popular)(?: (?:now|stories|news|today))?|"
    r"don't miss|editor's picks?|top stories|latest (?:news|stories|articles|posts|headlines)|"
    r"in other news|around the web|from (?:the )?web|promoted stories|explore more\b.{0,30}|"
    # "Before You Leave, Check This Out": the reader kept on the site with more of it
    r"before you (?:go|leave)\b.{0,30}|check (?:this|these) out|"
    # "Toronto Top Stories", "Latest posts by Jane Doe (see all)"
    r"(?:[\w.'’-]+ ){0,3}(?:top|latest|popular|trending|related|recent) (?:stories|news|posts|"
    r"articles|videos|headlines)(?: (?:headlines|stories|updates))?(?: by .{1,40})?|"
    # a sidebar's list of the latest comments, each under the title of the post it is on
    r"(?:recent|latest) comments)$"
)
TAG_HEADING = lazy_compile(
    r"(?i)^(?:key |related |more )?(?:topics?|tags?|keywords|categories)(?: in this (?:news )?"
    r"(?:article|story|post))?$|^in this (?:article|story|post)$|^read more (?:on|about)$|"
    r"^filed under$|^(?:topics|tags|people|places) (?:covered|mentioned)(?: in this .{1,20})?$"
)

# A machine date stamp some scrapers put before a line ("2024-05-11 ...", "date 2024-05-11 ...").
_STAMP_LABEL = r"(?:date|published|updated|posted|created|fetched|scraped)\s*:?\s*"
# A stamp that knows only the month ("date 2023-11 ...") needs its label: "2023-24 budget" is a
# span of years opening a sentence.
DATE_STAMP = lazy_compile(
    rf"(?i)^(?:(?:{_STAMP_LABEL})?\d{{4}}-\d{{2}}-\d{{2}}"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?|"
    rf"{_STAMP_LABEL}\d{{4}}-(?:0[1-9]|1[0-2]))\s+"
)


# -- Page furniture besides the story --------------------------------------------------------
# Text size, listen and reaction buttons, players and their fallbacks, question boxes: the
# controls as whole lines, and the notices they show.
PAGE_CONTROL = lazy_compile(
    r"(?i)(?:(?:default|larger|smaller|bigger|increase|decrease|reset|change)\s+)?(?:font|text)"
    r"[ -]size\b.{0,20}$|(?:\w+ )?font\s*:?\s*(?:[-–+]\s*)*$|a\s*[|/]?\s*a(?:\s*[|/]?\s*a)?$|a[+-]\s*a[+-]?$|(?:listen|listen now|"
    r"play|pause|play audio|listen to (?:this |the )?(?:article|story))(?:[\s·|•-]*\d+\s*min(?:ute)?s?)?$|"
    r"audio (?:by|from|powered by)\b|what'?s your (?:reaction|opinion)\??$|"
    r"(?:humidity|wind|precipitation|feels like|sunrise|sunset|uv index|air quality)$"
)
# The buttons of a video player, a picture viewer, a feedback box or a reading aid, alone on
# their line: no story line is only "Unmute" or "Was this article helpful?".
VIEWER_CONTROL = lazy_compile(
    r"(?i)^\W*(?:(?:play|pause|replay|mute|unmute|autoplay|subtitles|volume|skip ad|now playing|"
    # the label over a video player whose video the scraper left out: "Recommended Video"
    r"(?:recommended|related|featured|suggested|trending|latest|top|must[- ]watch) videos?|"
    r"(?:exit |enter )?full ?screen|(?:show|hide|toggle|close) (?:the )?(?:summary|transcript)|"
    r"expand|collapse|(?:was|is) this (?:article|story|page|information|content) (?:helpful|"
    r"useful)|rate this (?:article|story)|thanks? (?:you )?for your (?:feedback|rating|vote)|"
    r"(?:send|give|leave) (?:us )?(?:your )?feedback|report (?:an?|this) (?:error|typo|mistake|"
    r"correction|issue)|suggest a correction|table of contents|jump to(?: section)?|translate(?: "
    r"this (?:page|article|story))?|select (?:a )?language|summari[sz]e(?: this (?:article|"
    r"story))?|(?:go|jump|skip) to (?:the )?comments|(?:powered by )?(?:automated|machine) "
    r"translation|"
    # a gallery's heading: "The state visit - in pictures"
    r".{1,80}\s[-–—:]\s*in (?:pictures|photos|images)|"
    # "Back to top" in other languages (navigation has it in English): "Bouton retour en haut"
    r"(?:bouton )?retour en haut(?: de (?:la )?page)?|volver arriba|nach oben|"
    r"(?:click|tap) to (?:expand|unmute|play)|"
    r"loading(?: comments| more)?|(?:link )?copied|(?:dark|light|night|reading) mode|comments "
    r"(?:are|have been) (?:closed|disabled|turned off)(?: for this (?:article|story|post))?|"
    # the same notice in other languages: "Les commentaires ont été désactivés."
    r"les commentaires (?:sont fermés|ont été (?:désactivés|fermés))|(?:los )?comentarios (?:están "
    r"cerrados|han sido desactivados)|(?:die )?kommentare (?:sind|wurden) (?:geschlossen|"
    r"deaktiviert)|(?:i )?commenti sono (?:chiusi|disabilitati)|(?:os )?comentários (?:estão "
    r"(?:fechados|encerrados|desativados)|foram desativados)|(?:you "
    r"must|please) (?:be )?log(?:ged)? in to (?:post|leave|add|write) a comment)\W*)$|"
    r"^this (?:article|story|page) is (?:more|over) than \w+ (?:days?|weeks?|months?|years?) old\W*$"
)
PAGE_NOTICE = lazy_compile(
    r"(?i)\byou can (?:now )?listen to\b|\b(?:this|the) (?:audio|narration|voice-?over)\b.{0,20}"
    r"\b(?:generated|produced|created|synthesi[sz]ed)\b|\bsummary of this (?:article|story)\b|"
    r"\bask (?:a question )?about (?:this|the) (?:article|story)\b|\bquestions? (?:of|about) "
    r"(?:the|this) (?:article|story)\b|\brequires a (?:newer|higher|later) version\b|\bbrowser "
    r"does not support\b|\benable javascript\b"
)
# What the page says to the reader's browser: scripts off, alerts to allow. A notice may run on
# about what JavaScript is, longer than a widget's label.
BROWSER_NOTICE = lazy_compile(
    r"(?i)\bjavascript is (?:disabled|turned off|not enabled)\b|"
    # A page's <noscript> text: "We're sorry, but Acme isn't fully functional without
    # JavaScript enabled.", "... for instructions on how to enable JavaScript on your browser."
    r"\b(?:work|works|working|function|functional|functioning|load|display|run)\b(?: \w+){0,2} "
    r"without javascript\b|\benable javascript (?:in|on) your (?:web )?browser\b|"
    r"\bnotifications (?:can|may) be "
    r"(?:managed|changed|turned off)\b|\b(?:allow|turn on|enable) (?:push |browser )?notifications\b"
)
# What an embedded widget says when it fails to load, on a line of its own: "Oops!",
# "Something went wrong.", "Please try again later.", "Loading...".
WIDGET_ERROR = lazy_compile(
    r"(?i)^(?:(?:oops|sorry)[!,.]? ?)?(?:something went wrong|an error (?:has )?occurred|"
    r"please try again(?: later)?|loading(?: (?:the )?(?:audio|video|player|podcast|media|image|"
    r"gallery|map|chart|content|comments|article))?(?:\.\.\.|…)?|oops)[.!]?$"
)
# A control bar: every word a button's (a verb of using the page, or what it acts on), as
# "Listen 4:32", "« Previous article", "Download PDF", "Add to favourites", "Yes No" are.
# CONTROL_ACTIONS are the buttons; a line needs one, or both answers of a feedback box.
CONTROL_ACTIONS = _vocab(
    "listen play pause replay watch continue read download print save saved reply next previous prev "
    "older newer gallery slideshow bookmark favourite favorite favourites favorites "
    "upvote downvote"
)
CONTROL_OBJECTS = _vocab(
    "article articles story stories post posts page pages photo photos picture pictures image "
    "images video videos audio podcast pdf full reading read list version app to the this a of "
    "in now here all available min mins minute minutes sec secs seconds add remove my your"
)
# "0", "$ 0 0": counters. A year alone ("2019") is a date, which the byline rule reports.
# "This news has been read 10941 times!": the page counting its own readers.
READ_COUNT = lazy_compile(
    r"(?i)^(?:this|the) (?:news|article|story|post|page|item) (?:has been|was) (?:read|viewed|seen|"
    r"shared|visited) [\d,.]+ times\b"
)
# An identifier alone on its line, letters and many digits in one long run: a tracking code.
TOKEN_LINE = lazy_compile(r"^(?=[a-z]*\d)(?=(?:\D*\d){6})[a-z\d]{16,}$", re.IGNORECASE)
COUNTER = lazy_compile(
    r"^(?!(?:19|20)\d\d$)[$€£¥]?\s*\d{1,6}(?:\s+[$€£¥]?\s*\d{1,6}){0,3}$|^[$€£¥]$"
)
COUNTER_WORDS = _vocab("views view reads comments comment shares likes no")
# A word in lower case alone on its line: an image's file name or a menu item, never the story.
STRAY_WORD = lazy_compile(r"^[a-z][a-z-]{1,24}$")
BRACKET_LABEL = lazy_compile(r"^\[[^\[\]]{1,30}\]$")  # "[Video]", a script's "[Anchor]"
WEB_ADDRESS = lazy_compile(
    r"(?i)^(?:short (?:url|link)\s*:?\s*)?(?:https?://|www\.)\S+$|"
    # "from Times of India https://…", "Source: Daily Post https://…": where a feed took it from
    r"^(?:from|via|source\s*:?|originally published (?:at|on|in|by))\s+(?:[\w.&'’-]+\s+){0,5}"
    r"https?://\S+$"
)
GLUED_WORDS = lazy_compile(r"[a-z]{3}[A-Z]")  # "WorldBusiness": where a menu lost its spaces
CONFIG_LINE = lazy_compile(r"^[a-z]+(?:[A-Z][a-z]+)+\s*:\s*[\w.-]+$")  # "maxItemsPerPage: 10"
# The signature under an embedded post: "— Jane Doe (@janedoe) May 4, 2025". A picture's link
# ("pic.twitter.com/x") ends the post's own text, which a story quotes: it is no signature.
EMBED_SIGNATURE = lazy_compile(
    r"\(@\w{1,15}\)\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})\s*$"
)
# "See also  Other headline - Outlet": the label of a link to another story with no colon or
# dash after it; the headline after it (capitalised, no sentence) tells it from prose.
TEASER_LABEL = lazy_compile(
    r"(?i)^\W*(?:see also|also see|read also|also read|don't miss|must read|recommended|"
    # "Related News Other headline": capitalised as a label, unlike a sentence's "Related news";
    # its colon ("Related News: ...") makes it no less a label, whatever the headline reports
    r"(?-i:Related (?:News|Stories|Articles|Posts)|RELATED (?:NEWS|STORIES|ARTICLES|POSTS)))"
    r"\s*:?\s+(?=\S)"
)
# A news agency's post as embedded, opening on its label in capitals: "#WATCH | The mayor ...".
EMBED_LABEL = lazy_compile(r"^#[A-Z]{3,}\s*[|:]\s")
# A line wholly wrapped in block markup a scraper left: '<div class="x"><p>A caption.</p></div>'.
# Inline tags around a paragraph ("<b>...</b>") are the story's emphasis, not residue.
_WRAPPING_TAGS = "div p span section article aside figure figcaption header footer li ul ol table td tr h[1-6] blockquote"
WRAPPED_MARKUP = lazy_compile(
    rf"(?i)^<{any_of(_WRAPPING_TAGS)}\b[^<>]*>.*</{any_of(_WRAPPING_TAGS)}\s*>$"
)
# The site's pitch for its journalism under the story: "... quality journalism is more crucial
# than ever.", "If you value independent local reporting, become a member".
JOURNALISM_PITCH = lazy_compile(
    r"(?i)\b(?:quality|independent|impartial|trusted|credible|fearless|fact-based|public[- ]"
    r"interest) (?:local )?(?:journalism|reporting)\b.{0,80}?(?:\bthan ever\b|\b(?:we|us|our|you|"
    r"your)\b)|\b(?:we|you|us|our|your)\b.{0,80}?\b(?:quality|independent|impartial|trusted) "
    r"(?:local )?(?:journalism|reporting)\b"
)

# The text an embedded Instagram, Facebook or TikTok post leaves when its frame is scraped:
# "View this post on Instagram" above it, "A post shared by Jane Doe (@janedoe)" below it.
EMBED_CHROME = lazy_compile(
    r"(?i)^\W*(?:view|see|watch) (?:this|the) (?:post|photo|video|reel) on (?:instagram|facebook|"
    r"tiktok|threads|x|twitter)\W*$|^\W*an? (?:post|photo|video|reel) shared by\b.{0,80}\(@[\w.]{1,30}\)"
)
SYNDICATION_NOTICE = lazy_compile(
    r"(?i)\b(?:has|have|was|were) not been edited by\b|\bauto-?(?:matically )?generated from (?:a|an|"
    r"the) (?:[\w-]+ )?feed\b|\bpublished from (?:a|an|the) (?:syndicated|wire|news) feed\b"
)
# The site disclaiming what it publishes: a heading, or the sentences such a notice is made of.
SITE_DISCLAIMER = lazy_compile(
    r"(?i)^(?:legal |editor'?s? )?disclaimers?\s*:?$|\bfor general information(?:al)? purposes "
    r"only\b|\bwithout (?:any )?warrant(?:y|ies) of any kind\b|\b(?:do|does|will) not (?:accept|"
    r"assume|bear|take) any (?:responsibility|liability)\b|\bviews (?:and opinions )?expressed "
    r"(?:herein|in this (?:article|post|piece|column)|here) are (?:those|solely)\b|"
    # "The views expressed are the author's own", "Disclosure: the writer owns shares in ..."
    r"\b(?:views|opinions) expressed (?:\w+ ){0,4}(?:are|is) (?:the (?:author|writer)'?s'?|(?:his|"
    r"her|their)) own\b|^disclaimers?\s*:\s*\S|^disclosure\s*:\s*\S|"
    # Of its readers' comments: "Comments are posted from viewers like you and do not always
    # reflect the views of this station."
    r"\b(?:do|does) not (?:always |necessarily )?reflect the (?:views|opinions) of (?:this|the) "
    r"(?:station|site|website|newspaper|paper|publication|network|channel|blog)\b|"
    # The site's terms, binding whoever uses it: "By using this site you agree to our Terms of
    # Use", "Your use of this website constitutes acceptance of its User Agreement". A story
    # reports what someone agreed to; only the site says that reading it is agreeing. The notice
    # ends on its terms' name ("Terms of Use."); "..., you accept its terms, which let ..." goes
    # on as a story's sentence about them.
    r"^[\W_]*by (?:using|continuing to use|accessing|visiting|browsing) (?:this|our|the) (?:web ?site|"
    r"site|page|service)\b.{0,60}?\byou (?:agree|accept|consent)\b.{0,30}?\b(?:terms|conditions|user "
    r"agreement|privacy policy|policies)\b(?: (?:of|and|&|use|service|conditions|privacy|policy|"
    r"(?-i:[A-Z])[\w-]*)){0,6}\s*(?:[.!]|$)|^[\W_]*(?:your )?use of (?:this|our) (?:web ?site|site|"
    r"service)\b.{0,40}?\b(?:constitutes|signifies|indicates|means) (?:your )?(?:acceptance|agreement|"
    r"consent)\b"
)
DISCLAIMER_HINT = hint(
    "by using",
    "by continuing",
    "by accessing",
    "by visiting",
    "by browsing",
    "use of",
    "disclaim",
    "purposes only",
    "warrant",
    "responsibility",
    "liability",
    "expressed",
    "disclosure",
    "reflect the",
)
# Apps, channels and other sites the page sends the reader to.
APP_PROMO = lazy_compile(
    r"(?i)\b(?:google play(?:store)?|play ?store|app ?store)\b|\bfollow us on\b|\bjoin (?:us|our "
    r"[\w'’-]+(?: [\w'’-]+)?) on\b|\b(?:click|tap) (?:on )?the link\b|\bfor the latest\b.{0,60}\bvisit\b|"
    r"^visit [\w.-]+\.[a-z]{2,}\b|\bon (?:whatsapp|telegram|instagram|tiktok|youtube)\s*!$|"
    # "Download our app" anywhere; "the ... app" only as the site's imperative, not a story's
    # "Police urged residents to download the Citizen app".
    r"\b(?:download|get|install) our (?:[\w'’-]+ ){0,3}app\b|(?:^\W*|[.!?]\s+|(?:click|tap)(?: "
    r"here)? to )(?:download|get|install) the (?:[\w'’-]+ ){0,3}app\b|" + FOLLOW_PROMPT
    # "Follow Global News on Twitter HERE:", "Like us on Facebook": follow_prompts.py.
)
# A paywall's offer: "To continue reading, please subscribe:", "$1 for the first 4 weeks*",
# "$4.75/week", "Billed as $19 every four weeks. Cancel any time."
PAYWALL = lazy_compile(
    # Each at the start of its line (after a footnote's "*"): inside a story's sentence,
    # "customers were billed monthly" or "you can cancel any time" is the story's.
    r"(?i)\bcontinue reading\b.{0,20}\b(?:subscri|log ?in|sign ?in|register)|^read (?:this|the|"
    r"full) (?:article|story) for free\b|^\W*[$€£]\s?\d[\d.,]*\s*(?:/|per |a |for the first )"
    r"\s*(?:\d+ )?(?:weeks?|months?|years?|days?|wk|mo)\b|(?:^|[.*]\s*)cancel any ?time\.?$|"
    r"^\W*billed (?:as|at|monthly|annually|yearly|every)\b|^\W*your (?:next )?subscription "
    r"payment\b|^\W*no charge for \d+ (?:weeks?|months?|days?)|^\W*(?:this |premium )*(?:content|"
    r"article|story) is (?:only )?(?:available|reserved|exclusive) (?:only )?(?:to|for) (?:paid |"
    r"premium |digital )?(?:subscribers|members)\b|"
    # "<Headline> is part of our Weekly Pro subscription": what the site sells the story in,
    # the line ending on the product's name.
    r"\b(?:is|are) (?:part of|included (?:in|with)) (?:our|your) (?-i:[A-Z]).{0,80}\b(?:subscriptions?|"
    r"memberships?|plans?)\W*$|"
    # An offer urging the reader to a plan at a price for a first period, ending on it: "Enjoy
    # any plan for US$1 for the first month", "Get full access for $2 a week". A story reports
    # a price, and goes on after it.
    r"^\W*(?:enjoy|get|try|start|join)\s.{0,60}(?:\b[A-Z]{1,2})?[$€£]\s?\d[\d.,]*\s*(?:/|per |a |"
    r"an |for (?:the first |your first )?)\s*(?:\d+ )?(?:weeks?|months?|years?|days?)\W*$"
)
PAYWALL_HINT = hint(
    "part of our", "included in our", "included with our", "continue reading", "for free", "$", "€", "£", "cancel any", "billed", "no charge", "subscribers",
    "members",
)  # fmt: skip
# Two sentences a scraper glued together, no space after the stop ("... Privacy Policy.The
# mayor ..."): a word in lower case, its stop, a capitalised word or a copyright mark ("...
# after.© 2025 Gazette"). "U.S.Army" has no such word.
GLUED_SENTENCE = lazy_compile(r"(?<=[a-z]{2}[.!?])(?=[\"“‘']?[A-Z][a-z]|©)")
SIGN_UP = lazy_compile(r"(?i)\bsign(?:ing)?[ -]?up\b|\bsubscri|\binbox\b|\bdeliver|\bregister")
