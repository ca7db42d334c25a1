"""Capitalised words a page prints where a byline could stand that name no writer.

Kinds seen across unrelated sites (news portals in Malaysia, New Zealand, the US; police and university pages):

- interface and product words: a widget's heading ("Most Commented", "Most Read", "Top Stories", "Related
  Articles"), a subscription offer ("Monthly Plan", "Viva Premium"), an appeal's label ("Witness Appeal");
  no person's name holds such a word (:data:`INTERFACE_NAME_WORDS`, shared with
  :mod:`briefkit.extract.interfacewords`);
- an institution printed as the byline ("by University of Wyoming"): README convention, the source, no author;
- a clause after a transcript's "記者:" label, a Chinese paper's name in pinyin ("Jie Fang Ri Bao");
- an item of a bulleted menu ("  • Te Kuiti" among other towns): a byline stands alone, never in a list;
- an office's title ("Prime Minister" under a speech's title): the speaker's office, no name;
- a heading over a part of the piece: its summary ("Key Takeaways", "Key Points"), contents or apparatus;
- a heading's capitalised words ("Meta Outage Sparks Surge in Downdetector Reports"), two of which the page
  writes in lower case as common nouns;
- the next field's label run into the value ("巴士佬 時間:" from "作者: 巴士佬 時間: 2025-1-14"): a name never
  ends in a colon;
- a Chinese body credited as an editor ("編輯:貿促會駐外代表處澳門"): a person's name is two to four
  characters, never one of five or more holding an office's word (處, 會, 局…);
- a post-nominal after a name ("Josh Willie MP", "Jane Doe QC", "Tom Lee PhD") is an honour or a seat, no part of
  the name: :func:`without_postnominals`;
- a place ("Metropolitan Calgary was the top contributor …", "Greater Manchester"): a name that holds a
  country, region or city and no given name of anyone's is the place, not a person ("Jim Preston",
  "Riley Kennedy", whose surnames are towns, have a given name first).
"""

from __future__ import annotations

import re

from briefkit.extract.agencies import is_agency
from briefkit.extract.givennames import common_noun, is_given_name, lower_words
from briefkit.extract.interfacewords import NAME_WORDS
from briefkit.extract.listmarks import BULLETS

_NAME_WORD = re.compile(r"(?i)^(?:" + "|".join(NAME_WORDS) + r")$")
# "University of Wyoming", "Wyoming State University", "Institute for Fiscal Studies": a body, not a person;
# "Central Bank Board", "Budget Committee": a board is no writer either, even where a sentence opens "By a
# unanimous decision, the Central Bank Board decided…" and reads like a byline
_INSTITUTION = re.compile(r"(?i)\b(?:bank|board|committee|parliament|government|"
                          r"university|college|institute|ministry|department|council|association|"
                          r"foundation|society|agency|commission|authority|bureau|federation|chamber|union|"
                          r"organi[sz]ation|corporation|company|school|hospital|centre|center|"
                          # a research house or a firm credited as a byline ("By Databank Research")
                          r"research|holdings|securities|consulting|consultancy|secretariat|ltd|plc|llc|"
                          r"limited|incorporated|analytics|economics\s+team|insights)\b")
_CLAUSE = re.compile(r"[。？！，；：?!「」“”]")
_PINYIN_PAPER = re.compile(r"\b(?:Ri|Wan|Zhou|Shang|Fa|Qing\s?Nian|Jing\s?Ji)\s?Bao$")
_BULLET = re.compile(rf"^\s*(?:[{BULLETS}*]|-\s)")
_LABEL_END = re.compile(r"[:：]\s*$")
# an office's or body's word inside a Chinese name of five characters or more: 處/处 (office), 會/会 (council),
# 局 (bureau), 署, 委, 院, 部, 辦/办, 社, 站, 中心, 發布/发布 (a release's issuer)
_ZH_BODY = re.compile(r"^[\u3400-\u9fff]{5,}$")
_ZH_BODY_WORD = re.compile(r"[處处會会局署委院部辦办社站]|中心|發布|发布")
# Seats and honours written after a name: members of parliaments and assemblies (MP, MLA, MHA, MPP, MSP, MEP, MHK,
# TD), counsel (QC, KC, SC, and SAN, Nigeria's Senior Advocate), degrees (PhD, MD, MBA), orders (OBE, MBE, CBE, KBE,
# DBE, CMG) and professional charters (CFA, CPA, FCA); "Jr." is the name's own and stays
_POSTNOMINAL_WORD = (r"(?:M\.?P\.?|MLA|MHA|MPP|MSP|MEP|MHK|MNA|TD|QC|KC|SC|SAN|JP|Ph\.?D\.?|MD|MBA|"
                     r"OBE|MBE|CBE|KBE|DBE|CMG|FRS|CFA|CPA|FCA|Esq\.?)")
_POSTNOMINAL = re.compile(r"(?:,?\s+" + _POSTNOMINAL_WORD + r")+$")
_POSTNOMINALS_ALONE = re.compile(_POSTNOMINAL_WORD + r"(?:,?\s+" + _POSTNOMINAL_WORD + r")*")


