"""The page's outlet and credit lines as organisations (the corpus convention, benchmarks/articles/README.md).

A credit written out in words names a body the page is by: a copyright line
("Copyright 2018 NPR", "© Provided by The Canadian Press"), a byline that
names the outlet ("By The Associated Press", "By A, AP Economics Writer",
"EXAMINER STAFF WRITERS", "Author: AAP") or a masthead logo ("Samaa Logo").
A short tag only says where the copy came from, and names no organisation:
a dateline's "(AP) —" or "【中新社澳門2月2日電】", a closing "— Bernama",
"Source: eNCA", "BBC:" opening the text, a photo's "(Xinhua/Li Bo)", a
来源 line.  Both kinds are read the same way on every page, whatever the outlet.
"""

from __future__ import annotations

import re

from briefkit.extract.copyrights import copyright_holders as copyright_holders
from briefkit.extract.orgshapes import CJK, WEAK_WORDS, WHOLE_ORG

# a byline or an author line: where an outlet written out is the page's credit
_BYLINE = re.compile(r"^\W*(?:(?i:by|written\s+by|author|and)\b|.*\b(?i:writers?|staff|correspondents?|reporters?)\b)")
# "Samaa Logo", "NPR logo Consumer Prices Jump": the masthead's image, named where the page opens or closes;
# "Duluth News Tribune reports" alone on its line: a repost crediting the outlet in words
_LOGO = r"\s+(?:[Ll]ogo\b|reports?\s*:?\s*$)"
# a tag's shapes around a name: "Source: eNCA", "(Reuters) —", "(Xinhua/Li Bo)", "BBC: …"
_TAG_BEFORE = re.compile(r"(?:[(/（【]|(?i:source|sources|credit|photo|picture|image)\s*[:：])\s*$")
_TAG_AFTER = re.compile(r"^(?:\)\s*(?:[—–]|--?|$)|/)")
_LINE_TAG_AFTER = re.compile(r"^\s*[:：]")
# "Ministry of Defence: Rs. 142.95 billion", "Health: $2bn": a list's label before its sum, no credit ("BBC: …"
# opens a sentence, not a figure)
_SUM_AFTER = re.compile(r"^\s*[:：]\s*(?:[-–]?\s*)?(?:[$£€¥₹]|(?:Rs|Sh|Ksh|US\$|[A-Z]{3})\.?\s?\d|\d)")
# a Chinese agency's dateline, photo credit or roundup tag: "【中新社澳門2月2日電】", "（中央社記者呂晏慈台北20日電）",
# "中國網記者郭天虎攝影", "【环球时报综合报道】" (a 来源 line names the source; the corpus has it both ways as a body)
# (and "央视网消息:", "天健网消息(…记者 …)", "中商情报网讯": an outlet's news tag opening the text, as a dateline)
_ZH_TAG_AFTER = re.compile(r"^(?:[^\n。，,、（(]{0,12}?\d+日[电電]|(?:记者|記者)[^\n。，,、]{0,8}?[攝摄]|"
                           r"综合报道|綜合報道|(?:供)?[图圖](?=[\s。，,)）]|$)|(?:消息|讯|訊)(?=[\s(（:：,，】]))")
# "新华社记者 崔静、韩洁": the agency's reporters credited on a line of their own, a byline written out in words
# (as "By The Associated Press" is), where a dateline's "新华社北京10月17日电" is a tag
_ZH_BYLINE_AFTER = re.compile(r"[ \t]*(?:记者|記者)[ \t]*[\u4e00-\u9fff]{2,4}(?:[、，,][\u4e00-\u9fff]{2,4})*[ \t]*$",
                              re.MULTILINE)
# "來源:中國新聞網", "稿源：新华网": a Chinese page's source label, as "Source:" is an English page's
# ("来源:大连天健网": the outlet after its city's name on the label's line is the label's still)
_ZH_TAG_BEFORE = re.compile(r"(?:来源|來源|稿源|出处|出處)\s*[:：]\s*[\u4e00-\u9fff]{0,3}$")


def credited(outlet: str, lines: list[str]) -> str | None:
    """``outlet`` as a byline or a logo line writes it ("The Associated Press" for "AP" when spelt out there)."""
    short = outlet.lower()
    for line in lines:
        text = line.strip()
        if not text or len(text) > 200:
            continue
        if re.match(re.escape(outlet) + _LOGO, text) \
                or (text.startswith(outlet) and CJK.search(outlet) and _ZH_BYLINE_AFTER.match(text, len(outlet))):
            return outlet  # (a logo line, or "新华社记者 崔静、韩洁": the agency's reporters' byline)
        if not _BYLINE.match(text):
            continue
        spelt = _spelt_in(outlet, text)
        if spelt:
            return spelt
        if re.search(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])", text.lower()):
            return outlet
    return None


def _spelt_in(outlet: str, line: str) -> str | None:
    """"The Associated Press" in a byline for the outlet "AP" (its initials), or the outlet itself."""
    for match in re.finditer(r"(?:The\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,4}", line):
        words = match.group(0).split()
        lead = words[:1] if words[0] == "The" else []
        words = words[len(lead):]
        for size in range(len(words), 1, -1):  # "The Associated Press April 14": the run may go on past the name
            part = words[:size]
            if (outlet.isupper() and "".join(w[0] for w in part) == outlet) \
                    or " ".join(part).lower() == outlet.lower().removeprefix("the "):
                return " ".join(lead + part)
    return None


