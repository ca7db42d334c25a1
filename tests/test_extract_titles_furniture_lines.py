"""Head lines that speak of the page and titles wrapped in the page's furniture (issue 12): a picture's credit,
a request to the reader, a list widget's heading, an image's markup printed twice, whole-title brackets, a
domain label before the headline and a dash suffix naming the site that the page prints again.

Made-up pages in each kind's form, read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted
from tests.conftest import found_title as _title

BODY = ("The port authority said freight volumes at the harbour rose 12% in February, the third monthly rise "
        "in a row, as container traffic recovered after a slow winter on the northern routes.\n\n"
        "Port officials said the harbour expects freight volumes to keep rising through the spring, and that "
        "two new cranes would be working by June, when the new quay opens to the larger vessels.\n")
BODY_ZH = ("港务局表示,今年二月港口货物吞吐量增长12%,集装箱运输持续恢复,这是连续第三个月增长。\n\n"
           "港务局官员表示,预计港口货物吞吐量在春季将继续增长,两台新吊机将于六月投入使用。\n")


def test_a_picture_credit_alone_over_the_story_is_no_title(tmp_path: Path) -> None:
    assert _title(tmp_path, f"Credit: Public domain.\n{BODY}") is None


def test_a_picture_credit_names_no_editor(tmp_path: Path) -> None:
    # "edit" inside "Credit:" is no editor's label
    brief, _ = extracted(tmp_path, f"Credit: Public domain.\n{BODY}", "page.txt")
    assert brief.meta.editors == []


def test_a_request_to_the_reader_is_no_title(tmp_path: Path) -> None:
    page = ("© HPN - Harbour Press Network\nPlease make active links to the source, when using materials from "
            f"this website\n\nFreight climbs for a third month\n\n{BODY}")
    assert _title(tmp_path, page) == "Freight climbs for a third month"


def test_a_list_widget_heading_and_a_page_anchor_are_no_title(tmp_path: Path) -> None:
    page = f"top of page\n\nLatest Posts\n\n12 November 2020\n\n{BODY}"
    assert _title(tmp_path, page) is None


def test_an_image_printed_twice_is_no_repeated_headline(tmp_path: Path) -> None:
    image = '<image>data:image/png;base64,AAAA alt="Freight climbs for a third month"</image>'
    assert _title(tmp_path, f"Monday, March 4\n\n{image}\n\n{image}\n\n{BODY}") != image


def test_title_brackets_around_the_whole_headline_are_dropped(tmp_path: Path) -> None:
    page = f"《一季度港口吞吐量实现开门红》\n2024年4月2日\n\n{BODY_ZH}"
    assert _title(tmp_path, page) == "一季度港口吞吐量实现开门红"


def test_title_brackets_around_part_of_the_headline_stay(tmp_path: Path) -> None:
    page = f"《港口年报》发布 一季度吞吐量实现开门红\n2024年4月2日\n\n{BODY_ZH}"
    assert _title(tmp_path, page) == "《港口年报》发布 一季度吞吐量实现开门红"


def test_a_domain_label_before_the_headline_names_the_site(tmp_path: Path) -> None:
    page = f"Harbourwire.com: Freight Climbs for a Third Month\n\nBy Jane Porter\n\n{BODY}"
    assert _title(tmp_path, page) == "Freight Climbs for a Third Month"


def test_a_dash_suffix_printed_again_over_the_story_names_the_site(tmp_path: Path) -> None:
    title = "Freight climbs for a third month at the northern harbour"
    # (a site printing its title bar's line twice over the story, as the page's head and its heading)
    page = (f"{title} – Quay Links 24\n\n{title} – Quay Links 24\n\n"
            f"Rédaction Quay Links 24 with Jane Porter\nPublished on 2024-02-28 19:40:33\n\n{BODY}")
    assert _title(tmp_path, page) == title


def test_a_dash_suffix_the_story_speaks_of_stays_in_the_title(tmp_path: Path) -> None:
    # "… – Port Authority" where the story names the body: the headline's own words, not a site's name
    title = "Freight climbs for a third month – Port Authority"
    page = f"{title}\n\nPort Authority\n\n{BODY.replace('The port authority', 'The Port Authority')}"
    assert _title(tmp_path, page) == title


def test_a_row_of_counters_is_no_title(tmp_path: Path) -> None:
    assert _title(tmp_path, f"鲜花( 0) 鸡蛋( 0)\n\n{BODY}") is None


def test_a_reports_numbered_part_is_no_title(tmp_path: Path) -> None:
    page = f"主任、副主任,各位委员:\n\n{BODY_ZH}\n一、2023年港口运营情况\n\n{BODY_ZH}"
    assert _title(tmp_path, page) is None


def test_a_repost_label_gives_the_source_not_the_title(tmp_path: Path) -> None:
    brief, warnings = extracted(tmp_path, f"轉自:港口日報\n\n{BODY_ZH}", "page.txt")
    assert any(w.startswith("no title line found") for w in warnings)
    assert brief.meta.source == "港口日報"

