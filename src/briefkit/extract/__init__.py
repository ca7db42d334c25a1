"""Article → Brief: a reviewed draft where every item names its sentence.

:func:`extract_article` reads a file and returns a validated
:class:`~briefkit.content.model.Brief` and the warnings a reviewer should see.
Each part lives in its own module: ``metadata`` (with ``headlines``, ``sources``, ``pagedates``,
``fields``, ``credits`` and ``bylines_zh``), ``boilerplate``, ``sentences``,
``sections``, ``figures``, ``timeline``, ``quotes``, ``entities`` (with
``places`` and ``entities_zh``), ``summary`` and ``provenance`` (which drops
anything whose ``source_text`` is not verbatim in the article: never invent).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from briefkit.content.model import Brief, Meta, SourceRef
from briefkit.errors import BriefkitError
from briefkit.extract.body import Body, build_body
from briefkit.extract.captionmarks import head_captions
from briefkit.extract.datelines import lede_dateline
from briefkit.extract.entities import find_entities, with_outlet
from briefkit.extract.figures import find_figures
from briefkit.extract.fxrates import priced_in_page_currency
from briefkit.extract.headfigures import caption_figures, headline_figures, standfirst, subheads
from briefkit.extract.labelfix import tidy_figures
from briefkit.extract.localmoney import localise
from briefkit.extract.metadata import NO_TITLE, read_metadata
from briefkit.extract.provenance import verify
from briefkit.extract.quotefix import said_quotes
from briefkit.extract.quotes import find_quotes
from briefkit.extract.sections import find_sections
from briefkit.extract.summary import find_questions, summarise
from briefkit.extract.tablecells import table_figures
from briefkit.extract.timeline import find_events
from briefkit.extract.zhscript import chinese_script
from briefkit.readers import Article, read_article
from briefkit.yamlio import display_path

__all__ = ["extract", "extract_article"]


def extract_article(path: Path, url: str | None = None) -> tuple[Brief, list[str]]:
    """Read ``path`` and extract its Brief; return it with the warnings.  ``url``, the address the user took the
    article from, is the page's own (over any the file declares): it is cited, and names the site where the
    page names no outlet."""
    article = read_article(path)
    if url:
        article.meta["url"] = url
    return extract(article)


def extract(article: Article) -> tuple[Brief, list[str]]:
    """Extract a Brief from an :class:`Article` already read."""
    facts, warnings = read_metadata(article)
    warnings = [*article.warnings, *warnings]
    body = build_body(article, facts.title if facts.title_found else None)
    if not body.sentences and facts.title_found:
        # the page's only text is the line read as its title, printed again as its paragraph (a stub whose
        # standfirst is all the stored copy kept): that line is the story, not a headline over it
        facts = dataclasses.replace(facts, title=article.source_path.stem, title_found=False)
        warnings = [w for w in warnings if not w.startswith("meta.title is a guess")] + [NO_TITLE]
        body = build_body(article, None)
    if not body.sentences:
        raise BriefkitError(f"{display_path(article.source_path)}: no article text left once boilerplate "
                            f"is removed ({body.dropped} boilerplate sentences)")
    headlines = [facts.title, *standfirst(article.head, facts.title)] if facts.title_found else []
    # "Construction reported a 29,000 increase." read as a subhead still states it (where a subhead stands)
    headlines += subheads(body.headings, article.blocks)
    figures = tidy_figures(find_figures(body.sentences, facts.date))  # one fact once, labels that say what
    figures += headline_figures(headlines, figures, facts.date)
    # a photo caption's figure counts where the story does not repeat it (corpus convention, stop 25)
    captions = [c.text for c in body.captions] + head_captions(article.head)
    figures += caption_figures(captions, figures, facts.date)
    # a data table's rows the body left out ("Jan. 2012 96.5 96.2" under "Figure 1."): its cells are figures
    table_lines = _left_out(article, body)
    figures += table_figures(table_lines, body.text, figures)
    # the lede's dateline ("ISLAMABAD -"), which the body drops, still says which country's money "Rs" is
    datelines = [b.text[:lede_dateline(b.text)] for b in article.blocks[:3]]
    page_text = "\n".join([*headlines, *filter(None, datelines), body.text])
    figures = localise(figures, page_text, facts.url)  # "$" in a Canadian story (or on a ".ca" page) is CAD
    figures = priced_in_page_currency(figures, page_text)  # "16,005 per dollar" in a story of the rupiah
    events = find_events(body.sentences, facts.date)
    fact_texts = {item.source_text for item in [*figures, *events]}
    fact_sentences = {s.index for s in body.sentences if s.text in fact_texts}
    summary, points, used = summarise(body.sentences, fact_sentences, facts.title if facts.title_found else "",
                                     body.headings)
    background, sections = find_sections(body, used)
    organisations, places = find_entities([*body.sentences, *body.captions], facts.language,
                                          facts.title if facts.title_found else "")
    # the outlet counts when a sentence names it (not a "Subscribe to …" prompt) or a line is its name alone
    # (a source only the weighed candidates guessed is no fact to list among the organisations)
    organisations = with_outlet(organisations, None if facts.source_scored else facts.source, body.text,
                                [*article.head, *article.tail, *(b.text for b in article.blocks if b.is_heading)],
                                [b.text for b in article.blocks])
    meta = Meta(title=facts.title, date=facts.date, source=facts.source, outlet=facts.outlet,
                authors=facts.authors, editors=facts.editors, url=facts.url,
                language=chinese_script(facts.language, body.text),  # 繁體 pages get zh-Hant labels
                status="draft")
    # (an outlet that is the source itself, "(Business Standard)" closing its own reposted story, is said once)
    outlet = facts.outlet if facts.outlet and facts.outlet != facts.source else None
    publisher = " ".join(p for p in (facts.source, f"({outlet})" if outlet else None) if p) or None
    # The article is cited whenever something cites it: without a title line, by its outlet, link or date
    # (its title is then the file name, which the products never print as a source's title).
    sources = [SourceRef(title=facts.title, publisher=publisher, url=facts.url, date=facts.date)] \
        if facts.title_found or publisher or facts.url or facts.date else []
    brief = Brief(meta=meta, summary=summary, background=background, key_points=points, sections=sections,
                  figures=figures, timeline=events, quotes=said_quotes(find_quotes(body.sentences)),
                  organisations=organisations, places=places, questions=find_questions(body.sentences),
                  sources=sources)
    # a figure only the headline names quotes the headline, which is the article's too
    return verify(brief, body.text, warnings,
                  [*headlines, *captions, *(s.text for s in body.sentences), *(line.strip() for line in table_lines)])


def _left_out(article: Article, body: Body) -> list[str]:
    """The page's lines in order that gave the body no sentence: its head, its tail and the blocks it dropped."""
    told = [s.text for s in body.sentences]
    # a list item the body read ("• Jane Doe, phone: +61 2 6274 1111" as "Jane Doe, …") is the story's already
    return [*article.head, *(b.text for b in article.blocks if not any(t in b.text for t in told)), *article.tail]
