"""Sources and writers named in words of the page's own (issue 12, h40-/a40- kinds), through real extraction.

Small made-up pages, one form each: a post-nominal after a writer's name, a standfirst introducing its
contributors, a release's issuer line and its press office, a teaser's "Read more on HOST", a feed's two
"Source:" lines, and the Chinese forms: a foreign wire's dash dateline, a 获悉 lead, a 【outlet】 tag, an
em-dash credit closing the story, a 原标题 note's 来源, a 编译 note, a reporter note naming a county.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import extracted

from briefkit.extract import authorstandfirst, notwriters, outletissuers, outletleads_zh

BODY = ("The city council approved a budget of $12 million on Tuesday, raising spending on roads and parks. "
        "Officials said the plan would add 40 jobs over two years.\n\n"
        "The mayor said the vote was a good day for residents. Critics said taxes would rise by 3 percent.\n\n"
        "A final vote is due in March, when the council meets again to review the plan in detail.\n")
TITLE = "Council passes budget\n\n"
ZH_BODY = ("市议会周二通过了1200万元的预算。官员表示该计划将增加40个就业岗位。\n\n"
           "市长表示这是好日子,预算将于三月再次审议。\n")


def test_a_post_nominal_is_no_outlet(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, TITLE + "Jane Doe, SAN\n\n" + BODY)
    assert brief.meta.source is None
    assert notwriters.is_postnominal("QC, OBE") and not notwriters.is_postnominal("CNN News")


def test_standfirst_contributors() -> None:
    lead = ("Is the levy lawful? Jane Doe, SAN, Peter Roe and Dr Ann Lee discuss the issues and answer the "
            "questions")
    assert authorstandfirst.contributors([lead]) == ["Jane Doe", "Peter Roe", "Ann Lee"]
    assert authorstandfirst.contributors(["Jane Doe discussed the levy with the council on Monday."]) == []
    assert authorstandfirst.contributors(["The Treasury examines the levy."]) == []


def test_standfirst_adds_the_other_contributors(tmp_path: Path) -> None:
    text = ("Is the levy lawful?\n\nWill the new levy stand in court? Jane Doe, SAN, Peter Roe and Dr Ann Lee "
            "discuss the questions the levy raises.\n\nThe levy and the law\n\nJane Doe, SAN\n\n" + BODY)
    brief, _ = extracted(tmp_path, text)
    assert sorted(brief.meta.authors) == ["Ann Lee", "Jane Doe", "Peter Roe"]


@pytest.mark.parametrize(("text", "source"), [
    ("NEWS RELEASE\n\nFrom the Office of the Chief Minister\n\n" + BODY, "Office of the Chief Minister"),
    (TITLE + BODY + "\nRead more on valleytimes.com\n", "valleytimes.com"),
    (TITLE + BODY + "\nNotes to editors:\n\nMedia enquiries about this press release to the DOHS Press Office "
     "on 01234 567890.\n", "DOHS"),
    (TITLE + "Source: Wire Submissions\n\nSource: Harbour Aid Trust\n\n" + BODY, "Harbour Aid Trust"),
])
def test_issuers_in_words(tmp_path: Path, text: str, source: str) -> None:
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.source == source


def test_a_government_pages_own_from_line_names_no_source() -> None:
    """Without a release's label, "From Department of …" over a minister's speech names no source (README)."""
    assert outletissuers.from_office(["From Department of Roads", "Check against delivery"]) is None
    assert outletissuers.from_office(["From the Ashes of War", "Press Release"]) is None


@pytest.mark.parametrize(("lead", "outlet"), [
    ("路透北京4月2日 - 市议会周二通过了预算。", "路透"),
    ("财经快报APP获悉,4月24日,市议会周二通过了预算。", "财经快报APP"),
    ("预算通过 2025年03月20日 To view this video please enable JavaScript 【城市新聞】市议会周二通过了预算。",
     "城市新聞"),
    ("本报获悉,市议会周二通过了预算。", None),
])
def test_chinese_leads(lead: str, outlet: str | None) -> None:
    assert outletleads_zh.lead_outlet([lead]) == outlet


def test_chinese_closing_credit_and_address_label(tmp_path: Path) -> None:
    assert outletleads_zh.closing_credit(["市长表示这是好日子。——南洋时报/ANN"]) == "南洋时报"
    text = ("市议会通过预算\n\n文章来源:http://www.example.com.tw/news/1.aspx\n\n"
            "(中央社記者王大明台東縣21日電)" + ZH_BODY)
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.source == "中央社"
    assert brief.meta.authors == ["王大明"]


def test_chinese_original_title_source_and_compiler(tmp_path: Path) -> None:
    text = ("市议会通过预算\n\n时间:2021-10-14 10:45 | 来源:城市网\n\n原标题:市议会通过预算 来源:城市新闻客户端\n\n"
            + ZH_BODY + "\n(编译:王小红)\n")
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.source == "城市新闻"
    assert brief.meta.authors == ["王小红"]
