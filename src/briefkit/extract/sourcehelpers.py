"""Lines that name an outlet without crediting it as the page's source.

Two kinds a source finder reads wrongly as the page's credit:

- a contribution note at the story's foot ("Reuters contributed to this report", "Some information for this report
  provided by Bloomberg, AP and AFP"): it names the helpers whose copy the page's own writer drew on, never the
  outlet that published the page (that outlet is who the note speaks for);
- a photo caption above the story ending on its picture agency ("Containers are stacked at a port … . AFP"): it
  credits the photograph, not the story; a standfirst repeating the lead with its wire's name glued on ("… is
  offering to buy back its shares.Canadian Press" over "TORONTO — … is offering to buy back …") stays a credit.

And one kind of label value that looks like no outlet yet stands: a Chinese body's full name ("中商产业研究院", a
research institute) under 来源, which is the page's statement of whose text it is, not a spam wrapper's account.
"""

from __future__ import annotations

import re

# (the note's verbs: "contributed to this report", "provided by", "was used in this story", "includes reporting from")
_CONTRIBUTION = re.compile(
    r"\bcontributed\s+(?:additional\s+)?(?:reporting\s+|information\s+)?to\s+th(?:is|e)\s+(?:report|story|article)\b"
    r"|\bcontributed\s+(?:additional\s+)?reporting\b"
    r"|^\W{0,3}(?:some\s+|additional\s+)?(?:information|material|reporting|details)\s+(?:for|in|from)\s+this\s+"
    r"(?:report|story|article)\s+(?:was\s+|were\s+)?(?:provided|supplied|contributed|gathered|taken)\s+(?:by|from)\b"
    r"|\b(?:information|material|reporting)\s+from\s+.{1,80}?\s+(?:was|were)\s+used\s+in\s+this\s+"
    r"(?:report|story|article)\b"
    r"|\bthis\s+(?:report|story|article)\s+(?:includes|contains|uses)\s+(?:information|material|reporting)\s+from\b",
    re.IGNORECASE)


def contribution_note(line: str) -> bool:
    """Whether ``line`` is a note naming who helped with the report ("Reuters contributed to this report")."""
    return len(line) <= 400 and bool(_CONTRIBUTION.search(line))


def helper_only(name: str, lines: list[str]) -> bool:
    """Whether ``name`` is named on the page's ``lines`` only inside contribution notes (at least one): such a
    name is a helper's, not the page's outlet."""
    holding = [line for line in lines if name in line]
    return bool(holding) and all(contribution_note(line) for line in holding)


# a dateline opening the story proper ("BEIJING –", "TORONTO —", "LONDON, May 3 –")
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][\w .]{1,30})?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
                       r"(?:\([^()]{1,30}\)\s*)?[–—-]{1,2}\s")


def caption_credit(paragraph: str, following: str) -> bool:
    """Whether ``paragraph``, ending on an agency's name, is a photo caption over the story: a short paragraph
    followed by ``following``, the story's dateline lead, which it does not repeat (a standfirst repeating the lead
    with its wire glued on is the story's own credit)."""
    core, following = paragraph.strip(), following.strip()
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", core) if s]
    if len(sentences) > 3 or len(core.split()) > 60 or not (dateline := _DATELINE.match(following)):
        return False
    return not _repeats(core, following[dateline.end():])


_RUN = 8
"""Words in a row a standfirst shares with the lead it repeats (a caption restating the news shares a few only)."""


def _repeats(paragraph: str, lead: str) -> bool:
    """Whether ``paragraph`` repeats a run of :data:`_RUN` words of ``lead`` ("Thomson Reuters says it is offering
    to buy back …" over "Thomson Reuters Corp. says it is offering to buy back …")."""
    def runs(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i:i + _RUN]) for i in range(len(words) - _RUN + 1)}
    return bool(runs(paragraph) & runs(lead))


# the endings of a Chinese institution's full name: an institute, an association, a commission, a company, a centre
_INSTITUTION_ZH = re.compile(r"^[\u3400-\u9fff]{2,16}(?:研究院|研究所|研究中心|研究会|研究會|协会|協會|学会|"
                             r"學會|委员会|委員會|基金会|基金會|联合会|聯合會|公司|集团|集團|大学|大學|学院|學院|中心|银行|銀行|"
                             r"交易所|政府|商会|商會)$")


def institution_zh(value: str) -> bool:
    """Whether a Chinese 来源 value is a body's full name ("中商产业研究院", "中国汽车工业协会")."""
    return bool(_INSTITUTION_ZH.match(value.strip()))


# "MOH News" over "The Ministry of Health (MOH) announced …": a government body's initials and "News", its newsroom
_NEWSROOM = re.compile(r"^(?P<initials>[A-Z]{2,6})\s+News$")
_BODY_WORD = r"(?:Ministry|Department|Office|Bureau|Directorate|Secretariat|Authority|Commission|Council)"


def own_newsroom(name: str, text: str) -> bool:
    """Whether ``name`` ("MOH News") is the newsroom of a government body the page names with those initials ("the
    Ministry of Health (MOH)"): a body's own page names no outlet (corpus README), though its section reads as one.
    (An information service's or a broadcaster's initials are an outlet's: only a ministry's kind of word counts.)"""
    match = _NEWSROOM.match(name.strip())
    if not match:
        return False
    body = re.compile(r"\b" + _BODY_WORD + r"\s+(?:of|for)\s+[A-Z][^()]{2,60}?\s+\(" + match["initials"] + r"\)")
    return bool(body.search(text))
