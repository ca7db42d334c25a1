"""The local currency of a sign several countries share: "$" in a Canadian, Australian or New Zealand story,
"元" in Hong Kong, Macau, Taiwan or Malaysian copy, "rupees" in Pakistan, cents ("81c a litre") in South Africa.

The number reader gives every "$" to the US dollar and every "元" to the renminbi, which is right for most
articles and wrong for the rest.  Here the article as a whole decides: the country it names most (its
places, people and institutions), when it outnumbers the default's own cues, gives the sign its currency.
A sign that says its country ("US$", "C$", "人民币", "澳門元") is never changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefkit.content.model import Figure
from briefkit.extract.babelmoney import domain_currency
from briefkit.extract.currencies import CODES, SYMBOLS
from briefkit.extract.localcues import DOLLAR_COUNTRIES, OTHER_CUES, OTHER_OWN, OTHER_SHARED
from briefkit.extract.towncues import town_cues

# Cues of each country in an article: its name, people, capital and main cities or regions, central bank.
_CUES = {
    "CAD": r"\bCanad(?:a|ian)s?\b|\bOttawa\b|\bToronto\b|\bOntario\b|\bQuebec\b|\bAlberta\b|\bBritish Columbia\b"
           r"|\bManitoba\b|\bSaskatchewan\b|\bNova Scotia\b|\bVancouver\b|\bMontreal\b"
           # … its stock exchanges, as a company's ticker names them ("(TSX: WDO)", "TSXV"), and the provinces'
           # abbreviations after a town ("Val-d'Or, Que.", "Timmins, Ont."), as its mining and business press writes
           r"|\bTSX(?:-?V)?\b|, (?:Que|Ont|Alta|Sask|Man|Nfld|B\.C)\.",
    "AUD": r"\bAustralian?s?\b|\bCanberra\b|\bSydney\b|\bMelbourne\b|\bQueensland\b|\bNew South Wales\b|\bRBA\b"
           r"|\bBrisbane\b|\bPerth\b|\bAdelaide\b|\bNSW\b|\bVictorian?\b|\bTasmania\b|\bNorthern Territory\b"
           # the federal budget's own update, a document of the Australian Treasury alone
           r"|\bMYEFO\b|\b[Mm]id-year [Ee]conomic and [Ff]iscal [Oo]utlook\b"
           # … its stock exchange, and the franking credits only its tax law attaches to a dividend ("a fully
           # franked dividend of 2c a share"), which results stories print without naming the country
           r"|\bASX\b|\b(?:un)?franked\b|\bfranking\b",
    # the country's dairy co-operative and its price unit carry much of its economic news
    # … and its medicines buyer and its savings scheme, which budget stories name as bodies of the country alone
    "NZD": r"\bNew Zealand(?:ers?)?\b|\bWellington\b|\bAuckland\b|\bRBNZ\b|\bChristchurch\b|\bFonterra\b|\bkgMS\b"
           r"|\bPharmac\b|\bKiwiSaver\b",
    # … and its government's word for its GDP ("本地生产总值"; the mainland and Malaysia write 国内生产总值)
    "HKD": r"Hong Kong|香港|港府|港人|特區|特区|特首|立法會|財政司|财政司|金管局|本地生产总值|本地生產總值",
    "SGD": r"\bSingapore(?:an)?s?\b|新加坡",
    "TWD": r"\bTaiwan(?:ese)?\b|\bTaipei\b|台灣|臺灣|台湾|行政院|立法院|台北|臺北|台電|經濟部|高雄|新北",
    "MOP": r"\bMaca[uo]\b|澳門|澳门",
    # Malaysian Chinese papers write "元" for the ringgit ("拨3225亿元" over a story of 令吉): the country's
    # names, its capital and its ringgit say so
    "MYR": r"\bMalaysian?s?\b|\bKuala Lumpur\b|\bRM\s?\d|\bringgit\b|马来西亚|馬來西亞|大马|大馬|吉隆坡"
           r"|令吉|林吉特|马币|馬幣|国行|國行|槟城|檳城|柔佛|砂拉越|沙巴",
    # a South African page's cents ("81c a litre") are the rand's
    "ZAR": r"\bSouth Africa(?:ns?)?\b|\bJohannesburg\b|\bPretoria\b|\bCape Town\b|\bDurban\b|\bGauteng\b"
           r"|\bKwaZulu-Natal\b|\bEskom\b|\bSARB\b|\brand\b|\bR\d+(?:[.,]\d+)?\b",
    # … its provinces and cities, and the prime ministers its budget and relief stories quote by name ("Prime
    # Minister Imran Khan announced a Rs 150 billion package", a page that never names the country)
    "PKR": r"\bPakistan(?:is?)?\b|\bIslamabad\b|\bKarachi\b|\bLahore\b|\bSindh\b|\bBalochistan\b"
           r"|\bKhyber Pakhtunkhwa\b|\bPeshawar\b|\bRawalpindi\b|\bQuetta\b|\bFaisalabad\b|\bImran Khan\b"
           r"|\bShehbaz Sharif\b|\bNawaz Sharif\b"
           # … and the regulators its fuel and power price stories quote, bodies of Pakistan alone ("the Oil and Gas
           # Regulatory Authority" sets the petrol price in "Rs"; India's regulator has another name)
           r"|\bOil and Gas Regulatory Authority\b|\bOGRA\b|\bFederal Board of Revenue\b"
           r"|\bState Bank of Pakistan\b|\bSBP\b|\bWAPDA\b",
    # … and the island's Provincial Councils, which its budget votes fund ("Provincial Councils and Local Government")
    "LKR": r"\bSri Lanka(?:ns?)?\b|\bColombo\b|\bProvincial Councils\b",
    "NPR": r"\bNepal(?:ese|i)?\b|\bKathmandu\b",
    "USD": r"\bU\.S\.|\bUnited States\b|\bAmericans?\b|\bUS\b|\bWashington\b|美国|美國",
    "CNY": r"\bChina\b|\bChinese\b|\bBeijing\b|中国|中國|国务院|國務院|内地|內地|大陆|大陸",
    # India's states, cities, parliament and central bank say the rupee is India's as its name does
    "INR": r"\bIndian?s?\b|\bNew Delhi\b|\bDelhi\b|\bMumbai\b|\bKolkata\b|\bChennai\b|\bBengaluru\b|\bRBI\b"
           r"|\bLok Sabha\b|\bRajya Sabha\b|\bMaharashtra\b|\bKerala\b|\bKarnataka\b|\bTamil Nadu\b|\bGujarat\b"
           r"|\bUttar Pradesh\b|\bBihar\b|\bRajasthan\b|\bTelangana\b|\bAndhra Pradesh\b|\bWest Bengal\b",
    # the peso countries: "pesos" is Mexico's unless the article is another's
    "PHP": r"\bPhilippines?\b|\bFilipinos?\b|\bManila\b|\bBSP\b|\bLuzon\b|\bMindanao\b|\bCebu\b|\bDavao\b",
    "ARS": r"\bArgentin(?:a|e|ian)s?\b|\bBuenos Aires\b",
    "CLP": r"\bChile(?:an)?s?\b|\bSantiago\b",
    "COP": r"\bColombian?s?\b|\bBogot[aá]\b",
    "MXN": r"\bMexic(?:o|an)s?\b|\bBanxico\b",
    # the leu: Romania's unless the page is Moldova's
    "RON": r"\bRomanian?s?\b|\bBucharest\b",
    "MDL": r"\bMoldova(?:ns?)?\b|\bChi[sș]in[aă]u\b",
    "JPY": r"\bJapan(?:ese)?\b|\bTokyo\b|\bOsaka\b|\bBank of Japan\b|\bBOJ\b|日本|日元",
} | OTHER_CUES
_PATTERNS = {code: re.compile(cue) for code, cue in _CUES.items()}
# which local currencies a default may stand for, and how a sign says its own country
_SHARED = {"USD": ("CAD", "AUD", "NZD", "HKD", "SGD", "TWD", *DOLLAR_COUNTRIES), "CNY": ("HKD", "TWD", "MOP", "MYR"),
           "INR": ("PKR", "LKR", "NPR"), "MXN": ("PHP", "ARS", "CLP", "COP"),
           "RON": ("MDL",)} | OTHER_SHARED
_OWN_COUNTRY = {"USD": re.compile(r"US|U\.S|[A-Z]\$|American|USD|美元", re.IGNORECASE),  # 美元: "American dollar"
                "CNY": re.compile(r"人民|RMB|CNY|yuan|renminbi|美元|港元|港幣|港币|澳門元|澳门元|台幣|台币|¥"
                                  r"|令吉|林吉特",
                                  re.IGNORECASE),
                "INR": re.compile(r"INR|₹|Indian"),
                "MXN": re.compile(r"Mexican|MXN|Philippine|Chilean|Argentine|Colombian", re.IGNORECASE),
                "RON": re.compile(r"Romanian|RON")} | OTHER_OWN
_MIN_CUES = 2
# defaults a single cue of another country outweighs when nothing names the default's own ("Shs" on a page that
# names Uganda once and Kenya never)
_YEN = ("JPY",)  # what "¥" stands for besides the yuan
_ONE_CUE = frozenset({"USD", "MXN", "INR", "RON", *OTHER_SHARED})


def local_currency(text: str, default: str, shared: tuple[str, ...] | None = None,
                   domain: str | None = None) -> str | None:
    """The country's currency a shared sign stands for in ``text``, when the article names that country more
    often (and at least twice, or once where nothing names the default's country) than the default's own;
    None when the default stands.  ``shared`` replaces the currencies the sign may stand for; ``domain`` is the
    currency of the country whose web domain serves the page, which counts as two cues of that country (a ".co.nz"
    page's "$" is New Zealand's unless the story names the United States more)."""
    candidates = shared or _SHARED[default]
    text = f"{text}\n{in_capitals(text)}"  # "ISLAMABAD -", "KARACHI:": a dateline in capitals names the country too
    counts = {code: len(_PATTERNS[code].findall(text)) for code in (*candidates, default)}
    if domain in candidates:
        counts[domain] += _MIN_CUES
    if default == "USD":
        for code, n in _own_signs(text, candidates).items():
            counts[code] += n * _MIN_CUES  # "EC$79.8 million … Of the $79.8 million": the page's own dollar
        for code, n in town_cues(text).items():  # "Guelph", "Wollongong", "Ohio": towns and states say the country
            if code in counts:
                counts[code] += n
    best = max(candidates, key=lambda code: counts[code])
    # copy in traditional characters is not the mainland's: one cue of Hong Kong, Macau or Taiwan is enough;
    # nor need a Canadian page that names Ontario once and the United States never name it twice (nor a
    # Sri Lankan budget's "Rs." where nothing names India)
    needed = 1 if (default == "CNY" and _traditional(text)) \
        or ((default in _ONE_CUE or candidates == _YEN) and counts[default] == 0) \
        else _MIN_CUES
    if counts[best] >= needed and counts[best] > counts[default]:
        return best
    return None


# each local dollar's own signs ("EC$", "C$", "NZ$"), before a number: a page that writes one means it by "$" too
_SIGN_OF = {code: re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(sign) for sign, c in SYMBOLS.items()
                                                             if c == code and sign.endswith("$")) + r")\s?\d",
                             re.IGNORECASE)
            for code in {c for sign, c in SYMBOLS.items() if sign.endswith("$") and c != "USD"}}


def _own_signs(text: str, candidates: tuple[str, ...]) -> dict[str, int]:
    """How often ``text`` writes each candidate dollar's own sign before a number ("EC$79.8 million")."""
    return {code: n for code in candidates if code in _SIGN_OF and (n := len(_SIGN_OF[code].findall(text)))}


# a run of words in capitals ("ISLAMABAD", "NEW DELHI", "SRI LANKA"): a dateline's town or a headline's country
_CAPITALS = re.compile(r"\b[A-Z]{3,}(?:[ -][A-Z]{3,})*\b")


def in_capitals(text: str) -> str:
    """The runs of words ``text`` writes in capitals, in title case ("ISLAMABAD" → "Islamabad"), one a line, so the
    country cues, written in title case, find a dateline's town; an initialism ("RBA", "NEPRA") so cased names
    nothing and adds no cue."""
    return "\n".join(m.group().title() for m in _CAPITALS.finditer(text))


_TRADITIONAL = re.compile("[們這個來時會對說國經發開關與為後實門問學點區億萬]")
_SIMPLIFIED = re.compile("[们这个来时会对说国经发开关与为后实门问学点区亿万]")


def _traditional(text: str) -> bool:
    """True when the text is written in traditional characters (Hong Kong, Macau, Taiwan)."""
    return len(_TRADITIONAL.findall(text)) > 2 * len(_SIMPLIFIED.findall(text)) + 2


# "81c a litre", "20 cents": a hundredth of a dollar sign's currency or of the rand, which writes "R" and "c"
_CENTS = re.compile(r"\dc\b|\bcents?\b", re.IGNORECASE)
_CENTS_SHARED = {"USD": (*_SHARED["USD"], "ZAR")}
# currencies whose hundredth is written "cents": "23 cents" on a page of euro or Singapore-dollar sums is theirs
_CENT_CURRENCIES = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "EUR", "ZAR", "KES", "NAD"})


