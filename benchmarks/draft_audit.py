"""What does a reader see in the products built from an uncurated draft?  Defects counted over the dev corpus.

    python benchmarks/draft_audit.py [-v] [--only PREFIX] [--render N]

Every development article (``benchmarks/articles``; never ``fresh/`` nor ``heldout/``) is drafted in-process,
and the three products (note, slides, Word summary) are laid out as their writers receive them (template,
parse, repeated sentences dropped: :func:`briefkit.render.document_for`).  Counted, per kind:

- ``quote_repeat``: a quotation a product shows that the draft's summary, a key point or the background
  already says (speaker notes included: a presenter reads them), counted once per product;
- ``quote_no_speaker``: a quotation shown without a speaker where its sentence names one ("said X", "X
  said", "according to X", 表示/说/指出/称 after a name);
- ``quote_bad_speaker``: a speaker that is a pronoun, an interface word, starts in lower case or runs long;
- ``quote_unattributed``: a quotation a product shows with no speaker at all (for information: an article
  may name none, as in "…,” it added." with no one named before);
- ``tile_label_twice``: two key-figure tiles (deck) or table rows (note) with one label (the Word summary's
  table lists every figure, with its period: it is not counted);
- ``tile_same_number``: two tiles or rows showing one number;
- ``tile_fragment``: a tile's label that is a fragment (opens on a preposition or article in lower case,
  ends on one, or is a single character);
- ``tile_in_words``: a tile or table row whose number is spelled in words ("two", "five-year"): a count the
  sentence says better, in the place of a figure;
- ``empty_section``: a heading with nothing under it before the next heading or slide;
- ``empty_title``: a product whose title is empty, the placeholder, or the article's file name standing in
  for a title the page did not print (the products then show a file name as if it were the title);
- ``working_title``: a product titled by a working title from the summary's lead, marked as such (for
  information: the page printed no title);
- ``chart_apart``: a drafted chart whose bars a reader would not compare: a bar labelled by its sentence's
  words with the unit tacked on ("Usage exceeds: kl"), two bars under one label as printed, a change beside
  levels ("比上年减少", "An increase of"), a total beside its parts, or a bar under a twentieth of the largest
  (rates excepted);
- ``agenda_stale``: a deck's agenda entry naming no slide of the deck (a themes entry counts as named while a
  theme slide is there);
- ``intro_orphan``: a paragraph ending on a colon ("The article's themes:") with no list or table under it, or a
  list's item that only leads in ("1. From the Bank:");
- ``heading_lead_in``: a heading that names no topic: a run-in lead ending on a colon ("For example:"), one
  stopping on an article, preposition or conjunction, or opening on a pronoun ("He was stabbed");
- ``title_repeat``: a product's title that the product prints again as a sentence of its text (a lead
  sentence taken for the headline, and a key point saying it again);
- ``title_long``: a product's title over 18 words (English) or 45 characters (Chinese): a sentence, not a
  headline, which a title slide cannot hold on two lines (for information where the page printed it so);
- ``sentence_twice``: one sentence (six words or more) printed twice in a product's text, speaker notes apart;
- ``point_fragment``: a key point or a quotation that is no sentence: it opens in lower case (the rest of a
  sentence the page broke; a quotation of six words or more so opening, ten with no speaker, is an excerpt,
  which the products mark "…"), is three words or fewer, or is an interface word ("Share", "Read more");
- ``quote_inside``: a key point that is a sentence from inside a quotation the article runs over several
  sentences (a quotation mark opened before it in its paragraph and not yet closed): someone's words shown
  as the article's, with neither their marks nor their speaker (a point showing both is not counted: "X: “…”",
  or its opening mark restored before the speech tag naming X);
- ``cut_sentence``: a summary, key point or background paragraph that stops mid-sentence: cut with "..."
  after a word or a comma (a teaser's dek), or ending on a word with no closing stop;
- ``lead_credit``: a summary, key point or background paragraph opening on what files the story, not what it
  says: a dateline ("MANILA - ", "( May 23, 2014, Colombo, …)"), a live blog's entry time ("10.50am:"), a Chinese
  credit ("天健网消息(记者 …)", "本报讯", "中新社天津5月29日电");
- ``render_error``: a product that does not build at all;
- ``site_voice``: a summary, key point, theme heading or theme paragraph in which the site speaks, not the story:
  its appeal to the reader (a paragraph saying "we"/"our" and "you"/"your" that asks for a donation, a
  subscription, "your help" or "support for us") or its note on the page ("This article was produced by …");
- ``heading_picture``: a theme's heading that names a picture (its alt text: "ADB logo ADB", "File photo");
- ``tile_currency_tail``: a tile's or row's label ending on its sum's currency prefix ("Loan of US" for "US
  $14.66 million"), or that prefix alone ("US");
- ``chart_by_unit``: a drafted Chinese chart headed by its unit alone ("单位：CNY", "百分比") where its bars'
  labels name a measure they share (a common end of two characters or more; English charts are headed by their
  unit: their labels share a word more often than a measure);
- ``chart_mixed``: a drafted chart of rates setting a fall beside rises (both bars stand up) or a growth rate
  beside a level (a share, a contribution, an unemployment rate);
- ``timeline_single``: a timeline (slides) with a single event: a dated sentence, not a timeline;
- ``tile_stray_bracket``: a tile's or row's label closing a bracket it never opened ("GDP)同比增长").

``--render N`` also writes the PDFs of the first N articles (after ``--only``) and reads them back with
pdftotext: notes over two pages, notes whose second page holds only the Sources block
(``note_sources_alone``), and slides whose body words exceed the theme's budget are counted too.
The heuristics are this script's own, written apart from the extractor's.  ``-v`` prints each defect.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefkit.content.model import Brief  # noqa: E402
from briefkit.content.worktitle import titled  # noqa: E402
from briefkit.document.nodes import (  # noqa: E402
    BlockQuote,
    BulletList,
    Chart,
    Document,
    Figures,
    Heading,
    Notes,
    OrderedList,
    Paragraph,
    SlideBreak,
    Table,
    Timeline,
    block_text,
    is_attribution,
    plain_text,
)
from briefkit.errors import BriefkitError  # noqa: E402
from briefkit.extract import extract_article  # noqa: E402
from briefkit.extract.speakers import speaker  # noqa: E402
from briefkit.labels import labels_for  # noqa: E402
from briefkit.packs import find_pack  # noqa: E402
from briefkit.readers import read_article  # noqa: E402
from briefkit.render import RenderRequest, document_for, render_brief  # noqa: E402
from corpus import ARTICLES, articles_in  # noqa: E402

KINDS = ("render_error", "quote_repeat", "quote_no_speaker", "quote_bad_speaker", "quote_unattributed",
         "tile_label_twice", "tile_same_number", "tile_fragment", "empty_section", "empty_title", "working_title",
         "chart_apart", "heading_lead_in", "agenda_stale", "intro_orphan", "note_over_2_pages", "note_sources_alone",
         "slide_over_budget", "title_repeat", "title_long", "sentence_twice", "point_fragment", "quote_inside",
         "cut_sentence", "lead_credit",
         "tile_in_words", "site_voice", "heading_picture", "tile_currency_tail", "chart_by_unit", "chart_mixed",
         "timeline_single", "tile_stray_bracket")
_SPEECH = re.compile(r"\b(?:said|says|told|added|stated|noted|according to|explained|warned|insisted)\b"
                     r"|[\u3400-\u9fff]{2,}(?:表示|说|指出|强调|称|认为|介绍)")
_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "this", "that", "these",
                       "those", "who", "他", "她", "它", "他们", "她们", "我们", "其"])
_INTERFACE = frozenset(["like", "share", "reply", "comment", "follow", "subscribe", "tweet", "print", "email",
                        "save", "more", "read", "menu"])
_FUNCTION = frozenset(["a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
                       "as", "than", "that", "which", "its", "their"])
_NORM = re.compile(r"[\W_]+")


def norm(text: str) -> str:
    """Lower case, letters and digits only: quotation marks and spacing do not hide a repeat."""
    return _NORM.sub(" ", text.lower()).strip()


def bad_speaker(name: str) -> bool:
    """A pronoun, an interface word, a lower-case start or a clause rather than a name."""
    words = name.split()
    return (name.strip().lower() in _PRONOUNS or name.strip().lower() in _INTERFACE or (not name[:1].isupper()
            and not re.match(r"[\u3400-\u9fff]", name)) or len(words) > 8)


def content_defects(brief: Brief) -> list[tuple[str, str]]:
    """The draft's quotes: their speakers."""
    found: list[tuple[str, str]] = []
    for quote in brief.quotes:
        if quote.attribution and bad_speaker(quote.attribution):
            found.append(("quote_bad_speaker", f"{quote.attribution!r}: {quote.text[:70]}"))
        outside = re.sub(r"[\"“「『«][^\"”」』»]*[\"”」』»]", " ", quote.source_text or "")
        if not quote.attribution and _SPEECH.search(outside) and _names_someone(outside):
            found.append(("quote_no_speaker", f"{quote.text[:60]} <- {(quote.source_text or '')[:80]}"))
    return found


