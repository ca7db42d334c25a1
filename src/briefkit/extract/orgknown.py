"""Bodies known by a name with no institutional word: agencies by their acronym, broadcasters by their call
sign, legislatures by their own name.

Shape finds "Environmental Protection Agency" but not "EPA" written alone, "Lok Sabha" or "WGXC": nothing in
the name says it is a body.  Three closed kinds are safe to know all the same:

- government agencies and international bodies whose acronym means nothing else in news copy ("OSHA and
  EPA", "the FDA decision", "the NDRC said"); an acronym that is also a word, a state or a unit ("VA", "DOE",
  "ICE", "PSA") is left out;
- North American broadcasters' call signs, four capitals opening on K or W, with their channel number
  ("WGXC", "KGUN 9", "WSFA 12"), not where the words around are capitals too ("WITH", "WALL STREET" in a
  headline shouted in capitals);
- legislatures and their houses named in their own language ("Lok Sabha", "Dáil", "Bundestag", 立法會),
  which English and Chinese copy print as they are;
- in Chinese, a place's party committee and government named together without the place (县委、县政府), a
  zone's management committee after its party working committee (党工委、管委会).

Seen on several sites each: a letter page (OSHA, EPA), community radio and local TV pages (WGXC, WFTS,
KGUN 9, WMFE), Indian and Irish political pages (Lok Sabha, Dáil), and Hong Kong and Taiwan pages (立法會,
行政院).
"""

from __future__ import annotations

import re

from briefkit.extract.orgshapes import ACRONYM_ORG

# agencies and international bodies: each acronym names one body in news copy
_AGENCIES = ("EPA", "OSHA", "FDA", "FTC", "FCC", "IRS", "CDC", "USDA", "FAA", "NIH", "SEC", "NOAA", "CBO", "GAO",
             "BLS", "HMRC", "ONS", "OBR", "ECB", "IEA", "IAEA", "ILO", "FAO", "WFP", "UNHCR", "UNDP", "UNEP",
             "UNCTAD", "AIIB", "WWF", "ITV", "NDRC")
_LEGISLATURES = ("Lok Sabha", "Rajya Sabha", "Dáil", "Dáil Éireann", "Seanad", "Oireachtas", "Bundestag",
                 "Bundesrat", "Knesset", "Duma", "State Duma", "Storting", "Riksdag", "Sejm", "Folketing",
                 "Eduskunta", "Dewan Rakyat")
_ZH_LEGISLATURES = ("立法會", "立法会", "行政院", "立法院", "監察院", "监察院", "司法院", "考試院", "考试院",
                    "行政會議", "行政会议")
_KNOWN = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(_AGENCIES + _LEGISLATURES, key=len,
                                                                                  reverse=True))
                    + r")(?![\w-])")
# a call sign and its channel ("KGUN 9"); the word before and after must not be capitals as well
_CALL_SIGN = re.compile(r"(?<![\w-])(?P<sign>[KW][A-Z]{3})(?P<channel>[ \t]\d{1,2}(?![\d,.]))?(?![\w-])")
_SHOUTED = re.compile(r"[A-Z]{2,}")
_ZH_KNOWN = re.compile("|".join(_ZH_LEGISLATURES))
# the short names Chinese copy gives blocs, state firms, exchanges and agencies, which no shape finds (no 局, 会 or
# 公司 ends them): 东盟 (ASEAN), 欧盟 (EU), 中石化 (Sinopec), 台電 (Taipower), 港鐵 (MTR), 发改委 (the NDRC), 北交所;
# each in simplified and traditional writing.  Guarded where the characters also run in common words: "一台电脑"
# (a computer), "其中油价" (among them, oil prices), "香港鐵路" (Hong Kong's railways)
_ZH_SHORT = re.compile(r"东盟|東盟|东协|東協|欧盟|歐盟|中石化|中石油|中海油|健保署|[北上深港]交所|"
                       r"(?<![一二两兩三四五六七八九十几幾每这這那整])台[电電](?![脑腦视視器机機扇梯话話])|"
                       r"(?<![其之集期空心])中油(?![价價品料])|(?<!香)港[铁鐵](?![路])|"
                       r"(?:国家|國家)?(?:发改委|發改委)")


# "INTERSOLV, Inc.", "JYACC, Inc.": a legal form after a comma makes any name a company's (press releases list
# companies so); a name with a keyword of its own ("Fisher Communications, Inc.") is found by shape already
_LEGAL_AFTER = re.compile(r"(?<![\w&'’.-])(?P<name>(?:[A-Z][\w'’.-]*[ \t]+(?:&[ \t]+)?){0,3}[A-Z][\w'’.-]*),[ \t]+"
                          r"(?:Inc|Ltd|LLC|Corp|Plc|PLC|GmbH|AG|L\.P|S\.A|N\.V)\b\.?")


