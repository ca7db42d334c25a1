"""More ways an English sentence says a name is an organisation's, and that a name is a person's.

:mod:`briefkit.extract.entities` finds bodies by their institutional word and
by the roles sentences give them; these cues add the shapes news copy uses
for bodies without such a word:

- a place-based body: "Tennessee-based AOC", "the London-based Sunrise Radio";
- an acronym that owns something: "ABSA's Agri Trends", "FEMA's grant
  programme" (the owner is the body; a programme it runs is not one);
- a national or regional arm: "BBC Scotland", "Statistics Canada",
  "Water UK", "Agri South Africa" (a word and a country or region that make
  no place together);
- "a spokesperson for Children in Need": a name with "in" inside, after a
  speaker's role;
- "The utility, formerly known as Utah Power": a name a kind of body had.

And two checks that a name found is a person's: a single word that the
article also gives with a first name ("Yankel" after "Anthony Yankel"), and a
two-word name whose last word speaks alone ("Piet Mothepo" … "Mothepo told").
"""

from __future__ import annotations

import re

from briefkit.extract.orgbare import bare_bodies, bare_outlets

_CAP = r"[A-Z][\w&'’-]*"
_ACRONYM = r"[A-Z][A-Z&]{1,6}"
# words that make a place or a title with a country, not a body: "North Korea", "Mainland China", "Team GB" is one
_NOT_ARM_WORDS = ("North South East West Northern Southern Eastern Western Central Upper Lower Greater Inner "
                  "Outer Rural Urban Mainland Modern Ancient Imperial Old New Great Little Democratic People "
                  "Republic Royal President Minister Prime Premier King Queen Prince Princess Chancellor "
                  "Ambassador Governor Mayor Secretary General Former Communist Socialist Federal National "
                  "State Continental Metropolitan Coastal Latin Anglo Global All Whole Entire The A An In Of "
                  "And Across From To For With By On At Lake Mount Mountain River Gulf Bay Cape Port Fort "
                  "Saint St San Santa Sea Island Islands Coast Valley Downtown Uptown Western Eastern")
_NOT_ARM = frozenset(_NOT_ARM_WORDS.split())
# country and state names that are people's names as well: "Michael Jordan", "Lisa Virginia"
_PERSONLIKE_WORDS = ("Jordan Chad Israel Georgia India Kenya America Victoria Virginia Carolina Dakota Jersey "
                     "Washington Florida Nevada Montana Indiana Maryland Adelaide")
_PERSONLIKE = frozenset(_PERSONLIKE_WORDS.split())
DEMONYMS_WORDS = ("American British Chinese Japanese Korean Indian German French Italian Spanish Russian "
                  "Canadian Australian Mexican Brazilian Swiss Dutch Swedish Norwegian Danish Finnish Polish "
                  "Turkish Greek Irish Scottish Welsh English European Asian African Arab Israeli Iranian "
                  "Iraqi Saudi Egyptian Nigerian Kenyan Pakistani Vietnamese Thai Indonesian Malaysian "
                  "Singaporean Filipino Taiwanese Ukrainian Belgian Austrian Portuguese Argentine Chilean "
                  "Colombian Peruvian Slovenian Czech Hungarian Romanian Bulgarian Serbian Croatian")
DEMONYMS = frozenset(DEMONYMS_WORDS.split())
# words for a kind of body that stand before its name ("Regulator Ofgem"), not a first name
_KINDS_WORDS = ("regulator watchdog company firm charity broadcaster group bank lender insurer supplier operator "
                "utility agency giant rival retailer carrier airline newspaper network union party broker "
                "consultancy publisher automaker carmaker developer distributor conglomerate station")
_KINDS = frozenset(_KINDS_WORDS.split())
# "Tennessee-based AOC", "Chinese-owned Yancoal", "London-listed Antofagasta": a name sited or owned is a body's
_BASED = re.compile(r"\b" + _CAP + r"(?:\s+" + _CAP + r")?-(?:based|owned|listed|headquartered)\s+(?P<name>"
                    + _ACRONYM + r"\b|" + _CAP + r"(?:\s+" + _CAP + r"){0,4})")