_CUT_TAIL = re.compile(r"(?:[^\W\d]|,)\s?(?:\.{3}|…)$|[^\W\d]$")
_INTERFACE_LINE = re.compile(r"^(?:share|like|reply|comment|follow|subscribe|tweet|print|email|save|read\s+more|"
                             r"more|menu|advertisement|click\s+here|see\s+more)\W*$", re.IGNORECASE)


def fragment(text: str, excerpt_words: int = 0) -> bool:
    """A key point or quotation that is no sentence: the rest of a broken one, three words or fewer, or an
    interface word.  A quotation opening mid-sentence is an excerpt (the products mark it "…") from
    ``excerpt_words`` words: a shorter one is a phrase borrowed, no statement."""
    bare = text.strip().lstrip("\"“‘'(…. ")
    if re.search(r"[\u3400-\u9fff]", bare):
        return len(bare) < 6
    mid = bool(re.match(r"[a-z]", bare) and not re.match(r"(?:de|van|von|e\.g|i\.e)\b|[a-z]+[A-Z]", bare))
    return (mid and not (excerpt_words and len(bare.split()) >= excerpt_words)) \
        or len(bare.split()) <= 3 or bool(_INTERFACE_LINE.match(bare))


def cut_short(text: str) -> bool:
    """A paragraph that stops mid-sentence: "…" after a word or a comma, or a last word with no stop (English;
    a Chinese paragraph may close on a bracket or a quotation of its own)."""
    text = text.strip()
    if re.search(r"[\u3400-\u9fff]", text[-12:]):
        return text.endswith(("...", "…")) and not text.endswith(("。...", "。…"))
    return len(text.split()) > 6 and bool(_CUT_TAIL.search(text))


