"""The article body as sentences, each knowing its paragraph and heading.

Every later step (figures, timeline, quotes, sections) works on these
sentences, so every extracted item can name the exact sentence it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefkit.extract.boilerplate import EMAIL, is_boilerplate, is_furniture
from briefkit.extract.bylines_en import glued_byline
from briefkit.extract.bylines_zh import is_reporter_line
from briefkit.extract.captions import caption_blocks, story_part
from briefkit.extract.headlines import TIME_OF_DAY, is_date_line
from briefkit.extract.listmarks import BULLETS
from briefkit.extract.metadata import strip_outlet
from briefkit.extract.runins import run_in_title
from briefkit.extract.sentences import split_sentences
from briefkit.extract.taillists import tail_list
from briefkit.readers import Article
from briefkit.readers.model import Block

_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,40}(?:,\s*[\w .,'-]{1,40}?)?\s*(?:\([\w .]+\)\s*)?[-–—]+\s+"
                       r"|^\d{1,2}\s+[a-zéû]{3,10}\.?\s*\([\w .]+\)\s*[-–—]+\s+"  # "10 oct (Reuters) - "
                       # a press wire's: "CHICAGO, ILLINOIS--(Marketwire - Sept. 8, 2010) - ", "--(BUSINESS WIRE)--"
                       r"|^[A-Z][A-Z .'-]{2,40}(?:,\s*[\w .,'-]{1,40}?)?\s*[-–—]{1,2}\s*\([^()]{2,60}\)\s*[-–—]{1,2}\s*"
                       r"|^[\u3400-\u9fff]{2,6}?(?:社|网|網|台|报|報)[\u3400-\u9fff]{0,8}?\d{1,2}月\d{1,2}日(?:电|電)"
                       r"(?:\s*[(（][^)）]{0,40}[)）])?\s*")
_ABOUT = re.compile(r"^(?:about|à propos de|关于)\s+\S|^(?:(?:media|press)\s+(?:notes?|contacts?|enquiries|inquiries)|"
                    r"for\s+(?:media|press)\s+(?:enquiries|inquiries))\s*[:：]?$", re.IGNORECASE)
"""A heading that closes a press release ("About the company", "Media notes:", "Press contacts"): what follows
it is for journalists, not the story.  "Notes to editors" stays: a release's numbered notes carry its facts."""


@dataclass(frozen=True)
class Sentence:
    """One sentence of the body."""

    text: str
    index: int
    paragraph: int
    heading: str | None


@dataclass
class Body:
    """The sentences of an article and how many boilerplate ones were dropped."""

    sentences: list[Sentence]
    headings: list[str]
    dropped: int
    captions: list[Sentence] = field(default_factory=list)
    """Photo captions and alt text: out of the story, but the places and bodies they name are the page's."""

    @property
    def text(self) -> str:
        """All sentences, one paragraph per line."""
        lines: dict[int, list[str]] = {}
        for s in self.sentences:
            lines.setdefault(s.paragraph, []).append(s.text)
        return "\n".join(" ".join(v) for v in lines.values())


_CREDIT_HEADING = re.compile(r"^\s*(?:(?:written|reported|reporting|compiled|edited|photos?|photography|words|story)"
                             r"\s+)?by\s*:?\s+(?!The\b)[A-Z][\w.'’-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+", re.IGNORECASE)
"""A credit line ('Written by A and B for Reuters', 'By: Jane Doe'): a short line the reader took for a heading."""


# "{snip}", "[...]", "(more)", "* * *": where a repost or a transcript leaves text out, or a scene break
_ELISION = re.compile(r"^(?:[\[({<]\s*(?:snip(?:ped)?|\.{3}|…|cut|more|edited)\s*[\])}>]|(?:\*\s*){3,}|…|\.{3}|#{3,})$",
                      re.IGNORECASE)


_PROMO = re.compile(
    r"^(?:Follow|Subscribe(?:\s+to)?|Sign\s+up|Join|Download|Get|Keep\s+up(?:\s+to\s+date)?\s+with|Listen\s+to|"
    r"Watch|Like\s+us|Click|Tap|Stay\s+(?:up\s+to\s+date|informed))\b.{0,100}?\b(?:WhatsApp|Telegram|Twitter|"
    r"Facebook|Instagram|YouTube|TikTok|LinkedIn|Threads|Bluesky|newsletters?|app|podcasts?|channel|latest\s+news|"
    r"(?:news\s+)?alerts|Google\s+News|Apple\s+News|Spotify|breaking\s+news)\b"
    r"|^Read\s+(?:the\s+)?(?:full|complete|original|whole)\b.{0,60}\b(?:article|story|report|interview|here)\b",
    re.IGNORECASE)