_OWNER = re.compile(r"\b(?P<name>" + _ACRONYM + r")['’]s\s+[A-Z]")
_FOR_ROLE = re.compile(r"\b(?i:spokes(?:person|man|woman)|statement|chief\s+executive|chair(?:man|woman)?|"
                       r"director|head|trustees?)\s+(?:for|of|by|from|at)\s+(?:the\s+)?(?P<name>" + _CAP
                       + r"(?:\s+(?:in|of|for|and|on)\s+" + _CAP + r"|\s+" + _CAP + r"){0,4})")
_FORMERLY = re.compile(r"\b(?i:utility|company|firm|bank|group|charity|agency|station|broadcaster|airline|"
                       r"operator|supplier|regulator|organi[sz]ation|body|party|union|network|chain|business),?\s+"
                       r"(?i:formerly|previously|once|also|now|better)\s+(?i:known\s+as|called)\s+(?:the\s+)?"
                       r"(?P<name>" + _CAP + r"(?:\s+(?:of\s+|and\s+)?" + _CAP + r"){0,5})")
_WHICH_IS = re.compile(r"(?<![\w’'])(?P<name>" + _CAP + r"(?:\s+(?:of\s+|in\s+|and\s+)?" + _CAP + r"){0,4}),\s+"
                       r"(?:which|that)\s+(?:is|was|runs|owns)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?i:charity|company|firm|group|organi[sz]ation|foundation|agency|broadcaster|regulator|"
                       r"operator|network|subsidiary|parent|owner|trust|nonprofit|non-profit|union|bank|utility)\b")


# "a spokesperson for Tesco said", "chief executive of Ryanair": one word after a body's officer is the body when
# it is no place, no person's (a given name, "Mr"), and the sentence goes on after it
_ONE_WORD_OFFICER = re.compile(r"(?i:spokes(?:person|man|woman)|chief\s+executive)\s+(?:for|of|at)\s+$")


def _speaks_for(match: re.Match[str], text: str) -> bool:
    """A one-word name after a spokesperson's or a chief executive's "for"/"of" (see ``_ONE_WORD_OFFICER``)."""
    from briefkit.extract.givennames import is_given_name
    from briefkit.extract.places import is_place

    name = match["name"]
    return bool(_ONE_WORD_OFFICER.search(text, match.start(), match.start("name"))) and len(name) >= 3 \
        and not is_place(name) and not is_given_name(name) and name not in _OPENERS \
        and re.match(r"[ \t]*[,.;:]|[ \t]+(?:said|says|told|added)\b", text[match.end():]) is not None


# "San Miguel Corp., which runs Petron,": what a body runs or owns, named alone, is a body (a business, a chain)
# ("The group – which owns First National Bank (FNB), RMB and Wesbank –": a dash opens the clause as well, and
# what it runs may be a list)
_RUNS = re.compile(r"(?:,|\s[–—])\s+(?:which|that)\s+(?:also\s+)?(?:runs|owns|operates|controls)\s+(?:the\s+)?"
                   r"(?P<name>" + _CAP + r"(?:\s+" + _CAP + r"){0,3})(?:\s+\([A-Z]{2,6}\))?"
                   r"(?P<more>(?:,\s+" + _CAP + r"(?:\s+" + _CAP + r"){0,3}){0,4},?\s+and\s+" + _CAP + r"(?:\s+" + _CAP
                   + r"){0,3}(?=\s*[,;.–—]))?"
                   r"(?=\s*[,;.–—]|\s+(?:and|chain|supermarkets|stores|brand|airline|bank)\b)")



def _run_names(match: re.Match[str]) -> list[str]:
    """The business a ``_RUNS`` clause names, and the others it lists with it."""
    more = [n for n in re.split(r",\s+(?:and\s+)?|\s+and\s+", match["more"] or "") if n]
    return [match["name"], *more]


