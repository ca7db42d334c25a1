"""Currencies as articles write them: symbols, codes glued to digits, names, minor units.

Every currency is reported by its ISO 4217 code, so "$1.2bn", "US$1.2 billion" and
"1.2 billion U.S. dollars" are one unit, and "3 cents" is 0.03 USD.  Codes and
one-letter signs are matched case-sensitively ("TRY" is lira, "try 3 times" is not).
"""

from __future__ import annotations

import re

from briefkit.extract import moneynames
from briefkit.extract.babelmoney import demonym_codes, own_names
from briefkit.extract.figuresubunits import SUBUNIT_PATTERN, SUBUNITS
from briefkit.extract.quantity import Quantity

# Written before the number: "$", "US$", "CNY2.5 trillion", "Rs 500 crore", "₦2.5 billion", "euro 852 million".
SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "₹": "INR", "rs": "INR", "rs.": "INR",
           "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD", "hk$": "HKD", "s$": "SGD", "nz$": "NZD",
           "r$": "BRL", "nt$": "TWD", "₦": "NGN", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₱": "PHP", "₫": "VND",
           "ksh": "KES", "rp": "IDR", "rm": "MYR", "gh₵": "GHS", "gh¢": "GHS", "ghc": "GHS", "tk": "BDT", "tk.": "BDT",
           "n": "NGN", "r": "ZAR", "sh": "KES", "usd $": "USD", "usd$": "USD", "php": "PHP", "p": "PHP",
           "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
           # HTML character references a scraper left half-decoded: "&#163;4 billion" read as "163;4 billion"
           "163;": "GBP", "8364;": "EUR", "â£": "GBP", "âł": "GBP", "â‚¬": "EUR"} | moneynames.SIGNS
CODES = frozenset({"USD", "EUR", "GBP", "RMB", "CNY", "JPY", "CHF", "INR", "NGN", "KES", "ZAR", "AUD", "CAD", "HKD",
                   "SGD", "NZD", "KRW", "BRL", "MXN", "RUB", "TRY", "SAR", "AED", "PKR", "BDT", "IDR", "MYR", "THB",
                   "VND", "EGP", "GHS", "TWD", "SEK", "NOK", "DKK", "PLN", "QAR", "KWD", "ILS", "UAH", "ETB",
                   "TZS", "UGX", "HUF", "CZK", "ZMW", "XOF", "XAF", "LKR", "NPR", "MOP", "ARS", "CLP", "COP",
                   "KZT", "MAD", "JOD", "BWP", "NAD", "MUR", "RWF", "MWK", "OMR", "BHD"}) | moneynames.CODES
# (not "PHP", which is also a programming language's name, "PHP 8.2": a weak sign below)
# Written after the number: "billion U.S. dollars", "5 million naira", "300亿元", "20 cents".
NAMES = {"dollars": "USD", "dollar": "USD", "us dollars": "USD", "u s dollars": "USD", "american dollars": "USD",
         "canadian dollars": "CAD", "australian dollars": "AUD",
         "hong kong dollars": "HKD", "singapore dollars": "SGD", "new zealand dollars": "NZD",
         "taiwan dollars": "TWD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "pound": "GBP",
         "pounds sterling": "GBP", "sterling": "GBP", "yuan": "CNY", "yuans": "CNY", "renminbi": "CNY", "yen": "JPY",
         "francs": "CHF",
         "swiss francs": "CHF", "rupees": "INR", "naira": "NGN", "rand": "ZAR", "rupiah": "IDR", "ringgit": "MYR",
         "baht": "THB", "roubles": "RUB", "rubles": "RUB", "lira": "TRY", "liras": "TRY", "dirhams": "AED",
         "riyals": "SAR", "cedis": "GHS", "taka": "BDT", "won": "KRW", "kwacha": "ZMW",
         "元": "CNY", "人民币": "CNY", "人民幣": "CNY", "美元": "USD", "港元": "HKD", "港币": "HKD", "港幣": "HKD",
         "欧元": "EUR", "歐元": "EUR", "日元": "JPY", "英镑": "GBP", "英鎊": "GBP", "韩元": "KRW", "韓元": "KRW",
         "卢布": "RUB", "盧布": "RUB", "新台币": "TWD", "新台幣": "TWD", "澳元": "AUD", "加元": "CAD",
         # the ringgit as Malaysian Chinese papers write it
         "令吉": "MYR", "林吉特": "MYR", "马币": "MYR", "馬幣": "MYR",
         "cents": "USD", "cent": "USD", "us cents": "USD", "u s cents": "USD", "euro cents": "EUR", "pence": "GBP",
         # names that say their country, or that one country alone uses ("pesos" is Mexico's unless the
         # article is another peso country's: localmoney.py)
         "zloty": "PLN", "zlotys": "PLN", "złoty": "PLN", "reais": "BRL", "forint": "HUF", "forints": "HUF",
         "shillings": "KES", "kenyan shillings": "KES", "ugandan shillings": "UGX", "tanzanian shillings": "TZS",
         "egyptian pounds": "EGP", "pesos": "MXN", "mexican pesos": "MXN", "philippine pesos": "PHP",
         "hryvnias": "UAH", "hryvnia": "UAH", "birr": "ETB", "kronor": "SEK", "swedish kronor": "SEK",
         "norwegian kroner": "NOK", "danish kroner": "DKK", "pakistani rupees": "PKR", "indian rupees": "INR",
         "sri lankan rupees": "LKR", "nepalese rupees": "NPR", "cfa francs": "XOF", "kobo": "NGN", "paise": "INR",
         # the leu (Romania's, and Moldova's where the page says so: localmoney.py) and its hundredth, the ban
         "lei": "RON", "leu": "RON", "bani": "RON", "kopecks": "RUB", "kopeks": "RUB"} | moneynames.NAMES | SUBUNITS
