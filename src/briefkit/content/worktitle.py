"""A working title for a draft whose article printed none: its opening sentence's main clause.

``briefkit extract`` falls back to the article's file name when the page printed no title line
('gregg-county-covid').  A file name read as words ("Gregg county covid") is no title: it names the file, not
the story, and readers of the products take it for the article's headline.  A news story's first sentence
says what happened, so its subject and main clause make the working title a sub-editor would write first:

- a dateline or a leading time phrase goes ("Johannesburg - ", "On Thursday, ", "本报运城3月19日讯(记者…)",
  "日前，");
- the sentence is cut at the last phrase boundary that keeps it short: a comma, a dash, or a word that opens
  a subordinate clause ("… on Wednesday as Texas health officials cited …" ends before "as"); a sentence
  short enough already is taken whole, without its full stop;
- no boundary: the words that fit, with an ellipsis, never stopping on an article or a preposition.

Products print the working title marked as such (a line under it says where it came from), and the build
warns; the draft's ``meta.title`` stays the file name until a person writes one.  Content only: no template
or writer is imported here.
"""

from __future__ import annotations

import re

from briefkit.content.model import Brief, SourceRef

_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")
"""A file name's stem, which the extractor put where the page had no title."""
_CJK = re.compile(r"[\u3400-\u9fff]")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_PLACE_DATE = (r"^(?:/[^/]{1,20}/\s*-+\s*)?[A-Z][\w .'’-]{1,30}(?:,\s*[A-Z][\w .'’-]{1,20}){0,2},\s+" + _MONTH
               + r"\s+\d{1,2}(?:,\s*\d{4})?\s*(?:/[^/]{1,20}/|\([^)]{1,20}\))?\s*[-–—]*\s*")
""""New Delhi, Jan 29 (PTI) ", "Dhaka, Jan. 29 -- ", "DARTMOUTH, NS, Oct. 13, 2022 /CNW/ – ": place and date."""
_WHEN = re.compile(r"(?:,?\s+(?:on\s+|early\s+|late\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                   r"(?!['’]s)(?:,?\s+" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?)?"
                   r"(?:\s+(?:morning|afternoon|evening|night))?"
                   r"|\s+(?:yesterday|today|(?:moments|minutes|hours)\s+ago|earlier\s+today"
                   r"|this\s+(?:morning|afternoon|evening))\b)"
                   r"(?:,(?=\s+(?:[a-z]+ed|said|says|told|made|held|kept|set|cut|won|took|"
                   r"gave|met|saw|rose|fell|grew)\b))?")
"""A day a title leaves out: "on Tuesday, November 17, 2020", "early Wednesday", "yesterday", "moments ago";
with the comma that closed it before the verb ("Bank of Jamaica on Tuesday, November 17, 2020, announced" →
"Bank of Jamaica announced"), not one that closes the clause ("… a spending plan on Tuesday, that had …")."""
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘(]?[A-Z0-9])|(?<=[。！？])")
_MOST_WORDS = 14
_LONGEST_HEADLINE = 18
"""Words: a drafted English title longer than this is a sentence of the story, not the page's headline."""
_WORD = re.compile(r"[^\W_]+")
_FEWEST_WORDS = 5
_MOST_CHARS = 30
_FEWEST_CHARS = 8
_DATELINE = re.compile(_PLACE_DATE + r"|^(?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z(][\w.'’()-]*){0,5})\s*[-–—]+\s+(?=[A-Z\"“])"
                       r"|^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2}\s*\([^)]{1,20}\)\s*:\s+(?=[A-Z\"“])"
                       r"|^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,2}\s*:\s+(?=[A-Z\"“])")
""""Johannesburg - ", "WASHINGTON (AP) — ", "NAIROBI (Reuters): ", "NEW DELHI: ": a place before a dash, or before a
colon with its agency's tag or in two words of capitals ("IMF: Growth will slow" is who said it, and stays)."""
_LEAD_TIME = re.compile(r"^(?:On|In|By|At|Last|This|Earlier|Late|Early)\b[^,]{0,30},\s+(?=\S)")
""""On Thursday, ", "In May, ", "Last week, ": when, not what."""
_ZH_LEAD = re.compile(r"^(?:【[^】]{0,30}】|(?:摘要|消息来源|消息來源)[:：])?\s*"
                      r"(?:[^，,。\s]{0,16}?(?:网|網|报|報|社|\d{1,2}日)"
                      r"(?:讯|訊|电|電)(?![子话話力视視信网網厂廠池])\s*(?:[(（][^)）]{0,40}[)）])?)?\s*")
""""本报运城3月19日讯(记者吕游 通讯员崔亚伟)", "新华社北京5月3日电（记者…）", "【財華社訊】": the paper's dateline."""
_ZH_SKIP = re.compile(r"^(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:至\d{1,2}日)?"
                      r"(?:上午|下午|晚上|晚间|早上|\d{1,2}时)?"
                      r"|日前|近日|近期|目前|今天|今年|昨天|昨日|上半年|下半年|据悉|據悉|据了解|據了解"
                      r"|初步测算|初步核算|初步統計|初步统计"
                      r"|不过|不過|同时|同時|此外|另外|.{0,16}(?:获悉|獲悉|看|显示|顯示|介绍|介紹)|为.{2,20}|為.{2,20})$")
"""A clause opening a Chinese story that says when, or how the paper knows, not what: "10月8日", "据悉",
"记者从省工信厅获悉", "分产业看", a purpose ("为充分发挥典型案例示范引领作用")."""
_ZH_TIME = re.compile(r"^(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚间|早上)?$")
"""A clause that only says when ("10月23日上午")."""
_ABBREVIATION = re.compile(r"^(?:[A-Z]|[A-Z](?:\.[A-Z])+|(?:Corp|Inc|Ltd|Co|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|"
                           r"St|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?)\.$")
"""A word that a full stop ends without ending the sentence: an initial, a month or a title cut short."""
_LEAD_LABEL = re.compile(r"^(?:[\w’'/.-]+\s+){0,2}[\w’'/.-]+\s*:\s+(?=[A-Z\"“])")
""""KUALA LUMPUR: ", "Jamaica News: ", "Anchor: ": a place or a label before the story."""
_LEAD_PHRASE = re.compile(r"^(?:In\s+a\s+bid|During|As\s+part|According\s+to|With|After|Following|Despite|Amid|"
                          r"For\s+instance|For\s+example|Under|Since|While|Although|Contrary\s+to|Against|"
                          r"Speaking|Addressing)\b[^,]{0,80},\s+(?=\S)")
"""An opening phrase of circumstance ("In a bid to curtail inflation, "): the clause after it is the news."""
_OFFICE_FIRST = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){0,4}(?:Minister|President|Governor|Secretary|Chairman|Chairperson|"
                           r"Chair|Director|Commissioner|Mayor|Premier|Officer|Spokesman|Spokesperson|Senator|"
                           r"Ambassador|Speaker|Treasurer|CEO),\s+(?=(?:(?:Dr|Mr|Mrs|Ms|Prof|Hon|Sir|Dame)\.?\s+)?"
                           r"[A-Z][\w’'-]+\s+(?:[A-Z][\w.’'-]*\s+){0,2}[a-z])")
