"""The shapes of English organisation names: institutional words, roles, cues and what is no body.

:mod:`briefkit.extract.orgs_en` finds names with these patterns and
:mod:`briefkit.extract.entities` filters what it found with the lists of
words that are no body (``NOT_ORG``, budget funds, schemes, people's titles).
"""

from __future__ import annotations

import re

from briefkit.extract.countrycues import country_names
from briefkit.extract.wordcount import CJK as CJK

ORG_WORDS = ("Organization|Organisation|Union|Assembly|Forum|Center|Centre|Council|Ministry|Bank|Fund|Agency|"
              "Commission|Research|Institute|University|Association|Nations|Committee|Company|Corporation|"
              "Group|Parliament|Court|Office|Department|Federation|Alliance|Academy|Bureau|Authority|Board|"
              "Party|Foundation|Society|Inc|Ltd|Corp|Holding|Reserve|Administration|Secretariat|Summit|Programme|Program|"
              "Coalition|Service|Services|Trust|Media|Press|Energy|Power|Water|Utilities|Gas|Airways|Airlines|Motors|"
              "Exchange|Network|Partners|Holdings|Steel|Industries|Technologies|Pharmaceuticals|Broadcasting|"
              "Television|Radio|Insurance|Securities|Capital|Hospital|Health|District|Cabinet|Mission|League|"
              "Congress|Senate|Police|Council|Church|College|Laboratory|Laboratories|Plc|PLC|LLC|AG|SA|Spa|SpA|"
              "Resort|Institution|Charity|Advice|Regulator|Watchdog|Commissioner|Government|Construction|Engineering|"
              "Logistics|Foods|Brands|Systems|Solutions|Electric|Petroleum|Chemicals|Mining|Telecom|Communications|"
              "Railways?|Bancorp|Financial|Ventures|Labs|Studios|Entertainment|Pictures|Publishing|Hotels|"
              "Motor|Automotive|Therapeutics|Biotech|Semiconductor|Electronics|Software|Bank|Trust|Post|Times|Journal|"
              "Herald|Tribune|Gazette|Daily|Chronicle|Telegraph|Magazine|Newspaper|"
              # newspapers' own words, which name nothing else ("Cincinnati Enquirer", "Jamaica Gleaner")
              "Examiner|Courier|Sentinel|Inquirer|Enquirer|Advertiser|Gleaner|Argus|Clarion|Dispatch|"
             # legal forms and kinds of body common across countries: "Tata Sons Limited", "Siemens AG", "Amnesty
             # International", "Human Rights Watch", "Rapid Support Forces", "Chelsea Football Club"; schools and
             # transit operators ("Dartmouth Medical School", "Guelph Transit", "New Jersey Transit")
             "Limited|LLP|GmbH|NV|BV|ASA|AB|Oyj|Bhd|Tbk|Co(?!-)|Watch|International|Forces|Club|Tribunal|Directorate|"
             "Observatory|Clinic|School|Schools|Transit|Institutes|Universities|Bancshares|Brewery|"
             "Partnership|Cooperative|Co-operative|Collective|Consortium|Conservancy|Fellowship|Initiative|"
             # bodies of members named in the plural or as a league of them ("Confederation of Turkish Trade Unions")
             "Confederation|Unions|Chamber|Associations|Federations|"
             # a country's missions abroad ("the Indian Consulate in Herat", "the US Embassy in Kyiv")
             "Embassy|Consulate-General|Consulate")
# institutional words that are common nouns as well ("Domestic Energy", "Goods and Services")
WEAK_WORDS = frozenset(["Financial", "Services", "Service", "Energy", "Systems", "Health", "Research", "Power",
                        "Water", "Gas", "Capital", "Media", "Insurance", "Securities", "Solutions", "Foods",
                        "Construction", "Engineering", "Logistics", "Entertainment", "Mining", "Electric",
                        "Communications"])
