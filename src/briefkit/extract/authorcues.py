"""The cues :mod:`briefkit.extract.authorcands` scores writer candidates by, in English and Chinese.

Each cue is a habit shared by news sites, statements and op-eds rather than one page's form: the words
a credit opens with, the roles a byline closes with, the contact and biography lines that close a
piece, the stamps printed beside a byline, and the picture and editing credits that name people who
are not the writers.
"""

from __future__ import annotations

import re

from briefkit.extract import givennames

_ROLE = (r"(?:(?:senior|staff|chief|special|political|business|economics|foreign|guest|contributing|freelance|"
         r"investigative|national|local|health|climate|data)\s+)*(?:writer|reporter|correspondent|contributor|"
         r"columnist|journalist|blogger)s?")
# A credit word opening the line or one of its segments ("By", "Written by", "Author:", "Columnist", "STORY:"),
# then a capital, matched case-sensitively: "What, by contrast, is Jane Doe" credits no one
CREDIT_BEFORE = re.compile(r"(?:^|[|•·,;(\[]\s*)(?:(?:written|words|story|text|reported|(?:additional\s+)?reporting|"
                           r"posted|presented|hosted|compiled\s+and\s+written|"
                           r"opinion|analysis|commentary|column|essay|guest\s+column)\s+by|by|author|authors|auteur|autor|byline|"
                           # "Posts From Jane Doe": an author's archive page heads its list with the writer
                           r"(?:posts|articles|stories|columns)\s+(?:by|from)|"
                           r"story|words|text|" + _ROLE + r")\b\s*[:：|-]?\s*(?=(?-i:[A-ZÀ-Þ]))", re.IGNORECASE)
# "OPINION | Jane Doe", "Commentary: Jane Doe": the kind of piece opening the line, then its writer
PIECE_LABEL = re.compile(r"^(?:guest\s+)?(?:opinion|op-ed|commentary|viewpoint|column|essay|perspective)\s*[:：|｜]\s*"
                         r"(?=(?-i:[A-ZÀ-Þ]))", re.IGNORECASE)
# A credit word alone on the line above the name ("By", "Author", "Written by", "About the author")
WORD_CREDIT_LINE = re.compile(r"^(?:by|author|authors|auteur|autor|written\s+by|words\s+by|byline|"
                              r"about\s+the\s+authors?|" + _ROLE + r")\s*:?$", re.IGNORECASE)
