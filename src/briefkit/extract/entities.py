"""Organisations and places named in the article.

Places are found in :mod:`briefkit.extract.places`.  Organisations are found
by shape, not from a list:

- capitalised names ending in an institutional word (Organization, Council,
  Coalition, Energy, Water, Media, Corp…), with "of", "and", "for" inside;
- names the sentence says are organisations: "regulator Ofgem", "the water
  regulator, Ofwat", "pharmaceutical company Krka", "Goldman Sachs analysts",
  "Mike Keil, chief executive of the CCW", "according to Le Figaro";
- acronyms defined in brackets after a capitalised name, and well-known ones;
- the cues of :mod:`briefkit.extract.orgcues`: "Tennessee-based AOC", "ABSA's",
  "BBC Scotland", "a spokesperson for Children in Need", "UI said" (spelt out as
  "United Illuminating" when the text does), "lenders such as Barclays";
- in Chinese, names found by the segmenter (:mod:`briefkit.extract.entities_zh`,
  with company names from :mod:`briefkit.extract.companies_zh`).

Places found inside an organisation's name are the body's, not places (see
:func:`briefkit.extract.places.find_places`).
"""

from __future__ import annotations

import re

from briefkit.content.model import Entity
from briefkit.extract.body import Sentence
from briefkit.extract.orgcues import DEMONYMS, add_english_cues, not_a_body, owned_by_acronym
from briefkit.extract.places import country_names, find_places, is_place

_ORG_WORDS = ("Organization|Organisation|Union|Assembly|Forum|Center|Centre|Council|Ministry|Bank|Fund|Agency|"
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
              "Herald|Tribune|Gazette|Daily|Chronicle|Telegraph|Magazine|Newspaper")
_CAP = r"(?:[A-Z][\w&'’-]{0,40}|[A-Z]{2,40})"
# Repetitions are bounded: a name has at most a dozen words, and unbounded ones cost n² on long runs of capitals.
_ORG = re.compile(r"\b(?:" + _CAP + r"(?:\s+(?:of|and|for|on|de|des|du|" + _CAP + r")){0,10}\s+)?(?:" + _ORG_WORDS
                  + r")\b(?!\s+(?:Secretary|Minister|Spokes\w+|Chairman|Director|Editor|Correspondent|"
                  r"Conference|Awards?|Prize|Cup|Games|Festival|Week|Day|Expo|Fair|Championships?)\b)"
                  r"(?:\s+for\s+(?:the\s+)?" + _CAP + r"(?:\s+" + _CAP + r"){0,2}"
                  # "Department for Business, Energy and Industrial Strategy": a list of remits closed by "and"
                  + r"(?:,\s+" + _CAP + r"(?:\s+" + _CAP + r"){0,2}){0,4},?\s+and\s+" + _CAP + r"(?:\s+" + _CAP
                  + r"){0,3}"
                  r"|\s+(?:of|for|on)\s+(?:the\s+)?" + _CAP
                  + r"(?:\s+(?:and\s+|of\s+the\s+|of\s+)?" + _CAP + r"){0,6})?")
_ORG_FR = re.compile(r"\b(?:Agence|Commission|Banque|Organisation|Conseil|Ministère|Parlement|Cour|Fonds|Office|"
                     r"Autorité)"
                     r"(?:\s+(?:européenne?|mondiale?|internationale?|nationale?|centrale?|fédérale?|des?\s+comptes))+"
                     r"(?:\s+(?:du|de\s+la|des|de\s+l['’])\s*[\w-]+)?")
_CJK = re.compile(r"[\u3400-\u9fff]")
_ORG_ZH = re.compile(r"[\u3400-\u9fff]{2,14}?(?:组织|联盟|大会|委员会|银行|论坛|研究院|协会|理事会|联合会|基金会)")
_ZH_LEAD = re.compile(r"^(?:[据由对在与和将从向经其的了是为届]|根据|通过|以及)+")
_ACRONYM_ORG = re.compile(r"\b(?:Reuters|Xinhua|Bloomberg|AFP|Associated Press|WHO|WTO|IMF|OECD|NATO|UNESCO|"
                          r"UNICEF|ITU|WIPO|ASEAN|BRICS|OPEC|G20|G7|EU|UN|FEMA|NHS|BBC|CNN|FBI|CIA|NASA|FIFA|WSJ|"
                          r"NYT|NPR|PBS|ABC|NBC|CBS|CGTN|CCTV|NHK|AP|UPI|TASS)\b")
