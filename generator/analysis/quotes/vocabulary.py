"""The word lists the reading rules consult: speech verbs, titles, role nouns, places, non-names.

Kept apart from the rules so that a missed speech verb or title is a word added here, not a
rule changed.
"""

from __future__ import annotations

import re

from generator.analysis.words import COMMON_VERBS, TITLE_ABBREVIATIONS


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one string, a few to a line."""
    return frozenset(words.split())


SPEECH_VERBS = word_set(
    """said says say tell told tells added adds asked asks answered answers replied replies
    responded responds explained explains noted notes warned warns insisted insists argued
    argues claimed claims stated states declared declares stressed stresses emphasised
    emphasized emphasises emphasizes urged urges wrote writes tweeted tweets posted
    announced announces confirmed confirms denied denies admitted admits acknowledged
    acknowledges conceded concedes suggested suggests predicted predicts promised promises
    pledged pledges vowed vows assured assures recalled recalls remarked remarks observed
    observes commented comments concluded concludes countered counters interjected
    interjects interrupted interrupts shouted exclaimed described describes called calls
    criticized criticised criticizes criticises highlighted highlights accused accuses
    alleged alleges complained complains lamented laments joked jokes quipped boasted
    reiterated reiterates repeated repeats testified mused cautioned cautions maintained
    maintains contended contends disclosed revealed wondered raised apologised apologized
    hailed hails praised praises spoke talked slammed condemned welcomed dismissed branded
    labelled labeled blasted decried denounced lauded continued averred opined charged
    asserted affirmed retorted reckoned intoned appealed advised underlined underscored
    recounted elaborated clarified reasoned bragged confessed confided cried demanded
    demands groaned grumbled hinted instructed mentioned muttered objected pleaded pleads
    proclaimed proposed protested recommended reflected reflects reminded requested sighed
    snapped thundered whispered screamed yelled chanted fumed scoffed mocked begged relayed
    agreed disagreed recalled
    reckons muses quips boasts testifies reveals discloses slams condemns welcomes dismisses
    blasts decries denounces lauds avers opines asserts affirms retorts underlines underscores
    recounts clarifies brags confesses confides proclaims whispers agrees disagrees wonders
    apologises apologizes recommends reminds speaks rebutted rebuts texted emailed informed
    informs"""
)
# Nouns naming things said, which a quote may illustrate: "statements like "...""; the
# sentence's own speech verb then reports them, not says them.
SPEECH_NOUNS = word_set(
    """statements comments remarks words phrases chants slogans shouts cries claims questions
    messages posts tweets taunts insults jokes lines refrains"""
)
# Verbs a speaker's name follows in '"...," said X': the name after them is a person's.
INVERTING = word_set("""said says added adds explained wrote insisted continued stressed""")
# Participles whose subject is the main clause's: "X weighed in, saying ...".
PARTICIPLES = word_set(
    """saying adding telling noting arguing warning insisting explaining stressing describing
    calling urging claiming praising hailing tweeting stating declaring"""
)
# Common verbs that may follow a subject like "the prodigy" (regular pasts end in -ed), or
# stand before a role and a name ("jurors found former president X").
VERBS = COMMON_VERBS
# Speech verbs whose object follows them, never their subject: "X, the mayor, told The
# Associated Press" is X speaking.
TAKING_OBJECTS = word_set(
    """told tells tell accused accuses called calls urged urges praised praises hailed hails
    criticized criticised criticizes criticises described describes"""
)
# Phrasal speech verbs, read as "said"; a stretch without their first words has none.
_PHRASAL_VERBS = ("went on", "goes on", "point out", "pointed out", "points out")
# A retort, read as speech only before what was said ("X shot back that ...", "hit back:",
# "fired back, saying"), not as gunfire or a score ("shot back at the gunman", "hit back
# with two goals").
_RETORTS = ("shot back", "shoots back", "hit back", "hits back", "fired back", "fires back")
PHRASAL = re.compile(
    r"\b(?:" + "|".join(_PHRASAL_VERBS) + r")\b"
    r"|\b(?:" + "|".join(_RETORTS) + r")(?=\s+that\b|\s*:|,\s+(?:saying|adding)\b)"
)
PHRASAL_HEADS = frozenset(phrase.split()[0] for phrase in _PHRASAL_VERBS + _RETORTS)
PRONOUNS = frozenset({"he", "she"})
OTHER_PRONOUNS = frozenset({"it", "they", "we", "i", "you", "this", "that", "who", "which"})
DETERMINERS = word_set(
    """a an the one two three four several some many another other his her its their our"""
)
INDEFINITE = word_set("""a an one two three four several some many another""")
_TIME = word_set(
    """on earlier later early late last this next yesterday today tonight meanwhile week month
    year morning afternoon evening night monday tuesday wednesday thursday friday saturday
    sunday"""
)
LEADING = _TIME | word_set(
    """and but while as so then yet whereas although though when however also now still
    including"""
)
TRAILING = _TIME | word_set(
    """also again has had have would will once further previously repeatedly reportedly
    recently publicly privately separately simply just quickly immediately then finally
    initially however though meanwhile nonetheless nevertheless therefore instead too
    moreover thus likewise similarly subsequently additionally"""
)
# Words in -ly that may end a subject, not adverbs between it and its verb: "the Kelly
# family said", "a close ally said".
NOUNS_IN_LY = word_set(
    """family ally rally assembly supply daily weekly monthly quarterly monopoly anomaly bully
    elderly folly homily"""
)
CONJUNCTIONS = word_set("""and but while as whereas although though or nor so yet""")
AUXILIARIES = word_set(
    """was were is are be been being has had have will would did does do not that which who
    whom whose if because to than"""
)
PREPOSITIONS = word_set("""in on at for from with by to after before during about into""")
# Titles written with a capital before a name; the name is what follows the last of them.
TITLES = word_set(
    """President President-elect Vice Prime Minister Premier Secretary Chancellor Justice Chief
    Judge General Gen Governor Gov Senator Sen Rep Representative Congressman Congresswoman
    Leader Opposition Foreign Defense Defence Deputy Ambassador Administrator Director
    Chairman Chairwoman Chair CEO King Queen Prince Princess Pope Cardinal Bishop Archbishop
    Mayor Commissioner Attorney Solicitor Speaker Spokesman Spokeswoman Spokesperson
    Professor Prof Dr Mr Mrs Ms Miss Madam Sir Dame Lord Lady Baroness Baron Emir Crown Colonel
    Col Captain Capt Lieutenant Lt Sergeant Sgt Major Admiral Adm Commander Officer Coach
    Manager Executive Assistant Inspector Superintendent Detective Constable Marshal Sheriff
    Councillor Councilor Rabbi Imam Reverend Rev Father Sister Saint MP MEP MSP MLA Assemblyman
    Assemblywoman Alderman PM Affairs Works Coroner Magistrate SP DSP ASP SSP DCP ACP DIG IGP
    DGP SHO"""
) | frozenset(
    TITLE_ABBREVIATIONS
)  # "Affairs": an office's word ("Minister of Foreign Affairs, Senator X"), not a name
HONORIFICS = word_set("""Mr Mrs Ms Miss Madam Dr Prof Sir Dame""")
# Nouns that name a person by role: "spokesperson Ned Price", "the minister said".
ROLE_NOUNS = word_set(
    """spokesperson spokesman spokeswoman minister president premier secretary leader official
    analyst adviser advisor professor researcher scientist physicist economist expert
    director chief executive ceo chairman chairwoman chair head commander general officer
    lawyer attorney judge justice prosecutor candidate senator governor mayor ambassador
    diplomat envoy negotiator columnist reporter correspondent editor journalist presenter
    author co-author founder manager coach player captain observer activist witness resident
    source spokespeople representative member lawmaker legislator mp chancellor king queen
    prince pope cardinal bishop administrator commissioner inspector strategist historian
    frontbencher secretary-general director-general councillor councilor boss billionaire
    businessman businesswoman tycoon entrepreneur investor actor actress singer novelist
    campaigner"""
)
# Offices one person holds apart from any other: the words of each for the same office. "The
# King said" after the President spoke is not the President, as "the premier said" after a
# party leader spoke may be the leader.
SOLE_OFFICES = (
    word_set("""king queen monarch emperor empress sovereign sultan emir"""),
    word_set("""pope pontiff"""),
    word_set("""judge justice magistrate"""),
)
FEMALE = word_set("""ms mrs miss madam dame lady baroness queen princess spokeswoman chairwoman""")
MALE = word_set("""mr sir lord baron king prince spokesman chairman""")
GENDERED = FEMALE | MALE
# A speaker that is a text or an outlet, not a person: "the statement said", "Kyodo reported".
DOCUMENTS = word_set(
    """statement report reports announcement document letter memo post tweet release communique
    communiqué survey study poll message email e-mail filing notice article paper newspaper
    website agency broadcaster outlet channel network magazine daily tabloid data figures
    count alert advisory update declaration"""
)
# Texts that speak for their author, introduced with "a" ("a statement from X", "X issued a
# security alert"): "the statement said" later is that author (documents.py).
DOCUMENT_NOUNS = word_set(
    """statement alert advisory communique communiqué release memo notice letter"""
)
# Nouns of a text whose author may be named before them: "the NTSB report" is the NTSB's.
AUTHORED_NOUNS = DOCUMENT_NOUNS | {"report"}
# Verbs that only a text's words follow: '"...," the statement read', '"...," it reads'.
DOCUMENT_VERBS = word_set("""read reads""")
ORG_WORDS = word_set(
    """Ministry Department Office Agency Party Commission Council Committee Court Government
    Securities Group Corp Inc Ltd Company News Times Post Bank University Institute
    Association Union Organization Organisation Federation Authority Service Police Army
    Navy Forces Congress Parliament Senate House Street Kremlin Pentagon Reuters AFP Yonhap
    Xinhua Kyodo Jiji Board Foundation Fund Club League Network Press Journal Tribune Herald
    Daily Telegraph Guardian Mail Express Review Radio Television Channel Administration
    Embassy Cabinet Assembly Secretariat Bureau Coalition Alliance Movement Front Campaign
    Airlines Airways Motors Holdings Partners Capital Finance Exchange Institution
    Commission Palace"""
)
# Places that stand for a government ("Tokyo said"): a speaker no reader can check.
PLACES = word_set(
    """Washington Beijing Moscow Tokyo Seoul Pyongyang Kyiv Kiev London Paris Berlin Brussels
    Tehran Doha Cairo Ankara Delhi Islamabad Kabul Canberra Ottawa Taipei Jerusalem Riyadh
    Caracas Havana Manila Jakarta Hanoi Bangkok Rome Madrid Lisbon Athens Warsaw Vienna
    Geneva Stockholm Oslo Helsinki Copenhagen Dublin Amsterdam Minsk Baghdad Damascus Beirut
    Amman Abuja Nairobi Pretoria Khartoum Tripoli Algiers Rabat Tunis Dhaka Kathmandu
    Colombo Singapore Wellington Mexico Brasilia Santiago Lima Bogota Quito China Japan
    Russia Ukraine Qatar Israel Iran Iraq Syria Turkey Egypt India Pakistan Afghanistan
    Australia Canada America Britain England France Germany Italy Spain Poland Korea Taiwan
    Vietnam Thailand Cambodia Laos Myanmar Philippines Indonesia Malaysia Bangladesh Nepal
    Lanka Nigeria Kenya Ethiopia Sudan Libya Algeria Morocco Tunisia Ghana Brazil Argentina
    Chile Peru Colombia Venezuela Cuba Europe Africa Asia Gaza Lebanon Jordan Yemen Oman
    Kuwait Bahrain Emirates Saudi Palestine Sweden Norway Finland Denmark Ireland
    Netherlands Belgium Austria Switzerland Greece Hungary Romania Serbia Belarus Georgia
    Armenia Azerbaijan Kazakhstan Mongolia Scotland Wales Westminster Whitehall Capitol
    Hamas Hezbollah"""
)
# Capitalised words that open sentences and are no part of a name.
NOT_NAMES = word_set(
    """The A An But And Or So Yet He She It They We I You In On At As After Before While When
    This That These Those His Her Their Its Our My Your If Although Though Since Because For
    From To Of By With Without About Asked Speaking Meanwhile However Earlier Later Last
    Next According Then There Here What Why How Who Where Which Now Still Also Even Only
    Just Many Some Most All Both Each Every Other Another Several Such No Not Yes Under Over
    Into During Following Despite Amid Among Between Across Against Through Until Unlike
    Like Once Former Back Responding Asked Pressed Questioned Separately Instead One Two
    Three Four Five"""
) | word_set(
    # Adverbs that open a sentence before a comma: "Moreover, the premier said" is no name in
    # apposition to a role, as "Abbasi, the premier, said" would be.
    """Moreover Furthermore Additionally Nevertheless Nonetheless Consequently Likewise
    Similarly Indeed Therefore Thus Hence Otherwise Besides Notably Finally Overall Initially
    Eventually Ultimately Apparently Importantly Interestingly Recently Currently Previously
    Subsequently Specifically Elsewhere Today Yesterday Tonight Again Already Perhaps
    Certainly Surely Clearly"""
)
# Forms of address, which stand for a person without naming them: "His Majesty said".
FORMS_OF_ADDRESS = word_set("""Majesty Majesties Highness Highnesses Excellency Holiness""")
NOT_NAMES |= FORMS_OF_ADDRESS
CALENDAR = word_set(
    """January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday"""
)
SMALL_WORDS = word_set("""of and the a an in on for to with at by from or""")
# Lowercase words ending like a verb that still belong to a role read back from a name
# ("acting president X", "newly elected mayor X", "housing minister X").
ROLE_PARTICIPLES = word_set(
    """acting elected retired ruling leading managing presiding appointed designated governing
    founding outgoing incoming serving ranking sitting reigning visiting supervising departing
    disgraced embattled jailed detained exiled unnamed unidentified renowned noted acclaimed
    distinguished decorated seasoned housing banking marketing engineering nursing mining
    shipping building training broadcasting publishing trading accounting planning farming
    manufacturing polling campaigning advertising restructuring operating"""
)