_CAP = r"(?:[A-Z][\w&'’-]{0,40}|[A-Z]{2,40})"
# Repetitions are bounded: a name has at most a dozen words, and unbounded ones cost n² on long runs of capitals.
# the space between a name's words: a line may wrap inside a name, but a blank line (a paragraph's end) ends it
# ("Source / More : Oxfam" and, two lines down, a slogan's "Oil and Gas News" are no "Oxfam Oil and Gas")
_SP = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"
ORG = re.compile((r"\b(?:" + _CAP + r"(?:\s+(?:of|and|for|on|de|des|du|" + _CAP + r")){0,10}\s+)?(?:" + ORG_WORDS
                  + r")\b(?!\s+(?:Secretary|Minister|Spokes\w+|Chairman|Director|Editor|Correspondent|"
                  r"Conference|Briefings?|Awards?|Prize|Cup|Games|Festival|Week|Day|Expo|Fair|Championships?|Airports?|Stadium|"
                  # a plant is a facility, as an airport is: "Tutuka Power Station", "Arnot Power Station"
                  r"(?:Power\s+)?Stations?|Plants?)\b)"
                  r"(?:\s+for\s+(?:the\s+)?" + _CAP + r"(?:\s+" + _CAP + r"){0,2}"
                  # "Department for Business, Energy and Industrial Strategy": a list of remits closed by "and"
                  + r"(?:,\s+" + _CAP + r"(?:\s+" + _CAP + r"){0,2}){0,4},?\s+and\s+" + _CAP + r"(?:\s+" + _CAP
                  + r"){0,3}"
                  r"|\s+(?:of|for|on)\s+(?:the\s+)?" + _CAP
                  # ("Ministry of Culture & Tourism": an ampersand joins remits as "and" does)
                  + r"(?:\s+(?:and\s+|&\s+|of\s+the\s+|of\s+)?" + _CAP + r"){0,6})?").replace(r"\s+", _SP))
ORG_FR = re.compile(r"\b(?:Agence|Commission|Banque|Organisation|Conseil|Ministère|Parlement|Cour|Fonds|Office|"
                     r"Autorité)"
                     r"(?:\s+(?:européenne?|mondiale?|internationale?|nationale?|centrale?|fédérale?|des?\s+comptes))+"
                     r"(?:\s+(?:du|de\s+la|des|de\s+l['’])\s*[\w-]+)?")
ORG_ZH = re.compile(r"[\u3400-\u9fff]{2,14}?(?:组织|联盟|大会|委员会|银行|论坛|研究院|协会|理事会|联合会|基金会)")
ZH_LEAD = re.compile(r"^(?:[据由对在与和将从向经其的了是为届]|根据|通过|以及)+")
ACRONYM_ORG = re.compile(r"\b(?:Reuters|Xinhua|Bloomberg|AFP|Associated Press|WHO|WTO|IMF|OECD|NATO|UNESCO|"
                          r"UNICEF|ITU|WIPO|ASEAN|BRICS|OPEC|G20|G7|EU|UN|FEMA|NHS|BBC|CNN|FBI|CIA|NASA|FIFA|WSJ|"
                          r"NYT|NPR|PBS|ABC|NBC|CBS|CGTN|CCTV|NHK|AP|UPI|TASS)\b")
# "American" and the like lead a name only when a name of two words follows ("British Gas" is one)
_DEMONYM = re.compile(r"^(?:American|Chinese|British|Indian)\s+(?=\S+\s+\S)")
LEADING = re.compile(r"^(?:[Tt]he|A|An|In|On|At|By|With|From|Since|According|However|Among|Its|Their|This|That|"
                      r"Shares\s+of|Shares\s+in|Units\s+of|Stock\s+of|"
                      r"Reuters recently|La|Le|Les|L'|Selon|Regulator|Meanwhile|"
                      r"Secretary|Minister|President|Chairman|Director|Dr|Mr|Mrs|Ms|Both|While|When|During|After|"
                      r"Before|As|And|But|If|Under|Through|For|To|Of|Since|Every|Each|All|Some|Most|Many|Our|Your|"
                      # a participle opening the sentence before a preposition: "Speaking on BBC Radio", "Writing
                      # for the Harbour Herald", "Responding to the Finance Ministry"
                      r"[A-Z][a-z]+ing\s+(?:on|to|at|for|in|with|from|about))\s+")