# "American" and the like lead a name only when a name of two words follows ("British Gas" is one)
_DEMONYM = re.compile(r"^(?:American|Chinese|British|Indian)\s+(?=\S+\s+\S)")
_LEADING = re.compile(r"^(?:[Tt]he|A|An|In|On|At|By|With|From|Since|According|However|Among|Its|Their|This|That|"
                      r"Shares\s+of|Shares\s+in|Units\s+of|Stock\s+of|"
                      r"Reuters recently|La|Le|Les|L'|Selon|Regulator|Meanwhile|"
                      r"Secretary|Minister|President|Chairman|Director|Dr|Mr|Mrs|Ms|Both|While|When|During|After|"
                      r"Before|As|And|But|If|Under|Through|For|To|Of|Since|Every|Each|All|Some|Most|Many|Our|Your)\s+")
_WORD_CAP = r"(?:[A-Z][\w&'’-]{1,30}|[A-Z]{2,10})"
_NAME = _WORD_CAP + r"(?:[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+)?" + _WORD_CAP + r"){0,4}"
# What a sentence says something is: "regulator Ofgem", "the water regulator, Ofwat", "company Krka".
_KIND = (r"(?i:company|companies|firm|firms|group|regulator|watchdog|charity|charities|supplier|suppliers|operator|"
         r"broadcaster|bank|lender|insurer|carrier|airline|retailer|manufacturer|maker|utility|provider|providers|"
         r"rivals|newspaper|agency|coalition|think\s+tank|consultancy|publisher|network|union|firm|giant|owner|"
         r"shareholder|conglomerate|automaker|carmaker|developer|distributor|organi[sz]ation|nonprofit|"
         r"non-profit|shelter|services|platform|subsidiary|startup|station|chain|producer|formulator)")
_APPOSITION = re.compile(r"\b(?:" + _KIND + r"),?\s+(?P<names>(?:the\s+)?" + _NAME + r"(?:\s*(?:,|and)\s*(?:the\s+)?"
                         + _NAME + r"){0,5})")
_ROLE_OF = re.compile(r"\b(?i:(?:chief\s+executive|spokes(?:person|man|woman)|chairman|chair|president|director|head|"
                      r"officer|economist|analyst|founder|member|official)s?\s+(?:of|for|at)\s+(?:the\s+)?)"
                      r"(?P<name>" + _NAME + r")")
_ROLE_AFTER = re.compile(r"(?P<name>" + _NAME + r")(?:['’]s)?\s+(?:acting\s+|deputy\s+|senior\s+)?"
                         r"(?:chief\s+executive|campaigns?\s+officer|spokes(?:person|man|woman)|chairman|analysts?|"
                         r"economists?|leader|CEO|director\s+general|managing\s+director)\b")
# "Disney Experiences Chairman Josh D'Amaro", "Acme CEO Jane Smith": a body, a titled office, then a person
_TITLED = re.compile(r"(?P<name>" + _WORD_CAP + r"(?:[ \t]+" + _WORD_CAP + r"){0,3})(?:['’]s)?\s+"
                     r"(?:Chairman|Chairwoman|Chief\s+Executive(?:\s+Officer)?|CEO|"
                     r"Founder|Spokes(?:person|man|woman)|Managing\s+Director)\s+[A-Z][a-z]+\s+[A-Z]")
_OFFICE_WORDS = {"Former", "Vice", "Deputy", "Acting", "Interim", "Executive", "Senior", "Assistant", "Associate",
                 "Honorary", "Co", "Then", "New", "Incoming", "Outgoing", "Board", "Company", "Group", "Chief"}
# "Nvidia (NASDAQ: NVDA)", "shares of Nvidia", "Nvidia shares rose": a listed company, with or without a keyword.
_LISTED = re.compile(r"(?P<name>" + _NAME + r")\s*\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|HKEX|SGX|NSE|BSE|OTC|"
                     r"Euronext|XETRA|SIX|TSE|ticker|Ticker)\s*[:：]")
_SHARES = re.compile(r"\b(?i:shares\s+(?:of|in))\s+(?P<a>" + _NAME + r")|(?P<b>" + _NAME + r")(?:['’]s)?\s+shares\s+"
                     r"(?:rose|fell|jumped|slumped|climbed|dropped|gained|lost|closed|were|are|have|had)\b")
