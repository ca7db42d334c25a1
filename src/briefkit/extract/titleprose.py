"""Lines that read as prose or as a page's furniture, not as a headline: a page that prints none gets no title.

A copy with no headline still opens on *some* line, and the title rules take the first that is shaped like
one: the story's first sentence or its standfirst, a photo's caption, the issuer's name over a release
("International Coalition for the Responsibility to Protect"), an office's line ("Federal Member for Wannon",
"Senator the Hon Jane Doe"), a document tool's row ("Download PDF | Print | E-mail").  A headline is written
otherwise: short, in the present tense or with its verbs dropped, rarely closed by a full stop, never by a
quote's attribution ("…, he said."), and it says what happened, where a body's name says only who.

Each check here is a *form* no headline of the development set has (the full stops and sentences real headlines
do print, "NBU raises the key policy rate to 9% per annum.", "2022 has arrived, but …", are kept): a line
that passes none of them is left to the other rules.
"""

from __future__ import annotations

import re

from briefkit.extract.wordcount import CJK, word_count

# a sentence closing on its quote's attribution ("…,” the minister said.", "…, he told Reuters on Monday.")
_ATTRIBUTED = re.compile(r"[,”\"’']\s*(?:(?:the|a|an)\s+)?(?:[\w.'’-]+\s+){0,5}"
                         r"(?:said|says|told\s+[\w.'’ -]{1,40}|added|noted|stated|explained|warned)"
                         r"(?:\s+(?:on|in|at|last|this)\s+[\w ]{1,20})?\.[”\"’']?$")
# a story's lede: a day of the week or "yesterday" with a past-tense verb, closed by its full stop
_DAY = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last\s+(?:week|month|night))\b",
                  re.IGNORECASE)
_PAST = re.compile(r"\b(?:said|announced|approved|reported|released|rose|fell|increased|decreased|recorded|"
                   r"[a-z]{3,}ed)\b")
# "Wimuktayont said total export value …": a name (or a pronoun) reporting in the past tense with its clause
# run on in lower case and no full stop, a story's sentence cut at the end of a printed line (a headline says "says")
_REPORTED = re.compile(r"(?:\b[A-Z][\w'’-]+|\b(?:he|she|they|He|She|They))\s+(?:said|told)\s+(?!that\b|to\b)[a-z]")
# "The early implementation will be in line with …", "The Cedi has in recent times experienced …": a
# standfirst's full grammar, an article or a pronoun opening a clause with its auxiliary, which a headline drops
_OPENER = re.compile(r"^(?:The|This|These|Its|Their|His|Her|He|She|They|We)\s+\S+")
_AUXILIARY = re.compile(r"\b(?:will\s+be|would\s+be|has\s+been|have\s+been|had\s+been|"
                        r"(?:has|have|had)\s+(?:[a-z]+\s+){0,3}[a-z]{3,}(?:ed|en))\b")
# a broadcast's sign-on ("It's Monday 28th September, this is the news in 60 seconds")
_SIGN_ON = re.compile(r"^(?:it[’']?s|it\s+is|today\s+is|good\s+(?:morning|afternoon|evening))\s+(?:\w+\s+){0,2}"
                      r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:st|nd|rd|th)?\b)"
                      r"|\bthis\s+is\s+(?:the\s+)?(?:news|bulletin)\b|\byou[’']re\s+(?:listening|watching)\b",
                      re.IGNORECASE)
# a photo's caption naming its subject between commas, then what the picture shows, with no verb of its own ("The
# minister of Finance, Jane Doe, on her way to delivering the budget", "Governor John Roe, speaking at …")
_CAPTIONED = re.compile(r"^(?:The\s+)?(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s*(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w'’-]+,\s+"
                        r"(?:on\s+(?:his|her|their)\s+way|(?:speaking|addressing|delivering|arriving|leaving|"
                        r"presenting|greeting|gesturing|pictured|seen|shown)\b)")
_PROSE_WORDS = 26
"""Words a line closed by its full stop has at least to be a paragraph's sentence: the longest headline of the
development set closed so (two sentences, a wire's) has 23."""
_LEDE_WORDS = 12
_STANDFIRST_WORDS = 9

# the head noun of a body's name: a name ending on it, or on "of"/"for" and the place or field it serves
_BODY = (r"(?:Coalition|Bank|Ministry|Department|Office|Council|Commission|Agency|Authority|Association|Institute|"
         r"Foundation|Federation|Union|Society|Organi[sz]ation|Committee|Board|Bureau|Secretariat|Directorate|"
         r"Corporation|Chamber|Alliance|Network|Centre|Center|Trust|Service|Services|Parliament|Assembly|Senate|"
         r"Government|University|College|Forum|Partnership|Institution|Tribunal|Court|Cabinet|Presidency)")