def text_defects(brief: Brief) -> list[tuple[str, str]]:
    """Key points that are no sentences; summary, points and background cut short."""
    found = [("point_fragment", f"point: {p.text[:80]}") for p in brief.key_points if fragment(p.text)]
    texts = [brief.summary or "", *(p.text for p in brief.key_points), *brief.background]
    return found + [("cut_sentence", t[-80:]) for t in texts if t and cut_short(t)] \
        + [("lead_credit", t[:80]) for t in texts if t and _LEAD_CREDIT.match(t)]


# what files a story, not what it says, opening a drafted paragraph: a dateline in capitals ("MANILA - ", "LONDON,
# March 5 (Reuters) -"), a dated one in brackets ("( May 23, 2014, Colombo, …)"), a live blog's entry time ("10.50am:"),
# a Chinese credit ("天健网消息(记者 …)", "本报讯", "中新社天津5月29日电") — written here apart from the extractor's
# own patterns, so the audit does not grade the extractor by its own rules
_LEAD_CREDIT = re.compile(r"^(?:[A-Z]{4,}(?:[ ,]+[A-Z][A-Za-z.]+){0,3}(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                          r"\s*(?:\([^()]{1,30}\))?\s*(?:--|—|–|-)\s"
                          r"|\(\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?)\s+(?:19|20)\d{2}\s*,"
                          r"|\d{1,2}[.:]\d{2}\s*(?:[ap]m|[ap]\.m\.)\s*[:|–—-]"
                          r"|[\u3400-\u9fffA-Za-z]{2,12}(?:消息|讯|訊)\s*[(（:：]|本报讯|本報訊"
                          r"|[\u3400-\u9fff]{1,8}(?:社|网|網|报|報)[\u3400-\u9fff]{0,6}\d{1,2}月\d{1,2}日(?:电|電))")


