"""Names that are a person's job, not a body: "Head of Banking", and the unit a role heads inside a body.

"Hannah Terrey, Head of Policy and Campaigns at the Charities Aid Foundation" and "Uche Uwaleke, Head of
Banking and Finance Department, Nasarawa State University" (a charity's press release and a Nigerian paper)
name one body each, the foundation and the university: what stands between the role and "at" (or the comma
before the body's name) is the person's department or brief, however its capitals or its last word look.
A name that opens on a role is the role and the body after it ("General Manager of Funding Information Service"
is the service), or the role alone ("Head of Banking").
"""

from __future__ import annotations

import re

_ROLE = r"(?:Head|Director|Deputy\s+Director|Assistant\s+Director|Manager|Chief|Lead|Professor|Lecturer|Dean)"
# roles that open a name a pattern took whole ("General Manager of Funding Information Service")
_ROLE_OPENING = (r"(?:(?:General|Deputy|Assistant|Executive|Managing|Senior)\s+)?(?:Head|Directors?|Managers?|Chief|"
                 r"Professor|Lecturer|Dean|Chief\s+Executive(?:\s+Officer)?|Chairman|Chairwoman|Chairperson|"
                 r"Vice[\s-]+President|Secretary[\s-]+General|"
                 # "Governor of Bank of Namibia, Johannes !Gawaxab": the governor's bank
                 r"Governor|President)")
_OPENS_ON_ROLE = re.compile(r"^" + _ROLE_OPENING + r"\s+of\s+")
# what follows the unit: "at (the) Name" or ", Name … University" (a body's word closes the body's name)
_BODY_AFTER = (r"(?:[ \t]+at[ \t]+(?:the[ \t]+)?[A-Z]|,[ \t]+(?:the[ \t]+)?(?:[A-Z][\w&'’-]*[ \t]+){0,5}"
               r"(?:University|College|Institute|School|Hospital|Bank|Council|Foundation|Trust|Agency|Authority|"
               r"Commission|Ministry|Company|Corporation|Group)\b)")


_UNIT = re.compile(r"\b" + _ROLE + r"\s+of\s+(?:the\s+)?(?:[A-Z][\w&'’-]*|and|of|for|&)(?:[ \t]+(?:[A-Z][\w&'’-]*|and|"
                   r"of|for|&)){0,6}(?=" + _BODY_AFTER + r")")


# "Analyst Koji Endo of SBI Securities", "Jane Roe of the Kiel Institute": a person (a role before the name or
# not) and the body after "of"
_PERSON_OF = re.compile(r"^(?:(?:Analyst|Economist|Strategist|Professor|Dr|Researcher|Director|Chairman|Spokesman|"
                        r"Spokeswoman|Spokesperson)\s+)?(?P<who>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})\s+of\s+"
                        r"(?:the\s+)?(?P<body>[A-Z].*)$")


def _persons_words(words: str) -> bool:
    """A given name, then one or two surnames: a person's name (not "General Administration": no body's word)."""
    from briefkit.extract.givennames import is_given_name
    from briefkit.extract.orgshapes import ORG
    from briefkit.extract.places import is_place

    first, *rest = words.split()
    return is_given_name(first) and not is_place(first) and not any(is_place(w) for w in rest) \
        and not ORG.search(words)


def without_role(name: str) -> str:
    """"General Manager of Funding Information Service" → "Funding Information Service": a role opening a name
    found by shape is the person's, the body follows it; "Head of Banking" names no body ("")."""
    person = _PERSON_OF.match(name)
    if person and _persons_words(person["who"]):
        return person["body"]  # "Analyst Koji Endo of SBI Securities": the analyst's firm
    role = _OPENS_ON_ROLE.match(name)
    if not role:
        return name
    from briefkit.extract.orgshapes import WHOLE_ORG

    rest = re.sub(r"^the\s+", "", name[role.end():])
    return rest if WHOLE_ORG.match(rest) and rest[:1].isupper() else ""


def without_units(text: str) -> str:
    """``text`` with each role and the unit it heads inside a body written in lower case ("Head of Policy and
    Campaigns at the Charities Aid Foundation" → "head of unit at the Charities Aid Foundation"), so that no
    pattern takes the unit for a body; the body after it stays."""
    if " of " not in text:
        return text
    return _UNIT.sub("head of unit", text)


# "Subsidy Reinvestment and Empowerment Programme", "Public Sector Development Programme", "the Open Access
# Program": a programme is something a body runs, not a body (README: programmes are no organisations), seen on
# Nigerian, Pakistani and American pages alike; the United Nations' programmes are bodies of their own ("World
# Food Programme", "United Nations Development Programme")
_PROGRAMME = re.compile(r"\bProgram(?:me)?$")
_UN_BODY = re.compile(r"^(?:the\s+)?(?:United\s+Nations|UN|World)\b")


def programme(name: str) -> bool:
    """A programme's name, not a body's (the United Nations' own programmes left as bodies)."""
    return bool(_PROGRAMME.search(name)) and not _UN_BODY.match(name)


# A governing organ of a body, written with the body it belongs to: "the Monetary Policy Committee of the Bank of
# Ghana", "the World Bank's Board of Executive Directors", "CBN's Monetary Policy Committee".  A central bank's
# committee or a lender's board acts in the story and the body it belongs to is named through it, so both are
# listed (README, stop 35); a single-word organ ("Council of the European Union") is one body's name.
_ORGAN_WORD = re.compile(r"\b(?:Committee|Board|Directors|Governors|Commission|Council|Directorate|Panel)\b")
_ORGAN_OF_BODY = re.compile(r"^(?P<organ>.+)\s+of\s+the\s+(?P<body>[A-Z].*)$")
_BODY_S_ORGAN = re.compile(r"^(?P<body>[A-Z][^’']*)['’]s\s+(?P<organ>[A-Z].*)$")
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _is_organ(words: str) -> bool:
    return len(words.split()) >= 2 and bool(_ORGAN_WORD.search(words)) and words[:1].isupper()


def _is_parent(words: str) -> bool:
    from briefkit.extract.orgshapes import ORG

    return bool(ORG.fullmatch(words) or _ACRONYM.fullmatch(words))


def organ_and_body(name: str) -> list[str]:
    """``name`` as the bodies it names: an organ written with its body ("Monetary Policy Committee of the Bank of
    Ghana", "World Bank's Board of Executive Directors") is the organ and the body; any other name is itself."""
    for shape in (_ORGAN_OF_BODY, _BODY_S_ORGAN):
        match = shape.match(name)
        if match and _is_organ(match["organ"]) and _is_parent(match["body"]) and not _is_organ(match["body"]):
            return [match["organ"], match["body"]]
    return [name]
