"""Photo captions, image alt text and notes about the article: text on the page that is not the story.

A news page prints its pictures' captions among the paragraphs, and a page saved as text keeps them:
"X holds a press conference in Ottawa on Friday, Nov. 3, 2023. (Sean Kilpatrick/The Canadian Press)".
Read as body text they become a draft's key points.  The kinds recognised, each seen on several sites:

- a text ending on a picture credit: a name and an agency with a slash in brackets ("(AP Photo/Jeff
  Chiu)", "(Xinhua/Li Ming)"), "REUTERS/Name", "Photo: …", "[Photo/Xinhua]", "(ABC News, file photo)",
  an agency glued to the caption's date ("… 9 February 2022Reuters"), a Chinese "记者 NAME 摄";
- a text opening as a caption does ("FILE —", "FILE PHOTO:", "In this Sept. 2, 2020, file photo",
  "This aerial photo taken on … shows", "图为");
- alt text describing the picture ("A woman stands at a podium …", "(not shown)");
- the caption convention itself: the present tense of what a picture shows ("takes off", "holds",
  "gestures") with the day's full date, where a story tells the past in the past tense;
- the same text twice in a row, the second time with a credit after it (the image's alt text, then
  its caption).

A *note about the article* ("This report by The Canadian Press was first published Sept. 6, 2023.",
"This is an archived article …", "Opinions expressed by … contributors are their own.") is the page
speaking of itself: never a key point or the summary.
"""

from __future__ import annotations

import re

from briefkit.extract.regexguard import guarded
from briefkit.extract.sentences import split_sentences
from briefkit.extract.textcache import text_cache

_CREDIT_END = guarded(re.compile(
    # (AP Photo/…), (ABC News, file photo)
    r"(?:\((?:[^()]{0,60}\b(?:photo|photograph|picture|image|file)s?\b[^()]{0,60}"
    r"|[A-Z][^()/]{1,40}/\s?[A-Z][^()]{1,60})\)"  # (Sean Kilpatrick/The Canadian Press), (Xinhua/Li Ming)
    r"|\[(?:photo|image)[^\]]{0,60}\]"  # [Photo/Xinhua]
    # REUTERS/Lisa Marie David/File Photo
    r"|\b(?:REUTERS|AFP|AP|EPA|Reuters|Getty\s+Images|Bloomberg|Xinhua)/[\w .'/-]{2,60}"
    r"|\d(?:Reuters|AFP|AP|Getty\s+Images|Xinhua|Bloomberg)"  # "… 9 February 2022Reuters": credit glued to the date
    # "… leaves the Philippines. Philstar/File photo | Kristine Javier |": the paper's file photo, then the byline bar
    r"|\b[A-Z][\w.]{1,30}/\s?(?:file\s+)?photo\b(?:\s*\|[^|]{1,40})*\s*\|?"
    r"|\b(?:photo|photograph|picture|image)s?(?:\s+credit)?\s*(?::|by\b)\s*[^.!?]{1,80}"  # Photo: Leon Neal/AFP
    # 中新社记者 易海菲 摄
    r"|(?:[\u4e00-\u9fff]{0,8}(?:记者|記者|通讯员|通訊員)\s*)?[\u4e00-\u9fff·]{2,5}\s*(?:摄|攝)(?:影)?"
    r"|(?:摄|攝)\s*[:：][^。]{1,60}"  # 攝:Thomas Peter /Reuters/達志影像
    # （圖／時代力量提供）, (图表来源:…)
    r"|[（(](?:图|圖)(?:片|表)?(?:来源|來源)?\s*[/／:：][^）)]{1,40}[）)])\s*[.。]?\s*$",
    re.IGNORECASE))
_CAPTION_START = re.compile(
    r"^(?:FILE(?:\s+PHOTO)?\s*(?:[-—–:]|\s-)"  # FILE — In this …, FILE PHOTO: People eat …
    r"|In\s+this\s+(?:[\w.,]+\s+){0,6}?(?:file\s+)?(?:photo|image|picture)\b"  # In this Sept. 2, 2020, file photo,
    r"|This\s+(?:[\w.,-]+\s+){0,6}?(?:photo|image|picture)\s+(?:taken|shows|made|provided)\b"
    r"|(?:图为|圖為|资料图|資料圖|图片来源|圖片來源|图表来源|圖表來源))", re.IGNORECASE)
_ALT_TEXT = re.compile(
    r"\(not\s+shown\)"
    r"|^(?:An?|Two|Three|Several)\s+(?:[a-z-]+\s+){0,2}(?:man|woman|men|women|person|people|child|children|boy|girl|"
    r"workers?|farmers?|crowd|protesters?|shoppers?|customers?)\s+(?:[a-z]+ly\s+)?"
    r"(?:stands?|sits?|holds?|walks?|looks?|poses?|speaks?|listens?|waits?|gestures?|smiles?|shops?|wears?|"
    r"carr(?:y|ies)|pushe?s?|rides?|works?)\b")
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_FULL_DATE = re.compile(rf"(?:\b{_MONTH}\s+\d{{1,2}},\s+|\b\d{{1,2}}\s+{_MONTH}\s+)(?:19|20)\d\d\b")
# What a picture shows, in the present tense (captions are written so; stories tell the past in the past).
_SHOWN = re.compile(
    r"\b(?:stands|sits|holds|walks|looks\s+on|poses|speaks|listens|waits|gestures|smiles|waves|takes\s+off|lands|"
    r"attends|arrives|delivers|addresses|shakes\s+hands|inspects|reacts|visits|tours|checks|arranges|displays|"
    r"works|harvests|sorts|loads|unloads|shops|queue|queues|stand|sit|pose|gesture)\b")