def _open_quote(before: str) -> bool:
    """Whether a quotation is open at the end of ``before`` (curly marks unbalanced, or an odd straight count)."""
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


_SHOWN_QUOTED = re.compile(r"^[^\"“”「」:：]{2,80}[:：]\s?[\"“「]")
"""A point shown as a quotation with its speaker before it ("Hannah Terrey: “We know that …”"): their marks
and their speaker, as a reader should see someone's words."""


def shown_quoted(text: str, source: str) -> bool:
    """A point shown as someone's words: "X: “…”", or opened by a mark its sentence lacks and closed by the
    speech tag naming X ("“… period,” the SBP said.")."""
    restored = text[:1] in "“\"" and source[:1] not in "“\""
    return bool(_SHOWN_QUOTED.match(text)) or (restored and speaker(text.rsplit("”", 1)[-1])[0] is not None)


def inside_defects(brief: Brief, paragraphs: list[str]) -> list[tuple[str, str]]:
    """Key points whose sentence stands inside a quotation opened earlier in its paragraph (unless the point
    shows it as one: its speaker and its marks, or its opening mark and the speech tag naming its speaker)."""
    found = []
    for point in brief.key_points:
        if shown_quoted(point.text, point.source_text or ""):
            continue
        head = (point.source_text or point.text)[:40]
        where = next(((par, i) for par in paragraphs if (i := par.find(head)) >= 0), None)
        if where is not None and where[1] > 0 and _open_quote(where[0][:where[1]]):
            found.append(("quote_inside", f"point: {point.text[:80]}"))
    return found


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘(]?[A-Z0-9])|(?<=[。！？])[”’」』]?")


def _shown_sentences(doc: Document) -> list[str]:
    """The sentences of a product's paragraphs, list items, quotations and table cells (not its speaker notes,
    whose purpose is to say the slide again, nor its headings)."""
    texts: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Paragraph | BulletList | OrderedList | BlockQuote):
            texts += block_text(block).splitlines()
        elif isinstance(block, Table):
            texts += [plain_text(cell) for row in block.rows for cell in row]
    return [s.strip() for t in texts for s in _SENTENCE_END.split(t) if s.strip()]


def title_defects(doc: Document) -> list[tuple[str, str]]:
    """The title printed again in the text, a title too long for a headline, and a sentence printed twice."""
    title = str(doc.meta.get("title") or "")
    found: list[tuple[str, str]] = []
    shown = [" ".join(norm(s).split()) for s in _shown_sentences(doc)]
    key = " ".join(norm(title).split())
    cjk = bool(re.search(r"[\u3400-\u9fff]", title))
    if (len(key) >= 20 if cjk else len(key.split()) >= 5) and key in shown:
        found.append(("title_repeat", title[:90]))
    if (len(title) > 45) if cjk else len(title.split()) > 18:
        found.append(("title_long", title[:90]))
    counts = Counter(s for s in shown if (len(s) >= 15 if re.search(r"[\u3400-\u9fff]", s) else len(s.split()) >= 6))
    return found + [("sentence_twice", s[:90]) for s, n in counts.items() if n > 1]


def _names_someone(outside: str) -> bool:
    """The sentence, quotations removed, names someone near its speech verb (not only a pronoun)."""
    for match in _SPEECH.finditer(outside):
        if re.search(r"[\u3400-\u9fff]", match.group(0)):
            head = match.group(0)[:-2] if match.group(0)[-2:] in {"表示", "指出", "强调", "认为", "介绍"} \
                else match.group(0)[:-1]
            if head[-1:] not in {"他", "她", "们", "其"}:
                return True
            continue
        around = outside[max(0, match.start() - 40):match.end() + 50]
        names = re.findall(r"\b[A-Z][\w.'-]+", around)
        if [n for n in names if n.lower() not in _PRONOUNS and n not in {"The", "A", "In", "But", "And"}]:
            return True
    return False


_NUMERAL = re.compile(r"[\d〇一二三四五六七八九十百千万萬亿億两兩]")


