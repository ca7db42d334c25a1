"""Shapes of capitalised runs that name no organisation, whichever rule or scorer found them.

Each test here reads the name's own words (and, for a person, the words the article writes before it), so it
holds on a page from any site: a person's office on its own ("Finance Minister", "Treasurer"), the people of a
country ("Togolese", "Tajik"), a title-case headline run across a body's name ("Paid Tribute To Him The
Cabinet"), a date run into a name ("Council of Ministers of Wednesday May", cut to the body by
:func:`without_date_tail`), an event ("Energy Summit"), "the Federal Government" (as "the government", no body by
the corpus's convention), and a person named after the office or trade the article gives them ("Mayor Les
Hotz", "camera operator Ryan Bascombe").  Used by :func:`briefkit.extract.entities.may_be_body`, the test every
name found must pass.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefkit.extract.countrycues import country_names
from briefkit.extract.givennames import is_given_name
from briefkit.extract.orgshapes import ORG
from briefkit.extract.places import is_place

# a person's office, the last word of a name that holds no body's word ("Finance Minister", "Prime Minister",
# "Treasurer"); "Office of the President" keeps its body's word and stays
_OFFICES_TEXT = """Minister Ministers Treasurer Governor Mayor Premier Chancellor Senator Secretary President
Chairman Chairwoman Chairperson Speaker Councillor Councilor Commissioner MP PM CEO Spokesperson Spokesman
Spokeswoman"""
_OFFICES = frozenset(_OFFICES_TEXT.split())
# the opening of a person's seat ("Member of Parliament", "Members of Cabinet", "Managing Director of News")
_SEAT = re.compile(r"^(?:Members?|Managing\s+Director|Head|Leader)\s+of\s")
# words a headline writes in capitals and a body's name never holds after its first word ("… To Him The Cabinet",
# "Kuwait A Cabinet", "… Is Planned In Kuwait The"); "of The", "for The" may open a body's own name ("Bank of The
# Bahamas")
_HEADLINE_WORDS_TEXT = ("The A An To By Is Are Was Were In On At From With Him Her His Into Over Be Will Has "
                        "Have Had As")
_HEADLINE_WORDS = frozenset(_HEADLINE_WORDS_TEXT.split())
_DAYS_TEXT = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
_DAYS = frozenset(_DAYS_TEXT.split())
# a demonym's endings after its country's name ("Togo" + "lese", "Kenya" + "n", "Ghana" + "ian")
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "lese", "nese", "i", "ish", "ic", "ean")
# lower-case words for a person's office or trade, written before their name ("camera operator Ryan Bascombe",
# "chief executive Jane Roe"): a firm's kind ("retailer John Lewis", "bank Morgan Stanley") is none of them
_PERSON_ROLES_TEXT = """operator governor mayor minister president chairman chairwoman chair chairperson
spokesperson spokesman spokeswoman director secretary reporter correspondent journalist editor photographer
cameraman economist analyst manager officer founder leader executive commissioner councillor councilor treasurer
senator lawmaker legislator judge lawyer attorney professor researcher scientist adviser advisor candidate
resident owner member deputy boss colleague premier speaker coach player presenter host anchor"""
_PERSON_ROLES = frozenset(_PERSON_ROLES_TEXT.split())
_TITLES_TEXT = """Mayor Governor President Minister Premier Senator Chairman Chairwoman Commissioner Councillor
Treasurer Judge Justice Mr Mrs Ms Dr Prof Sir Dame Hon Rep Sen Gov"""
_TITLES = frozenset(_TITLES_TEXT.split())
# an event's last word ("Energy Summit", "Indonesian Asian Games", "News Literacy Week"): held, not a body
_EVENTS_TEXT = "Games Summit Conference Festival Expo Week Olympics Championship Championships Cup Awards Marathon"
_EVENTS = frozenset(_EVENTS_TEXT.split())
# "the Federal Government", "the Central Government": a country's government by a common word, none by convention
# ("the government" is none); "Scottish Government", "Government of Canada" name whose it is and stay
_GENERIC_GOVERNMENT = re.compile(r"(?:Federal|Central|National|State|Local|General|Provincial|Regional|Union|"
                                 r"Municipal)\s+(?:Government|Administration)")
# a pronoun or a pointer standing alone ("Its chief executive said"): a sentence's opening, never a name;
# and a state's own word alone ("President of the Republic", "the Kingdom"): the country, no body in it
_POINTERS_TEXT = ("It Its They Their Them We Our Us He She His Her This That These Those Republic Kingdom Nation "
                  "Federation Commonwealth State Sultanate Emirate Principality")
_POINTERS = frozenset(_POINTERS_TEXT.split())
# a body's kind opening a sentence before its name ("Lender Corvane raised its rate", "Regulator Ofgem said"): the
# kind is no part of the name ("Bank Negara", "Union Pacific", "Network Rail" open on words left out here)
_KIND_OPENING = re.compile(r"^(?:Lender|Regulator|Watchdog|Retailer|Broadcaster|Carmaker|Automaker|Insurer|Miner|"
                           r"Chipmaker|Drugmaker|Supermarket|Publisher|Conglomerate|Rival)\s+(?=[A-Z])")
# a clause's opening run on into a body's name ("While the Ministry revealed …", "Although the Community and
# Voluntary Sector …"): a conjunction and a lower-case article ("After School Matters" keeps its capitals)
_CLAUSE_OPENING = re.compile(r"^(?:While|When|After|Before|Since|Although|Though|Because|If|Once|Until|Unless|"
                             r"Whereas|During|Following|Despite)\s+(?:the|a|an|its|their|our)\s")
# a site's menu of sections run together ("News Reports Sports Business", "Previous Post Next Post"): three words
# or more, each a section's or a link's ("Business Report", two words, may be an outlet and stays)
_MENU_TEXT = ("News Reports Report Sports Sport Business Opinion Home Post Posts Previous Next Contact About World "
              "Politics Lifestyle Entertainment Video Videos Photos Latest More Features Travel Health Tech Technology "
              "Science Culture Arts Weather Markets Economy Life Local Editorial Blog Blogs Podcasts Subscribe Login "
              "Search Menu Top Stories")
_MENU = frozenset(_MENU_TEXT.split())
_PERSON_WORD = re.compile(r"[A-Z][a-z’'-]+")
# a place where games are played, goods sold or meetings held ("Gerald McGavin UBC Rugby Centre", "Eastgate Shopping
# Centre", "Miatta Conference Center"): a building, no body ("Public Interest Advocacy Centre" is one)
_VENUE = re.compile(r"\b(?:Rugby|Sports?|Leisure|Aquatics?|Recreation|Fitness|Tennis|Football|Cricket|Golf|Swimming|"
                    r"Curling|Hockey|Convention|Exhibition|Conference|Shopping|Events?|Performing[ \t]+Arts)"
                    r"[ \t]+(?:Centre|Center|Complex|Arena)$")


def not_a_body_shape(name: str, text: str) -> bool:
    """Whether ``name`` reads as no body whatever rule found it: a pronoun or a state's word alone, a clause's
    opening, an office alone, a people, a headline's run, a date run in, an event, a country's government by a
    common word ("Federal Government"), a person the article names after their office, or a menu's run of links
    (see the module)."""
    words = name.split()
    if not words:
        return False
    return name in _POINTERS or bool(_CLAUSE_OPENING.match(name)) or _office_alone(name, words) \
        or _demonym(name) or _headline_run(words) or any(w in _DAYS for w in words[1:]) \
        or (len(words) > 1 and words[-1] in _EVENTS) or bool(_GENERIC_GOVERNMENT.fullmatch(name)) \
        or _person_after_role(name, words, text) or is_menu(name) or bool(_VENUE.search(name))

_DATE_TAIL = re.compile(r"(?<=\w)\s+(?:(?:of|on)\s+)?(?:" + "|".join(sorted(_DAYS)) + r")\b.*$")


def without_date_tail(name: str) -> str:
    """"Council of Ministers of Wednesday May" → "Council of Ministers", "General Administration of Customs
    Monday" → "General Administration of Customs": a day run into the body's name ("Sunday Times" opens on it
    and stays)."""
    return _DATE_TAIL.sub("", name)


def _office_alone(name: str, words: list[str]) -> bool:
    """"Finance Minister", "Treasurer", "PM", "Members of Cabinet": a person's office, with no body of its own."""
    return (words[-1] in _OFFICES and not ORG.search(name)) or bool(_SEAT.match(name))


