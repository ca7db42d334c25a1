"""The edges of a headline line: furniture a page sets before or after the headline on the same line, and lines
that are a page's masthead or interface rather than any story's headline.

Each rule states a shape any site can print, not one site's words:

- a Chinese column tag in round brackets before the headline ("(新春走基层)福建屏南…"), or of four characters or
  more after it ("…打救?(现代春秋)"), names the column, as a kicker does; the headline is what is left (a
  column tag in lenticular brackets, 【预算案】, stays by the README's convention);
- a print button after the headline ("… [打印本頁]") is the page's tool, a revision tag ("…的通知(2019修订)") a law
  database's note on the text, not the notice's title;
- a writer's credit after the headline ("法政匯思:也談議事規則修訂 文:冼樂石"): "文:", "撰文:" or "作者:" and a
  name of two to four characters closing the line, or ", By NAME" after an English one;
- an attribution deck run onto the headline by a dash with no space after it ("… in bio-tech utilisation
  -Minister Persaud at bio-safety workshop"): the speaker's line under the headline, joined by the copy;
- a "read more" link before a headline ("詳細內容 »NEXT HEADLINE", "Read more » …") closes one item of a
  listing and runs into the next item's headline: the line is no title of the page;
- a masthead's founding line ("Spokane, Washington  Est. May 19, 1883", "Since 1888") and an organisation's
  name set with its own initials in brackets ("Office of the President (OP)") head the page, not a story.
"""

from __future__ import annotations

import re

from briefkit.extract.wordcount import CJK, word_count

_ZH_COLUMN_TAG = re.compile(r"^[(（][\u3400-\u9fff]{2,8}[)）]\s*(?=[\u3400-\u9fff“「《])")
# ("华小需要“真命天子”打救?(现代春秋)": a column's name of four characters or more may close the headline instead)
# (a document's own status note stays: "(征求意见稿)", "(试行)", "(草案)")
_ZH_COLUMN_AFTER = re.compile(r"(?<=[\u3400-\u9fff”」》?？!！])\s*[(（]"
                              r"(?![^)）]*(?:稿|修订|修訂|草案|试行|試行|暂行|暫行))[\u3400-\u9fff]{4,8}[)）]$")
_WRITER_CREDIT = re.compile(r"\s+(?:文|撰文|作者)\s*[:：／/]\s*[\u3400-\u9fff]{2,4}$")
# "Minus fuel subsidy, plus wahala, By Dan Agbese": a columnist's credit run onto the headline after a comma, a bar
# or a dash (a headline's own "by" has no mark before it: "Cafe run by Jane Doe")
# (a name in title case: "August 14, 2005|By BLOOMBERG NEWS" is a date line with an agency's credit, no headline)
_EN_WRITER_CREDIT = re.compile(r"\s*[,|｜–—-]\s*[Bb]y\s+(?:[A-Z][a-z][\w.'’-]*\s+){1,3}[A-Z][a-z][\w'’-]*$")
# " -Minister Persaud at …": a space before the dash, an office or a courtesy title right after it (a hyphen in a
# compound has neither; "APNU 34% -AFC nets 4%" runs the headline's own list on)
_ATTRIBUTION_DECK = re.compile(r"\s+[-–—](?=[A-Z])(?:Minister|President|Vice[- ]President|Prime\s+Minister|PM|Premier|"
                               r"Governor|Mayor|Councillor|Councilor|Chief|Director|Commissioner|Chairman|Chairperson|"
                               r"Speaker|Senator|Ambassador|Secretary|Dr|Mr|Mrs|Ms|Hon)\b\.?(?:\s+\S+){0,10}$")
_MORE_LINK = re.compile(r"^(?:詳細內容|详细内容|詳情|详情|閱讀全文|阅读全文|閱讀更多|阅读更多|更多|全文|"
                        r"read\s+more|more|continue\s+reading|full\s+story)\s*(?:»|>>|›|→)", re.IGNORECASE)
_FOUNDED = re.compile(r"(?:^|\s)(?:Est\.?|Established|Founded|Since)\s+(?:(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2},?\s+)?"
                      r"(?:1[6-9]|20)\d{2}$")
_ACRONYM_NAME = re.compile(r"^(?P<name>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){1,8})\s*[(（](?P<abbr>[A-Z]{2,8})[)）]$")
# "… [打印本頁]", "… [Print]": a print button after the title on a forum's or a portal's printable page
_PRINT_BUTTON = re.compile(r"\s*[\[【(（](?:打印本[页頁]|列印本[页頁]|打印|列印|print(?:\s+this\s+page)?)[\]】)）]$",
                           re.IGNORECASE)
# "…工作规则》的通知(2019修订)": a law database's tag of the text's revision year, after the notice's own title
_REVISION = re.compile(r"(?<=[\u3400-\u9fff》」”])[(（](?:19|20)\d{2}年?(?:修订|修訂|修正|修改)(?:版)?[)）]$")
_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "&"}


# "Speech The Reserve Bank Review and Monetary Policy": the page's kind, printed over the headline and run onto it
_KIND_KICKER = re.compile(r"^(?:Speech|Media\s+[Rr]elease|Press\s+[Rr]elease)\s+(?=[A-Z])")


def trimmed(line: str) -> str:
    """``line`` without a column tag in round brackets before a Chinese headline; a writer's credit, an attribution
    deck, a print button or a database's revision tag after it; a line left too short by the cut stays as it was."""
    line = _REVISION.sub("", _PRINT_BUTTON.sub("", line))
    cut = _ZH_COLUMN_AFTER.sub("", _ZH_COLUMN_TAG.sub("", line))
    if len(CJK.findall(cut)) < 6:
        cut = line
    credit = _WRITER_CREDIT.sub("", cut)
    if len(CJK.findall(credit)) >= 5:
        cut = credit
    credit = _EN_WRITER_CREDIT.sub("", cut)
    if word_count(credit) >= 4:
        cut = credit
    if (kicker := _KIND_KICKER.match(cut)) and word_count(cut[kicker.end():]) >= 4:
        cut = cut[kicker.end():]
    deck = _ATTRIBUTION_DECK.search(cut)
    if deck is not None and word_count(cut[:deck.start()]) >= 5:
        cut = cut[:deck.start()]
    return cut.strip()


def more_link(line: str) -> bool:
    """A line opening on a listing's "read more" link ("詳細內容 »…"): the end of one item run into the next."""
    return bool(_MORE_LINK.match(line.strip()))


def masthead_line(line: str) -> bool:
    """A masthead's founding line ("Spokane, Washington  Est. May 19, 1883") or an organisation's name with its
    own initials in brackets ("Office of the President (OP)")."""
    text = " ".join(line.split())
    if _FOUNDED.search(text):
        return True
    match = _ACRONYM_NAME.match(text)
    if match is None:
        return False
    initials = "".join(word[0] for word in match["name"].split() if word.lower() not in _SMALL_WORDS)
    return initials.upper() == match["abbr"]
