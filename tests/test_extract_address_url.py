"""The page's address as evidence: its host's name, its slug's words and its path's date, read alone and
weighed against what a constructed page prints (through :func:`briefkit.extract.extract_article`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefkit.extract import extract_article
from briefkit.extract.address import host_label, matches_host, path_date, slug_fit, slug_words

STORY = ("The port authority said on Tuesday that the east pier will close for a month from next week while "
         "engineers repair the sea wall damaged in the winter storms.\n"
         "Shipping companies have been told to use the west pier, which will stay open around the clock during "
         "the repairs.\n")


def _page(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _meta_warnings(warnings: list[str]) -> list[str]:
    return [w for w in warnings if w.startswith("meta.")]


def test_host_label_is_the_sites_own_word() -> None:
    assert host_label("https://messenger.com.ge/a/b") == "messenger"
    assert host_label("https://www.ridgewaytoday.bb/2024/03/06/x/") == "ridgewaytoday"
    assert host_label("http://news.lakeview.com/a") == "lakeview"
    assert host_label("https://www.the-star.co.ke/news/x") == "the-star"
    assert host_label("http://127.0.0.1/x") == "" and host_label(None) == ""


def test_a_name_matches_its_host_by_letters_initials_or_leading_words() -> None:
    assert matches_host("Ridgeway TODAY", "ridgewaytoday")
    assert matches_host("The Messenger", "messenger")
    assert matches_host("The Star", "the-star")
    assert matches_host("Lakeview Morning Post", "lmp")
    assert matches_host("Punch", "punchng")  # the host adds a country tag
    assert not matches_host("Reuters", "lmp")
    assert not matches_host("Lakeview Morning Post", "lmp", letters_only=True)


def test_path_date_reads_the_common_forms() -> None:
    assert path_date("https://x.com/2024/03/06/story") == dt.date(2024, 3, 6)
    assert path_date("https://x.com/news/20240306/story.html") == dt.date(2024, 3, 6)
    assert path_date("https://x.com/news/2014-03-06-story") == dt.date(2014, 3, 6)
    assert path_date("https://x.com/news/story-123456") is None
    assert path_date("https://x.com/2024/13/45/story") is None


def test_slug_words_and_fit() -> None:
    slug = slug_words("https://x.com/local/council-to-vote-again-on-harbour-budget_12345.html")
    assert slug[:3] == ["council", "to", "vote"]
    assert slug_fit("Council to vote again on the harbour budget", slug) >= 0.8
    assert slug_fit("Ferry fares to rise in April", slug) < 0.4
    assert slug_words("http://news.lakeview.cn/c/2020-10-19/doc-12345678.shtml") == []  # a numeric slug: no words


def test_the_date_the_address_carries_chooses_among_printed_dates(tmp_path: Path) -> None:
    page = _page(tmp_path, "Harbour works to close the east pier for a month\nPosted: 8 March 2024\n" + STORY
                 + "First published 6 March 2024.\n")
    alone, _ = extract_article(page)
    dated, _ = extract_article(page, "https://lakeviewpost.com/2024/03/06/harbour-works-close-east-pier")
    assert alone.meta.date == dt.date(2024, 3, 8)
    assert dated.meta.date == dt.date(2024, 3, 6)


def test_a_date_the_page_does_not_print_is_never_given(tmp_path: Path) -> None:
    page = _page(tmp_path, "Harbour works to close the east pier for a month\n" + STORY)
    brief, _ = extract_article(page, "https://lakeviewpost.com/2024/03/06/harbour-works-close-east-pier")
    assert brief.meta.date is None


def test_an_outlet_matching_the_host_settles_a_guessed_source(tmp_path: Path) -> None:
    page = _page(tmp_path, "Lakeview Post\nHarbour works to close the east pier for a month\n" + STORY)
    alone, warned = extract_article(page)
    brief, warnings = extract_article(page, "https://www.lakeviewpost.com.ge/harbour-works-close-east-pier")
    assert alone.meta.source == brief.meta.source == "Lakeview Post"
    assert any(w.startswith("meta.source is a guess") for w in warned)
    assert not any(w.startswith("meta.source") for w in warnings)


def test_a_wire_credit_wins_over_the_host(tmp_path: Path) -> None:
    page = _page(tmp_path, "Harbour works to close the east pier for a month\n(Reuters) - " + STORY
                 + "© 2024 Lakeview Post\n")
    brief, _ = extract_article(page, "https://lakeviewpost.com/x/harbour-works-close-east-pier")
    assert brief.meta.source == "Reuters"


def test_the_page_spelling_of_a_host_with_the_and_hyphens(tmp_path: Path) -> None:
    page = _page(tmp_path, "Harbour works to close the east pier for a month\n" + STORY + "The Lake Star on WhatsApp\n")
    alone, _ = extract_article(page)
    brief, warnings = extract_article(page, "https://www.the-lake-star.co.ke/x/harbour-works-close-east-pier")
    assert alone.meta.source is None
    assert brief.meta.source == "The Lake Star"
    assert any("the page's address" in w for w in _meta_warnings(warnings))


def test_a_host_named_only_in_the_story_gives_no_source(tmp_path: Path) -> None:
    page = _page(tmp_path, "Harbour works to close the east pier for a month\n" + STORY
                 + "Read more stories from The Lake Star about the works on the harbour this winter.\n")
    brief, _ = extract_article(page, "https://www.the-lake-star.co.ke/x/harbour-works-close-east-pier")
    assert brief.meta.source is None


def test_a_head_line_the_slug_spells_is_taken_where_the_picker_found_none(tmp_path: Path) -> None:
    page = _page(tmp_path, "Harbour works to close the east pier for a month\n" + STORY)
    url = "https://lakeviewpost.com/x/harbour-works-to-close-the-east-pier-for-a-month"
    brief, warnings = extract_article(page, url)
    assert brief.meta.title == "Harbour works to close the east pier for a month"
    assert not any("no title line found" in w for w in warnings)


def test_a_date_stamp_closing_the_slugged_line_is_no_part_of_the_title(tmp_path: Path) -> None:
    page = _page(tmp_path, "Harbour works to close the east pier for a monthFriday, March 8, 2024\n" + STORY)
    url = "https://lakeviewpost.com/x/harbour-works-to-close-the-east-pier-for-a-month"
    brief, _ = extract_article(page, url)
    assert brief.meta.title == "Harbour works to close the east pier for a month"