@lru_cache(maxsize=4096)
def _demonym(name: str) -> bool:
    """"Togolese", "Kenyan", "Tajik": one word that is a country's name with a people's ending, or that the
    country's name begins with ("Tajik" in "Tajikistan")."""
    if " " in name or not name[:1].isupper() or not name[1:].islower() or len(name) < 4:
        return False
    for country in country_names("en")[1]:
        if " " in country or len(country) < 4:
            continue
        if name.startswith(country) and name[len(country):] in _DEMONYM_ENDINGS:
            return True
        if name.startswith(country[:-1]) and name[len(country) - 1:] in _DEMONYM_ENDINGS:
            return True  # "Kenya" → "Kenyan", "Ghana" → "Ghanaian", "China" → "Chinese"
        if country.startswith(name) and 0 < len(country) - len(name) <= 5 and country.endswith("stan"):
            return True
    return False


def _headline_run(words: list[str]) -> bool:
    """A name holding, after its first word, a word only a headline capitalises ("Paid Tribute To Him The
    Cabinet"); "of The …", "for The …" may be a body's own ("Bank of The Bahamas")."""
    return any(w in _HEADLINE_WORDS and words[i - 1] not in {"of", "for", "and"}
               for i, w in enumerate(words) if i > 0)


def _person_after_role(name: str, words: list[str], text: str) -> bool:
    """"Mayor Les Hotz", "camera operator Ryan Bascombe": a given name and a surname, no body's word, that the
    article writes after a person's title or the lower-case word for a person's office or trade."""
    if not 2 <= len(words) <= 3 or not all(_PERSON_WORD.fullmatch(w) for w in words) \
            or not is_given_name(words[0]) or ORG.search(name) or is_place(name):
        return False
    for found in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w-])", text):
        before = re.search(r"([A-Za-z]+)\.?[ \t]+$", text[max(0, found.start() - 30):found.start()])
        if before and (before.group(1) in _TITLES or before.group(1) in _PERSON_ROLES):
            return True
    return False


