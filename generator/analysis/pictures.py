"""What a picture's caption and credit look like: the vocabulary captions.py and the credit rule
of clean.py test (split from boilerplate.py, which holds the rest of the page's furniture)."""

from __future__ import annotations

import re

from generator.analysis.boilerplate import any_of, hint
from generator.patterns import lazy_compile

# -- Photo credits: whose picture it is --------------------------------------------------------
_PICTURE = "image photo picture photograph illustration graphic video media"
_PICTURE_ABROAD = (
    "cr[ée]ditos? cr[ée]dits? foto(?:s|grafía|grafia|grafie)? imagen(?:es)? imagem bild(?:quelle)? "
    "ảnh 사진 写真 图片 圖片 照片 фото φωτογραφία"
)
_AGENCY = (
    "reuters afp ap epa efe xinhua yonhap bloomberg anadolu aap getty pool ians pti ani dpa kyodo "
    "bernama antara ansa"
)
# The reasons the cleaner gives a picture's lines (captions.py, caption_layout.py), which
# other rules read as no part of the story, and provenance as no credit of the story's source.
CAPTION = "photo caption"
CREDIT = "photo credit"
PICTURE_PARTS = frozenset({CAPTION, CREDIT, "image", "icon alt text"})
PHOTO_CREDIT = lazy_compile(
    rf"(?i)^{any_of(_PICTURE)}s?(?: (?:source|caption|credits?|courtesy)\s*[:,]|\s*:)|^(?:credits?|"
    rf"courtesy|pictured)\s*[:,]|[(\[]\s*(?:{any_of(_PICTURE)}s?\s*(?:by|:|credit|courtesy)|file\s*"
    rf":)[^)\]]*[)\]]|(?:^|[|/–—-]\s*){any_of(_PICTURE)}s? (?:by|courtesy of)\b|\bfile\s*[-–—:]?\s*"
    rf"(?:photo|image|picture)s?\b|\bgetty ?images\b|\bshutterstock\b|\bistock(?:photo)?\b|"
    rf"\balamy\b|\bunsplash\b|"
    rf"\b{any_of(_AGENCY)}\s*/\s*[A-Za-z]|/\s*{any_of(_AGENCY)}\b|\bvia {any_of(_AGENCY)}\b|"
    r"^(?:click|tap) (?:here )?to enlarge|"
    # "AP Photo", "Xinhua Images": whose picture it is, and nothing else
    r"(?-i:^(?:[A-Z][\w.&'’-]*\s){1,3}(?:Photos?|Images|Pictures)$)|"
    # "(Jane Doe/The Daily Post)": a photographer and a paper, and nothing else
    r"(?-i:^\(?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3} ?/ ?(?:The )?[A-Z][\w'’.&-]+(?: [A-Z][\w'’.&-]+)"
    r"{0,3}\)?$)"
)
# The same labels in other languages: "Crédito: Cortesía", "Foto: Jane Doe", "사진: 연합뉴스".
PHOTO_CREDIT_ABROAD = lazy_compile(
    rf"(?i)^\W*{any_of(_PICTURE_ABROAD)}\s*[:：/]\s*\S|^\W*(?:cortes[ií]a|gentileza)\W*$"
)
CREDIT_ABROAD_HINT = hint(
    "créd", "foto", "imagen", "imagem", "bild", "ảnh", "사진", "写真", "图片", "圖片", "照片", "фото",
    "φωτογραφία", "cortes", "gentileza",
)  # fmt: skip
# "..., Report informs via Reuters.": a sentence naming the wire it reports from. A verb of
# reporting or "according to" stands before its "via"; a picture's "Handout via Reuters" or
# "(NASA via AP)" has a name there.
REPORTED_VIA = lazy_compile(
    rf"(?i)\b(?:informs?|informed|reports?|reported|writes|wrote|says|said|notes|noted|learned|"
    rf"learnt|cites?|cited|citing|according to(?: [\w.'’-]+){{1,3}})\s+via {any_of(_AGENCY)}\b"
)
# A picture viewer's buttons, which the credit rule drops as it does "Click to enlarge": the
# picture's furniture, beside which a caption stands.
PICTURE_CONTROL = lazy_compile(
    r"(?i)^\W*(?:(?:show|hide|toggle|close) (?:the )?captions?|enlarge(?: this)?(?: (?:image|photo|"
    r"picture))?|zoom(?: in| out)?|(?:view|open) (?:the )?(?:image|photo|picture|gallery)(?: in "
    r"full ?screen)?|(?:click|tap) (?:to|for) (?:enlarge|zoom|view|a larger (?:image|version)|full "
    r"?size)|swipe (?:for more|left|right)|(?:previous|prev|next) (?:slide|image|photo|picture)|"
    r"\d{1,3} (?:of|/) \d{1,3})\W*$"  # a gallery's counter: "3 of 12", "1 / 13" (no date: "1/13")
)
# A line that only names the agencies a picture came from ("AP", "AFP/Getty Images", "EPA-EFE"),
# in capitals or capitalised as agencies write themselves: "Reuters" alone in a line is a credit,
# never the story's; "reuters" in lower case is a word, not a name.
AGENCY_NAME = (
    "(?:"
    + "|".join(
        f"{agency.upper()}|{agency.title()}" for agency in (*_AGENCY.split(), "getty images")
    )
    + ")"
)
LONE_AGENCY = lazy_compile(rf"^{AGENCY_NAME}(?:\s*[/,|-]\s*{AGENCY_NAME})*$")
# A caption's own marks, whatever else the line says: who stands where right after a name
# ("Jane Doe (C) with officials ..."), a scene with no verb of its own signed by its agency
# ("Crew members sailing past the cape during the race. AFP"), an agency after a bar ("... |
# Reuters"). A story's paragraph puts no agency's bare name after its sentence or a bar.
# The name is two capitalised words ("Jane Doe (C)", "Brazil's Patriota (C)"), the first no
# preposition opening a sentence: one word before "(C)" is a law's clause ("Schedule (C)").
NAME_POSITION = lazy_compile(  # a lone "(R)" may be a party
    r"\b(?!(?:Under|In|At|On|By|For|From|With|After|Before|Of|To|Per)\b)[A-Z][\w'’-]+ "
    r"[A-Z][\w'’-]+ \((?:L|C|L-R|R-L)\)"
)
AGENCY_SIGNED_SCENE = lazy_compile(
    rf"^(?:[A-Z][\w.'’-]*\s){{1,6}}[a-z]{{3,}}ing\b[^.!?\"“”]*[.!?]\s+{AGENCY_NAME}$"
)
AGENCY_AFTER_BAR = lazy_compile(rf"\s\|\s*{AGENCY_NAME}$")
# A picture's alt text naming what it shows and calling itself so: "Jane Doe and Acme image".
NAMED_PICTURE = lazy_compile(
    r"^(?:[A-Z][\w.'’&-]*\s(?:(?:and|&|with|of|at) )?){1,6}(?:image|photo|picture|photograph|"
    r"illustration|graphic|thumbnail)$"
)
_GETTY = lazy_compile(r"(?i)^getty images$")
_PERSON_LIKE = lazy_compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}$")  # "Jane Doe"