MINOR = {"cents", "cent", "us cents", "u s cents", "euro cents", "pence", "kobo", "paise", "bani", "kopecks", "kopeks",
         *SUBUNITS}
"""Names of a hundredth of the currency: "3 cents" is 0.03 USD."""

# One-letter signs and a spelled-out "dollar" before the number need a scale or thousands separators:
# "N2.5 billion", "R1,200", "dollar 12.5 trillion"; "N95" and "R2" are names.
# "PHP 8.2" is a language, "P5" a group of nations: with a scale or thousands separators the peso
# ("euro 852 million" with its scale)
WEAK_SIGNS = {"n", "r", "sh", "dollar", "dollars", "euro", "euros", "p", "php"} | moneynames.WEAK
# "won" is also a verb: only "50 billion won", "30,000 won"; "dong", "crowns", "kina", "pula", "lari" and "leva"
# are words or names as well ("7 crowns", "the 3 Dong brothers")
WEAK_NAMES = {"won", "rand", "dong", "crowns", "kina", "pula", "lari", "leva"}

# "12.34 billion South African rand", "5 billion Nigerian naira", "Japanese yen": a country's adjective before
# its currency's name says whose it is (wire copy writes sums so for readers abroad); "real" and "pound" only
# after such an adjective (alone they are words).  CLDR's names of every current currency give the adjectives
# (babelmoney.py); these are the other ways pages write them, which CLDR does not ("Ghana cedis", "Korean won",
# "American dollars")
_ALIASES = {"ghana": "GHS", "emirati": "AED", "korean": "KRW", "argentinian": "ARS", "botswana": "BWP",
            "israeli": "ILS", "kazakh": "KZT", "taiwan": "TWD", "u s": "USD", "american": "USD"}
DEMONYMS = demonym_codes() | _ALIASES | moneynames.DEMONYMS
_DEMONYM_OF = re.compile(r"^(" + "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True)) + r")\s")
_DEMONYM_NAMES = (r"(?:" + "|".join(re.escape(d).replace(r"\ ", r"\s+") for d in sorted(DEMONYMS, key=len, reverse=True)
                                    if d not in {"us", "u s"})
                  + r")\s+(?:pounds\s+sterling|renminbi|reais|roubles|"
                  + "|".join(re.escape(n) for n in sorted(own_names() | moneynames.NAME_WORDS, key=len, reverse=True))
                  + ")(?![\\w'’ʻ])")

# "Â£4 billion", "ÂŁ890 million", "â‚¬3m": a page saved in one encoding and read in another (UTF-8 read as
# Latin-1 or Windows-1250) garbles the sign but keeps the sum; the garbled sign is the currency's
PREFIX = (r"(?P<cur>" + moneynames.SIGN_PATTERN
          # … and a sign set apart from its number ("€ 100 million", "₹ 100 crore"), as "$ 45" is
          + r"|(?i:US\$\s?|CA\$|AU\$|NZ\$|NT\$|HK\$|C\$|A\$|S\$|R\$|[$€£¥₹₦₩₽₺₱₫]\s(?=\d)"
          r"|\$|€|£|¥|₹|₦|₩|₽|₺|₱|₫|163;|8364;"
          r"|Â£|ÂŁ|â‚¬"
          r"|Rs\.?\s?|dollars?\s|euros?\s)"
          # "USD $ 43.34 billion": a code and a sign together; "Sh 136.5 billion": Kenyan shillings (with a scale)
          r"|(?-i:USD\s?\$\s?|Sh\s?(?=\d)|KSh\s?|Ksh\s?|Rp\s?|RM\s?|G[Hh][₵¢]\s?|G[Hh][Cc]\s?(?=\d)|Tk\.?\s?|N\s?(?=\d)|R(?=\d)"
          r"|PHP\s?|P(?=\d)|(?:"
          + "|".join(sorted(CODES))
          + r")\s?))?")
