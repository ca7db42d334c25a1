"""Regions, cities and towns named in English text (countries are :mod:`briefkit.extract.places`' own).

A city of 100,000 people or more counts after "in", "at", "from", "between"…;
a town of 15,000 or more when its name is the whole of what follows ("in
Koppies", not "at Sunrise Radio") or the sentence says it is a place
("Tennessee-based", "Miles City resident", "Aurora, Ohio"); cities listed
together ("Bridgeport and New Haven") and cities of a million anywhere;
regions wherever they stand alone (:mod:`briefkit.extract.regions`).
"""

from __future__ import annotations

import re

from briefkit.content.model import Entity
from briefkit.extract.countrycues import AP_STATES, DOTTED_STATES, POSTAL_STATES, country_names
from briefkit.extract.givennames import is_given_name
from briefkit.extract.placecues import (
    apposed_places,
    bracketed_towns,
    capital_mentions,
    cued_places,
    governed_places,
    home_countries,
    listed_kinds,
    lower_word,
    metro_cities,
    office_places,
    owned_regions,
    person_towns,
    state_regions,
    title_case_line,
)
from briefkit.extract.placenoise import not_a_town
from briefkit.extract.places import (
    AMBIGUOUS,
    WORDLIKE,
    big_cities,
    capital_countries,
    city_names,
    known_place,
    persons_name,
    town_names,
)
from briefkit.extract.regexguard import guarded
from briefkit.extract.regions import english_regions, region_codes
from briefkit.extract.smalltowns import small_town_names
from briefkit.extract.wordfind import has_word

_NAMED_PLACE = re.compile(r"\b(?:state|province|region|county|prefecture|city|town|village|district|canton|port|suburb|"
                          r"borough|township|commune|island|"
                          r"municipality)\s+of\s+([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)\b(?!\s+(?:of\s+)?[A-Z])")
# "Gregg County", "Orleans Parish": a name and the kind of place it is (not "Orange County Register")
_KIND_AFTER = guarded(re.compile(r"(?<![\w’'-])(?P<name>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t](?P<kind>County|Parish)\b"
                         r"(?![ \t]+(?:of[ \t]+)?[A-Z])"))

# "KwaZulu-Natal", "Kitchener–Cambridge–Waterloo" (towns joined by a dash name their shared area); not
# "Tennessee-based"
# ("Val-d’Or", "Saint-Jean-sur-Richelieu": a French name's particles stand between its hyphens in lower case)
_WORD = r"[A-Z][\w'’]*(?:[-–](?:[dl]['’]|(?:de|du|des|la|le|les|sur|sous|en)[-–])?[A-Z][\w'’]*)*"
_NAME = _WORD + r"(?:[ \t]+" + _WORD + r"){0,2}"
# "in Koppies", "between Koppies and Sasolburg", "in Bridgeport, Stamford and New Haven"
_PLACE_LIST = re.compile(r"\b(?:in|at|from|to|near|outside|across|around|between)\s+((?:the[ \t]+)?" + _NAME
                         + r"(?:(?:,[ \t]+|,?[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?" + _NAME + r"){0,6})")
# "Tennessee-based AOC", "a London-based station", "Oslo-listed Equinor", "Miles City resident", "a resident from
# Vredendal"
_CUE = guarded(re.compile(r"\b(?P<a>" + _NAME + r")-(?:based|headquartered|listed)\b"
                  r"|(?<![\w’'-])(?P<b>" + _NAME + r")[ \t]+(?:residents?|area|suburbs?|"
                  r"metro(?:politan)?\s+area|mayor|police|officials|airport|port|city\s+council|county|downtown)\b"
                  r"|\b[Rr]esidents?\s+(?:of|from|in)\s+(?P<c>" + _NAME + r"(?:[ \t]+and[ \t]+" + _NAME + r")?)"
                  # "in northern Ethiopia", "downtown Houston", "suburban Chicago"
                  r"|\b(?:northern|southern|eastern|western|central|north|south|east|west|downtown|suburban|"
                  r"rural|coastal|upstate|greater)[ \t]+(?P<d>" + _NAME + r")"
                  # "the Tigray region", "Idlib province", "the Kursk oblast": the kind of place, in lower case, says
                  # so of a name no list holds
                  # ("in the Hexham and Ponteland areas", "the Newcastle West municipal district": a town's area)
                  r"|\b(?:[Tt]he|in|of)[ \t]+(?P<e>" + _NAME + r"(?:[ \t]+and[ \t]+" + _NAME + r")?)[ \t]+"
                  r"(?:region|province|oblast|governorate|prefecture|areas?|(?:municipal[ \t]+)?district|suburbs?|"
                  r"village|township|neighbou?rhoods?|boroughs?)\b"))
