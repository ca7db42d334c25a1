"""The learned line labeller as a cue beside the metadata rules, never in their place.

The rules (:mod:`briefkit.extract.metadata` and the modules it calls) decide first.  The labeller
(:mod:`briefkit.extract.linemodel`) is asked only where they found nothing or only guessed:

- a date from the line the model marks DATE when the rules found none or only guessed;
- a source or authors when the rules found none, read from the lines the model marks SOURCE or
  BYLINE by the existing parsers (bylines, credits, agencies) — so a name is always one the page
  prints, never made up — with a weak-guess warning.

- a title weighed between the rules' pick and the line the model takes for the title
  (:mod:`briefkit.extract.titlecombine`): asked where the rules found none, only guessed, picked a
  line no headline looks like, or picked a line as short as a section's name;
- and then, for any title the page does not declare, the doubt that drops it
  (:mod:`briefkit.extract.titleabstain`): a page that prints no headline gets none.

The thresholds are set by the leave-one-batch-out validation of ``benchmarks/train_lines.py --cv``.
A title line at the lower threshold of the credits (0.5) was wrong more often than the rules' weak picks
it replaced (a menu, a section name, a photo caption or the outlet's name read as the headline); at 0.9,
over weak or missing rule titles only, it was right more often on every batch it was not trained on,
the heads-only batch gathered after the rules were written (h26-) among them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from briefkit.extract import agencies, bylines_en, bylines_zh, credits, credits_zh, headlines, headnoise
from briefkit.extract.captions import is_caption
from briefkit.extract.datelinesource import source_on_date_line
from briefkit.extract.dates import parse_date
from briefkit.extract.fields import kind as field_kind
from briefkit.extract.fields import labelled_fields
from briefkit.extract.fields import names as field_names
from briefkit.extract.linemodel import Labelled, label_page, page_lines
from briefkit.extract.outletcands import bracketed_source
from briefkit.extract.sources import (
    could_be_outlet,
    good_zh_source,
    is_picture_source,
    looks_like_id,
)
from briefkit.extract.teaserheads import is_teaser_heading
from briefkit.extract.titleabstain import abstain
from briefkit.extract.titlechecks import opens_on_addressees
from briefkit.extract.titlecombine import combine, no_headline
from briefkit.extract.titlecombine import headline_shaped as headline_shaped  # re-exported: read here before
from briefkit.extract.wordcount import word_count
from briefkit.readers import Article

SECTION_WORDS = 4  # a sure title pick this short is weighed against the labeller (a section's name may be it)
DATE_LINE = 0.9  # a DATE line read when the rules found no date
CREDIT_LINE = 0.5  # a SOURCE or BYLINE line read when the rules found no source or no authors


@dataclass
class LineCues:
    """The labelled top and bottom lines of one page, labelled on first need (most pages never need them)."""

    article: Article
    _labelled: tuple[list[Labelled], list[Labelled]] | None = field(default=None, repr=False)

    @classmethod
    def of(cls, article: Article) -> LineCues:
        """The cues of ``article``; its lines are labelled once, when a cue is first asked for."""
        return cls(article)

    @property
    def top(self) -> list[Labelled]:
        """The labelled top lines (empty when no model is in use)."""
        if self._labelled is None:
            self._labelled = label_page(self.article)
        return self._labelled[0]

    @property
    def bottom(self) -> list[Labelled]:
        """The labelled bottom lines (empty when no model is in use)."""
        if self._labelled is None:
            self._labelled = label_page(self.article)
        return self._labelled[1]

    def _any(self, parse: Callable[[str], object], top_only: bool = False) -> bool:
        """Whether a parser reads anything from any of the page's lines: when none does, no label could
        help, and the labeller (the costly part) is not run."""
        page = page_lines(self.article)
        return any(parse(text) for text in page.top + ([] if top_only else page.bottom))

    def _best(self, label: str, threshold: float, lines: list[Labelled] | None = None) -> list[Labelled]:
        """Lines whose ``label`` probability reaches ``threshold``, most probable first (top lines first on ties)."""
        chosen = self.top + self.bottom if lines is None else lines
        found = [item for item in chosen if item.probability[label] >= threshold]
        return sorted(found, key=lambda item: -item.probability[label])

    def title(self, picked: headlines.Pick | None) -> headlines.Pick | None:
        """The rules' title, weighed against the line the model takes for the title
        (:func:`briefkit.extract.titlecombine.combine`); a line the model chose is a weak pick."""
        # the labeller is costly: a sure pick of some length stands without it; a short one may be a section's
        # name or a menu's ("学校要闻", "Business concerns") that the rules could not tell from a headline
        if (picked is None or picked.weak or no_headline(picked.value) or word_count(picked.value) <= SECTION_WORDS) \
                and not opens_on_addressees(self.article):  # a notice's copy opening on its addressees: no title
            picked = combine(picked, self.top)
        others = page_lines(self.article).top if picked is not None and picked.value.startswith(("[", "【")) else []
        trimmed = headnoise.without_column_tag(headnoise.without_credit(picked.value), others) if picked else ""
        if picked is not None and trimmed != picked.value:
            # "<title> 来源:<outlet>": a repost's credit; "[<programme>]<title>": a programme's tag
            picked = headlines.Pick(trimmed, picked.line, picked.weak)
        if self.article.title:
            return picked  # the page's own metadata names it
        # a page that prints no headline still has lines shaped like one: the labeller's doubt drops them
        return abstain(picked, self.top, " ".join(self.article.paragraphs[:2]))

    def date(self, date: dt.date | None, warnings: list[str]) -> tuple[dt.date | None, list[str]]:
        """The rules' date, or the date of the line the model marks DATE when the rules found none.

        A date the rules only guessed stays: they read the words around it ("Last updated 5 March, first
        published 4 March"), while the model names a line and the line's first date is not always the one."""
        if date is not None or not self._any(parse_date, top_only=True):
            return date, warnings
        for item in self._best("DATE", DATE_LINE, self.top):
            if (found := parse_date(item.text)) is not None:
                chosen = dt.date.fromisoformat(found.value)
                kept = [w for w in warnings if not w.startswith(("meta.date is a guess", "no publication date"))]
                return chosen, [*kept, f"meta.date is a guess (the line model read '{item.text[:60]}' as the "
                                       "date line): check it"]
        return date, warnings

    def source(self) -> tuple[str | None, list[str]]:
        """A source read from a line the model marks SOURCE, with its weak-guess warning (for pages the
        rules found none on)."""
        if not self._any(source_in):
            return None, []
        # a byline may credit the outlet itself ("By Medicine Hat News on March 4, 2020"), a date line may carry
        # it ("2021-03-05 Xinhua"): every credit line is read, the likeliest source line first
        credit_lines = sorted((i for i in self._untold() if _credit(i) >= CREDIT_LINE),
                              key=lambda i: (-i.probability["SOURCE"], -_credit(i)))
        for item in credit_lines:
            if name := source_in(item.text):
                return name, [f"meta.source is a guess (the line model read '{item.text[:60]}' as the source "
                              "line): check it"]
        return None, []

    def _untold(self) -> list[Labelled]:
        """The labelled lines before the closing lines' "Related posts" heading, if any: the lines under it list
        other stories, each with its own "Source:" line."""
        page = page_lines(self.article)
        items = self.top + self.bottom
        told = next((n for n, (item, kind) in enumerate(zip(items, page.top_kinds + page.bottom_kinds, strict=False))
                     if kind == "tail" and is_teaser_heading(item.text.strip())), None)
        return items[:told]

    def authors(self) -> tuple[list[str], list[str]]:
        """Authors read from a line the model marks BYLINE, with the weak-guess warning."""
        if not self._any(names_in):
            return [], []
        for item in self._best("BYLINE", CREDIT_LINE):
            if names := names_in(item.text):
                return names, [f"meta.authors is a guess (the line model read '{item.text[:60]}' as the byline): "
                               "check it"]
        return [], []


def _credit(item: Labelled) -> float:
    """How likely a line is one of the page's credits: its source, byline or date line."""
    return item.probability["SOURCE"] + item.probability["BYLINE"] + item.probability["DATE"]


def source_in(line: str) -> str | None:
    """The outlet a source line names, by the existing parsers: a "Source:" field, an agency alone or
    beside a date, an outlet sharing a date line, a reporter line's outlet, a byline crediting an outlet."""
    # a dateline's "(Bernama) --" may leave its dash on the name: no outlet's name ends on one
    return (_source_in(line) or "").strip(" -–—|") or None


def _source_in(line: str) -> str | None:
    text = headlines.clean(line)
    if is_caption(text) or is_picture_source(text):
        return None  # "Picture: AFP", "图片来源:视觉中国": a picture's credit names no outlet of the story
    for label, value in labelled_fields(text):
        value = value.strip().strip("()（）")
        # "来源:sp20241101": a feed's code, as the rules read it, is no outlet
        if field_kind(label) == "source" and value and could_be_outlet(value) and not looks_like_id(value) \
                and (good_zh_source(value) or not re.search(r"[\u3400-\u9fff]", value)) \
                and credits_zh.issuing_body(value):
            return value  # ("来源:宣传部": a section alone, as the rules read it, names no outlet)
    if found := credits.agency_line(text) or source_on_date_line(text) or bracketed_source(text):
        return found
    if found := agencies.first_run(re.findall(r"[\w&.'’-]+", text)):
        return found
    if outlet := bylines_zh.reporter_outlet(text):
        return outlet
    # "By Medicine Hat News on March 4, 2020": a byline that credits the outlet itself, not a person
    if (byline := bylines_en.BYLINE.match(bylines_en.before_date(text))) is not None:
        name = re.split(r"\s+on\s+|\s*[|,]\s*", byline["names"].strip())[0].strip(" .")
        if (credits.is_outlet(name) and not bylines_en.byline_names(name)) or agencies.is_agency(name):
            return agencies.full_name(name) or name
    return None


def names_in(line: str) -> list[str]:
    """The people a byline names, by the existing parsers: "By A and B", "A, Staff Writer", 记者 lines,
    an "Author:" field, a byline closing a title line."""
    text = bylines_en.unmailed(headlines.clean(line))
    byline = bylines_en.BYLINE.match(bylines_en.before_date(text))
    if byline and (found := bylines_en.byline_names(byline["names"])):
        return found
    if credited := credits.credit_byline(bylines_en.before_date(text)):
        return credited[0]
    if reporters := bylines_zh.reporters(text):
        return reporters
    for label, value in labelled_fields(text):
        if field_kind(label) == "authors" and (found := field_names(value)):
            return found
    # a name alone on its line is left to the rules, which see the title above it: alone, "Pound Sterling"
    # in a currency menu and "Anne-Marie Trevelyan Portrait" under a photo read as names too
    named, _ = headlines.title_byline(text)
    return named