def is_credit_items(items: list[str]) -> bool:
    """Items split at a menu's separators that make a picture's credit: "Jane Doe | Afp | Getty
    Images", "Jane Doe | Pool". Its agencies come last, with one person's name before them or
    Getty Images at the end; a menu may end on a word that is also an agency's ("Home | Garden
    | Kitchen | Pool")."""
    names = [item.strip() for item in items]
    while names and LONE_AGENCY.match(names[-1]):
        names.pop()
    if len(names) == len(items):
        return False  # no agency at the end
    person = len(names) == 1 and _PERSON_LIKE.match(names[0]) is not None
    return person or _GETTY.match(items[-1].strip()) is not None


PHOTO_CREDIT_HINT = hint(
    *_PICTURE.split(),
    "credit",
    "courtesy",
    "pictured",
    "file",
    "getty",
    "shutterstock",
    "istock",
    "alamy",
    "unsplash",
    "/",
    "via ",
    "enlarge",
)


# -- Photo captions: what a sentence about a picture looks like -------------------------------
_MEDIA = "image photo picture photograph illustration graphic video foto"
# A credit inside or after the caption: "... on Tuesday. Picture: Jane Doe", "(Courtesy: X)".
CAPTION_CREDIT = lazy_compile(
    rf"(?i)(?:^|[.!?,;)\]*]\s*|\s[-–—|/]\s*){any_of(_MEDIA)}s?(?:\s+(?:credits?|courtesy|source|by))?"
    rf"\s*[:=]\s*\S|\b{any_of(_MEDIA)}s? courtesy\b|[(\[]\s*(?:{any_of(_MEDIA)}s?(?:\s*[:=]|\s+(?:by|"
    r"from|credit|courtesy|source)\b)|courtesy|credits?)[^)\]]{1,80}[)\]]|[,.]\s+source\s*:\s*"
    r"[\w.&' -]{1,40}$"
)
# A credit glued on: "... were impounded/POLICE", "REUTERS/Jane Doe", "(Jane Doe/PA)" at the end.
GLUED_CREDIT = lazy_compile(
    r"[a-z.]/[A-Z]{2,}[\w.]*$|\b[A-Z]{2,}(?:[ -][A-Z]{2,})?/[A-Z][a-z]+(?: [A-Z][\w'-]+){0,3}\)?$|"
    r"\b[A-Z]{2,10} (?:Photo|Images?|Pictures?)\s*/\s*[A-Z]|"
    # "... on Monday (Jane Doe/PA)": the photographer and the agency in brackets at the end
    r"\((?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+ ?/ ?[A-Z][\w.&'’ -]{0,30}\)\.?$|"
    # "... at the palace (PA) Jane Doe/Daily Post": the photographer's name and the paper's
    r"\b[A-Z][a-z]+ [A-Z][\w'’-]+/(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}$"
)
# A credit that names the photographer or agency at a caption's end, with no brackets: "...
# penalty. Picture Jane Doe", "... at the palace. Credit: AP", or glued to the caption that
# the page repeats after it ("Picture Jane DoeIn the corner: ..."). Without a colon the word
# for a picture takes two names, so that a heading such as "Picture This" is no credit.
_NAME_WORD = r"[A-Z][\w'’.&/-]*"
_PICTURE_WORD = r"(?:Picture|Photo|Photograph)s?"
NAMED_CREDIT = lazy_compile(
    rf"(?:(?:^|[.!?][\"'”’)]?\s+)(?:{_PICTURE_WORD}\s*:\s*|{_PICTURE_WORD}\s+(?={_NAME_WORD}\s[A-Z]))|"
    rf"(?:^|\s)Credits?\s*:\s*)(?:{_NAME_WORD}\s){{0,3}}{_NAME_WORD}?(?:$|(?<=[a-z])(?=[A-Z][a-z]))"
)
TRAILING_CREDIT = lazy_compile(
    r"\s\((?:[A-Z][\w.&'-]*\s?){1,4}\)$"
)  # "(Daily Post)" at the very end
# The photographer and the paper in square brackets after a caption's sentence: "... at State
# House, Nairobi. [Jane Doe, Daily Post]". Group 1 is the end of the sentence it credits.
BRACKET_CREDIT = lazy_compile(
    r"([.!?][\"'”’)]?)\s*\[(?!(?i:copyright|all rights))(?:[A-Z][\w'’.-]*\s?){1,4}, ?"
    r"(?:[A-Z][\w'’.&-]*\s?){1,4}\]$"
)
# Where someone stands in the picture, set off by commas after a name, as wire captions do:
# "Jane Doe, left, and John Roe watch ...". Prose never places people so.
CAPTION_POSITION = lazy_compile(  # the word before the comma looked behind: re skips to ", "
    r", (?<=\w, )(?:(?:second |third )?(?:from )?(?:far )?(?:left|right)|cent(?:er|re)|top|bottom|"
    r"front|rear|background|foreground),? (?:and |with |watch|look|stand|sit|talk|speak|pose|"
    r"hold|shake|greet|walk|wave|\w+s\b)"
)
# Where people stand in the picture, or the picture itself: "(L)", "second from left".
# "From left-wing opponents" is no place in a picture: a side followed by a hyphen is a word.
# Three patterns, each opening on a plain string so that re skips to where one is (a pattern
# in which every branch opens on "\b", or ignores case throughout, is tried at each character):
# a place in brackets; a place between commas ("Jane Doe, left, and Kim Lee watch"); the words.
CAPTION_MARKER_BRACKETS = lazy_compile(
    r"\((?:L|R|C|L-R|R-L)\)|\((?i:left|right|cent(?:re|er)|top|bottom|above|below|inset|"
    r"far left|far right|front|back)\)"
)
CAPTION_MARKER_COMMAS = lazy_compile(r"(?i), (?:far |second )?(?:left|right|cent(?:re|er)),")
# Each word's "\b" is a lookbehind after it: the same test, with the word first.
CAPTION_MARKER_WORDS = lazy_compile(
    r"(?i)from(?<!\wfrom) (?:far )?(?:left|right)\b(?!-)|left(?<!\wleft) to right\b|"
    r"second(?<!\wsecond) (?:from )?(?:left|right)\b(?!-)|"
    r"(?:is(?<!\wis)|are(?<!\ware)) (?:shown|pictured)\b|"
    r"in this(?<!\win this) (?:[\w-]+ ){0,2}"
    r"(?:photo|picture|image|photograph|handout|post|screenshot|screengrab|video|still)\b|"
    r"poses?(?<!\wpose)(?<!\wposes) for (?:a )?(?:photo|picture|portrait)s?\b"
)
# Strings one of which each match of CAPTION_MARKER_WORDS holds, in a line's folded text.
CAPTION_MARKER_WORDS_HINTS = ("left", "right", "shown", "pictured", "in this", "pose")
CAPTION_OPENING = lazy_compile(
    r"(?i)^(?:\((?:l-r|l to r|from left)\)|(?:pictured |seen )?(?:from (?:far )?left|left to right)\b(?!-)|"
    r"in this (?:[\w-]+ ){0,2}(?:photo|picture|image|photograph|handout|screenshot|screengrab|still)\b|"
    r"this (?:[\w-]+ ){0,2}(?:photo|image|picture|handout|screenshot)s? (?:provided|released|"
    r"distributed|made available) by\b|photo\s*/\s*ill\w*ration\b)"  # "Photo/Illustration"
)
# A caption naming the picture itself: "A view of the flooded square", "Undated handout image of
# the suspect". A story's sentence opening so goes on with a verb of its own ("... was released").
PICTURE_OPENING = lazy_compile(
    r"(?i)^(?:an? |the |this )?(?:(?:aerial|general|undated|file|handout|archive|recent|satellite|"
    r"drone) )*(?:view|image|"
    r"photo|picture|photograph|screenshot|screengrab|still) (?:of|showing|shows)\b"
)
# A news agency's credit closing its caption, in brackets: "(AP Photo/File)", "(AP Photo/Jane
# Doe)", "(Getty Images)". A story's paragraph never ends on one, whatever it reports.
AGENCY_PHOTO_END = lazy_compile(
    r"\((?:[A-Z][\w.&'’-]*\s){1,3}(?:Photos?|Pictures?|Images?)(?:\s?/\s?[^()]{1,60})?\)\.?$"
)
FINITE_VERB = lazy_compile(
    r"(?i)\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\b"
)
# A credit after a slash at the end: "... in the early 20th century / Courtesy of Jane Doe",
# "... at the summit on Monday / Joint Press Corps", "... / Daily Post photo by Jane Doe".
SLASH_CREDIT = lazy_compile(
    r"\w\W* / (?:(?i:courtesy of) \S.{0,60}|(?:(?:[A-Z][\w.&'’-]*|photos?|by|of|the|and|file) ?){1,7})$"
)
_CAPTION_VERBS = (
    "speaking addressing attending arriving leaving waving gesturing delivering holding posing "
    "walking looking listening talking smiling shaking greeting signing visiting inspecting "
    "reacting celebrating watching standing sitting receiving presenting casting voting"
)
# A name and what they are doing, with no verb of its own: "The minister speaking in Paris".
CAPTION_SCENE = lazy_compile(rf"^(?:[A-Z][\w.'’-]*\s){{2,6}}{any_of(_CAPTION_VERBS)}\b")
# The same in the present, as a caption says what the picture shows ("Jane Doe attends a
# meeting in Lyon.", "Firefighters work at the scene", "Smoke is seen rising over the port"):
# a story reports what happened, in the past, and says who said so.
_PRESENT_VERBS = (
    "speaks addresses attends arrives leaves waves gestures delivers holds poses walks looks "
    "listens talks smiles shakes greets signs visits inspects reacts celebrates watches stands "
    "sits receives presents casts votes participates"
)
CAPTION_PRESENT = lazy_compile(rf"^(?:[A-Z][\w.'’-]*\s){{2,6}}{any_of(_PRESENT_VERBS)}\b")
# Two people or more doing it, in the present: "Jane Doe and visiting leader Kim Lee meet at the
# airport ...". The verbs of _PRESENT_VERBS without their "s", and a few a state visit's pictures
# show. Only above a dateline paragraph (captions._caption_over_dateline).
_PLURAL_VERBS = " ".join(
    [
        verb[:-2] if verb.endswith(("shes", "ches", "sses")) else verb[:-1]
        for verb in _PRESENT_VERBS.split()
    ]
    + ["meet", "review", "shake hands", "hold talks"]
)
CAPTION_PRESENT_PLURAL = lazy_compile(
    rf"^[A-Z][\w.'’-]*(?: [\w.'’-]+){{0,12}}? (?:and|&) (?:[\w.'’-]+ ){{1,8}}?{any_of(_PLURAL_VERBS)}\b"
)
# What the picture lets one see, or when it was taken: "Smoke is seen rising over the port", "A
# jet is seen grounded in a hangar", "The old mill, pictured in 2019". "Is seen as" is a
# story's judgement, not a picture's. Every match holds one of CAPTION_SEEN_HINTS.
CAPTION_SEEN_HINTS = (" seen ", ", pictured ")
CAPTION_SEEN = lazy_compile(
    r"\b(?:is|are) seen (?!as\b)[a-z]{3,}ing\b|\b(?:is|are) seen [a-z]{3,}ed (?:in|at|on|outside|"
    r"inside|near|during)\b|, pictured (?:in|at|on|with|during|outside|"
    r"inside|here|last|earlier)\b"
)
# A place in the picture or "pictured" set off in a sentence whose verb, right after it,
# reports in the past, the perfect or the future: "Jane Doe (left) signed the deal last week",
# "The bridge, pictured in 2019, carried 9,000 cars a day" (a story's sentence beside its
# picture, as some papers write it). A caption says what the picture shows, in the present.
MARK_THEN_REPORT = lazy_compile(
    r"(?:\((?i:left|right|cent(?:re|er))\)|\((?:L|C)\)|, pictured\b[^,.;]{0,40},)"
    r"(?: and [\w'’.-]+(?: [\w'’.-]+){0,3})?(?: [a-z]+ly| both| also)? (?:was|were|had|has|"
    r"have|will|would|could|said|told|[a-z]{3,}ed)\b"
)
# Someone's office, in a portrait's caption: "NFF Technical Director and coach, Jane Doe".
OFFICE = lazy_compile(
    r"(?i)\b(?:president|minister|premier|governor|mayor|senator|chair(?:man|woman|person)?|"
    r"director|secretary|chief|ceo|founder|coach|captain|manager|spokes(?:man|woman|person)|"
    r"commissioner|ambassador|leader|executive|officer|lawmaker|judge|professor|chancellor|"
    r"king|queen|prince|princess|general|commander|head of)\b"
)
PROGRESSIVE = lazy_compile(r"\b(?:is|are) [a-z]{3,}ing\b")
ON_WEEKDAY = lazy_compile(
    r"(?i)\bon (?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:morning|afternoon|evening|night))?"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?\.$"
)
# A sentence ending on the weekday and the full date the picture was taken, as wire captions
# do ("... near Oroville on Saturday, July 8, 2017. Winds drove ..."); a story says "Saturday".
CAPTION_DATE = lazy_compile(
    r"(?:[a-z], | on )(?:mon|tues|wednes|thurs|fri|satur|sun)day,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|"
    r"\d{1,2} [A-Z][a-z]{2,8}),? (?:19|20)\d\d\.(?:\s|$)",
    re.IGNORECASE,
)
# The date and then the place, city and country, closing the line, as picture agencies write
# ("... at the Great Hall of the People on March 22, 2018 in Beijing, China."), or the place
# and then the bare date ("... in Lyon, France, June 5, 2024."); a story puts the place first,
# says "on" before a day and seldom gives the year of a recent one.
CAPTION_DATE_PLACE = lazy_compile(
    r"\bon [A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d,? in [A-Z][\w.'’ -]{1,40}, "
    r"[A-Z][\w.'’ -]{1,40}\.$|\bin [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}, [A-Z][\w.'’-]*(?: "
    r"[A-Z][\w.'’-]*){0,3},? (?:[A-Z][a-z]{2,8}\.? \d{1,2},? |\d{1,2} [A-Z][a-z]{2,8},? )"
    r"(?:19|20)\d\d\.$"
)
IMAGE_FILE = lazy_compile(
    r"(?i)\S\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic)\b|^\[?!\[[^\]]*\]\("
)