def is_postnominal(text: str) -> bool:
    """Whether ``text`` ("SAN", "QC, OBE") is only the honours or seats written after a name: no outlet."""
    return bool(_POSTNOMINALS_ALONE.fullmatch(text.strip(" .,")))


def without_postnominals(name: str) -> str:
    """``name`` without the seats and honours written after it ("Josh Willie MP" → "Josh Willie") and without a
    wire's or desk's initials run onto it ("Jane Doe TNN", "Jane Doe PTI": "Jane Doe | TNN | Updated …" read
    with its separators lost); a name of one word left is kept whole (the letters could be its own)."""
    bare = _POSTNOMINAL.sub("", name).strip()
    words = bare.split()
    # (a wire's initials, not any outlet's: "Jane Ann DOE" is a surname in capitals; the name before the initials
    # in small letters, as a byline in capitals prints every word so)
    if len(words) >= 3 and _INITIALISM.fullmatch(words[-1]) and (is_agency(words[-1]) or words[-1] in _DESKS) \
            and not any(w.isupper() for w in words[:-1]):
        bare = " ".join(words[:-1])
    return bare if len(bare.split()) >= 2 else name


_INITIALISM = re.compile(r"[A-Z]{2,5}")
# the news services of Indian dailies, which print their initials after a writer as wires do ("Jane Doe | TNN")
_DESKS = frozenset({"TNN", "ENS", "HTC", "IANS", "PTI", "ANI", "UNI"})


# a publication's own desk signing a piece ("作者:編輯部", the editorial office; "本刊", this magazine): no person
_ZH_DESKS = frozenset({"編輯部", "编辑部", "編輯組", "编辑组", "編輯室", "编辑室", "本刊", "本報", "本报",
                       "小編", "小编"})


def zh_body(name: str) -> bool:
    """Whether ``name`` ("貿促會駐外代表處澳門", "駐澳門代表處發布", "編輯部") is a Chinese body's or desk's name, not a
    person's."""
    return zh_desk(name) or bool(_ZH_BODY.match(name) and _ZH_BODY_WORD.search(name))


def zh_desk(name: str) -> bool:
    """Whether ``name`` is a publication's own desk ("編輯部", "本刊"): no writer, though a research group is one."""
    return name in _ZH_DESKS


def interface_name(name: str) -> bool:
    """Whether ``name`` holds a word of a site's interface or offers ("Most Commented", "Viva Premium")."""
    return any(_NAME_WORD.match(w.strip(".,:;|")) for w in name.split())


# the words of a heading over a piece's own parts: its summary ("Key Takeaways", "Key Points", "Main Points", "At a
# Glance", "Key Findings", "Quick Facts"), its contents, opening or close ("Table of Contents", "Introduction",
# "Conclusion") or its apparatus ("Footnotes", "Glossary", "Methodology"): a heading set alone on its line, as a
# byline is, and read as two capitalised words, one a given name ("Key"); no person's name holds such a word
_PART_WORD = re.compile(r"(?i)^(?:takeaways?|summary|overview|recap|glance|contents|introduction|conclusions?|"
                        r"footnotes?|endnotes?|glossary|methodology|disclaimer|faqs?|points|findings|facts|timeline|"
                        r"explainer)$")


def part_heading(name: str) -> bool:
    """Whether ``name`` ("Key Takeaways", "Key Points", "Conclusion") heads a part of the piece, not a person."""
    return any(_PART_WORD.match(w.strip(".,:;|")) for w in name.split())


def institution(name: str) -> bool:
    """Whether ``name`` ("University of Wyoming", "University") is a body's name rather than a person's."""
    return bool(_INSTITUTION.search(name))


def menu_item(name: str, lines: list[str]) -> bool:
    """Whether ``name`` stands only on bulleted lines among other bulleted lines holding no date or credit (a
    menu's items)."""
    found = False
    for i, line in enumerate(lines):
        if name not in line:
            continue
        if not _BULLET.match(line):
            return False
        near = [other for other in lines[max(0, i - 2):i] + lines[i + 1:i + 3] if _BULLET.match(other)]
        # a menu lists two more items at least; a byline set as a list item has its date or read time beside
        # it ("• Jane Doe", "• March 4, 2021", "• 5 min read")
        if len(near) < 2 or any(re.search(r"\d|\b[Bb]y\b", other) for other in near):
            return False
        found = True
    return found


def prose(name: str) -> bool:
    """Whether ``name`` is a clause rather than a name: "有政黨擔心。" after a transcript's "記者:" label (a
    reporter's question), which a name never holds: sentence punctuation, or a colon closing it (the next
    field's label)."""
    return bool(_CLAUSE.search(name) or _LABEL_END.search(name))


