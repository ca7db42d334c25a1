"""One body written two ways in one article, kept once.

- "the Central Bank says …" after "The Bank of Jamaica (BOJ) says …": the generic name, capitalised, of the one
  bank the article names in full is that bank again (where two banks are named, as in a round-up of Latin
  American central banks, it may be a third and stays);
- "Georgian National Bank" beside "National Bank of Georgia": the country's adjective before a body's words and
  the same words "of" the country are one body, the "of" spelling kept (as the corpus lists it);
- "Finance Ministry" beside "Ministry of Finance": a ministry's or a department's remit before its head word and the
  same remit after "of" are one body, the first spelling kept (on an unseen page the second was a spurious body);
- "Health Ministry" beside "Union Health and Family Welfare Ministry": one remit of a ministry of several is that
  ministry written short, the whole name kept.
"""

from __future__ import annotations

import re

from briefkit.extract.regions import adjective_countries

# the capitalised generic names a central bank goes by once the article has named it
_GENERIC_BANKS = frozenset({"Central Bank"})
_BANK_OF = re.compile(r"\bBank\s+of\s+[A-Z]")


def without_repeats(names: list[str]) -> list[str]:
    """``names`` less the second spellings described above, first mention order kept."""
    banks = [n for n in names if n not in _GENERIC_BANKS and _BANK_OF.search(n)]
    kept = [n for n in names if not (n in _GENERIC_BANKS and len(banks) == 1)]
    kept = [n for n in kept if not _adjective_spelling(n, kept)]
    kept = [n for i, n in enumerate(kept) if not any(_swapped(n, other) for other in kept[:i])]
    return [n for n in kept if not any(_one_remit_of(n, other) for other in kept)]


_HEADS = frozenset({"Ministry", "Department"})


def _swapped(name: str, other: str) -> bool:
    """"Finance Ministry" and "Ministry of Finance" (either way round): one remit, its head word before or after."""
    for short, long in ((name, other), (other, name)):
        *remit, head = short.split()
        if remit and head in _HEADS and long.removeprefix("the ") in (f"{head} of {' '.join(remit)}",
                                                                      f"{head} of the {' '.join(remit)}"):
            return True
    return False


def _one_remit_of(name: str, other: str) -> bool:
    """"Health Ministry" beside "Union Health and Family Welfare Ministry" (or "Ministry of Health and Family
    Welfare"): one of a ministry's joined remits before its head word is that ministry written short."""
    *remit, head = name.split()
    if not remit or head not in _HEADS or " and " not in other or head not in other.split():
        return False
    words = other.split()
    # the remit stands whole before "and" or after it, among the other name's remits (not inside a longer word run)
    return any(other_part.split()[-len(remit):] == remit or other_part.split()[:len(remit)] == remit
               for other_part in re.split(r"\s+and\s+|\s+of\s+(?:the\s+)?", " ".join(w for w in words if w != head))
               if other_part)


def _adjective_spelling(name: str, names: list[str]) -> bool:
    """"Georgian National Bank" when "National Bank of Georgia" is among ``names``."""
    adjective, _, rest = name.partition(" ")
    if not rest or not adjective[:1].isupper() or " " not in rest:
        return False
    for other in names:
        owner = other.removeprefix(rest + " of ") if other.startswith(rest + " of ") else ""
        # "Georgian" of Georgia, "Kenyan" of Kenya by their spelling; "French" of France by the demonyms' list
        if owner and (adjective.startswith(owner[:max(4, len(owner) - 1)]) or owner in adjective_countries(adjective)):
            return True
    return False