# A writer's role after the name ("Jane Doe, Staff Writer", "Jane Doe | Reporter")
ROLE_AFTER = re.compile(r"[A-Za-z.]\s*(?:[,|•·/–—-]\s*|\s+)(?:the\s+)?" + _ROLE + r"\b", re.IGNORECASE)
ROLE_ALONE = re.compile(r"^" + _ROLE + r"(?:\s*[,|]\s*.{0,40})?$", re.IGNORECASE)
HANDLE = re.compile(r"(?<![\w.])@[A-Za-z_]\w{2,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "Reach Jane Doe at …", "Contact Jane Doe:", "Follow Jane Doe on X", "Write to Jane Doe at …"
CONTACT = re.compile(r"^(?:you\s+can\s+)?(?:contact|reach|e-?mail|follow|write\s+to)\s+(?:the\s+writer\s*,?\s*)?"
                     r"[A-Z][\w.'’-]+\s+[A-Z][\w.'’-]+.{0,20}?\b(?:at|on|via|:)", re.IGNORECASE)
# "Jane Doe is a senior fellow at …", "Jane Doe writes about …": a closing note on the writer
_BIO_ROLE = (r"(?:reporter|writer|journalist|correspondent|editor|columnist|professor|fellow|director|economist|"
             r"analyst|author|lecturer|researcher|partner|president|chair\w*|founder|member|student|consultant|"
             r"officer|scholar|contributor|scientist|expert|lawyer|adviser|advisor|historian|teacher|candidate|"
             r"executive|head|manager|associate|strategist|commentator)")
BIO = re.compile(r"^[(*—–-]?\s*(?:[A-Z][\w.'’-]*\s+){1,4}(?:is|was|has\s+been|serves\s+as)\s+(?:an?|the|a\s+former)\s+"
                 r"(?:[\w&'’-]+\s+){0,5}?" + _BIO_ROLE + r"\b|^(?:[A-Z][\w.'’-]*\s+){1,4}(?:writes|covers|reports)\s+"
                 # "Jane Doe covers state politics for The Valley Times": a beat of a few words may come first
                 r"(?:[\w&'’-]+\s+){0,4}?(?:about|on|for)\b"
                 # "Jane Doe joined The Valley Times in 1991.": a staff writer's note under the story
                 r"|^(?:[A-Z][\w.'’-]*\s+){1,4}joined\s+(?:the\s+)?[A-Z][^.]{1,60}?\s+in\s+(?:19|20)\d\d\b")
# "Jane Doe (Reuters)", "Jane Doe for The Valley Times", "Jane Doe Special to the Valley Times": the writer, then
# the outlet they wrote for (the outlet is checked by the caller); "Jane Doe / Valley Times" is left out, the
# form of a picture credit
OUTLET_AFTER = re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*(?:\(\s*|[,|]\s*|\s[-–—]\s*|"
                          r"\s+for\s+|,?\s+(?i:special)\s+to\s+)(?:the\s+)?(?P<outlet>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})"
                          r"\s*\)?$")
STAMP = re.compile(r"\b\d+\s*(?:min|mins|minutes?)\s+read\b|\b(?:ago|updated|published|posted)\b", re.IGNORECASE)
# Photographers and picture credits name no writer
PICTURE_WORD = re.compile(r"\b(?:photos?|photograph\w*|pictures?|pics?|images?|illustrat\w+|video|camera|getty|"
                          r"shutterstock|istock|courtesy|file|credit|caption|handout|portrait|headshot)\b|\w/[A-Z]"
                          r"|\(\s*supplied\s*\)"  # "Jane Doe, Mayor of Springfield. (Supplied)": a caption
                          r"|[摄攝图圖]\s*[:：]|[摄攝]影|拍[摄攝]", re.IGNORECASE)
# "Media contact: Jane Doe, (202) 555-0100": a press officer, who speaks for a body and writes nothing
PRESS_CONTACT = re.compile(r"^(?:media|press|news)?\s*(?:contacts?|enquiries|inquiries)\s*[:：]", re.IGNORECASE)
# a line that quotes someone is prose about a person, not a credit
QUOTE = re.compile(r"[“”\"]\S.{8,}[“”\"]|[“”\"]\s*$")
EDIT_WORD = re.compile(r"\b(?:edited|editing|editors?|sub-?edited|proofread\w*|translated|translation)\b",
                       re.IGNORECASE)

# The role beside the name itself: after it, with at most an article and a few capitalised words between ("Jane
# Doe, a staff writer", "Jane Doe, Associated Press Writer"), or before it ("Senior reporter Jane Doe").  A
# caption's verb between them ("Mayor Jane Doe speaks to reporters") makes the role the audience, not her own:
# the words between are capitalised, matched case-sensitively.
_ROLE_NEXT = re.compile(r"^[\s,|•·/–—-]*(?:(?i:the|a|an|our)\s+)?(?:[A-Z][\w.'’&-]*\s+){0,4}?(?i:" + _ROLE + r")\b")
_ROLE_PREV = re.compile(_ROLE + r"\s*[,:|–—-]?\s*$", re.IGNORECASE)


def role_beside(segment: str, name: str) -> bool:
    """Whether a writer's role stands next to ``name`` in ``segment`` (the name's own part of its line)."""
    at = segment.find(name)
    at, name = (at, name) if at >= 0 else (segment.find(name.upper()), name.upper())
    if at < 0:  # the name printed otherwise (in capitals): the role anywhere in its segment, as before
        return bool(ROLE_AFTER.search(segment))
    return bool(_ROLE_NEXT.match(segment[at + len(name):]) or _ROLE_PREV.search(segment[:at]))


# Chinese: a writer's label, then the names ("作者:张伟", "文/张伟", "记者 张伟 王芳", "撰稿︱张伟"); "图文:张伟"
# credits the words and the pictures (the writer); "者 | 张伟" is a 記者/作者 label whose first character the copy
# lost; a bare 文 is a label only before its separator or a space ("文章来源:" is no writer's "文 章来源")
_ZH_CUE = re.compile(r"(?:(?:作者简介|作者簡介|作者|記者|记者|撰文|撰稿人?|執筆人?|执笔人?|特约撰稿人?|特約撰稿人?|"
                     r"评论员|評論員|"
                     r"图文|圖文|(?:^|[\s(（【\[])文(?=[\s:：/|︱丨｜])|^者(?=\s*[:：|︱丨｜]))\s*[:：/|︱丨｜]?\s*"
                     r"(?P<names>[\u3400-\u9fff]{2,4}(?:[\s、,，]+[\u3400-\u9fff]{2,4}){0,4})"
                     # "张伟/文", "张伟 撰文": the names first, then the writer's mark
                     # (a bare 文 needs its separator: "查看原文", "阅读全文" end in 文 too)
                     r"|^(?P<first>[\u3400-\u9fff]{2,4}(?:[\s、]+[\u3400-\u9fff]{2,4}){0,3})"
                     r"(?:\s*[/／|︱丨｜]\s*|\s+)?(?:(?<=[\s/／|︱丨｜])文|撰文)$)")
# "文| 某公司董事长、前副总裁 张三": the writer's label, the writer's roles, then the name closing the line
_ZH_ROLE_NAME = re.compile(r"^(?:文|作者|撰文|撰稿)\s*[:：/|︱丨｜]\s*\S.{1,40}?\s(?P<names>[\u3400-\u9fff]{2,4})$")
# photographers and editors on the same line: "摄影:王芳", "编辑:李明"
# "□ 张伟", "◎张伟 李明": a marked line holding only names, how Chinese papers set a byline
_ZH_MARKED = re.compile(r"^[■□●◆▲◎★☆]\s*(?P<names>[\u3400-\u9fff]{2,4}(?:[\s、]+[\u3400-\u9fff]{2,4}){0,3})$")
# "顾浩 周楷宸 王兰 国际城市规划 2022-07-10": a reposted WeChat article's head, the writers, the account, the date
_ZH_ACCOUNT_LINE = re.compile(r"^(?P<names>[\u3400-\u9fff]{2,4}(?:\s+[\u3400-\u9fff]{2,4}){0,5})\s+"
                              r"[\u3400-\u9fffA-Za-z0-9]{2,20}\s+(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$")
# "中銀香港經濟研究處分析員 張文晶", "某大学经济学院教授 张三": a commentary's writer under the title, the body and
# the expert's role first (Hong Kong papers' and mainland commentaries' columns)
_ZH_ROLE_LINE = re.compile(r"^[\u3400-\u9fff]{2,30}?(?:分析员|分析員|研究员|研究員|经济学家|經濟學家|经济师|經濟師|"
                           r"教授|副教授|讲师|講師|博士|院长|院長|所长|所長|总监|總監|主席|董事长|董事長)\s+"
                           r"(?P<name>[\u3400-\u9fff]{2,4})$")


def zh_role_line(line: str) -> bool:
    """"中銀香港經濟研究處分析員 張文晶": a commentary's writer line (a body and a role, then the name)."""
    match = _ZH_ROLE_LINE.match(line.strip())
    return match is not None and givennames.is_chinese_name(match["name"])


_ZH_NOT_WRITER = re.compile(r"(?:摄影|攝影|摄|攝|图|圖|编辑|編輯|责编|責編|审核|審核|校对|校對)\s*[:：/|︱丨｜]?\s*$")


# "(记者 张伟 通讯员 李明)", "（中央社記者呂晏慈台北20日電）", "(王斌)": a reporter's note in brackets, set after a
# story's dateline or closing one of its paragraphs (papers and agencies across the mainland, Taiwan, Hong Kong)
_ZH_NOTE = re.compile(r"[(（](?P<inner>[^()（）]{2,40})[)）]")
_ZH_NOTE_ROLE = r"(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影|编辑|編輯)"
_ZH_NOTE_NAMES = r"(?P<names>[\u3400-\u9fff]{2,3}(?:[\s、]+(?!" + _ZH_NOTE_ROLE + r")[\u3400-\u9fff]{2,3})*)"
_ZH_REPORTER = re.compile(r"(?:记者|記者)\s*" + _ZH_NOTE_NAMES)
_ZH_STRINGER = re.compile(r"(?:通讯员|通訊員)\s*" + _ZH_NOTE_NAMES)
_ZH_ONLY_NAMES = re.compile(r"^\s*[\u3400-\u9fff]{2,3}(?:[\s、]+[\u3400-\u9fff]{2,3}){0,3}\s*$")
NOTE_REACH = 60  # a note opening the story stands within its dateline; one closing a paragraph ends the line


# "中央社記者陳明台北20日電": an agency's note runs the reporter's name into the city it was filed from
_ZH_RUN_INTO_CITY = re.compile(r"(?:记者|記者)(?P<rest>[\u3400-\u9fff]{4,9})\d{1,2}日(?:电|電)")


def _city_names() -> frozenset[str]:
    """Chinese city names without 市, to tell where a reporter's name ends and the city begins (imported late: the
    place tables load only when a note needs them)."""
    from briefkit.extract.places import chinese_city_stems

    return chinese_city_stems()


def _note_names(inner: str) -> list[str]:
    """The writers a bracketed note names: its reporters (记者), else its correspondents (通讯员, credited alone),
    else the names it holds when it holds nothing else."""
    if run := _ZH_RUN_INTO_CITY.search(inner):
        rest = run["rest"]
        return next(([rest[:cut]] for cut in (2, 3) if rest[cut:] in _city_names()
                     and givennames.is_chinese_name(rest[:cut])), [])
    for form in (_ZH_REPORTER, _ZH_STRINGER):
        if found := form.search(inner):
            names = re.split(r"[\s、]+", found["names"].strip())
            return [n for n in names if givennames.is_chinese_name(n)]
    if _ZH_ONLY_NAMES.match(inner):
        names = re.split(r"[\s、]+", inner.strip())
        return names if all(givennames.is_chinese_name(n) for n in names) else []
    return []


def zh_notes(line: str) -> list[list[str]]:
    """The writers of the bracketed reporter notes that open a line (after its dateline) or close it."""
    text = line.strip()
    found = []
    for note in _ZH_NOTE.finditer(text):
        before = text[:note.start()].rstrip()
        # opening the line, or just after its dateline ("本报讯", "…10日电", "【中新社…電】"); a bracket inside a
        # sentence holds a name the story is about
        opening = note.start() <= NOTE_REACH and (not before or before.endswith(("电", "電", "讯", "訊", "】", "]")))
        if (opening or note.end() >= len(text) - 1) and (names := _note_names(note["inner"])):
            found.append(names)
    return found


def zh_candidates(lines: list[str]) -> list[tuple[list[str], str, float]]:
    """Chinese writer credits on short lines: the names after a writer's label, each a likely person's name."""
    found = []
    for line in lines:
        text = line.strip()
        if not text or len(text) > 80:
            continue
        marked = _ZH_MARKED.match(text)
        names = re.split(r"[\s、]+", marked["names"]) if marked else []
        if names and all(givennames.is_chinese_name(n) for n in names):
            found.append((names, text, 3.5))
        if (role_name := _ZH_ROLE_NAME.match(text)) and givennames.is_chinese_name(role_name["names"]):
            found.append(([role_name["names"]], text, 4.0))
        if (role_line := _ZH_ROLE_LINE.match(text)) and givennames.is_chinese_name(role_line["name"]):
            found.append(([role_line["name"]], text, 4.0))
        account = _ZH_ACCOUNT_LINE.match(text)
        signed = account["names"].split() if account else []
        if signed and all(givennames.is_chinese_name(n) for n in signed):
            found.append((signed, text, 4.0))
        for match in _ZH_CUE.finditer(text):
            if _ZH_NOT_WRITER.search(text[:match.start()]) or text[match.end():].lstrip().startswith(("摄", "攝")):
                continue
            named = match["names"] or match["first"] or ""
            names = [n for n in re.split(r"[\s、,，]+", named) if givennames.is_chinese_name(n)]
            if names:
                found.append((names, text, 4.0 if len(text) <= 40 else 3.0))
    return found


# Chinese names by the line's shape alone, with no writer's label: what a learned scorer weighs, not a rule.
# "吴曦" or "王斌 李明" alone on a line (a sign-off after the story's last paragraph, a byline under the title);
# "鄭淑玲 / 台東縣…", "鄭建勳\臺中報導": a name opening the line before a separator (a Taiwanese paper's byline
# run into its first paragraph); not before a colon, which in a Chinese headline opens what the person said
# ("陳茂波:集中精神抗疫")
_ZH_NAMES = r"[\u3400-\u9fff]{2,4}(?:[\s、]+[\u3400-\u9fff]{2,4}){0,3}"
_ZH_ALONE = re.compile(r"^[\s(（\[【]*(?P<names>" + _ZH_NAMES + r")(?:\s*等)?[\s)）\]】]*$")
_ZH_LEAD = re.compile(r"^(?P<names>" + _ZH_NAMES + r")\s*[/／\\|｜]\s*\S")


def zh_shapes(line: str) -> list[tuple[list[str], str]]:
    """Chinese names a line holds by its shape only: the names and the shape ("zh_alone", "zh_lead"); each
    name must read as a person's (a common surname, no dictionary word)."""
    text = line.strip()
    found = []
    for form, kind in ((_ZH_ALONE, "zh_alone"), (_ZH_LEAD, "zh_lead")):
        if match := form.match(text):
            names = re.split(r"[\s、]+", match["names"].strip())
            if all(givennames.is_chinese_name(n) and not givennames.zh_word(n) for n in names):
                found.append((names, kind))
    return found
