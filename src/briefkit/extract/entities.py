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
_CAP = r"(?:[A-Z][\w&'-]{0,40}|[A-Z]{2,40})"
# Repetitions are bounded: a name has at most a dozen words, and unbounded ones cost n² on long runs of capitals.
_ORG = re.compile(r"\b(?:" + _CAP + r"(?:\s+(?:of|and|for|on|de|des|du|" + _CAP + r")){0,10}\s+)?(?:" + _ORG_WORDS
                  + r")\b(?:\s+(?:of|for|on)\s+(?:the\s+)?" + _CAP
                  + r"(?:\s+(?:and\s+|of\s+the\s+|of\s+)?" + _CAP + r"){0,6})?")
_ORG_FR = re.compile(r"\b(?:Agence|Commission|Banque|Organisation|Conseil|Ministère|Parlement|Cour|Fonds|Office|"
                     r"Autorité)"
                     r"(?:\s+(?:européenne?|mondiale?|internationale?|nationale?|centrale?|fédérale?|des?\s+comptes))+"
                     r"(?:\s+(?:du|de\s+la|des|de\s+l['’])\s*[\w-]+)?")
_CJK = re.compile(r"[\u3400-\u9fff]")
_ORG_ZH = re.compile(r"[\u3400-\u9fff]{2,14}?(?:组织|联盟|大会|委员会|银行|论坛|研究院|协会|理事会|联合会|基金会)")
_ZH_LEAD = re.compile(r"^(?:[据由对在与和将从向经其的了是为届]|根据|通过|以及)+")
_ACRONYM_ORG = re.compile(r"\b(?:Reuters|Xinhua|Bloomberg|AFP|Associated Press|WHO|WTO|IMF|OECD|NATO|UNESCO|"
                          r"UNICEF|ITU|WIPO|ASEAN|BRICS|OPEC|G20|G7|EU|UN)\b")
_LEADING = re.compile(r"^(?:The|A|An|In|On|At|By|With|From|Since|According|However|Among|Its|Their|This|That|"
                      r"Reuters recently|American|Chinese|La|Le|Les|L'|Selon)\s+")


@functools.lru_cache(maxsize=4)
def _country_pattern(language: str = "en") -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every country name, longest first, with its canonical (English) name.

    For another language, pycountry's own ISO 3166 translations add the local
    names ("Allemagne" → Germany).
    """
    import gettext

    import pycountry

    translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language],
                                    fallback=True).gettext
    names: dict[str, str] = {}
    for country in pycountry.countries:
        canonical = getattr(country, "common_name", None) or country.name
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            for spelling in {value, translate(value)} if value else set():
                if "," not in spelling:
                    names[spelling] = canonical
    names.update(_ALIASES)
    latin = [n for n in names if not _CJK.search(n)]
    cjk = [n for n in names if _CJK.search(n)]  # CJK text has no word boundaries to look for
    alternation = "|".join(re.escape(n) for n in sorted(latin, key=len, reverse=True))
    pattern = r"(?<![\w-])(?:" + alternation + r")(?![\w-])"
    if cjk:
        pattern += "|" + "|".join(re.escape(n) for n in sorted(cjk, key=len, reverse=True))
    return re.compile(pattern), names


@functools.lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    """Subdivision names (provinces, municipalities, states) without their suffix."""
    import pycountry

    return frozenset(re.sub(r"\s+(?:Shi|Sheng|Zizhiqu)$", "", s.name) for s in pycountry.subdivisions
                     if s.country_code in {"CN", "US", "GB", "FR", "DE", "IN", "JP", "RU", "BR", "CH", "BE"})


def _places(text: str, language: str) -> list[Entity]:
    pattern, names = _country_pattern({"zh": "zh_CN"}.get(language, language))
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
    for match in _ORG_FR.finditer(text):
        found.setdefault(match.group(0))
    for match in _ORG_ZH.finditer(text):
        name = _ZH_LEAD.sub("", match.group(0))
        if len(name) >= 4:
            found.setdefault(name)
    initials = {"".join(w[0] for w in name.split() if w[0].isupper()) for name in found}
    for match in _ACRONYM_ORG.finditer(text):
        acronym = match.group(0)
        if acronym not in initials and not any(acronym in name for name in found):
            found.setdefault(acronym)
    return [Entity(name=name, kind="organisation") for name in found]


def find_entities(sentences: list[Sentence], language: str = "en") -> tuple[list[Entity], list[Entity]]:
    """Organisations and places named in the sentences, first mention first."""
    text = "\n".join(s.text for s in sentences)
    return _organisations(text), _places(text, language)