# "Rita Fonseca, a union leader": a person's role after the kind of body they belong to
_PERSON_ROLE = (r"leaders?|members?|officials?|spokes\w+|boss|chiefs?|heads?|representatives?|workers?|employees?|"
                r"executives?|directors?|chairm[ae]n|presidents?|analysts?|economists?|sources?|lawyers?|activists?|"
                r"organi[sz]ers?|founders?|veterans?|insiders?|negotiators?|officers?|managers?|staff")
# "Krka, a Slovenian drug company", "Ofwat, the water regulator": what the name is follows it.
_APPOSITION_AFTER = re.compile(r"(?<!\bin )(?<!\bon )(?<!\bat )(?<!\bby )(?<!\bsince )(?<!\bfrom )(?<!\bsaid )"
                               r"(?P<name>" + _NAME + r")(?:\s+\([^()]{2,40}\))?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?"
                               + _KIND
                               + r"(?![’'\w])(?!\s+(?:" + _PERSON_ROLE + r")\b)")
# "the bank's monetary policy committee, known as Copom": a body named after what it is.
_KNOWN_AS = re.compile(r"\b(?i:committee|council|agency|body|group|company|bank|board|organi[sz]ation|coalition|"
                       r"alliance|party|unit|authority|regulator|watchdog|fund),?\s+(?i:known\s+as|called)\s+"
                       r"(?:the\s+)?(?P<name>" + _NAME + r")")
_MONTH = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
                    r"[a-z]*\.?$")
_VIA = re.compile(r"\b(?i:according\s+to|managed\s+by|owned\s+by|quoted\s+by|reported\s+by|said\s+in\s+a\s+note\s+"
                  r"by)\s+(?:[Tt]he\s+)?(?P<name>" + _NAME + r")"
                  # "told the Sunday Times", "told the Business Journal": a person is told without "the"
                  r"|\b(?:told|contacted|wrote\s+to|speaking\s+to)\s+the\s+(?P<told>" + _NAME + r")")
_DEFINED = re.compile(r"(?P<name>(?:[A-Z][\w&'’-]{0,30}\s+){1,8}?(?:(?:of|for|and|the)\s+){0,3}[A-Z][\w&'’-]{0,30})"
                      r"\s+\((?P<acr>[A-Z][A-Za-z&]{1,7})\)")
# Terms defined with an acronym that are things, not bodies: "Carbon Capture and Storage (CCS)"
_CONCEPT = re.compile(r"\b(?:Storage|Capture|Product|Intelligence|Initiative|Index|Rate|Act|Agreement|Treaty|Scheme|"
                      r"Strategy|Plan|Policy|Technolog(?:y|ies)|Standard|Protocol|Indicator|Prices?|Income|Tax|Credit|"
                      r"Zone|Corridor|Emissions?|Change|Goals?|Framework|Vehicles?|Learning|Disease|Syndrome)$")
# A budget's funds are money, not bodies: "the General Fund", "a £65 million Nature Restoration Fund"
_BUDGET_FUND = re.compile(r"\b(?:General|Infrastructure|Capital|Reserve|Improvement|Restoration|Recovery|"
                          r"Stabili[sz]ation|Contingency|Operating|Special|Revenue|Road|Housing|Enterprise)\s+Fund$")
# "Hazard Mitigation Grant Program": a scheme a body runs, not a body
_SCHEME = re.compile(r"\b(?:Grant|Grants|Assistance|Loan|Aid|Relief|Subsidy|Incentive|Rebate|Benefits?|Mitigation|"
                     r"Insurance|Training|Pilot|Voucher|Scholarship)\s+Program(?:me)?$")
_ACR = r"(?:[A-Z][a-z]?[A-Z]{1,5}\d{0,2})"
# "Government Departments, including BEIS, DfT and DEFRA": acronyms listed together are bodies.
_ACRONYM_LIST = re.compile(r"\b(?:including|such\s+as|like|namely)\s+(?P<list>" + _ACR + r"(?:,\s*" + _ACR
                           + r"){0,6},?\s+and\s+" + _ACR + r")\b")