_WORD_CAP = r"(?:[A-Z][\w&'’-]{1,30}|[A-Z]{2,10})"
_NAME = _WORD_CAP + r"(?:[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+)?" + _WORD_CAP + r"){0,4}"
# What a sentence says something is: "regulator Ofgem", "the water regulator, Ofwat", "company Krka".
KIND = (r"(?i:company|companies|firm|firms|group|regulator|watchdog|charity|charities|supplier|suppliers|operator|"
         r"broadcaster|bank|lender|insurer|carrier|airline|retailer|manufacturer|maker|utility|provider|providers|"
         r"rivals?|newspaper|agency|coalition|think\s+tank|consultancy|publisher|network|union|firm|giant|owner|"
         r"shareholder|conglomerate|automaker|carmaker|developer|distributor|organi[sz]ation|nonprofit|"
         r"non-profit|shelter|services|platform|subsidiary|startup|station|chain|producer|formulator|"
         # kinds of business and of outlet that name a body as well ("Northwind, the country's biggest grocer",
         # "chipmaker Intel", "the think-tank Bruegel", "news outlet Axios")
         r"grocer|supermarket|miner|exporter|refiner|brewer|telco|chipmaker|drugmaker|steelmaker|planemaker|"
         r"think-tank|outlet|magazine|tabloid|website|lobby|"
         # bodies of members: "Coldiretti, the Italian farmers' association", "X, the employers' federation"
         r"association|federation|confederation|chamber|club)")
# ("the maker of office equipment Brother": what the kind makes or runs may stand between)
APPOSITION = re.compile(r"\b(?:(?:" + KIND + r"),?\s+|(?i:maker|manufacturer|producer|supplier|retailer|distributor|"
                        r"provider)s?\s+of(?:\s+(?!the\b|a\b|an\b)[a-z][\w-]*){1,2}\s+(?=[A-Z]))"
                        r"(?P<names>(?:the\s+)?" + _NAME + r"(?:\s*(?:,|and)\s*(?:the\s+)?" + _NAME + r"){0,5})")
ROLE_OF = re.compile(r"\b(?i:(?:chief\s+executive|spokes(?:person|man|woman)|chairman|chair|president|director|head|"
                      r"officer|economist|analyst|founder|member|official)s?\s+(?:of|for|at)\s+(?:the\s+)?)"
                      r"(?P<name>" + _NAME + r")")
ROLE_AFTER = re.compile(r"(?P<name>" + _NAME + r")(?:['’]s)?\s+(?:acting\s+|deputy\s+|senior\s+)?"
                         r"(?:chief\s+executive|campaigns?\s+officer|spokes(?:person|man|woman)|chairman|analysts?|"
                         r"economists?|leader|CEO|director\s+general|managing\s+director|"
                         # a party's or a council's members: "Fine Gael backbenchers", "Labour MPs", "Tory councillors"
                         r"backbenchers|frontbenchers|MPs|MEPs|MSPs|TDs|councillors|councilors|lawmakers|"
                         # one member, named after the role ("Fine Gael councillor Liam Galvin"), not "Chris Loder MP."
                         # or "the Abbeyfeale councillor said"
                         r"(?:backbencher|MP|MEP|MSP|TD|councillor|councilor|lawmaker)(?=[ \t]+[A-Z][a-z]))\b")