_ITEM = _CAP + r"(?:\s+(?:&\s+)?" + _CAP + r"){0,3}"
# "clubs like Arsenal and Liverpool", "lenders such as Barclays, Lloyds and NatWest": the list says what they are
_LISTED_KINDS = (r"\b(?i:companies|firms|clubs|brands|banks|lenders|charities|retailers|airlines|carmakers|"
                 r"automakers|insurers|suppliers|operators|broadcasters|newspapers|universities|agencies|"
                 r"organi[sz]ations|manufacturers|utilities|giants|rivals|groups|publishers|platforms|"
                 r"chains|supermarkets|outlets|networks|unions|parties|regulators|watchdogs|teams|colleges)")
_KIND_LIST = re.compile(_LISTED_KINDS + r"\s+(?:like|such\s+as|including|among\s+them)\s+(?P<list>" + _ITEM
                        + r"(?:,\s+" + _ITEM + r"){0,6}(?:,?\s+(?:and|or)\s+" + _ITEM + r")?)")
# "the 4 Coastal Cup teams, UBC, TWU and UVic": the kind, then its members in apposition, a list closed by "and"
_KIND_APPOSED = re.compile(_LISTED_KINDS + r",\s+(?P<list>" + _ITEM + r"(?:,\s+" + _ITEM + r"){0,6},?\s+and\s+"
                           + _ITEM + r")(?![\w’'-])(?!\s+[a-z]+\s+(?:and|or)\b)")


# "published in partnership with We Are Social and Hootsuite", "a study commissioned by the Gates Foundation": who a
# work is made with or paid by is a body (on the development pages, every such name the gold could list it did)
_PARTNERS = re.compile(r"\b(?:in\s+(?:partnership|collaboration)\s+with|partnered\s+with|(?:commissioned|sponsored|"
                       r"funded)\s+by)\s+(?:the\s+)?(?P<list>" + _ITEM + r"(?:,\s+" + _ITEM + r"){0,6}(?:,?\s+and\s+"
                       + _ITEM + r")?)(?![\w’'-])"
                       # ("in partnership with the Bahamian people": an adjective before the partners' common noun)
                       r"(?![ \t]+(?:people|public|government|community|communities|citizens|nation|residents|"
                       r"workers|families|taxpayers|diaspora)\b)")


# a firm's legal or trade word closing its name ("… Belle Architects LLP")
_FIRM_END = re.compile(r"\b(?:LLP|LLC|Inc\.?|Ltd\.?|PLC|plc|GmbH|Architects|Partners|Associates)$")


def _firm_whole(items: list[str]) -> list[str]:
    """A firm named after its partners with commas ("Beyer, Blinder, Belle Architects LLP") as the one name: single
    surnames before a name closed by a firm's word are no bodies of their own."""
    if len(items) > 1 and _FIRM_END.search(items[-1]) and all(len(i.split()) == 1 for i in items[:-1]):
        return [" ".join(items)]
    return items


