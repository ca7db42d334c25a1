"""HTML pages whose metadata says one thing and whose printed page another: the page as a reader sees it wins."""

from __future__ import annotations

import json
from pathlib import Path

from briefkit.content.model import Brief
from briefkit.extract import extract_article

BODY = " ".join(f"The harbour board said berth {i} would take ships {i + 2} metres longer from next spring, "
                "the chair told the meeting on Tuesday." for i in range(6))


def _page(tmp_path: Path, *, head: str = "", above: str = "", after: str = "", ld: dict[str, object] | None = None,
          h1: str = "Harbour expansion plan approved after long debate") -> Brief:
    """A saved page: ``head`` metadata, a masthead, the ``<h1>``, lines ``above`` the story, a side box ``after``."""
    record = {"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2024-03-05T09:00:00Z",
              **(ld or {})}
    page = tmp_path / "story.html"
    page.write_text(f"<html><head>{head}<script type=\"application/ld+json\">{json.dumps(record)}</script></head>"
                    f"<body><header><a href=\"/\">Home</a></header><main><div class=\"story-head\"><h1>{h1}</h1>{above}"
                    f"</div><article><p>{BODY}</p></article><aside>{after}</aside></main></body></html>",
                    encoding="utf-8")
    brief, _ = extract_article(page)
    return brief


def test_the_printed_headline_wins_over_a_share_title_with_the_site_name(tmp_path: Path) -> None:
    brief = _page(tmp_path, head="<title>Harbour plan approved after debate | Local | Coast Courier</title>"
                                 "<meta property=\"og:title\" content=\"Harbour plan approved | CC\">")
    assert brief.meta.title == "Harbour expansion plan approved after long debate"


def test_a_rephrased_share_title_yields_to_the_headline_another_title_repeats(tmp_path: Path) -> None:
    brief = _page(tmp_path, h1="Why the old harbour wall is the town's real landmark",
                  head="<title>A short history of the harbour wall - Coast Courier</title>"
                       "<meta property=\"og:title\" content=\"The stones that made a port\">"
                       "<meta name=\"twitter:title\" content=\"Why the old harbour wall is the town's real landmark\">")
    assert brief.meta.title == "Why the old harbour wall is the town's real landmark"


def test_a_logo_or_rail_heading_is_not_the_headline(tmp_path: Path) -> None:
    rail = "<h1>Coast Courier Online</h1><h1>Fishing fleet returns early as storms close in on the bay</h1>"
    brief = _page(tmp_path, h1="Harbour expansion plan approved after long debate",
                  head="<title>Harbour expansion plan approved after long debate | Coast Courier Online</title>",
                  after=rail)
    assert brief.meta.title == "Harbour expansion plan approved after long debate"


def test_a_brand_spelling_of_the_site_name_takes_the_title_suffix_words(tmp_path: Path) -> None:
    brief = _page(tmp_path, head="<title>Harbour expansion plan approved after long debate | Coast Courier</title>"
                                 "<meta property=\"og:site_name\" content=\"CoastCourier\">")
    assert brief.meta.source == "Coast Courier"


def test_a_declared_byline_with_the_site_and_its_paper_names_one_writer(tmp_path: Path) -> None:
    byline = "Mira Holt, CoastCourier.com | The Evening Post"
    brief = _page(tmp_path, ld={"author": {"@type": "Person", "name": byline}},
                  head="<meta property=\"og:site_name\" content=\"CoastCourier.com\">",
                  above=f"<div class=\"byline\">By {byline}</div>")
    assert brief.meta.authors == ["Mira Holt"]


def test_the_sites_own_desk_is_no_author(tmp_path: Path) -> None:
    brief = _page(tmp_path, ld={"author": {"@type": "Person", "name": "Coast Courier News Desk"}},
                  head="<meta property=\"og:site_name\" content=\"Coast Courier\">",
                  above="<div class=\"byline\">By Coast Courier News Desk</div>")
    assert brief.meta.authors == []
    assert brief.meta.source == "Coast Courier"


def test_a_name_only_in_structured_data_is_no_byline(tmp_path: Path) -> None:
    brief = _page(tmp_path, ld={"author": {"@type": "Person", "name": "Orla Keane"}},
                  head="<meta property=\"og:site_name\" content=\"Coast Courier\">")
    assert brief.meta.authors == []


def test_the_pages_own_author_tag_is_kept_unprinted(tmp_path: Path) -> None:
    brief = _page(tmp_path, head="<meta name=\"author\" content=\"Orla Keane\">"
                                 "<meta property=\"og:site_name\" content=\"Coast Courier\">")
    assert brief.meta.authors == ["Orla Keane"]


def test_a_wire_agency_declared_as_author_is_the_source_and_the_printed_byline_the_writer(tmp_path: Path) -> None:
    brief = _page(tmp_path, ld={"author": {"@type": "Person", "name": "Associated Press"}},
                  head="<meta property=\"og:site_name\" content=\"Coast Courier\">",
                  above="<div class=\"byline\">By JANE ROE<br>AP Business Writer</div>",
                  after="<p>Copyright 2024 The Associated Press. All rights reserved.</p>")
    assert brief.meta.source in {"Associated Press", "AP"}
    assert [a.lower() for a in brief.meta.authors] == ["jane roe"]


def test_an_author_in_a_labelled_side_box_is_read(tmp_path: Path) -> None:
    box = "<ul><li><strong>Date</strong> 05.03.2024</li><li><strong>Author</strong> Ben Lorrimer</li></ul>"
    brief = _page(tmp_path, head="<meta property=\"og:site_name\" content=\"Coast Courier\">", after=box)
    assert brief.meta.authors == ["Ben Lorrimer"]


def test_an_author_tag_signed_with_the_sites_address_is_the_publisher(tmp_path: Path) -> None:
    box = "<ul><li><strong>Author</strong> Ben Lorrimer</li></ul>"
    brief = _page(tmp_path, head="<meta name=\"author\" content=\"Harbour Radio (www.harbourradio.com)\">"
                                 "<meta property=\"og:site_name\" content=\"HARBOURRADIO.COM\">",
                  after=f"{box}<p>© 2024 Harbour Radio</p>")
    assert brief.meta.source == "Harbour Radio"
    assert brief.meta.authors == ["Ben Lorrimer"]


def test_a_byline_above_the_story_is_read_though_the_head_repeats_the_lead(tmp_path: Path) -> None:
    # the <meta name="description"> repeats the lead: the lines above are the body's, not the <head>'s
    brief = _page(tmp_path, head=f"<meta name=\"description\" content=\"{BODY[:120]}\">"
                                 "<meta property=\"og:site_name\" content=\"Coast Courier\">",
                  above="<div class=\"top-line\">By Jane Roe</div><div class=\"stamp\">March 5, 2024</div>")
    assert brief.meta.authors == ["Jane Roe"]


def test_a_site_credited_under_its_spaced_name_beside_its_address_is_no_author(tmp_path: Path) -> None:
    # "Mira Holt, COAST COURIER" on "coastcourier.com": the site's name as its byline spells it
    brief = _page(tmp_path, head="<meta name=\"author\" content=\"Mira Holt; COAST COURIER\">"
                                 "<meta property=\"og:site_name\" content=\"coastcourier.com\">",
                  above="<div class=\"byline\">Mira Holt, COAST COURIER</div>")
    assert brief.meta.authors == ["Mira Holt"]
    assert brief.meta.source == "COAST COURIER"
