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

import re
from collections.abc import Callable

from briefkit.extract.givennames import given_name

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
        return False
    if before and before not in _LEADERS and before not in _QUALIFIERS and (not opens or given_name(before)):
        return True  # "Michael Jordan"; not "Yesterday Jordan said"
    # "Jordan Henderson said": a first name before a surname that is no place's or title's word
    # (a city's name as well: "Henderson" is one in Nevada, and "Jordan Henderson" a footballer)
    return bool(after and after.group(1) not in _AFTER_OK)
