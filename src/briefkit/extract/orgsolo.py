"""One-word bodies named without an institutional word, found by what the sentence does with them.

News copy names companies, charities, regulators and outlets by a single word
("Ofgem alleges", "FareShare reports", "the BSP's policy rate", "DairyNZ
estimating") as often as by a full name with "Council" or "Ltd" in it.  Five
general cues, each checked against the article's people and common words:

- the name does what a body does in the present tense or with an auxiliary
  ("Ofgem alleges", "PBO has projected", "FareShare reports"): the past-tense
  speech verbs are :func:`briefkit.extract.orgs_en.add_speakers`' own;
- the name is written in a brand's mixed case ("FareShare", "DairyNZ",
  "ComVoices"): people's names in mixed case open on a prefix ("McGrath",
  "DeWine") and are left to the people checks;
- the one a speaker "told", by a name that is no person's ("told Third
  Sector"): the outlet that reported it;
- a political party by its short name ("Labour", "the Conservatives"), a
  class no shape finds;
- an acronym owns something in lower case ("the BSP's key rate", "NASA's
  budget"): an acronym with an owner's apostrophe is an institution's, save
  the economic and technical terms of :data:`~briefkit.extract.orgshapes.NOT_ACRONYM`
  and :data:`_TERMS`.

A capitalised word that opens a sentence and that the article also writes in
lower case is a common word, not a name ("Many expect", "Demand estimates").
"""

from __future__ import annotations

import re

from briefkit.extract.givennames import is_given_name
from briefkit.extract.orgcues import DEMONYMS
from briefkit.extract.orgshapes import LEADING, MONTH, NOT_ACRONYM, NOT_ORG, OFFICE_WORDS
from briefkit.extract.wordfind import has_word

# verbs a body does that a person's surname rarely takes in news copy (present tense, or after an auxiliary)
# (a verb that is also a plural noun, "Demand estimates", "Sales records", needs an auxiliary or a name that does
# not open the sentence)
_VERBS = (r"announces|warns|urges|confirms|alleges|alleged|predicts|predicted|expects|operates|employs|owns|"
          r"insists|argues|publishes|launches|projected|issued|published|released|estimated|recorded|launched")
_NOUN_VERBS = r"reports|estimates|projects|issues|releases|forecasts|records|plans|claims|states|notes|finds"
_ACTS = re.compile(r"(?<![\w’'&.-])(?P<name>[A-Z][a-z]{2,}(?:[A-Z][A-Za-z]*)?|[A-Z]{2,6})"
                   r"(?P<aux>[ \t]+(?:has|have|had|also|now|still))?[ \t]+(?:(?P<verb>" + _VERBS + r")|" + _NOUN_VERBS
                   + r")\b")
# "FareShare", "DairyNZ", "ComVoices", "AgriSA": a brand's mixed case (not "McGrath", "DeWine", "MacLeod")
_MIXED = re.compile(r"(?<![\w@#/.’'&-])(?P<name>[A-Z][a-z]{2,}[A-Z][A-Za-z]*)(?![\w@/’'&-]|\.[a-z])")
_PERSON_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|Della|Del|Dos|Des|St)[A-Z]")
# "the BSP’s key policy rate": an acronym owning a thing named in lower case
_OWNS = re.compile(r"(?<![\w’'&.-])(?P<name>[A-Z]{3,6})['’]s[ \t]+[a-z]")
# acronyms that are terms, not bodies (beside NOT_ACRONYM's): what an owner's apostrophe also follows
_TERMS = frozenset(["ETF", "ESG", "NFT", "LNG", "GST", "EVS", "SUV", "IPO", "ATM", "APR", "ROI", "DNA", "HIV",
                    "AIDS", "SARS", "MERS", "NHS", "FAQ", "USB", "APP", "ICT", "STEM", "LGBT", "GCSE", "SAT", "EBIT",
                    "EBITDA", "OPEX", "CAPEX", "YOY", "QOQ", "MOM", "CEO", "CFO", "COO", "CTO", "MD", "OK"])


# "an Oxfam report", "a Gallup poll", "the Nielsen survey": a one-word name before what a body publishes or who
# speaks for it is the body's (not "a Monday report", "a British study", "the Budget statement": a day, a people,
# or a word the article also writes in lower case)
_PUBLISHES = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Tt]he)[ \t]+(?P<name>[A-Z][a-z]{2,}(?:[A-Z][A-Za-z]*)?)[ \t]+"
                        r"(?:report|study|survey|poll|analysis|spokes(?:person|man|woman)|statement|data|index)\b")
_WEEKDAY = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")
# "Megaworld posted a 9% gain in profit", "Safaricom has recorded a 1.7% drop in net profit": a period's result
# is a company's, whatever verb reports it
_RESULT = re.compile(r"(?<![\w’'&.-])(?P<name>[A-Z][a-z]{2,}(?:[A-Z][A-Za-z]*)?)(?:[ \t]+(?:has|have|had|also))?"
                     r"[ \t]+(?:posted|booked|logged|reported|recorded|swung[ \t]+to)[ \t]+(?:a[ \t]+|an[ \t]+)?"
                     r"(?:[^.;\n]|\.(?=\d)){0,30}?\b(?:net[ \t]+)?(?:profits?|loss|losses|revenues?|sales|income|"
                     r"earnings|turnover)\b")