_NOT_ACRONYM = {"GDP", "CPI", "PPI", "PMI", "COVID", "ICU", "CEO", "CFO", "USD", "EUR", "GBP", "CNY", "RMB", "AI",
                "IT", "TV", "PC", "ID", "AM", "PM", "GMT", "UTC", "EST", "EDT", "VAT", "PhD", "MP", "MPs", "UK", "US"}
# Foreign outlets in English copy: "Le Monde said", "said Les échos", "according to El País".
_ARTICLE_NAME = r"(?:Le|La|Les|El|Der|Die|Il)\s+[\wÀ-ÿ'’-]{2,30}"
_OUTLET_SAID = re.compile(r"\b(?P<a>" + _ARTICLE_NAME + r")\s+(?:said|says|reported|reports|wrote|added)\b"
                          r"|\b(?:said|says|reported|according\s+to)\s+(?P<b>" + _ARTICLE_NAME + r")")
_PERSONISH = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Prof|Gov|Sen|Rep|Mayor|Governor|Senator|President|Minister|Secretary|"
                        r"Chief|CEO|Chairman|Chairwoman|Spokes(?:man|woman|person)|"
                        r"Chancellor|King|Queen|Prince|Princess|Pope|Judge|Justice|General|Gen|Col|Capt|Lord|Lady|"
                        r"Sir|Dame|Premier|Commissioner)\.?\s")
_NOT_ORG = {"Most", "Many", "Some", "Other", "Others", "Several", "All", "Both", "Few", "Top", "Senior", "Leading",
            "Local", "Foreign", "Private", "Public", "Independent", "Economists", "Analysts", "Officials",
            "The", "A", "An", "Government", "Governments", "Prime Minister", "President", "State", "National",
            "Big Six", "United States", "United Kingdom", "China", "Europe", "Chairman", "Chief", "Secretary",
            "Minister", "Industry", "Report", "Director", "Company", "Group", "Office"}
_MAX_ORG_WORDS = 9


def _clean(name: str) -> str:
    name = name.strip(" ,.;:’'")
    while _LEADING.match(name) or _DEMONYM.match(name):
        name = _DEMONYM.sub("", _LEADING.sub("", name, count=1), count=1)
    name = re.sub(r"['’]s$", "", re.sub(r"^\d+\w*\s+", "", name))
    # "India's Tata Steel": a country's possessive before a name is not part of it
    if (owner := re.match(r"^([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+(?=[A-Z])", name)) \
            and owner.group(1) in country_names("en")[1]:
        name = name[owner.end():]
    # "Gates Foundation on Monday": a day or a month closes the sentence, not the name
    name = re.sub(r"\s+(?:on|in|of|for)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|\s+(?:on|in|of|for)\s+(?:January|"
                  r"February|March|April|May|June|July|August|September|October|November|December)$", "", name)
    return re.sub(r"\s+(?:and|of|for|the)$", "", name).strip(" ,.;:")


_WHOLE_ORG = re.compile(r"(?:" + _ORG.pattern + r")$")


def _conjoined(name: str, listed: bool = False) -> list[str]:
    """"EDF and British Gas", "SES Water and United Utilities": two bodies joined by "and", each a name.

    Only when both sides stand alone (an acronym or a name of two words or more, the right one ending
    in an institutional word), or the right one is a place's body: "Securities and Exchange Commission"
    and "Department for Business, Energy and Industrial Strategy" stay whole.
    """
    for found in re.finditer(r"\s+and\s+", name):
        left, right = name[:found.start()], name[found.end():]
        if "," in left or not right[:1].isupper() or not _WHOLE_ORG.match(right):
            continue
        if (left.isupper() and " " not in left) or (len(left.split()) >= 2 and (
                _WHOLE_ORG.match(left) or left.split()[-1] in _ORG_WORDS.split("|"))) \
                or (" " not in left and is_place(right.split()[0])) or listed:  # "Nissan and Sunderland Council"
            return [left, right]
    return [name]


