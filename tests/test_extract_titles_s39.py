"""Title kinds of round 39: a headline opening on a word a menu also uses, a picture's caption (described or
credited), a site's account prompts, a Chinese part's marked subheading, an exchange's "*ST" risk tag, a notice
opening on its addressees, a column platform's name run onto a headline, and tag words run into a headline and
its date.

Made-up pages in each kind's form, through :func:`briefkit.extract.extract_article`."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import COUNCIL_STORY as BODY
from tests.conftest import COUNCIL_STORY_ZH as BODY_ZH
from tests.conftest import found_title as _title

from briefkit.extract import runins
from briefkit.extract.titlefurniture import is_menu_word, zh_site_suffix


def test_a_headline_opening_on_a_menu_word_is_the_title(tmp_path: Path) -> None:
    for head in ("More road repairs in the county look likely, council says",
                 "Open Letter to the County Council on the Budget"):
        assert _title(tmp_path, f"{head}\n\nby Jane Doe from Local news | Valley Courier\n\n{BODY}") == head, head
    for menu in ("More from the Valley Courier", "News Reports Sports Business", "Home / Local News"):
        assert is_menu_word(menu), menu


def test_a_picture_caption_is_no_headline(tmp_path: Path) -> None:
    for caption in ("A file photo of county council members",
                    "Road crews patch a road near Springvale on January 7. PHOTO | JANE DOE | VALLEY MEDIA GROUP"):
        assert _title(tmp_path, f"{caption}\n\n{BODY}") is None, caption


def test_account_prompts_are_no_headline(tmp_path: Path) -> None:
    head = ("Less Ads, More Data, More Tools Register for FREE\n\nWatchlists are a member only feature\n\n"
            "Login to your account\n\nAlerts are a premium feature\n\nLogin to your account\n\n"
            "County Budget\n\n27 Apr 2024 13:50\n\n")
    assert _title(tmp_path, head + BODY) == "County Budget"


def test_a_marked_chinese_subheading_is_no_title(tmp_path: Path) -> None:
    assert _title(tmp_path, f"■道路维修资金增加,全年一亿二千万元\n{BODY_ZH}") is None


def test_the_st_risk_tag_is_kept(tmp_path: Path) -> None:
    head = "*ST星河:星河股份关于2023年年度报告的信息披露监管问询函的回复"
    assert _title(tmp_path, f"{head}\n\n查股网  2024-06-01  *ST星河(600000)公司公告\n\n{BODY_ZH}") == head


def test_a_notice_opening_on_its_addressees_has_no_title(tmp_path: Path) -> None:
    page = ("各镇人民政府、街道办事处,县政府各部门、各直属机构:\n"
            "《某县道路维修三年行动实施方案》已经县政府同意,现印发给你们,请认真遵照执行。\n"
            "某县人民政府办公室\n2018年10月18日\n某县道路维修三年行动实施方案\n" + BODY_ZH)
    assert _title(tmp_path, page) is None


def test_a_platform_name_run_onto_a_headline_is_cut() -> None:
    cut = ("道路维修计划的危与机:全面解析受益环节", "财富号")
    assert zh_site_suffix("道路维修计划的危与机:全面解析受益环节财富号") == cut
    assert zh_site_suffix("全市道路维修计划今年开工") is None


def test_tag_words_run_into_a_headline_and_its_date_are_cut() -> None:
    paragraph = ("市议员张三 新河镇 西区 张三批市府修路无效 新河镇一雨成灾 2024年12月14日 (新河13日讯)"
                 "市议员张三批评市府,在西区耗资修路,但新河镇地区仍难摆脱一雨成灾的困境。")
    found = runins.run_in_title(paragraph)
    assert found is not None and found[0] == "张三批市府修路无效 新河镇一雨成灾"
    # a headline of two phrases the story does not repeat keeps both
    plain = "市府修路计划启动 西区先行 2024年12月14日 (新河13日讯)市府今日宣布修路计划。"
    found = runins.run_in_title(plain)
    assert found is not None and found[0] == "市府修路计划启动 西区先行"


def test_a_short_head_over_a_paragraph_opening_on_its_stamp_is_the_title(tmp_path: Path) -> None:
    page = ("Final Results\n\nValley Holdings PLC 16 May 2024 Valley Holdings plc PRELIMINARY RESULTS ANNOUNCEMENT "
            "The county's largest employer today announces its results for the year, with profit up 12% to "
            "$12 million and a final dividend of 4p a share.\n")
    assert _title(tmp_path, page) == "Final Results"
    assert _title(tmp_path, "Final Results\n\n" + BODY) is None  # two words over an undated story: no headline
