"""Source rules that must hold on pages from any site (stop 38): a byline crediting an outlet by its initials with
"in" before its date ("By LPT in August 28, 2025") names the outlet; a labelled source a site styles in lower case
("来源:harbourhub") is the outlet; a language switch beside the date stamp (" date 2022-10-17 English") and a
headline run into the stamp name none.

Each case is a small made-up page (none copies a corpus page).
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted
from tests.test_extract_sources_s29 import BODY, TITLE, source_of

from briefkit.extract.creditlines import scan

ZH_BODY = ("港口管理局局长在立法会一次会议上透露,今年首季货物吞吐量为5,052万吨,同比增长4.8%。\n\n"
           "他又称,去年全年的吞吐量达1.2亿吨,较前年减少56万吨,创下历史新高。\n\n"
           "公共开支方面,和去年相比,今年录得的开支增加了1.9亿元,即同比增长2.3%。\n")


def test_a_byline_naming_an_outlets_initials_before_in_and_a_date_names_the_outlet(tmp_path: Path) -> None:
    byline = "By LPT in August 28, 2025 – Reading time 3 minute"
    assert scan([byline], [], [], None, False).sources == ["LPT"]
    brief, warnings = extracted(tmp_path, f"{TITLE}{byline}\n\n{BODY}", "page.txt")
    assert brief.meta.source == "LPT"
    assert not any("meta.source" in w for w in warnings)  # a credit form, not a guess
    # a person's byline with "in" and a town is no outlet
    assert source_of(tmp_path, f"{TITLE}By Jane Doe in Lakeview\n\n{BODY}") is None


def test_a_labelled_source_styled_in_lower_case_is_the_outlet(tmp_path: Path) -> None:
    assert source_of(tmp_path, f"时间: 来源:harbourhub 访问量:\n{ZH_BODY}") == "harbourhub"
    assert source_of(tmp_path, f"{TITLE}Source: harbourhub\n\n{BODY}") == "harbourhub"


def test_a_language_switch_beside_the_date_stamp_is_no_outlet(tmp_path: Path) -> None:
    page = f" date 2022-10-17 English  \n{TITLE}{BODY}"
    assert source_of(tmp_path, page) is None


def test_a_headline_run_into_the_date_stamp_is_no_outlet(tmp_path: Path) -> None:
    page = (" date 2025-09-25 Harbour Council Approves Flood Relief Measures\n"
            "The council approved a relief package for farms hit by the floods, officials said on Thursday.\n"
            f"- Country:\n- India\n{BODY}")
    assert source_of(tmp_path, page) is None
    # an outlet set apart on the stamp's line still names the outlet
    assert source_of(tmp_path, f"Lakeview Courier | 5 March 2024\n\n{TITLE}{BODY}") == "Lakeview Courier"
