"""The title from the rules' pick and the line labeller's probabilities together.

The rules (:mod:`briefkit.extract.titlepick`) judge a line by its form and its neighbours; the
labeller (:mod:`briefkit.extract.linemodel`) gives every top line a probability of being the title.
Each fails where the other holds:

- the rules take a page's furniture, a section's name or a consent prompt over the headline when
  that furniture is shaped like one ("学校要闻", "No Thanks Subscribe"), while the labeller, which sees
  the date or byline under the real headline, gives the furniture next to nothing;
- the labeller is unsure on layouts it has not seen, where the rules' form checks still hold.

So the rules' pick stands unless the labeller all but rules it out *and* is fairly sure of another
line that is shaped like a headline; a pick that is no headline at all (a sentence closed by its
full stop, a lead-in to a quote, a photo's caption) is dropped, and the labeller's line, if any, is
taken in its place as a weak guess.  The thresholds are set by the leave-one-batch-out validation of
``benchmarks/train_lines.py --cv`` (fold models, each batch scored by the model trained without it): a
labelled line over a rules' pick the model gave 0.01 to 0.25 was right at 0.85 and above (a credit line,
a section's name, a site's name over the headline) and wrong below (a standfirst, a photo's caption, a
breadcrumb at 0.5 to 0.8); overriding a sure pick the model gave 0.23 lost a right title, so a sure pick
yields only at 0.15 or less.  Title over all batches, held out: 0.90/0.94 before, 0.95/0.95 after.

Checked again on 751 pages (21 batches, ``benchmarks/train_lines.py --cv``): the rules alone 0.92/0.91, with
this weighing 0.92/0.92.  :data:`OVER` at 0.7-0.75 takes two more right titles held out (a forum's "Staff
member" and a photo caption over the headline, labelled 0.75-0.85) and loses none, but with the labeller trained
on every page it takes a listing's second teaser and a deck over two right headlines: two pages either way, too
few to move it.  Taking the labeller's line first wherever it is sure (0.5 to 0.95, over any pick of the rules)
does worse held out (0.88-0.92 precision): the rules' form checks keep more right titles than the labeller finds.

With the labeller's page cues (:mod:`briefkit.extract.linepage`: where a line stands against the lede, what it shares
with it, whether the page prints it twice) :data:`OVER` moved to 0.75 on 898 pages (28 batches, each held out):
title 0.93/0.92 at either, two to three more right titles held out at 0.75 (a forum's "Staff member", a search box's
label, a site's name over the headline) for one lost (h32-), and three more on the development set, none lost.
"""

from __future__ import annotations

import re

from briefkit.extract import headlines, noticefields_zh, titleshapes
from briefkit.extract.captionmarks import is_caption as credited_caption
from briefkit.extract.captions import is_caption
from briefkit.extract.interfacewords import ACCOUNT, anywhere
from briefkit.extract.linemodel import Labelled
from briefkit.extract.pagedates import is_update_line
from briefkit.extract.titlecaptions import marked_part
from briefkit.extract.titlefurniture import is_menu_word, is_widget
from briefkit.extract.titlescore import not_headline
from briefkit.extract.wordcount import CJK, word_count

ALONE = 0.9
"""A labelled line taken where the rules found no title or only guessed, whatever the pick's probability."""
OVER = 0.75
"""A labelled line taken over the rules' pick when the labeller is this sure of it and gives the pick at most
:data:`DOUBT` (:data:`DOUBT_WEAK` for a pick the rules only guessed): it read the pick as furniture."""
DOUBT = 0.15
DOUBT_WEAK = 0.25

_ACCOUNT = re.compile(anywhere(ACCOUNT))
# a photo's label or credit: "(资料图片)", "… (Image: Unsplash)", "（記者吳亮儀攝）", "… in Riyadh. — Reuters"
# (a sentence, then its credit)
_PICTURE = re.compile(r"^[(（]\s*(?:资料|資料)?(?:图片|圖片|照片)\s*[)）]$|(?:摄|攝)\s*[)）]?$"
                      r"|\((?i:image|photo|picture|pic)\s*:[^()]{1,40}\)$"
                      r"|[.。]\s*[-–—]\s*[A-Z][\w.&' ]{1,30}$")


# a comma closing a Chinese clause (not one in a number): a line of three clauses or more is a sentence, the way a
# story's paragraph or a reporter's question runs ("会上有记者提问:最近…明显,11月…回升,请问…?"); no Chinese
# headline of the corpus's 132 holds two
_ZH_CLAUSE = re.compile(r"[\u3400-\u9fff」』》”)）]\s*[,，]")
# a counter widget's label and number ("Confirmed: 107,092,208", "Active: 25,643,949", "确诊: 1,024")
_COUNTER = re.compile(r"^[^\W\d_][^\W\d]*(?:\s[^\W\d]+){0,3}\s*[:：]\s*[\d][\d,.\s]*%?$")