# "writing for The Sun", "in an interview on France Inter radio", "in an interview with the News Agency of Nigeria":
# where a person writes or speaks for the public is an outlet (a British paper, French radio, a Nigerian agency);
# "writing in" is left out, as what follows it is as often a journal (the corpus lists no journals)
_OUTLET_WORD = r"(?:[A-Z][\w'’-]*|of)"
_MEDIA_CUE = re.compile(r"\b(?:writing|wrote|writes)[ \t]+for[ \t]+|\ban?[ \t]+(?:interview|article|column|op-ed)"
                        r"[ \t]+(?:on[ \t]+|with[ \t]+the[ \t]+|for[ \t]+)")
_OUTLET = re.compile(r"(?P<the>The[ \t]+)?(?P<name>[A-Z][\w'’-]*(?:[ \t]+" + _OUTLET_WORD + r"){0,4})")
_WEEKDAYS = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _outlets(text: str) -> list[str]:
    """Outlets a person writes for or speaks to (see ``_MEDIA_CUE``), "The" kept before a one-word name."""
    names: list[str] = []
    for cue in _MEDIA_CUE.finditer(text):
        match = _OUTLET.match(text, cue.end())
        if not match or _WEEKDAYS.match(match["name"]):
            continue  # "in an interview on Monday"
        name = re.sub(r"[ \t]+of$", "", match["name"])
        names.append(f"The {name}" if match["the"] and " " not in name else name)
    return names


def known_bodies(text: str) -> list[str]:
    """The agencies, broadcasters and legislatures of the kinds above that ``text`` names, first mention first,
    and companies named with their legal form after a comma."""
    found: dict[str, None] = {}
    for name in _outlets(text) if "writ" in text or "interview" in text or "article" in text else ():
        found.setdefault(name)
    for match in _LEGAL_AFTER.finditer(text) if ", " in text else ():
        found.setdefault(match.group(0).rstrip("."))
    for match in _KNOWN.finditer(text):
        found.setdefault(match.group(0))
    for match in _CALL_SIGN.finditer(text) if re.search(r"\b[KW][A-Z]{3}\b", text) else ():
        if not _shouted(text, match.start(), match.end()):
            found.setdefault(match.group(0))
    return list(found)


# "在县委、县政府的坚强领导下": a county's (city's …) party committee and government named as a pair, without the
# place's name, are the two bodies that govern where the report is from (statistical bulletins and work reports
# of two counties write it so); one alone ("县委书记", "经县政府常务会议") is a person's title or a meeting's
# (after a clause's opening or a verb that governs the pair, "落实市委、市政府", "响应区委、区政府的号召",
# "围绕县委县政府"; not after a place's name, "成都市委", whose committee is the place's)
_PAIR_ZH = re.compile(r"(?:^|(?<=[在由经經和与與及、，,。；;\n实實应應绕繞为為是按据據彻徹从從向]))"
                      r"(?P<a>[省市县縣区區])委[、和与與及]?(?P=a)政府")


# "湖北省委常委、武漢市委書記王忠林", "区政协主席张文宝", "市政府常务副市长": the body a person's title names (the
# corpus lists it, as 市人大常委会 in 市人大常委会副主任: "Conventions settled at stop 29"); the place before it
# opens the clause, and holds no word of a sentence (会议由市委书记… is "市委")
_TITLE_BODY_ZH = re.compile(r"(?:^|(?<=[、，,。；;：:\s（(]))(?P<place>[\u4e00-\u9fff]{0,4}?)"
                            r"(?P<body>[省市县縣区區州](?:委(?=副?书记|副?書記|常委)|政协(?=副?主席)|政協(?=副?主席)|"
                            r"政府(?=常务副|常務副|副?[市县縣区區州]长|副?[市县縣区區州]長|秘书长|秘書長)))")
# "温州湾新区党工委、管委会", "开发区党工委书记、管委会主任": a zone's party working committee and its management
# committee named as a pair, the second without the zone's name (the corpus lists it so)
_ZONE_PAIR_ZH = re.compile(r"(?:党工委|黨工委)[^\n、，,。]{0,4}[、和与與及](?P<b>管委[会會])")
_NOT_PLACE_ZH = re.compile(r"[由在是和与與对對为為的了把被将將从從向经經据據等及会會议議]")