"""An office before the name holding it ("Senior Finance Minister, Dr. Ashni Singh concluded"): the name is the
subject a title keeps, and the comma after the office is no clause's end."""
_PARENTHESES = re.compile(r"\s*\([^()]{0,40}\)")
_ASIDE = re.compile(r"\s*(?:,\s+(?:the|a|an|which|who|whose|formerly|in\s+his|in\s+her|once)\b[^,]{2,80},"
                    r"|\s[–—-]\s[^–—]{2,80}\s[–—-])\s+")
"""An aside after the subject: an apposition between commas, or words between two dashes."""
_EXAMPLES = re.compile(r",\s+such\s+as\s+[^,]{2,60},(?=\s)")
"""Examples set off by commas ("export businesses, such as Fonterra, to push farmers"): a title names the kind."""
_BREAKS = re.compile(r"\s*[,;:]\s+|\s+[-–—]+\s+|\s+(?=(?:as|after|while|which|who|amid|because|when|where|"
                     r"following|despite|although|though|since|but|with|according|saying|to\s+(?:help|make|"
                     r"meet|give|allow))\b)")
"""Where an English clause may end: punctuation, or before a word opening a subordinate clause."""
_DANGLING = frozenset(["a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
                       "as", "than", "that", "its", "their", "his", "her", "this", "these", "was", "is", "are"])
"""Words a clipped title does not stop on."""


def is_file_name(title: str) -> bool:
    """True when ``title`` is a file name's stem standing in for a title the page did not print."""
    return bool(_SLUG.match(title.strip()))


def _first_sentence(text: str) -> str:
    """The first sentence: not cut after an abbreviation ("Jan. 29", "Gov. Sule", "Corp., the")."""
    text = " ".join(text.split())
    for match in _SENTENCE_END.finditer(text):
        before = text[:match.start()].rstrip("\"”’").split()[-1:] or [""]
        if not _ABBREVIATION.match(before[0]):
            return text[:match.start()].strip()
    return text.strip()


def _without_asides(sentence: str) -> str:
    """``sentence`` without what a title leaves out: a lead-in before a colon ("KUALA LUMPUR: ", "Anchor: "),
    a dateline, an opening phrase of time or circumstance, parentheses ("(BOJ)"), examples between commas
    (", such as Fonterra,") and asides set off by commas or dashes after the subject ("Jollibee Foods Corp.,
    the country's largest fast food company, reported")."""
    sentence = _LEAD_LABEL.sub("", sentence, count=1)
    sentence = _LEAD_TIME.sub("", _DATELINE.sub("", sentence, count=1), count=1)
    if (lead := _LEAD_PHRASE.match(sentence)) and len(sentence[lead.end():].split()) >= _FEWEST_WORDS:
        sentence = sentence[lead.end():]
    sentence = _EXAMPLES.sub("", _WHEN.sub("", _PARENTHESES.sub("", sentence)))
    sentence = _OFFICE_FIRST.sub("", sentence, count=1)
    aside = _ASIDE.search(sentence)
    if aside and len(sentence[:aside.start()].split()) <= _FEWEST_WORDS:  # right after the subject only
        sentence = f"{sentence[:aside.start()]} {sentence[aside.end():]}"
    return sentence.strip()