def _english(text: str) -> dict[str, None]:
    found: dict[str, None] = {}
    for match in _ORG.finditer(text):
        listed = text[max(0, match.start() - 2):match.start()] == ", "  # "Apple, Microsoft and Alphabet Inc"
        for name in _conjoined(_clean(match.group(0)), listed):
            if (len(name.split()) >= 2 or name.isupper()) and len(name.split()) <= _MAX_ORG_WORDS:  # not a menu
                found.setdefault(name)
    for match in _ORG_FR.finditer(text):
        found.setdefault(match.group(0))
    for match in _DEFINED.finditer(text):
        name = _clean(match["name"])
        if _CONCEPT.search(name):
            continue  # "Carbon Capture and Storage (CCS)": a defined term, not a body
        initials = "".join(w[0] for w in name.split() if w[0].isupper())
        if initials and match["acr"].upper().startswith(initials[0]) and len(name.split()) >= 2:
            found.setdefault(name)
    for match in _OUTLET_SAID.finditer(text):
        found.setdefault(match["a"] or match["b"])
    for match in _ACRONYM_LIST.finditer(text):
        for acronym in re.findall(_ACR, match["list"]):
            if acronym not in _NOT_ACRONYM:
                found.setdefault(acronym)
    for match in _SHARES.finditer(text) if "shares" in text.lower() else ():
        name = _clean(match["a"] or match["b"])
        if name and name not in _NOT_ORG and not name.isupper() and not _PERSONISH.match(name) \
                and not _MONTH.match(name):
            found.setdefault(name)
    # the costlier patterns run only where their cue word is (they would try every capitalised word)
    patterns = [_APPOSITION, _ROLE_OF, _ROLE_AFTER, _VIA]
    patterns += [_APPOSITION_AFTER] if re.search(r",\s+(?:a|an|the)\s", text) else []
    patterns += [_LISTED] if re.search(r"\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|HKEX|SGX|NSE|BSE|OTC|Euronext|XETRA|"
                                       r"SIX|TSE|ticker|Ticker)\s*[:：]", text) else []
    patterns += [_KNOWN_AS] if re.search(r"(?i:known\s+as|called)", text) else []
    patterns += [_TITLED] if re.search(r"\b(?:Chair|Chief|CEO|Founder|Spokes|Managing)", text) else []
    for pattern in patterns:
        for match in pattern.finditer(text):
            if "name" in match.groupdict() and match["name"] and _MONTH.match(match["name"]):
                continue  # "in February, the industry group said": a date, not a name
            if pattern is _APPOSITION and match.group(0)[:1].isupper() \
                    and not re.search(r"(?:^|[.!?\n\"“]\s*)$", text[max(0, match.start() - 3):match.start()]):
                continue  # "European Union, the United States …": a name's own word, not "the union, X"
            if pattern is _TITLED and (is_place(_clean(match["name"])) or match["name"].split()[-1] in _OFFICE_WORDS
                                       or (len(match["name"].split()) == 1 and not match["name"].isupper()
                                           and text.count(match["name"]) < 2)):
                continue  # "US President …", "Former CEO …"; one word only when the article names it again
            group = "names" if "names" in match.groupdict() else "told" if match.groupdict().get("told") else "name"
            for part in re.split(r"\s*,\s*|\s+and\s+(?=[A-Z])", match[group]):
                name = _clean(part)
                if name and name not in _NOT_ORG and name not in _OFFICE_WORDS and not _PERSONISH.match(part) \
                        and len(name) > 1 \
                        and not _MONTH.match(name) \
                        and len(name.split()) <= _MAX_ORG_WORDS and name[0].isupper():
                    found.setdefault(name)
    return found


_ITEM = r"[A-Z][\w&'’-]*(?:\s+(?:in\s+|of\s+|for\s+)?[A-Z][\w&'’-]*){0,3}"  # "Children in Need"
# "Welsh Water, Severn Trent, Yorkshire Water, SES Water and United Utilities"; "with Nissan and Sunderland Council"
_LIST = re.compile(r"(?P<list>(?:" + _ITEM + r",\s+){0,8}" + _ITEM + r",?\s+and\s+" + _ITEM + r")(?![\w'’])")


def _list_mates(text: str, found: dict[str, None]) -> None:
    """Names listed with organisations are organisations: in a list of three or more naming two, or in
    a pair with one ("Nissan and Sunderland Council") when the other is one word.  Places, people and
    the words that open a sentence are not.
    """
    for match in _LIST.finditer(text):
        items = [_clean(i) for i in re.split(r",\s+(?:and\s+)?|\s+and\s+", match["list"])
                 if _clean(i) and not _PERSONISH.match(i + " ")]  # "Congress and President Trump": a person
        known = [i for i in items if i in found]
        others = [i for i in items if i not in found]
        if not known or not others or not ((len(items) >= 3 and len(known) >= 2)
                                           or (len(items) == 2 and len(others[0].split()) == 1)):
            continue
        for name in others:
            if name not in _NOT_ORG and not is_place(name) and not _LEADING.match(name + " ") \
                    and not _PERSONISH.match(name + " ") and not _MONTH.match(name) and not _person(name, text):
                found.setdefault(name)