"""The page asking to be followed ("Follow Sky News on WhatsApp", "Keep up with all the latest news … by following
Sky News"): a call to action set inside the story, no theme's heading and no sentence of the article."""


_PROMO_WORDS = 30  # a call to action is a line; a paragraph that opens "Download …" may be the story's


# a widget's label standing where a heading would: an advert's control ("Hide Ad", "Advertisement"), a text-size
# switch ("字號", "小字號 大 中 小"), a share or print button
_WIDGET = re.compile(r"^(?:(?:hide|skip|close|remove|report)\s+(?:this\s+)?ads?|ads?|advert(?:isement)?s?|"
                     r"sponsored(?:\s+content)?|[大中小]?字[號号体體](?:\s*[:：]?\s*[大中小](?:\s|$)*){0,3}|分享到?|打印|收藏)"
                     r"\s*[:：]?$", re.IGNORECASE)
# one caption printed several times and run together ("Rail Minister Huw MerrimanRail Minister Huw Merriman")
_RUN_TOGETHER = re.compile(r"^(.{8,}?)\s*\1")


def _not_a_heading(text: str) -> bool:
    """An elision mark, a date line, a widget's label, a caption run into itself, a user name
    ("mahatmakanejeeves" over a forum post), a live page's "Updated 1.10pm", an address (a reporter's
    "nick@example.ie" under the byline, a link) or a chart's caption ("图1:…", "Figure 2. …") standing where a
    heading would: none names a theme."""
    text = text.strip()
    return bool(_ELISION.match(text) or _WIDGET.match(text) or _RUN_TOGETHER.match(text) or _UPDATED.match(text)) \
        or is_date_line(text) \
        or bool(re.fullmatch(r"[a-z][\w.-]{3,30}", text) or _ADDRESS.search(text))


_UPDATED = re.compile(r"^(?:last\s+)?(?:updated?|posted)\s*(?:at\s*)?[:：]?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
                      r"\s*\w{0,4}$", re.IGNORECASE)
"""A live page's time stamp where a heading would be: "Updated 1.10pm"."""
_ADDRESS = re.compile(EMAIL.pattern + r"|^(?:https?://|www\.)\S+$"
                      # a chart's or table's caption: "图1:2011-2015年…", "Figure 2. Exports by month"
                      r"|^(?:图|圖|表|Figure|Fig\.|Table|Chart|Graph)\s*\d{1,3}\s*[:：.]", re.IGNORECASE)


_LIST_MARK = re.compile(rf"^\s*[{BULLETS}]\s*")
"""A bullet glyph opening a list item."""


def _stamp(text: str) -> bool:
    """A paragraph that is a date stamp: a date line with a time, or with no full stop ("Election day is
    November 5, 2024." is a sentence)."""
    text = text.strip()
    return is_date_line(text) and (bool(TIME_OF_DAY.search(text)) or not text.endswith((".", "!", "?", "。")))


_WIRE_CREDIT = re.compile(r"^\s*(?:By|From)\s+(?:The\s+)?(?:Associated\s+Press|AP|Reuters|AFP|Agence\s+France-Presse|"
                          r"Bloomberg(?:\s+News)?|Xinhua|Press\s+Association|PA(?:\s+Media)?|Canadian\s+Press|AAP|"
                          r"Dow\s+Jones|UPI|Kyodo|Yonhap|Bernama|PTI|IANS|ANI|dpa)(?:\s+staff)?\s*$", re.IGNORECASE)
"""A wire's credit standing as a heading ("By The Associated Press"): "By The" opens headings too ("By the
numbers"), so the credit heading's pattern leaves it out and the wires are named here."""


def is_credit_heading(text: str) -> bool:
    """True when a heading-like block is a byline or credit, not the start of a section."""
    return bool(_CREDIT_HEADING.match(text) or _WIRE_CREDIT.match(text)) or is_reporter_line(text)


_REPEAT_MIN_WORDS = 8
_REPEAT_MIN_CJK = 15