def pinyin_outlet(name: str) -> bool:
    """Whether ``name`` is a Chinese paper's name in pinyin ("Jie Fang Ri Bao", "Xin Min Wan Bao": 日报, 晚报),
    printed on a repost's outlet line."""
    return bool(_PINYIN_PAPER.search(name))


# the kind of place a name ends on ("Victoria Island", "Tinubu Square", "Marina Bay"); common surnames that
# are also such words ("Hill", "Park", "Lake", "Wood", "Field") are left out
_PLACE_KIND = re.compile(r"(?i)^(?:island|islands|mall|square|wharf|bay|road|street|avenue|harbou?r|town|city|beach|"
                         r"market|airport|station|estate|junction|district|province|region|village|central|plaza|"
                         r"quay|pier|coast|peninsula|county|crescent|heights|gardens|township|municipality)$")


def place_name(name: str) -> bool:
    """Whether ``name`` ("Metropolitan Calgary", "Western Cape", "Kota Kinabalu", "Tinubu Square") names a
    place: it is a known place as a whole, or it ends on a kind of place, or some run of its words is a
    country, a region of any country, a world region or a city and none of its words is a given name."""
    words = [w.strip(".,;:") for w in name.split()]
    if not words or len(words) > 5 or not all(w.isascii() for w in words):
        return False
    from briefkit.extract.places import known_place  # (lazy: the place lists load on first use)

    if len(words) > 1 and (known_place(" ".join(words).title()) or _PLACE_KIND.match(words[-1])):
        return True
    if any(is_given_name(w) for w in words):
        return False
    return any(known_place(" ".join(words[i:j]).title()) for i in range(len(words))
               for j in range(i + 1, len(words) + 1) if len(" ".join(words[i:j])) >= 4)


# the words of an office's title: "Prime Minister", "Chief Executive Officer", "Vice President", "Secretary General"
_OFFICE_WORD = re.compile(r"(?i)^(?:prime|minister|president|vice|deputy|secretary|general|chief|executive|officer|"
                          r"director|governor|chair|chairman|chairwoman|chairperson|chancellor|premier|mayor|"
                          r"senator|ambassador|spokes(?:person|man|woman)|commissioner|attorney|treasurer|speaker|"
                          r"acting|assistant|associate|managing|head|principal|of|the|and|for)$")


def office(name: str) -> bool:
    """Whether ``name`` is an office's title and no one's name ("Prime Minister" under a speech's title): each
    of its words is a word of an office."""
    return all(_OFFICE_WORD.match(w.strip(".,:;")) for w in name.split())


def headline_words(name: str, lowered: frozenset[str]) -> bool:
    """Whether ``name`` is a heading's words ("Meta Outage Sparks Surge" over "… the outage sparked a surge …"):
    two of its words after the first are common nouns the page writes in lower case (``lowered``), as a
    person's surname seldom is and two of them never are.  A word the name itself prints in small letters is a
    particle of a person's name ("Ana de la Cruz"), no heading's noun."""
    return len([w for w in name.split()[1:] if w[:1].isupper() and common_noun(w.lower().strip(".,'’"), lowered)]) >= 2


def not_writers(names: list[str], lines: list[str], keep: list[str]) -> list[str]:
    """``names`` without interface words, bodies, places, offices, a heading's words and menu items (``keep``:
    names the publisher declared)."""
    long = [n for n in names if len(n.split()) >= 3 and n not in keep]
    lowered = lower_words("\n".join(lines)) if long else frozenset()  # (read only when a name could be a heading)
    return [n for n in names if n in keep or not (
        interface_name(n) or part_heading(n) or institution(n) or prose(n) or pinyin_outlet(n) or place_name(n)
        or office(n) or (n in long and headline_words(n, lowered)) or menu_item(n, lines))]


# "Founded in 2015 by Jane Doe and Tom Lee, the agency …", "a plan tabled by Tom Lee": a passive's agent inside a
# sentence; a credit's "by" follows a credit's words ("Story and photos by", "Written by"), never such a verb
_PASSIVE_BY = re.compile(r"\b(?:(?:co-)?founded|established|led|owned|chaired|created|started|launched|headed|acquired|"
                         r"bought|backed|funded|financed|sponsored|hosted|organi[sz]ed|built|designed|directed|"
                         r"developed|invented|introduced|proposed|tabled|signed|appointed|elected|nominated|replaced|"
                         r"succeeded|killed|arrested|attacked|injured|defeated|coached|managed|run|won|held|given|"
                         r"made|taken|raised|passed|approved|criticised|criticized|praised|opposed|joined)"
                         r"(?:\s+(?:in|on|at)\s+[\w,]+(?:\s+\d{4})?)?\s+by\s+$", re.IGNORECASE)


def passive_agent(name: str, line: str) -> bool:
    """Whether ``name`` on ``line`` is a sentence's passive agent ("Founded in 2015 by Jane Doe …"), no writer:
    the line runs past a dozen words and the name follows such a verb's "by"."""
    at = line.find(name)
    return at > 0 and len(line.split()) > 12 and bool(_PASSIVE_BY.search(line[:at]))
