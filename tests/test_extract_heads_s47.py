"""Head facts in layouts the stop-46 held-back pages showed (studied at stop 47): a columnist's credit run onto the
headline, a pointer to another story, a text-size prompt and a compiled report's credit taken for the headline, a
repost's "following statement issued by" note, an agency's "UNB, Town :" line, a writer's field naming its
correspondent, writers over an "Updated" stamp and a blog's headline in lower case."""

from __future__ import annotations

from pathlib import Path

from conftest import HARBOUR_BODY, drafted, extracted, found_title, source_of

_ZH_BODY = ("港口管理局表示,今年一季度港口货物吞吐量同比增长3.8%,集装箱航班在三月大风后明显回升。\n\n"
            "管理局负责人说,两台新吊机投入使用后,增长势头有望延续到夏季。\n")


def test_a_columnists_credit_after_the_headline_is_cut_off(tmp_path: Path) -> None:
    text = "Opinion\nFewer berths, dearer moorings, By Ann Pellow\n\n" + HARBOUR_BODY
    assert found_title(tmp_path, text) == "Fewer berths, dearer moorings"
    assert drafted(tmp_path, text).meta.authors == ["Ann Pellow"]


def test_a_headlines_own_by_is_kept(tmp_path: Path) -> None:
    text = "Harbour cafe run by Ann Pellow wins award\n\n" + HARBOUR_BODY
    assert found_title(tmp_path, text) == "Harbour cafe run by Ann Pellow wins award"


def test_a_pointer_to_another_story_is_no_title(tmp_path: Path) -> None:
    text = ("管理局负责人说,今年一季度港口货物吞吐量同比增长3.8%,集装箱航班在三月大风后明显回升。\n\n"
            "推荐新闻:海边咖啡馆「仙气飘飘」店员走红 网友:我来去排队\n\n"
            "管理局提醒,两台新吊机投入使用后,增长势头有望延续到夏季。\n")
    assert found_title(tmp_path, text) is None


def test_a_text_size_prompt_is_no_title(tmp_path: Path) -> None:
    text = ("By Ann Pellow, Harbour Business News Editor\nMonday 1st March 2021 |\nText too small? |\n"
            + HARBOUR_BODY)
    assert found_title(tmp_path, text) is None


def test_a_compiled_reports_credit_is_no_title(tmp_path: Path) -> None:
    text = "2021/03/09 09:27\n綜合報導 / 台中市\n" + _ZH_BODY
    assert found_title(tmp_path, text) is None


def test_a_reposts_note_names_the_statements_issuer(tmp_path: Path) -> None:
    text = ("Harbour board condemns attack on pilot boat\n\n"
            "| The following statement issued by the Ministry of Marine Affairs, Porthleven\n\n"
            "The Government unequivocally condemns the attack today on the pilot boat in the outer harbour. "
            "It is fortunate that there were no casualties among the crew.\n\n"
            "Ministry of Marine Affairs\n9 March 2021\n")
    assert source_of(tmp_path, text) == "Ministry of Marine Affairs"


def test_an_agency_and_town_line_over_the_story_credits_the_agency(tmp_path: Path) -> None:
    text = "Harbour unit shut over unrest for wage hike\n\nUNB, Chattogram :\n" + HARBOUR_BODY
    assert source_of(tmp_path, text) == "UNB"


def test_a_town_and_colon_alone_credits_no_agency(tmp_path: Path) -> None:
    text = "Harbour unit shut over unrest for wage hike\n\nPorthleven, Cornwall :\n" + HARBOUR_BODY
    assert source_of(tmp_path, text) is None


def test_a_writers_field_leaves_out_its_correspondent(tmp_path: Path) -> None:
    text = ("港口货物吞吐量同比增长\n時間:2021-03-09 來源:海港日報 作者:記者 王小紅 通訊員 李明海 編輯:陳虹熹\n\n"
            + _ZH_BODY)
    brief = drafted(tmp_path, text)
    assert brief.meta.authors == ["王小紅"]
    assert brief.meta.editors == ["陳虹熹"]