# Who is in the picture and what they are doing, with no verb of their own: a name or an office
# (words in capitals, joined by "of", "and" or commas), then a participle or "with"/"at the":
# "Minister of Housing, Jane Doe and residents engaging with ...", "Mayor Jane Doe with members
# of the council at a meeting". A story's sentence has a finite verb in its main clause.
_NAMED_THEN_SCENE = lazy_compile(
    r"^(?:[A-Z][\w.'’-]*,?\s(?:(?:of|and|&|the|for)\s)?){2,14}(?:during|with|at the|at an?|(?P<ing>[a-z]{3,}ing))\b"
)
# Words in -ing that are no participle: a noun or a preposition ("The New Year greeting ...").
_NOT_PARTICIPLES = frozenset(
    [
        "during",
        "morning",
        "evening",
        "meeting",
        "building",
        "ceiling",
        "king",
        "thing",
        "something",
        "nothing",
        "anything",
        "everything",
        "spring",
        "string",
        "wing",
        "ring",
        "bring",
        "sing",
        "being",
        "wedding",
        "clothing",
        "funding",
        "housing",
        "training",
        "hearing",
        "ruling",
        "landing",
        "opening",
        "offering",
        "earnings",
        "painting",
        "parking",
        "setting",
        "timing",
        "warning",
        "shooting",
        "bombing",
        "killing",
        "greeting",
    ]
)
# A finite verb, or one in the past: the line reports, it is no scene.
_MAIN_CLAUSE_VERB = lazy_compile(
    r"(?i)\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|said|says|told)\b|"
    r"(?:^|\s)(?!(?:the|an?|his|her|its|their|newly)\s)[\w'’-]+ [a-z]{3,}ed\b"  # not "the flooded"
)
# A verb in the present after its subject, found by what stands around it rather than by a list
# of verbs: a word in -s right before its object's determiner ("... now leads the council",
# "... faces a second vote"), where a plural noun stands before "of", "at" or "from" ("members
# of"); a word in -s after "now", "also" or "still" ("... now leads council business"); or the
# word right after an aside set off by commas ("Jane Doe, with the backing of the council,
# wants ..."), where a caption goes on with where or with whom ("..., in blue, with ...").
_PRESENT_BEFORE_OBJECT = lazy_compile(
    r"\b(?!(?:towards|afterwards|besides|whereas|perhaps|sometimes|always|thus|unless|plus)\b)"
    r"[a-z]{2,}(?<![su'’]s)s (?:the|an?|his|her|its|their|our|my|your)\b|"
    r"\b(?:now|also|still|often|already|usually|always|never) [a-z]{2,}(?<![su'’]s)s\b"
)
_WORD_AFTER_ASIDE = lazy_compile(r", [a-z][^,]{2,80}, ([a-z]+)\b")
# What a caption goes on with after an aside: where, when or with whom, or the next person.
_CAPTION_GOES_ON = frozenset(
    [
        "with",
        "at",
        "in",
        "on",
        "during",
        "inside",
        "outside",
        "near",
        "after",
        "before",
        "for",
        "from",
        "to",
        "of",
        "by",
        "and",
        "or",
        "as",
        "while",
        "among",
        "alongside",
        "beside",
        "behind",
        "under",
        "over",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
    ]
)
_OPENING_PREPOSITION = lazy_compile(r"^(?:In|At|On|By|For|From|With|After|Before|During|As|To)\b")
_SCENE_WORDS = (5, 35)
_NAME_GLUE = frozenset({"of", "and", "the", "for"})
_SCENE_LOWER_WORDS = 3