# "Oxfam said", "said Tesla": a one-word name that speaks, not a person's surname (checked against the text)
_SPEAKS = re.compile(r"\b(?P<a>[A-Z][a-z]{2,}|[A-Z][a-zA-Z]*[A-Z][a-zA-Z]*)\s+(?:said|says|announced|"
                     r"reported|confirmed|declined)\b|\b(?:said|says)\s+(?P<b>[A-Z][a-z]{2,})[.,]")


def _speakers(text: str, found: dict[str, None]) -> None:
    """One-word names that say things and are no person's: the article never names them with a first
    name, a title or an age, and they are no place, month or word that opens a sentence."""
    for match in _SPEAKS.finditer(text):
        name = match["a"] or match["b"]
        opens = not text[:match.start()].strip() or text[:match.start()].rstrip()[-1:] in ".!?\"”"
        if opens and name.endswith("s"):
            continue  # "Numbers reported", "Officials said": a plural noun opening a sentence
        if re.search(r"[A-Z][\w’'-]*\s+(?:in|of|for|and|on)\s+$", text[max(0, match.start() - 40):match.start()]):
            continue  # "Children in Need said": the tail of a longer name
        if name in found or name in _NOT_ORG or name in _OFFICE_WORDS or is_place(name) or _MONTH.match(name) \
                or _LEADING.match(name + " ") or _person(name, text) or _named_as_person(name, text):
            continue
        found.setdefault(name)


def _named_as_person(name: str, text: str) -> bool:
    """"A.J. Harris", "Yuan Da, a spokesman", "President Lula": the article names ``name`` as a person's."""
    escaped = re.escape(name)
    return bool(re.search(r"(?:\b[A-Z][a-z]+|\b[A-Z]\.(?:[A-Z]\.)?)\s+(?:[A-Z]\.\s+)?" + escaped + r"\b", text)
                or re.search(r"\b" + escaped + r"\s+[A-Z][a-z]+(?:,|\s+(?:said|says|told))", text)
                or re.search(r"\b(?:President|Minister|Secretary|Chancellor|Premier|Governor|Mayor|Judge|Senator|"
                             r"Professor|Director|Chairman|Spokes\w+)\s+" + escaped + r"\b", text))


def _organisations(text: str, language: str) -> list[Entity]:
    found = _english(text) if not _CJK.search(text[:2000]) or language != "zh" else {}
    if language != "zh":
        add_english_cues(text, found, _ACRONYM_ORG)
        _speakers(text, found)
    if found and " and " in text:
        _list_mates(text, found)
    # Chinese names in another language's text; a Chinese article goes through the segmenter, which
    # knows where a name starts ("主动对政府创新进行制度化和组织" is a clause, not a body).
    for match in _ORG_ZH.finditer(text) if language != "zh" else ():
        name = _ZH_LEAD.sub("", match.group(0))
        if len(name) >= 4:
            found.setdefault(name)
    if language == "zh":
        from briefkit.extract.entities_zh import chinese_organisations

        for name in chinese_organisations(text):
            found.setdefault(name)
    initials = {"".join(w[0] for w in name.split() if w[0].isupper()) for name in found}
    # "the Association of Southeast Asian Nations (ASEAN)": the acronym is the name already found
    initials |= {m["acr"] for m in _DEFINED.finditer(text) if any(f"{name} ({m['acr']})" in text for name in found)}
    for match in _ACRONYM_ORG.finditer(text):
        acronym = match.group(0)
        if text[match.start() - 1:match.start()] in {"(", "/"} and text[match.end():match.end() + 1] in {"/", ")"}:
            continue  # "(Xinhua/Ding Ting)", "(Photo/AFP)": a photo's credit, not a body the article names
        if owner := re.search(r"((?:[A-Z][\w&'’-]+\s+){1,3})$", text[max(0, match.start() - 60):match.start()]):
            acronym = owner.group(1) + acronym  # "Thomson Reuters", not "Reuters"
            if _LEADING.match(acronym):
                acronym = match.group(0)
        if text[max(0, match.start() - 12):match.start()].rstrip().endswith(("Picture:", "Photo:", "Credit:")):
            continue  # "Picture: AFP.": a photo's credit
        if acronym not in initials and not any(acronym in name and not is_place(name.removeprefix(acronym + " "))
                                               for name in found):
            found.setdefault(acronym)  # "BBC" besides "BBC Scotland", not besides "BBC News"
    countries = country_names("en")[1]
    # "FEMA’s Hazard Mitigation Grant Program": the acronym that owns it is the body
    found = dict.fromkeys(owned_by_acronym(n) or n for n in found)
    names = [_without_country(n) for n in found if not _person(n, text) and n not in _NOT_ORG and n not in countries
             and not _BUDGET_FUND.search(n) and n not in DEMONYMS and not _SCHEME.search(n)
             and not (_PERSONISH.match(n + " ") and not _ORG.search(n))  # "Mayor Thomas Koch"
             and (_ACRONYM_ORG.fullmatch(n) or not not_a_body(n, text))]
    acronyms = {_initials(n) for n in names if len(n.split()) >= 2}
    names = [n for n in dict.fromkeys(names) if not (n.isupper() and n in acronyms)]
    # a name inside a longer one found as well ("Steel" in "Tata Steel UK") is the same organisation
    return [Entity(name=n, kind="organisation") for n in names
            if not any(n != other and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", other)
                       and not is_place(other.removeprefix(n + " ")) for other in names)  # "BBC" and "BBC Scotland"
            or _CJK.search(n)]


