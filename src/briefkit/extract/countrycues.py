"""Whether a country's name found in English text stands for the country.

A country's name is often part of something else, and then the article does
not name the country (a general principle, not one page's: names nest):

- a longer place's name: "Port Sudan", "New Mexico", "Northern Ireland",
  "Jersey City" (the longer name is itself a city or region);
- a person's name: "Michael Jordan", "Jordan Henderson", "Chad Smith"
  (for the few countries whose names are also first names or surnames);
- an organisation's name: "Agri South Africa", "Kenya Airways" (masked by
  :func:`briefkit.extract.places.find_places` before it looks for countries,
  unless the article names the country elsewhere too).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from briefkit.extract.givennames import is_given_name
from briefkit.extract.nametrie import trie_pattern
from briefkit.extract.wordcount import CJK

# countries whose names are also people's: "Michael Jordan", "Chad Smith", "Israel Adesanya"
NAMELIKE_COUNTRIES = frozenset({"Jordan", "Chad", "Israel", "India", "Georgia", "Kenya", "Niger"})
_LEADERS_WORDS = ("The A An In At On From To And Both For Of By With Across Near Outside Around Between Like "
                  "Unlike While Even Only Also")
_LEADERS = frozenset(_LEADERS_WORDS.split())
# a word before a country that leaves it the country ("King Abdullah of Jordan" aside, these qualify it)
_QUALIFIERS_WORDS = ("King Queen Prince Princess Northern Southern Eastern Western Central Modern Greater Air Bank "
                        "Team Invest Visit Communist Mainland Brexit Global Soviet Imperial Rural Democratic "
                        "President Minister")
_QUALIFIERS = frozenset(_QUALIFIERS_WORDS.split())
# a word after a country that leaves it the country: "Jordan River" is a river, "India Today" a magazine: both
# name the country still as the corpus counts them, and titles and bodies follow countries ("Israel Defense Forces")
_AFTER_OK_WORDS = ("President Prime Minister Government Parliament Army Navy Police Embassy Ministry Foreign "
                      "Defense Defence National State Central River Valley")
_AFTER_OK = frozenset(_AFTER_OK_WORDS.split())


def _word_before(text: str, start: int) -> tuple[str | None, bool]:
    """The capitalised word just before ``start`` on its line, and whether a sentence opens with it."""
    found = re.search(r"(?<![\w’'-])([A-Z][\w’'-]*)[ \t]+$", text[max(0, start - 30):start])
    if not found:
        return None, False
    before = text[:start - len(found.group(0))].rstrip(" \t")
    return found.group(1), not before or before[-1] in ".!?\n\"“:"


def part_of_longer_name(text: str, start: int, end: int, is_named_place: Callable[[str], bool]) -> bool:
    """True when the country's name at ``start:end`` is part of a longer place's or a person's name.

    ``is_named_place`` says whether a name is a known city or region ("Port Sudan", "Northern Ireland").
    """
    name = text[start:end]
    before, opens = _word_before(text, start)
    after = re.match(r"[ \t]+([A-Z][a-z][\w’'-]*)", text[end:end + 30])
    if before and is_named_place(f"{before} {name}"):
        return True  # "Port Sudan", "New Mexico", "Northern Ireland"
    if after and is_named_place(f"{name} {after.group(1)}"):
        return True  # "Jersey City", "Kuwait City" is the city, not (only) the country
    if name not in NAMELIKE_COUNTRIES:
        # "Prime Minister Luís Montenegro", "Ricardo Peru": a given name before any country makes it a surname
        # (a given name the text also writes in lower case is a word: "En France", "Visit Spain")
        return before is not None and before not in _LEADERS and before not in _QUALIFIERS and is_given_name(before) \
            and " " not in name and not re.search(r"(?<![\w’'-])" + re.escape(before.lower()) + r"(?![\w’'-])", text)
    if before and before not in _LEADERS and before not in _QUALIFIERS and (not opens or is_given_name(before)):
        return True  # "Michael Jordan"; not "Yesterday Jordan said"
    # "Jordan Henderson said": a first name before a surname that is no place's or title's word
    # (a city's name as well: "Henderson" is one in Nevada, and "Jordan Henderson" a footballer)
    return bool(after and after.group(1) not in _AFTER_OK)


_ALIASES = {"US": "United States", "U.S.": "United States", "USA": "United States", "America": "United States",
            "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
            "Great Britain": "Great Britain", "Russia": "Russia", "South Korea": "South Korea",
            "North Korea": "North Korea", "Iran": "Iran", "Syria": "Syria", "Vietnam": "Vietnam",
            "Taiwan": "Taiwan", "Chine": "China", "États-Unis": "United States", "Royaume-Uni": "United Kingdom",
            "Allemagne": "Germany", "Japon": "Japan", "Inde": "India", "Brésil": "Brazil",
            # the names English news uses where ISO 3166 has another ("Türkiye", "Czechia", "Côte d'Ivoire"):
            # each under the name the article writes, as a reader lists it
            "Turkey": "Turkey", "Viet Nam": "Vietnam", "Czech Republic": "Czech Republic",
            "Ivory Coast": "Ivory Coast", "Palestine": "Palestine", "Brunei": "Brunei", "Macau": "Macau",
            "Burma": "Burma", "Cape Verde": "Cape Verde", "Swaziland": "Swaziland", "Kosovo": "Kosovo",
            "East Timor": "East Timor", "UAE": "United Arab Emirates", "DR Congo": "Democratic Republic of the Congo",
            "Democratic Republic of Congo": "Democratic Republic of the Congo",
            "Democratic Republic of the Congo": "Democratic Republic of the Congo",
            # two countries whose short name holds the article, capitalised mid-sentence ("Tajikistan, The Gambia")
            "The Gambia": "Gambia", "The Bahamas": "Bahamas"}
NEWS_NAMES = {"Türkiye": "Turkey", "Viet Nam": "Vietnam", "Czechia": "Czech Republic", "Macao": "Macau",
              # ISO's formal or inverted names, which no Chinese page's reader would list (俄罗斯 is Russia)
              "Russian Federation": "Russia",
              "Congo, The Democratic Republic of the": "Democratic Republic of the Congo",
              "Palestine, State of": "Palestine", "Micronesia, Federated States of": "Micronesia",
              "Holy See (Vatican City State)": "Vatican City", "Falkland Islands (Malvinas)": "Falkland Islands",
              "Virgin Islands, British": "British Virgin Islands", "Virgin Islands, U.S.": "US Virgin Islands",
              "Brunei Darussalam": "Brunei"}
# Continents and world regions whose last word is a country's name or alias: "Latin America" is not the US
WORLD_REGIONS = frozenset({"Latin America", "North America", "South America", "Central America",
                           "Inner Mongolia"})  # pycountry has China's region as "Nei Mongol"
# US states as news agencies abbreviate them after a town ("Uniontown, Pa.", AP style): a reader writes them out
AP_STATES = {"Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
             "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
             "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
             "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi",
             "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma",
             "Ore": "Oregon", "Pa": "Pennsylvania", "Tenn": "Tennessee", "Va": "Virginia", "Vt": "Vermont",
             "Wash": "Washington", "Wis": "Wisconsin", "Wyo": "Wyoming"}
# Canadian provinces as Canadian Press abbreviates them ("Sarnia, Ont."), beside the AP's states
AP_STATES |= {"Ont": "Ontario", "Que": "Quebec", "Alta": "Alberta", "Sask": "Saskatchewan", "Nfld": "Newfoundland"}
# dotted abbreviations ("Concord, N.H.", "Kamloops, B.C.") and postal codes ("Salem, OR", "Sarnia, ON"): the state or
# province written out, as readers list it (US and Canadian pages write both after a town)
DOTTED_STATES = {"N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York",
                 "N.C.": "North Carolina", "N.D.": "North Dakota", "R.I.": "Rhode Island", "S.C.": "South Carolina",
                 "S.D.": "South Dakota", "W.Va.": "West Virginia", "B.C.": "British Columbia", "N.S.": "Nova Scotia",
                 "N.B.": "New Brunswick", "P.E.I.": "Prince Edward Island"}
_POSTAL = ("AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|"
           "FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|"
           "LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|"
           "MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|"
           "NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|"
           "SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|"
           "WV West Virginia|WI Wisconsin|WY Wyoming|ON Ontario|QC Quebec|BC British Columbia|AB Alberta|"
           "SK Saskatchewan|MB Manitoba|NS Nova Scotia|NB New Brunswick|NL Newfoundland and Labrador|"
           "PE Prince Edward Island")
POSTAL_STATES = {item[:2]: item[3:] for item in _POSTAL.split("|")}
_LOCALES = {"zh": ("zh_CN", "zh_TW", "zh_HK")}


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
        # another language's name is listed under the English news name ("土耳其" → Turkey, not ISO's Türkiye)
        canonical = NEWS_NAMES.get(canonical, canonical) if language != "en" else canonical
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            for spelling in {value, *(t(value) for t in translators)} if value else set():
                if "," not in spelling:
                    names[spelling] = canonical
    names.update(_ALIASES)
    return alternation(names), names


def alternation(names: dict[str, str]) -> re.Pattern[str]:
    """One pattern matching any of ``names`` as a word (Latin names) or anywhere (CJK names), the longest first.

    The names are written as a trie (:mod:`briefkit.extract.nametrie`), which matches what the list
    sorted longest first would, several times faster: a scan tries every position of the text.
    """
    latin = [n for n in names if not CJK.search(n)]
    cjk = [n for n in names if CJK.search(n)]  # CJK text has no word boundaries to look for
    # "US-based", "UK-listed": a hyphenated word of place still names the place ("Guinea-Bissau" does not)
    parts = [r"(?<![\w-])(?:" + trie_pattern(latin)
             + r")(?!\w|-(?!(?:based|born|owned|listed|registered|headquartered)\b))"] if latin else []
    parts += [trie_pattern(cjk)] if cjk else []
    return re.compile("|".join(parts))


# The name a reader lists a country under is the article's own ("UK", "Britain", "America"), not ISO's;
# "US" and "U.S." are written out ("United States"), as the corpus has mostly listed them
_FORMS = {"US": "United States", "U.S.": "United States", "UK": "UK", "U.K.": "UK", "Britain": "Britain",
          "USA": "USA", "America": "America", "UAE": "UAE", "United Kingdom": "United Kingdom"}
_ABBREVIATIONS = frozenset({"US", "U.S.", "UK", "U.K.", "USA", "UAE"})
# what makes a country's abbreviation an adjective: a currency ("US dollar", "US$", "US $23 million", "U.S. cents")
# or the name it opens ("U.S. Census Bureau", "US President"); "UK GDP", "UK gross domestic product" still name the
# country
_ADJECTIVE_NEXT = re.compile(r"[ \t]?\$|[ \t]+(?:dollars?|cents?)\b|[ \t]+[A-Z][a-z]")


# a currency named after its country ("the Namibia Dollar", "the Kenya shilling"): the money, no place named
_CURRENCY_NEXT = re.compile(r"[ \t]+(?i:dollars?|shillings?|rand|rupees?|ringgit|pesos?|nairas?|cedis?|kwachas?|"
                            r"francs?|dinars?|rupiah|baht|kyat|taka)(?![\w’'-])")


def attributive(text: str, start: int, end: int) -> bool:
    """A country's abbreviation used as an adjective ("the US dollar", "U.S. Census Bureau", "(US)", "US$"),
    as a demonym is ("American"), or any country's name before its currency's ("the Namibia Dollar"): no place
    named.  Full names count wherever else they stand."""
    if _CURRENCY_NEXT.match(text, end):
        return True
    if text[start:end] not in _ABBREVIATIONS:
        return False
    if text[start - 1:start] == "(" and text[end:end + 1] == ")":
        return True  # "$6 billion (US)": the currency's country
    return bool(_ADJECTIVE_NEXT.match(text, end))


# names a reader writes as the article does ("Kyrgyz Republic", "Viet Nam", "Democratic Republic of Congo", as
# the World Bank, the ADB and the OECD name them), but for another language's name ("Allemagne") and a formal state
# name ("Islamic Republic of Iran", "People's Republic of China"), which a reader lists by its short name
_FOREIGN = frozenset({"Chine", "États-Unis", "Royaume-Uni", "Allemagne", "Japon", "Inde", "Brésil"})
_FORMAL = re.compile(r"^(?:the[ \t]+)?(?:(?:Federal|Islamic|United|Socialist|Bolivarian|Democratic[ \t]+People's|"
                     r"People's|Arab|Co-operative|Cooperative|Oriental|Hashemite|Federative|Plurinational)[ \t]+)?"
                     r"(?:Republic|Kingdom|Commonwealth|State|Sultanate|Principality|Grand[ \t]+Duchy|Emirate)"
                     r"[ \t]+of\b")


def _as_written(written: str) -> bool:
    """Whether a country is listed under the name the article writes (see ``_FOREIGN``)."""
    return written in country_names("en")[1] and written not in _FOREIGN and not _FORMAL.match(written)


def article_forms(matches: list[tuple[str, str]]) -> dict[str, str]:
    """Each country's name as the article writes it most often: (written, canonical) pairs → canonical → name.

    "UK" twice and "Britain" once list "UK"; "America" three times and "U.S." once list "America"; a tie
    goes to the form written first.  "UK" yields to "United Kingdom" written out anywhere in the article: a reader
    who sees the full name once lists it under that name.
    """
    counts: dict[str, dict[str, int]] = {}
    for written, canonical in matches:
        form = _FORMS.get(written) or (written if _as_written(written) else canonical)
        by_form = counts.setdefault(canonical, {})
        by_form[form] = by_form.get(form, 0) + 1
    for forms in counts.values():
        if "United Kingdom" in forms:  # the name written out in full, not "Britain"
            for short in _ABBREVIATIONS & forms.keys():
                del forms[short]
    return {canonical: max(forms, key=lambda f: forms[f]) for canonical, forms in counts.items()}


# Chinese writes a country by one character where two are paired or where trade or policy is aimed at one:
# 中美关系 (China and the United States), 对美出口 (exports to the United States), 对日、韩 (to Japan and South
# Korea).  Only in those frames: alone, 美 is "beautiful", 日 "day", 法 "law", 德 "virtue".
_ONE_CHARACTER = {"美": "美国", "日": "日本", "韩": "韩国", "韓": "韩国", "俄": "俄罗斯", "英": "英国", "德": "德国",
                  "法": "法国", "印": "印度"}
_ONE = "[" + "".join(_ONE_CHARACTER) + "]"
# what a pair of countries has between them, and what trade or policy is aimed at
_BETWEEN = ("关系|關係|贸易|貿易|经贸|經貿|两国|兩國|双边|雙邊|合作|冲突|衝突|冷战|冷戰|谈判|談判|"
            "磋商|峰会|峰會|会谈|會談|元首|战略|戰略|竞争|競爭|摩擦|争端|爭端|建交|之间|之間|博弈|脱钩|脫鉤")
_AIMED = ("出口|进口|進口|进出口|進出口|贸易|貿易|投资|投資|关税|關稅|制裁|政策|顺差|順差|逆差|外交|"
          "出口额|出口額|直接投资|直接投資")
_PAIRED_ZH = re.compile(r"(?P<a>[中美日韩韓俄英德法印])(?P<b>" + _ONE + r")(?:[、,，]?(?P<c>" + _ONE + r"))?(?="
                        + _BETWEEN + r")")
_AIMED_ZH = re.compile(r"[对對](?P<a>" + _ONE + r")(?:[、,，](?P<b>" + _ONE + r")(?:[、,，](?P<c>" + _ONE + r"))?)?"
                       r"(?:等(?:国|國|国家|國家)?)?(?=" + _AIMED + r")")


def one_character_countries(text: str) -> list[tuple[int, str]]:
    """Countries a Chinese text writes by one character (see ``_ONE_CHARACTER``), as (offset, full name) pairs,
    the full name as the country list spells it (美 → 美国); 中 in a pair is China (中国)."""
    found: list[tuple[int, str]] = []
    for match in [*_PAIRED_ZH.finditer(text), *_AIMED_ZH.finditer(text)]:
        for group in ("a", "b", "c"):
            char = match.group(group)
            if char and (char == "中" or char in _ONE_CHARACTER) and match.group(0).count(char) == 1:
                found.append((match.start(group), "中国" if char == "中" else _ONE_CHARACTER[char]))
    return found