def verbless_scene(text: str, words: int) -> bool:
    """A caption naming who is pictured and what they are doing, with no finite verb."""
    if not _SCENE_WORDS[0] <= words <= _SCENE_WORDS[1] or text.endswith((":", "?")):
        return False
    found = _NAMED_THEN_SCENE.match(text)
    if not found or found["ing"] in _NOT_PARTICIPLES or '"' in text or "“" in text:
        return False
    # Who is pictured, named by an office ("Mayor Jane Doe", "Minister of Housing, Jane Doe"):
    # a headline's capitalised words ("Yoon Meets Allies, Stresses Ties with Japan") or an
    # opening place ("In Lyon, at the ...") name none.
    if not OFFICE.search(text, 0, found.end()) or _OPENING_PREPOSITION.match(text):
        return False
    lower = [word for word in text.split() if word[:1].islower() and word not in _NAME_GLUE]
    # No finite verb anywhere: the main clause of a story's sentence may follow a relative one.
    return len(lower) >= _SCENE_LOWER_WORDS and not _finite_verb(text)


def _finite_verb(text: str) -> bool:
    """A verb in the past, an auxiliary, or one in the present after its subject."""
    if _MAIN_CLAUSE_VERB.search(text) or _PRESENT_BEFORE_OBJECT.search(text):
        return True
    after = _WORD_AFTER_ASIDE.search(text)
    return bool(after) and after[1] not in _CAPTION_GOES_ON and not after[1].endswith("ing")
