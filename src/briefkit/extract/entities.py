"""Organisations and places named in the article.

Countries come from pycountry (ISO 3166: official, common and short names,
plus the everyday aliases news prose uses); first-level subdivisions such as
Beijing are places too.  Organisations are capitalised names ending in an
organisational word (Organization, Union, Forum, Center, Research…), with
"of", "and", "for" allowed inside, plus well-known news agencies.
"""

from __future__ import annotations

import functools
import re

from briefkit.content.model import Entity
from briefkit.extract.body import Sentence

_ALIASES = {"US": "United States", "U.S.": "United States", "USA": "United States", "America": "United States",
            "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
            "Great Britain": "United Kingdom", "Russia": "Russia", "South Korea": "South Korea",
            "North Korea": "North Korea", "Iran": "Iran", "Syria": "Syria", "Vietnam": "Viet Nam",
            "Taiwan": "Taiwan", "Chine": "China", "États-Unis": "United States", "Royaume-Uni": "United Kingdom",
            "Allemagne": "Germany", "Japon": "Japan", "Inde": "India", "Brésil": "Brazil"}
_ORG_WORDS = ("Organization|Organisation|Union|Assembly|Forum|Center|Centre|Council|Ministry|Bank|Fund|Agency|"
              "Commission|Research|Institute|University|Association|Nations|Committee|Company|Corporation|"
              "Group|Parliament|Court|Office|Department|Federation|Alliance|Academy|Bureau|Authority|Board|"
              "Party|Foundation|Society|Inc|Ltd|Corp|Reserve|Administration|Secretariat|Summit|Programme|Program")
_CAP = r"(?:[A-Z][\w&'-]*|[A-Z]{2,})"
_ORG = re.compile(r"\b(?:" + _CAP + r"(?:\s+(?:of|and|for|on|de|des|du|" + _CAP + r"))*\s+)?(?:" + _ORG_WORDS
                  + r")\b(?:\s+(?:of|for|on)\s+" + _CAP + r"(?:\s+" + _CAP + r")*)?")
_ACRONYM_ORG = re.compile(r"\b(?:Reuters|Xinhua|Bloomberg|AFP|Associated Press|WHO|WTO|IMF|OECD|NATO|UNESCO|"
                          r"UNICEF|ITU|WIPO|ASEAN|BRICS|OPEC|G20|G7|EU|UN)\b")
_LEADING = re.compile(r"^(?:The|A|An|In|On|At|By|With|From|Since|According|However|Among|Its|Their|This|That|"
                      r"Reuters recently|American|Chinese)\s+")


@functools.lru_cache(maxsize=1)
def _country_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every country name, longest first, with its canonical name."""
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        canonical = getattr(country, "common_name", None) or country.name
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names[value] = canonical
    names.update(_ALIASES)
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])"), names


@functools.lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    """Subdivision names (provinces, municipalities, states) without their suffix."""
    import pycountry

    return frozenset(re.sub(r"\s+(?:Shi|Sheng|Zizhiqu)$", "", s.name) for s in pycountry.subdivisions
                     if s.country_code in {"CN", "US", "GB", "FR", "DE", "IN", "JP", "RU", "BR", "CH", "BE"})


def _places(text: str) -> list[Entity]:
    pattern, names = _country_pattern()
    found = dict.fromkeys(names[m.group(0)] for m in pattern.finditer(text))
    places = [Entity(name=name, kind="country") for name in found]
    cities = _cities()
    seen = set(found)
    for match in re.finditer(r"\b(?:in|at|from|to)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", text):
        name = match.group(1)
        if name in cities and name not in seen:
            seen.add(name)
            places.append(Entity(name=name, kind="city or region"))
    return places


def _organisations(text: str) -> list[Entity]:
    found: dict[str, None] = {}
    for match in _ORG.finditer(text):
        name = match.group(0)
        while _LEADING.match(name):
            name = _LEADING.sub("", name, count=1)
        name = re.sub(r"^\d+\w*\s+", "", name)
        if len(name.split()) >= 2 or name.isupper():
            found.setdefault(name)
    for match in _ACRONYM_ORG.finditer(text):
        if not any(match.group(0) in name for name in found):
            found.setdefault(match.group(0))
    return [Entity(name=name, kind="organisation") for name in found]


def find_entities(sentences: list[Sentence]) -> tuple[list[Entity], list[Entity]]:
    """Organisations and places named in the sentences, first mention first."""
    text = "\n".join(s.text for s in sentences)
    return _organisations(text), _places(text)