_NAME_WORD = r"(?:[A-Z][\w&'’.-]*|of|for|and|the|to|on|in|&)"
_SERVED = r"(?:\s+(?:of|for|on|to|and|&)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+" + _NAME_WORD + r"){0,6})"
_BODY_NAME = re.compile(r"^(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){0,5}" + _BODY + _SERVED + r"?$")
# a title-cased verb in the present ("Lowers", "Holds") or the past ("Approved"), which a name has not; the plural
# nouns bodies are named by end so too ("Ministry of Foreign Affairs", "Bureau of Statistics")
_TITLED_VERB = re.compile(r"[A-Z][a-z]{2,}(?:s|ed)")
_PLURAL_NAMES = frozenset({
    "affairs", "sciences", "nations", "states", "services", "islands", "relations", "statistics", "works",
    "resources", "arts", "rights", "studies", "industries", "communications", "forces", "emirates", "americas",
    "economics", "sports", "fisheries", "ports", "customs", "mines", "lands", "veterans", "workers", "employers",
    "manufacturers", "exporters", "farmers", "nurses", "teachers", "accountants", "engineers", "homes", "highways",
    "roads", "waters", "finances", "operations", "programs", "programmes", "investments", "assets", "markets",
    "securities", "exchanges", "bankers", "banks", "insurers", "agencies", "councils", "universities", "schools",
    "children", "families", "women", "persons", "peoples", "commons", "lords", "united", "limited", "incorporated",
    "associated", "combined", "federated", "consolidated", "advanced", "applied"})
# an office's or a member's line: "Federal Member for Wannon", "Minister for Finance", "Office of the Premier",
# "Senator the Hon Katy Gallagher", "The Hon. Jane Doe MP", "The Honourable Steven Miles"
_OFFICE = re.compile(r"^(?:(?:Federal|State|Local)\s+)?Member\s+(?:of\s+Parliament\s+)?for\s+[A-Z][\w'’ -]{1,40}$"
                     r"|^(?:(?:Permanent|Principal|Cabinet|Under|Chief|Acting|Junior|State)\s+)?"
                     r"(?:Office|Minister|Secretary|(?:Deputy|Shadow|Assistant|Parliamentary)\s+\w+)"
                     r"(?:\s+(?:\w+\s+)?(?:of|for)\s+(?:the\s+)?[A-Z][\w&'’,-]*(?:\s+" + _NAME_WORD + r"){0,6})$")
# a member styled by the house ("Senator the Hon Katy Gallagher", "The Honourable Steven Miles"): a name's last word
# may end like a verb ("Miles"), which the verb test below would take for a headline's
_STYLED = re.compile(r"^(?:Senator\s+)?(?:[Tt]he\s+)?(?:Rt\.?\s+|Right\s+)?(?:Hon\.?|Honou?rable)\s+"
                     r"(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w.'’-]*(?:\s+(?:MP|MLA|MPP|MHA|MHK|TD|QC|KC))?$")
# a document's tool row ("Download PDF", "Print | E-mail", "Text size A A A"), or a Chinese page's own tools
# ("我的頻道 拖拉類別可自訂排序": the reader's channel list, dragged into order)
_TOOL_WORD = (r"(?:download|print(?:able)?|e-?mail|share|save|pdf|docx?|word|rtf|text\s+size|font\s+size|listen|"
              r"copy\s+link|bookmark|tweet|whatsapp|facebook|linkedin|subscribe|a\+?|a-|version|icon|file)")
_TOOL_ROW = re.compile(r"^(?:" + _TOOL_WORD + r"\s*[|/·•,]?\s*)+$", re.IGNORECASE)
_ZH_TOOL = re.compile(r"(?:拖拉|拖曳|拖动|拖動)\S{0,6}(?:排序|順序|顺序)|(?:自訂|自定义|自定義)(?:排序|頻道|频道)"
                      r"|^(?:我的(?:頻道|频道|收藏|訂閱|订阅))(?:\s|$)"
                      # a settings dialog's buttons ("恢復預設 確定": restore the defaults, confirm)
                      r"|^(?:恢復預設|恢复默认|恢復默認|重置|取消)\s*(?:確定|确定|取消|儲存|保存)?$"
                      # an e-paper's masthead ("梅城报数字报纸", "某某日报电子版")
                      r"|^[\u3400-\u9fff]{2,10}(?:数字报纸?|數字報紙?|数字报刊|數字報刊|电子报|電子報|电子版|電子版)$")


