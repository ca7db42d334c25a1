"""Regions named in an article: provinces and states, from pycountry.

A region is a country's first-level subdivision (ISO 3166-2 in pycountry: US
states, Canadian and South African provinces, Chinese provinces…); continents
are not places in this corpus's sense ("Europe", "Asia").  In English a region's name is matched whatever
spelling of case or hyphen the article uses ("KwaZulu-Natal" for ISO's
"Kwazulu-Natal", "North West" for "North-West", "Bihar" for "Bihār") and
reported as the article writes it.  The regions of the countries English news
names most often count in any article; another country's count only when the
article names that country (a Spanish province in an article about Spain).
In Chinese, provinces are matched by their Chinese names with or without
their suffix (湖北省, 湖北) and reported under their English names (Hubei).

One-word names that are compass or size words ("Central", "Eastern", "Capital")
are common words, not names, and are left out (two such words, "North West",
make a name); so are names that are also
a US state's capital or a common first name, listed in ``AMBIGUOUS``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from briefkit.extract.nametrie import trie_pattern
from briefkit.extract.textcache import text_cache

# Regions of these countries count wherever they are named; any other country's once the article names it.
DEFAULT_COUNTRIES = ("US", "GB", "CN", "CA", "AU", "IN", "ZA", "NZ", "IE")
AMBIGUOUS = frozenset({"Washington", "Georgia", "Jersey", "Victoria", "Delhi", "Hong Kong", "Macao",
                       "Taiwan", "Nelson", "Tasman", "Marlborough", "Canterbury", "Gisborne", "Auckland",
                       "Wellington", "Punjab", "Sindh", "Lagos", "Mexico", "Amazonas", "Distrito Federal",
                       "Limburg", "Luxembourg", "Jamaica", "Chatham Islands Territory",
                       # New Zealand's "West Coast" is the US's too, in far more articles
                       "West Coast"})
_GENERIC_WORDS_WORDS = ("north south east west northern southern eastern western central centre center capital "
                        "coast coastal lakes islands island upper lower middle north-east north-west south-east "
                        "south-west northeast northwest southeast southwest region district city territory "
                        "province state federal national new great greater highlands lowlands mountain "
                        "mountains valley river")
_GENERIC_WORDS = frozenset(_GENERIC_WORDS_WORDS.split())
_ZH_SUFFIX = re.compile(r"(?:省|市|特别行政区|特別行政區|维吾尔自治区|維吾爾自治區|壮族自治区|壯族自治區|回族自治区|"
                        r"回族自治區|自治区|自治區)$")


def fold(name: str) -> str:
    """"Bihār" → "Bihar": the name without its diacritics, as English copy often writes it."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


# English names of regions that ISO writes in the country's language, for the countries English news names most
# ("floods in Bavaria", "wildfires in Catalonia"); pycountry's English catalogue holds almost none of them
_EXONYMS = {
    "DE": {"Bayern": "Bavaria", "Niedersachsen": "Lower Saxony", "Nordrhein-Westfalen": "North Rhine-Westphalia",
           "Sachsen": "Saxony", "Sachsen-Anhalt": "Saxony-Anhalt", "Thüringen": "Thuringia", "Hessen": "Hesse",
           "Rheinland-Pfalz": "Rhineland-Palatinate", "Mecklenburg-Vorpommern": "Mecklenburg-Western Pomerania"},
    "IT": {"Piemonte": "Piedmont", "Lombardia": "Lombardy", "Toscana": "Tuscany", "Sicilia": "Sicily",
           "Sardegna": "Sardinia", "Puglia": "Apulia", "Valle d'Aosta": "Aosta Valley", "Trentino-Alto Adige":
           "Trentino-South Tyrol"},
    "ES": {"Andalucía": "Andalusia", "Catalunya": "Catalonia", "País Vasco": "Basque Country", "Aragón": "Aragon",
           "Canarias": "Canary Islands", "Illes Balears": "Balearic Islands", "Castilla y León": "Castile and León",
           "Castilla-La Mancha": "Castilla-La Mancha", "Valenciana": "Valencia"},
    "AT": {"Kärnten": "Carinthia", "Steiermark": "Styria", "Tirol": "Tyrol", "Oberösterreich": "Upper Austria",
           "Niederösterreich": "Lower Austria"},
    "BE": {"Vlaams Gewest": "Flanders", "wallonne": "Wallonia"},
    "FR": {"Corse": "Corsica", "Bretagne": "Brittany", "Normandie": "Normandy", "Occitanie": "Occitania"},
    "CH": {"Genève": "Geneva", "Zürich": "Zurich", "Bern": "Berne"},
    "CN": {"Xizang": "Tibet", "Nei Mongol": "Inner Mongolia"},
}
# a country's named parts that are no subdivision but its statistics offices report on (the US Census Bureau's
# New England division and Midwest region, Statistics Canada's Atlantic provinces): places as a state is
_INFORMAL = {"US": ("New England", "Midwest", "Mid-Atlantic", "Pacific Northwest"), "CA": ("Atlantic Canada",)}
# Chinese names pycountry's catalogues leave out (Ningxia has no zh_CN entry)
_ZH_MISSING = {"宁夏回族自治区": "Ningxia", "寧夏回族自治區": "Ningxia", "宁夏": "Ningxia", "寧夏": "Ningxia"}