# "Disney Experiences Chairman Josh D'Amaro", "Acme CEO Jane Smith": a body, a titled office, then a person
TITLED = re.compile(r"(?P<name>" + _WORD_CAP + r"(?:[ \t]+" + _WORD_CAP + r"){0,3})(?:['’]s)?\s+"
                     r"(?:Chairman|Chairwoman|Chief\s+Executive(?:\s+Officer)?|CEO|"
                     r"Founder|Spokes(?:person|man|woman)|Managing\s+Director|"
                     # a body's head or member before the holder's name: "Rengo President Tomoko Yoshino", "DGB
                     # board member Stefan Körzell", "United Nations Secretary-General Ban Ki-moon"
                     r"President|Secretary-General|Secretary\s+General|General\s+Secretary|Director-General|"
                     r"Director\s+General|General\s+Manager|Executive\s+Director|[Bb]oard\s+[Mm]ember)"
                     r"\s+[A-Z][a-z]+\s+[A-Z]")
OFFICE_WORDS = {"Former", "Vice", "Deputy", "Acting", "Interim", "Executive", "Senior", "Assistant", "Associate",
                 "Honorary", "Co", "Then", "New", "Incoming", "Outgoing", "Board", "Company", "Group", "Chief"}
# "Nvidia (NASDAQ: NVDA)", "shares of Nvidia", "Nvidia shares rose": a listed company, with or without a keyword.
LISTED = re.compile(r"(?P<name>" + _NAME + r")\s*\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|HKEX|SGX|NSE|BSE|OTC|"
                     r"Euronext|XETRA|SIX|TSE|ticker|Ticker)\s*[:：]")
SHARES = re.compile(r"\b(?i:shares\s+(?:of|in))\s+(?P<a>" + _NAME + r")|(?P<b>" + _NAME + r")(?:['’]s)?\s+shares\s+"
                     r"(?:rose|fell|jumped|slumped|climbed|dropped|gained|lost|closed|were|are|have|had)\b"
                     # "Starbucks, whose shares fell": the relative clause says the name is listed
                     r"|(?P<c>" + _NAME + r"),\s+whose\s+(?:shares|stock)\b")
# "Rita Fonseca, a union leader": a person's role after the kind of body they belong to
_PERSON_ROLE = (r"leaders?|members?|officials?|spokes\w+|boss|chiefs?|heads?|representatives?|workers?|employees?|"
                r"executives?|directors?|chairm[ae]n|presidents?|analysts?|economists?|sources?|lawyers?|activists?|"
                r"organi[sz]ers?|founders?|veterans?|insiders?|negotiators?|officers?|managers?|staff")
# "Krka, a Slovenian drug company", "Ofwat, the water regulator": what the name is follows it.
APPOSITION_AFTER = re.compile(r"(?<!\bin )(?<!\bon )(?<!\bat )(?<!\bby )(?<!\bsince )(?<!\bfrom )(?<!\bsaid )"
                               r"(?P<name>" + _NAME + r")(?:\s+\([^()]{2,40}\))?,\s+"
                               # "IG Metall, Germany's largest union": a country's possessive stands for "the"
                               r"(?:a|an|the|its|their|[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s)\s+"
                               r"(?:[\w’'-]+\s+){0,4}?"
                               + KIND
                               + r"(?![’'\w])(?!\s+(?:" + _PERSON_ROLE + r")\b)")
# "the bank's monetary policy committee, known as Copom": a body named after what it is.
KNOWN_AS = re.compile(r"\b(?i:committee|council|agency|body|group|company|bank|board|organi[sz]ation|coalition|"
                       r"alliance|party|unit|authority|regulator|watchdog|fund),?\s+(?i:known\s+as|called)\s+"
                       r"(?:the\s+)?(?P<name>" + _NAME + r")")
# a month's or a day's name, whole or cut short ("Sept.", "Thurs"); not any word that opens like one ("Marovia",
# "Novartis", "Sunway", "Janssen" are companies)
MONTH = re.compile(r"^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                   r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:s(?:day)?)?|"
                   r"Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\.?$")