def finished_sentence(line: str) -> bool:
    """A story's sentence closed by its full stop: one of a paragraph's length, one closing on its quote's
    attribution ("…, the minister said."), or a lede telling the day it happened ("Commissioners approved a
    budget Tuesday that …")."""
    text = " ".join(line.split())
    if CJK.search(text) or not text.rstrip("”\"’'").endswith(".") or text.rstrip("”\"’'").endswith(("..", "…")):
        return False
    words = word_count(text)
    return words >= _PROSE_WORDS or bool(_ATTRIBUTED.search(text)) \
        or (words >= _LEDE_WORDS and bool(_DAY.search(text)) and bool(_PAST.search(text)))


def story_prose(line: str) -> bool:
    """A line of a story's prose, closed or not: a finished sentence (:func:`finished_sentence`), a name reporting
    in the past tense with its clause run on ("Wimuktayont said total export value …"), a standfirst in full
    grammar ("The Cedi has in recent times experienced significant depreciation"), a photo's caption naming its
    subject between commas ("The minister of Finance, Jane Doe, on her way to …") or a bulletin's sign-on."""
    text = " ".join(line.split())
    if CJK.search(text) or text.rstrip("”\"’'").endswith(("?", "!")) or ":" in text:
        return False  # a question or a labelled line ("Analysis: …") is written as headlines are
    if finished_sentence(text) or bool(_SIGN_ON.search(text)) or bool(_CAPTIONED.match(text)):
        return True
    # (closed by its full stop, such a line may be a blog's headline written as a sentence: "Officials said …")
    if _REPORTED.search(text) and word_count(text) >= _STANDFIRST_WORDS and not text.endswith("."):
        return True
    if _ON_THE_DAY.search(text) and word_count(text) >= 2 * _STANDFIRST_WORDS:
        return True  # "… inspected works of Rythu Vedika, crematorium and nurseries on Thursday": the lede's clause
    return bool(_OPENER.match(text)) and bool(_AUXILIARY.search(text)) and word_count(text) >= _STANDFIRST_WORDS


# a long line closed by the day it happened: a lede tells the day, a headline (in its present tense) leaves it out
_ON_THE_DAY = re.compile(r"\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$")


def body_name(line: str) -> bool:
    """A body's name alone on its line ("International Coalition for the Responsibility to Protect", "Central Bank
    of Norway"): the issuer over its release or a site's masthead, saying who and never what happened.  A title-cased
    headline opening on a name goes on with its verb ("Bank of Uganda Lowers Central Borrowing Rate")."""
    text = " ".join(line.split()).rstrip(".")
    if CJK.search(text) or not 2 <= word_count(text) <= 12 or not _BODY_NAME.match(text):
        return False
    return not _titled_verb(text)


def _titled_verb(text: str) -> bool:
    """A word after the first reads as a title-cased verb ("Lowers", "Approved"), not as a name's plural noun."""
    return any(_TITLED_VERB.fullmatch(word) and word.lower() not in _PLURAL_NAMES for word in text.split()[1:])


def office_line(line: str) -> bool:
    """An office's or a member's line ("Federal Member for Wannon", "Minister for Finance", "Office of the
    Premier", "Senator the Hon Katy Gallagher"): who issued the page, printed over its title or in its place."""
    text = " ".join(line.split()).rstrip(".,")
    return bool(_STYLED.match(text)) or (bool(_OFFICE.match(text)) and not _titled_verb(text))


# a live page's promise of more ("Update to follow.", "More to follow", "Developing story"): a marker, never a headline
# and a station's player ("On Air Now", "Now Playing", "Listen Live")
_FOLLOWS = re.compile(r"^(?:(?:an?\s+|more\s+)?updates?|more(?:\s+details)?|details)\s+(?:to\s+follow|will\s+follow|"
                      r"to\s+come)\.?$|^(?:this\s+is\s+a\s+)?developing\s+story\.?$"
                      r"|^(?:on\s+air(?:\s+now)?|now\s+playing|listen\s+live|live\s+stream|recently\s+played)$",
                      re.IGNORECASE)


# interface labels and their counters run together by a copy ("Story ArchivedCreated3mo •Last postseconds")
_GLUED_UI = re.compile(r"[a-z][A-Z][a-z]+\d")


def tool_line(line: str) -> bool:
    """A document's or a page's tool row ("Download PDF", "PDF Print E-mail", "我的頻道 拖拉類別可自訂排序"), or a live
    page's "Update to follow."."""
    text = " ".join(line.split())
    return bool(text) and (bool(_TOOL_ROW.match(text)) or bool(_ZH_TOOL.search(text)) or bool(_FOLLOWS.match(text))
                           or bool(_GLUED_UI.search(text)))


def not_a_title(line: str) -> bool:
    """``line`` reads as prose, a body's or an office's name, or a tool row: whatever else it looks like, it is
    not the page's headline."""
    return story_prose(line) or body_name(line) or office_line(line) or tool_line(line)