def without_kind_opening(name: str) -> str:
    """"Lender Corvane" → "Corvane": a body's kind capitalised at a sentence's opening, before a name that is no
    body's shape of its own ("Regulator Ofgem"; "Charity Commission" keeps its word)."""
    return name if ORG.search(name) else _KIND_OPENING.sub("", name)


def is_menu(name: str) -> bool:
    """"News Reports Sports Business": three words or more, every one a site's section or link, and nothing
    joining them ("News & World Report" is a name's own "&")."""
    words = name.split()
    return len(words) >= 3 and all(w in _MENU for w in words)


# a town's own people and services, in lower case after its name: "reported by Phuntsholing hospital", "according to
# Kamloops police", "said Lismore residents" (the hospital, the police report; the town is where they are)
_LOCAL_STAFF = re.compile(r"[ \t]+(?:hospital|hospitals|police|residents|officials|authorities|health[ \t]+officials|"
                          r"district[ \t]+officials|council|clinic|villagers|locals)\b")


def town_of_staff(name: str, text: str, end: int) -> bool:
    """Whether ``name``, one word ending at ``end`` of ``text``, is a town whose staff or people the words after it
    name in lower case (a body's own name holds its institution's word in capitals: "Phuntsholing Hospital")."""
    from briefkit.extract.places import town_names

    return " " not in name and _LOCAL_STAFF.match(text, end) is not None \
        and (name in town_names() or is_place(name))