def _page_cents(figures: Sequence[Figure]) -> str | None:
    """The currency most of the page's signed sums are written in ("EUR228.7 million", "S$78.2 million"), when
    it is one whose hundredths are cents: a bare "6 cents" on that page is its cents."""
    units = [f.unit for f in figures if f.unit in CODES and f.display and not _CENTS.search(f.display)]
    if not units:
        return None
    top = max(set(units), key=units.count)
    return top if top in _CENT_CURRENCIES and 2 * units.count(top) > len(units) else None


def localise(figures: Sequence[Figure], text: str, url: str | None = None) -> list[Figure]:
    """The figures with each shared sign's currency made the article's own ("$6.25 per kgMS" in a New Zealand
    story is NZD); a sign that names its country keeps it.  The page's ``url`` adds its country's domain as a
    cue."""
    domain = domain_currency(url)
    locals_: dict[str, str | None] = {}
    out: list[Figure] = []
    for figure in figures:
        unit = figure.unit
        # "40.7 billion yen ($389.10 million)": a dollar sum converting another currency's, as wire copy writes
        # for readers abroad, is the US dollar whatever country the page names
        converted = unit == "USD" and figure.label.endswith("(in USD)")
        display = figure.display or ""
        yen = unit == "CNY" and "¥" in display  # "¥2 trillion": the yen's sign as well as the yuan's
        if (yen or (unit in _SHARED and display and not _OWN_COUNTRY[unit].search(display))) and not converted:
            # cents may be the rand's as well as any dollar's ("$" itself in a South African story is the US's)
            cents = unit in _CENTS_SHARED and bool(_CENTS.search(display))
            key = f"{unit} ¥" if yen else f"{unit} cents" if cents else str(unit)
            if key not in locals_:
                page = _page_cents(figures) if cents else None
                locals_[key] = page if page not in {None, unit} \
                    else local_currency(text, str(unit), _YEN if yen else _CENTS_SHARED[str(unit)] if cents else None,
                                        domain)
            if (local := locals_[key]) is not None:
                figure = figure.model_copy(update={"unit": local, "label": figure.label.replace(f"(in {unit})",
                                                                                              f"(in {local})")})
        out.append(figure)
    return out