def _label_fragment(label: str) -> bool:
    words = label.split()
    if not words or len(label.strip()) <= 1:
        return True
    return words[0] in _FUNCTION or words[-1].lower() in _FUNCTION or not re.match(r"[\w\u3400-\u9fff(]", label)


def _tiles(doc: Document) -> list[list[tuple[str, str]]]:
    """(value, label) of each figures block and each key-figures table, one list a page or slide."""
    groups: list[list[tuple[str, str]]] = []
    for block in doc.blocks:
        if isinstance(block, Figures):
            groups.append([(t.value, plain_text(t.label)) for t in block.items])
        elif isinstance(block, Table) and len(block.header) == 2:
            groups.append([(plain_text(r[0]), plain_text(r[1])) for r in block.rows])  # a period tells rows apart
    return groups


# "waiting more than six months" names a level past a threshold, not a change
_CHANGE_WORDS = re.compile(r"\b(?:increase|decrease|rise|fall|drop|up|down|gain|loss|added|more|fewer)\b(?!\s+than\b)"
                           r"|比上年|比去年|较上年|較上年|同比|增加|减少|減少|净增|淨增|增产|减产", re.IGNORECASE)
_TOTAL_WORDS = re.compile(r"\btotal\b|\bin all\b|共计|合计|总计|總計|合計|共計|总投资|總投資", re.IGNORECASE)
_RATE_UNITS = {"%", "percent", "percentage points", "points", "basis points", "bps"}


def chart_defects(chart: Chart) -> list[str]:
    """Why a chart's bars do not compare, if they do not (the audit's own reading, not the templates')."""
    labels = [p.label for p in chart.points]
    unit = (chart.unit or "").strip().lower()
    found = [f"borrowed label {lab!r}" for lab in labels
             if unit and re.search(r":\s*" + re.escape(unit) + r"\s*$", lab.lower())]
    found += [f"two bars under {lab!r}" for lab, n in Counter(norm(lab) for lab in labels).items() if n > 1]
    changes = [bool(_CHANGE_WORDS.search(lab)) for lab in labels]
    if unit not in _RATE_UNITS:
        if any(changes) and not all(changes):
            found.append("a change beside levels")
        totals = [bool(_TOTAL_WORDS.search(lab)) for lab in labels]
        if any(totals) and not all(totals):
            found.append("a total beside its parts")
        values = [abs(p.value) for p in chart.points if p.value]
        if values and max(values) > 20 * min(values):
            found.append(f"bars {max(values) / min(values):.0f}x apart")
    return found


_STOPS_ON = frozenset(["a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
                       "as", "than", "that", "which", "about", "could", "would", "will", "if", "but"])
_POINTS_BACK = frozenset(["he", "she", "it", "they", "we", "i", "this", "these", "those", "his", "her", "their"])


def lead_in(heading: str) -> bool:
    """A heading that names no topic: a run-in lead, a cut sentence, or one that points back."""
    text = heading.strip()
    if text.endswith((":", "：")):
        return True
    words = text.split()
    if not words or re.search(r"[\u3400-\u9fff]", text):
        return False
    return words[-1].lower().rstrip(".,") in _STOPS_ON or words[0].lower().strip("\"“") in _POINTS_BACK


def stale_agenda(doc: Document) -> list[str]:
    """The agenda's entries that name no slide (a themes entry is named while a theme slide is there)."""
    at = next((i for i, b in enumerate(doc.blocks) if isinstance(b, Heading) and "agenda" in b.classes), None)
    listed = next((b for b in doc.blocks[at:] if isinstance(b, BulletList | OrderedList)), None) \
        if at is not None else None
    if listed is None:
        return []
    titles = {plain_text(b.children).strip() for b in doc.blocks if isinstance(b, Heading)}
    themes = any(isinstance(b, Heading) and {"aside", "section"} & set(b.classes) for b in doc.blocks)
    entries = [" ".join(block_text(c) for c in item.children).strip() for item in listed.items]
    return [e for e in entries if e not in titles and not themes]