def _kind_lists(text: str) -> list[tuple[int, str]]:
    """Names a list introduces with the kind of body they are, or as a work's partners or funders."""
    names: list[tuple[int, str]] = []
    lists = [*_KIND_LIST.finditer(text)] if re.search(r"\b(?:like|such as|including)\s+[A-Z]", text) else []
    lists += [*_KIND_APPOSED.finditer(text)] if re.search(r"[a-z]s,\s+[A-Z]", text) else []
    lists += [*_PARTNERS.finditer(text)] if re.search(r"\b(?:partner|collaboration|[a-z]ed by)", text) else []
    for match in lists:
        for item in _firm_whole(re.split(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+", match["list"])):
            if item and item not in DEMONYMS and item.split()[0] not in _NOT_ARM:
                names.append((match.start("list"), item))
    return names


def _arms(text: str, places: set[str], acronyms: re.Pattern[str]) -> list[str]:
    """"BBC Scotland", "Statistics Canada", "Water UK": a body's word and a country or region."""
    names: list[str] = []
    for match in re.finditer(r"(?<![\w’'-])(?P<a>" + _CAP + r")\s+(?P<b>" + _CAP + r"(?:\s+" + _CAP + r")?)"
                             r"(?![\w’'-])(?!\s+[A-Z])", text):
        first, rest = match["a"], match["b"]
        if rest not in places or rest in _PERSONLIKE or first in _NOT_ARM or first in DEMONYMS or first in places \
                or first.endswith(("’s", "'s")) or f"{first} {rest}" in places:
            continue
        name = f"{first} {rest}"
        # a sentence's first word is capitalised whatever it is ("Yesterday China said"): there, named twice, or
        # a noun that reports ("Statistics Canada reported": no adverb of time or manner)
        opens = _sentence_start(text, match.start()) and text.count(name) < 2 \
            and (first in _OPENERS or first.endswith("ly") or not re.match(re.escape(name) + r"\s+" + _SPEECH,
                                                                         text[match.start():match.start() + 80]))
        if acronyms.fullmatch(first) or (first[1:].islower() and not opens and _acts(name, text)):
            names.append(name)
    return names


# words that open a sentence before a country's name without naming a body: "Yesterday China said"
_OPENERS_WORDS = ("Yesterday Today Tomorrow Meanwhile Now Then Last Next Earlier Later Overall Still Also Instead "
                  "Separately Elsewhere Here There Since Until After Before While When Where Thus Hence So Yet But")
_OPENERS = frozenset(_OPENERS_WORDS.split())
_SPEECH = (r"(?:has\s+|have\s+|had\s+)?(?:said|says|confirmed|warned|noted|reported|estimated|announced|began|"
           r"found|published|released|urged|told|added|predicted|forecast|recorded|called|expects?|data|figures|"
           r"statistics|spokes\w+)\b")


def _acts(name: str, text: str) -> bool:
    """"Water UK confirmed", "according to Statistics Canada": the name speaks or is a source, as a body does
    ("Brexit Britain struggled" does not)."""
    escaped = re.escape(name)
    return bool(re.search(escaped + r"(?:['’]s)?\s+" + _SPEECH, text)
                or re.search(r"\b(?:according\s+to|by|from|at|with|for|told)\s+" + escaped + r"\b", text))


def _sentence_start(text: str, start: int) -> bool:
    """True when ``start`` opens the text, a line or a sentence (where any word is capitalised)."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"“‘:"




# "in THE WALL STREET JOURNAL": a newspaper's name in capitals, as the page set it
_SHOUTED_OUTLET = re.compile(r"\b(?P<name>(?:[A-Z]{2,}\s+){1,5}(?:JOURNAL|TIMES|POST|HERALD|TRIBUNE|GAZETTE|CHRONICLE|"
                             r"TELEGRAPH))\b")

# "a 2022 poll from Gallup", "a survey by YouGov": the one-word name a poll or a study is from is a body's
_STUDY_BY = re.compile(r"\b(?i:poll|survey|study|report|analysis|research)\s+(?:from|by|conducted\s+by)\s+"
                       r"(?P<name>[A-Z][a-zA-Z&]+)\b(?![\s-]+[A-Z])")


def english_cues(text: str, places: set[str], acronyms: re.Pattern[str]) -> list[str]:
    """Organisation names the cues above find in ``text``, first mention first.

    ``places`` are the country and region names the article may use (for the national arms);
    ``acronyms`` matches the well-known acronyms of bodies ("BBC").
    """
    names: list[tuple[int, str]] = []
    # each pattern runs only where its cue is (they would try every capitalised word)
    cued = [pattern for pattern, cue in ((_BASED, "-"), (_FOR_ROLE, " for "), (_FORMERLY, " known as "),
                                         (_WHICH_IS, ", which ")) if cue in text]
    cued += [_FOR_ROLE] if _FOR_ROLE not in cued and re.search(r"\s(?:of|by|from|at)\s", text) else []
    cued += [_WHICH_IS] if _WHICH_IS not in cued and ", that " in text else []
    cued += [_FORMERLY] if _FORMERLY not in cued and " called " in text else []
    for pattern in cued:
        for match in pattern.finditer(text):
            name = match["name"]
            if pattern is _FOR_ROLE or pattern is _WHICH_IS:
                # "… for Children in Need", but not "… for Apple in London": a place ends the name
                head, sep, tail = name.partition(" in ")
                name = head if sep and (tail in places or tail.split()[0] in places) else name
                if pattern is _FOR_ROLE and " " not in name and not _speaks_for(match, text):
                    continue
            if pattern is _WHICH_IS and _sentence_start(text, match.start()) and " " not in name \
                    and name in DEMONYMS:
                continue
            names.append((match.start(), re.sub(r"^(?:The|A|An)\s+", "", name)))
    for match in _OWNER.finditer(text):
        if match["name"] not in {"US", "UK", "EU", "UN", "CEO", "GDP", "AI", "IT", "TV"} or acronyms.fullmatch(
                match["name"]):
            names.append((match.start(), match["name"]))
    if places:
        names += [(text.find(n), n) for n in _arms(text, places, acronyms)]
    names += _kind_lists(text)
    names += [(m.start(), n) for m in _RUNS.finditer(text) for n in _run_names(m) if n not in places] \
        if " runs " in text or " owns " in text or " operates " in text or " controls " in text else []
    names += bare_bodies(text)  # "presented to Parliament", "Treasury is forecasting", "the battle in Congress"
    names += bare_outlets(text)  # "the Mail, the Metro, the Telegraph and more"
    names += [(m.start(), m["name"]) for m in _STUDY_BY.finditer(text) if m["name"] not in places]
    names += [(m.start(), re.sub(r"^The\s+", "", m["name"].title())) for m in _SHOUTED_OUTLET.finditer(text)]
    return [n for _, n in sorted(names) if n and n not in DEMONYMS]


# "the SEC fined", "CDC said": an acronym that speaks or acts is a body's, unless it names a thing ("the GDP
# said" is no sentence; "the ICU", "the NCIB" name things, so an article alone is no cue)
_ACRONYM_BODY = re.compile(r"(?<![\w&/-])(?P<b>[A-Z]{2,6})\s+(?:said|says|announced|reported|estimated|warned|"
                           r"forecast|approved|fined|ruled|confirmed|ordered|"
                           # what an authority does to a case: "GVH wins Auchan's trial", "the CMA blocked the deal"
                           r"wins|won|imposed|blocked|cleared|investigated|launched|issued|published|rejected|"
                           r"decided|concluded|found|upheld)\b"
                           # "the GVH’s decision", "the ECB’s decision": an acronym with "the" that owns what follows
                           r"|\b[Tt]he\s+(?P<o>[A-Z]{2,6})['’]s\s+(?:decision|ruling|investigation|inquiry|report|"
                           r"statement|board|chief|head|spokes\w+|president|director|chair\w*|members?|staff|data|"
                           r"survey|figures|forecast|guidance|rules?|approval|fine|probe)\b")
_THINGS_WORDS = ("CEO CFO COO CTO IPO GDP GNP EV EVS AI LNG EPS ETF SUV URL API PDF ATM DNA HIV AIDS COVID SARS NFT "
                 "VAT GST FDI ESG KPI ROI IT TV PC OK AM PM GMT UTC CPI PPI PMI MP MPS USD EUR GBP CNY RMB JPY INR "
                 "Q1 Q2 Q3 Q4 FY IOU FAQ CBD NBA EBITDA EBIT COVID NOTE UPDATE")
_THINGS = frozenset(_THINGS_WORDS.split()) - {"NBA"}


_CAPITALS_NAME = re.compile(r"(?<![\w&/’'-])(?P<b>[A-Z]{5,12})(?![\w&/’'-])(?=[ \t]+[a-z])")
# "the RBA still expects", "at the RBA", "by the RBA": an acronym the article keeps giving an article to
_THE_ACRONYM = re.compile(r"\b[Tt]he\s+(?P<b>[A-Z]{2,6})\b(?![\w’'-]|\s+[A-Z(])")


def acronym_bodies(text: str, places: set[str]) -> list[str]:
    """Acronyms the text treats as bodies ("PURA said", "the SEC fined", "the RBA" three times), not things
    or places ("the UAE")."""
    names = [m["b"] or m["o"] for m in _ACRONYM_BODY.finditer(text)]
    # a name used with "the" again and again is a body's or a thing's; the things are the listed ones
    counts: dict[str, int] = {}
    for match in _THE_ACRONYM.finditer(text):
        counts[match["b"]] = counts.get(match["b"], 0) + 1
    names += [n for n, count in counts.items() if count >= 3]
    # "GROWMARK officials reported", "GROWMARK net income": a name set in capitals, running into lower-case prose
    # again and again, is a body's (a shouted headline or a lead-in runs into capitals, or stands once)
    shouted: dict[str, int] = {}
    for match in _CAPITALS_NAME.finditer(text):
        shouted[match["b"]] = shouted.get(match["b"], 0) + 1
    names += [n for n, count in shouted.items() if count >= 2]
    return list(dict.fromkeys(_spelt_out(n, text) for n in names if n not in _THINGS and n not in places))


def _spelt_out(acronym: str, text: str) -> str:
    """"UI" → "United Illuminating" when the text spells it out (the initials of a capitalised run)."""
    words = r"[A-Z][a-z’'-]+"
    run = (r"\b" + words + r"(?:\s+(?:of\s+|and\s+|for\s+|the\s+)*" + words + "){" + str(len(acronym) - 1) + "}"
           + r"\b(?!\s+(?:of\s+|and\s+)?[A-Z])")
    for match in re.finditer(run, text):
        # a whole name: no capitalised word just before it ("Confederation of Portuguese Workers" is no "CP")
        whole = not re.search(r"[A-Z][\w’'-]*\s+$", text[max(0, match.start() - 30):match.start()])
        if whole and "".join(w[0] for w in match.group(0).split() if w[0].isupper()) == acronym:
            return re.sub(r"[’'](?:s)?$", "", match.group(0))  # "the Slovak Republic’s office": no possessive
    return acronym


def owned_by_acronym(name: str) -> str | None:
    """"FEMA’s Hazard Mitigation Grant Program" → "FEMA": the acronym that owns what was named."""
    found = re.match(r"^(" + _ACRONYM + r")['’]s\s+", name)
    return found.group(1) if found else None


def is_persons(name: str, text: str) -> bool:
    """A name the article uses as a person's: "Yankel" after "Anthony Yankel"; "Piet Mothepo" when
    "Mothepo" alone speaks ("Mothepo told", "said Mothepo")."""
    words = name.split()
    # (the cheap tests first: most names found are in no such phrase, and a pattern compiled per name is dear)
    if len(words) == 1 and not name.isupper():
        if f" {name}" not in text:
            return False  # no word before it anywhere, so no first name
        # (on one line: a caption's credit or a heading's last word closing the line above is no first name,
        # "Source: Twitter" over "Safaricom dividends")
        first_name = re.search(r"\b([A-Z][a-z]+)[ \t]+" + re.escape(name) + r"\b", text)
        return bool(first_name and first_name.group(1) not in _NOT_ARM and first_name.group(1) not in DEMONYMS
                    and first_name.group(1).lower() not in _KINDS
                    and not re.search(re.escape(first_name.group(1)) + r"\s+(?:said|says|told)\b", text)
                    and first_name.group(1).lower() not in {"the", "a", "an"})
    if len(words) == 2 and all(w[:1].isupper() and w[1:].islower() for w in words) \
            and text.count(words[1]) > text.count(name):  # the surname stands alone somewhere
        first, last = re.escape(words[0]), re.escape(words[1])
        # ("the Council said": a word after "the" is the body's short name, not a surname)
        return bool(re.search(r"(?<!" + first + r" )(?<![Tt]he )\b" + last + r"\s+(?:said|says|told|added|still)\b|"
                              r"\b(?:said|says|told)\s+" + last + r"\b", text))
    return False


# What either pattern of _work_title needs, checked once before a pattern is compiled for a name
_WORK_CUE = re.compile(r"\b(?:author|editor|co-author)\s+of\b|\bjournals?\b")


def _work_title(name: str, text: str) -> bool:
    """"the author of Rethinking Private Authority", "journals such as Nature, International Organization":
    the title of a book or a journal, not a body, however institutional its last word."""
    if not _WORK_CUE.search(text):
        return False  # the patterns below are built per name: most articles need none of them
    escaped = re.escape(name)
    journals = r"\b(?:journals?,?\s+(?:such\s+as|like|including)|such\s+journals\s+as)\s+[^.;]{0,80}?\b"
    return bool(re.search(r"\b(?:author|editor|co-author)\s+of\s+(?:the\s+)?(?:book\s+|report\s+)?" + escaped, text)
                or re.search(journals + escaped, text))


def not_a_body(name: str, text: str) -> bool:
    """A name found by shape that the article uses as a person's or as a work's title."""
    return is_persons(name, text) or _work_title(name, text)


def add_english_cues(text: str, found: dict[str, None], acronyms: re.Pattern[str]) -> None:
    """Add to ``found`` what the cues find, with the article's countries and regions for the national arms."""
    from briefkit.extract.countrycues import country_names
    from briefkit.extract.regions import english_regions

    places = {n for n in country_names("en")[1] if " " in n or len(n) > 2 or n.isupper()}
    places |= {name for _, _, name in english_regions(text, [])}
    for name in [*english_cues(text, places, acronyms), *acronym_bodies(text, places)]:
        found.setdefault(name)
    known = {n.lower() for n in found}
    for name in lower_case_bodies(text):
        if name.lower() not in known:
            known.add(name.lower())
            found.setdefault(name)


# a state's body written in lower case, as some sites write every name: "the ministry of defense", "the state
# department of correctional services", "the national police service"; "the" before it says it is one body (not
# after a name and a comma, where "Conab, the national supply agency" says what the name is)
_LOWER_BODY = re.compile(r"\b[Tt]he\s+(?P<name>(?:(?:[Ss]tate|[Ff]ederal)\s+)?(?:[Mm]inistry|[Dd]epartment)"
                         r"\s+of\s+"
                         r"(?:the\s+)?[A-Za-z]+(?:\s+and\s+[a-z]+|\s+(?:affairs|services|development|security|"
                         r"resources|relations))?"
                         r"|national\s+(?:[a-z]+\s+){0,2}?(?:service|commission|treasury|assembly|authority|council|"
                         r"agency|bureau))"
                         # the name ends where the sentence goes on: a comma, a verb, a preposition
                         r"(?=\s*[,.;:)]|\s+(?:getting|gets|got|has|have|had|is|was|will|would|expected|said|says|"
                         r"which|who|to|for|in|on|at|with|and)\b)")


def lower_case_bodies(text: str) -> list[str]:
    """A ministry, department or national service that the text names in lower case (see ``_LOWER_BODY``)."""
    if not re.search(r"\b(?:ministry|department|national)\s", text):
        return []
    # (a name in capitals throughout is the institutional word's to find: "Ministry of Energy")
    return [m["name"] for m in _LOWER_BODY.finditer(text)
            if any(w[:1].islower() for w in m["name"].split() if w not in {"of", "the", "and"})
            and not _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())]


_NAME_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:\s+\([^()]*\))?,\s+$")