VIA = re.compile(r"\b(?i:according\s+to|managed\s+by|owned\s+by|quoted\s+by|reported\s+by|said\s+in\s+a\s+note\s+"
                  r"by)\s+(?:[Tt]he\s+)?(?P<name>" + _NAME + r")"
                  # "told the Sunday Times", "told the Business Journal": a person is told without "the"
                  r"|\b(?:told|contacted|wrote\s+to|speaking\s+to)\s+the\s+(?P<told>" + _NAME + r")")
DEFINED = re.compile(r"(?P<name>(?:[A-Z][\w&'’-]{0,30}\s+){1,8}?(?:(?:of|for|and|the)\s+){0,3}[A-Z][\w&'’-]{0,30})"
                      r"\s+\([“\"]?(?P<acr>[A-Z][A-Za-z&]{1,7})[”\"]?\)")  # "(“HPA”)": quoted as well
# Terms defined with an acronym that are things, not bodies: "Carbon Capture and Storage (CCS)"
CONCEPT = re.compile(r"\b(?:Storage|Capture|Product|Intelligence|Initiative|Index|Rate|Act|Agreement|Treaty|Scheme|"
                      r"Strategy|Plan|Policy|Technolog(?:y|ies)|Standard|Protocol|Indicator|Prices?|Income|Tax|Credit|"
                      r"Zone|Corridor|Emissions?|Change|Goals?|Framework|Vehicles?|Learning|Disease|Syndrome|"
                      # measures and periods: "Financial Year (FY)", "Gross Value Added (GVA)", "Current Account (CA)"
                      r"Year|Added|Value|Quarter|Deficit|Surplus|Output|Account|Balance|"
                      # rules and measures: "Annual Revenue Requirement (ARR)", "Cash Reserve Ratio (CRR)"
                      r"Requirements?|Ratios?|"
                      # needs and conditions: "Special Educational Needs and Disabilities (SEND)", "… Disorder (ADHD)"
                      r"Needs|Disabilit(?:y|ies)|Disorders?|"
                      # fuels priced and sold: "High-Speed Diesel (HSD)", "Superior Kerosene Oil (SKO)"
                      r"Diesel|Petrol|Gasoline|Kerosene|Fuel|Kerosene[ \t]+Oil|Diesel[ \t]+Oil)$")
# A budget's funds are money, not bodies: "the General Fund", "a £65 million Nature Restoration Fund"
BUDGET_FUND = re.compile(r"\b(?:General|Infrastructure|Capital|Reserve|Improvement|Restoration|Recovery|"
                          r"Stabili[sz]ation|Contingency|Operating|Special|Revenue|Road|Housing|Enterprise)\s+Fund$")
# "Hazard Mitigation Grant Program": a scheme a body runs, not a body
SCHEME = re.compile(r"\b(?:Grant|Grants|Assistance|Loan|Aid|Relief|Subsidy|Incentive|Rebate|Benefits?|Mitigation|"
                     r"Insurance|Training|Pilot|Voucher|Scholarship)\s+Program(?:me)?$")
ACR = r"(?:[A-Z][a-z]?[A-Z]{1,5}\d{0,2})"
# "Government Departments, including BEIS, DfT and DEFRA": acronyms listed together are bodies.
ACRONYM_LIST = re.compile(r"\b(?:including|such\s+as|like|namely)\s+(?P<list>" + ACR + r"(?:,\s*" + ACR
                           + r"){0,6},?\s+and\s+" + ACR + r")\b")
NOT_ACRONYM = {"GDP", "CPI", "PPI", "PMI", "COVID", "ICU", "CEO", "CFO", "USD", "EUR", "GBP", "CNY", "RMB", "AI",
                "IT", "TV", "PC", "ID", "AM", "PM", "GMT", "UTC", "EST", "EDT", "VAT", "PhD", "MP", "MPs", "UK", "US"}
# Foreign outlets in English copy: "Le Monde said", "said Les échos", "according to El País".
_ARTICLE_NAME = r"(?:Le|La|Les|El|Der|Die|Il)\s+[\wÀ-ÿ'’-]{2,30}"
OUTLET_SAID = re.compile(r"\b(?P<a>" + _ARTICLE_NAME + r")\s+(?:said|says|reported|reports|wrote|added)\b"
                          r"|\b(?:said|says|reported|according\s+to)\s+(?P<b>" + _ARTICLE_NAME + r")")