def product_defects(doc: Document, brief: Brief, stem: str, tiles_too: bool = True) -> list[tuple[str, str]]:
    """Tiles, quotations, empty sections and the title of one product's tree."""
    found: list[tuple[str, str]] = []
    said = [f" {norm(t)} " for t in [brief.summary, *(p.text for p in brief.key_points), *brief.background] if t]
    for tiles in _tiles(doc) if tiles_too else []:
        labels = Counter(norm(label) for _, label in tiles)
        values = Counter(norm(value) for value, _ in tiles)
        found += [("tile_label_twice", label) for label, n in labels.items() if n > 1 and label]
        found += [("tile_same_number", value) for value, n in values.items() if n > 1]
        found += [("tile_fragment", label) for _, label in tiles if _label_fragment(label)]
        found += [("tile_in_words", f"{value}: {label}") for value, label in tiles if not _NUMERAL.search(value)]
    for i, block in enumerate(doc.blocks):
        if isinstance(block, BlockQuote):
            quoted = norm(" ".join(block_text(c) for c in block.children if not is_attribution(c)))
            if quoted and any(f" {quoted} " in text for text in said):
                found.append(("quote_repeat", quoted[:90]))
            if not any(is_attribution(c) for c in block.children):
                found.append(("quote_unattributed", quoted[:90]))
            shown = " ".join(block_text(c) for c in block.children if not is_attribution(c))
            said_by = any(is_attribution(c) for c in block.children)
            if fragment(shown, 6 if said_by else 10):  # as the product shows it: an excerpt is marked "…"
                found.append(("point_fragment", f"quote: {shown[:80]}"))
        if isinstance(block, Heading) and block.level >= 2:
            nxt = next((b for b in doc.blocks[i + 1:] if not isinstance(b, Notes)), None)
            if nxt is None or isinstance(nxt, SlideBreak) or (isinstance(nxt, Heading) and nxt.level <= block.level):
                found.append(("empty_section", plain_text(block.children)))
        if isinstance(block, Chart) and brief.meta.status == "draft":
            found += [("chart_apart", f"{block.title}: {why}") for why in chart_defects(block)]
        if isinstance(block, Heading) and block.level >= 2 and lead_in(plain_text(block.children)) \
                and plain_text(block.children) not in labels_for(brief.meta.language).table.values():
            found.append(("heading_lead_in", plain_text(block.children)))
    found += [("agenda_stale", entry) for entry in stale_agenda(doc)]
    found += title_defects(doc)
    for block in doc.blocks:  # a list's item that only leads in ("1. From the Bank:"), with nothing it introduces
        if isinstance(block, BulletList | OrderedList):
            found += [("intro_orphan", text[:90]) for item in block.items
                      if (text := " ".join(block_text(c) for c in item.children).strip()).endswith((":", "："))
                      and not any(isinstance(c, BulletList | OrderedList) for c in item.children)]
    for block, after in zip(doc.blocks, [*doc.blocks[1:], None], strict=True):
        if isinstance(block, Paragraph) and plain_text(block.children).rstrip().endswith((":", "：")) \
                and not isinstance(after, BulletList | OrderedList | Table | Figures) \
                and not ("note" in block.classes and isinstance(after, Heading)):  # the summary's themes note
            found.append(("intro_orphan", plain_text(block.children)[:90]))
    title = str(doc.meta.get("title") or "")
    if not title.strip() or " ".join(norm(title).split()) == " ".join(norm(stem).split()) or "Title missing" in title:
        found.append(("empty_title", title or "(empty)"))  # no title, or the file name standing in for one
    elif norm(brief.meta.title) == norm(stem):
        found.append(("working_title", title))  # the page printed none: a title drawn from the text stands in
    return found


_APPEAL_ASKS = re.compile(r"\b(?:donat(?:e|ion|ions)|subscrib(?:e|ing)|your\s+(?:help|support|donation)|"
                          r"support\s+(?:us|our))\b", re.IGNORECASE)
_PAGE_NOTE = re.compile(r"^This\s+(?:article|story|report|piece)\s+(?:was|is|has\s+been)\s+(?:produced|written|"
                        r"published|originally|first|made|funded|supported)\b", re.IGNORECASE)


def site_voice(text: str) -> bool:
    """The site speaking in a text of the draft: an appeal to its reader, or a note about the page."""
    outside = re.sub(r"[\"“][^\"”]*[\"”]", " ", text)
    appeal = re.search(r"\b(?:we|our|us)\b", outside, re.IGNORECASE) and \
        re.search(r"\b(?:you|your)\b", outside, re.IGNORECASE) and _APPEAL_ASKS.search(outside)
    return bool(appeal) or any(_PAGE_NOTE.match(s.strip()) for s in _SENTENCE_END.split(text))