def no_headline(value: str) -> bool:
    """A pick that no headline looks like, on any site: a Chinese sentence closed by its full stop (a lede's) or
    running over three clauses or more, a line leading into a quote ("…, Max Lawson said:"), a speech's
    salutation ("A Cheann Comhairle,"), a photo's label or credit, a caption of some length closing on its credit
    ("… on Monday (Petra photo)") or written as captions are, an account prompt, a browser's warning, the
    stamp of the page's last change ("• Last modified 2339 days ago (Sept. 20, 2018)") or a counter widget's label
    and number ("Confirmed: 107,092,208").

    An English headline may close on a full stop ("Port volumes climb."), a Chinese one does not."""
    text = value.strip().rstrip("”\"’'")
    return text.endswith(("。", ":", "：", ",", "，")) or bool(_PICTURE.search(text)) or bool(_ACCOUNT.search(text)) \
        or len(_ZH_CLAUSE.findall(text)) >= 2 or (is_update_line(text) and headlines.is_date_line(text)) \
        or bool(_COUNTER.match(text)) or (word_count(text) >= 8 and is_caption(text)) \
        or credited_caption(text)  # "… in 2024. Courtesy": the rules' caption check, on the labeller's line too


def headline_shaped(text: str) -> bool:
    """A line that can be a headline: a phrase of at most 25 words (50 Chinese characters), not a sentence
    closed by its full stop (a lede's first sentence), a photo's caption or a site's interface words."""
    return bool(text) and word_count(text) <= 25 and not text.endswith((".", "。")) and not _ACCOUNT.search(text) \
        and not is_caption(text)


def shaped(text: str) -> bool:
    """A labelled line that can be a headline (:func:`headline_shaped`) of two words at least, and no pick
    no headline looks like, link, menu word or date line either."""
    return headline_shaped(text) and word_count(text) >= 2 and not no_headline(text) and not not_headline(text) \
        and not is_menu_word(text) and not is_widget(text) and not headlines.bare_date_line(text) \
        and not noticefields_zh.is_label_line(text) and not titleshapes.not_a_headline(text)


# a lede's sentence: a dateline's dash or a speaker's verb ("…, the minister said."), or a second sentence in it
_LEDE = re.compile(r"\b(?:said|says|told|according\s+to)\b|\s[-–—]\s|[.!?][\"”’']?\s+[A-Z\"“]")
STOPPED_WORDS = 14
"""An English headline closed by a full stop ("NBU raises the key policy rate to 9% per annum.") has at most this many
words; a lede's first sentence runs longer."""


def stopped_headline(text: str) -> bool:
    """An English line shaped like a headline but for the full stop closing it: one short sentence, no Chinese, no
    dateline, no speaker's verb ("said", "told"); the labeller's confidence decides whether it is the title."""
    text = text.strip()
    if not text.endswith(".") or text.endswith("..") or CJK.search(text) or word_count(text) > STOPPED_WORDS:
        return False
    return not _LEDE.search(text) and not titleshapes.opens_on_dateline(text) and shaped(text[:-1].rstrip())


def _probability(top: list[Labelled], line: str) -> float | None:
    """The labeller's title probability of the rules' line (None when it is not among the labelled lines)."""
    wanted = line[:400].strip()
    return next((item.probability["TITLE"] for item in top if item.text.strip() == wanted), None)


def combine(picked: headlines.Pick | None, top: list[Labelled]) -> headlines.Pick | None:
    """The title from the rules' ``picked`` line and the labelled ``top`` lines (see the module's text)."""
    if picked is not None and no_headline(picked.value):
        picked = None
    # a headline closed by its full stop is weighed only where the labeller is fairly sure of it (see OVER)
    candidates = [item for item in top if (shaped(headlines.clean(item.text)) and not marked_part(item.text))
                  or (item.probability["TITLE"] >= OVER and stopped_headline(headlines.clean(item.text)))]
    best = max(candidates, key=lambda item: item.probability["TITLE"], default=None)
    if best is None:
        return picked
    sure = best.probability["TITLE"]
    # the labeller's line holds the pick, or the pick holds it (a title the rules joined over two lines)
    if picked is not None and (_folded(picked.value) in _folded(best.text)
                               or _folded(headlines.clean(best.text)) in _folded(picked.value)):
        return picked
    if (picked is None or picked.weak) and sure >= ALONE:
        return headlines.Pick(headlines.clean(best.text), best.text, weak=True)
    own = _probability(top, picked.line) if picked is not None else None
    if picked is not None and own is not None and sure >= OVER and own <= (DOUBT_WEAK if picked.weak else DOUBT):
        return headlines.Pick(headlines.clean(best.text), best.text, weak=True)
    return picked


def _folded(text: str) -> str:
    return " ".join(text.lower().split())