def repeated(sentence: str, seen: set[str]) -> bool:
    """True when a sentence long enough to be a statement was already read: a page that prints the story
    twice (furniture repeating the body, a standfirst repeated as the first paragraph) states each fact once.
    Short sentences ("Yes.", "Thank you.") may well be said twice and stay; ``seen`` learns ``sentence``."""
    key = " ".join(sentence.split()).casefold()
    long_enough = len(key.split()) >= _REPEAT_MIN_WORDS or len(re.findall(r"[\u3400-\u9fff]", key)) >= _REPEAT_MIN_CJK
    if not long_enough:
        return False
    if key in seen:
        return True
    seen.add(key)
    return False


def _rejoined(blocks: list[Block]) -> list[Block]:
    """A "heading" whose sentence runs on in the next paragraph ("3. A statement of objections gives notice of
    a proposed infringement decision" over "under the CA98 to the parties …"): a line the page wrapped, put
    back into its paragraph, so that no theme is headed by half a sentence and opened by the other half."""
    out: list[Block] = []
    for block in blocks:
        before = out[-1] if out else None
        if before is not None and before.is_heading and not block.is_heading and re.match(r"[a-z]", block.text) \
                and not before.text.rstrip().endswith((":", ".", "?", "!")):
            out[-1] = Block(f"{before.text.rstrip()} {block.text.lstrip()}")
            continue
        out.append(block)
    return out


def build_body(article: Article, title: str | None = None) -> Body:
    """Split the article's body blocks into sentences, dropping boilerplate.

    ``title``: the title when it was read from one of the first blocks, which is then no body text
    ("中國開"兩會" 外媒記者們關心啥? ( 1/ 16 )" would give a figure 16), nor is a block repeating it among the
    first twelve (a forum's repost prints the headline again under the source line).
    """
    sentences: list[Sentence] = []
    headings: list[str] = []
    heading: str | None = None
    # a list closing the story ("… include:" over "• Ministry of Defence: Rs. 142.95 billion") the reader took
    # for the page's tail: the story's own lines, put back after its last paragraph
    page = [*article.blocks, *tail_list(article.blocks, article.tail)]
    blocks = _rejoined([b for i, b in enumerate(page)
                        if not is_furniture(b.text) and not (i < 12 and title and b.text.strip() == title)])
    dropped = len(page) - len(blocks)
    last_para = max((i for i, b in enumerate(blocks) if not b.is_heading), default=-1)
    captions = caption_blocks([b.text for b in blocks])  # photo captions and alt text: no part of the story
    caption_lines: list[Sentence] = []
    seen: set[str] = set()
    for number, block in enumerate(blocks):
        if block.is_heading and _ABOUT.match(block.text) and number > len(blocks) // 2:
            break  # "About the company" closes a press release: boilerplate from here on
        if number in captions:
            caption_lines += [] if block.is_heading else [Sentence(block.text, -1, number, heading)]
            continue
        if _PROMO.match(block.text.strip()) and len(block.text.split()) <= _PROMO_WORDS:
            dropped += 1  # a call to follow the outlet, as a heading or a paragraph: no part of the story
            continue
        if not block.is_heading and _stamp(block.text):
            dropped += 1  # "August 17, 2017 03:08 ET (07:08 GMT)" under a wire story: the page's date, no sentence
            continue
        if block.is_heading and (is_credit_heading(block.text) or _not_a_heading(block.text)):
            dropped += 1  # metadata reads it; as a heading it would name a theme after the reporters or a date
            continue
        if block.is_heading and not _LIST_MARK.match(block.text):
            heading = block.text
            headings.append(heading)
            continue
        # "• Fares for students: up 1 cent" is short and has no full stop, so the reader may take it for a
        # heading: a list item is the article's text, never the name of a theme
        text = _LIST_MARK.sub("", strip_outlet(block.text) if number == last_para else block.text)
        if not sentences:
            text = glued[2] if (glued := glued_byline(text)) else text  # "By JANE SMITH Associated Press …"
            if title and (run_in := run_in_title(text)) and "".join(run_in[0].split()) == "".join(title.split()):
                text = text[run_in[1]:]  # the headline run into the dateline ("…公布 新华网北京12月28日电"): not text
            text = _DATELINE.sub("", text, count=1)  # "GENEVA, April 10 (Reuters) - " is metadata
        for sentence in split_sentences(text):
            story = story_part(sentence)
            if story and repeated(story, seen):
                dropped += 1  # the page printed the story twice: one fact is one figure, one point, one bar
                continue
            if is_boilerplate(sentence) or not story:
                dropped += 1
                caption_lines += [] if story else [Sentence(sentence, -1, number, heading)]
                continue
            sentences.append(Sentence(story, len(sentences), number, heading))
    return Body(sentences, headings, dropped, caption_lines)