_TOLD = re.compile(r"\b(?:said|says|told|will|would|announced|reported|expects?|is\s+(?:expected|set|due)|are\s+"
                   r"(?:expected|set|due)|plans?|was|were|had|has|have)\b")
_NOTE = guarded(re.compile(
    r"^This\s+(?:report|article|story)\s+(?:by|was|has|is|first)\b|^This\s+is\s+an\s+archived\s+(?:article|story)"
    r"|\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)|^An\s+earlier\s+version\s+of\s+this"
    r"|^(?:Editing|Reporting|Writing)\s+by\b|\bembargoed\s+until\b"
    # an archived page's notice: "Information identified as archived is provided for reference, research …"
    r"|\bidentified\s+as\s+archived\b|\bprovided\s+(?:only\s+)?for\s+(?:reference|(?:personal\s+)?research)\b"
    # A publisher's disclaimer: "Opinions expressed by Entrepreneur contributors are their own."
    r"|\b(?:views?|opinions?)\s+expressed\s+(?:by|in|here)\b"
    # the page pointing elsewhere: "Further information is available in …", "For more details, visit …"
    r"|^(?:For\s+)?(?:further|more|additional)\s+(?:information|details)\s+(?:is|are|can|may|on|about|visit|see|"
    r"please|contact)\b|^For\s+(?:further|more)\s+(?:information|details)\b", re.IGNORECASE))
_MAX_WORDS = 80
# What any credit ``_CREDIT_END`` matches must hold (a bracket, a slash, a credit's word or character, a
# digit glued to an agency), with the letters that ``re.IGNORECASE`` makes equal to an "i" or an "s"
# (a text holding one is always scanned): a text with none of these has no credit, and is not scanned.
_CREDIT_CHARS = (")", "]", "/", "摄", "攝", "图", "圖", "\u0130", "\u0131", "\u017f")
_CREDIT_WORDS = ("photo", "pictur", "imag")
_GLUED_AGENCY = re.compile(r"\d(?:reuters|afp|ap|getty|xinhua|bloomberg)", re.IGNORECASE)


def _without_credit(text: str) -> str:
    """``text`` without the picture credit that ends it (the same as ``_CREDIT_END.sub``, which is skipped
    where no credit can be: the scan tries each of its many kinds at every position of the text)."""
    lowered = text.lower()
    if any(c in text for c in _CREDIT_CHARS) or any(w in lowered for w in _CREDIT_WORDS) \
            or _GLUED_AGENCY.search(text):
        return _CREDIT_END.sub("", text)
    return text


# (a pure function of its text, asked again for the same lines by several readers of one page)
@text_cache(maxsize=1024)
def is_caption(text: str) -> bool:
    """Whether a paragraph (or a sentence standing alone) reads as a photo caption or alt text (see the module).

    A credit closes a caption of one or two sentences; a longer paragraph ending on one is prose with a
    picture's credit glued on (:func:`story_part` keeps its text).
    """
    text = text.strip()
    if len(text.split()) > _MAX_WORDS or len(text) > 600:
        return False
    core = _without_credit(text).strip()
    if core != text and len(split_sentences(core)) <= 2:
        return True
    return _described(core)


def _described(text: str) -> bool:
    """Opens as a caption does, describes a picture (alt text), or follows the caption convention."""
    return bool(_CAPTION_START.match(text) or _ALT_TEXT.search(text)) or shows_a_picture(text)


def story_part(sentence: str) -> str:
    """``sentence`` without a picture credit glued to its end; "" when it is a caption or a credit alone."""
    core = _without_credit(sentence).strip()
    if _described(core) or (core != sentence.strip() and len(re.findall(r"\w+", core)) < 3):
        return ""
    return core if core != sentence.strip() else sentence


def shows_a_picture(sentence: str) -> bool:
    """The caption convention: what is shown, in the present tense, on the day's full date, with no telling verb."""
    if not _YEAR.search(sentence):
        return False  # a full date holds a year: the date's scan (its month names at every word) is skipped
    date = _FULL_DATE.search(sentence)
    return bool(date and len(sentence) - date.end() <= 3 and _SHOWN.search(sentence[:date.start()])
                and not _TOLD.search(sentence) and len(sentence.split()) <= 45)


@text_cache(maxsize=1024)
def is_note(sentence: str) -> bool:
    """Whether a sentence is the page speaking of itself ("This report by … was first published …").

    Cached (a function of the sentence alone): the summary asks it of each sentence twice.
    """
    return bool(_NOTE.search(sentence.strip()))


def caption_blocks(texts: list[str]) -> set[int]:
    """The indexes of the blocks that are captions or alt text, among a page's blocks in order.

    Besides :func:`is_caption`, a block repeated at the start of the next one, which adds only a
    credit, is an image's alt text followed by its caption: both go.
    """
    found = {i for i, text in enumerate(texts) if is_caption(text)}
    for i in range(len(texts) - 1):
        first, second = texts[i].strip(), texts[i + 1].strip()
        tail = second[len(first):].strip()
        if len(first) >= 30 and second.startswith(first) and 0 < len(tail) <= 80 and _credit_tail(tail):
            found |= {i, i + 1}
    return found


def _credit_tail(tail: str) -> bool:
    """A credit added after a caption: bracketed, or a few capitalised words ("Reuters", "AFP/Getty Images")."""
    return (tail.startswith("(") and tail.endswith(")")) or bool(
        re.fullmatch(r"[.\s]*(?:[A-Z][\w.&'/-]*\s*){1,5}", tail))
