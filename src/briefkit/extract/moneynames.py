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
         "kd": "KWD", "ro": "OMR", "jd": "JOD", "nis": "ILS"}
# the regular-expression alternatives of those signs as pages write them (case as written: "KShs", "UShs", "MK")
SIGN_PATTERN = (r"(?i:N|J|TT|EC|Z|FJ|Bds|Mex|L|B|Bz|G|SI)\$\s?"
                r"|(?-i:K[Ss]hs\.?\s?|Shs\.?\s?(?=\d)|U[Ss]hs?\.?\s?|T[Ss]hs?\.?\s?|MK\s?(?=\d)|K(?=\d)|ZiG\s?"
                r"|L\.?E\.?\s?(?=\d)|SR\s?(?=\d)|QR\s?(?=\d)|Dhs?\s?(?=\d)|BD\s?(?=\d)|KD\s?(?=\d)|RO\s?(?=\d)"
                r"|JD\s?(?=\d)|NIS\s?(?=\d))")
# two letters or one that other words and names also write ("K2", "SR 520", "MK 4", "BD 12", "RO 3"): money only with
# a scale, thousands separators or a price's unit after them (see weakmoney.weak_money)
WEAK = {"k", "mk", "le", "sr", "qr", "dh", "dhs", "bd", "kd", "ro", "jd", "zig", "shs"}

# ISO codes glued to or before a sum ("JMD 2.5bn", "AOA 300 billion"); not those that are words or other names in
# capitals ("CUP", "ALL", "TOP", "SOS", "AMD", "CVE", "SDG": a goal's number), nor "RON" (petrol's octane)
CODES = frozenset({"JMD", "TTD", "XCD", "ZWL", "ZWG", "FJD", "BBD", "LRD", "BSD", "BZD", "GYD", "SBD", "PGK", "MMK",
                   "AOA", "MZN", "PEN", "IQD", "IRR", "DZD", "TND", "LYD", "RSD", "SLE", "SLL", "GMD", "SSP", "LBP",
                   "SYP", "YER", "AFN", "GEL", "AZN", "UZS", "KGS", "MNT", "KHR", "LAK", "BND", "HTG", "DOP", "UYU",
                   "PYG", "BOB", "VES", "CRC", "GTQ", "HNL", "NIO", "PAB", "ISK", "BGN", "MKD", "MDL", "SCR", "CDF",
                   "BIF", "GNF", "MGA", "SZL", "LSL", "ERN", "MRU", "TJS", "WST"})

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

# Adjectives that say whose ("Iraqi dinars", "Jamaican dollars", "Malawian kwacha"), as currencies.DEMONYMS
DEMONYMS = {"iraqi": "IQD", "jordanian": "JOD", "kuwaiti": "KWD", "bahraini": "BHD", "algerian": "DZD",
            "tunisian": "TND", "libyan": "LYD", "serbian": "RSD", "omani": "OMR", "iranian": "IRR", "yemeni": "YER",
            "jamaican": "JMD", "trinidad and tobago": "TTD", "east caribbean": "XCD", "zimbabwe": "ZWL",
            "zimbabwean": "ZWL", "fijian": "FJD", "barbados": "BBD", "liberian": "LRD", "bahamian": "BSD",
            "belize": "BZD", "guyanese": "GYD", "brunei": "BND", "papua new guinea": "PGK", "myanmar": "MMK",
            "angolan": "AOA", "mozambican": "MZN", "sierra leonean": "SLE", "gambian": "GMD", "sudanese": "SDG",
            "south sudanese": "SSP", "lebanese": "LBP", "syrian": "SYP", "afghan": "AFN", "georgian": "GEL",
            "azerbaijani": "AZN", "uzbek": "UZS", "kyrgyz": "KGS", "mongolian": "MNT", "cambodian": "KHR",
            "lao": "LAK", "haitian": "HTG", "dominican": "DOP", "uruguayan": "UYU", "paraguayan": "PYG",
            "bolivian": "BOB", "venezuelan": "VES", "costa rican": "CRC", "guatemalan": "GTQ", "honduran": "HNL",
            "nicaraguan": "NIO", "icelandic": "ISK", "bulgarian": "BGN", "macedonian": "MKD", "moldovan": "MDL",
            "romanian": "RON", "seychellois": "SCR", "congolese": "CDF", "burundian": "BIF", "guinean": "GNF",
            "malagasy": "MGA", "swazi": "SZL", "eritrean": "ERN", "mauritanian": "MRU", "tajik": "TJS",
            "cfa": "XOF", "west african cfa": "XOF", "central african cfa": "XAF", "israeli new": "ILS"}

# the names above as they may follow a demonym ("Iraqi dinars") in currencies' pattern of a demonym and a name
DEMONYM_NAME_WORDS = ("dinars?|rials?|koruna|korunas|crowns|leva|levs|lei|leu|denars|afghanis|kwanzas?|meticais"
                      "|leones?|dalasis?|lari|manats?|tugriks|riels|kip|gourdes|lempiras|quetzales|colones"
                      "|guaranies|bol[ií]vares|bolivars|kronur|kina|pula|francs?|soles|new\\s+shekels|dong|kyats?"
                      "|tenge|nakfa|ariary|somoni|emalangeni|maloti")
