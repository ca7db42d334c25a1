"""Source forms that must hold on pages from any site (stop 39): a letterhead's body beside "PRESS RELEASE", a
repost's "A DATE press release by X" line, a regulatory issuer line (name run into the date, then the name in
capitals), a desk line naming its outlet, a feed aggregator's item line, a blog's "Paper: “headline”", a "Source"
label run onto the last sentence (over an "Original news source: URL" link), and a wire agency cited with its date
in brackets give the source; a wire label's staff credits and a journal's issue number come off the label; a caption's
"PHOTO | NAME | GROUP" credit and a "Corporate News" section beside a date stamp name none.

Each case is a small made-up page (none copies a corpus page).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_extract_sources_s29 import BODY, TITLE, source_of

from briefkit.extract import outletcredits

ZH_BODY = ("港口管理局局长在立法会一次会议上透露,今年首季货物吞吐量为5,052万吨,同比增长4.8%。\n\n"
           "他又称,去年全年的吞吐量达1.2亿吨,较前年减少56万吨,创下历史新高。\n\n"
           "公共开支方面,和去年相比,今年录得的开支增加了1.9亿元,即同比增长2.3%。\n")


@pytest.mark.parametrize(("letterhead", "issuer"), [
    ("REPUBLIC OF LAKELAND\n\nRates on hold 4 March 2024\n\nMINISTRY OF FISHERIES\n\nPRESS RELEASE\n\n",
     "Ministry of Fisheries"),
    ("Rates on hold as prices climb\n\nDEPARTMENT OF WATER AND SANITATION\n\nMEDIA RELEASE\n\n",
     "Department of Water and Sanitation"),
])
def test_a_letterhead_beside_a_press_release_line_names_the_issuer(tmp_path: Path, letterhead: str,
                                                                    issuer: str) -> None:
    assert source_of(tmp_path, f"{letterhead}{BODY}") == issuer


def test_a_state_over_a_press_release_line_is_no_issuer() -> None:
    assert outletcredits.letterhead_issuer(["REPUBLIC OF LAKELAND", "PRESS RELEASE"]) is None


@pytest.mark.parametrize("line", ["A March 3, 2019 press release by the Bureau of Fisheries",
                                  "The following is a media release from the Lakeland Water Authority"])
def test_a_reposts_line_crediting_a_release_names_its_issuer(tmp_path: Path, line: str) -> None:
    issuer = line.split(" the ", 1)[1] if "Bureau" in line else "Lakeland Water Authority"
    assert source_of(tmp_path, f"{TITLE}{line}\n\n{BODY}") == issuer


def test_a_regulatory_issuer_line_names_the_company_without_its_legal_form(tmp_path: Path) -> None:
    page = ("Interim Results\n\n3 Sep 2012 07:00\n\n"
            "Harbour Mills3 September 2012 HARBOUR MILLS PLC INTERIM RESULTS FOR THE SIX MONTHS ENDED 30 JUNE 2012 "
            "Revenue 1,204 1,150 Operating profit 220 198 Profit before tax 210 190 and the board is pleased.\n")
    assert source_of(tmp_path, page) == "Harbour Mills"
    # a name and a date with some other capitals after them is no issuer line
    assert outletcredits.issuer_line(["Harbour Mills 3 September 2012 THE BOARD MET TODAY"]) is None


@pytest.mark.parametrize(("line", "outlet"), [("Desk Report || lakeviewtoday.com", "lakeviewtoday.com"),
                                              ("Staff Reporter | The Lakeview Courier", "The Lakeview Courier")])
def test_a_desk_line_names_its_outlet(tmp_path: Path, line: str, outlet: str) -> None:
    assert source_of(tmp_path, f"{TITLE}{line}\n\n{BODY}") == outlet


def test_a_feed_aggregators_item_line_names_the_paper_not_its_section(tmp_path: Path) -> None:
    line = "by Jane Doe from Business | The Lakeview Herald on (#5XQ2P)"
    assert source_of(tmp_path, f"{TITLE}{line}\n{BODY}") == "The Lakeview Herald"


def test_a_paper_labelling_its_quoted_headline_is_the_source(tmp_path: Path) -> None:
    head = "Harbour rates held as inflation eases"
    page = f"{head}\n\nLakeland Observer: “{head}”\n\n{BODY}"
    assert source_of(tmp_path, page) == "Lakeland Observer"
    # a speaker quoted with other words is no credit
    assert outletcredits.quoted_headline(["Jane Doe: “We will hold the rate for now”"], [head]) is None


def test_a_run_in_source_label_names_its_first_agency_over_the_address_label(tmp_path: Path) -> None:
    page = (f"{TITLE}{BODY}\nFarmers burned an effigy of the district officer Source Lakeland News Service "
            "Valley News Network\n\nRead more / Original news source: http://lakeportal.net/story.asp?id=4\n")
    assert source_of(tmp_path, page) == "Lakeland News Service"
    # "Open Source" in a name is no label
    assert outletcredits.run_in_source(["The code is shared under the Open Source Initiative"]) is None


def test_one_agency_cited_with_its_date_in_brackets_is_the_source(tmp_path: Path) -> None:
    page = ("Lakeland raises rates\n\nLakeland's central bank raised its policy rate to 6.5% and lifted its "
            "inflation forecast (Reuters, 12-Mar-2014). It expects prices to rise 7% by year end.\n")
    assert source_of(tmp_path, page) == "Reuters"
    # two agencies cited: a roundup, no single credit
    assert outletcredits.cited_agency(["Rates rose (Reuters, 12-Mar-2014).", "Prices fell (AFP, 13-Mar-2014)."]) \
        is None


def test_a_wire_labels_staff_credits_and_a_journals_issue_come_off(tmp_path: Path) -> None:
    label = "Source: Reuters (Reporting by Jane Doe; Editing by John Roe)"
    assert source_of(tmp_path, f"{TITLE}{BODY}\n{label}\n") == "Reuters"
    page = f"时间:2019/03/02 10:11:12    来源:港口经济研究2019年3期      作者:张三\n\n{ZH_BODY}"
    assert source_of(tmp_path, page) == "港口经济研究"


def test_a_column_platform_run_into_a_copied_headline_is_the_source(tmp_path: Path) -> None:
    assert source_of(tmp_path, f"港口吞吐量创新高:全面解析受益环节百家号\n\n{ZH_BODY}") == "百家号"


def test_a_captions_photo_credit_and_a_section_beside_the_stamp_name_no_outlet(tmp_path: Path) -> None:
    page = (" date 2017-01-19 Corporate News\n\n"
            "Boats idle at the Lakeview harbour on January 7. PHOTO | JANE DOE | HARBOUR MEDIA GROUP\n\n" + BODY)
    assert source_of(tmp_path, page) is None
