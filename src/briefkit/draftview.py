"""What a drafted brief shows: its quotations and key-figure tiles, chosen for a reader (template filters).

A draft comes straight from ``briefkit extract``: nobody has chosen its quotations or its figures yet.
Its products should still read as if someone had:

- :func:`fresh_quotes`: a quotation the summary, a key point or the background already prints is not
  shown again under "In their words" (issue 12: no sentence used twice; quotations are treated the same),
  nor a phrase borrowed for its wording (:func:`borrowed_phrase`);
- :func:`key_tiles`: the key figures a slide of tiles or the note's table shows, in the article's order,
  none spelled in words ("two", "five-year": the sentence says a count better; no tile rather than a word),
  without a second tile for a number already shown or under a label already shown ("Base rate" twice side
  by side says nothing about which is which), never under a "label" that is punctuation, a clause's tail or
  a phrase cut out of a sentence ("…in April in THB", "…since December", "Increase of"), and with a clause
  (a label running on, or of more than eight words) only where labels run out, a sum restated in another
  currency ("12.25 Egyptian pounds ($0.25)") last of all.  A sum of money labelled by
  what it is for ("£30million" "For education") is labelled by that ("Education"), and a label ending on its
  currency's prefix ("Loan of US" for "US $14.66 million") loses it ("Loan").  Every figure stays in
  the content, the speaker notes and the Word summary's full table.

- :func:`briefkit.draftcharts.chart_bars` (a drafted chart's bars) uses the tiles' labels.

- :func:`names_a_theme`: whether a drafted theme's heading names it, or is a lead-in or a cut sentence the
  products number instead ("Theme 2").

- :func:`timeline_digest`: a drafted slide's timeline, one event a date (the shortest sentence the article dates
  so), the latest few dates: a data release dates a dozen sentences by the months it compares ("3.4 per cent in
  September from 3.6 per cent in August"), and a slide of them all is a wall of text running on to a second.

Templates call them as filters (``brief.quotes | fresh_quotes(texts)``, ``figures | key_tiles(6)``,
``figs | chart_bars``, from :mod:`briefkit.draftcharts`); a reviewed brief's choices are a person's and the
templates print them whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from briefkit.writers.chartlabels import DANGLING, MID_SENTENCE, excerpt

_WORDS = re.compile(r"[^\W_]+", re.UNICODE)
_LEADS_ON = MID_SENTENCE | {"a", "an", "the", "its", "their", "his", "her", "went", "came", "rose", "fell", "have",
                            "has", "had", "will", "would", "could", "should", "can", "may"}
_OPENS_MID = re.compile(r"^(?:…|\.\.\.|[,;:)\]])")
_OPENS_WELL = re.compile(r"^[(“\"]?[^\W_]")
_CHANGES = frozenset(["percentage points", "basis points", "points"])
_LABEL_WORDS = 8
"""A label of more words is a clause cut from a sentence ("One-off items, rose 12% to ZAR12.11 billion in
the first"), not the name of what a number measures."""


def plain_text(text: str) -> str:
    """Words only, lower case, spaced: a quotation is found in a sentence whatever its marks and spacing."""
    return " " + " ".join(_WORDS.findall(text.lower())) + " "


def fresh_quotes(quotes: Iterable[Any], printed: Sequence[Any]) -> list[Any]:
    """``quotes`` without those whose words a text of ``printed`` (the summary, key points, background) holds.

    A key point is an item with ``text``; a string is taken as it is; empty entries count for nothing.
    """
    said = [plain_text(str(getattr(t, "text", t))) for t in printed if t]
    return [q for q in quotes if not any(plain_text(q.text) in text for text in said)
            and not borrowed_phrase(q.text, bool(q.attribution))]


_PHRASE_WORDS = 3
_EXCERPT_WORDS = 6
_UNSAID_EXCERPT_WORDS = 10


def borrowed_phrase(text: str, said_by: bool = True) -> bool:
    """A few words in quotation marks, not a statement: three words or fewer ("golden leaf.", "he explained.",
    "Team Taiwan"), or fewer than six opening mid-sentence ("a drop in the ocean"), ten when no one is named
    as saying them ("the man with the bloody hand", a nickname): on a slide of quotations it reads as a
    fragment.  A longer quotation opening mid-sentence is an excerpt, which the products mark "…".  Chinese
    quotations are judged where they are found (:mod:`briefkit.extract.quotefix`)."""
    if re.search(r"[\u3400-\u9fff]", text):
        return False
    words = text.strip("…. ").split()
    least = _EXCERPT_WORDS if said_by else _UNSAID_EXCERPT_WORDS
    return len(words) <= _PHRASE_WORDS or (len(words) < least and text.lstrip("…. ")[:1].islower())


def label_quality(label: str) -> int:
    """0: a label; 1: a clause (more than eight words), one stopping on a word that leads on ("Unemployment
    rate fell") or a time alone ("Year earlier"); 2: no label at all: empty, one character, opening on
    punctuation ("+$0.99 to $31.06) year over year", "《每日经济新闻》", "”)一致。2"), or a phrase cut out of a
    sentence, which the writers would print as an excerpt ("…in the six months to June"), which stops on an
    article, a preposition or a possessive ("Increase of", "The MPC’s") or closes a bracket it never opened.  (A
    label holding an amount of its own is no tile either: :func:`_restates`.)"""
    text = excerpt(label.strip())  # as the writers print it: "In the six months" is "…in the six months"
    words = text.split()
    if len(text) < 2 or (not _OPENS_WELL.match(text) and not _OPENS_MID.match(text)):
        return 2
    if re.search(r"[\u3400-\u9fff]", text):
        # a sentence's stop, a list's "respectively" (分别: the label names no one figure) or a conjunction
        # after a number it stops on ("…快4.2和", not the end of a word: "提及"): cut out of a sentence
        # …or opening on a particle ("的慈悯援助金增加了") or closing on "or" ("政府计划多增加30亿令吉或"; not "和" nor
        # "及", which end words too: "总和", "提及")
        return 2 if re.search(r"[。！？；]|分别|分別|\d[和与與及、或]$|^[的了地得之]|或$", text) else 0
    last = words[-1].lower().rstrip(".,;:")
    if _OPENS_MID.match(text) or words[0] in _LEADS_ON or last in _CUT_AFTER or last.endswith(("’s", "'s")) \
            or _CUT_SHAPES.search(text) or text.count(")") > text.count("("):
        return 2
    return 1 if last in _LEADS_ON or len(words) > _LABEL_WORDS or _TIME_ONLY.fullmatch(text) else 0


_CUT_AFTER = DANGLING | {"if", "unless", "because", "whether", "when", "where", "but", "so", "although", "though",
                         "less", "fewer", "rather"}
"""Words a label cut out of a sentence stops on: an article, a preposition, a conjunction ("Injury to our people
if"), a comparison waiting for its "than" ("Among charities with an annual income less")."""
_CUT_SHAPES = re.compile(r"\b[Tt]he\s+(?:first|second|third|fourth|last|next|same)$|^(?:[A-Z]{3}\s?|[$£€¥₹])\d"
                         r"|^(?:He|She|They|We|I|You)\s")
"""A label stopping on "the first" ("…billion in the first" half), opening on another amount ("ZAR12.11 billion in
the first") or on a person's pronoun ("He who the value of Export …"): cut out of a sentence."""
_AMOUNT_INSIDE = re.compile(r"\d\s?(?:%|per\s?cent\b|percent\b|(?:b|m|tr)illion\b|bn\b)|[$£€¥₹]\s?\d"
                            r"|^(?:Said|Says|Told)\b")
"""A label holding an amount of its own ("Down 2.8% to $223.1 billion", "Which will be about 5.5 per cent") or
opening on the verb of saying ("Said the inflation rate"): a clause cut out of its sentence, not a measure's name."""
_TIME_ONLY = re.compile(r"(?i:(?:since\s+)?(?:an?\s+|the\s+|one\s+|two\s+|three\s+)?"
                        r"(?:(?:previous|last|this|next)\s+)?(?:years?|months?|quarters?|weeks?)"
                        r"(?:\s+(?:earlier|ago|before|later))?)")
"""A label that is only a time ("Year earlier", "Last year", "Three years later"): it says when, not what; a tile
under it only where labels run out."""
_DAYLESS = re.compile(r"\s+on\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                      r"December)$")
"""A month a label stops on where the sentence prints its day next ("Minimum wage on May" of "on May 1"): the date
cut in two, which the tile does without ("Minimum wage")."""
_POINTS_BACK = frozenset(["he", "she", "it", "they", "we", "i", "you", "this", "these", "those", "his", "her", "its",
                          "their", "our"])
"""Words opening a sentence that points back to the one before ("He was stabbed"): no heading opens on one."""
_MODALS = frozenset(["could", "would", "will", "should", "can", "may", "might", "must"])


_SENTENCE_WORDS = 12
_SENTENCE_CHARS = 25
"""A heading closing on a full stop over this many words (characters in Chinese) is a sentence: numbered instead."""
_MARKUP = re.compile(r"\{\{|\}\}|\[\[|\]\]|</?[a-z]+>|^#+\s")


def names_a_theme(heading: str) -> bool:
    """Whether a drafted theme's heading names its theme: not a time stamp ("05:12"), a lead-in ending on a
    colon ("For example:", "Madam Speaker:", "陈强:"), nor a sentence cut off ("In front of a public gallery of
    about", "This is why I reject Frey's idea of", "He says they've developed new products which could") or
    opening on a word that points back to the sentence before it ("He was stabbed")."""
    text = heading.strip()
    if not re.search(r"[^\W\d_]", text) or text.endswith((":", "：")):
        return False  # no word at all ("05:12", a page's time stamp), or a lead-in
    if _MARKUP.search(text):
        return False  # a page's markup left in it ("{{Agribusiness hubs lead the way"): numbered, not printed
    if re.search(r"[\u3400-\u9fff]", text):
        return not (text.endswith("。") and len(text) > _SENTENCE_CHARS)  # a sentence, not a heading
    words = text.split()
    if text.endswith(".") and len(words) > _SENTENCE_WORDS:
        return False  # a standfirst's sentence ("The once-ubiquitous form of lighting was novel when …, though …")
    first, last = words[0].lower().strip("\"“‘'("), words[-1].lower().rstrip(".,;")
    return first not in _POINTS_BACK and last not in _CUT_AFTER | _MODALS


_MONEY = re.compile(r"^[A-Z]{3}$")
"""A currency's code: the unit of a sum of money."""
_FOR_WHAT = re.compile(r"^(?:for|into|towards?|through)\s+(?:(?:the|an?)\s+)?(?P<what>[^\W\d_][^\d]*)$",
                       re.IGNORECASE)
_PURPOSE_WORDS = 6


def purpose_label(fig: Any) -> str | None:
    """What a sum of money is for, as its label ("For the water department" → "Water department"), or None.

    Money "for", "into", "towards" or "through" something is spent on it: that something names what the
    number measures.  A phrase that runs on into a clause ("towards supporting that skills agenda", "for the
    first time in years") or holds a number is none.
    """
    match = _FOR_WHAT.match(fig.label.strip().rstrip(".,;:"))
    if not match or not _MONEY.match(fig.unit or ""):
        return None
    words = match["what"].split()
    if len(words) > _PURPOSE_WORDS or any(w.lower() in (MID_SENTENCE | _LEADS_ON) - {"and", "of"} for w in words) \
            or words[-1].lower() in DANGLING or words[0].lower().endswith("ing"):
        return None
    what = " ".join(words)
    return what[:1].upper() + what[1:]


_DOLLAR_PREFIXES = frozenset(["US", "A", "AU", "C", "CA", "NZ", "HK", "S", "SG", "NT", "TT", "EC", "J", "Z", "BZ", "B"])
"""The letters printed before "$" to say whose dollar ("US $", "NZ$", "HK$")."""
_MONEY_SIGNS = frozenset(["Rs", "Tk", "N", "Sh", "Ksh", "KSh", "RM", "Rp", "Nu", "R", "P", "K", "KD", "BD", "QR", "SR",
                          "Dh", "Dhs", "GH", "Le", "Frw", "FRw", "Ush", "USh", "Tsh", "TSh", "Br", "MK", "ZK", "Php"])
"""Currencies printed as letters before the amount ("Rs 8,000 crore", "Tk 23,000", "N1.33 trillion"), besides a
currency's three-letter code ("GEL 430 million").  (Kept here: the products never load the extractor.)"""
_PREFIX_TAIL = re.compile(r"(?:^|\s)(?P<prefix>[A-Z][A-Za-z]{0,2})$")
"""A label's last word in capitals, one to three letters: the prefix of the sum's currency ("US" of "US $23.14
million", "NZ" of "NZ $5 million") where the sentence prints it against the amount."""


def prefix_label(fig: Any) -> str | None:
    """A label without the prefix of a currency, which it took for a word of its own ("Approved loans totalling
    US" for "… totalling US $23.14 million" → "Approved loans totalling"), or None.  The sum may be the figure's
    own or the next one's ("Social needs and GEL" of "… for social needs and GEL 430 million …"): either way
    the prefix is the sum's.

    A label that was only the prefix ("US") is the sentence's words before it ("Guinea-Bissau will receive");
    a label left stopping on a preposition or an article loses it ("Loan of" → "Loan").
    """
    match = _PREFIX_TAIL.search(fig.label.strip())
    source = str(fig.source_text or "")
    if not match:
        return None
    prefix = match["prefix"]
    glued = re.search(rf"(?P<before>[^.;:!?]*?)\b{re.escape(prefix)}\s?(?P<sign>[^\w\s.,]?)\s?\d", source)
    if not glued or not (prefix in _DOLLAR_PREFIXES if glued["sign"] == "$" else
                         not glued["sign"] and (prefix in _MONEY_SIGNS or bool(_MONEY.match(prefix)))):
        return None  # a word of the label's own ("Loans to the IMF"): no currency's prefix glued to the sum
    words = fig.label.strip()[:match.start()].split() or glued["before"].split()
    while words and words[-1].lower() in _CUT_AFTER:
        words.pop()
    label = " ".join(words[-_LABEL_WORDS:])
    return label[:1].upper() + label[1:] if label else None


def closed_label(label: str) -> str | None:
    """A label cut inside a bracket, without the bracket's stray close ("GDP)同比增长" of "国内生产总值(GDP)同比增长"
    → "GDP同比增长"), or None when its brackets pair."""
    closed = label
    for opening, closing in (("(", ")"), ("（", "）")):
        while closed.count(closing) > closed.count(opening):
            at = closed.find(closing)
            closed = closed[:at] + closed[at + 1:]
    return closed if closed != label else None


def dayless_label(label: str) -> str | None:
    """``label`` without a date cut before its day ("Minimum wage on May" → "Minimum wage"), or None."""
    bare = _DAYLESS.sub("", label.strip())
    return bare if bare != label.strip() and bare else None


def tile_labelled(fig: Any) -> Any:
    """``fig``, relabelled by what its money is for where its label is that phrase, without the prefix of its
    currency where its label ends on one, and without a bracket's stray close."""
    what = purpose_label(fig) or prefix_label(fig) or closed_label(fig.label) or dayless_label(fig.label)
    return fig.model_copy(update={"label": what}) if what else fig


def _as_printed(fig: Any) -> str:
    return str(fig.display or f"{fig.qualifier or ''} {fig.value:g} {fig.unit or ''}")


def _distinct(figures: Iterable[Any], printed: Callable[[Any], str]) -> list[Any]:
    """``figures`` in order, each number (as ``printed``) and each label (with its period) once; under one
    label a level replaces a change ("3.40 percent" for "50 basis points")."""
    kept: list[Any] = []
    numbers: set[str] = set()
    by_label: dict[str, int] = {}
    for fig in figures:
        number = plain_text(printed(fig))
        label = plain_text(f"{fig.label} {fig.as_of or ''}")
        if number in numbers or label_quality(fig.label) > 1 or _restates(fig, printed):
            continue
        if label in by_label:
            at = by_label[label]
            if kept[at].unit in _CHANGES and fig.unit not in _CHANGES:
                kept[at] = fig
                numbers.add(number)
            continue
        by_label[label] = len(kept)
        numbers.add(number)
        kept.append(fig)
    return kept


def _restates(fig: Any, printed: Callable[[Any], str]) -> bool:
    """A label made of the figure's own printed words or unit, or holding its number ("Egyptian pounds" under
    "11.50 Egyptian pounds", "Raising it to 6,000 pounds" under "6,000 pounds",
    "Approximately €665 million" under "approximately €665 million"): the tile would say its number twice and
    what it measures never."""
    if _AMOUNT_INSIDE.search(fig.label):
        return True  # a clause holding an amount of its own: as a tile it reads as a second number
    label = plain_text(fig.label).split()
    if label and set(label) <= set(plain_text(f"{printed(fig)} {fig.unit or ''}").split()):
        return True
    number = re.search(r"\d[\d,.]*\d", printed(fig))
    return number is not None and re.search(rf"(?<![\d.,]){re.escape(number.group(0))}(?!\d)", fig.label) is not None


def key_tiles(figures: Iterable[Any], most: int, printed: Callable[[Any], str] = _as_printed) -> list[Any]:
    """Up to ``most`` of ``figures``, in the article's order, each number and each label once, none spelled in
    words: those with a label first, clauses only to fill the rest, no excerpt (see :func:`_tile_rank` and
    :func:`_distinct`).  A draft whose figures are all in words shows no tile."""
    # dropped before the labels are told apart: "two" under "Board members" must not keep "12" out under it
    relabelled = (tile_labelled(fig) for fig in figures
                  if not in_words(fig, printed) and not unpriced(fig) and not a_year(fig))
    distinct = _distinct(relabelled, printed)
    order = sorted(range(len(distinct)), key=lambda i: (_tile_rank(distinct[i]), i))[:most]
    return [distinct[i] for i in sorted(order)]


def a_year(fig: Any) -> bool:
    """A year read as a count ("1,898" under "Summer" for "In the summer of 1898"): a whole number between 1500 and
    2100 with no unit that its sentence prints as a year, after "in", "of", "since" …"""
    value = fig.value
    if fig.unit or value != int(value) or not 1500 <= value <= 2100:
        return False
    return bool(re.search(rf"\b(?:in|of|since|by|from|until|to|before|after|during)\s+{int(value)}\b",
                          str(fig.source_text or ""), re.IGNORECASE))


def unpriced(fig: Any) -> bool:
    """A sum whose currency the extractor took for its label's last word ("Requires an estimated Frw" for "Frw
    144 billion", with no unit): its tile would print the amount without its money, a bare "144 billion"."""
    if fig.unit or prefix_label(fig) is None:
        return False
    # the prefix stands before this figure's own number, not the next sum's ("social needs and GEL 430 million")
    prefix = fig.label.split()[-1]
    shown = re.match(r"[\d,.]+", str(fig.display or "").lstrip("~≈<> "))
    glued = re.search(rf"\b{re.escape(prefix)}\s?(?P<number>\d[\d,.]*)", str(fig.source_text or ""))
    return bool(shown and glued and glued["number"].rstrip(".,") == shown.group(0).rstrip(".,"))


_NUMERALS = re.compile(r"[\d〇一二三四五六七八九十百千万萬亿億两兩]")


def in_words(fig: Any, printed: Callable[[Any], str] = _as_printed) -> bool:
    """A figure the article spells in words ("two" board members, "three decades", "five-year", "half a
    billion"): the sentence says it better than a tile.  A tile is where a reader's eye looks for numbers
    printed as numbers; a word there reads as a caption, so no tile is better than one in words (the figure
    stays in the content, the speaker notes and the Word summary's full table)."""
    return not _NUMERALS.search(printed(fig))


def _tile_rank(fig: Any) -> int:
    """How well a figure serves as a tile, 0 best: its label's quality (:func:`label_quality`), one worse for a
    label borrowed from its sentence ("Press reports indicate that these figures: years"), last a sum restated in
    another currency (:func:`converted`)."""
    return label_quality(fig.label) + int(borrowed_label(fig)) + 3 * int(converted(fig))


def converted(fig: Any) -> bool:
    """A sum the article restates in another currency ("12.25 Egyptian pounds ($0.25)", labelled "… (in USD)" by
    the extractor): the same amount again, a tile only where nothing else is left to show."""
    unit = str(fig.unit or "")
    return len(unit) == 3 and unit.isupper() and fig.label.rstrip().endswith((f"(in {unit})", f" in {unit}"))


RATE_UNITS = frozenset(["%", "percent", "percentage points", "points", "basis points"])
"""Units of a rate (a share, a growth rate, a move in points), not of an amount."""


def borrowed_label(fig: Any) -> bool:
    """A label the extractor made of the sentence's words before the number and its unit ("Usage exceeds: kl",
    "Safaricom now boasts: M-Pesa customers"): it names the sentence, not what the bar measures."""
    unit = str(fig.unit or "").strip().lower()
    return bool(unit) and fig.label.strip().lower().endswith(f": {unit}")


def _points_back(sentence: str) -> bool:
    """A sentence opening on a word that points back to the one before ("It's higher than last year's …")."""
    if re.match(r"[他她它其该該这這](?![国國])", sentence.strip()):
        return True  # "他说，这包括…": a Chinese sentence opening on a pronoun
    words = sentence.split()
    first = words[0].lower().strip("\"“‘'(") if words else ""
    if len(words) > 1 and re.sub(r"['’]s?$", "", words[1].lower().strip(",")) in _TIME_WORDS:
        return False  # "This year's budget …" dates itself
    return re.sub(r"['’](?:s|re|ve|ll|d)$", "", first) in _POINTS_BACK


_TIME_WORDS = frozenset(["year", "month", "week", "quarter", "time", "morning", "afternoon", "evening", "season",
                         "spring", "summer", "autumn", "winter", "decade", "weekend"])


def timeline_digest(events: Iterable[Any], said: Sequence[Any] = (), most: int = 5) -> list[Any]:
    """A drafted slide's timeline: of ``events`` not already ``said`` (a key point's sentence) nor pointing back to
    the sentence before theirs ("It's higher than …"), and of those
    dated alike, the one told in the fewest words; of the dates, the latest ``most``; none where one date is
    left (a slide of one dated sentence is no timeline).  The note and the Word summary keep every event."""
    told = [plain_text(str(text)) for text in said if text]
    events = list(events)
    shortest: dict[str, Any] = {}
    for event in events:
        plain, key = plain_text(event.event), str(event.date)
        if any(plain in text for text in told) or _points_back(event.event):
            continue  # said already, or a sentence pointing back ("It's higher than last year's …"): no event alone
        if key not in shortest or len(event.event.split()) < len(shortest[key].event.split()):
            shortest[key] = event
    digest = [shortest[key] for key in sorted(shortest)[-most:]]
    # one date is no timeline, whether one event was left of several or the draft dated only one: a slide of a
    # single dated sentence is a key point under the wrong heading
    return digest if len(digest) >= 2 else []