_REGION_NAMED = guarded(re.compile(r"(?<![\w’'-])(?:[A-Z][a-z]+[ \t]+){1,3}Region(?![\w’'-])"
                           r"|(?<![\w’'-])Region[ \t]+(?:\d{1,2}|[IVX]{1,5}[AB]?)(?![\w’'-])"))
# "the Northern region", "the Central province": a compass word is no name
_COMPASS = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Middle|"
                      r"Coastal|Capital|Greater|North[ -]?(?:East|West)|South[ -]?(?:East|West))$")
# world regions and seas, which a kind word follows as well ("the Asia-Pacific region"): not places here
_WORLD_WORDS = re.compile(r"\b(?:Asia|Asian|Africa|African|Europe|European|America|American|Pacific|Atlantic|Arctic|"
                          r"Antarctic|Gulf|Middle|Sahel|Caribbean|Baltic|Mediterranean|Nordic|Balkans?|Eurozone|Euro)\b")
# "Aurora, Ohio", "Bristol, New Hampshire": a town followed by its state or country
_QUALIFIED = guarded(re.compile(r"(?<![\w’'-])(?P<town>" + _NAME + r"),[ \t]+(?P<region>" + _NAME + r")\b"))
_OWNER = guarded(re.compile(r"(?<![\w’'-])(?P<name>" + _WORD + r"(?:[ \t]" + _WORD + r")?)['’]s[ \t]+[a-z]"))
_CODED = re.compile(r"(?<![\w’'-])(?P<town>" + _NAME + r"),[ \t]+(?P<code>(?:[A-Z]\.){2,3}|W\.Va\.|[A-Z]{2}"
                    r"(?=[ \t]*[,;)]|[ \t]+\d{5}|[ \t]+[a-z]|\.[ \t]+[A-Z]|[ \t]*$))", re.MULTILINE)
_MONTHS = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                     r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
_LEADERS_WORDS = ("The A An In At On From To And Both For Of By With Across Near Outside Around Between "
                  "Like Unlike While Across Even Only Also")
_LEADERS = frozenset(_LEADERS_WORDS.split())


# a capital named as its government acts: it speaks, decides or presses another (what a body does)
_ACTING = guarded(re.compile(r"(?<![\w’'-])(?P<name>" + _WORD + r"(?:[ \t]" + _WORD + r")?)[ \t]+"
                     r"(?:has[ \t]+|have[ \t]+|had[ \t]+|also[ \t]+|has[ \t]+also[ \t]+)?"
                     r"(?:said|says|announced|imposed|slapped|warned|urged|accused|"
                     r"responded|retaliated|insisted|insists|rejected|denied|protested|summoned|approved|ordered|"
                     r"threatened|vowed|pledged|pledges|agreed|refused|demanded|demands|banned|sanctioned|"
                     r"recalled|expelled|condemned|welcomed|criticised|criticized|blamed)\b"))