def draft_defects(brief: Brief) -> list[tuple[str, str]]:
    """The site's voice among the draft's texts, and its themes headed by a picture's alt text."""
    texts = [brief.summary or "", *(p.text for p in brief.key_points)]
    for section in brief.sections:
        texts += [section.heading, *section.paragraphs]
    found = [("site_voice", t[:90]) for t in texts if t and site_voice(t)]
    return found + [("heading_picture", s.heading) for s in brief.sections
                    if len(s.heading.split()) <= 6 and re.search(r"\b(?:logo|photo|image|picture)s?\b", s.heading,
                                                                 re.IGNORECASE)]


def currency_tail(label: str, brief: Brief) -> bool:
    """A tile's label ending on a short capitalised word that its figure's sentence prints against the sum
    ("US" of "US $23.14 million")."""
    last = label.split()[-1] if label.split() else ""
    if not re.fullmatch(r"[A-Z][A-Za-z]{0,2}", last):
        return False
    glued = re.compile(rf"\b{re.escape(last)}\s?[$€£¥₹]?\s?\d")
    return any(glued.search(f.source_text or "") for f in brief.figures if f.unit and len(f.unit) == 3)


def _shared_measure(labels: list[str]) -> str:
    """What Chinese chart labels share: an end of two characters or more."""
    if len(labels) < 2:
        return ""
    if all(re.search(r"[\u3400-\u9fff]", lab) for lab in labels):
        end = labels[0]
        while end and not all(lab.endswith(end) for lab in labels):
            end = end[1:]
        return end if len(re.findall(r"[\u3400-\u9fff]", end)) >= 2 else ""
    return ""


_RATE_FALLS = re.compile(r"\b(?:fell|declined|decreased|dropped|down)\b|下降|减少|回落|降低|下跌", re.IGNORECASE)
_RATE_RISES = re.compile(r"\b(?:rose|increased|grew|growth|up)\b|增长|提高|上升|增加|上涨|加快", re.IGNORECASE)
_ZH_MOVE_END = re.compile(r"(?:增长|增速|增幅|下降|提高|回落|上升|上涨|加快|放缓|回升|下跌|减少|增加)$")


def chart_mix(chart: Chart, unit_heads: set[str]) -> list[tuple[str, str]]:
    """A drafted chart headed by its unit where its labels share a measure; a chart of rates mixing falls and
    rises, or growth rates and levels (Chinese labels: by the word they end on)."""
    labels = [p.label for p in chart.points]
    found: list[tuple[str, str]] = []
    if chart.title.split(", ")[0] in unit_heads and (shared := _shared_measure(labels)):
        found.append(("chart_by_unit", f"{chart.title} (labels share {shared!r})"))
    if (chart.unit or "").strip().lower() in _RATE_UNITS | {"percentage points"}:
        falls = [bool(_RATE_FALLS.search(lab)) and not _RATE_RISES.search(lab) for lab in labels]
        if any(falls) and not all(falls):
            found.append(("chart_mixed", f"{chart.title}: a fall beside rises"))
        if all(re.search(r"[\u3400-\u9fff]", lab) for lab in labels):
            moves = [bool(_ZH_MOVE_END.search(lab)) for lab in labels]
            if any(moves) and not all(moves):
                found.append(("chart_mixed", f"{chart.title}: growth rates beside a level"))
    return found


def more_defects(doc: Document, brief: Brief, product: str) -> list[tuple[str, str]]:
    """Tile labels on a currency's prefix, charts headed by their unit or mixing measures, one-event timelines."""
    found: list[tuple[str, str]] = []
    if product != "summary":
        found += [("tile_currency_tail", label) for tiles in _tiles(doc) for _, label in tiles
                  if currency_tail(label, brief)]
        found += [("tile_stray_bracket", label) for tiles in _tiles(doc) for _, label in tiles
                  if label.count(")") + label.count("）") > label.count("(") + label.count("（")]
    table = labels_for(brief.meta.language)
    units = {str(f.unit) for f in brief.figures if f.unit}
    unit_heads = {table.get("chart_values"), table.get("chart_percent")}
    unit_heads |= {table.get("unit_caption", unit=u) for u in units | {"percentage points"}}
    unit_heads |= {table.get("unit_caption", unit=table.get("percentage_points"))}
    for block in doc.blocks:
        if isinstance(block, Chart) and brief.meta.status == "draft":
            found += chart_mix(block, {h for h in unit_heads if h})
        if isinstance(block, Timeline) and product == "slides" and len(block.events) == 1:
            found.append(("timeline_single", plain_text(block.events[0].children)[:90]))
    return found


