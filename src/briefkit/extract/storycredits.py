"""Outlets a story credits in its own sentences, not in a page-head line.

On pages nobody tuned on, most outlets the rules miss are named only in the story's prose, in a few
forms every newsroom uses whatever its site: the person interviewed "told The Star" or "said in an
interview with the News Agency of Nigeria", a letter "shared with the Saturday Star", the piece was
"originally published in Farmshine", "the Valley Times reported", a dateline's "(AP) —", a Chinese
story's "告訴澎湃新聞" or "据新华社报道".  A newsroom writes itself into its story this way; another
outlet quoted the same way ("according to Bloomberg") is a rival it cites, so these are *candidates*
only: :mod:`briefkit.extract.outletmodel` weighs them beside the furniture's candidates, with what the
name looks like, how often and where the page names it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefkit.extract import agencies, credits, outletscore, wires

# A capitalised name of up to six words ("The Star", "News Agency of Nigeria", "Register-Star"); the small
# words outlets' names hold may join them
_WORD = r"[A-Z][\w&'’-]*(?:\.[A-Za-z]+)*"
_NAME = r"(?P<name>(?:[Tt]he\s+)?" + _WORD + r"(?:\s+(?:of\s+|&\s+|and\s+|the\s+)?" + _WORD + r"){0,5})"
_THE = r"(?:the\s+)?"

# the cue word before the name, by kind: the story speaking to the outlet, or citing it
_BEFORE = {
    "told": r"\b(?:told|telling|tells|confirmed\s+to|said\s+to|speaking\s+to|spoke\s+to|explained\s+to|"
            r"shared\s+with|(?:in\s+)?an?\s+(?:interview|conversation|statement|email|e-mail)\s+(?:with|to))\s+",
    "according": r"\b(?:[Aa]ccording\s+to|reported\s+by|first\s+reported\s+by|cited\s+by)\s+",
    # the story's own first printing ("originally published in Farmshine", "this column appeared in …"); a study
    # "published in BMJ Open" is a journal the story cites, no outlet of the story's
    "published": r"(?:\b(?:originally|first)\s+(?:published|appeared|ran)|\b(?i:this|the)\s+(?:story|article|"
                 r"column|piece|post|report|op-ed|editorial)\s+(?:was\s+|is\s+)?(?:\w+\s+)?(?:published|appeared|"
                 r"ran))\s+(?:in|on|by)\s+",
}
# the cue after the name: the outlet as the teller ("The Valley Times reported", "AP contributed")
_AFTER = r"(?:[’']s?)?\s+(?:has\s+|had\s+)?(?P<verb>reported|reports|learned|learnt|understands|contributed|revealed|" \
         r"wrote|writes|obtained|was\s+told|has\s+seen|saw)\b"
_FINDERS = [(kind, re.compile(cue + _THE + _NAME)) for kind, cue in _BEFORE.items()]
# "confirmed the deal to AFP", "said in a statement to Reuters": a speaker's words given to a wire agency some words
# after the verb; only a listed agency's name counts there ("explained the plan to Parliament" names none)
_TO_AGENCY = re.compile(r"\b(?:confirmed|said|explained|revealed|disclosed|described|gave|sent|made)\b[^.!?]{0,60}?"
                        r"\bto\s+(?:the\s+)?(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})")
_TELLER = re.compile(r"(?:^|(?<=[\s\"“(]))" + _NAME + _AFTER)
# a dateline's agency tag near the lead's start: "KARACHI (Reuters) —", "WASHINGTON (AP) -"
# (a date may follow the name inside the brackets: "PORT MORESBY (PNG Post-Courier, Nov. 13) –")
_DATELINE = re.compile(r"^[^()]{0,100}?\((?P<name>[A-Z][\w .&'’-]{1,40}?)(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                       r"(?:,\s*\d{4})?)?\)\s*(?:[-–—:]|--)")
# Chinese: "告訴澎湃新聞", "接受新华社记者采访", "据新华社报道", "新華社報道"
_ZH_OUTLET = r"(?P<name>[\u3400-\u9fff]{2,10}?(?:日报|日報|晚报|晚報|时报|時報|周刊|週刊|新闻|新聞|网|網|报|報|社|台))"
_ZH_FINDERS = [
    # the outlet right after the verb, at most six characters before its outlet word ("告訴澎湃新聞")
    ("told", re.compile(r"(?:告诉|告訴|接受)" + _ZH_OUTLET.replace("{2,10}?", "{1,6}?") + r"(?:记者|記者|采访|採訪)?")),
    ("according", re.compile(r"(?:据|據|援引|引述)" + _ZH_OUTLET + r"(?:报道|報道|消息|记者|記者)")),
]
# a cue that reads as a name's start but is a sentence's word ("He told Reuters" is fine; "told Monday" is no name)
_NOT_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                        "february", "march", "april", "may", "june", "july", "august", "september", "october",
                        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                        "nov", "dec", "he", "she",
                        "it", "they", "we", "i", "you", "this", "that", "these", "those", "reporters", "journalists",
                        "media", "news", "press", "officials", "parliament", "congress"})


class StoryCredit(NamedTuple):
    """An outlet a story sentence names, the form naming it, and the paragraph's index."""

    name: str
    kind: str  # "told", "according", "published", "teller", "dateline"
    paragraph: int


def _trimmed(name: str) -> str | None:
    """The name without a trailing capitalised word that starts a new sentence part ("Reuters On")."""
    name = re.sub(r"[’']s$", "", name.strip(" .,;:"))
    name = re.sub(r"\s+(?:and|of|the|&)$", "", name)
    bare = re.sub(r"^[Tt]he\s+", "", name)
    if not bare or len(bare) < 2:
        return None
    words = bare.split()
    # ("told Monday" is no name; "shared with the Saturday Star" is: a day's or a month's name opening an outlet's)
    if words[0].lower().rstrip(".") in _NOT_NAMES and not (len(words) >= 2 and (credits.is_outlet(bare)
                                                                   or outletscore.SHAPE.fullmatch(words[-1]))):
        return None
    return name


def story_credits(paragraphs: list[str]) -> list[StoryCredit]:
    """Every outlet the paragraphs credit in one of the story forms, in page order."""
    found: list[StoryCredit] = []
    for index, text in enumerate(paragraphs):
        # ("(LEAD)", "(UPDATE 2)": a wire's tag on its copy, no outlet)
        if index < 3 and (tag := _DATELINE.match(text)) and wires.credit(tag["name"]):
            found.append(StoryCredit(tag["name"].strip(), "dateline", index))
        for kind, pattern in _FINDERS:
            found += [StoryCredit(n, kind, index) for m in pattern.finditer(text) if (n := _trimmed(m["name"]))]
        found += [StoryCredit(n, "teller", index) for m in _TELLER.finditer(text) if (n := _trimmed(m["name"]))]
        found += [StoryCredit(m["name"], "told", index) for m in _TO_AGENCY.finditer(text)
                  if agencies.is_agency(m["name"])]
        if re.search(r"[\u3400-\u9fff]", text[:200]):
            for kind, pattern in _ZH_FINDERS:
                found += [StoryCredit(m["name"], kind, index) for m in pattern.finditer(text)]
    return found