# a well-known body's Latin acronym run into Chinese ("据WTO最新公布数据", "IMF预计"): a CJK character is a word
# character, so the English pattern's word boundary never holds there.  Not in brackets or between slashes or
# hashes, where it is a name's short form ("世界衞生組織(… 簡稱WHO)"), a photo credit ("/Reuters/") or a tag
_ACRONYMS = ACRONYM_ORG.pattern.removeprefix(r"\b(?:").removesuffix(r")\b")
_ACRONYM_IN_ZH = re.compile(r"(?<![A-Za-z0-9#/(（.-])(?:" + _ACRONYMS + r")(?![A-Za-z0-9#/)）.-])")

# "统计分析司司长李魁文": a ministry's department (司) named by its head's title, where a clause opens (a body
# inside a person's title is listed: README "Conventions settled at stop 29")
# Hong Kong's Financial and Chief Secretaries (財政司司長, 政務司司長): a portfolio's title, no department
_SECRETARIES = frozenset({"財政司", "财政司", "政務司", "政务司"})
# (and a bureau's division, 处: "价格监测处处长", "经济研究处副处长"; jieba glues "处处长" into one word)
_DEPARTMENT_ZH = re.compile(r"(?:^|(?<=[、，,。；;：:\s（(]))(?P<n>[\u4e00-\u9fff]{2,8}?(?P<k>[司处處]))"
                            r"(?=副?(?P=k)[长長])", re.MULTILINE)


# "行政院主計總處昨天公布", "統計處預估": a division (处) that opens a clause and reports or speaks is a body, though
# jieba reads no run of nouns ending on it ("统计" "处": a verb and a noun); not a place or a quality ending in 处
# ("到处", "好处") nor a field office ("办事处", "街道办事处": a kind of office as often as a name)
_DIVISION_ZH = re.compile(r"(?:^|(?<=[、，,。；;：:\s（(「】]))(?P<n>[\u4e00-\u9fff]{2,10}?"
                          r"(?<![好到之此各深相用益难難长長短住远遠近高何别別妙痛])[处處])"
                          r"(?=公布|發布|发布|表示|指出|今天|今日|昨天|昨日|日前|近日|預估|预估|召開|召开|分析)",
                          re.MULTILINE)


def known_chinese_bodies(text: str) -> list[str]:
    """Legislatures and councils a Chinese text names by their own name (立法會, 行政院), well-known bodies by
    their short Chinese name (东盟, 中石化, 发改委), a place's party
    committee and government named as a pair (县委、县政府), the body a person's title names (市委书记), and
    well-known bodies by their Latin acronym (WTO, IMF)."""
    found = dict.fromkeys(m.group(0) for m in _ZH_KNOWN.finditer(text))
    for match in _ZH_SHORT.finditer(text):
        found.setdefault(match.group(0))
    for match in _DEPARTMENT_ZH.finditer(text) if re.search("[司处處]", text) else ():
        if match["n"] not in _SECRETARIES:
            found.setdefault(match["n"])
    divisions = [m["n"] for m in _DIVISION_ZH.finditer(text)] if re.search("[处處]", text) else []
    for name in divisions:
        # ("主計總處" where the text also writes "行政院主計總處": the longer name is the one body)
        if not name.endswith(("办事处", "辦事處")) and not any(name != other and name in other for other in divisions):
            found.setdefault(name)
    for match in _ACRONYM_IN_ZH.finditer(text) if re.search(r"[A-Z]{2}", text) else ():
        if not re.search(r"[(（][^()（）]{0,60}" + match.group(0) + r"[)）]", text):
            found.setdefault(match.group(0))  # (one the text defines in brackets is a Chinese name's short form)
    for match in _ZONE_PAIR_ZH.finditer(text) if "管委" in text else ():
        found.setdefault(match["b"])
    for match in _PAIR_ZH.finditer(text):
        found.setdefault(match["a"] + "委")
        found.setdefault(match["a"] + "政府")
    for match in _TITLE_BODY_ZH.finditer(text) if ("委" in text or "政" in text) else ():
        place = match["place"] if not _NOT_PLACE_ZH.search(match["place"]) else ""
        found.setdefault(place + match["body"])
    return list(found)


def _shouted(text: str, start: int, end: int) -> bool:
    """A call sign's shape inside a line in capitals ("WALL STREET WEEK"): a word, not a station."""
    before = text[max(0, start - 20):start].split()
    after = text[end:end + 20].split()
    return bool((before and _SHOUTED.fullmatch(before[-1].strip(",.:;"))) or
                (after and _SHOUTED.fullmatch(after[0].strip(",.:;"))))