_DEMONYM_CODES = {"German": "DE", "Italian": "IT", "Spanish": "ES", "Austrian": "AT", "Belgian": "BE", "French": "FR",
                  "Swiss": "CH", "Dutch": "NL", "Polish": "PL", "Russian": "RU", "Japanese": "JP", "Korean": "KR",
                  "Philippine": "PH", "Filipino": "PH", "Mexican": "MX", "Brazilian": "BR", "Nigerian": "NG",
                  "Kenyan": "KE", "Indonesian": "ID", "Turkish": "TR", "Argentine": "AR", "Colombian": "CO",
                  "Pakistani": "PK", "Malaysian": "MY", "Thai": "TH", "Vietnamese": "VN", "Ghanaian": "GH"}
_DEMONYM = re.compile(r"\b(?:" + "|".join(_DEMONYM_CODES) + r")\b")


def adjective_countries(text: str) -> set[str]:
    """Countries ``text`` names by their adjective ("the German Weather Service", "Spanish farmers"), whose
    regions count as a named country's do (the caller asks before bodies' names are masked out of the text)."""
    names = {code: name for name, code in country_codes().items()}
    return {names[_DEMONYM_CODES[m.group(0)]] for m in _DEMONYM.finditer(text)}


def _english_name(name: str) -> str:
    """"Wales [Cymru GB-CYM]" → "Wales"; "Beijing Shi" → "Beijing"; "Hong Kong SAR" → "Hong Kong"; "Ilocos
    (Region I)" → "Ilocos"; "Asturias, Principado de" → "Asturias"; "Busan-gwangyeoksi" → "Busan"."""
    name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)|,\s.*$", "", name)
    name = re.sub(r"-(?:gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi|do)$", "", name)
    return re.sub(r"\s+(?:Shi|Sheng|Zizhiqu|SAR|Zhuangzu Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu)$", "", name).strip()


def _generic(name: str) -> bool:
    return len(re.split(r"[\s-]+", name)) == 1 and all(w.lower() in _GENERIC_WORDS for w in re.split(r"[\s-]+", name))