def _initials(name: str) -> str:
    """"Consumer Council for Water" → "CCW"."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _without_country(name: str) -> str:
    """"United Kingdom and Tata Steel" → "Tata Steel": a country joined to a name is not part of it."""
    left, sep, right = name.partition(" and ")
    if sep and left in country_names("en")[1] and right[:1].isupper():
        return right
    return name


def _person(name: str, text: str) -> bool:
    """A name the article uses as a person's: "Spitzer said" after "Gov. Eliot Spitzer", or "Russell, 64,"."""
    words = name.split()
    if len(words) > 3 or _CJK.search(name):
        return False
    if re.search(re.escape(name) + r",\s*\d{1,3},", text):
        return True
    # "according to Yu" after "Yu Jianhua, head of the customs": a person's surname
    if len(words) == 1 and re.search(re.escape(name) + r"\s+[A-Z][a-z]+,\s+(?:the\s+)?(?:head|chief|director|minister|"
                                     r"spokes\w+|president|chairman|governor|deputy|secretary|professor|economist|"
                                     r"analyst|vice)\b", text):
        return True
    last = words[-1]
    return len(words) <= 2 and bool(re.search(r"\b(?:Gov|Dr|Mr|Mrs|Ms|Sen|Rep|Prof)\.?\s+(?:[A-Z]\w+\s+)?"
                                              + re.escape(last) + r"\b", text))


def find_entities(sentences: list[Sentence], language: str = "en") -> tuple[list[Entity], list[Entity]]:
    """Organisations and places named in the sentences, first mention first."""
    text = "\n".join(s.text for s in sentences)
    organisations = _organisations(text, language)
    return organisations, find_places(text, language, tuple(o.name for o in organisations))


def with_outlet(organisations: list[Entity], outlet: str | None, body: str, lines: list[str]) -> list[Entity]:
    """The organisations, with the page's ``outlet`` when the article names it as one.

    An agency or a government issuing a statement has often no institutional word ("Xinhua",
    "Welsh Government" is found, "懷化市人民政府辦公室" signing a notice is not): it counts when the
    ``body`` names it past the dateline, or a head or tail line is the name alone (a signature).
    A name only in the dateline ("(Reuters) -", "/PRNewswire/") is the channel, not a subject.
    """
    if not outlet or any(outlet in o.name or o.name in outlet for o in organisations):
        return organisations
    pattern = re.escape(outlet) if _CJK.search(outlet) else r"(?<![\w-])" + re.escape(outlet) + r"(?![\w/-])"
    named = [m.start() for m in re.finditer(pattern, body)]
    if any(start > 120 or not re.search(r"[(/（]\s*$|电|電|^\W*$", body[max(0, start - 40):start])
           for start in named) or any(line.strip() == outlet for line in lines):
        return [*organisations, Entity(name=outlet, kind="organisation")]
    return organisations
