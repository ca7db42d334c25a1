"""Titles set apart from their page's layout: a headline broken over two lines (the second going on in lower case),
a government paper's issuer on its own line over its "关于…的通知" title, a paper's number run before its title in
book-title marks, a stored copy's " date" stamp before a dateline (no headline run into the story), a long headline
over bulleted key points, a story's subheadings (none of them its title) and a headline printed under the story.

Made-up lines through :mod:`briefkit.extract.titleshapes`, :mod:`briefkit.extract.headclean` and
:mod:`briefkit.extract.runins`, and made-up pages through :func:`briefkit.extract.extract_article`."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted

from briefkit.extract.headclean import clean
from briefkit.extract.runins import run_in_title
from briefkit.extract.titleshapes import with_kicker, with_wrapped

_STORY = ("by Jane Doe (Xinhua) -- The county government plans to repair forty rural bridges this year, officials said "
          "on Tuesday.\n\nThe works will cost 12 million dollars and start in March, the county engineer said.\n\n"
          "\"We have mapped every bridge that needs repair,\" the engineer said.\n")


def test_headline_going_on_in_lower_case_is_joined() -> None:
    assert with_wrapped("County plans bridge repairs", "across its rural districts this year") \
        == "County plans bridge repairs across its rural districts this year"


def test_line_under_a_headline_that_is_no_continuation_is_left_out() -> None:
    assert with_wrapped("County plans bridge repairs", "by Jane Doe") == "County plans bridge repairs"
    assert with_wrapped("County plans bridge repairs", "Officials say the works start in March") \
        == "County plans bridge repairs"
    assert with_wrapped("County plans bridge repairs.", "across its districts") == "County plans bridge repairs."
    assert with_wrapped("County plans bridge repairs", "updated 2 hours ago") == "County plans bridge repairs"


def test_page_with_a_headline_over_two_lines(tmp_path: Path) -> None:
    text = f"Valley Weekly website\n\n\n\nCounty plans bridge repairs\nacross its rural districts this year\n\n{_STORY}"
    brief = extracted(tmp_path, text)[0]
    assert brief.meta.title == "County plans bridge repairs across its rural districts this year"


def test_issuer_on_its_own_line_opens_the_paper_title() -> None:
    assert with_kicker("某某市人民政府", "关于印发道路维修计划的通知") == "某某市人民政府关于印发道路维修计划的通知"
    assert with_kicker("某某市人民政府", "道路维修计划今日公布") == "某某市人民政府"


def test_paper_number_before_its_title_in_book_title_marks() -> None:
    assert clean("某政发〔2014〕20号《某某省人民政府关于深化预算管理制度改革的实施意见》") \
        == "某某省人民政府关于深化预算管理制度改革的实施意见"
    assert clean("《某某省人民政府关于深化预算管理制度改革的实施意见》解读") \
        == "《某某省人民政府关于深化预算管理制度改革的实施意见》解读"


def test_stored_stamp_before_a_dateline_is_no_run_in_title() -> None:
    assert run_in_title(" date 2020-03-05 MANILA, March 5 (Xinhua) — Prices rose 2.6 percent in February.") is None
    assert run_in_title("March 5, 2020 WASHINGTON (AP) — Prices rose 2.6 percent in February.") is None
    found = run_in_title("date 2020-03-05 Prices climb again WASHINGTON (AP) — Prices rose 2.6 percent.")
    assert found is not None and found[0] == "Prices climb again"


def test_page_opening_on_a_stamped_dateline_has_no_title(tmp_path: Path) -> None:
    text = (" date 2020-03-05 MANILA, March 5 (Xinhua) — The country's headline inflation slowed to 2.6 percent in "
            "February, compared to 2.9 percent in January, the statistics office said on Thursday.\n\n"
            "Food prices rose 2.1 percent during the month, the office head said in a report.\n\n"
            "Transport costs rose 1.8 percent, she added.\n")
    brief, warnings = extracted(tmp_path, text)
    assert any(w.startswith("no title line found") for w in warnings), brief.meta.title


def test_long_headline_over_bulleted_key_points(tmp_path: Path) -> None:
    headline = ("Treasurer to hand out $24.5 BILLION for new roads and railways across the country - with one-third "
                "of the spending to go on transport links in the two largest cities")
    text = (f"{headline}\n\n  • The Treasurer has made moves to bring a surplus within two years\n"
            "  • The announcement has put the opposition on the back foot before budget day\n"
            "  • Funds of $24.5 billion have been set aside for transport across the nation\n\n"
            "The Treasurer is expected to announce the country will be in surplus within two years in tomorrow's "
            "budget, with $24.5 billion in new funding for roads and railways.\n\n"
            "That will include $5 billion for rail lines to the new airport, the Treasurer's office said.\n")
    brief = extracted(tmp_path, text)[0]
    assert brief.meta.title == headline


def test_first_of_a_story_s_subheadings_is_no_title(tmp_path: Path) -> None:
    text = ("昨日,记者从市统计局了解到,今年上半年,全市总体经济保持平稳运行、稳中向好的态势。"
            "全市生产总值440.26亿元,增长8.4%。\n\n"
            "固定资产投资增速全省第一\n\n"
            "1至6月,全市固定资产投资完成232.88亿元,同比增长34.5%,增速比全省平均水平高17.2个百分点。\n\n"
            "工业增幅全省第四\n\n"
            "全市规模以上工业增加值97.89亿元,同比增长9.1%,比全省高1.7个百分点,增幅居全省第四。\n\n"
            "财政收入增幅全省第三\n\n"
            "今年上半年财政收入也有快速增长,增幅居全省第3位;居民消费价格指数上涨1.0%。\n")
    brief, warnings = extracted(tmp_path, text)
    assert any(w.startswith("no title line found") for w in warnings), brief.meta.title


def test_headline_printed_under_the_story(tmp_path: Path) -> None:
    text = (" date 2017-02-15 The central bank has once again lowered its central borrowing rate to 11.5 percent "
            "from 12 percent.\nAccording to the central bank governor, the reduction is aimed at keeping the economy "
            "growing and inflation in check, which he says may rise for a while on oil prices.\n"
            "Central Bank Lowers Borrowing Rate Again\n")
    brief = extracted(tmp_path, text)[0]
    assert brief.meta.title == "Central Bank Lowers Borrowing Rate Again"


def test_labelled_line_under_the_story_is_no_headline(tmp_path: Path) -> None:
    text = ("The central bank decided to keep its policy interest rate at 5.75 per cent in a unanimous vote on "
            "Tuesday.\nShort and long term interest rates have decreased slightly, and the currency has weakened "
            "on lower copper prices, the central bank said.\nAttribution: Central Bank Policy Statement\n")
    brief, warnings = extracted(tmp_path, text)
    assert any(w.startswith("no title line found") for w in warnings), brief.meta.title


def test_headline_under_a_caption_printed_twice(tmp_path: Path) -> None:
    caption = ("The newly appointed health minister says accountability for the new federal health funding will "
               "largely come from the provinces themselves, speaking to reporters at a news conference in the "
               "capital on Tuesday. (Canadian Press photo)")
    text = (f"{caption}\n\n{caption}\n\n## Province and federal government sign $1.2B health agreement\n\n"
            "The federal government has announced $1.2 billion over the next three years for the province to "
            "improve access to health care, the minister said on Tuesday.\n\n"
            "Of the $1.2 billion, $246 million will go toward mental health and addictions, the minister said.\n")
    brief = extracted(tmp_path, text, "page.md")[0]
    assert brief.meta.title == "Province and federal government sign $1.2B health agreement"


def test_caption_pointing_at_its_picture_is_no_title(tmp_path: Path) -> None:
    lede = "7月16日上午,某某新港园区港产城融合发展首批项目集中开工,市委书记宣布项目开工。"
    text = (f"来源:某某网\n\n{lede}\n\n{lede}\n\n## 市委书记宣布“新港园区首批项目开工”▽\n\n## 市长参加活动▽\n\n"
            "## 活动由常务副市长主持▽\n\n此次集中开工的项目共12个,总投资120亿元,涵盖港口物流、临港产业等领域。\n")
    brief = extracted(tmp_path, text, "page.md")[0]
    assert brief.meta.title != "市委书记宣布“新港园区首批项目开工”▽"
    assert not brief.meta.title.endswith("▽")
