"""Names of places that outlets, datelines and keywords are read against: the world's countries
and regions, the states and provinces of the federations whose outlets name them, and the
cities papers are known by.

Why a list: nothing in a name's shape tells a place from an outlet's or a person's ("Kenya",
"Axios", "Salon" and "Chad" are all one capitalised word), so a reader who knows the places is
what tells "The Standard (Kenya)" (where the paper is) from "Yahoo News (Axios)" (whose report
it carries). The list is kept compact: the places an outlet's bracket or a keyword names, not a
gazetteer. Names are lower case; read them with `is_place_name`.
"""

from __future__ import annotations

import re


def _names(text: str) -> frozenset[str]:
    """Names written one to a line or separated by semicolons, lower-cased."""
    return frozenset(
        name.strip().casefold() for line in text.splitlines() for name in line.split(";")
    ) - {""}


# The world's countries and the territories news names as places of their own.
COUNTRIES = _names(
    """afghanistan; albania; algeria; andorra; angola; antigua and barbuda; argentina; armenia
    australia; austria; azerbaijan; bahamas; the bahamas; bahrain; bangladesh; barbados; belarus
    belgium; belize; benin; bhutan; bolivia; bosnia and herzegovina; bosnia; botswana; brazil
    brunei; bulgaria; burkina faso; burundi; cabo verde; cape verde; cambodia; cameroon; canada
    central african republic; chad; chile; china; colombia; comoros; congo; costa rica
    côte d'ivoire; ivory coast; croatia; cuba; cyprus; czech republic; czechia; denmark; djibouti
    dominica; dominican republic; ecuador; egypt; el salvador; equatorial guinea; eritrea
    estonia; eswatini; swaziland; ethiopia; fiji; finland; france; gabon; gambia; the gambia
    georgia; germany; ghana; greece; grenada; guatemala; guinea; guinea-bissau; guyana; haiti
    honduras; hungary; iceland; india; indonesia; iran; iraq; ireland; israel; italy; jamaica
    japan; jordan; kazakhstan; kenya; kiribati; kosovo; kuwait; kyrgyzstan; laos; latvia
    lebanon; lesotho; liberia; libya; liechtenstein; lithuania; luxembourg; madagascar; malawi
    malaysia; maldives; mali; malta; marshall islands; mauritania; mauritius; mexico
    micronesia; moldova; monaco; mongolia; montenegro; morocco; mozambique; myanmar; burma
    namibia; nauru; nepal; netherlands; the netherlands; new zealand; nicaragua; niger; nigeria
    north korea; north macedonia; macedonia; norway; oman; pakistan; palau; palestine; panama
    papua new guinea; paraguay; peru; philippines; the philippines; poland; portugal; qatar
    romania; russia; rwanda; saint kitts and nevis; saint lucia
    saint vincent and the grenadines; samoa; san marino; são tomé and príncipe; saudi arabia
    senegal; serbia; seychelles; sierra leone; singapore; slovakia; slovenia; solomon islands
    somalia; south africa; south korea; korea; south sudan; spain; sri lanka; sudan; suriname
    sweden; switzerland; syria; taiwan; tajikistan; tanzania; thailand; timor-leste
    east timor; togo; tonga; trinidad and tobago; trinidad; tunisia; turkey; türkiye
    turkmenistan; tuvalu; uganda; ukraine; united arab emirates; united kingdom; britain
    great britain; united states; america; united states of america; uruguay; uzbekistan
    vanuatu; vatican city; venezuela; vietnam; viet nam; yemen; zambia; zimbabwe
    hong kong; macau; macao; puerto rico; greenland; guam; gaza; west bank; tibet; bermuda
    england; scotland; wales; northern ireland"""
)
# Continents and the world's regions, which editions of an outlet are named for.
REGIONS = _names(
    """africa; asia; europe; north america; south america; latin america; the americas
    americas; oceania; the pacific; pacific; middle east; the middle east; east asia
    south asia; southeast asia; asia-pacific; asia pacific; central asia; the caribbean
    caribbean; the gulf; gulf; balkans; the balkans; scandinavia; east africa; west africa
    southern africa; north africa"""
)
US_STATES = _names(
    """alabama; alaska; arizona; arkansas; california; colorado; connecticut; delaware; florida
    georgia; hawaii; idaho; illinois; indiana; iowa; kansas; kentucky; louisiana; maine
    maryland; massachusetts; michigan; minnesota; mississippi; missouri; montana; nebraska
    nevada; ohio; oklahoma; oregon; pennsylvania; tennessee; texas; utah; vermont; virginia
    washington; wisconsin; wyoming; new hampshire; new jersey; new mexico; new york
    north carolina; north dakota; south carolina; south dakota; rhode island; west virginia"""
)
# The states' abbreviations in news style, which a dateline or a place puts after a town with
# their full stop ("Salem, Ore. —", "in Fresno, Calif., on Monday").
STATE_ABBREVIATIONS = _names(
    """ala; ariz; ark; calif; colo; conn; del; fla; ga; ill; ind; kan; ky; la; md; mass; mich
    minn; miss; mo; mont; neb; nev; okla; ore; pa; tenn; vt; va; wash; wis; wyo"""
)
# Canada's provinces and territories, Australia's states and territories, India's states.
PROVINCES = _names(
    """alberta; british columbia; manitoba; new brunswick; newfoundland and labrador
    newfoundland; nova scotia; ontario; prince edward island; quebec; québec; saskatchewan
    northwest territories; nunavut; yukon
    new south wales; victoria; queensland; south australia; western australia; tasmania
    northern territory; australian capital territory
    andhra pradesh; arunachal pradesh; assam; bihar; chhattisgarh; goa; gujarat; haryana
    himachal pradesh; jharkhand; karnataka; kerala; madhya pradesh; maharashtra; manipur
    meghalaya; mizoram; nagaland; odisha; punjab; rajasthan; sikkim; tamil nadu; telangana
    tripura; uttar pradesh; uttarakhand; west bengal; jammu and kashmir; kashmir"""
)
# Cities an outlet is known by ("The Times (London)", "The Gazette (Montreal)"): the world's
# capitals and its largest cities and media towns, as few as say so.
CITIES = _names(
    """washington; washington, d.c.; washington dc; beijing; moscow; tokyo; seoul; pyongyang
    kyiv; kiev; london; paris; berlin; brussels; tehran; doha; cairo; ankara; istanbul
    new delhi; delhi; mumbai; kolkata; chennai; bengaluru; bangalore; hyderabad; islamabad
    karachi; lahore; kabul; canberra; sydney; melbourne; brisbane; perth; adelaide; ottawa
    toronto; montreal; vancouver; calgary; taipei; jerusalem; tel aviv; riyadh; dubai
    abu dhabi; caracas; havana; manila; jakarta; hanoi; ho chi minh city; bangkok; rome
    milan; madrid; barcelona; lisbon; athens; warsaw; vienna; geneva; zurich; stockholm; oslo
    helsinki; copenhagen; dublin; amsterdam; minsk; baghdad; damascus; beirut; amman; abuja
    lagos; nairobi; mombasa; pretoria; johannesburg; cape town; durban; khartoum; tripoli
    algiers; rabat; casablanca; tunis; accra; addis ababa; kampala; dar es salaam; kigali
    harare; lusaka; dakar; kinshasa; luanda; dhaka; kathmandu; colombo; kuala lumpur
    wellington; auckland; mexico city; brasilia; brasília; são paulo; sao paulo
    rio de janeiro; buenos aires; santiago; lima; bogota; bogotá; quito; shanghai; guangzhou
    shenzhen; osaka; busan; edinburgh; glasgow; manchester; birmingham; belfast; cardiff
    frankfurt; munich; hamburg; new york city; los angeles; chicago; houston; phoenix
    philadelphia; san antonio; san diego; dallas; san francisco; seattle; boston; atlanta
    miami; detroit; denver; baltimore; minneapolis; st. louis; pittsburgh; cleveland
    new orleans; honolulu"""
)
# Initials that stand for a place: US states' and Canadian provinces' postal codes,
# Australia's states, and the countries news writes by their initials ("U.S.", "UAE").
PLACE_INITIALS = _names(
    """al; ak; az; ar; ca; co; ct; de; fl; ga; hi; id; il; in; ia; ks; ky; la; me; md; ma; mi
    mn; ms; mo; mt; ne; nv; nh; nj; nm; ny; nc; nd; oh; ok; or; pa; ri; sc; sd; tn; tx; ut
    vt; va; wa; wv; wi; wy; dc; pr
    ab; bc; mb; nb; nl; ns; nt; nu; on; pe; qc; sk; yt
    nsw; vic; qld; tas; act
    us; usa; uk; uae; nz; hk; prc; rok; drc; png; eu"""
)
PLACE_NAMES = COUNTRIES | REGIONS | US_STATES | PROVINCES | CITIES
# Full stops between initials ("U.S.", "N.Y."), dropped before initials are looked up.
_INITIAL_STOPS = re.compile(r"(?<=\w)\.(?=\w|$)")


def is_place_name(text: str) -> bool:
    """Whether a text is the name of a known place ("Kenya", "Hong Kong", "Ontario",
    "London"), a state's news-style abbreviation ("Calif.") or a place's initials ("U.S.",
    "UT", "UAE"): initials only in capitals, as "us" or "in" are everyday words."""
    name = " ".join(text.split()).casefold()
    if name in PLACE_NAMES or name.removeprefix("the ") in PLACE_NAMES:
        return True
    if name.rstrip(".") in STATE_ABBREVIATIONS and text.strip().endswith("."):
        return True
    initials = _INITIAL_STOPS.sub("", text.strip())
    return initials.isupper() and initials.casefold() in PLACE_INITIALS
