"""Clipped pages (issue 12): the front matter web clippers write (Obsidian Web Clipper, MarkDownload) and a pasted
text's address line give the draft the page's address, date and bylines; the address is never taken for the
outlet.  Made-up pages through ``extract_article``."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted

STORY = ("The central bank kept its policy rate at 5.5 percent on Thursday, citing sticky services inflation, "
         "officials said.\n\nThe bank said it would review the rate in June, when new figures are due.\n")
ADDRESS = "https://www.lakeviewpost.com/news/2024/03/06/central-bank-holds-rate"


def test_an_obsidian_clip_gives_address_date_and_plain_bylines(tmp_path: Path) -> None:
    page = (f'---\ntitle: "Central bank holds rate as prices climb"\nsource: "{ADDRESS}"\nauthor:\n'
            '  - "[[Jane Doe]]"\n  - "[[Omar Haddad]]"\npublished: 2024-03-06\ncreated: 2024-03-09\n'
            'tags:\n  - "clippings"\n---\n' + STORY)
    brief, _ = extracted(tmp_path, page, "clip.md")
    assert brief.meta.url == ADDRESS
    assert brief.meta.source != ADDRESS and "://" not in (brief.meta.source or "")
    assert brief.meta.authors == ["Jane Doe", "Omar Haddad"]
    assert str(brief.meta.date) == "2024-03-06"  # published, not the day it was clipped
    assert [ref.url for ref in brief.sources] == [ADDRESS]


def test_a_markdown_link_byline_and_a_site_name_are_read(tmp_path: Path) -> None:
    page = (f"---\ntitle: Rates on hold\nurl: {ADDRESS}\nauthor: '[Jane Doe](https://www.lakeviewpost.com/jane)'\n"
            "site_name: Lakeview Post\n---\n" + STORY)
    brief, _ = extracted(tmp_path, page, "clip.md")
    assert brief.meta.authors == ["Jane Doe"]
    assert brief.meta.source == "Lakeview Post"


def test_a_clip_date_alone_is_no_publication_date(tmp_path: Path) -> None:
    page = f"---\ntitle: Rates on hold\nsource: {ADDRESS}\ncreated: 2024-03-09\n---\n" + STORY
    brief, _ = extracted(tmp_path, page, "clip.md")
    assert brief.meta.date is None


def test_a_source_that_names_an_outlet_stays_the_outlet(tmp_path: Path) -> None:
    page = "---\ntitle: Rates on hold\nsource: Lakeview Post\n---\n" + STORY
    brief, _ = extracted(tmp_path, page, "clip.md")
    assert brief.meta.source == "Lakeview Post" and brief.meta.url is None


def test_a_pasted_text_with_its_address_first_cites_it_and_keeps_it_out_of_the_story(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, f"{ADDRESS}\n\nRates on hold as prices climb\n\n{STORY}", "page.txt")
    assert brief.meta.url == ADDRESS
    assert brief.meta.title == "Rates on hold as prices climb"
    assert not any("://" in point.text for point in brief.key_points)


def test_a_labelled_address_on_the_last_line_is_the_page(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, f"Rates on hold as prices climb\n\n{STORY}\nSource: {ADDRESS}\n", "page.txt")
    assert brief.meta.url == ADDRESS


def test_links_the_story_ends_on_or_opens_with_are_not_its_address(tmp_path: Path) -> None:
    ending = f"Rates on hold as prices climb\n\n{STORY}\nhttps://example.org/original-report\n"
    brief, _ = extracted(tmp_path, ending, "ending.txt")
    assert brief.meta.url is None
    links = f"https://bio.example/a1\n\nhttps://bio.example/a2\n\nRates on hold as prices climb\n\n{STORY}"
    brief, _ = extracted(tmp_path, links, "links.txt")
    assert brief.meta.url is None