# Political parties by the short names news copy gives them ("Labour -led administration", "Labor's first budget",
# "the Conservatives, upon their election"): no institutional word and no cue but their name, so the class is listed
# (the parliamentary parties of the UK, Ireland, Australia and New Zealand, as the corpus's pages name them; US
# "Democrats" and "Republicans" name members, not the party, in its gold).  Not inside a longer name ("Labour Force
# Survey", "Department of Labor", "Labor Department").
_PARTY = re.compile(r"(?<![\w’'-])(?<!of )(?<!of the )(?P<name>Labour|Labor|Conservatives|Tories|Liberal Democrats?|"
                    r"Lib Dems|Greens|Plaid Cymru|Sinn F[ée]in|Fine Gael|Fianna F[áa]il|Te P[āa]ti M[āa]ori)"
                    r"(?![\w-]|['’](?!s\b)|[ \t]+(?:of[ \t]+)?[A-Z])")


# "told Third Sector", "told The Star", "told Sky News": whom a speaker tells, by a name that is no person's, is the
# outlet that reported it (a person is told by a given name and a surname; "the" before it is VIA's in orgshapes)
_TOLD = re.compile(r"\btold[ \t]+(?P<name>(?:The[ \t]+)?[A-Z][\w&’'-]+(?:[ \t]+[A-Z][\w&’'-]+){0,2})(?=[ \t]*[,.;:]|"
                   r"[ \t]+(?:that|on|in|last|this|he|she|they|it|the|a|an)\b)")
# plural nouns of people a speaker tells: "told Senators", "told Councillors"
_PEOPLE = re.compile(r"(?:ors|ers|ents|ists|ians|ives|men|women|ees|ants)$")


def _common_word(name: str, text: str) -> bool:
    """``name`` written in lower case elsewhere in ``text``: a common word capitalised at a sentence's start."""
    return has_word(text, name.lower(), left="’'-", right="’'-")


def _opens(text: str, start: int) -> bool:
    """``start`` opens the text, a line or a sentence (where every word is capitalised)."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"“”:"


def _in_prose(text: str, start: int) -> bool:
    """The line holding ``start`` is prose (ten words or more, lower-case words among them, a sentence's full
    stop), not a menu, a tag list, a teaser or a subscription prompt."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    words = line.split()
    return len(words) >= 10 and sum(1 for w in words if w[:1].islower()) >= 4 \
        and bool(re.search(r"[.!?][”\"]?\s", line + " "))


def solo_bodies(text: str) -> list[str]:
    """One-word organisation names the cues above find in ``text``, first cue first (people not yet ruled out)."""
    names: list[str] = []
    for match in _ACTS.finditer(text):
        name = match["name"]
        if name in NOT_ORG or name in OFFICE_WORDS or name in NOT_ACRONYM or MONTH.match(name) \
                or LEADING.match(name + " "):
            continue
        if name[1:].islower() and (name.endswith("s") or _common_word(name, text)):
            continue  # "Numbers rose", "Demand expects": a plural or a common word, no name
        if not (match["aux"] or match["verb"]) and _opens(text, match.start()):
            continue  # "Demand estimates vary": a noun compound opening the sentence
        if is_given_name(name):
            continue  # "Donald claims": a person called by a first name, as teasers and columns do
        names.append(name)
    for match in _MIXED.finditer(text):
        name = match["name"]
        first = re.match(r"[A-Z][a-z]+", name)
        if not _PERSON_PREFIX.match(name) and name not in NOT_ACRONYM and _in_prose(text, match.start()) \
                and not (first and is_given_name(first.group(0))):  # "SaqibSherani": a name run together
            names.append(name)
    for match in _OWNS.finditer(text):
        name = match["name"]
        if name not in NOT_ACRONYM and name not in _TERMS and _in_prose(text, match.start()):
            names.append(name)
    for match in [*_PUBLISHES.finditer(text), *_RESULT.finditer(text)]:
        name = match["name"]
        if name not in NOT_ORG and name not in OFFICE_WORDS and not MONTH.match(name) and not _WEEKDAY.match(name) \
                and name not in DEMONYMS and not LEADING.match(name + " ") and not is_given_name(name) \
                and not _common_word(name, text) and _in_prose(text, match.start()):
            names.append(name)
    names += [m["name"] for m in _PARTY.finditer(text) if _in_prose(text, m.start())]
    for match in _TOLD.finditer(text):
        words = match["name"].removeprefix("The ").split()
        if not (len(words) == 1 and _PEOPLE.search(words[0])) and not is_given_name(words[0]) \
                and words[0] not in NOT_ORG:
            names.append(" ".join(words))
    return list(dict.fromkeys(names))