def test_writers_over_an_updated_stamp_are_a_firm_byline(tmp_path: Path) -> None:
    text = ("Harbour results | Reporting season blog March 9\n\n"
            "Live blog | Welcome to the harbour reporting season blog. Companies reporting today include the board.\n\n"
            "Sefa Wilikai and Lotu Tafuna\nUpdated\n\nSubscribe to gift this article\n\nSubscribe now\n\n"
            + HARBOUR_BODY)
    brief, warnings = extracted(tmp_path, text)
    assert brief.meta.authors == ["Sefa Wilikai", "Lotu Tafuna"]
    assert not [w for w in warnings if w.startswith("meta.authors is a guess")]


def test_a_blogs_lower_case_headline_with_a_colon_is_the_title(tmp_path: Path) -> None:
    text = ("Tuesday, March 9, 2021\n\nharbour fees: higher, unexplained\n\n"
            "On the last day of the harbour board's meeting last week, the chair set out why the fees are going up "
            "for the third year running, and why small boats pay the most.\n\n" + HARBOUR_BODY)
    assert found_title(tmp_path, text) == "harbour fees: higher, unexplained"


def test_a_dated_dateline_in_brackets_is_left_out_of_the_drafted_sentences(tmp_path: Path) -> None:
    text = ("Harbour board condemns attack on pilot boat\n\n"
            "( March 9, 2021, Porthleven, Harbour Gazette) The harbour board unequivocally condemns the attack today "
            "on the pilot boat in the outer harbour, which left two crew members injured.\n\n" + HARBOUR_BODY)
    brief = drafted(tmp_path, text)
    drafted_text = " ".join([str(brief.summary), *map(str, brief.background), *(str(k.text) for k in brief.key_points)])
    assert "The harbour board unequivocally condemns" in drafted_text
    assert "( March 9, 2021" not in drafted_text


def test_a_chinese_headline_over_its_figures_subtitle_is_the_title(tmp_path: Path) -> None:
    text = ("海港网 > 本地新闻 > 正文\n三个港区实现集装箱码头自动化全覆盖\n今年港口共建成12座自动化集装箱泊位\n"
            "时间:2021-03-09 来源:海港日报 作者:记者 王小红\n\n"
            "今年以来,三个港区持续推进集装箱码头自动化建设,目前已实现自动化全覆盖。港口今年共建成12座自动化集装箱泊位。\n\n"
            "港口负责人说,自动化码头投入使用后,货物吞吐量同比增长3.8%。\n")
    assert found_title(tmp_path, text) == "三个港区实现集装箱码头自动化全覆盖"


def test_a_dateline_town_in_capitals_before_a_colon_is_no_outlet(tmp_path: Path) -> None:
    assert source_of(tmp_path, "ZENNOR: " + HARBOUR_BODY) is None
    assert source_of(tmp_path, "BBC: " + HARBOUR_BODY) == "BBC"


def test_a_standards_code_in_brackets_names_no_wire(tmp_path: Path) -> None:
    text = ("公告显示,依据《港口运营安全评估规范 第1部分:集装箱码头》(GB/T 42334.1-2023)等规定,"
            "海港组织开展了新泊位正式运营前安全评估工作。\n\n"
            "经报请市政府同意,新泊位于2024年7月13日开通正式运营,货物吞吐量预计增长3.8%。\n")
    assert source_of(tmp_path, text) is None


def test_a_sites_name_with_digits_in_a_slash_tag_still_credits_the_wire(tmp_path: Path) -> None:
    lead = "Porthleven, Nov. 23, 2020 (PANA/Harbour247news) The harbour board said cargo volumes rose 3.8 percent.\n\n"
    assert source_of(tmp_path, "Harbour cargo rises\n\n" + lead + HARBOUR_BODY) == "PANA"