@functools.lru_cache(maxsize=1)
def _subdivisions() -> dict[str, list[Any]]:
    """pycountry's first-level subdivisions, by country code."""
    import pycountry

    by_code: dict[str, list[Any]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            by_code.setdefault(sub.country_code, []).append(sub)
    return by_code


# (one entry per country at most: data, kept for the process as the catalogue is; a bound of 64 let a
# batch of articles naming many countries evict and compile the same large patterns again and again)
@functools.cache
def _region_names(code: str) -> frozenset[str]:
    """A country's first-level subdivisions under their English names, with and without diacritics."""
    countries = set(country_codes())
    names: set[str] = set()
    exonyms = _EXONYMS.get(code, {})
    for sub in _subdivisions().get(code, []):
        if sub.parent_code is not None:
            continue
        name = _english_name(sub.name)
        if name in exonyms:
            names.add(exonyms[name])
        if len(name) < 4 or not name[:1].isupper() or name in AMBIGUOUS or fold(name) in countries or _generic(name) \
                or not fold(name).isascii():
            continue
        names |= {name, fold(name)}
    return frozenset(names | set(_INFORMAL.get(code, ())) | _counties(code))


def _counties(code: str) -> set[str]:
    """Britain's counties, which its news names as often as the nations ISO lists first ("that part of Wiltshire"):
    the two-tier counties and the unitary authorities named "-shire" or Cornwall, not those that are a first name
    ("Devon") or a town's (Reading, Swindon: a town's name is a word or a surname as often)."""
    import pycountry

    from briefkit.extract.givennames import is_given_name

    if code != "GB":
        return set()
    subs = [s for s in pycountry.subdivisions if s.country_code == "GB"]
    names = {_english_name(s.name) for s in subs if s.type == "Two-tier county"
             or (s.type == "Unitary authority" and (_english_name(s.name).endswith("shire")
                                                    or _english_name(s.name) == "Cornwall"))}
    return {n for n in names if not is_given_name(n.split()[0])}


@functools.cache
def _country_regions(code: str) -> re.Pattern[str] | None:
    """One case-insensitive alternation of a country's first-level subdivisions, spaces and hyphens alike."""
    names = _region_names(code)
    if not names:
        return None
    parts = sorted((re.sub(r"\\[ -]", "[ -]", re.escape(n)) for n in names), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _default_starts() -> re.Pattern[str]:
    """Where a region of any of the default countries starts: one scan for the nine countries' patterns.

    Every scan costs about the same whatever it looks for (the engine tries each position), so the nine
    countries' names go into one pattern, a trie (a region's name is matched case-insensitively, spaces and
    hyphens alike, as :func:`_country_regions` matches it), and each country's own pattern is then tried
    only where this one matched: the same matches as nine scans, where the article names a region at all.
    """
    names = [n for code in DEFAULT_COUNTRIES for n in _region_names(code)]
    body = trie_pattern(names, token=lambda c: "[ -]" if c in " -" else re.escape(c),
                        key=lambda c: " " if c in " -" else c.lower())
    return re.compile(r"(?<![\w-])(?=(?:" + body + r")(?![\w-]))", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Each country's canonical English name (as :func:`places.country_names` gives it) → ISO alpha-2 code."""
    import pycountry

    return {(getattr(c, "common_name", None) or c.name): c.alpha_2 for c in pycountry.countries}


def english_regions(text: str, countries: list[str]) -> list[tuple[int, int, str]]:
    """Regions named in ``text``: (start, end, name as written), capitalised as names are, not in capitals
    throughout (a dateline's "BEIJING, March 20" is where the story was filed).

    ``countries`` are the canonical names of the countries the article names: their regions count too.
    """
    codes = [c for c in (country_codes().get(name) for name in countries) if c and c not in DEFAULT_COUNTRIES]
    return sorted([*_regions_of(text, DEFAULT_COUNTRIES), *_regions_of(text, tuple(dict.fromkeys(codes)))])


@text_cache(maxsize=8)
def _regions_of(text: str, codes: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """The regions of ``codes`` named in ``text`` (cached: the organisation cues ask for them too)."""
    found: list[tuple[int, int, str]] = []
    starts = [m.start() for m in _default_starts().finditer(text)] if codes == DEFAULT_COUNTRIES else None
    for code in codes:
        pattern = _country_regions(code)
        for match in (_matches(pattern, text, starts) if pattern else ()):
            words = re.split(r"[\s-]+", match.group(0))
            small = {"and", "of", "the", "de", "del"}
            if not match.group(0).isupper() and all(w[:1].isupper() for w in words if w.lower() not in small):
                found.append((match.start(), match.end(), match.group(0)))
    return found


def _matches(pattern: re.Pattern[str], text: str, starts: list[int] | None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying only the positions in ``starts`` when they are given (every place
    a match can start): a match found skips the positions it covers, as ``finditer`` does."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)):
            end = match.end()
            yield match


@functools.lru_cache(maxsize=1)
def chinese_provinces() -> dict[str, str]:
    """Chinese provinces, municipalities and regions by their Chinese names, with and without the suffix
    (湖北省 and 湖北 → Hubei), in simplified and traditional characters (pycountry's translations)."""
    import gettext

    import pycountry

    names: dict[str, str] = {}
    translators = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[locale], fallback=True).gettext
                   for locale in ("zh_CN", "zh_TW", "zh_HK")]
    for sub in _subdivisions().get("CN", []):
        english = _english_name(sub.name)
        english = _EXONYMS["CN"].get(english, english)  # 西藏 is Tibet and 内蒙古 Inner Mongolia in English copy
        for translate in translators:
            local = translate(sub.name)
            if local == sub.name or not re.search(r"[\u3400-\u9fff]", local):
                continue
            names[local] = english
            stem = _ZH_SUFFIX.sub("", local)
            if len(stem) >= 2:
                names.setdefault(stem, english)
    for local, english in _ZH_MISSING.items():
        names.setdefault(local, english)
    return names


@functools.lru_cache(maxsize=1)
def _region_codes() -> dict[str, str]:
    """Three-letter ISO 3166-2 codes of the default countries' regions ("NSW", "QLD", "KZN") → country code.

    Readers in those countries write the code as the region's name; two-letter codes ("WA", "IN", "OR") are
    words or states' postal codes far more often, so only the three-letter ones count.
    """
    return {sub.code.split("-")[1]: code for code in DEFAULT_COUNTRIES for sub in _subdivisions().get(code, [])
            if re.fullmatch(r"[A-Z]{3}", sub.code.split("-")[1])}


# "in NSW", "across QLD": a preposition before the code says it names a place, not an acronym in a heading
_CODE_CUE = re.compile(r"\b(?:in|across|from|outside|throughout|to|regional|rural|western|northern|southern|"
                       r"eastern|central)[ \t]+$")


def region_codes(text: str, countries: list[str]) -> list[tuple[int, int, str]]:
    """Regions named by their three-letter code ("NSW"): where the article names the code's country
    (``countries``, canonical names) or a preposition puts the code in place ("in NSW last year")."""
    codes = _region_codes()
    named = {country_codes().get(name) for name in countries}
    found: list[tuple[int, int, str]] = []
    for match in re.finditer(r"(?<![\w-])[A-Z]{3}(?![\w-])", text):
        country = codes.get(match.group(0))
        line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        if country and not line.isupper() and (country in named or _CODE_CUE.search(line)):
            found.append((match.start(), match.end(), match.group(0)))
    return found