PERSONISH = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Prof|Gov|Sen|Rep|Mayor|Governor|Senator|President|Minister|Secretary|"
                        r"Chief|CEO|Chairman|Chairwoman|Spokes(?:man|woman|person)|"
                        r"Chancellor|King|Queen|Prince|Princess|Pope|Judge|Justice|General|Gen|Col|Capt|Lord|Lady|"
                        r"Sir|Dame|Premier|Commissioner|"
                        # ranks and honorifics of councils, police and courts ("Cllr Scanlan", "PC Tony Garner")
                        r"Cllr|Councillor|Councilor|Alderman|PC|DC|Sgt|Sergeant|Insp|Inspector|Det|Detective|Supt|"
                        r"Superintendent|Constable|Atty|Hon|Rev|Fr)\.?\s")
NOT_ORG = {"Most", "Many", "Some", "Other", "Others", "Several", "All", "Both", "Few", "Top", "Senior", "Leading",
            "Local", "Foreign", "Private", "Public", "Independent", "Economists", "Analysts", "Officials",
            "The", "A", "An", "Government", "Governments", "Prime Minister", "President", "State", "National",
            "Big Six", "United States", "United Kingdom", "China", "Europe", "Chairman", "Chief", "Secretary",
            "Minister", "Industry", "Report", "Director", "Company", "Group", "Office",
            # a body's kind alone is no name: "City councilors", "County officials", "Opposition MPs"
            "City", "County", "Town", "Village", "Borough", "District", "Opposition"}
MAX_ORG_WORDS = 9
# (and who leads or pays for it: "Siddaramaiah-led Congress", "Saudi-funded Foundation")
_SITED = re.compile(r"^(?:[A-Z][\w.'’]*[ \t]+)?[A-Z][\w.'’]*-(?:based|owned|listed|headquartered|backed|controlled|run|"
                    r"led|funded|sponsored|dominated|operated|managed|affiliated)"
                    r"[ \t]+(?=[A-Z])")


def without_sited(name: str) -> str:
    """``name`` without where the body sits, who owns or who leads it ("Siddaramaiah-led Congress": "Congress")."""
    return _SITED.sub("", name)


def clean(name: str) -> str:
    """A name found by shape without the words around it: "The", "India's", "on Monday", a trailing "of"."""
    name = name.strip(" ,.;:’'")
    while LEADING.match(name) or _DEMONYM.match(name):
        name = _DEMONYM.sub("", LEADING.sub("", name, count=1), count=1)
    name = re.sub(r"['’]s$", "", re.sub(r"^\d+\w*\s+", "", name))
    # "Lisbon-based Delta Cafés", "Chinese-owned Yancoal": where the body sits or who owns it is no part of its name
    name = without_sited(name)
    # "India's Tata Steel": a country's possessive before a name is not part of it
    if (owner := re.match(r"^([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+(?=[A-Z])", name)) \
            and (owner.group(1) in country_names("en")[1] or _city_or_region(owner.group(1))):
        name = name[owner.end():]  # ("Hanoi’s General Statistics Office": a city's as well)
    # "Gates Foundation on Monday": a day or a month closes the sentence, not the name
    name = re.sub(r"\s+(?:on|in|of|for)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|\s+(?:on|in|of|for)\s+(?:January|"
                  r"February|March|April|May|June|July|August|September|October|November|December)$", "", name)
    return re.sub(r"\s+(?:and|of|for|the)$", "", name).strip(" ,.;:")


def _city_or_region(name: str) -> bool:
    """A city of 100,000 people or more or a country's region (imported late: the places module reads this one's
    lists through others)."""
    from briefkit.extract.places import is_place

    return is_place(name)


WHOLE_ORG = re.compile(r"(?:" + ORG.pattern + r")$")