def english_places(text: str, seen: set[str], adjectives: set[str] | frozenset[str] = frozenset(),
                   bodies: tuple[str, ...] = ()) -> list[Entity]:
    """Regions, cities and towns an English ``text`` names (countries already ``seen`` are left out; the regions
    of countries named by their ``adjectives`` count as well; a small town's name that opens one of the
    ``bodies`` found, "Emmaus" of "Emmaus UK", is the body's short name)."""
    cities, towns = city_names(), town_names()
    countries = [*seen, *adjectives]
    regions = english_regions(text, countries) + region_codes(text, list(seen))
    region_names = {name for _, _, name in regions}
    candidates: list[tuple[int, str]] = []
    for match in _PLACE_LIST.finditer(text):
        items = re.split(r",[ \t]+(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+", match.group(1))
        if items[-1].endswith(" Counties"):  # "in Fairfield and New Haven Counties": each is a county
            items = [i.removesuffix(" Counties") + " County" for i in items]
        offset = match.start(1)
        for item in items:
            the = item.startswith("the ")  # "between Byron Bay and the Gold Coast"; not "at the Brookings Institution"
            item = item[4:] if the else item
            offset += 4 if the else 0
            county = item.endswith(" County") and item.split()[0] not in _LEADERS
            place = item if county else _trim_to_place(item, cities, towns)
            if not the or place in cities or place in region_names:
                candidates.append((offset, place))
            offset += len(item)
    candidates += [(start, name) for start, end, name in regions if _alone(text, start, end)]
    if big := big_cities():
        # a city of a million people is named as one wherever it stands: "Copenhagen has cut …", "Bogotá's buses"
        candidates += [(m.start(), m.group(0)) for m in big.finditer(text) if _alone(text, m.start(), m.end())]
    # a national capital too ("Kampala has asked …"), unless the article writes it as a word ("male workers")
    candidates += [(start, name) for start, end, name in capital_mentions(text)
                   if name not in WORDLIKE and name not in AMBIGUOUS and _alone(text, start, end)
                   and not lower_word(name, text)]
    # "Guelph's bus routes", "Kyiv’s war effort": a city of 100,000 people that owns a thing in lower case is the
    # city (its council, its people); a person's surname is ruled out below, a body's name is masked already
    candidates += [(m.start(), m["name"]) for m in _OWNER.finditer(text)
                   if m["name"] in cities and m["name"] not in WORDLIKE and m["name"] not in AMBIGUOUS
                   and _alone(text, m.start(), m.end("name"))]
    kinded: set[str] = set()
    for match in _CUE.finditer(text):
        name = match["a"] or match["b"] or match["c"] or match["d"] or match["e"]
        if match["b"] and name.split()[0] in _LEADERS and _sentence_open(text, match.start()):
            name = name.split(" ", 1)[1] if " " in name else ""  # "The Houston area": not "The Houston"
        for one in name.split(" and ") if match["e"] or match["c"] else [name]:
            if (match["e"] and _kinded(one, text)) or (match["c"] and _unlisted_town(one, text)):
                kinded.add(one)  # "the Tigray region"; "residents of Lismore and Ballina": a town no list holds
            if one in towns or one in cities or one in region_names or one in kinded \
                    or re.search(r"\s(?:City|Town|County)$", one):
                candidates.append((match.start(), one))
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
    for match in _CODED.finditer(text):
        # "Salem, OR,", "Kamloops, B.C.": a town and its state's code (a dateline in capitals is left out)
        state = DOTTED_STATES.get(match["code"]) or POSTAL_STATES.get(match["code"])
        if state and not match["town"].isupper() and match["town"].split()[0] not in _LEADERS \
                and (match.start(), match["town"]) not in _datelines(text):
            candidates += [(match.start("code"), state), (match.start(), match["town"])]
            region_names.add(state)
            kinded.add(match["town"])
    named_places = [(m.start(1), m.group(1)) for m in _NAMED_PLACE.finditer(text)]
    candidates += named_places
    candidates += _city_lists(text, cities)
    for start, name in office_places(text):  # "the Mayor of Cobh": a town, whatever list holds it
        if name in towns or name in cities or _unlisted_town(name, text):
            kinded.add(name)
            candidates.append((start, name))
    for match in _IN_UNLISTED.finditer(text):
        # a weak guess (a town too small for any list: "a farmer in Winterton", "from Thamesville and Mooretown"),
        # made only when no check says the name is something else
        name = match["name"]
        if name not in cities and name not in towns and _unlisted_town(name, text):
            kinded.add(name)
            candidates.append((match.start("name"), name))
    cued = cued_places(text, towns, cities)  # "In Tasman,", "Kirinyaga Senator James Murango": any country's
    # "David Lyon of Perham", "the Sindh government", "Ogun State": a person's town, a place governed, a state
    # ("the Gulf's weaker economies": a world region, as continents are, owning its economies)
    owned = [(start, name) for start, name in owned_regions(text) if not _WORLD_WORDS.fullmatch(name)]
    cued += person_towns(text, towns) + governed_places(text, cities) + state_regions(text) + owned \
        + bracketed_towns(text, towns)
    candidates += cued
    kinded.update(name for _, name in cued)
    for start, name in listed_kinds(text):
        if _kinded(name, text) and not persons_name(name, text):
            kinded.add(name)
            candidates.append((start, name))
    for start, name in apposed_places(text):  # "Abeokuta, the Ogun State capital,": no person's name nor a body's
        if _unlisted_town(name, text):
            kinded.add(name)
            candidates.append((start, name))
    candidates += [(m.start(), f"{m['name']} {m['kind']}") for m in _KIND_AFTER.finditer(text)
                   if m["name"].split()[0] not in _LEADERS]
    for match in _REGION_NAMED.finditer(text) if "Region" in text else ():
        # "the National Capital Region", "Region 7": an administrative region named as one ("FEMA Region 5" is
        # the agency's office, "the Asia-Pacific Region" a world region)
        if _alone(text, match.start(), match.end()) and not _WORLD_WORDS.search(match.group(0)) \
                and match.group(0).split()[0] not in _LEADERS:
            kinded.add(match.group(0))
            candidates.append((match.start(), match.group(0)))
    capitals = capital_countries()
    # "Canberra said", "Tokyo slapped export restrictions": a capital acting for its government is a place
    # ("Canberra said" speaks as a surname would: the person check below is left to a forename before it)
    acting = {m["name"] for m in _ACTING.finditer(text) if m["name"] in capitals
              and _alone(text, m.start(), m.end("name")) and not _forenamed(m["name"], text)}
    candidates += [(m.start(), m["name"]) for m in _ACTING.finditer(text) if m["name"] in acting]
    # "Metropolitan Calgary": a city with its suburbs, no person's name; "Greater Accra" is a region of its own
    metro: list[tuple[int, str]] = []
    for start, name in metro_cities(text, cities):
        at = text.rfind(" ", 0, start - 1) + 1
        whole = text[at:start + len(name)]
        if known_place(whole):  # "Greater Accra": the region, not the city
            region_names.add(whole)
            candidates.append((at, whole))
        else:
            metro.append((start, name))
    candidates += metro
    acting.update(name for _, name in metro)
    named = {name for _, name in named_places}
    filed = _datelines(text)
    places: list[Entity] = []
    for start, name in sorted(candidates):
        if name in AP_STATES and re.search(r",[ \t]+" + name + r"\.", text):
            continue  # "Pa." is Pennsylvania, written out above (and no town in Burkina Faso)
        if (start, name) in filed or any(_MONTHS.match(part) for part in name.split("-")):
            continue  # the dateline's city; "in March", "in May-June"
        if name not in cities and name not in region_names and title_case_line(text, start):
            continue  # "Our Work to Date": a heading's capitals say nothing of a town's name
        if name not in region_names and name not in acting and name not in named and persons_name(name, text):
            continue  # "according to Tyler" after "Anne Tyler": a person's surname, not the town
        if name not in region_names and name not in cities and lower_word(name, text):
            continue  # "in Delta" beside "the delta variant": a town's name that is a word the article uses
        if name in small_town_names() and name not in kinded and name not in named \
                and not re.search(r"\s(?:City|County|Parish)$", name) and not _small_town(name, text, start, bodies):
            continue  # "in Congress", "at Emmaus" (Emmaus UK): a small town's name is as often a body's or a word
        if name and name not in seen and (name in named or name in region_names or name in kinded or name in cities
                                          or name in towns or re.search(r"\s(?:City|County|Parish)$", name)):
            seen.add(name)
            places.append(Entity(name=name, kind="city or region"))
    return _federal_district(places + _home_regions(text, places, seen, countries), text)