def named_in_text(outlet: str, body: str) -> bool:
    """A sentence of ``body`` names ``outlet`` as a body: not only as a tag (see :func:`only_as_tag`), nor in
    the dateline's first words, nor as part of a longer name ("Xinhua Silk Road Database")."""
    pattern = re.escape(outlet) if CJK.search(outlet) else r"(?<![\w-])" + re.escape(outlet) + r"(?![\w/-])"
    if CJK.search(outlet) and any(_opens_line(body, m.start()) and _ZH_BYLINE_AFTER.match(body, m.end())
                                  for m in re.finditer(pattern, body)):
        return True
    return any(not _tag(outlet, body, match.start()) and not (match.start() < 120 and _opens_line(body, match.start()))
               and not re.match(r"\s+[A-Z][a-z]", body[match.end():]) for match in re.finditer(pattern, body))


def _opens_line(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


def _closing(before: str, after: str) -> bool:
    """"… recovery. — Bernama", "… shares.Canadian Press", "… slowdown. AFP": a credit closing a paragraph."""
    return bool(re.match(r"\s*(?:\n|$)", after)) and bool(re.search(r"[.!?”\"]\s*(?:[—–-]\s*)?$", before))


def _tag(name: str, text: str, start: int, alone: bool = False) -> bool:
    """The mention of ``name`` at ``start`` is a credit tag, not a sentence's (``alone``: or a line by itself)."""
    end = start + len(name)
    line_start = text.rfind("\n", 0, start) + 1
    before, after = text[max(line_start, start - 40):start], text[end:end + 24]
    if CJK.search(name):
        return bool(_ZH_TAG_AFTER.match(after) or _ZH_TAG_BEFORE.search(before))
    opens = not before.strip()
    labelled = bool(_LINE_TAG_AFTER.match(after)) and not _SUM_AFTER.match(after)
    return bool(_TAG_BEFORE.search(before) or _TAG_AFTER.match(after) or _closing(before, after)
                or (opens and (labelled or (alone and not after.split("\n")[0].strip()))))


def only_as_tag(name: str, text: str) -> bool:
    """True when every mention of ``name`` in ``text`` (the article's sentences, one a line) is a credit tag:
    an agency in a dateline, a photo's credit, a "Source:" line, a tag closing a paragraph ("— Bernama",
    "… economy. AFP" split off as a sentence of its own), a name opening a line as "BBC:".
    The corpus lists such an agency as the page's source only (README, "Agency credits")."""
    starts = _mentions(name, text)
    return bool(starts) and all(_tag(name, text, start, alone=True) or _longer_name(name, text, start)
                                for start in starts)


def _longer_name(name: str, text: str, start: int) -> bool:
    """"Xinhua Silk Road Database": a one-word name opening a longer one names that one, not itself."""
    if name.isupper() or " " in name or CJK.search(name):
        return False
    return bool(_LONGER.match(text, start + len(name)))


_LONGER = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]+[A-Z]")


def _mentions(name: str, text: str) -> list[int]:
    """Where ``name`` stands as a whole word in ``text`` (found with ``str.find``: a pattern compiled per name
    costs more than the scan, and every name found in every article is checked)."""
    starts, start = [], text.find(name)
    whole = not CJK.search(name)
    while start >= 0:
        before, after = text[start - 1:start] if start else "", text[start + len(name):start + len(name) + 1]
        if not whole or not (_joined(before) or _joined(after)):
            starts.append(start)
        start = text.find(name, start + 1)
    return starts


def _joined(char: str) -> bool:
    """A character that would make a word of the name and its neighbour ("AFPs", "-AFP")."""
    return bool(char) and (char.isalnum() or char in "_-")


_BODY_NAME = r"(?P<name>(?:The[ \t]+)?[A-Z][\w’'&.-]*(?:[ \t]+(?:of|and|for|the|&|[A-Z][\w’'&.-]*)){1,8})"
# "By Ministry of Infrastructure" alone on its line: a statement's byline naming the body that wrote it;
# "Director, Commonwealth Policy Center": an op-ed's signature, the writer's office and the body it is held at (an
# office held at a body: a minister's or a secretary's portfolio, "Minister, Ministerial Services", is no body)
_BODY_BYLINE = re.compile(r"^\W*(?:By|BY|From)[ \t]+" + _BODY_NAME + r"[ \t]*$")
_BODY_SIGNATURE = re.compile(r"^(?:(?:Executive|Managing|Deputy|Senior|Vice|Chief|Founding|Research)[ \t]+)?"
                             r"(?:Director|President|Chair|Chairman|Chairwoman|Chairperson|CEO|Founder|Fellow|Professor|"
                             r"Head|Manager|Spokesperson|Spokesman|Spokeswoman)"
                             r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?|,[ \t]+(?:the[ \t]+)?)" + _BODY_NAME + r"[ \t]*$")
# a newsroom's desk or bureau credited as the byline ("By Odisha Bhaskar Bureau"): the outlet's, no body of its own
_DESK = re.compile(r"[ \t](?:Bureau|Desk|Team|Staff|Report|Reporters?|Correspondents?)$")


def byline_bodies(lines: list[str]) -> list[str]:
    """Bodies a byline or a signature line of the page's head and tail names whole ("By Ministry of
    Infrastructure", "Director, Commonwealth Policy Center"): a credit written out in words, its name a body's by
    its shape (an institutional word closes it)."""
    names: list[str] = []
    for line in lines:
        match = _BODY_BYLINE.match(line.strip()) or _BODY_SIGNATURE.match(line.strip())
        if match and WHOLE_ORG.match(match["name"].removeprefix("The ")) and not _DESK.search(match["name"]) \
                and match["name"].split()[-1] not in WEAK_WORDS and match["name"] not in names:
            names.append(match["name"])
    return names