# the other currencies' names after a number ("200 trillion dinars", "3 billion dong"), longest first
_OTHER_NAMES = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(moneynames.NAMES, key=len, reverse=True))
SUFFIX = (r"(?P<cur2>" + _DEMONYM_NAMES
          + r"|(?:U\.?\s?S\.?\s*|US\s+|American\s+|Canadian\s+|Australian\s+|Hong\s+Kong\s+|Singapore\s+"
          r"|New\s+Zealand\s+|Taiwan\s+)?dollars|(?:US\s+|U\.S\.\s*|euro\s+)?cents?|pence|(?:Swiss\s+)?francs"
          r"|euros?|yuans?|renminbi|pounds(?:\s+sterling)?|sterling|yen|rupees|naira|rand|rupiah|ringgit|baht"
          r"|roubles|rubles|liras?|dirhams|riyals|cedis|taka|won|kwacha|zlotys?|złoty|reais|forints?|birr"
          r"|(?:Kenyan\s+|Ugandan\s+|Tanzanian\s+)?shillings|Egyptian\s+pounds|(?:Mexican\s+|Philippine\s+)?pesos"
          r"|hryvnias?|(?:Swedish\s+)?kronor|(?:Norwegian|Danish)\s+kroner|CFA\s+francs|kobo|paise|lei|leu|bani|kopec?ks|"
          + SUBUNIT_PATTERN
          # "a 180 billion-pound package", "a $2 billion-dollar plan": a sum's name joined to its scale as an adjective
          + r"|(?<=illion-)(?:pound|dollar)(?![\w-])"
          r"|(?:Pakistani|Indian|Sri\s+Lankan|Nepalese)\s+rupees"
          r"|" + _OTHER_NAMES
          + r"|(?-i:" + "|".join(sorted(CODES)) + r")"
          r"|美元|港元|港币|港幣|欧元|歐元|日元|英镑|英鎊|韩元|韓元|卢布|盧布|新台币|新台幣|澳元|加元|人民币|人民幣"
          r"|令吉|林吉特|马币|馬幣|元)")


def currency_code(written: str) -> str | None:
    """The ISO code of a currency as written before or after a number, or None."""
    key = " ".join(written.split()).lower()
    if key.upper() in CODES:
        return "CNY" if key.upper() == "RMB" else key.upper()
    if (owner := _DEMONYM_OF.match(key)) and (owner[1] in DEMONYMS):
        return DEMONYMS[owner[1]]  # "South African rand", "Nigerian naira": the adjective says whose
    return SYMBOLS.get(key) or SYMBOLS.get(key.rstrip(".")) or NAMES.get(minor_key(key))


def minor_key(written: str) -> str:
    """A currency name with dots and spacing made uniform: "U.S. dollars", "U.S.dollars" → "u s dollars"."""
    return re.sub(r"[.\s]+", " ", written.lower()).strip()


# "2 lei and 20 bani", "5 dollars and 50 cents", "10 roubles, 40 kopecks": one sum written in the currency and its
# hundredths
_JOIN = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")


def joined_sums(text: str, found: list[Quantity]) -> list[Quantity]:
    """The quantities with a sum and the hundredths written right after it in the same currency made one sum
    ("2 lei and 20 bani" is 2.20, not 2 and 0.20)."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and q.unit is not None and q.unit == prev.unit and re.fullmatch(r"[A-Z]{3}", q.unit) \
                and prev.scale == 1.0 and q.scale == 0.01 and 0 < q.value < 1 and prev.decimals == 0 \
                and _JOIN.fullmatch(text[prev.end:q.start]):
            out[-1] = Quantity(round(prev.value + q.value, 2), text[prev.start:q.end], prev.start, q.end, q.unit,
                               prev.qualifier, 2)
            continue
        out.append(q)
    return out