# the US capital's district: "Washington, D.C." is one place, as the article writes it, and "D.C." alone names it
# ("sending tax dollars to D.C."); neither is the state of Washington, and a dateline's is where the story was filed
_DISTRICT = guarded(re.compile(r"(?<![\w’'-])(?<!WASHINGTON,[ \t])(?<!WASHINGTON[ \t])(?:Washington,?[ \t]+)?D\.C\.?"
                       r"(?![\w’'-])"))


def _federal_district(places: list[Entity], text: str) -> list[Entity]:
    """``places`` with the federal district as the article names it (see ``_DISTRICT``)."""
    written = [m.group(0).rstrip(".") + "." for m in _DISTRICT.finditer(text) if "D.C" in text]
    if not written:
        return places
    name = max(written, key=len)  # "Washington, D.C." over a later "D.C."
    if any(p.name == name for p in places):
        return places
    kept = [p for p in places if not (p.name == "Washington" and name.startswith("Washington"))]
    return [*kept, Entity(name=name, kind="city or region")]


def _home_regions(text: str, places: list[Entity], seen: set[str], countries: list[str]) -> list[Entity]:
    """The regions, standing alone, of the countries whose cities ``places`` names and the article does not
    (``countries``): "Sabah" beside "Kota Kinabalu" on a page that never names Malaysia."""
    home = [c for c in home_countries([p.name for p in places]) if c not in countries]
    found: list[Entity] = []
    for start, end, name in english_regions(text, home) if home else ():
        if name not in seen and _alone(text, start, end) and not persons_name(name, text):
            seen.add(name)
            found.append(Entity(name=name, kind="city or region"))
    return found


