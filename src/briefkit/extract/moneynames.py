"""The world's other currencies as local pages write them: the signs of the Caribbean, African, Gulf and Pacific
dollars, shillings, kwachas and riyals ("N$3.2 million", "J$2 billion", "UShs 5bn", "MK500 per bag", "QR2 billion",
"NIS 40 million"), their ISO codes, and their names after a number ("200 trillion dinars", "3 billion dong",
"2 billion crowns").

:mod:`briefkit.extract.currencies` reads the big currencies; these tables extend its signs, codes and names so a
page from Namibia, Jamaica, Uganda or Israel reports its money in its own code instead of a bare count.  A name
several countries share ("dinars", "crowns", "kwacha", "shillings", "francs") is given one country's code here
and the page's country decides in :mod:`briefkit.extract.localmoney`.
"""

from __future__ import annotations

# Signs written before the digits (keys lower case, as currencies.SYMBOLS): the dollar signs that say their
# country, the shillings' and kwachas' abbreviations, the Gulf's and Egypt's two letters
SIGNS = {"n$": "NAD", "j$": "JMD", "tt$": "TTD", "ec$": "XCD", "z$": "ZWL", "fj$": "FJD", "bds$": "BBD",
         "mex$": "MXN", "l$": "LRD", "b$": "BSD", "bz$": "BZD", "g$": "GYD", "si$": "SBD",
         "kshs": "KES", "kshs.": "KES", "shs": "KES", "shs.": "KES", "ush": "UGX", "ushs": "UGX", "ushs.": "UGX",
         "tsh": "TZS", "tshs": "TZS", "tshs.": "TZS", "mk": "MWK", "k": "ZMW", "zig": "ZWG",
         "le": "EGP", "l.e.": "EGP", "sr": "SAR", "qr": "QAR", "dh": "AED", "dhs": "AED", "bd": "BHD",
         "kd": "KWD", "ro": "OMR", "jd": "JOD", "nis": "ILS",
         # Rwanda's francs, Bhutan's ngultrum, Ethiopia's birr and the CFA francs as their papers sign them
         "frw": "RWF", "nu": "BTN", "nu.": "BTN", "br": "ETB", "fcfa": "XOF", "cfa": "XOF"}
# the regular-expression alternatives of those signs as pages write them (case as written: "KShs", "UShs", "MK")
SIGN_PATTERN = (r"(?i:N|J|TT|EC|Z|FJ|Bds|Mex|L|B|Bz|G|SI)\$\s?"
                r"|(?-i:K[Ss]hs\.?\s?|Shs\.?\s?(?=\d)|U[Ss]hs?\.?\s?|T[Ss]hs?\.?\s?|MK\s?(?=\d)|K(?=\d)|ZiG\s?"
                r"|L\.?E\.?\s?(?=\d)|SR\s?(?=\d)|QR\s?(?=\d)|Dhs?\s?(?=\d)|BD\s?(?=\d)|KD\s?(?=\d)|RO\s?(?=\d)"
                r"|JD\s?(?=\d)|NIS\s?(?=\d)|Frw\s?(?=\d)|Nu\.?\s?(?=\d)|Br\s?(?=\d)|F?CFA\s?(?=\d))")
# two letters or one that other words and names also write ("K2", "SR 520", "MK 4", "BD 12", "RO 3"): money only with
# a scale, thousands separators or a price's unit after them (see weakmoney.weak_money)
WEAK = {"k", "mk", "le", "sr", "qr", "dh", "dhs", "bd", "kd", "ro", "jd", "zig", "shs", "nu", "nu.", "br"}

# ISO codes glued to or before a sum ("JMD 2.5bn", "AOA 300 billion"); not those that are words or other names in
# capitals ("CUP", "ALL", "TOP", "SOS", "AMD", "CVE", "SDG": a goal's number), nor "RON" (petrol's octane)
CODES = frozenset({"JMD", "TTD", "XCD", "ZWL", "ZWG", "FJD", "BBD", "LRD", "BSD", "BZD", "GYD", "SBD", "PGK", "MMK",
                   "AOA", "MZN", "PEN", "IQD", "IRR", "DZD", "TND", "LYD", "RSD", "SLE", "SLL", "GMD", "SSP", "LBP",
                   "SYP", "YER", "AFN", "GEL", "AZN", "UZS", "KGS", "MNT", "KHR", "LAK", "BND", "HTG", "DOP", "UYU",
                   "PYG", "BOB", "VES", "CRC", "GTQ", "HNL", "NIO", "PAB", "ISK", "BGN", "MKD", "MDL", "SCR", "CDF",
                   "BIF", "GNF", "MGA", "SZL", "LSL", "ERN", "MRU", "TJS", "WST", "BTN"})

# Names written after the number ("3 billion dong"), singular and plural; a shared name gets one country's code
NAMES = {"dong": "VND", "shekels": "ILS", "shekel": "ILS", "new shekels": "ILS", "tenge": "KZT", "kyats": "MMK",
         "kyat": "MMK", "rials": "IRR", "rial": "IRR", "riyal": "SAR", "kwanzas": "AOA", "kwanza": "AOA",
         "meticais": "MZN", "metical": "MZN", "meticals": "MZN", "soles": "PEN", "cedi": "GHS", "kina": "PGK",
         "pula": "BWP", "leones": "SLE", "leone": "SLE", "dalasis": "GMD", "dalasi": "GMD", "lari": "GEL",
         "manats": "AZN", "manat": "AZN", "tugriks": "MNT", "riels": "KHR", "lempiras": "HNL", "quetzales": "GTQ",
         "quetzals": "GTQ", "colones": "CRC", "guaranies": "PYG", "guaraníes": "PYG", "bolivars": "VES",
         "bolivares": "VES", "bolívares": "VES", "gourdes": "HTG", "korunas": "CZK", "koruna": "CZK",
         "crowns": "CZK", "dinars": "IQD", "dinar": "IQD", "leva": "BGN", "levs": "BGN", "denars": "MKD",
         "afghanis": "AFN", "rupee": "INR", "shilling": "KES", "dirham": "AED",
         "somoni": "TJS", "nakfa": "ERN", "ouguiyas": "MRU", "ariary": "MGA", "emalangeni": "SZL",
         "maloti": "LSL", "kroner": "DKK", "kronur": "ISK", "krona": "SEK"}

# Adjectives that say whose ("Zimbabwe dollars", "CFA francs") where pages write them otherwise than CLDR's names,
# which give the rest (babelmoney.py)
DEMONYMS = {"zimbabwe": "ZWL", "zimbabwean": "ZWL", "barbados": "BBD", "guyanese": "GYD", "papua new guinea": "PGK",
            "uzbek": "UZS", "lao": "LAK", "bulgarian": "BGN", "tajik": "TJS", "cfa": "XOF"}

# the names that may follow such an adjective besides CLDR's ("Iraqi dinars", "Czech crowns", "Bulgarian leva")
NAME_WORDS = frozenset({"crowns", "leva", "levs", "denars", "colones", "quetzales", "guaranies", "guaraníes",
                        "bolivares", "bolívares", "bolivars", "kronur", "new shekels", "meticais", "pounds", "dollars"})