def _clip_words(sentence: str) -> str:
    words = sentence.rstrip(".!?").split()
    if len(words) <= _MOST_WORDS:
        return " ".join(words)
    cut = 0
    for match in _BREAKS.finditer(sentence):
        head = sentence[:match.start()].split()
        if len(head) > _MOST_WORDS:
            break
        if len(head) >= _FEWEST_WORDS:
            cut = match.start()
    if cut:
        return sentence[:cut].rstrip(" ,;:")
    kept = words[:_MOST_WORDS - 2]
    while len(kept) > _FEWEST_WORDS and kept[-1].lower().strip(",;:") in _DANGLING:
        kept.pop()
    return " ".join(kept).rstrip(",;:") + "…"


def _clip_chars(sentence: str) -> str:
    """A Chinese sentence's main clause: leading clauses of time or source left out, clauses taken up to
    eight characters at least, thirty at most."""
    clauses = [c for c in re.split(r"(?<=[，,；;：:])", sentence.rstrip("。！？")) if c.strip()]
    if len(clauses) > 1 and clauses[0][:1] in "为為":  # a purpose may run on: up to the time it says
        when = next((i for i, c in enumerate(clauses[1:4], 1) if _ZH_TIME.match(c.rstrip("，,；;：: "))), 0)
        clauses = clauses[when + 1:] if when and when + 1 < len(clauses) else clauses
    while len(clauses) > 1 and _ZH_SKIP.match(clauses[0].rstrip("，,；;：: ")):
        clauses.pop(0)
    title = ""
    for clause in clauses:
        if len(title) >= _FEWEST_CHARS:
            break
        title += clause
    title = title.rstrip("，,；;：: ")
    return title if len(title) <= _MOST_CHARS else title[:_MOST_CHARS - 2] + "…"


def working_title(text: str) -> str:
    """A short title from ``text``'s first sentence (its main clause; see the module's rules), or ''."""
    sentence = _first_sentence(text)
    if _CJK.search(sentence[:20]):
        return _clip_chars(_ZH_LEAD.sub("", sentence, count=1).strip())
    title = _clip_words(_without_asides(sentence))
    return title[:1].upper() + title[1:]


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def drafted_title(brief: Brief) -> Brief:
    """A draft's own title as its products show it: a key point that says the title's sentence again goes (the
    title says it first), and an English title too long for a headline (a lead sentence the extractor took for
    one: "Safaricom chief executive officer Peter Ndegwa announced the full-year results as the telco …") is cut
    to its main clause as a working title is.  A title of a headline's length is left as the page printed it."""
    title = brief.meta.title
    said = _words(title)
    points = [p for p in brief.key_points if _words(p.text) != said] if len(said.split()) >= _FEWEST_WORDS \
        else brief.key_points
    if len(title.split()) > _LONGEST_HEADLINE and not _CJK.search(title):
        title = working_title(title) or title
    if title == brief.meta.title and len(points) == len(brief.key_points):
        return brief
    return brief.model_copy(update={"meta": brief.meta.model_copy(update={"title": title}), "key_points": points,
                                    "sources": _uncited(brief, brief.meta.title)})


def _uncited(brief: Brief, title: str) -> list[SourceRef]:
    """The brief's sources, the article (cited by ``title``, a title the products no longer show) cited as "the
    article summarised here" instead."""
    return [src.model_copy(update={"title": ""}) if src.title.strip() == title.strip() else src
            for src in brief.sources]


def titled(brief: Brief, mark: str) -> tuple[Brief, str | None]:
    """``brief`` as its products show it: a draft titled by its file name takes the working title of its
    summary (or first key point), and ``mark`` (the label saying where that title comes from) as its subtitle's
    opening; returned with the working title, None when the brief keeps its own title (a draft's own title
    as :func:`drafted_title` shows it)."""
    meta = brief.meta
    if meta.status != "draft":
        return brief, None
    if not is_file_name(meta.title):
        return drafted_title(brief), None
    lead = brief.summary or (brief.key_points[0].text if brief.key_points else "")
    title = working_title(str(lead))
    subtitle = f"{mark} {meta.subtitle}" if meta.subtitle else mark
    update = {"title": title, "subtitle": subtitle if title else meta.subtitle}
    # the article cited as "the article summarised here", never by the file name standing in for its title
    return brief.model_copy(update={"meta": meta.model_copy(update=update), "sources": _uncited(brief, meta.title)}), \
        title or None