# "in Winterton,", "from Thamesville and", "in Golden Prairie for", "meeting in Kaikohe – on the eve": a name after
# a preposition of place, closed by punctuation, a spaced dash or a word that does not carry the name on (a longer
# name would go on in capitals)
_TOWN_WORD = r"[A-Z][a-zāēīōū]+(?:-[A-Z][a-zāēīōū]+)?"
_IN_UNLISTED = re.compile(r"\b(?:in|from|near|outside)[ \t]+(?P<name>" + _TOWN_WORD + r"(?:[ \t]" + _TOWN_WORD
                          + r"){0,2})(?=[,.;:]|[ \t]+[–—][ \t]"
                          r"|[ \t]+(?:on|and|for|to|in|at|with|where|who|which|last|this|is|was|has|"
                          r"have|had|said|says)\b)")
# what a capitalised name after "in" often is besides a town: a month or a day written short, an illness, a feast,
# a programme, a street, a language, a planet ("light years from Earth")
_NOT_TOWN = guarded(re.compile(
                       r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|"
                       r"Covid|Coronavirus|Christmas|Easter|Ramadan|Security|Stampede|Street|Road|Avenue|Lane|"
                       r"Square|Budget|Parliament|Congress|Court|English|French|Spanish|Chinese|Arabic|Hindi|Mandarin|"
                       r"Earth|Mars|Venus|Jupiter|Saturn|Uranus|Neptune|Pluto)\b"))


def _unlisted_town(name: str, text: str) -> bool:
    """``name`` after "in", "from" … may be a town no list holds: not a world region, country, compass or common
    word (:func:`_kinded`), a month, a demonym, a body's word, an illness, a person (surname or first name), nor
    a word the article also writes in capitals ("COVID")."""
    from briefkit.extract.orgcues import DEMONYMS
    from briefkit.extract.orgshapes import ORG

    words = name.split()
    return _kinded(name, text) and not _MONTHS.match(words[0]) and not any(w in DEMONYMS for w in words) \
        and not ORG.search(name) and not _NOT_TOWN.search(name) and name.upper() not in text \
        and not (len(words) > 1 and is_given_name(words[0])) and not persons_name(name, text) \
        and not not_a_town(name, text)


# a name going on in a particle and a capital: "Rio de Janeiro", "Porto do Son" (not the town "Rio")
_NAME_GOES_ON = re.compile(r"[ \t]+(?:de|da|do|dos|das|del|di|du|la|le|el|van|von)[ \t]+[A-Z]")


def _small_town(name: str, text: str, start: int, bodies: tuple[str, ...]) -> bool:
    """A town of fewer than 15,000 people named where a cue stands: a name no check says is something else
    (:func:`_unlisted_town`), no body's short name ("Emmaus" of "Emmaus UK") and no longer name's first word."""
    return _unlisted_town(name, text) and not any(b.startswith(name + " ") for b in bodies) \
        and not _NAME_GOES_ON.match(text, start + len(name))


def _kinded(name: str, text: str) -> bool:
    """A name the kind of place after it ("the Tigray region", "the Hexham area") says is a place's: no world
    region, compass word, country or word the article also writes in lower case ("the Finance area")."""
    return bool(name) and not _WORLD_WORDS.search(name) and name.split()[0] not in _LEADERS \
        and not _COMPASS.match(name) and not any(w in country_names("en")[1] for w in name.split()) \
        and not any(has_word(text, w.lower(), left="’'-", right="’'-") for w in name.split())


def _forenamed(name: str, text: str) -> bool:
    """A capitalised word before ``name`` somewhere ("Anne Tyler", "George Washington"): a person's surname."""
    return re.search(r"(?<![\w’'-])[A-Z][a-z]+[ \t]+" + re.escape(name) + r"(?![\w’'-])", text) is not None


def _sentence_open(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"“"


def _datelines(text: str) -> set[tuple[int, str]]:
    """Where the story was filed from: a city opening one of the first lines ("Durban - …", "Beijing, July 14 –",
    "Karachi: The State Bank …"), which a standfirst or a caption kept in the text may precede; not a word of
    place joined by a hyphen ("Dhaka-based exporters said …")."""
    # (a page's " date 2025-01-29" stamp may open the dateline's line)
    return {(m.start(1), m.group(1)) for m in re.finditer(r"(?m)^(?:[ \t]*date[ \t]+[\d-]{8,10}[ \t]+)?(" + _NAME
                                                          + r")(?:,[ \t]+[\w .]{2,20}?)?[ \t]*"
                                                          r"(?:[-–—](?![a-z])|\(|:[ \t]+(?:The|A|An)?[ \t]*[A-Z])",
                                                          text[:600])}


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
        if len(items) >= 2 and all(i in cities and i not in WORDLIKE and i not in AMBIGUOUS for i in items):
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