def rendered_defects(brief: Brief, name: str, work: Path) -> list[tuple[str, str]]:
    """Notes over two pages and slides over the body budget, read back from the PDFs."""
    request = RenderRequest(content=Path(f"{name}.yaml"), out_dir=work, products=("note", "slides"),
                            formats=("pdf",))
    result = render_brief(brief, request, name)
    found: list[tuple[str, str]] = []
    for path, data in result.files.items():
        if path.name == "briefing-note.pdf":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=False).stdout
            pages = int(re.search(r"Pages:\s+(\d+)", info).group(1)) if "Pages:" in info else 0  # type: ignore[union-attr]
            if pages > 2:
                found.append(("note_over_2_pages", f"{pages} pages"))
            title = re.search(r"^Title:\s+(.*)$", info, re.MULTILINE)
            if pages == 2 and _sources_alone(path, labels_for(brief.meta.language).get("sources"),
                                             title.group(1) if title else ""):
                found.append(("note_sources_alone", "page 2 holds only the Sources block"))
    found += [("slide_over_budget", w) for w in result.warnings if "over the body budget" in w]
    return found


def _sources_alone(pdf: Path, heading: str, title: str) -> bool:
    """The note's second page opens on its Sources heading, below the running head (the marking and the
    title): nothing of the brief but its sources there."""
    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(pdf), "-"], capture_output=True, text=True,
                          check=False).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip() and "DRAFT" not in line]
    head = next((i for i, line in enumerate(lines) if line == heading), None)
    return head is not None and all(line in title for line in lines[:head])


def audit(path: Path, render: bool, work: Path) -> list[tuple[str, str]] | None:
    """Every defect of one article's draft and products (None when extract refuses the article)."""
    try:
        brief, _ = extract_article(path)
    except BriefkitError:
        return None
    found = content_defects(brief) + text_defects(titled(brief, "")[0])
    found += inside_defects(brief, read_article(path).paragraphs) + draft_defects(brief)
    for product in ("note", "slides", "summary"):
        try:
            doc = document_for(brief, find_pack(product, None), path.stem, None)
        except BriefkitError as exc:  # a product that does not build at all is the worst defect
            found.append(("render_error", f"{product}: {exc}"))
            continue
        defects = product_defects(doc, brief, path.stem, product != "summary") + more_defects(doc, brief, product)
        found += [(kind, f"{product}: {text}") for kind, text in defects]
    if render:
        found += rendered_defects(brief, path.stem, work)
    return found


def main() -> int:
    """Draft the development articles, lay their products out, print the defect counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every defect under its article")
    parser.add_argument("--only", default="", help="only the articles whose name starts with PREFIX")
    parser.add_argument("--render", type=int, default=0, help="also render and read back the first N PDFs")
    args = parser.parse_args()
    paths = [p for p in articles_in(ARTICLES) if p.stem.startswith(args.only)]
    totals: Counter[str] = Counter()
    drafts: Counter[str] = Counter()
    done = 0
    with tempfile.TemporaryDirectory() as tmp:
        for n, path in enumerate(paths):
            found = audit(path, n < args.render, Path(tmp))
            if found is None:
                continue
            done += 1
            kinds = Counter(kind for kind, _ in found)
            totals.update(kinds)
            drafts.update(kinds.keys())
            if args.verbose:
                for kind, text in found:
                    print(f"{path.stem:<44} {kind:<18} {text[:120]}")
    print(f"{done} development articles drafted ({min(args.render, done)} rendered to PDF)")
    for kind in KINDS:
        print(f"{kind:<18} {totals[kind]:>5} in {drafts[kind]:>4} drafts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
