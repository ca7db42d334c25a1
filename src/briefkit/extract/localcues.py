"""Which country's money a shared name or sign is on a page, for the currencies :mod:`briefkit.extract.moneynames`
adds: "$" on a Jamaican or Namibian page, "Shs" in Uganda, "K" and "kwacha" in Malawi, "dinars" in Jordan,
"crowns" in Sweden, "francs" in Rwanda, "pounds" in Egypt.

Each shared unit has a default (the code the number reader gives it), the codes it may stand for, the cues of each
country (its name, people, capital, central bank) and a pattern of the writings that say their country themselves
("Kenyan shillings", "KSh", "Swiss francs", "£"), which are never changed.  :mod:`briefkit.extract.localmoney`
weighs the cues.
"""

from __future__ import annotations

import re

# the dollars of countries whose pages write a bare "$" for their own money
DOLLAR_COUNTRIES = ("JMD", "TTD", "BBD", "GYD", "BSD", "BZD", "FJD", "LRD", "NAD", "BND", "XCD")

OTHER_CUES = {
    "JMD": r"\bJamaica(?:ns?)?\b|\bMontego Bay\b|\bBank of Jamaica\b",
    "TTD": r"\bTrinidad\b|\bTobago\b|\bPort of Spain\b",
    "BBD": r"\bBarbad(?:os|ians?)\b|\bBridgetown\b",
    "GYD": r"\bGuyan(?:a|ese)\b|\bGeorgetown\b",
    "BSD": r"\bBahamas\b|\bBahamians?\b|\bNassau\b",
    "BZD": r"\bBelize(?:an)?s?\b",
    "FJD": r"\bFiji(?:an)?s?\b|\bSuva\b",
    "LRD": r"\bLiberian?s?\b|\bMonrovia\b",
    "NAD": r"\bNamibian?s?\b|\bWindhoek\b",
    "BND": r"\bBrunei(?:an)?s?\b|\bBandar Seri Begawan\b",
    # the Eastern Caribbean dollar: the islands of its currency union and their central bank
    "XCD": r"\bSaint Lucian?s?\b|\bSt\.? Lucian?s?\b|\bCastries\b|\bGrenad(?:a|ians?)\b|\bDominica\b"
           r"|\bSt\.? Vincent\b|\bSaint Vincent\b|\bAntigua\b|\bSt\.? Kitts\b|\bNevis\b|\bECCB\b"
           r"|\bEastern Caribbean\b",
    "KES": r"\bKenyan?s?\b|\bNairobi\b|\bMombasa\b|\bKisumu\b|\bCBK\b",
    "UGX": r"\bUgandan?s?\b|\bKampala\b|\bEntebbe\b",
    "TZS": r"\bTanzanian?s?\b|\bDar es Salaam\b|\bDodoma\b|\bZanzibar\b",
    "ZMW": r"\bZambian?s?\b|\bLusaka\b|\bCopperbelt\b",
    "MWK": r"\bMalawi(?:an)?s?\b|\bLilongwe\b|\bBlantyre\b",
    "PGK": r"\bPapua New Guinea\b|\bPNG\b|\bPort Moresby\b",
    "MMK": r"\bMyanmar\b|\bBurm(?:a|ese)\b|\bYangon\b|\bNaypyi?taw\b",
    "IQD": r"\bIraqi?s?\b|\bBaghdad\b|\bBasra\b|\bErbil\b",
    "JOD": r"\bJordan(?:ian)?s?\b|\bAmman\b",
    "KWD": r"\bKuwait(?:i)?s?\b",
    "BHD": r"\bBahrain(?:i)?s?\b|\bManama\b",
    "DZD": r"\bAlgerian?s?\b|\bAlgiers\b",
    "TND": r"\bTunisian?s?\b|\bTunis\b",
    "LYD": r"\bLibyan?s?\b|\bTripoli\b|\bBenghazi\b",
    "RSD": r"\bSerbian?s?\b|\bBelgrade\b",
    "MKD": r"\bNorth Macedonian?s?\b|\bSkopje\b",
    "CZK": r"\bCzech(?:ia)?\b|\bPrague\b|\bCNB\b",
    "SEK": r"\bSwed(?:en|ish|es)\b|\bStockholm\b|\bRiksbank\b",
    "NOK": r"\bNorw(?:ay|egians?)\b|\bOslo\b|\bNorges Bank\b",
    "DKK": r"\bDenmark\b|\bDanish\b|\bDanes\b|\bCopenhagen\b",
    "ISK": r"\bIceland(?:ic|ers?)?\b|\bReykjav[ií]k\b",
    "IRR": r"\bIran(?:ians?)?\b|\bTehran\b",
    "OMR": r"\bOman(?:is?)?\b|\bMuscat\b",
    "YER": r"\bYemen(?:is?)?\b|\bSanaa\b|\bAden\b",
    "SAR": r"\bSaudis?\b|\bSaudi Arabia\b|\bRiyadh\b|\bJeddah\b",
    "QAR": r"\bQatar(?:is?)?\b|\bDoha\b",
    "BWP": r"\bBotswana\b|\bBatswana\b|\bGaborone\b",
    "PHP": r"\bPhilippines?\b|\bFilipinos?\b|\bManila\b|\bBSP\b",
    "CHF": r"\bSwitzerland\b|\bSwiss\b|\bZurich\b|\bGeneva\b|\bBern\b",
    "XOF": r"\bSenegal(?:ese)?\b|\bDakar\b|\bC[oô]te d['’]Ivoire\b|\bIvor(?:y Coast|ian)\b|\bAbidjan\b|\bMali(?:an)?\b"
           r"|\bBamako\b|\bBurkina Faso\b|\bOuagadougou\b|\bNiger(?:ien)?\b|\bNiamey\b|\bBenin\b|\bTogo(?:lese)?\b"
           r"|\bBCEAO\b|\bUEMOA\b",
    "XAF": r"\bCameroon(?:ian)?s?\b|\bYaound[eé]\b|\bDouala\b|\bGabon(?:ese)?\b|\bChad(?:ian)?\b|\bBEAC\b|\bCEMAC\b",
    "RWF": r"\bRwand(?:a|an)s?\b|\bKigali\b",
    "CDF": r"\bDR Congo\b|\bDRC\b|\bKinshasa\b|\bDemocratic Republic of (?:the )?Congo\b",
    "BIF": r"\bBurundi(?:an)?s?\b|\bBujumbura\b|\bGitega\b",
    "GNF": r"\bGuinea\b(?!-Bissau)|\bConakry\b",
    "GBP": r"\bBritain\b|\bBritish\b|\bUK\b|\bU\.K\.|\bEngland\b|\bLondon\b|\bScotland\b|\bWales\b|\bNHS\b",
    "EGP": r"\bEgypt(?:ians?)?\b|\bCairo\b|\bAlexandria\b",
    "SDG": r"\bSudan(?:ese)?\b(?<!South Sudan)|\bKhartoum\b",
    "LBP": r"\bLeban(?:on|ese)\b|\bBeirut\b",
    "SYP": r"\bSyrian?s?\b|\bDamascus\b",
}
# which codes a default may stand for
OTHER_SHARED = {"KES": ("UGX", "TZS"), "ZMW": ("MWK", "PGK", "MMK"),
                "IQD": ("JOD", "KWD", "BHD", "DZD", "TND", "LYD", "RSD", "MKD"),
                "CZK": ("SEK", "NOK", "DKK", "ISK"), "IRR": ("OMR", "YER"), "SAR": ("QAR",),
                "PHP": ("BWP",), "CHF": ("XOF", "XAF", "RWF", "CDF", "BIF", "GNF"), "GBP": ("EGP", "SDG", "LBP", "SYP")}
# a writing that says its own country is never changed
OTHER_OWN = {"KES": re.compile(r"K[Ss]hs?|Kenyan|KES"), "ZMW": re.compile(r"Zambian|ZMW"),
             "IQD": re.compile(r"Iraqi|IQD"), "CZK": re.compile(r"Czech|CZK|korun", re.IGNORECASE),
             "IRR": re.compile(r"Iranian|IRR"), "SAR": re.compile(r"Saudi|SAR|SR"),
             "CHF": re.compile(r"Swiss|CHF|SFr"), "PHP": re.compile(r"Philippine|PHP|₱|peso", re.IGNORECASE),
             "GBP": re.compile(r"£|Â£|ÂŁ|163;|sterling|GBP|British|pence|\dp\b", re.IGNORECASE)}
